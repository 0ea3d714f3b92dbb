"""Sub-commands for the officer's own desk: ``settings show|set``, ``official add|list|edit``,
``administration add|list|edit``.

Settings are named by the dotted keys of ``app.services.admin.settings.KEYS``
(``profile.name``, ``profile.ja.name``, ``idle_lock_minutes``, ...). Officials are the partner's
designated officials (Art. 7.3), each under an agreement; names and titles can be kept in each
letter language (``--name-ja``, ``--title-es``, or ``--lang`` for the language of ``--name`` and
``--title``). Bad input: one line naming the field, exit 2, nothing written.
"""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import EXIT_OK, echo, fail, opened, to_json
from app.cli.helptext import JSON_HELP

NAME_LANGS = ("en", "ja", "es")


def _example(p: argparse.ArgumentParser, *lines: str) -> None:
    # The examples live with the commands they show (helptext.finish keeps an epilog it finds).
    p.epilog = "example" + ("s" if len(lines) > 1 else "") + ":\n" + "\n".join(
        f"  liaison-desk {line}" for line in lines)


def _name_options(p: argparse.ArgumentParser, *, required: bool) -> None:
    p.add_argument("--name", required=required, metavar="NAME",
                   help="the name (in the language of --lang; English by default)")
    p.add_argument("--lang", choices=NAME_LANGS, default="en",
                   help="the letter language --name (and --title) are written in (default en)")
    for lang in NAME_LANGS:
        p.add_argument(f"--name-{lang}", metavar="NAME", help=f"the name in letters in {lang}")


def _names(args: argparse.Namespace, stem: str) -> dict[str, str]:
    """``{lang: text}`` from --STEM-LANG options and from --STEM with --lang."""
    out = {lang: getattr(args, f"{stem}_{lang}") for lang in NAME_LANGS
           if getattr(args, f"{stem}_{lang}", None) is not None}
    main = getattr(args, stem, None)
    if main is not None:
        out.setdefault(args.lang, main)
    return out


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the settings, official and administration sub-commands."""
    p = sub.add_parser("settings", parents=[common],
                       help="show or change the desk's settings: the officer's profile in each "
                       "letter language, own administration and letterhead, idle lock, letter "
                       "languages, reference pattern, business-day policy")
    act = p.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    a = act.add_parser("show", parents=[common], help="print every setting with its key")
    a.add_argument("--json", action="store_true", help=JSON_HELP)
    a.set_defaults(func=cmd_settings_show)
    _example(a, "settings show", "settings show --json")
    a = act.add_parser("set", parents=[common], help="change one setting")
    # The keys are listed by `settings show` (and by the refusal of an unknown one): naming them
    # here would load the store's modules to build the parser (CLI start-up budget).
    a.add_argument("key", metavar="KEY", help="dotted key as `settings show` lists it, e.g. "
                   "profile.name, profile.ja.name, profile.ja.title, own.address, idle_lock_minutes, "
                   "letter_languages, ref_pattern, incoming_due_business_days")
    a.add_argument("value", metavar="VALUE", help="the new value: text; a whole number for "
                   "minutes and days; letter languages comma-separated (ja+en,en); lines "
                   "separated by \\n")
    a.set_defaults(func=cmd_settings_set)
    _example(a, 'settings set profile.name "Kenji SATO"', 'settings set profile.ja.name "佐藤 健二"',
             "settings set idle_lock_minutes 15")

    p = sub.add_parser("official", parents=[common],
                       help="the partner's designated officials (Art. 7.3): add, list, edit")
    act = p.add_subparsers(dest="official_command", metavar="ACTION", required=True)
    a = act.add_parser("add", parents=[common], help="add a designated official under an agreement")
    a.add_argument("--agreement", required=True, metavar="KEY",
                   help="the agreement the official is designated under (see `agreements`)")
    a.add_argument("--administration", type=int, metavar="ID",
                   help="the official's administration (default: the agreement's partner)")
    _name_options(a, required=True)
    _title_options(a)
    a.add_argument("--email", help="e-mail address")
    a.add_argument("--phone", help="telephone number")
    a.set_defaults(func=cmd_official_add)
    _example(a, 'official add --agreement jp-us-1997 --name "Jordan Sample" --title "Director"')
    a = act.add_parser("list", parents=[common], help="list designated officials")
    a.add_argument("--agreement", metavar="KEY", help="only those serving this agreement")
    a.add_argument("--json", action="store_true", help=JSON_HELP)
    a.set_defaults(func=cmd_official_list)
    _example(a, "official list --agreement jp-us-1997")
    a = act.add_parser("edit", parents=[common], help="change a designated official")
    a.add_argument("id", type=int, metavar="ID", help="the official's number (see `official list`)")
    _name_options(a, required=False)
    _title_options(a)
    a.add_argument("--email", help="e-mail address")
    a.add_argument("--phone", help="telephone number")
    a.add_argument("--agreement", metavar="KEY",
                   help="designate under this agreement (\"\" for every agreement of the administration)")
    state = a.add_mutually_exclusive_group()
    state.add_argument("--inactive", dest="active", action="store_false", default=None,
                       help="no longer designated: letters stop addressing the official")
    state.add_argument("--active", dest="active", action="store_true", help="designated again")
    a.set_defaults(func=cmd_official_edit)
    _example(a, 'official edit 1 --name-ja "ジョーダン・サンプル" --title-ja "局長"')

    p = sub.add_parser("administration", parents=[common],
                       help="Customs Administrations in the directory: add, list, edit")
    act = p.add_subparsers(dest="administration_command", metavar="ACTION", required=True)
    a = act.add_parser("add", parents=[common], help="add a partner administration")
    _name_options(a, required=True)
    a.add_argument("--country", required=True, help="two-letter country code, e.g. US")
    a.add_argument("--address", help="postal address (lines separated by \\n)")
    a.set_defaults(func=cmd_administration_add)
    _example(a, 'administration add --name "Example Customs Service" --country US')
    a = act.add_parser("list", parents=[common], help="list administrations")
    a.add_argument("--json", action="store_true", help=JSON_HELP)
    a.set_defaults(func=cmd_administration_list)
    _example(a, "administration list --json")
    a = act.add_parser("edit", parents=[common], help="change an administration's names or address")
    a.add_argument("id", type=int, metavar="ID", help="the administration's number (see `administration list`)")
    _name_options(a, required=False)
    a.add_argument("--country", help="two-letter country code")
    a.add_argument("--address", help="postal address (lines separated by \\n)")
    a.set_defaults(func=cmd_administration_edit)
    _example(a, 'administration edit 2 --name-es "Servicio de Aduanas de Ejemplo"')


def _title_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--title", help="the official's title (in the language of --lang)")
    for lang in NAME_LANGS:
        p.add_argument(f"--title-{lang}", metavar="TITLE", help=f"the title in letters in {lang}")


# ---- settings -------------------------------------------------------------------------------------

def cmd_settings_show(args: argparse.Namespace) -> int:
    """Print every setting."""
    from app.services.admin.settings import snapshot

    with opened(args) as desk:
        snap = snapshot(desk)
    if args.json:
        print(to_json(snap))
        return EXIT_OK
    gaps = snap.pop("profile_gaps")
    snap.pop("own_administration")
    width = max(len(k) for k in snap)
    for key, value in snap.items():
        if isinstance(value, list):
            value = " | ".join(str(v) for v in value) if key.startswith("own.") else ",".join(value)
        echo(f"{key:<{width}}  {'' if value is None else value}")
    for line in gaps:
        echo(f"note: {line}")
    return EXIT_OK


def cmd_settings_set(args: argparse.Namespace) -> int:
    """Change one setting."""
    from app.services.admin.settings import parse_value, save_settings

    value = parse_value(args.key, args.value)  # before the store is opened: a typo opens nothing
    with opened(args) as desk:
        changed = save_settings(desk, {args.key: value})
    echo(f"{args.key}: {args.value}" if changed else f"{args.key}: unchanged")
    return EXIT_OK


# ---- officials ------------------------------------------------------------------------------------

def _official_line(o: Any) -> str:
    others = " / ".join(v for k, v in sorted(o.names.items()) if v != o.name)
    title = f", {o.title}" if o.title else ""
    under = o.agreement_key or "every agreement"
    state = "" if o.active else "  (inactive)"
    return (f"{o.id:>4}  {o.name}{' / ' + others if others else ''}{title} — {o.administration} "
            f"({o.country}), {under}{state}")


def _main_name(names: dict[str, str]) -> str | None:
    """The English text, else the first language given: the column lists sort by."""
    return names.get("en") or next(iter(names.values()), None) if names else None


def cmd_official_add(args: argparse.Namespace) -> int:
    """Add a designated official."""
    from app.services.agreements.directory import add_official, list_officials

    names, titles = _names(args, "name"), _names(args, "title")
    name = _main_name(names)
    if not name or not name.strip():
        return fail("name: is required (Art. 7.3)")
    with opened(args) as desk:
        oid = add_official(desk, agreement=args.agreement, administration_id=args.administration,
                           name=name, title=_main_name(titles), email=args.email,
                           phone=args.phone, names=names, titles=titles)
        view = next(o for o in list_officials(desk) if o.id == oid)
    echo(f"added {_official_line(view)}")
    return EXIT_OK


def cmd_official_list(args: argparse.Namespace) -> int:
    """List designated officials."""
    from app.services.agreements.directory import list_officials

    with opened(args) as desk:
        rows = list_officials(desk, agreement=args.agreement)
    if args.json:
        print(to_json([o.to_dict() for o in rows]))
    elif not rows:
        echo("no designated officials yet (add one: liaison-desk official add --agreement KEY --name NAME)")
    else:
        for o in rows:
            echo(_official_line(o))
    return EXIT_OK


def cmd_official_edit(args: argparse.Namespace) -> int:
    """Change a designated official."""
    from app.services.agreements.directory import edit_official

    names, titles = _names(args, "name"), _names(args, "title")
    kw: dict[str, Any] = {"names": names or None, "titles": titles or None}
    if "en" in names:
        kw["name"] = names["en"]
    if "en" in titles:
        kw["title"] = titles["en"]
    for opt in ("email", "phone", "agreement"):
        if getattr(args, opt) is not None:
            kw[opt] = getattr(args, opt)
    if args.active is not None:
        kw["active"] = args.active
    if not any(v is not None for v in kw.values()):
        return fail("official: nothing to change (give --name, --title, --email, --phone, --agreement or --inactive)")
    with opened(args) as desk:
        view = edit_official(desk, args.id, **kw)
    echo(f"changed {_official_line(view)}")
    return EXIT_OK


# ---- administrations ------------------------------------------------------------------------------

def _admin_line(a: Any) -> str:
    others = " / ".join(v for k, v in sorted(a.names.items()) if v != a.name)
    own = "  (own)" if a.is_own else ""
    return f"{a.id:>4}  {a.country}  {a.name}{' / ' + others if others else ''}{own}"


def cmd_administration_add(args: argparse.Namespace) -> int:
    """Add an administration."""
    from app.services.agreements.directory import add_administration, administrations

    names = _names(args, "name")
    name = _main_name(names)
    if not name or not name.strip():
        return fail("name: is required")
    address = args.address.replace("\\n", "\n") if args.address else None
    with opened(args) as desk:
        aid = add_administration(desk, name=name, country=args.country, address=address, names=names)
        view = next(a for a in administrations(desk) if a.id == aid)
    echo(f"added {_admin_line(view)}")
    return EXIT_OK


def cmd_administration_list(args: argparse.Namespace) -> int:
    """List administrations."""
    from app.services.agreements.directory import administrations

    with opened(args) as desk:
        rows = administrations(desk)
    if args.json:
        print(to_json([a.to_dict() for a in rows]))
    else:
        for a in rows:
            echo(_admin_line(a))
    return EXIT_OK


def cmd_administration_edit(args: argparse.Namespace) -> int:
    """Change an administration."""
    from app.services.agreements.directory import edit_administration

    names = _names(args, "name")
    kw: dict[str, Any] = {"names": names or None}
    if "en" in names:
        kw["name"] = names["en"]
    if args.country is not None:
        kw["country"] = args.country
    if args.address is not None:
        kw["address"] = args.address.replace("\\n", "\n")
    if not any(v is not None for v in kw.values()):
        return fail("administration: nothing to change (give --name, --country or --address)")
    with opened(args) as desk:
        view = edit_administration(desk, args.id, **kw)
    echo(f"changed {_admin_line(view)}")
    return EXIT_OK
