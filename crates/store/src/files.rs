//! Reading a scenario file from disk with its size bounded before anything is read.

use crate::StoreError;
use fleet_ledger_engine::scenario::{file_too_large, MAX_FILE_BYTES};
use fleet_ledger_engine::validation::{Issue, IssueCode};
use fleet_ledger_engine::ValidationErrors;
use std::io::Read;
use std::path::Path;

/// The text of the scenario file at `path`, for `scenario_from_json`.
///
/// A file over the limit is refused from its size alone, and reading stops one byte past
/// the limit whatever the size said (a file that grows meanwhile), so memory stays bounded.
/// Devices, pipes and folders are refused: `/dev/zero` never ends.
pub fn read_scenario_file(path: &Path) -> Result<String, StoreError> {
    let io = |source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let metadata = file.metadata().map_err(io)?;
    if !metadata.is_file() {
        return Err(ValidationErrors::single("file", IssueCode::NotARegularFile).into());
    }
    if metadata.len() > MAX_FILE_BYTES as u64 {
        return Err(file_too_large(metadata.len()).into());
    }
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    file.take(MAX_FILE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() > MAX_FILE_BYTES {
        return Err(file_too_large(bytes.len() as u64).into());
    }
    String::from_utf8(bytes).map_err(|e| {
        ValidationErrors::single(
            "file",
            Issue::new(IssueCode::NotUtf8).with("byte", e.utf8_error().valid_up_to()),
        )
        .into()
    })
}
