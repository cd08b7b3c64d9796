use fleet_ledger_engine::fleet::simulate;
use fleet_ledger_engine::reference::generated_fleet;
fn main() {
    for (n, m) in [(1000u32, 120u32), (10000, 240)] {
        let s = generated_fleet(n, m);
        let r = simulate(&s).unwrap();
        let mut active = 0;
        let mut span = 0;
        for c in &r.cohorts {
            let ms = c.months();
            active += ms.iter().filter(|l| l.units_owned > 0).count();
            let first = ms.iter().position(|l| l.units_owned > 0).unwrap_or(0);
            let last = ms
                .iter()
                .rposition(|l| !l.nbv.is_zero() || l.units_owned > 0)
                .unwrap_or(0);
            span += last + 1 - first;
        }
        println!("{n}x{m}: active {active} of {} ({:.0}%), span {span}; retired {}; tests {}; policy {:?} {:?}", n*m, 100.0*active as f64/(n*m) as f64, r.cohorts.iter().filter(|c| c.retirement.is_some()).count(), r.cohorts.iter().map(|c| c.impairment_tests.len()).sum::<usize>(), s.policies.retirement, s.policies.impairment.standard);
    }
}
