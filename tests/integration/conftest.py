from collections.abc import AsyncIterator

import pytest

from domain.divisions.models import DivisionTree
from domain.divisions.repository import load_tree
from domain.shared.config import Settings
from domain.shared.db import Database, create_database


@pytest.fixture(scope="session")
async def db(database: None) -> AsyncIterator[Database]:
    d = create_database(Settings.from_env(), pool_size=2)
    yield d
    await d.dispose()


@pytest.fixture
async def session(db: Database) -> AsyncIterator:
    async with db.read_sessions() as s:
        yield s


@pytest.fixture(scope="session")
async def tree(db: Database) -> DivisionTree:
    async with db.read_sessions() as s:
        return await load_tree(s)
