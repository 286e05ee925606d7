"""One schema extension doing the per-request engine work: cached parse and validation (with size, depth and cost
limits: schema.cost), the production introspection gate, and coded, masked errors."""
from __future__ import annotations

import asyncio
import logging
import re
from collections import OrderedDict
from collections.abc import AsyncIterator
from typing import Any

from graphql import (ExecutionResult, FieldNode, FragmentDefinitionNode, FragmentSpreadNode, GraphQLError,
                     InlineFragmentNode, OperationDefinitionNode, ValidationRule, parse, specified_rules,
                     validate)
from strawberry.extensions import SchemaExtension

from domain.shared.errors import DomainError
from schema.cost import CostPlan, Limits, compile_costs, shape_refusal, token_refusal
from schema.errors import ApiError, error_id
from strawberry.exceptions import StrawberryInputCoercionError

log = logging.getLogger("zhilian.graphql")


def depth_rule(max_depth: int) -> type[ValidationRule]:
    """A validation rule rejecting operations nested deeper than `max_depth` fields."""

    class DepthLimit(ValidationRule):
        def enter_operation_definition(self, node: OperationDefinitionNode, *_: Any) -> None:
            fragments = {d.name.value: d for d in self.context.document.definitions
                         if isinstance(d, FragmentDefinitionNode)}
            depth = _depth(node.selection_set, fragments, 0, set())
            if depth > max_depth:
                self.report_error(GraphQLError(
                    f"查询嵌套层数 {depth} 超过上限 {max_depth}", node,
                    extensions={"code": "QUERY_TOO_DEEP", "maxDepth": max_depth}))

    return DepthLimit


def _depth(selection_set: Any, fragments: dict[str, Any], level: int, seen: set[str]) -> int:
    if selection_set is None:
        return level
    deepest = level
    for sel in selection_set.selections:
        if isinstance(sel, FieldNode):
            if sel.name.value.startswith("__"):
                continue
            deepest = max(deepest, _depth(sel.selection_set, fragments, level + 1, seen))
        elif isinstance(sel, InlineFragmentNode):
            deepest = max(deepest, _depth(sel.selection_set, fragments, level, seen))
        elif isinstance(sel, FragmentSpreadNode) and sel.name.value not in seen:
            frag = fragments.get(sel.name.value)
            if frag is not None:
                deepest = max(deepest, _depth(frag.selection_set, fragments, level, seen | {sel.name.value}))
    return deepest


def _introspects(document: Any) -> bool:
    def walk(ss: Any) -> bool:
        if ss is None:
            return False
        for sel in ss.selections:
            if isinstance(sel, FieldNode) and sel.name.value in ("__schema", "__type"):
                return True
            if walk(getattr(sel, "selection_set", None)):
                return True
        return False
    return any(walk(getattr(d, "selection_set", None)) for d in document.definitions)


def _coded(error: GraphQLError, production: bool) -> GraphQLError:
    original = error.original_error
    code = (error.extensions or {}).get("code")
    if code:
        return error
    if original is None or error.path is None:
        # No path: the request never ran (syntax, validation, variable coercion such as an unknown enum value).
        bad_var = error.message.startswith("Variable '$")
        return GraphQLError(error.message, error.nodes, error.source, error.positions, error.path,
                            extensions={"code": "BAD_USER_INPUT" if bad_var else "GRAPHQL_VALIDATION_FAILED"})
    if isinstance(original, GraphQLError) and (original.extensions or {}).get("code"):
        return GraphQLError(original.message, error.nodes, error.source, error.positions, error.path,
                            extensions=original.extensions)
    if isinstance(original, StrawberryInputCoercionError):
        # an input strawberry could not convert (null for a Maybe[T] field …): the client's value, not our fault
        text = "不能显式传 null（不修改时请省略该字段）" if "found null" in original.message else "类型不符"
        return GraphQLError(f"输入值无效：{text}", error.nodes, error.source, error.positions, error.path,
                            extensions={"code": "BAD_USER_INPUT", "reason": "INVALID_INPUT"})
    if isinstance(original, DomainError):
        extensions = {"code": "BAD_USER_INPUT", "reason": str(original.code)}
        if original.field:
            extensions["field"] = original.field
        return GraphQLError(original.message, error.nodes, error.source, error.positions, error.path,
                            extensions=extensions)
    # Never the exception's text, in any mode: a database error carries the statement's parameters. The log has it
    # (Schema.process_errors) under the same id.
    found = error_id(original)
    extensions = {"code": "INTERNAL_SERVER_ERROR", "errorId": found}
    if not production:
        extensions["exception"] = type(original).__name__
    return GraphQLError(f"服务器内部错误（编号 {found}）", error.nodes, error.source, error.positions, error.path,
                        extensions=extensions)


class EngineExtension(SchemaExtension):
    """The engine extension's kind. The API's direct path (api.graphql) runs a prepared operation without
    strawberry's extension runner and does this extension's work itself with its `prepare`, `bad_text`,
    `introspection_refused`, `cost_refusal` and `coded`; it refuses to start with any other schema extension."""


class Prepared:
    """A document's parse, validation and cost plans, computed once per distinct text. `document` is None when it
    was refused before validation (syntax, size): `errors` says why."""

    __slots__ = ("costs", "document", "errors", "introspects")

    def __init__(self, document: Any, errors: tuple[GraphQLError, ...], introspects: bool = False,
                 costs: dict[str | None, CostPlan] | None = None) -> None:
        self.document, self.errors, self.introspects, self.costs = document, errors, introspects, costs or {}


class ParseCache:
    """Prepared documents by text, least recently used first out, bounded by an estimate of the memory they hold
    (AST_BYTES_PER_CHAR per character of text: measured 70-300 for parse plus validation) as well as by count."""

    AST_BYTES_PER_CHAR = 200

    def __init__(self, max_bytes: int, max_entries: int = 2048) -> None:
        self.max_bytes, self.max_entries = max_bytes, max_entries
        self.bytes = 0
        self._entries: OrderedDict[str, Prepared] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    def weight(self, query: str) -> int:
        return len(query) * self.AST_BYTES_PER_CHAR

    def get(self, query: str) -> Prepared | None:
        found = self._entries.get(query)
        if found is not None:
            self._entries.move_to_end(query)
        return found

    def put(self, query: str, prepared: Prepared) -> None:
        weight = self.weight(query)
        if weight > self.max_bytes or query in self._entries:
            return
        while self._entries and (self.bytes + weight > self.max_bytes or len(self._entries) >= self.max_entries):
            old, _ = self._entries.popitem(last=False)
            self.bytes -= self.weight(old)
        self._entries[query] = prepared
        self.bytes += weight


SUGGESTION = re.compile(r" ?Did you mean .*\?$", re.S)
# A lone UTF-16 surrogate (JSON "\ud800" decodes to one): no UTF-8 encoding exists, so PostgreSQL cannot hold it.
SURROGATE = re.compile("[\ud800-\udfff]")


def _bad_string(value: str) -> str | None:
    if "\x00" in value:
        return "NUL"
    if not value.isascii() and SURROGATE.search(value):
        return "SURROGATE"
    return None


def bad_text(value: Any) -> str | None:
    """Why a variables value cannot be stored as text (NUL, a lone surrogate), else None."""
    if isinstance(value, str):
        return _bad_string(value)
    if isinstance(value, dict):
        for v in value.values():
            found = bad_text(v)
            if found:
                return found
    elif isinstance(value, list):
        for v in value:
            found = bad_text(v)
            if found:
                return found
    return None


def bad_text_error(reason: str) -> GraphQLError:
    what = "NUL" if reason == "NUL" else "不成对的 UTF-16 代理项"
    return GraphQLError(f"输入中包含非法字符（{what}）", extensions={"code": "BAD_USER_INPUT",
                                                           "reason": "INVALID_CHARACTER"})


OFF_LOOP_CHARS = 2_000  # larger uncached documents are parsed and validated in a worker thread (GIL: the
# loop gets a turn every switch interval, 5 ms, instead of waiting ~100 ms for a 1,000-token document)


def make_engine_extension(max_depth: int, production: bool, limits: Limits | None = None,
                          cache_bytes: int = 64 * 1024 * 1024) -> type[EngineExtension]:
    rules = (*specified_rules, depth_rule(max_depth))
    limits = limits or Limits()
    cache = ParseCache(cache_bytes)

    def _prepare_uncached(query: str, schema: Any) -> Prepared:
        try:
            document = parse(query, max_tokens=limits.max_tokens, max_source_length=limits.max_chars)
        except GraphQLError as e:
            return Prepared(None, (token_refusal(e, limits) or e,))
        refused = shape_refusal(document, limits)
        if refused is not None:
            return Prepared(None, (refused,))
        errors = tuple(validate(schema, document, rules))
        return Prepared(document, errors, _introspects(document), None if errors else compile_costs(schema, document))

    def _prepare(query: str, schema: Any) -> Prepared:
        """Parse, size checks, validation, the introspection check and cost plans, once per distinct query text
        (keyed by the text: hashing a parsed document walks every node)."""
        found = cache.get(query)
        if found is None:
            found = _prepare_uncached(query, schema)
            cache.put(query, found)
        return found

    async def _prepare_async(query: str, schema: Any) -> Prepared:
        """_prepare, with a large uncached document's work in a worker thread so the event loop keeps serving."""
        if len(query) > OFF_LOOP_CHARS and cache.get(query) is None:
            found = await asyncio.to_thread(_prepare_uncached, query, schema)
            cache.put(query, found)
            return found
        return _prepare(query, schema)

    def _cost_refusal(prepared: Prepared, operation_name: str | None, variables: Any,
                      principal: Any) -> GraphQLError | None:
        if not isinstance(operation_name, str | None):
            return None  # not a name: the view refuses the request
        plan = prepared.costs.get(operation_name)
        if plan is None:
            return None  # no such operation: graphql-core reports it
        cost = plan.cost(variables if isinstance(variables, dict) else None)
        budget = limits.budget(principal)
        if cost <= budget:
            return None
        return GraphQLError(f"查询的计算量 {cost} 超过当前身份的上限 {budget}，请减少每页条数、嵌套列表或别名",
                            extensions={"code": "QUERY_TOO_COSTLY", "cost": cost, "budget": budget})

    def _strip(error: GraphQLError) -> GraphQLError:
        if production and error.path is None and "Did you mean" in error.message:
            return GraphQLError(SUGGESTION.sub("", error.message), error.nodes, error.source, error.positions,
                                error.path, extensions=error.extensions)
        return error

    class Engine(EngineExtension):
        # One hook instead of four: every hook costs a context manager per request. Strawberry skips its own
        # parse when the document is set and its own validation when pre_execution_errors is set, and does not
        # execute when a result is already there. The API's direct path (api.graphql) uses the same pieces.
        prepare = staticmethod(_prepare)
        prepare_async = staticmethod(_prepare_async)
        cost_refusal = staticmethod(_cost_refusal)
        parse_cache = cache

        @staticmethod
        def bad_text(query: str, variables: Any) -> str | None:
            if "\x00" in query or "\\u0000" in query:
                return "NUL"
            return bad_text(variables)

        @staticmethod
        def introspection_refused(introspects: bool, principal: Any) -> bool:
            return production and introspects and not principal.non_public

        @staticmethod
        def coded(errors: list[GraphQLError]) -> list[GraphQLError]:
            return [_strip(_coded(e, production)) for e in errors]

        async def on_operation(self) -> AsyncIterator[None]:
            ctx = self.execution_context
            query = ctx.query or ""
            # PostgreSQL text cannot hold NUL or a lone surrogate; refuse them here rather than fail deep in a query.
            bad = self.bad_text(query, ctx.variables)
            if bad:
                raise bad_text_error(bad)
            if ctx.graphql_document is None and query:
                prepared = await _prepare_async(query, ctx.schema._schema)
                if prepared.document is None:  # refused before validation: strawberry must not parse it again
                    raise self.coded(list(prepared.errors))[0]
                else:
                    ctx.graphql_document = prepared.document
                    ctx.pre_execution_errors = list(prepared.errors)
                    principal = ctx.context.principal
                    if not prepared.errors:
                        if self.introspection_refused(prepared.introspects, principal):
                            err = ApiError("内省查询仅对已登录的非公众客户端开放", "FORBIDDEN",
                                           reason="INTROSPECTION_DISABLED")
                            ctx.result = ExecutionResult(data=None, errors=[err])
                        else:
                            refusal = _cost_refusal(prepared, ctx.operation_name, ctx.variables, principal)
                            if refusal is not None:
                                ctx.result = ExecutionResult(data=None, errors=[refusal])
            yield
            result = ctx.result
            errors = getattr(result, "errors", None)
            if errors:
                result.errors = self.coded(errors)  # type: ignore[union-attr]

    return Engine
