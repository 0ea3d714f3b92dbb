#!/usr/bin/env bash
# Collects every wheel needed to install Liaison Desk without a network:
#   wheelhouse/liaison_desk-<version>-py3-none-any.whl  plus all its dependencies (this OS,
#   this CPU, this Python), and wheelhouse/requirements.txt pinning exactly those versions.
# On the offline machine (same OS family, Python 3.11):
#   python3.11 -m venv /opt/liaison-desk-venv
#   /opt/liaison-desk-venv/bin/pip install --no-index --find-links wheelhouse liaison-desk
# Options: --extras package,test  also collect those extras;  --check  install into a scratch
# venv with --no-index afterwards to prove the wheelhouse is complete.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PY:-.venv/bin/python}"
out="${WHEELHOUSE:-wheelhouse}"
extras=""; check=0
while [ $# -gt 0 ]; do
  case "$1" in
    --extras) extras="[$2]"; shift 2 ;;
    --check) check=1; shift ;;
    *) echo "wheelhouse.sh: unknown option $1 (use --extras LIST, --check)" >&2; exit 2 ;;
  esac
done
rm -rf "$out"
mkdir -p "$out"
# pip wheel builds the project's own wheel and fetches (or builds) a wheel for every dependency;
# pip prefers binary wheels, so native packages (PySide6, sqlcipher3, pypdfium2) come ready-made.
"$PY" -m pip wheel -q --wheel-dir "$out" ".${extras}"
# The build backend too, so the offline machine could also build from the source tree.
"$PY" -m pip wheel -q --wheel-dir "$out" "setuptools>=68" wheel
"$PY" - "$out" <<'PYEOF'
import sys, pathlib
out = pathlib.Path(sys.argv[1])
lines = []
for whl in sorted(out.glob("*.whl")):
    name, version = whl.name.split("-")[:2]
    lines.append(f"{name.replace('_', '-')}=={version}")
(out / "requirements.txt").write_text("\n".join(lines) + "\n")
PYEOF
count=$(ls "$out"/*.whl | wc -l)
echo "wheelhouse: $count wheels in $out/ ($(du -sh "$out" | cut -f1)); pins in $out/requirements.txt"
if [ "$check" = 1 ]; then
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  "$PY" -m venv "$scratch/venv"
  # PIP_FIND_LINKS / PIP_EXTRA_INDEX_URL from the environment must not help: truly offline.
  env -u PIP_FIND_LINKS -u PIP_EXTRA_INDEX_URL -u PIP_INDEX_URL PIP_CONFIG_FILE=/dev/null \
    "$scratch/venv/bin/python" -m pip install -q --no-index --find-links "$out" liaison-desk
  "$scratch/venv/bin/liaison-desk" --version
  # A store made by the installed copy proves its resources (agreements, migrations) came along.
  LIAISON_DESK_PASSPHRASE=wheelhouse-check "$scratch/venv/bin/liaison-desk" init --data-dir "$scratch/data"
  LIAISON_DESK_PASSPHRASE=wheelhouse-check "$scratch/venv/bin/liaison-desk" verify --data-dir "$scratch/data"
  echo "wheelhouse: offline install checked"
fi
