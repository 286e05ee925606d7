"""Imports every mapped model so metadata is complete (Alembic, tests)."""
from domain.audit import models as _audit  # noqa: F401
from domain.claims import models as _claims  # noqa: F401
from domain.divisions import models as _divisions  # noqa: F401
from domain.catalog import models as _catalog  # noqa: F401
from domain.drugs import models as _drugs  # noqa: F401
from domain.engagement import models as _engagement  # noqa: F401
from domain.exchange import models as _exchange  # noqa: F401
from domain.identity import models as _identity  # noqa: F401
from domain.inquiry import models as _inquiry  # noqa: F401
from domain.notifications import models as _notifications  # noqa: F401
from domain.public import models as _public  # noqa: F401
from domain.public import rollup as _public_rollup  # noqa: F401
from domain.shared import files as _files  # noqa: F401
from domain.shared import outbox as _outbox  # noqa: F401
from domain.supply import models as _supply  # noqa: F401
from domain.supply import daily as _supply_daily  # noqa: F401
from domain.supply import focus as _supply_focus  # noqa: F401
from domain.shared.db import Base

metadata = Base.metadata
