"""Insured persons and a public-app client for the public-engagement tests.

The public app's operations reach the API as persisted (allow-listed) documents: `public_app_server` serves the API
with a manifest of the test module's documents, and `PublicApp` sends them by documentId, as the mini-program does.
Insured persons get a token minted for an inserted insured_person row (insuredLogin is tested with the public API)."""
from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Iterable, Iterator
from typing import Any

import httpx

from domain.identity.tokens import TokenClaims, issue
from domain.shared.scopes import Role, scopes_for
from tests.conftest import ROOT, _env, _serve
from tests.helpers import Result, sql


def make_insured(name: str = "测试参保人") -> int:
    """Inserts an insured person (DEV provider) and returns the id."""
    return sql("INSERT INTO insured_person (provider, subject, display_name) VALUES ('DEV', $1, $2) RETURNING id",
               uuid.uuid4().hex, name)[0]["id"]


def insured_token(insured_id: int) -> str:
    claims = TokenClaims(user_id=None, username=f"insured:{insured_id}", display_name="参保人",
                         role=Role.INSURED_PERSON, posts=frozenset(), scopes=scopes_for(Role.INSURED_PERSON, ()),
                         org_id=None, division_code=None, expires_at=0, insured_id=insured_id)
    return issue(claims, os.environ["JWT_SECRET"], 600)[0]


def doc_id(document: str) -> str:
    return hashlib.sha256(document.encode()).hexdigest()


def public_app_server(documents: Iterable[str], queue_name: str, name: str) -> Iterator[str]:
    """The API with these documents allow-listed for public-app callers."""
    path = ROOT / ".local" / f"test-{name}-documents.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({doc_id(d): d for d in documents}))
    yield from _serve(_env(ARQ_QUEUE=queue_name, PERSISTED_DOCUMENTS=str(path), PUBLIC_RATE_LIMIT="100000"), name)


class PublicApp:
    """Sends allow-listed documents by their id, as an insured person (or anonymously)."""

    def __init__(self, base: str) -> None:
        self.client = httpx.Client(base_url=base, timeout=30)
        self.tokens: dict[int, str] = {}

    def gql(self, document: str, variables: dict[str, Any] | None = None, *, insured: int | None) -> Result:
        h = {"x-client": "MP_WEIXIN"}
        if insured is not None:
            h["authorization"] = f"Bearer {self.tokens.setdefault(insured, insured_token(insured))}"
        r = self.client.post("/graphql", json={"documentId": doc_id(document), "variables": variables or {}},
                             headers=h)
        return Result(r.status_code, r.json(), r.headers)
