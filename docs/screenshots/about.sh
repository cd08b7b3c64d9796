#!/usr/bin/env bash
# Help → About in each language and theme, with its component list open: docs/screenshots/
# about-<lang>-<theme>.png. About is reached through the native menu, which WebDriver cannot
# click, so this drives the keyboard under Xvfb with xdotool (apt-get install xdotool), as a
# user would: F10 opens the menu bar, the arrows walk it. Run after a build of the app:
#   cargo build -p fleet-ledger-app --features custom-protocol && docs/screenshots/about.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
app=${FLEET_LEDGER_APP:-$PWD/target/debug/fleet-ledger-app}
export DISPLAY=:57 WEBKIT_DISABLE_DMABUF_RENDERER=1 NO_AT_BRIDGE=1
key() { xdotool key "$@"; sleep 0.4; }
# View menu, counted up from its last item: 2 is Dark, 4 is 简体中文.
view_item() { key F10; key Right; key Right; for _ in $(seq "$1"); do key Up; done; key Return; sleep 1; }
for lang in en zh; do
  for theme in light dark; do
    Xvfb :57 -screen 0 1280x720x24 >/dev/null 2>&1 &
    xvfb=$!
    sleep 1
    profile=$(mktemp -d)
    FLEET_LEDGER_DB=$profile/library.sqlite XDG_DATA_HOME=$profile/data XDG_CONFIG_HOME=$profile/config \
      dbus-run-session -- "$app" >/dev/null 2>&1 &
    sleep 8
    for window in $(xdotool search --name "Fleet Ledger"); do xdotool windowsize "$window" 1280 720; done
    sleep 1
    if [ "$lang" = zh ]; then view_item 4; fi
    if [ "$theme" = dark ]; then view_item 2; fi
    # Help is the last menu; About its last item. Shift+Tab from Close reaches the components.
    key F10; key Left; key Up; key Return; sleep 1.5
    key shift+Tab; key Return; sleep 0.5
    import -window root "docs/screenshots/about-$lang-$theme.png"
    pkill -f "$app" || true
    sleep 1
    kill "$xvfb"
    rm -rf "$profile"
  done
done
