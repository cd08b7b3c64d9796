//! The TypeScript bindings in ui/src/bindings.ts are generated from the Rust commands and types.
//! They are committed so the UI builds without Rust; this test fails when they are stale.
//! Regenerate with `cargo xtask bindings` (which runs this test with UPDATE_BINDINGS=1).

use std::path::{Path, PathBuf};

fn committed_bindings_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/bindings.ts")
}

fn generate_bindings() -> String {
    // Tests run in parallel threads of one process: each export gets its own folder.
    static EXPORTS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = EXPORTS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir =
        std::env::temp_dir().join(format!("fleet-ledger-bindings-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("bindings.ts");
    crate::specta_builder()
        .export(
            specta_typescript::Typescript::default().header(
                "// Generated from the Rust commands by `cargo xtask bindings`. Do not edit.\n",
            ),
            &file,
        )
        .expect("export bindings");
    let text = std::fs::read_to_string(&file).expect("read generated bindings");
    let _ = std::fs::remove_dir_all(&dir);
    text
}

#[test]
fn typescript_bindings_are_up_to_date() {
    let generated = generate_bindings();
    let path = committed_bindings_path();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &generated).expect("write ui/src/bindings.ts");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "ui/src/bindings.ts is stale: run `cargo xtask bindings` and commit the result"
    );
}

/// The capability must grant exactly the commands the bindings expose: no more (least
/// privilege), no fewer (a command the UI calls would be refused at run time).
#[test]
fn capability_grants_exactly_the_exported_commands() {
    let generated = generate_bindings();
    let mut invoked: Vec<String> = generated
        .split("__TAURI_INVOKE(\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(|name| format!("allow-{}", name.replace('_', "-")))
        .collect();
    invoked.sort();
    invoked.dedup();

    let capability_path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("src-tauri/capabilities/main-window.json");
    let capability: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(capability_path).expect("capability"))
            .expect("capability is JSON");
    let mut granted: Vec<String> = capability["permissions"]
        .as_array()
        .expect("permissions array")
        .iter()
        .map(|p| p.as_str().expect("permission id").to_owned())
        .collect();
    granted.sort();
    assert!(!invoked.is_empty(), "no commands found in the bindings");
    assert_eq!(granted, invoked);
}

#[test]
fn store_and_tauri_agree_on_the_app_identifier() {
    let conf: serde_json::Value = serde_json::from_str(include_str!("../../tauri.conf.json"))
        .expect("tauri.conf.json is JSON");
    assert_eq!(conf["identifier"], fleet_ledger_store::APP_IDENTIFIER);
}

/// Issue 19: one version number. The installers take theirs from tauri.conf.json, About and
/// the CLI from the workspace, the UI's package from its own file; a release bumps all three.
#[test]
fn the_workspace_tauri_and_the_ui_carry_one_version_number() {
    let json = |text: &str| -> serde_json::Value { serde_json::from_str(text).expect("JSON") };
    let tauri = json(include_str!("../../tauri.conf.json"));
    let ui = json(include_str!("../../ui/package.json"));
    let ui_lock = json(include_str!("../../ui/package-lock.json"));
    let workspace = env!("CARGO_PKG_VERSION");
    assert_eq!(tauri["version"], workspace, "tauri.conf.json");
    assert_eq!(ui["version"], workspace, "ui/package.json");
    assert_eq!(ui_lock["version"], workspace, "ui/package-lock.json");
    assert_eq!(
        ui_lock["packages"][""]["version"], workspace,
        "ui/package-lock.json's own package"
    );
}
