"""Writes the live GraphQL schema to schema.graphql at the repository root (the front ends codegen from it)."""
from __future__ import annotations

from pathlib import Path

from domain.shared.config import Settings
from resolvers.schema import build_schema

OUT = Path(__file__).resolve().parents[1] / "schema.graphql"


def sdl() -> str:
    return build_schema(Settings(jwt_secret="export-only")).as_str().rstrip() + "\n"


if __name__ == "__main__":
    OUT.write_text(sdl(), encoding="utf-8")
    print(f"wrote {OUT} ({len(OUT.read_text(encoding='utf-8').splitlines())} lines)")
