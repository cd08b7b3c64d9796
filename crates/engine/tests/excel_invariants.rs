//! Invariants of the Excel functions over random inputs (proptest).

use fleet_ledger_engine::excel::{ddb, irr, npv, pmt, pv, sln, syd, vdb, xirr, xnpv};
use proptest::prelude::*;

fn close(a: f64, b: f64, scale: f64) -> bool {
    (a - b).abs() <= 1e-9 * scale.abs().max(1.0)
}

proptest! {
    /// Over the whole life, VDB with the switch to straight line depreciates exactly
    /// cost − salvage, and SYD and SLN do too.
    #[test]
    fn whole_life_depreciates_cost_less_salvage(
        cost in 1.0f64..1e7, salvage_share in 0.0f64..0.5, life in 1u32..40, factor in 1.0f64..3.0,
    ) {
        let salvage = cost * salvage_share;
        let life = f64::from(life);
        let total = vdb(cost, salvage, life, 0.0, life, factor, false).unwrap();
        prop_assert!(close(total, cost - salvage, cost), "VDB total {total} vs {}", cost - salvage);
        let years: f64 = (1..=life as u32).map(|y| syd(cost, salvage, life, f64::from(y)).unwrap()).sum();
        prop_assert!(close(years, cost - salvage, cost));
        prop_assert!(close(sln(cost, salvage, life).unwrap() * life, cost - salvage, cost));
    }

    /// Pure declining balance (DDB, or VDB without the switch) never goes below salvage.
    #[test]
    fn declining_balance_stops_at_salvage(
        cost in 1.0f64..1e7, salvage_share in 0.0f64..0.9, life in 1u32..30, factor in 0.5f64..4.0,
    ) {
        let salvage = cost * salvage_share;
        let life = f64::from(life);
        let total: f64 = (1..=life as u32).map(|p| ddb(cost, salvage, life, f64::from(p), factor).unwrap()).sum();
        prop_assert!(total <= cost - salvage + 1e-9 * cost);
        let no_switch = vdb(cost, salvage, life, 0.0, life, factor, true).unwrap();
        prop_assert!(close(no_switch, total, cost));
    }

    /// VDB is additive over adjacent spans, fractional boundaries included.
    #[test]
    fn vdb_spans_add_up(cost in 1.0f64..1e6, life in 2u32..20, a in 0.0f64..1.0, b in 0.0f64..1.0) {
        let life = f64::from(life);
        let (s, e) = if a < b { (a * life, b * life) } else { (b * life, a * life) };
        let mid = (s + e) / 2.0;
        let whole = vdb(cost, 0.0, life, s, e, 2.0, false).unwrap();
        let parts = vdb(cost, 0.0, life, s, mid, 2.0, false).unwrap() + vdb(cost, 0.0, life, mid, e, 2.0, false).unwrap();
        prop_assert!(close(whole, parts, cost));
    }

    /// XNPV at the XIRR result is zero; NPV at the IRR result is zero.
    #[test]
    fn rates_of_return_zero_the_present_value(
        outlay in 100.0f64..1e6, returns in prop::collection::vec(1.0f64..1e6, 1..12),
        gaps in prop::collection::vec(30u32..400, 12),
    ) {
        // Investments that return at least a fifth of their outlay, a month or more apart:
        // rates beyond that (−100 % + 1e-700 in a day) underflow in Excel as here.
        prop_assume!(returns.iter().sum::<f64>() >= 0.2 * outlay);
        let mut values = vec![-outlay];
        values.extend(&returns);
        let mut dates = vec![40_000.0];
        for gap in gaps.iter().take(returns.len()) {
            let last = *dates.last().unwrap();
            dates.push(last + f64::from(*gap));
        }
        let rate = xirr(&values, &dates, 0.1).unwrap();
        let scale = values.iter().map(|v| v.abs()).sum::<f64>();
        prop_assert!(xnpv(rate, &values, &dates).unwrap().abs() <= 1e-7 * scale, "rate {rate}");
        let rate = irr(&values, 0.1).unwrap();
        prop_assert!((npv(rate, &values[1..]).unwrap() + values[0]).abs() <= 1e-7 * scale);
    }

    /// PV and PMT are inverse: the payment that pays off a present value has that present value.
    #[test]
    fn pmt_and_pv_are_inverse(rate in 0.0001f64..0.2, nper in 1u32..480, principal in 1.0f64..1e7, kind in 0u32..2) {
        let kind = f64::from(kind);
        let payment = pmt(rate, f64::from(nper), principal, 0.0, kind).unwrap();
        let back = pv(rate, f64::from(nper), payment, 0.0, kind).unwrap();
        prop_assert!(close(back, principal, principal));
    }
}

/// Regression: XIRR found no rate for an investment returning a fifth of its outlay a month
/// later. The rate, (69,164.37 / 317,402.67)^(365 / 30) − 1, is −100 % + 9 × 10⁻⁹, below the
/// solver's search grid, which stopped at −100 % + 10⁻⁶.
#[test]
fn xirr_finds_a_rate_a_hair_above_minus_one_hundred_percent() {
    let values = [-317_402.667_272_576_83, 69_164.366_372_091_13];
    let dates = [40_000.0, 40_030.0];
    let rate = xirr(&values, &dates, 0.1).unwrap();
    let expected = (values[1] / -values[0]).powf(365.0 / 30.0) - 1.0;
    assert!(
        ((1.0 + rate) / (1.0 + expected) - 1.0).abs() < 1e-6,
        "{rate} vs {expected}"
    );
    assert!(xnpv(rate, &values, &dates).unwrap().abs() <= 1e-7 * 386_567.0);
}
