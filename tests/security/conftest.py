"""Security tests (OWASP API Security Top 10, 2023) through HTTP against real API processes, re-using the API tests'
fixtures (tests/conftest.py: `database`, `server`, `production_server`, `api`; tests/helpers.py: make_user, sql) and
the accounts tests/api/conftest.py adds.

`secure_api` is an API process of its own with the public rate limit off, so that walking every mutation as every
account (anonymous callers included) is never cut short by the limiter."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.api.conftest import test_users  # noqa: F401 (the accounts the demo data does not have)
from tests.public_helpers import anon, insured, manifest, public_base, wechat  # noqa: F401 (public API fixtures)
from tests.conftest import _env, _serve
from tests.helpers import Api

TOKEN_CHECK_SECONDS = 1  # how long an API process may keep honouring a revoked token


@pytest.fixture(scope="session")
def secure_base(database: None, queue_name: str) -> Iterator[str]:
    yield from _serve(_env(ARQ_QUEUE=queue_name, PUBLIC_RATE_LIMIT="0", TOKEN_CHECK_SECONDS=str(TOKEN_CHECK_SECONDS)),
                      "security")


@pytest.fixture(scope="session")
def secure_api(secure_base: str) -> Api:
    return Api(secure_base)
