//! Issue 19: the .deb that `cargo xtask bundle` makes installs on a clean Debian 12 with its
//! dependencies pulled by apt, starts from its desktop entry and keeps the user's library in
//! the user's data folder. `cargo xtask test` bundles the debug build it has just made and
//! names the file in FLEET_LEDGER_DEB.

use fleet_ledger_e2e::{capture_display, Harness, TauriDriver};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

fn deb() -> PathBuf {
    std::env::var_os("FLEET_LEDGER_DEB")
        .map(PathBuf::from)
        .expect("FLEET_LEDGER_DEB is not set: run the end-to-end tests through `cargo xtask test`")
}

/// The standard output of a command that must succeed.
fn output_of(cmd: &mut Command) -> String {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("could not start {cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed with {}:\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// "Key: value" lines (Debian control files, desktop entries' "Key=value" with `separator`).
fn fields(text: &str, separator: char) -> BTreeMap<String, String> {
    text.lines()
        .filter_map(|line| line.split_once(separator))
        .filter(|(key, _)| !key.starts_with(' '))
        .map(|(key, value)| (key.trim().to_owned(), value.trim().to_owned()))
        .collect()
}

/// The package names of a Depends-style field, alternatives and version bounds dropped.
fn package_names(field: &str) -> Vec<String> {
    field
        .split([',', '|'])
        .map(|p| p.split('(').next().unwrap_or_default().trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect()
}

fn extracted(deb: &Path) -> tempfile::TempDir {
    let root = tempfile::tempdir().expect("a folder to extract into");
    output_of(Command::new("dpkg-deb").arg("-x").arg(deb).arg(root.path()));
    root
}

#[test]
fn the_deb_declares_its_dependencies_and_apt_resolves_them_on_a_clean_debian() {
    let deb = deb();
    let control = fields(
        &output_of(Command::new("dpkg-deb").arg("--field").arg(&deb)),
        ':',
    );
    assert_eq!(control["Package"], "fleet-ledger");
    assert_eq!(control["Version"], env!("CARGO_PKG_VERSION"));
    let depends = package_names(&control["Depends"]);
    for needed in ["libwebkit2gtk-4.1-0", "libgtk-3-0"] {
        assert!(depends.iter().any(|d| d == needed), "Depends: {depends:?}");
    }
    let recommends = package_names(control.get("Recommends").map_or("", String::as_str));
    assert!(
        recommends.iter().any(|r| r == "fonts-noto-cjk"),
        "the Chinese interface needs a CJK font for the native menus: Recommends {recommends:?}"
    );

    // A clean system, as apt sees it: a dpkg status that lists nothing installed. apt must
    // find every dependency in Debian's archive and pull it, the recommended font included.
    let state = tempfile::tempdir().unwrap();
    let status = state.path().join("status");
    std::fs::write(&status, "").unwrap();
    let plan = output_of(
        Command::new("apt-get")
            .arg("-o")
            .arg(format!("Dir::State::status={}", status.display()))
            .args(["install", "--simulate"])
            .arg(&deb),
    );
    let installed: BTreeSet<&str> = plan
        .lines()
        .filter_map(|line| line.strip_prefix("Inst "))
        .filter_map(|rest| rest.split_whitespace().next())
        .collect();
    for package in ["fleet-ledger", "libwebkit2gtk-4.1-0", "fonts-noto-cjk"] {
        assert!(
            installed.contains(package),
            "apt's plan for a clean system lacks {package}:\n{plan}"
        );
    }

    // Every shared library the app links against comes with a package in that plan, so no
    // library is missing on a machine that had none of them.
    let root = extracted(&deb);
    let binary = root.path().join("usr/bin/fleet-ledger-app");
    let dynamic = output_of(Command::new("readelf").arg("--dynamic").arg(&binary));
    let needed: Vec<&str> = dynamic
        .lines()
        .filter(|line| line.contains("(NEEDED)"))
        .filter_map(|line| line.split('[').nth(1)?.split(']').next())
        .collect();
    assert!(
        needed.contains(&"libwebkit2gtk-4.1.so.0"),
        "the app links the web view: {needed:?}"
    );
    for library in needed {
        let owners = output_of(Command::new("dpkg").args(["-S", &format!("*/{library}")]));
        let owned_by_plan = owners
            .lines()
            .filter_map(|line| line.split(':').next())
            .any(|package| installed.contains(package));
        assert!(
            owned_by_plan,
            "{library} belongs to {owners:?}, which apt would not install with the .deb"
        );
    }
}

#[test]
fn the_installed_app_starts_from_its_desktop_entry_with_the_examples_in_a_library_in_the_users_data_folder(
) {
    let harness = Harness::from_env();
    let deb = deb();
    let root = extracted(&deb);

    // Nothing in the package runs at install or removal, and every file is the package's own
    // under /usr: removing it leaves the user's library, which lives in the home folder.
    let scripts = tempfile::tempdir().unwrap();
    output_of(
        Command::new("dpkg-deb")
            .arg("--control")
            .arg(&deb)
            .arg(scripts.path()),
    );
    for script in ["preinst", "postinst", "prerm", "postrm"] {
        assert!(
            !scripts.path().join(script).exists(),
            "the package has a {script} script"
        );
    }
    let contents = output_of(Command::new("dpkg-deb").arg("--contents").arg(&deb));
    for line in contents.lines() {
        // mode, owner, size, date, time, then the path (which may hold spaces).
        let path = line
            .split_whitespace()
            .skip(5)
            .collect::<Vec<_>>()
            .join(" ");
        let path = path.trim_start_matches("./");
        assert!(
            path == "usr" || path.starts_with("usr/"),
            "{path} is outside /usr"
        );
    }

    let entries: Vec<PathBuf> = std::fs::read_dir(root.path().join("usr/share/applications"))
        .expect("the package has desktop entries")
        .map(|e| e.unwrap().path())
        .collect();
    let [entry] = entries.as_slice() else {
        panic!("one desktop entry expected: {entries:?}")
    };
    let desktop = fields(&std::fs::read_to_string(entry).unwrap(), '=');
    assert_eq!(desktop["Name"], "Fleet Ledger");
    assert!(
        desktop["Categories"].split(';').any(|c| c == "Finance"),
        "{desktop:?}"
    );
    for size in ["32x32", "128x128", "512x512"] {
        let icon = root.path().join(format!(
            "usr/share/icons/hicolor/{size}/apps/{}.png",
            desktop["Icon"]
        ));
        assert!(icon.exists(), "no {size} icon at {}", icon.display());
    }
    // The licences travel with the package, as they ask (Help → About shows them too).
    for doc in [
        "copyright",
        "licences/typst-assets-fonts.txt",
        "licences/components.json",
    ] {
        let path = root.path().join("usr/share/doc/fleet-ledger").join(doc);
        assert!(path.exists(), "the package lacks {}", path.display());
    }
    let program = desktop["Exec"]
        .split_whitespace()
        .next()
        .expect("Exec names a program");
    let binary = root.path().join("usr/bin").join(program);
    assert!(binary.exists(), "Exec={program} is not in /usr/bin");

    // A user who has never run it: an empty home, nothing naming a library.
    let home = tempfile::tempdir().unwrap();
    let driver = TauriDriver::start_for_new_user(&harness, home.path());
    let app = driver.launch(&binary);
    app.wait_for_text("#scenario-list .scenario-name", "Burry vs Bernstein");
    capture_display(&harness.output_dir.join("installed-first-start.png"));

    // The desktop sees the window by its name and ties it to the entry by its class.
    let windows = output_of(Command::new("xwininfo").args(["-root", "-tree"]));
    let window = windows
        .lines()
        .find(|line| line.contains("\"Fleet Ledger\""))
        .unwrap_or_else(|| panic!("no window named Fleet Ledger:\n{windows}"));
    let class = &desktop["StartupWMClass"];
    assert!(
        window.contains(&format!("\"{class}\"")),
        "the window's class is not StartupWMClass={class}: {window}"
    );

    // Help → About names this build: the version and the commit it was built from.
    let about = app.execute("return window.__TAURI_INTERNALS__.invoke('about')");
    assert_eq!(about["version"], env!("CARGO_PKG_VERSION"));
    let head = output_of(Command::new("git").args(["rev-parse", "--short=12", "HEAD"]));
    assert_eq!(
        about["commit"],
        head.trim(),
        "the app names the commit it was built from"
    );

    let library = home
        .path()
        .join(".local/share/com.fleetledger.desktop/library.sqlite");
    assert!(library.exists(), "no library at {}", library.display());
    app.close();
    drop(driver);
    let examples: i64 = rusqlite::Connection::open(&library)
        .unwrap()
        .query_row("SELECT count(*) FROM scenarios", [], |row| row.get(0))
        .unwrap();
    assert!(examples >= 4, "the library holds {examples} scenarios");
}
