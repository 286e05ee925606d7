"""The one schema: every domain's root fields merged, with the engine extension."""
from __future__ import annotations

import logging
from typing import Any

import strawberry
from strawberry.exceptions import StrawberryInputCoercionError
from graphql import GraphQLError
from strawberry.schema.config import StrawberryConfig
from strawberry.tools import merge_types

from domain.shared.config import Settings
from domain.shared.errors import DomainError
from resolvers.catalog.mutations import CatalogMutations
from resolvers.claims.mutations import ClaimsMutations
from resolvers.catalog.queries import CatalogQueries
from resolvers.common.queries import CommonQueries
from resolvers.drugs.mutations import DrugMutations
from resolvers.drugs.queries import DrugQueries
from resolvers.engagement.mutations import EngagementMutations
from resolvers.engagement.queries import EngagementQueries
from resolvers.identity.mutations import IdentityMutations
from resolvers.identity.queries import IdentityQueries
from resolvers.exchange.mutations import ExchangeMutations
from resolvers.exchange.queries import ExchangeQueries
from resolvers.inquiry.mutations import InquiryMutations
from resolvers.inquiry.queries import InquiryQueries
from resolvers.public.mutations import PublicMutations
from resolvers.public.queries import PublicQueries
from resolvers.supply.analysis import SupplyAnalysisMutations, SupplyAnalysisQueries
from resolvers.supply.focus import SupplyFocusQueries
from resolvers.supply.mutations import SupplyMutations
from resolvers.supply.queries import SupplyQueries
from schema.common.scalars import SCALAR_OVERRIDES
from schema.catalog import types as catalog_types
from schema.drugs import types as drug_types
from schema.engagement import types as engagement_types
from schema.exchange import types as exchange_types
from schema.execution import execution_context_class
from schema.cost import Limits
from schema.errors import error_id
from schema.extensions import make_engine_extension
from schema.inquiry import types as inquiry_types
from schema.supply import types as supply_types

log = logging.getLogger("zhilian.graphql")

Query = merge_types("Query", (IdentityQueries, CommonQueries, DrugQueries, CatalogQueries, SupplyQueries, ExchangeQueries,
                              SupplyAnalysisQueries, SupplyFocusQueries, InquiryQueries, PublicQueries, EngagementQueries))
Mutation = merge_types("Mutation", (IdentityMutations, CatalogMutations, DrugMutations, SupplyMutations, ExchangeMutations,
                                    SupplyAnalysisMutations, InquiryMutations, ClaimsMutations,
                                    PublicMutations, EngagementMutations))


class Schema(strawberry.Schema):
    def process_errors(self, errors: list[GraphQLError], execution_context: Any = None) -> None:
        """Logs unexpected errors (bugs, infrastructure; what the client sees as INTERNAL_SERVER_ERROR) with their
        traceback."""
        for e in errors:
            original = e.original_error
            expected = isinstance(original, (DomainError, StrawberryInputCoercionError)) or (
                isinstance(original, GraphQLError) and (original.extensions or {}).get("code"))
            if original is not None and not expected:
                log.error("unexpected error %s in %s", error_id(original), e.path, exc_info=original)


def limits(settings: Settings) -> Limits:
    """The request size limits and cost budgets of these settings."""
    return Limits(max_chars=settings.max_query_chars, max_tokens=settings.max_query_tokens,
                  max_aliases=settings.max_query_aliases, max_fields=settings.max_query_fields,
                  max_duplicates=settings.max_query_duplicates,
                  budget_public=settings.cost_budget_public, budget_staff=settings.cost_budget_staff,
                  budget_official=settings.cost_budget_official)


def build_schema(settings: Settings) -> Schema:
    """Builds the schema for this process's settings (depth limit, production masking, executor)."""
    return Schema(
        query=Query, mutation=Mutation,
        types=[drug_types.Drug, drug_types.Variety, drug_types.Manufacturer, drug_types.Tag,
               catalog_types.CatalogVersion, catalog_types.CatalogEntry, catalog_types.CatalogImport,
               supply_types.WarningRule, supply_types.SupplyWarning, supply_types.StockReport,
               inquiry_types.InquiryTask, inquiry_types.InquiryEvidence, inquiry_types.Notification,
               exchange_types.WholesaleUpload, exchange_types.DeliveryOrder, exchange_types.ExchangeBatch,
               engagement_types.PublicFeedback, engagement_types.InstitutionRating, engagement_types.PurchaseNeed],
        config=StrawberryConfig(auto_camel_case=True),
        extensions=[make_engine_extension(settings.max_query_depth, settings.production, limits(settings),
                                          settings.parse_cache_bytes)],
        execution_context_class=execution_context_class(settings.fast_executor),
        scalar_overrides=SCALAR_OVERRIDES,
    )
