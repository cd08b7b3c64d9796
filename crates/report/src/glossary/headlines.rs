//! The briefing's headline sentences (issue 18) and the names of compared figures inside a
//! sentence, in English and Simplified Chinese. `{name}` marks where a headline's value goes,
//! written by the reader (UI or pack) for its language: a sentence places figures, it never
//! computes them.

use crate::i18n::Language;
use fleet_ledger_engine::analysis::{ComparedFigure, HeadlineCode, SlideKind};

/// The sentence of a headline code in `language`.
pub fn headline(code: HeadlineCode, language: Language) -> &'static str {
    use HeadlineCode::*;
    let (en, zh) = match code {
        WorthAndPayback => (
            "The fleet is worth {npv} today at a {rate} discount rate and pays back in {months} months",
            "按{rate}的折现率，机群现值为{npv}，{months}个月收回投资",
        ),
        WorthNeverPaysBack => (
            "The fleet is worth {npv} today at a {rate} discount rate and does not pay back within the model",
            "按{rate}的折现率，机群现值为{npv}，在模型期内未能收回投资",
        ),
        LongerLifeRaisesEbit => (
            "A {longer} life instead of a {shorter} one raises {year} EBIT by {amount} ({percent})",
            "采用{longer}而非{shorter}的折旧年限，{year}息税前利润增加{amount}（{percent}）",
        ),
        LongerLifeLowersEbit => (
            "A {longer} life instead of a {shorter} one lowers {year} EBIT by {amount} ({percent})",
            "采用{longer}而非{shorter}的折旧年限，{year}息税前利润减少{amount}（{percent}）",
        ),
        LongerLifeEbitFromZero => (
            "A {longer} life instead of a {shorter} one makes {year} EBIT {amount} instead of zero",
            "采用{longer}而非{shorter}的折旧年限，{year}息税前利润由零变为{amount}",
        ),
        LivesLeaveEbit => (
            "The book lives compared leave {year} EBIT unchanged",
            "所比较的折旧年限不改变{year}息税前利润",
        ),
        MarginEndsBeforeBookLife => (
            "In {short} of {all} cohorts the cash margin turns negative before the book life ends; cutting their lives to match would write down {write_down}",
            "{all}个批次中有{short}个在账面寿命结束前现金利润转负；将其寿命缩短至经济寿命将减记{write_down}",
        ),
        EveryCohortEarnsItsBookLife => (
            "All {all} cohorts earn more than their cash cost for the whole of their book lives",
            "全部{all}个批次在整个账面寿命内的收入均高于现金成本",
        ),
        PeakPowerAgainstCap => (
            "At its peak, in {year}, the fleet draws {mw} on average: {percent} of the site's {cap} cap",
            "机群在{year}达到峰值，平均用电{mw}，为场地上限{cap}的{percent}",
        ),
        PeakPower => (
            "At its peak, in {year}, the fleet draws {mw} on average",
            "机群在{year}达到峰值，平均用电{mw}",
        ),
        ImpairmentsWriteDown => (
            "{failed} of {tests} impairment tests fail, writing down {loss}",
            "{tests}次减值测试中有{failed}次未通过，减记{loss}",
        ),
        NoImpairment => (
            "All {tests} impairment tests pass: nothing is written down",
            "全部{tests}次减值测试均通过，无需减记",
        ),
        EnergyAsHouseholds => (
            "Over the model the fleet uses {mwh}, a daily draw as large as {households} households', and {training_multiple} the energy GPT-4's training is reported to have used",
            "模型期内机群用电{mwh}，日用电量相当于{households}户家庭，为GPT-4公开训练能耗的{training_multiple}",
        ),
        BestAgainstBase => (
            "{best} does best on {figure}: {amount}, {margin} better than {base}",
            "{best}的{figure}最佳：{amount}，较{base}优{margin}",
        ),
        BaseIsBest => (
            "{base} does best on {figure}: {amount}, {margin} better than {next}",
            "{base}的{figure}最佳：{amount}，较{next}优{margin}",
        ),
        NoneBeatsBase => (
            "No scenario does better than {base} on {figure}",
            "没有情景的{figure}优于{base}",
        ),
    };
    language.pick(en, zh)
}

/// What each figure a slide shows in large type is: the caption under it, by headline code and
/// the value's name; it may name the headline's other values.
const CAPTIONS: &[(HeadlineCode, &str, &str, &str)] = &[
    (
        HeadlineCode::WorthAndPayback,
        "npv",
        "NPV at {rate}",
        "按{rate}折现的净现值",
    ),
    (
        HeadlineCode::WorthAndPayback,
        "months",
        "months to pay back",
        "个月收回投资",
    ),
    (
        HeadlineCode::WorthNeverPaysBack,
        "npv",
        "NPV at {rate}",
        "按{rate}折现的净现值",
    ),
    (
        HeadlineCode::LongerLifeRaisesEbit,
        "amount",
        "more {year} EBIT with a {longer} life",
        "采用{longer}年限时{year}息税前利润的增加额",
    ),
    (
        HeadlineCode::LongerLifeRaisesEbit,
        "percent",
        "of {year} EBIT",
        "占{year}息税前利润",
    ),
    (
        HeadlineCode::LongerLifeLowersEbit,
        "amount",
        "less {year} EBIT with a {longer} life",
        "采用{longer}年限时{year}息税前利润的减少额",
    ),
    (
        HeadlineCode::LongerLifeLowersEbit,
        "percent",
        "of {year} EBIT",
        "占{year}息税前利润",
    ),
    (
        HeadlineCode::LongerLifeEbitFromZero,
        "amount",
        "{year} EBIT with a {longer} life",
        "采用{longer}年限时的{year}息税前利润",
    ),
    (
        HeadlineCode::MarginEndsBeforeBookLife,
        "short",
        "of {all} cohorts end before their book life",
        "个批次（共{all}个）在账面寿命前结束",
    ),
    (
        HeadlineCode::MarginEndsBeforeBookLife,
        "write_down",
        "implied write-down",
        "隐含减记",
    ),
    (
        HeadlineCode::EveryCohortEarnsItsBookLife,
        "all",
        "cohorts earn their whole book life",
        "个批次在整个账面寿命内盈利",
    ),
    (
        HeadlineCode::PeakPowerAgainstCap,
        "mw",
        "average in {year}",
        "{year}平均",
    ),
    (
        HeadlineCode::PeakPowerAgainstCap,
        "percent",
        "of the {cap} cap",
        "占{cap}上限",
    ),
    (
        HeadlineCode::PeakPower,
        "mw",
        "average in {year}",
        "{year}平均",
    ),
    (
        HeadlineCode::ImpairmentsWriteDown,
        "failed",
        "of {tests} tests fail",
        "次未通过（共{tests}次）",
    ),
    (
        HeadlineCode::ImpairmentsWriteDown,
        "loss",
        "written down",
        "减记金额",
    ),
    (
        HeadlineCode::NoImpairment,
        "tests",
        "tests, all passed",
        "次测试，全部通过",
    ),
    (
        HeadlineCode::EnergyAsHouseholds,
        "mwh",
        "used over the model",
        "模型期内用电",
    ),
    (
        HeadlineCode::EnergyAsHouseholds,
        "households",
        "households' daily use",
        "户家庭的日用电量",
    ),
    (HeadlineCode::BestAgainstBase, "amount", "{best}", "{best}"),
    (
        HeadlineCode::BestAgainstBase,
        "margin",
        "ahead of {base}",
        "领先{base}",
    ),
    (HeadlineCode::BaseIsBest, "amount", "{base}", "{base}"),
    (
        HeadlineCode::BaseIsBest,
        "margin",
        "ahead of {next}",
        "领先{next}",
    ),
];

/// The caption under the value `name` of a `code` headline in large type.
pub fn caption(code: HeadlineCode, name: &str, language: Language) -> Option<&'static str> {
    CAPTIONS
        .iter()
        .find(|(c, n, _, _)| *c == code && *n == name)
        .map(|(_, _, en, zh)| language.pick(en, zh))
}

/// Every caption's key as the UI's catalog names it (`Caption.<code>.<value>`), with its text.
pub fn captions(
    language: Language,
) -> impl Iterator<Item = (HeadlineCode, &'static str, &'static str)> {
    CAPTIONS
        .iter()
        .map(move |(c, n, en, zh)| (*c, *n, language.pick(en, zh)))
}

/// A slide's title: what its finding is about.
pub fn slide_title(kind: SlideKind, language: Language) -> &'static str {
    use SlideKind::*;
    let (en, zh) = match kind {
        KeyFigures => ("Value and payback", "价值与回收期"),
        PolicyComparison => ("Book lives and EBIT", "折旧年限与息税前利润"),
        EconomicLife => ("Economic against book life", "经济寿命与账面寿命"),
        Fleet => ("Fleet and power", "机群与用电"),
        Impairment => ("Impairment", "减值"),
        Energy => ("Energy", "能耗"),
        ComparedNpv => ("Net present value", "净现值"),
        ComparedEbit => ("EBIT by fiscal year", "各财年息税前利润"),
        ComparedCash => ("Cumulative free cash flow", "累计自由现金流"),
        ComparedCapacity => ("Capacity sold", "售出算力"),
        ComparedEmissions => ("Emissions", "排放"),
    };
    language.pick(en, zh)
}

/// A compared figure's name inside a sentence ("does best on cumulative EBIT").
pub fn figure_in_sentence(figure: ComparedFigure, language: Language) -> &'static str {
    use ComparedFigure::*;
    let (en, zh) = match figure {
        Npv => ("NPV", "净现值"),
        Irr => ("IRR", "内部收益率"),
        PaybackMonths => ("payback", "回收期"),
        CumulativeEbit => ("cumulative EBIT", "累计息税前利润"),
        CumulativeFreeCashFlow => ("cumulative free cash flow", "累计自由现金流"),
        H100EquivalentHours => ("capacity sold", "售出算力"),
        CostPerH100EquivalentHour => ("cost per H100-equivalent hour", "每H100等效小时成本"),
        Mwh => ("energy", "用电量"),
        AverageMw => ("average power", "平均功率"),
        EmissionsTonnes => ("emissions", "排放"),
    };
    language.pick(en, zh)
}

#[cfg(test)]
mod tests {
    use super::*;
    use fleet_ledger_engine::analysis::{
        compare_scenarios, comparison_findings, scenario_findings, scenario_results, SlideFinding,
    };
    use fleet_ledger_engine::reference::{example, example_names};
    use fleet_ledger_engine::validation::issue::placeholders;

    /// Every value a sentence names, in both languages, is one the engine gives its headline:
    /// a translation can neither drop a figure nor ask for one that is not there.
    #[test]
    fn every_headline_sentence_names_only_values_the_engine_gives_it() {
        let scenarios: Vec<_> = example_names()
            .iter()
            .map(|n| example(n).unwrap())
            .collect();
        let mut findings: Vec<SlideFinding> = Vec::new();
        for s in &scenarios {
            findings.extend(scenario_findings(&scenario_results(s).unwrap()));
        }
        findings.extend(comparison_findings(&compare_scenarios(&scenarios).unwrap()));
        let mut seen = std::collections::BTreeSet::new();
        for f in &findings {
            seen.insert(format!("{:?}", f.headline.code));
            for language in [Language::En, Language::ZhCn] {
                let sentence = headline(f.headline.code, language);
                let mut named: Vec<&str> = placeholders(sentence);
                named.sort_unstable();
                let given: Vec<&str> = f.headline.values.keys().map(String::as_str).collect();
                assert_eq!(
                    named, given,
                    "{language:?} {:?}: {sentence}",
                    f.headline.code
                );
                // Each figure in large type has a caption, naming only the headline's values.
                for figure in &f.headline.figures {
                    let words = caption(f.headline.code, figure, language)
                        .unwrap_or_else(|| panic!("no caption for {:?}.{figure}", f.headline.code));
                    let unknown: Vec<_> = placeholders(words)
                        .into_iter()
                        .filter(|n| !given.contains(n))
                        .collect();
                    assert!(
                        unknown.is_empty(),
                        "{language:?} caption {words} names {unknown:?}"
                    );
                }
            }
        }
        // The examples reach a good share of the sentences (a fleet under its cap, tests
        // failing, a longer life raising EBIT, a comparison's leader).
        assert!(seen.len() >= 7, "{seen:?}");
    }

    #[test]
    fn every_code_is_listed_once_for_the_catalogs() {
        let mut codes: Vec<String> = HeadlineCode::ALL.iter().map(|c| format!("{c:?}")).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), HeadlineCode::ALL.len());
    }
}
