#!/usr/bin/env bash
# RetryDesk's one entry point on a fresh machine:
#   ./setup.sh run [app options]   install what is missing, build, start the app on the embedded sandbox
#   ./setup.sh test                install what is missing, build, run every test (CTest)
#   ./setup.sh deps                only install what is missing
#   ./setup.sh build               install what is missing and build
# Environment: CI=true builds with -Werror (preset "ci"); JOBS (default 2) sets build parallelism.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# Debian 12 / Ubuntu packages RetryDesk builds, runs and tests with.
DEBIAN_PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-l10n-tools
  qt6-translations-l10n  # qtbase_es.qm, compiled into the binary (resources/translations/translations.cmake)
  libqt6svg6 qt6-qpa-plugins libgl-dev
  # (Qt6ChartsConfig.cmake needs Qt6OpenGL, which qt6-charts-dev does not pull in: libqt6opengl6-dev)
  qtkeychain-qt6-dev libsimdjson-dev libqt6sql6-sqlite  # the outbox: SQLite through QtSql
  libgtest-dev libgmock-dev libbenchmark-dev
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
  fonts-dejavu-core at-spi2-core python3-pyatspi
  clang llvm libclang-rt-dev  # tests/fuzz: libFuzzer + ASan/UBSan runtimes (a Recommends of clang), llvm-symbolizer
  # packaging/ and tests/packaging: man pages, PNG icons, the .deb (dpkg-shlibdeps, file), its checks
  # and the clean Debian 12 root it is installed into
  help2man librsvg2-bin dpkg-dev file lintian desktop-file-utils appstream mmdebstrap
)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

install_deps() {
  case "$(uname -s)" in
    Linux)
      if ! command -v dpkg-query >/dev/null 2>&1; then
        say "Not a Debian-based system: install Qt 6.4 (base, httpserver, svg, charts, tools; 6.5 changed QtHttpServer's API), QtKeychain for Qt 6,"
        say "simdjson, GoogleTest/GMock, Google Benchmark, Xvfb, D-Bus and gnome-keyring, then run again."
        return 0
      fi
      local missing=()
      for p in "${DEBIAN_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
          missing+=("$p")
        fi
      done
      # The workflow validator comes from npm; any npm will do (a NodeSource nodejs ships its own).
      command -v npm >/dev/null 2>&1 || missing+=(npm)
      if ((${#missing[@]} == 0)); then
        say "All build and test dependencies are installed."
        return 0
      fi
      say "Installing: ${missing[*]}"
      local sudo=()
      if [ "$(id -u)" -ne 0 ]; then sudo=(sudo); fi
      "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
      "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
      ;;
    Darwin)
      say "macOS: brew install cmake ninja simdjson googletest google-benchmark; Qt 6.4.2 (Qt installer or"
      say "aqt, with qthttpserver qtwebsockets qtcharts; Homebrew's newer Qt changed QtHttpServer's API)"
      say "and QtKeychain built against it; then CMAKE_PREFIX_PATH=<Qt 6.4.2>/macos ./setup.sh build"
      ;;
    MINGW*|MSYS*|CYGWIN*)
      say "Windows: install Qt 6.4.2 (Qt installer, with Qt HTTP Server and Qt Charts), QtKeychain built"
      say "against it, and with vcpkg: vcpkg install simdjson gtest benchmark"
      say "then configure with -DCMAKE_TOOLCHAIN_FILE=<vcpkg>/scripts/buildsystems/vcpkg.cmake"
      ;;
  esac
}

preset() { if [ "${CI:-}" = "true" ]; then echo ci; else echo default; fi; }

build() {
  local p; p=$(preset)
  say "Configuring (preset $p)"
  cmake --preset "$p" >/dev/null
  say "Building with ${JOBS:-2} jobs"
  cmake --build --preset "$p" -j "${JOBS:-2}"
}

builddir() { if [ "$(preset)" = ci ]; then echo build-ci; else echo build; fi; }

case "${1:-}" in
  deps) install_deps ;;
  build) install_deps; build ;;
  run)
    shift
    install_deps; build
    args=("$@")
    if [ ${#args[@]} -eq 0 ]; then args=(--demo); fi
    say "Starting RetryDesk ${args[*]}"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "$(uname -s)" = Linux ]; then
      say "No display found: starting under Xvfb (virtual screen)."
      exec xvfb-run -a -s "-screen 0 1280x800x24" "$(builddir)/ui/retrydesk" "${args[@]}"
    fi
    exec "$(builddir)/ui/retrydesk" "${args[@]}"
    ;;
  test)
    install_deps; build
    cd "$(builddir)"
    status=0
    # Benchmarks first, verbose, so their figure/target table is in the log.
    say "Benchmarks (each figure beside its target; a miss fails the run)"
    # The build just wrote hundreds of MB: flush them first, so the kernel's writeback does not
    # compete with the measurements (the first attempt after a fresh build measured ~15 % slow).
    sync
    # Each benchmark's own output, and CTest's verdict lines (time taken, Failed, a crash).
    ctest -L bench --verbose --timeout 600 |
      sed -n -e 's/^[0-9]*: //p' -e '/Test *#[0-9]*:/p' -e '/tests passed/p' || status=$?
    say "Running every test"
    ctest --output-on-failure -j "${JOBS:-2}" --timeout 600 -LE bench || status=$?
    # About a minute the first time (mmdebstrap, downloads), under half a minute once cached.
    # RETRYDESK_SKIP_DEB_TEST=1 skips it; so does a Linux without dpkg.
    if [ "$(uname -s)" = Linux ] && command -v dpkg-deb >/dev/null && [ "${RETRYDESK_SKIP_DEB_TEST:-}" != 1 ]; then
      say "Packaging: the .deb, lintian, desktop-file-validate, appstreamcli, installed into a clean Debian 12"
      ../tests/packaging/deb-install-test.sh . || status=$?
    fi
    say "The GitHub workflow against its schema (action-validator from npm)"
    ws=0; ../tests/packaging/validate-workflow.sh || ws=$?
    if [ "$ws" = 77 ]; then say "Skipped: neither action-validator nor npm is available."
    elif [ "$ws" != 0 ]; then status=$ws; fi
    say "Fuzzing every parser of server bytes for a few seconds (docs/fuzzing.md)"
    ../tests/fuzz/run.sh short || status=$?
    exit "$status"
    ;;
  *)
    sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
