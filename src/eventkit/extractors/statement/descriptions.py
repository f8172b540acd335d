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
itself refers back as "it" would, as every extractor reads it
(:mod:`eventkit.extractors.organisations`).

An epithet ("the Spaniard", "the 20-year-old American", "the Republican":
a nationality or party for a person; "the 37-year-old": an age) refers back as "he" or "she" would, to
the person the narration or the chain of speakers is about, whatever their
gender; a nationality the person is known not to have rules them out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventkit.doccache import entity_of
from eventkit.extractors.organisations import PARENT_DEPS, as_described, organisation_referent
from eventkit.extractors.statement.antecedents import ANY_GENDER
from eventkit.extractors.statement.cues import cue_lexicon
from eventkit.extractors.statement.syntax import is_named, name_after_abbreviation, title_before_person
from eventkit.models import Actor, ActorKind
from eventkit.normalize.countries import country_code, country_from_adjective_phrase, is_country_name
from eventkit.normalize.mentions import (
    DEFINITE_DETERMINERS,
    is_person_word,
    is_title,
    person_nouns,
    same_role_prefixes,
    word_classes,
)
from eventkit.normalize.places import resolve_place

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Token

    from eventkit.extractors.statement.antecedents import Antecedents
    from eventkit.extractors.statement.reader import Reader
    from eventkit.normalize.actors import ActorRecord

#: How a role word attaches to the name it introduces: "nominee Jane Doe", "Doe, the nominee".
_INTRODUCING = frozenset({"compound", "appos", "nmod"})
#: Confidence of a speaker resolved from a description.
DESCRIPTION_CONFIDENCE = 0.6
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
            return name_after_abbreviation(child) or child  # "the governor, Engr. Ade Bello": not "Engr"
    return title_before_person(role)


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
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in token.children):
        return None
    cues = cue_lexicon()  # its roles hold the titles of titles.en.txt too
    person = head in person_nouns() and token.tag_ == "NN"  # "the coach said" after "Vale coach Tom Hale"
    known = any(word in cues.roles or word in cues.media for word in (head, token.lower_))
    if not hyphenated and not person and not known:
        return organisation_referent(reader.ctx, token) or _portfolio_body(reader, token)
    start = token.left_edge.i
    introductions = [
        (earlier, named)
        for earlier in reader.nouns_by_lemma.get(head, ())
        if earlier.i < start and (named := _introduced(earlier)) is not None and not reader.ctx.in_headline(named)
    ]
    wanted = _places(t for t in token.subtree if t.i < token.i)  # "the *Florida* senator"
    country = _nationality(token)  # "the *Saudi* minister" is no Italian minister named before
    if not introductions:
        return _family_referent(reader, token, head) or organisation_referent(reader.ctx, token)
    fitting: list[Actor] = []
    for earlier, named in reversed(introductions):
        if not _same_role(earlier, token):
            continue  # "Vice President X" is no "the president"
        actor = _introduced_actor(reader, named, earlier)
        if actor is None:
            continue
        if wanted and not _placed(reader, introductions, actor, wanted):
            continue  # "Sen. X, R-Iowa" is no "the Florida senator"
        if country is not None and actor.country not in {None, country} and not _team_of(actor):
            continue  # ("Saudi Arabia coach X ... the Italian coach": a team's country, not X's)
        fitting.append(actor)
    if fitting:
        # two ministers introduced: the one the narration named last ("Kovalenko later wrote ... The
        # minister also said"), else the one introduced last
        return as_described(reader.ctx, token, max(fitting, key=lambda a: _last_mention(reader, a, token.idx)))
    # "the agency" introduced as no agency before ("The World Food Programme warned ... the agency"):
    # an organisation word refers back as it would without a media sense
    return organisation_referent(reader.ctx, token)


def _fields(title: Token) -> list[Token]:
    """The capitalised objects of a title's "of"/"for" phrases: "Secretary of *State* for *Defence*"."""
    preps = [p for p in title.rights if p.dep_ == "prep" and p.lower_ in {"of", "for"}]
    return [o for p in preps for o in p.children if o.dep_ == "pobj" and o.text[:1].isupper()]


def _title_end(title: Token) -> int:
    """The last token of a title with its "of"/"for" phrases ("Minister of Social *Affairs*")."""
    preps = [p for p in title.rights if p.dep_ == "prep" and p.lower_ in {"of", "for"}]
    return max([title.i, *(p.right_edge.i for p in preps)])


def _portfolio(title: Token) -> tuple[frozenset[str], frozenset[str], str | None]:
    """The portfolio a title names, its ranks and its country.

    "*Health* Minister", "Minister of *Social Affairs*", "Secretary of
    *State* for *Defence*": the words of every "of" or "for" phrase count.
    Ranks are the words that make another office of the same portfolio
    (``role_prefixes`` and ``portfolio_free``: "*Junior* Health Minister",
    "Minister *of State* for Health"); the country is a nationality or a
    country before the title or in an "of" phrase ("*German* Finance
    Minister", "Health Minister *of Ghana*").
    """
    prefixes = word_classes().role_prefixes
    ranked = prefixes | cue_lexicon().portfolio_free
    country = country_from_adjective_phrase(title.doc[title.left_edge.i : title.i + 1].text)
    words = [t for c in title.children if c.dep_ == "compound" and c.i < title.i for t in c.subtree]
    for obj in _fields(title):
        if is_country_name(obj.text):
            country = country or country_code(obj.text)  # "Health Minister of Ghana": a country, no portfolio
        else:
            words += list(obj.subtree)
    ranks = {t.lower_.rstrip("-") for t in title.doc[title.left_edge.i : title.i]} & ranked
    ranks |= {t.lower_ for t in words} & ranked
    field = {t.lower_ for t in words if t.is_alpha and not t.is_stop and t.lower_ not in ranked}
    return frozenset(field), frozenset(ranks), country


def _next_to_name(title: Token, named: Token) -> bool:
    """Whether a title introduces a name it stands next to: "*Health Minister* Ana Ruiz", "Ana Ruiz, *the minister*".

    A title the parse hangs on a later name across other words ("Health
    Minister Ana Ruiz and Interior Minister *Paul Vance*") is not the name's.
    """
    doc = title.doc
    ent = entity_of(named)
    first = named.i
    if ent is not None and ent.end - 1 == named.i:
        first = ent.start
    else:  # a name the recogniser missed: its own proper nouns before it ("*Ana* Ruiz")
        while first > 0 and doc[first - 1].head == named and doc[first - 1].dep_ == "compound":
            first -= 1
    end = _title_end(title)
    if title.i < named.i:  # "Health Minister Ana Ruiz", "the Health Minister, Ana Ruiz"
        return first == end + 1 or (first == end + 2 and doc[end + 1].text == ",")
    return title.left_edge.i == named.i + 2 and doc[named.i + 1].text == ","  # "Ana Ruiz, the Health Minister"


def portfolio_referent(reader: Reader, token: Token) -> Actor | None:
    """The person a titled description with a portfolio refers back to: "Minister of Health X ... the Health Minister".

    A definite role description that names a portfolio ("The Minister of
    Solidarity also said", "the Health Minister added") is the one person
    the article introduced before it with the same title, right next to the
    name, and that portfolio: every word of the description's portfolio is
    the title's ("the Trade Minister" is "Trade and Industry Minister X"),
    the same ranks ("Junior Health Minister X", "Minister of State for
    Health X" are no "the Health Minister") and, when the description
    names a country ("the German finance minister"), a title of that
    country. Two people so introduced, or none: None, and the description
    is read as before (a bare "the minister" goes by recency,
    :func:`description_referent`).
    """
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in token.children):
        return None
    head = reader.role_key(token)
    wanted, ranks, country = _portfolio(token)
    if head not in cue_lexicon().roles or not (wanted or ranks - word_classes().role_prefixes):
        return None
    country = _nationality(token) or country
    start = token.left_edge.i
    fitting: dict[str, Actor] = {}
    for earlier in reader.doc[:start]:  # ("Minister of X Ana Ruiz" too, a title the noun index misses)
        if earlier.pos_ not in {"NOUN", "PROPN"} or reader.role_key(earlier) != head:
            continue
        if (named := _introduced(earlier)) is None or reader.ctx.in_headline(named):
            continue
        if not _next_to_name(earlier, named):
            continue  # "Health Minister Ana Ruiz and Interior Minister Paul Vance": "Health" is not Vance's
        field, own_ranks, own_country = _portfolio(earlier)
        if not wanted <= field or own_ranks != ranks or not _same_role(earlier, token):
            continue  # "Health Minister X" is no "the Minister of Solidarity", "Junior Health Minister X" no "the ..."
        actor = _introduced_actor(reader, named, earlier)
        if actor is None or actor.kind != ActorKind.PERSON:
            continue
        if country is not None and (own_country or actor.country) != country:
            continue  # "the German finance minister": a minister known to be German
        fitting[actor.name] = actor
    if len(fitting) != 1:
        return None  # "Finance Minister Vogt met Finance Minister Mori ... the Finance Minister": either
    return as_described(reader.ctx, token, next(iter(fitting.values())))


def _portfolio_body(reader: Reader, token: Token) -> Actor | None:
    """The ministry of the minister its own sentence reports: "Health Minister Ana Ruiz visited ..., the ministry said".

    A bare body word (``portfolio_bodies``: "the ministry", no word of its
    own) that names no organisation of the text refers to the body of the
    latest person its own sentence introduces with the body's title and a
    portfolio ("*Health* Minister X", "Minister of *Social Affairs* X"):
    the Health Ministry, the Ministry of Social Affairs; a body reporting
    what its minister did. A minister of an earlier sentence is not enough
    (another ministry, written in lower case or as an acronym, may have
    spoken before), nor a former minister; a title without a portfolio
    ("Minister X", "Prime Minister X": ``portfolio_free``; "Minister of
    State for Health") heads no such body, and nobody is meant then.
    """
    cues = cue_lexicon()
    title = cues.portfolio_bodies.get(token.lower_)
    if title is None or token.tag_ != "NN" or any(c.dep_ != "det" for c in token.children):
        return None
    latest: tuple[Token, str] | None = None
    for earlier in reversed(reader.doc[token.sent.start : token.left_edge.i]):
        if earlier.lower_ != title or (named := _introduced(earlier)) is None or reader.ctx.in_headline(named):
            continue
        if (body := _body_of_title(earlier, token)) is not None:
            latest = (earlier, body)
        break  # the latest minister's ministry, or none
    if latest is None:
        return None
    earlier, name = latest
    holder = _introduced(earlier)
    person = _introduced_actor(reader, holder, earlier) if holder is not None else None
    country = _nationality(earlier) or (person.country if person is not None else None)
    return as_described(reader.ctx, token, Actor(name=name, kind=ActorKind.ORGANIZATION, country=country))


def _body_of_title(title: Token, body: Token) -> str | None:
    """The name of the body a portfolio title heads ("Social Affairs Minister" -> "Social Affairs Ministry")."""
    if any(t.lower_ in cue_lexicon().portfolio_free or t.lower_ == "former" for t in title.subtree if t.i < title.i):
        return None  # "Prime Minister X": no ministry; "Former Finance Minister X" heads none now
    prefixes = word_classes().role_prefixes
    words = [
        t
        for c in title.children
        if c.dep_ == "compound" and c.i < title.i
        for t in c.subtree
        if t.lower_ not in prefixes and not t.is_punct
    ]
    kind = body.text[:1].upper() + body.text[1:]
    if words:
        return " ".join(t.text[:1].upper() + t.text[1:] for t in words) + " " + kind  # "Social Affairs Ministry"
    field = next((p for p in title.rights if p.dep_ == "prep" and p.lower_ == "of"), None)
    obj = next((c for c in field.children if c.dep_ == "pobj"), None) if field is not None else None
    if obj is None or not obj.text[:1].isupper() or obj.lower_ in cue_lexicon().portfolio_free:
        return None  # "Minister of State for Health": a junior minister's rank, no ministry of its own
    return f"{kind} of {obj.doc[obj.left_edge.i : obj.right_edge.i + 1].text}"  # "Ministry of Social Affairs"


def _nationality(token: Token) -> str | None:
    """The country a nationality before a description names: "the *Israeli* leader", "the *U.S.* diplomat"."""
    return next(
        (code for c in token.lefts if c.dep_ in PARENT_DEPS and (code := country_from_adjective_phrase(c.text))), None
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
    return as_described(reader.ctx, token, actor)


def _introduced_actor(reader: Reader, named: Token, role: Token | None = None) -> Actor | None:
    """The person or organisation an introduction names.

    A name of unknown kind a person's role introduces is that person's
    ("the governor, Engr. Ade Bello": the recogniser knew no "Engr.").
    """
    resolved = reader.ctx.actor(named)
    if resolved is None:
        return None
    actor = resolved[0]
    if actor.kind == ActorKind.UNKNOWN and role is not None and is_person_word(role) and named.pos_ == "PROPN":
        return actor.model_copy(update={"kind": ActorKind.PERSON})
    if actor.kind not in {ActorKind.PERSON, ActorKind.ORGANIZATION}:
        return None
    return actor


def _placed(reader: Reader, introductions: list[tuple[Token, Token]], actor: Actor, wanted: set[str]) -> bool:
    """Whether the places the actor's introductions name include a wanted one, or they name none."""
    known: set[str] = set()
    for earlier, named in introductions:
        other = _introduced_actor(reader, named)
        if other is not None and other.name == actor.name:
            known |= _places([*named.subtree, *earlier.subtree])
    return not known or bool(wanted & known)


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
    dets = [c for c in token.children if c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS]
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
    if lemma in cue_lexicon().incident_roles:
        return False  # "the suspect told investigators ...": someone the story may never name (``incident_roles``)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return False
    if any(c.dep_ in _IDENTIFYING and not _set_off(c) for c in token.children):
        return False
    if any(c.pos_ == "NOUN" for c in token.lefts if c.dep_ in PARENT_DEPS):
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
    return as_described(reader.ctx, token, actor)
