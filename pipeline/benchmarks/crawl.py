"""Crawl benchmark: politeness throughput across hosts, and what an immediate re-crawl costs.

Eight virtual hosts on one loopback server, each with a 0.2 s delay and 40 article pages.
The baseline is the politeness limit itself (hosts / delay requests per second), measured in
the same run, so the ratio says how close the crawler gets to the fastest polite crawl.
"""
from __future__ import annotations

import hashlib
import multiprocessing
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import yaml

from pipeline.config import load_sources
from pipeline.crawl import run_crawl

HOSTS = 8
PAGES = 40
DELAY = 0.2


def _page(host: str, path: str) -> bytes | None:
    if path == "/robots.txt":
        return b"User-agent: *\nAllow: /\n"
    if path == "/":
        links = "".join(f'<a href="/tin/khoi-thi-dua-noi-chinh-bai-so-{i}-{i}.html">Thi đua {i}</a>'
                        for i in range(PAGES))
        return f"<html><body>{links}</body></html>".encode()
    if path.startswith("/tin/khoi-thi-dua-noi-chinh-bai-so-"):
        para = f"<p>Bài {path} của {host}: Khối thi đua Nội chính tỉnh tổ chức hội nghị sơ kết.</p>" * 40
        return f"<html><head><title>{path}</title></head><body>{para}</body></html>".encode()
    return None


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        host = (self.headers.get("Host") or "").split(":")[0]
        body = _page(host, self.path)
        if body is None:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        tag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == tag:
            self.send_response(304)
            self.send_header("ETag", tag)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("ETag", tag)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    request_queue_size = 128  # socketserver's default backlog of 5 drops SYNs when all hosts connect at once


def _serve(port_out) -> None:
    server = _Server(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    port_out.put(server.server_address[1])
    server.serve_forever()


def run(workdir: Path) -> dict:
    # the hosts are served from another process, as remote hosts would be: a server thread in the
    # crawler's own process would compete with it for the GIL and distort the timing being measured
    ctx = multiprocessing.get_context("spawn")
    port_out = ctx.Queue()
    server = ctx.Process(target=_serve, args=(port_out,), daemon=True)
    server.start()
    port = port_out.get(timeout=60)
    hosts = [f"bench{i}.localhost" for i in range(HOSTS)]
    sources = {
        "defaults": {"delay": DELAY, "concurrency": HOSTS},
        "connect_to": {h: f"127.0.0.1:{port}" for h in hosts},
        "sources": [{"id": f"bench{i}", "name": h, "home": f"http://{h}/", "province": "national",
                     "kind": "newspaper", "discover": False} for i, h in enumerate(hosts)],
    }
    path = workdir / "sources.yml"
    path.write_text(yaml.safe_dump(sources))
    config = load_sources(path)
    try:
        started = time.perf_counter()
        summaries, first = run_crawl(config, workdir / "corpus")
        elapsed = time.perf_counter() - started
        _, second = run_crawl(config, workdir / "corpus")
    finally:
        server.terminate()
        server.join(10)
    fetched = sum(s.fetched for s in summaries)
    rate = first.requests / elapsed
    ideal = HOSTS / DELAY
    return {
        "crawl.hosts": HOSTS,
        "crawl.delay_s": DELAY,
        "crawl.pages_fetched": fetched,
        "crawl.requests": first.requests,
        "crawl.seconds": round(elapsed, 3),
        "crawl.pages_per_s": round(fetched / elapsed, 2),
        "crawl.politeness_limit_per_s": ideal,
        "crawl.politeness_ratio": round(rate / ideal, 3),
        "crawl.first_body_bytes": first.body_bytes,
        "crawl.recrawl_body_bytes": second.body_bytes,
        "crawl.recrawl_bytes_ratio": round(second.body_bytes / max(first.body_bytes, 1), 4),
    }
