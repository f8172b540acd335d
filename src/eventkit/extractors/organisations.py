"""Organisation words that refer back: "Acme Foods said ... the company said", "the club", "the agency".

News names an organisation once and then refers to it by the kind of body it
is. A definite description whose head is an organisation word
(``organisation_words`` of ``actor_words.en.yaml``) and which names nothing
itself ("the medical charity", "the company"; not "the Harbour Company") is
the organisation last named as a subject nearby, as "it" would be, or the
one named with that word in its name ("the Cumbria Community Foundation ...
the foundation"). Every extractor resolves such a party with it: the
speaker of "the agency said" loosely, the donor of "the organisation
distributed" or the host of "the trust met" strictly (see
:func:`organisation_referent`).
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from eventkit.doccache import doc_ents, doc_text, sentence_back
from eventkit.lexicons import load_yaml, per_resources
from eventkit.models import Actor, ActorKind
from eventkit.normalize.countries import country_code, country_from_adjective_phrase, name_key
from eventkit.normalize.mentions import (
    INDEFINITE_DETERMINERS,
    first_name_gender,
    is_title,
    is_vessel,
    kind_synonyms,
    word_classes,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from eventkit.extractors.context import DocContext
    from eventkit.normalize.actors import ActorRecord

__all__ = ["PARENT_DEPS", "REFERENT_CONFIDENCE", "as_described", "organisation_referent"]

#: Confidence of a party an organisation word refers back to ("the trust met", "the agency distributed"),
#: as of a speaker resolved from a description.
REFERENT_CONFIDENCE = 0.6

#: How a parent body or nationality modifies a description that still refers back ("the *U.N.* agency").
PARENT_DEPS = frozenset({"compound", "amod", "nmod"})


def organisation_referent(ctx: DocContext, token: Token, *, strict: bool = False) -> Actor | None:
    """An organisation word (``organisation_words``) that refers back: 'Acme said ... the company said'.

    A definite description whose head is an organisation word and which names
    nothing itself ("the medical charity", "the company"; not "the Harbour
    Company") is, in this order: the body an indefinite mention of the word
    just introduced ("a group known as X", "Acme, a company based in Ohio";
    an unnamed "a group of volunteers" is nobody named); inside an
    official's words, the official's body ("WFP Country Director X said the
    agency ..."); the organisation named with the word in its name ("the
    Cumbria Community Foundation ... the foundation"); the organisation last
    named as a subject in the same or the previous two sentences, as "it"
    would be; failing that, for a company word (``company_words``: "the
    airline"), the organisation the body has named most often before it.
    A military word ("the army said") and a state word ("the government
    said", also "the federal government") are first the country an earlier
    mention of the word owns ("the Kenyan government ... the government").

    With ``strict`` (a party of a donation, meeting or incident, where no
    speech verb vouches for a body), "the group" is never an official's body
    and the organisation last named is taken only for a word its name or the
    article's descriptions of it carry, or for a word of any body
    (``umbrella_organisation_words`` other than "group": "the
    organisation", "the company").
    """
    classes = word_classes()
    if token.lower_ in classes.military_words and not any(t.ent_type_ for t in token.subtree):
        # "the military said" after "the Israeli military": whose military the earlier mention says
        earlier = ctx.actors.earlier_owned(token)
        resolved = ctx.actor(earlier) if earlier is not None else None
        if resolved is not None:
            return as_described(ctx, token, resolved[0])
        # "the force said" may be the police ("Westmoor Police ... the force"), before any country's forces
        named = _named_organisation(ctx, token, strict=strict) if token.lower_ in kind_synonyms() else None
        if named is not None:
            return named
        country = ctx.actors.sole_country(token)  # "the army said" in a story about one country
        if country is not None and token.tag_ == "NN":
            return as_described(ctx, token, country)
        return None
    national = classes.national_state_modifiers
    if token.lower_ in classes.state_words and all(
        c.dep_ == "det" or (c.dep_ == "amod" and c.lower_ in national) for c in token.children
    ):
        # "the Indian government banned ... The (federal) government said": the state the earlier mention
        # owns ("the state government", "the government in exile" are others: ``national_state_modifiers``)
        owned = _owned_state(ctx, token)
        if owned is not None:
            return as_described(ctx, token, owned)
    return _named_organisation(ctx, token, strict=strict)


def _owned_state(ctx: DocContext, token: Token) -> Actor | None:
    """The country an earlier mention of the same state word owns, if no other state may be meant.

    "The Kenyan government banned imports from Tanzania ... The government
    said": Kenya. None when another country's mention of the word is in the
    window ("The Nigerian government ... Ghana's government ..."), when
    another country acts in between ("... Niger's junta rejected the move"),
    or is named in the description's own sentence ("According to the UAE's
    news agency, the government rejected ...").
    """
    earlier = _owned_mention(ctx, token)
    resolved = ctx.actor(earlier) if earlier is not None else None
    if earlier is None or resolved is None or resolved[0].kind != ActorKind.COUNTRY:
        return None
    country = resolved[0].country
    wanted = {c.lower_ for c in token.children if c.dep_ == "amod"}
    for other in ctx.actors.owned_mentions(token):
        found = ctx.actor(other)
        same_kind = wanted <= {c.lower_ for c in other.children if c.dep_ == "amod"}
        if found is not None and found[0].kind == ActorKind.COUNTRY and found[0].country != country and same_kind:
            return None  # "The Nigerian government ... Ghana's government ... The government said": which, unsaid
    for t in ctx.doc[earlier.i + 1 : token.i]:
        rec = ctx.actors.record_for_token(t)
        # (a country the recogniser tagged an organisation, "the UAE", is that country)
        code = None if rec is None else rec.country if rec.kind == ActorKind.COUNTRY else country_code(rec.name)
        if code is None or code == country:
            continue
        if _acting_state(t) or t.sent == token.sent:
            # "... Niger's junta rejected the move. The government said", "According to the UAE's news
            # agency, the government rejected ...": which state, unsaid
            return None
    return resolved[0]


def _owned_mention(ctx: DocContext, token: Token) -> Token | None:
    """The earlier owned mention of the state word, one with the description's own modifiers first.

    "Myanmar's military government ... Thailand's government ... The military
    government said": Myanmar's.
    """
    latest = ctx.actors.earlier_owned(token)
    wanted = {c.lower_ for c in token.children if c.dep_ == "amod"}
    if latest is None or not wanted:
        return latest
    for t in reversed(ctx.actors.owned_mentions(token)):
        if wanted <= {c.lower_ for c in t.children if c.dep_ == "amod"}:
            return t
    return latest


def _acting_state(token: Token) -> bool:
    """A country mention that acts: a subject, or the owner of a subject that is its state ("Niger's *junta*")."""
    if token.dep_ in {"nsubj", "nsubjpass"}:
        return True
    head = token.head
    return (
        token.dep_ in {"poss", "amod", "compound"}
        and head.dep_ in {"nsubj", "nsubjpass"}
        and (head.lower_ in word_classes().state_words or head.lower_ in word_classes().military_words)
    )


#: An umbrella word that stands for unnamed or armed bodies as often as for one named before ("the group").
_LOOSE_WORDS = frozenset({"group"})


def _named_organisation(ctx: DocContext, token: Token, *, strict: bool = False) -> Actor | None:
    """The organisation named earlier that an organisation word refers back to (see `organisation_referent`)."""
    classes = word_classes()
    if token.lower_ not in classes.organisation_words:
        return None
    if any((t.ent_type_ or t.pos_ == "PROPN") and not _parent(t, token) for t in token.subtree):
        return None  # "the Harbour Company": a name ("the U.N. agency": the agency of a parent body)
    introduced = _introduced_unnamed(token)
    if introduced is not None:
        # "a group of eight volunteers ... the group": that group, named only if it was ("a group known as X",
        # "Acme Foods, a company based in Ohio")
        named = _known_as(introduced)
        resolved = ctx.actor(named) if named is not None else None
        return as_described(ctx, token, resolved[0]) if resolved is not None else None
    loose = strict and token.lower_ in _LOOSE_WORDS
    actor = None if loose else _reporters_body(ctx, token)
    if actor is None:
        actor, contested = _named_with_word(ctx, token)
        if actor is None and contested:
            return None  # "the Civic Forum party ... The IMF welcomed ... The party said": which body, unsaid
    last_named = False
    if actor is None:
        found = ctx.actors.resolve_organisation(token)
        actor = found[0] if found is not None else None
        last_named = actor is not None
    if strict and last_named and actor is not None and not _vouched(ctx, token, actor):
        return None  # "Greenpeace criticised the plan. The council donated ...": no council named
    if strict and actor is not None and is_vessel(token) and not _kind_words(token) & _name_words(actor):
        # "... jets aboard the USS Ford. The carrier launched airstrikes": a ship, not Boeing ("Qatar Airways
        # ... The carrier donated" is the airline: its name holds a word of the kind)
        return None
    if actor is not None and token.lower_ in classes.company_words and not _same_kind(token, actor):
        actor = None  # "Navy spokesman X said ... the company said": the company named before, if any
    if actor is None and token.lower_ in classes.company_words:
        # "the airline said", paragraphs later
        actor = ctx.actors.salient_organisation(token, fits=lambda a: _same_kind(token, a))
    if actor is None and not strict and token.lower_ in classes.company_words:
        unnamed = _closing_company(ctx, token)  # "Paywise has postponed its results, the company said"
        if unnamed is not None:
            return unnamed
    if actor is None or not _same_country(token, actor):
        return None
    bare = not any(c.dep_ in PARENT_DEPS for c in token.children)  # "the regulator", not "the news agency"
    if not _same_kind(token, actor) and not (bare and _kind_words(token) & _called(ctx, actor)):
        return None  # "the regulator" for "the competition watchdog, the Markets Authority" still fits
    if _us_spelling(actor.name.lower()) == _us_spelling(token.lower_):
        return None  # "St Mary's Hospital ... the hospital said" read as an organisation called "Hospital"
    if _described_otherwise(ctx, token, actor):
        return None  # "engine maker Rolls-Royce" is no "the airline"
    return as_described(ctx, token, actor)


def _closing_company(ctx: DocContext, token: Token) -> Actor | None:
    """The name the words before ", the company said" open with, when the recogniser knew it for no body.

    "Paywise has postponed its results after a ransomware attack, the
    company said": the company speaks of itself, its name the subject of
    what it said (untagged, or tagged a person: "Rhein-Lahn Kliniken"). A
    name the article gives a first name or a title is a person's, and so is
    one tagged a person unless the clause says "its" or "their" of it
    ("Rhein-Lahn Kliniken has postponed surgery at its hospitals"; "Smith
    has stepped down" stays none).
    """
    cue = token.head
    if token.dep_ != "nsubj" or cue.pos_ != "VERB" or token.i < cue.i - 3:
        return None
    before = token.left_edge.i - 1
    if before <= token.sent.start or token.doc[before].text != ",":
        return None  # a closing attribution after a comma only
    clauses = [c for c in cue.children if c.dep_ in {"ccomp", "parataxis"} and c.i < token.i]
    for clause in clauses:
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ not in {"", "PERSON", "ORG"}:
            continue
        words = [t for t in subject.subtree if t.i <= subject.i and (t.pos_ == "PROPN" or t.text == "-")]
        if not words or words[0].i != subject.left_edge.i or subject.left_edge.i != subject.sent.start:
            continue  # the name opens the sentence: "Paywise has ...", not "Analysts say Paywise ..."
        span = ctx.doc[words[0].i : subject.i + 1]
        record = ctx.actors.record_for_token(subject)
        if record is not None and record.kind == ActorKind.PERSON and first_name_gender(record.name) is not None:
            return None  # "Ana Ruiz ... Ruiz has resigned, the company said": a person named before
        if first_name_gender(span.text) is not None or any(is_title(t.text) for t in span):
            return None
        if subject.ent_type_ == "PERSON" and not _owns_in_clause(clause):
            return None  # "Smith has stepped down, the company said": a person, unless "its" points back to it
        return as_described(
            ctx, token, Actor(name=span.text, kind=ActorKind.ORGANIZATION, mentions=[ctx.span_of(span)])
        )
    return None


def _owns_in_clause(clause: Token) -> bool:
    """The clause says "its" or "their": a body speaks of what it has ("postponed surgery at its hospitals")."""
    return any(t.lower_ in {"its", "their"} and t.dep_ == "poss" for t in clause.subtree)


def _name_words(actor: Actor) -> set[str]:
    """The lower-cased words of an actor's name, in US spelling."""
    return {_us_spelling(w.lower()) for w in actor.name.split()}


def _vouched(ctx: DocContext, token: Token, actor: Actor) -> bool:
    """The last-named body fits a party's word.

    Its name or the article's words for it carry the word, or the word fits
    any body (an umbrella word other than "group").
    """
    classes = word_classes()
    if token.lower_ in classes.umbrella_organisation_words and token.lower_ not in _LOOSE_WORDS:
        return True
    kinds = _kind_words(token)
    return bool(kinds & _name_words(actor) or kinds & _called(ctx, actor))


def _introduced_unnamed(token: Token) -> Token | None:
    """An earlier mention of the description's word with an indefinite article, in the same or previous sentence.

    "a group of eight volunteers ... the group handed the money over": the
    description refers to the group just introduced, not to an organisation
    named before it.
    """
    start = sentence_back(token, 1).start
    for earlier in reversed(token.doc[start : token.left_edge.i]):
        if earlier.lemma_.lower() == token.lemma_.lower() and earlier.pos_ == "NOUN":
            dets = [c.lower_ for c in earlier.children if c.dep_ == "det"]
            return earlier if dets and dets[0] in INDEFINITE_DETERMINERS else None
    return None


@per_resources
def _naming_participles() -> frozenset[str]:
    """``naming_participles`` of ``actor_words.en.yaml``: "known as", "called", "calling itself"."""
    return frozenset(str(w).lower() for w in load_yaml("lexicons/actor_words.en.yaml").get("naming_participles", []))


def _known_as(noun: Token) -> Token | None:
    """The name a noun is given: "a group *known as / calling itself / called* X", "a group, X,", "X, a company"."""
    if noun.dep_ in {"appos", "attr"} and noun.head.pos_ == "PROPN":
        return noun.head  # "Acme Foods, a company based in Ohio, ...": the name the noun describes
    naming = _naming_participles()
    for child in noun.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            return child
        if child.dep_ == "acl" and child.lemma_ in naming:
            named = [g for p in child.children if p.lower_ == "as" for g in p.children if g.pos_ == "PROPN"]
            named += [o for o in child.children if o.dep_ in {"oprd", "dobj", "attr"} and o.pos_ == "PROPN"]
            if named:
                return named[0]
    return None


def _reporters_body(ctx: DocContext, token: Token) -> Actor | None:
    """The organisation in the title of whoever reports the clause the description is in.

    "DSWD Regional Director Leah Cabrera said the agency has distributed
    ...": the agency is the DSWD, the body its own official speaks for, when
    it is of the description's kind; "she said the agency" is the body of
    the person "she" refers to.
    """
    clause = token
    while clause.dep_ not in {"ccomp", "ROOT"} and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp":
        return None
    subjects = [c for c in clause.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if len(subjects) != 1:
        return None
    if subjects[0].lower_ in {"he", "she"}:
        # "UNICEF chief X met Y. She told reporters that the agency ...": the person "she" is
        found = ctx.actors.resolve_pronoun(subjects[0])
        reporter = found[0] if found is not None else None
    else:
        resolved = ctx.actor(subjects[0])
        reporter = resolved[0] if resolved is not None else None
    if reporter is None or reporter.kind != ActorKind.PERSON:
        return None
    if reporter.affiliation:
        affiliated = Actor(name=reporter.affiliation, kind=ActorKind.ORGANIZATION)  # "DSWD Regional Director X"
        return affiliated if _same_kind(token, affiliated) else None
    if not reporter.title:
        return None
    title = f" {reporter.title} "
    named = {e.text: e for e in doc_ents(token.doc) if e.label_ == "ORG" and f" {e.text} " in title}
    acronym = list(itertools.takewhile(lambda w: w.isupper() and w.isalpha() and len(w) > 1, title.split()))
    if len(named) > 1 or (not named and len(acronym) != 1):
        return None
    actor: Actor | None = None
    if named:
        (body,) = named.values()
        resolved = ctx.actor(body.root)
        actor = resolved[0] if resolved is not None and resolved[0].kind != ActorKind.PERSON else None
    # the tagger's name, or an acronym opening the title ("UNICEF Executive Director"), as the body's name
    actor = actor or Actor(name=next(iter(named), acronym[0] if acronym else ""), kind=ActorKind.ORGANIZATION)
    return actor if _same_kind(token, actor) else None


def _described_otherwise(ctx: DocContext, token: Token, actor: Actor) -> bool:
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
    kinds = _called(ctx, actor)
    words = _kind_words(token)
    if words & {_us_spelling(w.lower()) for w in actor.name.split()}:
        return False  # "the International Monetary Fund ... the fund"
    return bool(kinds) and not words & kinds


def _kind_words(token: Token) -> set[str]:
    """The description's organisation word and the words of the same kind of body (``kind_synonyms``)."""
    word = token.lemma_.lower()
    return {_us_spelling(w) for w in {word, *kind_synonyms().get(word, ())}}


def _called(ctx: DocContext, actor: Actor) -> set[str]:
    """The kinds of body the article called an organisation: "engine *maker* Rolls-Royce", "the U.N. refugee *agency*".

    A lower-case noun the name carries as a compound or apposition, or an
    organisation word the name modifies.
    """
    classes = word_classes()
    rec = next((r for r in ctx.actors.records if r.name == actor.name), None)
    if rec is None:
        return set()
    kinds: set[str] = set()
    for start, end in rec.mentions:
        span = ctx.doc.char_span(start, end, alignment_mode="expand")
        words = [t for t in span or () if t.dep_ != "det"]  # "The X Institute mission": the name, not "The"
        if not words:
            continue
        root = ctx.doc[words[0].i : words[-1].i + 1].root
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
        country = country_from_adjective_phrase(modifier.text) if modifier.dep_ in PARENT_DEPS else None
        if country is not None and actor.country != country:
            return False
    return True


def _parent(modifier: Token, head: Token) -> bool:
    """A nationality or parent body before a description's word in lower case: "the *U.N.* agency"."""
    return (
        modifier.i < head.i
        and modifier.dep_ in PARENT_DEPS
        and modifier.ent_type_ in {"ORG", "NORP", "GPE"}
        and head.ent_type_ == ""
        and head.text.islower()
    )


def _named_with_word(ctx: DocContext, token: Token) -> tuple[Actor | None, bool]:
    """The organisation named last before ``token`` whose own name holds its word, for a word of one kind.

    "... to the Cumbria Community Foundation ... the foundation said": the
    foundation, whichever organisation was the subject since ("the company"
    and other umbrella words may stand for any and resolve as "it" would).
    Only a body mention in the same or the previous three sentences counts,
    unless the word followed the name there ("the Civic Forum party ... four
    sentences on ... the party said") and no other body was named, nor the
    word given to another, since. A body the recogniser did not tag but a
    named owner makes definite ("Chile's transport ministry", "the Oslo port
    authority") counts too. Returns the body (or None) and whether a body
    named with the word was passed over for one named since: then no other
    referent is guessed.
    """
    kinds = _kind_words(token)  # "the force" for "Westmoor Police", "the regulator" for "X Authority"
    if token.lower_ in word_classes().umbrella_organisation_words:
        return None, False
    # named in the body, in the same or the previous three sentences
    floor = max(sentence_back(token, 3).start_char, ctx.actors.headline_end)
    best: tuple[int, Actor] | None = None
    contested = False
    text = ctx.clean.text
    bodies = [r for r in ctx.actors.records if r.kind == ActorKind.ORGANIZATION]
    for rec in bodies:
        words = {_us_spelling(w.lower()) for w in rec.name.split()}
        # "the Civic Forum party ... the party said": the word right after the name, anywhere in the body
        told_all = [
            (start, end)
            for start, end in rec.mentions
            if ctx.actors.headline_end <= start < token.idx and _first_word(text[end : end + _WORD_AFTER_NAME]) in kinds
        ]
        # ("The ruling ANC party ... The Democratic Alliance said ... The party said" is no ANC's)
        told = [
            start
            for start, end in told_all
            if not _named_since(bodies, rec, start, token.idx) and not _word_since(token, end)
        ]
        contested = contested or len(told) < len(told_all)
        if (not kinds & words or len(words) < 2) and not told:
            continue  # a name of its own besides the word ("Bank" alone is the word misread as a name)
        before = [start for start, _ in rec.mentions if floor <= start < token.idx] + told
        if before and (best is None or max(before) > best[0]):
            best = (max(before), rec.to_actor())
    owned = _owned_body(ctx, token, floor)
    if owned is not None and (best is None or owned[0] > best[0]):
        best = owned
    return (best[1] if best is not None else None), contested


#: How far after a body's name its description word is looked for ("the Civic Forum *party*, led by ...").
_WORD_AFTER_NAME = 40


def _first_word(text: str) -> str:
    """The first word of ``text`` in lower case, US spelling ("" when it opens with no letter)."""
    found = re.match(r"\s*([^\W\d_]+)", text)
    return _us_spelling(found.group(1).lower()) if found else ""


def _named_since(bodies: list[ActorRecord], rec: ActorRecord, start: int, end: int) -> bool:
    """Whether another body was named between ``start`` and ``end``."""
    return any(other is not rec and any(start < s < end for s, _ in other.mentions) for other in bodies)


def _word_since(token: Token, after: int) -> bool:
    """Whether the description's word was given to another name between a name's end and the description.

    "Yesh Atid, the main opposition *party*, called for elections. The party
    said ...": the word in apposition to a name, or with a name of its own
    ("the Freedom *party*"), described another since (whatever the
    recogniser made of that name); "the party's leader" and "the party won"
    still speak of the first.
    """
    span = token.doc.char_span(after, token.idx, alignment_mode="contract")
    if span is None:
        return False
    lemma = token.lemma_.lower()
    for t in span:
        if t.lemma_.lower() != lemma or not doc_text(token.doc)[after : t.idx].strip(" ,"):
            continue  # (the word right after the first name is that name's)
        named = any(c.dep_ in {"compound", "nmod", "appos"} and c.pos_ == "PROPN" for c in t.children)
        if named or (t.dep_ == "appos" and t.head.pos_ == "PROPN"):
            return True
    return False


def _owned_body(ctx: DocContext, token: Token, floor: int) -> tuple[int, Actor] | None:
    """The latest earlier mention of the description's word that a named owner makes one body.

    "Chile's transport ministry criticised ... The ministry said": the same
    word, after ``floor`` and before the description, with a named place or
    organisation as its possessor or modifier (or inside them: "the
    Guanajuato attorney general's office"), resolved as an organisation.
    """
    doc = token.doc
    first = doc.char_span(floor, token.idx, alignment_mode="expand")
    if first is None:
        return None
    for earlier in reversed(first):
        if earlier.lower_ != token.lower_ or earlier.i >= token.i:
            continue
        # ("the Guanajuato attorney general's office": the owner's own modifier names the place)
        owner = any(
            c.dep_ in {"poss", *PARENT_DEPS}
            and any(t.ent_type_ in {"GPE", "ORG", "NORP"} or (t.pos_ == "PROPN" and t.is_title) for t in c.subtree)
            for c in earlier.children
        )
        if not owner:
            continue
        resolved = ctx.actor(earlier)
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
    regulator") only a name with it or a word of its kind (``kind_synonyms``);
    a facility's name (``facility_words``: "X Power Plant") only its own word
    or a company's ("the company": "Home Depot").
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
    company = token.lower_ in classes.company_words
    body = bool(own_words & classes.organisation_words)  # "the Federal Ministry of Works": a ministry, no works
    if last in classes.facility_words and _us_spelling(last) not in _kind_words(token) and not (company or body):
        # "the agency" is no "Zaporizhzhia Nuclear Power Plant" (``facility_words``); "the company" may be
        # "Home Depot" or "Colonial Pipeline"
        return False
    # (a US police department goes by its initials: "NYPD", "LAPD"; a force also by the names the article gave
    # it, "the Zimbabwe Republic Police (ZRP)", spelt with or without accents: "Gardaí")
    department = token.lower_ == "police" and any(w.isupper() and w.endswith("PD") for w in actor.name.split())
    names = [actor.name, *(a for a in actor.aliases if not a.islower())]  # not the description itself ("police")
    known = {_us_spelling(name_key(w)) for n in names for w in n.split()}
    if token.lower_ in classes.descriptive_organisation_words and not _kind_words(token) & known and not department:
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
    kinds = [c for c in token.children if c.dep_ in PARENT_DEPS and c.text.islower() and c.is_alpha]
    return all(_us_spelling(c.lower_) in own for c in kinds)


def _us_spelling(word: str) -> str:
    """One spelling for British and American forms ("centre" -> "center", "organisation" -> "organization")."""
    return re.sub(r"isation$", "ization", re.sub(r"tre$", "ter", re.sub(r"mme$", "m", word)))


def as_described(ctx: DocContext, token: Token, actor: Actor) -> Actor:
    """The actor a description refers to, with the description among its aliases and as its mention."""
    words = [t for t in token.subtree if t.i <= token.i and t.dep_ != "det" and not t.is_punct]
    description = token.doc[words[0].i : token.i + 1].text if words else token.text  # "prime minister-designate"
    aliases = [*actor.aliases, description] if description not in actor.aliases else actor.aliases
    return actor.model_copy(update={"aliases": aliases, "mentions": [ctx.span_of(token)]})
