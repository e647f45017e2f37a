"""Load and validate rule files; every error names the file, the line and what was expected."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError
from ruamel.yaml.scalarfloat import ScalarFloat

from factcheck.articles import Article
from factcheck.errors import RuleError
from factcheck.extract import extract_article
from factcheck.facts import Fact
from factcheck.places import place_of
from factcheck.rules.expression import check_expression, check_types
from factcheck.rules.files import rule_files
from factcheck.rules.model import Match, Rule, RuleSet, Tolerance
from factcheck.rules.spec import Match as MatchSpec
from factcheck.rules.spec import RuleFile, RuleSpec
from factcheck.yamlsafe import alias_problem

MAX_RULE_FILE_BYTES = int(os.environ.get("FACTCHECK_MAX_RULE_FILE_BYTES", str(4 * 1024 * 1024)))
TOLERANCE_HELP = 'expected "rounding", a percentage like 2% or a quantity like 0.05 million bpd'
_ANCHOR = dt.date(2000, 1, 1)  # rule values are absolute; relative words resolve against a fixed date


def load_rules(folder: Path) -> RuleSet:
    """Every rule of the .yaml files in `folder` (or one file), validated; the first error is raised."""
    ruleset, errors = validate_rules(folder)
    if errors:
        raise errors[0]
    return ruleset


def validate_rules(folder: Path) -> tuple[RuleSet, list[RuleError]]:
    """The valid rules of every file, and every error of every file (each with its file and line)."""
    rules: list[Rule] = []
    errors: list[RuleError] = []
    seen: dict[str, Rule] = {}
    for path in rule_files(folder):
        try:
            built, file_errors = _load_file(path)
        except RuleError as exc:
            errors.append(exc)
            continue
        errors += file_errors
        for rule in built:
            if rule.id in seen:
                first = seen[rule.id]
                errors.append(RuleError(f"id: duplicate rule id {rule.id!r} (first defined at {first.path}:{first.line})",
                                        rule.path, rule.line))
                continue
            seen[rule.id] = rule
            rules.append(rule)
    valid = []
    for rule in rules:
        unknown = [(name, ref) for name, ref in rule.uses.items() if ref not in seen]
        for name, ref in unknown:
            errors.append(RuleError(f"uses.{name}: unknown rule id {ref!r}; known ids: {sorted(seen)}",
                                    rule.path, rule.line))
        problem = "" if unknown or rule.relation is None else _relation_types(rule, seen)
        if problem:
            errors.append(RuleError(f"relation: {problem}", rule.path, rule.relation_line or rule.line))
        if not unknown and not problem:
            valid.append(rule)
    return RuleSet(tuple(valid)), errors


def _relation_types(rule: Rule, rules: dict[str, Rule]) -> str:
    """'' when the relation's arithmetic fits the kinds and units of the rules it uses, else what does not
    (checked only when every used rule says its unit; money and quantities need one)."""
    kinds: dict[str, tuple[str, str]] = {}
    for name, ref in rule.uses.items():
        used = rules[ref]
        kind = used.match.kind if used.match else (used.expect.kind if used.expect else "")
        unit = used.unit_canonical or (used.expect.canonical_unit if used.expect else "") or ""
        if not kind or (kind in ("money", "quantity") and not unit) or kind not in _RELATION_KINDS:
            return ""
        kinds[name] = (kind, "" if kind in ("count", "ordinal", "date") else unit)
    assert rule.relation is not None
    return check_types(rule.relation, kinds)


_RELATION_KINDS = ("quantity", "money", "percent", "duration", "age", "ordinal", "count", "date")


def _load_file(path: Path) -> tuple[list[Rule], list[RuleError]]:
    try:
        if path.stat().st_size > MAX_RULE_FILE_BYTES:
            raise RuleError(f"rule file is over the limit of {MAX_RULE_FILE_BYTES:,} bytes "
                            "(set FACTCHECK_MAX_RULE_FILE_BYTES to allow more)", path)
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"cannot read rule file: {exc}", path) from exc
    try:
        problem = alias_problem(text)
        if problem:
            raise RuleError(problem, path)
        data = YAML(typ="rt").load(text)
    except (ValueError, OverflowError) as exc:  # e.g. a date the calendar does not have
        raise RuleError(f"invalid value: {exc}", path) from exc
    except YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        context, context_mark = getattr(exc, "context", None), getattr(exc, "context_mark", None)
        where = f" ({context} opened at line {context_mark.line + 1})" if context and context_mark else ""
        raise RuleError(f"invalid YAML: {getattr(exc, 'problem', None) or exc}{where}", path,
                        mark.line + 1 if mark else None) from exc
    if not isinstance(data, CommentedMap):
        raise RuleError("expected a mapping with a 'rules:' list", path, 1)
    plain = _plain(data)
    if not isinstance(plain.get("rules"), list):
        try:
            RuleFile.model_validate(plain)
        except ValidationError as exc:
            err = exc.errors()[0]
            loc = tuple(err["loc"])
            raise RuleError(f"{_dotted(loc)}: {_describe(err)}", path, _line_of(data, loc)) from None
    unknown = [key for key in plain if key != "rules"]
    errors = [RuleError(f"{key}: unknown key", path, _line_of(data, (key,))) for key in unknown]
    rules = []
    for index, item in enumerate(plain["rules"]):  # each rule on its own, so one bad rule hides no other
        try:
            spec = RuleSpec.model_validate(item)
        except ValidationError as exc:
            for err in exc.errors():
                loc = ("rules", index, *err["loc"])
                errors.append(RuleError(f"{_dotted(loc)}: {_describe(err)}", path, _line_of(data, loc)))
            continue
        try:
            rules.append(_build(spec, path, data["rules"][index]))
        except RuleError as exc:
            errors.append(exc)
    return rules, errors


def _plain(node: Any) -> Any:
    if isinstance(node, dict):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    if isinstance(node, dt.date):
        return node.isoformat()
    if isinstance(node, ScalarFloat) and node._exp is None:  # ruamel keeps how a float was written: "expect: 2.10" keeps
        return f"{node:.{max(0, node._width - node._prec - 1)}f}"  # its precision, as "2.10" would
    return node


def _dotted(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc if not isinstance(p, int)]
    return ".".join(parts[1:] if parts and parts[0] == "rules" else parts) or "rules"


def _describe(err: dict[str, Any]) -> str:
    kind = err["type"]
    if kind == "extra_forbidden":
        return "unknown key"
    if kind == "missing":
        return "required key is missing"
    got = err.get("input")
    return f"{err['msg'].lower()}; got {got!r}" if got is not None and not isinstance(got, dict | list) else err["msg"].lower()


def _line_of(node: Any, loc: tuple[Any, ...]) -> int:
    """1-based line of the deepest YAML node that `loc` reaches."""
    line = getattr(getattr(node, "lc", None), "line", 0)
    for part in loc:
        try:
            if isinstance(node, CommentedMap) and part in node:
                line = node.lc.key(part)[0]
                node = node[part]
            elif isinstance(node, CommentedSeq) and isinstance(part, int) and part < len(node):
                line = node.lc.item(part)[0]
                node = node[part]
            else:
                break
        except (KeyError, IndexError, TypeError):
            break
    return line + 1


def parse_value(text: str, anchor: dt.date = _ANCHOR) -> list[Fact]:
    """Facts of a value written as a reader would ('2.14 million barrels per day', 'February 2022')."""
    return extract_article(Article(source="rule", path="rule", text=text, published=anchor))


_OTHER_ANCHOR = dt.date(2013, 7, 17)


def is_relative(text: str) -> bool:
    """Whether a date written in a rule depends on when it is read ('next year', 'Thursday'): a rule's
    dates must be absolute, since a rule is read against no article."""
    first = [(f.date_start, f.date_end) for f in parse_value(text) if f.kind == "date"]
    return first != [(f.date_start, f.date_end) for f in parse_value(text, _OTHER_ANCHOR) if f.kind == "date"]


def parse_tolerance(text: str) -> Tolerance | None:
    text = text.strip()
    if text == "rounding":
        return Tolerance("rounding")
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*%", text)
    if m:
        return Tolerance("relative", float(m.group(1)) / 100, text)
    facts = [f for f in parse_value(text) if f.kind != "date"]
    if (len(facts) == 1 and facts[0].canonical_value is not None and facts[0].surface.strip() == text
            and facts[0].canonical_value >= 0):  # a tolerance is a distance: "-5%" is none
        fact = facts[0]
        amount = fact.canonical_value
        if fact.kind == "percent" and fact.unit == "percent":  # "two percent", "2 per cent": as "2%", relative
            return Tolerance("relative", float(amount) / 100, text)
        if fact.kind == "duration":  # dates compare in days
            amount = fact.canonical_value / 86400
        return Tolerance("absolute", float(amount), text)
    return None


def _build(spec: RuleSpec, path: Path, node: CommentedMap) -> Rule:
    line = node.lc.line + 1

    def fail(key: str, message: str) -> RuleError:
        key_line = node.lc.key(key)[0] + 1 if key in node else line
        sub = message.split(":", 1)[0]  # "match" + "unit: ..." points at the unit line
        if key in node and isinstance(node[key], CommentedMap) and sub in node[key]:
            key_line = node[key].lc.key(sub)[0] + 1
        return RuleError(f"{key}: {message}", path, key_line)

    tolerance = parse_tolerance(spec.tolerance)
    if tolerance is None:
        raise fail("tolerance", f"{TOLERANCE_HELP}; got {spec.tolerance!r}")
    if spec.check == "consistency":
        if spec.match is None:
            raise fail("match", "a consistency rule needs 'match:'")
        if spec.relation or spec.uses:
            raise fail("relation" if spec.relation else "uses", "only relation rules take 'relation:' and 'uses:'")
    else:
        if not spec.relation or not spec.uses:
            raise fail("relation", "a relation rule needs 'uses:' and 'relation:'")
        problem = check_expression(spec.relation, set(spec.uses))
        if problem:
            raise fail("relation", problem)
    expect = None
    if spec.expect is not None:
        facts = parse_value(spec.expect)
        if len(facts) != 1 or facts[0].surface.strip() != spec.expect.strip():
            raise fail("expect", f"expected one figure or date written as a reader would; got {spec.expect!r}")
        expect = facts[0]
        if expect.kind == "date" and is_relative(spec.expect):
            raise fail("expect", f"{spec.expect!r} depends on the day it is read; write the date itself (May 16, 2024)")
        if spec.match and expect.kind != spec.match.kind:
            raise fail("expect", f"{spec.expect!r} is a {expect.kind}, but the rule matches {spec.match.kind}")
    about = None
    unit_dimension = unit_canonical = None
    unit_size = None
    if spec.match is not None:
        about, unit_dimension, unit_canonical, unit_size = _match_extras(spec.match, fail)
    if (expect is not None and unit_canonical and expect.kind in ("money", "quantity")
            and expect.canonical_unit and expect.canonical_unit != unit_canonical):
        raise fail("expect", f"{spec.expect!r} is in {expect.canonical_unit}, but the rule's unit {spec.match.unit!r} "  # type: ignore[union-attr]
                   f"is in {unit_canonical}: one of them is wrong")
    return Rule(
        id=spec.id, title=spec.title, severity=spec.severity, check=spec.check, match=_runtime_match(spec.match),
        tolerance=tolerance, expect=expect, expect_text=spec.expect, uses=dict(spec.uses), relation=spec.relation,
        about=about, unit_dimension=unit_dimension, unit_canonical=unit_canonical, unit_size=unit_size, path=str(path), line=line,
        relation_line=node.lc.key("relation")[0] + 1 if "relation" in node else 0,
    )


def _runtime_match(match: MatchSpec | None) -> Match | None:
    if match is None:
        return None
    return Match(kind=match.kind, unit=match.unit, words=tuple(match.words), not_words=tuple(match.not_words),
                 near=tuple(match.near), not_near=tuple(match.not_near), window=match.window, about=match.about,
                 change=match.change, near_window=match.near_window or match.window,
                 not_near_window=match.not_near_window or match.window,
                 places=tuple(dict.fromkeys(p for name in match.places if (p := place_of(name)) is not None)))


def _match_extras(match: MatchSpec, fail: Any) -> tuple[tuple[dt.date, dt.date] | None, str | None, str | None, float | None]:
    about = None
    if match.about is not None:
        dates = [f for f in parse_value(match.about) if f.kind == "date"]
        if len(dates) != 1 or dates[0].date_start is None or dates[0].date_end is None:
            raise fail("match", f"about: expected a period like 2023 or February 2022; got {match.about!r}")
        if is_relative(match.about):
            raise fail("match", f"about: {match.about!r} depends on the day it is read; write the period itself (2023)")
        about = (dates[0].date_start, dates[0].date_end)
    for name in match.places:
        if place_of(name) is None:
            raise fail("match", f"places: {name!r} is no country or region factcheck knows (write its English name: "
                       "'China', 'United States', 'Europe')")
    if match.unit is None:
        return about, None, None, None
    written = f"1 {match.unit}"
    facts = [f for f in parse_value(written) if f.kind != "date"]
    if len(facts) != 1 or facts[0].kind != match.kind:
        raise fail("match", f"unit: {match.unit!r} is not a unit of a {match.kind}")
    if facts[0].end < len(written.rstrip()):  # "barrels per fortnight per banana" read as barrels, the rest unread
        raise fail("match", f"unit: only {facts[0].surface[2:]!r} of {match.unit!r} is a unit")
    size = float(facts[0].canonical_value) if facts[0].kind == "duration" and facts[0].canonical_value else None
    return about, facts[0].dimension, facts[0].canonical_unit, size
