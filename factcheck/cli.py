"""Command line: the only place where errors become exit codes (0 ok, 1 findings, 2 usage or input)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from factcheck import __version__
from factcheck.errors import FactcheckError

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class _Group(click.Group):
    """Turns FactcheckError into `factcheck: error: ...` and exit code 2."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except FactcheckError as exc:
            click.echo(f"factcheck: error: {exc}", err=True)
            ctx.exit(EXIT_ERROR)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
def main() -> None:
    """Check that the numbers of news articles agree with each other and with the rules."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json", "markdown", "parquet"]),
              default="table", show_default=True, help="Output format (parquet needs -o).")
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write to this file instead of stdout.")
def extract(paths: tuple[Path, ...], fmt: str, output: Path | None) -> None:
    """Extract every quantity and date of the articles in PATHS into one fact table."""
    from factcheck.corpus import fact_table
    from factcheck.formats import render, write_parquet
    from factcheck.io import atomic_write_text

    if fmt == "parquet" and output is None:
        raise click.UsageError("--format parquet needs -o FILE")
    frame = fact_table(list(paths))
    if fmt == "parquet":
        assert output is not None
        write_parquet(frame, output)
        return
    text = render(frame, fmt)
    if output is None:
        sys.stdout.write(text)
    else:
        atomic_write_text(output, text)
