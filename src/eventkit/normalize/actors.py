"""Canonical actors within one document.

An :class:`ActorIndex` is built once per Doc from its named entities. It
clusters the mentions of one real-world actor ("Xi Jinping", "Xi", "President
Xi") under one canonical name, records titles, affiliations and countries, and
resolves any noun phrase, capital-city metonym ("Beijing dismissed ...") or
pronoun ("He elaborated ...") to an :class:`eventkit.models.Actor`.

Rules, in order:

* PERSON mentions: the longest name is canonical; a shorter mention whose
  tokens are all in the longer name joins it ("Xi" -> "Xi Jinping").
* ORG mentions: an acronym in brackets after the name, or one equal to the
  name's initials, is an alias ("PCG" -> "Philippine Coast Guard").
* GPE mentions: countries and capitals resolve to the country (ISO 3166-1
  alpha-3); the actor is the country.
* Definite descriptions with a title ("the Belarussian president") join the
  one person with that title and country, when exactly one is known.
* Pronouns resolve to the most recent compatible actor in the preceding
  sentences; such resolutions carry lower confidence.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from eventkit.doccache import (
    doc_column,
    doc_ents,
    doc_text,
    doc_value,
    entity_of,
    span_ents,
    token_mask,
    token_positions,
)
from eventkit.models import Actor, ActorKind, Place, PlaceKind
from eventkit.nlp.names import PHRASE_NAME_ID
from eventkit.normalize.countries import country_code, country_from_adjective_phrase, country_name
from eventkit.normalize.mentions import (
    ARTICLES,
    INDEFINITE_DETERMINERS,
    after_honorifics,
    artifact_nouns,
    bracketed_unit,
    first_name_gender,
    honorific_gender,
    is_backer,
    is_bare_abbreviated_title,
    is_body_word,
    is_denying_no,
    is_first_name,
    is_name_hyphen,
    is_person_noun,
    is_person_word,
    is_product_word,
    is_title,
    is_vessel,
    leading_non_name,
    leading_titles,
    location_nouns,
    names_a_product,
    noun_phrase,
    person_nouns,
    pronoun_gender,
    same_role_prefixes,
    title_size,
    title_words,
    word_classes,
)
from eventkit.normalize.names import clean_name, initials, is_acronym
from eventkit.normalize.places import (
    is_admin_word,
    is_place_feature,
    is_place_noun,
    is_settlement_word,
    names_subdivision_elsewhere,
    place_read_as_organisation,
    resolve_place,
)
from eventkit.normalize.times.lexicon import is_calendar_word

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span, Token

__all__ = ["ActorIndex", "ActorRecord"]

_TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ"})
#: Labels of entities that a person noun before them shows to be a person's name ("spokesperson *Eujin Park*").
_MISREAD_NAME_LABELS = frozenset({"FAC", "LOC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
#: ``ENT_IOB`` of a token outside any entity ("O").
_OUTSIDE = 2


def _norm(text: str) -> str:
    """A name as written, made canonical: clean (:func:`clean_name`), no possessive, no leading "the"."""
    text = clean_name(text).replace("\u2019", "'")
    text = re.sub(r"'s?$", "", text.strip())
    text = re.sub(r"^(?:the|The|THE)\s+", "", text)  # "the Kenya Red Cross" -> "Kenya Red Cross"
    text = text.lstrip("-\u2010\u2011\u2012\u2013\u2014\u2015 ")  # "...Headline-Donald Trump" glued by a dash
    return " ".join(text.split())


def _key_tokens(name: str) -> tuple[str, ...]:
    """A name's words for matching: no determiner, no closing legal form ("Acme Energy plc" is "acme energy")."""
    classes = word_classes()
    words = [t for t in name.split() if t.lower() not in classes.determiners]
    while len(words) > 1 and words[-1].lower().strip(",") in classes.legal_suffixes:
        words.pop()
    return tuple(t.lower().strip(".,") for t in words)


@dataclass
class ActorRecord:
    """One clustered actor while the index is being built."""

    name: str
    kind: ActorKind
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    title: str | None = None
    affiliation: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)  # clean char offsets
    quoted_name: bool = False  # the name was read inside quoted speech, where people use nicknames
    gender: str | None = None  # "m"/"f" from an honorific before a mention ("Ms Brandt"), else unknown

    def to_actor(self, extra_alias: str | None = None) -> Actor:
        """Build the public model (spans are added by the caller)."""
        aliases = [a for a in dict.fromkeys(self.aliases) if a != self.name]
        extra_alias = clean_name(extra_alias) if extra_alias else None
        if extra_alias and extra_alias != self.name and extra_alias not in aliases:
            aliases.append(extra_alias)
        return Actor(
            name=self.name,
            kind=self.kind,
            country=self.country,
            aliases=aliases,
            title=self.title,
            affiliation=self.affiliation,
        )


class ActorIndex:
    """All actors of one Doc, clustered, with resolution helpers.

    Args:
        doc: A parsed spaCy Doc (NER and dependency parse).
        headline_end: Character offset where the headline ends (0 if none).
            Headline names ("Xi Meets Lukashenko") are clustered after the
            body's, so the body's fuller names stay canonical.
        dateline: Character offsets of the article's dateline ("LIMA, Peru --"),
            if any: its place is where the story was filed, never what a
            pronoun refers to.
        text: ``doc.text`` when the caller has it already (spaCy rebuilds it
            from the tokens at each access).
    """

    def __init__(
        self,
        doc: Doc,
        *,
        headline_end: int = 0,
        dateline: tuple[int, int] | None = None,
        text: str | None = None,
    ) -> None:
        self.doc = doc
        self._text = text
        self.headline_end = headline_end
        self.dateline = dateline
        self.records: list[ActorRecord] = []
        self._by_ent: dict[int, ActorRecord] = {}  # ent start token -> record
        self._surname_index: dict[str, ActorRecord | None] = {}
        self._key_memo: dict[str, tuple[str, ...]] = {}  # name -> its key tokens
        self._alias_memo: dict[int, tuple[int, set[tuple[str, ...]]]] = {}  # id(record) -> (aliases seen, keys)
        self._by_part: dict[int, ActorRecord] = {}  # token of one name in an entity of two ("Ruiz and Cole") -> record
        self._build()

    # ------------------------------------------------------------------ build
    def _build(self) -> None:
        persons: list[Span] = []
        split_bodies: list[tuple[Span, Span]] = []  # (body, person's name) of an entity that ran the two together
        companies: list[Span] = []
        short_names: list[Span] = []  # "Harwell" tagged a person, the first word of "Harwell Foods"
        person_words = {t.text for e in doc_ents(self.doc) if e.label_ == "PERSON" for t in e}
        # "Pellow Glass will close its works" tagged a person: a company, whose first word alone is it too
        town = self._dateline_town()
        company_ents = [
            e for e in doc_ents(self.doc) if e.label_ == "PERSON" and (_company_named(e) or _named_for_town(e, town))
        ]
        company_spans = {(e.start, e.end) for e in company_ents}
        heads = _organisation_heads(self.doc, company_ents)
        for ent in doc_ents(self.doc):
            if ent.label_ == "ORG" and ent.id_ != PHRASE_NAME_ID and _person_named(ent):
                persons.append(ent)  # '"...," said Sophie Marchand' tagged as an organisation
                continue
            if ent.label_ != "PERSON" and (held := _portfolio_holder(ent)) is not None:
                persons.append(held)  # "Commissioner for | Crisis Management Lukas Brandt" tagged one body
                continue
            if ent.label_ == "ORG" and (named_of := _person_before_of(ent)) is not None:
                persons.append(named_of)  # "Sophie Marchand of Doctors" tagged one organisation: the person
                continue
            if ent.label_ == "ORG" and ent.id_ != PHRASE_NAME_ID and (closing := _person_closing_body(ent)):
                # "Principal Secretary at the Ministry of Finance Daniel Mwakasege" tagged one organisation
                persons.append(closing)
                split_bodies.append((self.doc[ent.start : closing.start], closing))
                continue
            if ent.label_ in _MISREAD_NAME_LABELS | {"ORG"} and _role_named(whole := _with_given_name(ent)):
                # "club boss Unai Emery" tagged an organisation, "UNHCR spokesperson Eujin Park" a facility,
                # "councillor Amara Nwosu" with only the surname tagged
                persons.append(whole)
                continue
            named = _given_name_before(ent, person_words) if ent.label_ == "ORG" else _misread_given_name(ent)
            if named is not None:
                persons.append(named)  # "Novak" tagged an organisation before "Djokovic", a person elsewhere
                continue
            if ent.label_ != "PERSON":
                continue
            if self._is_place_name(ent) or place_read_as_organisation(ent):
                # "visited Accra", "a grant to Sri Lanka", "stabbed on Wexford Lane" tagged as a person
                self._add_place_actor(ent)
                continue
            if (ent.start, ent.end) in company_spans:
                companies.append(ent)  # "drugmaker Novartis" tagged as a person
                continue
            if _capitalised_modifier(ent):
                continue  # "Riot police fired ...": the sentence's capital on a common noun's modifier
            if ent.text in heads and not (ent.start > 0 and self.doc[ent.start - 1].pos_ == "NOUN"):
                short_names.append(ent)  # (a name introduced by a noun, "ferry operator Northlink", is its own)
                continue
            persons.append(ent)
        # body names before headline names, longest first, so that short forms attach to them
        text = (self._text if self._text is not None else doc_text(self.doc)) if persons else ""
        # "Ursula von der" + "Leyen"; "Irungu" + "Houghton" (a given name the recogniser left out)
        persons = [
            _with_given_name(_through_surname(_through_particle(_through_hyphen(_after_served_place(ent)))))
            for ent in _joined_names(persons)
        ]
        for ent in sorted(persons, key=lambda e: (e.start_char < self.headline_end, -len(e))):
            self._add_person(ent, quoted=_in_quote(text, ent.start_char))
        for body, name in split_bodies:
            person = self._by_ent.get(name.start)
            self._add_org(body)  # the body keeps the entity's first word, the person her name's words
            if person is not None:
                for token in name:
                    self._by_part[token.i] = person
        self._surname_index = self._surnames()  # the persons are all known from here on
        for ent in companies:
            self._add_org(ent)
        # "Besigye" tagged a place: a person's name is no organisation either
        person_words = self._person_words()
        acting = {t for t in _acting_unknown_places(self.doc) if not set(self._key(t)) & person_words}
        for ent in doc_ents(self.doc):
            if ent.start in self._by_ent:
                continue
            if ent.label_ in _MISREAD_NAME_LABELS and ent.text in heads and self._link_short_name(ent):
                continue  # "Pellow" tagged a product after "Pellow Glass will close its works": the company
            if ent.label_ in _NAME_LABELS and self._link_surname(ent):
                continue  # a known person's surname under another label ("Mahama" as a place, "Araya" a product)
            if ent.label_ in _NAME_LABELS and self._link_joined_surnames(ent):
                continue  # "Stanley and Scherlen" tagged one organisation: two known persons
            if ent.label_ == "ORG" and _title_word(ent):
                continue  # "Health Minister Grace Chirwa" with "Health" tagged: a title's word, no organisation
            if ent.label_ == "ORG" and (place_read_as_organisation(ent) or self._dateline_city(ent)):
                # "reached the besieged city of El Fasher", "DAYTON, Ohio --": a city, no organisation
                self._add_place_actor(ent)
            elif ent.label_ in {"ORG", "NORP"} or (ent.label_ == "GPE" and ent.text in acting):
                self._add_org(ent)  # "Nvidia forecast ..." tagged a place: no place, and it acts
            elif ent.label_ == "GPE" and (named := self._named_for_country(ent)) is not None:
                self._add_agency(named, ent)  # "Health New Zealand said": an agency, not the country
            elif ent.label_ in {"GPE", "LOC"}:
                self._add_place_actor(ent)
        for ent in short_names:
            self._add_short_name(ent)
        self._link_untagged_surnames()
        self._link_untagged_organisations()
        if self._add_untagged_persons():
            # "Mayor Ana Ruiz spoke ... Ruiz said": the surnames of the names found untagged too
            self._surname_index = self._surnames()
            self._link_untagged_surnames()

    def _add_untagged_persons(self) -> bool:
        """Names the entity recogniser missed: two or three capitalised proper nouns opening with a first name.

        "Ana Okafor spoke on Monday ... Okafor said" with no entity: a first
        name of ``first_names_{female,male}.en.txt`` and one or two more
        capitalised words make a person when the last word stands alone
        elsewhere in the text as a name (the surname, as news writes a person
        the second time) or when the name is a subject and the next sentence
        opens with "he"/"she" of the first name's gender ("Ana Okafor marched
        on Saturday. She said ..."), is no plural, and heads no organisation or place
        ("Clinton Foundation", "Victoria Harbour"). A title before the name
        stays out of it ("Mayor Ana Ruiz" is Ana Ruiz) and two words must be
        left ("King Abdullah" is the entity recogniser's to read). True when
        a person was added.
        """
        doc = self.doc
        titled, outside = _name_flags(doc)
        runs = _untagged_name_runs(titled, outside)
        if not runs:
            return False
        added = False
        words = word_classes()
        alone = _standalone_names(doc, titled)
        for start, end in runs:
            # "Mayor Ana Ruiz": the title stays out of the name ("King Abdullah" is too short without it)
            start += leading_titles(list(doc[start:end]))
            if not 2 <= end - start <= _UNTAGGED_NAME_WORDS:
                continue
            run = doc[start:end]
            if any(t.i in self._by_ent for t in run):
                continue
            last = run[-1].lower_
            gender = first_name_gender(run.text)
            if (
                gender is not None
                and (last in alone or _pronoun_follows(run, gender))
                and run[-1].tag_ == "NNP"
                and last not in words.organisation_words
                and not is_admin_word(last)  # "John Park", "Mary Hall": a surname; not "Kandahar Province"
                and not is_title(last)
            ):
                self._add_person(run, untagged=True)
                rec = self._by_ent[run.start]
                for t in run[1:]:
                    self._by_ent[t.i] = rec
                added = True
        return added

    def _dateline_town(self) -> str | None:
        """The dateline's town when one word names it ("BROOKHAVEN, Miss. --"), in lower case."""
        if self.dateline is None:
            return None
        words = [t for t in self.doc.char_span(*self.dateline, alignment_mode="expand") or () if t.is_alpha]
        if not words or (len(words) > 1 and words[1].text[:1].isupper() and words[1].i == words[0].i + 1):
            return None  # "NEW YORK": a town of several words names no business by its first word
        return words[0].lower_

    def _dateline_city(self, ent: Span) -> bool:
        """The entity opening the article's dateline: its city ("DAYTON, Ohio --"), whatever the recogniser says."""
        return self.dateline is not None and ent.start_char == self.dateline[0]

    def _is_place_name(self, ent: Span) -> bool:
        """A PERSON entity that is exactly a country or capital name, without a title before it.

        Or one set off after a place noun: "the capital, Orsk", "the town of Kamituga".
        """
        doc = self.doc
        if ent.start >= 2 and doc[ent.start - 1].text in {",", "of"} and is_place_noun(doc[ent.start - 2]):
            return True  # "the capital, Orsk", "the town of Kamituga" (however the parse hangs the name)
        if country_code(_norm(ent.text)) is None:
            return False
        before = self.doc[ent.start - 1] if ent.start > 0 else None
        return before is None or before.lower_.rstrip(".") not in title_words()

    def _surnames(self) -> dict[str, ActorRecord | None]:
        """Family name -> its person record (None when two persons share it).

        The last word of a name, and also its first when that is no given
        name of the first-name lists and no person's last word: East Asian
        names put the family name first ("Wang Yi ... Wang urged", "Lee
        Jae-myung ... Lee said").
        """
        out: dict[str, ActorRecord | None] = {}
        first: dict[str, ActorRecord | None] = {}
        for rec in self.records:
            if rec.kind != ActorKind.PERSON:
                continue
            key = _key_tokens(rec.name)
            if len(key) < 2:
                continue
            last = key[-1]
            out[last] = rec if last not in out or out[last] is rec else None
            if first_name_gender(rec.name) is None and key[0].isalpha():
                word = key[0]
                first[word] = rec if word not in first or first[word] is rec else None
        for word, owner in first.items():
            out.setdefault(word, owner)  # a last name keeps its word ("Trump Shuttle" leaves "Trump" to Trump)
        return out

    def surname_person(self, token: Token) -> ActorRecord | None:
        """The one person of the document whose surname the token is ("Lopez" for Maria Lopez), if any."""
        return self._surname_index.get(token.lower_.strip(".,"))

    def _link_surname(self, ent: Span) -> bool:
        """Link a one-word entity that is a known person's surname (and not a country) to that person.

        The tagger may call it a common noun where the recogniser saw a name
        ('"...," Reyes said'): a capitalised word inside a sentence, or one
        opening it that the text never writes in lower case, still counts. A
        hyphenated surname is one word ("Mensah-Boateng" after "Kofi
        Mensah-Boateng", tagged an organisation).
        """
        whole = ent
        ent = after_honorifics(ent)[0]  # "Ms Odunsi" tagged an organisation: the surname after the honorific
        if len(ent) == 2 and is_bare_abbreviated_title(ent[0].text):
            ent = ent[1:]  # "Dr Nurse" tagged an organisation after "Dr Beverley Nurse": the surname after the title
        written_together = all(not t.whitespace_ for t in ent[:-1])
        if not written_together or country_code(_norm(ent.text)) is not None:
            return False
        if ent.label_ in {"DATE", "TIME"} and is_calendar_word(ent.text):
            return False  # "in May" is the month, whoever Theresa May is
        if ent.end < len(self.doc) and is_admin_word(self.doc[ent.end].text):
            return False  # "the Guerrero state prosecutor": a division's name, whoever is called Guerrero
        token = ent[0]
        if token.pos_ != "PROPN":
            text = self._text if self._text is not None else doc_text(self.doc)
            capitalised = token.text[:1].isupper() and token.is_alpha
            if not capitalised or (token.is_sent_start and not _capitalised_only(token, text)):
                return False
        rec = self._surname_index.get(_norm(ent.text).lower())
        if rec is None:
            return False
        rec.mentions.append((whole.start_char, whole.end_char))
        self._by_ent[whole.start] = rec
        return True

    def _link_joined_surnames(self, ent: Span) -> bool:
        """Link an entity of two known persons' surnames joined by "and" to the two persons.

        "Stanley and Scherlen met ..." after "Mayor Cole Stanley" and "Tom
        Scherlen": the recogniser tags the pair one organisation; the parse
        makes the second word the conjunct of the first. Each word is the
        surname of one person, and the two are not one ("Johnson and
        Johnson" stays a company).
        """
        if len(ent) != 3 or ent[1].lower_ != "and" or ent[2].dep_ != "conj" or ent[2].head.i != ent[0].i:
            return False
        first, second = self.surname_person(ent[0]), self.surname_person(ent[2])
        if first is None or second is None or first is second:
            return False
        if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in (ent[0], ent[2])):
            return False
        for token, rec in ((ent[0], first), (ent[2], second)):
            rec.mentions.append((token.idx, token.idx + len(token)))
            self._by_part[token.i] = rec
        return True

    def _link_untagged_surnames(self) -> None:
        """Proper nouns outside any entity that are a known person's surname ("Ruto told reporters").

        A sentence's first word tagged as a common noun counts when the text
        never writes it in lower case ("Araya conceded defeat ..."; not "Rice
        prices rose" in an article about rice).
        """
        surnames = {k: v for k, v in self._surname_index.items() if v is not None}
        if not surnames:
            return
        doc = self.doc
        outside = doc_column(doc, "ENT_IOB") == _OUTSIDE
        candidates = outside & token_mask(doc, "LOWER", surnames)
        text = self._text if self._text is not None else doc_text(doc)
        for i in token_positions(candidates):
            if i in self._by_ent or (i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN"):
                continue  # a linked name, or the first word of a longer one
            token = doc[i]
            if token.pos_ != "PROPN" and not _capitalised_only(token, text):
                continue  # "Araya conceded ...": a common noun to the tagger, as its sentence's first word
            rec = surnames[token.lower_]
            rec.mentions.append((token.idx, token.idx + len(token)))
            self._by_ent[i] = rec

    def _link_untagged_organisations(self) -> None:
        """Proper nouns outside any entity that are a known one-word organisation ("Nvidia gave ..." untagged)."""
        persons = self._person_words()
        names = {
            r.name: r
            for r in self.records
            if r.kind == ActorKind.ORGANIZATION and " " not in r.name and not set(self._key(r.name)) & persons
        }  # "Besigye" tagged an organisation once is Kizza Besigye's name, not a company to link
        if not names:
            return
        doc = self.doc
        outside = doc_column(doc, "ENT_IOB") == _OUTSIDE
        for i in token_positions(outside & token_mask(doc, "ORTH", names)):
            token = doc[i]
            if i in self._by_ent or token.pos_ != "PROPN":
                continue
            if any(0 <= j < len(doc) and doc[j].pos_ == "PROPN" for j in (i - 1, i + 1)):
                continue  # a word of a longer name
            rec = names[token.text]
            rec.mentions.append((token.idx, token.idx + len(token)))
            self._by_ent[i] = rec

    def _person_words(self) -> set[str]:
        """The words of every person's name known so far (lower-cased keys)."""
        return {w for r in self.records if r.kind == ActorKind.PERSON for w in self._key(r.name)}

    def _key(self, name: str) -> tuple[str, ...]:
        """``_key_tokens(name)``, memoised for the index's lifetime (names recur in a long document)."""
        key = self._key_memo.get(name)
        if key is None:
            key = self._key_memo[name] = _key_tokens(name)
        return key

    def _alias_keys(self, rec: ActorRecord) -> set[tuple[str, ...]]:
        """The keys of a record's aliases, kept up to date as aliases are appended."""
        count, keys = self._alias_memo.get(id(rec), (0, set()))
        if count < len(rec.aliases):
            keys.update(self._key(a) for a in rec.aliases[count:])
            self._alias_memo[id(rec)] = (len(rec.aliases), keys)
        return keys

    def _find(self, name: str, kind: ActorKind, gender: str | None = None) -> ActorRecord | None:
        key = self._key(name)
        if not key:
            return None
        partial: list[ActorRecord] = []
        for rec in self.records:
            if rec.kind != kind:
                continue
            if gender is not None and (rec.gender or first_name_gender(rec.name)) not in {None, gender}:
                continue  # "Helen Marsh ... David Marsh ... Mr Marsh said": the honorific tells which Marsh
            rec_key = self._key(rec.name)
            if key == rec_key or key in self._alias_keys(rec):
                return rec
            if kind == ActorKind.PERSON and set(key) <= set(rec_key):
                partial.append(rec)
        # "Silva" joins "Maria Silva" only when no other Silva is known
        return partial[0] if len(partial) == 1 else None

    def _surname_only(self, name: str) -> ActorRecord | None:
        """The one person record named by the last word of ``name`` alone ("Ruiz" for "Ana Ruiz")."""
        key = self._key(name)
        found = [r for r in self.records if r.kind == ActorKind.PERSON and self._key(r.name) == key[-1:]]
        return found[0] if len(found) == 1 and len(key) >= 2 else None

    def _add_person(self, ent: Span, *, quoted: bool = False, untagged: bool = False) -> None:
        # "Mayor Ines Calder" when the model puts the title inside the entity: the name
        # is "Ines Calder", the title "Mayor", and the whole an alias
        first = ent.start  # the entity's first token, where record_for_token looks it up
        ent = ent[leading_non_name(list(ent)) :]  # "Said Ana Ruiz: ...", "11. Ana Ruiz" name Ana Ruiz
        gender = honorific_gender(self.doc[ent.start - 1].lower_) if ent.start > 0 else None
        # "Ms Sari" (no full stop, so inside the entity): the honorific before the name marks it
        ent, marked = after_honorifics(ent)
        gender = marked or gender
        while len(ent) > 2 and ent[-1].text in word_classes().postnominals:
            ent = ent[:-1]  # "Rachel Odunsi KC": a rank of counsel, no part of the name
        titled = leading_titles(list(ent))
        name = _norm(ent[titled:].text)
        if not name or (
            0 < titled == len(ent) - 1 and (is_title(ent[-1].text) or is_bare_abbreviated_title(ent[-1].text))
        ):
            return  # "Adviser Lt Gen" tagged a person: titles alone, whoever they are followed by
        rec = self._find(name, ActorKind.PERSON, gender)
        if rec is None and titled < len(ent) - 1 and is_bare_abbreviated_title(ent[titled].text):
            # "Dr Beverley Nurse ... Dr Nurse said": the abbreviation before a known person's surname is a title
            rec = self._find(_norm(ent[titled + 1 :].text), ActorKind.PERSON, gender)
            if rec is not None:
                titled += 1
                name = _norm(ent[titled:].text)
        if rec is None and untagged:
            # "Ruiz said ..." tagged, "Mayor Ana Ruiz" found untagged: one person, named in full
            rec = self._surname_only(name)
            if rec is not None:
                rec.aliases.append(rec.name)
                rec.name = name
        if rec is None:
            rec = ActorRecord(name=name, kind=ActorKind.PERSON, quoted_name=quoted)
            self.records.append(rec)
        elif rec.quoted_name and not quoted and len(self._key(name)) >= 2:
            # a name first met in quoted speech ("Lazy Ana Ruiz") gives way to the narration's
            rec.aliases.append(rec.name)
            rec.name, rec.quoted_name = name, False
        elif name != rec.name:
            rec.aliases.append(name)
        if titled:
            rec.aliases.append(_norm(ent.text))
            if rec.title is None:
                rec.title = ent[:titled].text
        rec.gender = rec.gender or gender
        rec.mentions.append((ent.start_char, ent.end_char))
        self._by_ent[first] = rec
        if (tagged_as := entity_of(self.doc[first])) is not None:
            self._by_ent.setdefault(tagged_as.start, rec)  # "Ambassador to | Barbados Xu Lanying": the cut entity
        # "Dr Msughter Akaa" with "Dr" taken in before the tagged "Msughter Akaa": the tagged entity is the person's
        for tagged in span_ents(self.doc[first : ent.end]):
            self._by_ent.setdefault(tagged.start, rec)
        self._describe_person(rec, ent)

    def _describe_person(self, rec: ActorRecord, ent: Span) -> None:
        """Title, affiliation and country from the words around a person's name."""
        head = ent.root
        if head.pos_ not in {"PROPN", "NOUN"}:
            head = ent[-1]  # "Elia *dos* Reis Amaral" with the particle parsed as a verb: no clause's words
        left = [t for t in head.lefts if t.i < ent.start]
        # "Chinese Defense Ministry spokesman Senior Colonel Wu Qian"
        prefix = self.doc[left[0].left_edge.i : ent.start] if left else None
        if prefix is not None and all(t.is_punct for t in prefix):
            prefix = None  # "(Patancheru) P. Ravinder Reddy": the bracket closing a unit, no word of a title
        doc = self.doc
        if prefix is not None and _after_served_place(doc[prefix.start : ent.end]).start == ent.start:
            title = doc[prefix.start - 2]  # "Chinese Ambassador to | Barbados | Xu Lanying": the title's words
            prefix = doc[min(title.left_edge.i, title.i) : title.i + 1]
        host = head.head
        title_head: Token | None = None  # the title the name is in apposition to, whose "of" may name a country
        if prefix is None and head.dep_ == "appos" and host.i < ent.start and is_title(host.text):
            title_head = host
            # "Indonesia's foreign minister, Retno Sari": the name in apposition to its title
            prefix = self.doc[host.left_edge.i : host.i + 1]
            if rec.affiliation is None:
                # "The head of the African Union mission, Laura Arce": the title's organisation
                owner = _of_organisation(host)
                rec.affiliation = owner.text if owner is not None else None
        if prefix is not None and len(prefix):
            words = [t for t in prefix if not t.is_punct and t.lower_ not in word_classes().determiners]
            titled = _title_run(words)
            if titled and rec.title is None:
                rec.title = " ".join(titled)
            org = [t for t in words if t.ent_type_ == "ORG"]
            if org and rec.affiliation is None:
                rec.affiliation = " ".join(t.text for t in org)
            if rec.country is None:
                rec.country = country_from_adjective_phrase(prefix.text)
            rec.aliases.append(_norm(f"{prefix.text} {ent.text}"))
        # appositive: "Cui Heng, an assistant research fellow from ... University"
        for child in head.rights:
            if child.dep_ == "appos" and not child.like_num and _describes_person(child):
                # ("Derek Hallam, 58,": an age, no title; "Reddy, a team of experts had ...": a misparse)
                appos = self.doc[child.left_edge.i : child.right_edge.i + 1]
                if rec.title is None:
                    skip = word_classes().determiners
                    rec.title = " ".join(t.text for t in appos if t.i <= child.i and t.lower_ not in skip)
                orgs = [e for e in span_ents(appos) if e.label_ == "ORG"]
                if orgs and rec.affiliation is None:
                    rec.affiliation = orgs[-1].text
                if rec.country is None:
                    rec.country = country_from_adjective_phrase(appos.text)
                if rec.country is None and is_title(child.text):
                    title_head = child  # "Ana Ruiz, the President of Chile,": the country her title names
                break
        if rec.country is None and rec.title:
            # "Prime Minister Shigeru Ishiba of Japan": a titled person of the country after "of"; "the
            # President of Chile, Ana Ruiz,": the country of the title she holds in apposition
            for prep in (c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"):
                for obj in (g for g in prep.children if g.dep_ == "pobj"):
                    rec.country = rec.country or country_code(_norm(self.doc[obj.left_edge.i : obj.i + 1].text))
            if rec.country is None and title_head is not None:
                rec.country = _office_country(title_head)
        if rec.country is None and rec.affiliation:
            rec.country = country_from_adjective_phrase(rec.affiliation)

    def _add_short_name(self, ent: Span) -> None:
        """A company's first word alone ("Harwell also confirmed ..." after "Harwell Foods"): that company."""
        if not self._link_short_name(ent):
            self._add_org(ent)

    def _link_short_name(self, ent: Span) -> bool:
        """Link a company's first word alone to the one organisation whose name opens with it."""
        key = self._key(ent.text)
        found = [r for r in self.records if r.kind == ActorKind.ORGANIZATION and self._key(r.name)[: len(key)] == key]
        if len(found) != 1:
            return False
        rec = found[0]
        rec.aliases.append(_norm(ent.text))
        rec.mentions.append((ent.start_char, ent.end_char))
        self._by_ent[ent.start] = rec
        return True

    def _add_org(self, ent: Span) -> None:
        key_start = ent.start
        ent = _titled_owner(_through_place_of(_joined_places(ent)))
        if len(ent) > 1 and ent[0].dep_ == "det" and ent[0].lower_ in ARTICLES:
            ent = ent[1:]  # "An Israeli Air Force jet": the article of the phrase, no word of the name
        name = _norm(ent.text)
        if not name or (len(ent) > 2 and ent[0].lower_ in word_classes().stance_prefixes and ent[1].text == "-"):
            return  # "pro-Sanders demonstrators", "anti-Trump protests": a stance, no organisation
        if ent.label_ == "NORP":
            code = country_code(name)
            if code is None:
                return  # "Democrats", "Muslims": groups, resolved on demand
            self._add_country(ent, code)
            return
        if _common_nouns_only(ent):
            return  # "when a minibus collided" tagged an organisation: a thing, no body's name
        if names_a_product(ent):
            return  # "a Boeing 737-800 operated by X": the maker's name names the aircraft, no party
        section = self._national_section(ent)
        if section is not None:
            # "Amnesty International Kenya said": the organisation's national section, of that country
            self._add_agency(self.doc[ent.start : section.end], section)
            return
        acronym = name.isupper() and len(name) <= 6
        rec = self._find(name, ActorKind.ORGANIZATION)
        around = self._country_around(ent)
        if rec is not None and rec.country is not None and around is not None and around != rec.country:
            rec = None  # "China's coast guard" ... "Japan's coast guard": two bodies of one name
        if rec is None and acronym:
            for cand in self.records:
                if cand.kind == ActorKind.ORGANIZATION and initials(cand.name) == name:
                    rec = cand
                    break
        if rec is None:
            rec = ActorRecord(name=name, kind=ActorKind.ORGANIZATION, country=country_from_adjective_phrase(name))
            self.records.append(rec)
        if rec.country is None:
            rec.country = around
        elif name != rec.name:
            rec.aliases.append(name)
        # "the Philippine Coast Guard (PCG)"
        nxt = self.doc[ent.end : ent.end + 3]
        if len(nxt) == 3 and nxt[0].text == "(" and nxt[2].text == ")" and is_acronym(nxt[1].text):
            rec.aliases.append(nxt[1].text)
            self._by_ent[nxt[1].i] = rec
        rec.mentions.append((ent.start_char, ent.end_char))
        self._by_ent[key_start] = rec
        self._by_ent[ent.start] = rec

    def _national_section(self, ent: Span) -> Span | None:
        """The country an organisation's name runs on into, naming its national section ("Oxfam America").

        The country must follow the name after one space and head the phrase
        the name modifies: "the UN Syria envoy" (the country modifies a noun)
        and "Obama's America" (a possessive) name no section.
        """
        doc = self.doc
        if ent.end >= len(doc) or doc[ent.end].ent_iob_ != "B" or doc[ent.end].ent_type_ != "GPE":
            return None
        after = entity_of(doc[ent.end])
        section = doc[ent.end : after.end if after is not None else ent.end + 1]
        if (
            ent[-1].tag_ == "POS"
            or doc[ent.end - 1].whitespace_ != " "
            or ent.root.head.i not in range(section.start, section.end)
            or section.root.dep_ in {"compound", "nmod", "amod", "poss"}
            or country_code(_norm(section.text)) is None
        ):
            return None
        return section

    def _named_for_country(self, ent: Span) -> Span | None:
        """Capitalised words outside any entity that name something after a country ("*Health* New Zealand").

        One or two proper nouns right before the country, compounds of it,
        no title ("President"), nationality or determiner among them, and the
        country heading a phrase of its own.
        """
        doc = self.doc
        start = ent.start
        while start > ent.start - 2 and start > 0:
            word = doc[start - 1]
            if (
                word.pos_ != "PROPN"
                or word.ent_type_
                or not word.is_title
                or word.dep_ != "compound"
                or word.head.i not in range(ent.start, ent.end)
                or is_title(word.text)
            ):
                break
            start -= 1
        if start == ent.start or country_code(_norm(ent.text)) is None:
            return None
        if ent.root.dep_ in {"compound", "amod", "nmod", "poss"}:
            return None  # "the Health Canada rules" is Health Canada's, but "Team Kenya coach" is a coach
        return doc[start : ent.end]

    def _add_agency(self, named: Span, country: Span) -> None:
        """An organisation whose name ends in a country ("Health New Zealand", "Oxfam America"), of that country."""
        name = _norm(named.text)
        rec = self._find(name, ActorKind.ORGANIZATION)
        if rec is None:
            rec = ActorRecord(name=name, kind=ActorKind.ORGANIZATION, country=country_code(_norm(country.text)))
            self.records.append(rec)
        rec.mentions.append((named.start_char, named.end_char))
        for i in range(named.start, country.start):
            self._by_ent[i] = rec
        self._by_ent[country.start] = rec

    def _country_around(self, ent: Span) -> str | None:
        """The country of the noun phrase an organisation is named in ("Turkey's disaster agency AFAD").

        Not a backer's ("Iran-backed Houthi rebels" are no body of Iran).
        """
        root = ent.root
        head = root.head if root.dep_ in {"appos", "compound"} and root.head.i != root.i else root
        for tok in noun_phrase(head):
            if tok.i in range(ent.start, ent.end) or tok.ent_type_ not in {"GPE", "NORP"} or is_backer(tok):
                continue
            code = country_code(_norm(tok.text))
            if code is not None:
                return code
        return None

    def _add_place_actor(self, ent: Span) -> None:
        code = country_code(_norm(ent.text))
        if code is None:
            return
        self._add_country(ent, code)

    def _add_country(self, ent: Span, code: str) -> None:
        name = country_name(code) or _norm(ent.text)
        rec = next((r for r in self.records if r.kind == ActorKind.COUNTRY and r.country == code), None)
        if rec is None:
            rec = ActorRecord(name=name, kind=ActorKind.COUNTRY, country=code)
            self.records.append(rec)
        surface = _norm(ent.text)
        if surface != rec.name:
            rec.aliases.append(surface)
        rec.mentions.append((ent.start_char, ent.end_char))
        self._by_ent[ent.start] = rec

    @cached_property
    def _sentences(self) -> list[Span]:
        from eventkit.doccache import doc_sents

        return list(doc_sents(self.doc))

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self._sentences]

    def _window_start(self, token: Token, back: int) -> int:
        """The first token of the sentence ``back`` sentences before ``token``'s own (0 at the start)."""
        starts = self._sentence_starts
        idx = max(0, bisect.bisect_right(starts, token.i) - 1)
        return starts[max(0, idx - back)] if starts else 0

    # ---------------------------------------------------------------- resolve
    def record_for_token(self, token: Token) -> ActorRecord | None:
        """The record of the entity that contains ``token``, if any."""
        if self._by_part and (part := self._by_part.get(token.i)) is not None:
            return part  # "Stanley and Scherlen" tagged one entity: the person of each word
        ent = entity_of(token)
        return self._by_ent.get(token.i if ent is None else ent.start)

    def resolve(self, token: Token) -> tuple[Actor, Span, float] | None:
        """Resolve the noun phrase headed by ``token`` to an actor.

        Returns:
            ``(actor, mention span, confidence)`` or None when the phrase is
            not an actor (e.g. a date or a bare number).
        """
        if token.like_num or token.ent_type_ in {"MONEY", "PERCENT", "CARDINAL", "QUANTITY"}:
            return None
        if token.ent_type_ in {"DATE", "TIME"} and self.record_for_token(token) is None:
            return None  # a date, unless a known person's surname the recogniser took for one
        if token.lower_ in word_classes().person_pronouns or token.lower_ in word_classes().group_pronouns:
            return self.resolve_pronoun(token)
        if token.text in word_classes().postnominals and token.i > 0 and token.nbor(-1).ent_type_ == "PERSON":
            return self.resolve(token.nbor(-1))  # "Judge Richard Ainsworth KC said" (KC tagged a body): the judge
        if (after := self._name_after_title(token)) is not None:
            return after  # "Inspector General of Police Sundarraj P said": the title heads the phrase
        if (holder := self._holder_after_comma(token)) is not None:
            return holder  # "the Coordinating Minister for X, H.E. Gen. (Ret.) Bambang Sutrisno,"
        # a title the recogniser took for a body's name: "the UN Resident Coordinator, Ingrid Solvang"
        titled_body = (
            token.pos_ == "PROPN"
            and token.ent_type_ == "ORG"
            and (token.lower_ in title_words() or is_person_noun(token))
        )
        if (
            token.pos_ == "NOUN"
            or (token.pos_ == "PROPN" and token.ent_iob_ == "O" and token.lower_ in title_words())
            or titled_body
        ):
            # "his Australian counterpart Penny Wong", "the agency, NEMA": the name in apposition;
            # "Senate Majority Leader Chuck Schumer" with the title heading the phrase
            kinds = {"PERSON"} if titled_body else {"PERSON", "ORG"}
            named = [
                c
                for c in token.rights
                if (c.dep_ == "appos" and (c.ent_type_ in kinds or (not titled_body and _unplaced_name(c))))
                or _misparsed_name_start(token, c)
            ]
            if named:
                found = self.resolve(named[0])
                if found is not None:
                    actor, span, confidence = found
                    if _misparsed_name_start(token, named[0]) and (whole := entity_of(named[0])) is not None:
                        span = whole  # "leader Than Swe": the whole name, not the word the parse hung alone
                    if actor.kind == ActorKind.UNKNOWN and _body_word(token):
                        # "the Korean electronics group Hanseo": the description says what the name is
                        actor = actor.model_copy(update={"kind": ActorKind.ORGANIZATION})
                    if actor.country is None:
                        # "his Australian counterpart Penny Wong": the description gives the country
                        mods = [c for c in token.lefts if c.dep_ in {"amod", "compound", "nmod"}]
                        country = next(
                            (code for c in mods if (code := country_from_adjective_phrase(c.text)) is not None), None
                        )
                        if country is not None:
                            actor = actor.model_copy(update={"country": country})
                    return actor, span, confidence
        if token.ent_iob_ == "O" and token.lower_ in title_words():
            of_country = self._title_of_country(token)
            if of_country is not None:
                return of_country
        # "the government of Japan", also when the recogniser made it an organisation ("The Government of Japan")
        if token.ent_type_ in {"", "ORG"} and token.lower_ in word_classes().state_words:
            of_country = self._state_of_country(token)
            if of_country is not None:
                return of_country  # "the government of Japan": the country
        if token.ent_iob_ == "O" and token.pos_ == "NOUN":
            body = self._body_of_place(token)
            if body is not None:
                return body  # "the city of Phoenix", "the state of Texas": the place's government
        if token.ent_iob_ == "O" and token.lower_ in word_classes().organisation_words:
            mission = self._body_of_country(token)
            if mission is not None:
                return mission  # "the Embassy of Japan": Japan's embassy, not "Embassy"
        phrase = noun_phrase(token)
        described = _described_name(token) or _titled_name(token)
        if described is not None and self.record_for_token(token) is None:
            return described
        # an entity inside the phrase, preferring the one the token belongs to
        rec = self.record_for_token(token)
        if rec is None:
            # "Turkish-backed factions": the backer's name names another party than the phrase's
            named = [t for t in phrase if not is_backer(t)]
            for t in reversed(named):
                rec = self.record_for_token(t)
                if rec is not None and rec.kind == ActorKind.PERSON:
                    break
            else:
                rec = next((r for t in named if (r := self.record_for_token(t)) is not None), None)
        if rec is not None and rec.kind != ActorKind.PERSON and token.ent_iob_ == "O" and token.lower_ in title_words():
            # "the Belarussian president": a titled person, not the country of the adjective
            described = self._describe_phrase(phrase)
            # "the Home Secretary" ("Home" tagged an organisation): a title of two words is no organisation
            before = token.nbor(-1) if token.i > 0 else None
            office = before is not None and before.dep_ == "compound" and _office(token) is not None
            if described is not None and described[0].kind == ActorKind.PERSON and (described[2] >= 0.75 or office):
                return described
        org_word = (
            rec is not None
            and token.ent_iob_ == "O"
            and token.pos_ in {"NOUN", "PROPN"}
            and token.lower_ in word_classes().organisation_words
            and token.lower_ not in word_classes().state_words
            and not is_vessel(token)  # "a Panama-flagged bulk carrier" is a ship of that flag, no body
        )
        force = self._place_force(phrase, token) if org_word and rec is not None else None
        if force is not None:
            return force, phrase, 0.8
        # (the gazetteer is asked only for a phrase headed by an organisation word)
        owner = resolve_place(rec.name) if org_word and rec is not None and rec.kind != ActorKind.COUNTRY else None
        if (
            org_word
            and rec is not None
            and (rec.kind == ActorKind.COUNTRY or self._place_before(rec, owner, phrase, token))
        ):
            # "Yemen's central bank", "the Kenyan health ministry", "New Zealand's High Court" (no
            # entity of its own): an organisation of that country; "the Guanajuato prosecutor's office":
            # of that state ("the Japanese government" stays the country itself)
            words = [t for t in phrase if not t.is_punct and t.lower_ not in word_classes().determiners]
            name = _norm(self.doc[words[0].i : words[-1].i + 1].text if words else token.text) or token.text
            country = owner.country if owner is not None and rec.country is None else rec.country
            return Actor(name=name, kind=ActorKind.ORGANIZATION, country=country), phrase, 0.8
        if rec is not None:
            surface = _norm(phrase.text)
            return rec.to_actor(surface if surface != rec.name else None), phrase, 0.9
        described = self._describe_phrase(phrase)
        if described is not None and any(is_backer(t) for t in phrase):
            # "Russian-backed separatists" are of no country their backer's adjective names
            return described[0].model_copy(update={"country": None}), described[1], described[2]
        return described

    def _name_after_title(self, token: Token) -> tuple[Actor, Span, float] | None:
        """The person a title phrase names after it (:func:`_name_after_title`), when the title is nobody's record.

        The person is the record of the name's entity when there is one, else
        a person of that name, with the phrase's title and its country.
        """
        if self.record_for_token(token) is not None:
            return None
        found = _name_after_title(token)
        if found is None:
            return None
        name, title = found
        span = self.doc[title.start : name.end]
        rec = next((r for t in name if (r := self.record_for_token(t)) is not None), None)
        if rec is not None:
            if rec.kind != ActorKind.PERSON:
                return None
            actor = rec.to_actor(_norm(span.text))
            if actor.title is None and rec.name == _norm(name.text):
                # "Commissioner for Crisis Management Lukas Brandt": the phrase's title, when it runs on
                # into the whole name (not "an official of the Odisha | Bhavan", a place's name cut)
                actor = actor.model_copy(update={"title": _norm(title.text)})
            if actor.affiliation is None and (body := _title_body(title)) is not None:
                # "FBI Special Agent in Charge Laura Whitcombe": the body whose title she holds
                actor = actor.model_copy(update={"affiliation": body})
            return actor, span, 0.9
        words = _norm(title.text)
        country = country_from_adjective_phrase(title.text)
        actor = Actor(
            name=_norm(name.text), kind=ActorKind.PERSON, country=country, title=words, aliases=[_norm(span.text)]
        )
        return actor, span, 0.75

    def _holder_after_comma(self, token: Token) -> tuple[Actor, Span, float] | None:
        """The named person after the comma that closes a title's phrase, past further titles.

        "a courtesy call on the Coordinating Minister for Political and
        Security Affairs, *H.E. Gen. (Ret.) Bambang Sutrisno*,": the parse may
        hang the name anywhere; the title phrase ends at the comma, and styles,
        ranks and bracketed notes (``abbreviations.en.txt``, ``titles.en.txt``)
        lead to a tagged person's name, which a comma or the sentence's end closes.
        """
        if token.ent_iob_ != "O" or not is_title(token.text) or not token.text[:1].isupper():
            return None
        doc = token.doc
        comma = token.right_edge.i + 1
        if comma >= len(doc) or doc[comma].text != ",":
            return None
        tokens = list(doc)
        i = comma + 1
        while i < len(doc) and doc[i].ent_type_ != "PERSON":
            if unit := bracketed_unit(tokens, i):
                i = unit
            elif doc[i].text[:1].isupper() and (is_title(doc[i].text) or is_bare_abbreviated_title(doc[i].text)):
                i += 1
            else:
                return None
        if i == comma + 1 or i >= len(doc):
            return None  # a name right after the comma is the apposition's, read elsewhere
        rec = self.record_for_token(doc[i])
        name = entity_of(doc[i])
        if rec is None or rec.kind != ActorKind.PERSON or name is None:
            return None
        if name.end < len(doc) and not (doc[name.end].is_punct or doc[name.end].is_space):
            return None
        span = doc[token.left_edge.i : name.end]
        return rec.to_actor(_norm(span.text)), span, 0.85

    def _place_force(self, phrase: Span, head: Token) -> Actor | None:
        """The force of a town named by one word before it: "*Ashworth police* said" (``place_force_words``).

        The town's word is a one-word entity right before the force's noun in
        lower case, whatever the recogniser tagged it (a person, a nationality,
        an organisation), and no country (whose forces the country branch
        reads: "Kenyan police"); the force is an organisation named by the two
        words, in the gazetteer town's country. A name of more words ("Ana
        Ruiz police"), a known first name and "police in Ashworth" are none.
        """
        if head.lower_ not in word_classes().place_force_words or head.i == 0 or not head.text.islower():
            return None
        town = head.nbor(-1)
        ent = entity_of(town)
        if ent is None or len(ent) != 1 or town.dep_ != "compound" or town.head.i != head.i:
            return None
        if town.i > phrase.start and phrase.doc[town.i - 1].pos_ == "PROPN":
            return None
        name = _norm(town.text)
        if not town.text[:1].isupper() or country_code(name) is not None or is_first_name(name):
            return None
        rec = self.record_for_token(town)
        if rec is not None and rec.kind == ActorKind.COUNTRY:
            return None
        place = resolve_place(name)
        # "Sinaloa police": the force of a state or region is in its country as much as a town's
        country = place.country if place is not None and place.kind in {PlaceKind.CITY, PlaceKind.REGION} else None
        return Actor(name=f"{name} {head.text}", kind=ActorKind.ORGANIZATION, country=country)

    def _place_before(self, rec: ActorRecord, place: Place | None, phrase: Span, head: Token) -> bool:
        """The record is a place named before the phrase's head: "the *Guanajuato* prosecutor's office".

        A place entity (GPE) or a gazetteer town or region the recogniser read
        as an organisation or, as one word that is no first name, as a person
        ("the Queretaro state prosecutor's office"); not the head's own entity,
        and not before a word that takes a name ("the Black Reef group").
        ``place`` is the record's gazetteer place, if any.
        """
        if head.lower_ in word_classes().umbrella_organisation_words:
            return False  # "the Black Reef group": the group's name
        governed = place is not None and place.kind in {PlaceKind.CITY, PlaceKind.REGION}
        if rec.kind == ActorKind.PERSON and (rec.title or len(rec.name.split()) > 1 or is_first_name(rec.name)):
            return False
        for t in phrase:
            if t.i >= head.i or self.record_for_token(t) is not rec:
                continue
            return governed or (t.ent_type_ == "GPE" and rec.kind != ActorKind.PERSON)
        return False

    def _title_of_country(self, token: Token) -> tuple[Actor, Span, float] | None:
        """The office in "the President of Argentina": its one known holder, else the office itself.

        The office of a place below a country ("the Emir of Kano", "the Ooni
        of Ife") is its one holder named with that title and no other place
        in it (:meth:`_place_office_holder`), else the office itself, in that
        place's country: a holder known only by the country might hold the
        office of another place.
        """
        for prep in token.rights:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                code = country_code(_norm(self.doc[obj.left_edge.i : obj.i + 1].text))
                span = self.doc[token.i : obj.i + 1]
                if code is None:
                    place = self._office_place(obj)
                    if place is None:
                        continue
                    holder = self._place_office_holder(token, place)
                    if holder is not None:
                        return holder.to_actor(_norm(span.text)), span, 0.75
                    return Actor(name=_norm(span.text), kind=ActorKind.PERSON, country=place.country), span, 0.7
                known = [
                    r
                    for r in self.records
                    if r.kind == ActorKind.PERSON and r.country == code and r.title and token.lower_ in r.title.lower()
                ]
                if len(known) == 1:
                    return known[0].to_actor(_norm(span.text)), span, 0.75
                return Actor(name=_norm(span.text), kind=ActorKind.PERSON, country=code), span, 0.7
        return None

    def _office_place(self, obj: Token) -> Place | None:
        """The place below a country an office is "of": "Kano", "Lagos State"; not "Police", "the Bank".

        The recogniser may tag no place ("the Emir of Kano") or a state as a
        body ("the Governor of Lagos State"); a club it tags an organisation
        ("the President of Benfica") and a body word ("the Commissioner of
        Police") name no place.
        """
        phrase = self.doc[obj.left_edge.i : obj.i + 1]
        tagged = obj.ent_type_ in {"GPE", "LOC", ""} or (obj.ent_type_ == "ORG" and is_admin_word(obj.text))
        if obj.pos_ != "PROPN" or not tagged or any(t.pos_ == "DET" for t in phrase):
            return None
        words = word_classes()
        bodies = words.organisation_words | words.state_words
        if any(t.lower_ in bodies and not is_admin_word(t.text) for t in phrase):
            return None
        return resolve_place(_norm(phrase.text))

    def _place_office_holder(self, office: Token, place: Place) -> ActorRecord | None:
        """The one person of the text holding the office with no other place in the title ("Archbishop X").

        "Lagos State Governor X ... the Governor of Lagos State": the title's
        other words are the place's own.
        """
        place_words = set(place.name.lower().split())
        known = [
            r
            for r in self.records
            if r.kind == ActorKind.PERSON
            and r.title
            and office.lower_ in r.title.lower().split()
            and all(
                w.lower() in {office.lower_, *place_words} or is_admin_word(w) or not w[:1].isupper()
                for w in r.title.split()
            )
        ]
        return known[0] if len(known) == 1 else None

    def _state_of_country(self, token: Token) -> tuple[Actor, Span, float] | None:
        """The country of "the government of Japan", "the authorities of Chad": a state word and "of" a country."""
        for prep in (c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                code = country_code(_norm(self.doc[obj.left_edge.i : obj.i + 1].text))
                if code is not None:
                    span = self.doc[token.left_edge.i : obj.i + 1]
                    name = country_name(code) or _norm(obj.text)
                    actor = Actor(name=name, kind=ActorKind.COUNTRY, country=code, aliases=[_norm(span.text)])
                    return actor, span, 0.85
        return None

    def _body_of_place(self, token: Token) -> tuple[Actor, Span, float] | None:
        """The governing body of a named place below a country: "the city of Phoenix", "the state of Texas".

        The noun is a state, settlement or organisation word ("the city council
        of Austin") and "of" names a place that is no country (a country's
        government is the country itself, see ``_state_of_country``).
        """
        if not is_body_noun(token):
            return None
        classes = word_classes()
        for prep in (c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "GPE"):
                place = resolve_place(_norm(self.doc[obj.left_edge.i : obj.i + 1].text))
                if place is None or country_code(place.name) is not None:
                    continue
                words = [t for t in self.doc[token.left_edge.i : obj.i + 1] if t.lower_ not in classes.determiners]
                if not words:
                    continue
                span = self.doc[words[0].i : obj.i + 1]
                return Actor(name=_norm(span.text), kind=ActorKind.ORGANIZATION, country=place.country), span, 0.8
        return None

    def _body_of_country(self, token: Token) -> tuple[Actor, Span, float] | None:
        """An organisation word and "of" a country, outside any entity: "the Embassy of Japan" (of Japan).

        The body is named by the whole phrase, with the country's code; a
        state word ("the government of Japan") is the country itself
        (:meth:`_state_of_country`).
        """
        if token.lower_ in word_classes().state_words:
            return None
        for prep in (c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "GPE"):
                code = country_code(_norm(self.doc[obj.left_edge.i : obj.i + 1].text))
                if code is None:
                    continue
                words = [t for t in self.doc[token.left_edge.i : obj.i + 1] if t.lower_ not in ARTICLES]
                span = self.doc[words[0].i : obj.i + 1]
                return Actor(name=_norm(span.text), kind=ActorKind.ORGANIZATION, country=code), span, 0.8
        return None

    def _describe_phrase(self, phrase: Span) -> tuple[Actor, Span, float] | None:
        if any(is_denying_no(c) for c in phrase.root.children):
            return None  # "No group has said it carried out the attack": nobody to name, nor to refer back to
        words = [t for t in phrase if not t.is_punct or _glued_hyphen(t)]
        skip = word_classes().determiners
        while words and (
            words[0].lower_ in skip
            or (words[0].dep_ == "poss" and words[0].i != phrase.root.i)
            or words[0].dep_ == "case"  # the "'s" of a dropped possessor ("Harbour Weekly's Ana Okafor")
        ):
            words = words[1:]
        if not words or all(t.is_stop and not (t.pos_ == "PROPN" and t.is_upper) for t in words):
            return None  # (an acronym spelt as a stop word is a name: "WHO said", see eventkit.nlp.tags)
        text = clean_name(_joined(words))
        if not text:
            return None
        head = phrase.root
        code = country_code(_norm(text))
        if code is not None:
            name = country_name(code) or text
            return Actor(name=name, kind=ActorKind.COUNTRY, country=code, aliases=[text]), phrase, 0.85
        titles = title_words()
        country = country_from_adjective_phrase(text)
        # "the Belarussian president": the one person with that title and country;
        # "a ministry spokesman" is somebody new, whoever else is a spokesman
        # ("One former minister said": a number one is as indefinite as "a")
        indefinite = any(c.dep_ in {"det", "nummod"} and c.lower_ in INDEFINITE_DETERMINERS for c in head.children)
        if head.lower_ in titles and not indefinite:
            owned_by_country = country_from_adjective_phrase(phrase.text) is not None  # "India's defence minister"
            office = _office(head) if any(t.i == head.i - 1 for t in words) else None
            matches = [
                r
                for r in self.records
                if r.kind == ActorKind.PERSON
                and r.title is not None
                and head.lower_ in r.title.lower()
                and (office is None or office in r.title.lower().replace("-", " "))
                and (country is None or r.country == country)
                and same_role_prefixes(r.title.replace("-", " ").split(), (t.lower_ for t in words))
                and (owned_by_country or self._named_before(r, phrase))
            ]
            if len(matches) == 1:
                return matches[0].to_actor(text), phrase, 0.75
        # "Mayor Ines Calder" outside any PERSON entity: a title before proper names marks a person
        titled = leading_titles(words)
        # (not a body or a place named after one: "Bishop Kelley High School", "Imam Khomeini Hospital")
        body = head.lower_ in word_classes().organisation_words or head.lower_ in location_nouns()
        if (
            titled
            and not body
            and head.pos_ == "PROPN"
            and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words[titled:])
        ):
            name = clean_name(" ".join(t.text for t in words[titled:]))
            title = " ".join(t.text for t in words[:titled])
            return Actor(name=name, kind=ActorKind.PERSON, country=country, title=title, aliases=[text]), phrase, 0.6
        if (
            head.lower_ in word_classes().organisation_words or head.lower_ in word_classes().media_words
        ) and not is_vessel(head):
            # ("a Panama-flagged bulk carrier" is a ship, not an airline)
            kind = ActorKind.ORGANIZATION
        elif head.tag_ in {"NNS", "NNPS"}:
            kind = ActorKind.GROUP
        elif head.lower_ in titles or head.pos_ == "PROPN":
            kind = ActorKind.PERSON if head.lower_ in titles else ActorKind.UNKNOWN
        else:
            kind = ActorKind.UNKNOWN
        if phrase.start_char < self.headline_end:
            # "Teenager Charged After Stabbing": title case capitalises common nouns too
            text = clean_name(_joined(words, common_lower=True)) or text
        return Actor(name=text, kind=kind, country=country), phrase, 0.6

    def _named_before(self, record: ActorRecord, phrase: Span) -> bool:
        """Whether a title without a country can refer to the record: named before the phrase, or a headline's.

        "The mayor's spokesperson told reporters ... Their spokesperson, Ewan
        Drummond, said": the first is not Drummond, named only later; a
        headline's "Minister" is whoever the story then names (and "India's
        defence minister said" in a lede is the one the story names later,
        the country making the office one person's).
        """
        if phrase.start_char < self.headline_end or not record.mentions:
            return True
        return min(start for start, _ in record.mentions) < phrase.start_char

    def resolve_pronoun(self, token: Token) -> tuple[Actor, Span, float] | None:
        """Resolve a pronoun to the most recent compatible actor before it.

        "he"/"she" take the most recent person named as a subject in the same
        or the previous two sentences, skipping a person whose honorific says
        otherwise ("Ms. Ruiz" is never "he", "Mr. Berg" never "she");
        "it"/"they" take the most recent organisation, country or group.
        Confidence is lower than for names.
        """
        lower = token.lower_
        if lower == "it" and token.dep_ in {"nsubj", "expl"} and token.head.lemma_ == "be":
            return None  # "It was her first visit": an expletive or the event itself, not an actor
        want_person = lower in word_classes().person_pronouns
        if lower == "it":
            noun = self._organisation_subject_before(token)
            if noun is not None:
                # "The military said ... It said it had taken steps": the body last told of, not a name before it
                found = self.resolve(self.earlier_owned(noun) or noun)
                if found is not None and found[0].kind != ActorKind.PERSON:
                    return found[0], self.doc[token.i : token.i + 1], 0.6
        if lower == "them" and (noun := _object_of_the_act_before(token)) is not None:
            # "rescued flood victims and gave them blankets": whom the act before it took
            found = self.resolve(noun)
            return (found[0], self.doc[token.i : token.i + 1], 0.6) if found is not None else None
        if lower in _PLURAL_PRONOUNS:
            noun = self._plural_subject_before(token) or self._people_subject_before(token)
            if noun is not None:
                # "Several protesters tried ..., and they advanced": the protesters, not the last name
                found = self.resolve(noun)
                return (found[0], self.doc[token.i : token.i + 1], 0.6) if found is not None else None
        # "Brightpath says it has received ...": "it" may be a name the recogniser missed, as a description may
        return self._latest(token, want_person=want_person, wanted=pronoun_gender(lower), unknown_names=lower == "it")

    def _organisation_subject_before(self, token: Token) -> Token | None:
        """The latest main-clause subject before "it" (this sentence or the last), when it is an unnamed body.

        "The military said the commander had planned attacks. It said ...":
        the military (an organisation word, no entity), not the ministry
        named a paragraph before. A named or other subject in between leaves
        "it" to the names (None), and so does any subject nearer to "it" in
        its own sentence ("the ministry said, as Israel said it ...").
        """
        start = self._window_start(token, 1)
        for t in reversed(self.doc[start : token.i]):
            if t.dep_ not in {"nsubj", "nsubjpass"}:
                continue
            head = t.head
            if not (head.dep_ == "ROOT" or (head.dep_ == "conj" and head.head.dep_ == "ROOT")):
                if head.dep_ in {"ccomp", "parataxis"} and head.head.i == token.head.i and _no_body(t):
                    continue  # "Impacts were recorded at 11 locations, it said": what "it" said, not who
                if t.sent == token.sent:
                    return None  # "the ministry said, as Israel said it ...": a nearer subject of its own sentence
                continue  # "the commander had planned ...": a reported clause's subject
            # (a lowercase word the tagger took for a name is still a common noun: "The Italian coast guard")
            unnamed = t.tag_ in {"NN", "NNP"} and t.ent_iob_ == "O" and (t.pos_ == "NOUN" or t.text.islower())
            body = is_body_word(t.lower_)
            return t if unnamed and body and self.record_for_token(t) is None else None
        return None

    def _plural_subject_before(self, token: Token) -> Token | None:
        """The last plural common noun subject of a clause above the pronoun: a closer antecedent than a name.

        "Militants ... said they attempted ...", "Several protesters tried
        ..., and they advanced": the noun's verb governs the pronoun, or is
        the clause the pronoun's own clause reports ("Relatives of the
        victims have sued the airline, their lawyer said"). An inserted
        "they said" ("The fees, they said, will rise") is no clause of the
        noun's.
        """
        above: set[int] = set()
        current = token
        while current.head.i != current.i and current.dep_ != "parataxis":
            current = current.head
            above.add(current.i)
        nouns = [
            t
            for t in self.doc[token.sent.start : token.i]
            if t.tag_ in {"NNS", "NNPS"}  # "Relatives of ..." capitalised after a dateline: NNPS, no entity
            and t.dep_ in {"nsubj", "nsubjpass"}
            and t.ent_iob_ == "O"
            and (t.head.i in above or (t.head.dep_ == "ccomp" and t.head.head.i in above))
        ]
        return nouns[-1] if nouns else None

    def _people_subject_before(self, token: Token) -> Token | None:
        """The last subject of the sentence before "they" when it is a definite, unnamed group of people.

        "The attackers stormed the village ... "They shot everyone they
        found"": the attackers (a plural person noun with no entity, "the",
        "these", "those" or a possessive before it, subject of that
        sentence's main or reported clause), not a country named before
        them. A generic group ("More women are founding companies ...
        Within marriages, they said") is no such referent.
        """
        start = self._window_start(token, 1)
        if start >= token.sent.start:
            return None  # the first sentence
        nouns = [
            t
            for t in self.doc[start : token.sent.start]
            if t.tag_ == "NNS"
            and t.dep_ in {"nsubj", "nsubjpass"}
            and t.ent_iob_ == "O"
            and (t.head.dep_ == "ROOT" or t.head.head.dep_ == "ROOT")
        ]
        if not nouns:
            return None
        noun = nouns[-1]
        definite = any(c.dep_ == "poss" or c.lower_ in _DEFINITE_PLURAL for c in noun.children if c.i < noun.i)
        people = noun.lemma_.lower() in person_nouns() or noun.lower_ in person_nouns()
        return noun if definite and people else None

    def resolve_organisation(self, token: Token) -> tuple[Actor, Span, float] | None:
        """The organisation a definite description refers back to ("Acme said ... the company said").

        The most recent organisation named in the body (not the headline) as a
        subject or in a name phrase in the same or the previous two sentences,
        as for "it", before the description's own words ("the *U.N.* agency"
        is not the U.N.); countries and groups are not taken.
        """
        return self._latest(token, want_person=False, wanted=None, organisation=True, end=token.left_edge.i)

    def earlier_owned(self, token: Token) -> Token | None:
        """The latest earlier mention of the same noun that says whose it is: "the Israeli military ... the military".

        The last of `owned_mentions`.
        """
        owned = self.owned_mentions(token)
        return owned[-1] if owned else None

    def owned_mentions(self, token: Token) -> list[Token]:
        """The earlier mentions of the same noun that say whose they are, in text order.

        Within the body's last six sentences; the earlier noun has a
        nationality, place or organisation among its modifiers or a possessor
        ("the Kenyan government ... Ghana's government ... the government").
        """
        start = self._window_start(token, 6)
        return [
            t
            for t in self.doc[start : token.left_edge.i]
            if t.lower_ == token.lower_
            and t.idx >= self.headline_end
            and any(c.dep_ in {"amod", "compound", "poss", "nmod"} and c.ent_type_ in _OWNER_ENTS for c in t.children)
        ]

    def sole_country(self, token: Token) -> Actor | None:
        """The one country the body has named before ``token``, if it has named exactly one.

        "Burkina Faso's junta ... The army said ...": an unowned national
        body in a story about one country is that country's.
        """
        # a country the tagger read as an organisation ("Niger's rulers") is the country still
        found = self.country_mentions(token.idx, organisations=True)
        if len(found) != 1:
            return None
        ((code, (_, name)),) = found.items()
        return Actor(name=name, kind=ActorKind.COUNTRY, country=code)

    def country_mentions(self, end: int | None = None, *, organisations: bool = False) -> dict[str, tuple[int, str]]:
        """How often the body names each country before ``end``: code -> (mentions, the first record's name).

        Only countries named at least once count; with ``organisations``, an
        organisation named like a country ("Niger" tagged ORG) counts as that country.
        """
        found: dict[str, tuple[int, str]] = {}
        kinds = {ActorKind.COUNTRY, ActorKind.ORGANIZATION} if organisations else {ActorKind.COUNTRY}
        for rec in self.records:
            if rec.kind not in kinds:
                continue
            code = rec.country if rec.kind == ActorKind.COUNTRY else country_code(rec.name)
            body = sum(1 for start, _ in rec.mentions if self.headline_end <= start and (end is None or start < end))
            if code is None or not body:
                continue
            count, name = found.get(code, (0, rec.name))
            found[code] = (count + body, name)
        return found

    def salient_organisation(self, token: Token, fits: Callable[[Actor], bool] | None = None) -> Actor | None:
        """The organisation the body has named most often before ``token`` (not the dateline's agency).

        A tie goes to the one of them the headline names, else to nobody.
        ``fits``: only organisations it accepts count ("the company" is no navy).

        "Harbor Air reported ... (three paragraphs) ... The airline said": a
        description far from the last mention refers to the article's own
        organisation.
        """
        dateline = self.dateline or (0, 0)
        surnames = {key[-1] for rec in self.records if rec.kind == ActorKind.PERSON and (key := self._key(rec.name))}
        counts: list[tuple[int, ActorRecord]] = []
        for rec in self.records:
            if rec.kind != ActorKind.ORGANIZATION or set(self._key(rec.name)) & surnames:
                continue  # "Trump" tagged an organisation: a person's name, no company
            if fits is not None and not fits(rec.to_actor()):
                continue
            before = sum(
                1
                for start, end in rec.mentions
                if self.headline_end <= start < token.idx
                and not dateline[0] <= start < dateline[1]
                and not self._describes_a_person(start, end)  # "Cabinet chief Ana Ruiz": her title's body
            )
            if before:
                counts.append((before, rec))
        counts.sort(key=lambda c: -c[0])
        if not counts:
            return None
        tied = [rec for n, rec in counts if n == counts[0][0]]
        if len(tied) > 1:
            # a tie goes to the one organisation the headline names ("Acme Corp shares jump ...")
            tied = [rec for rec in tied if any(start < self.headline_end for start, _ in rec.mentions)]
        return tied[0].to_actor() if len(tied) == 1 else None

    def _describes_a_person(self, start: int, end: int) -> bool:
        """A mention of a body that only describes a person: her workplace or a word of her title."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and len(span) > 0 and _workplace_of_a_named_person(span[-1])

    def _latest(
        self,
        token: Token,
        *,
        want_person: bool,
        wanted: str | None,
        organisation: bool = False,
        end: int | None = None,
        unknown_names: bool = False,
    ) -> tuple[Actor, Span, float] | None:
        """The most recent compatible actor before ``token`` (or token index ``end``), subjects first.

        For a pronoun, a main clause's subject comes before a subordinate
        clause's; for an organisation (and for "it", ``unknown_names``), a
        proper-noun subject that no record holds and no gazetteer knows (a
        name the recogniser missed) counts as an organisation of that name.
        """
        genders: dict[int, set[str]] = {}

        def gender_clash(rec: ActorRecord) -> bool:
            """True when an honorific before a mention of the record, or its first name, contradicts the pronoun."""
            if wanted is None:
                return False
            if id(rec) not in genders:
                found: set[str] = set()
                for start, _ in rec.mentions:
                    span = self.doc.char_span(start, start + 1, alignment_mode="expand")
                    if span is not None and len(span) and span[0].i > 0:
                        g = honorific_gender(self.doc[span[0].i - 1].lower_)
                        if g is not None:
                            found.add(g)
                if not found and (g := first_name_gender(rec.name)) is not None:
                    found.add(g)
                genders[id(rec)] = found
            return bool(genders[id(rec)]) and wanted not in genders[id(rec)]

        window_start = self._window_start(token, 2)
        text = self._text if self._text is not None else doc_text(self.doc)
        best: tuple[int, ActorRecord] | None = None
        unknown: Token | None = None  # a name no record holds, as the latest subject ("Zentrix gave ...")
        quoted_here = _in_quote(text, token.idx)
        for t in self.doc[window_start : token.i if end is None else end]:
            if organisation and not quoted_here and _in_quote(text, t.idx):
                continue  # '"Luis and Nathan were part of our family," X said. The company said': not a quoted name
            rec = self.record_for_token(t)
            if rec is None and (organisation or unknown_names) and self._unknown_name_subject(t):
                unknown = t
                continue
            if rec is None or t.dep_ not in {"nsubj", "nsubjpass", "compound", "appos", "pobj", "dobj"}:
                continue
            if self.dateline is not None and self.dateline[0] <= t.idx < self.dateline[1]:
                continue  # "Lima (AFP) - It was ...": the dateline is no antecedent
            if t.idx < self.headline_end:
                continue  # nor is the headline
            if want_person != (rec.kind == ActorKind.PERSON) or gender_clash(rec):
                continue
            if (
                want_person
                and t.dep_ == "compound"
                and t.head.pos_ == "NOUN"
                and t.head.lower_ not in title_words()
                and self.record_for_token(t.head) is not rec
            ):
                continue  # "a Trump supporter", "Trump campaign strategists": a modifier, not the person
            if organisation and (rec.kind != ActorKind.ORGANIZATION or _workplace_of_a_named_person(t)):
                continue
            if organisation and _addressee(t):
                continue  # "Residents told the Benue Daily that ... The police said": the outlet was told
            if (
                organisation
                and t.dep_ == "compound"
                and t.head.pos_ == "NOUN"
                and t.head.lower_ not in word_classes().organisation_words
                and not is_person_noun(t.head)
                and self.record_for_token(t.head) is not rec
                and self._only_modifier(rec)
            ):
                # "The Ebbsfield pumping station had failed": a name only ever seen on a thing, not a body
                # that acts ("Mondelez officials told ...": its people act for it; "Andesur shares fell"
                # after "a claim Andesur denied": the company)
                continue
            subject = t if t.dep_.startswith("nsubj") else t.head if t.head.dep_.startswith("nsubj") else None
            # a pronoun takes an earlier sentence's main-clause subject before a subordinate one's ("Turkey has
            # kept ties since Russia invaded ... It handed over ..."); in its own sentence the nearest subject
            # ("the ministry said, as Israel said it targeted ..."); a description goes by its word, not the syntax
            main = not organisation and subject is not None and (t.sent == token.sent or _main_clause(subject.head))
            score = t.i + (0 if subject is None else 2000 if main else 1000)
            if best is None or score >= best[0]:
                best = (score, rec)
        if unknown is not None and (best is None or unknown.i + 1000 >= best[0]):
            # "Zentrix gave $5 million to Stanford University, the company said": the subject the
            # recogniser missed, not the organisation named after it
            first = unknown.i
            while first > 0 and self.doc[first - 1].dep_ == "compound" and self.doc[first - 1].pos_ == "PROPN":
                first -= 1  # "Harbour Freight", not the trade noun before it ("telecoms firm Navelia")
            name = self.doc[first : unknown.i + 1]
            return Actor(name=clean_name(name.text), kind=ActorKind.ORGANIZATION), self.doc[token.i : token.i + 1], 0.5
        if best is None:
            return None
        return best[1].to_actor(token.text), self.doc[token.i : token.i + 1], 0.6

    def _only_modifier(self, rec: ActorRecord) -> bool:
        """Every mention of the record modifies a common noun ("the *Ebbsfield* pumping station")."""
        for start, end in rec.mentions:
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            root = span.root
            if not (root.dep_ == "compound" and root.head.pos_ == "NOUN"):
                return False
        return True

    def _unknown_name_subject(self, t: Token) -> bool:
        """A proper-noun subject no record holds and no gazetteer knows: a name the recogniser missed."""
        if t.dep_ not in {"nsubj", "nsubjpass"} or t.pos_ != "PROPN" or t.idx < self.headline_end:
            return False
        if t.is_lower:
            return False  # "after salmonella was found": the tagger's proper noun in lower case names nobody
        if is_product_word(t):
            return False  # "The Airbus A321 continued to Narita", "A Boeing 737 slid off": a product, no body
        if t.ent_type_ not in {"", "ORG", "GPE", "PRODUCT", "FAC", "WORK_OF_ART"} or t.lower_ in title_words():
            return False
        opening = t.is_sent_start or self._after_dateline(t)
        alone = not t.ent_type_ or (t.ent_iob_ == "B" and (t.i + 1 == len(t.doc) or t.doc[t.i + 1].ent_iob_ != "I"))
        if opening and alone and is_person_noun(t):
            # "Critics would say ...", "PORT-AU-PRINCE, Haiti — Gunmen opened fire": a common noun its
            # sentence capitalises, no name
            return False
        classes = word_classes()
        for c in t.lefts:
            trade = c.lower_ in classes.company_words or c.lower_ in classes.company_introducers
            if c.dep_ == "compound" and c.pos_ != "PROPN" and not trade:
                return False  # "the Harbour ferry": a common noun's modifier ("telecoms firm Navelia" is a name)
        text = _norm(t.text)
        return country_code(text) is None and resolve_place(text) is None and self.surname_person(t) is None

    def _after_dateline(self, t: Token) -> bool:
        """The token is the first word after the dateline ("LIMA, Peru — *Gunmen* ...")."""
        if self.dateline is None or t.idx < self.dateline[1]:
            return False
        between = doc_text(self.doc)[self.dateline[1] : t.idx]
        return len(between) < 8 and not any(ch.isalnum() for ch in between)


def _main_clause(verb: Token) -> bool:
    """The verb heads its sentence, or is conjoined to the verb that does: its subject is the sentence's topic."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def _acting_unknown_places(doc: Doc) -> set[str]:
    """Place entities no gazetteer knows that act as a subject somewhere: organisations misread.

    "Nvidia forecast revenue above estimates" tagged a place: no country or
    known place is called so, and it forecasts. A known place ("Kyiv said")
    stays the place (its government) it is.
    """
    out: set[str] = set()
    for ent in doc_ents(doc):
        if ent.label_ != "GPE" or ent.root.dep_ != "nsubj" or ent.root.head.pos_ != "VERB":
            continue
        if len(ent) == 1 and is_person_noun(ent[0]):
            continue  # "LIMA, Peru — Gunmen opened fire": a common noun capitalised after the dateline
        if country_code(_norm(ent.text)) is None and resolve_place(ent.text) is None:
            out.add(ent.text)
    return out


def _addressee(token: Token) -> bool:
    """Whom a clause was told: the object of a verb with a reported clause ("told *X* that ..."), or "said *to X*"."""
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head  # "told *Benue* Newsline": the name's head
    if token.dep_ == "dobj":
        verb = token.head
    elif token.dep_ == "pobj" and token.head.lower_ == "to":
        verb = token.head.head
    else:
        return False
    return any(c.dep_ == "ccomp" for c in verb.children)


def _workplace_of_a_named_person(token: Token) -> bool:
    """Where a person introduced in passing works: "Rebecca Moss, an analyst *at Harbor Securities*".

    Such an organisation describes the person; "the company" after it is the
    one the story is about, not the analyst's firm. So does a body inside a
    person's title ("*Cabinet* chief Ana Ruiz", "*Social Welfare* Secretary
    X"): "the airline said" after it is not the cabinet.
    """
    first = token
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head  # "Harbor" of "Harbor Securities"
    between = token.doc[first.i + 1 : token.i]
    if token.ent_type_ == "PERSON" and any(t.lower_ in title_words() for t in between):
        return True  # "Social Welfare Secretary X": a word of her title, however the parse hangs it
    if token.dep_ != "pobj" or token.head.dep_ != "prep":
        return False
    role = token.head.head
    return role.lemma_.lower() in person_nouns() and role.dep_ == "appos" and role.head.ent_type_ == "PERSON"


#: Entities that say whose a body is: "the *Israeli* military", "*Kenya's* police", "the *U.N.* agency".
_OWNER_ENTS = frozenset({"NORP", "GPE", "ORG"})
#: Determiners of a definite group ("the attackers", "those protesters").
_DEFINITE_PLURAL = frozenset({"the", "these", "those"})
#: The plural pronouns ("they", possessive "their"): a plural noun subject above them is a likelier antecedent
#: than a name.
_PLURAL_PRONOUNS = frozenset({"they", "their"})


def _office(head: Token) -> str | None:
    """The office of two words a title word ends ("the *home secretary*"), if the word before it makes one.

    "the home secretary" is not "Foreign Secretary X": a titled person is
    taken for a description only when their title holds its office.
    """
    if head.i == 0:
        return None
    office = f"{head.nbor(-1).lower_} {head.lower_}"
    return office if is_title(office) else None


def _title_run(words: list[Token]) -> list[str]:
    """The title words that end a phrase before a name ("Defense Ministry *spokesman*", "*foreign minister*")."""
    titles = title_words()
    titled: list[str] = []
    for t in reversed(words):
        if (
            t.lower_ in titles
            or (t.ent_type_ == "" and t.lower_.rstrip(".") in titles)
            or (titled and t.pos_ in _TITLE_POS and t.ent_type_ == "")
        ):
            titled.insert(0, t.text)
        else:
            break
    return titled


def _in_quote(text: str, offset: int) -> bool:
    """Whether an offset of the cleaned text lies inside a double quote of its paragraph."""
    return text.count('"', text.rfind("\n\n", 0, offset) + 1, offset) % 2 == 1


def _name_flags(doc: Doc) -> tuple[list[bool], list[bool]]:
    """Per token: a capitalised proper noun; outside any entity (read from the Doc's arrays at once)."""
    titled = token_mask(doc, "POS", {"PROPN"}) & (doc_column(doc, "IS_TITLE") != 0)
    outside = doc_column(doc, "ENT_IOB") == _OUTSIDE
    return titled.tolist(), outside.tolist()


#: Entity labels under which the recogniser may put a known person's surname ("Thune" read as a date).
_NAME_LABELS = frozenset({"ORG", "NORP", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "DATE", "TIME"})


def _unplaced_name(token: Token) -> bool:
    """A capitalised proper noun the recogniser left untagged or took for a nationality it is not ("Hanseo")."""
    if token.pos_ != "PROPN" or not token.text[:1].isupper():
        return False
    return token.ent_iob_ == "O" or (token.ent_type_ == "NORP" and country_from_adjective_phrase(token.text) is None)


def _common_nouns_only(ent: Span) -> bool:
    """An entity of lower-case common nouns naming a thing: "when *a minibus* collided" tagged an organisation.

    None of the words is one for a body, and the head is introduced with an
    indefinite article or is an artifact (``artifact_nouns.en.txt``), with
    no owner: "Italy's carabinieri", "Britain's treasury" stay bodies.
    """
    words = [t for t in ent if t.is_alpha and t.lower_ not in word_classes().determiners]
    if not words or not all(t.is_lower and t.pos_ == "NOUN" and not _body_word(t) for t in words):
        return False
    head = ent.root
    if any(c.dep_ == "poss" for c in head.children):
        return False
    introduced = any(c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS for c in head.children)
    return introduced or head.lemma_.lower() in artifact_nouns()


def _body_word(token: Token) -> bool:
    """A noun for an organisation or a medium ("agency", "group", "broadcaster")."""
    classes = word_classes()
    return token.lower_ in classes.organisation_words or token.lower_ in classes.media_words


def _described_name(token: Token) -> tuple[Actor, Span, float] | None:
    """An untagged name after the common noun that describes it: "the British maritime agency UKMTO".

    The name is the run of proper nouns the token ends; the describing noun
    right before it gives the kind (an organisation or media word, or a noun
    for a person) and the words before that the country.
    """
    if not _unplaced_name(token) or token.lower_ in title_words():
        return None
    doc = token.doc
    start = token.i
    while start > 0 and _unplaced_name(doc[start - 1]) and doc[start - 1].head.i == token.i:
        start -= 1
    if start == 0:
        return None
    noun = doc[start - 1]
    if noun.pos_ != "NOUN" or noun.head.i != token.i or not noun.is_lower:
        return None
    trade = noun.lower_ in word_classes().company_introducers and not is_person_noun(noun)
    if _body_word(noun) or trade:
        kind = ActorKind.ORGANIZATION  # "the maritime agency UKMTO", "Portugal's grid operator REN"
    elif is_person_noun(noun) or noun.lower_ in title_words():
        kind = ActorKind.PERSON
    else:
        return None
    left = token.left_edge.i
    country = country_from_adjective_phrase(doc[left : start - 1].text) if left < start - 1 else None
    name = doc[start : token.i + 1]
    return Actor(name=_norm(name.text), kind=kind, country=country), name, 0.75


def _titled_name(token: Token) -> tuple[Actor, Span, float] | None:
    """An untagged name that a title phrase describes: "Egypt's Minister of Foreign Affairs *Badr Abdelatty*".

    The name is the token and the untagged proper nouns compounded to its
    left; a title word is the name's modifier (or the head it stands in
    apposition to) and stays out of it, with its "of" phrase. The person's
    country is the title's owner ("Egypt's") or its adjective ("Jordanian").
    A name ending in a word for a body or a place is none ("Minister of
    Health Office"). A hyphenated surname stays whole ("Kwabena
    Ofori-Asante"), and a title whose phrase closes at the comma before the
    name describes it wherever the parse hung the name ("talks with the
    Minister of Foreign Affairs, Kwabena Ofori-Asante,").
    """
    if not _unplaced_name(token) or token.lower_ in title_words():
        return None
    doc = token.doc
    classes = word_classes()
    run = [token]
    particles = classes.name_particles
    for child in reversed([c for c in token.lefts if c.dep_ in {"compound", "flat", "nmod"}]):
        hyphen = child.i == run[0].i - 2 and is_name_hyphen(doc[child.i + 1]) and doc[child.i + 1].head.i == token.i
        if child.i != run[0].i - 1 and not hyphen:
            break
        if not (child.lower_ in particles or (_unplaced_name(child) and not is_title(child.text))):
            break
        run[:0] = [child, doc[child.i + 1]] if hyphen else [child]  # "Marijn *de* Groot", "Kwabena Ofori-Asante"
    while run[0].lower_ in particles and len(run) > 1:
        run = run[1:]
    while len(run) > 2 and run[0].i > 0 and is_title(f"{doc[run[0].i - 1].text} {run[0].text}"):
        run = run[1:]  # "Chief *Executive* Marte Lindqvist": the last word of a title of two words
    if run[0].i > 0 and is_title(f"{doc[run[0].i - 1].text} {doc[run[0].i : token.i + 1].text}"):
        return None  # "the Municipal Chief *Executive*": the title's own last word, no name
    before = doc[run[0].i - 1] if run[0].i > 0 else None
    if before is not None and _unplaced_name(before) and is_first_name(before.text) and before.head.i < before.i:
        run.insert(0, before)  # "Minister of Foreign Trade *Ulises* Quenta": a first name parsed into the title
    if token.dep_ == "appos" and is_title(token.head.text) and token.head.i < token.i:
        title: Token | None = token.head
    elif token.dep_ == "appos" and (closing := _title_closing_before(run[0])) is not None:
        title = closing  # "talks with the Minister of Foreign Affairs, Kwabena Ofori-Asante": the parse hung it higher
    else:
        title = next(
            (c for c in token.lefts if c.dep_ in {"nmod", "compound"} and c.i < run[0].i and is_title(c.text)), None
        )
    last = run[-1].lower_
    if title is None or last in classes.organisation_words or is_admin_word(last) or is_place_noun(run[-1]):
        return None
    owner = next((c for c in title.lefts if c.dep_ == "poss"), None)
    left = title.left_edge.i
    country = country_code(_norm(owner.text)) if owner is not None else None
    if country is None and left < title.i:
        country = country_from_adjective_phrase(doc[left : title.i].text)
    if country is None:
        country = _office_country(title)  # "the President of Chile, Ana Ruiz,"
    titled = doc[title.i : run[0].i] if title.i < run[0].i else doc[title.i : title.i + 1]
    name = doc[run[0].i : token.i + 1]
    words = _norm(titled.text).rstrip(",").strip()
    return Actor(name=_norm(name.text), kind=ActorKind.PERSON, country=country, title=words or None), name, 0.75


def _office_country(title: Token) -> str | None:
    """The country a national office's "of" names, for the name in apposition to it, or None.

    "the President of Chile, Ana Ruiz," is of Chile. Only an office of a whole
    country counts (``national_offices``: "the Governor of Georgia, X" holds a
    state's office), only one held now ("the former President of Chile, X":
    ``past_office_words``), and only a country that is no other country's
    state or province ("Georgia").
    """
    doc = title.doc
    classes = word_classes()
    start = title.left_edge.i
    before = {t.lower_ for t in doc[max(0, start - 2) : start]}
    words = [t.lower_ for t in doc[start : title.i + 1] if not t.is_punct and t.lower_ not in classes.determiners]
    if before & classes.past_office_words or " ".join(words) not in classes.national_offices:
        return None
    for prep in (c for c in title.rights if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            name = _norm(doc[obj.left_edge.i : obj.i + 1].text)
            code = country_code(name)
            if code is not None and not names_subdivision_elsewhere(name, code):
                return code
    return None


#: Words that join a title to the country it serves: "Ambassador *to* Barbados", "President *of* Chile".
_TITLE_JOINERS = frozenset({"of", "to", "for"})
#: The most words of a person's name after a title ("Jahangir Alam Chowdhury", "P. Ravinder Reddy").
_NAME_AFTER_TITLE_WORDS = 4
#: Entity labels no word of a person's name carries.
_NO_NAME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "NORP"})


def _describes_person(head: Token) -> bool:
    """An apposition that can describe a person: a person noun or title, or any word but a common noun of a thing.

    "Cui Heng, an assistant research *fellow*", "Ana Ruiz, *head* of ...";
    not "Reddy, a *team* of experts had ..." (the parse's apposition of a
    clause's subject).
    """
    return head.pos_ != "NOUN" or is_person_word(head) or is_person_noun(head)


def _name_after_title(token: Token) -> tuple[Span, Span] | None:
    """The name a title headed by ``token`` runs on into, and the whole title phrase before it.

    The parse may make the title the head and hang the name on it as an
    object or apposition: "Inspector General of Police *Sundarraj P*
    said", "Deputy Superintendent of Police (Patancheru) *P. Ravinder
    Reddy*", "Lt Gen (retd) *Jahangir Alam Chowdhury*", "Finance chief *Per
    Aasen*". The title phrase is, after its head: the rest of a title of
    several words (``titles.en.txt``: "general *of police*"), a country it
    serves ("Ambassador *to Barbados*"), a place or a bracketed unit
    ("(Bastar Range)", "(retd)") and further titles ("Punjab *Dr*"); the
    name is the one to four capitalised name words that follow, ending its
    phrase (not "... Reddy's office").
    """
    doc = token.doc
    tokens: list[Token] = doc_value(doc, "tokens", list)  # once per Doc: a Token per word costs
    if not (is_title(token.text) or is_bare_abbreviated_title(token.text) or _in_listed_title(tokens, token.i)):
        return None
    start = token.left_edge.i if token.left_edge.i < token.i else token.i
    while start < token.i and (doc[start].lower_ in word_classes().determiners or doc[start].is_punct):
        start += 1
    end = token.i + 1
    for first in range(max(start, token.i - 4), token.i + 1):
        size = title_size(tokens, first, len(doc))
        end = max(end, first + size)  # "Inspector *General of Police*": a title of several words run on
    while end < len(doc):
        tok = doc[end]
        if unit := bracketed_unit(tokens, end):
            end = unit  # "(Bastar Range)", "(retd)"
        elif tok.lower_ in _TITLE_JOINERS and (served := _served_place(doc, end + 1)):
            if tok.lower_ == "to" and served < len(doc) and is_title(doc[served].text):
                return None  # "an adviser to US President Donald Trump": the name is the second title's
            end = served  # "Ambassador to Barbados"
        elif tok.lower_ in _PORTFOLIO_JOINERS and (named := _portfolio_name_start(doc, end + 1, len(doc))):
            end = named  # "Commissioner for Preparedness and Crisis Management | Lukas Brandt"
        elif tok.ent_type_ in {"GPE", "LOC"} and tok.ent_iob_ == "B" and not is_first_name(tok.text):
            end = (entity_of(tok) or doc[end : end + 1]).end  # "Inspector General of Police Punjab"
        elif tok.text[:1].isupper() and (is_title(tok.text) or is_bare_abbreviated_title(tok.text)):
            end += 1  # "Lt Gen", "Punjab Dr"
        else:
            break
    name_end = end
    while name_end < len(doc) and name_end - end < _NAME_AFTER_TITLE_WORDS:
        tok = doc[name_end]
        if _name_word_after_title(tok):
            name_end += 1
        elif name_end > end and is_name_hyphen(tok) and name_end + 1 < len(doc):
            name_end += 1  # "Morris-Ellis"
        else:
            break
    if name_end == end or is_name_hyphen(doc[name_end - 1]):
        return None
    if name_end < len(doc) and (doc[name_end].tag_ == "POS" or doc[name_end].pos_ == "PROPN"):
        return None  # "... Reddy's office", or a longer run of names than a person's
    name = doc[end:name_end]
    persons = [t for t in name if t.ent_type_ == "PERSON"]
    if len(name) < 2 and not persons:
        return None  # one capitalised word alone may be anything ("General Motors")
    return name, doc[start:end]


def _misparsed_name_start(head: Token, child: Token) -> bool:
    """A person's name right after its title whose first word the parse read as the function word it spells.

    "junta leader *Than* Swe said": the recogniser tags "Than Swe" a person,
    the parse hangs "Than" on the title as a preposition. A capitalised
    word inside the sentence that opens a person entity is the name's.
    """
    return (
        child.i == head.i + 1
        and child.ent_iob_ == "B"
        and child.ent_type_ == "PERSON"
        and child.pos_ in _FUNCTION_POS
        and child.text[:1].isupper()
        and not child.is_sent_start
    )


def _title_body(title: Span) -> str | None:
    """The organisation entity opening a title's phrase ("*FBI* Special Agent in Charge"), if any."""
    first = title[0] if len(title) else None
    if first is None or first.ent_type_ != "ORG" or first.ent_iob_ != "B":
        return None
    body = entity_of(first)
    return _norm(body.text) if body is not None and body.end <= title.end else None


def _in_listed_title(tokens: list[Token], i: int) -> bool:
    """Whether a title listed whole (``titles.en.txt``) spans word ``i``: "Special *Agent* in Charge"."""
    for first in range(max(0, i - _LISTED_TITLE_REACH), i + 1):
        if tokens[first].text[:1].isupper() and first + title_size(tokens, first, len(tokens)) > i:
            return True
    return False


#: How far before a word a listed title that spans it may open ("*Assistant* Special Agent in Charge").
_LISTED_TITLE_REACH = 4


#: Words that open an office's portfolio after its title: "Minister *for* Trade and Industry", "Minister *of* Health".
_PORTFOLIO_JOINERS = frozenset({"of", "for"})
#: The most words of a portfolio between its joiner and the holder's name ("Political and Security Affairs").
_PORTFOLIO_MAX_WORDS = 6


def _portfolio_name_start(doc: Doc, start: int, end: int) -> int:
    """Where the holder's name begins after a title's portfolio opening at ``start``, else 0.

    "Commissioner for *Preparedness and Crisis Management* Lukas Brandt":
    the portfolio is capitalised words joined by "and", "&" or commas; the
    name is its last run of two to four name words (:func:`_name_word_after_title`),
    opening with a known first name that is no first word of the portfolio
    and ending the phrase before ``end``; or the title after the portfolio
    ("Secretary-General of ASEAN *Dr.* Kao Sovann"), which the name follows.
    """
    stop = start
    limit = min(end, start + _PORTFOLIO_MAX_WORDS + _NAME_AFTER_TITLE_WORDS)
    while stop < limit and (
        (doc[stop].text[:1].isupper() and doc[stop].is_alpha) or (stop > start and doc[stop].lower_ in {"and", "&"})
    ):
        if stop > start and doc[stop].text[:1].isupper() and is_title(doc[stop].text):
            return stop  # "Secretary-General of ASEAN | Dr. Kao Sovann": a title after the portfolio opens the name
        stop += 1
    if stop > start and stop < limit and doc[stop].text[:1].isupper() and is_title(doc[stop].text):
        return stop
    if stop < len(doc) and (doc[stop].tag_ == "POS" or doc[stop].pos_ == "PROPN"):
        return 0  # "... Brandt's office"
    for first in range(max(start + 1, stop - _NAME_AFTER_TITLE_WORDS), stop - 1):
        words = doc[first:stop]
        if doc[first - 1].lower_ in {"and", "&"} or not is_first_name(doc[first].text):
            continue
        if all(_name_word_after_title(t) or is_first_name(t.text) for t in words):
            return first
    return 0


def _portfolio_holder(ent: Span) -> Span | None:
    """The holder's name closing an entity that opens a title's portfolio: "Commissioner for | *Crisis ... Brandt*".

    The recogniser runs the portfolio after "for" or "of" and the name
    after it into one entity (:func:`_portfolio_name_start`).
    """
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ not in _PORTFOLIO_JOINERS or not is_title(doc[ent.start - 2].text):
        return None
    first = _portfolio_name_start(doc, ent.start, ent.end)
    if not first or first >= ent.end or not all(_name_word_after_title(t) for t in doc[first + 1 : ent.end]):
        return None
    return doc[first : ent.end]


def _name_word_after_title(tok: Token) -> bool:
    """A capitalised word of a person's name after a title: a proper noun, an initial, or a known first name.

    A first name may be tagged as a word it spells ("Finance chief *Per*
    Aasen": a preposition); no organisation, title or division word.
    """
    if not tok.text[:1].isupper() or tok.ent_type_ in _NO_NAME_LABELS or tok.is_sent_start:
        return False
    classes = word_classes()
    if tok.lower_ in classes.organisation_words | classes.media_words or is_title(tok.text):
        return False
    if is_admin_word(tok.lower_) or is_place_noun(tok):
        return False
    initial = len(tok.text.rstrip(".")) == 1 and tok.text[0].isalpha()
    return tok.pos_ == "PROPN" or initial or (is_first_name(tok.text) and tok.is_alpha)


def _after_served_place(ent: Span) -> Span:
    """A person entity without the place a title before it serves: "Ambassador to | *Barbados* Xu Lanying".

    The recogniser runs the country into the name; a title and "to", "of"
    or "for" before the entity show the country to be the title's.
    """
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ not in _TITLE_JOINERS or not is_title(doc[ent.start - 2].text):
        return ent
    served = _served_place(doc, ent.start)
    return doc[served : ent.end] if ent.start < served and ent.end - served >= 2 else ent


def _served_place(doc: Doc, start: int) -> int:
    """The index after a country or place right at ``start`` that a title serves, leaving a word after it, else 0.

    "Ambassador to *Barbados* Xu Lanying": the longest run of up to four
    capitalised words (after "the") that is a country or a known place.
    """
    if start < len(doc) and doc[start].lower_ == "the":
        start += 1
    for size in range(4, 0, -1):
        words = doc[start : start + size]
        if len(words) < size or start + size >= len(doc) or not all(t.text[:1].isupper() for t in words):
            continue
        text = _norm(words.text)
        if country_code(text) is not None or resolve_place(text) is not None:
            return start + size
    return 0


def _title_closing_before(first: Token) -> Token | None:
    """The title whose phrase ends at the comma before a name: "the Minister of Foreign Affairs, *Name*".

    The title is sought among the eight words before the comma, the length
    of a long title phrase ("Minister of State for Foreign Affairs").
    """
    doc = first.doc
    if first.i < 2 or doc[first.i - 1].text != ",":
        return None
    end = first.i - 2
    for tok in reversed(doc[max(0, end - 8) : end + 1]):
        if is_title(tok.text) and tok.right_edge.i == end:
            return tok
    return None


def _capitalised_only(token: Token, text: str) -> bool:
    """A capitalised first word of its sentence that the text never writes in lower case."""
    if not token.is_sent_start or not token.text[:1].isupper() or not token.is_alpha:
        return False
    return re.search(rf"\b{re.escape(token.lower_)}\b", text) is None


def _person_named(ent: Span) -> bool:
    """An entity that reads as a person's name: a known first name and one or two capitalised words.

    The words are plain name words (:func:`_plain_name_words`): "Sophie
    Marchand", not "Sophie Marchand Foundation" nor "Washington Post". Titles
    before the name stay out ("Imam Yusuf Bello" tagged an organisation), and
    so does an honorific ("Ms Agnes Lyimo"). After an honorific or a title
    abbreviated with its full stop ("Engr. Seyi Makinde", "Hon. Ama Boateng")
    the name words alone make a person, whatever the first name (a full
    title word may open a company's name: "General Motors Korea").
    """
    titled = leading_titles(list(ent))
    marked = any(t.text.endswith(".") for t in ent[:titled])  # "Engr.", "Hon.": abbreviated titles of people
    ent = ent[titled:]
    ent, gender = after_honorifics(ent)
    marked = marked or gender is not None
    if not 2 <= len(ent) <= 3 or (not marked and first_name_gender(ent.text) is None):
        return False
    # not "Washington Post"; after a title a first name that is also a town's opens the name ("Fire Marshal Stuart X")
    return _plain_name_words(ent) and (bool(titled) or resolve_place(ent[0].text) is None)


def _person_closing_body(ent: Span) -> Span | None:
    """A person's name closing an organisation entity: "the Ministry of Finance *Daniel Mwakasege*".

    Wire copy names an official after her body without a comma; the
    recogniser runs both into one organisation. The name is the entity's
    last two or three plain name words, opening with a known first name
    (:func:`_person_named`); the words before it hold an organisation word
    ("ministry", "bank") and end with a capitalised word, not a joiner ("of",
    "and", "&"). The body is a person's affiliation only where a title or a
    noun for a person comes before it ("Principal Secretary at the Ministry
    of Finance X") or the name's last word stands alone elsewhere in the
    text ("... Mwakasege said"): "Bank of America Merrill Lynch" stays a bank.
    """
    doc = ent.doc
    classes = word_classes()
    for first in range(max(ent.start + 2, ent.end - 3), ent.end - 1):
        body = doc[ent.start : first]
        if not (body[-1].is_alpha and body[-1].text[:1].isupper()) or body[-1].lower_ in _BODY_NAME_JOINERS:
            continue
        if not any(t.lower_ in classes.organisation_words for t in body):
            continue
        name = doc[first : ent.end]
        if not is_first_name(name[0].text) or not _person_named(name):
            continue
        if _titled_before(doc, ent.start) or _stands_alone_elsewhere(name[-1], ent):
            return name
    return None


#: Small words inside a body's name after which its name goes on ("Ministry *of* ...", "Johnson *&* ...").
_BODY_NAME_JOINERS = frozenset({"of", "for", "and", "&", "the", "de", "in"})


def _titled_before(doc: Doc, start: int) -> bool:
    """A title or a noun for a person before ``start``, past up to two prepositions or articles ("Secretary in the")."""
    i = start - 1
    while i >= 0 and start - i <= 3 and doc[i].pos_ in {"ADP", "DET"}:
        i -= 1
    return i >= 0 and i < start and doc[i].text[:1].isupper() and is_person_word(doc[i])


def _stands_alone_elsewhere(word: Token, ent: Span) -> bool:
    """``word`` written elsewhere in the text as a capitalised word outside any entity of several words."""
    for other in word.doc:
        if other.i in range(ent.start, ent.end) or other.text != word.text:
            continue
        outer = entity_of(other)
        if outer is None or len(outer) == 1:
            return True
    return False


def _person_before_of(ent: Span) -> Span | None:
    """A person's name that opens an entity before "of": "*Sophie Marchand* of Doctors (of the World)"."""
    of = next((t for t in ent if t.lower_ == "of"), None)
    if of is None or of.i == ent.start:
        return None
    name = ent.doc[ent.start : of.i]
    return name if _person_named(name) else None


def _plain_name_words(ent: Span) -> bool:
    """Capitalised proper nouns with no organisation, media, title or division word ("Kandahar Province").

    A place-feature word may be a surname ("Eujin Park", "Ann Hall"), so it does not count here.
    """
    classes = word_classes()
    words = classes.organisation_words | classes.media_words
    return all(
        t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.is_upper
        and t.lower_ not in words and not is_title(t.text) and not is_admin_word(t.lower_)
        for t in ent
    )  # fmt: skip


def _joined_names(persons: list[Span]) -> list[Span]:
    """A person entity and a one-word person entity right after it that the parse makes one phrase: one name.

    "President Samia Suluhu Hassan" tagged "Samia Suluhu" and "Hassan": the
    first modifies the surname (a compound) with nothing between them. A
    full name after another entity stays apart ("Sign Up Now Ana Ruiz":
    page junk before a name).
    """
    out: list[Span] = []
    for ent in sorted(persons, key=lambda e: e.start):
        prev = out[-1] if out else None
        if prev is not None and len(ent) == 1 and prev.end == ent.start and prev.root.head.i == ent.start:
            out[-1] = ent.doc[prev.start : ent.end]
        else:
            out.append(ent)
    return out


def _joined_places(ent: Span) -> Span:
    """An organisation entity with the place joined to its first word by "and": "*Avon and* Somerset Police".

    The recogniser cuts a body named for two places at the "and"; the parse
    hangs the first place, a proper noun, on a word of the entity with the
    second as its conjunct.
    """
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ != "and":
        return ent
    first = doc[ent.start - 2]
    joined = first.pos_ == "PROPN" and first.text[:1].isupper() and ent.start <= first.head.i < ent.end
    if not joined or not any(c.dep_ == "conj" and c.i == ent.start for c in first.children):
        return ent
    return doc[first.i : ent.end]


def _title_word(ent: Span) -> bool:
    """The entity and the word after it make a title of ``titles.en.txt`` ("Health | Minister")."""
    doc = ent.doc
    return ent.end < len(doc) and f"{ent.text.lower()} {doc[ent.end].lower_}" in title_words()


def _through_place_of(ent: Span) -> Span:
    """An organisation entity cut before the place its "of" names: "Office for the Southern District of | New York"."""
    doc = ent.doc
    if ent[-1].lower_ != "of" or ent.end >= len(doc) or doc[ent.end].ent_iob_ != "B":
        return ent
    if doc[ent.end].ent_type_ not in {"GPE", "LOC"}:
        return ent
    place = entity_of(doc[ent.end])
    return doc[ent.start : place.end if place is not None else ent.end + 1]


def _titled_owner(ent: Span) -> Span:
    """An office entity with the title whose office it is: "the U.S. Attorney's | Office for ..."."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].tag_ != "POS":
        return ent
    owner = doc[ent.start - 2]
    if owner.pos_ != "PROPN" or owner.ent_iob_ != "O" or not (owner.lower_ in title_words() or is_person_noun(owner)):
        return ent
    start = owner.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == owner.i:
        start -= 1  # "U.S. Attorney's Office", "District Attorney's Office"
    return doc[start : ent.end]


def _through_hyphen(ent: Span) -> Span:
    """A person entity cut at a hyphen inside a word, run on to the word's end ("Kang Min | -jae")."""
    doc, end = ent.doc, ent.end
    while end + 1 < len(doc) and _glued_hyphen(doc[end]) and doc[end + 1].is_alpha:
        end += 2
    return doc[ent.start : end] if end != ent.end else ent


def _through_surname(ent: Span) -> Span:
    """A person entity run on to the capitalised word its name hangs from ("Valeria Sosa | Montenegro").

    A second surname that is also a place ("Montenegro") is left out by the
    recogniser; the parse still makes the name's words its compounds. Not an
    organisation, title or place-feature word ("Ana Ruiz Foundation").
    """
    doc = ent.doc
    if ent.end >= len(doc) or ent.root.dep_ != "compound" or ent.root.head.i != ent.end:
        return ent
    after = doc[ent.end]
    if after.pos_ != "PROPN" or not after.is_title or not after.is_alpha or after.ent_iob_ == "I":
        return ent
    if after.ent_iob_ == "B" and ent.end + 1 < len(doc) and doc[ent.end + 1].ent_iob_ == "I":
        return ent  # the word opens a longer name of its own
    classes = word_classes()
    if after.lower_ in classes.organisation_words | classes.media_words or is_title(after.text):
        return ent
    if is_place_feature(after.text):
        return ent  # "Ana Ruiz Street", "Lincoln Memorial Park"
    return doc[ent.start : ent.end + 1]


def _through_particle(ent: Span) -> Span:
    """A person entity cut at a surname particle, run on to the capitalised words after it.

    "Ursula von der | *Leyen*" (the entity ends with the particle), "Elia |
    *dos Reis Amaral*" (the particles, written in lower case, and the
    name's last words are left out or tagged apart): up to two particles,
    then up to three capitalised proper nouns, no title or body word.
    """
    doc = ent.doc
    particles = word_classes().name_particles
    end = ent.end
    if ent[-1].lower_ not in particles:
        while end < len(doc) and end - ent.end < 2 and doc[end].text in particles:
            end += 1  # "dos", "van der", "bin": written in lower case inside a name
        if end == ent.end:
            return ent
    start = end
    while end < len(doc) and end - start < 3 and _surname_word(doc[end]):
        end += 1
    if end == start or (end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()):
        return ent  # no capitalised word after the particle, or a longer run than a name's
    return doc[ent.start : end]


def _surname_word(token: Token) -> bool:
    """A capitalised proper noun that may close a person's name: no title, organisation or media word."""
    if not (token.is_alpha and token.text[:1].isupper() and token.pos_ == "PROPN") or is_title(token.text):
        return False
    classes = word_classes()
    return token.lower_ not in classes.organisation_words | classes.media_words


def _with_given_name(ent: Span) -> Span:
    """A person entity with the capitalised word before it when that word is an untagged part of the name.

    "Kenya director, *Irungu* Houghton,": a proper noun hung as a compound
    of the name, in no entity, neither a title, a person noun ("Attorney"),
    a place (unless a person noun comes before it: "councillor *Amara*
    Nwosu") nor a word the organisation lexicon knows, opening a name of at
    most three words (at a sentence's start, only a known first name).
    """
    if ent.start == 0 or len(ent) > 2:
        return ent
    before = ent.doc[ent.start - 1]
    if _misread_first_name(before):
        return ent.doc[ent.start - 1 : ent.end]  # "Finance chief *Per* Aasen": a first name tagged a preposition
    if (
        before.ent_iob_ != "O"
        or before.pos_ != "PROPN"
        or before.dep_ != "compound"
        or before.head.i not in range(ent.start, ent.end)
    ):
        return ent
    if not (before.is_alpha and before.text[:1].isupper() and not before.is_upper) or is_title(before.text):
        return ent
    if _in_listed_title(doc_value(ent.doc, "tokens", list), before.i):
        return ent  # "Special *Agent* Tom Barker": the last word of a title listed whole
    classes = word_classes()
    # after a person noun a town's name is a given name too ("councillor *Amara* Nwosu")
    role = before.i > 0 and before.nbor(-1).tag_ == "NN" and before.nbor(-1).lower_ in person_nouns()
    if before.lower_ in classes.organisation_words | classes.media_words:
        return ent
    # a word of the first-name lists opens the name whatever town it names ("Justice *Marina* Coutinho Lemos")
    given = first_name_gender(f"{before.text} {ent[0].text}") is not None
    if not role and not given and resolve_place(before.text) is not None:
        return ent
    if before.lower_ in person_nouns() or country_from_adjective_phrase(before.text) is not None:
        return ent  # "Attorney Brad Holm", "Rival Hillary Clinton", "Texan Ana Ruiz": a role or a people
    if before.is_sent_start and not given:
        return ent  # a sentence's first word is capitalised anyway
    if _portfolio_word(before):
        return ent  # "Cabinet Secretary for *Health* Wafula Chebet": the office's, not a given name
    return ent.doc[ent.start - 1 : ent.end]


#: Parts of speech of function words that a first name may spell ("*Per* Aasen", "*Will* Oduya").
_FUNCTION_POS = frozenset({"ADP", "AUX", "SCONJ", "CCONJ", "PART", "ADV", "DET"})


def _misread_first_name(token: Token) -> bool:
    """A known first name inside a sentence that the tagger read as the function word it spells.

    Capitalised where the function word never is ("Finance chief *Per*
    Aasen said"), in no entity, before a person's name.
    """
    return (
        token.pos_ in _FUNCTION_POS
        and not token.is_sent_start
        and token.ent_iob_ == "O"
        and token.is_title
        and token.is_alpha
        and is_first_name(token.text)
        and token.i > 0
        and not token.nbor(-1).is_punct
    )


def _portfolio_word(token: Token) -> bool:
    """A capitalised word of an office's portfolio: after "of" or "for" after a title ("Minister of *Health*").

    Not a known first name ("Superintendent of Police Shri *Prakash* Chandra Mohanty").
    """
    if is_first_name(token.text):
        return False
    doc = token.doc
    i = token.i
    while (
        i > 0
        and (
            (doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper())
            # "Minister of Foreign Affairs *and* International Cooperation": a portfolio of several offices
            or (doc[i - 1].lower_ in {"and", "&"} and i > 1 and doc[i - 2].text[:1].isupper())
        )
    ):
        if honorific_gender(doc[i - 1].lower_) is not None or doc[i - 1].lower_ in word_classes().name_prefixes:
            return False  # "of Police Shri *Prakash* Chandra Mohanty": a name after an honorific
        i -= 1  # "Minister of *Foreign* Affairs"
    prep = doc[i - 1] if i > 0 else None
    if prep is None or prep.lower_ not in _PORTFOLIO_PREPS or prep.head.i >= prep.i:
        return False
    # "Special Agent *in* Charge": the words of a title listed whole
    tokens: list[Token] = doc_value(doc, "tokens", list)
    return is_title(prep.head.text) or _in_listed_title(tokens, token.i)


#: Prepositions that open an office's portfolio or charge after its title ("Minister *of*", "Agent *in* Charge").
_PORTFOLIO_PREPS = frozenset({"of", "for", "in"})


def _given_name_before(ent: Span, person_words: set[str]) -> Span | None:
    """A one-word entity that is the given name of the capitalised word after it, a person's name elsewhere.

    "Novak Djokovic beat ..." with "Novak" tagged an organisation and
    "Djokovic" outside any entity, while the article tags "Djokovic" a person
    later: the two words name that person.
    """
    doc = ent.doc
    if len(ent) != 1 or ent.end >= len(doc) or not ent[0].is_title or ent[0].dep_ != "compound":
        return None
    if ent[0].tag_ != "NNP" or country_from_adjective_phrase(ent.text) is not None:
        return None  # "Republicans Jolly", "Democrat Smith": a party before a surname
    after = doc[ent.end]
    if after.i != ent[0].head.i or after.ent_iob_ == "B" or after.pos_ != "PROPN" or after.text not in person_words:
        return None
    if is_title(ent.text) or resolve_place(ent.text) is not None:
        return None
    return doc[ent.start : ent.end + 1]


def _misread_given_name(ent: Span) -> Span | None:
    """A known given name the recogniser took for a place or a people, with the surname after it.

    "Natalia Ferraz, a ministry spokesperson, told ..." read as a place
    ("Natalia") and a nationality ("Ferraz"): a word of the first-name lists
    that names no known place, then a capitalised proper noun written on
    its own (no entity, or one word of another label), is a person's name.
    """
    doc = ent.doc
    if ent.label_ in {"PERSON", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY"}:
        return None
    if len(ent) != 1 or ent.end >= len(doc):
        return None
    surname = doc[ent.end]
    if surname.pos_ != "PROPN" or not surname.is_title or not surname.is_alpha or is_title(surname.text):
        return None
    if first_name_gender(f"{ent.text} {surname.text}") is None or is_title(ent.text):
        return None
    if resolve_place(ent.text) is not None or country_code(ent.text) is not None:
        return None
    end = _through_hyphen(doc[surname.i : surname.i + 1]).end  # a hyphenated surname ("Mensah-Boateng")
    if surname.ent_iob_ == "B" and end < len(doc) and doc[end].ent_iob_ == "I":
        return None  # the word opens a longer name of its own
    if surname.ent_iob_ == "I":
        return None
    return doc[ent.start : end]


def _role_named(ent: Span) -> bool:
    """Two or three plain name words right after a person noun: "team boss *Unai Emery*", "analyst *Jo Pak*".

    The person noun (``person_nouns.en.txt``, not a company word: "drugmaker
    Novartis" stays a company) names the role of the one the words name, so
    a first word that is also a town's name does not matter here.
    """
    if not 2 <= len(ent) <= 3 or ent.start == 0:
        return False
    role = ent.doc[ent.start - 1]
    if role.tag_ != "NN" or role.lower_ not in person_nouns() or role.lower_ in word_classes().company_words:
        return False
    return _plain_name_words(ent)


def _capitalised_modifier(ent: Span) -> bool:
    """A one-word "person" opening its sentence as the modifier of a common noun: "*Riot* police", "*Border* guards".

    The capital is the sentence's, not a name's: no known first name, and
    the word is named nowhere else in the document ("Trump supporters" with
    Trump named elsewhere stays a name).
    """
    if len(ent) != 1 or not ent[0].is_sent_start or ent.root.dep_ != "compound":
        return False
    head = ent.root.head
    if head.pos_ != "NOUN" or not head.text.islower() or first_name_gender(ent.text) is not None:
        return False
    return all(e.start == ent.start or ent.text not in e.text for e in doc_ents(ent.doc))


def _organisation_heads(doc: Doc, companies: list[Span] | None = None) -> set[str]:
    """First words of the document's organisation names that, alone, name no person ("Harwell" of "Harwell Foods").

    The word is a proper noun opening an organisation entity of two words or
    more (or one of ``companies``, person entities that are companies); no
    other person entity of two words or more holds it ("Ford" stays a
    person beside "Henry Ford"), it is no known first name or place, and no title or
    honorific stands before it anywhere ("President Hale" is a person
    whatever "the Hale Group" is).
    """
    ents = doc_ents(doc)
    companies = companies or []
    bodies = [e for e in ents if e.label_ == "ORG"] + companies
    heads = {e[0].text for e in bodies if len(e) >= 2 and e[0].pos_ == "PROPN"}
    if not heads:
        return set()
    named = {(e.start, e.end) for e in companies}
    people = {t.text for e in ents if e.label_ == "PERSON" and len(e) >= 2 and (e.start, e.end) not in named for t in e}
    titled = {
        doc[i].text
        for i in token_positions(token_mask(doc, "ORTH", heads))
        if i > 0 and (doc[i - 1].lower_ in title_words() or honorific_gender(doc[i - 1].lower_) is not None)
    }
    # a place opening a body's name ("Uganda Virus Research Institute") is still the place alone
    return {h for h in heads - people - titled if first_name_gender(h) is None and resolve_place(h) is None}


def _company_named(ent: Span) -> bool:
    """A "person" that is a company: no known first name, and a company word before it or a company's last word.

    "drugmaker *Novartis*", "ferry operator *Havenlink*" (``company_words``,
    ``company_introducers``); "*Kallisto Maritime*", "*Poseidon Tankers*",
    "*Stratus Cloud*" (``company_name_words``: the name ends as companies'
    names do). Never a name after a title or honorific ("Pastor Nnamdi
    Church", "union leader Sipho Banks"), nor one the next sentence
    takes up with "he" or "she": a man or woman of an unlisted first name.
    """
    if first_name_gender(ent.text) is not None:
        return False
    classes = word_classes()
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if before in classes.company_words or before in classes.company_introducers:
        return True
    if _person_marked(ent, before):
        return False
    if len(ent) >= 2 and ent[-1].lower_ in classes.company_name_words and ent[-1].is_title:
        return True
    return _its_subject(ent)


def _named_for_town(ent: Span, town: str | None) -> bool:
    """A "person" of two words opening with the town of the article's dateline: a business of the town.

    "*Millhaven* Toyota donated $5,000, the dealership's manager said" in an
    article filed from "MILLHAVEN, Miss.": a local dealer, not a person. A
    town's name is a given name too ("Dallas", "Madison"), so a business word
    (``company_words``, ``business_words``) must stand in the sentence, and a
    known first name opening the name, a title or honorific before it, or
    "he", "she", "his" or "her" in its sentence or the next keeps the person.
    """
    if town is None or len(ent) != 2 or ent[0].lower_ != town or is_first_name(ent[0].text):
        return False
    classes = word_classes()
    sentence = ent.sent
    if not any(t.lower_ in classes.company_words or t.lower_ in classes.business_words for t in sentence):
        return False
    if any(_gendered_pronoun(t.lower_) for t in sentence):
        return False
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return not _person_marked(ent, before)


def _gendered_pronoun(word: str) -> bool:
    """A personal pronoun of a man or a woman (``pronoun_genders``: "he", "her" ...) or its reflexive ("himself")."""
    return pronoun_gender(word) is not None or (word.endswith("self") and pronoun_gender(word[:-4]) is not None)


def _person_marked(ent: Span, before: str) -> bool:
    """A title or honorific stands before the name, or the next sentence calls it "he".

    Not any person noun: "auto supplier Halvorsen Automotive" and "cloud
    provider Stratus Cloud" name companies. Not "she" either, which a ship
    takes ("Kallisto Maritime said the tanker had been refloated. She was
    carrying crude ...").
    """
    if before in title_words() or honorific_gender(before) is not None:
        return True
    return _pronoun_follows(ent, "m")


def _its_subject(ent: Span) -> bool:
    """A subject its own clause takes up with "its": "Pellow Glass will close its works in Ashby".

    The first word after the verb that is a possessive or a noun is "its":
    no other thing came between for "its" to refer to.
    """
    root = ent.root
    if root.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = root.head
    for t in verb.doc[verb.i + 1 : min(len(verb.doc), verb.i + 6)]:
        if t.dep_ == "poss" or t.pos_ in {"NOUN", "PROPN", "PRON"}:
            return t.lower_ == "its" and t.head.head.i == verb.i
    return False


def _no_body(token: Token) -> bool:
    """A word naming no body "it" could be: "Impacts", "Debris" (even tagged a person); not "The company", "Meta"."""
    return token.ent_type_ not in {"ORG", "GPE", "NORP", "FAC"} and not is_body_word(token.lower_)


def _object_of_the_act_before(pronoun: Token) -> Token | None:
    """The unnamed people the verb before the verb of "them" took ("rescued *victims* and fed them"), one subject."""
    verb = pronoun.head
    if pronoun.dep_ not in {"dobj", "dative", "pobj"} or verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None  # "Villagers fled their homes and the Red Cross gave them food": another subject's "them"
    objects = [
        c
        for c in verb.head.children
        if c.dep_ in {"dobj", "obj"} and c.tag_ == "NNS" and c.ent_iob_ == "O" and is_person_noun(c)
    ]
    return objects[0] if len(objects) == 1 else None


def _pronoun_follows(run: Span, gender: str) -> bool:
    """The run is a clause subject and the next sentence's subject is "he"/"she" of ``gender``.

    The next sentence's first subject, or that of its main verb ('"We will
    keep building," she added': the quote's own subjects come first).
    """
    if run[-1].dep_ not in {"nsubj", "nsubjpass"}:
        return False
    sent = run[-1].sent
    if sent.end >= len(run.doc):
        return False
    after = run.doc[sent.end].sent
    first = next((t for t in after if t.dep_ in {"nsubj", "nsubjpass"}), None)
    main = next((t for t in after.root.children if t.dep_ in {"nsubj", "nsubjpass"}), None)
    return any(t is not None and pronoun_gender(t.lower_) == gender for t in (first, main))


#: The most words of a name the entity recogniser missed ("Ana Maria Okafor"); titles before it come on top.
_UNTAGGED_NAME_WORDS = 3
#: The most words of a run of capitalised proper nouns read for such a name, its titles included
#: ("Deputy Speaker Hon. Ana Maria Okafor").
_UNTAGGED_RUN_WORDS = 6


def _untagged_name_runs(titled: list[bool], outside: list[bool]) -> list[tuple[int, int]]:
    """Runs of two to six capitalised proper nouns outside any entity (token flags of :func:`_name_flags`)."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(titled):
        j = i
        while j < len(titled) and titled[j] and outside[j]:
            j += 1
        if 2 <= j - i <= _UNTAGGED_RUN_WORDS:
            runs.append((i, j))
        i = max(j, i + 1)
    return runs


def _standalone_names(doc: Doc, titled: list[bool]) -> set[str]:
    """Capitalised proper nouns that stand alone, between words that are no proper nouns ("... *Okafor* said")."""
    propn = token_mask(doc, "POS", {"PROPN"}).tolist()
    last = len(doc) - 1
    return {
        doc[k].lower_
        for k in range(len(doc))
        if titled[k] and (k == 0 or not propn[k - 1]) and (k == last or not propn[k + 1])
    }


def _glued_hyphen(token: Token) -> bool:
    """A hyphen inside a word ("president-elect"), with no space on either side."""
    return (
        (token.tag_ == "HYPH" or token.text == "-")
        and 0 < token.i < len(token.doc) - 1
        and not token.whitespace_
        and not token.nbor(-1).whitespace_
    )


def _joined(words: list[Token], *, common_lower: bool = False) -> str:
    """The words with one space between them, none around a hyphen inside a word nor before a clitic.

    Neighbours written together stay together: "the chief minister's relief
    fund" reads "chief minister's", not "minister 's".

    ``common_lower``: words the tagger calls common (not proper nouns, not
    inside an entity) in lower case, for a title-case headline.
    """
    out: list[str] = []
    for i, word in enumerate(words):
        previous = words[i - 1] if i else None
        glued = previous is not None and previous.i + 1 == word.i and not previous.whitespace_
        if previous is not None and not glued and not _glued_hyphen(word) and not _glued_hyphen(previous):
            out.append(" ")
        common = common_lower and word.pos_ != "PROPN" and not word.is_upper and not word.ent_type_
        if common and country_from_adjective_phrase(word.text) is not None:
            common = False  # "American Refugees": a nationality keeps its capital
        out.append(word.lower_ if common else word.text)
    return "".join(out)


def is_body_noun(token: Token) -> bool:
    """A noun that names a governing body with "of" and a place: a state, organisation or settlement word.

    "the government of Japan", "the city council of Austin", "the city of
    Phoenix" (not "the residents of X").
    """
    classes = word_classes()
    return token.lower_ in classes.state_words | classes.organisation_words or is_settlement_word(token)


def _of_organisation(title: Token) -> Span | None:
    """The organisation a title's "of" phrase names: "head of *the African Union* mission"."""
    for prep in (c for c in title.rights if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            first, last = obj.left_edge.i, obj.right_edge.i + 1
            orgs = [e for e in obj.doc.ents if e.label_ == "ORG" and first <= e.start < e.end <= last]
            if orgs:
                return orgs[0]
    return None
