use fleet_ledger_engine::fleet::simulate;
use fleet_ledger_engine::reference::generated_fleet;
fn main() {
    let s = generated_fleet(1000, 120);
    let n: u32 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(50);
    let t = std::time::Instant::now();
    let mut k = 0;
    for _ in 0..n {
        k += simulate(&s).map(|r| r.fleet.len()).unwrap_or(0);
    }
    println!("{k} {:?}/run", t.elapsed() / n);
}
