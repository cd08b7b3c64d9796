//! How the numbers are made, and the hyperscalers' useful-life precedents beside them.

use super::{Section, Writer};
use crate::glossary::Term;
use crate::i18n::Language;
use fleet_ledger_engine::reference::useful_life_changes;

pub(super) fn method_notes(w: &mut Writer) {
    w.heading(w.term(Term::MethodNotes).to_owned());
    let notes = match w.o.language {
        Language::En => vec![
            "Book depreciation follows each cohort's policy month by month; declining balance switches to straight line as Excel's VDB does; running totals are rounded to the cent, half away from zero.",
            "Changes in estimate are applied prospectively: from the effective month, net book value less the revised salvage is spread over the revised remaining life (ASC 250-10-45-17, IAS 8.36); nothing is restated.",
            "Impairment is tested at each fiscal year end and when the rental price falls more than the trigger in a year or the cash margin turns negative: under ASC 360 against undiscounted cash flows, then down to fair value; under IAS 36 against the higher of fair value less costs of disposal and value in use, with a reversal only after a change in estimate (not the unwinding of the discount) and capped.",
            "Tax depreciation uses MACRS GDS with IRS Publication 946 Tables A-1 to A-5 and the mid-quarter convention when more than 40 % of a year's additions fall in its last quarter; the year of disposal gets half a year's deduction (mid-quarter: up to the middle of the disposal quarter); deferred tax is (book NBV − tax basis) × tax rate.",
            "Cash flows fall at month ends and are discounted at the discount rate; energy is units × kW × (utilisation + idle share × (1 − utilisation)) × hours × PUE.",
        ],
        Language::ZhCn => vec![
            "账面折旧按各批次政策逐月计提；余额递减法在直线法更大时转为直线法（与Excel VDB一致）；累计额按四舍五入（远离零）取至分。",
            "会计估计变更采用未来适用法：自生效月起，将账面净值减修订后残值在修订后的剩余寿命内摊销（ASC 250-10-45-17，IAS 8.36），不追溯调整。",
            "每个财年末以及租赁价格一年内跌幅超过触发值或现金利润转负时进行减值测试：ASC 360先与未折现现金流比较，再减记至公允价值；IAS 36与公允价值减处置费用和使用价值中较高者比较，仅在会计估计变更后才转回（折现回拨不算），且转回有上限。",
            "税务折旧采用MACRS GDS及IRS第946号出版物表A-1至A-5，当年末季度新增资产超过40%时采用年中季度惯例；处置年度扣除半年折旧（年中季度惯例：扣至处置季度的中点）；递延税款 =（账面净值 − 计税基础）× 税率。",
            "现金流按月末发生并按折现率折现；用电量 = 数量 × 千瓦 × （利用率 + 空载比例 × （1 − 利用率））× 小时 × PUE。",
        ],
    };
    w.sections.push(Section::Paragraphs {
        items: notes.into_iter().map(str::to_owned).collect(),
    });
    useful_life_library(w);
}

/// The hyperscalers' useful-life changes and what they disclosed (PRODUCT.md §4), beside the
/// policy comparison's lives: the precedents a board asks about. Quoted as filed, in English.
fn useful_life_library(w: &mut Writer) {
    let rows = useful_life_changes()
        .into_iter()
        .map(|c| vec![c.company, c.change, c.effective, c.disclosed_effect])
        .collect();
    w.sections.push(Section::TextTable {
        title: w.term(Term::UsefulLifePrecedentsTitle).to_owned(),
        note: w.term(Term::UsefulLifePrecedentsNote).to_owned(),
        columns: [
            w.term(Term::Company),
            w.term(Term::Change),
            w.term(Term::Effective),
            w.term(Term::DisclosedEffect),
        ]
        .map(str::to_owned)
        .to_vec(),
        rows,
    });
}
