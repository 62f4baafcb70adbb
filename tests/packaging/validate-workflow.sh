#!/usr/bin/env bash
# tests/packaging/validate-workflow.sh [WORKFLOW.yml …]
# Checks the GitHub Actions workflows (default: every .github/workflows/*.yml and *.yaml) with
# action-validator (https://github.com/mpalmer/action-validator): the workflow schema, and that
# the path filters they use match files of the repository. Exits non-zero on any error.
#
# action-validator comes from PATH if it is there; otherwise it is installed once with npm (Node.js
# from Debian's `nodejs npm`) into $RETRYDESK_TOOLS_CACHE (default ~/.cache/retrydesk/action-validator)
# and reused. Without npm and without a cached copy the script exits 77 (the conventional "skipped"
# code; CTest: SKIP_RETURN_CODE 77) and says what to install.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

VERSION=0.6.0 # @action-validator/cli and its peer @action-validator/core, kept in step
CACHE=${RETRYDESK_TOOLS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/retrydesk/action-validator}

validator=""
if command -v action-validator >/dev/null 2>&1; then
  validator=$(command -v action-validator)
elif [ -x "$CACHE/$VERSION/node_modules/.bin/action-validator" ]; then
  validator="$CACHE/$VERSION/node_modules/.bin/action-validator"
elif command -v npm >/dev/null 2>&1; then
  echo "==> Installing @action-validator/cli $VERSION into $CACHE/$VERSION" >&2
  mkdir -p "$CACHE/$VERSION"
  npm install --prefix "$CACHE/$VERSION" --no-audit --no-fund --loglevel=error \
    "@action-validator/cli@$VERSION" "@action-validator/core@$VERSION" >&2
  validator="$CACHE/$VERSION/node_modules/.bin/action-validator"
else
  echo "SKIPPED: action-validator is not installed and npm is missing (apt-get install nodejs npm)." >&2
  exit 77
fi

if [ $# -gt 0 ]; then
  files=("$@")
else
  shopt -s nullglob
  files=(.github/workflows/*.yml .github/workflows/*.yaml)
  shopt -u nullglob
fi
if [ ${#files[@]} -eq 0 ]; then
  echo "No workflow files found under .github/workflows/" >&2
  exit 1
fi

status=0
for f in "${files[@]}"; do
  if "$validator" "$f"; then
    echo "ok: $f"
  else
    echo "FAILED: $f" >&2
    status=1
  fi
done
exit "$status"
