"""One schema extension doing the per-request engine work: cached parse and validation (with a depth limit),
the production introspection gate, and coded, masked errors."""
from __future__ import annotations

import logging
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from graphql import (ExecutionResult, FieldNode, FragmentDefinitionNode, FragmentSpreadNode, GraphQLError,
                     InlineFragmentNode, OperationDefinitionNode, ValidationRule, parse, specified_rules,
                     validate)
from strawberry.extensions import SchemaExtension

from domain.shared.errors import DomainError
from schema.errors import ApiError

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
    if isinstance(original, DomainError):
        extensions = {"code": "BAD_USER_INPUT", "reason": str(original.code)}
        if original.field:
            extensions["field"] = original.field
        return GraphQLError(original.message, error.nodes, error.source, error.positions, error.path,
                            extensions=extensions)
    message = "服务器内部错误" if production else f"{type(original).__name__}: {original}"
    return GraphQLError(message, error.nodes, error.source, error.positions, error.path,
                        extensions={"code": "INTERNAL_SERVER_ERROR"})


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_nul(v) for v in value)
    return False


class EngineExtension(SchemaExtension):
    """The engine extension's kind. The API's direct path (api.graphql) runs a prepared operation without
    strawberry's extension runner and does this extension's work itself with its `prepare`, `has_nul`,
    `introspection_refused` and `coded`; it refuses to start with any other schema extension."""


def make_engine_extension(max_depth: int, production: bool) -> type[EngineExtension]:
    rules = (*specified_rules, depth_rule(max_depth))

    @lru_cache(maxsize=1024)
    def _prepare(query: str, schema: Any) -> tuple[Any, tuple[GraphQLError, ...], bool] | None:
        """Parse, validate and the introspection check, once per distinct query text (keyed by the text: hashing
        a parsed document walks every node)."""
        try:
            document = parse(query)
        except GraphQLError:
            return None
        return document, tuple(validate(schema, document, rules)), _introspects(document)

    class Engine(EngineExtension):
        # One hook instead of four: every hook costs a context manager per request. Strawberry skips its own
        # parse when the document is set and its own validation when pre_execution_errors is set, and does not
        # execute when a result is already there. The API's direct path (api.graphql) uses the same pieces.
        prepare = staticmethod(_prepare)

        @staticmethod
        def has_nul(query: str, variables: Any) -> bool:
            return "\x00" in query or "\\u0000" in query or _has_nul(variables)

        @staticmethod
        def introspection_refused(introspects: bool, principal: Any) -> bool:
            return production and introspects and not principal.non_public

        @staticmethod
        def coded(errors: list[GraphQLError]) -> list[GraphQLError]:
            return [_coded(e, production) for e in errors]

        def on_operation(self) -> Iterator[None]:
            ctx = self.execution_context
            query = ctx.query or ""
            # PostgreSQL text cannot hold NUL; refuse it here rather than fail deep in a query.
            if self.has_nul(query, ctx.variables):
                raise GraphQLError("输入中包含非法字符（NUL）", extensions={"code": "BAD_USER_INPUT",
                                                                     "reason": "INVALID_CHARACTER"})
            prepared = _prepare(query, ctx.schema._schema) if ctx.graphql_document is None and query else None
            if prepared is not None:  # None: a syntax error, which strawberry's own parse reports
                ctx.graphql_document, errors, introspects = prepared
                ctx.pre_execution_errors = list(errors)
                if not errors and self.introspection_refused(introspects, ctx.context.principal):
                    err = ApiError("内省查询仅对已登录的非公众客户端开放", "FORBIDDEN", reason="INTROSPECTION_DISABLED")
                    ctx.result = ExecutionResult(data=None, errors=[err])
            yield
            result = ctx.result
            errors = getattr(result, "errors", None)
            if errors:
                result.errors = self.coded(errors)  # type: ignore[union-attr]

    return Engine
