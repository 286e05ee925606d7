"""resolvers.common.selection.node_fields: what a connection's items select, through nodes, edges and fragments."""
from __future__ import annotations

from types import SimpleNamespace

from graphql import OperationDefinitionNode, parse

from resolvers.common.selection import node_fields


def _info(doc: str) -> SimpleNamespace:
    tree = parse(doc)
    op = next(d for d in tree.definitions if isinstance(d, OperationDefinitionNode))
    fragments = {d.name.value: d for d in tree.definitions if not isinstance(d, OperationDefinitionNode)}
    return SimpleNamespace(field_nodes=[op.selection_set.selections[0]], fragments=fragments)


def test_nodes_edges_fragments_and_aliases():
    info = _info("""{ drugs { totalCount nodes { code t: tags { value } ...A } edges { node { ... on Drug {
        catalogEntries { catalogNo } } } } } } fragment A on Drug { genericName }""")
    assert node_fields(info) == {"code", "tags", "genericName", "catalogEntries"}
    assert node_fields(info) is node_fields(info)  # memoized per document


def test_nothing_selected_on_the_items():
    assert node_fields(_info("{ drugs { totalCount pageInfo { hasNextPage } } }")) == frozenset()
