// Release builds on Windows have no console window behind the app.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    fleet_ledger_app::run();
}
