//! The reports' glossary: every term the meeting pack and the workbook show (headings, column
//! names, line items, units), in English and Simplified Chinese, defined once. The UI's
//! catalogs take the shared terms from the same list: [`catalog_json`] is committed as
//! ui/src/i18n/glossary.en.json and glossary.zh-CN.json, and a test fails when those are
//! stale (`UPDATE_GLOSSARY=1 cargo test -p fleet-ledger-report glossary` rewrites them).

use crate::i18n::Language;

pub mod headlines;
pub mod sentences;

macro_rules! glossary {
    ($($term:ident => $en:literal, $zh:literal;)*) => {
        /// A term of the glossary.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Term {
            $($term),*
        }

        impl Term {
            /// Every term, in the order the glossary lists them.
            pub const ALL: &'static [Term] = &[$(Term::$term),*];

            /// The term's name, the key the UI's catalogs use.
            pub fn key(self) -> &'static str {
                match self {
                    $(Term::$term => stringify!($term)),*
                }
            }

            /// The term in `language`.
            pub fn text(self, language: Language) -> &'static str {
                match self {
                    $(Term::$term => language.pick($en, $zh)),*
                }
            }
        }
    };
}

glossary! {
    AssumptionsAndTheirSources => "Assumptions and their sources", "假设及其来源";
    GpusInTheFleet => "GPUs in the fleet", "机群中的GPU";
    CapexPerGpuIn => "Capex per GPU in", "单卡资本支出币种";
    Gpu => "GPU", "GPU";
    CapexPerGpu => "Capex per GPU", "单卡资本支出";
    KwPerGpu => "kW per GPU", "单卡千瓦";
    Source => "Source", "来源";
    Colocation => "colocation", "托管";
    OwnedFacility => "owned facility", "自有设施";
    ElectricityPerKwh => "Electricity per kWh", "每千瓦时电价";
    ElectricityEscalationAYear => "Electricity escalation a year", "电价年涨幅";
    Pue => "PUE", "PUE";
    HostingPerKwMonth => "Hosting per kW-month", "每千瓦月托管费";
    MaintenancePercentOfCostAYear => "Maintenance, % of cost a year", "维护费（成本%/年）";
    GpusFailingAYear => "GPUs failing a year", "年故障率";
    DiscountRate => "Discount rate", "折现率";
    TaxRate => "Tax rate", "税率";
    Costs => "Costs", "成本";
    DatedPoints => "dated points", "日期点";
    GeneratedCurve => "generated curve", "生成曲线";
    Charts => "Charts", "图表";
    EbitByPolicyChartTitle => "EBIT by fiscal year under each book life", "各折旧年限下的分财年息税前利润";
    DepreciationPerGpuHour => "Depreciation per GPU-hour", "每GPU小时折旧";
    AverageMw => "Average MW", "平均兆瓦";
    Gpus => "GPUs", "GPU数量";
    CompositionChartTitle => "Fleet composition (GPUs in service at year end) and average MW", "机群构成（年末在用GPU）与平均兆瓦";
    NetBookValue => "Net book value", "账面净值";
    BookAgainstEconomicValueChartTitle => "Net book value against economic value at each year end", "各财年末账面净值与经济价值";
    ScenariosSideBySide => "Scenarios side by side", "情景对比";
    Scenario => "Scenario", "情景";
    Npv => "NPV", "净现值";
    DeltaNpv => "Δ NPV", "净现值差异";
    CumulativeEbit => "Cumulative EBIT", "累计息税前利润";
    DeltaEbit => "Δ EBIT", "息税前利润差异";
    FreeCashFlow => "Free cash flow", "自由现金流";
    Mwh => "MWh", "兆瓦时";
    DifferencesFromTheFirstNote => "differences from the first scenario", "差异以第一个情景为基准";
    KeyFigures => "Key figures", "关键指标";
    DeltaCumulativeEbit => "Δ cumulative EBIT", "累计息税前利润差异";
    DifferencesFromTheFirstChartTitle => "Differences from the first scenario", "与第一个情景的差异";
    MethodNotes => "Method notes", "方法说明";
    Company => "Company", "公司";
    Change => "Change", "变更";
    Effective => "Effective", "生效";
    DisclosedEffect => "Disclosed effect", "披露的影响";
    ExecutiveSummary => "Executive summary", "执行摘要";
    NetPresentValue => "Net present value", "净现值";
    InternalRateOfReturn => "Internal rate of return", "内部收益率";
    Payback => "Payback", "投资回收期";
    CumulativeFreeCashFlow => "Cumulative free cash flow", "累计自由现金流";
    EnergyMwh => "Energy (MWh)", "用电量（兆瓦时）";
    AveragePowerMw => "Average power (MW)", "平均功率（兆瓦）";
    FiscalYear => "Fiscal year", "财年";
    Revenue => "Revenue", "收入";
    CashCost => "Cash cost", "现金成本";
    ContributionMargin => "Contribution margin", "边际贡献";
    Depreciation => "Depreciation", "折旧";
    Impairment => "Impairment", "减值";
    DisposalGain => "Disposal gain", "处置损益";
    Ebit => "EBIT", "息税前利润";
    TaxPaid => "Tax paid", "已付税款";
    Capex => "Capex", "资本支出";
    Cohort => "Cohort", "批次";
    Cost => "Cost", "成本";
    BookLifeMonths => "Book life (months)", "账面寿命（月）";
    DepreciationByCohort => "Depreciation by cohort", "分批次折旧";
    DepreciationByGroupTitle => "Depreciation by GPU and year in service", "按GPU与投入使用年份的折旧";
    YearEnd => "Year end", "财年末";
    PriceDrop => "Price drop", "价格下跌";
    NegativeMargin => "Negative margin", "利润转负";
    Month => "Month", "月份";
    Trigger => "Trigger", "触发";
    CarryingAmount => "Carrying amount", "账面金额";
    RecoverabilityMeasure => "Recoverability measure", "可收回性指标";
    Loss => "Loss", "减值损失";
    GpuAndYearInService => "GPU and year in service", "GPU与投入使用年份";
    FailedTests => "Failed tests", "未通过次数";
    DifferenceLongestVsShortest => "Difference, longest vs shortest", "最长与最短之差";
    PercentOfEbit => "% of EBIT", "占息税前利润%";
    Currency => "Currency", "币种";
    EmissionsTCo2 => "Emissions (t CO2)", "排放（吨二氧化碳）";
    ImpairmentNet => "Impairment (net)", "减值（净额）";
    DisposalProceeds => "Disposal proceeds", "处置收入";
    NbvAtYearEnd => "NBV at year end", "年末账面净值";
    Total => "Total", "合计";
    OperatingCosts => "Operating costs", "运营成本";
    DeltaFreeCashFlow => "Δ free cash flow", "自由现金流差异";
    SumOfYearsDigits => "sum-of-years' digits", "年数总和法";
    UnitsOfProduction => "units of production", "工作量法";
    ExcelDb => "Excel DB", "Excel DB固定余额递减法";
    Cumulative => "Cumulative", "累计";
    RentalPrice => "Rental price", "租赁价格";
    Utilisation => "Utilisation", "利用率";
    UsefulLife => "Useful life", "使用寿命";
    Driver => "Driver", "驱动因素";
    NpvLower => "NPV, lower", "净现值（下调）";
    NpvHigher => "NPV, higher", "净现值（上调）";
    NpvSwing => "NPV swing", "净现值摆幅";
    CumulativeEbitLower => "Cumulative EBIT, lower", "累计息税前利润（下调）";
    CumulativeEbitHigher => "Cumulative EBIT, higher", "累计息税前利润（上调）";
    NpvChangeLower => "Change in NPV, lower", "净现值变动（下调）";
    NpvChangeHigher => "Change in NPV, higher", "净现值变动（上调）";
    CumulativeEbitChangeLower => "Change in cumulative EBIT, lower", "累计息税前利润变动（下调）";
    CumulativeEbitChangeHigher => "Change in cumulative EBIT, higher", "累计息税前利润变动（上调）";
    TornadoEbitChartTitle => "Tornado: cumulative EBIT with each driver lower and higher", "龙卷风图：各驱动因素下调与上调时的累计息税前利润";
    Variable => "Variable", "变量";
    Target => "Target", "目标";
    TargetToday => "Target today", "当前目标值";
    ZeroAtMultipleOfToday => "Zero at (multiple of today)", "为零时（当前值的倍数）";
    NoBreakEvenInRange => "not between 0× and 10×", "不在0倍至10倍之间";
    UsefulLifePrecedentsTitle => "Useful-life changes by hyperscalers and their disclosed effects", "超大规模云厂商的使用寿命变更及其披露的影响";
    UsefulLifePrecedentsNote => "USD billions as disclosed in their filings (quoted in English); verify before relying", "以其披露文件为准的十亿美元金额（按英文原文引用）；使用前请核实";
    FleetLedgerMeetingPack => "Fleet Ledger meeting pack", "Fleet Ledger 会议资料";
    FleetLedgerScenarioComparison => "Fleet Ledger scenario comparison", "Fleet Ledger 情景对比";
    ProfitAndLossTitle => "Profit and loss and cash flow by fiscal year", "分财年损益与现金流";
    ImpairmentTestsThatFailed => "Impairment tests that failed", "未通过的减值测试";
    EbitUnderEachBookLifeTitle => "Change in estimate: EBIT under each book life (ASC 250-10-50-4)", "会计估计变更：各折旧年限下的息税前利润（ASC 250-10-50-4）";
    ContributionMarginPerGpuHour => "Contribution margin per GPU-hour", "每GPU小时边际贡献";
    EconomicValueValueInUse => "Economic value (value in use)", "经济价值（使用价值）";
    TornadoChartTitle => "Tornado: NPV with each driver lower and higher", "龙卷风图：各驱动因素下调与上调时的净现值";
    TornadoTableTitle => "Tornado of NPV and cumulative EBIT", "净现值与累计息税前利润的龙卷风表";
    BreakEvenTitle => "Break-even: where the target reaches zero", "盈亏平衡：目标为零之处";
}

/// The glossary in `language` as the UI's catalogs read it: each term's key and text, then
/// each tornado driver's name under `Driver.<name>`, in a stable order.
pub fn catalog_json(language: Language) -> String {
    use fleet_ledger_engine::analysis::{
        Driver, HeadlineCode, COMPARED_FIGURES, COMPARISON_SLIDES, SCENARIO_SLIDES,
    };
    let mut entries = serde_json::Map::new();
    for term in Term::ALL {
        entries.insert(term.key().to_owned(), term.text(language).into());
    }
    for driver in Driver::ALL {
        entries.insert(format!("Driver.{driver:?}"), language.driver(driver).into());
    }
    // The briefing's sentences and the figure names inside them, under their IPC names.
    let ipc_name = |value: serde_json::Value| value.as_str().unwrap_or_default().to_owned();
    for code in HeadlineCode::ALL {
        let key = format!("Headline.{}", ipc_name(serde_json::json!(code)));
        entries.insert(key, headlines::headline(*code, language).into());
    }
    for (code, name, text) in headlines::captions(language) {
        let key = format!("Caption.{}.{name}", ipc_name(serde_json::json!(code)));
        entries.insert(key, text.into());
    }
    for kind in SCENARIO_SLIDES.iter().chain(&COMPARISON_SLIDES) {
        let key = format!("Slide.{}", ipc_name(serde_json::json!(kind)));
        entries.insert(key, headlines::slide_title(*kind, language).into());
    }
    for figure in COMPARED_FIGURES {
        let key = format!("HeadlineFigure.{}", ipc_name(serde_json::json!(figure)));
        entries.insert(key, headlines::figure_in_sentence(figure, language).into());
    }
    serde_json::to_string_pretty(&entries).unwrap_or_default() + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    /// The UI's copy of the glossary is the glossary: a term renamed or retranslated here
    /// shows the same on screen as in the pack.
    #[test]
    fn the_uis_glossary_catalogs_are_the_reports_glossary() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/i18n");
        for (language, file) in [
            (Language::En, "glossary.en.json"),
            (Language::ZhCn, "glossary.zh-CN.json"),
        ] {
            let path = dir.join(file);
            let expected = catalog_json(language);
            if std::env::var_os("UPDATE_GLOSSARY").is_some() {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(&path, &expected).unwrap();
                continue;
            }
            let committed = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                committed == expected,
                "{} is stale: run UPDATE_GLOSSARY=1 cargo test -p fleet-ledger-report glossary",
                path.display()
            );
        }
    }
}
