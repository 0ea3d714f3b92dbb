"""Alembic environment: runs on the connection handed over by ``Database.migrate``.

Batch mode for SQLite (ALTER TABLE is limited there) and transactional DDL: the connection begins
with an explicit BEGIN, so a failing migration rolls back whole."""

from alembic import context

from app.store.models import Base, include_name

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the app drives migrations
    raise RuntimeError("migrations run through app.store.db.Database.migrate()")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transactional_ddl=True,
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
