"""Loopback web server for the offline sample sites (`noichinh demo-sites`).

The demo and the tests cannot reach real outlets, so the crawler is pointed (via
`connect_to` in sources.yml) at this server, which picks the site folder from the
request's Host header. It behaves like a plain static web server on purpose: bytes are
sent unchanged (legacy charsets included), validators allow conditional requests, and a
site's `_headers.yml` can override headers per file to reproduce real servers' mistakes.
"""
from __future__ import annotations

import email.utils
import fnmatch
import hashlib
import sys
import threading
from dataclasses import dataclass
from functools import partial
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

import click
import yaml


class _BacklogServer(ThreadingHTTPServer):
    request_queue_size = 128  # the default backlog of 5 drops SYNs when many hosts connect at once


DEFAULT_ROOT = Path(__file__).resolve().parent / "sites"

# extension -> Content-Type without charset; text types get "; charset=..." added
CONTENT_TYPES = {
    ".html": "text/html",
    ".htm": "text/html",
    ".aspx": "text/html",
    ".xml": "application/xml",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".txt": "text/plain",
    ".css": "text/css",
    ".js": "application/javascript",
    ".json": "application/json",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".gif": "image/gif",
    ".ico": "image/x-icon",
    ".svg": "image/svg+xml",
}
TEXT_TYPES = {"text/html", "application/xml", "application/rss+xml", "application/atom+xml",
              "text/plain", "text/css", "application/javascript", "application/json", "image/svg+xml"}

NOT_FOUND_PAGE = (b"<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                  b"<title>404 - Kh\xc3\xb4ng t\xc3\xacm th\xe1\xba\xa5y trang</title></head><body>"
                  b"<h1>404</h1><p>Trang b\xe1\xba\xa1n t\xc3\xacm kh\xc3\xb4ng t\xe1\xbb\x93n t\xe1\xba\xa1i.</p>"
                  b"</body></html>")


@dataclass(frozen=True)
class Resolved:
    """What a request path maps to on disk, or a redirect for a directory without its slash."""

    file: Path | None
    redirect: str | None = None


def load_header_overrides(site_dir: Path) -> dict[str, dict[str, str]]:
    """Read `_headers.yml`: {"/path" or "glob": {Header: value}}; missing file = no overrides."""
    path = site_dir / "_headers.yml"
    if not path.is_file():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ValueError(f"{path}: not valid YAML: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise ValueError(f"{path}: expected a mapping of path -> {{header: value}}")
    return {str(k): {str(h): str(v) for h, v in hdrs.items()} for k, hdrs in data.items()}


def header_overrides_for(overrides: dict[str, dict[str, str]], url_path: str, file_path: str | None = None) -> dict[str, str]:
    """Headers for one request: glob patterns first (in file order), then an exact entry wins.

    `file_path` is the served file relative to the site ("/x/index.html" for "/x/"), so a
    "*.html" rule also covers directory URLs.
    """
    names = [url_path] + ([file_path] if file_path and file_path != url_path else [])
    merged: dict[str, str] = {}
    for pattern, headers in overrides.items():
        if any(c in pattern for c in "*?[") and any(fnmatch.fnmatchcase(n, pattern) for n in names):
            merged.update(headers)
    for name in reversed(names):
        merged.update(overrides.get(name, {}))
    return merged


def resolve(site_dir: Path, url_path: str) -> Resolved:
    """Map a URL path to a file inside `site_dir`, never outside it; `_`-prefixed files are private."""
    path = unquote(url_path)
    parts = [p for p in path.split("/") if p not in ("", ".")]
    if any(p == ".." or p.startswith("_") or p.startswith(".") for p in parts):
        return Resolved(None)
    target = site_dir.joinpath(*parts) if parts else site_dir
    if target.is_dir():
        if parts and not path.endswith("/"):
            return Resolved(None, redirect=path + "/")
        target = target / "index.html"
    return Resolved(target if target.is_file() else None)


def content_type(file: Path, charset: str = "utf-8") -> str:
    base = CONTENT_TYPES.get(file.suffix.lower(), "application/octet-stream")
    return f"{base}; charset={charset}" if base in TEXT_TYPES else base


def etag_of(body: bytes) -> str:
    return '"' + hashlib.sha1(body).hexdigest()[:20] + '"'


def not_modified(request_headers, etag: str, mtime: int) -> bool:
    """RFC 9110: If-None-Match decides when present; else If-Modified-Since against mtime."""
    inm = request_headers.get("If-None-Match")
    if inm is not None:
        tags = [t.strip().removeprefix("W/") for t in inm.split(",")]
        return "*" in tags or etag in tags
    ims = request_headers.get("If-Modified-Since")
    if ims:
        try:
            since = email.utils.parsedate_to_datetime(ims)
        except (TypeError, ValueError):
            return False
        if since is not None:
            return mtime <= int(since.timestamp())
    return False


class SiteHandler(BaseHTTPRequestHandler):
    """Serves `root/<host>/` for the Host header; one instance per request."""

    server_version = "DemoSites/1.0"
    protocol_version = "HTTP/1.1"

    def __init__(self, *args, root: Path, **kwargs):
        self.root = root
        super().__init__(*args, **kwargs)

    def log_message(self, format, *args):  # noqa: A002 - quiet: the crawler keeps its own log
        pass

    def do_GET(self):
        self._serve(with_body=True)

    def do_HEAD(self):
        self._serve(with_body=False)

    def _site_dir(self) -> Path | None:
        host = (self.headers.get("Host") or "").strip().lower()
        if host.startswith("["):
            return None
        host = host.rsplit(":", 1)[0] if ":" in host else host
        if not host or "/" in host or host.startswith("."):
            return None
        site = self.root / host
        return site if site.is_dir() else None

    def _send(self, status: int, headers: dict[str, str], body: bytes, with_body: bool):
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if status != HTTPStatus.NOT_MODIFIED:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body and status != HTTPStatus.NOT_MODIFIED:
            self.wfile.write(body)

    def _not_found(self, site: Path | None, with_body: bool):
        page = site / "404.html" if site else None
        headers = {"Content-Type": "text/html; charset=utf-8"}
        if page and page.is_file():
            body = page.read_bytes()
            headers.update(header_overrides_for(load_header_overrides(site), "/404.html"))
        else:
            body = NOT_FOUND_PAGE
        self._send(HTTPStatus.NOT_FOUND, headers, body, with_body)

    def _serve(self, with_body: bool):
        try:
            self._serve_file(with_body)
        except (ValueError, yaml.YAMLError) as exc:  # a broken _headers.yml: say so in one line
            message = f"demo-sites: {exc}".splitlines()[0]
            sys.stderr.write(message + "\n")
            self._send(HTTPStatus.INTERNAL_SERVER_ERROR, {"Content-Type": "text/plain; charset=utf-8"},
                       message.encode("utf-8"), with_body)

    def _serve_file(self, with_body: bool):
        site = self._site_dir()
        url_path = urlsplit(self.path).path or "/"
        if site is None:
            self._not_found(None, with_body)
            return
        found = resolve(site, url_path)
        if found.redirect:
            self._send(HTTPStatus.MOVED_PERMANENTLY, {"Location": found.redirect}, b"", with_body)
            return
        if found.file is None:
            self._not_found(site, with_body)
            return
        body = found.file.read_bytes()
        mtime = int(found.file.stat().st_mtime)
        etag = etag_of(body)
        headers = {
            "Content-Type": content_type(found.file),
            "ETag": etag,
            "Last-Modified": email.utils.formatdate(mtime, usegmt=True),
        }
        file_path = "/" + found.file.relative_to(site).as_posix()
        headers.update(header_overrides_for(load_header_overrides(site), url_path, file_path))
        if not_modified(self.headers, etag, mtime):
            self._send(HTTPStatus.NOT_MODIFIED, {"ETag": etag, "Last-Modified": headers["Last-Modified"]},
                       b"", with_body)
            return
        self._send(HTTPStatus.OK, headers, body, with_body)


def make_server(root: Path = DEFAULT_ROOT, host: str = "127.0.0.1", port: int = 0) -> ThreadingHTTPServer:
    root = Path(root)
    if not root.is_dir():
        raise FileNotFoundError(f"{root}: sites folder not found")
    server = _BacklogServer((host, port), partial(SiteHandler, root=root))
    server.daemon_threads = True
    return server


def start_sites(root: Path = DEFAULT_ROOT, host: str = "127.0.0.1", port: int = 0) -> tuple[ThreadingHTTPServer, int]:
    """Serve the sites from a daemon thread; `server.shutdown()` stops it. port=0 picks a free port."""
    server = make_server(root, host, port)
    threading.Thread(target=server.serve_forever, name="demo-sites", daemon=True).start()
    return server, server.server_address[1]


def site_hosts(root: Path = DEFAULT_ROOT) -> list[str]:
    return sorted(p.name for p in Path(root).iterdir() if p.is_dir() and not p.name.startswith((".", "_")))


@click.command(name="demo-sites")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8765, show_default=True, type=int, help="Port to listen on.")
@click.option("--root", default=str(DEFAULT_ROOT), show_default=False, type=click.Path(),
              help="Folder holding one sub-folder per site host.")
def command(host: str, port: int, root: str):
    """Serve the offline sample sites over HTTP, chosen by the Host header."""
    try:
        server = make_server(Path(root), host, port)
    except (FileNotFoundError, OSError) as exc:
        raise click.ClickException(f"cannot serve {root} on {host}:{port}: {exc}") from None
    bound = server.server_address[1]
    click.echo(f"serving {', '.join(site_hosts(Path(root)))} on http://{host}:{bound}/ (Ctrl-C stops)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
