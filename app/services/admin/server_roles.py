"""Officers' database roles on a shared PostgreSQL desk.

Each officer signs in as their own login role; what they may do follows from the desk group
role they are a member of:

- ``liaison_officer``: reads everything, writes requests, subjects, ledger and letters; adds to
  the audit log but can never change or remove an entry (no UPDATE or DELETE on audit_entry).
- ``liaison_supervisor``: what an officer may, and reassigns requests another officer holds
  (``app.services.requests``) — the services ask ``role_of``.
- ``liaison_auditor``: reads everything, writes nothing: the grants allow SELECT only, so even a
  hand-made INSERT from the auditor's connection is refused by the server.

``grant(desk, name, role)`` (``liaison-desk server grant NAME --as ROLE``) creates the group roles
and their grants where missing (idempotent), creates the login role ``name`` if missing, and makes
it a member of exactly one group. Run it as the database's owner (the administrator's role,
docs/administration.md). The login role's password or certificate is the server's business.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sqlalchemy import text

from app.i18n import QT_TRANSLATE_NOOP
from app.services.validation import ServiceError

if TYPE_CHECKING:  # app.services.context asks role_of() itself: no import cycle at run time
    from app.services.context import Desk

#: Desk role -> the server's group role.
GROUPS = {"officer": "liaison_officer", "supervisor": "liaison_supervisor", "auditor": "liaison_auditor"}
#: A role name an administrator types: letters, digits, underscore, dot, hyphen; 63 at most.
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]{0,62}")


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _grant_statements() -> list[str]:
    """The group roles' privileges on every table and sequence of the desk's schema."""
    writer = ("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {g}",
              "REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM {g}",
              "GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {g}")
    out = [f"GRANT USAGE ON SCHEMA public TO {g}" for g in GROUPS.values()]
    for g in (GROUPS["officer"], GROUPS["supervisor"]):
        out += [s.format(g=g) for s in writer]
    out.append(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {GROUPS['auditor']}")
    # The advisory locks and the audit chain read need nothing more; the auditor's session is
    # read-only by default too (a second fence besides the grants).
    out.append(f"ALTER ROLE {GROUPS['auditor']} SET default_transaction_read_only = on")
    return out


def grant(desk: Desk, name: str, role: str) -> str:
    """Make ``name`` a login role of the desk with ``role`` (officer, supervisor, auditor); returns
    a one-line summary. Server desks only; the connecting role must be allowed to create roles."""
    if desk.db.engine.dialect.name != "postgresql":
        raise ServiceError("server", QT_TRANSLATE_NOOP(
            "Refusal", "roles exist on a shared PostgreSQL desk only "
            "(LIAISON_DESK_DATABASE_URL); a file desk has one officer"))
    if role not in GROUPS:
        raise ServiceError("as", QT_TRANSLATE_NOOP("Refusal", "{role} is not one of {roles}").format(
            role=repr(role), roles=", ".join(GROUPS)))
    if not isinstance(name, str) or not _NAME.fullmatch(name) or name.startswith("pg_") \
            or name in GROUPS.values():
        raise ServiceError("role", QT_TRANSLATE_NOOP(
            "Refusal", "{name} is not a role name (letters, digits, _ . -; not pg_...)").format(
                name=repr(name)))
    with desk.db.engine.connect() as conn:
        existing = {r for (r,) in conn.execute(text("SELECT rolname FROM pg_roles"))}
        for group in GROUPS.values():
            if group not in existing:
                conn.execute(text(f"CREATE ROLE {group} NOLOGIN"))
        for stmt in _grant_statements():
            conn.execute(text(stmt))
        if name not in existing:
            conn.execute(text(f"CREATE ROLE {_quoted(name)} LOGIN"))
        for group in GROUPS.values():
            conn.execute(text(f"REVOKE {group} FROM {_quoted(name)}"))
        conn.execute(text(f"GRANT {GROUPS[role]} TO {_quoted(name)}"))
        if role == "auditor":
            conn.execute(text(f"ALTER ROLE {_quoted(name)} SET default_transaction_read_only = on"))
        else:
            conn.execute(text(f"ALTER ROLE {_quoted(name)} RESET default_transaction_read_only"))
        conn.commit()
    return f"{name}: {role} on this desk ({GROUPS[role]})"


def role_of(desk: Desk) -> str | None:
    """The desk role of the officer connected (officer, supervisor, auditor), or None where no
    group decides (a file desk; the database's owner or a superuser: the administrator)."""
    if desk.db.engine.dialect.name != "postgresql":
        return None
    cached = getattr(desk, "_server_role", "unknown")
    if cached != "unknown":
        return cached
    with desk.db.engine.connect() as conn:
        found = None
        superuser = conn.execute(text(
            "SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).scalar()
        # A superuser "has" every role (pg_has_role is true for all): the administrator.
        for role in () if superuser else ("auditor", "supervisor", "officer"):  # the narrowest first
            held = conn.execute(text(
                "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :g) "
                "AND pg_has_role(current_user, :g, 'MEMBER')"), {"g": GROUPS[role]}).scalar()
            if held:
                found = role
                break
    desk._server_role = found  # type: ignore[attr-defined]
    return found
