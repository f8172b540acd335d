"""Cue statistics from an attribution corpus: how often each verb or noun cues a gold attribution.

Usage::

    python scripts/cue_statistics.py ../shared/eval/polnear-train --every 4 > /tmp/cue_stats.tsv

For every article of the corpus (every ``--every``-th while iterating), each
paragraph is parsed with eventkit's spaCy pipeline. For each gold statement
(required or optional: the cue is what is measured, not the speaker), the
**cue** is the nearest ancestor of the token at the content's start (its
``source.events[ID].content_start``) that is a verb or noun whose subject
(``nsubj``, a passive's agent, a possessor) shares a word with the gold
source. Then every verb that has a subject and a complement, and every noun
with a possessor, is an **occurrence** of its lemma in a **frame**:

* ``ccomp``: a that-clause or quote clause; ``ccomp-wh``: an indirect question
  ("told reporters how ...", "explained why ...");
* ``to``: a to-infinitive (``vowed to``), ``obj+to``: an object and a
  to-infinitive (``urged X to``);
* ``obj+as`` / ``obj+of`` / ``obj+for`` / ``obj+that``: an object with a
  predication ("cited X as", "accused X of", "criticized X for");
* ``prep:P``: a preposition and its object ("called for", "called on");
* ``as-clause``: "As X noted, ..." (a cue with no complement of its own);
* ``acl:NOUN``: a participle of a noun ("issued a statement saying");
* ``obj``: a bare object; ``poss+that`` / ``poss+to`` / ``poss`` for nouns.

The report (tab-separated, to stdout) gives per lemma and per frame the
occurrences, how many cue a gold attribution, and the share: the precision a
rule admitting that lemma in that frame would have on the corpus. It also
says where the lemma stands in ``speech_cues.en.yaml`` (its group, or ``-``)
and whether it is a verb of communication (``speech_verbs.en.txt`` /
``also_speech``), so a verb can be moved to the group whose frames it reports
reliably. Lines: ``lemma  pos  frame  gold  occurrences  share  group  speech``;
the frame ``*`` sums the lemma's frames.

PolNeAR annotates attribution, wider than speech (decide, want, believe,
show): a high share for such a lemma is no reason to make it a cue.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from eventkit.extractors.statement.cues import cue_lexicon
from eventkit.lexicons import load_list, load_yaml
from eventkit.nlp.loading import load_pipeline

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Dependencies that name who speaks.
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "poss"})
#: Prepositions that predicate something of an object.
_PREDICATING = frozenset({"as", "of", "for", "that"})
#: Words opening an indirect question ("told reporters *how* ...", "explained *why* ...").
_WH_WORDS = frozenset("how why what whether when where who whom which if".split())
#: Function words a source and a subject may share without naming the same one.
_STOP = frozenset("the a an of and in on for to his her their its by from at with".split())


def _words(text: str) -> set[str]:
    return {w.strip(".,'\u2019\"").lower() for w in text.split()} - _STOP - {""}


def _subject_words(tok: Token) -> set[str]:
    words: set[str] = set()
    for child in tok.children:
        if child.dep_ in _SUBJECTS:
            words |= _words(" ".join(t.text for t in child.subtree))
        if child.dep_ == "agent":
            words |= _words(" ".join(t.text for t in child.subtree))
    if not words and tok.dep_ == "acl" and tok.head.dep_ in {"dobj", "pobj"}:
        # "X issued a statement saying ...": the subject of the verb the noun hangs from
        verb = tok.head.head if tok.head.dep_ == "dobj" else tok.head.head.head
        if verb.pos_ == "VERB":
            words = {w for c in verb.children if c.dep_ == "nsubj" for w in _words(" ".join(t.text for t in c.subtree))}
    return words


def frame_of(tok: Token) -> str | None:
    """The argument frame of a verb or noun occurrence, or None when it has no subject and complement."""
    kids = [c for c in tok.children if c.i > tok.i]
    deps = {c.dep_ for c in kids}
    if tok.pos_ == "NOUN":
        if not any(c.dep_ == "poss" for c in tok.children):
            return None
        if any(c.dep_ in {"acl", "ccomp"} and any(m.lower_ == "that" for m in c.children) for c in kids):
            return "poss+that"
        if any(c.dep_ == "acl" and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children) for c in kids):
            return "poss+to"
        return "poss"
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children) and tok.dep_ not in {"advcl", "xcomp", "acl"}:
        return None
    bare = not any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in kids)
    if (
        tok.dep_ == "advcl"
        and bare
        and any(c.dep_ == "mark" and c.lower_ == "as" and c.i < tok.i for c in tok.children)
    ):
        return "as-clause"
    if tok.dep_ == "acl" and tok.head.pos_ == "NOUN":
        return f"acl:{tok.head.lemma_.lower()}"
    obj = next((c for c in kids if c.dep_ in {"dobj", "dative"}), None)
    ccomp = next((c for c in kids if c.dep_ == "ccomp"), None)
    if ccomp is not None:
        return "ccomp-wh" if ccomp.left_edge.lower_ in _WH_WORDS else "ccomp"
    to_inf = any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in kids)
    if obj is not None:
        if to_inf or any(c.dep_ == "xcomp" for c in kids):
            return "obj+to"
        for p in [*kids, *obj.children]:
            if p.dep_ in {"prep", "acl", "mark"} and p.lower_ in _PREDICATING:
                return f"obj+{p.lower_}"
        if "oprd" in deps:
            return "obj+as"
        return "obj"
    if to_inf:
        return "to"
    prep = next((c for c in kids if c.dep_ in {"prep", "prt"} and any(g.dep_ == "pobj" for g in c.children)), None)
    if prep is not None:
        return f"prep:{prep.lower_}"
    return None


def gold_cue(tok: Token, source: str) -> Token | None:
    """The verb or noun governing a content start whose subject shares a word with the source."""
    source_words = _words(source)
    for anc in tok.ancestors:
        if anc.pos_ in {"VERB", "NOUN", "AUX"} and _subject_words(anc) & source_words:
            return anc
    # a parenthetical cue of the clause that holds the content: "As X noted, ...", "..., X said, ..."
    for anc in [tok, *tok.ancestors]:
        for child in anc.children:
            parenthetical = child.dep_ in {"advcl", "parataxis"} and child.pos_ == "VERB"
            outside = not (child.left_edge.i <= tok.i <= child.right_edge.i)
            if parenthetical and outside and _subject_words(child) & source_words:
                return child
    return None


def main(argv: list[str] | None = None) -> int:
    """Print the cue statistics of a corpus (see the module docstring)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--every", type=int, default=1, help="read every N-th article only")
    ap.add_argument("--min", type=int, default=3, help="print frames with at least this many occurrences")
    args = ap.parse_args(argv)
    nlp = load_pipeline()
    group = cue_lexicon().verb_group
    speech = set(load_list("lexicons/speech_verbs.en.txt")) | {
        str(v) for v in load_yaml("lexicons/speech_cues.en.yaml").get("also_speech", [])
    }
    gold: Counter[tuple[str, str, str]] = Counter()
    seen: Counter[tuple[str, str, str]] = Counter()
    unmatched = 0
    for path in sorted(args.corpus.glob("*.gold.json"))[:: args.every]:
        data = json.loads(path.read_text())
        text = (args.corpus / data["doc"]).read_text()
        starts = [
            (int(m["content_start"]), str(m.get("source_text") or ""))
            for m in data.get("source", {}).get("events", {}).values()
            if m.get("content_start") is not None
        ]
        pos = 0
        paras: list[tuple[int, str]] = []
        for para in text.split("\n"):
            paras.append((pos, para))
            pos += len(para) + 1
        for (base, _), doc in zip(paras, nlp.pipe(p for _, p in paras), strict=True):
            cues: set[int] = set()
            for cs, source in starts:
                if not base <= cs < base + len(doc.text):
                    continue
                tok = next((t for t in doc if t.idx + base >= cs), None)
                cue = gold_cue(tok, source) if tok is not None else None
                if cue is None:
                    unmatched += 1
                    continue
                cues.add(cue.i)
            for tok in doc:
                if tok.pos_ not in {"VERB", "NOUN"}:
                    continue
                frame = frame_of(tok)
                if frame is None:
                    continue
                key = (tok.lemma_.lower(), tok.pos_, frame)
                seen[key] += 1
                if tok.i in cues:
                    gold[key] += 1
    totals: Counter[tuple[str, str]] = Counter()
    gold_totals: Counter[tuple[str, str]] = Counter()
    for (lemma, pos_, _), n in seen.items():
        totals[(lemma, pos_)] += n
    for (lemma, pos_, _), n in gold.items():
        gold_totals[(lemma, pos_)] += n
    print("lemma\tpos\tframe\tgold\toccurrences\tshare\tgroup\tspeech")
    for (lemma, pos_), n in sorted(totals.items(), key=lambda kv: (-gold_totals[kv[0]], kv[0])):
        if gold_totals[(lemma, pos_)] == 0 and lemma not in group:
            continue
        rows = [("*", gold_totals[(lemma, pos_)], n)]
        rows += sorted(((f, gold[(lemma, pos_, f)], m) for (le, p, f), m in seen.items() if (le, p) == (lemma, pos_)))
        for frame, g, m in rows:
            if m >= args.min or frame == "*":
                grp = group.get(lemma, "-") if pos_ == "VERB" else "-"
                print(f"{lemma}\t{pos_}\t{frame}\t{g}\t{m}\t{g / m:.2f}\t{grp}\t{'yes' if lemma in speech else 'no'}")
    found = sum(gold.values())
    print(f"# gold contents whose cue has a frame: {found}; with no cue found: {unmatched}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
