"""Packaging: desktop files validate, icons exist at every size, the wheel carries the product
(resources and migrations inside app/) and nothing else, and the program starts from its bundle
entry point on a fresh store.

The PyInstaller build itself takes minutes and runs in ``make package-check``; here the built
bundle is exercised too when ``dist/liaison-desk/liaison-desk`` exists."""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from app.paths import resource

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / "liaison-desk.desktop"
METAINFO = LINUX / "io.github.liaisondesk.LiaisonDesk.metainfo.xml"
ICONS = resource("icons")
BUNDLE = ROOT / "dist" / "liaison-desk" / "liaison-desk"
SIZES = (16, 32, 48, 64, 128, 256, 512)


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


# -- desktop integration ------------------------------------------------------------------------
def test_desktop_entry_is_valid_and_launches_the_console_script() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read(DESKTOP, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "liaison-desk"
    assert entry["Icon"] == "liaison-desk"
    assert entry["Terminal"] == "false"
    if shutil.which("desktop-file-validate"):
        proc = subprocess.run(["desktop-file-validate", str(DESKTOP)],
                              capture_output=True, text=True)
        assert proc.returncode == 0 and "error" not in proc.stdout, proc.stdout + proc.stderr


def test_appstream_metainfo_is_valid_and_points_at_the_desktop_entry() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == METAINFO.name.removesuffix(".metainfo.xml")
    assert root.find("launchable").text == DESKTOP.name
    assert root.findtext("provides/binary") == "liaison-desk"
    releases = [r.get("version") for r in root.iter("release")]
    from app import __version__
    assert __version__ in releases, "add a <release> for the current version"
    if shutil.which("appstreamcli"):
        proc = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                              capture_output=True, text=True)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        assert not any(line.startswith(("E:", "W:")) for line in proc.stdout.splitlines()), proc.stdout


def test_icon_has_every_freedesktop_size_rendered_from_the_svg() -> None:
    svg = ET.parse(ICONS / "liaison-desk.svg").getroot()
    assert svg.get("viewBox") == "0 0 512 512"
    for size in SIZES:
        png = ICONS / "hicolor" / f"{size}x{size}" / "apps" / "liaison-desk.png"
        assert _png_size(png) == (size, size)
    ico = (ICONS / "liaison-desk.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00"
    assert struct.unpack("<H", ico[4:6])[0] >= 5  # 16..256 in one file for Windows
    assert (ICONS / "liaison-desk.icns").read_bytes()[:4] == b"icns"


def test_windows_installer_script_installs_the_bundle_and_its_icon() -> None:
    iss = (ROOT / "packaging" / "windows" / "liaison-desk.iss").read_text(encoding="utf-8")
    assert "dist\\liaison-desk\\*" in iss
    assert "liaison-desk.ico" in iss
    assert "AppId={{" in iss


# -- bundle definition ------------------------------------------------------------------------------
def test_spec_names_everything_loaded_by_name_at_run_time() -> None:
    spec = (ROOT / "packaging" / "liaison-desk.spec").read_text(encoding="utf-8")
    compile(spec, "liaison-desk.spec", "exec")
    for needle in ('"keyring.backends"', "SecretService", "keyring.backends.macOS",
                   "keyring.backends.Windows", "sqlcipher3", "pykakasi", "pypdfium2_raw",
                   "holidays.countries", '"app/resources"', "migrations", "PySide6.QtPrintSupport",
                   "QtWebEngine", "Qt3D", "QtQuick", "QtMultimedia"):
        assert needle in spec, needle


#: Source-tree folders a wheel build has no use for (and a stale build/lib would leak into it).
#: (__pycache__ folders are kept: the wheel must leave out what a dev run compiled.)
_NOT_SOURCE = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", ".bench-cache",
                                     "wheelhouse", ".pytest_cache", ".hypothesis", "docs")


@pytest.mark.slow
def test_wheel_ships_the_product_only_with_resources_inside_the_app_package(tmp_path: Path) -> None:
    # Product vs. tools: `pip wheel --no-deps .` holds app/ (resources as app/resources, found
    # through importlib.resources) and ui/; no developer tool, bench, screenshot, generator or
    # sample-letter module, and no top-level `resources` package. Built from a copy of the
    # sources, so leftovers of an earlier in-tree build cannot hide a regression.
    src = tmp_path / "src"
    shutil.copytree(ROOT, src, ignore=_NOT_SOURCE)
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps",
         "-w", str(tmp_path / "wheel"), str(src)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    (wheel,) = (tmp_path / "wheel").glob("liaison_desk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("app/resources/__init__.py", "app/resources/agreements/jp-us-1997.json",
                   "app/resources/fonts/ipaexm.ttf", "app/resources/fonts/IPA_Font_License_Agreement_v1.0.txt",
                   "app/resources/letters/en.json", "app/resources/icons/liaison-desk.svg",
                   "app/resources/icons/hicolor/256x256/apps/liaison-desk.png",
                   "app/resources/schema/interchange-v1.json",
                   "app/store/migrations/env.py",
                   "app/store/migrations/versions/0001_initial_schema.py", "ui/startup.py",
                   "app/demo/requests.py", "app/demo/records.py", "app/services/admin/demo.py"):
        assert needed in names, needed
    assert {n.split("/")[0] for n in names if ".dist-info/" not in n} == {"app", "ui"}
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
    modules = [n for n in names if n.endswith(".py")]
    for word in ("tools/", "bench", "shot", "generate", "synth", "sample", "render_icons",
                 "write_schema", "devtools", "name_pairs", "evaluate"):
        assert not [n for n in modules if word in n], word


def test_resources_folder_is_data_for_the_app_package_only() -> None:
    # resources/ is installed as app.resources (setup.py) and read through app.paths.resource();
    # no module of the product names the folder by a path of its own.
    setup = (ROOT / "setup.py").read_text(encoding="utf-8")
    assert '"app.resources": "resources"' in setup
    assert resource() == ROOT / "resources"
    for folder in ("app", "ui"):
        for path in (ROOT / folder).rglob("*.py"):
            code = path.read_text(encoding="utf-8")
            for needle in ('/ "resources"', "_MEIPASS", "resources_dir"):
                assert needle not in code, (str(path.relative_to(ROOT)), needle)


# -- starting the program --------------------------------------------------------------------------
def _programs() -> list[list[str]]:
    programs = [[sys.executable, str(ROOT / "packaging" / "entry.py")]]
    if BUNDLE.exists():
        programs.append([str(BUNDLE)])
    return programs


@pytest.mark.slow
@pytest.mark.parametrize("program", _programs(), ids=lambda p: "bundle" if len(p) == 1 else "entry")
def test_program_prints_version_and_verifies_a_fresh_store(program: list[str], tmp_path: Path) -> None:
    from app import __version__

    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path),
           "LANG": "C.UTF-8", "LIAISON_DESK_PASSPHRASE": "package-test-passphrase",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    if len(program) > 1:
        env["PYTHONPATH"] = str(ROOT)  # the entry script runs from the source tree
    run = lambda *args: subprocess.run([*program, *args], env=env, cwd=tmp_path,  # noqa: E731
                                       capture_output=True, text=True, timeout=180)
    version = run("--version")
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"liaison-desk {__version__}"
    data = tmp_path / "data"
    assert run("init", "--data-dir", str(data)).returncode == 0
    verified = run("verify", "--data-dir", str(data))
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "store verified" in verified.stdout


def test_bundle_figures_replace_only_their_own_section_of_the_benchmarks() -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        from bundle_stats import replace_section
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    bench = "# Benchmarks\n\n## Figures\n\n| a | b |\n"
    first = replace_section(bench, "## Bundle\n\nold\n")
    assert first == bench + "\n## Bundle\n\nold\n"
    around = first + "\n## Later\n\nkept\n"
    again = replace_section(around, "## Bundle\n\nnew\n")
    assert "old" not in again
    assert again.startswith(bench) and "## Bundle\n\nnew\n" in again and again.endswith("kept\n")
