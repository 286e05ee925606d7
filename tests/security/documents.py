"""The GraphQL documents the front ends send: the admin SPA's (its generated document map, each operation with the
fragments it uses, as the client sends it) and the mini-program's persisted ones."""
from __future__ import annotations

import json
import re
from pathlib import Path

from graphql import FragmentDefinitionNode, FragmentSpreadNode, OperationDefinitionNode, parse, visit
from graphql.language import Visitor

ROOT = Path(__file__).resolve().parents[2]
SPA_MAP = ROOT / "frontend" / "admin" / "src" / "gql" / "gql.ts"
MP_MANIFEST = ROOT / "frontend" / "mp" / "src" / "gql" / "persisted-documents.json"
_ENTRY = re.compile(r'^    ("(?:[^"\\]|\\.)*"): typeof types\.\w+,$', re.M)


def _spreads(node: object) -> set[str]:
    found: set[str] = set()

    class Spreads(Visitor):
        def enter_fragment_spread(self, n: FragmentSpreadNode, *_: object) -> None:
            found.add(n.name.value)

    visit(node, Spreads())  # type: ignore[arg-type]
    return found


def spa_documents() -> dict[str, str]:
    """{operation name: document text with every fragment it spreads} of the admin SPA."""
    texts = [json.loads(m.group(1)) for m in _ENTRY.finditer(SPA_MAP.read_text())]
    fragments: dict[str, str] = {}
    operations: dict[str, str] = {}
    for text in texts:
        for definition in parse(text).definitions:
            if isinstance(definition, FragmentDefinitionNode):
                fragments[definition.name.value] = _source(text, definition)
    for text in texts:
        ops = [d for d in parse(text).definitions if isinstance(d, OperationDefinitionNode)]
        for op in ops:
            needed, todo = set(), list(_spreads(op))
            while todo:
                name = todo.pop()
                if name not in needed:
                    needed.add(name)
                    todo.extend(_spreads(parse(fragments[name]).definitions[0]))
            operations[op.name.value] = "\n".join([_source(text, op), *(fragments[n] for n in sorted(needed))])
    return operations


def _source(text: str, node: object) -> str:
    loc = node.loc  # type: ignore[attr-defined]
    return text[loc.start:loc.end]


def mp_documents() -> dict[str, str]:
    """{hash: document} of the mini-program's persisted operations."""
    return json.loads(MP_MANIFEST.read_text())
