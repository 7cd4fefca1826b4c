#!/bin/sh
# Builds Konkurs with AddressSanitizer and UndefinedBehaviorSanitizer (gcc's,
# which need nothing beyond build-essential) in _build-asan and runs the
# whole suite under them, the widget and end-to-end tests too, under Xvfb.
# Any finding stops the program at fault and fails its test; leaks inside the
# libraries below Konkurs are suppressed by tests/lsan.supp, which says whose
# each is.  Arguments go to `meson test` (e.g. a test's name).  About four
# times slower than ./build-aux/run-tests.sh: not part of .ci/run.
set -eu
cd "$(dirname "$0")/.."

export KONKURS_BUILD="${KONKURS_BUILD:-_build-asan}"
export KONKURS_SETUP_ARGS="-Db_sanitize=address,undefined ${KONKURS_SETUP_ARGS:-}"
exec ./build-aux/run-tests.sh --timeout-multiplier 5 "$@"
