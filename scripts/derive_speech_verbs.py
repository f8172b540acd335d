"""Derive the speech-verb list of the statement extractor from VerbNet's communication classes.

Usage::

    python scripts/derive_speech_verbs.py ../shared/lexical/verbnet3.4 \
        ../shared/lexical/open-english-wordnet/yaml \
        > src/eventkit/resources/lexicons/speech_verbs.en.txt

A cue verb of ``speech_cues.en.yaml`` counts only when it is a verb of
communication: a member of one of the VerbNet 3.4 classes below (subclasses
included), or of the YAML's ``also_speech`` list (verbs VerbNet lacks, such as
"tweet"). Some classes mix saying with believing, showing or phoning; for
those the script keeps only the members that report words (``KEEP``) or drops
the ones that do not (``DROP``).

VerbNet files some verbs of saying outside its communication classes: "emphasize"
is in promote-102 with "boost" and "further", but VerbNet maps that member to
FrameNet's Convey_importance frame. So a member of any class mapped to a
FrameNet frame of saying (``FRAMES``) counts too, and so do its WordNet
synonyms that report a proposition: the members of a verb.communication synset
of its senses whose own sense in that synset takes a that-clause (Open English
WordNet's "via-that" frame, "Somebody ----s that CLAUSE"): "stress",
"underscore", "underline". A member any class drops (``DROP``) stays out. The
output is one lemma per line with the classes (or "wordnet:<synset>") it came
from; only the derived list ships with eventkit, not VerbNet or WordNet.

VerbNet 3.4: Kipper-Schuler et al., University of Colorado
(https://verbs.colorado.edu/verbnet/), freely usable with attribution.
Open English WordNet (https://en-word.net/), CC BY 4.0, after Princeton
WordNet (Princeton University).
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import yaml

#: Communication classes (every member counts unless DROP or KEEP says otherwise).
CLASSES: dict[str, str] = {
    "say-37.7": "saying",
    "tell-37.2": "telling, informing",
    "transfer_mesg-37.1.1": "conveying a message",
    "inquire-37.1.2": "asking",
    "interrogate-37.1.3": "questioning",
    "manner_speaking-37.3": "manner of speaking",
    "talk-37.5": "talking",
    "chit_chat-37.6": "arguing, joking (conversing names no words)",
    "complain-37.8": "complaining",
    "advise-37.9": "advising, warning",
    "confess-37.10": "confessing",
    "lecture-37.11": "lecturing, commenting",
    "overstate-37.12": "overstating",
    "promise-37.13": "promising",
    "conjecture-29.5": "asserting (the believing members are dropped)",
    "declare-29.4": "declaring",
    "judgment-33.1": "judging aloud: praising, criticising",
    "suspect-81": "accusing",
    "order-58.3": "ordering, demanding",
    "beg-58.2": "requesting",
    "urge-58.1": "urging",
    "characterize-29.2": "describing (only the describing members)",
    "dub-29.3.2": "calling, naming",
    "reject-77.2": "rejecting aloud (only the verbal members)",
    "indicate-78": "stating a fact (only the verbal members)",
    "estimate-34.2": "estimating (only the verbal members)",
}

#: Members that are not speech in the sense of their class: believing, showing, phoning, rewarding.
DROP: dict[str, frozenset[str]] = {
    "say-37.7": frozenset({"be_like", "go", "go_like", "go_on", "continue", "purpose", "venture", "relate"}),
    "transfer_mesg-37.1.1": frozenset({"show", "read", "teach", "demonstrate", "illustrate", "sniff", "pose", "relay"}),
    "manner_speaking-37.3": frozenset(
        {"smile", "sigh", "sing", "whistle", "hum", "gurgle", "blare", "cry", "call", "snap", "trill", "warble"}
    ),
    "inquire-37.1.2": frozenset({"consult", "pry"}),
    "chit_chat-37.6": frozenset(
        {"discuss", "debate", "chat", "chatter", "chitchat", "confer", "converse", "flirt", "gab", "gossip"}
        | {"palaver", "rap", "schmooze", "yak"}
    ),
    "interrogate-37.1.3": frozenset({"interview"}),
    "conjecture-29.5": frozenset(
        {
            "assume",
            "believe",
            "expect",
            "feel",
            "anticipate",
            "foreknow",
            "foresee",
            "guess",
            "infer",
            "presume",
            "trust",
            "surmise",
            "determine",
            "hold",
            "repute",
            "doubt",
        }
    ),
    "declare-29.4": frozenset({"find", "prove", "adjudge"}),
    "judgment-33.1": frozenset(
        {
            "reward",
            "pardon",
            "forgive",
            "excuse",
            "honor",
            "celebrate",
            "commemorate",
            "toast",
            "snub",
            "bless",
            "salute",
            "approve_of",
            "condone",
            "greet",
            "assault",
            "abuse",
            "judge",
            "doubt",
        }
    ),
    "order-58.3": frozenset({"require", "authorize", "commission", "mandate"}),
    "urge-58.1": frozenset({"force", "dare", "push", "tempt", "summon", "invite", "egg_on", "lean_on", "prod"}),
}

#: Mixed classes: only these members report words.
KEEP: dict[str, frozenset[str]] = {
    "characterize-29.2": frozenset({"describe", "depict", "portray", "characterize", "detail", "report", "reveal"}),
    "dub-29.3.2": frozenset({"call", "dub", "term", "label", "brand", "pronounce", "decree"}),
    "reject-77.2": frozenset({"reject", "dismiss", "rebuff", "disparage", "pooh_pooh"}),
    "indicate-78": frozenset(
        {"say", "affirm", "reaffirm", "disclose", "confirm", "reveal", "suggest", "explain", "predict", "verify"}
    ),
    "estimate-34.2": frozenset({"estimate"}),
}


#: FrameNet frames of saying: a VerbNet member of any class mapped to one of them is a verb of communication.
FRAMES: frozenset[str] = frozenset({"Statement", "Telling", "Convey_importance"})

#: The Open English WordNet frame of a sense that takes a that-clause ("Somebody ----s that CLAUSE").
THAT_FRAME = "via-that"


def members(path: Path) -> list[str]:
    """The member lemmas of a VerbNet class file, its subclasses included."""
    root = ET.parse(path).getroot()
    return [m.get("name", "") for m in root.iter("MEMBER") if m.get("name")]


def derive(verbnet: Path) -> dict[str, list[str]]:
    """Lemma -> the classes it was taken from."""
    out: dict[str, list[str]] = {}
    for cls in CLASSES:
        path = verbnet / f"{cls}.xml"
        if not path.is_file():
            raise FileNotFoundError(f"VerbNet class {cls} not found in {verbnet}")
        for lemma in members(path):
            if lemma in DROP.get(cls, frozenset()) or (cls in KEEP and lemma not in KEEP[cls]):
                continue
            classes = out.setdefault(lemma.replace("_", " "), [])
            if cls not in classes:
                classes.append(cls)
    return out


def framed(verbnet: Path) -> list[str]:
    """Members of any VerbNet class that VerbNet maps to a FrameNet frame of saying (``FRAMES``)."""
    dropped = frozenset().union(*DROP.values())
    out: list[str] = []
    for path in sorted(verbnet.glob("*.xml")):
        for m in ET.parse(path).getroot().iter("MEMBER"):
            name = m.get("name", "")
            if m.get("fn_mapping") in FRAMES and name and name not in dropped and name not in out:
                out.append(name)
    return out


def verb_senses(wordnet: Path, lemma: str) -> list[dict[str, object]]:
    """The verb senses of a lemma in Open English WordNet (its ``entries-<letter>.yaml``)."""
    entries = _entries(wordnet, lemma[:1] if lemma[:1].isalpha() else "0")
    senses = (entries.get(lemma) or {}).get("v", {}).get("sense", [])
    return list(senses)


@cache
def _entries(wordnet: Path, letter: str) -> dict[str, dict[str, dict[str, list[dict[str, object]]]]]:
    path = wordnet / f"entries-{letter}.yaml"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8") as fh:
        data: dict[str, dict[str, dict[str, list[dict[str, object]]]]] = yaml.load(fh, Loader=yaml.CSafeLoader)
    return {str(k): v for k, v in data.items()}


def synonyms(wordnet: Path, lemmas: list[str]) -> dict[str, str]:
    """WordNet synonyms that take a that-clause, of the that-clause senses of ``lemmas`` -> the synset."""
    with (wordnet / "verb.communication.yaml").open(encoding="utf-8") as fh:
        synsets = yaml.load(fh, Loader=yaml.CSafeLoader)
    out: dict[str, str] = {}
    for lemma in lemmas:
        for sense in verb_senses(wordnet, lemma):
            synset = str(sense.get("synset"))
            if synset not in synsets or THAT_FRAME not in (sense.get("subcat") or []):
                continue
            for member in map(str, synsets[synset]["members"]):
                own = [s for s in verb_senses(wordnet, member) if str(s.get("synset")) == synset]
                if member != lemma and any(THAT_FRAME in (s.get("subcat") or []) for s in own):
                    out.setdefault(member, synset)
    return out


def main(argv: list[str]) -> int:
    """Print the derived list for the VerbNet and WordNet folders given as the arguments."""
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    verbnet, wordnet = Path(argv[0]), Path(argv[1])
    derived = derive(verbnet)
    extra = [m for m in framed(verbnet) if m.replace("_", " ") not in derived]
    for lemma in extra:
        derived[lemma.replace("_", " ")] = ["framenet"]
    dropped = frozenset().union(*DROP.values())
    for lemma, synset in synonyms(wordnet, extra).items():
        if lemma not in dropped:
            derived.setdefault(lemma.replace("_", " "), [f"wordnet:{synset}"])
    print("# Verbs of communication: a cue verb of speech_cues.en.yaml counts only when listed here")
    print("# (or in that file's also_speech). Derived from VerbNet 3.4 (Kipper-Schuler et al.,")
    print("# University of Colorado, https://verbs.colorado.edu/verbnet/) and Open English WordNet")
    print("# (https://en-word.net/, CC BY 4.0, after Princeton WordNet) by")
    print("# scripts/derive_speech_verbs.py -- regenerate, do not edit by hand.")
    print("# Format: lemma  # VerbNet classes (framenet: a member mapped to a FrameNet frame of saying;")
    print("# wordnet:<synset>: its WordNet synonym that takes a that-clause)")
    for lemma in sorted(derived):
        print(f"{lemma}  # {' '.join(derived[lemma])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
