#!/usr/bin/env bash
# Builds the Debian package, installs it with apt, and starts the installed app under Xvfb
# (Chinese, Convolution page) to check that it runs and finds its translations.
# Usage: scripts/package.sh            -> build-deb/gradscope_<version>_<arch>.deb
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=1
LAUNCHER=()
command -v ccache >/dev/null && LAUNCHER=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build-deb -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
  -DGRADSCOPE_BUILD_TESTS=OFF -DGRADSCOPE_BUILD_BENCH=OFF -DGRADSCOPE_NATIVE=OFF "${LAUNCHER[@]}"
cmake --build build-deb -j"$(nproc)"
(cd build-deb && cpack -G DEB)
deb=$(ls -t build-deb/gradscope_*.deb | head -1)
echo "== built $deb"
dpkg-deb --info "$deb" | grep -E 'Package|Version|Depends'

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y "./$deb"
shot=$(mktemp --suffix=.png)
xvfb-run -a /usr/bin/gradscope --lang zh_CN --page convolution --screenshot "$shot" --delay 1500
test -s "$shot"
test -f /usr/share/gradscope/translations/gradscope_zh_CN.qm
test -f /usr/share/applications/gradscope.desktop
echo "== installed gradscope started and wrote $shot"
