"""Field helpers of the public drug finder's types (info.context.fields.<method>): an institution's drugs on sale."""
from __future__ import annotations

from domain.public.repository import PublicRepository
from domain.public.service import decode_offset, keyword, page_size
from resolvers.common.fields import DomainFields
from schema.public.types import PublicDrugConnection


class PublicFields(DomainFields):
    async def public_on_sale_drugs(self, institution_id: int, keyword_: str | None, first: int,
                                   after: str | None) -> PublicDrugConnection:
        """The drugs a listed institution has on hand (PUB-12/17), in name order; `keyword_` is a name or pinyin
        initials."""
        q = keyword(keyword_, required=False)
        n, offset = page_size(first), decode_offset(after)
        ctx = self.ctx
        rows = await PublicRepository(ctx.db).on_sale_drugs(institution_id, q, ctx.settings.public_region, n + 1,
                                                            offset)
        return PublicDrugConnection.of(rows, offset, n)
