fn main() {
    let s = fleet_ledger_engine::reference::generated_fleet(1000, 120);
    for _ in 0..5 {
        let _ = fleet_ledger_engine::fleet::simulate(&s);
    }
}
