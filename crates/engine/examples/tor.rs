use fleet_ledger_engine::analysis::{tornado, Driver};
use fleet_ledger_engine::reference::generated_fleet;
use rust_decimal::Decimal;
fn main() {
    let s = generated_fleet(1000, 120);
    let n: u32 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(3);
    let t = std::time::Instant::now();
    let mut k = 0;
    for _ in 0..n {
        k += tornado(&s, &Driver::ALL, Decimal::TEN)
            .map(|b| b.len())
            .unwrap_or(0);
    }
    println!("{k} {:?}/run", t.elapsed() / n);
}
