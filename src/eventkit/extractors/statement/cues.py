"""The speech-cue lexicon and the cue words of a parse (verbs, phrasal verbs, idioms, headline forms)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventkit.lexicons import load_list, load_yaml, per_resources
from eventkit.normalize.mentions import is_body_word, is_person_noun, is_person_word, is_thing_noun

if TYPE_CHECKING:
    from spacy.tokens import Token

_LEXICON = "lexicons/speech_cues.en.yaml"

_TITLES = "lexicons/titles.en.txt"


@dataclass(frozen=True)
class Cues:
    """The speech-cue lexicon, compiled once."""

    verb_group: dict[str, str]
    phrasal: dict[tuple[str, str], str]
    relay_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    nouns: frozenset[str]
    prepositions: tuple[tuple[str, ...], ...]
    media: frozenset[str]
    not_speakers: frozenset[str]
    share_quantifiers: frozenset[str]
    dead_modifiers: frozenset[str]
    roles: frozenset[str]
    incident_roles: frozenset[str]
    not_labels: frozenset[str]
    not_label_heads: frozenset[str]
    section_labels: frozenset[str]
    narrator_labels: frozenset[str]
    camera_positions: frozenset[str]
    aside_participles: frozenset[str]
    armed_subjects: frozenset[str]
    guest_role_words: frozenset[str]
    question_labels: frozenset[str]
    answer_labels: frozenset[str]
    claim_nouns: frozenset[str]
    not_speech_phrasal: frozenset[tuple[str, str]]
    not_speech_phrasal_acted_on: frozenset[tuple[str, str]]
    body_name_heads: frozenset[str]
    convene_objects: frozenset[str]
    idioms: frozenset[tuple[str, str]]
    proposition_objects: frozenset[str]
    continuing_verbs: frozenset[str]
    contrast_marks: frozenset[str]
    narration_conjunctions: frozenset[str]
    as_idioms: frozenset[tuple[str, str]]
    quote_verbs: frozenset[str]
    state_adverbs: frozenset[str]
    person_object_senses: frozenset[str]
    greeting_verbs: frozenset[str]
    greeted_groups: frozenset[str]
    legal_objects: frozenset[str]
    legal_actions: frozenset[str]
    legal_bodies: frozenset[str]
    circumstance_marks: frozenset[str]
    narration_adverbs: frozenset[str]
    document_nouns: frozenset[str]
    issuing_verbs: frozenset[str]
    text_verbs: frozenset[str]
    emphasis_verbs: frozenset[str]
    byline_verbs: frozenset[str]
    directive_verbs: frozenset[str]
    infinitive_reports: frozenset[str]
    claimed_states: frozenset[str]
    forceful_senses: frozenset[str]
    conversation_verbs: frozenset[str]
    partitive_shares: frozenset[str]
    partitive_pronouns: frozenset[str]
    role_families: dict[str, tuple[str, ...]]
    withheld_details: dict[str, frozenset[str]]
    role_abbreviations: dict[str, str]
    portfolio_bodies: dict[str, str]  # body word -> title of its head ("ministry" -> "minister")
    portfolio_free: frozenset[str]
    occasion_nouns: frozenset[str]
    saying_times: frozenset[str]
    saying_time_verbs: frozenset[str]
    owned_roles: dict[str, str]  # role word -> actor kind ("spokesman" -> "person")
    audience_verbs: frozenset[str]
    inverted_openers: frozenset[str]
    declarations: frozenset[tuple[str, str]]
    declaration_verbs: frozenset[str]
    acts_declared: frozenset[tuple[str, str]]
    headline_adjunct_openers: frozenset[str]
    represented_nouns: frozenset[str]
    questioning_verbs: frozenset[str]
    work_nouns: frozenset[str]


#: The actor kinds an ``owned_roles`` section may name.
_ACTOR_KINDS = frozenset({"person", "group", "organization"})


@per_resources
def cue_lexicon() -> Cues:
    """The speech-cue lexicon (``resources/lexicons/speech_cues.en.yaml``), loaded once."""
    data = load_yaml(_LEXICON)
    verb_group: dict[str, str] = {}
    for group, verbs in data["verbs"].items():
        for verb in verbs:
            verb_group.setdefault(str(verb).lower(), str(group))
    phrasal = {tuple(str(k).lower().split()): str(v) for k, v in data.get("phrasal", {}).items()}
    declarations = [
        (words[0], words[-1]) for v in data.get("declarations", []) if len(words := str(v).lower().split()) == 2
    ]
    return Cues(
        verb_group=verb_group,
        phrasal={(k[0], k[1]): v for k, v in phrasal.items() if len(k) == 2},
        relay_verbs=frozenset(str(v).lower() for v in data.get("relay_verbs", [])),
        naming_verbs=frozenset(str(v).lower() for v in data.get("naming_verbs", [])),
        nouns=frozenset(str(v).lower() for v in data.get("nouns", [])),
        prepositions=tuple(tuple(str(p).lower().split()) for p in data.get("prepositions", [])),
        media=frozenset(str(v).lower() for v in data.get("media", [])),
        not_speakers=frozenset(str(v).lower() for v in data.get("not_speakers", [])),
        share_quantifiers=frozenset(str(v).lower() for v in data.get("share_quantifiers", [])),
        dead_modifiers=frozenset(str(v).lower() for v in data.get("dead_modifiers", [])),
        roles=frozenset(str(v).lower() for v in data.get("roles", [])) | frozenset(load_list(_TITLES)),
        incident_roles=frozenset(str(v).lower() for v in data.get("incident_roles", [])),
        not_labels=frozenset(str(v).lower() for v in data.get("not_labels", [])),
        not_label_heads=frozenset(str(v).lower() for v in data.get("not_label_heads", [])),
        section_labels=frozenset(str(v).lower() for v in data.get("section_labels", [])),
        narrator_labels=frozenset(str(v).lower() for v in data.get("narrator_labels", [])),
        camera_positions=frozenset(str(v).lower() for v in data.get("camera_positions", [])),
        aside_participles=frozenset(str(v).lower() for v in data.get("aside_participles", [])),
        armed_subjects=frozenset(str(v).lower() for v in data.get("armed_subjects", [])),
        guest_role_words=frozenset(str(v).lower() for v in data.get("guest_role_words", [])),
        question_labels=frozenset(str(v).lower() for v in data.get("question_labels", [])),
        answer_labels=frozenset(str(v).lower() for v in data.get("answer_labels", [])),
        claim_nouns=frozenset(str(v).lower() for v in data.get("claim_nouns", [])),
        not_speech_phrasal=frozenset(
            (words[0], words[1])
            for v in data.get("not_speech_phrasal", [])
            if len(words := str(v).lower().split()) == 2
        ),
        not_speech_phrasal_acted_on=frozenset(
            (words[0], words[1])
            for v in data.get("not_speech_phrasal_acted_on", [])
            if len(words := str(v).lower().split()) == 2
        ),
        body_name_heads=frozenset(str(v).lower() for v in data.get("body_name_heads", [])),
        convene_objects=frozenset(str(v).lower() for v in data.get("convene_objects", [])),
        proposition_objects=frozenset(str(v).lower() for v in data.get("proposition_objects", [])),
        continuing_verbs=frozenset(str(v).lower() for v in data.get("continuing_verbs", [])),
        contrast_marks=frozenset(str(v).lower() for v in data.get("contrast_marks", [])),
        narration_conjunctions=frozenset(str(v).lower() for v in data.get("narration_conjunctions", [])),
        as_idioms=frozenset(
            (words[0], words[-1]) for v in data.get("as_idioms", []) if len(words := str(v).lower().split()) == 2
        ),
        quote_verbs=frozenset(" ".join(str(v).lower().split()) for v in data.get("quote_verbs", [])),
        role_families={
            str(k).lower(): tuple(str(v).lower() for v in vs) for k, vs in data.get("role_families", {}).items()
        },
        withheld_details={
            str(k).lower(): frozenset(str(v).lower() for v in vs) for k, vs in data.get("withheld_details", {}).items()
        },
        person_object_senses=frozenset(str(v).lower() for v in data.get("person_object_senses", [])),
        greeting_verbs=frozenset(str(v).lower() for v in data.get("greeting_verbs", [])),
        greeted_groups=frozenset(str(v).lower() for v in data.get("greeted_groups", [])),
        legal_objects=frozenset(str(v).lower() for v in data.get("legal_objects", [])),
        legal_actions=frozenset(str(v).lower() for v in data.get("legal_actions", [])),
        legal_bodies=frozenset(str(v).lower() for v in data.get("legal_bodies", [])),
        circumstance_marks=frozenset(str(v).lower() for v in data.get("circumstance_marks", [])),
        narration_adverbs=frozenset(str(v).lower() for v in data.get("narration_adverbs", [])),
        document_nouns=frozenset(str(v).lower() for v in data.get("document_nouns", [])),
        issuing_verbs=frozenset(str(v).lower() for v in data.get("issuing_verbs", [])),
        text_verbs=frozenset(str(v).lower() for v in data.get("text_verbs", [])),
        emphasis_verbs=frozenset(str(v).lower() for v in data.get("emphasis_verbs", [])),
        byline_verbs=frozenset(str(v).lower() for v in data.get("byline_verbs", [])),
        directive_verbs=frozenset(str(v).lower() for v in data.get("directive_verbs", [])),
        infinitive_reports=frozenset(str(v).lower() for v in data.get("infinitive_reports", [])),
        claimed_states=frozenset(str(v).lower() for v in data.get("claimed_states", [])),
        forceful_senses=frozenset(str(v).lower() for v in data.get("forceful_senses", [])),
        conversation_verbs=frozenset(str(v).lower() for v in data.get("conversation_verbs", [])),
        partitive_shares=frozenset(str(v).lower() for v in data.get("partitive_shares", [])),
        partitive_pronouns=frozenset(str(v).lower() for v in data.get("partitive_pronouns", [])),
        state_adverbs=frozenset(str(v).lower() for v in data.get("state_adverbs", [])),
        occasion_nouns=frozenset(str(v).lower() for v in data.get("occasion_nouns", [])),
        saying_times=frozenset(" ".join(str(v).lower().split()) for v in data.get("saying_times", [])),
        saying_time_verbs=frozenset(str(v).lower() for v in data.get("saying_time_verbs", [])),
        owned_roles={
            str(w).lower(): str(kind)
            for kind, words in (data.get("owned_roles") or {}).items()
            if str(kind) in _ACTOR_KINDS
            for w in words
        },
        role_abbreviations={str(k).lower(): str(v).lower() for k, v in (data.get("role_abbreviations") or {}).items()},
        portfolio_bodies={str(k).lower(): str(v).lower() for k, v in (data.get("portfolio_bodies") or {}).items()},
        portfolio_free=frozenset(str(v).lower() for v in data.get("portfolio_free", [])),
        audience_verbs=frozenset(str(v).lower() for v in data.get("audience_verbs", [])),
        inverted_openers=frozenset(str(v).lower() for v in data.get("inverted_openers", [])),
        work_nouns=frozenset(str(v).lower() for v in data.get("work_nouns", [])),
        declarations=frozenset(declarations),
        declaration_verbs=frozenset(verb for verb, _ in declarations),
        questioning_verbs=frozenset(str(v).lower() for v in data.get("questioning_verbs", [])),
        headline_adjunct_openers=frozenset(str(v).lower() for v in data.get("headline_adjunct_openers", [])),
        represented_nouns=frozenset(str(v).lower() for v in data.get("represented_nouns", [])),
        acts_declared=frozenset(
            (words[0], words[-1]) for v in data.get("acts_declared", []) if len(words := str(v).lower().split()) >= 2
        ),
        idioms=frozenset(
            (words[0], words[-1]) for v in data.get("idioms", []) if len(words := str(v).lower().split()) >= 2
        ),
    )


#: Parts of speech and tags of a verb cue (a token with neither is a cue only as a misread verb).
VERB_POS = frozenset({"VERB", "AUX"})
VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})
#: The tag of a present-tense verb misread as a plural noun (:func:`misread_verb`).
MISREAD_VERB_TAG = "NNS"


@per_resources
def communication_verbs() -> frozenset[str]:
    """The verbs of VerbNet's communication classes (``speech_verbs.en.txt``, derived by a script)."""
    return frozenset(load_list("lexicons/speech_verbs.en.txt"))


def lemma_of(token: Token) -> str:
    """The lower-cased lemma of a token."""
    return token.lemma_.lower()


def cue_group(token: Token) -> str | None:
    """The lexicon group of a verb token, honouring phrasal particles."""
    if token.pos_ not in VERB_POS and token.tag_ not in VERB_TAGS:
        if not misread_verb(token):
            return None
        lemma = token.lower_[:-1]
        if lemma in cue_lexicon().emphasis_verbs and shows(token):
            return None  # "The incident underlines that ...": a thing shows, it says nothing
        return cue_lexicon().verb_group.get(lemma)
    cues = cue_lexicon()
    lemma = lemma_of(token)
    if lemma in cues.emphasis_verbs and shows(token):
        return None  # "Rising rents underscore that ...": a thing shows, it says nothing
    for child in phrasal_particles(token):
        group = cues.phrasal.get((lemma, child.lower_))
        if group is not None:
            return group
    group = cues.verb_group.get(lemma)
    if group is None and (idiom_noun(token) is not None or declared_noun(token) is not None):
        return "object"
    if group is None and lemma in cues.text_verbs and _text_subject(token):
        return "report"  # "'...,' the statement read"
    return group


#: Pronouns pointing at a thing or an event, never at a voice ("*This* underlines that ...").
_THING_PRONOUNS = frozenset({"this", "that", "these", "those"})
#: Relative pronouns, whose antecedent is the subject ("the figures, *which* underline that ...").
_RELATIVE_PRONOUNS = frozenset({"which", "that", "who"})
#: Entity types of those that can speak: people, bodies, states and their peoples, a body's seat.
_VOICE_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})


def shows(verb: Token) -> bool:
    """A verb of emphasis (``emphasis_verbs``) whose subject cannot speak: it shows, it says nothing.

    "Rising *rents* underscore that ...", "The *ruling* underlines that ...",
    "*This* underlines that ...": a thing, an event or a pronoun pointing at
    one. A person, a body (:func:`~eventkit.normalize.mentions.is_thing_noun`
    is false for both), a statement or document that has words ("the
    report stressed that ..."), a name, a personal pronoun or no subject at
    all ('"...," the minister underlined') leave the verb a cue.
    """
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None and verb.tag_ == MISREAD_VERB_TAG:
        # "The incident underlines that ...": the verb read as a plural noun, its subject as its compound
        subject = next((c for c in reversed(list(verb.lefts)) if c.dep_ == "compound"), None)
    if subject is not None and subject.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None:
        return False
    if subject.pos_ == "PRON" or subject.tag_ == "DT":
        return subject.lower_ in _THING_PRONOUNS
    if subject.ent_type_:
        return subject.ent_type_ not in _VOICE_ENTS
    cues = cue_lexicon()
    texts = (cues.nouns | cues.document_nouns) - cues.not_speakers
    return (
        is_thing_noun(subject)
        and not is_body_word(subject.lower_)
        and not is_person_noun(subject)
        and lemma_of(subject) not in texts
    )


def _text_subject(verb: Token) -> bool:
    """Whether a verb's subject is a text that has words: a statement noun or a document ("the letter")."""
    cues = cue_lexicon()
    texts = cues.nouns | cues.document_nouns
    return any(c.dep_ == "nsubj" and lemma_of(c) in texts for c in verb.children)


def phrasal_particles(verb: Token) -> list[Token]:
    """The words after which a verb may be a phrasal verb ("point *out*", "seize *on* the issue").

    A particle; an adverb right after the verb (a retort, "shot *back* that
    ...", may be parsed so); a preposition only before any object of the
    verb: "seized *on* the remarks" is a phrasal verb, "seized a tanker *on*
    Tuesday" is not.
    """
    objects = [c.i for c in verb.children if c.dep_ in {"dobj", "obj", "dative"} and c.i > verb.i]
    first_object = min(objects, default=len(verb.doc))
    return [
        c
        for c in verb.children
        if c.dep_ == "prt"
        or (c.dep_ == "advmod" and c.i == verb.i + 1)
        or (c.dep_ == "prep" and verb.i < c.i < first_object)
    ]


def misread_verb(token: Token) -> bool:
    """A present-tense verb the tagger read as a plural noun ("Ruiz *claims* that ...", "..., the mayor *maintains*.").

    It heads its clause like a verb: it is the root or has a subject, and it
    governs a reported clause (``ccomp``).
    """
    return (
        token.tag_ == MISREAD_VERB_TAG
        and token.lower_.endswith("s")
        and (token.dep_ == "ROOT" or any(c.dep_ == "nsubj" for c in token.children))
        and any(c.dep_ == "ccomp" for c in token.children)
    )


def declared_noun(token: Token) -> Token | None:
    """The object of a declaration idiom ("claimed *responsibility* for ...", "declared *victory*").

    The idiom's noun is singular: "claiming some victories in the Midwest"
    won them, it declared nothing.
    """
    cues = cue_lexicon()
    lemma = lemma_of(token)
    if lemma not in cues.declaration_verbs:
        return None
    for child in token.children:
        declared = (lemma, lemma_of(child)) in cues.declarations and child.tag_ not in {"NNS", "NNPS"}
        if child.dep_ in {"dobj", "obj"} and child.i > token.i and declared:
            return child
    return None


def idiom_noun(token: Token) -> Token | None:
    """The object of a speech idiom ("raised *questions* about", "took *issue* with", "made the *case* that")."""
    cues = cue_lexicon()
    lemma = lemma_of(token)
    for child in token.children:
        if child.dep_ in {"dobj", "obj"} and child.i > token.i and (lemma, lemma_of(child)) in cues.idioms:
            return child
    return None


def headline_forms(token: Token) -> list[str]:
    """The forms a headline verb may stand for, whatever its tag: "Grills" -> "grills", its lemma, "grill"."""
    word = token.lower_
    forms = [word, token.lemma_.lower()]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    return forms


def headline_group(token: Token, following: Token | None) -> str | None:
    """The lexicon group of a headline word by its form ("Says", "Calls for", "Vows"), whatever its tag."""
    word = token.lower_
    if not word.isalpha() or not token.text[:1].isalpha():
        return None
    cues = cue_lexicon()
    for form in headline_forms(token):
        if following is not None and (form, following.lower_) in cues.phrasal:
            return cues.phrasal[(form, following.lower_)]
        if form in cues.verb_group:
            return cues.verb_group[form]
    return None


#: Object pronouns of people received ("welcomed *them*").
_RECEIVED_PRONOUNS = frozenset({"me", "him", "her", "us", "them"})


def received_people(word: Token) -> bool:
    """A word naming people a ``greeting_verbs`` verb receives: "welcomed *Berg*", "*the visitors*", "*the delegation*".

    A person's name, a person pronoun, a person noun or title, or a group
    noun of ``greeted_groups``; "welcomed the *decision*" names none.
    """
    return (
        word.ent_type_ == "PERSON"
        or word.lower_ in _RECEIVED_PRONOUNS
        or word.lemma_.lower() in cue_lexicon().greeted_groups
        or word.lower_ in cue_lexicon().greeted_groups
        or is_person_word(word)
        or is_person_noun(word)
    )
