"""Derive word lists for the event-or-not judgement from Open English WordNet.

Usage::

    python scripts/derive_lexicons.py /work/shared/lexical/open-english-wordnet/yaml

Writes nine lists under ``src/eventkit/resources/lexicons/`` (one word a line,
with an attribution header):

* ``abstract_nouns.en.txt``: nouns whose first (most frequent) sense is in an
  abstract lexicographer file (attribute, cognition, communication, feeling,
  motive, relation). An incident noun whose "of" complement or whose "for/over"
  goal is such a noun is figurative ("an explosion of speculation", "a battle
  over ideas", "a storm of criticism").
* ``vessels.en.txt``: every lemma of a hyponym of ``vessel`` (watercraft,
  synset 04537861-n). Maritime verbs ("boarded", "rammed", "collided") are
  a maritime incident only with a vessel in the clause ("boarded a shuttle
  bus" is not).
* ``vehicles.en.txt``: every lemma of a hyponym of ``conveyance``
  (transport, synset 03105141-n: cars, buses, trains, aircraft, ships).
  An accident verb with an object or a passive subject is an accident only
  when that is a vehicle or a structure ("the bus overturned", "derailed
  the train"; not "overturned the ruling", "derail the talks").
* ``person_nouns.en.txt``: single lower-case words whose first sense is in
  the person lexicographer file (noun.person: "journalist", "senator",
  "farmer"). A clash whose every party is one such individual, or a named
  person, is a quarrel ("clashed with a TV host"), not a fight.
* ``disease_nouns.en.txt``: lemmas of hyponyms of ``disease`` (synset
  14093842-n) and ``infection`` (14198031-n): "cholera", "measles",
  "malaria", whose first sense is such a state ("attack" and "stroke" are
  acts and events first, never listed). A killing verb whose
  subject is a disease tells of its toll ("malaria killed 600,000 people in
  2022"), not of an attack by it; an outbreak or epidemic is the incident.

* ``artifact_nouns.en.txt``: single lower-case words whose first sense is
  in the artifact lexicographer file (noun.artifact: "system", "server",
  "hospital", "bridge"). An object's "of" phrase predicates nothing of an
  artifact ("attacked the computer systems of three hospitals" is an act
  on things, no words reported), as it does of a person or a body
  ("accused the council of corruption").

* ``location_nouns.en.txt``: single lower-case words whose first sense is
  in the location lexicographer file (noun.location: "town", "district",
  "checkpoint"). A speech verb of the object group whose object is such a
  place acts on it ("Rebels attacked the town of Palma, the army said"):
  no words of the rebels, the army's statement.

* ``award_nouns.en.txt``: single words for an award or a prize: the
  members of the synsets "award" (06709228-n) and "prize" (13289169-n),
  and words whose first sense is one of their hyponyms ("medal",
  "trophy", "doctorate"). What someone receives that is such a thing
  ("received the Nobel Prize") is no guest of a host.

* ``matter_nouns.en.txt``: single lower-case words whose first sense is a
  food, a substance or a plant ("rice", "fuel", "timber"). "12,000 pounds
  of rice" weighs the rice (with ``artifact_nouns``: "pounds of
  groceries"); "5 million pounds of support" is money.

The YAML files are read line by line (no YAML parser needed), so the script
runs in a few seconds. Source: Open English WordNet (CC BY 4.0) and Princeton
WordNet 3.0 (WordNet licence).
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "eventkit" / "resources" / "lexicons"
ABSTRACT_LEXFILES = {"07", "09", "10", "12", "16", "24"}
PERSON_LEXFILE = "18"
ARTIFACT_LEXFILE = "06"
LOCATION_LEXFILE = "15"
#: noun.food, noun.substance, noun.plant: things weighed ("rice", "fuel", "timber")
MATTER_LEXFILES = {"13", "27", "20"}
#: "food, nutrient" itself sits among the top concepts (noun.Tops), not in noun.food
FOOD_SYNSET = "00021445-n"
VESSEL_SYNSET = "04537861-n"
CONVEYANCE_SYNSET = "03105141-n"
DISEASE_SYNSETS = ("14093842-n", "14198031-n")
STATE_LEXFILE = "26"
#: "a tangible symbol signifying approval or distinction" and "something given for victory ... in a contest"
AWARD_SYNSETS = (("06709228-n", "noun.communication"), ("13289169-n", "noun.possession"))
HEADER = (
    "# Derived by scripts/derive_lexicons.py from Open English WordNet ({what}).\n"
    "# Open English WordNet: CC BY 4.0, the Open English WordNet team; based on\n"
    "# Princeton WordNet 3.0, (c) Princeton University (WordNet licence).\n"
)
_LEMMA = re.compile(r"^([^\s#'][^:]*|'[^']*'):\s*$")
_SYNSET = re.compile(r"^\s+synset:\s*(\S+)")
_SENSE_ID = re.compile(r"^\s+(?:- )?id:\s*'?([^%']+)%1:(\d\d):")


def _noun_sense_lines(folder: Path) -> Iterator[tuple[str, str]]:
    """(lemma, line) for every line inside the noun part of an entry, in file order."""
    for path in sorted(folder.glob("entries-*.yaml")):
        lemma = None
        in_noun = False
        for line in path.read_text(encoding="utf-8").splitlines():
            m = _LEMMA.match(line)
            if m:
                lemma, in_noun = m.group(1).strip("'"), False
                continue
            if line.startswith("  ") and not line.startswith("   "):
                in_noun = line.strip() == "n:"
                continue
            if in_noun and lemma is not None:
                yield lemma, line


def first_sense_lexfiles(folder: Path) -> dict[str, str]:
    """Noun lemma -> lexicographer file number of its first sense."""
    out: dict[str, str] = {}
    for lemma, line in _noun_sense_lines(folder):
        s = _SENSE_ID.match(line)
        if s and lemma not in out:
            out[lemma] = s.group(2)
    return out


def first_sense_synsets(folder: Path) -> dict[str, str]:
    """Lower-case noun lemma -> synset id of its first sense."""
    out: dict[str, str] = {}
    for lemma, line in _noun_sense_lines(folder):
        s = _SYNSET.match(line)
        if s and lemma.lower() not in out:
            out[lemma.lower()] = s.group(1)
    return out


def hyponym_lemmas(folder: Path, root: str, lexfile: str = "noun.artifact") -> set[str]:
    """All member lemmas of ``root`` and its transitive hyponyms (within one lexicographer file)."""
    members, synsets = _hyponyms(folder, root, lexfile)
    return {m.lower() for s in synsets for m in members[s] if m.isascii()}


def _hyponyms(folder: Path, root: str, lexfile: str) -> tuple[dict[str, list[str]], set[str]]:
    """The members of every synset in ``lexfile``, and ``root`` with its transitive hyponyms."""
    children: dict[str, list[str]] = defaultdict(list)
    members: dict[str, list[str]] = defaultdict(list)
    synset = None
    section = None
    for line in (folder / f"{lexfile}.yaml").read_text(encoding="utf-8").splitlines():
        if re.match(r"^\d{8}-n:", line):
            synset, section = line[:10], None
            continue
        if re.match(r"^  \w", line):
            section = line.strip().rstrip(":")
            continue
        item = re.match(r"^  - (.+)$", line)
        if item and synset is not None:
            if section == "hypernym":
                children[item.group(1).strip()].append(synset)
            elif section == "members":
                members[synset].append(item.group(1).strip().strip("'\""))
    seen, stack = set(), [root]
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        stack.extend(children.get(node, []))
    return members, seen


def award_nouns(folder: Path) -> set[str]:
    """Single words for an award or a prize.

    The members of the award and prize synsets, and every single word whose
    first sense is one of their hyponyms ("medal", "trophy", "doctorate";
    not "letter" or "seal"), written in lower case (no abbreviations of
    degrees: "MA", "AN").
    """
    first = first_sense_synsets(folder)
    words: set[str] = set()
    for root, lexfile in AWARD_SYNSETS:
        members, synsets = _hyponyms(folder, root, lexfile)
        words |= {m for m in members[root] if m.islower()}
        words |= {m for s in synsets for m in members[s] if m.islower() and first.get(m) in synsets}
    return {w for w in words if w.isalpha() and w.isascii()}


def main() -> int:
    """Write the derived lists."""
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/lexical/open-english-wordnet/yaml")
    lexfiles = first_sense_lexfiles(folder)
    abstract = sorted({w.lower() for w, f in lexfiles.items() if f in ABSTRACT_LEXFILES and w.isalpha()})
    (OUT / "abstract_nouns.en.txt").write_text(
        HEADER.format(what="nouns whose first sense is abstract") + "\n".join(abstract) + "\n", encoding="utf-8"
    )
    vessels = sorted(hyponym_lemmas(folder, VESSEL_SYNSET))
    (OUT / "vessels.en.txt").write_text(
        HEADER.format(what="hyponyms of vessel, watercraft") + "\n".join(vessels) + "\n", encoding="utf-8"
    )
    vehicles = sorted(hyponym_lemmas(folder, CONVEYANCE_SYNSET))
    (OUT / "vehicles.en.txt").write_text(
        HEADER.format(what="hyponyms of conveyance, transport") + "\n".join(vehicles) + "\n", encoding="utf-8"
    )
    persons = sorted({w for w, f in lexfiles.items() if f == PERSON_LEXFILE and w.isalpha() and w.islower()})
    (OUT / "person_nouns.en.txt").write_text(
        HEADER.format(what="nouns whose first sense is a person") + "\n".join(persons) + "\n", encoding="utf-8"
    )
    artifacts = sorted({w for w, f in lexfiles.items() if f == ARTIFACT_LEXFILE and w.isalpha() and w.islower()})
    (OUT / "artifact_nouns.en.txt").write_text(
        HEADER.format(what="nouns whose first sense is an artifact") + "\n".join(artifacts) + "\n", encoding="utf-8"
    )
    locations = sorted({w for w, f in lexfiles.items() if f == LOCATION_LEXFILE and w.isalpha() and w.islower()})
    (OUT / "location_nouns.en.txt").write_text(
        HEADER.format(what="nouns whose first sense is a location") + "\n".join(locations) + "\n", encoding="utf-8"
    )
    matter = sorted(
        {w for w, f in lexfiles.items() if f in MATTER_LEXFILES and w.isalpha() and w.islower()}
        | {w for w in hyponym_lemmas(folder, FOOD_SYNSET, "noun.Tops") if w.isalpha()}
    )
    (OUT / "matter_nouns.en.txt").write_text(
        HEADER.format(what="nouns whose first sense is a food, a substance or a plant") + "\n".join(matter) + "\n",
        encoding="utf-8",
    )
    awards = sorted(award_nouns(folder))
    (OUT / "award_nouns.en.txt").write_text(
        HEADER.format(what="awards and prizes, by their first sense") + "\n".join(awards) + "\n", encoding="utf-8"
    )
    lowered: dict[str, str] = {}
    for lemma, lexfile in lexfiles.items():
        lowered.setdefault(lemma.lower(), lexfile)
    diseases = sorted(
        {
            w
            for root in DISEASE_SYNSETS
            for w in hyponym_lemmas(folder, root, "noun.state")
            if lowered.get(w) == STATE_LEXFILE
        }
    )
    (OUT / "disease_nouns.en.txt").write_text(
        HEADER.format(what="hyponyms of disease and infection whose first sense is one") + "\n".join(diseases) + "\n",
        encoding="utf-8",
    )
    print(
        f"abstract nouns: {len(abstract)}, vessels: {len(vessels)}, vehicles: {len(vehicles)}, "
        f"persons: {len(persons)}, diseases: {len(diseases)}, artifacts: {len(artifacts)}, "
        f"locations: {len(locations)}, awards: {len(awards)}, matter: {len(matter)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
