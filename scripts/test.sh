#!/usr/bin/env bash
# Installs, builds (Release for this CPU, then AddressSanitizer + UndefinedBehaviorSanitizer for
# any x86-64) and runs every test suite in both builds.
set -euo pipefail
cd "$(dirname "$0")/.."
JOBS=$(nproc)

echo "== Release build"
scripts/setup.sh
(cd build && ctest --output-on-failure -j"$JOBS" --timeout 600)

echo "== ASan + UBSan build"
export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=1
LAUNCHER=()
command -v ccache >/dev/null && LAUNCHER=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# Portable (no -march=native), as the Debian package is built: the Release build above covers
# this machine's vector code, this one the code every x86-64 runs.
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGRADSCOPE_SANITIZE=ON \
  -DGRADSCOPE_NATIVE=OFF -DGRADSCOPE_BUILD_BENCH=OFF "${LAUNCHER[@]}"
cmake --build build-asan -j"$JOBS"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0
export LSAN_OPTIONS=suppressions=$PWD/scripts/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
(cd build-asan && ctest --output-on-failure -j"$JOBS" --timeout 1200)
