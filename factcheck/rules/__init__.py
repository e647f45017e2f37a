"""Rules as plain data (what users write); their evaluation lives in factcheck.engine."""

from factcheck.rules.loader import load_rules
from factcheck.rules.model import Match, Rule, RuleSet, Tolerance

__all__ = ["Match", "Rule", "RuleSet", "Tolerance", "load_rules"]
