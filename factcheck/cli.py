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


def _load_facts(corpus: Path | None, facts_path: Path | None):  # type: ignore[no-untyped-def]
    from factcheck.corpus import fact_table
    from factcheck.formats import read_facts

    if facts_path is not None:
        return read_facts(facts_path)
    return fact_table([corpus or Path("seeds")])


@main.command()
@click.argument("corpus", required=False, type=click.Path(path_type=Path))
@click.option("--rules", "rules_dir", type=click.Path(path_type=Path), default=Path("rules"), show_default=True,
              help="Folder (or file) of YAML rules.")
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Markdown file to write [default: reports/<corpus-name>.md]; '-' for stdout.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]), default="error", show_default=True,
              help="Exit 1 when a conflict of this severity or above exists.")
@click.option("--facts", "facts_path", type=click.Path(path_type=Path),
              help="Use a fact table written by `extract` instead of reading CORPUS.")
def report(corpus: Path | None, rules_dir: Path, output: Path | None, fail_on: str, facts_path: Path | None) -> None:
    """Check a corpus against the rules and write a markdown report (exit 1 on conflicts)."""
    from factcheck.engine import evaluate, uncovered
    from factcheck.io import atomic_write_text
    from factcheck.report import failing, render_report
    from factcheck.rules import load_rules

    ruleset = load_rules(rules_dir)
    facts = _load_facts(corpus, facts_path)
    findings = evaluate(facts, ruleset)
    name = (corpus or facts_path or Path("seeds")).resolve().name.removesuffix(".parquet")
    text = render_report(name, facts, findings, uncovered(facts, findings), fail_on)
    if output is not None and str(output) == "-":
        sys.stdout.write(text)
    else:
        target = output or Path("reports") / f"{name}.md"
        atomic_write_text(target, text)
        click.echo(f"wrote {target}", err=True)
    bad = failing(findings, fail_on)
    if len(bad):
        click.echo(f"factcheck: {bad['rule_id'].nunique()} rule(s) in conflict: {', '.join(bad['rule_id'].unique())}",
                   err=True)
        sys.exit(EXIT_FINDINGS)


@main.group()
def rules() -> None:
    """Work with rule files."""


@rules.command("validate")
@click.argument("folder", required=False, type=click.Path(path_type=Path), default=Path("rules"))
def rules_validate(folder: Path) -> None:
    """Validate the YAML rules in FOLDER (exit 2 on the first error, naming file and line)."""
    from factcheck.rules import load_rules

    ruleset = load_rules(folder)
    click.echo(f"{folder}: {len(ruleset.rules)} rules OK")


@main.command()
@click.argument("articles", nargs=-1, required=True)
@click.option("--corpus", type=click.Path(path_type=Path), default=Path("seeds"), show_default=True,
              help="Folder of articles to compare with.")
@click.option("--facts", "facts_path", type=click.Path(path_type=Path),
              help="Use a fact table written by `extract` instead of reading --corpus.")
@click.option("--rules", "rules_dir", type=click.Path(path_type=Path), default=Path("rules"), show_default=True)
@click.option("--published", help="Publication date (YYYY-MM-DD) that anchors relative dates like 'last year'.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown", "github"]), default="text",
              show_default=True)
@click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]), default="error", show_default=True)
@click.option("-v", "--verbose", is_flag=True, help="Also list the facts no rule covers.")
@click.option("--no-cache", is_flag=True, help="Re-extract the corpus instead of using the fact cache.")
def check(articles: tuple[str, ...], corpus: Path, facts_path: Path | None, rules_dir: Path, published: str | None,
          fmt: str, fail_on: str, verbose: bool, no_cache: bool) -> None:
    """Check ARTICLES ('-' for standard input) against the corpus and the rules (exit 1 on conflicts)."""
    import datetime as dt
    from dataclasses import replace

    from factcheck.articles import article_from_text, parse_date, read_article
    from factcheck.cache import FactCache
    from factcheck.check import check_article, has_failure
    from factcheck.check_output import render_github, render_markdown, render_text, to_json
    from factcheck.corpus import fact_table
    from factcheck.extract import extract_article
    from factcheck.facts import to_frame
    from factcheck.formats import read_facts
    from factcheck.rules import load_rules

    ruleset = load_rules(rules_dir)
    override = parse_date(published, "--published", "--published") if published else None
    if facts_path is not None:
        corpus_facts = read_facts(facts_path)
    else:
        corpus_facts = fact_table([corpus], cache=None if no_cache else FactCache())
    results = []
    for name in articles:
        if name == "-":
            article = article_from_text(sys.stdin.read(), "stdin", "<stdin>")
        else:
            article = read_article(Path(name))
        if override is not None:
            article = replace(article, published=override)
        elif article.published is None:
            article = replace(article, published=dt.date.today())
        article_facts = to_frame(extract_article(article))
        results.append((name if name != "-" else "<stdin>", check_article(article, article_facts, corpus_facts, ruleset)))
    if fmt == "json":
        sys.stdout.write(to_json(results))
    elif fmt == "github":
        sys.stdout.write(render_github(results))
    elif fmt == "markdown":
        sys.stdout.write(render_markdown(results))
    else:
        sys.stdout.write(render_text(results, colour=sys.stdout.isatty(), verbose=verbose))
    if any(has_failure(findings, fail_on) for _, findings in results):
        sys.exit(EXIT_FINDINGS)
