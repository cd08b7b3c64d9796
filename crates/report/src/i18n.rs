//! The report's words in English and Simplified Chinese, and numbers and months formatted for
//! each language. Every string a report shows comes from here or from the user's own data.

use crate::glossary::Term;
use fleet_ledger_engine::analysis::{BreakEvenTarget, BreakEvenVariable, Driver};
use fleet_ledger_engine::book::{BookPolicy, DepreciationMethod};
use fleet_ledger_engine::YearMonth;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub enum Language {
    #[serde(rename = "en")]
    En,
    #[serde(rename = "zh-CN")]
    ZhCn,
}

impl Language {
    /// The tag Typst's `text(lang:)` takes (hyphenation, quotes, line breaking).
    pub fn typst_tag(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::ZhCn => "zh",
        }
    }

    /// Picks the English or the Chinese text.
    pub fn pick(self, en: &'static str, zh: &'static str) -> &'static str {
        match self {
            Language::En => en,
            Language::ZhCn => zh,
        }
    }

    /// A month as a report shows it: "Jan 2026" or "2026年1月".
    pub fn month(self, month: YearMonth) -> String {
        const NAMES: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        match self {
            Language::En => format!("{} {}", NAMES[(month.month() - 1) as usize], month.year()),
            Language::ZhCn => format!("{}年{}月", month.year(), month.month()),
        }
    }

    /// A fiscal-year label: "FY2027" or "2027财年".
    pub fn fiscal_year(self, year: i32) -> String {
        match self {
            Language::En => format!("FY{year}"),
            Language::ZhCn => format!("{year}财年"),
        }
    }

    /// A book policy as the policy comparison names it: "6-year life", "30-month life"; a
    /// method other than straight line and a salvage value follow in brackets, "5-year life
    /// (declining balance 2×, 10 % salvage)".
    pub fn book_policy(self, p: &BookPolicy) -> String {
        let months = p.useful_life_months;
        let life = match (self, months.is_multiple_of(12)) {
            (Language::En, true) => format!("{}-year life", months / 12),
            (Language::En, false) => format!("{months}-month life"),
            (Language::ZhCn, true) => format!("{}年寿命", months / 12),
            (Language::ZhCn, false) => format!("{months}个月寿命"),
        };
        let mut details = Vec::new();
        match &p.method {
            DepreciationMethod::StraightLine => {}
            DepreciationMethod::DecliningBalance { factor } => details.push(match self {
                Language::En => format!("declining balance {factor}×"),
                Language::ZhCn => format!("余额递减法{factor}×"),
            }),
            DepreciationMethod::SumOfYearsDigits => {
                details.push(Term::SumOfYearsDigits.text(self).to_owned())
            }
            DepreciationMethod::UnitsOfProduction { .. } => {
                details.push(Term::UnitsOfProduction.text(self).to_owned())
            }
            DepreciationMethod::FixedDecliningBalance => {
                details.push(Term::ExcelDb.text(self).to_owned())
            }
        }
        if !p.salvage_percent.is_zero() {
            let salvage = p.salvage_percent.normalize();
            details.push(match self {
                Language::En => format!("{salvage} % salvage"),
                Language::ZhCn => format!("残值{salvage}%"),
            });
        }
        match (self, details.is_empty()) {
            (_, true) => life,
            (Language::En, false) => format!("{life} ({})", details.join(", ")),
            (Language::ZhCn, false) => format!("{life}（{}）", details.join("，")),
        }
    }

    /// A fiscal year of the policy comparison, or its cumulative row.
    pub fn fiscal_year_or_cumulative(self, year: Option<i32>) -> String {
        year.map_or_else(
            || Term::Cumulative.text(self).to_owned(),
            |y| self.fiscal_year(y),
        )
    }

    /// A tornado driver's name.
    pub fn driver(self, driver: Driver) -> &'static str {
        use Driver::*;
        let (en, zh) = match driver {
            RentalPrice => ("Rental price", "租赁价格"),
            Utilisation => ("Utilisation", "利用率"),
            ElectricityPrice => ("Electricity price", "电价"),
            Pue => ("PUE", "PUE"),
            HostingRate => ("Hosting rate", "托管费率"),
            Capex => ("Capex", "资本支出"),
            UsefulLife => ("Useful life", "使用寿命"),
            FailureRate => ("Failure rate", "故障率"),
            ResidualValue => ("Residual value", "残值"),
            Maintenance => ("Maintenance", "维护费"),
            DiscountRate => ("Discount rate", "折现率"),
            TaxRate => ("Tax rate", "税率"),
            TrainingPrice => ("Training price", "训练价格"),
            InferencePrice => ("Inference price", "推理价格"),
            TrainingUtilisation => ("Training utilisation", "训练利用率"),
            InferenceUtilisation => ("Inference utilisation", "推理利用率"),
            IdlePower => ("Idle power", "空载功率"),
            DisposalHaircut => ("Disposal haircut", "处置折让"),
            ElectricityEscalation => ("Electricity escalation", "电价涨幅"),
            OtherCost => ("Other cost", "其他成本"),
        };
        self.pick(en, zh)
    }

    /// What a break-even answer solves for.
    pub fn break_even_variable(self, variable: BreakEvenVariable) -> &'static str {
        match variable {
            BreakEvenVariable::RentalPrice => Term::RentalPrice.text(self),
            BreakEvenVariable::Utilisation => Term::Utilisation.text(self),
            BreakEvenVariable::UsefulLife => Term::UsefulLife.text(self),
        }
    }

    pub fn break_even_target(self, target: BreakEvenTarget) -> &'static str {
        match target {
            BreakEvenTarget::Npv => Term::Npv.text(self),
            BreakEvenTarget::CumulativeEbit => Term::CumulativeEbit.text(self),
        }
    }

    /// The tornado table's columns, in the pack and the workbook alike.
    pub fn tornado_columns(self) -> [&'static str; 6] {
        [
            Term::Driver.text(self),
            Term::NpvLower.text(self),
            Term::NpvHigher.text(self),
            Term::NpvSwing.text(self),
            Term::CumulativeEbitLower.text(self),
            Term::CumulativeEbitHigher.text(self),
        ]
    }

    /// The break-even table's columns.
    pub fn break_even_columns(self) -> [&'static str; 4] {
        [
            Term::Variable.text(self),
            Term::Target.text(self),
            Term::TargetToday.text(self),
            Term::ZeroAtMultipleOfToday.text(self),
        ]
    }

    /// A break-even search that found no zero in its range.
    pub fn no_break_even(self) -> &'static str {
        Term::NoBreakEvenInRange.text(self)
    }

    /// A group of cohorts summed by GPU and vintage: "H100 2024 (35 cohorts)".
    pub fn cohort_group(self, sku: &str, vintage: i32, cohorts: u32) -> String {
        match self {
            Language::En if cohorts == 1 => format!("{sku} {vintage} (1 cohort)"),
            Language::En => format!("{sku} {vintage} ({cohorts} cohorts)"),
            Language::ZhCn => format!("{sku} {vintage}年（{cohorts}个批次）"),
        }
    }
}

/// How numbers are written in a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberStyle {
    /// Negative amounts as (1,234) rather than −1,234, as many finance teams prefer.
    pub parentheses: bool,
}

impl NumberStyle {
    /// `value` rounded half away from zero to `decimals` places, with thousands separators.
    /// Both languages group by thousands with commas and use a decimal point.
    pub fn number(self, value: Decimal, decimals: u32) -> String {
        let rounded =
            value.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero);
        let text = format!("{:.*}", decimals as usize, rounded.abs());
        let (whole, fraction) = text
            .split_once('.')
            .map_or((text.as_str(), None), |(w, f)| (w, Some(f)));
        let mut grouped = String::with_capacity(whole.len() + whole.len() / 3 + 4);
        for (i, digit) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(digit);
        }
        if let Some(fraction) = fraction {
            grouped.push('.');
            grouped.push_str(fraction);
        }
        if rounded.is_sign_negative() && !rounded.is_zero() {
            if self.parentheses {
                format!("({grouped})")
            } else {
                format!("−{grouped}")
            }
        } else {
            grouped
        }
    }

    /// Money in thousands of the currency, whole: the unit of every report table.
    pub fn thousands(self, value: Decimal) -> String {
        self.number(value / Decimal::ONE_THOUSAND, 0)
    }

    /// A figure in a sentence or on a slide, to three significant digits in the language's
    /// large units, as the screen writes it (Intl's compact notation): 6.5M, 158M and 1M for
    /// 999,999 in English (K, M, B, T); 650万, 1020万 and 1.58亿 in Chinese (万, 亿, 万亿).
    pub fn compact(self, value: Decimal, language: Language) -> String {
        let units: &[(i64, &str)] = match language {
            Language::En => &[
                (1_000_000_000_000, "T"),
                (1_000_000_000, "B"),
                (1_000_000, "M"),
                (1_000, "K"),
            ],
            Language::ZhCn => &[
                (1_000_000_000_000, "万亿"),
                (100_000_000, "亿"),
                (10_000, "万"),
            ],
        };
        // Round to three significant digits first, so 999,999 carries into 1M.
        let size = value.abs();
        let digits = size.trunc().to_string().trim_start_matches('0').len() as u32;
        let rounded = if digits > 3 {
            let factor = Decimal::from(10u64.pow(digits - 3));
            (size / factor).round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
                * factor
        } else {
            size.round_dp_with_strategy(
                3 - digits.max(1) + u32::from(digits == 0),
                RoundingStrategy::MidpointAwayFromZero,
            )
        };
        let (scaled, unit) = units
            .iter()
            .find(|(unit, _)| rounded >= Decimal::from(*unit))
            .map_or((rounded, ""), |(unit, name)| {
                (rounded / Decimal::from(*unit), *name)
            });
        let body = format!("{}{unit}", scaled.normalize());
        match (
            value.is_sign_negative() && !rounded.is_zero(),
            self.parentheses,
        ) {
            (false, _) => body,
            (true, true) => format!("({body})"),
            (true, false) => format!("−{body}"),
        }
    }

    /// A fraction as a percentage with one decimal: 0.1489 → "14.9%".
    pub fn percent(self, fraction: Decimal) -> String {
        format!("{}%", self.number(fraction * Decimal::ONE_HUNDRED, 1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn compact_figures_take_three_significant_digits_in_each_languages_units() {
        let plain = NumberStyle { parentheses: false };
        assert_eq!(plain.compact(dec!(6500000), Language::En), "6.5M");
        assert_eq!(plain.compact(dec!(158351989.64), Language::En), "158M");
        assert_eq!(plain.compact(dec!(94101000), Language::En), "94.1M");
        assert_eq!(plain.compact(dec!(999), Language::En), "999");
        assert_eq!(
            plain.compact(dec!(999999), Language::En),
            "1M",
            "rounding carries into the next unit"
        );
        assert_eq!(plain.compact(dec!(1234), Language::En), "1.23K");
        assert_eq!(plain.compact(dec!(6500000), Language::ZhCn), "650万");
        assert_eq!(plain.compact(dec!(10190000), Language::ZhCn), "1020万");
        assert_eq!(plain.compact(dec!(1234), Language::ZhCn), "1230");
        assert_eq!(plain.compact(dec!(158351989.64), Language::ZhCn), "1.58亿");
        let parentheses = NumberStyle { parentheses: true };
        assert_eq!(parentheses.compact(dec!(-1234567), Language::En), "(1.23M)");
    }

    #[test]
    fn numbers_group_round_half_away_and_show_negatives_as_asked() {
        let plain = NumberStyle { parentheses: false };
        let finance = NumberStyle { parentheses: true };
        assert_eq!(plain.number(dec!(1234567.125), 2), "1,234,567.13");
        assert_eq!(plain.thousands(dec!(-64241.67)), "−64");
        assert_eq!(finance.thousands(dec!(-64500)), "(65)");
        assert_eq!(finance.number(dec!(-0.004), 2), "0.00");
        assert_eq!(plain.percent(dec!(0.1489411698)), "14.9%");
    }

    /// The policy comparison names a policy by its life, then what else differs from straight
    /// line without salvage, in the report's language.
    #[test]
    fn book_policies_are_named_by_life_method_and_salvage_in_both_languages() {
        use fleet_ledger_engine::book::Convention;
        let plain = BookPolicy {
            method: DepreciationMethod::StraightLine,
            useful_life_months: 72,
            salvage_percent: dec!(0),
            convention: Convention::FullMonth,
        };
        let declining = BookPolicy {
            method: DepreciationMethod::DecliningBalance { factor: dec!(2) },
            useful_life_months: 66,
            salvage_percent: dec!(10.0),
            convention: Convention::HalfYear,
        };
        assert_eq!(Language::En.book_policy(&plain), "6-year life");
        assert_eq!(Language::ZhCn.book_policy(&plain), "6年寿命");
        assert_eq!(
            Language::En.book_policy(&declining),
            "66-month life (declining balance 2×, 10 % salvage)"
        );
        assert_eq!(
            Language::ZhCn.book_policy(&declining),
            "66个月寿命（余额递减法2×，残值10%）"
        );
        assert_eq!(Language::ZhCn.fiscal_year_or_cumulative(None), "累计");
    }

    #[test]
    fn months_and_years_in_both_languages() {
        let m = YearMonth::new(2026, 1).unwrap();
        assert_eq!(Language::En.month(m), "Jan 2026");
        assert_eq!(Language::ZhCn.month(m), "2026年1月");
        assert_eq!(Language::ZhCn.fiscal_year(2027), "2027财年");
    }
}
