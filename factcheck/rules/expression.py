"""A small safe expression evaluator for relation rules (an AST whitelist, never eval).

Names are the relation's `uses`; a date name stands for its range, a figure for its value with its
unit (pint): money in its currency (each currency a dimension of its own, so dollars never add to
euros or to a percent), a percent as a ratio (4% is 0.04: `before * (1 + rise)`), a quantity in its
unit, a count or ordinal as a plain number. Functions: year, month, day (of a date), in_unit(x,
"year") (a figure as a number in that unit; "USD" for money), abs, round, min, max. Operators:
+ - * / and comparisons, `and`, `or`, `not`. `==` and `!=` compare within the rule's tolerance
(`tolerance: 1%`: within 1% of the larger side). `check_types` evaluates a relation once on stand-in
values of the kinds and units its rules match, so a unit mistake is found by `rules validate`.
"""

from __future__ import annotations

import ast
import datetime as dt
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from factcheck.extract.units import registry


@dataclass(frozen=True)
class Value:
    """What a date name stands for: its range."""

    date_start: dt.date | None = None
    date_end: dt.date | None = None


def _start(v: Any, function: str) -> dt.date:
    if not isinstance(v, Value) or v.date_start is None:
        raise ValueError(f"{function}() needs a date")
    return v.date_start


def _year(v: Any) -> int:
    return _start(v, "year").year


def _month(v: Any) -> int:
    return _start(v, "month").month


def _day(v: Any) -> int:
    return _start(v, "day").day


def _in_unit(v: Any, unit: str) -> float:
    if not hasattr(v, "to"):
        raise ValueError("in_unit() needs a figure with a unit (a quantity, a duration or money)")
    try:
        return float(v.to(_pint_unit(unit)).magnitude)
    except Exception as exc:  # pint's errors (unknown unit, other dimension) are many types
        raise ValueError(f"in_unit: cannot convert {_unit_name(v)} to {unit!r}") from exc


_CURRENCY_CODE = re.compile(r"[A-Z]{3}")


def currency_unit(code: str) -> str:
    """The pint unit of a currency: a dimension of its own ('USD' -> 'currency_USD'), defined on first use."""
    name = f"currency_{code}"
    ureg = registry()
    if name not in ureg:
        ureg.define(f"{name} = [{name}]")
    return name


def _pint_unit(unit: str) -> str:
    return currency_unit(unit) if _CURRENCY_CODE.fullmatch(unit) else unit


def _unit_name(v: Any) -> str:
    if not hasattr(v, "units"):
        return "a number"
    return str(v.units).replace("currency_", "") or "a number"


def figure_value(kind: str, value: float, canonical_unit: str) -> Any:
    """What a figure stands for in a relation: a pint Quantity, or a plain number for counts."""
    if kind in ("count", "ordinal") or not canonical_unit:
        return float(value)
    ureg = registry()
    if kind == "money":
        return ureg.Quantity(value, currency_unit(canonical_unit))
    if canonical_unit == "percentage_point":
        return float(value)
    return ureg.Quantity(value, canonical_unit)


FUNCTIONS: dict[str, Callable[..., Any]] = {
    "year": _year, "month": _month, "day": _day, "in_unit": _in_unit,
    "abs": abs, "round": round, "min": min, "max": max,
}
_BINARY = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}
_COMPARE = {ast.Eq: operator.eq, ast.NotEq: operator.ne, ast.Lt: operator.lt, ast.LtE: operator.le,
            ast.Gt: operator.gt, ast.GtE: operator.ge}


MAX_LENGTH, MAX_NODES, MAX_DEPTH, MAX_STRING = 2000, 400, 40, 40


def check_expression(source: str, names: set[str]) -> str:
    """'' if `source` is a valid true/false expression over `names`, within bounds, else what is wrong."""
    if len(source) > MAX_LENGTH:
        return f"a relation may be at most {MAX_LENGTH} characters long"
    try:
        tree = ast.parse(source, mode="eval")
    except SyntaxError as exc:
        return f"not a valid expression: {exc.msg}"
    except (RecursionError, MemoryError):
        return "the expression is nested too deeply"
    nodes = list(ast.walk(tree))
    if len(nodes) > MAX_NODES:
        return f"a relation may have at most {MAX_NODES} parts"
    if _depth(tree) > MAX_DEPTH:
        return f"a relation may be nested at most {MAX_DEPTH} deep"
    for node in nodes:
        if isinstance(node, ast.Name) and node.id not in names and node.id not in FUNCTIONS:
            return f"unknown name {node.id!r}; names come from 'uses:' ({sorted(names)}) or are functions {sorted(FUNCTIONS)}"
        if isinstance(node, ast.Call) and not (isinstance(node.func, ast.Name) and node.func.id in FUNCTIONS):
            return f"only these functions may be called: {sorted(FUNCTIONS)}"
        if not isinstance(node, _ALLOWED):
            return f"{type(node).__name__} is not allowed in a relation"
    if not _is_truth(tree.body):
        return "a relation must be true or false: a comparison (==, <, ...) or and/or/not of comparisons"
    unit_args = {id(node.args[1]) for node in nodes if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                 and node.func.id == "in_unit" and len(node.args) == 2}
    for node in nodes:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) not in unit_args:
                return "text is allowed only as the unit of in_unit(x, \"unit\")"
            if len(node.value) > MAX_STRING:
                return f"a unit name may be at most {MAX_STRING} characters"
        if isinstance(node, ast.Constant) and (isinstance(node.value, bool) or not isinstance(node.value, int | float | str)):
            return f"{node.value!r} is not allowed in a relation"
    return ""


def _depth(node: ast.AST) -> int:
    depth, stack = 0, [(node, 1)]
    while stack:
        current, level = stack.pop()
        depth = max(depth, level)
        stack.extend((child, level + 1) for child in ast.iter_child_nodes(current))
    return depth


def _is_truth(node: ast.AST) -> bool:
    if isinstance(node, ast.Compare):
        return True
    if isinstance(node, ast.BoolOp):
        return all(_is_truth(v) for v in node.values)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        return _is_truth(node.operand)
    return False


_ALLOWED = (ast.Expression, ast.BinOp, ast.UnaryOp, ast.BoolOp, ast.Compare, ast.Call, ast.Name, ast.Load,
            ast.Constant, ast.And, ast.Or, ast.Not, ast.USub, ast.UAdd, *_BINARY, *_COMPARE)


def evaluate(source: str, values: dict[str, Any], relative: float = 0.0, absolute: float = 0.0) -> Any:
    """Evaluate a checked expression with `values` bound to its names; `==` holds within `relative`
    (a fraction of the larger side) or `absolute` (in canonical units)."""
    return _eval(ast.parse(source, mode="eval").body, values, (relative, absolute))


def check_types(source: str, kinds: dict[str, tuple[str, str]]) -> str:
    """'' when the relation computes on figures of these (kind, canonical unit), else what does not fit
    ("cannot add USD and percent"). Evaluated on stand-in values; a division by zero is no type error."""
    values: dict[str, Any] = {}
    for i, (name, (kind, unit)) in enumerate(sorted(kinds.items())):
        if kind == "date":
            day = dt.date(2001, 1 + i % 12, 1 + i % 28)
            values[name] = Value(date_start=day, date_end=day)
        else:
            values[name] = figure_value(kind, 1.0 + 0.37 * (i + 1), unit)
    try:
        result = evaluate(source, values)
    except ZeroDivisionError:
        return ""
    except Exception as exc:  # pint's dimensionality errors, TypeErrors of a date used as a number, ...
        return f"the units do not fit: {_friendly(exc)}"
    if not isinstance(result, bool):
        return "a relation must be true or false"
    return ""


def _friendly(exc: Exception) -> str:
    text = str(exc).replace("currency_", "")
    if isinstance(exc, TypeError) and "Value" in text:
        return "a date is used as a number: use year(x), month(x) or day(x)"
    return text.split("\n")[0]


def _equal(left: Any, right: Any, slack: tuple[float, float]) -> bool:
    difference = abs(_base(left - right))  # other dimensions fail here, as a rule error
    scale = max(abs(_base(left)), abs(_base(right)))
    relative, absolute = slack
    return difference <= max(relative * scale, absolute, 1e-9 * scale)


def _base(v: Any) -> float:
    return float(v.to_base_units().magnitude) if hasattr(v, "to_base_units") else float(v)


def _eval(node: ast.AST, values: dict[str, Any], slack: tuple[float, float] = (0.0, 0.0)) -> Any:
    if isinstance(node, ast.Constant) and isinstance(node.value, int | float | str):
        return node.value
    if isinstance(node, ast.Name):
        return values[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
        return _BINARY[type(node.op)](_eval(node.left, values, slack), _eval(node.right, values, slack))
    if isinstance(node, ast.UnaryOp):
        operand = _eval(node.operand, values, slack)
        return {ast.USub: operator.neg, ast.UAdd: operator.pos, ast.Not: operator.not_}[type(node.op)](operand)
    if isinstance(node, ast.BoolOp):
        results = (_eval(v, values, slack) for v in node.values)
        return all(results) if isinstance(node.op, ast.And) else any(results)
    if isinstance(node, ast.Compare):
        left = _eval(node.left, values, slack)
        for op, comparator in zip(node.ops, node.comparators, strict=True):
            right = _eval(comparator, values, slack)
            if isinstance(op, ast.Eq | ast.NotEq):
                holds = _equal(left, right, slack) == isinstance(op, ast.Eq)
            else:
                holds = _COMPARE[type(op)](left, right)
            if not holds:
                return False
            left = right
        return True
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        return FUNCTIONS[node.func.id](*(_eval(a, values, slack) for a in node.args))
    raise ValueError(f"{type(node).__name__} is not allowed")
