#!/usr/bin/env bash
# Builds the one-folder bundle dist/liaison-desk/ with PyInstaller and packs it as
# dist/liaison-desk-<version>-linux-x86_64.tar.gz. Run through `make package`, which installs
# the [package] extra first. Prints the build time, bundle size and archive name at the end and
# writes them, with the start-up time, into dist/bundle-stats.md. Writes under build/ and dist/
# only: no tracked file changes (packaging/bundle_stats.py --doc docs/benchmarks.md publishes).
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PY:-.venv/bin/python}"
version=$("$PY" -c "import app; print(app.__version__)")
case "$(uname -s)" in
  Linux) os=linux ;; Darwin) os=macos ;; *) os=$(uname -s | tr '[:upper:]' '[:lower:]') ;;
esac
arch=$(uname -m)
start=$(date +%s)
# The icons (PNG sizes, .ico, .icns) are committed and used as they are: a build never rewrites
# a tracked file. After an edit of the SVG, `python -m tools.render_icons` renders them again.
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/liaison-desk.spec
bundle=dist/liaison-desk
# Desktop integration files travel with the bundle so an administrator can install them.
mkdir -p "$bundle/share/applications" "$bundle/share/metainfo"
cp packaging/linux/liaison-desk.desktop "$bundle/share/applications/"
cp packaging/linux/io.github.liaisondesk.LiaisonDesk.metainfo.xml "$bundle/share/metainfo/"
cp -r resources/icons/hicolor "$bundle/share/icons-hicolor"
cp packaging/linux/install.sh "$bundle/install.sh"
archive="dist/liaison-desk-${version}-${os}-${arch}.tar.gz"
tar -C dist -czf "$archive" liaison-desk
end=$(date +%s)
echo "bundle:  $bundle ($(du -sh "$bundle" | cut -f1))"
echo "archive: $archive ($(du -sh "$archive" | cut -f1))"
echo "built in $((end - start)) s"
# Size and start-up time into dist/bundle-stats.md (section "## Bundle").
"$PY" packaging/bundle_stats.py --build-seconds "$((end - start))" --archive "$archive"
