"""`noichinh serve`: Datasette over the database, read-only, with the researchers' metadata.

The database is opened immutable (`-i`) with a `datasette inspect` counts file, so serving never
writes to it and large tables need no counting per request. `metadata.yml` is written for a
database called `noichinh`; `render_metadata` retargets it to the actual file name and describes
the per-year columns of the leadership table, which depend on the data.
"""
from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import click
import httpx
import yaml

HERE = Path(__file__).resolve().parent
METADATA = HERE / "metadata.yml"
PLUGINS_DIR = HERE / "plugins"
STATIC_DIR = HERE / "static"
SETTINGS = {
    # column suggestions cost a query per column on every table page; facets stay one click away
    "suggest_facets": "off",
    "truncate_cells_html": "240",
    "default_facet_size": "15",
    "facet_time_limit_ms": "400",
    "sql_time_limit_ms": "3000",
}


class ServeError(Exception):
    """The server cannot start; `str()` is the one-line message for the user."""


def render_metadata(db_path: Path, template: Path = METADATA) -> dict:
    """metadata.yml for this database file: its name, plus descriptions of the leadership year columns."""
    meta = yaml.safe_load(template.read_text(encoding="utf-8"))
    name = db_path.stem
    databases = meta.setdefault("databases", {})
    db_meta = databases.pop("noichinh", {})
    databases[name] = db_meta
    if "description_html" in meta:  # links to tables and queries name the database
        meta["description_html"] = meta["description_html"].replace('href="/noichinh/', f'href="/{name}/')
    conn = sqlite3.connect(f"file:{db_path}?immutable=1", uri=True)
    try:
        cols = [r[1] for r in conn.execute("pragma table_info(leadership_by_year)")]
    finally:
        conn.close()
    described = db_meta.get("tables", {}).get("leadership_by_year", {}).setdefault("columns", {})
    for col in cols:
        described.setdefault(col, f"Leader unit(s) in {col}." if col.isdigit() else col)
    return meta


def inspect_counts(db_path: Path, out: Path) -> Path:
    """Write the `datasette inspect` file (table counts and hash) for an immutable database."""
    result = subprocess.run([sys.executable, "-m", "datasette", "inspect", str(db_path), "--inspect-file", str(out)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["unknown error"])[-1]
        raise ServeError(f"{db_path}: datasette inspect failed: {last}")
    return out


def datasette_command(db_path: Path, host: str, port: int, workdir: Path) -> list[str]:
    """The datasette command line: immutable database, counts file, metadata, plugins, settings."""
    db_path = Path(db_path)
    if not db_path.is_file():
        raise ServeError(f"{db_path}: no such database (run `noichinh load` first)")
    try:
        with open(db_path, "rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                raise ServeError(f"{db_path}: not a SQLite database")
    except OSError as exc:
        raise ServeError(f"{db_path}: cannot read ({exc.strerror or exc})") from None
    workdir.mkdir(parents=True, exist_ok=True)
    meta_file = workdir / "metadata.json"
    meta_file.write_text(json.dumps(render_metadata(db_path), ensure_ascii=False, indent=1), encoding="utf-8")
    counts = inspect_counts(db_path, workdir / "inspect.json")
    cmd = [sys.executable, "-m", "datasette", "serve", "-i", str(db_path), "--inspect-file", str(counts),
           "--metadata", str(meta_file), "--plugins-dir", str(PLUGINS_DIR), "--static", f"assets:{STATIC_DIR}", "--host", host, "--port", str(port)]
    for key, value in SETTINGS.items():
        cmd += ["--setting", key, value]
    return cmd


def serve(db_path, host: str = "127.0.0.1", port: int = 8001, workdir: Path | None = None) -> int:
    """Run Datasette in the foreground until interrupted; returns its exit status."""
    with tempfile.TemporaryDirectory(prefix="noichinh-serve-") as tmp:
        cmd = datasette_command(Path(db_path), host, port, Path(workdir or tmp))
        try:
            return subprocess.call(cmd)
        except KeyboardInterrupt:
            return 0


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


@dataclass
class RunningServer:
    """A Datasette started in the background; stop() ends it (also on leaving a `with` block)."""

    url: str
    database: str
    process: subprocess.Popen
    workdir: tempfile.TemporaryDirectory = field(repr=False)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.workdir.cleanup()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


def start_background(db_path, host: str = "127.0.0.1", port: int = 0, timeout: float = 60.0) -> RunningServer:
    """Start Datasette and return once it answers HTTP (port 0 picks a free one)."""
    db_path = Path(db_path)
    port = port or free_port(host)
    tmp = tempfile.TemporaryDirectory(prefix="noichinh-serve-")
    try:
        cmd = datasette_command(db_path, host, port, Path(tmp.name))
    except BaseException:
        tmp.cleanup()
        raise
    log = open(Path(tmp.name) / "datasette.log", "wb")
    process = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    server = RunningServer(f"http://{host}:{port}", db_path.stem, process, tmp)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            text = (Path(tmp.name) / "datasette.log").read_text(errors="replace").strip().splitlines()
            server.stop()
            raise ServeError(f"datasette exited ({process.returncode}): {text[-1] if text else 'no output'}")
        try:
            if httpx.get(f"{server.url}/-/versions.json", timeout=2, trust_env=False).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    server.stop()
    raise ServeError(f"datasette did not answer on {server.url} within {timeout:.0f}s")


@click.command()
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=Path("noichinh.db"),
              show_default=True, help="Database written by `noichinh load`.")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=int)
def command(db_path: Path, host: str, port: int):
    """Serve the database with Datasette, read-only."""
    try:
        sys.exit(serve(db_path, host, port))
    except ServeError as exc:
        click.echo(f"serve: {exc}", err=True)
        sys.exit(2)
