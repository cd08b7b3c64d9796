//! The GPU catalog: what each SKU costs, draws and delivers (PRODUCT.md §2.1, §4).

use crate::calendar::YearMonth;
use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use specta::Type;

/// One GPU model. Every value carries the source it came from in `source`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type, JsonSchema)]
pub struct GpuSku {
    /// Short identifier cohorts and curves refer to, e.g. `H100-SXM`.
    pub id: String,
    pub name: String,
    pub vendor: String,
    /// First month of general availability; orders generations for tiering.
    pub release: YearMonth,
    /// All-in capital cost per GPU: its share of the server, network and installation.
    pub capex_per_gpu: Decimal,
    /// Power per GPU at the wall including its share of the server, in kW.
    pub kw_per_gpu: Decimal,
    /// Power drawn when idle, as a fraction of `kw_per_gpu` (0 to 1).
    pub idle_power_fraction: Decimal,
    /// Throughput relative to an H100 (H100 = 1.0) for training and for inference.
    pub training_throughput: Decimal,
    pub inference_throughput: Decimal,
    pub memory_gb: u32,
    pub source: String,
}
