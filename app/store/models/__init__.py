"""The ORM classes of the write side, mapped onto the Core tables of ``app.store.tables``.

Commands load, change and add these objects inside ``Desk.unit_of_work``; reads (lists, the detail
pane, search, the CLI's read commands) select from ``app.store.tables`` with Core and never import
this package (CLI whole-process budget, docs/benchmarks.md). Importing it installs the Session
listeners that keep the search index and the change report in step with every flush.
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
from app.store.models.kits import FieldKit, FieldKitRecord, KitConflict  # noqa: F401
from app.store.models.ledger import (  # noqa: F401
    Approval,
    Authority,
    Disclosure,
    DisclosureItem,
    InformationItem,
)
from app.store.models.records import AuditEntry, DeskKey, Document  # noqa: F401
from app.store.models.requests import Outcome, Request, StatusChange  # noqa: F401
from app.store.models.surveillance import (  # noqa: F401
    Observation,
    RequestSubject,
    Subject,
    SubjectIdentifier,
    SubjectName,
)


def _register_listeners() -> None:
    # Here, with the ORM: a Session exists only where these classes are used, and the read path
    # never imports sqlalchemy.orm (CLI whole-process budget, docs/benchmarks.md).
    from app.store import changes, search_index

    search_index.register()
    changes.register()


_register_listeners()
