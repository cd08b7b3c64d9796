//! The reports' sentences with parameters, in English and Simplified Chinese, each written
//! once. Figures arrive formatted (in thousands, to the places the sentence shows): a sentence
//! places them, it never computes.

use crate::i18n::Language;

/// "USD thousands", the unit note under every money table.
pub fn unit_note(lang: Language, currency: &str) -> String {
    match lang {
        Language::En => format!("{currency} thousands"),
        Language::ZhCn => format!("单位：千{currency}"),
    }
}

/// "Year 3" of a cohort's service.
pub fn year_of_service(lang: Language, year: u32) -> String {
    match lang {
        Language::En => format!("Year {year}"),
        Language::ZhCn => format!("第{year}年"),
    }
}

pub fn margin_by_age_title(lang: Language, cohort: &str) -> String {
    match lang {
        Language::En => format!("Cash margin against depreciation by age: cohort {cohort}"),
        Language::ZhCn => format!("按机龄的现金利润与折旧：批次{cohort}"),
    }
}

pub fn sensitivity_heading(lang: Language, percent: &str) -> String {
    match lang {
        Language::En => format!("Sensitivity: each driver ±{percent} %"),
        Language::ZhCn => format!("敏感性：各驱动因素±{percent}%"),
    }
}

pub fn tornado_axis(lang: Language, currency: &str) -> String {
    match lang {
        Language::En => format!("change in NPV, {currency} thousands"),
        Language::ZhCn => format!("净现值变动，千{currency}"),
    }
}

pub fn passed_tests_note(lang: Language, unit_note: &str, passed: u32) -> String {
    match lang {
        Language::En => format!("{unit_note}; {passed} tests passed and are not listed"),
        Language::ZhCn => format!("{unit_note}；另有{passed}次测试通过，未列出"),
    }
}

pub fn summarised_note(lang: Language, unit_note: &str, cohorts: usize) -> String {
    match lang {
        Language::En => format!(
            "{unit_note}; {cohorts} cohorts summed by GPU and year in service (every cohort is in the monthly schedule CSV)"
        ),
        Language::ZhCn => {
            format!("{unit_note}；{cohorts}个批次按GPU与投入使用年份汇总（每个批次见月度明细CSV）")
        }
    }
}

/// Money in a sentence: "USD 1,234 thousand" or "1,234千USD".
fn thousands(lang: Language, currency: &str, amount: &str) -> String {
    match lang {
        Language::En => format!("{currency} {amount} thousand"),
        Language::ZhCn => format!("{amount}千{currency}"),
    }
}

/// The summary's first sentence: what the fleet earns over the model and is worth today.
pub fn earnings(
    lang: Language,
    (first_year, last_year): (&str, &str),
    currency: &str,
    (ebit, free_cash_flow, npv): (&str, &str, &str),
    discount_rate: &str,
) -> String {
    let money = |amount| thousands(lang, currency, amount);
    let (ebit, fcf, npv) = (money(ebit), money(free_cash_flow), money(npv));
    match lang {
        Language::En => format!(
            "From {first_year} to {last_year} the fleet earns cumulative EBIT of {ebit} and free cash flow of {fcf}; its net present value at {discount_rate} is {npv}."
        ),
        Language::ZhCn => format!(
            "{first_year}至{last_year}，机群累计息税前利润为{ebit}，自由现金流为{fcf}；按{discount_rate}折现的净现值为{npv}。"
        ),
    }
}

/// The Burry gap in one sentence: the longest life against the shortest in the first year.
pub fn burry_gap(
    lang: Language,
    (longest, shortest): (&str, &str),
    year: &str,
    currency: &str,
    gap: &str,
) -> String {
    let gap = thousands(lang, currency, gap);
    match lang {
        Language::En => format!(
            "Depreciating over {longest} instead of {shortest} raises {year} EBIT by {gap}: the gap the 3-versus-6-year argument is about."
        ),
        Language::ZhCn => format!(
            "按{longest}而非{shortest}计提折旧，{year}息税前利润增加{gap}——这正是三年与六年折旧之争的差距。"
        ),
    }
}

/// Where the first cohort's economic life ends against its book life, or that none does.
pub struct EconomicEnd<'a> {
    pub cohort: &'a str,
    pub month: String,
    pub after_months: u32,
    pub book_life_months: u32,
    pub write_off: String,
}

pub fn economic_end(lang: Language, currency: &str, end: Option<EconomicEnd>) -> String {
    match (lang, end) {
        (Language::En, Some(e)) => format!(
            "Cohort {} stops earning its keep in {} (after {} months) against a book life of {} months; cutting the life there would write off {}.",
            e.cohort, e.month, e.after_months, e.book_life_months, thousands(lang, currency, &e.write_off)
        ),
        (Language::ZhCn, Some(e)) => format!(
            "批次{}在{}（{}个月后）不再创造经济价值，而账面寿命为{}个月；若按此缩短寿命将核销{}。",
            e.cohort, e.month, e.after_months, e.book_life_months, thousands(lang, currency, &e.write_off)
        ),
        (Language::En, None) => {
            "No cohort's cash margin turns negative within the horizon: economic lives outlast it."
                .into()
        }
        (Language::ZhCn, None) => "在预测期内没有批次的现金利润转为负数：经济寿命长于预测期。".into(),
    }
}

/// What the impairment tests wrote down in all; `None` when none failed.
pub fn impairment_total(lang: Language, currency: &str, written_down: Option<&str>) -> String {
    match (lang, written_down) {
        (Language::En, None) => "No impairment test failed.".into(),
        (Language::En, Some(amount)) => format!(
            "Impairment tests wrote down {} in all.",
            thousands(lang, currency, amount)
        ),
        (Language::ZhCn, None) => "所有减值测试均通过。".into(),
        (Language::ZhCn, Some(amount)) => {
            format!("减值测试合计减记{}。", thousands(lang, currency, amount))
        }
    }
}

pub fn energy(lang: Language, mwh: &str, average_mw: &str, households: &str) -> String {
    match lang {
        Language::En => format!(
            "The fleet uses {mwh} MWh, an average of {average_mw} MW: as much electricity as {households} households."
        ),
        Language::ZhCn => {
            format!("机群用电{mwh}兆瓦时，平均{average_mw}兆瓦，相当于{households}户家庭的用电量。")
        }
    }
}

/// The ASC 250-10-50-4 sentence in Chinese, from the same figures as the engine's English one.
pub struct DisclosureFigures {
    pub fiscal_year: String,
    pub depreciation_falls: bool,
    pub depreciation_change: String,
    pub net_income_rises: bool,
    pub net_income_change: String,
    /// "USD0.12", or none when the change is below a cent.
    pub per_share_change: Option<String>,
}

pub fn disclosure_in_chinese(currency: &str, d: &DisclosureFigures) -> String {
    let direction = |up: bool| if up { "增加" } else { "减少" };
    let per_share = d
        .per_share_change
        .clone()
        .unwrap_or_else(|| format!("不足{currency}0.01"));
    format!(
        "{}，该会计估计变更使折旧费用{}{currency}{}，净利润{}{currency}{}，每股摊薄收益变动{per_share}。",
        d.fiscal_year,
        direction(!d.depreciation_falls),
        d.depreciation_change,
        direction(d.net_income_rises),
        d.net_income_change,
    )
}

/// The pack's method notes: how the numbers are made, one paragraph a rule.
pub fn method_notes(lang: Language) -> Vec<&'static str> {
    match lang {
        Language::En => vec![
            "Book depreciation follows each cohort's policy month by month; declining balance switches to straight line as Excel's VDB does; running totals are rounded to the cent, half away from zero.",
            "Changes in estimate are applied prospectively: from the effective month, net book value less the revised salvage is spread over the revised remaining life (ASC 250-10-45-17, IAS 8.36); nothing is restated.",
            "Impairment is tested at each fiscal year end and when the rental price falls more than the trigger in a year or the cash margin turns negative, against the cash flows of the cohort's remaining useful life (run past the model's horizon where the life goes on) and its disposal then (ASC 360-10-35-31, IAS 36.33): under ASC 360 against the undiscounted flows, then down to fair value; under IAS 36 against the higher of fair value less costs of disposal and value in use, with a reversal only after a change in estimate (not the unwinding of the discount) and capped.",
            "Tax depreciation uses MACRS GDS with IRS Publication 946 Tables A-1 to A-5 and the mid-quarter convention when more than 40 % of a year's additions fall in its last quarter; the year of disposal gets half a year's deduction (mid-quarter: up to the middle of the disposal quarter); deferred tax is (book NBV − tax basis) × tax rate.",
            "Cash flows fall at month ends and are discounted at the discount rate; energy is units × kW × (utilisation + idle share × (1 − utilisation)) × hours × PUE.",
        ],
        Language::ZhCn => vec![
            "账面折旧按各批次政策逐月计提；余额递减法在直线法更大时转为直线法（与Excel VDB一致）；累计额按四舍五入（远离零）取至分。",
            "会计估计变更采用未来适用法：自生效月起，将账面净值减修订后残值在修订后的剩余寿命内摊销（ASC 250-10-45-17，IAS 8.36），不追溯调整。",
            "每个财年末以及租赁价格一年内跌幅超过触发值或现金利润转负时进行减值测试：现金流覆盖批次的剩余使用寿命（寿命超出预测期时延续计算）及届时的处置（ASC 360-10-35-31，IAS 36.33）：ASC 360先与未折现现金流比较，再减记至公允价值；IAS 36与公允价值减处置费用和使用价值中较高者比较，仅在会计估计变更后才转回（折现回拨不算），且转回有上限。",
            "税务折旧采用MACRS GDS及IRS第946号出版物表A-1至A-5，当年末季度新增资产超过40%时采用年中季度惯例；处置年度扣除半年折旧（年中季度惯例：扣至处置季度的中点）；递延税款 =（账面净值 − 计税基础）× 税率。",
            "现金流按月末发生并按折现率折现；用电量 = 数量 × 千瓦 × （利用率 + 空载比例 × （1 − 利用率））× 小时 × PUE。",
        ],
    }
}
