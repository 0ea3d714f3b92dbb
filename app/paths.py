"""Where things live: the data dir (platformdirs), the resources folder (source tree or bundle)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "liaison-desk"
APP_AUTHOR = "LiaisonDesk"
DATA_DIR_ENV = "LIAISON_DESK_DATA_DIR"
DATABASE_URL_ENV = "LIAISON_DESK_DATABASE_URL"


def default_data_dir() -> Path:
    """The data dir: ``$LIAISON_DESK_DATA_DIR`` if set, else the platform's user data dir."""
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    import platformdirs  # here: start-up with the data dir in the environment skips it

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def resources_dir() -> Path:
    """The ``resources/`` folder: inside a PyInstaller bundle or at the top of the source tree."""
    env = os.environ.get("LIAISON_DESK_RESOURCES")
    if env:
        return Path(env)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"
