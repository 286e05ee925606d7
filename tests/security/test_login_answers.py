"""API2:2023 Broken Authentication: a failed sign-in answers the same whoever the username names (unknown, disabled,
locked, or a wrong password), so the login does not tell existing accounts from unknown ones; lock and disabled
states are told only to whoever knows the password, and lockout still counts."""
from __future__ import annotations

from tests.helpers import Api, make_user, sql

WRONG = "Wrong@2026"


def _answer(api: Api, username: str, password: str) -> tuple[str | None, list[str]]:
    r = api.login(username, password).ok()["userLogin"]
    return r["token"], [(e["code"], e["message"], e["field"]) for e in r["userErrors"]]


def test_unknown_disabled_locked_and_wrong_password_get_one_answer(secure_api: Api):
    make_user("sec_disabled", "PREFECTURE_OFFICIAL", [], "650100")
    sql("UPDATE app_user SET active = false WHERE username = 'sec_disabled'")
    make_user("sec_locked", "PREFECTURE_OFFICIAL", [], "650100")
    sql("UPDATE app_user SET locked_until = now() + interval '10 minutes' WHERE username = 'sec_locked'")
    make_user("sec_plain", "PREFECTURE_OFFICIAL", [], "650100")
    answers = {name: _answer(secure_api, name, WRONG)
               for name in ("sec_nobody_by_this_name", "sec_disabled", "sec_locked", "sec_plain")}
    assert len(set(map(str, answers.values()))) == 1, answers
    token, errors = answers["sec_plain"]
    assert token is None and [e[0] for e in errors] == ["INVALID_CREDENTIALS"]


def test_lock_and_disabled_states_are_told_after_the_right_password_only(secure_api: Api):
    make_user("sec_disabled2", "PREFECTURE_OFFICIAL", [], "650100")
    sql("UPDATE app_user SET active = false WHERE username = 'sec_disabled2'")
    token, errors = _answer(secure_api, "sec_disabled2", "Demo@2026")
    assert token is None and errors[0][0] == "ACCOUNT_DISABLED"
    make_user("sec_lockout", "PREFECTURE_OFFICIAL", [], "650100")
    for _ in range(5):  # LOGIN_MAX_FAILURES
        assert _answer(secure_api, "sec_lockout", WRONG)[1][0][0] == "INVALID_CREDENTIALS"
    assert _answer(secure_api, "sec_lockout", WRONG)[1][0][0] == "INVALID_CREDENTIALS"  # locked: still the same
    token, errors = _answer(secure_api, "sec_lockout", "Demo@2026")
    assert token is None and errors[0][0] == "ACCOUNT_LOCKED"
    failed = sql("SELECT count(*) AS n FROM audit_log WHERE action = 'auth.login_failed' AND entity_label = 'sec_lockout'")
    assert failed[0]["n"] == 6


def test_failures_during_a_lock_renew_it(secure_api: Api):
    """A lock leaves room for at most LOGIN_MAX_FAILURES guesses per lock period, whatever the answers tell."""
    make_user("sec_renew", "PREFECTURE_OFFICIAL", [], "650100")
    sql("UPDATE app_user SET locked_until = now() + interval '1 minute' WHERE username = 'sec_renew'")
    for _ in range(5):
        _answer(secure_api, "sec_renew", WRONG)
    (row,) = sql("SELECT locked_until > now() + interval '10 minutes' AS renewed FROM app_user "
                 "WHERE username = 'sec_renew'")
    assert row["renewed"]
