"""Claims' row errors travel in the stock report's GraphQL error type: every claims code must exist there, or
`user_errors` would report it as VALIDATION_FAILED."""
from domain.claims.errors import ClaimsErrorCode
from domain.supply.errors import SupplyErrorCode


def test_every_claims_error_code_is_a_supply_error_code():
    missing = {c.value for c in ClaimsErrorCode} - {c.value for c in SupplyErrorCode}
    assert not missing, f"add these to SupplyErrorCode (or give claims its own GraphQL error type): {missing}"
