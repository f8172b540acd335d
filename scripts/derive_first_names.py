"""Derive the first-name gender lists from nomquamgender's name data (MIT).

    pip install nomquamgender==0.1.4        # dev-time only; eventkit does not depend on it
    python scripts/derive_first_names.py    # writes src/eventkit/resources/lexicons/first_names_{female,male}.en.txt

nomquamgender (Van Buskirk, Clauset and Larremore, 2023) pools 36 name-gender
sources; each name carries the number of sources that list it, the number of
people counted and p(gf), the share of those people who were women. A first
name goes into a list only when it is well attested (``--min-sources``
sources, ``--min-count`` people) and nearly unambiguous (p(gf) within
``--margin`` of 0 or 1, the package's own default threshold): "Donald" and
"Katy" are in, "Jean", "Kim", "Taylor" and "Andrea" are not. The statement
extractor uses the lists only to rule out an antecedent whose first name
contradicts a pronoun ("she said" is not "Donald Smith").
"""

from __future__ import annotations

import argparse
import importlib.resources
import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "eventkit" / "resources" / "lexicons"

HEADER = """# First names that are nearly always {gender} (p(woman) {rule}), derived by
# scripts/derive_first_names.py from the name data of nomquamgender 0.1.4
# (min. {sources} sources, {count} people). nomquamgender: MIT licence,
# Copyright (c) 2022 Ian Van Buskirk. Regenerate, do not edit by hand.
"""


def main(argv: list[str] | None = None) -> int:
    """Write the two lists; return the process status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", help="name_data.json (default: the installed nomquamgender's)")
    parser.add_argument("--min-sources", type=int, default=10)
    parser.add_argument("--min-count", type=int, default=1000)
    parser.add_argument("--margin", type=float, default=0.1)
    args = parser.parse_args(argv)
    if args.data:
        text = Path(args.data).read_text(encoding="utf-8")
    else:
        text = importlib.resources.files("nomquamgender").joinpath("name_data.json").read_text(encoding="utf-8")
    data: dict[str, list[object]] = json.loads(text)
    female: list[str] = []
    male: list[str] = []
    for name, row in data.items():
        sources, count, pgf = row[0], row[1], row[2]
        if not (name.isascii() and name.isalpha() and len(name) > 1):
            continue
        if not isinstance(sources, int) or not isinstance(count, int) or not isinstance(pgf, float | int):
            continue
        if sources < args.min_sources or count < args.min_count:
            continue
        if pgf >= 1 - args.margin:
            female.append(name)
        elif pgf <= args.margin:
            male.append(name)
    for gender, names, rule in (
        ("female", female, f">= {1 - args.margin:.2f}"),
        ("male", male, f"<= {args.margin:.2f}"),
    ):
        header = HEADER.format(gender=gender, rule=rule, sources=args.min_sources, count=args.min_count)
        path = OUT / f"first_names_{gender}.en.txt"
        path.write_text(header + "\n".join(sorted(set(names))) + "\n", encoding="utf-8")
        print(f"{path}: {len(set(names))} names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
