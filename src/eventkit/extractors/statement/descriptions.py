"""Description speakers: "the senator said" resolved to the person the article introduced as a senator.

News names a person once, with a role ("party nominee Jane
Doe", "Jane Doe, the party's nominee", "the nominee, Jane Doe"), and then
refers back by the role alone: "the nominee said". A speaker that is a
definite description whose head is a role or title (``titles.en.txt`` and the
``roles`` of the cue lexicon) or a media word (``media``: "the newspaper")
resolves to the latest named actor introduced with the same head word before
it. The description stays an alias of the actor, so the statement is found
under either. Without such an introduction the description is left as it was.

An organisation word ("the relief group", "the company") that names nothing
itself refers back as "it" would: to the organisation last named as a
subject in the same or the previous two sentences of the body.

An epithet ("the Spaniard", "the 20-year-old American", "the Republican":
a nationality or party for a person; "the 37-year-old": an age) refers back as "he" or "she" would, to
the person the narration or the chain of speakers is about, whatever their
gender; a nationality the person is known not to have rules them out.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from eventkit.doccache import doc_sents
from eventkit.extractors.statement.antecedents import ANY_GENDER
from eventkit.extractors.statement.cues import cue_lexicon
from eventkit.extractors.statement.syntax import is_named
from eventkit.models import Actor, ActorKind
from eventkit.normalize.countries import country_from_adjective_phrase, is_country_name
from eventkit.normalize.mentions import is_title, kind_synonyms, person_nouns, same_role_prefixes, word_classes
from eventkit.normalize.places import resolve_place

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Token

    from eventkit.extractors.statement.antecedents import Antecedents
    from eventkit.extractors.statement.reader import Reader
    from eventkit.normalize.actors import ActorRecord

#: Determiners of a definite description ("the senator", "this newspaper").
_DEFINITE = frozenset({"the", "this", "that"})
#: How a role word attaches to the name it introduces: "nominee Jane Doe", "Doe, the nominee".
_INTRODUCING = frozenset({"compound", "appos", "nmod"})
#: Confidence of a speaker resolved from a description.
DESCRIPTION_CONFIDENCE = 0.6
#: How a parent body or nationality modifies a description that still refers back ("the *U.N.* agency").
_PARENT_DEPS = frozenset({"compound", "amod", "nmod"})
#: Dependents that make a description identify its referent by itself ("the Republican *who wrote* it").
_IDENTIFYING = frozenset({"relcl", "acl", "prep", "appos"})
#: Entity types of an epithet's head: a nationality or party ("the Spaniard", "the Republican").
_EPITHET_ENTS = frozenset({"NORP"})


def _introduced(role: Token) -> Token | None:
    """The named token a role word introduces, if any ("nominee *Doe*", "*Doe*, the nominee")."""
    attached = role.dep_ in _INTRODUCING or (role.dep_ == "amod" and role.lower_ in word_classes().role_suffixes)
    if attached and is_named(role.head) and role.head.pos_ == "PROPN":
        return role.head
    for child in role.children:
        if child.dep_ == "appos" and is_named(child):
            return child
    return None


def _same_role(role: Token, description: Token) -> bool:
    """Whether an earlier role word names the role of a description.

    The prefixes that make another role (``role_prefixes``) must be the
    same on both (:func:`~eventkit.normalize.mentions.same_role_prefixes`):
    "Deputy Mayor Ana Ruiz" is "the deputy mayor", never "the mayor"; "Mayor
    Ana Ruiz" is never "the former mayor"; "Party nominee Jane Doe" is "the
    nominee".
    """
    own = [c.lower_ for c in role.children if c.i < role.i]
    if not same_role_prefixes(own, (t.lower_ for t in description.subtree if t.i < description.i)):
        return False
    # "the state-run news agency" is not "the disaster agency AFAD": a kind noun of the description's
    kinds = [c.lower_ for c in description.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower]
    return all(k in own for k in kinds)


def _places(tokens: Iterable[Token]) -> set[str]:
    """Place words: a GPE entity's, or a proper noun outside a person's name that names a place ("R-*Iowa*")."""
    return {
        t.lower_
        for t in tokens
        if t.ent_type_ == "GPE" or (t.pos_ == "PROPN" and t.ent_type_ != "PERSON" and resolve_place(t.text) is not None)
    }


def description_referent(reader: Reader, token: Token) -> Actor | None:
    """The named actor a definite-description speaker refers back to, or None.

    Args:
        reader: The document's reading state.
        token: The head of the speaker phrase ("senator" in "the senator said").

    Returns:
        The actor, its name the introduced one and the description among its
        aliases, or None when the speaker is not a definite role description
        or the article introduced nobody with that role before it.
    """
    head = reader.role_key(token)
    hyphenated = "-" in head  # "the president-elect": tagged a proper noun
    if not hyphenated and (token.pos_ != "NOUN" or token.ent_type_ or is_named(token)):
        return None
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children):
        return None
    cues = cue_lexicon()  # its roles hold the titles of titles.en.txt too
    person = head in person_nouns() and token.tag_ == "NN"  # "the coach said" after "Vale coach Tom Hale"
    known = any(word in cues.roles or word in cues.media for word in (head, token.lower_))
    if not hyphenated and not person and not known:
        return _organisation_referent(reader, token)
    start = token.left_edge.i
    introductions = [
        (earlier, named)
        for earlier in reader.nouns_by_lemma.get(head, ())
        if earlier.i < start and (named := _introduced(earlier)) is not None and not reader.ctx.in_headline(named)
    ]
    wanted = _places(t for t in token.subtree if t.i < token.i)  # "the *Florida* senator"
    if not introductions:
        return _family_referent(reader, token, head) or _organisation_referent(reader, token)
    fitting: list[Actor] = []
    for earlier, named in reversed(introductions):
        if not _same_role(earlier, token):
            continue  # "Vice President X" is no "the president"
        actor = _introduced_actor(reader, named)
        if actor is None:
            continue
        if wanted and not _placed(reader, introductions, actor, wanted):
            continue  # "Sen. X, R-Iowa" is no "the Florida senator"
        fitting.append(actor)
    if fitting:
        # two ministers introduced: the one the narration named last ("Kovalenko later wrote ... The
        # minister also said"), else the one introduced last
        return _as_described(reader, token, max(fitting, key=lambda a: _last_mention(reader, a, token.idx)))
    # "the agency" introduced as no agency before ("The World Food Programme warned ... the agency"):
    # an organisation word refers back as it would without a media sense
    return _organisation_referent(reader, token)


def _nationality(token: Token) -> str | None:
    """The country a nationality before a description names: "the *Israeli* leader", "the *U.S.* diplomat"."""
    return next(
        (code for c in token.lefts if c.dep_ in _PARENT_DEPS and (code := country_from_adjective_phrase(c.text))), None
    )


def _last_mention(reader: Reader, actor: Actor, before: int) -> int:
    """Where the text last named an actor before an offset (-1 when its record is unknown)."""
    rec = next((r for r in reader.ctx.actors.records if r.name == actor.name), None)
    starts = [start for start, _ in rec.mentions if start < before] if rec is not None else []
    return max(starts, default=-1)


def _family_referent(reader: Reader, token: Token, head: str) -> Actor | None:
    """A description by a broader role than the introduction's: "Prime Minister X ... the Israeli leader said".

    ``role_families`` of ``speech_cues.en.yaml`` lists the titles a broad
    role word covers ("leader": president, prime minister, chancellor ...).
    The person introduced last with one of them, before the description and
    not in the headline, is meant, when a nationality in the description
    ("the *Israeli* leader") is theirs or they have none.
    """
    members = cue_lexicon().role_families.get(head)
    if not members:
        return None
    start = token.left_edge.i
    country = _nationality(token)
    best: tuple[int, Actor] | None = None
    for member in members:
        *prefix, last = member.split()
        for earlier in reader.nouns_by_lemma.get(last, ()):
            named = _introduced(earlier)
            if earlier.i >= start or named is None or reader.ctx.in_headline(named):
                continue
            words = [t.lower_ for t in earlier.doc[max(0, earlier.i - len(prefix)) : earlier.i]]
            if words != prefix or not _same_role(earlier, token):
                continue  # "Foreign Minister X" is no prime minister, "Deputy Prime Minister X" no leader
            actor = _introduced_actor(reader, named)
            if actor is None or actor.kind != ActorKind.PERSON or (country and actor.country not in {None, country}):
                continue
            if best is None or earlier.i > best[0]:
                best = (earlier.i, actor)
    if best is None:
        return None
    actor = best[1]
    if country is not None and actor.country is None:
        actor = actor.model_copy(update={"country": country})
    return _as_described(reader, token, actor)


def _introduced_actor(reader: Reader, named: Token) -> Actor | None:
    """The person or organisation an introduction names."""
    resolved = reader.ctx.actor(named)
    if resolved is None or resolved[0].kind not in {ActorKind.PERSON, ActorKind.ORGANIZATION}:
        return None
    return resolved[0]


def _placed(reader: Reader, introductions: list[tuple[Token, Token]], actor: Actor, wanted: set[str]) -> bool:
    """Whether the places the actor's introductions name include a wanted one, or they name none."""
    known: set[str] = set()
    for earlier, named in introductions:
        other = _introduced_actor(reader, named)
        if other is not None and other.name == actor.name:
            known |= _places([*named.subtree, *earlier.subtree])
    return not known or bool(wanted & known)


def organisation_referent(reader: Reader, token: Token) -> Actor | None:
    """The organisation an organisation word refers back to, as "the company said" would (no article needed)."""
    return _organisation_referent(reader, token)


def _organisation_referent(reader: Reader, token: Token) -> Actor | None:
    """An organisation word (``organisation_words``) that refers back: 'Acme said ... the company said'.

    A definite description whose head is an organisation word and which names
    nothing itself ("the medical charity", "the company"; not "the Harbour
    Company") is the organisation last named as a subject in the same or the
    previous two sentences of the body, as "it" would be; failing that, for a
    company word (``company_words``: "the airline"), the organisation the
    body has named most often before it.
    """
    classes = word_classes()
    if token.lower_ in classes.military_words and not any(t.ent_type_ for t in token.subtree):
        # "the military said" after "the Israeli military": whose military the earlier mention says
        earlier = reader.ctx.actors.earlier_owned(token)
        resolved = reader.ctx.actor(earlier) if earlier is not None else None
        if resolved is not None:
            return _as_described(reader, token, resolved[0])
        # "the force said" may be the police ("Westmoor Police ... the force"), before any country's forces
        named = _named_organisation(reader, token) if token.lower_ in kind_synonyms() else None
        if named is not None:
            return named
        country = reader.ctx.actors.sole_country(token)  # "the army said" in a story about one country
        if country is not None and token.tag_ == "NN":
            return _as_described(reader, token, country)
        return None
    return _named_organisation(reader, token)


def _named_organisation(reader: Reader, token: Token) -> Actor | None:
    """The organisation named earlier that an organisation word refers back to (see `_organisation_referent`)."""
    classes = word_classes()
    if token.lower_ not in classes.organisation_words:
        return None
    if any((t.ent_type_ or t.pos_ == "PROPN") and not _parent(t, token) for t in token.subtree):
        return None  # "the Harbour Company": a name ("the U.N. agency": the agency of a parent body)
    actor = _named_with_word(reader, token)
    if actor is None:
        found = reader.ctx.actors.resolve_organisation(token)
        actor = found[0] if found is not None else None
    if actor is not None and token.lower_ in classes.company_words and not _same_kind(token, actor):
        actor = None  # "Navy spokesman X said ... the company said": the company named before, if any
    if actor is None and token.lower_ in classes.company_words:
        # "the airline said", paragraphs later
        actor = reader.ctx.actors.salient_organisation(token, fits=lambda a: _same_kind(token, a))
    if actor is None or not _same_country(token, actor):
        return None
    bare = not any(c.dep_ in _PARENT_DEPS for c in token.children)  # "the regulator", not "the news agency"
    if not _same_kind(token, actor) and not (bare and _kind_words(token) & _called(reader, actor)):
        return None  # "the regulator" for "the competition watchdog, the Markets Authority" still fits
    if _us_spelling(actor.name.lower()) == _us_spelling(token.lower_):
        return None  # "St Mary's Hospital ... the hospital said" read as an organisation called "Hospital"
    if _described_otherwise(reader, token, actor):
        return None  # "engine maker Rolls-Royce" is no "the airline"
    return _as_described(reader, token, actor)


def _described_otherwise(reader: Reader, token: Token, actor: Actor) -> bool:
    """The article called the organisation a kind of body other than the description's.

    "a part supplied by engine maker Rolls-Royce ... the airline said": a
    lower-case noun the name carries as a compound or apposition ("maker"),
    or that the name modifies ("the U.N. refugee *agency*"), that is not
    the description's head, unless that head names no industry
    ("the company", "the group": an umbrella word that is no company word,
    or one of ``generic_company_words``). A word of the name itself ("the
    *health* ministry") is no other kind.
    """
    classes = word_classes()
    industry = classes.company_words - classes.generic_company_words
    if token.lower_ in classes.umbrella_organisation_words and token.lower_ not in industry:
        return False
    kinds = _called(reader, actor)
    words = _kind_words(token)
    if words & {_us_spelling(w.lower()) for w in actor.name.split()}:
        return False  # "the International Monetary Fund ... the fund"
    return bool(kinds) and not words & kinds


def _kind_words(token: Token) -> set[str]:
    """The description's organisation word and the words of the same kind of body (``kind_synonyms``)."""
    word = token.lemma_.lower()
    return {_us_spelling(w) for w in {word, *kind_synonyms().get(word, ())}}


def _called(reader: Reader, actor: Actor) -> set[str]:
    """The kinds of body the article called an organisation: "engine *maker* Rolls-Royce", "the U.N. refugee *agency*".

    A lower-case noun the name carries as a compound or apposition, or an
    organisation word the name modifies.
    """
    classes = word_classes()
    rec = next((r for r in reader.ctx.actors.records if r.name == actor.name), None)
    if rec is None:
        return set()
    kinds: set[str] = set()
    for start, end in rec.mentions:
        span = reader.doc.char_span(start, end, alignment_mode="expand")
        words = [t for t in span or () if t.dep_ != "det"]  # "The X Institute mission": the name, not "The"
        if not words:
            continue
        root = reader.doc[words[0].i : words[-1].i + 1].root
        while root.dep_ == "compound" and root.head.pos_ == "PROPN" and root.head.i != root.i:
            root = root.head  # "Rolls" of "Rolls-Royce": the name's head carries its descriptors
        for t in root.children:
            if t.pos_ == "NOUN" and t.is_lower and t.dep_ in {"compound", "appos"} and not start <= t.idx < end:
                kinds.add(t.lemma_.lower())  # "engine maker Rolls-Royce", "Rolls-Royce, the engine maker"
        # "the U.N. refugee *agency*" names a body of a kind; "IMF economist", "Trump's RT appearance" do not
        owning = root.dep_ == "compound" and root.head.lower_ in classes.organisation_words
        if (root.dep_ == "appos" or owning) and root.head.pos_ == "NOUN" and root.head.is_lower:
            kinds.add(root.head.lemma_.lower())  # "the engine maker, Rolls-Royce", "the U.N. refugee *agency*"
    return {_us_spelling(k) for k in kinds}


def _same_country(token: Token, actor: Actor) -> bool:
    """A nationality before the description is the organisation's.

    "the Japanese embassy" is not Mozambique's, nor that of a body of no
    country ("the U.S. embassy said" after the International Organization for
    Migration).
    """
    for modifier in token.lefts:
        country = country_from_adjective_phrase(modifier.text) if modifier.dep_ in _PARENT_DEPS else None
        if country is not None and actor.country != country:
            return False
    return True


def _parent(modifier: Token, head: Token) -> bool:
    """A nationality or parent body before a description's word in lower case: "the *U.N.* agency"."""
    return (
        modifier.i < head.i
        and modifier.dep_ in _PARENT_DEPS
        and modifier.ent_type_ in {"ORG", "NORP", "GPE"}
        and head.ent_type_ == ""
        and head.text.islower()
    )


def _named_with_word(reader: Reader, token: Token) -> Actor | None:
    """The organisation named last before ``token`` whose own name holds its word, for a word of one kind.

    "... to the Cumbria Community Foundation ... the foundation said": the
    foundation, whichever organisation was the subject since ("the company"
    and other umbrella words may stand for any and resolve as "it" would).
    Only a body mention in the same or the previous three sentences counts.
    A body the recogniser did not tag but a named owner makes definite
    ("Chile's transport ministry", "the Oslo port authority") counts too.
    """
    kinds = _kind_words(token)  # "the force" for "Westmoor Police", "the regulator" for "X Authority"
    if token.lower_ in word_classes().umbrella_organisation_words:
        return None
    # named in the body, in the same or the previous three sentences
    sents = doc_sents(token.doc)
    at = bisect.bisect_right([s.start for s in sents], token.i) - 1
    floor = max(sents[max(0, at - 3)].start_char if sents else 0, reader.ctx.actors.headline_end)
    best: tuple[int, Actor] | None = None
    for rec in reader.ctx.actors.records:
        words = {_us_spelling(w.lower()) for w in rec.name.split()}
        if rec.kind != ActorKind.ORGANIZATION or not kinds & words or len(words) < 2:
            continue  # a name of its own besides the word ("Bank" alone is the word misread as a name)
        before = [start for start, _ in rec.mentions if floor <= start < token.idx]
        if before and (best is None or max(before) > best[0]):
            best = (max(before), rec.to_actor())
    owned = _owned_body(reader, token, floor)
    if owned is not None and (best is None or owned[0] > best[0]):
        best = owned
    return best[1] if best is not None else None


def _owned_body(reader: Reader, token: Token, floor: int) -> tuple[int, Actor] | None:
    """The latest earlier mention of the description's word that a named owner makes one body.

    "Chile's transport ministry criticised ... The ministry said": the same
    word, after ``floor`` and before the description, with a named place or
    organisation as its possessor or modifier, resolved as an organisation.
    """
    doc = token.doc
    first = doc.char_span(floor, token.idx, alignment_mode="expand")
    if first is None:
        return None
    for earlier in reversed(first):
        if earlier.lower_ != token.lower_ or earlier.i >= token.i:
            continue
        owner = any(
            c.dep_ in {"poss", *_PARENT_DEPS} and c.ent_type_ in {"GPE", "ORG", "NORP"} for c in earlier.children
        )
        if not owner:
            continue
        resolved = reader.ctx.actor(earlier)
        if resolved is not None and resolved[0].kind == ActorKind.ORGANIZATION:
            return earlier.idx, resolved[0]
    return None


def _same_kind(token: Token, actor: Actor) -> bool:
    """The description's organisation word fits the name ("the bank" for a bank, "the company" for any).

    Its lower-case modifiers must be in the name too when the name ends in
    that word ("the transport ministry" is not the "health ministry"), and
    a noun naming its kind always ("the fire service" is not the river
    tagged an organisation before it, "the civil protection agency" not
    the European Union). A
    government portfolio ("the economy ministry": ``portfolio_words``) is
    never a name without an organisation word ("IRIS", "Acme"); a company
    word never a public body's name ("the company" is not "Navy"); a word
    that describes a body (``descriptive_organisation_words``: "the
    regulator") only a name with it or a word of its kind (``kind_synonyms``).
    """
    classes = word_classes()
    last = actor.name.split()[-1].lower() if actor.name else ""
    own_words = {w.lower() for w in actor.name.split()}
    if token.lower_ in classes.company_words and own_words & classes.public_body_words:
        return False  # "the company" is no navy, council or ministry (``public_body_words``)
    if token.lower_ in classes.state_words and actor.kind != ActorKind.COUNTRY and not own_words & classes.state_words:
        return False  # "the military government" is a country's state, not al-Qaeda (``state_words``)
    if token.lower_ in classes.portfolio_words and not own_words & classes.organisation_words:
        return False
    own_spelling = {_us_spelling(w) for w in own_words}
    if token.lower_ in classes.descriptive_organisation_words and not _kind_words(token) & own_spelling:
        return False  # "the regulator" is no "Brightwell" (unless the article called it one: ``_called``)
    kind_nouns = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.text.islower()]
    if token.lower_ in classes.generic_company_words and actor.kind == ActorKind.ORGANIZATION:
        kind_nouns = []  # "the software group", "the chip maker": the company's trade, for any company
    if any(_us_spelling(c.lower_) not in own_spelling for c in kind_nouns):
        return False  # "the fire service", "the civil protection agency": a body of its own kind, not "Lamone"
    if last not in classes.organisation_words or token.lower_ in classes.umbrella_organisation_words:
        return True
    own = {_us_spelling(w.lower()) for w in actor.name.split()}
    if not _kind_words(token) & own:
        return False  # "the union" is no ministry; "the force" is the police ("kind_synonyms")
    # "the transport ministry" is not the health ministry: the description's own kind words are in the name
    kinds = [c for c in token.children if c.dep_ in _PARENT_DEPS and c.text.islower() and c.is_alpha]
    return all(_us_spelling(c.lower_) in own for c in kinds)


def _us_spelling(word: str) -> str:
    """One spelling for British and American forms ("centre" -> "center", "organisation" -> "organization")."""
    return re.sub(r"isation$", "ization", re.sub(r"tre$", "ter", re.sub(r"mme$", "m", word)))


def _as_described(reader: Reader, token: Token, actor: Actor) -> Actor:
    """The actor a description refers to, with the description among its aliases and as its mention."""
    words = [t for t in token.subtree if t.i <= token.i and t.dep_ != "det" and not t.is_punct]
    description = token.doc[words[0].i : token.i + 1].text if words else token.text  # "prime minister-designate"
    aliases = [*actor.aliases, description] if description not in actor.aliases else actor.aliases
    return actor.model_copy(update={"aliases": aliases, "mentions": [reader.ctx.span_of(token)]})


def is_epithet(token: Token, records: Iterable[ActorRecord] = ()) -> bool:
    """Whether a speaker is a singular definite epithet: "the Spaniard", "the 20-year-old American", "the Republican".

    Only a nationality or party makes one: a role or another person noun
    ("the nominee", "the businessman") is a description of its own, resolved
    through an introduction or kept as it is; so is one with a clause, a
    phrase or a place that identifies it ("the Wisconsin Republican"), a
    country's own name ("the Vatican"), and the name of an organisation
    among ``records`` (the document's actors: "the Federalist"), or a
    title its capital article marks inside a sentence ("according to The
    Federalist").
    """
    if token.tag_ != "NNP" or is_country_name(token.text):
        return False  # "the Vatican", "the US": the state itself
    demonym = country_from_adjective_phrase(token.text) is not None
    if token.ent_type_ not in _EPITHET_ENTS and not demonym:
        return False  # a nationality the tagger read as a name ("the Pole": ORG) is still one
    if any(c.dep_ in _IDENTIFYING and not _set_off(c) for c in token.children):
        return False  # "the lifelong Republican who wrote the speech": a description of its own
    if _places(t for t in token.subtree if t.i < token.i):
        return False  # "the Wisconsin Republican": a description a place narrows, kept as it is
    if any(
        r.kind == ActorKind.ORGANIZATION
        and r.name.lower().removeprefix("the ") == token.lower_
        and not any(start <= token.idx < end for start, end in r.mentions)
        for r in records
    ):
        return False  # "the Federalist reported", a publication named as such elsewhere
    dets = [c for c in token.children if c.dep_ == "det" and c.lower_ in _DEFINITE]
    if any(c.text[0].isupper() and not c.is_sent_start for c in dets):
        return False  # "according to The Federalist": a capital article inside a sentence starts a title
    return bool(dets)


def _set_off(clause: Token) -> bool:
    """A relative clause set off by a comma ("the Spaniard, who turns 38 next month,"): it adds, not identifies."""
    start = clause.left_edge.i
    return clause.dep_ == "relcl" and start > 0 and clause.doc[start - 1].text == ","


def is_person_epithet(reader: Reader, token: Token) -> bool:
    """A definite person noun the article never used before: "..., the defender said", "the billionaire said".

    A singular person noun (``person_nouns``) that is no title of office
    ("the president", "the minister" may name an office holder the article
    has not introduced), with "the" and nothing that identifies it by
    itself (a clause, a phrase, a place), whose word the body has not used
    before (after "a retired teacher said ...", "the teacher" is that
    unnamed teacher): the person the narration is about, as "the Spaniard"
    is. An introduction of that word with a name resolves first
    (:func:`description_referent`).
    """
    lemma = token.lemma_.lower()
    if token.tag_ != "NN" or lemma not in person_nouns() or is_title(token.text) or lemma in cue_lexicon().roles:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return False
    if any(c.dep_ in _IDENTIFYING and not _set_off(c) for c in token.children):
        return False
    if any(c.pos_ == "NOUN" for c in token.lefts if c.dep_ in _PARENT_DEPS):
        return False  # "the cookie poll winner", "the billionaire developer": a kind of its own, no epithet
    before = [t for t in token.subtree if t.i < token.i]
    if any(country_from_adjective_phrase(t.text) is None for t in before if _places([t])):
        return False  # "the Leeds defender": a place narrows it (a country is checked as a nationality)
    start = token.left_edge.i
    return not any(
        earlier.i < start and not reader.ctx.in_headline(earlier) for earlier in reader.nouns_by_lemma.get(lemma, ())
    )


def description_gender(token: Token) -> str:
    """The gender a person noun asks for: "spokeswoman" a woman, "chairman" a man, any other either."""
    word = token.lower_
    return "f" if word.endswith("woman") else "m" if word.endswith("man") else ANY_GENDER


def is_age_epithet(token: Token) -> bool:
    """The head of "the 37-year-old": an age for a person, referring back as "he" or "she" would."""
    if token.lower_ != "old":
        return False
    years = [c for c in token.children if c.lemma_.lower() == "year" and c.i < token.i]
    return any(t.like_num for y in years for t in y.subtree if t.i < y.i)


def _team_of(actor: Actor) -> bool:
    """The person's country came from a country's name before the name: a team or post, not a nationality.

    "Italy coach Gonzalo Quesada ... the Argentine said": the coach of
    Italy's team may be Argentine; "Spanish coach X" is Spanish.
    """
    if actor.country is None:
        return False
    for alias in actor.aliases:
        if not alias.endswith(actor.name) or alias == actor.name:
            continue
        words = alias[: -len(actor.name)].split()
        for size in (1, 2, 3):
            for i in range(len(words) - size + 1):
                phrase = " ".join(words[i : i + size])
                if is_country_name(phrase) and country_from_adjective_phrase(phrase) == actor.country:
                    return True
    return False


def epithet_referent(reader: Reader, chain: Antecedents, token: Token) -> Actor | None:
    """The person an epithet speaker (:func:`is_epithet`) refers back to ("..., the Spaniard told reporters").

    Args:
        reader: The document's reading state.
        chain: The document's antecedents (people named and speakers so far).
        token: The head of the speaker phrase, an epithet.

    Returns:
        The person, with the epithet among its aliases (and the epithet's
        country when the person had none), or None when nobody fits.
    """
    actor = chain.resolve(token, wanted=description_gender(token))
    if actor is None:
        return None
    country = country_from_adjective_phrase(token.text) or _nationality(token)  # "the Spaniard"; "the Israeli defender"
    if country is not None and actor.country not in {None, country} and not _team_of(actor):
        return None  # "the American" is not the Spaniard named before
    if country is not None and actor.country is None:
        actor = actor.model_copy(update={"country": country})
    return _as_described(reader, token, actor)
