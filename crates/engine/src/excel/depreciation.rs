//! SLN, SYD, DDB, DB and VDB: Excel's depreciation functions.

use super::{finite, require, ExcelError, ExcelResult};

/// Excel SLN: straight-line depreciation for one period, (cost − salvage) / life.
pub fn sln(cost: f64, salvage: f64, life: f64) -> ExcelResult {
    if life == 0.0 {
        return Err(ExcelError::div0("life must not be 0"));
    }
    finite((cost - salvage) / life)
}

/// Excel SYD: sum-of-years'-digits depreciation for period `per`,
/// (cost − salvage) × (life − per + 1) × 2 / (life × (life + 1)).
pub fn syd(cost: f64, salvage: f64, life: f64, per: f64) -> ExcelResult {
    require(life > 0.0, "life must be greater than 0")?;
    require(per > 0.0, "per must be greater than 0")?;
    require(per <= life, "per must not be greater than life")?;
    finite((cost - salvage) * (life - per + 1.0) * 2.0 / (life * (life + 1.0)))
}

/// Excel DDB: declining-balance depreciation at `factor / life` for `period` (which may be
/// fractional), never taking the book value below salvage. No switch to straight line.
pub fn ddb(cost: f64, salvage: f64, life: f64, period: f64, factor: f64) -> ExcelResult {
    require(cost >= 0.0, "cost must not be negative")?;
    require(salvage >= 0.0, "salvage must not be negative")?;
    require(life > 0.0, "life must be greater than 0")?;
    require(period > 0.0, "period must be greater than 0")?;
    require(period <= life, "period must not be greater than life")?;
    require(factor > 0.0, "factor must be greater than 0")?;
    finite(declining_amount(cost, salvage, life, period, factor))
}

/// Book value after `periods` periods of pure declining balance at `rate` (capped at 100 %).
fn declining_value(cost: f64, rate: f64, periods: f64) -> f64 {
    if rate >= 1.0 {
        // The whole cost goes in the first period.
        if periods >= 1.0 {
            0.0
        } else {
            cost
        }
    } else {
        cost * (1.0 - rate).powf(periods)
    }
}

/// The declining-balance amount of `period`, stopping at salvage and never negative.
fn declining_amount(cost: f64, salvage: f64, life: f64, period: f64, factor: f64) -> f64 {
    let rate = factor / life;
    let before = declining_value(cost, rate, period - 1.0);
    let after = declining_value(cost, rate, period);
    let amount = if after < salvage {
        before - salvage
    } else {
        before - after
    };
    amount.max(0.0)
}

/// Excel DB: fixed-declining balance. The rate is 1 − (salvage / cost)^(1 / life) rounded to
/// three decimals; the first period is prorated by `month / 12` and, when it is, a last period
/// `life + 1` takes the remaining `12 − month` months.
pub fn db(cost: f64, salvage: f64, life: f64, period: f64, month: f64) -> ExcelResult {
    require(cost >= 0.0, "cost must not be negative")?;
    require(salvage >= 0.0, "salvage must not be negative")?;
    require(life > 0.0, "life must be greater than 0")?;
    require(period > 0.0, "period must be greater than 0")?;
    let month = month.trunc();
    require(
        (1.0..=12.0).contains(&month),
        "month must be between 1 and 12",
    )?;
    let period = period.trunc();
    let last_period = if month == 12.0 { life } else { life + 1.0 };
    require(
        period <= last_period,
        "period must not be greater than life (life + 1 when month is under 12)",
    )?;
    if cost == 0.0 {
        return Ok(0.0);
    }
    let rate = round_half_away(1.0 - (salvage / cost).powf(1.0 / life), 3);
    let mut accumulated = cost * rate * month / 12.0;
    if period == 1.0 {
        return finite(accumulated);
    }
    let mut amount = 0.0;
    let whole_periods = period.min(life) as u64;
    for _ in 2..=whole_periods {
        amount = (cost - accumulated) * rate;
        accumulated += amount;
    }
    if period > life {
        amount = (cost - accumulated) * rate * (12.0 - month) / 12.0;
    }
    finite(amount)
}

/// Rounds half away from zero, as Excel's ROUND does.
fn round_half_away(value: f64, digits: i32) -> f64 {
    let scale = 10f64.powi(digits);
    (value * scale).round() / scale
}

/// Excel VDB: declining balance at `factor / life` between `start` and `end` (fractional
/// periods allowed), switching to straight line over the remaining life in the first period
/// where that is larger unless `no_switch` is true.
///
/// Whole periods take their full amount; a partial period takes its fraction of that period's
/// amount, which is how Excel prorates (its example VDB(2400,300,10,0,0.875,1.5) = 315 is
/// 0.875 of the first year's 360).
pub fn vdb(
    cost: f64,
    salvage: f64,
    life: f64,
    start: f64,
    end: f64,
    factor: f64,
    no_switch: bool,
) -> ExcelResult {
    require(cost >= 0.0, "cost must not be negative")?;
    require(salvage >= 0.0, "salvage must not be negative")?;
    require(life > 0.0, "life must be greater than 0")?;
    require(start >= 0.0, "start_period must not be negative")?;
    require(end >= start, "end_period must not be before start_period")?;
    require(end <= life, "end_period must not be greater than life")?;
    require(factor > 0.0, "factor must be greater than 0")?;
    let amounts = vdb_period_amounts(cost, salvage, life, factor, no_switch, end.ceil() as usize);
    let mut total = 0.0;
    for (index, amount) in amounts.iter().enumerate() {
        let (from, to) = (index as f64, index as f64 + 1.0);
        let overlap = end.min(to) - start.max(from);
        if overlap > 0.0 {
            total += amount * overlap;
        }
    }
    finite(total)
}

/// The depreciation of each whole period 1..=`periods` under VDB's rule.
pub(crate) fn vdb_period_amounts(
    cost: f64,
    salvage: f64,
    life: f64,
    factor: f64,
    no_switch: bool,
    periods: usize,
) -> Vec<f64> {
    let mut amounts = Vec::with_capacity(periods);
    let mut book = cost;
    let mut straight_line: Option<f64> = None;
    for index in 0..periods {
        let period = index as f64 + 1.0;
        let amount = if no_switch {
            declining_amount(cost, salvage, life, period, factor)
        } else if let Some(sl) = straight_line {
            sl
        } else {
            let declining = declining_amount(cost, salvage, life, period, factor);
            let remaining_life = life - index as f64;
            let sl = (book - salvage) / remaining_life;
            if sl > declining {
                straight_line = Some(sl);
                sl
            } else {
                declining
            }
        };
        book -= amount;
        amounts.push(amount);
    }
    amounts
}
