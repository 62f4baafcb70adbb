#!/bin/sh
# Runs "$@" inside a private D-Bus session with a freshly unlocked gnome-keyring (Secret Service),
# so keychain tests use the real OS keychain without touching the user's own.
# Used by CTest as the CROSSCOMPILING_EMULATOR of KEYRING test executables.
#
# The private bus has no service activation: a test that reached the bus before the daemon had
# claimed its name would otherwise start a second daemon, one that outlives the session, keeps
# CTest's output pipe open and makes the test time out after it passed. Instead the script waits
# until the daemon owns org.freedesktop.secrets and its login collection is unlocked, and stops
# the daemon when the test is done.
set -eu
if ! command -v dbus-run-session >/dev/null 2>&1 || ! command -v gnome-keyring-daemon >/dev/null 2>&1 ||
   ! command -v dbus-send >/dev/null 2>&1; then
  echo "with-keyring: dbus-run-session, dbus-send and gnome-keyring-daemon are required (run ./setup.sh test)" >&2
  exit 1
fi
home=$(mktemp -d "${TMPDIR:-/tmp}/retrydesk-keyring.XXXXXX")
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" \
       XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
cat >"$home/bus.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:dir=$XDG_RUNTIME_DIR</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF
rc=0
dbus-run-session --config-file="$home/bus.conf" -- sh -c '
  bus() { dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus "$@" 2>/dev/null; }
  # a password on stdin unlocks (and creates) the login keyring
  printf "retrydesk-test" |
    gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>>"$HOME/keyring.log"
  i=0
  until bus org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets | grep -q "boolean true"; do
    i=$((i + 1))
    if [ "$i" -gt 100 ]; then
      echo "with-keyring: gnome-keyring-daemon did not register the Secret Service in 10 s" >&2
      cat "$HOME/keyring.log" >&2
      exit 1
    fi
    sleep 0.1
  done
  # It owns the name before its login collection is registered and unlocked: wait for that too
  # (at most 5 s; a test that still finds it locked reports so itself).
  i=0
  until dbus-send --session --print-reply --dest=org.freedesktop.secrets \
          /org/freedesktop/secrets/aliases/default org.freedesktop.DBus.Properties.Get \
          string:org.freedesktop.Secret.Collection string:Locked 2>/dev/null | grep -q "boolean false"; do
    i=$((i + 1))
    [ "$i" -gt 50 ] && break
    sleep 0.1
  done
  pid=$(bus org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets |
        sed -n "s/.*uint32 //p")
  rc=0
  "$@" || rc=$?
  [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  exit "$rc"' sh "$@" || rc=$?
exit "$rc"
