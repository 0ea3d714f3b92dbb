#!/usr/bin/env bash
# Checks a built bundle (dist/liaison-desk/) the way a clean machine would run it: an empty
# environment (no Python paths, no virtualenv), a scratch HOME and a scratch store.
#   1. --version               the frozen interpreter and the CLI start
#   2. init + verify           SQLCipher, keys, Alembic migrations and the agreements are inside
#   3. the GUI without display one line and exit 2 (Qt is inside and is not allowed to abort)
#   4. the GUI headless (offscreen) opens the store; a second start hands over to it; with
#      LANG=ja_JP.UTF-8 it starts in Japanese (its catalogues and Qt's loaded from the bundle)
#   5. install.sh --user and --uninstall in the scratch HOME
# Run through `make package-check` (which builds first) or on its own after `make package`.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-dist/liaison-desk/liaison-desk}"
if [ ! -x "$bin" ]; then
  echo "package-check: $bin not found; run 'make package' first" >&2
  exit 2
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home"
run() { env -i PATH=/usr/bin:/bin HOME="$scratch/home" LANG=C.UTF-8 "$@"; }

version=$(run "$bin" --version)
echo "package-check: $version"
case "$version" in "liaison-desk "*) ;; *) echo "package-check: unexpected --version output" >&2; exit 1 ;; esac

run LIAISON_DESK_PASSPHRASE=package-check-passphrase "$bin" init --data-dir "$scratch/data" >/dev/null
run LIAISON_DESK_PASSPHRASE=package-check-passphrase "$bin" verify --data-dir "$scratch/data"

set +e
out=$(run "$bin" --data-dir "$scratch/data" 2>&1)
rc=$?
set -e
if [ $rc -ne 2 ] || ! grep -q "^liaison-desk: no display:" <<<"$out" || grep -q Traceback <<<"$out"; then
  echo "package-check: the GUI without a display should say so and exit 2; got rc=$rc: $out" >&2
  exit 1
fi
echo "package-check: GUI start without a display refused cleanly"

# 4. the window itself, headless: every GUI module must be inside the bundle. A second start on
#    the same store must reach the first one (single instance) and exit 0.
# Not through run(): a backgrounded shell function is a subshell, and killing its PID would leave
# the window running after the check. env execs the binary, so $! is the window itself.
env -i PATH=/usr/bin:/bin HOME="$scratch/home" LANG=C.UTF-8 \
  LIAISON_DESK_PASSPHRASE=package-check-passphrase QT_QPA_PLATFORM=offscreen \
  "$bin" --data-dir "$scratch/data" >"$scratch/gui.log" 2>&1 &
gui=$!
trap 'kill "$gui" 2>/dev/null || true; rm -rf "$scratch"' EXIT
answered=0
for _ in $(seq 1 60); do
  if ! kill -0 "$gui" 2>/dev/null; then
    echo "package-check: the window exited on its own:" >&2; cat "$scratch/gui.log" >&2; exit 1
  fi
  if [ -e "$scratch/data/liaison-desk.lock" ] &&
     out=$(run QT_QPA_PLATFORM=offscreen "$bin" --data-dir "$scratch/data" 2>&1) &&
     grep -q "already open" <<<"$out"; then
    answered=1; break
  fi
  sleep 1
done
kill "$gui" 2>/dev/null || true
wait "$gui" 2>/dev/null || true
if [ "$answered" != 1 ] || grep -q Traceback "$scratch/gui.log" "$scratch/data/logs/"*.log 2>/dev/null; then
  echo "package-check: the headless window did not come up cleanly:" >&2
  cat "$scratch/gui.log" "$scratch/data/logs/"*.log >&2 2>/dev/null || true
  exit 1
fi
echo "package-check: window opened headless; a second start handed over to it"
# 4b. the window in Japanese under a Japanese locale: Qt's own catalogue (qtbase_ja.qm) and both
#     of ours (app/ and ui/) load from inside the bundle; the log says which were installed.
env -i PATH=/usr/bin:/bin HOME="$scratch/home" LANG=ja_JP.UTF-8 \
  LIAISON_DESK_PASSPHRASE=package-check-passphrase QT_QPA_PLATFORM=offscreen \
  "$bin" --data-dir "$scratch/data" >"$scratch/gui-ja.log" 2>&1 &
gui=$!
started=0
for _ in $(seq 1 60); do
  if grep -q "interface language: ja" "$scratch/data/logs/"*.log 2>/dev/null; then started=1; break; fi
  if ! kill -0 "$gui" 2>/dev/null; then break; fi
  sleep 1
done
kill "$gui" 2>/dev/null || true
wait "$gui" 2>/dev/null || true
line=$(grep -h "interface language: ja" "$scratch/data/logs/"*.log 2>/dev/null | tail -1 || true)
if [ "$started" != 1 ] || ! grep -q "qtbase_ja.qm" <<<"$line" || ! grep -q "liaison_desk_app_ja.qm" <<<"$line" \
   || ! grep -q "liaison_desk_ja.qm" <<<"$line"; then
  echo "package-check: LANG=ja_JP.UTF-8 did not start the window in Japanese: ${line:-no log line}" >&2
  cat "$scratch/gui-ja.log" >&2
  exit 1
fi
echo "package-check: LANG=ja_JP.UTF-8 starts the window in Japanese (${line##*: ja })"
# 5. install.sh --user into the scratch HOME, run the installed copy, uninstall again.
if [ -x "$(dirname "$bin")/install.sh" ]; then
  run XDG_DATA_HOME="$scratch/home/share" bash "$(dirname "$bin")/install.sh" --user >/dev/null
  run "$scratch/home/.local/bin/liaison-desk" --version >/dev/null
  test -f "$scratch/home/share/applications/liaison-desk.desktop"
  test -f "$scratch/home/share/icons/hicolor/256x256/apps/liaison-desk.png"
  run XDG_DATA_HOME="$scratch/home/share" bash "$(dirname "$bin")/install.sh" --user --uninstall >/dev/null
  test ! -e "$scratch/home/.local/bin/liaison-desk"
  echo "package-check: install.sh --user installs, runs and uninstalls"
fi
# 6. the desktop entry and AppStream metainfo pass the freedesktop validators (installed by
#    `make package-check` through packaging/sysdeps.sh package).
desktop-file-validate packaging/linux/liaison-desk.desktop
appstreamcli validate --no-net packaging/linux/*.metainfo.xml >/dev/null
echo "package-check: desktop entry and AppStream metainfo validate"
echo "package-check: ok ($(du -sh "$(dirname "$bin")" | cut -f1) bundle)"
