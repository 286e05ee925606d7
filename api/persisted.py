"""Persisted operations: the public app's allow-list of GraphQL documents, addressed by their SHA-256.

The mini-program's codegen writes frontend/mp/src/gql/persisted-documents.json ({hash: document}); anonymous
callers and insured persons send {"documentId": hash, "variables": …} and only these documents run for them
(schema.permissions.PublicApp refuses public-app fields otherwise). PERSISTED_DOCUMENTS adds manifests (tests,
another public client)."""
from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Any

import orjson

from domain.shared.config import ROOT, Settings

log = logging.getLogger("zhilian.api")

MP_MANIFEST = ROOT / "frontend" / "mp" / "src" / "gql" / "persisted-documents.json"


class PersistedDocuments:
    def __init__(self, documents: dict[str, str]) -> None:
        self.documents = documents

    @classmethod
    def load(cls, settings: Settings) -> PersistedDocuments:
        documents: dict[str, str] = {}
        for path in (MP_MANIFEST, *map(Path, settings.persisted_documents)):
            try:
                data = orjson.loads(Path(path).read_bytes())
            except FileNotFoundError:
                if path != MP_MANIFEST:
                    log.warning("persisted documents %s not found", path)
                continue
            for key, document in data.items():
                # Only documents whose hash matches: a manifest cannot smuggle one hash onto another text.
                if hashlib.sha256(document.encode()).hexdigest() == key.removeprefix("sha256:"):
                    documents[key.removeprefix("sha256:")] = document
                else:
                    log.warning("persisted document %s in %s does not match its hash; skipped", key[:12], path)
        return cls(documents)

    def resolve(self, data: dict[str, Any]) -> tuple[str | None, bool]:
        """(document, asked): the document for a request's documentId (or Apollo-style
        extensions.persistedQuery.sha256Hash); asked is False when the request named none."""
        doc_id = data.get("documentId")
        if doc_id is None:
            ext = data.get("extensions")
            pq = ext.get("persistedQuery") if isinstance(ext, dict) else None
            doc_id = pq.get("sha256Hash") if isinstance(pq, dict) else None
        if doc_id is None:
            return None, False
        if not isinstance(doc_id, str):
            return None, True
        return self.documents.get(doc_id.removeprefix("sha256:")), True
