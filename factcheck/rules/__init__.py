"""Rules: YAML files parsed into plain typed records (`model`), evaluated by an engine."""

from __future__ import annotations

from typing import Any

__all__ = ["Match", "Rule", "RuleSet", "Tolerance", "load_rules"]


def __getattr__(name: str) -> Any:
    # Imported on first use (PEP 562): `check` reads cached rules without loading the YAML parser.
    if name == "load_rules":
        from factcheck.rules.loader import load_rules

        return load_rules
    if name in __all__:
        from factcheck.rules import model

        return getattr(model, name)
    raise AttributeError(name)
