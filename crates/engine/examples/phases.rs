fn main() {
    let n: u32 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1000);
    let m: u32 = std::env::args()
        .nth(2)
        .and_then(|a| a.parse().ok())
        .unwrap_or(120);
    let s = fleet_ledger_engine::reference::generated_fleet(n, m);
    let mut best = std::time::Duration::MAX;
    for _ in 0..15 {
        let t = std::time::Instant::now();
        let _ = std::hint::black_box(fleet_ledger_engine::fleet::simulate(&s));
        best = best.min(t.elapsed());
    }
    println!("{n}x{m}: best {best:?}");
}
