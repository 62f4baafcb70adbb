#!/bin/sh
# Runs "$@" inside a private D-Bus session with a freshly unlocked gnome-keyring (Secret Service),
# so keychain tests use the real OS keychain without touching the user's own.
# Used by CTest as the CROSSCOMPILING_EMULATOR of KEYRING test executables.
set -eu
if ! command -v dbus-run-session >/dev/null 2>&1 || ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
  echo "with-keyring: dbus-run-session and gnome-keyring-daemon are required (run ./setup.sh test)" >&2
  exit 1
fi
home=$(mktemp -d "${TMPDIR:-/tmp}/retrydesk-keyring.XXXXXX")
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" \
       XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
exec dbus-run-session -- sh -c '
  # a password on stdin unlocks (and creates) the login keyring
  printf "retrydesk-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"' sh "$@"
