#!/bin/sh
# Installs what is missing, builds Konkurs with warnings as errors and runs
# the whole test suite: unit tests, widget tests and end-to-end tests, under
# Xvfb in a private D-Bus session.  Artifacts (screenshots, PDFs) are kept in
# _build-tests/artifacts.  KONKURS_BUILD names another build folder and
# KONKURS_SETUP_ARGS adds options to its setup (build-aux/run-sanitizers.sh).
set -eu
cd "$(dirname "$0")/.."

./build-aux/install-deps.sh

BUILD="${KONKURS_BUILD:-_build-tests}"
# shellcheck disable=SC2086
if [ -d "$BUILD" ]; then
  meson setup --reconfigure "$BUILD" -Dwerror=true ${KONKURS_SETUP_ARGS:-} >/dev/null
else
  meson setup "$BUILD" -Dwerror=true ${KONKURS_SETUP_ARGS:-}
fi
meson compile -C "$BUILD"

export KONKURS_TEST_ARTIFACTS="$PWD/$BUILD/artifacts"
mkdir -p "$KONKURS_TEST_ARTIFACTS"
export GSK_RENDERER=cairo
export NO_AT_BRIDGE=0

exec xvfb-run -a -e "$KONKURS_TEST_ARTIFACTS/xvfb.log" -s "-screen 0 1280x800x24" \
  dbus-run-session -- \
  meson test -C "$BUILD" --print-errorlogs --num-processes 2 "$@"
