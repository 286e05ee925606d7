"""Per-request field helpers: one object per request, built from each domain's mixin (resolvers/<d>/fields.py).
Types in schema/ call them as `info.context.fields.<method>(…)` for fields that take arguments and query data."""
from __future__ import annotations

from typing import Any

from resolvers.engagement.fields import EngagementFields
from resolvers.public.fields import PublicFields


class Fields(EngagementFields, PublicFields):
    def __init__(self, ctx: Any) -> None:
        self.ctx = ctx
