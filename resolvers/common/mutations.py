"""The one wrapper every mutation runs its unit of work in: a DomainError becomes the payload's userErrors."""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from domain.shared.errors import DomainError
from schema.errors import user_errors

P = TypeVar("P")


async def mutate(run: Callable[[], Awaitable[P]], payload: Callable[..., P], errors: Any, **empty: Any) -> P:
    """Runs `run()`; on a DomainError returns `payload(user_errors=…, **empty)` (nothing was changed: the unit of
    work rolled back). `errors` is the domain's UserError type, or a function turning the error into userErrors
    (row-numbered errors of batch reports)."""
    try:
        return await run()
    except DomainError as e:
        found = user_errors(e, errors) if isinstance(errors, type) else errors(e)
        return payload(user_errors=found, **empty)
