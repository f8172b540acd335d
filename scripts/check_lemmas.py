"""List lexicon verbs whose inflected forms the spaCy pipeline lemmatises wrongly.

Usage::

    python scripts/check_lemmas.py

Inflects every single-word verb of the trigger lexicons and of the speech
verbs (regular "-ed", "-s" and "-ing" forms), parses each form in a short
sentence and prints those whose lemma is not the verb, e.g. ``stage:
staged -> stag``. Forms the lemma corrections of
``src/eventkit/resources/lexicons/lemmas.en.yaml`` already fix come out right;
a new line is a candidate for that file. Irregular verbs ("fought") are not
generated and print nothing.
"""

from __future__ import annotations

import sys

from eventkit.extractors.triggers import rules
from eventkit.lexicons import load_list
from eventkit.nlp.loading import load_pipeline

_TEMPLATES = ("Officials {} it on Monday.", "They have {} the town.")


def inflections(verb: str) -> list[str]:
    """The regular past, third-person and "-ing" forms of a verb."""
    if verb.endswith("e"):
        return [verb + "d", verb + "s", verb[:-1] + "ing"]
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in "aeiou":
        return [verb[:-1] + "ied", verb[:-1] + "ies", verb + "ing"]
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return [verb + "ed", verb + "es", verb + "ing"]
    return [verb + "ed", verb + "s", verb + "ing"]


def lexicon_verbs() -> set[str]:
    """Single-word verb lemmas of the trigger lexicons and the speech verbs."""
    verbs: set[str] = set()
    for event_type in ("meeting", "donation", "incident"):
        for rule in rules(event_type):
            if not rule.pos or "VERB" in rule.pos:
                verbs.update(w for w in rule.lemmas if " " not in w)
            verbs.update(p.split()[0] for p in rule.phrases)
    verbs.update(line.split("#")[0].strip() for line in load_list("lexicons/speech_verbs.en.txt"))
    return {v for v in verbs if v.isalpha()}


def main() -> int:
    """Print the wrong lemmas, one verb a line."""
    nlp = load_pipeline()
    wrong = 0
    for verb in sorted(lexicon_verbs()):
        for form in inflections(verb):
            lemmas = set()
            for template in _TEMPLATES:
                for tok in nlp(template.format(form)):
                    if tok.lower_ == form and tok.pos_ == "VERB" and tok.lemma_ != verb:
                        lemmas.add(tok.lemma_)
            # a lemma that is the verb less its final "e" is the lemmatizer's known slip;
            # other differences are mostly forms this generator gets wrong ("piracied")
            for lemma in sorted(lemmas):
                if verb.endswith("e") and lemma == verb[:-1]:
                    print(f"{verb}: {form} -> {lemma}")
                    wrong += 1
    print(f"{wrong} wrong lemma(s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
