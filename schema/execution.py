"""graphql-core's executor with a short path for plain leaf fields.

Most fields of a response are strawberry "basic" fields: no resolver, no field extension, no arguments, a scalar
or enum type, read with `getattr(source, python_name)`. graphql-core still builds a resolve-info object, calls
strawberry's wrapper, which calls `StrawberryField.get_result`, which calls `getattr`, and then walks
`complete_value` for each of them. Here such a field is read and serialized directly. Anything out of the
ordinary (an error, a null for a non-null field, an awaitable, a value the scalar refuses, field middleware)
goes back to graphql-core's own `execute_field`, which repeats the read and produces exactly its usual result
and error; the read is a plain attribute access, so repeating it is harmless."""
from __future__ import annotations

from typing import Any

from graphql import GraphQLField, GraphQLNonNull, is_leaf_type
from graphql.pyutils import Undefined
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.schema.schema_converter import GraphQLCoreConverter

_NO_PLAN = None
_PLANS: dict[int, tuple[GraphQLField, Any]] = {}  # id(field) -> (field kept alive, plan or None)


def _plan(field_def: GraphQLField) -> tuple[str, Any, bool] | None:
    """(python attribute name, leaf type, non-null) for a basic leaf field, else None."""
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
    leaf = type_.of_type if non_null else type_
    if not is_leaf_type(leaf):
        return None
    return definition.python_name, leaf, non_null


class ExecutionContext(StrawberryGraphQLCoreExecutionContext):
    def execute_field(self, parent_type: Any, source: Any, field_details_list: Any, path: Any,
                      position_context: Any) -> Any:
        node = field_details_list[0].node
        if not node.arguments and self.middleware_manager is None:
            field_def = self.schema.get_field(parent_type, node.name.value)
            if field_def is not None:
                found = _PLANS.get(id(field_def))
                if found is None:
                    found = _PLANS[id(field_def)] = (field_def, _plan(field_def))
                plan = found[1]
                if plan is not None:
                    name, leaf, non_null = plan
                    try:
                        value = getattr(source, name)
                        if value is None or value is Undefined:
                            if not non_null:
                                return None
                        elif not isinstance(value, Exception) and not self.is_awaitable(value):
                            coerced = leaf.coerce_output_value(value)
                            if coerced is not None and coerced is not Undefined:
                                return coerced
                    except Exception:  # noqa: BLE001, S110 - graphql-core's path reports it
                        pass
        return super().execute_field(parent_type, source, field_details_list, path, position_context)
