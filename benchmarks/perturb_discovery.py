"""How robust discovery's planted conflicts are to one more sentence: for each corpus of `tests/data/discovery` with
planted conflicts, each article in turn gets one sentence with a figure from the next article appended (its first,
middle or last such sentence), and the planted figures still in a conflict are counted.

    python benchmarks/perturb_discovery.py [--pick first middle last] [--corpora recall quake ...] [--losses]

A planted figure lost where the sentence went to the article that holds it ("the outlier's own") is no fragility: that
article then states both values, and one source saying two values is no conflict to find. A loss elsewhere is one: a
figure that changed nothing of the claim's own words unpaired it.
"""

from __future__ import annotations

import argparse
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ruamel.yaml import YAML

from factcheck.corpus import fact_table
from factcheck.discover import discover

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "discovery"
# a sentence with a digit (a point between digits ends none: "about 5.2 lakh")
_SENTENCE = re.compile(r"(?:[^.!?\n]|\.(?=\d))*\d(?:[^.!?\n]|\.(?=\d))*[.!?](?!\d)")
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
_PICKS = {"first": 0, "middle": None, "last": -1}


@dataclass
class Tally:
    """Planted figures kept in a conflict, and those lost in the outlier's own article or elsewhere."""

    kept: int = 0
    planted: int = 0
    own: list[str] = field(default_factory=list)
    elsewhere: list[str] = field(default_factory=list)

    def line(self, pick: str) -> str:
        """One line of the tally."""
        return (f"{pick}: {self.kept} of {self.planted} planted figures kept; lost in the outlier's own article "
                f"{len(self.own)}, elsewhere {len(self.elsewhere)}")


def _body(text: str) -> str:
    return text.split("---", 2)[2] if text.startswith("---") and text.count("---") >= 2 else text


def perturb(corpora: list[str], pick: str) -> Tally:
    """Append to each article of each corpus one sentence of the next article (by `pick`) and tally the planted
    figures still found in a conflict."""
    expected = YAML(typ="safe", pure=True).load((DATA / "expected.yaml").read_text())
    tally = Tally()
    for name in corpora:
        wanted = expected[name]["conflicts"]
        planted = [(w.get("figure") or w["figures"][0], w.get("outlier")) for w in wanted]
        told = [f for w in wanted for f in (w["figures"] if "figures" in w else [w["figure"]])]  # (both sides of a pair)
        planted_numbers = {n for figure in told for n in _NUMBER.findall(figure)}
        files = sorted(p for p in (DATA / name).iterdir() if p.suffix in (".txt", ".md"))
        for i, target in enumerate(files):
            donor = files[(i + 1) % len(files)]
            # (none that tells a planted figure or its number: "signed 14 agreements" is the planted "14 deals" told again)
            candidates = [s.strip() for s in _SENTENCE.findall(_body(donor.read_text()))
                          if len(s) < 300 and not set(_NUMBER.findall(s)) & planted_numbers
                          and not any(figure.lower() in s.lower() for figure in told)]
            if not candidates:
                continue
            at = _PICKS[pick]
            sentence = candidates[len(candidates) // 2 if at is None else at]
            with tempfile.TemporaryDirectory() as tmp:
                folder = Path(tmp) / name
                shutil.copytree(DATA / name, folder)
                (folder / target.name).write_text((folder / target.name).read_text().rstrip("\n") + "\n\n" + sentence + "\n")
                conflicts = [c for c in discover(fact_table([folder], jobs=1)) if c.status == "conflict"]
            for figure, outlier in planted:
                tally.planted += 1
                if any(any(r.surface == figure for r in c.rows) for c in conflicts):
                    tally.kept += 1
                    continue
                holders = {outlier} if outlier else {p.stem for p in files if figure in p.read_text()}
                lost = f"{name}/{target.stem}: {figure} | {sentence[:100]}"
                (tally.own if target.stem in holders else tally.elsewhere).append(lost)
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pick", nargs="+", choices=list(_PICKS), default=list(_PICKS))
    parser.add_argument("--corpora", nargs="+", help="corpus folders of tests/data/discovery (default: every one with planted conflicts)")
    parser.add_argument("--losses", action="store_true", help="print each planted figure lost")
    args = parser.parse_args(argv)
    expected = YAML(typ="safe", pure=True).load((DATA / "expected.yaml").read_text())
    corpora = args.corpora or sorted(n for n, w in expected.items() if w.get("conflicts") and (DATA / n).is_dir())
    for pick in args.pick:
        tally = perturb(corpora, pick)
        print(tally.line(pick))
        if args.losses:
            for lost in tally.elsewhere:
                print(f"  elsewhere {lost}")
            for lost in tally.own:
                print(f"  own {lost}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
