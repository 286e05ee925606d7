"""Base of each domain's per-request field helpers (resolvers/<d>/fields.py): what a type's field with arguments
needs (an access object, a repository call, a conversion to schema types), kept out of schema/ which holds types."""
from __future__ import annotations

from typing import Any


class DomainFields:
    """`ctx` is the request context (its Db, principal, tree, settings and loaders)."""

    ctx: Any
