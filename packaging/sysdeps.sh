#!/usr/bin/env bash
# Checks the Debian libraries Qt needs. As root it installs what is missing; otherwise it prints
# the exact apt-get line and fails, so `make` stops with a clear instruction.
#   packaging/sysdeps.sh headless   libraries for offscreen Qt (tests)
#   packaging/sysdeps.sh gui        plus what a real X11 window needs (make run)
#   packaging/sysdeps.sh package    plus the desktop-file and AppStream validators (package-check)
#   packaging/sysdeps.sh test       headless, plus PostgreSQL's server programs: the test run starts
#                                   its own server (initdb, pg_ctl in /usr/lib/postgresql/*/bin)
set -euo pipefail
mode="${1:-headless}"
pkgs=(libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0)
if [ "$mode" = test ]; then
  pkgs+=(postgresql)
fi
if [ "$mode" = package ]; then
  pkgs+=(desktop-file-utils appstream)
fi
if [ "$mode" = gui ]; then
  pkgs+=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
         libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0)
fi
if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "sysdeps: not a Debian-like system; make sure Qt's system libraries are present: ${pkgs[*]}" >&2
  exit 0
fi
missing=()
for p in "${pkgs[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  case "$status" in *"install ok installed"*) ;; *) missing+=("$p") ;; esac
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ]; then
  echo "sysdeps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "sysdeps: Debian packages needed (Qt's libraries; PostgreSQL for the tests) are not installed. Run:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
