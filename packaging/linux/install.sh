#!/usr/bin/env bash
# Installs an unpacked Liaison Desk bundle for all users (as root) or for the current user.
#   sudo ./install.sh            -> /opt/liaison-desk, /usr/local/bin, /usr/share/{applications,...}
#   ./install.sh --user          -> ~/.local/opt/liaison-desk, ~/.local/bin, ~/.local/share/...
# Copies files only; nothing is downloaded. Uninstall: ./install.sh --uninstall [--user]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
scope=system; action=install
for arg in "$@"; do
  case "$arg" in
    --user) scope=user ;;
    --uninstall) action=uninstall ;;
    *) echo "install.sh: unknown option $arg (use --user, --uninstall)" >&2; exit 2 ;;
  esac
done
if [ "$scope" = system ]; then
  opt=/opt/liaison-desk; bin=/usr/local/bin; share=/usr/share
else
  opt="$HOME/.local/opt/liaison-desk"; bin="$HOME/.local/bin"; share="${XDG_DATA_HOME:-$HOME/.local/share}"
fi
sizes="16 32 48 64 128 256 512"
if [ "$action" = uninstall ]; then
  rm -rf "$opt"; rm -f "$bin/liaison-desk" "$share/applications/liaison-desk.desktop" \
    "$share/metainfo/io.github.liaisondesk.LiaisonDesk.metainfo.xml"
  for s in $sizes; do rm -f "$share/icons/hicolor/${s}x${s}/apps/liaison-desk.png"; done
  echo "removed Liaison Desk from $opt (the data dir is left alone)"
  exit 0
fi
mkdir -p "$opt" "$bin" "$share/applications" "$share/metainfo"
cp -a "$here/liaison-desk" "$here/_internal" "$opt/"
ln -sf "$opt/liaison-desk" "$bin/liaison-desk"
cp "$here/share/applications/liaison-desk.desktop" "$share/applications/"
cp "$here/share/metainfo/io.github.liaisondesk.LiaisonDesk.metainfo.xml" "$share/metainfo/"
for s in $sizes; do
  mkdir -p "$share/icons/hicolor/${s}x${s}/apps"
  cp "$here/share/icons-hicolor/${s}x${s}/apps/liaison-desk.png" "$share/icons/hicolor/${s}x${s}/apps/"
done
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
echo "installed Liaison Desk in $opt; start it from the menu or with: liaison-desk"
