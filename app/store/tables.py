"""The whole desk's schema as SQLAlchemy Core tables on one ``MetaData``.

This is the one definition of the schema. The read side (lists, the detail pane, search, the CLI's
read commands) selects from these tables with Core statements; the ORM classes of
``app.store.models`` map onto them (``__table__``) for the write side. Keeping the read side off
the ORM is what the CLI whole-process budget (docs/benchmarks.md) asks: importing
``sqlalchemy.orm`` and configuring the mappers costs more than the rest of ``show`` together.

Tables follow the data model in DESIGN.md. Rules about what values are allowed live in
``app.treaty``; the tables only hold data. Times are UTC datetimes (``UTCDateTime``), calendar
dates are ``date``. Alembic's revisions in ``migrations/versions`` must create exactly this schema:
a test compares them.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.types import TypeDecorator

# Stable constraint names so batch migrations on SQLite can find them again.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Tables made by raw SQL outside SQLAlchemy (the FTS5 search index and its shadow tables on
# SQLite; on a shared PostgreSQL desk ``search_doc``, migration 0014, app.store.search_server:
# the same rows with a pg_trgm and a CJK gram GIN index, which a model cannot declare):
# Alembic's autogenerate and the schema-vs-migrations test leave them alone.
UNMANAGED_TABLE_PREFIXES = ("search_fts", "search_doc")


def include_name(name, type_, parent_names) -> bool:  # noqa: ANN001 - Alembic hook signature
    """Alembic ``include_name`` hook: skip the unmanaged tables."""
    return not (type_ == "table" and name and name.startswith(UNMANAGED_TABLE_PREFIXES))


def utcnow() -> datetime:
    """The current time in UTC, timezone-aware (all stored times are UTC)."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator):
    """Stores naive UTC (portable across SQLite and PostgreSQL), returns aware UTC datetimes."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):  # noqa: D102 - SQLAlchemy hook
        if value is None:
            return None
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value

    def process_result_value(self, value, dialect):  # noqa: D102 - SQLAlchemy hook
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


metadata = MetaData(naming_convention=NAMING)


def _id() -> Column:
    return Column("id", Integer, primary_key=True)


def _version() -> Column:
    """The record's edit count (migration 0013): every update raises it by one, and an update
    whose read saw another count is refused (``app.store.models`` maps it as SQLAlchemy's
    ``version_id_col``; ``app.services.validation.check_version`` names the record). Two officers
    on one shared server can then never silently overwrite each other's edits."""
    return Column("version", Integer, nullable=False, default=1, server_default="1")


#: The editable records: each carries ``version`` (optimistic concurrency).
VERSIONED_TABLES = ("agreement", "administration", "designated_official", "request", "subject",
                    "authority", "information_item")


def new_uuid() -> str:
    """A fresh random identity for a record (``uuid`` columns)."""
    return str(uuid.uuid4())


def _uuid() -> Column:
    """The record's identity that two stores share (field kits, migration 0011): unique, set on
    insert; nullable only so that the migration could add it in place."""
    return Column("uuid", String(36), nullable=True, default=new_uuid, index=True, unique=True)


def _req(name: str, *args, **kw) -> Column:  # noqa: ANN002, ANN003 - Column's arguments
    """A NOT NULL column."""
    return Column(name, *args, nullable=False, **kw)


def _opt(name: str, *args, **kw) -> Column:  # noqa: ANN002, ANN003
    """A nullable column."""
    return Column(name, *args, nullable=True, **kw)


# -- desk-wide: settings, agreements, administrations, designated officials (Art. 7.3) ---------

#: Key/value settings stored inside the encrypted file (officer profile, ref pattern, ...).
setting = Table(
    "setting", metadata,
    Column("key", String(100), primary_key=True),
    _req("value", Text),  # JSON
)

#: A mutual-assistance agreement; its article catalogue is kept as JSON (schema of
#: ``resources/agreements/*.json``) so the officer can add and edit agreements.
agreement = Table(
    "agreement", metadata,
    _id(),
    _req("key", String(64), unique=True),
    _req("title", Text),
    _req("short_title", String(300)),
    _req("our_country", String(2)),
    _req("partner_country", String(2)),
    _opt("signed_on", Date),
    _opt("in_force_on", Date),
    _req("languages", String(100)),  # comma separated, e.g. "en,ja"
    _req("ref_prefix", String(20)),
    _req("catalogue", Text),  # JSON
    _req("builtin", Boolean, default=False),
    _req("in_use", Boolean, default=True),
    _opt("termination_notice_on", Date),
    # The date the termination takes effect, under the agreement's own clause (Art. 14.2): set
    # and cleared with the notice by ``app.services.agreements.catalogue``, read by "Due & overdue".
    _opt("terminates_on", Date),
    _req("created_at", UTCDateTime(), default=utcnow),
    _req("updated_at", UTCDateTime(), default=utcnow),
    _version(),
)

#: A Customs Administration (Art. 1(b)): ours or a partner's, with letterhead data.
administration = Table(
    "administration", metadata,
    _id(),
    _uuid(),
    _req("name", String(300)),
    _opt("name_local", String(300)),
    _req("country", String(2)),
    _req("is_own", Boolean, default=False),
    _opt("address", Text),
    _req("languages", String(100), default="en"),
    _opt("letterhead", Text),  # JSON: lines per language
    # JSON {"en": ..., "ja": ..., "es": ...}: the name in each letter language (migration 0009);
    # ``name`` stays the name the lists sort and search by.
    _opt("names", Text),
    _version(),
)

#: An official designated under Art. 7.3 through whom requests pass.
designated_official = Table(
    "designated_official", metadata,
    _id(),
    _uuid(),
    _req("administration_id", Integer, ForeignKey("administration.id")),
    _req("name", String(300)),
    _opt("title", String(300)),
    _opt("email", String(300)),
    _opt("phone", String(100)),
    _opt("address", Text),
    _req("languages", String(100), default="en"),
    _req("active", Boolean, default=True),
    # The agreement the official is designated under (Art. 7.3); NULL: every agreement with the
    # official's administration (migration 0009).
    _opt("agreement_id", Integer, ForeignKey("agreement.id")),
    # JSON {lang: text}: name and title in each letter language (migration 0009).
    _opt("names", Text),
    _opt("titles", Text),
    _version(),
)

#: Last sequence number used per ref prefix and year: makes our_ref gapless.
ref_counter = Table(
    "ref_counter", metadata,
    Column("prefix", String(40), primary_key=True),
    Column("year", Integer, primary_key=True),
    _req("last", Integer, default=0),
)

# -- requests, their status history and outcomes (Art. 7, 11) ---------------------------------

#: A request for assistance in either direction, or spontaneous information (Art. 3.1).
request = Table(
    "request", metadata,
    _id(),
    _uuid(),
    _req("our_ref", String(60), unique=True),
    _opt("their_ref", String(120), index=True),
    _req("direction", String(20), index=True),
    _req("agreement_id", Integer, ForeignKey("agreement.id"), index=True),
    _opt("partner_administration_id", Integer, ForeignKey("administration.id")),
    _opt("official_id", Integer, ForeignKey("designated_official.id")),
    _req("title", String(300), default=""),
    _req("bases", String(300), default=""),  # codes, comma separated
    _opt("primary_basis", String(40), index=True),
    _req("form", String(10), default="written"),  # written | oral
    _opt("oral_at", UTCDateTime()),
    _opt("confirmation_due_on", Date),
    _opt("confirmation_due_explanation", Text),
    _opt("confirmed_on", Date),
    _req("urgency", String(10), default="normal"),
    # The five elements of Art. 7.2, each its own field.
    _opt("requesting_administration", Text),
    _opt("nature_of_proceedings", Text),
    _opt("object_and_reason", Text),
    _opt("parties_concerned", Text),
    _opt("description_and_legal_elements", Text),
    # Texts in each language (migration 0007; app.services.texts): the free-text columns above
    # hold the version in ``text_lang`` (null: English, rows from before); ``texts`` is JSON
    # ``{field: {lang: text}}`` with the versions in the other letter languages.
    _opt("text_lang", String(5)),
    _req("texts", Text, default="{}"),
    _req("extra", Text, default="{}"),  # JSON: basis-specific fields
    _req("reciprocity", Boolean, default=False),  # Art. 11.2
    _opt("reciprocity_note", Text),
    _req("status", String(30), index=True),
    _opt("received_on", Date),
    _opt("sent_on", Date),
    _opt("due_on", Date, index=True),
    _opt("due_explanation", Text),
    _opt("closed_on", Date),
    _opt("assigned_to", String(200), index=True),
    _opt("notes", Text),
    _req("created_at", UTCDateTime(), default=utcnow),
    _req("updated_at", UTCDateTime(), default=utcnow),
    _version(),
    # (direction, column) indexes: the request list sorts and counts by walking them
    # (app.services.requests.listing; migration 0003).
    Index("ix_request_list_ref", "direction", "our_ref"),
    Index("ix_request_list_their_ref", "direction", "their_ref"),
    Index("ix_request_list_partner", "direction", "agreement_id"),
    Index("ix_request_list_basis", "direction", "primary_basis"),
    Index("ix_request_list_title", "direction", "title"),
    Index("ix_request_list_status", "direction", "status"),
    Index("ix_request_list_due", "direction", "due_on", "status"),
    Index("ix_request_list_officer", "direction", "assigned_to"),
    Index("ix_request_list_oral", "direction", "form", "confirmed_on"),
    # "Due & overdue" (migration 0006): open requests' due dates, unconfirmed oral requests
    Index("ix_request_due_running", "status", "due_on", "agreement_id"),
    Index("ix_request_due_oral", "form", "confirmed_on", "confirmation_due_on", "status"),
    # Statistics (migration 0010, app.services.stats): each covers one group of figures.
    Index("ix_stats_received", "direction", "received_on", "primary_basis", "agreement_id"),
    Index("ix_stats_sent", "direction", "sent_on", "primary_basis", "agreement_id"),
    Index("ix_stats_open", "direction", "status", "agreement_id", "received_on", "sent_on",
          "created_at", "updated_at"),
    Index("ix_stats_oral", "form", "oral_at", "agreement_id", "confirmed_on", "confirmation_due_on"),
)

#: One lifecycle transition of a request: who, when, why.
status_change = Table(
    "status_change", metadata,
    _id(),
    _uuid(),
    _req("request_id", Integer, ForeignKey("request.id"), index=True),
    _opt("from_status", String(30)),
    _req("to_status", String(30)),
    _req("at", UTCDateTime(), default=utcnow),
    _req("actor", String(200)),
    _opt("reason", Text),
    Index("ix_stats_moves", "to_status", "request_id", "at"),  # statistics (migration 0010)
)

#: The decision on an incoming request (or the partner's, on an outgoing one), with its Art. 11
#: grounds, statement of reasons, conditions and any 11.3 consultation.
outcome = Table(
    "outcome", metadata,
    _id(),
    _uuid(),
    _req("request_id", Integer, ForeignKey("request.id"), index=True),
    _req("decision", String(30)),
    _req("grounds", Text, default="[]"),  # JSON list of ground codes
    _opt("statement", Text),
    _opt("conditions", Text),
    _opt("postponed_until", Date),
    _opt("accompanying_info", Text),  # Art. 11.4, optional
    _opt("consultation_opened_on", Date),
    _opt("consultation_outcome", Text),
    _opt("consultation_closed_on", Date),
    # statement, conditions and accompanying_info in other languages, as on ``request``.
    _opt("text_lang", String(5)),
    _req("texts", Text, default="{}"),
    _req("decided_at", UTCDateTime(), default=utcnow),
    _req("actor", String(200)),
)

# -- surveillance subjects (Art. 4.2), names, identifiers, links, observations -----------------

#: A surveillance subject (Art. 4.2): person, goods or means of transport.
subject = Table(
    "subject", metadata,
    _id(),
    _uuid(),
    _req("code", String(20), unique=True),
    _req("kind", String(20), index=True),  # person | goods | transport
    _opt("subkind", String(20)),  # natural/legal, vessel/aircraft/...
    _req("display_name", String(500)),
    _req("details", Text, default="{}"),  # JSON, fields per kind
    _opt("agreement_id", Integer, ForeignKey("agreement.id")),
    _opt("requested_by", String(300)),
    _opt("period_start", Date),
    _opt("period_end", Date, index=True),
    _opt("review_on", Date),
    _req("status", String(20), default="active", index=True),
    _opt("lifted_on", Date),
    _opt("lift_reason", Text),
    _req("created_at", UTCDateTime(), default=utcnow),
    # Indexed: the watch list's change check reads max(updated_at) on every match.
    _req("updated_at", UTCDateTime(), default=utcnow, index=True),
    _version(),
    # "Due & overdue" counts and walks periods ending and reviews in date order (migration 0006)
    Index("ix_subject_due_end", "period_end", "code", "status"),
    Index("ix_subject_due_review", "review_on", "code", "status", "period_end"),
    Index("ix_stats_subjects", "kind", "period_start", "period_end", "lifted_on",
          "agreement_id"),  # statistics (migration 0010)
)

#: A name or alias of a subject in one script (kanji, kana, Latin, ...).
subject_name = Table(
    "subject_name", metadata,
    _id(),
    _uuid(),
    _req("subject_id", Integer, ForeignKey("subject.id"), index=True),
    _req("name", String(500)),
    _opt("script", String(20)),
    _req("is_alias", Boolean, default=False),
)

#: An identifier of a subject (passport, container, IMO, plate, B/L, ...), normalised for exact
#: look-up.
subject_identifier = Table(
    "subject_identifier", metadata,
    _id(),
    _uuid(),
    _req("subject_id", Integer, ForeignKey("subject.id"), index=True),
    _req("id_type", String(30)),
    _req("value", String(200)),
    _req("normalized", String(200), index=True),
    _opt("issuer", String(100)),
)

#: Link between a request and a subject it concerns or asks surveillance of.
request_subject = Table(
    "request_subject", metadata,
    Column("request_id", Integer, ForeignKey("request.id"), primary_key=True),
    Column("subject_id", Integer, ForeignKey("subject.id"), primary_key=True),
    _req("role", String(40), default="subject"),
)

#: One entry in a subject's surveillance log.
observation = Table(
    "observation", metadata,
    _id(),
    _uuid(),
    _req("subject_id", Integer, ForeignKey("subject.id"), index=True),
    _opt("request_id", Integer, ForeignKey("request.id")),
    _req("observed_at", UTCDateTime()),
    _opt("place", String(300)),
    _opt("locode", String(10)),
    _req("event", String(40)),
    _opt("source", String(300)),
    _opt("text", Text),
    _req("actor", String(200)),
    _req("created_at", UTCDateTime(), default=utcnow),
    Index("ix_stats_observed", "observed_at", "subject_id"),  # statistics (migration 0010)
)

# -- information items and their use restrictions (Art. 9, 10), approvals, disclosures --------

#: An authority information may be passed to (customs unit, police, prosecutor, court, ...).
authority = Table(
    "authority", metadata,
    _id(),
    _uuid(),
    _req("name", String(300), unique=True),
    _req("kind", String(30)),
    _opt("country", String(2)),
    _req("is_law_enforcement", Boolean, default=False),
    _req("active", Boolean, default=True),
    # JSON {lang: name}: the name in each letter language (migration 0009).
    _opt("names", Text),
    _version(),
)

#: Information received or provided (Art. 1(c)) with its use restrictions (Art. 9, 10).
information_item = Table(
    "information_item", metadata,
    _id(),
    _uuid(),
    _req("code", String(20), unique=True),
    _req("direction", String(10)),  # received | provided
    _opt("request_id", Integer, ForeignKey("request.id"), index=True),
    _opt("agreement_id", Integer, ForeignKey("agreement.id")),
    _req("provider", String(300)),
    _opt("recipient", String(300)),
    _opt("received_on", Date),
    _req("title", String(500)),
    _opt("summary", Text),
    _req("confidential", Boolean, default=False),  # Art. 9.3
    _req("no_law_enforcement", Boolean, default=False),  # Art. 9.2 notice
    _opt("no_law_enforcement_notice_on", Date),
    _req("not_as_evidence", Boolean, default=True),  # Art. 10.1
    _opt("provider_markings", Text),
    _opt("conditions_attached", Text),  # ours, when we provide
    _opt("corrects_id", Integer, ForeignKey("information_item.id")),
    _req("created_at", UTCDateTime(), default=utcnow),
    _req("actor", String(200), default=""),
    _version(),
)

#: A written approval by the provider (Art. 9.1) for use by a named authority.
approval = Table(
    "approval", metadata,
    _id(),
    _req("item_id", Integer, ForeignKey("information_item.id"), index=True),
    _req("authority_id", Integer, ForeignKey("authority.id")),
    _req("scope", Text),  # purposes allowed, JSON list or text
    _opt("document_id", Integer, ForeignKey("document.id")),
    _req("granted_on", Date),
    _req("created_at", UTCDateTime(), default=utcnow),
)

#: A record that information was passed on, checked against its restrictions.
disclosure = Table(
    "disclosure", metadata,
    _id(),
    _req("authority_id", Integer, ForeignKey("authority.id")),
    _req("purpose", String(40)),
    _req("disclosed_on", Date),
    _opt("means", String(200)),
    _req("decision", String(20)),  # allowed | obligation | override
    _req("obligations", Text, default="[]"),  # JSON
    _opt("approval_id", Integer, ForeignKey("approval.id")),
    _opt("override_reason", Text),
    _opt("corrects_id", Integer, ForeignKey("disclosure.id")),
    _req("actor", String(200)),
    _req("created_at", UTCDateTime(), default=utcnow),
)

#: Which information items a disclosure passed on.
disclosure_item = Table(
    "disclosure_item", metadata,
    Column("disclosure_id", Integer, ForeignKey("disclosure.id"), primary_key=True),
    # Indexed: "the disclosures of this item" (the ledger page, the search key's sequence).
    Column("item_id", Integer, ForeignKey("information_item.id"), primary_key=True, index=True),
)

# -- stored documents (never overwritten) and the hash-chained audit log -----------------------

#: A generated letter or an attached file, kept inside the encrypted database. Never
#: overwritten: a correction or a regenerated letter is a new version.
document = Table(
    "document", metadata,
    _id(),
    _uuid(),
    _req("series", String(120), index=True),  # groups versions
    _req("version", Integer, default=1),
    _req("kind", String(40)),
    _opt("language", String(10)),
    _req("final", Boolean, default=False),
    _req("filename", String(300)),
    _req("mime", String(100)),
    _req("size", Integer),
    _req("sha256", String(64)),
    _req("content", LargeBinary),
    _opt("request_id", Integer, ForeignKey("request.id"), index=True),
    # Indexed: without, finding a record's files reads every stored file's row, blob included.
    _opt("subject_id", Integer, ForeignKey("subject.id"), index=True),
    _opt("observation_id", Integer, ForeignKey("observation.id"), index=True),
    _opt("item_id", Integer, ForeignKey("information_item.id"), index=True),
    _req("actor", String(200)),
    _req("created_at", UTCDateTime(), default=utcnow),
    UniqueConstraint("series", "version", name="uq_document_series_version"),
)

#: Append-only, hash-chained log: ``hash = sha256(prev_hash + canonical entry)``.
audit_entry = Table(
    "audit_entry", metadata,
    _id(),
    _req("at", UTCDateTime(), index=True),
    _req("actor", String(200)),
    _req("action", String(60), index=True),
    _req("entity_type", String(40)),
    _opt("entity_id", String(60)),
    _req("detail", Text),  # canonical JSON of the change
    _req("digest", String(64)),  # sha256 of detail
    _req("prev_hash", String(64)),
    _req("hash", String(64)),
    # Canonical JSON of the state this entry wrote (app.security.state): each row changed ->
    # the SHA-256 of the row as written (or "deleted"), or, for a whole-store write, a digest
    # per table. Covered by ``hash``. NULL in entries written before it existed (revision 0012).
    _opt("state", Text),
    Index("ix_audit_entry_entity", "entity_type", "entity_id"),
)

# -- field kits (app.services.kit): kits made here or opened here, and merge conflicts ------------

#: A field kit: at the desk, one made here and sent out (``role`` "desk"); on a field desk, the
#: kit it was opened from (``role`` "field"). ``base`` is the JSON of the carried records as the
#: kit was made (the merge's common ancestor; moved on to the field's values by each merge).
field_kit = Table(
    "field_kit", metadata,
    _id(),
    _req("uuid", String(36), unique=True),
    _req("code", String(20), unique=True),  # K-0001: what the officer reads
    _req("role", String(10)),  # desk | field
    _opt("label", String(300)),
    _req("status", String(20)),  # out | returned (desk); open (field)
    _req("desk_uuid", String(36)),  # the desk that made the kit
    _req("desk_key", String(64)),  # its signing key's fingerprint
    _opt("field_key", String(64)),  # the field desk's, learnt from its first return
    _req("base", Text),  # JSON
    _req("last_return", Integer, default=0),  # the sequence number of the last return merged/written
    _opt("last_return_digest", String(64)),
    _opt("audit_head", String(64)),  # the field desk's last audit hash carried in
    _req("audit_count", Integer, default=0),
    _req("code_map", Text, default="{}"),  # JSON: provisional field code -> desk code
    _req("created_at", UTCDateTime(), default=utcnow),
    _req("created_by", String(200)),
    _opt("returned_at", UTCDateTime()),
)

#: Which requests and subjects a kit carries (the desk's "in the field" mark).
field_kit_record = Table(
    "field_kit_record", metadata,
    Column("kit_id", Integer, ForeignKey("field_kit.id"), primary_key=True),
    Column("kind", String(20), primary_key=True),  # request | subject
    Column("record_id", Integer, primary_key=True),
    Index("ix_field_kit_record_kind", "kind", "record_id"),
)

#: One field both the desk and the field changed: both versions kept until an officer resolves
#: it (values JSON-encoded).
kit_conflict = Table(
    "kit_conflict", metadata,
    _id(),
    _req("kit_id", Integer, ForeignKey("field_kit.id")),
    _req("entity_type", String(40)),
    _req("record_uuid", String(36)),
    _req("record_label", String(120)),
    _req("field", String(60)),
    _opt("base_value", Text),
    _opt("desk_value", Text),
    _opt("field_value", Text),
    _req("status", String(20), default="open", index=True),  # open | resolved
    _opt("resolution", String(20)),  # desk | field | merged
    _opt("resolved_value", Text),
    _req("created_at", UTCDateTime(), default=utcnow),
    _opt("resolved_at", UTCDateTime()),
    _opt("resolved_by", String(200)),
)

#: The desk's Ed25519 signing key (app.security.signing): kept inside the encrypted store, so it
#: is held like the store key and survives a change of passphrase. Never exported (an export
#: carries the public key only), never bound by the audit state.
desk_key = Table(
    "desk_key", metadata,
    _id(),
    _req("purpose", String(40), unique=True),  # "export-signing"
    _req("private_key", LargeBinary),  # raw 32-byte Ed25519 private key
    _req("created_at", UTCDateTime(), default=utcnow),
)
