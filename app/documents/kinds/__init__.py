"""One module per letter kind. Each defines CODE, DIRECTIONS, STATUSES, ``problems(ctx)`` and
``body(ctx, wording)``; :mod:`app.documents.registry` collects them."""

from app.documents.kinds import (
    acknowledgement,
    approval_request,
    consultation,
    disclosure_notice,
    evidence_cover,
    oral_confirmation,
    request,
    spontaneous_information,
    statement_of_reasons,
)

MODULES = (
    request,
    oral_confirmation,
    statement_of_reasons,
    consultation,
    approval_request,
    disclosure_notice,
    evidence_cover,
    acknowledgement,
    spontaneous_information,
)
