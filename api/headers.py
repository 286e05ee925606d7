"""Security headers on every HTTP response: the SPA (/admin/), the mini-program's H5 build (/mp/), GraphiQL, the
GraphQL endpoint, files and health alike.

The SPA keeps its bearer token in localStorage (see README, Security): what makes that defensible is that no script
but our own, same-origin, bundled files ever runs on the origin. Hence `script-src 'self'` without 'unsafe-inline' or
'unsafe-eval' (the built pages and GraphiQL carry no inline script), no plugins, no <base> rewriting, no framing
(clickjacking), and `connect-src 'self'` so that even injected markup cannot send data elsewhere. Styles may be
inline (Element Plus and uni-app set them; a style cannot run code or read the token)."""
from __future__ import annotations

from typing import Any

CONTENT_SECURITY_POLICY = "; ".join((
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
))

HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), payment=(), usb=(), geolocation=(self)"),
)
_NAMES = frozenset(name for name, _ in HEADERS)


def secured(send: Any) -> Any:
    """Wraps an ASGI `send` so that the response start carries HEADERS (a header the app set itself is kept)."""
    async def wrapped(message: Any) -> None:
        if message["type"] == "http.response.start":
            headers = list(message.get("headers") or ())
            present = {name.lower() for name, _ in headers} & _NAMES
            headers.extend(h for h in HEADERS if h[0] not in present)
            message["headers"] = headers
        await send(message)
    return wrapped
