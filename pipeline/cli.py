"""The `noichinh` command line: a thin, lazily loaded front over the stage modules.

Each stage module exposes a click command named `command`; loading them lazily keeps
`noichinh crawl` from importing spaCy and Datasette it does not need.
"""
from __future__ import annotations

import importlib

import click

# command name -> module that defines `command`
COMMANDS = {
    "crawl": "pipeline.crawl",
    "extract": "pipeline.extract",
    "annotate": "pipeline.facts.annotate",
    "show": "pipeline.facts.show",
    "eval": "pipeline.evaluate",
    "load": "pipeline.publish.load",
    "serve": "pipeline.publish.serve",
    "demo": "pipeline.demo",
    "demo-sites": "pipeline.demo.server",
    "bench": "pipeline.bench",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx):
        return sorted(COMMANDS)

    def get_command(self, ctx, name):
        module = COMMANDS.get(name)
        if module is None:
            return None
        try:
            return importlib.import_module(module).command
        except (ImportError, AttributeError) as exc:  # a stage not built yet
            @click.command(name=name, help=f"(unavailable: {exc})")
            def unavailable():
                raise click.ClickException(f"command {name!r} is unavailable: {exc}")

            return unavailable


@click.group(cls=LazyGroup)
@click.version_option(package_name="noichinh")
def cli():
    """noichinh: crawl, extract and publish reports of provincial internal-affairs emulation blocs."""


if __name__ == "__main__":
    cli()
