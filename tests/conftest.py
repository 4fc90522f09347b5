"""Shared fixtures: a real HTTP server on loopback whose virtual hosts tests script page by page."""
from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable

import pytest

class _BacklogServer(ThreadingHTTPServer):
    request_queue_size = 128  # the default backlog of 5 drops SYNs when many hosts connect at once


SHARED = Path(__file__).resolve().parents[2] / "shared" / "evaluation"


@dataclass
class Page:
    """What the server answers for one URL; `script` overrides it per request number."""

    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "text/html; charset=utf-8"
    delay: float = 0.0  # seconds before answering (a slow or hanging server)
    etag: bool = True
    script: Callable[[int], "Page | None"] | None = None


class Sites:
    """Virtual hosts served by one loopback server; records every request it gets."""

    def __init__(self):
        self.pages: dict[tuple[str, str], Page] = {}
        self.log: list[tuple[float, str, str, dict]] = []  # (time, host, path, headers)
        self.counts: dict[tuple[str, str], int] = {}
        self.lock = threading.Lock()
        self.port = 0

    def add(self, host: str, path: str, body: str | bytes = "", **kw) -> Page:
        page = Page(body=body.encode("utf-8") if isinstance(body, str) else body, **kw)
        self.pages[(host, path)] = page
        return page

    def requests(self, host: str | None = None, path: str | None = None):
        return [r for r in self.log if (host is None or r[1] == host) and (path is None or r[2] == path)]

    def connect_to(self, *hosts: str) -> dict[str, str]:
        return {h: f"127.0.0.1:{self.port}" for h in hosts}


def _handler(sites: Sites):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_GET(self):
            host = (self.headers.get("Host") or "").split(":")[0]
            path = self.path
            with sites.lock:
                sites.log.append((time.monotonic(), host, path, dict(self.headers)))
                n = sites.counts.get((host, path), 0) + 1
                sites.counts[(host, path)] = n
            page = sites.pages.get((host, path))
            if page is not None and page.script is not None:
                page = page.script(n) or page
            if page is None:
                return self._send(404, b"not found", {"Content-Type": "text/plain"})
            if page.delay:
                time.sleep(page.delay)
            headers = {"Content-Type": page.content_type, **page.headers}
            if page.etag and page.status == 200:
                tag = '"' + hashlib.sha1(page.body).hexdigest()[:16] + '"'
                headers["ETag"] = tag
                if self.headers.get("If-None-Match") == tag:
                    return self._send(304, b"", {"ETag": tag})
            self._send(page.status, page.body, headers)

        def _send(self, status, body, headers):
            try:
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if body:
                    self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

    return Handler


@pytest.fixture
def sites():
    """A loopback HTTP server; tests add pages per virtual host and read the request log."""
    s = Sites()
    server = _BacklogServer(("127.0.0.1", 0), _handler(s))
    server.daemon_threads = True
    s.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield s
    server.shutdown()
    server.server_close()


def require_shared(sub: str = "") -> Path:
    """The shared evaluation folder, or skip: a fresh clone of the project does not have it."""
    path = SHARED / sub
    if not path.exists():
        pytest.skip(f"{path} is absent (it sits beside the project only in CI and on the team's machines)")
    return path


@pytest.fixture(scope="session")
def ann():
    """One fact extractor for every rule test (building it loads underthesea's model and the gazetteers)."""
    from pipeline.facts import Annotator

    return Annotator()
