#!/bin/sh
# The AT-SPI journey (journey.py) in a private D-Bus session with a freshly unlocked
# gnome-keyring, so the connection's API key goes to a real Secret Service and nothing touches
# the user's own session, keyring or settings. Usage: run-journey.sh <build dir>
# Exit: 0 passed, 1 failed, 77 skipped (no display server or AT-SPI at all; never under CI).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:?usage: run-journey.sh <build dir>}
ci=false
case "${CI:-}" in 1|true|TRUE|yes) ci=true ;; esac
missing() {
  echo "a11y journey: $1 (run ./setup.sh test to install it)" >&2
  if $ci; then exit 1; else exit 77; fi
}
command -v dbus-run-session >/dev/null 2>&1 || missing "dbus-run-session is missing"
command -v gnome-keyring-daemon >/dev/null 2>&1 || missing "gnome-keyring-daemon is missing"
command -v Xvfb >/dev/null 2>&1 || missing "Xvfb is missing"
# pyatspi is a Debian package: the system interpreter has it, a pyenv or venv one may not.
python=
for p in /usr/bin/python3 python3; do
  if command -v "$p" >/dev/null 2>&1 && "$p" -c 'import pyatspi, gi' >/dev/null 2>&1; then
    python=$p
    break
  fi
done
[ -n "$python" ] || missing "python3-pyatspi is missing"

home=$(mktemp -d "${TMPDIR:-/tmp}/retrydesk-a11y.XXXXXX")
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" \
       XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY AT_SPI_BUS_ADDRESS
status=0
dbus-run-session -- sh -c '
  printf "retrydesk-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"' sh "$python" "$here/journey.py" "$build" || status=$?
exit "$status"
