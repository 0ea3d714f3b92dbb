"""Where things live: the data dir (platformdirs) and the shipped resources (``resource()``)."""

from __future__ import annotations

import functools
import importlib.resources
import os
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


#: What the trial desk's folder adds to the name of the officer's data dir.
TRIAL_SUFFIX = "-trial"


def trial_data_dir(data_dir: str | os.PathLike[str] | None) -> Path:
    """The folder of the trial desk (the invented demo data, ``app.services.admin.trial``) of
    the officer's data dir ``data_dir`` (the default data dir when None): a sibling folder,
    named after it with ``-trial`` (``…/liaison-desk`` -> ``…/liaison-desk-trial``)."""
    folder = (Path(data_dir).expanduser() if data_dir else default_data_dir()).absolute()
    return folder.with_name(folder.name + TRIAL_SUFFIX)


def resource(*parts: str) -> Path:
    """The shipped resource at ``parts`` (e.g. ``resource("fonts", "ipaexm.ttf")``), or the folder
    of all of them with no argument. The one way code finds a resource.

    ``resources/`` at the top of the source tree is installed as the package ``app.resources``
    (setup.py), so ``importlib.resources`` finds it wherever ``app`` is installed: an editable
    install (the source tree's folder), a wheel (site-packages/app/resources) or the PyInstaller
    bundle (``app/resources`` beside the frozen program). All three keep the files on disk, so the
    answer is a real ``Path`` that reportlab and Qt can open by name; a zipped install, which
    has none, is refused with RuntimeError rather than handed a path that does not exist.
    """
    return _root().joinpath(*parts)


@functools.cache  # fixed for the process; fonts and agreements are looked up often
def _root() -> Path:
    root = importlib.resources.files("app.resources")
    if not isinstance(root, Path):
        raise RuntimeError(f"app.resources is not a folder on disk ({root!r}); install unzipped")
    return root
