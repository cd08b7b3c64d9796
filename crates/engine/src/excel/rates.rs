//! IRR, XNPV and XIRR: rates of return, by a root finder that answers #NUM! only when no root
//! exists in (−100 %, ∞) that it can bracket.

use super::{finite, require, ExcelError, ExcelResult};

/// Excel XNPV: values discounted at `rate` by actual days / 365 from the first date.
/// Dates are Excel serial day numbers (1900 date system); fractions of a day are ignored.
pub fn xnpv(rate: f64, values: &[f64], dates: &[f64]) -> ExcelResult {
    check_dated_flows(values, dates)?;
    require(rate > -1.0, "rate must be greater than -1")?;
    finite(xnpv_unchecked(rate, values, dates))
}

fn check_dated_flows(values: &[f64], dates: &[f64]) -> Result<(), ExcelError> {
    require(!values.is_empty(), "values must not be empty")?;
    require(
        values.len() == dates.len(),
        "values and dates must have the same number of items",
    )?;
    let first = dates[0].trunc();
    require(
        dates.iter().all(|d| *d >= 0.0),
        "dates must not be negative",
    )?;
    require(
        dates.iter().all(|d| d.trunc() >= first),
        "no date may precede the first date",
    )?;
    Ok(())
}

fn xnpv_unchecked(rate: f64, values: &[f64], dates: &[f64]) -> f64 {
    let first = dates[0].trunc();
    values
        .iter()
        .zip(dates)
        .map(|(v, d)| v / (1.0 + rate).powf((d.trunc() - first) / 365.0))
        .sum()
}

/// d/d(rate) of XNPV.
fn xnpv_slope(rate: f64, values: &[f64], dates: &[f64]) -> f64 {
    let first = dates[0].trunc();
    values
        .iter()
        .zip(dates)
        .map(|(v, d)| {
            let t = (d.trunc() - first) / 365.0;
            -t * v / (1.0 + rate).powf(t + 1.0)
        })
        .sum()
}

fn has_both_signs(values: &[f64]) -> bool {
    values.iter().any(|v| *v > 0.0) && values.iter().any(|v| *v < 0.0)
}

/// Excel XIRR: the rate at which XNPV of the dated flows is zero.
pub fn xirr(values: &[f64], dates: &[f64], guess: f64) -> ExcelResult {
    check_dated_flows(values, dates)?;
    require(
        has_both_signs(values),
        "values must hold at least one positive and one negative value",
    )?;
    solve_rate(
        |r| xnpv_unchecked(r, values, dates),
        |r| xnpv_slope(r, values, dates),
        guess,
    )
    .ok_or_else(|| ExcelError::num("no rate makes the net present value zero"))
}

/// Excel IRR: the rate at which the NPV of the periodic flows (the first at time 0) is zero.
pub fn irr(values: &[f64], guess: f64) -> ExcelResult {
    require(
        has_both_signs(values),
        "values must hold at least one positive and one negative value",
    )?;
    let npv = |r: f64| {
        values
            .iter()
            .enumerate()
            .map(|(i, v)| v / (1.0 + r).powi(i as i32))
            .sum::<f64>()
    };
    let slope = |r: f64| {
        values
            .iter()
            .enumerate()
            .map(|(i, v)| -(i as f64) * v / (1.0 + r).powi(i as i32 + 1))
            .sum::<f64>()
    };
    solve_rate(npv, slope, guess)
        .ok_or_else(|| ExcelError::num("no rate makes the net present value zero"))
}

/// Finds r > −1 with f(r) = 0: Newton's method from `guess` first (so that, like Excel, the
/// guess picks among several roots), then bisection of the sign change nearest the guess on a
/// grid of 1 + r from 10⁻¹² to 10⁶ (−100 % + 10⁻¹² to 10⁸ %): an investment that returns a
/// fifth of its outlay a month later loses all but 10⁻⁸ of it a year.
fn solve_rate(f: impl Fn(f64) -> f64, slope: impl Fn(f64) -> f64, guess: f64) -> Option<f64> {
    if let Some(root) = newton(&f, &slope, guess) {
        return Some(root);
    }
    let grid: Vec<f64> = (0..=600)
        .map(|i| 10f64.powf(-12.0 + 18.0 * f64::from(i) / 600.0) - 1.0)
        .collect();
    let nearest = grid
        .windows(2)
        .map(|pair| (pair[0], pair[1]))
        .filter(|&(a, b)| {
            let (fa, fb) = (f(a), f(b));
            fa.is_finite() && fb.is_finite() && fa.signum() != fb.signum()
        })
        .min_by(|x, y| {
            let distance = |(a, b): (f64, f64)| ((a + b) / 2.0 - guess).abs();
            distance(*x).total_cmp(&distance(*y))
        })?;
    let root = bisect(&f, nearest.0, nearest.1);
    newton(&f, &slope, root).or(Some(root))
}

fn newton(f: &impl Fn(f64) -> f64, slope: &impl Fn(f64) -> f64, guess: f64) -> Option<f64> {
    let mut r = guess;
    for _ in 0..100 {
        if r <= -1.0 || !r.is_finite() {
            return None;
        }
        let (value, derivative) = (f(r), slope(r));
        if !value.is_finite() || !derivative.is_finite() || derivative == 0.0 {
            return None;
        }
        let step = value / derivative;
        r -= step;
        if step.abs() <= 1e-13 * (1.0 + r.abs()) {
            return (r > -1.0).then_some(r);
        }
    }
    None
}

fn bisect(f: &impl Fn(f64) -> f64, mut low: f64, mut high: f64) -> f64 {
    let low_sign = f(low).signum();
    for _ in 0..200 {
        let mid = (low + high) / 2.0;
        if f(mid).signum() == low_sign {
            low = mid;
        } else {
            high = mid;
        }
    }
    (low + high) / 2.0
}
