#!/bin/sh
# Installs what is missing, builds Konkurs and starts it on the default
# database (or pass arguments, e.g. --database FILE).
set -eu
cd "$(dirname "$0")/.."

./build-aux/install-deps.sh
[ -d _build ] || meson setup _build
meson compile -C _build
exec meson devenv -C _build ./src/konkurs "$@"
