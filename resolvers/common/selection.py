"""Which fields a connection's nodes select, read from the query's syntax tree once per document."""
from __future__ import annotations

from typing import Any

from graphql import FieldNode, FragmentSpreadNode, InlineFragmentNode

_MEMO: dict[int, tuple[Any, frozenset[str]]] = {}  # id(first field node) -> (node kept alive, names)
_MEMO_MAX = 4096


def _fields(selection_set: Any, fragments: dict[str, Any], into: dict[str, list[FieldNode]]) -> None:
    for sel in selection_set.selections if selection_set else ():
        if isinstance(sel, FieldNode):
            into.setdefault(sel.name.value, []).append(sel)
        elif isinstance(sel, InlineFragmentNode):
            _fields(sel.selection_set, fragments, into)
        elif isinstance(sel, FragmentSpreadNode) and sel.name.value in fragments:
            _fields(fragments[sel.name.value].selection_set, fragments, into)


def node_fields(info: Any) -> frozenset[str]:
    """The field names (not aliases) selected on a connection's items, under `nodes` or `edges { node }`, in any
    fragment; `@skip`/`@include` are not evaluated (a field they drop is still named)."""
    raw = getattr(info, "_raw_info", info)
    first = raw.field_nodes[0]
    found = _MEMO.get(id(first))
    if found is not None and found[0] is first:
        return found[1]
    fragments = raw.fragments
    top: dict[str, list[FieldNode]] = {}
    for node in raw.field_nodes:
        _fields(node.selection_set, fragments, top)
    items: dict[str, list[FieldNode]] = {}
    for node in top.get("nodes", ()):
        _fields(node.selection_set, fragments, items)
    edges: dict[str, list[FieldNode]] = {}
    for node in top.get("edges", ()):
        _fields(node.selection_set, fragments, edges)
    for node in edges.get("node", ()):
        _fields(node.selection_set, fragments, items)
    names = frozenset(items)
    if len(_MEMO) >= _MEMO_MAX:
        _MEMO.clear()
    _MEMO[id(first)] = (first, names)
    return names
