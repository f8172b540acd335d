"""Speakers: resolving a speaker token to an actor, media relays, and the pronoun chain."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventkit.doccache import entity_of
from eventkit.extractors.modality import modality_words
from eventkit.extractors.organisations import organisation_referent
from eventkit.extractors.statement.antecedents import PRONOUN_CONFIDENCE, PRONOUN_GENDER, Antecedents
from eventkit.extractors.statement.cues import cue_group, cue_lexicon, lemma_of
from eventkit.extractors.statement.descriptions import (
    DESCRIPTION_CONFIDENCE,
    description_referent,
    epithet_referent,
    is_age_epithet,
    is_epithet,
    is_person_epithet,
    portfolio_referent,
)
from eventkit.extractors.statement.reader import Candidate, Reader
from eventkit.extractors.statement.syntax import (
    DETERMINERS,
    FINITE_TAGS,
    FIRST_PERSON,
    NAMED_ENTS,
    PERSON_PRONOUNS,
    SUBJECTS,
    is_named,
    name_after_abbreviation,
    names_role_holder,
    of_role,
    own_subject,
    person_name,
    trim,
)
from eventkit.extractors.syntax import governing_verb
from eventkit.extractors.triggers import TITLED_CONFIDENCE, titled_by_closing_name
from eventkit.lexicons import load_yaml, per_resources
from eventkit.models import Actor, ActorKind
from eventkit.normalize.actors import is_body_noun
from eventkit.normalize.countries import country_code
from eventkit.normalize.mentions import (
    ARTICLES,
    DEFINITE_DETERMINERS,
    INDEFINITE_DETERMINERS,
    first_name_gender,
    honorific_gender,
    is_body_word,
    is_informant_noun,
    is_person_word,
    is_title,
    noun_phrase,
    person_nouns,
    word_classes,
)
from eventkit.normalize.places import resolve_place

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

#: A quote linked to a cue through a name the parse left without a verb has at least this many words.
MIN_QUOTE_WORDS = 4
#: Relative pronouns that stand for the noun their clause describes ("Smith, who said ...").
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
#: Prepositions that anchor a role to a name: "a spokeswoman for X", "the head of X".
_ROLE_PREPS = frozenset({"for", "of", "at", "from"})
#: Entity labels of what a role is held for: a body, a place, a people ("Acme's head of office", "Lyon's mayor").
_AFFILIATION_LABELS = frozenset({"ORG", "GPE", "NORP"})

#: A speaker found by a known surname the parse ran into another entity ("the Harbour Gazette Lopez said").
SURNAME_CONFIDENCE = 0.75
#: Words that join the capitalised words of one body's name ("Movement *for* Democratic Change").
_NAME_JOINTS = frozenset({"of", "for", "and"})
#: Parts of speech that never name a speaker.
_NOT_NOMINAL = frozenset({"VERB", "AUX", "ADJ", "ADV", "ADP", "CCONJ", "SCONJ", "PART", "PUNCT", "NUM"})
_SPACED_POSSESSIVE = re.compile(r"\s+'s\b")
#: Characters a clean speaker name neither starts nor ends with.
_NAME_STRIP = " -\u2013\u2014,;:\"'"


def is_generic(phrase: SpacySpan) -> bool:
    """True for a speaker that names nobody: "the report", "officials", "observers".

    A definite body of a kind ("the transport ministry") names one.
    """
    cues = cue_lexicon()
    words = [t for t in phrase if not t.is_punct and t.lower_ not in DETERMINERS and t.dep_ != "poss"]
    if not words:
        return True
    if any(t.ent_type_ or t.pos_ == "PROPN" or t.text[:1].isupper() for t in words):
        return False
    if len(words) == 1:
        return True
    root = phrase.root
    if root.lower_ in word_classes().organisation_words and any(
        c.dep_ == "det" and c.lower_ == "the" for c in root.children
    ):
        return False  # "the transport ministry": one body of the country the story is about
    return root.lower_ not in cues.media


def is_vague(token: Token) -> bool:
    """A sentence-initial common noun ("Officials said ..."): a speaker, but a vague one."""
    phrase = [t for t in token.subtree if t.i <= token.i and not t.is_punct]
    if not phrase or not phrase[0].is_sent_start or token.pos_ not in {"NOUN", "PROPN"}:
        return False
    # no entity, and no capital letter but the sentence's first
    return all(t.ent_type_ == "" and (t.i == phrase[0].i or not t.text[:1].isupper()) for t in phrase)


def described_role(token: Token) -> str | None:
    """The text of a role anchored by a name: "a spokeswoman for X", "X's tax chief", "a spokesperson for the X union".

    None when no name anchors it.
    """
    if token.pos_ != "NOUN":
        return None
    doc = token.doc
    start, end, anchored = token.left_edge.i, token.i + 1, False
    for child in token.children:
        if child.dep_ == "poss" and child.i < token.i and any(is_named(t) for t in child.subtree):
            anchored = True
        elif (
            child.dep_ == "prep"
            and child.i == token.i + 1
            and child.lower_ in _ROLE_PREPS
            and token.lower_ in cue_lexicon().roles
        ):
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            # "a spokesperson for the Unite union": a body its name modifies anchors the role too
            named = pobj is not None and (
                is_named(pobj) or any(c.dep_ == "compound" and is_named(c) for c in pobj.children)
            )
            if pobj is not None and named:
                anchored, end = True, max(noun_phrase(pobj).end, _entity_end(pobj))
    while start < token.i and (doc[start].is_punct or doc[start].lower_ in DETERMINERS):
        start += 1
    if not anchored or end - start > 10:
        return None
    return doc[start:end].text


def _entity_end(token: Token) -> int:
    """Where the named entity a token is in ends ("the Department *of Health*"); the token's own end outside one."""
    ent = entity_of(token)
    return token.i + 1 if ent is None else ent.end


def _second_title_of(token: Token) -> Token | None:
    """The name a bare title is coordinated with: "*contender* and former neurosurgeon Ben Carson".

    A singular person noun with no article, whose one conjunct is a person's
    name, is the first of two titles of that person, not a second speaker.
    """
    if token.tag_ != "NN" or token.lemma_.lower() not in person_nouns():
        return None
    if any(c.dep_ == "det" for c in token.children):
        return None  # "the senator and John Smith": two people
    conjuncts = [c for c in token.children if c.dep_ == "conj"]
    if len(conjuncts) != 1 or conjuncts[0].ent_type_ != "PERSON" or not is_named(conjuncts[0]):
        return None
    return conjuncts[0]


def _name_after_title_phrase(token: Token) -> Token | None:
    """The name closing a title phrase: "Director of programming *Selma Okonkwo* said", "Head of research Tom Reyes".

    The subject is a capitalised title with no article, its phrase runs on
    through prepositions to a person's name that ends it, and no verb
    stands between: the parse hangs the name inside the title's phrase. A
    body's name in place of the title will do when a role word stands
    right before the name ("Unity for Change *leader* Nika Gelashvili").
    """
    roles = cue_lexicon().roles
    if not token.is_title or any(c.dep_ == "det" for c in token.children):
        return None
    if not any(c.dep_ == "prep" for c in token.children):
        return None
    last = token.right_edge
    if last.ent_type_ != "PERSON" or last.i <= token.i + 2:
        return None
    if any(t.pos_ in {"VERB", "AUX"} for t in token.doc[token.i + 1 : last.i]):
        return None
    if token.lower_ in roles:
        return last
    # "Unity for Change leader Nika Gelashvili said", "Chamber of Mines chief executive Ana Ruiz said": a body's
    # name, then a role right before the name that closes the phrase
    start = last.i
    while start > token.i and token.doc[start - 1].ent_type_ == "PERSON":
        start -= 1
    role = start - 1
    while role > token.i and token.doc[role - 1].lower_ in roles and not token.doc[role - 1].is_title:
        role -= 1  # "chief executive", "director general"
    if token.doc[start - 1].lower_ not in roles or token.doc[start - 1].is_title:
        return None
    return last if _body_name(token, token.doc[token.i : role]) else None


def _body_name(head: Token, words: SpacySpan) -> bool:
    """Words that are one body's name, from its head on.

    A singular head that opens bodies' names (``organisation_words``, ``body_name_heads``), then
    capitalised words and the joints of names ("Unity *for* Change", "League *of* Women Voters"; not
    "Supporters of former president", "Ally of Labour leader", "Estate of Microsoft founder": someone's
    people or things, the role that name's).
    """
    heads = word_classes().organisation_words | cue_lexicon().body_name_heads
    if head.tag_ in {"NNS", "NNPS"} or head.lower_ not in heads:
        return False  # "Ally of Labour leader X", "Estate of Microsoft founder Y": the role is that name's
    return all(t.is_title or t.lower_ in _NAME_JOINTS for t in words)


def _nationals(token: Token) -> bool:
    """A plural nationality noun: "Norwegians", "most Americans" (a nation's people, never its state)."""
    return token.ent_type_ == "NORP" and token.tag_ in {"NNS", "NNPS"} and token.text[-1:].lower() == "s"


def _national(token: Token) -> bool:
    """A singular person noun of no title or state that a nationality describes: "a Sudanese *man*"."""
    return (
        token.pos_ == "NOUN"
        and token.tag_ == "NN"
        and token.ent_iob_ == "O"
        and (is_person_word(token) or is_informant_noun(token))  # "an Egyptian source said"
        and not is_title(token.text)
        and token.lemma_.lower() not in word_classes().state_words
    )


def _people_of(token: Token) -> bool:
    """A plural person noun with no name of its own: "officials", "diplomats", "lawmakers", "sources"."""
    return (
        token.tag_ == "NNS"
        and token.ent_iob_ == "O"
        and (token.lemma_.lower() in person_nouns() or is_informant_noun(token))
        and token.lemma_.lower() not in word_classes().state_words
    )


def indefinite(token: Token) -> bool:
    """A noun phrase with an indefinite article: "a Democrat from Oregon" describes, it names nobody."""
    return any(c.dep_ == "det" and c.lower_ in ARTICLES for c in token.children)


def _misread_name(reader: Reader, token: Token) -> bool:
    """A name the tagger took for an adjective ('"...," said *Lopez*') or a verb ("*Save* the Children said").

    It is capitalised and a person or organisation entity, or the surname of
    the one person of the document so named; a verb only when it opens an
    entity.
    """
    if token.pos_ == "VERB" and token.is_title and token.ent_iob_ == "B":
        return token.ent_type_ in {"PERSON", "ORG"}
    if token.pos_ != "ADJ" or not token.is_title:
        return False
    return token.ent_type_ in {"PERSON", "ORG"} or reader.ctx.actors.surname_person(token) is not None


def resolve_speaker(reader: Reader, token: Token) -> tuple[Actor, float, bool] | None:
    """Resolve a speaker token: (actor, confidence, generic)."""
    after = name_after_abbreviation(token)
    if after is not None:
        return resolve_speaker(reader, after)  # '"...," said Engr. Ade Bello': the name, never "Engr"
    if (
        token.lower_ in _RELATIVE_PRONOUNS
        and token.head.dep_ == "relcl"
        and token.head.head.ent_type_ in {"PERSON", "ORG"}
    ):
        # "Smith, who said ...": the name the relative clause describes speaks ("a critic who said" names nobody)
        return resolve_speaker(reader, token.head.head)
    appos = next((c for c in token.children if c.dep_ == "appos" and is_named(c)), None)
    if appos is not None and token.pos_ == "NUM":
        return resolve_speaker(reader, appos)  # "one of the family's lawyers, Ana Ruiz, said"
    named_appos = _named_apposition(token)
    if token.pos_ == "ADJ" and named_appos is not None:
        # "His neighbour, florist Amanda Lee, said" ("neighbour" an ADJ)
        return _person_if_described(resolve_speaker(reader, named_appos), token)
    if token.lower_ in FIRST_PERSON or (token.pos_ in _NOT_NOMINAL and not _misread_name(reader, token)):
        return None  # "I", "we"; a verb or adjective the parse made a subject ("Commenting on ...")
    if token.pos_ == "ADJ" and not token.ent_type_ and (record := reader.ctx.actors.surname_person(token)):
        mention = reader.ctx.span_of(token)
        return record.to_actor().model_copy(update={"mentions": [mention]}), SURNAME_CONFIDENCE, False
    if named_appos is not None and person_name(named_appos) and (_role_word(token) or _titled(token, named_appos)):
        # "Labour MP for Lincoln, Hamish Falconer, said", "The Humanitarian Coordinator, Ms. Ingrid Valmer,
        # said": a title the parse read as a name (or an organisation), its holder named
        holding = resolve_speaker(reader, named_appos)
        return None if holding is None else (_role_holder(holding[0], token, named_appos), *holding[1:])
    titled = _second_title_of(token) or _name_after_title_phrase(token)
    if titled is not None:
        # "GOP presidential contender and former neurosurgeon Ben Carson said": two titles of one person
        return resolve_speaker(reader, titled)
    holder = titled_by_closing_name(reader.ctx, token)
    if holder is not None:
        return holder, TITLED_CONFIDENCE, False  # "Superintendent of Police Sakshi Verma said" (no entity)
    if not is_named(token):
        # "The state's campaign chairman, Jane Doe, said": the name in apposition speaks ("the senator,
        # a Democrat from Oregon," is described, not named)
        if named_appos is not None:
            # a name described as a body ("the owner, the property company X,") is no person
            of_body = is_body_word(named_appos.head.lower_)
            appos_speaker = resolve_speaker(reader, named_appos)
            if of_body and _place_named(named_appos, appos_speaker):
                return None  # "the state firm, Russia's Gazprom,", "the arts group Lisbon": no place speaks for it
            return _person_if_described(appos_speaker, named_appos.head if of_body else token)
        # "a fishing group called Harbour Voice said": the name the group goes by speaks
        named = _named_by(token)
        if named is not None:
            return resolve_speaker(reader, named)
        # "a statement from the ministry said", "a post on Acme's website said": its author speaks
        author = _author_of(reader, token)
        if author is not None:
            return resolve_speaker(reader, author)
    resolved = reader.ctx.actor(token)
    if resolved is None:
        return None
    actor, conf = resolved
    if token.lower_ in PERSON_PRONOUNS or token.pos_ == "PRON":
        return actor, conf, False
    if actor.kind == ActorKind.COUNTRY and (_people_of(token) or _nationals(token)):
        # "French officials said", "Norwegians now say": people of the country, not its government
        words = [t for t in noun_phrase(token) if t.i <= token.i and t.lower_ not in DETERMINERS]
        name = token.doc[words[0].i : token.i + 1].text if words else token.text
        actor = Actor(name=name, kind=ActorKind.GROUP, country=actor.country, mentions=actor.mentions)
    elif actor.kind == ActorKind.COUNTRY and _national(token):
        # "A Sudanese man said", "one Kenyan resident said": a person of the country, not its state
        words = [t for t in noun_phrase(token) if t.i <= token.i and t.lower_ not in DETERMINERS and t.pos_ != "NUM"]
        name = token.doc[words[0].i : token.i + 1].text if words else token.text
        actor = Actor(name=name, kind=ActorKind.PERSON, country=actor.country, mentions=actor.mentions)
    if token.pos_ == "NOUN" and token.ent_iob_ == "O" and _person_of(actor, token):
        # "the Harbour Party leadership candidate argued", "one Labour backbencher said": a person of
        # the party, not the party; "a senior Ruiz adviser admitted": the adviser, not Ruiz
        return _titled_person(token, actor), min(conf, DESCRIPTION_CONFIDENCE), False
    if (force := _force_in_place(token)) is not None:
        # "police in Ashworth said": the force of the town, as "Ashworth police said"
        return force.model_copy(update={"mentions": actor.mentions}), conf, False
    phrase = noun_phrase(token)
    generic = is_generic(phrase) and token.ent_type_ == "" and not _titled_as(actor, token) and not _of_place(token)
    if token.lower_ in reader.cues.not_speakers:
        return None
    generic = generic or _share_of_group(reader, token)
    if generic:
        # "a spokeswoman for the Acme Party", "Ohio's tax commissioner": a role a name anchors
        described = described_role(token)
        if described is not None:
            actor, generic = actor.model_copy(update={"name": described}), False
        elif (body := _described_body(reader, token)) is not None:
            # "a spokesperson for the association" after "the Ontario Hospital Association": its voice
            prep, org = body
            update = {"name": f"{token.text} {prep.lower_} {org.name}", "affiliation": org.name, "title": token.lower_}
            actor, generic = actor.model_copy(update=update), False
        elif (company := _company_of_role(reader, token)) is not None:
            # "'...,' a company spokesperson said" after "Lumio said ...": the company's voice
            update = {"name": f"{company.name} {token.text}", "affiliation": company.name, "title": token.lower_}
            actor, generic = actor.model_copy(update=update), False
    return actor, conf, generic


def _place_named(name: Token, resolved: tuple[Actor, float, bool] | None) -> bool:
    """A name in apposition to a body word that reads as a place: a place entity, or it resolves to a country.

    "the state firm, Russia's Gazprom," (the recogniser may tag the whole
    phrase a place), "the arts group Lisbon": the body is not the place, and
    the place would speak in its stead. "the energy firm, Norway's Equinor,"
    with Equinor an organisation is the organisation's.
    """
    if name.ent_type_ in {"GPE", "LOC"}:
        return True
    return resolved is not None and resolved[0].kind == ActorKind.COUNTRY


def _share_of_group(reader: Reader, token: Token) -> bool:
    """A plural speaker quantified as a share of a group: "Most Republicans", "six in ten voters" (a poll's finding).

    A quantifier of ``share_quantifiers`` before it, or a number with "in"
    ("one in five respondents"), makes it a share, which names nobody.
    """
    if token.tag_ not in {"NNS", "NNPS"}:
        return False
    for child in token.children:
        if child.i < token.i and child.lower_ in reader.cues.share_quantifiers:
            return True  # "Most Republicans" (the parse may make "Most" a compound)
        if child.dep_ == "nummod" and any(q.dep_ == "quantmod" and q.lower_ == "in" for q in child.children):
            return True  # "one in five respondents"
    return False


def _person_if_described(
    resolved: tuple[Actor, float, bool] | None, description: Token
) -> tuple[Actor, float, bool] | None:
    """A name of unknown kind set in apposition to a person word is a person's ("Her neighbour, Giorgos, said")."""
    if resolved is None or resolved[0].kind != ActorKind.UNKNOWN or not is_person_word(description):
        return resolved
    actor, confidence, generic = resolved
    return actor.model_copy(update={"kind": ActorKind.PERSON}), confidence, generic


#: Most words of a role phrase recorded as the title of the name set off after it.
_MAX_ROLE_WORDS = 8


def _role_holder(actor: Actor, role: Token, name: Token) -> Actor:
    """The person a capitalised role phrase names in apposition, with that role as their title.

    "The Commissioner for Works, Mr Kofi Mensah, said": Kofi Mensah speaks,
    a person whatever the recogniser made of the name, with the title
    "Commissioner for Works" (the role's words between its article and the
    comma before the name, when there are few enough).
    """
    doc = role.doc
    start, end = role.left_edge.i, name.left_edge.i
    while start < end and (doc[start].is_punct or doc[start].lower_ in DETERMINERS):
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    update: dict[str, object] = {"kind": ActorKind.PERSON}
    if start <= role.i < end and end - start <= _MAX_ROLE_WORDS:
        update["title"] = doc[start:end].text
    words = actor.name.split()
    while len(words) > 2 and (honorific_gender(words[0]) is not None or is_title(words[0])):
        words = words[1:]  # "Mr Kofi Ama Mensah" (a name no recogniser tagged): the honorific is no part of it
    if len(words) < len(actor.name.split()):
        update["name"] = " ".join(words)
        update["aliases"] = list(dict.fromkeys([*actor.aliases, actor.name]))
    return actor.model_copy(update=update)


def _role_word(token: Token) -> bool:
    """A title, or a person noun written with a capital as titles are ("Coordinator", "Envoy", "Rapporteur")."""
    return is_title(token.text) or (token.text[:1].isupper() and token.lower_ in person_nouns())


def _titled(token: Token, name: Token) -> bool:
    """A title inside the phrase a name is set in apposition to: "The Council of Europe's *Commissioner* for ...".

    The parse may make the organisation that owns the title the subject; the
    title's holder, named after it, speaks.
    """
    if token.ent_type_ == "PERSON":
        return False  # "Senate Majority Leader Curtis Albright, R-Blair,": the person's own title
    return any(
        t.i < name.i and t.i != token.i and _role_word(t) and not (t.head.i == token.i and t.dep_ == "compound")
        for t in token.subtree
    )


def _named_apposition(token: Token) -> Token | None:
    """The name set in apposition to a speaker phrase ("the opposition leader, *John Smith*, said"), if any.

    Through a description of a person in between: "Outside court, the
    defendant's union representative, Paul Dryden, said" (the parse making
    "court" the subject) is Paul Dryden; or of a body (an organisation word):
    "The building's owner, the property company Hillcrest Terrace, said" is
    Hillcrest Terrace. A rank the parse set apart before
    the name ("the spokesman, *Brigadier General* Ali Harazi") is no name.
    """
    appositions = [c for c in token.children if c.dep_ == "appos" and not indefinite(c)]
    for c in appositions:
        if is_named(c):
            later = next((d for d in appositions if d.i > c.i and d.ent_type_ == "PERSON"), None)
            if is_title(c.text) and later is not None and c.ent_type_ != "PERSON":
                return later  # "spokesman, Brigadier General Ali Harazi, said": the parse split the rank off
            return c
        if (is_person_word(c) or is_body_word(c.lower_)) and not is_named(token):
            # "the building's owner, the property company Hillcrest Terrace, said": the body's name
            inner = next((d for d in c.children if d.dep_ == "appos" and is_named(d) and not indefinite(d)), None)
            if inner is not None:
                return inner
    return None


def _whose_antecedent(token: Token) -> Token | None:
    """The noun a "whose" before ``token`` belongs to, when the parse made that relative clause's subject a speaker.

    "Tom and Aisha Rahman, whose daughter Layla died in March, said ...":
    the noun before the comma (the first of its coordination) is whose
    daughter it is.
    """
    whose = next((c for c in token.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
    if whose is None or token.head.dep_ == "relcl":
        return None  # a relative clause the parse got right is no speaker's anyway
    i = whose.i - 1
    while i >= 0 and token.doc[i].is_punct:
        i -= 1
    if i < 0 or token.doc[i].pos_ not in {"PROPN", "NOUN"}:
        return None
    owner = token.doc[i]
    while owner.dep_ == "conj" and owner.i - 4 <= owner.head.i < owner.i:
        owner = owner.head  # "Tom and Aisha *Rahman*": the coordination's first name
    return owner


def _described_body(reader: Reader, token: Token) -> tuple[Token, Actor] | None:
    """The organisation a role's "for"/"of" description refers back to: "a spokesperson *for the association*".

    The role (``roles``) is anchored by a definite organisation word that
    refers back as "the association said" would (:func:`description_referent`).
    """
    if token.lower_ not in reader.cues.roles:
        return None
    prep = next((c for c in token.children if c.dep_ == "prep" and c.i == token.i + 1), None)
    if prep is None or prep.lower_ not in _ROLE_PREPS:
        return None
    body = next((g for g in prep.children if g.dep_ == "pobj"), None)
    org = description_referent(reader, body) if body is not None else None
    return (prep, org) if org is not None and org.kind == ActorKind.ORGANIZATION else None


def _company_of_role(reader: Reader, token: Token) -> Actor | None:
    """The organisation an organisation word before a role refers back to: "a *company* spokesperson".

    The role (``roles``) has a lower-case organisation word as compound
    ("a company spokesperson", "an airline spokeswoman"), resolved as "the
    company" would be (:func:`~eventkit.extractors.organisations.organisation_referent`).
    """
    if token.lower_ not in reader.cues.roles:
        return None
    word = next((c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower), None)
    org = organisation_referent(reader.ctx, word) if word is not None else None
    return org if org is not None and org.kind == ActorKind.ORGANIZATION else None


def _of_place(token: Token) -> bool:
    """A body named by "of" and a place: "the government of Japan", "the city of Phoenix" (not "residents of X")."""
    if not is_body_noun(token):
        return False
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and any(g.dep_ == "pobj" and g.ent_type_ == "GPE" for g in prep.children)
        for prep in token.rights
    )


#: The only words that may stand before a force placed by "in" ("the police in X", "local police in X").
_BARE_FORCE_WORDS = frozenset({"the", "local"})
#: Parts of speech of a word that would make the force a unit of it ("Riot police", "Off-duty police").
_MODIFIER_POS = frozenset({"ADJ", "NOUN", "PROPN", "VERB"})


def _force_in_place(token: Token) -> Actor | None:
    """The force of a town placed by "in": "*police in Ashworth* said" is "Ashworth police" (``place_force_words``).

    The force's noun is a common noun in lower case (or opening the
    sentence) with no word before it but "the" or "local" (a unit --
    "Border police", "Military police in X" -- or another country's force,
    "Chinese police in X", keeps its own name), and its "in" phrase is a place
    entity and nothing more ("police in riot gear", "police in the north of
    the city" name no force). The force is an organisation named by the
    place and the noun, as the actor index names "Ashworth police"; its
    country is left open when the sentence names a place of another country
    ("Police in Georgia said ... in Atlanta": a state, not the country).
    """
    if token.lower_ not in word_classes().place_force_words or token.pos_ != "NOUN":
        return None
    if not (token.text.islower() or token.is_sent_start):
        return None
    if any(c.lower_ not in _BARE_FORCE_WORDS for c in token.lefts):
        return None  # "Border police", "Chinese police", "some police in X": a unit or part, not the force
    prev = token.doc[token.i - 1] if token.i > 0 else None
    if prev is not None and prev.lower_ not in _BARE_FORCE_WORDS and (prev.pos_ in _MODIFIER_POS or prev.text == "-"):
        return None  # "Off-duty police in X", "Riot police in X": a modifier the parse left unattached
    prep = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "in" and c.i == token.i + 1), None)
    if prep is None:
        return None
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    ent = entity_of(obj) if obj is not None else None
    if obj is None or ent is None or ent.label_ != "GPE" or ent.start != prep.i + 1 or ent.end != obj.right_edge.i + 1:
        return None
    place = " ".join(ent.text.split())
    phrase = token.doc[token.i : ent.end]
    country = country_code(place) or (town.country if (town := resolve_place(place)) is not None else None)
    for other in token.sent.ents:
        if other.label_ != "GPE" or other.start == ent.start or (where := resolve_place(other.text)) is None:
            continue
        if where.country is not None and where.country != country:
            country = None  # "Police in Georgia said ... in Atlanta": the state's force, not the country's
    return Actor(
        name=f"{place} {token.lower_}",
        kind=ActorKind.ORGANIZATION,
        country=country,
        aliases=[phrase.text],
        mentions=[],
    )


def _titled_as(actor: Actor, token: Token) -> bool:
    """The actor is the one person the article gives the description's title ("India's defense minister")."""
    return actor.kind == ActorKind.PERSON and actor.title is not None and token.lower_ in actor.title.lower().split()


#: Possessive pronouns that anchor a role to whoever they refer to: "*its* spokesman", "*her* office".
_POSSESSIVE_PRONOUNS = frozenset({"its", "his", "her", "their"})
#: The gender of a person's possessive pronoun, resolved through the chain of speakers.
_POSSESSIVE_GENDER = {"his": "m", "her": "f"}


def owned_role(reader: Reader, token: Token, chain: Antecedents | None) -> Actor | None:
    """A speaking role (``owned_roles``) anchored by a possessive: "its spokesman", "her office", "X's spokesman".

    "his"/"her" resolve through the chain of speakers as "he"/"she" would
    (gender agreement), "its"/"their" as a subject pronoun (the latest
    organisation or group; never a name of the headline), a person's name
    as that person; the speaker is
    that actor's role ("Acme Shipping's spokesman", with ``affiliation`` Acme
    Shipping), a person, a group ("his lawyers") or an organisation ("her
    office", "his campaign"), as ``owned_roles`` files the role. Without a
    chain (a relayer's role: "X met Y, Ana Ruiz's office said") only a
    named possessor anchors the role.
    """
    if token.pos_ != "NOUN" or token.lower_ not in reader.cues.owned_roles:
        return None
    if any(c.dep_ == "appos" and is_named(c) for c in token.children):
        return None  # "her chief policy aide, Jake Sullivan, said": the name speaks
    poss = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS), None)
    # (a person's name the recogniser tagged a body is a person's: "Zelenskiy's office", checked below)
    named = next((c for c in token.children if c.dep_ == "poss" and c.ent_type_ in {"PERSON", "ORG"}), None)
    if poss is None and named is not None:
        poss = named  # "Prime Minister Keir Walton's spokesman said": the spokesman, not Walton
    if poss is None:
        return None
    if chain is None and poss.lower_ in _POSSESSIVE_PRONOUNS:
        return None  # (a relayer's pronoun has no chain of speakers to resolve through)
    if poss.lower_ in _POSSESSIVE_GENDER and chain is not None:
        # ("The driver was taken to hospital, his family said": an unnamed driver's, no other man's)
        owner = _reported_subject(reader, token, _POSSESSIVE_GENDER[poss.lower_]) or chain.resolve(
            poss, _POSSESSIVE_GENDER[poss.lower_]
        )
    else:
        resolved = reader.ctx.actor(poss)
        owner = resolved[0] if resolved is not None else None
    if owner is None or owner.kind == ActorKind.UNKNOWN:
        return None  # (neither resolution reaches back to the headline)
    if poss is named and named.ent_type_ == "ORG" and owner.kind != ActorKind.PERSON:
        return None  # a body's role is read elsewhere ("Acme Shipping's spokesman")
    first = next((t for t in token.doc[poss.i + 1 : token.i] if t.dep_ != "case"), token)
    role = token.doc[first.i : token.i + 1].text
    kind = ActorKind(reader.cues.owned_roles[token.lower_])  # "its spokesman", "his lawyers", "her office"
    plural = owner.kind == ActorKind.GROUP and owner.name.endswith("s")
    return Actor(
        name=f"{owner.name}' {role}" if plural else f"{owner.name}'s {role}",  # "Relatives' lawyer"
        kind=kind,
        country=owner.country,
        title=token.lower_ if kind == ActorKind.PERSON else None,
        affiliation=owner.name,
        aliases=[token.doc[poss.left_edge.i : token.i + 1].text],
        mentions=[reader.ctx.span_of(token.doc[poss.left_edge.i : token.i + 1])],
    )


def _reported_subject(reader: Reader, role: Token, gender: str) -> Actor | None:
    """The person a closing cue's "his"/"her" refers to: the subject of what was said before it.

    "President Ana Ruiz met church leaders on Thursday, her office said":
    the office is Ruiz's, whoever spoke last (a first name of the other
    gender rules the subject out). A definite description of a person as
    that subject ("The prime minister spoke ..., his office said") is the
    person it names, or an actor of unknown kind when the article names
    nobody for it: the office is no other person's (the caller speaks for
    no actor of unknown kind).
    """
    cue = role.head
    if role.dep_ not in SUBJECTS or cue.i < role.i:
        return None
    clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.i < role.i), None)
    subject = own_subject(clause) if clause is not None else None
    if subject is not None and subject.pos_ == "NOUN":
        # "Her rival, Senator Tom Hale, met ...": the name in apposition (a capitalised name the
        # tagger read as a common noun stands for itself)
        described = subject if _definite_person(subject) else None
        subject = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None) or (
            subject if subject.text[:1].isupper() else None
        )
        if subject is None and described is not None:
            found = reader.ctx.actor(described)
            if found is None or found[0].kind != ActorKind.PERSON or not found[0].name[:1].isupper():
                return Actor(name=described.text, kind=ActorKind.UNKNOWN)
            return found[0] if first_name_gender(found[0].name) in {None, gender} else None
    if subject is None or subject.pos_ not in {"PROPN", "NOUN"}:
        return None
    resolved = reader.ctx.actor(subject)
    if resolved is None or resolved[0].kind != ActorKind.PERSON or not resolved[0].name[:1].isupper():
        return None
    named = first_name_gender(resolved[0].name)
    return resolved[0] if named in {None, gender} else None


def _definite_person(noun: Token) -> bool:
    """A person described with "the": "the prime minister", "the driver" (no name of its own)."""
    return is_person_word(noun) and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _only_titled(actor: Actor) -> bool:
    """A person known only by a title ("Harbour Party leadership candidate"): no gender, no antecedent of "she"."""
    return actor.title is not None and actor.name.lower().endswith(actor.title)


def _person_of(actor: Actor, token: Token) -> bool:
    """A person word the actor only modifies: "the *party* leadership candidate", "a *Ruiz* adviser".

    A title of a body ("the NATO secretary general") or any person noun of a
    body or person named before it as a modifier ("one Labour backbencher",
    "a senior Ruiz aide").
    """
    if actor.kind != ActorKind.PERSON and is_title(token.text):
        return True
    if not is_person_word(token) or actor.kind not in {ActorKind.PERSON, ActorKind.ORGANIZATION}:
        return False
    return any(c.dep_ == "compound" and c.ent_type_ in {"PERSON", "ORG", "NORP"} for c in token.lefts)


def _titled_person(token: Token, anchor: Actor) -> Actor:
    """The person a title names, with the organisation or country before it ("the NATO secretary general")."""
    skipped = word_classes().determiners | INDEFINITE_DETERMINERS
    words = [t for t in noun_phrase(token) if not t.is_punct and t.lower_ not in skipped]
    name = token.doc[words[0].i : words[-1].i + 1].text if words else token.text
    org = anchor.kind == ActorKind.ORGANIZATION
    first = token.i
    while first > 0 and first - 1 >= words[0].i and is_title(token.doc[first - 1].text):
        first -= 1  # "secretary general", not "general"
    return Actor(
        name=name,
        kind=ActorKind.PERSON,
        country=anchor.country,
        title=token.doc[first : token.i + 1].text.lower(),
        affiliation=anchor.name if org else None,
        mentions=anchor.mentions,
    )


def _author_of(reader: Reader, token: Token) -> Token | None:
    """Who wrote a statement noun (the cue lexicon's ``nouns``) that speaks.

    "a statement *from/by/of* the ministry", "a post *on Acme's* website",
    "the statement on the website *of* Acme": the named author; "a statement
    *signed by the minister*": its signer (:func:`_signed_by`), a name or
    one person by a definite role.
    """
    if token.lemma_.lower() not in reader.cues.nouns and token.lower_ not in reader.cues.nouns:
        return None
    signer = _signed_by(reader, token)
    if signer is not None:
        return signer  # "a statement signed by the minister said"
    for prep in (c for c in token.children if c.dep_ == "prep"):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            if prep.lower_ in {"from", "by", "of"} and is_named(pobj):
                return pobj
            if prep.lower_ in {"on", "in"}:
                # "on Acme's website", "on the website of Acme"
                owners = [c for c in pobj.children if c.dep_ == "poss"]
                owners += [g for p in pobj.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
                found = next((o for o in owners if is_named(o)), None)
                if found is not None:
                    return found
    return _earlier_author(reader, token)


def _signed_by(reader: Reader, noun: Token) -> Token | None:
    """The agent of an issuing participle describing a statement noun: "a statement *signed by the minister*".

    A participle of an issuing verb (``issuing_verbs``: "signed", "issued",
    "released") with a "by" agent names who wrote the statement: a name, or
    one person by a role the narration may name ("the minister"; not "40
    lawmakers", a group, nor "the union's president", a role of a body).
    """
    for participle in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        if lemma_of(participle) not in reader.cues.issuing_verbs:
            continue
        for agent in (c for c in participle.children if c.dep_ == "agent"):
            author = next((g for g in agent.children if g.dep_ == "pobj"), None)
            if author is None:
                continue
            # "the minister", not "the union's president" nor "the governor of the central bank": a role
            # another body narrows may be no one the narration named
            definite = any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in author.children)
            narrowed = any(c.dep_ in {"poss", "prep"} for c in author.children)
            if is_named(author) or (author.tag_ == "NN" and is_person_word(author) and definite and not narrowed):
                return author
    return None


#: Sentences back in which "the statement said" looks for the statement's earlier mention.
_STATEMENT_ANTECEDENT_SENTENCES = 3


def _earlier_author(reader: Reader, token: Token) -> Token | None:
    """The author of the statement a definite statement noun refers back to.

    "The ministry issued a statement on Monday. ... the statement said":
    the statement's earlier mention, the object of an issuing verb
    (``issuing_verbs``: "issued a statement"), in an "in" phrase of a cue
    verb ("condemned the attack in a statement"), or owned ("the ministry's
    statement"), within `_STATEMENT_ANTECEDENT_SENTENCES` sentences, names
    who wrote it: the named subject of that verb, or the owner. The latest
    mention of the same noun decides; one with no named author ("Israel
    rejected a statement": rejecting is no issuing) names nobody; a mention
    with its own "by"/"from" author ("a statement by Hamas") names it.
    """
    if not any(c.dep_ == "det" and c.lower_ in modality_words("definite_determiners") for c in token.children):
        return None
    first = token.sent.start
    for _ in range(_STATEMENT_ANTECEDENT_SENTENCES):  # back sentence by sentence, not over the document
        if first == 0:
            break
        first = token.doc[first - 1].sent.start
    for earlier in reversed(token.doc[first : token.sent.start]):
        if earlier.lemma_.lower() != token.lemma_.lower() or earlier.pos_ != "NOUN":
            continue
        by = [g for p in earlier.children if p.dep_ == "prep" and p.lower_ in {"by", "from"} for g in p.children]
        author = next((g for g in by if g.dep_ == "pobj" and is_named(g)), None) or _signed_by(reader, earlier)
        if author is not None:
            return author  # "rejected a statement by Hamas", "a statement signed by the minister": its own author
        owner = next((c for c in earlier.children if c.dep_ == "poss"), None)
        verb = governing_verb(earlier, max_steps=4)  # "issued a statement", "condemned the attack in a statement"
        if owner is None and verb is not None:
            issued = earlier.dep_ == "dobj" and lemma_of(verb) in reader.cues.issuing_verbs
            said_in = earlier.dep_ == "pobj" and earlier.head.lower_ == "in" and cue_group(verb) is not None
            if issued or said_in:
                owner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return owner if owner is not None and is_named(owner) else None
    return None


def _named_by(token: Token) -> Token | None:
    """The name a naming participle gives a noun: "a group *called* Harbour Voice" -> Voice.

    Only a participle ("a nurse *named* X"); "The club named Smith as captain" is an act of naming.
    """
    for child in token.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in cue_lexicon().naming_verbs:
            if any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) and child.lemma_ == "name":
                continue  # "The club named Smith as captain": the parse made the verb a participle
            for obj in child.children:
                if obj.dep_ in {"oprd", "dobj", "attr", "npadvmod"} and is_named(obj):
                    return obj
    return None


def media_actor(reader: Reader, token: Token) -> Actor | None:
    """Resolve an outlet: "reports by Xinhua", "Chinese state news agency Xinhua", "the agency SUNA", "state media"."""
    target = token
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {"by", "from", "of", "in"}:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                target = pobj
    # "the state news agency SUNA": the outlet's name in apposition
    target = next((c for c in target.children if c.dep_ == "appos" and is_named(c)), target)
    role = owned_role(reader, target, None)
    if role is not None:
        return role  # "Rutte announced ..., Ana Ruiz's office said": her office relays, not Ruiz herself
    resolved = reader.ctx.actor(target)
    if resolved is None:
        return None
    actor = resolved[0]
    phrase = noun_phrase(target)
    names = [t for t in phrase if t.ent_type_ in {"ORG", "PERSON"}]
    if target.lower_ in reader.cues.media and not names:
        # "Belarussian state media": the outlet, not the country its adjective names
        words = [t.text for t in phrase if t.lower_ not in DETERMINERS and t.dep_ != "poss" and not t.is_punct]
        name = " ".join(words) or target.text
        return Actor(name=name, kind=ActorKind.ORGANIZATION, country=actor.country, mentions=actor.mentions)
    return actor


def attach_speakers(reader: Reader, cands: list[Candidate]) -> None:
    """Resolve every candidate's speaker token, in document order.

    "he" and "she" go through :class:`Antecedents` (the chain of speakers,
    gender agreement); any other pronoun through the document's actor index.
    """
    chain = Antecedents(reader, cands)
    described_bodies: dict[str, Actor] = {}  # "company" -> whom "the company said" named, for a later "it"
    # "spokesperson" -> the unnamed "a spokesperson for X" who spoke, for a later "the spokesperson added"
    anchored_roles: dict[str, tuple[Token, Actor]] = {}
    unnamed: set[str] = set()  # "union" of "The union said", which names nobody: "it" stands for nobody either
    for cand in sorted(cands, key=lambda c: c.cue.i):
        if cand.speaker_tok is None and cand.speaker is None:
            cand.speaker_tok = _name_before_cue(reader, cand) or _age_before_cue(cand.cue)
        if cand.speaker_tok is None and cand.speaker is None and (known := _surname_closing_entity(reader, cand)):
            cand.speaker, cand.speaker_conf = known, SURNAME_CONFIDENCE
            cand.speaker_found = f"the surname of {known.name}, read into the entity before the cue"
        if cand.speaker_tok is not None and (owner := _whose_antecedent(cand.speaker_tok)) is not None:
            # "Tom and Aisha Rahman, whose daughter Layla died ..., said": the parse made the relative clause the
            # main one; the people it describes speak, not the daughter
            cand.speaker_tok = owner
        role: Token | None = None  # the role word whose holder's name was set off before the cue
        if cand.speaker_tok is not None and (named := _name_set_off_before_cue(cand.speaker_tok, cand.cue)) is not None:
            # "A spokeswoman for the group X, Hannah Ferris, said": a lost apposition
            role, cand.speaker_tok = cand.speaker_tok, named
        tok = cand.speaker_tok
        if tok is None:
            if cand.speaker is not None and cand.speaker.kind == ActorKind.PERSON:
                chain.add_speaker(cand.cue, cand.speaker)
            continue
        signer = _author_of(reader, tok) if not is_named(tok) else None
        if signer is not None and not is_named(signer):
            tok = signer  # "a statement signed by the minister said": the minister, as "the minister said" would
        res: tuple[Actor, float, bool] | None
        if tok.lower_ in PRONOUN_GENDER:
            actor = chain.resolve(tok)
            res = (actor, PRONOUN_CONFIDENCE, False) if actor is not None else None
            if actor is not None and chain.alternatives:
                others = ", ".join(chain.alternatives[:4])
                cand.speaker_choice = (
                    f"chosen among {len(chain.alternatives) + 1} people (also: {others}): "
                    "the latest subject or speaker of the same gender"
                )
        elif _named_apposition(tok) is not None:
            # "the opposition leader, John Smith, said": the name speaks, not whoever led before
            res = resolve_speaker(reader, tok)
        elif (owned := owned_role(reader, tok, chain)) is not None:
            res = (owned, PRONOUN_CONFIDENCE, False)  # "its spokesman said", "her office said"
            cand.speaker_choice = f"speaker resolved from the possessive {owned.aliases[-1]!r}"
        elif (titled := portfolio_referent(reader, tok)) is not None:
            res = (titled, DESCRIPTION_CONFIDENCE, False)  # "Minister of Health X ... the Health Minister said"
            cand.speaker_choice = f"speaker resolved from the titled description {tok.text!r} by its portfolio"
        elif (described := description_referent(reader, tok)) is not None:
            res = (described, DESCRIPTION_CONFIDENCE, False)
            if described.kind == ActorKind.ORGANIZATION:
                described_bodies[tok.lower_] = described
            how = (
                "the organisation last named as a subject"
                if tok.lower_ in word_classes().organisation_words and tok.lower_ not in reader.cues.roles
                else "the latest actor introduced with that role"
            )
            if (title := reader.cues.portfolio_bodies.get(tok.lower_)) and all(
                r.name != described.name for r in reader.ctx.actors.records
            ):
                how = f"the body of the {title} introduced last"  # "Health Minister X ... the ministry"
            cand.speaker_choice = f"speaker resolved from the description {described.aliases[-1]!r} to {how}"
        elif (anchored := _anchored_role_again(reader, tok, anchored_roles)) is not None:
            res = (anchored, DESCRIPTION_CONFIDENCE, False)  # "a spokesperson for X said ... the spokesperson added"
            cand.speaker_choice = (
                f"speaker resolved from the description {tok.text!r} to the {anchored.name} who spoke before"
            )
        elif (service := _service_body(reader, tok)) is not None:
            res = (service, DESCRIPTION_CONFIDENCE, False)  # "..., the forecaster said" after "the Met Office"
            cand.speaker_choice = f"speaker resolved from {tok.text!r} to the one body of its kind the text names"
        elif is_epithet(tok, reader.ctx.actors.records) or is_age_epithet(tok) or is_person_epithet(reader, tok):
            epithet = epithet_referent(reader, chain, tok)
            if epithet is None:
                continue  # "the American said" with nobody to be: not the United States
            res = (epithet, DESCRIPTION_CONFIDENCE, False)  # "the Spaniard said": whom the narration is about
            others = f" (also: {', '.join(chain.alternatives[:4])})" if chain.alternatives else ""
            cand.speaker_choice = (
                f"speaker resolved from the epithet {epithet.aliases[-1]!r} as a pronoun would be{others}"
            )
        elif _plural_back_reference(tok) and (group := _coordinated_antecedent(reader, chain, tok)) is not None:
            res = (group, PRONOUN_CONFIDENCE, False)  # "X and Y met ... They said", "... the groups said": both
        elif _the_two(tok) and (pair := _coordinated_pair(reader, chain, tok)) is not None:
            res = (pair, PRONOUN_CONFIDENCE, False)  # "X and Y founded it ... The two said": both
            cand.speaker_choice = "speaker resolved from 'the two' to the two names coordinated last as a subject"
        else:
            res = resolve_speaker(reader, tok)
            if res is not None and tok.pos_ == "PRON" and (body := described_bodies.get(res[0].name.lower())):
                # "The company said ... It said ...": "it" is the body the description named, not the word
                res = (body.model_copy(update={"mentions": res[0].mentions}), res[1], res[2])
            if res is not None and tok.pos_ == "PRON" and res[0].name in unnamed:
                res = (res[0], res[1], True)  # "The union said it had warned ...": "it" is the unnamed union
            if res is not None:
                res = (_coordinated(reader, tok, res[0]), res[1], res[2])
        # a role inside another's words is no speaker "he" could be when the speaker's own that says nothing
        # ("X said his client would appeal") or when it addressed the speaker ("X said the minister told him ...")
        possessed = any(c.dep_ == "poss" for c in tok.children)
        addressed = any(c.dep_ in {"dobj", "dative"} and c.lower_ in {"him", "her", "them"} for c in cand.cue.children)
        speaking = not chain.inside_said(tok) or not ((possessed and cand.content is None) or addressed)
        if res is None:
            if _unnamed_role(tok) and speaking:
                chain.add_unnamed(tok)
            continue
        cand.speaker, cand.speaker_conf, cand.generic = res
        if role is not None:  # "The Regional Minister, Mr Kofi Mensah, said": a person, so titled
            cand.speaker = _role_holder(cand.speaker, role, tok)
        if cand.generic and tok.pos_ != "PRON":
            unnamed.add(res[0].name)
        cand.speaker = clean_name(_qualified_group(tok, _with_affiliation(reader, tok, cand.speaker)))
        if is_vague(tok):
            cand.speaker_conf = min(cand.speaker_conf, 0.3)
        if cand.speaker.kind == ActorKind.UNKNOWN and (gender := _speaks_of_self(tok, cand)) is not None:
            # "Arash told researchers that he was beaten": a name the recogniser missed, a man by his own words
            cand.speaker = cand.speaker.model_copy(update={"kind": ActorKind.PERSON})
            chain.genders.setdefault(cand.speaker.name, gender)
        if _anchored_role(reader, tok, cand.speaker) and not cand.generic:
            anchored_roles[tok.lemma_.lower()] = (tok, cand.speaker)
        if cand.speaker.kind == ActorKind.PERSON and not cand.generic and not _only_titled(cand.speaker):
            chain.add_speaker(tok, cand.speaker)
        elif _unnamed_role(tok) and speaking:  # "the Treasury Secretary said ... She told lawmakers": nobody named
            chain.add_unnamed(tok, None if cand.generic or cand.speaker.kind != ActorKind.PERSON else cand.speaker)


def _anchored_role(reader: Reader, token: Token, actor: Actor) -> bool:
    """An unnamed person speaking in a role a name anchors: "*a spokesperson* for NHS England said".

    The speaker phrase is an indefinite role noun (``roles``) with no name
    of its own, and the speaker it gave is a person of a named body (its
    ``affiliation``) or the role holder of a named person ("a spokesperson
    for Minister Dana Holt").
    """
    return (
        token.pos_ == "NOUN"
        and token.lower_ in reader.cues.roles
        and indefinite(token)
        and not token.ent_type_
        and actor.kind == ActorKind.PERSON
        and (bool(actor.affiliation) or _for_named_person(token))
    )


def _for_named_person(role: Token) -> bool:
    """A role noun speaking for a named person: "a spokesperson *for Minister Dana Holt*", "an aide *to* X".

    The role's "for", "of" or "to" phrase holds a person's name: the speaker
    is that person's role holder, anchored by the name as an organisation's
    would be by the body's.
    """
    for prep in role.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"for", "of", "to"}:
            continue
        if any(t.ent_type_ == "PERSON" for c in prep.children if c.dep_ == "pobj" for t in c.subtree):
            return True
    return False


def _anchored_role_again(reader: Reader, token: Token, anchored: dict[str, tuple[Token, Actor]]) -> Actor | None:
    """The unnamed role holder a definite role refers back to: "a spokesperson for X said ... the spokesperson added".

    The description is "the" and the role noun alone; the latest earlier
    mention of that role in the body is the indefinite one whose speaker a
    name anchored (:func:`_anchored_role`), so no other holder of the role
    came in between ("a spokesman for Y" who did not speak makes "the
    spokesman" unsure).
    """
    lemma = token.lemma_.lower()
    if lemma not in anchored or token.pos_ != "NOUN" or token.tag_ != "NN" or token.ent_type_:
        return None
    if [c.lower_ for c in token.children] != ["the"]:
        return None  # "the ministry spokesperson", "the spokesperson for Y": a description of its own
    earlier, actor = anchored[lemma]
    before = [t for t in reader.nouns_by_lemma.get(lemma, ()) if t.i < token.i]
    if not before or before[-1].i != earlier.i:
        return None
    return actor.model_copy(update={"aliases": [*actor.aliases, token.doc[token.i - 1 : token.i + 1].text]})


def _speaks_of_self(tok: Token, cand: Candidate) -> str | None:
    """The gender a bare name's own reported clause gives it: "Arash told researchers that *he* was beaten".

    Only an untagged (or person-tagged) proper name without an article whose
    reported words open with "he" or "she" as their subject; a body would
    say "it" or "we".
    """
    if cand.content is None or cand.direct or tok.pos_ != "PROPN" or tok.ent_type_ not in {"", "PERSON"}:
        return None
    if any(c.dep_ == "det" for c in tok.children):
        return None
    first = tok.doc.char_span(cand.content[0], cand.content[1], alignment_mode="expand")
    if first is None or not len(first) or first[0].dep_ not in {"nsubj", "nsubjpass"}:
        return None
    return PRONOUN_GENDER.get(first[0].lower_)  # "he" or "she" only


def _name_set_off_before_cue(subject: Token, cue: Token) -> Token | None:
    """A person's name set off by commas right before the cue, inside the subject's phrase of a role word.

    "A spokeswoman for the group Climate Blockade Victoria, *Hannah Ferris*,
    said": the parse hung the name somewhere in the role's phrase, not as its
    apposition. The name is the role's holder: it speaks.
    """
    if subject.i > cue.i:
        return None
    doc = cue.doc
    end = cue.i - 1
    if end <= subject.i or doc[end].text != ",":
        return None
    last = doc[end - 1]
    if not names_role_holder(subject, last) or not any(t.i == last.i for t in subject.subtree):
        return None
    return last


def _unnamed_role(token: Token) -> bool:
    """A speaker known only by a singular title, role or person noun ("the Treasury Secretary", "a teacher")."""
    if token.tag_ not in {"NN", "NNP"} or token.ent_type_ == "PERSON":
        return False
    return is_title(token.text) or token.lower_ in cue_lexicon().roles or is_person_word(token)


def _age_before_cue(cue: Token) -> Token | None:
    """The age before a cue the parse made its modifier ("the 37-year-old said"): an epithet that speaks."""
    if cue.i < 2:
        return None
    old = cue.nbor(-1)
    if not is_age_epithet(old) or old.head.i not in {cue.i, cue.head.i, *(c.i for c in cue.children)}:
        return None
    first = min(t.i for t in old.subtree)
    return old if first > 0 and cue.doc[first - 1].lower_ == "the" else None


def _name_before_cue(reader: Reader, cand: Candidate) -> Token | None:
    """The name between a quote and its cue when the parse gave the cue no subject.

    '"...," Harbour police Chief Dana Cole said Monday.': a misparse may hang
    the name from the quote's verb. When only a named phrase stands between
    the closing mark of a quote of the cue's paragraph and the cue, the name
    speaks and the quote is what was said.
    """
    cue = cand.cue
    if cand.group != "report":
        return None  # '"...," X said' is the frame of verbs of saying
    before = [q for q in reader.quotes if q.para_start <= cue.idx and q.end <= cue.idx and not q.open_end]
    if not before or before[-1].words(reader.text) < MIN_QUOTE_WORDS:
        return None
    quote = before[-1]
    between: list[Token] = []
    for t in reversed(reader.doc[: cue.i]):  # back from the cue to the closing mark, not over the document
        if t.idx <= quote.end:
            break
        if not t.is_punct:
            between.insert(0, t)
    if not between or any(t.tag_ in FINITE_TAGS for t in between):
        return None
    last = _appositive_head(between) or between[-1]
    role = next((t for t in between if is_person_word(t) and of_role(last, t)), None)
    if role is not None:
        last = role  # '"...," the head of the agency said': the role's holder, not the agency
    elif last.ent_type_ not in NAMED_ENTS or not is_named(last):
        return None
    cand.quote, cand.content, cand.direct = quote, trim(reader.text, quote.start, quote.end, clause=False), True
    cand.rule = "statement.quote_x_said.v1"
    return last


def _surname_closing_entity(reader: Reader, cand: Candidate) -> Actor | None:
    """A known person's surname the recogniser ran into the entity before a cue that has no subject.

    "In a 2015 interview with the editorial board of the Harbour Gazette
    Lopez said that ...": with no comma after the opening phrase the parse
    reads "Harbour Gazette Lopez" as one organisation inside it and leaves
    "said" without a subject. When the entity's last word, right before the
    cue, is the surname of the one person of the document so named, that
    person speaks.
    """
    cue = cand.cue
    if cue.i == 0 or cue.ent_iob_ == "I" or any(c.dep_ in SUBJECTS for c in cue.children):
        return None
    last = reader.doc[cue.i - 1]
    if last.pos_ != "PROPN" or last.ent_iob_ != "I" or last.ent_type_ == "PERSON":
        return None
    record = reader.ctx.actors.surname_person(last)
    return record.to_actor() if record is not None else None


def _appositive_head(between: list[Token]) -> Token | None:
    """The name that opens '"...," *Jane Doe*, a fellow at X and a former envoy to Y, said'.

    A named entity first after the closing mark and followed by a comma heads
    the appositives after it: it speaks, not the last name of its description.
    """
    first = between[0]
    if first.ent_type_ not in NAMED_ENTS or first.ent_iob_ != "B":
        return None
    end = first.doc[_entity_end(first) - 1]
    if end.i + 1 < len(end.doc) and end.doc[end.i + 1].text == "," and end.i != between[-1].i:
        return end
    return None


def _qualified_group(token: Token, actor: Actor) -> Actor:
    """An unnamed group's speaker name keeps what sets it apart: "people familiar with the matter".

    "People said" names nobody; the words right after the noun ("familiar
    with the matter", "close to the talks", "briefed on the plans") say
    which people. At most ``_MAX_QUALIFIER`` words.
    """
    if actor.kind != ActorKind.GROUP or token.pos_ != "NOUN" or token.i + 1 >= len(token.doc):
        return actor
    mod = token.doc[token.i + 1]
    if mod.head.i != token.i or mod.dep_ not in {"amod", "acl"} or mod.right_edge.i - token.i > _MAX_QUALIFIER:
        return actor
    phrase = token.doc[noun_phrase(token).start : mod.right_edge.i + 1]
    words = list(phrase)
    while words and words[0].lower_ in word_classes().determiners:
        words = words[1:]  # "the officials briefed on the plans": no leading article
    name = " ".join(t.text if t.pos_ == "PROPN" else t.lower_ for t in words)
    return actor.model_copy(update={"name": name, "aliases": [*actor.aliases, actor.name]})


#: Words after a group noun its speaker name may keep ("familiar with the matter").
_MAX_QUALIFIER = 6


def _with_affiliation(reader: Reader, token: Token, actor: Actor) -> Actor:
    """A person speaking in a role records whom they speak for and the role.

    "a spokeswoman for Acme Shipping", "Acme Shipping spokeswoman Dana Cole",
    "Dana Cole, a spokeswoman for Acme Shipping": the statement is the
    person's, with ``title`` "spokeswoman" and ``affiliation`` "Acme Shipping".
    """
    if actor.kind != ActorKind.PERSON or actor.affiliation is not None or token.pos_ == "PRON":
        return actor
    roles = cue_lexicon().roles
    heads = [token, *(c for c in token.children if c.dep_ == "appos")]
    if token.dep_ == "appos":
        heads.append(token.head)
        heads.extend(_role_above(token.head, roles))
    for head in heads:
        role = (
            head
            if head.lower_ in roles
            else next((c for c in head.children if c.dep_ == "compound" and c.lower_ in roles), None)
        )
        if role is None:
            continue
        org: Token | None = None
        for child in role.children:
            if child.dep_ == "prep" and child.lower_ in _ROLE_PREPS:
                org = next((g for g in child.children if g.dep_ == "pobj"), None)
        if org is None or org.ent_type_ not in _AFFILIATION_LABELS:
            # "Acme Shipping spokeswoman (Dana Cole)", "Acme's head of operations": the entity before the role
            before = [t for t in (*role.lefts, *head.lefts) if t.i < role.i]
            org = next((t for t in reversed(before) if t.ent_type_ in _AFFILIATION_LABELS), None)
        if org is None or org.ent_type_ not in _AFFILIATION_LABELS:
            continue
        resolved = reader.ctx.actor(org)
        if resolved is None or resolved[0].kind not in {ActorKind.ORGANIZATION, ActorKind.COUNTRY}:
            continue
        return actor.model_copy(update={"affiliation": resolved[0].name, "title": actor.title or role.lower_})
    return actor


def _role_above(token: Token, roles: frozenset[str]) -> list[Token]:
    """The role word whose prepositional phrase holds ``token``: "the *governor* of Bahia State, Ana Lima".

    The parse may hang a name closing the role's phrase on the phrase's last
    noun ("Bahia State"); up from it through prepositions and their objects
    to the first role word, if any (none past a verb or clause).
    """
    while token.dep_ == "pobj" and token.head.dep_ == "prep":
        token = token.head.head
        if token.lower_ in roles:
            return [token]
    return []


def clean_name(actor: Actor) -> Actor:
    """A speaker name without stray punctuation: no leading dash or bracket, no space before "'s"."""
    name = _SPACED_POSSESSIVE.sub("'s", actor.name).strip(_NAME_STRIP)
    if name.count("(") != name.count(")"):
        name = name.replace("(", "").replace(")", "").strip()
    if name == actor.name or not name:
        return actor
    return actor.model_copy(update={"name": name})


def _the_two(token: Token) -> bool:
    """A bare "the two" as a subject: "the two said" (not "the two sides said", whose head is "sides")."""
    return token.lower_ == "two" and [c.lower_ for c in token.children] == ["the"] and token.i > 0


def _coordinated_pair(reader: Reader, chain: Antecedents, token: Token) -> Actor | None:
    """The two coordinated names "the two" refers to: a coordination of exactly two, as "they" would be.

    The pair's clause must not be negated ("X and Y were not present") and
    an unnamed plural subject between them and "the two" ("their two sons",
    "the players") is what "the two" may mean instead: both name nobody.
    """
    window = chain.window_start(token)
    for t in reversed(reader.doc[: token.i]):
        if t.idx < window:
            return None
        if t.dep_ not in SUBJECTS or reader.ctx.in_headline(t) or chain.inside_said(t):
            continue
        if is_named(t):
            if not any(is_named(c) for c in t.conjuncts if c.i > t.i):
                return None
            if any(c.dep_ == "neg" for c in t.head.children):
                return None  # "X and Y were not present"
            break
        if t.pos_ != "PRON" and (t.tag_ in {"NNS", "NNPS"} or any(c.lower_ == "two" for c in t.children)):
            return None  # "their two sons took over"
    group = _coordinated_antecedent(reader, chain, token)
    if group is None or len(group.name.split(" and ")) != 2 or ", " in group.name:
        return None
    return group


@per_resources
def _service_endings() -> dict[str, tuple[str, ...]]:
    """Speaker word -> the name endings of the bodies it stands for (``service_bodies.en.yaml``)."""
    data = load_yaml("lexicons/service_bodies.en.yaml").get("bodies") or {}
    return {str(k).lower(): tuple(str(e).lower() for e in v) for k, v in data.items()}


@per_resources
def _service_roles() -> dict[str, frozenset[str]]:
    """Speaker word -> the role words that describe a person or another body like it (``service_bodies``)."""
    data = load_yaml("lexicons/service_bodies.en.yaml").get("role_words") or {}
    return {str(k).lower(): frozenset(str(e).lower() for e in v) for k, v in data.items()}


_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})


def _service_body(reader: Reader, token: Token) -> Actor | None:
    """The one body of its kind the text named before, for "the forecaster" (``service_bodies``).

    The word must stand alone after "the" outside any entity. The
    organisations named before it whose name ends with one of the word's
    endings after a word of their own are its candidates (or those a whole
    ending names: "Met Office"); names that open another candidate's name are
    one body. With none or several bodies the word names nobody, and so when
    a role word described someone else before ("Meteorologist Dana Price",
    "the price forecaster") or the cue's sentence names a place before it
    ("In Mexico, the forecaster said": another country's forecaster).
    """
    endings = _service_endings().get(token.lower_)
    if not endings or token.ent_type_ or token.tag_ in {"NNS", "NNPS"}:
        return None
    if [c.lower_ for c in token.children if not c.is_punct] != ["the"]:
        return None
    roles = _service_roles().get(token.lower_, frozenset())
    for t in token.doc[: token.i]:
        bare = t.dep_ in SUBJECTS and [c.lower_ for c in t.children if not c.is_punct] == ["the"]
        if t.lower_ in roles and not bare:
            return None
    before = token.doc.text[: token.idx].lower()
    found = []
    for rec in reader.ctx.actors.records:
        name = rec.name.lower()
        named = rec.kind == ActorKind.ORGANIZATION and name != token.lower_ and name in before
        if named and any(name == e or name.endswith(" " + e) for e in endings):
            found.append(rec)
    names = {r.name.lower() for r in found}
    bodies = [r for r in found if not any(o != r.name.lower() and o.startswith(r.name.lower()) for o in names)]
    if len({r.name.lower() for r in bodies}) != 1 or _another_body(token, endings, bodies[0].name.lower()):
        return None
    body = bodies[0].name.lower()
    if any(e.label_ in _PLACE_LABELS and e.end <= token.i and e.text.lower() not in body for e in token.sent.ents):
        return None
    phrase = token.doc[token.left_edge.i : token.i + 1].text
    actor = bodies[0].to_actor(extra_alias=phrase)
    return actor.model_copy(update={"mentions": [reader.ctx.span_of(token)]})


def _another_body(token: Token, endings: tuple[str, ...], name: str) -> bool:
    """A second body of the kind named in the text, one the recogniser missed: "the Westland Met Service".

    A word that ends an ending ("service") with a proper noun before it that
    does not open ``name`` is another such body.
    """
    lasts = {e.split()[-1] for e in endings}
    for t in token.doc:
        if t.i == token.i or t.lower_ not in lasts:
            continue
        mods = [c for c in t.children if c.i < t.i and c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN"]
        if mods and not name.startswith(token.doc[mods[0].left_edge.i : t.i + 1].text.lower()):
            return True
    return False


def _plural_back_reference(token: Token) -> bool:
    """A plural back reference: "they", or "the groups" (an organisation word with only "the" before it)."""
    if token.lower_ == "they":
        return True
    plural_body = token.tag_ == "NNS" and token.lemma_.lower() in word_classes().organisation_words
    return plural_body and [c.lower_ for c in token.children if c.i < token.i] == ["the"]


def _coordinated_antecedent(reader: Reader, chain: Antecedents, token: Token) -> Actor | None:
    """The coordinated names "they" refers to, when the latest named subject before it is one.

    "Boeing and Airbus met regulators. They said ..." is both companies (one
    ``group`` actor, each name an alias); after a single named subject
    ("Boeing cut jobs. They said ...") the actor index decides as for any pronoun.
    A plural organisation word ("the groups said") refers only to names
    that are all organisations: "X and Y were arrested ... The authorities
    said" is neither man.
    """
    bodies = token.lower_ not in {"they", "two"}  # "the two" refers to people or bodies alike
    window = chain.window_start(token)
    for t in reversed(reader.doc[: token.i]):
        if t.idx < window:
            return None
        if t.dep_ not in SUBJECTS or not is_named(t) or reader.ctx.in_headline(t) or chain.inside_said(t):
            continue
        if not any(is_named(c) for c in t.conjuncts if c.i > t.i):
            return None
        resolved = reader.ctx.actor(t)
        if resolved is None:
            return None
        if bodies and not all(
            (member := reader.ctx.actor(m)) is not None and member[0].kind == ActorKind.ORGANIZATION
            for m in (t, *(c for c in t.conjuncts if c.i > t.i and is_named(c)))
        ):
            return None
        group = _coordinated(reader, t, resolved[0])
        if group.kind != ActorKind.GROUP:
            return None
        return group.model_copy(update={"mentions": [reader.ctx.span_of(token)]})
    return None


def _coordinated(reader: Reader, token: Token, actor: Actor) -> Actor:
    """Coordinated speakers speak together: "Clinton and Trump say" -> one group actor "Clinton and Trump".

    Each member's name stays an alias, so the statement is found under either.
    """
    members = [c for c in token.conjuncts if c.i > token.i and is_named(c)]
    if not members:
        return actor
    names = [actor.name]
    for member in members:
        resolved = reader.ctx.actor(member)
        if resolved is not None and resolved[0].name not in names:
            names.append(resolved[0].name)
    if len(names) == 1:
        return actor
    joined = ", ".join(names[:-1]) + " and " + names[-1]
    return actor.model_copy(update={"name": joined, "kind": ActorKind.GROUP, "aliases": [*names, *actor.aliases]})
