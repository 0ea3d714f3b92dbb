#!/usr/bin/env bash
# Checks a built bundle (dist/liaison-desk/) the way a clean machine would run it: an empty
# environment (no Python paths, no virtualenv), a scratch HOME and a scratch store.
#   1. --version               the frozen interpreter and the CLI start
#   2. init + verify           SQLCipher, keys, Alembic migrations and the agreements are inside
#   3. the GUI without display one line and exit 2 (Qt is inside and is not allowed to abort)
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
echo "package-check: ok ($(du -sh "$(dirname "$bin")" | cut -f1) bundle)"
