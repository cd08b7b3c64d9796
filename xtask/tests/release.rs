//! Issue 19: the workflows that test and release Fleet Ledger are valid and run the project's
//! own commands, so CI and a release do what a developer does on this machine.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives one folder below the root")
        .to_path_buf()
}

fn workflow(name: &str) -> PathBuf {
    root().join(".github/workflows").join(name)
}

/// actionlint as `cargo xtask test` installs it (ACTIONLINT), or where it installs it.
fn actionlint() -> PathBuf {
    if let Some(path) = std::env::var_os("ACTIONLINT") {
        return PathBuf::from(path);
    }
    let (bin, exe) = if cfg!(windows) {
        ("Scripts", "actionlint.exe")
    } else {
        ("bin", "actionlint")
    };
    let installed = root().join("target/tools/actionlint").join(bin).join(exe);
    assert!(
        installed.exists(),
        "actionlint is not installed: `cargo xtask test` installs it into target/tools"
    );
    installed
}

#[test]
fn the_ci_and_release_workflows_pass_actionlint() {
    let files = [workflow("ci.yml"), workflow("release.yml")];
    let out = Command::new(actionlint())
        .arg("-no-color")
        .args(&files)
        .current_dir(root())
        .output()
        .expect("run actionlint");
    assert!(
        out.status.success(),
        "actionlint found problems:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// What signing and notarising need (docs/RELEASING.md).
const SIGNING_SECRETS: [&str; 8] = [
    "WINDOWS_CERTIFICATE",
    "WINDOWS_CERTIFICATE_PASSWORD",
    "APPLE_CERTIFICATE",
    "APPLE_CERTIFICATE_PASSWORD",
    "APPLE_SIGNING_IDENTITY",
    "APPLE_ID",
    "APPLE_PASSWORD",
    "APPLE_TEAM_ID",
];

#[test]
fn ci_runs_the_readmes_test_command_and_a_release_runs_xtask_bundle() {
    let read = |name: &str| std::fs::read_to_string(workflow(name)).expect("workflow file");
    let ci = read("ci.yml");
    assert!(ci.contains("run: ./.ci/run"), "CI on Ubuntu runs .ci/run");
    assert!(
        ci.contains("cargo xtask test --no-end-to-end"),
        "CI on Windows and macOS runs every suite but the end-to-end tests"
    );
    let ci_run = std::fs::read_to_string(root().join(".ci/run")).expect(".ci/run");
    let readme = std::fs::read_to_string(root().join("README.md")).expect("README.md");
    assert!(ci_run.contains("cargo xtask test") && readme.contains("cargo xtask test"));
    let release = read("release.yml");
    assert!(release.contains("cargo xtask bundle"));
    let releasing =
        std::fs::read_to_string(root().join("docs/RELEASING.md")).expect("docs/RELEASING.md");
    for secret in SIGNING_SECRETS {
        assert!(
            release.contains(&format!("secrets.{secret}")),
            "release.yml signs with {secret} when it is set"
        );
        assert!(
            releasing.contains(secret),
            "docs/RELEASING.md names {secret}"
        );
    }
}
