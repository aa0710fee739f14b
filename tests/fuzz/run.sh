#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the libFuzzer targets with Clang (ASan + UBSan) in build/fuzz and runs each for a
# bounded time on its seed corpus (tests/fuzz/corpus/<target>/).
#
#   bash tests/fuzz/run.sh                 # 60 s per target
#   FUZZ_SECONDS=600 bash tests/fuzz/run.sh fuzz_scenario
#
# New interesting inputs go to build/fuzz/corpus/<target>/ (the seed folders are not changed);
# a crash, leak or UB report leaves its input in build/fuzz/artifacts/ and fails the script.
# Installs clang and libclang-rt-14-dev (libFuzzer) with apt-get when missing (as root or sudo);
# fuzz_deployyaml also needs libyaml-dev (installer/dev.sh installs it).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
seconds="${FUZZ_SECONDS:-60}"
jobs="${JOBS:-2}"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_csvimport fuzz_scenario fuzz_predict fuzz_deployyaml)
start=$(date +%s)

have_libfuzzer() {
    command -v clang++ >/dev/null 2>&1 \
        && ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1
}
if ! have_libfuzzer; then
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    echo "== installing clang and libclang-rt-14-dev (libFuzzer) =="
    "${sudo[@]}" apt-get update
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends clang libclang-rt-14-dev
fi

echo "== configuring build/fuzz with clang =="
CC=clang CXX=clang++ cmake -S . -B build/fuzz -DTCO_FUZZ=ON -DTCO_BUILD_TESTS=ON \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >build/fuzz-configure.log 2>&1 \
    || { cat build/fuzz-configure.log; exit 1; }
cmake --build build/fuzz -j"$jobs" --target "${targets[@]}"
built=$(date +%s)
echo "== built in $((built - start)) s =="

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:symbolize=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
mkdir -p build/fuzz/artifacts
status=0
for t in "${targets[@]}"; do
    work="build/fuzz/corpus/$t"
    mkdir -p "$work"
    echo "== $t: ${seconds} s on tests/fuzz/corpus/$t =="
    t0=$(date +%s)
    if ! "build/fuzz/tests/fuzz/$t" -max_total_time="$seconds" -max_len=8192 -timeout=30 -rss_limit_mb=4096 \
        -print_final_stats=1 -artifact_prefix="build/fuzz/artifacts/$t-" \
        "$work" "tests/fuzz/corpus/$t" 2>"build/fuzz/$t.log"; then
        status=1
        echo "!! $t FAILED (log: build/fuzz/$t.log)"
        tail -n 60 "build/fuzz/$t.log"
    fi
    grep -E '^stat::(number_of_executed_units|peak_rss_mb|new_units_added)|^#[0-9]+ +DONE' "build/fuzz/$t.log" || true
    echo "== $t: $(($(date +%s) - t0)) s, corpus $(ls "$work" | wc -l) files =="
done
echo "== fuzzing took $(($(date +%s) - start)) s in all (build $((built - start)) s) =="
exit $status
