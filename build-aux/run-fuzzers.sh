#!/bin/sh
# Builds the fuzz targets of the XML importers with clang's libFuzzer,
# AddressSanitizer and UndefinedBehaviorSanitizer in _build-fuzz, and runs
# each for SECONDS (60 unless given; 3600 for an hour), the targets one
# after the other, or the TARGETs named (competitions, candidates, database, results,
# experts, essays, essay-results, essay-package).
#
#   ./build-aux/run-fuzzers.sh [SECONDS [TARGET...]]
#
# Each keeps what it learns in _build-fuzz/corpus/TARGET (read again next
# time) and writes an input that crashes it to _build-fuzz/crashes/TARGET/:
# fix the bug, then copy the input into tests/fuzz/crashes/TARGET/, where
# the suite replays it for ever (fuzz-replay-TARGET).  Set FUZZ_JOBS=2 to
# run two processes of a target at once.
set -eu
cd "$(dirname "$0")/.."

seconds="${1:-60}"
[ $# -gt 0 ] && shift
targets="${*:-competitions candidates database results experts essays essay-results essay-package}"

# clang 14 with libFuzzer and the sanitizer runtimes, and llvm-symbolizer
# for readable stacks: only this script needs them, not the suite.
./build-aux/install-deps.sh clang libclang-rt-14-dev llvm

if [ ! -d _build-fuzz ]; then
  CC=clang meson setup _build-fuzz -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false
fi
for target in $targets; do
  meson compile -C _build-fuzz "fuzz-$target" "$target.dict"
done

export KONKURS_DATA_DIR="$PWD/data"
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
jobs=""
[ -z "${FUZZ_JOBS:-}" ] || jobs="-jobs=$FUZZ_JOBS -workers=$FUZZ_JOBS"
for target in $targets; do
  mkdir -p "_build-fuzz/corpus/$target" "_build-fuzz/crashes/$target"
  echo "Fuzzing the importer of $target for $seconds s"
  # shellcheck disable=SC2086
  "_build-fuzz/tests/fuzz/fuzz-$target" \
    -max_total_time="$seconds" -print_final_stats=1 $jobs \
    -dict="_build-fuzz/tests/fuzz/$target.dict" \
    -artifact_prefix="_build-fuzz/crashes/$target/" \
    "_build-fuzz/corpus/$target" "tests/fuzz/corpus/$target" tests/data
done
