"""A small safe expression evaluator for relation rules (an AST whitelist, never eval).

Names are the relation's `uses`; a date name stands for its range, a figure for its value.
Functions: year, month, day (of a date), in_unit(x, "year") (a figure in another unit),
abs, round, min, max. Operators: + - * / and comparisons, `and`, `or`, `not`.
"""

from __future__ import annotations

import ast
import datetime as dt
import operator
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from factcheck.extract.units import registry


@dataclass(frozen=True)
class Value:
    """What a name stands for: a figure in canonical units, or a date range."""

    number: float | None = None
    canonical_unit: str = ""
    date_start: dt.date | None = None
    date_end: dt.date | None = None


def _year(v: Value) -> int:
    if v.date_start is None:
        raise ValueError("year() needs a date")
    return v.date_start.year


def _month(v: Value) -> int:
    if v.date_start is None:
        raise ValueError("month() needs a date")
    return v.date_start.month


def _day(v: Value) -> int:
    if v.date_start is None:
        raise ValueError("day() needs a date")
    return v.date_start.day


def _in_unit(v: Value, unit: str) -> float:
    if v.number is None:
        raise ValueError("in_unit() needs a figure")
    try:
        return float(registry().Quantity(v.number, v.canonical_unit).to(unit).magnitude)
    except Exception as exc:  # pint's errors (unknown unit, other dimension) are many types
        raise ValueError(f"in_unit: cannot convert {v.canonical_unit or 'a number'} to {unit!r}: {exc}") from exc


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


def evaluate(source: str, values: dict[str, Value]) -> Any:
    """Evaluate a checked expression with `values` bound to its names."""
    return _eval(ast.parse(source, mode="eval").body, values)


def _eval(node: ast.AST, values: dict[str, Value]) -> Any:
    if isinstance(node, ast.Constant) and isinstance(node.value, int | float | str):
        return node.value
    if isinstance(node, ast.Name):
        return values[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
        return _BINARY[type(node.op)](_eval(node.left, values), _eval(node.right, values))
    if isinstance(node, ast.UnaryOp):
        operand = _eval(node.operand, values)
        return {ast.USub: operator.neg, ast.UAdd: operator.pos, ast.Not: operator.not_}[type(node.op)](operand)
    if isinstance(node, ast.BoolOp):
        results = (_eval(v, values) for v in node.values)
        return all(results) if isinstance(node.op, ast.And) else any(results)
    if isinstance(node, ast.Compare):
        left = _eval(node.left, values)
        for op, comparator in zip(node.ops, node.comparators, strict=True):
            right = _eval(comparator, values)
            if not _COMPARE[type(op)](left, right):
                return False
            left = right
        return True
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        return FUNCTIONS[node.func.id](*(_eval(a, values) for a in node.args))
    raise ValueError(f"{type(node).__name__} is not allowed")
