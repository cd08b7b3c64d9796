//! `cargo xtask bundle`: the installers of the machine it runs on, made by the Tauri bundler
//! from the app xtask builds (the same build `cargo xtask run` opens and the tests drive).
//!
//! - Linux: .deb and .rpm (AppImage is left out: its tools are downloaded at bundle time).
//! - Windows: .msi (one per language) and the per-user NSIS setup .exe.
//! - macOS: .app and .dmg, universal (Apple silicon and Intel) in a release build.
//!
//! Signing is the bundler's own: it signs when the credentials are in the environment
//! (docs/RELEASING.md) and this module says plainly in the log when they are not.

use crate::{cargo, root, run, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Debug or release: the test suite bundles the debug build it has already compiled, so the
/// .deb it checks costs seconds rather than a second, optimised build of the whole tree.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    Debug,
    Release,
}

impl Profile {
    fn folder(self) -> &'static str {
        match self {
            Profile::Debug => "debug",
            Profile::Release => "release",
        }
    }
}

/// The bundle formats made on this operating system.
fn native_formats() -> &'static [&'static str] {
    if cfg!(target_os = "windows") {
        &["msi", "nsis"]
    } else if cfg!(target_os = "macos") {
        &["app", "dmg"]
    } else {
        &["deb", "rpm"]
    }
}

fn tauri_cli() -> Command {
    let bin =
        root()
            .join("ui/node_modules/.bin")
            .join(if cfg!(windows) { "tauri.cmd" } else { "tauri" });
    // The CLI finds the project by the tauri.conf.json in its working folder.
    let mut cmd = Command::new(bin);
    cmd.current_dir(root());
    cmd
}

/// Builds the app under `profile` and bundles it as `formats` (all of this system's when
/// empty). Returns the folder the bundler wrote into.
pub fn bundle(profile: Profile, formats: &[&str]) -> Result<PathBuf> {
    let formats = if formats.is_empty() {
        native_formats()
    } else {
        formats
    };
    let universal_mac = cfg!(target_os = "macos") && profile == Profile::Release;
    if universal_mac {
        build_universal_mac()?;
    } else {
        build(profile, None)?;
    }
    report_signing();
    let mut cmd = tauri_cli();
    cmd.args([
        "bundle",
        "--ci",
        "--features",
        "custom-protocol",
        "--bundles",
    ])
    .arg(formats.join(","));
    if profile == Profile::Debug {
        cmd.arg("--debug");
    }
    if universal_mac {
        cmd.args(["--target", UNIVERSAL_MAC]);
    }
    if let Some(config) = windows_signing_config() {
        cmd.args(["--config", &config]);
    }
    run(&mut cmd)?;
    let folder = if universal_mac {
        root().join("target").join(UNIVERSAL_MAC)
    } else {
        root().join("target")
    };
    Ok(folder.join(profile.folder()).join("bundle"))
}

/// The app with its UI embedded, for this machine or for `target`.
pub fn build(profile: Profile, target: Option<&str>) -> Result {
    let mut cmd = cargo();
    cmd.args([
        "build",
        "-p",
        "fleet-ledger-app",
        "--features",
        "custom-protocol",
    ]);
    if profile == Profile::Release {
        cmd.arg("--release");
    }
    if let Some(target) = target {
        cmd.args(["--target", target]);
    }
    run(&mut cmd)
}

const UNIVERSAL_MAC: &str = "universal-apple-darwin";
const MAC_TARGETS: [&str; 2] = ["aarch64-apple-darwin", "x86_64-apple-darwin"];

/// One binary for Apple silicon and Intel Macs: both builds joined by `lipo` where the
/// bundler looks for a universal build.
fn build_universal_mac() -> Result {
    run(Command::new("rustup")
        .args(["target", "add"])
        .args(MAC_TARGETS))?;
    for target in MAC_TARGETS {
        build(Profile::Release, Some(target))?;
    }
    let out = root().join("target").join(UNIVERSAL_MAC).join("release");
    std::fs::create_dir_all(&out).map_err(|e| format!("create {}: {e}", out.display()))?;
    let binary = |dir: &Path| dir.join("fleet-ledger-app");
    let mut lipo = Command::new("lipo");
    lipo.arg("-create").arg("-output").arg(binary(&out));
    for target in MAC_TARGETS {
        lipo.arg(binary(&root().join("target").join(target).join("release")));
    }
    run(&mut lipo)
}

/// Windows signs with a certificate already imported into the user's store, named by its
/// thumbprint (the release workflow imports it from a secret).
fn windows_signing_config() -> Option<String> {
    if !cfg!(windows) {
        return None;
    }
    let thumbprint = std::env::var("WINDOWS_CERTIFICATE_THUMBPRINT").ok()?;
    Some(format!(
        r#"{{"bundle":{{"windows":{{"certificateThumbprint":"{}"}}}}}}"#,
        thumbprint.trim()
    ))
}

/// Says in the log whether these installers will be signed, and with what.
fn report_signing() {
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    let line = if cfg!(windows) {
        if set("WINDOWS_CERTIFICATE_THUMBPRINT") {
            "signing: the installers and app are signed with the certificate WINDOWS_CERTIFICATE_THUMBPRINT names"
        } else {
            "signing: NOT SIGNED: WINDOWS_CERTIFICATE_THUMBPRINT is not set; Windows SmartScreen will warn whoever installs these"
        }
    } else if cfg!(target_os = "macos") {
        match (
            set("APPLE_SIGNING_IDENTITY") || set("APPLE_CERTIFICATE"),
            set("APPLE_ID") && set("APPLE_PASSWORD") && set("APPLE_TEAM_ID"),
        ) {
            (true, true) => "signing: signed with the Developer ID and notarised by Apple",
            (true, false) => "signing: signed with the Developer ID but NOT NOTARISED: APPLE_ID, APPLE_PASSWORD or APPLE_TEAM_ID is not set; Gatekeeper will refuse to open it",
            _ => "signing: NOT SIGNED: APPLE_CERTIFICATE is not set; Gatekeeper will refuse to open it without a right-click → Open",
        }
    } else {
        "signing: Linux packages are not signed (apt trusts a package installed from a file as it is)"
    };
    eprintln!("xtask: {line}");
}

/// The one bundle of `format` for this version in `folder` (the bundler names files by
/// product, version and architecture), or an error naming what was looked for.
pub fn find_bundle(folder: &Path, format: &str) -> Result<PathBuf> {
    let dir = folder.join(format);
    let version = env!("CARGO_PKG_VERSION");
    let found: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| format!("read {}: {e}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            name.contains(version) && name.ends_with(&format!(".{format}"))
        })
        .collect();
    match found.as_slice() {
        [one] => Ok(one.clone()),
        _ => Err(format!(
            "expected one .{format} of version {version} in {}, found {found:?}",
            dir.display()
        )),
    }
}

/// `cargo xtask icons`: every platform's icon from src-tauri/icons/source.svg. The bundler's
/// mobile and Microsoft Store images are dropped: the app ships to neither.
pub fn make_icons() -> Result {
    let icons = root().join("src-tauri/icons");
    run(tauri_cli()
        .args(["icon", "src-tauri/icons/source.svg", "--output"])
        .arg(&icons))?;
    for dir in ["android", "ios"] {
        let _ = std::fs::remove_dir_all(icons.join(dir));
    }
    for entry in std::fs::read_dir(&icons).map_err(|e| e.to_string())? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        if name.starts_with("Square") || name == "StoreLogo.png" {
            std::fs::remove_file(&path).map_err(|e| format!("remove {name}: {e}"))?;
        }
    }
    Ok(())
}
