"""An independent minimal scorer written straight from the gold format (FORMAT.md).

It shares no code with ``eventkit.evaluation``: normalisation, matching and the
one-to-one assignment are re-implemented here, so that its figures can be
compared with ``eventkit evaluate`` to the digit.

Usage::

    python scripts/score_independent.py ../shared/eval/news-dev            # runs eventkit
    python scripts/score_independent.py ../shared/eval/news-dev --dump p.jsonl
    python scripts/score_independent.py ../shared/eval/news-dev --predictions p.jsonl

``--predictions`` reads ``{"doc": NAME.txt, "events": [...]}`` lines instead of
running the extractor; ``--dump`` writes them.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

from scipy.optimize import linear_sum_assignment

KINDS = ["meeting", "donation", "incident", "statement"]
SCORED = {
    "participants", "donor", "recipient", "actors", "speaker", "reported_by", "location",
    "date", "amount", "content", "purpose", "items", "quantity", "category", "direct",
}  # fmt: skip
KEYS = {"meeting": ["participants"], "donation": ["donor", "recipient"], "incident": ["category"],
        "statement": ["speaker", "content"]}  # fmt: skip


def norm(s: str) -> str:
    """FORMAT.md normalisation."""
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()
    s = re.sub("[\u2018\u2019\u201a\u201b\u2032]", "'", s)
    s = re.sub("[\u201c\u201d\u201e\u201f\u2033]", '"', s)
    chars = []
    for c in s:
        cat = unicodedata.category(c)
        chars.append(" " if cat == "Pd" else ("" if cat[0] == "P" and c != "'" else c))
    s = " ".join("".join(chars).split())
    return s[4:].strip() if s.startswith("the ") else s


def alts(v: Any) -> list[Any]:
    """A gold field as a list of alternatives."""
    return v if isinstance(v, list) else [v]


def name_ok(gold: Any, pred: Any) -> bool:
    """Token-subset match over the name, aliases and country code."""
    options = alts(gold)
    if not pred:
        return None in options
    strings = [pred.get("name"), *(pred.get("aliases") or []), pred.get("country")]
    for s in strings:
        if not isinstance(s, str) or not s:
            continue
        a = set(norm(s).split())
        for g in options:
            if isinstance(g, str):
                b = set(norm(g).split())
                if a and b and (a <= b or b <= a):
                    return True
    return False


def group_ok(gold: Any, preds: Any) -> bool:
    """Every inner gold list matched by a different predicted actor."""
    groups = [g for g in gold or [] if g is not None]
    people = [p for p in preds or [] if isinstance(p, dict)]
    if not groups:
        return True
    if len(people) < len(groups):
        return False
    m = [[int(name_ok(g, p)) for p in people] for g in groups]
    r, c = linear_sum_assignment(m, maximize=True)
    return sum(m[i][j] for i, j in zip(r, c, strict=True)) == len(groups)


def date_ok(gold: Any, pred: Any) -> bool:
    """Predicted start and end begin with the gold value (or the range ends)."""
    options = alts(gold)
    if not pred:
        return None in options
    s, e = str(pred.get("start") or ""), str(pred.get("end") or "")
    for g in options:
        if isinstance(g, str) and s.startswith(g) and e.startswith(g):
            return True
        if isinstance(g, dict) and s.startswith(str(g["start"])) and e.startswith(str(g["end"])):
            return True
    return False


def amount_ok(gold: Any, pred: Any) -> bool:
    """Same currency, value within 1%."""
    options = alts(gold)
    if not pred:
        return None in options
    for g in options:
        same = isinstance(g, dict) and str(g.get("currency")).upper() == str(pred.get("currency")).upper()
        if same and abs(float(pred["amount"]) - float(g["value"])) <= 0.01 * abs(float(g["value"])):
            return True
    return False


def field_ok(f: str, gold: Any, pred: dict[str, Any]) -> bool:
    """Does the prediction match one gold field?"""
    v = pred.get(f)
    if f in ("participants", "actors"):
        return group_ok(gold, v)
    if f in ("donor", "recipient", "speaker", "reported_by", "location"):
        return name_ok(gold, v)
    if f == "date":
        return date_ok(gold, v)
    if f == "amount":
        return amount_ok(gold, v)
    if f in ("content", "purpose"):
        if v in (None, ""):
            return None in alts(gold)
        return any(isinstance(g, str) and norm(g) in norm(str(v)) for g in alts(gold))
    if f == "items":
        descs = [norm(str(i.get("description", ""))) for i in pred.get("items") or []]
        phrases = alts(gold)
        if phrases in ([None], []):
            return not descs
        return all(isinstance(p, str) and any(norm(p) in d for d in descs) for p in phrases)
    if f == "quantity":
        qs = [float(i["quantity"]) for i in pred.get("items") or [] if i.get("quantity") is not None]
        if not qs and None in alts(gold):
            return True
        return any(g is not None and float(g) in qs for g in alts(gold))
    if f == "category":
        return v in alts(gold)
    if f == "direct":
        return v in alts(gold)
    return False


def can_be(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    """Key fields: can this prediction be this gold event?"""
    if pred.get("type") != gold["type"]:
        return False
    if not all(field_ok(k, gold[k], pred) for k in KEYS[gold["type"]] if k in gold):
        return False
    if gold["type"] == "incident" and ("location" in gold or gold.get("actors")):
        by_place = "location" in gold and field_ok("location", gold["location"], pred)
        by_actor = any(
            name_ok(g, p) for g in gold.get("actors") or [] if g is not None for p in pred.get("actors") or []
        )
        return by_place or by_actor
    return True


def score(gold: dict[str, Any], preds: list[dict[str, Any]], tally: dict[str, list[int]]) -> None:
    """Add one document's tp, fp, fn per type to ``tally``."""
    for kind in gold.get("types") or KINDS:
        gs = [g for g in gold["events"] if g["type"] == kind]
        ps = [p for p in preds if p.get("type") == kind and p.get("modality") not in ("negated", "hypothetical")]
        w = [[0] * len(ps) for _ in gs]
        for i, g in enumerate(gs):
            others = [f for f in g if f in SCORED and f not in KEYS[kind]]
            for j, p in enumerate(ps):
                if can_be(g, p):
                    w[i][j] = (
                        1_000_000 * bool(g.get("required", True)) + 1_000 + sum(field_ok(f, g[f], p) for f in others)
                    )
        pairs = {}
        if gs and ps:
            r, c = linear_sum_assignment(w, maximize=True)
            pairs = {int(i): int(j) for i, j in zip(r, c, strict=True) if w[i][j] > 0}
        t = tally.setdefault(kind, [0, 0, 0])
        for i, g in enumerate(gs):
            if g.get("required", True):
                t[0 if i in pairs else 2] += 1
        if not gold.get("recall_only", False):
            t[1] += len(ps) - len(pairs)


def main() -> int:
    """Score a corpus and print the table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--predictions", type=Path)
    ap.add_argument("--dump", type=Path)
    args = ap.parse_args()
    golds = {
        p.name[: -len(".gold.json")] + ".txt": json.loads(p.read_text())
        for p in sorted(args.corpus.glob("*.gold.json"))
    }
    if args.predictions:
        predicted = {}
        for line in args.predictions.read_text().splitlines():
            rec = json.loads(line)
            predicted[rec["doc"]] = rec["events"]
    else:
        import eventkit

        ex = eventkit.Extractor()
        recs = [
            {"id": d, "text": (args.corpus / d).read_text(), "published": g.get("published")} for d, g in golds.items()
        ]
        predicted = {str(r.id): r.to_dicts() for r in ex.pipe(recs, on_error="collect")}
    if args.dump:
        args.dump.write_text("".join(json.dumps({"doc": d, "events": e}) + "\n" for d, e in predicted.items()))
    tally: dict[str, list[int]] = {}
    for doc, gold in golds.items():
        score(gold, predicted.get(doc, []), tally)
    print(f"{'type':<10} {'tp':>5} {'fp':>5} {'fn':>5} {'prec':>6} {'rec':>6} {'f1':>6}")
    total = [0, 0, 0]
    for kind in [*KINDS, "overall"]:
        tp, fp, fn = total if kind == "overall" else tally.get(kind, [0, 0, 0])
        if kind != "overall":
            total = [a + b for a, b in zip(total, (tp, fp, fn), strict=True)]
            if tp + fp + fn == 0:
                continue
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{kind:<10} {tp:>5} {fp:>5} {fn:>5} {p:>6.3f} {r:>6.3f} {f:>6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
