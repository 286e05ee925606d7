"""graphql-core's executor with a short path for plain fields, planned once per selection.

Most fields of a response are strawberry "basic" fields: no resolver, no field extension, no arguments, read with
`getattr(source, python_name)`. For each of them graphql-core builds a response path and a resolve-info object,
calls strawberry's wrapper (which calls `StrawberryField.get_result`, which calls `getattr`) and walks
`complete_value`. A list of 20 institutions runs the same selection 20 times, and graphql-core memoizes the
collected selection per execution (the same `grouped_field_set` object for every item). So per selection and
execution a plan says which fields are basic leaves (read and serialized directly, in one loop) and which are basic
fields of a plain object type (completed straight through their own selection, as complete_object_value would).
Anything out of the ordinary (an error, a null for a non-null field, an awaitable, a value the scalar refuses, field
middleware) goes to graphql-core's own `execute_field`, which repeats the read and produces exactly its usual result
and error; the read is a plain attribute access, so repeating it is harmless. Items of a list of plain objects go
straight to their selection too (`complete_value`).

It overrides graphql-core's `execute_fields` / `complete_value` and reads strawberry's field definitions
(`is_basic_field`, `default_resolver`, the converter's back-reference), none of them public API. It was checked
against graphql-core 3.3.2 and strawberry-graphql 0.341.2 (CHECKED_WITH, pinned in pyproject.toml): with other
installed versions `execution_context_class` falls back to strawberry's stock class and logs a warning. The
setting FAST_EXECUTOR=0 turns it off; `make test` runs the API tests a second time that way.
"""
from __future__ import annotations

import logging
from collections.abc import Mapping
from importlib.metadata import version
from typing import Any

from graphql import GraphQLField, GraphQLNonNull, GraphQLObjectType, is_leaf_type
from graphql.pyutils import Path, Undefined, gather_with_cancel
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.schema.schema_converter import GraphQLCoreConverter

log = logging.getLogger("zhilian.graphql")

CHECKED_WITH = {"graphql-core": "3.3.2", "strawberry-graphql": "0.341.2"}

_PLANS: dict[int, tuple[GraphQLField, Any]] = {}  # id(field) -> (field kept alive, plan or None)


def execution_context_class(enabled: bool, installed: Mapping[str, str] | None = None) -> type[Any] | None:
    """The executor class for the schema: this module's ExecutionContext when enabled and the installed graphql-core
    and strawberry are the versions it was checked against, else None (strawberry's stock class)."""
    if not enabled:
        return None
    installed = installed or {name: version(name) for name in CHECKED_WITH}
    differing = {name: installed.get(name) for name, checked in CHECKED_WITH.items() if installed.get(name) != checked}
    if differing:
        log.warning("schema.execution.ExecutionContext was checked against %s but %s is installed: using "
                    "strawberry's stock execution context", CHECKED_WITH, differing)
        return None
    return ExecutionContext


_PLAIN: dict[int, tuple[Any, bool]] = {}  # id(type) -> (type kept alive, plain?)


def _plain_object(type_: Any) -> bool:
    """An object type whose values can be completed straight through their selection: no is_type_of check, or
    strawberry's own (an isinstance test of the value against the type and its interfaces, which ignores the
    resolve info, so it can be run without one: see `_is_type`). A custom is_type_of keeps graphql-core's path."""
    found = _PLAIN.get(id(type_))
    if found is None or found[0] is not type_:
        check = getattr(type_, "is_type_of", None)
        plain = isinstance(type_, GraphQLObjectType) and (
            check is None or getattr(check, "__qualname__", "").endswith("_get_is_type_of.<locals>.is_type_of"))
        found = _PLAIN[id(type_)] = (type_, plain)
    return found[1]


def _is_type(type_: Any, value: Any) -> bool:
    check = type_.is_type_of
    return check is None or check(value, None) is True


def _plan(field_def: GraphQLField) -> tuple[str, Any, bool, bool] | None:
    """(python attribute name, leaf or object type, non-null, is a leaf) for a basic field whose type is a leaf or
    a plain object type (see _plain_object), else None."""
    resolve = field_def.resolve
    if resolve is None or not getattr(resolve, "_is_default", False) or field_def.args:
        return None
    definition = (field_def.extensions or {}).get(GraphQLCoreConverter.DEFINITION_BACKREF)
    if definition is None or not getattr(definition, "is_basic_field", False):
        return None
    if definition.default_resolver is not getattr or not definition.python_name:
        return None
    type_ = field_def.type
    non_null = isinstance(type_, GraphQLNonNull)
    inner = type_.of_type if non_null else type_
    if is_leaf_type(inner):
        return definition.python_name, inner, non_null, True
    if _plain_object(inner):
        return definition.python_name, inner, non_null, False
    return None


def _field_plan(schema: Any, parent_type: Any, field_details_list: Any) -> tuple[str, Any, bool, bool] | None:
    node = field_details_list[0].node
    if node.arguments:
        return None
    field_def = schema.get_field(parent_type, node.name.value)
    if field_def is None:
        return None
    found = _PLANS.get(id(field_def))
    if found is None:
        found = _PLANS[id(field_def)] = (field_def, _plan(field_def))
    return found[1]


class _Bubble(Exception):  # noqa: N818
    """A located error of a non-null object field, on its way to the parent (not to be retried as a slow field)."""

    def __init__(self, error: Exception) -> None:
        self.error = error


class ExecutionContext(StrawberryGraphQLCoreExecutionContext):
    _object_plans: dict[int, tuple[Any, list[tuple[str, Any, Any]] | None]] | None = None

    @property
    def _plain_fields(self) -> bool:
        """No field middleware (strawberry's schema.execute passes an empty MiddlewareManager, our prepared path
        none): every field resolves as defined, so the short paths apply."""
        manager = self.middleware_manager
        return manager is None or getattr(manager, "_middleware_resolvers", True) is None

    def execute_fields(self, parent_type: Any, source_value: Any, path: Any, grouped_field_set: Any,
                       position_context: Any) -> Any:
        if not self._plain_fields:
            return super().execute_fields(parent_type, source_value, path, grouped_field_set, position_context)
        plans = self._object_plans
        if plans is None:
            plans = self._object_plans = {}
        key = id(grouped_field_set)
        found = plans.get(key)
        if found is None or found[0] is not grouped_field_set:
            steps = [(name, _field_plan(self.schema, parent_type, details), details)
                     for name, details in grouped_field_set.items()]
            # the selection is kept with its plan, so its id cannot be reused during this execution
            found = plans[key] = (grouped_field_set, steps if any(s[1] is not None for s in steps) else None)
        steps = found[1]
        if steps is None:
            return super().execute_fields(parent_type, source_value, path, grouped_field_set, position_context)
        results: dict[str, Any] = {}
        is_awaitable = self.is_awaitable
        awaitable_fields: list[str] = []
        type_name = parent_type.name
        try:
            for response_name, plan, details in steps:
                if plan is not None:
                    name, type_, non_null, leaf = plan
                    try:
                        value = getattr(source_value, name)
                        if value is None or value is Undefined:
                            if not non_null:
                                results[response_name] = None
                                continue
                        elif isinstance(value, Exception) or is_awaitable(value):
                            pass
                        elif leaf:
                            coerced = type_.coerce_output_value(value)
                            if coerced is not None and coerced is not Undefined:
                                results[response_name] = coerced
                                continue
                        elif _is_type(type_, value):  # a plain object: its own selection, as complete_object_value
                            result = self._complete_object(type_, non_null, details,
                                                           Path(path, response_name, type_name), value,
                                                           position_context)
                            results[response_name] = result
                            if is_awaitable(result):
                                awaitable_fields.append(response_name)
                            continue
                    except _Bubble as bubble:
                        raise bubble.error from None
                    except Exception:  # noqa: BLE001, S110 - graphql-core's path reports it
                        pass
                result = self.execute_field(parent_type, source_value, details, Path(path, response_name, type_name),
                                            position_context)
                if result is not Undefined:
                    results[response_name] = result
                    if is_awaitable(result):
                        awaitable_fields.append(response_name)
        except Exception:
            if awaitable_fields:
                self.settle_in_background([results[f] for f in awaitable_fields])
            raise
        if not awaitable_fields:
            return results

        async def get_results() -> dict[str, Any]:
            if len(awaitable_fields) == 1:
                field = awaitable_fields[0]
                results[field] = await results[field]
            else:
                awaited = await gather_with_cancel(*(results[f] for f in awaitable_fields))
                results.update(zip(awaitable_fields, awaited, strict=True))
            return results

        return get_results()

    def _complete_object(self, type_: Any, non_null: bool, details: Any, path: Any, value: Any,
                         position_context: Any) -> Any:
        """A basic field's object value completed as execute_field → complete_value → complete_object_value would:
        an error inside is located at this field and nulls it, or (non-null field) propagates to the parent."""
        return_type = GraphQLNonNull(type_) if non_null else type_
        try:
            completed = self.collect_and_execute_subfields(type_, details, path, value, position_context)
        except Exception as raw_error:  # noqa: BLE001 - handled as graphql-core handles a field error
            try:
                self.handle_field_error(raw_error, return_type, details, path)
            except Exception as error:  # noqa: BLE001
                raise _Bubble(error) from None
            return None
        if not self.is_awaitable(completed):
            return completed

        async def await_completed() -> Any:
            try:
                return await completed
            except Exception as raw_error:  # noqa: BLE001
                self.handle_field_error(raw_error, return_type, details, path)
                return None

        return await_completed()

    def complete_value(self, return_type: Any, field_details_list: Any, info: Any, path: Any, result: Any,
                       position_context: Any) -> Any:
        # A value of a plain object type (the items of a list of objects): straight to its selection, which is
        # what graphql-core's complete_value → complete_object_value does for it (a dict is never null)
        inner = return_type.of_type if type(return_type) is GraphQLNonNull else return_type
        if (_plain_object(inner) and result is not None and result is not Undefined
                and not isinstance(result, Exception) and _is_type(inner, result)):
            return self.collect_and_execute_subfields(inner, field_details_list, path, result, position_context)
        return super().complete_value(return_type, field_details_list, info, path, result, position_context)
