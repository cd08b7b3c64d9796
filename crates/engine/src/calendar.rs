//! Calendar months: the model's unit of time (PRODUCT.md §2).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use specta::Type;
use std::fmt;
use std::str::FromStr;

/// A calendar month such as 2026-01. Serialised as the text `YYYY-MM`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Type)]
#[specta(transparent)]
pub struct YearMonth(#[specta(type = String)] u32);

/// The first and last years a scenario may use; outside them dates are almost surely typos.
pub const FIRST_YEAR: i32 = 1990;
pub const LAST_YEAR: i32 = 2200;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum YearMonthError {
    #[error("must be a month written YYYY-MM, e.g. 2026-01")]
    Format,
    #[error("the year must be between {FIRST_YEAR} and {LAST_YEAR}")]
    YearOutOfRange,
    #[error("the month must be between 01 and 12")]
    MonthOutOfRange,
}

impl YearMonth {
    /// `month` is 1-based (1 = January).
    pub fn new(year: i32, month: u32) -> Result<Self, YearMonthError> {
        if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
            return Err(YearMonthError::YearOutOfRange);
        }
        if !(1..=12).contains(&month) {
            return Err(YearMonthError::MonthOutOfRange);
        }
        // Months since year 0 fit easily in u32 for the allowed years.
        Ok(Self(year as u32 * 12 + (month - 1)))
    }

    /// A month known at compile time (reference data); `month` is 1-based. Callers pass
    /// literal, valid values; tests check every reference month.
    pub const fn constant(year: u32, month: u32) -> Self {
        Self(year * 12 + month - 1)
    }

    pub fn year(self) -> i32 {
        (self.0 / 12) as i32
    }

    /// 1 = January … 12 = December.
    pub fn month(self) -> u32 {
        self.0 % 12 + 1
    }

    /// The month `n` months later (`n` may be negative).
    pub fn plus_months(self, n: i32) -> Self {
        Self(self.0.saturating_add_signed(n))
    }

    /// The UTC calendar month containing `unix_seconds` (seconds since 1970-01-01T00:00Z).
    ///
    /// Days to civil date by the proleptic Gregorian rules (400-year eras of 146,097 days);
    /// the caller reads the clock, so this stays pure.
    pub fn containing_unix_time(unix_seconds: i64) -> Result<Self, YearMonthError> {
        let days = unix_seconds.div_euclid(86_400) + 719_468; // days since 0000-03-01
        let era = days.div_euclid(146_097);
        let day_of_era = days.rem_euclid(146_097);
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let shifted_month = (5 * day_of_year + 2) / 153; // 0 = March
        let month = if shifted_month < 10 {
            shifted_month + 3
        } else {
            shifted_month - 9
        };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        let year = i32::try_from(year).map_err(|_| YearMonthError::YearOutOfRange)?;
        YearMonth::new(year, month as u32)
    }

    /// Whole months from `self` to `later`; negative when `later` is earlier.
    pub fn months_until(self, later: YearMonth) -> i32 {
        later.0 as i32 - self.0 as i32
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year(), self.month())
    }
}

impl FromStr for YearMonth {
    type Err = YearMonthError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (y, m) = s.split_once('-').ok_or(YearMonthError::Format)?;
        if y.len() != 4 || m.len() != 2 {
            return Err(YearMonthError::Format);
        }
        let year: i32 = y.parse().map_err(|_| YearMonthError::Format)?;
        let month: u32 = m.parse().map_err(|_| YearMonthError::Format)?;
        YearMonth::new(year, month)
    }
}

impl schemars::JsonSchema for YearMonth {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "YearMonth".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])$",
            "description": "A calendar month, YYYY-MM"
        })
    }
}

impl Serialize for YearMonth {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for YearMonth {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// Days from 1970-01-01 to the first day of month `m` (1-12) of year `y`, proleptic
/// Gregorian (400-year eras of 146,097 days, years counted from March).
pub(crate) fn days_from_civil(y: i64, m: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let year_of_era = y.rem_euclid(400);
    let shifted_month = (m + 9) % 12; // March = 0
    let day_of_year = (153 * shifted_month + 2) / 5;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The ISO date (YYYY-MM-DD) of a day counted from 1970-01-01 (civil from days, the inverse of
/// [`days_from_civil`]).
pub fn iso_date_of_unix_day(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// Day 0 of Excel's 1900 date system, 1899-12-30, in days from 1970-01-01. Serial numbers
/// from it are Excel's from 1900-03-01 on.
pub(crate) const EXCEL_EPOCH_DAYS: i64 = -25_569;

impl YearMonth {
    /// Excel's serial number of the last day of this month (what XIRR's dates are).
    pub fn excel_serial_of_month_end(self) -> i64 {
        let next = self.plus_months(1);
        days_from_civil(i64::from(next.year()), i64::from(next.month())) - 1 - EXCEL_EPOCH_DAYS
    }
}

/// Fiscal years and quarters for a year-end month (12 for most companies, 6 for Microsoft,
/// 5 for Oracle). A fiscal year is named by the calendar year in which it ends, as companies
/// report: Microsoft's fiscal 2024 runs from July 2023 to June 2024.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FiscalCalendar {
    year_end_month: u32,
}

impl FiscalCalendar {
    pub fn new(year_end_month: u32) -> Result<Self, YearMonthError> {
        if (1..=12).contains(&year_end_month) {
            Ok(Self { year_end_month })
        } else {
            Err(YearMonthError::MonthOutOfRange)
        }
    }

    /// Fiscal years that are calendar years (December year end).
    pub const fn calendar_year() -> Self {
        Self { year_end_month: 12 }
    }

    pub fn year_end_month(self) -> u32 {
        self.year_end_month
    }

    /// The fiscal year containing `month`, named by the calendar year in which it ends.
    pub fn fiscal_year(self, month: YearMonth) -> i32 {
        if month.month() <= self.year_end_month {
            month.year()
        } else {
            month.year() + 1
        }
    }

    /// 0 for the first month of the fiscal year … 11 for its last.
    pub fn month_of_fiscal_year(self, month: YearMonth) -> u32 {
        (month.month() + 11 - self.year_end_month) % 12
    }

    /// Fiscal quarter 1 to 4.
    pub fn fiscal_quarter(self, month: YearMonth) -> u32 {
        self.month_of_fiscal_year(month) / 3 + 1
    }

    pub fn is_year_end(self, month: YearMonth) -> bool {
        month.month() == self.year_end_month
    }

    /// Months from `month` to the fiscal year end, both included (1 to 12).
    pub fn months_left_in_year(self, month: YearMonth) -> u32 {
        12 - self.month_of_fiscal_year(month)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_iso_months() {
        let m: YearMonth = "2026-01".parse().unwrap();
        assert_eq!((m.year(), m.month()), (2026, 1));
        assert_eq!(m.to_string(), "2026-01");
        assert_eq!(m.plus_months(11).to_string(), "2026-12");
        assert_eq!(m.plus_months(12).to_string(), "2027-01");
        assert_eq!(m.plus_months(-1).to_string(), "2025-12");
        assert_eq!(m.months_until("2032-01".parse().unwrap()), 72);
    }

    #[test]
    fn month_of_a_unix_time() {
        // 631_152_000 is 1990-01-01T00:00Z; 951_782_400 is 2000-02-29T00:00Z (a leap day);
        // 1_798_761_599 is 2026-12-31T23:59:59Z.
        assert_eq!(
            YearMonth::containing_unix_time(631_152_000)
                .unwrap()
                .to_string(),
            "1990-01"
        );
        assert_eq!(
            YearMonth::containing_unix_time(631_151_999).unwrap_err(),
            YearMonthError::YearOutOfRange
        );
        assert_eq!(
            YearMonth::containing_unix_time(951_782_400)
                .unwrap()
                .to_string(),
            "2000-02"
        );
        assert_eq!(
            YearMonth::containing_unix_time(1_798_761_599)
                .unwrap()
                .to_string(),
            "2026-12"
        );
        assert_eq!(
            YearMonth::containing_unix_time(1_798_761_600)
                .unwrap()
                .to_string(),
            "2027-01"
        );
    }

    #[test]
    fn iso_dates_of_unix_days() {
        assert_eq!(iso_date_of_unix_day(0), "1970-01-01");
        assert_eq!(iso_date_of_unix_day(11_016), "2000-02-29");
        assert_eq!(iso_date_of_unix_day(20_785), "2026-11-28");
    }

    #[test]
    fn excel_serials_of_month_ends() {
        // Excel: DATE(2008,1,31) = 39478, DATE(2024,2,29) = 45351, DATE(1970,1,31) = 25598.
        assert_eq!(
            "2008-01"
                .parse::<YearMonth>()
                .unwrap()
                .excel_serial_of_month_end(),
            39478
        );
        assert_eq!(
            "2024-02"
                .parse::<YearMonth>()
                .unwrap()
                .excel_serial_of_month_end(),
            45351
        );
        assert_eq!(days_from_civil(1970, 1), 0);
    }

    #[test]
    fn fiscal_years_are_named_by_the_year_they_end_in() {
        let microsoft = FiscalCalendar::new(6).unwrap();
        let july_2023: YearMonth = "2023-07".parse().unwrap();
        let june_2024: YearMonth = "2024-06".parse().unwrap();
        assert_eq!(microsoft.fiscal_year(july_2023), 2024);
        assert_eq!(microsoft.fiscal_year(june_2024), 2024);
        assert_eq!(microsoft.fiscal_quarter(july_2023), 1);
        assert_eq!(microsoft.fiscal_quarter("2024-01".parse().unwrap()), 3);
        assert_eq!(microsoft.fiscal_quarter(june_2024), 4);
        assert!(microsoft.is_year_end(june_2024));
        assert_eq!(microsoft.months_left_in_year(july_2023), 12);
        let oracle = FiscalCalendar::new(5).unwrap();
        assert_eq!(oracle.fiscal_year("2025-06".parse().unwrap()), 2026);
        let calendar = FiscalCalendar::new(12).unwrap();
        assert_eq!(calendar.fiscal_year("2026-12".parse().unwrap()), 2026);
        assert_eq!(calendar.months_left_in_year("2026-11".parse().unwrap()), 2);
        assert!(FiscalCalendar::new(13).is_err());
    }

    #[test]
    fn rejects_malformed_months_with_what_is_allowed() {
        assert_eq!(
            "2026-13".parse::<YearMonth>(),
            Err(YearMonthError::MonthOutOfRange)
        );
        assert_eq!("2026-1".parse::<YearMonth>(), Err(YearMonthError::Format));
        assert_eq!(
            "1900-01".parse::<YearMonth>(),
            Err(YearMonthError::YearOutOfRange)
        );
        assert_eq!("January".parse::<YearMonth>(), Err(YearMonthError::Format));
    }
}
