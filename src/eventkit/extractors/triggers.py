"""Trigger matching and argument helpers shared by the meeting, donation and incident extractors.

Triggers are data: ``resources/lexicons/<type>_triggers.en.yaml`` lists, per
rule, the lemmas or phrases that signal an event and what they mean (meeting
kind, donation kind, incident category, argument frame, strength). The files
are validated with :class:`TriggerRule` and compiled once per Vocab into a
spaCy :class:`~spacy.matcher.PhraseMatcher` on lemmas and on lower-cased
forms (single lemmas carry a part-of-speech constraint).

The helpers below read arguments off the dependency parse the same way for
all three types: subjects inherited through control and coordination, "by"
agents of passives, prepositional objects, and "the latter"/"the former" and
relative pronouns resolved to their antecedents.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from eventkit.doccache import span_ents
from eventkit.extractors.base import SUBJECT_DEPS, conjuncts, governing_verb
from eventkit.extractors.organisations import REFERENT_CONFIDENCE, organisation_referent
from eventkit.extractors.syntax import misread_subject
from eventkit.lexicons import current_resources, load_yaml, per_resources
from eventkit.models import Actor, ActorKind, Span
from eventkit.normalize.mentions import (
    is_first_name,
    is_name_hyphen,
    is_person_word,
    is_title,
    person_nouns,
    title_words,
)
from eventkit.normalize.names import clean_name
from eventkit.resource_schemas import TriggerRule

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan
    from spacy.vocab import Vocab

    from eventkit.extractors.base import DocContext

__all__ = [
    "TriggerMatch",
    "TriggerRule",
    "agent_of",
    "find_triggers",
    "governing_verb",
    "holds_trigger",
    "is_named",
    "lexicon_extra",
    "noun_lemmas",
    "prep_objects",
    "resolve_actor",
    "rules",
    "subjects_of",
]

#: Relative pronouns that stand for the noun a relative clause modifies.
_RELATIVE = frozenset({"which", "who", "that", "whom", "whose"})
#: Pronouns that name nobody.
_NOBODY = frozenset({"nobody", "none", "noone", "no-one"})
#: Confidence of a person named after a long title the parse split from the name.
TITLED_CONFIDENCE = 0.8
#: Quantifiers that do not belong to a group's name.
_QUANTIFIERS = frozenset({"most", "many", "some", "all", "several", "few", "both", "numerous", "hundreds", "thousands"})
#: Nouns that name a kind of place ("the town of X", "the Chinese capital").
PLACE_NOUNS = frozenset(
    {"capital", "city", "town", "village", "province", "region", "district", "island", "country", "port", "camp"}
)
#: Prepositions of where something is ("the attack *in* the capital", "clashes *across* the city").
SITE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "around"})
#: Clause links through which a verb shares its head's subject.
_SHARED_SUBJECT = frozenset({"xcomp", "conj", "advcl", "pcomp"})
#: Tags of finite verbs: a finite subordinate clause has a subject of its own.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
#: Prepositions whose gerund shares the subject of the verb they modify ("left *after* meeting Y").
_SUBJECT_CONTROL_PREPS = frozenset(
    {"after", "before", "since", "while", "when", "by", "without", "upon", "on", "despite", "through", "following"}
)


@dataclass(frozen=True)
class TriggerMatch:
    """A trigger found in a Doc.

    Attributes:
        token: The head token of the trigger (the syntactic root of a phrase).
        span: The matched tokens.
        rule: The lexicon rule that matched.
        rule_id: The versioned rule id ("meeting.verb_meet.v1").
    """

    token: Token
    span: SpacySpan
    rule: TriggerRule
    rule_id: str


@per_resources
def rules(event_type: str) -> tuple[TriggerRule, ...]:
    """The validated trigger rules of one event type (cached).

    Args:
        event_type: "meeting", "donation" or "incident".

    Returns:
        The rules, in file order.

    Raises:
        pydantic.ValidationError: If the lexicon file is malformed.
        ValueError: If the lexicon has duplicate ids or unknown frames.
    """
    data = load_yaml(f"lexicons/{event_type}_triggers.en.yaml")  # validated: unique ids, known frames
    return tuple(TriggerRule.model_validate(r) for r in data["triggers"])


@per_resources
def noun_lemmas(event_type: str) -> frozenset[str]:
    """Single-word lemmas of one event type's noun trigger rules ("talks", "summit"; "attack", "derailment")."""
    return frozenset(w for r in rules(event_type) if "NOUN" in r.pos for w in r.lemmas if " " not in w)


def lexicon_extra(event_type: str, key: str) -> Any:
    """A non-trigger section of a lexicon file ("light_verbs", "negative_cues" ...)."""
    return load_yaml(f"lexicons/{event_type}_triggers.en.yaml").get(key)


#: Parts of speech allowed between the two words of a two-word phrase ("hold a phone call").
_GAP_POS = frozenset({"DET", "ADJ", "NUM", "PRON"})
#: PhraseMatcher key of the first words of two-word phrases.
_GAP_KEY = "eventkit.gap_start"


@dataclass(frozen=True)
class _Compiled:
    """The rules of one event type compiled for one Vocab.

    Words and phrases go into two :class:`~spacy.matcher.PhraseMatcher` objects
    (on lemmas and on lower-cased forms), whose cost does not grow with the
    size of the lexicon. Single lemmas are registered under ``<label>|word`` so
    their part-of-speech constraint can be checked on the match; two-word
    phrases also match with one determiner, adjective, number or pronoun
    between their words, longer ones with an adverb after their first word.
    """

    vocab: Vocab
    by_lemma: PhraseMatcher
    by_lower: PhraseMatcher
    #: first lemma -> (the other lemmas, label) of phrases that may take a word after their first
    gapped: dict[str, tuple[tuple[str, str], ...]]
    #: label -> rule, and the rank of the rule in its file (earlier wins a tie)
    by_label: dict[str, tuple[int, TriggerRule]]


_COMPILED: dict[tuple[str, int, int], _Compiled] = {}


#: A word of an entry, or the hyphen between two of its parts.
_ENTRY_TOKEN = re.compile(r"[^\s-]+|-")


def _entry_tokens(entry: str) -> list[str]:
    """A lexicon entry's words as the tokenizer splits them: "sit-in" -> ["sit", "-", "in"] (a hyphen is a token)."""
    return _ENTRY_TOKEN.findall(entry.lower())


def _compiled(event_type: str, vocab: Vocab) -> _Compiled:
    """Compile the rules of one type, once per Vocab."""
    res = current_resources()
    key = (event_type, id(vocab), res.key if res is not None else 0)
    cached = _COMPILED.get(key)
    if cached is not None and cached.vocab is vocab:
        return cached
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    by_lemma = PhraseMatcher(vocab, attr="LEMMA")
    by_lower = PhraseMatcher(vocab, attr="LOWER")
    gapped: dict[str, list[tuple[str, str]]] = {}
    by_label: dict[str, tuple[int, TriggerRule]] = {}
    for rank, rule in enumerate(rules(event_type)):
        label = f"{event_type}.{rule.id}.v1"
        by_label[label] = (rank, rule)
        single: list[list[str]] = []
        phrases: list[list[str]] = []
        for entry in rule.lemmas:
            words = _entry_tokens(entry)
            (phrases if len(words) > 1 else single).append(words)
        phrases.extend(_entry_tokens(p) for p in rule.phrases)
        for group, name in ((single, f"{label}|word"), (phrases, label)):
            if not group:
                continue
            docs = [Doc(vocab, words=w, lemmas=w) for w in group]
            by_lemma.add(name, docs)
            by_lower.add(name, docs)
        for words in phrases:
            if len(words) == 2:
                gapped.setdefault(words[0], []).append((words[1], label))
            elif len(words) > 2 and rule.pos != ("NOUN",):
                # "spoke briefly by phone": a verb phrase with an adverb after its verb
                gapped.setdefault(words[0], []).append((" ".join(words[1:]), label))
    if gapped:
        # the first words of two-word phrases, to find where a gapped phrase may start
        by_lemma.add(_GAP_KEY, [Doc(vocab, words=[w], lemmas=[w]) for w in gapped])
    compiled = _Compiled(
        vocab=vocab,
        by_lemma=by_lemma,
        by_lower=by_lower,
        gapped={k: tuple(v) for k, v in gapped.items()},
        by_label=by_label,
    )
    _COMPILED[key] = compiled
    return compiled


def _raw_matches(doc: Doc, compiled: _Compiled) -> list[tuple[int, int, str]]:
    """(start, end, label) of every trigger match, before overlaps are resolved."""
    strings = doc.vocab.strings
    out: list[tuple[int, int, str]] = []
    n = len(doc)
    for matcher in (compiled.by_lemma, compiled.by_lower):
        for match_id, start, end in matcher(doc):
            name = strings[match_id]
            if name == _GAP_KEY:
                if matcher is compiled.by_lemma and start + 2 < n:
                    out.extend(_gapped(doc, start, compiled.gapped[doc[start].lemma_]))
                continue
            if name.endswith("|word"):
                label = name[: -len("|word")]
                allowed = compiled.by_label[label][1].pos
                if allowed and doc[start].pos_ not in allowed and not _title_cased_noun(doc[start], allowed):
                    continue
            else:
                label = name
            out.append((start, end, label))
    return out


def _gapped(doc: Doc, start: int, rests: tuple[tuple[str, str], ...]) -> list[tuple[int, int, str]]:
    """Phrases that start at ``start`` with one word between their first and second words.

    A two-word phrase takes a determiner, adjective, number or pronoun
    ("held *two* talks"); a longer one an adverb after its first word ("spoke
    *briefly* by phone").
    """
    gap = doc[start + 1].pos_
    out: list[tuple[int, int, str]] = []
    for rest, label in rests:
        words = rest.split()
        end = start + 2 + len(words)
        if end > len(doc) or (gap not in _GAP_POS if len(words) == 1 else gap != "ADV"):
            continue
        if [t.lemma_.lower() for t in doc[start + 2 : end]] == words:
            out.append((start, end, label))
    return out


def _title_cased_noun(token: Token, allowed: tuple[str, ...]) -> bool:
    """A noun or verb the tagger read as a proper noun: in a title-cased headline ("Bus Crash Kills 12").

    Or a sentence's capitalised first word that is no part of a longer name
    ("Wildfire forces thousands to flee ...", not "Fire Chief Ana Ruiz") and
    that the article never capitalises inside a sentence (not "Lynch calls ..."
    in an article about Loretta Lynch).
    """
    if token.pos_ != "PROPN" or not token.is_title or not {"NOUN", "VERB"} & set(allowed):
        return False
    if token.i == token.sent.start and token.dep_ in {"nsubj", "nsubjpass"} and token.ent_type_ != "ORG":
        if any(c.pos_ == "PROPN" for c in token.children) or token.head.pos_ not in {"VERB", "AUX"}:
            return False
        # a name the article writes capitalised inside sentences too ("Lynch calls ...", "Senator Lynch")
        return not any(t.text == token.text and t.i != t.sent.start for t in token.doc)
    words = [t for t in token.sent if t.is_alpha and len(t) > 3]
    return len(words) >= 2 and sum(t.is_title for t in words) >= 0.8 * len(words)


def find_triggers(doc: Doc, event_type: str) -> list[TriggerMatch]:
    """Find the triggers of one event type, longest match first where they overlap.

    Where two rules match the same words, the rule listed first in the lexicon
    file wins. A word of a title (a ``WORK_OF_ART`` entity: "Meet the Press")
    triggers nothing.

    Args:
        doc: A parsed Doc.
        event_type: "meeting", "donation" or "incident".

    Returns:
        Non-overlapping matches in document order.
    """
    from spacy.util import filter_spans

    compiled = _compiled(event_type, doc.vocab)
    labels: dict[tuple[int, int], str] = {}
    for start, end, label in _raw_matches(doc, compiled):
        held = labels.get((start, end))
        if held is None or compiled.by_label[label][0] < compiled.by_label[held][0]:
            labels[(start, end)] = label
    # a word of a title is no trigger: "Meet the Press", "War and Peace"
    spans = [doc[start:end] for start, end in labels if doc[start].ent_type_ != "WORK_OF_ART"]
    out = []
    for span in sorted(filter_spans(spans), key=lambda s: s.start):
        label = labels[(span.start, span.end)]
        out.append(TriggerMatch(token=span.root, span=span, rule=compiled.by_label[label][1], rule_id=label))
    return out


# ------------------------------------------------------------------ arguments


def holds_trigger(actor: Actor, trigger: Span) -> bool:
    """True when an actor's mention overlaps the trigger, or one's words hold the other's.

    A title-case headline is often read as one long name ("Coast Guard Fires
    Water Cannon"), or takes the trigger's noun for a name ("Talks" in
    "Australia Hold Talks"): such an actor is the trigger misread, not a party.
    """
    if any(m.overlaps(trigger) for m in actor.mentions):
        return True
    name, words = f" {actor.name.lower()} ", f" {trigger.text.lower()} "
    return words in name or name in words


def _appositive_subject(subs: list[Token]) -> Token | None:
    """A person's name the parse made a second subject after her title ("The Acme co-founder, *Ana Ruiz*, gave").

    Two subjects with no conjunction between them, the second a person
    entity set off by a comma right after the first's phrase, are one
    party: the title and the name in apposition.
    """
    if len(subs) != 2:
        return None
    title, name = sorted(subs, key=lambda t: t.i)
    doc = name.doc
    start = name.left_edge.i
    if name.ent_type_ != "PERSON" or start == 0 or doc[start - 1].text != ",":
        return None
    between = doc[title.right_edge.i + 1 : start - 1]
    return name if not any(not t.is_punct for t in between) else None


def subjects_of(verb: Token, *, depth: int = 0) -> list[Token]:
    """The subject heads of a verb, inherited through control, coordination and relative clauses.

    * "X wanted to meet Y": the subject of "meet" is X (xcomp).
    * "X arrived and met Y": X (conj).
    * "boats that were swarming the reef": "boats" (relcl with a relative subject).
    * "ships belonging to X", "militants loyal to X": the noun a participle modifies (acl).
    * "X changed course after meeting Y": the subject of the verb a gerund's preposition modifies.
    """
    # "Outside Parliament, the union said": the opening place phrase read as the subject is none
    subs = [s for c in verb.children if c.dep_ in SUBJECT_DEPS and c.dep_ != "csubj" if (s := misread_subject(c))]
    at = {s.i for s in subs}
    # a hyphenated word the parse split into subjects ("co - founder"): one subject, its last part
    subs = [s for s in subs if s.whitespace_ or s.i + 1 not in at]
    named = _appositive_subject(subs)
    if named is not None:
        return [named]  # "The Acme co-founder, Ana Ruiz, donated": Ruiz, the name set off after her title
    if subs:
        out = []
        for s in subs:
            relcl = _relative_clause(verb) if s.lower_ in _RELATIVE else None
            # the relative pronoun stands for the modified noun, also across a
            # reporting verb ("boats that it claimed were swarming the reef")
            out.append(_placed_noun(relcl.head, s) if relcl is not None else s)
        return out
    if depth > 3 or verb.head.i == verb.i:
        return []
    if verb.dep_ == "acl" and is_infinitive(verb) and verb.head.dep_ in {"dobj", "obj"}:
        # "X signed an agreement to provide ...", "X announced a plan to send ...": X
        frame = verb.head.head
        if frame.pos_ in {"VERB", "AUX"}:
            return subjects_of(frame, depth=depth + 1)
    if verb.dep_ == "relcl" or verb.dep_ == "acl":
        return [verb.head]
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep":
        return _gerund_subjects(verb, depth)
    if verb.dep_ == "advcl" and verb.tag_ in _FINITE_TAGS and any(c.dep_ == "mark" for c in verb.children):
        # "after a ferry capsized": a finite clause has its own subject, never the main clause's; a noun the
        # parse hung before the verb as a compound is that subject
        return [c for c in verb.lefts if c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"}]
    if verb.dep_ in _SHARED_SUBJECT and verb.head.pos_ in {"VERB", "AUX"}:
        # "X persuaded Y to visit": an object controls the infinitive
        if verb.dep_ == "xcomp":
            objs = [c for c in verb.head.children if c.dep_ in {"dobj", "obj"} and c.i < verb.i]
            if objs and objs[0].pos_ in {"PROPN", "PRON"}:
                return objs
        return subjects_of(verb.head, depth=depth + 1)
    return []


def _gerund_subjects(verb: Token, depth: int) -> list[Token]:
    """Who does what a gerund after a preposition says.

    * "X changed course after meeting Y", "X spoke ahead of meeting Y": a
      temporal or manner preposition (``_SUBJECT_CONTROL_PREPS``, or "of"
      after an adverb) on a verb: that verb's subject.
    * "X accused Y of attacking Z", "X blamed Y for shelling Z": "of", "for"
      or "with" on a verb with an object: the object; with none ("X was
      jailed for robbing a bank"), the subject.
    * a noun's gerund ("the hope of winning a grant"): nobody named here.
    """
    prep = verb.head
    head = prep.head
    if prep.lower_ == "of" and head.pos_ == "ADV" and head.dep_ == "advmod":
        return subjects_of(head.head, depth=depth + 1) if head.head.pos_ in {"VERB", "AUX"} else []
    if head.pos_ not in {"VERB", "AUX"}:
        return []
    if prep.lower_ in _SUBJECT_CONTROL_PREPS:
        return subjects_of(head, depth=depth + 1)
    if prep.lower_ in {"of", "for", "with"}:
        objects = [c for c in head.children if c.dep_ in {"dobj", "obj"}]
        if objects or prep.lower_ == "with":
            return objects  # ("met with visiting X": no gerund of the subject's)
        # "X was jailed for robbing a bank", "X was convicted of attacking Y": with no object, the
        # subject did it
        return [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return []


def is_infinitive(verb: Token) -> bool:
    """A to-infinitive ("to provide")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _placed_noun(noun: Token, pronoun: Token) -> Token:
    """The noun a restrictive relative clause's subject stands for, past the place the parse hung it on.

    "the attack in the Portuguese capital that killed 12 people": a place does
    not kill, so a clause right after the object of a place preposition of
    another noun belongs to that noun ("the attack"). Set off by a comma
    ("the mood in the province, which has been gripped by unrest") or
    passive, the clause is the place's own.
    """
    place = noun.ent_type_ in {"GPE", "LOC"} or noun.lower_ in PLACE_NOUNS
    prep = noun.head
    restrictive = pronoun.dep_ == "nsubj" and pronoun.i == noun.i + 1
    if place and restrictive and noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in SITE_PREPS:
        return prep.head if prep.head.pos_ in {"NOUN", "PROPN"} else noun
    return noun


def _relative_clause(verb: Token) -> Token | None:
    current = verb
    for _ in range(3):
        if current.dep_ == "relcl":
            return current
        if current.dep_ not in {"ccomp", "xcomp", "conj"} or current.head.i == current.i:
            return None
        current = current.head
    return None


def agent_of(verb: Token) -> list[Token]:
    """The "by" agent of a passive verb ("was received by Xi" -> Xi)."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def prep_objects(token: Token, preps: Iterable[str]) -> list[Token]:
    """Objects of the prepositions ``preps`` attached to ``token`` ("with X", "to X")."""
    wanted = set(preps)
    out = []
    for child in token.children:
        if child.dep_ in {"prep", "dative", "agent"} and child.lower_ in wanted:
            objs = [g for g in child.children if g.dep_ in {"pobj", "pcomp"}]
            if not objs:
                # a misattached object ("to five officers holed up ..."): the noun group right after
                root = _noun_group_root(child)
                objs = [root] if root is not None else []
            out.extend(objs)
    return out


def _noun_group_root(prep: Token) -> Token | None:
    """The last noun of the determiner/adjective/noun run right after a preposition."""
    root = None
    for tok in prep.doc[prep.i + 1 : prep.i + 8]:
        if tok.pos_ in {"NOUN", "PROPN"}:
            root = tok
        elif tok.pos_ in {"DET", "NUM", "ADJ", "PART"} and root is None:
            continue
        else:
            break
    return root


def _antecedent(token: Token) -> Token | None:
    """Resolve "the latter"/"the former" to the last/first earlier entity of its sentence."""
    lower = token.lower_
    if lower not in {"latter", "former"}:
        return None
    ents = [
        e
        for e in span_ents(token.sent)
        if e.end <= token.i and e.label_ in {"PERSON", "ORG", "GPE", "NORP", "LOC"} and not _in_same_np(e.root, token)
    ]
    if not ents:
        return None
    chosen = ents[-1] if lower == "latter" else ents[0]
    return chosen.root


def _in_same_np(a: Token, b: Token) -> bool:
    return a.head.i == b.i or b.head.i == a.i


def resolve_actor(ctx: DocContext, token: Token) -> tuple[Actor, float] | None:
    """Resolve an argument head to an actor, following "the latter", relative pronouns and organisation words.

    A subject that is an organisation word with "the" and names nothing
    itself ("the trust met ...", "the organisation distributed ...") is the
    organisation it refers back to, strictly
    (:func:`~eventkit.extractors.organisations.organisation_referent`); an
    object ("gave the school 40 laptops") is left as it is: the school is
    seldom the body the narration was about.

    Args:
        ctx: The document context.
        token: The head of the argument noun phrase.

    Returns:
        ``(actor, confidence)`` or None.
    """
    if token.lower_ in _NOBODY or any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return None  # "No group has claimed responsibility", "nobody was hurt": nobody to name
    target = _antecedent(token)
    if target is None and token.lower_ in _RELATIVE and token.head.dep_ == "relcl":
        target = token.head.head
    if target is None and token.lower_ in PLACE_NOUNS:
        # "the town of Gorazde", "the province of Herat": the named place
        named = [g for g in prep_objects(token, ("of",)) if g.pos_ == "PROPN"]
        if named:
            target = named[0]
    target = target if target is not None else token
    if target.dep_ == "appos" and target.pos_ == "NOUN" and target.head.pos_ == "PROPN":
        person = ctx.actor(target.head)
        if person is not None and person[0].kind in {ActorKind.PERSON, ActorKind.UNKNOWN}:
            return person  # "Tom Fletcher, the U.N. relief chief, who visited ...": the person, not the U.N.
    titled = titled_by_closing_name(ctx, target)
    if titled is not None:
        return titled, TITLED_CONFIDENCE  # "Economic Secretary to the Treasury Nadia Farooqui"
    if target.pos_ in {"NOUN", "PROPN"} and is_person_word(target):
        # a capitalised title may be tagged a proper noun ("The Minister of Foreign Affairs of X, Ana Ruiz,")
        name = next((c for c in target.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        person = ctx.actor(name) if name is not None else None
        if person is not None and person[0].kind in {ActorKind.PERSON, ActorKind.UNKNOWN}:
            # "the company's founder, Ana Ruiz, gave ...": the person named after her title
            return person[0].model_copy(update={"kind": ActorKind.PERSON}), person[1]
    if (
        target.dep_ in SUBJECT_DEPS
        and target.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in target.children)
    ):
        referent = organisation_referent(ctx, target, strict=True)
        if referent is not None:
            return referent, REFERENT_CONFIDENCE  # "The Harbour Trust said ... The trust later met ..."
    resolved = ctx.actor(target)
    if resolved is None:
        return None
    actor, confidence = resolved
    words = actor.name.split()
    if actor.kind in {ActorKind.GROUP, ActorKind.UNKNOWN} and len(words) > 1 and words[0].lower() in _QUANTIFIERS:
        # "most West Africans" names the group "West Africans"
        actor = actor.model_copy(update={"name": " ".join(words[1:])})
    return actor, confidence


#: Prepositions of a long title: "Secretary *to* the Treasury", "Under-Secretary-General *for* Humanitarian Affairs".
_TITLE_PREPS = frozenset({"to", "for", "of"})


def titled_by_closing_name(ctx: DocContext, target: Token) -> Actor | None:
    """The person a title word names by the name closing its phrase (:func:`name_closing_title`), if any."""
    if target.pos_ not in {"NOUN", "PROPN"} or not is_person_word(target):
        return None
    closing = name_closing_title(target)
    if closing is None:
        return None
    title = target.doc[target.left_edge.i : closing.start].text.strip()
    return Actor(name=closing.text, kind=ActorKind.PERSON, title=title, mentions=[ctx.span_of(closing)])


def name_closing_title(title: Token) -> SpacySpan | None:
    """The person's name that closes a capitalised title phrase, parsed into the title's prepositional phrase.

    "Economic Secretary to the Treasury *Nadia Farooqui*", "UN
    Under-Secretary-General for Humanitarian Affairs *Marguerite
    Oyelaran*": right after the title a preposition of titles, and its
    object ends in a name, a person entity or a known first name and the
    words after it; no article before the title, no verb inside. Or the
    words after a title the lists know whole ("Superintendent of Police
    *Sakshi Verma*").
    """
    doc = title.doc
    listed = _name_after_listed_title(title)
    if listed is not None:
        return listed
    if not title.text[:1].isupper() or any(c.dep_ == "det" for c in title.children):
        return None
    prep = doc[title.i + 1] if title.i + 1 < len(doc) else None
    if prep is None or prep.lower_ not in _TITLE_PREPS or prep.dep_ != "prep":
        return None
    # the run of the title's words after it: names, prepositions, articles ("of Uganda Jeje Odongo")
    words: list[Token] = []
    for t in doc[prep.i + 1 :]:
        if not (t.pos_ in {"PROPN", "DET"} or t.lower_ in _TITLE_PREPS or t.text == "-"):
            break
        words.append(t)
    while words and words[-1].pos_ != "PROPN":
        words.pop()
    tail = list(itertools.takewhile(lambda t: t.pos_ == "PROPN", reversed(words)))[::-1]  # after the last preposition
    if not tail:
        return None
    start = next((t.i for t in tail if t.ent_type_ == "PERSON"), None)
    if start is None:
        start = next((t.i for t in tail if is_first_name(t.text)), None)
    if start is None or start == tail[0].i or start >= tail[-1].i:
        return None  # the name must follow words of the title, and have two words at least
    if is_title(doc[start - 1].text) or any(c.dep_ == "appos" for c in title.children):
        return None  # "Wife of President Bola Tinubu, Oluremi Tinubu": the name is the inner title's
    end = tail[-1].i + 1
    if end < len(doc) and doc[end].text == ",":
        return None  # "Adviser to President X, Y, met ...": the name after the comma is the adviser's
    return doc[start:end]


@per_resources
def _listed_title_words() -> int:
    """The most words of a title with a preposition that ``titles.en.txt`` lists whole (2 when it lists none)."""
    return max((len(t.split()) for t in title_words() if _TITLE_PREPS & set(t.split())), default=2)


def _name_after_listed_title(title: Token) -> SpacySpan | None:
    """The name after a title with a preposition that ``titles.en.txt`` lists whole ("superintendent of police X")."""
    doc = title.doc
    for size in range(_listed_title_words(), 2, -1):  # the longest first: "deputy inspector general of police"
        end = title.i + size
        if end >= len(doc) or not any(t.lower_ in _TITLE_PREPS for t in doc[title.i : end]):
            continue
        if not is_title(doc[title.i : end].text):
            continue
        name = list(itertools.takewhile(_word_of_a_name, doc[end:]))
        while name and name[-1].pos_ != "PROPN":
            name.pop()
        if name:
            return doc[end : name[-1].i + 1]
    return None


def _word_of_a_name(token: Token) -> bool:
    """A word of a person's name after a title: a proper noun in no entity or a person's, or a hyphenated surname.

    The recogniser may tag a hyphenated surname an organisation ("Junior
    Benjamin-Alleyne"): the hyphen joins two proper nouns with no space.
    """
    if token.pos_ == "PROPN" and token.ent_type_ in {"", "PERSON"}:
        return True
    doc = token.doc
    if token.tag_ == "HYPH" and is_name_hyphen(token) and doc[token.i + 1].pos_ == "PROPN":
        return True
    if token.pos_ != "PROPN" or token.ent_type_ != "ORG" or token.i == 0:
        return False
    return doc[token.i - 1].tag_ == "HYPH" or (token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "HYPH")


def counted_group(token: Token) -> Token:
    """The group a count names: "Thousands of BNP supporters" -> supporters, "two of the gunmen" -> gunmen."""
    if token.lower_ in _QUANTIFIERS or token.like_num or token.ent_type_ == "CARDINAL":
        counted = prep_objects(token, ("of",))
        if counted and counted[0].pos_ in {"NOUN", "PROPN"}:
            return counted[0]
    return token


def resolve_actors(ctx: DocContext, tokens: Iterable[Token]) -> list[Actor]:
    """Resolve several argument heads with their conjuncts, dropping duplicates."""
    out: list[Actor] = []
    seen: set[str] = set()
    for token in tokens:
        for head in [token, *conjuncts(token)]:
            resolved = resolve_actor(ctx, head)
            if resolved is None:
                continue
            actor = resolved[0]
            key = actor.name.lower()
            if key in seen:
                continue
            seen.add(key)
            out.append(actor)
    return out


def distributed_actors(ctx: DocContext, tok: Token) -> list[Actor]:
    """The actors a noun names, coordinated modifiers split over their head.

    "U.S. and Russian negotiators" -> two groups ("U.S. negotiators" USA,
    "Russian negotiators" RUS); any other noun resolves as one actor.
    """
    mods = [c for c in tok.lefts if c.dep_ in {"nmod", "amod", "compound"} and conjuncts(c)]
    if mods and tok.pos_ == "NOUN":
        actors = []
        for mod in [mods[0], *conjuncts(mods[0])]:
            from eventkit.normalize.countries import country_code

            code = country_code(mod.text)
            actors.append(Actor(name=clean_name(f"{mod.text} {tok.text}"), kind=ActorKind.GROUP, country=code))
        return actors
    resolved = resolve_actor(ctx, tok)
    return [resolved[0]] if resolved is not None else []


def is_named(actor: Actor) -> bool:
    """True for actors that name someone: an entity, a country, or a group with a nationality.

    "the leaders" and "officials" are not named; "Moroccan diplomats",
    "Chinese boats" and "Xi" are.
    """
    if actor.kind in {ActorKind.PERSON, ActorKind.ORGANIZATION, ActorKind.COUNTRY}:
        return True
    if actor.country is not None:
        return True
    words = actor.name.split()
    if len(words) == 1 and _person_noun_form(words[0].lower()):
        return False  # "Rescuers evacuated ...": a common noun capitalised as its sentence's first word
    return any(w[:1].isupper() for w in words)


def _person_noun_form(word: str) -> bool:
    """A person noun or its plural ("rescuer", "rescuers", "firemen")."""
    forms = {word}
    if word.endswith("s"):
        forms |= {word[:-1], word[:-2]}  # "rescuers", "witnesses"
    if word.endswith("men"):
        forms.add(word[:-3] + "man")  # "firemen"
    return bool(forms & person_nouns())


__all__ += ["PLACE_NOUNS", "SITE_PREPS", "counted_group", "distributed_actors", "resolve_actors"]
