#!/bin/sh
# Installs, from Debian 12's packages, everything Konkurs needs to build, run
# and test. Safe to run again: apt-get skips what is already there.
# Packages given as arguments are installed too (the tools of one script
# only, e.g. clang for build-aux/run-fuzzers.sh).
set -eu

# fonts-liberation2: Liberation Serif, the face of printed documents
# (metric-compatible with Times New Roman, with every Kazakh letter).
PACKAGES="
  build-essential meson ninja-build pkg-config gettext locales
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libadwaita-1-dev
  libsqlite3-dev libxml2-dev libxml2-utils libcairo2-dev libpango1.0-dev
  desktop-file-utils appstream
  fonts-dejavu-core fonts-noto-core fonts-liberation2 iso-codes
  xvfb xauth dbus dbus-x11 at-spi2-core python3 python3-pyatspi python3-gi
  imagemagick poppler-utils time
  $*
"

missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done

if [ -n "$missing" ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  # shellcheck disable=SC2086
  $SUDO apt-get install -y -q --no-install-recommends $missing
fi

# The interface and the tests use the Kazakh and Russian locales.
need_locales=""
for l in kk_KZ ru_RU; do
  locale -a 2>/dev/null | grep -qi "^$l\.utf-\?8$" || need_locales="$need_locales $l"
done
if [ -n "$need_locales" ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  for l in $need_locales; do
    $SUDO sed -i "s/^# *\($l.UTF-8 UTF-8\)/\1/" /etc/locale.gen
    grep -q "^$l.UTF-8 UTF-8" /etc/locale.gen || echo "$l.UTF-8 UTF-8" | $SUDO tee -a /etc/locale.gen >/dev/null
  done
  $SUDO locale-gen >/dev/null
fi
