"""Command line: the only place where errors become exit codes (0 ok, 1 findings, 2 usage or input)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from factcheck import __version__
from factcheck.errors import FactcheckError

if TYPE_CHECKING:
    import pandas as pd

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


EXIT_INTERRUPTED = 130


class _Group(click.Group):
    """One exit-code policy: findings exit 1 (the commands say so); every failure that is not a
    finding prints one line `factcheck: error: ...` and exits 2 (a traceback only with --debug or
    FACTCHECK_DEBUG=1); Ctrl-C exits 130. Output is flushed inside, so a full disk or closed pipe
    on stdout is an error too."""

    def invoke(self, ctx: click.Context) -> object:
        debug = "--debug" in sys.argv or os.environ.get("FACTCHECK_DEBUG") == "1"
        try:
            result = super().invoke(ctx)
            sys.stdout.flush()
            return result
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except SystemExit as exc:
            _flush_or_fail()
            raise exc
        except FactcheckError as exc:
            _fail(f"factcheck: error: {exc}", debug)
        except KeyboardInterrupt:
            _fail("factcheck: interrupted", debug, EXIT_INTERRUPTED)
        except OSError as exc:
            _fail(f"factcheck: error: {exc.filename + ': ' if exc.filename else ''}{exc.strerror or exc}", debug)
        except RecursionError:
            _fail("factcheck: error: input nested too deeply", debug)
        except Exception as exc:  # the last line of defence: never a bare traceback
            _fail(f"factcheck: error: unexpected {type(exc).__name__}: {exc} (run with --debug for the traceback, "
                  "and please report it)", debug)
        return None


def _fail(message: str, debug: bool, code: int = EXIT_ERROR) -> None:
    if debug:
        import traceback

        traceback.print_exc()
    try:
        click.echo(message, err=True)
    except OSError:
        pass
    _quiet_stdout()
    sys.exit(code)


def _flush_or_fail() -> None:
    try:
        sys.stdout.flush()
    except OSError as exc:
        _quiet_stdout()
        click.echo(f"factcheck: error: cannot write output: {exc.strerror or exc}", err=True)
        sys.exit(EXIT_ERROR)


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's last flush of a full or closed pipe stays silent."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
@click.option("--debug", is_flag=True, help="Print the traceback of an unexpected error.")
def main(debug: bool) -> None:
    """Check that the numbers of news articles agree with each other and with the rules."""


def _jobs_option(function):  # type: ignore[no-untyped-def]
    from factcheck.parallel import default_jobs

    return click.option("-j", "--jobs", type=click.IntRange(min=1), default=default_jobs, show_default="all cores",
                        help="Processes to extract with; the output is the same for any number.")(function)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json", "markdown", "parquet"]),
              show_default="from the suffix of -o (.csv, .json, .md, .parquet), else table",
              help="Output format. parquet needs -o: FILE.parquet (one file) or a folder of parts.")
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write to this file instead of stdout.")
@_jobs_option
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="dask: run extraction as Dask tasks and write a partitioned Parquet folder (-o).")
@click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler address [default: a local cluster].")
def extract(paths: tuple[Path, ...], fmt: str | None, output: Path | None, jobs: int, engine: str,
            scheduler: str | None) -> None:
    """Extract every quantity and date of the articles in PATHS into one fact table."""
    from factcheck.corpus import fact_batches, fact_table
    from factcheck.formats import format_of, render, write_parquet_stream
    from factcheck.io import atomic_write_text

    fmt = fmt or ("parquet" if engine == "dask" else format_of(output))

    if fmt == "parquet" and output is None:
        raise click.UsageError("--format parquet needs -o FILE_OR_FOLDER")
    if engine == "dask":
        if fmt != "parquet" or output is None or output.suffix == ".parquet":
            raise click.UsageError("--engine dask writes a partitioned table: use --format parquet -o FOLDER")
        from factcheck.distributed import dask_client, extract_with_dask

        with dask_client(scheduler, workers=jobs) as client:
            rows = extract_with_dask(list(paths), output, client)
        click.echo(f"wrote {output} ({rows} facts)", err=True)
        return
    if fmt == "parquet":
        assert output is not None
        rows = write_parquet_stream(fact_batches(list(paths), jobs), output)
        click.echo(f"wrote {output} ({rows} facts)", err=True)
        return
    frame = fact_table(list(paths), jobs=jobs)
    text = render(frame, fmt)
    if output is None:
        sys.stdout.write(text)
    else:
        atomic_write_text(output, text)


def _load_facts(corpus: Path | None, facts_path: Path | None, jobs: int = 1):  # type: ignore[no-untyped-def]
    from factcheck.corpus import fact_table
    from factcheck.formats import read_facts

    if facts_path is not None:
        return read_facts(facts_path)
    return fact_table([corpus or Path("seeds")], jobs=jobs)


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
@_jobs_option
@click.option("--engine", type=click.Choice(["pandas", "dask"]), default="pandas", show_default=True,
              help="dask: evaluate a partitioned Parquet table (--facts) without loading it whole.")
@click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler address [default: a local cluster].")
def report(corpus: Path | None, rules_dir: Path, output: Path | None, fail_on: str, facts_path: Path | None,
           jobs: int, engine: str, scheduler: str | None) -> None:
    """Check a corpus against the rules and write a markdown report (exit 1 on conflicts)."""
    from factcheck.io import atomic_write_text
    from factcheck.report import failing, render_report
    from factcheck.rules import load_rules

    ruleset = load_rules(rules_dir)
    name = (corpus or facts_path or Path("seeds")).resolve().name.removesuffix(".parquet")
    # a fact table is named by its path as given ("out/dask"), a corpus by its folder
    title = f"fact table {facts_path}" if facts_path is not None and corpus is None else name
    if engine == "dask":
        if facts_path is None or corpus is not None:
            raise click.UsageError("--engine dask evaluates a Parquet fact table: give --facts FOLDER, not a corpus")
        if not facts_path.exists():
            raise click.UsageError(f"--facts {facts_path}: no such file or folder")
        from factcheck.distributed import dask_client
        from factcheck.engine import dask_engine

        with dask_client(scheduler, workers=jobs):
            table = dask_engine.read_table(str(facts_path))
            findings = dask_engine.evaluate(table, ruleset)
            extra = dask_engine.summary(table, findings)
        text = render_report(title, extra.pop("facts"), findings, extra.pop("uncovered"), fail_on, **extra)
    else:
        from factcheck.articles import undated_sources
        from factcheck.engine import evaluate, uncovered

        facts = _load_facts(corpus, facts_path, jobs)
        findings = evaluate(facts, ruleset)
        undated = undated_sources([corpus or Path("seeds")]) if facts_path is None else []
        text = render_report(title, facts, findings, uncovered(facts, findings), fail_on, undated=undated)
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


@main.command()
@click.argument("corpus", type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Markdown file to write [default: reports/<corpus-name>-discovery.md]; '-' for stdout.")
@click.option("--rules-out", type=click.Path(path_type=Path), help="Also write the draft rules to this YAML file.")
@click.option("--pictures/--no-pictures", default=True, show_default=True,
              help="Write an SVG per claim into a folder beside the report (not with -o -).")
@_jobs_option
def discover(corpus: Path, output: Path | None, rules_out: Path | None, pictures: bool, jobs: int) -> None:
    """Find the claims two or more articles of CORPUS state, without rules: possible conflicts, agreements,
    a picture per claim and draft rules to adopt (exit 1 when a possible conflict is found)."""
    from factcheck.discover import discover as find_claims
    from factcheck.discover import draft_rules
    from factcheck.discover_report import claim_svg, render_discovery
    from factcheck.io import atomic_write_text

    facts = _load_facts(corpus, None, jobs)
    claims = find_claims(facts)
    name = corpus.resolve().name
    articles = int(facts["source"].nunique()) if len(facts) else 0
    to_stdout = output is not None and str(output) == "-"
    target = output or Path("reports") / f"{name}-discovery.md"
    drawn: dict[str, str] = {}
    if pictures and not to_stdout and claims:
        folder = target.parent / f"{target.stem}-claims"
        for claim in claims:
            atomic_write_text(folder / f"{claim.id}.svg", claim_svg(claim))
            drawn[claim.id] = f"{folder.name}/{claim.id}.svg"
        for stale in folder.glob("*.svg"):  # pictures of claims an earlier run found and this one does not
            if stale.stem not in drawn:
                stale.unlink()
    from factcheck.articles import undated_sources

    text = render_discovery(name, claims, articles, drawn, undated_sources([corpus]))
    if to_stdout:
        sys.stdout.write(text)
    else:
        atomic_write_text(target, text)
        click.echo(f"wrote {target}" + (f" and {len(drawn)} picture(s) in {target.parent / (target.stem + '-claims')}"
                                        if drawn else ""), err=True)
    if rules_out is not None:
        atomic_write_text(rules_out, draft_rules(claims))
        click.echo(f"wrote {rules_out}", err=True)
    conflicts = [c.id for c in claims if c.status == "conflict"]
    if conflicts:
        click.echo(f"factcheck: {len(conflicts)} possible conflict(s): {', '.join(conflicts)}", err=True)
        sys.exit(EXIT_FINDINGS)


@main.group()
def rules() -> None:
    """Work with rule files."""


@rules.command("validate")
@click.argument("folder", required=False, type=click.Path(path_type=Path), default=Path("rules"))
@click.option("--show", is_flag=True, help="Print how each rule's expect and tolerance were read.")
def rules_validate(folder: Path, show: bool) -> None:
    """Validate the YAML rules in FOLDER: every error of every file, each naming file and line (exit 2 if any)."""
    from factcheck.rules.loader import validate_rules

    ruleset, errors = validate_rules(folder)
    for error in errors:
        click.echo(f"factcheck: error: {error}", err=True)
    if errors:
        click.echo(f"{folder}: {len(errors)} error(s); {len(ruleset.rules)} rules valid", err=True)
        sys.exit(EXIT_ERROR)
    if show:
        for rule in ruleset.rules:
            read = []
            if rule.expect is not None:
                e = rule.expect
                value = (f"{e.date_start}..{e.date_end}" if e.kind == "date" else
                         f"{e.value:,.12g} {e.unit} (= {e.canonical_value:,.12g} {e.canonical_unit}, {e.qualifier})")
                read.append(f"expect {rule.expect_text!r} read as {e.kind} {value}")
            read.append(f"tolerance {rule.tolerance.text!r} read as {rule.tolerance.mode}"
                        + (f" {rule.tolerance.amount:g}" if rule.tolerance.mode != "rounding" else ""))
            click.echo(f"{rule.path}:{rule.line}: {rule.id}: " + "; ".join(read))
    click.echo(f"{folder}: {len(ruleset.rules)} rules OK")


@rules.command("explain")
@click.argument("rule_id")
@click.argument("corpus", required=False, type=click.Path(path_type=Path), default=Path("seeds"))
@click.option("--rules", "rules_dir", type=click.Path(path_type=Path), default=Path("rules"), show_default=True,
              help="Folder (or file) of YAML rules.")
@_jobs_option
def rules_explain(rule_id: str, corpus: Path, rules_dir: Path, jobs: int) -> None:
    """Show the facts of CORPUS that rule RULE_ID takes, and why each near miss was left out."""
    from factcheck.corpus import fact_table
    from factcheck.errors import UsageError
    from factcheck.explain import explain_rule
    from factcheck.rules import load_rules

    ruleset = load_rules(rules_dir)
    rule = ruleset.by_id().get(rule_id)
    if rule is None or rule.match is None:
        kind = "no rule" if rule is None else "a relation rule, which takes no facts:"
        raise UsageError(f"{kind} {rule_id!r}; consistency rules: {sorted(r.id for r in ruleset.rules if r.match)}")
    sys.stdout.write(explain_rule(fact_table([corpus], jobs=jobs), ruleset, rule))


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
@click.option("--no-cache", is_flag=True, help="Use no cache: re-extract the corpus (or re-read --facts) and select its evidence anew.")
@click.option("--discovered/--rules-only", default=True, show_default=True,
              help="Judge the figures no rule covers by the claims discovery finds in the corpus (docs/discover.md).")
def check(articles: tuple[str, ...], corpus: Path, facts_path: Path | None, rules_dir: Path, published: str | None,
          fmt: str, fail_on: str, verbose: bool, no_cache: bool, discovered: bool) -> None:
    """Check ARTICLES ('-' for standard input) against the corpus and the rules (exit 1 on conflicts)."""
    import datetime as dt
    from dataclasses import replace

    from factcheck import memo
    from factcheck.articles import article_from_text, parse_date, read_article, read_manifest
    from factcheck.cache import default_cache_dir
    from factcheck.check import check_article, has_failure
    from factcheck.check_discovered import with_discovered
    from factcheck.check_output import render_github, render_markdown, render_text, to_json
    from factcheck.evidence import evidence_from_table, load_evidence, load_ruleset
    from factcheck.extract import extract_article

    cache_dir = None if no_cache else default_cache_dir()
    ruleset, rules_key = load_ruleset(rules_dir, cache_dir)
    override = parse_date(published, None, "--published") if published else None
    if cache_dir is None:
        from factcheck.corpus import fact_table
        from factcheck.formats import read_facts

        table = read_facts(facts_path) if facts_path is not None else fact_table([corpus])
        evidence = evidence_from_table(table, ruleset)
    else:
        memo.enable(cache_dir)
        if facts_path is not None:
            evidence, _ = load_evidence([facts_path], ruleset, rules_key, cache_dir, facts_table=True)
        else:
            from factcheck.parallel import default_jobs

            evidence, _ = load_evidence([corpus], ruleset, rules_key, cache_dir, jobs=default_jobs())
    results = []
    corpus_table = None  # read once, when an article has a figure no rule covers
    for name in articles:
        if name == "-":
            article = article_from_text(sys.stdin.read(), "stdin", "<stdin>")
        else:
            # (an article in a folder with a manifest, `corpus.yaml`, takes its metadata there, as the corpus does)
            article = read_article(Path(name), read_manifest(Path(name).parent).get(Path(name).stem))
        if override is not None:
            article = replace(article, published=override)
        elif article.published is None:
            article = replace(article, published=dt.date.today())
            click.echo(f"factcheck: warning: {name}: no published date; relative dates ('last year', 'on Tuesday') "
                       f"are read against today, {article.published.isoformat()} (set it with --published or front matter)",
                       err=True)
        facts = extract_article(article)
        findings = check_article(article, facts, evidence, ruleset)
        if discovered and any(f.status == "unchecked" for f in findings):
            if corpus_table is None:
                corpus_table = _corpus_table(corpus, facts_path, cache_dir)
            if corpus_table is None:
                discovered = False  # (said once: a corpus too large to rediscover per check)
            else:
                findings = with_discovered(article, facts, findings, corpus_table)
        results.append((name if name != "-" else "<stdin>", findings))
    memo.save()
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


DISCOVER_MAX_SOURCES = 500  # a check rediscovers the corpus's claims with the article among them: seconds up to this


def _corpus_table(corpus: Path, facts_path: Path | None, cache_dir: Path | None) -> pd.DataFrame | None:
    """The corpus's fact table, for the claims discovery finds in it (from the fact cache, as the evidence was built);
    None, said on stderr, when the corpus has more than DISCOVER_MAX_SOURCES articles."""
    from factcheck.articles import corpus_files

    if facts_path is None and len(corpus_files([corpus])) > DISCOVER_MAX_SOURCES:
        table = None  # (counted before pandas is imported: a large corpus's check stays as fast as before)
    elif facts_path is not None:
        from factcheck.formats import read_facts

        table = read_facts(facts_path)
        if table["source"].nunique() > DISCOVER_MAX_SOURCES:
            table = None
    else:
        from factcheck.cache import FactCache
        from factcheck.corpus import fact_table
        from factcheck.parallel import default_jobs

        table = fact_table([corpus], cache=FactCache(cache_dir) if cache_dir is not None else None, jobs=default_jobs())
    if table is None:
        click.echo(f"factcheck: note: the corpus has more than {DISCOVER_MAX_SOURCES} articles: figures no rule covers "
                   "stay unchecked (run `factcheck discover` on it, or write rules)", err=True)
    return table


@main.group()
def cache() -> None:
    """The cache of `check` (the user cache folder, or $FACTCHECK_CACHE)."""


@cache.command("clear")
def cache_clear() -> None:
    """Delete every cached fact table, evidence index, rule set and memo."""
    import shutil

    from factcheck.cache import default_cache_dir

    folder = default_cache_dir()
    if folder.exists():
        shutil.rmtree(folder)
    click.echo(f"cleared {folder}", err=True)


@cache.command("dir")
def cache_dir() -> None:
    """Print where the cache lives."""
    from factcheck.cache import default_cache_dir

    click.echo(str(default_cache_dir()))
