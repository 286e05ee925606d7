"""Security tests run against the same real API servers as tests/api (the `api`, `server` and `production_server`
fixtures of tests/conftest.py) with the same accounts."""
from tests.api.conftest import test_users  # noqa: F401 (the accounts the demo data does not have)
