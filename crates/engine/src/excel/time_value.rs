//! NPV, PMT, PV and FV: Excel's time-value-of-money functions.
//!
//! They share one identity (Excel's documentation of PV): with r ≠ 0,
//! pv × (1 + r)^n + pmt × (1 + r × type) × ((1 + r)^n − 1) / r + fv = 0,
//! and with r = 0, pv + pmt × n + fv = 0. Each function solves it for its own unknown.

use super::{finite, ExcelError, ExcelResult};

/// Excel NPV: the values discounted at `rate`, the first one period from now.
pub fn npv(rate: f64, values: &[f64]) -> ExcelResult {
    if rate == -1.0 {
        return Err(ExcelError::div0("rate must not be -1"));
    }
    let mut factor = 1.0;
    let mut total = 0.0;
    for value in values {
        factor *= 1.0 + rate;
        total += value / factor;
    }
    finite(total)
}

/// `type` in Excel: payments at the end (0) or the beginning (any other value) of each period.
fn due_at_start(kind: f64) -> f64 {
    if kind == 0.0 {
        0.0
    } else {
        1.0
    }
}

/// Excel PMT: the payment per period that takes `pv` to `fv` over `nper` periods at `rate`.
pub fn pmt(rate: f64, nper: f64, pv: f64, fv: f64, kind: f64) -> ExcelResult {
    if nper == 0.0 {
        return Err(ExcelError::num("nper must not be 0"));
    }
    if rate == 0.0 {
        return finite(-(pv + fv) / nper);
    }
    let growth = (1.0 + rate).powf(nper);
    let annuity = (1.0 + rate * due_at_start(kind)) * (growth - 1.0) / rate;
    if annuity == 0.0 {
        return Err(ExcelError::div0("the annuity factor is 0"));
    }
    finite(-(pv * growth + fv) / annuity)
}

/// Excel PV: the present value of `nper` payments of `pmt` and a final `fv` at `rate`.
pub fn pv(rate: f64, nper: f64, pmt: f64, fv: f64, kind: f64) -> ExcelResult {
    if rate == 0.0 {
        return finite(-(fv + pmt * nper));
    }
    let growth = (1.0 + rate).powf(nper);
    if growth == 0.0 {
        return Err(ExcelError::div0("(1 + rate)^nper is 0"));
    }
    let annuity = (1.0 + rate * due_at_start(kind)) * (growth - 1.0) / rate;
    finite(-(fv + pmt * annuity) / growth)
}

/// Excel FV: the value after `nper` periods of `pmt` on a starting `pv` at `rate`.
pub fn fv(rate: f64, nper: f64, pmt: f64, pv: f64, kind: f64) -> ExcelResult {
    if rate == 0.0 {
        return finite(-(pv + pmt * nper));
    }
    let growth = (1.0 + rate).powf(nper);
    let annuity = (1.0 + rate * due_at_start(kind)) * (growth - 1.0) / rate;
    finite(-(pv * growth + pmt * annuity))
}
