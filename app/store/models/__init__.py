"""SQLAlchemy 2 models: the whole desk in one schema.

Tables follow the data model in DESIGN.md. Rules about what values are allowed live in
``app.treaty``; the models only hold data. Times are UTC datetimes, calendar dates are ``date``.
Alembic's revisions in ``migrations/versions`` must create exactly this schema: a test compares them.
"""

from app.store.models.base import (  # noqa: F401 - re-exported
    NAMING,
    UNMANAGED_TABLE_PREFIXES,
    Base,
    UTCDateTime,
    include_name,
    utcnow,
)
from app.store.models.directory import (  # noqa: F401
    Administration,
    Agreement,
    DesignatedOfficial,
    RefCounter,
    Setting,
)
from app.store.models.ledger import (  # noqa: F401
    Approval,
    Authority,
    Disclosure,
    DisclosureItem,
    InformationItem,
)
from app.store.models.records import AuditEntry, Document  # noqa: F401
from app.store.models.requests import Outcome, Request, StatusChange  # noqa: F401
from app.store.models.surveillance import (  # noqa: F401
    Observation,
    RequestSubject,
    Subject,
    SubjectIdentifier,
    SubjectName,
)
