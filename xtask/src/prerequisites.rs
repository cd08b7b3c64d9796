//! Installs what a fresh machine lacks: Debian packages (as root), the UI's npm packages, and
//! tauri-driver. Each check is cheap, so the second run of a task is quick.

use crate::{run, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

/// What building and running a Tauri 2 app needs on Debian 12.
pub const APP_PACKAGES: &[&str] = &[
    "build-essential",
    "pkg-config",
    "file",
    "libwebkit2gtk-4.1-dev",
    "libssl-dev",
    "librsvg2-dev",
    "libxdo-dev",
    "libayatana-appindicator3-dev",
];

/// What the tests need beyond the build: a virtual display, WebKit's WebDriver, a session
/// bus, ImageMagick to capture the display, poppler to read the PDFs back, and a system CJK
/// font for the native menu in Chinese (the web view has its own bundled font; GTK's menu bar
/// draws boxes without one).
pub const E2E_PACKAGES: &[&str] = &[
    "poppler-utils",
    "xvfb",
    "xauth",
    "webkit2gtk-driver",
    "dbus-x11",
    "at-spi2-core",
    "imagemagick",
    "fonts-wqy-microhei",
];

/// The tauri-driver release line that drives Tauri 2 apps (crates.io already lists 3.0 alphas).
const TAURI_DRIVER_VERSION: &str = "^2";

fn is_debian() -> bool {
    cfg!(target_os = "linux") && Path::new("/usr/bin/dpkg-query").exists()
}

fn is_installed(package: &str) -> bool {
    Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", package])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).contains("install ok installed"))
        .unwrap_or(false)
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

pub fn ensure_system_packages(packages: &[&str]) -> Result {
    if !is_debian() {
        return Ok(()); // macOS and Windows ship WebKit/WebView2 with the system.
    }
    let missing: Vec<&str> = packages
        .iter()
        .copied()
        .filter(|p| !is_installed(p))
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    if !is_root() {
        return Err(format!(
            "missing system packages; install them with:\n  sudo apt-get install -y {}",
            missing.join(" ")
        ));
    }
    run(Command::new("apt-get").args(["-o", "DPkg::Lock::Timeout=600", "update", "-qq"]))?;
    run(Command::new("apt-get")
        .args([
            "-o",
            "DPkg::Lock::Timeout=600",
            "install",
            "-y",
            "-qq",
            "--no-install-recommends",
        ])
        .args(&missing)
        .env("DEBIAN_FRONTEND", "noninteractive"))
}

/// `npm ci` when node_modules is missing or older than package-lock.json.
pub fn ensure_npm_dependencies(ui: &Path) -> Result {
    let lock = ui.join("package-lock.json");
    let installed = ui.join("node_modules/.package-lock.json");
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let fresh = matches!((modified(&installed), modified(&lock)), (Some(i), Some(l)) if i >= l);
    if fresh {
        return Ok(());
    }
    let npm = if cfg!(windows) { "npm.cmd" } else { "npm" };
    run(Command::new(npm)
        .args(["ci", "--no-audit", "--no-fund"])
        .current_dir(ui))
}

/// Installs tauri-driver into target/tools (inside the project, nothing global) if absent.
pub fn ensure_tauri_driver(root: &Path) -> Result<PathBuf> {
    let tools = root.join("target/tools");
    let exe = if cfg!(windows) {
        "tauri-driver.exe"
    } else {
        "tauri-driver"
    };
    let driver = tools.join("bin").join(exe);
    if !driver.exists() {
        run(
            Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
                .args([
                    "install",
                    "tauri-driver",
                    "--locked",
                    "--version",
                    TAURI_DRIVER_VERSION,
                    "--root",
                ])
                .arg(&tools),
        )?;
    }
    Ok(driver)
}
