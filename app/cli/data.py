"""Data sub-commands: export, import, backup, restore, migrate (to a server), server roles."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    check_new_file,
    counted,
    data_dir_of,
    echo,
    fail,
    open_from_args,
    opened,
    to_json,
)
from app.cli.helptext import FORCE_HELP


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the data sub-commands."""
    p = sub.add_parser("export", parents=[common],
                       help="write everything in the store as one JSON file (docs/interchange.md)")
    p.add_argument("--out", metavar="FILE",
                   help="file to write (required, except for --plaintext: then standard output)")
    how = p.add_mutually_exclusive_group()
    how.add_argument("--encrypt", action="store_true",
                     help="encrypt with a passphrase (the default: LIAISON_DESK_EXPORT_PASSPHRASE "
                          "or a prompt)")
    how.add_argument("--plaintext", action="store_true",
                     help="write unencrypted JSON that anyone holding the file can read "
                          "(prints a warning)")
    p.add_argument("--force", action="store_true", help=FORCE_HELP)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import", parents=[common],
                       help="load an export into an EMPTY store (a new one); all or nothing")
    p.add_argument("file", metavar="FILE", help="an export file (JSON, or encrypted with --encrypt)")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("migrate", parents=[common],
                       help="move this file desk into an empty shared PostgreSQL database; all or nothing")
    p.add_argument("--to", required=True, metavar="URL",
                   help="the server database: postgresql+psycopg://ROLE@HOST/DATABASE (an empty one)")
    p.set_defaults(func=cmd_migrate)

    p = sub.add_parser("server", parents=[common],
                       help="a shared PostgreSQL desk: officers' roles (docs/administration.md)")
    server = p.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    g = server.add_parser("grant", parents=[common],
                          help="make a database role an officer, supervisor or auditor of the desk")
    g.add_argument("role", metavar="ROLE", help="the officer's database login role (made if missing)")
    g.add_argument("--as", required=True, choices=("officer", "supervisor", "auditor"),
                   help="officer: works the caseload; supervisor: also reassigns; auditor: reads only")
    g.set_defaults(func=cmd_server_grant)

    p = sub.add_parser("backup", parents=[common],
                       help="copy the encrypted store (rolling backup in the data dir, or --out)")
    p.add_argument("--out", metavar="FILE", help="write the copy here instead of the backups folder")
    p.add_argument("--force", action="store_true", help=FORCE_HELP)
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("passphrase", parents=[common],
                       help="change the store's passphrase (re-keys the store, all or nothing)")
    p.add_argument("action", choices=["change", "use-keyring", "use-passphrase"],
                   help="change: a new passphrase for the store; use-keyring: keep a new key in "
                        "this account's keyring instead (no passphrase at start); use-passphrase: "
                        "derive the key from a new passphrase instead of the keyring")
    p.set_defaults(func=cmd_passphrase)

    p = sub.add_parser("restore", parents=[common],
                       help="replace the store with a backup (checked first; the old file is kept)")
    p.add_argument("file", metavar="FILE", help="a backup of this store (from `backup`)")
    p.add_argument("--force", action="store_true",
                   help="replace even a store with newer work than the backup")
    p.set_defaults(func=cmd_restore)


def _export_passphrase(confirm: bool) -> str | None:
    from app.interchange.crypto import PASSPHRASE_ENV

    pw = os.environ.get(PASSPHRASE_ENV)
    if pw:
        return pw
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        pw = getpass.getpass("Export passphrase: ")
        if confirm and getpass.getpass("Repeat passphrase: ") != pw:
            raise ValueError("passphrase: the two entries differ")
        return pw
    return None


def _out_file(args: argparse.Namespace) -> Path | None:
    """--out checked: its folder exists and is writable, and an existing file needs --force."""
    if not args.out:
        return None
    from app.services.letters.registry import check_out_path

    return check_new_file(check_out_path(args.out, data_dir_of(args)), args.force)


def cmd_export(args: argparse.Namespace) -> int:
    """Export the store."""
    from app.interchange import export_store

    # Encrypted unless the officer asks otherwise: an export holds everything in the store,
    # attachments included, and it is made to leave the machine (a USB stick, a mail).
    passphrase = None
    if not args.plaintext and not args.out:
        return fail("out: an export is encrypted (binary); give --out FILE, or --plaintext "
                    "for readable JSON")
    out = _out_file(args)  # checked before the export is recorded in the audit log
    if not args.plaintext:
        passphrase = _export_passphrase(confirm=True)
        if not passphrase:
            return fail("passphrase: an export is encrypted; set LIAISON_DESK_EXPORT_PASSPHRASE "
                        "or type one at the prompt (or give --plaintext)")
    if args.plaintext:
        echo("warning: this export is NOT encrypted: whoever gets the file can read everything "
             "in the store, attachments included", file=sys.stderr)
    with opened(args) as desk:
        data = export_store(desk, out=out, passphrase=passphrase)
    if args.out:
        echo(f"exported to {args.out} ({counted(len(data), 'byte')}{', encrypted' if passphrase else ''})",
             file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    """Import an export into an empty store."""
    from app.interchange import PassphraseNeeded, import_file, is_encrypted

    path = Path(args.file)
    passphrase = None
    try:
        with open(path, "rb") as fh:
            if is_encrypted(fh.read(64)):
                passphrase = _export_passphrase(confirm=False)
    except OSError as exc:
        return fail(f"file: cannot read {path} ({exc.strerror})")
    desk = open_from_args(args)
    try:
        report = import_file(desk, path, passphrase=passphrase)
    except PassphraseNeeded as exc:
        return fail(str(exc))
    finally:
        desk.db.close()
    print(to_json(report.to_dict()))
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    """Make a backup."""
    from app.services.admin.backup import backup_to_file, rolling_backup

    out = _out_file(args)  # a mistyped folder is refused, not created
    with opened(args) as desk:
        target = backup_to_file(desk, out) if out else rolling_backup(desk)
    echo(f"backup written to {target}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    """Restore a backup over the store."""
    from app.cli.common import passphrase_for
    from app.security.keys import read_keyinfo
    from app.services import default_actor
    from app.services.admin.backup import restore

    data_dir = data_dir_of(args)
    passphrase = None
    try:
        info = read_keyinfo(data_dir)
    except (ValueError, TypeError):
        info = None  # restore reports the damaged key file
    if info is not None and info.method == "passphrase":
        passphrase = passphrase_for()
    report = restore(data_dir, Path(args.file), force=args.force, passphrase=passphrase,
                     actor=default_actor())
    kept = f"; the replaced store is kept as {report.replaced_kept_as}" if report.replaced_kept_as else ""
    echo(f"restored {report.restored_from}{kept}")
    return EXIT_OK


#: The new passphrase for ``passphrase change`` when there is no terminal to ask on.
NEW_PASSPHRASE_ENV = "LIAISON_DESK_NEW_PASSPHRASE"


def _new_passphrase() -> str | None:
    new = os.environ.get(NEW_PASSPHRASE_ENV)
    if not new and sys.stdin is not None and sys.stdin.isatty():
        import getpass

        new = getpass.getpass("New passphrase: ")
        if getpass.getpass("Repeat new passphrase: ") != new:
            raise ValueError("new passphrase: the two entries differ; nothing was changed")
    return new or None


def cmd_passphrase(args: argparse.Namespace) -> int:
    """``passphrase change``: the store re-keyed under a new passphrase (the current one from
    LIAISON_DESK_PASSPHRASE or a prompt; the new one from LIAISON_DESK_NEW_PASSPHRASE or a
    prompt, twice). ``use-keyring`` / ``use-passphrase``: the key kept the other way, the store
    re-keyed likewise."""
    new = None
    if args.action in ("change", "use-passphrase"):
        new = _new_passphrase()
        if not new:
            return fail(f"new passphrase: give it at the prompt or in {NEW_PASSPHRASE_ENV}; "
                        "nothing was changed")
    desk = open_from_args(args)
    try:
        # Each recorded once the store has its new key (a refused change records nothing).
        if args.action == "change":
            desk.db.change_passphrase(new or "")
            with desk.unit_of_work("store.passphrase_change", "store") as (_s, note):
                note.change = {"backups_before_keep": "the old passphrase"}
            said = "passphrase changed: the store now opens with the new passphrase only"
        else:
            method = "passphrase" if args.action == "use-passphrase" else "keyring"
            desk.db.change_key_storage(method, new)
            with desk.unit_of_work("store.key_storage", "store") as (_s, note):
                note.change = {"kept_in": method}
            said = ("the key is now derived from the new passphrase; the keyring no longer "
                    "holds it" if method == "passphrase" else
                    "the key is now kept in this account's keyring; the store opens without a "
                    "passphrase")
    finally:
        desk.db.close()
    echo(said + " (backups made before keep the old key)")
    return EXIT_OK


def cmd_server_grant(args: argparse.Namespace) -> int:
    """Give an officer's database role its desk role on the shared server."""
    from app.services.admin.server_roles import grant

    with opened(args) as desk:
        echo(grant(desk, args.role, getattr(args, "as")))
    return EXIT_OK


def cmd_migrate(args: argparse.Namespace) -> int:
    """Move the desk of --data-dir into an empty server database."""
    from app.services import open_desk
    from app.services.admin.move_to_server import move_to_server
    from app.services.admin.settings import name_the_officer

    data_dir = data_dir_of(args)
    desk = open_desk(data_dir, passphrase=_passphrase_of(data_dir), local=True)
    try:
        name_the_officer(desk)
        report = move_to_server(desk, args.to)
    finally:
        desk.db.close()
    moved = ", ".join(f"{n:,} {what}" for what, n in report.counts.items() if n)
    echo(f"moved to {report.target}: {moved}")
    if report.problems:
        for line in report.problems:
            echo(f"  {line}")
        return EXIT_PROBLEMS
    echo(f"audit chain verified on the server (head {report.audit_head[:12]}); set "
         f"LIAISON_DESK_DATABASE_URL to use it")
    return EXIT_OK


def _passphrase_of(data_dir: Path) -> str | None:
    """The passphrase, asked for only when the store at ``data_dir`` is kept by one."""
    from app.cli.common import passphrase_for
    from app.security.keys import read_keyinfo

    try:
        info = read_keyinfo(data_dir)
    except (ValueError, TypeError):
        return None  # opening reports the broken key file
    return passphrase_for() if info is not None and info.method == "passphrase" else None
