"""How actors are written: the words of a mention and what they tell.

The noun phrase a mention's head spans, the title words before a name
("Mayor Ines Calder"), the gender a first name, an honorific or a pronoun
gives, and the closed word classes (determiners, pronouns, organisation,
state and media words) of ``resources/lexicons/actor_words.en.yaml``. The
:class:`~eventkit.normalize.actors.ActorIndex` and the extractors read
mentions with these; the lists are data.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from eventkit.lexicons import load_list, load_yaml, per_resources
from eventkit.nlp.abbreviations import title_abbreviations
from eventkit.normalize.names import fold_accents

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from spacy.tokens import Doc, Span, Token

__all__ = [
    "DEFINITE_DETERMINERS",
    "after_honorifics",
    "bracketed_unit",
    "first_name_gender",
    "honorific_gender",
    "is_backer",
    "is_bare_abbreviated_title",
    "is_body_word",
    "is_denying_no",
    "is_informant_noun",
    "is_model_designation",
    "is_name_hyphen",
    "is_person_noun",
    "is_product_word",
    "is_title",
    "is_vessel",
    "leading_titles",
    "names_a_product",
    "noun_phrase",
    "person_nouns",
    "pronoun_gender",
    "same_role_prefixes",
    "title_size",
    "title_words",
    "vehicle_nouns",
    "vessel_nouns",
    "word_classes",
]

#: Determiners that introduce somebody new ("*a* spokesman", "*one* former minister"), never someone named before.
INDEFINITE_DETERMINERS = frozenset({"a", "an", "another", "one", "some"})
#: The indefinite articles ("*an* Israeli Air Force jet", "*a* teacher").
ARTICLES = frozenset({"a", "an"})
#: Determiners that point back to something told before ("*the* senator", "*this* newspaper", "*that* donation").
DEFINITE_DETERMINERS = frozenset({"the", "this", "that"})


def is_name_hyphen(token: Token) -> bool:
    """A hyphen joining two words of one name with no space either side: "Ofori*-*Asante", "Benjamin*-*Alleyne"."""
    doc = token.doc
    if token.text not in {"-", "‐"} and token.tag_ != "HYPH":
        return False
    return 0 < token.i < len(doc) - 1 and not token.whitespace_ and not doc[token.i - 1].whitespace_


#: A model's designation after its maker's name: "737-800", "757", "A321", "A330neo", "MD-11", "Su-30", "Mi-8".
_MODEL = re.compile(r"(?:[A-Z][A-Za-z]{0,2}-?\d{1,4}[A-Za-z]{0,3}|\d{3}(?:-\d{1,3}[A-Z]{0,2})?)")


def is_model_designation(token: Token) -> bool:
    """A product's model designation: letters and digits, or three digits ("A321", "737-800", "757").

    A year, a score or a count is none: no four-digit number alone, no one- or
    two-digit number without a letter.
    """
    text = token.text
    if text.isdigit():
        return len(text) == 3
    return _MODEL.fullmatch(text) is not None


def _maker_at(doc: Doc, start: int, end: int) -> bool:
    """The words ``doc[start:end]`` are a maker of ``vehicle_makers`` ("Boeing", "Lockheed Martin")."""
    return start >= 0 and " ".join(t.text for t in doc[start:end]) in word_classes().vehicle_makers


def _model_after(doc: Doc, end: int) -> int | None:
    """The index after a model designation starting at ``end``, its hyphenated parts included, if one is there."""
    if end >= len(doc) or not is_model_designation(doc[end]):
        return None
    i = end + 1
    while i + 1 < len(doc) and doc[i].text in {"-", "‐"} and is_model_designation(doc[i + 1]):
        i += 2  # "737 - 800" as the tokenizer split it
    return i


def _names_an_aircraft(doc: Doc, model_end: int) -> bool:
    """The model heads its phrase or a vehicle noun follows it ("a Boeing 747 cargo *plane*", not "A320 deliveries")."""
    nouns = []
    for following in doc[model_end : model_end + 3]:  # "a Boeing 747 *cargo plane*"
        if following.pos_ not in {"NOUN", "PROPN"} or following.text[:1].isupper():
            break
        nouns.append(following)
    return not nouns or any(n.lemma_.lower() in vehicle_nouns() or n.lower_ in vehicle_nouns() for n in nouns)


def is_product_word(token: Token) -> bool:
    """A word of a maker's name before a model, or that model's designation ("the *Boeing* *757* freighter").

    The maker is one of ``vehicle_makers``; a designation with no maker
    before it ("a TB2 drone", "G4S") is none.
    """
    doc = token.doc
    for start in range(max(0, token.i - 5), token.i + 1):
        for size in (1, 2):  # "Boeing", "Lockheed Martin"
            if not _maker_at(doc, start, start + size):
                continue
            model_end = _model_after(doc, start + size)
            if model_end is not None and token.i < model_end and _names_an_aircraft(doc, model_end):
                return True
    return False


def names_a_product(ent: Span) -> bool:
    """A maker's name before a model designation names the product, no party: "a *Boeing* 737-800".

    The maker is one of ``vehicle_makers`` (``actor_words.en.yaml``: "the
    *Airbus* A321 continued to Narita"); an airline's name before a model
    ("a Kenya Airways 787") stays the airline's, and so does a maker whose
    model only modifies another noun ("Airbus A320 deliveries fell").
    """
    if not _maker_at(ent.doc, ent.start, ent.end) or not ent[-1].whitespace_:
        return False
    model_end = _model_after(ent.doc, ent.end)
    return model_end is not None and _names_an_aircraft(ent.doc, model_end)


@per_resources
def vehicle_nouns() -> frozenset[str]:
    """Words of vehicles (``vehicles.en.txt``: "bus", "freighter", "helicopter").

    With the words WordNet lacks (``vehicle_extra_words`` in ``incident_triggers.en.yaml``: "HGV", "matatu").
    """
    extra = load_yaml("lexicons/incident_triggers.en.yaml").get("vehicle_extra_words", [])
    return frozenset(load_list("lexicons/vehicles.en.txt")) | frozenset(extra)


def is_vehicle_word(tok: Token) -> bool:
    """The word, by its lemma or as written, is a vehicle's (``vehicles.en.txt``: "bus", "jet", "lorries")."""
    return tok.lemma_.lower() in vehicle_nouns() or tok.lower_ in vehicle_nouns()


def is_denying_no(det: Token) -> bool:
    """A "no" that denies what it quantifies ("*No* group has said ...", "No Republican senator"), not a name's.

    Not before a number ("A *No* 10 spokesman": Downing Street), nor on a
    proper noun ("*No* Labels said", "No More Deaths"), nor before a
    capitalised name that is no nationality, party or acronym ("No Kings
    protesters", "No Borders activists": a movement's; "No EU country", "No
    British minister" deny).
    """
    if det.lower_ != "no" or det.dep_ != "det":
        return False
    following = det.doc[det.i + 1] if det.i + 1 < len(det.doc) else None
    if following is None:
        return True
    name_like = following.pos_ == "PROPN" or following.ent_type_ in {"ORG", "PERSON", "WORK_OF_ART"}
    named = name_like and following.text[:1].isupper() and not following.is_upper and following.ent_type_ != "NORP"
    return not (following.like_num or named) and det.head.pos_ != "PROPN"


_NP_DEPS = frozenset({"compound", "amod", "det", "poss", "nmod", "nummod", "flat", "case", "punct", "quantmod"})


class _Words(NamedTuple):
    """The closed word classes of ``resources/lexicons/actor_words.en.yaml``."""

    determiners: frozenset[str]
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    organisation_words: frozenset[str]
    state_words: frozenset[str]
    national_state_modifiers: frozenset[str]
    media_words: frozenset[str]
    military_words: frozenset[str]
    role_suffixes: frozenset[str]
    name_prefixes: frozenset[str]
    name_particles: frozenset[str]
    joined_area_words: frozenset[str]
    name_inner_words: frozenset[str]
    backing_participles: frozenset[str]
    informant_nouns: frozenset[str]
    stance_prefixes: frozenset[str]
    umbrella_organisation_words: frozenset[str]
    company_words: frozenset[str]
    generic_company_words: frozenset[str]
    company_introducers: frozenset[str]
    company_name_words: frozenset[str]
    business_words: frozenset[str]
    public_body_words: frozenset[str]
    portfolio_words: frozenset[str]
    descriptive_organisation_words: frozenset[str]
    facility_words: frozenset[str]
    role_prefixes: frozenset[str]
    legal_suffixes: frozenset[str]
    postnominals: frozenset[str]
    vehicle_makers: frozenset[str]
    national_offices: frozenset[str]
    past_office_words: frozenset[str]
    place_force_words: frozenset[str]


@per_resources
def word_classes() -> _Words:
    """The closed word classes of ``actor_words.en.yaml`` (determiners, pronouns, organisation words ...)."""
    data = load_yaml("lexicons/actor_words.en.yaml")
    return _Words(**{name: frozenset(data[name]) for name in _Words._fields})


@per_resources
def kind_synonyms() -> dict[str, frozenset[str]]:
    """Organisation words and the words of the same kind of body (``kind_synonyms``: "force" -> police)."""
    data = load_yaml("lexicons/actor_words.en.yaml")
    return {
        str(k).lower(): frozenset(str(v).lower() for v in vs) for k, vs in (data.get("kind_synonyms") or {}).items()
    }


@per_resources
def _genders() -> tuple[dict[str, str], dict[str, str]]:
    data = load_yaml("lexicons/actor_words.en.yaml")
    return dict(data["honorifics"]), dict(data["pronoun_genders"])


def armed_forces_of(name: str) -> bool:
    """A name of a country's armed forces: a country word or two and a ``military_words`` head ("Russian forces")."""
    words = name.lower().split()
    return 2 <= len(words) <= 3 and (
        words[-1] in word_classes().military_words or " ".join(words[-2:]) in word_classes().military_words
    )


def honorific_gender(word: str) -> str | None:
    """The gender an honorific marks ("Ms." -> "f", "Mr" -> "m"), or None for other words."""
    return _genders()[0].get(word.lower())


def after_honorifics(span: Span) -> tuple[Span, str | None]:
    """The span without the honorifics that open it, and the gender the last of them marks.

    "Ms Agnes Lyimo" -> ("Agnes Lyimo", "f"); one word always stays ("Mr" alone
    is returned as it is, with no gender).
    """
    gender = None
    while len(span) > 1 and (marked := honorific_gender(span[0].text)) is not None:
        span, gender = span[1:], marked
    return span, gender


@per_resources
def _first_names() -> dict[str, str]:
    names = {name: "m" for name in load_list("lexicons/first_names_male.en.txt")}
    names.update((name, "f") for name in load_list("lexicons/first_names_female.en.txt"))
    return names


def is_first_name(word: str) -> bool:
    """A well-attested first name (``first_names_{female,male}.en.txt``): "Hope", "Grant"."""
    return word.strip(".").lower() in _first_names()


def first_name_gender(name: str) -> str | None:
    """The gender a person's first name nearly always has ("Katy Perry" -> "f"), or None.

    Only full names count: a single word ("Perry") is a surname as often as a
    first name. The lists (``first_names_{female,male}.en.txt``) hold the
    unambiguous, well-attested names of nomquamgender (``scripts/derive_first_names.py``).
    """
    words = name.split()
    skip = _name_openers()
    while words and words[0].lower() in skip:
        words = words[1:]  # "Sheikh Hasina", "President Ana Ruiz": no first name yet
    if len(words) < 2:
        return None
    return _first_names().get(fold_accents(words[0].strip(".")).lower())  # "Héctor" as "Hector"


@per_resources
def _name_openers() -> frozenset[str]:
    """Words before a first name that say nothing of gender: name prefixes ("Sheikh") and titles."""
    return word_classes().name_prefixes | title_words()


def pronoun_gender(word: str) -> str | None:
    """The gender a personal pronoun asks for ("she" -> "f"), or None ("they", "it", other words)."""
    return _genders()[1].get(word.lower())


@per_resources
def person_nouns() -> frozenset[str]:
    """Nouns whose first WordNet sense is a person (``person_nouns.en.txt``: "journalist", "spokesman")."""
    return frozenset(load_list("lexicons/person_nouns.en.txt"))


@per_resources
def abstract_nouns() -> frozenset[str]:
    """Nouns whose first WordNet sense is abstract (``abstract_nouns.en.txt``: "warning", "speculation")."""
    return frozenset(load_list("lexicons/abstract_nouns.en.txt"))


@per_resources
def artifact_nouns() -> frozenset[str]:
    """Nouns whose first WordNet sense is an artifact (``artifact_nouns.en.txt``: "system", "hospital", "bridge")."""
    return frozenset(load_list("lexicons/artifact_nouns.en.txt"))


@per_resources
def vessel_nouns() -> frozenset[str]:
    """Words of watercraft (``vessels.en.txt``: "tanker", "trawlers", "bulk carrier")."""
    return frozenset(load_list("lexicons/vessels.en.txt"))


def is_vessel(tok: Token) -> bool:
    """The word is a watercraft ("tanker", "trawlers"; ``vessels.en.txt``)."""
    return tok.lemma_.lower() in vessel_nouns() or tok.lower_ in vessel_nouns()


@per_resources
def location_nouns() -> frozenset[str]:
    """Nouns whose first WordNet sense is a location (``location_nouns.en.txt``: "town", "district", "checkpoint")."""
    return frozenset(load_list("lexicons/location_nouns.en.txt"))


@per_resources
def matter_nouns() -> frozenset[str]:
    """Nouns whose first WordNet sense is a food, a substance or a plant (``matter_nouns.en.txt``: "rice", "fuel")."""
    return frozenset(load_list("lexicons/matter_nouns.en.txt"))


@per_resources
def award_nouns() -> frozenset[str]:
    """Nouns for an award or a prize (``award_nouns.en.txt``: "prize", "medal", "trophy", "doctorate")."""
    return frozenset(load_list("lexicons/award_nouns.en.txt"))


def same_role_prefixes(title: Iterable[str], described: Iterable[str]) -> bool:
    """Whether a title and a description carry the same prefixes that make a role another one.

    "shadow home secretary X" is no "the home secretary", "Deputy Mayor X"
    no "the mayor", "Mayor X" no "the former mayor" (``role_prefixes``:
    words, a trailing hyphen ignored, "ex-").
    """
    prefixes = word_classes().role_prefixes
    own = {w.lower().rstrip("-") for w in title} & prefixes
    return own == {w.lower().rstrip("-") for w in described} & prefixes


@per_resources
def title_words() -> frozenset[str]:
    """Title and office words (``titles.en.txt``: "president", "minister")."""
    return frozenset(load_list("lexicons/titles.en.txt"))


def leading_titles(tokens: Sequence[Token]) -> int:
    """How many title words open a name, keeping at least one word of the name.

    "Mayor Ines Calder" -> 1; a title of two words ("Prime Minister Ana
    Ruiz" -> 2), a hyphenated role suffix after a title (``role_suffixes``:
    "President-elect Ana Ruiz" -> 3) and a place before a title ("Lyon
    Mayor Ana Ruiz" -> 2, "New York Gov. Ana Ruiz" -> 3) count too.
    """
    count = _place_before_title(tokens) or _office_before_name(tokens)
    suffixes = word_classes().role_suffixes
    last = len(tokens) - 1  # one word of the name stays
    while count < last:
        if size := title_size(tokens, count, last):
            count += size  # "Mayor", "Prime Minister", "Inspector General of Police"
        elif is_bare_abbreviated_title(tokens[count].text) and _title_or_given_name(tokens, count + 1, last):
            count += 1  # "Dr Ana Ruiz", "Lt Gen": an abbreviation without its full stop before a name or a title
        elif tokens[count].lower_ in word_classes().role_prefixes and title_size(tokens, count + 1, last):
            count += 1  # "*Additional* Superintendent of Police", "*Former* President"
        elif count and (unit := bracketed_unit(tokens, count)) and unit < last:
            count = unit  # "Inspector General of Police *(Bastar Range)* Ana Ruiz", "Lt Gen *(retd)*"
        elif count and tokens[count].text == "-" and count + 2 < len(tokens) and tokens[count + 1].lower_ in suffixes:
            count += 2  # "President - elect"
        elif count and tokens[count].lower_ in suffixes and tokens[count].i and tokens[count].nbor(-1).text == "-":
            count += 1  # the same with the hyphen left out of the words
        else:
            break
    return count


#: The most words of a title in ``titles.en.txt`` ("deputy inspector general of police").
_TITLE_MAX_WORDS = 5
#: The most words a bracketed unit or rank note after a title holds ("(Bastar Range)", "(retd)").
_UNIT_MAX_WORDS = 3


def _title_or_given_name(tokens: Sequence[Token], start: int, last: int) -> bool:
    """A title, a bracketed note or a known first name at ``start``, with a word of the name after it."""
    if start >= last:
        return start == last and is_first_name(tokens[start].text)
    word = tokens[start].text
    return bool(
        is_title(word) or is_bare_abbreviated_title(word) or bracketed_unit(tokens, start) or is_first_name(word)
    )


def title_size(tokens: Sequence[Token], start: int, end: int) -> int:
    """How many words of the longest title of ``titles.en.txt`` open ``tokens[start:end]``, or 0.

    "Inspector General of Police Ana Ruiz" -> 4 (up to five words: "deputy
    commissioner of police"); "Mayor Ana Ruiz" -> 1.
    """
    for size in range(min(_TITLE_MAX_WORDS, end - start), 0, -1):
        if is_title(" ".join(t.text for t in tokens[start : start + size])):
            return size
    return 0


def bracketed_unit(tokens: Sequence[Token], start: int) -> int:
    """The index after a short bracketed note opening at ``start``, else 0: a rank's unit or status.

    "Superintendent of Police *(Patancheru)*", "Inspector General *(Bastar
    Range)*", "Lt Gen *(retd)*": up to three words, no other bracket inside.
    """
    if start >= len(tokens) or tokens[start].text != "(":
        return 0
    for j in range(start + 2, min(len(tokens), start + _UNIT_MAX_WORDS + 2)):
        if tokens[j].text == ")":
            return j + 1
        if tokens[j].text == "(" or not tokens[j].is_alpha:
            return 0
    return 0


def leading_non_name(tokens: Sequence[Token]) -> int:
    """How many words before a person's name the entity recogniser took into it (0 or 1).

    The finite verb of an inverted opener ("*Said* Ana Ruiz: ..."), the
    number of a list item ("*11* Ana Ruiz", a listicle's "11. Ana Ruiz") and
    a role noun ("*Striker* Ben Okafor") open their sentence; a name's first
    word is never any of them. Anywhere, a word in lower case before the
    name ("*rang* Sam Delaney", a verb tagged a proper noun) is none either.
    """
    if len(tokens) < 2 or tokens[1].pos_ != "PROPN":
        return 0
    if _lower_case_word_before_name(tokens):
        return 1
    if not tokens[0].is_sent_start:
        return 0
    if tokens[0].tag_ in {"VBD", "VBZ"} or tokens[0].like_num:
        return 1
    return 1 if _role_noun_before_name(tokens) else 0


def _lower_case_word_before_name(tokens: Sequence[Token]) -> bool:
    """A word in lower case opening a person entity before a capitalised name: "*rang* Sam Delaney".

    A name's words are capitalised; a particle ("de Klerk"), a title or a
    person noun ("minister Ana Ruiz", left to the title's reading) and an
    honorific are the exceptions.
    """
    word, after = tokens[0], tokens[1]
    if not (word.is_alpha and word.is_lower and after.text[:1].isupper()):
        return False
    if word.text in word_classes().name_particles or honorific_gender(word.text) is not None:
        return False
    return not (is_title(word.text) or is_person_noun(word))


def _role_noun_before_name(tokens: Sequence[Token]) -> bool:
    """A person noun capitalised only as its sentence's first word before a full name: "*Striker* Ben Okafor said".

    The name after it opens with a known first name, and the noun itself is
    none ("Hunter Biden", "Baker Mayfield" stay whole).
    """
    if len(tokens) < 3 or tokens[0].lower_ not in person_nouns():
        return False
    rest = " ".join(t.text for t in tokens[1:])
    return first_name_gender(rest) is not None and first_name_gender(f"{tokens[0].text} {rest}") is None


def _place_before_title(tokens: Sequence[Token]) -> int:
    """How many words of a place open a name before a title ("*Lyon* Mayor Ana Ruiz" -> 1), else 0."""
    from eventkit.normalize.places import resolve_place

    for size in (1, 2, 3):
        if size + 2 > len(tokens):
            break
        words = tokens[:size]
        if not all(t.text[:1].isupper() and t.is_alpha for t in words):
            break
        if is_title(tokens[size].text) and resolve_place(" ".join(t.text for t in words)) is not None:
            return size
    return 0


#: The most capitalised words naming an office's place or service before its title ("Wichita Fire Marshal").
_OFFICE_MODIFIER_WORDS = 3


def _office_before_name(tokens: Sequence[Token]) -> int:
    """How many words of an office's place or service open a name before its title, else 0.

    "*Wichita Fire* Marshal Stuart Benning", "*Fire* Chief Ana Ruiz": one to
    three capitalised words, none a known first name, then a title or a
    noun for a person ("marshal") and a full name opening with a known
    first name. A noun that is no title counts with its modifiers (the
    title loop does not know it); a title is left to that loop.
    """
    for size in range(1, _OFFICE_MODIFIER_WORDS + 1):
        if size + 3 > len(tokens):
            break
        word = tokens[size - 1]
        if not (word.text[:1].isupper() and word.is_alpha) or is_first_name(word.text) or is_title(word.text):
            break
        office = tokens[size]
        width = title_size(tokens, size, len(tokens) - 2)
        if not width and (is_person_noun(office) and office.text[:1].isupper()):
            width = 1
        if width and size + width + 2 <= len(tokens) and is_first_name(tokens[size + width].text):
            return size if title_size(tokens, size, len(tokens) - 2) else size + width
    return 0


def is_person_word(token: Token) -> bool:
    """A noun naming a person: a person noun (by its last hyphenated part: "ex-wife") or a title ("founder")."""
    return token.lemma_.lower().rsplit("-", 1)[-1] in person_nouns() or is_title(token.text)


def is_body_word(word: str) -> bool:
    """A word for a body: an organisation word ("ministry", "company") or a military one ("army", "troops")."""
    classes = word_classes()
    return word.lower() in classes.organisation_words or word.lower() in classes.military_words


def is_thing_noun(token: Token) -> bool:
    """A common noun naming no person, body or entity: "the vessel", "rising *rents*", "the *ruling*".

    Not a named entity, not a person noun or title (:func:`is_person_word`),
    not an organisation word ("the *company*").
    """
    return (
        token.pos_ == "NOUN"
        and not token.ent_type_
        and not is_person_word(token)
        and token.lower_ not in word_classes().organisation_words
    )


def is_person_noun(token: Token) -> bool:
    """The word, or its singular, is a noun for a person ("Critics", "Gunmen"; ``person_nouns.en.txt``).

    Read from the text, not the lemma: a plural opening a sentence may be
    tagged a name and keep its plural as its lemma ("Protesters attacked ...").
    """
    low = token.lower_
    nouns = person_nouns()
    # "Critics", "Gunmen": a plural in -s or in -men
    return (
        low in nouns or (low.endswith("s") and low[:-1] in nouns) or (low.endswith("men") and f"{low[:-2]}an" in nouns)
    )


def is_backer(token: Token) -> bool:
    """A name that backs the party a hyphenated participle makes of it: "*Turkish*-backed factions".

    The word is followed by a hyphen and a ``backing_participles`` word
    ("-backed", "-led", "-allied"): the phrase names the factions, the
    alliance or the militias, another party than the backer.
    """
    doc = token.doc
    return (
        token.i + 2 < len(doc)
        and doc[token.i + 1].text == "-"
        and not doc[token.i + 1].whitespace_
        and doc[token.i + 2].lower_ in word_classes().backing_participles
    )


def is_informant_noun(token: Token) -> bool:
    """A noun for people who inform a reporter unnamed ("sources", ``informant_nouns``)."""
    return token.lemma_.lower() in word_classes().informant_nouns or token.lower_ in word_classes().informant_nouns


def is_title(word: str) -> bool:
    """True for a title or office word of ``titles.en.txt`` ("president", "minister").

    Or an abbreviated title written with its full stop (``abbreviations.en.txt``:
    "Hon.", "Rev.", "Dr.", "Fr."), other than an honorific of gender ("Mr.",
    "Ms."): "Hon Hai" and "DR Congo" are names.
    """
    if word.lower().rstrip(".") in title_words():
        return True
    return word.endswith(".") and word in title_abbreviations() and honorific_gender(word) is None


def is_bare_abbreviated_title(word: str) -> bool:
    """An abbreviated title written capitalised without its full stop, as British style does: "Dr", "Gen", "Lt".

    Only where a title's place shows it to be one (a name or another title
    after it): "Hon Hai" is a company, "DR Congo" a country.
    """
    return word.istitle() and word.isalpha() and is_title(f"{word}.")


def noun_phrase(token: Token) -> Span:
    """The noun phrase a token heads: left modifiers up to the token, plus flat names.

    A proper noun before a comma is no modifier of the head ("*Judy*,
    Pakistani officials told me": a vocative).
    """
    doc = token.doc
    start = token.i
    for child in token.lefts:
        if child.pos_ == "PROPN" and any(t.text == "," for t in doc[child.i + 1 : token.i]):
            continue  # "Judy, Pakistani officials told me ...": a name before a comma is addressed, not described
        if child.dep_ in _NP_DEPS or (child.ent_iob_ != "O" and child.ent_type_ == token.ent_type_):
            start = min(start, child.left_edge.i)
    end = token.i + 1
    for child in token.rights:
        if child.dep_ in {"flat", "compound"} and child.i == end:
            end = child.i + 1
        else:
            break
    # never start on a preposition or punctuation
    while start < token.i and (doc[start].is_punct or doc[start].dep_ in {"case", "prep", "cc"}):
        start += 1
    return doc[start:end]
