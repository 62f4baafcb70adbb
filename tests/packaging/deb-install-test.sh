#!/usr/bin/env bash
# Builds the .deb, lints it, and installs it into a clean Debian 12 root to run it from there.
#
#   tests/packaging/deb-install-test.sh [BUILD_DIR]      (default: build; run after the build)
#
# 1. cpack -G DEB in BUILD_DIR (packages land in BUILD_DIR/packages/).
# 2. lintian (fails on errors and warnings; none are overridden today: an override would go, with
#    its reason, in packaging/linux/retrydesk.lintian-overrides), desktop-file-validate, appstreamcli validate (--no-net)
#    and appstreamcli validate-tree on the package's own files.
# 3. A clean Debian 12 (bookworm, variant minbase) made once by mmdebstrap and cached as a tarball
#    in $RETRYDESK_CACHE_DIR (default ~/.cache/retrydesk), remade after 14 days. Each run unpacks it
#    into a fresh directory, and apt-get installs ./retrydesk_*.deb there, pulling its Depends from
#    the mirror (no Recommends: the Depends alone must be enough). Downloaded .debs and apt's lists
#    are kept in the cache directory too, so a second run downloads nothing new.
# 4. From the installed paths in that root: retrydesk --version (QT_QPA_PLATFORM=offscreen),
#    retrydesk-cli --help, retrydesk-sandbox --port 0 (waits for "listening on", connects, stops it).
#
# Needs root (chroot, mounts; sudo is used when available) and: cmake (cpack), dpkg-dev
# (dpkg-shlibdeps), lintian, desktop-file-utils, appstream, mmdebstrap, util-linux (unshare).
# Environment: RETRYDESK_DEBIAN_MIRROR (default http://deb.debian.org/debian),
# RETRYDESK_DEBIAN_SECURITY_MIRROR (default http://deb.debian.org/debian-security),
# RETRYDESK_CACHE_DIR, RETRYDESK_KEEP_ROOT=1 keeps the unpacked root for a look afterwards.
set -euo pipefail

say() { printf '\033[1m==> [deb] %s\033[0m\n' "$*" >&2; }
fail() { printf '\033[1;31m==> [deb] FAILED: %s\033[0m\n' "$*" >&2; exit 1; }

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/../.." && pwd)

# ---------------------------------------------------------------------------------------------
# Stage 2 (re-executed by stage 1 inside a private mount namespace, as root): everything in the
# chroot. Mounts made here vanish with the namespace, whatever happens.
if [ "${1:-}" = "--in-namespace" ]; then
  root=$2 deb=$3 cache=$4 version=$5
  mount --make-rprivate /
  mount -t proc proc "$root/proc"
  mount -t sysfs sysfs "$root/sys"
  mount -t tmpfs tmpfs "$root/dev/shm" 2>/dev/null || true
  mkdir -p "$cache/apt-archives/partial" "$cache/apt-lists/partial"
  mount --bind "$cache/apt-archives" "$root/var/cache/apt/archives"
  mount --bind "$cache/apt-lists" "$root/var/lib/apt/lists"
  cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
  cp "$deb" "$root/tmp/"
  debname=$(basename "$deb")

  in_root() {
    chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb DEBIAN_FRONTEND=noninteractive \
      PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$@"
  }

  say "chroot: apt-get update"
  in_root apt-get -qq -o APT::Update::Error-Mode=any update >/dev/null \
    || fail "apt-get update in the Debian 12 root (mirror reachable? see RETRYDESK_DEBIAN_MIRROR)"
  say "chroot: apt-get install ./$debname (its Depends from the mirror, no Recommends)"
  # Keep downloaded .debs for the next run (docker-clean style configs would delete them).
  if ! in_root apt-get install -y -q --no-install-recommends \
        -o APT::Keep-Downloaded-Packages=true -o Binary::apt::APT::Keep-Downloaded-Packages=true \
        -o Dpkg::Options::=--force-unsafe-io "/tmp/$debname" > "$root/tmp/apt-install.log" 2>&1; then
    tail -40 "$root/tmp/apt-install.log" >&2
    fail "apt-get install ./$debname in the clean Debian 12 root: the Depends cannot be installed"
  fi
  grep -E '^(Get|Need to get|[0-9]+ upgraded)' "$root/tmp/apt-install.log" | tail -3 | sed 's/^/    /' >&2 || true

  for exe in retrydesk retrydesk-cli retrydesk-sandbox; do
    where=$(in_root sh -c "command -v $exe") || fail "$exe is not in the PATH of the installed system"
    [ "$where" = "/usr/bin/$exe" ] || fail "$exe is at $where, expected /usr/bin/$exe"
    in_root test -e "/usr/share/man/man1/$exe.1.gz" || fail "no man page /usr/share/man/man1/$exe.1.gz"
  done

  say "chroot: QT_QPA_PLATFORM=offscreen retrydesk --version"
  rc=0; out=$(in_root QT_QPA_PLATFORM=offscreen retrydesk --version 2>"$root/tmp/stderr") || rc=$?
  [ "$rc" -eq 0 ] || { cat "$root/tmp/stderr" >&2; fail "retrydesk --version exited with $rc"; }
  printf '    %s\n' "$out" >&2
  [[ "$out" == *"$version"* ]] || fail "retrydesk --version printed '$out', expected version $version"

  say "chroot: retrydesk-cli --help"
  rc=0; out=$(in_root retrydesk-cli --help 2>"$root/tmp/stderr") || rc=$?
  [ "$rc" -eq 0 ] || { cat "$root/tmp/stderr" >&2; fail "retrydesk-cli --help exited with $rc"; }
  printf '    %s\n' "$(head -1 <<<"$out")" >&2
  [[ "$out" == *"Usage: retrydesk-cli"* ]] || fail "retrydesk-cli --help printed no usage line"

  say "chroot: retrydesk-sandbox --port 0"
  log="$root/tmp/sandbox.log"
  in_root retrydesk-sandbox --port 0 >"$log" 2>&1 &
  pid=$!   # chroot and env exec, so this is the sandbox itself
  line=
  for _ in $(seq 1 150); do  # 15 s
    line=$(grep -m1 'listening on' "$log" || true)
    [ -n "$line" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if [ -z "$line" ]; then
    kill "$pid" 2>/dev/null || true
    cat "$log" >&2
    fail "retrydesk-sandbox --port 0 did not print 'listening on' within 15 s"
  fi
  printf '    %s\n' "$line" >&2
  port=$(sed -n 's/.*listening on http:\/\/[^:]*:\([0-9][0-9]*\).*/\1/p' <<<"$line")
  if [ -n "$port" ]; then
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null \
      || { kill "$pid"; fail "retrydesk-sandbox said it listens on $port, but nothing accepts there"; }
  fi
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  say "chroot: all three run from /usr/bin"
  exit 0
fi

# ---------------------------------------------------------------------------------------------
# Stage 1: build, lint, prepare the root.
build=$(cd "${1:-$src/build}" 2>/dev/null && pwd) || fail "no build directory ${1:-$src/build}: build first"
[ -f "$build/CPackConfig.cmake" ] || fail "$build has no CPackConfig.cmake: configure and build first"

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null && sudo -n true 2>/dev/null \
    || fail "the install test needs root (mmdebstrap, chroot, mounts): run as root or with password-less sudo"
  sudo=(sudo -n)
fi
missing=()
for t in cpack:cmake dpkg-shlibdeps:dpkg-dev lintian:lintian desktop-file-validate:desktop-file-utils \
         appstreamcli:appstream mmdebstrap:mmdebstrap unshare:util-linux help2man:help2man rsvg-convert:librsvg2-bin; do
  command -v "${t%%:*}" >/dev/null || missing+=("${t#*:}")
done
((${#missing[@]} == 0)) || fail "missing tools; install: ${missing[*]} (./setup.sh deps does)"

t0=$SECONDS
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
[ -n "$version" ] || fail "no CPACK_PACKAGE_VERSION in $build/CPackConfig.cmake"

say "Building the .deb (cpack -G DEB, version $version)"
cmake --build "$build" >/dev/null || fail "the build is broken: cmake --build $build"
outdir="$build/packages"
mkdir -p "$outdir"
rm -f "$outdir"/retrydesk_*.deb
(cd "$build" && cpack -G DEB -B "$outdir" >"$outdir/cpack.log" 2>&1) \
  || { cat "$outdir/cpack.log" >&2; fail "cpack -G DEB"; }
debs=("$outdir"/retrydesk_*.deb)
[ -f "${debs[0]}" ] || { cat "$outdir/cpack.log" >&2; fail "cpack wrote no retrydesk_*.deb into $outdir"; }
deb=${debs[0]}
printf '    %s (%s)\n' "$deb" "$(du -h "$deb" | cut -f1)" >&2
dpkg-deb -f "$deb" Depends | fold -s -w 96 | sed 's/^/    Depends: /' >&2
[ -n "$(dpkg-deb -f "$deb" Depends)" ] || fail "the .deb has no Depends (dpkg-shlibdeps did not run?)"
say "cpack took $((SECONDS - t0)) s"

# The package's own files, unpacked, for the validators.
tree=$(mktemp -d "${TMPDIR:-/tmp}/retrydesk-deb-tree.XXXXXX")
root=
cleanup() {
  rm -rf "$tree"
  if [ -n "$root" ] && [ -d "$root" ] && [ "${RETRYDESK_KEEP_ROOT:-}" != 1 ]; then
    "${sudo[@]}" rm -rf --one-file-system "$root"
  fi
}
trap cleanup EXIT
dpkg-deb -x "$deb" "$tree"
for f in usr/bin/retrydesk usr/bin/retrydesk-cli usr/bin/retrydesk-sandbox \
         usr/share/applications/io.github.retrydesk.RetryDesk.desktop \
         usr/share/metainfo/io.github.retrydesk.RetryDesk.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/io.github.retrydesk.RetryDesk.svg \
         usr/share/icons/hicolor/{16x16,22x22,24x24,32x32,48x48,64x64,128x128,256x256,512x512}/apps/io.github.retrydesk.RetryDesk.png \
         usr/share/man/man1/{retrydesk,retrydesk-cli,retrydesk-sandbox}.1.gz \
         usr/share/doc/retrydesk/copyright usr/share/doc/retrydesk/changelog.gz; do
  [ -e "$tree/$f" ] || fail "the .deb lacks /$f"
done

say "lintian (errors and warnings fail)"
t1=$SECONDS
rc=0
lintian --fail-on error,warning --display-info --show-overrides "$deb" >"$outdir/lintian.log" 2>&1 || rc=$?
grep -v 'running with root privileges is not recommended' "$outdir/lintian.log" | sed 's/^/    /' >&2 || true
[ "$rc" -eq 0 ] || fail "lintian reports errors or warnings (above; tags explained: lintian-explain-tags TAG)"
say "lintian took $((SECONDS - t1)) s"

say "desktop-file-validate"
desktop-file-validate "$tree/usr/share/applications/io.github.retrydesk.RetryDesk.desktop" \
  || fail "desktop-file-validate"
say "appstreamcli validate --no-net, and validate-tree over the package's files"
appstreamcli validate --no-net "$tree/usr/share/metainfo/io.github.retrydesk.RetryDesk.metainfo.xml" \
  || fail "appstreamcli validate"
appstreamcli validate-tree --no-net "$tree" || fail "appstreamcli validate-tree"

# The clean Debian 12 root, cached.
cache=${RETRYDESK_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/retrydesk}
mkdir -p "$cache"
base="$cache/debian12-minbase.tar"
mirror=${RETRYDESK_DEBIAN_MIRROR:-http://deb.debian.org/debian}
secmirror=${RETRYDESK_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
if [ -f "$base" ] && [ -z "$(find "$base" -mtime +14)" ]; then
  say "Clean Debian 12 root: cached $base"
else
  say "Clean Debian 12 root: mmdebstrap --variant=minbase bookworm (once; cached in $base)"
  t2=$SECONDS
  "${sudo[@]}" mmdebstrap --quiet --variant=minbase --mode=root \
      bookworm "$cache/debian12-minbase.new.tar" \
      "deb $mirror bookworm main" "deb $mirror bookworm-updates main" \
      "deb $secmirror bookworm-security main" \
    || fail "mmdebstrap could not make the Debian 12 root (mirror: $mirror)"
  "${sudo[@]}" mv -f "$cache/debian12-minbase.new.tar" "$base"
  say "mmdebstrap took $((SECONDS - t2)) s"
fi

t3=$SECONDS
root=$(mktemp -d "${TMPDIR:-/var/tmp}/retrydesk-deb-root.XXXXXX")
"${sudo[@]}" tar -C "$root" -xf "$base" || fail "unpacking $base"
"${sudo[@]}" unshare --mount --propagation private -- \
  "$here/deb-install-test.sh" --in-namespace "$root" "$deb" "$cache" "$version" \
  || fail "the installed package does not run in the clean Debian 12 root"
say "chroot stage took $((SECONDS - t3)) s; all packaging checks passed in $((SECONDS - t0)) s"
