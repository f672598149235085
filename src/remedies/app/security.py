"""What keeps the app to the person at this computer.

- It listens on 127.0.0.1 only; a request whose Host is not this address and port is refused (DNS
  rebinding), and a request that changes anything must come from this origin (Origin or Referer).
- Nothing is served without a session, and a session starts only from a one-time link printed in the
  terminal; the session cookie is HttpOnly and SameSite=Strict, and the link stops working once used.
- Every form carries the session's CSRF token.
- A session unused for `idle_minutes` is locked: a new link is printed in the terminal.
- Every response forbids inline scripts and styles and anything from elsewhere (Content-Security-Policy),
  framing, caching and sending a Referer elsewhere.
"""

from __future__ import annotations

import hmac
import secrets
import time
from dataclasses import dataclass, field
from typing import Callable, Optional
from urllib.parse import urlsplit

from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response

COOKIE = "remedies_session"
UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
PUBLIC_PATHS = {"/bye"}  # the harmless page the quick exit leads to

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
       "connect-src 'self'; form-action 'self'; frame-src 'self'; object-src 'self'; base-uri 'none'; "
       "frame-ancestors 'none'")
HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",  # "no-referrer" would make browsers send Origin: null
    "cache-control": "no-store",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}


@dataclass
class Session:
    csrf: str
    last_seen: float
    language: str = "en"
    notice: Optional[str] = None


@dataclass
class Gate:
    """Tokens and sessions of one running app."""

    port: int
    idle_minutes: float = 15
    clock: Callable[[], float] = time.monotonic
    announce: Callable[[str], None] = lambda url: None
    tokens: list[str] = field(default_factory=list)
    sessions: dict[str, Session] = field(default_factory=dict)

    @property
    def origins(self) -> set[str]:
        return {f"http://127.0.0.1:{self.port}", f"http://localhost:{self.port}"}

    @property
    def hosts(self) -> set[str]:
        return {f"127.0.0.1:{self.port}", f"localhost:{self.port}"}

    def new_link(self) -> str:
        """A fresh one-time link (at most a few are valid at once); printed, never logged elsewhere."""
        token = secrets.token_urlsafe(32)
        self.tokens.append(token)
        del self.tokens[:-5]  # the five newest stay valid
        return f"http://127.0.0.1:{self.port}/?token={token}"

    def take(self, token: str) -> bool:
        for known in list(self.tokens):
            if hmac.compare_digest(known.encode(), token.encode()):
                self.tokens.remove(known)
                return True
        return False

    def open_session(self) -> tuple[str, Session]:
        sid = secrets.token_urlsafe(32)
        session = Session(csrf=secrets.token_urlsafe(32), last_seen=self.clock())
        self.sessions[sid] = session
        return sid, session

    def session(self, sid: Optional[str]) -> tuple[Optional[Session], bool]:
        """The session of a cookie, and whether it was just locked for being idle."""
        if not sid or sid not in self.sessions:
            return None, False
        session = self.sessions[sid]
        now = self.clock()
        if now - session.last_seen > self.idle_minutes * 60:
            del self.sessions[sid]
            return None, True
        session.last_seen = now
        return session, False

    def close(self, sid: Optional[str]) -> None:
        self.sessions.pop(sid or "", None)


def csrf_ok(session: Session, supplied: Optional[str]) -> bool:
    return bool(supplied) and hmac.compare_digest(session.csrf.encode(), str(supplied).encode())


def _plain_page(title: str, text: str, status: int) -> HTMLResponse:
    # No stylesheet or script: these pages are shown to whoever has no session.
    from html import escape

    body = (f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{escape(title)}</title>"
            f"</head><body><h1>{escape(title)}</h1><p>{escape(text)}</p></body></html>")
    return HTMLResponse(body, status_code=status)


class Guard:
    """ASGI middleware: Host and Origin allowlist, the token exchange, sessions, idle lock, headers."""

    def __init__(self, app, gate: Gate):
        self.app = app
        self.gate = gate

    async def __call__(self, scope, receive, send):
        if scope["type"] == "websocket":  # the app has none: refused before anything else sees it
            await receive()
            await send({"type": "websocket.close", "code": 1008})
            return
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in HEADERS.items():
                    headers[name] = value
            await send(message)

        request = Request(scope)
        response = self.refuse(request)
        if response is not None:
            return await response(scope, receive, send_with_headers)
        return await self.app(scope, receive, send_with_headers)

    def refuse(self, request: Request) -> Optional[Response]:
        gate = self.gate
        if request.headers.get("host", "") not in gate.hosts:
            return PlainTextResponse("This address is not served here.", status_code=400)
        if request.method in UNSAFE_METHODS and not self._same_origin(request):
            return PlainTextResponse("Refused: the request did not come from this app.", status_code=403)
        if request.url.path in PUBLIC_PATHS and request.method == "GET":
            return None
        token = request.query_params.get("token")
        if token is not None:
            if request.method != "GET" or not gate.take(token):
                gate.announce(gate.new_link())
                return _plain_page("This link no longer works",
                                   "Each link opens the app once. Open the new link printed in the terminal "
                                   "where remedies app runs.", 403)
            sid, _session = gate.open_session()
            # A page of the app itself moves on (not a redirect), so the SameSite=Strict cookie is sent.
            page = HTMLResponse('<!doctype html><html lang="en"><head><meta charset="utf-8">'
                                '<meta http-equiv="refresh" content="0;url=/"><title>remedies</title></head>'
                                '<body><p><a href="/">Open the cases</a></p></body></html>')
            page.set_cookie(COOKIE, sid, httponly=True, samesite="strict", path="/")
            return page
        session, locked = gate.session(request.cookies.get(COOKIE))
        if session is None:
            gate.announce(gate.new_link())
            if locked:
                page = _plain_page("Locked", f"The app locked itself after {gate.idle_minutes:g} minutes without "
                                             "use. Open the new link printed in the terminal where remedies app runs.",
                                   401)
            else:
                page = _plain_page("Open the link from the terminal",
                                   "This app opens only from the link printed in the terminal where remedies "
                                   "app runs.", 403)
            page.delete_cookie(COOKIE, path="/")
            return page
        request.scope.setdefault("state", {})["session"] = session
        request.scope["state"]["sid"] = request.cookies.get(COOKIE)
        return None

    def _same_origin(self, request: Request) -> bool:
        origin = request.headers.get("origin")
        if origin is not None:
            return origin in self.gate.origins
        referer = request.headers.get("referer")
        if referer:
            parts = urlsplit(referer)
            return f"{parts.scheme}://{parts.netloc}" in self.gate.origins
        return False
