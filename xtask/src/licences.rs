//! `cargo xtask licences`: src-tauri/licences/components.json, every library compiled or
//! bundled into the app with its licence, for Help → About. Rust crates are the app's normal
//! (not build or dev) dependencies on every platform, from `cargo metadata`; npm packages are
//! the UI's non-dev packages, from ui/package-lock.json. A test fails when the list is stale.

use crate::{cargo, root, Result};
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};

const LIST: &str = "src-tauri/licences/components.json";

pub fn write_components() -> Result {
    let path = root().join(LIST);
    std::fs::write(&path, components()?).map_err(|e| format!("write {}: {e}", path.display()))
}

/// The list as it is committed: one component a line, by ecosystem, name and version, so a
/// diff reads as a list.
fn components() -> Result<String> {
    let mut all: Vec<Value> = rust_components()?
        .into_iter()
        .chain(npm_components()?)
        .collect();
    let key = |c: &Value| {
        ["ecosystem", "name", "version"].map(|k| c[k].as_str().unwrap_or_default().to_owned())
    };
    all.sort_by_key(key);
    all.dedup();
    let lines: Vec<String> = all.iter().map(Value::to_string).collect();
    Ok(format!("[\n  {}\n]\n", lines.join(",\n  ")))
}

fn component(name: &str, version: &str, licence: &str, ecosystem: &str) -> Value {
    json!({"ecosystem": ecosystem, "name": name, "version": version, "licence": licence})
}

fn rust_components() -> Result<Vec<Value>> {
    let out = cargo()
        .args(["metadata", "--format-version", "1", "--locked"])
        .current_dir(root())
        .output()
        .map_err(|e| format!("cargo metadata: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "cargo metadata failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let metadata: Value =
        serde_json::from_slice(&out.stdout).map_err(|e| format!("cargo metadata: {e}"))?;
    let packages: BTreeMap<&str, &Value> = metadata["packages"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| Some((p["id"].as_str()?, p)))
        .collect();
    let nodes: BTreeMap<&str, &Value> = metadata["resolve"]["nodes"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|n| Some((n["id"].as_str()?, n)))
        .collect();
    let members: BTreeSet<&str> = metadata["workspace_members"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    let app = packages
        .iter()
        .find(|(_, p)| p["name"] == "fleet-ledger-app")
        .map(|(id, _)| *id)
        .ok_or("cargo metadata lists no fleet-ledger-app")?;
    // Walk the normal dependencies only: build scripts' and tests' crates are not shipped.
    let mut seen = BTreeSet::from([app]);
    let mut todo = vec![app];
    while let Some(id) = todo.pop() {
        for dep in nodes
            .get(id)
            .and_then(|n| n["deps"].as_array())
            .into_iter()
            .flatten()
        {
            let normal = dep["dep_kinds"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|k| k["kind"].is_null());
            if let Some(pkg) = dep["pkg"].as_str() {
                if normal && seen.insert(pkg) {
                    todo.push(pkg);
                }
            }
        }
    }
    Ok(seen
        .into_iter()
        .filter(|id| !members.contains(id))
        .filter_map(|id| packages.get(id))
        .map(|p| {
            let licence = p["license"].as_str().map(str::to_owned).unwrap_or_else(|| {
                format!(
                    "see {}",
                    p["license_file"].as_str().unwrap_or("its licence file")
                )
            });
            component(
                p["name"].as_str().unwrap_or_default(),
                p["version"].as_str().unwrap_or_default(),
                &licence,
                "rust",
            )
        })
        .collect())
}

fn npm_components() -> Result<Vec<Value>> {
    let lock = root().join("ui/package-lock.json");
    let text = std::fs::read_to_string(&lock).map_err(|e| format!("{}: {e}", lock.display()))?;
    let lock: Value = serde_json::from_str(&text).map_err(|e| format!("package-lock: {e}"))?;
    Ok(lock["packages"]
        .as_object()
        .into_iter()
        .flatten()
        .filter(|(path, p)| !path.is_empty() && p["dev"] != true)
        .map(|(path, p)| {
            let name = path.rsplit("node_modules/").next().unwrap_or(path);
            component(
                name,
                p["version"].as_str().unwrap_or_default(),
                p["license"].as_str().unwrap_or("unknown"),
                "npm",
            )
        })
        .collect())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_component_list_in_about_is_the_one_the_lock_files_give() {
        let committed = std::fs::read_to_string(super::root().join(super::LIST)).unwrap();
        assert!(
            committed == super::components().unwrap(),
            "{} is stale: run `cargo xtask licences`",
            super::LIST
        );
    }
}
