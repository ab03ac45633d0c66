#!/usr/bin/env bash
# Quick start: install, build, and start Gradscope on the built-in "shapes" data set.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting under xvfb-run (nothing will be visible)." >&2
  exec xvfb-run -a build/app/gradscope --page training "$@"
fi
exec build/app/gradscope --page training "$@"
