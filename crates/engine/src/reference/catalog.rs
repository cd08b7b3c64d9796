//! The GPU catalog (PRODUCT.md §4). Power is per GPU at the wall including its share of the
//! server; capex is all-in per GPU; throughput is relative to an H100.

use crate::calendar::YearMonth;
use crate::scenario::GpuSku;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

#[allow(clippy::too_many_arguments)]
fn sku(
    id: &str,
    name: &str,
    vendor: &str,
    release: YearMonth,
    capex: Decimal,
    kw: Decimal,
    train: Decimal,
    infer: Decimal,
    memory_gb: u32,
    source: &str,
) -> GpuSku {
    GpuSku {
        id: id.into(),
        name: name.into(),
        vendor: vendor.into(),
        release,
        capex_per_gpu: capex,
        kw_per_gpu: kw,
        idle_power_fraction: dec!(0.30),
        training_throughput: train,
        inference_throughput: infer,
        memory_gb,
        source: format!(
            "{source}; idle power 30 % of peak is an assumption; release months approximate"
        ),
    }
}

pub fn gpu_catalog() -> Vec<GpuSku> {
    vec![
        sku(
            "A100-SXM-80GB",
            "NVIDIA A100 SXM 80GB",
            "NVIDIA",
            YearMonth::constant(2020, 6),
            dec!(18500),
            dec!(0.81),
            dec!(0.35),
            dec!(0.35),
            80,
            "power: DGX A100 6.5 kW / 8; capex: HGX A100, 2023",
        ),
        sku(
            "H100-SXM",
            "NVIDIA H100 SXM",
            "NVIDIA",
            YearMonth::constant(2022, 9),
            dec!(33750),
            dec!(1.27),
            dec!(1.0),
            dec!(1.0),
            80,
            "power: DGX H100 10.2 kW / 8; capex: DGX H100 about 270,000 / 8",
        ),
        sku(
            "MI300X",
            "AMD Instinct MI300X",
            "AMD",
            YearMonth::constant(2023, 12),
            dec!(15000),
            dec!(1.2),
            dec!(0.8),
            dec!(0.9),
            192,
            "power and capex: estimates",
        ),
        sku(
            "H200-SXM",
            "NVIDIA H200 SXM",
            "NVIDIA",
            YearMonth::constant(2024, 6),
            dec!(35000),
            dec!(1.27),
            dec!(1.1),
            dec!(1.7),
            141,
            "power: as H100 (same board power class); capex: estimate",
        ),
        sku(
            "B200",
            "NVIDIA B200",
            "NVIDIA",
            YearMonth::constant(2025, 3),
            dec!(45000),
            dec!(1.79),
            dec!(2.2),
            dec!(2.5),
            192,
            "power: DGX B200 14.3 kW / 8; capex: estimate",
        ),
        sku(
            "GB200-NVL72",
            "NVIDIA GB200 NVL72 (per GPU)",
            "NVIDIA",
            YearMonth::constant(2025, 6),
            dec!(43055.56),
            dec!(1.67),
            dec!(2.5),
            dec!(3.0),
            186,
            "power: about 120 kW per rack / 72; capex: about 3.1M per rack / 72",
        ),
    ]
}
