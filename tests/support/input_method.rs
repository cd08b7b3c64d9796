//! A Chinese input method on the test's X display, as a Chinese user's Linux desktop runs one:
//! the ibus daemon with its libpinyin engine (Debian's ibus, ibus-gtk3 and ibus-libpinyin).

use std::ffi::{OsStr, OsString};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The ibus daemon with the pinyin engine chosen, stopped when dropped.
pub struct InputMethod {
    daemon: Child,
    address: OsString,
}

impl InputMethod {
    /// Starts ibus on the current display and session bus, its panel (the candidate window)
    /// included, and selects libpinyin, which starts in Chinese mode: letters compose pinyin
    /// and Space commits the first candidate. (WebKitGTK leaves the composition to the panel:
    /// the page sees the committed text, not the pinyin.)
    pub fn start_pinyin() -> Self {
        let daemon = Command::new("ibus-daemon")
            .args(["--replace", "--emoji-extension=disable"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start ibus-daemon (the apt package ibus)");
        let deadline = Instant::now() + Duration::from_secs(30);
        let address = loop {
            let up = ibus(&["list-engine"]).is_some();
            match ibus(&["address"]) {
                Some(address) if up && address.starts_with("unix:") => break address,
                _ if Instant::now() > deadline => panic!("ibus-daemon did not come up"),
                _ => std::thread::sleep(Duration::from_millis(200)),
            }
        };
        // `ibus engine NAME` exits 1 even when it has switched: what `ibus engine` then reads
        // back is the check.
        while ibus(&["engine"]).as_deref() != Some("libpinyin") {
            assert!(
                Instant::now() < deadline,
                "ibus did not take the libpinyin engine"
            );
            let _ = ibus(&["engine", "libpinyin"]);
            std::thread::sleep(Duration::from_millis(200));
        }
        Self {
            daemon,
            address: address.into(),
        }
    }

    /// What the app is given as `IBUS_ADDRESS`, and `GTK_IM_MODULE`: the tests give the app a
    /// config folder of its own, where ibus would otherwise look for the daemon.
    pub fn app_env(&self) -> [(&'static str, &OsStr); 2] {
        [
            ("GTK_IM_MODULE", "ibus".as_ref()),
            ("IBUS_ADDRESS", self.address.as_os_str()),
        ]
    }
}

impl Drop for InputMethod {
    fn drop(&mut self) {
        let _ = ibus(&["exit"]);
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
    }
}

/// What `ibus <args>` prints, trimmed, when it succeeds.
fn ibus(args: &[&str]) -> Option<String> {
    let out = Command::new("ibus").args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}
