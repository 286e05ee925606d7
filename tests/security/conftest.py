"""Security tests run against the same real API and worker processes as tests/api (fixtures from tests/conftest.py);
the public-API fixtures are re-exported for tests of the insured persons' side."""
from tests.public_helpers import anon, insured, manifest, public_base, wechat  # noqa: F401
