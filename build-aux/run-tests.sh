#!/bin/sh
# Installs what is missing, builds Konkurs with warnings as errors and runs
# the whole test suite: unit tests, widget tests and end-to-end tests, under
# Xvfb in a private D-Bus session.  Artifacts (screenshots, PDFs) are kept in
# _build-tests/artifacts.
set -eu
cd "$(dirname "$0")/.."

./build-aux/install-deps.sh

if [ -d _build-tests ]; then
  meson setup --reconfigure _build-tests -Dwerror=true >/dev/null
else
  meson setup _build-tests -Dwerror=true
fi
meson compile -C _build-tests

export KONKURS_TEST_ARTIFACTS="$PWD/_build-tests/artifacts"
mkdir -p "$KONKURS_TEST_ARTIFACTS"
export GSK_RENDERER=cairo
export NO_AT_BRIDGE=0

exec xvfb-run -a -s "-screen 0 1280x800x24" \
  dbus-run-session -- \
  meson test -C _build-tests --print-errorlogs --num-processes 2 "$@"
