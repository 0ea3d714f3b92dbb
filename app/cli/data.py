"""Data sub-commands: export, import, backup, restore, passphrase, migrate (to a server),
server roles."""

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
    p.add_argument("file", metavar="FILE", help="a signed export file (JSON, or encrypted)")
    p.add_argument("--signer", metavar="FINGERPRINT",
                   help="refuse the file unless this desk signed it (the fingerprint its export printed)")
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
                       help="write a backup file: the encrypted store with its key file and a "
                            "manifest (rolling backup in the data dir, or --out)")
    p.add_argument("--out", metavar="FILE", help="write the backup here instead of the backups folder")
    p.add_argument("--force", action="store_true", help=FORCE_HELP)
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("passphrase", parents=[common],
                       help="change the store's passphrase (re-keys the store, all or nothing)")
    p.add_argument("action", choices=["change", "use-keyring", "use-passphrase", "recovery-key"],
                   help="change: a new passphrase for the store; use-keyring: keep a new key in "
                        "this account's keyring instead (no passphrase at start; a recovery key "
                        "is made and shown); use-passphrase: derive the key from a new passphrase "
                        "instead of the keyring; recovery-key: a new recovery key for a "
                        "keyring-held store (the one before stops working)")
    p.add_argument("--recovery-pdf", metavar="FILE",
                   help="also save the new recovery key as a one-page PDF to print")
    p.set_defaults(func=cmd_passphrase)

    p = sub.add_parser("restore", parents=[common],
                       help="restore a backup file: over the store (checked first; the old file "
                            "is kept), or into a new data dir")
    p.add_argument("file", metavar="FILE", help="a backup file (from `backup`)")
    p.add_argument("--force", action="store_true",
                   help="replace even a store with newer work than the backup")
    p.add_argument("--recovery-key", action="store_true",
                   help="open a keyring-held store's backup with its printed recovery key "
                        "(prompt, or LIAISON_DESK_RECOVERY_KEY): a new machine")
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
    from app.security import signing

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
        fingerprint = signing.fingerprint(signing.public_bytes(signing.desk_key(desk)))
    if args.out:
        echo(f"exported to {args.out} ({counted(len(data), 'byte')}{', encrypted' if passphrase else ''}; "
             f"signed by desk {fingerprint})", file=sys.stderr)
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
        report = import_file(desk, path, passphrase=passphrase, signer=args.signer)
    except PassphraseNeeded as exc:
        return fail(str(exc))
    finally:
        desk.db.close()
    echo(f"signed by desk {report.signer}", file=sys.stderr)
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
    """Restore a backup: over the store, or into a new data dir."""
    from app.cli.common import passphrase_for
    from app.security.keys import read_keyinfo
    from app.services import default_actor
    from app.services.admin.backup import backup_key_info, restore

    data_dir = data_dir_of(args)
    file = Path(args.file)
    passphrase = recovery = None
    # A backup file names its own key; an old bare copy of desk.db uses the data dir's.
    info = backup_key_info(file)
    if info is None:
        try:
            info = read_keyinfo(data_dir)
        except (ValueError, TypeError, OSError):
            info = None  # restore reports the damaged key file
    if args.recovery_key:
        recovery = _recovery_key()
        if not recovery:
            return fail(f"recovery key: give it at the prompt or in {RECOVERY_ENV}; nothing "
                        "was changed")
    elif info is not None and info.method == "passphrase":
        passphrase = passphrase_for()
    report = restore(data_dir, file, force=args.force, passphrase=passphrase,
                     recovery_key=recovery, actor=default_actor())
    kept = f"; the replaced store is kept as {report.replaced_kept_as}" if report.replaced_kept_as else ""
    echo(f"restored {report.restored_from} into {data_dir}{kept}")
    return EXIT_OK


#: The recovery key for ``restore --recovery-key`` when there is no terminal to ask on.
RECOVERY_ENV = "LIAISON_DESK_RECOVERY_KEY"


def _recovery_key() -> str | None:
    key = os.environ.get(RECOVERY_ENV)
    if not key and sys.stdin is not None and sys.stdin.isatty():
        import getpass

        key = getpass.getpass("Recovery key: ")
    return key or None


def recovery_pdf_target(path: str | None, data_dir: Path) -> Path | None:
    """``--recovery-pdf`` checked before anything is made (no existing file is replaced)."""
    if not path:
        return None
    from app.services.letters.registry import check_out_path

    return check_new_file(check_out_path(path, data_dir), False, "recovery-pdf")


def show_recovery_key(desk, text: str, pdf: Path | None) -> None:  # noqa: ANN001 - a Desk
    """Print a new recovery key once, with what to do with it, and save its PDF if asked."""
    info = desk.db.key_info
    echo("")
    echo("RECOVERY KEY (shown once; it opens this desk's backups on a new computer, where the "
         "keyring does not hold the key):")
    echo("")
    echo(f"    {text}")
    echo("")
    echo("Print it or write it down, and keep it on paper away from this computer. Whoever holds "
         "it and a backup file can read the desk.")
    if pdf is not None:
        from app.documents.recovery_sheet import recovery_sheet_pdf
        from app.security.files import write_private

        made = (info.recovery or {}).get("made", "")
        write_private(pdf, recovery_sheet_pdf(text, store_id=info.store_id,
                                              data_dir=desk.db.data_dir, made=made),
                      field="recovery-pdf")
        echo(f"recovery key saved as {pdf} (print it, then delete the file)")


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
    re-keyed likewise (into the keyring: a recovery key is made and shown). ``recovery-key``:
    a new recovery key for a keyring-held store."""
    from app.services.admin.recovery import make_recovery_key

    new = None
    pdf = recovery_pdf_target(args.recovery_pdf, data_dir_of(args))
    if args.action in ("change", "use-passphrase"):
        if pdf is not None:
            return fail("recovery-pdf: only for recovery-key and use-keyring (a passphrase "
                        "store has no recovery key); nothing was changed")
        new = _new_passphrase()
        if not new:
            return fail(f"new passphrase: give it at the prompt or in {NEW_PASSPHRASE_ENV}; "
                        "nothing was changed")
    desk = open_from_args(args)
    recovery = None
    try:
        # Each recorded once the store has its new key (a refused change records nothing).
        if args.action == "recovery-key":
            recovery = make_recovery_key(desk)
            said = "new recovery key made: the one before no longer opens this store"
        elif args.action == "change":
            desk.db.change_passphrase(new or "")
            with desk.unit_of_work("store.passphrase_change", "store") as (_s, note):
                note.change = {"backups_before_keep": "the old passphrase"}
            said = "passphrase changed: the store now opens with the new passphrase only"
        else:
            method = "passphrase" if args.action == "use-passphrase" else "keyring"
            desk.db.change_key_storage(method, new)
            with desk.unit_of_work("store.key_storage", "store") as (_s, note):
                note.change = {"kept_in": method}
            if method == "keyring":
                recovery = make_recovery_key(desk)
            said = ("the key is now derived from the new passphrase; the keyring no longer "
                    "holds it" if method == "passphrase" else
                    "the key is now kept in this account's keyring; the store opens without a "
                    "passphrase")
        if args.action != "recovery-key":
            said += " (backups made before keep the old key)"
        echo(said)
        if recovery is not None:
            show_recovery_key(desk, recovery, pdf)
    finally:
        desk.db.close()
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
