//! The project's build steps as a Rust program, so they run the same on Linux, macOS and Windows:
//!
//! - `cargo xtask run`: install what is missing, build the UI and the app, open the app.
//! - `cargo xtask test`: install what is missing, run every test suite (Rust, UI, end to end).
//! - `cargo xtask bindings`: regenerate ui/src/bindings.ts from the Rust commands.
//! - `cargo xtask bench`: every benchmark of docs/PERFORMANCE.md, one after another.
//! - `cargo xtask bundle [--debug]`: the installers of this machine's system (docs/RELEASING.md).
//! - `cargo xtask icons`: every platform's icon from src-tauri/icons/source.svg.
//! - `cargo xtask licences`: the list of the app's components and their licences for About.
//!
//! The app is always built with the `custom-protocol` feature (the UI embedded), so the app you
//! run and the app the end-to-end tests drive are one build rather than two.

mod bundle;
mod licences;
mod prerequisites;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

type Result<T = ()> = std::result::Result<T, String>;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |name: &str| args.iter().any(|a| a == name);
    let result = match args.first().map(String::as_str).unwrap_or_default() {
        "run" => run_app(),
        "test" => test_all(!flag("--no-end-to-end")),
        "bindings" => regenerate_bindings(),
        "bench" => bench_all(),
        "latency" => latency(),
        "bundle" => bundle_installers(if flag("--debug") {
            bundle::Profile::Debug
        } else {
            bundle::Profile::Release
        }),
        "icons" => bundle::make_icons(),
        "licences" => licences::write_components(),
        _ => Err("usage: cargo xtask run | test [--no-end-to-end] | bindings | bench | latency | bundle [--debug] | icons | licences".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives one folder below the root")
        .to_path_buf()
}

/// Runs a command in the repository root and fails with its name if it fails.
pub fn run(cmd: &mut Command) -> Result {
    cmd.current_dir(
        cmd.get_current_dir()
            .map(Path::to_path_buf)
            .unwrap_or_else(root),
    );
    eprintln!("xtask: $ {cmd:?}");
    let status = cmd
        .status()
        .map_err(|e| format!("could not start {cmd:?}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{cmd:?} failed with {status}"))
    }
}

fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}

fn npm() -> Command {
    let mut cmd = Command::new(if cfg!(windows) { "npm.cmd" } else { "npm" });
    cmd.current_dir(root().join("ui"));
    cmd
}

fn app_binary() -> PathBuf {
    app_binary_in("debug")
}

/// The app built under `profile` (`debug`, `release`).
fn app_binary_in(profile: &str) -> PathBuf {
    let exe = if cfg!(windows) {
        "fleet-ledger-app.exe"
    } else {
        "fleet-ledger-app"
    };
    root().join("target").join(profile).join(exe)
}

fn build_ui() -> Result {
    prerequisites::ensure_npm_dependencies(&root().join("ui"))?;
    run(npm().args(["run", "build"]))
}

fn build_app() -> Result {
    bundle::build(bundle::Profile::Debug, None)
}

fn run_app() -> Result {
    prerequisites::ensure_system_packages(prerequisites::APP_PACKAGES)?;
    build_ui()?;
    build_app()?;
    let mut app = Command::new(app_binary());
    if cfg!(target_os = "linux") {
        // WebKitGTK's DMA-BUF renderer fails on many VMs and remote desktops.
        app.env("WEBKIT_DISABLE_DMABUF_RENDERER", "1");
    }
    run(&mut app)
}

/// Every suite; `end_to_end` false leaves out the WebDriver tests and the installer they
/// check (the Windows and macOS CI runners, which have no WebDriver for the app's web view).
fn test_all(end_to_end: bool) -> Result {
    prerequisites::ensure_system_packages(prerequisites::APP_PACKAGES)?;
    prerequisites::ensure_system_packages(prerequisites::TOOL_PACKAGES)?;
    if end_to_end {
        prerequisites::ensure_system_packages(prerequisites::E2E_PACKAGES)?;
        prerequisites::ensure_package_lists()?;
    }
    prerequisites::ensure_npm_dependencies(&root().join("ui"))?;
    let actionlint = prerequisites::ensure_actionlint(&root())?;
    run(npm().args(["test"]))?;
    build_ui()?;
    // Engine, store, report, CLI and xtask first: they need no WebKit and fail fastest.
    run(cargo()
        .args([
            "test",
            "--workspace",
            "--exclude",
            "fleet-ledger-app",
            "--exclude",
            "fleet-ledger-e2e",
        ])
        .env("ACTIONLINT", actionlint))?;
    // The app's own tests (bindings freshness, capability) with the same features as its build,
    // so cargo reuses one compiled Tauri tree.
    run(cargo().args([
        "test",
        "-p",
        "fleet-ledger-app",
        "--features",
        "custom-protocol",
    ]))?;
    if !end_to_end {
        return Ok(());
    }
    // The installer test checks the .deb of the debug build the other tests drive (issue 19);
    // bundling builds it first.
    let deb = if cfg!(target_os = "linux") {
        let folder = bundle::bundle(bundle::Profile::Debug, &["deb"])?;
        Some(bundle::find_bundle(&folder, "deb")?)
    } else {
        build_app()?;
        None
    };
    end_to_end_of(&app_binary(), &[], deb.as_deref())
}

/// `cargo xtask bundle`: this system's installers, listed at the end.
fn bundle_installers(profile: bundle::Profile) -> Result {
    prerequisites::ensure_system_packages(prerequisites::APP_PACKAGES)?;
    build_ui()?;
    let folder = bundle::bundle(profile, &[])?;
    eprintln!("xtask: installers in {}", folder.display());
    Ok(())
}

/// docs/PERFORMANCE.md: opening a 1,000-cohort scenario to its first chart, in the real web
/// view of the release build, the one users run (the ignored end-to-end measurement).
fn latency() -> Result {
    prerequisites::ensure_system_packages(prerequisites::APP_PACKAGES)?;
    prerequisites::ensure_system_packages(prerequisites::E2E_PACKAGES)?;
    prerequisites::ensure_npm_dependencies(&root().join("ui"))?;
    build_ui()?;
    run(cargo().args([
        "build",
        "--release",
        "-p",
        "fleet-ledger-cli",
        "-p",
        "fleet-ledger-app",
        "--features",
        "fleet-ledger-app/custom-protocol",
    ]))?;
    end_to_end_of(
        &app_binary_in("release"),
        &["--ignored", "--nocapture", "time_from_"],
        None,
    )
}

/// The end-to-end tests (those `filter` picks) against the app binary at `app`, and the
/// installer at `deb` when there is one.
fn end_to_end_of(app: &Path, filter: &[&str], deb: Option<&Path>) -> Result {
    if cfg!(target_os = "macos") {
        eprintln!("xtask: skipping end-to-end tests: macOS has no WebDriver for WKWebView");
        return Ok(());
    }
    let driver = prerequisites::ensure_tauri_driver(&root())?;
    let mut cmd = if cfg!(target_os = "linux") && std::env::var_os("DISPLAY").is_none() {
        // A private X server and session bus, as CI and a headless machine have neither.
        let mut c = Command::new("xvfb-run");
        c.args([
            "--auto-servernum",
            "--server-args=-screen 0 1440x900x24",
            "dbus-run-session",
            "--",
        ]);
        c.arg(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
        c
    } else {
        cargo()
    };
    // `--test e2e` alone: its summary is the last line CI reads, not an empty doc-test run.
    cmd.args([
        "test",
        "-p",
        "fleet-ledger-e2e",
        "--test",
        "e2e",
        "--",
        "--test-threads=1",
    ])
    .args(filter)
    .env("FLEET_LEDGER_APP", app)
    .env("TAURI_DRIVER", driver)
    .env("WEBKIT_DISABLE_DMABUF_RENDERER", "1")
    .env("NO_AT_BRIDGE", "1");
    if let Some(deb) = deb {
        cmd.env("FLEET_LEDGER_DEB", deb);
    }
    run(&mut cmd)
}

/// The benchmarks behind docs/PERFORMANCE.md (issue 7): schedules, policy comparison,
/// tornado and break-even; the heap of the largest schedule; saving and loading a
/// 10,000-cohort scenario; typesetting a comparison pack.
fn bench_all() -> Result {
    for (package, bench) in [
        ("fleet-ledger-engine", "fleet"),
        ("fleet-ledger-engine", "memory"),
        ("fleet-ledger-store", "library"),
        ("fleet-ledger-report", "report"),
        ("fleet-ledger-report", "large_fleet"),
    ] {
        run(cargo().args(["bench", "-p", package, "--bench", bench]))?;
    }
    Ok(())
}

fn regenerate_bindings() -> Result {
    run(cargo()
        .args([
            "test",
            "-p",
            "fleet-ledger-app",
            "--features",
            "custom-protocol",
            "bindings",
        ])
        .env("UPDATE_BINDINGS", "1"))
}
