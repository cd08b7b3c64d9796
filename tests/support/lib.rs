//! Support for the end-to-end tests: a small W3C WebDriver client and the tauri-driver process.
//!
//! The client speaks only what the tests need (sessions, finding elements, typing, clicking,
//! reading text). It talks plain HTTP to tauri-driver on the loopback interface.

mod input_method;
pub use input_method::InputMethod;

use serde_json::{json, Value};
use std::ffi::OsStr;
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The W3C key under which a WebDriver element reference travels.
const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

/// How long a test waits for the app's page to show what it expects.
pub const PAGE_TIMEOUT: Duration = Duration::from_secs(30);

/// Paths the harness needs, given by `cargo xtask test` through the environment.
pub struct Harness {
    pub app_binary: PathBuf,
    pub tauri_driver: PathBuf,
    pub output_dir: PathBuf,
}

impl Harness {
    pub fn from_env() -> Self {
        let var =
            |name: &str| {
                std::env::var_os(name).map(PathBuf::from).unwrap_or_else(|| {
                panic!("{name} is not set: run the end-to-end tests through `cargo xtask test`")
            })
            };
        let output_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("output");
        std::fs::create_dir_all(&output_dir).expect("create tests/output");
        Self {
            app_binary: var("FLEET_LEDGER_APP"),
            tauri_driver: var("TAURI_DRIVER"),
            output_dir,
        }
    }
}

/// Two different free loopback ports. Both listeners are held until both ports are known: a
/// port asked for, released and asked for again can come back the same, and then
/// WebKitWebDriver cannot listen where tauri-driver sends it ("Unable to listen for HTTP
/// server"), which the test saw as a session start ending in "Unexpected EOF".
fn two_free_ports() -> (u16, u16) {
    let bind = || TcpListener::bind("127.0.0.1:0").expect("a free loopback port");
    let (a, b) = (bind(), bind());
    let port = |l: &TcpListener| l.local_addr().expect("a bound address").port();
    (port(&a), port(&b))
}

/// A running tauri-driver; killed when dropped so a failed test leaves no process behind.
pub struct TauriDriver {
    child: Child,
    port: u16,
}

impl TauriDriver {
    /// Starts tauri-driver with the app's library pointed at `db_path`.
    pub fn start(harness: &Harness, db_path: &Path) -> Self {
        Self::start_with(harness, db_path, &[])
    }

    /// As [`TauriDriver::start`], with more environment for the app.
    pub fn start_with(harness: &Harness, db_path: &Path, env: &[(&str, &OsStr)]) -> Self {
        // The webview's local storage (language, theme) and the window state live in the user's
        // data and config folders; a profile beside the library keeps one test's choices, or an
        // earlier run's on the same machine, out of the next test. Restarts on the same library
        // share it, as a real user's restarts do.
        let profile = db_path
            .parent()
            .expect("the library lives in a folder")
            .join("profile");
        Self::spawn(harness, |command| {
            command
                .env("FLEET_LEDGER_DB", db_path)
                .env("XDG_DATA_HOME", profile.join("data"))
                .env("XDG_CONFIG_HOME", profile.join("config"))
                .env("XDG_CACHE_HOME", profile.join("cache"))
                .envs(env.iter().map(|(k, v)| (*k, *v)));
        })
    }

    /// Starts tauri-driver for an app run as a new user would run it: `home` is the user's
    /// home, and nothing points the app at a library, so it opens its default one there.
    pub fn start_for_new_user(harness: &Harness, home: &Path) -> Self {
        Self::spawn(harness, |command| {
            command.env("HOME", home);
            for name in [
                "FLEET_LEDGER_DB",
                "XDG_DATA_HOME",
                "XDG_CONFIG_HOME",
                "XDG_CACHE_HOME",
            ] {
                command.env_remove(name);
            }
        })
    }

    /// Starts tauri-driver with the app's environment set by `configure`.
    fn spawn(harness: &Harness, configure: impl FnOnce(&mut Command)) -> Self {
        let (port, native_port) = two_free_ports();
        let mut command = Command::new(&harness.tauri_driver);
        command.args([
            "--port",
            &port.to_string(),
            "--native-port",
            &native_port.to_string(),
        ]);
        // GTK's own key handling, as without an input method, unless a test starts one (the
        // ibus module is GTK's default wherever ibus is installed, daemon running or not).
        command.env("GTK_IM_MODULE", "gtk-im-context-simple");
        configure(&mut command);
        command
            .env("WEBKIT_DISABLE_DMABUF_RENDERER", "1")
            .env("NO_AT_BRIDGE", "1")
            .stdout(Stdio::null())
            .stderr(Stdio::inherit());
        // A process group of its own, so that dropping the driver ends everything it started.
        #[cfg(unix)]
        std::os::unix::process::CommandExt::process_group(&mut command, 0);
        let child = command.spawn().expect("start tauri-driver");
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "tauri-driver did not listen on {port}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        Self { child, port }
    }

    /// Launches the app in a new WebDriver session, once no earlier app runs: an app still
    /// exiting (a session just closed, a driver just dropped) holds its name on the session
    /// bus, and the new one would hand over to it and exit, the session's start ending in
    /// "Unexpected EOF" (seen in CI after a restart within a test).
    pub fn launch(&self, app_binary: &Path) -> Session {
        if !wait_until_no_process_runs(app_binary, Duration::from_secs(10)) {
            // One left asking about unsaved edits stays until killed, as a dropped driver does.
            let _ = Command::new("pkill")
                .arg("-KILL")
                .arg("-f")
                .arg(app_binary)
                .status();
            assert!(
                wait_until_no_process_runs(app_binary, Duration::from_secs(10)),
                "an earlier {} would not end",
                app_binary.display()
            );
        }
        let base = format!("http://127.0.0.1:{}", self.port);
        let caps = json!({"capabilities": {"alwaysMatch": {
            "tauri:options": {"application": app_binary}
        }}});
        let value = post(&format!("{base}/session"), caps);
        let id = value["sessionId"].as_str().expect("sessionId").to_owned();
        Session {
            base: format!("{base}/session/{id}"),
        }
    }
}

impl Drop for TauriDriver {
    fn drop(&mut self) {
        // tauri-driver's WebKitWebDriver and the app it started are in its process group:
        // killing tauri-driver alone left them running, holding the test's output open and,
        // with the app still on the session bus, making the next test's app hand over to it
        // and exit (its session start ended in "Unexpected EOF").
        #[cfg(unix)]
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", self.child.id())])
            .status();
        let _ = self.child.kill();
        let _ = self.child.wait();
        // SIGKILL is delivered, not awaited: an app still dying holds its name on the session
        // bus, and the next test's app would hand over to it and exit. An app that was asked
        // to close with unsaved edits stays open, asking, until it is killed (issue 17).
        #[cfg(unix)]
        {
            let deadline = Instant::now() + Duration::from_secs(5);
            while Instant::now() < deadline
                && Command::new("pgrep")
                    .args(["-g", &self.child.id().to_string()])
                    .stdout(std::process::Stdio::null())
                    .status()
                    .is_ok_and(|s| s.success())
            {
                std::thread::sleep(Duration::from_millis(50));
            }
        }
    }
}

/// Waits up to `timeout` until no process runs `app_binary` (its command line names it);
/// whether none does.
pub fn wait_until_no_process_runs(app_binary: &Path, timeout: Duration) -> bool {
    let deadline = Instant::now() + timeout;
    loop {
        let running = Command::new("pgrep")
            .arg("-f")
            .arg(app_binary)
            .stdout(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if !running {
            return true;
        }
        if Instant::now() > deadline {
            return false;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn post(url: &str, body: Value) -> Value {
    match ureq::post(url).send_json(body) {
        Ok(resp) => resp.into_json::<Value>().expect("JSON reply")["value"].take(),
        Err(ureq::Error::Status(code, resp)) => {
            panic!(
                "{url} answered {code}: {}",
                resp.into_string().unwrap_or_default()
            )
        }
        Err(e) => panic!("{url}: {e}"),
    }
}

fn get(url: &str) -> Value {
    match ureq::get(url).call() {
        Ok(resp) => resp.into_json::<Value>().expect("JSON reply")["value"].take(),
        Err(e) => panic!("{url}: {e}"),
    }
}

/// One app instance driven through WebDriver. Closing it quits the app.
pub struct Session {
    base: String,
}

pub struct Element<'s> {
    session: &'s Session,
    id: String,
}

impl Session {
    /// Every element matching `css` now, without waiting.
    pub fn find_all(&self, css: &str) -> Vec<Element<'_>> {
        let value = post(
            &format!("{}/elements", self.base),
            json!({"using": "css selector", "value": css}),
        );
        value
            .as_array()
            .map(|items| {
                items
                    .iter()
                    .filter_map(|e| e[ELEMENT_KEY].as_str())
                    .map(|id| Element {
                        session: self,
                        id: id.to_owned(),
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Waits until `css` matches at least one element; the page loads after the session starts.
    pub fn wait_for(&self, css: &str) -> Element<'_> {
        let deadline = Instant::now() + PAGE_TIMEOUT;
        loop {
            if let Some(element) = self.find_all(css).into_iter().next() {
                return element;
            }
            assert!(
                Instant::now() < deadline,
                "no element matched {css:?} in time"
            );
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    /// Waits until some element matching `css` has exactly `text`.
    pub fn wait_for_text(&self, css: &str, text: &str) {
        let deadline = Instant::now() + PAGE_TIMEOUT;
        loop {
            let shown: Vec<String> = self.find_all(css).iter().map(Element::text).collect();
            if shown.iter().any(|t| t == text) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "no {css:?} showed {text:?} in time; they showed {shown:?}"
            );
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    /// Runs `script` in the page and returns what it returns.
    pub fn execute(&self, script: &str) -> Value {
        post(
            &format!("{}/execute/sync", self.base),
            json!({"script": script, "args": []}),
        )
    }

    /// Dispatches a key press (`key` as KeyboardEvent.key names it, with Ctrl when `ctrl`) to
    /// the focused element, as the webview does for a real key: the app's own key handling is
    /// what runs. (WebKitWebDriver's key actions sent to a non-field drop the session.)
    pub fn press(&self, key: &str, ctrl: bool) {
        self.execute(&format!(
            "const target = document.activeElement ?? document.body;
             target.dispatchEvent(new KeyboardEvent('keydown', {{ key: {key:?}, ctrlKey: {ctrl}, bubbles: true, cancelable: true }}));"
        ));
    }

    /// The focused element's id, or else its accessible name (aria-label).
    pub fn focused(&self) -> String {
        let value = self.execute(
            "const e = document.activeElement; return e ? (e.id || e.getAttribute('aria-label') || e.tagName) : '';",
        );
        value.as_str().unwrap_or_default().to_owned()
    }

    /// The text of the first element matching `css`, once there is one.
    pub fn text_of(&self, css: &str) -> String {
        self.wait_for(css).text()
    }

    /// Waits until the first element matching `css` has a text that satisfies `ok`.
    pub fn wait_until_text(&self, css: &str, ok: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + PAGE_TIMEOUT;
        loop {
            let shown = self.find_all(css).first().map(Element::text);
            if let Some(text) = &shown {
                if ok(text) {
                    return text.clone();
                }
            }
            assert!(
                Instant::now() < deadline,
                "{css:?} never showed what was expected; it showed {shown:?}"
            );
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    /// Resizes the window (the outer size, as the window manager counts it).
    pub fn set_window_size(&self, width: u32, height: u32) {
        post(
            &format!("{}/window/rect", self.base),
            json!({"width": width, "height": height, "x": 0, "y": 0}),
        );
    }

    /// The CSP violations and uncaught errors the window collected (ui/src/main.tsx).
    pub fn faults(&self) -> Vec<String> {
        self.execute("return window.fleetLedgerFaults || [];")
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|f| f.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    }

    pub fn close(self) {
        let _ = ureq::delete(&self.base).call();
    }
}

impl Element<'_> {
    pub fn type_text(&self, text: &str) {
        post(
            &format!("{}/element/{}/value", self.session.base, self.id),
            json!({"text": text}),
        );
    }

    pub fn clear(&self) {
        post(
            &format!("{}/element/{}/clear", self.session.base, self.id),
            json!({}),
        );
    }

    pub fn click(&self) {
        post(
            &format!("{}/element/{}/click", self.session.base, self.id),
            json!({}),
        );
    }

    pub fn text(&self) -> String {
        get(&format!("{}/element/{}/text", self.session.base, self.id))
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }
}

/// Captures the X display (WebDriver's own screenshot has crashed under Xvfb) into `file`.
pub fn capture_display(file: &Path) {
    // The web view paints after the DOM changes: give it a moment before the X capture.
    std::thread::sleep(Duration::from_millis(400));
    let status = Command::new("import")
        .args(["-window", "root"])
        .arg(file)
        .status();
    if !matches!(status, Ok(s) if s.success()) {
        eprintln!("note: could not capture the display to {}", file.display());
    }
}
