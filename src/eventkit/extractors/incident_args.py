"""Incident arguments from the parse: the clause a trigger belongs to, its place and its casualties.

Helpers of :mod:`eventkit.extractors.incident`: :func:`governor` and
:func:`anchor` find the clause of a trigger and :func:`linked` joins triggers
of one clause ("killed ... in a gunbattle"); :func:`place_for` reads the
incident's place ("in/at/near X", "the town of X", an unknown proper name
the gazetteer or tagger knows as a place); :func:`casualties_of` counts the
killed, injured and missing of casualty clauses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventkit.doccache import span_ents
from eventkit.extractors.base import PLACE_LABELS, DocContext
from eventkit.extractors.incident_senses import casualty_verbs, near_miss, words
from eventkit.extractors.syntax import given_as_surname, passive, when_antecedent
from eventkit.extractors.triggers import PLACE_NOUNS, SITE_PREPS, prep_objects
from eventkit.lexicons import per_resources
from eventkit.models import Casualties, Place, Provenance
from eventkit.normalize.mentions import (
    first_name_gender,
    honorific_gender,
    is_first_name,
    is_person_noun,
    person_nouns,
    word_classes,
)
from eventkit.normalize.money import parse_quantity
from eventkit.normalize.places import is_admin_word, is_division_phrase, is_place_part, resolve_place
from eventkit.normalize.times.lexicon import is_date_name

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = [
    "anchor",
    "antecedent_of",
    "casualties_of",
    "governor",
    "is_own_modifier",
    "linked",
    "place_for",
    "prep_path",
    "strike_verbs",
]


def strike_verbs() -> frozenset[str]:
    """Verbs whose object is the place an incident hit (``strike_verbs``: "a storm battered the coast")."""
    return words("strike_verbs")


@per_resources
def _occurrence_verbs() -> frozenset[str]:
    """Verbs that tell an incident happened or what it did: their subject trigger shares their clause."""
    return words("strike_verbs") | words("occurrence_verbs")


#: Subordinators of a clause that tells another occurrence, before or after the incident's.
_SEQUENCE_MARKS = frozenset({"after", "before", "since", "until"})
#: Quantifiers that count a part of what follows "of" ("one of the attacks", "many of the protests").
_PARTITIVE_WORDS = frozenset({"one", "some", "many", "several", "most", "all", "each", "any", "both", "few"})


def governor(tok: Token) -> Token | None:
    """The verb whose object, or whose prepositional phrase, the incident noun is."""
    head = tok.head
    if tok.dep_ in {"dobj", "obj", "nsubjpass", "attr"} and head.pos_ in {"VERB", "AUX"}:
        return head
    if tok.dep_ == "pobj" and head.dep_ in {"prep", "agent"} and head.head.pos_ in {"VERB", "AUX"}:
        return head.head
    if (
        tok.dep_ == "pobj"
        and head.dep_ == "prep"
        and head.head.dep_ in {"dobj", "attr"}
        and head.head.head.pos_ == "VERB"
    ):
        return head.head.head  # "engaged in looting", "carried out a series of attacks"
    return None


def anchor(tok: Token) -> Token:
    """The clause a trigger belongs to: a verb itself, a noun its governing verb."""
    if tok.pos_ in {"VERB", "AUX"}:
        return tok
    if tok.dep_ == "compound" and tok.head.pos_ == "PROPN":
        tok = tok.head  # "Hurricane Milton": the name's head
    effect = tok.head.lemma_.lower() in casualty_verbs() or tok.head.lemma_.lower() in _occurrence_verbs()
    if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.pos_ in {"VERB", "AUX"} and effect:
        return tok.head  # "an explosion killed five", "Hurricane Milton struck ..., killing 12"
    return governor(tok) or tok


def linked(a: Token, b: Token) -> bool:
    """Two triggers of one clause: one dominates the other without crossing reported speech."""
    # one dominates the other without crossing a reported-speech boundary, or they share
    # a clause ("launched rocket fire ..., killing 50")
    nouns = a.pos_ in {"NOUN", "PROPN"} and b.pos_ in {"NOUN", "PROPN"}
    a, b = anchor(a), anchor(b)
    if nouns and a.i != b.i and (a.pos_ in {"NOUN", "PROPN"}) != (b.pos_ in {"NOUN", "PROPN"}):
        # two event nouns, one the subject, the other in an adjunct of a plain verb
        # ("the floods came a week after protests"): two occurrences
        verb = a if a.pos_ in {"VERB", "AUX"} else b
        if verb.lemma_.lower() not in casualty_verbs() and verb.lemma_.lower() not in _occurrence_verbs():
            return False
    if a.i == b.i:
        return True
    if _casualties_where(a, b) or _casualties_where(b, a):
        return True
    for x, y in ((a, b), (b, a)):
        current = y
        for _ in range(8):
            if current.head.i == current.i:
                break
            if current.dep_ in {"ccomp", "parataxis"} or (_sequel(current) and not _toll_of(current, x)):
                break
            current = current.head
            if current.i == x.i:
                return True
    return False


def _toll_of(clause: Token, verb: Token) -> bool:
    """A sequel clause that says what caused a bare casualty verb's toll.

    "Three people were killed (and hundreds evacuated) *after* torrential rain
    caused rivers to burst", "two died *after* a bus overturned": deaths or
    injuries with no agent, what happened before them is their cause, one
    occurrence ("crowds torched cars after a teenager was shot" stays two).
    """
    host = clause.head
    if host.i != verb.i and not (host.dep_ == "conj" and host.head.i == verb.i):
        return False
    if verb.lemma_.lower() not in casualty_verbs():
        return False
    agentless = not any(c.dep_ == "agent" for c in verb.children)
    return agentless and (passive(verb) or not any(c.dep_ in {"dobj", "obj"} for c in verb.children))


def _sequel(clause: Token) -> bool:
    """A clause of another occurrence before or after: "crowds torched cars *after* a teenager was shot"."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _SEQUENCE_MARKS for c in clause.children)


def _casualties_where(incident: Token, casualty: Token) -> bool:
    """A casualty clause about the place of an incident's clause.

    "the raid came in X, *where* nine villagers were killed": the killing is the raid's.
    """
    if casualty.lemma_.lower() not in casualty_verbs() or casualty.dep_ != "relcl":
        return False
    if not any(c.dep_ == "advmod" and c.lower_ == "where" for c in casualty.children):
        return False
    place = casualty.head
    if place.dep_ != "pobj" or place.head.dep_ != "prep":
        return False
    clause = place.head.head
    whole = partitive_whole(incident)  # "one of the attacks came in X, where ..."
    own = whole.head if whole.dep_ in {"nsubj", "nsubjpass"} else whole
    return clause.i in {incident.i, own.i}


def partitive_whole(tok: Token) -> Token:
    """The quantifier a noun is counted by ("*one* of the deadliest bombings", "some of the riots"), or the noun."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.i < tok.i:
        quantifier = head.head
        if quantifier.pos_ in {"NUM", "PRON", "DET"} or quantifier.lower_ in _PARTITIVE_WORDS:
            return quantifier
    return tok


def antecedent_of(tok: Token) -> Token:
    """The noun a relative pronoun stands for ("Belarus, which suffered riots")."""
    if tok.lower_ in {"which", "that", "who"} and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


#: Prepositions by which a site names where it is ("a centre *in* Calais", "a dormitory *at* Harvard University").
_SITE_OWN_PREPS = frozenset({"in", "near", "at"})


def _site_nouns() -> frozenset[str]:
    """Nouns of a site a known place may name (``site_nouns``: "Leeds railway station", "a Kabul hotel")."""
    return words("site_nouns")


def _struck_place(tok: Token) -> Token | None:
    """The place an event's compound participle describes: "quake-hit Myanmar", "storm-battered Haiti"."""
    head = tok.head
    if tok.dep_ not in {"npadvmod", "compound", "nmod"} or head.lower_ not in words("struck_participles"):
        return None
    return head.head if head.dep_ in {"amod", "compound"} and head.head.i != head.i else None


def place_for(ctx: DocContext, tok: Token, *, shallow: bool = False) -> tuple[Place, Provenance] | None:
    """The incident's place: a governed place entity, or "the town/city of X".

    ``shallow``: only "in/at/near X" attached to ``tok`` itself (for the verb
    of a subject trigger, whose deeper phrases may belong to other events).
    """
    found = ctx.place_for(tok)
    if found is not None and found[0].span is not None:
        span = found[0].span
        for ent in span_ents(tok.sent):
            ent_span = ctx.span_of(ent)
            if ent_span.start <= span.start and span.end <= ent_span.end:
                root = ent.root
                # "one U.S. soldier": a nationality on a person is not the place
                modifier = root.dep_ in {"compound", "amod", "nmod", "npadvmod"}
                before = ent.doc[ent.start - 1] if ent.start > 0 else None
                if before is not None and before.dep_ == "prt" and before.head.i == root.head.i:
                    modifier = False  # "capsized off Sulawesi": the parse's particle opens the place
                place_head = (
                    root.head.lower_ in PLACE_NOUNS
                    or is_admin_word(root.head.text)
                    or root.head.lemma_.lower() in _site_nouns()  # "at Leeds railway station"
                )
                if modifier and not place_head and root.head.ent_type_ not in PLACE_LABELS:
                    found = None
                if ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in {"based", "-"}:
                    found = None  # "Pakistan-based militants": their base, not the incident's place
                if (
                    shallow
                    and root.dep_ in {"dobj", "obj"}
                    and root.head.i == tok.i
                    and tok.lemma_.lower() in strike_verbs()
                ):
                    # "Israel strikes southern Lebanon after Hezbollah rocket fire": the strike's target, not
                    # where the fire before it fell ("Police sealed off Kano after the bombing" keeps Kano)
                    found = None
                if found is not None and (opened := _name_opened_before(ent)) is not None:
                    # "the village of Maslova Pristan" (Maslova tagged a nationality): the whole name
                    whole = ctx.place(opened)
                    found = (whole, found[1].model_copy(update={"span": whole.span})) if whole is not None else found
                break
    if found is not None:
        return found
    struck = _struck_place(tok)
    if struck is not None:
        found = ctx.place_named_at(struck, rule="incident.stricken_modifier")
        if found is not None:
            return found
    named = _prep_place(ctx, tok, shallow=shallow)
    if named is not None or shallow:
        return named
    for t in tok.subtree:
        if (t.lower_ not in PLACE_NOUNS and not is_place_part(t.lower_)) or not prep_path(t, tok):
            continue
        # "the town of X", "in the capital, X"; "the outskirts of X" (``place_part_words``)
        for name in [*prep_objects(t, ("of",)), *(c for c in t.children if c.dep_ == "appos")]:
            if name.pos_ != "PROPN":
                continue
            named_ent = next((e for e in span_ents(name.sent) if e.start <= name.i < e.end), None)
            phrase = named_ent if named_ent is not None else name.doc[min(c.i for c in name.subtree) : name.i + 1]
            place = ctx.place(phrase)
            if place is not None:
                return place, Provenance(field="location", span=place.span, rule="incident.place_noun_of")
    for clause in tok.children:
        # "fired tear gas to disperse protesters in Nairobi": the force's purpose clause is where it was used;
        # "was assaulted while canvassing in Tempe": what the victim was doing then, where
        dispersal = clause.dep_ in {"xcomp", "advcl"} and clause.lemma_.lower() in words("dispersal_verbs")
        # (not a contrast that opens with its own place: "flooding 400 homes, while in Monmouth the river
        # reached ..."; "exploded while the minister was visiting a market in Herat" is where it happened)
        meanwhile = (
            clause.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ == "while" for c in clause.children)
            and not _fronted_place(clause)
        )
        if dispersal or meanwhile:
            found = ctx.place_for(clause) or _prep_place(ctx, clause)
            if found is not None:
                return found
    return None


#: Labels the recogniser gives a place name listed before a plural division word ("Bokkos" an organisation).
_LISTED_LABELS = frozenset({*PLACE_LABELS, "ORG", "PERSON"})


def _plural_division(noun: Token) -> bool:
    """A plural division word, alone or closing its phrase: "districts", "local government areas"."""
    if is_admin_word(noun.lemma_):
        return True
    start = noun.i
    while start > noun.left_edge.i and noun.doc[start - 1].is_lower and noun.doc[start - 1].is_alpha:
        start -= 1  # the common words that open the phrase ("local government")
    mods = [t.lower_ for t in noun.doc[start : noun.i]]
    return any(is_division_phrase(" ".join([*mods[i:], noun.lemma_.lower()])) for i in range(len(mods)))


def _first_listed(name: Token) -> Token:
    """The first proper noun of a list the parse hung on its last name ("*Riyom* and Barkin Ladi")."""
    first = min((t for t in name.subtree if t.pos_ == "PROPN"), key=lambda t: t.i)
    return first if first.dep_ in {"compound", "nmod"} else name


def _fronted_place(clause: Token) -> bool:
    """A clause whose place phrase comes before its own subject: "while in Monmouth the river reached ..."."""
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and any(c.dep_ == "prep" and c.i < subject.i for c in clause.children)


def _name_opened_before(ent: Span) -> Span | None:
    """The place entity with the proper nouns before it that the parse made its own compound.

    "the village of Maslova Pristan": the recogniser tags "Maslova" a
    nationality (or nothing) and "Pristan" a place; a capitalised proper
    noun right before the name, compound of its head, opens the same name. A
    nationality adjective ("Ukrainian Kharkiv") or another place ("Kharkiv
    Oblast") is no such word, and a name the gazetteer knows is whole as it
    stands ("the Shia Beirut suburbs", "Christian Baghdad": Beirut, Baghdad).
    """
    if resolve_place(ent.text) is not None:
        return None
    start = ent.start
    while start > 0:
        prev = ent.doc[start - 1]
        if not (
            prev.tag_ == "NNP"
            and prev.dep_ == "compound"
            and ent.start <= prev.head.i < ent.end
            and prev.is_title
            and prev.ent_type_ in {"", "NORP"}
        ):
            break
        start -= 1
    return ent.doc[start : ent.end] if start < ent.start else None


def _prep_place(ctx: DocContext, tok: Token, *, shallow: bool = False) -> tuple[Place, Provenance] | None:
    """A proper noun after "in/at/near" in the trigger's clause that the tagger did not call a place.

    "stabbed two people in Lyon" (Lyon tagged as a person), "shelled villages
    near Donetsk" (no entity): a gazetteer place, or an unknown name the
    tagger labelled a place, is kept as a named place.
    """
    for prep in tok.children if shallow else tok.subtree:
        if prep.dep_ != "prep" or prep.lower_ not in SITE_PREPS | _STREET_PREPS:
            continue
        subject_place = prep.head.dep_ in {"nsubj", "nsubjpass"} and prep.head.head.i == tok.i
        if not (prep_path(prep, tok) or subject_place or _on_agent(prep, tok)):  # "security forces in Guinea ..."
            continue
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        # "at a detention centre in Calais": the site's own "in" names the town; "in a dormitory at Harvard
        # University": its "at" the campus
        objects += [
            g for o in objects if o.pos_ == "NOUN" for p in o.children
            if p.dep_ == "prep" and p.lower_ in _SITE_OWN_PREPS for g in p.children if g.dep_ == "pobj"
        ]  # fmt: skip
        # "in the Poltava and Kharkiv regions", "in Bokkos and Mangu districts", "the Riyom and Barkin Ladi
        # local government areas": the first name before a plural division word shared by a list, however
        # the recogniser tagged it (the division vouches for it); a single "in southern Kaduna state" is left
        # to the recogniser
        listed = [
            _first_listed(c) for o in objects if o.pos_ == "NOUN" and o.tag_ == "NNS" and _plural_division(o)
            for c in o.children if c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN" and c.i < o.i
            and all(t.pos_ == "PROPN" for t in c.conjuncts)  # not "in Taliban and government districts"
        ]  # fmt: skip
        own = objects[len([o for o in prep.children if o.dep_ == "pobj"]) :]
        for obj in [*objects, *listed]:
            untagged = _untagged_place(ctx, prep, obj)
            if untagged is not None:
                return untagged
            if prep.lower_ not in SITE_PREPS:
                continue  # "on" names a street only
            if obj.pos_ != "PROPN":
                # "at the Army camp in Kharian": the site's own town, when it names one, comes before its name
                has_town = any(g.head.head == obj and g.pos_ == "PROPN" for g in own)
                named_site = None if has_town else _named_site(ctx, obj)
                if named_site is not None:
                    return named_site, Provenance(field="location", span=named_site.span, rule="incident.named_site")
                continue
            ent = next((e for e in span_ents(obj.sent) if e.start <= obj.i < e.end), None)
            words = ent if ent is not None else obj.doc[min(c.i for c in obj.subtree) : obj.i + 1]
            if ent is not None and ent.end > obj.i + 1 and obj.doc[obj.i + 1].text == ",":
                words = _own_words(obj)  # "across Florence, Arno under watch": the recogniser ran two names together
            known = resolve_place(words.text)
            vouched = obj in listed and ent is not None and ent.label_ in _LISTED_LABELS
            # "outside a police station in Jerécuaro" (tagged a person): a site is in a town, not in a person
            vouched = vouched or (obj in own and ent is not None and _town_as_person(ent))
            if known is None and (
                ((ent is None or ent.label_ not in PLACE_LABELS) and not vouched) or ctx.in_headline(obj)
            ):
                continue  # a title-case headline capitalises every noun ("... at Supply Boat")
            place = ctx.place(words)
            if place is not None:
                return place, Provenance(field="location", span=place.span, rule="incident.prep_proper_noun")
    return None


#: Prepositions a street name takes besides the site ones ("injured *on* viale dei Mille").
_STREET_PREPS = frozenset({"on", "along"})
#: Prepositions a town or district takes ("hit by a van *in* Genk", "trees down *across* Florence"); not
#: "at", which takes sites and firms as well ("a fire at Henderson's").
_TOWN_PREPS = frozenset({"in", "near", "outside", "across", "around"})
#: Labels the recogniser gives an untagged town it does not know ("Genk" a person, "the Hoogstraat" an organisation).
_MISREAD_LABELS = frozenset({"", "PERSON", "ORG"})


def _on_agent(prep: Token, tok: Token) -> bool:
    """A phrase on the agent of a passive trigger: "was hit by a van *in Genk*" (the parse hangs it on the van)."""
    noun = prep.head
    return noun.dep_ == "pobj" and noun.head.dep_ == "agent" and noun.head.head.i == tok.i


def _own_words(obj: Token) -> Span:
    """The name a preposition's object heads: its compounds and itself ("viale dei Mille", "Hoogstraat")."""
    start = obj.i
    while start > 0 and obj.doc[start - 1].dep_ in {"compound", "flat"} and obj.doc[start - 1].head.i <= obj.i:
        start -= 1
    return obj.doc[start : obj.i + 1]


def _street_name(name: Span) -> bool:
    """A street by its opening word (``street_openers``: "viale dei Mille") or ending (``street_suffixes``).

    The opening word counts written in lower case ("viale dei Mille") or before
    a lower-case particle (``street_particles``: "Rue de Rivoli"): a capital
    opener before a name is as often a firm's or a brand's ("Via Rail",
    "Boulevard Brewing", "Rue La La").
    """
    opener = name[0].lower_
    doc = name.doc
    particle = name.start + 1 < len(doc) and doc[name.start + 1].is_lower
    particle = particle and doc[name.start + 1].text in words("street_particles")
    if len(name) > 1 and opener in words("street_openers") and name[-1].is_title and (name[0].is_lower or particle):
        return True
    last = name[-1]
    return last.is_title and any(last.lower_.endswith(s) and len(last) > len(s) + 2 for s in words("street_suffixes"))


def _section_label(name: Span) -> bool:
    """A name made of, or followed by, a number or a single letter: a section ("in Zone 2", "in Block C")."""
    doc = name.doc
    after = doc[name.end] if name.end < len(doc) else None
    return any((len(t) == 1 and (t.is_alpha or t.is_digit)) or t.like_num for t in name) or (
        after is not None and (after.like_num or (len(after) == 1 and after.is_alpha))
    )


def _after_the(ent: Span) -> bool:
    """The entity opens with, or follows, "the" ("in the Hoogstraat")."""
    return ent.text.lower().startswith("the ") or (ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the")


def _placed_in_body(ctx: DocContext, tok: Token) -> bool:
    """The headline's word is a place in the body too: tagged one, or after "in", "near", "across" ... there."""
    return any(
        t.text == tok.text
        and not ctx.in_headline(t)
        and (t.ent_type_ in PLACE_LABELS or (t.dep_ == "pobj" and t.head.lower_ in _TOWN_PREPS))
        for t in tok.doc
    )


def _capitalised(tok: Token, ctx: DocContext) -> bool:
    """A capitalised word inside the sentence that is not a title-case headline's: a proper noun by writing.

    The tagger may call a headline's name a noun ("barn fire in Boekel"); in a
    headline written in sentence case, a capital inside the line is a name.
    """
    if not tok.is_title or tok.i == tok.sent.start or tok.pos_ not in {"PROPN", "NOUN"}:
        return False
    if not ctx.in_headline(tok):
        return tok.pos_ == "PROPN"
    inner = [t for t in tok.sent if t.is_alpha and t.i != tok.sent.start and len(t) > 3]
    return sum(t.is_title for t in inner) * 2 < len(inner)  # a sentence-case headline


def _a_person_elsewhere(tok: Token) -> bool:
    """The document gives the word as a person's: after a first name or an honorific, or as a person of two words."""
    if given_as_surname(tok):
        return True
    doc = tok.doc
    return any(
        t.text == tok.text and t.i != tok.i and t.i > 0 and honorific_gender(doc[t.i - 1].text.rstrip(".")) is not None
        for t in doc
    )


def _untagged_place(ctx: DocContext, prep: Token, obj: Token) -> tuple[Place, Provenance] | None:
    """A town or street the recogniser did not tag a place, named after a locative preposition.

    "hit by a van in Genk" (Genk tagged a person), "a burglary at a shop in
    the Hoogstraat" (an organisation), "injured on viale dei Mille": a
    capitalised proper noun after "in", "near", "across" (a town) or a street
    name after those, "at" or "on" (``street_openers``, ``street_suffixes``).
    Not after a person noun ("a man in Lycra": the person's clothing), not a
    known first name, nor a word the document gives a person, nor a name
    ending in an organisation word ("in Tesla Motors"), nor one followed by a
    possessive ("in Morgan's yard"), nor a section label of a number or a
    letter ("in Zone 2", "in Block C"), nor a headline's town the body does
    not place too ("hits systems in Ticketmaster"), nor a street the
    recogniser knows as an organisation without "the" ("at Boulevard
    Brewing"); nor a known place, which the
    recogniser's reading covers.
    """
    if is_person_noun(prep.head) or prep.head.ent_type_ == "PERSON":
        return None  # "a man in Lycra", "a steward in Hi-Vis": the phrase describes the person, it places nothing
    name = _own_words(obj)
    if not all(_capitalised(t, ctx) or (t.is_lower and t.i < obj.i) for t in name) or not _capitalised(obj, ctx):
        return None
    if _section_label(name):
        return None
    street = _street_name(name)
    if not street and (prep.lower_ not in _TOWN_PREPS or not name[0].is_title):
        return None
    ent = next((e for e in span_ents(obj.sent) if e.start <= obj.i < e.end), None)
    if ent is not None and (ent.label_ not in _MISREAD_LABELS or ent.start < name.start or len(ent) > len(name) + 2):
        return None
    if resolve_place(name.text) is not None or (ent is not None and resolve_place(ent.text) is not None):
        return None  # a known place: the recogniser's reading, or the gazetteer's, names it
    after = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None
    if after is not None and (after.tag_ == "POS" or after.lower_ in {"'s", "\u2019s"}):
        return None  # "in Morgan's yard": the yard is a person's or a firm's
    if street and ent is not None and ent.label_ == "ORG" and not (_after_the(ent) or name[0].is_lower):
        return None  # a firm the recogniser knows ("in the Hoogstraat" keeps its article, "viale dei Mille" its case)
    if not street and ctx.in_headline(obj) and not _placed_in_body(ctx, obj):
        return None  # "Cyber attack hits systems in Ticketmaster": a headline's capital alone makes no town
    if not street:
        if is_first_name(name[0].text) or any(_a_person_elsewhere(t) for t in name):
            return None
        body = word_classes().organisation_words | word_classes().legal_suffixes
        if name[-1].lower_ in body or len(name) > _MAX_TOWN_WORDS:
            return None
        if ent is not None and ent.label_ == "ORG" and not ent.text.lower().startswith("the "):
            return None  # "in Tesla": a firm the recogniser knows
    place = ctx.place(name)
    if place is None:
        return None
    note = "untagged street" if street else "untagged place"
    return place, Provenance(field="location", span=place.span, rule="incident.untagged_place", note=note)


#: The most words of a town name read without a tag ("Sint-Truiden", "Bergen op Zoom" is three).
_MAX_TOWN_WORDS = 3


def _town_as_person(ent: Span) -> bool:
    """One name a site is "in", tagged a person: no first name, no surname the document gives a person."""
    if ent.label_ != "PERSON" or len(ent) != 1 or ent.root.tag_ != "NNP":
        return False
    return first_name_gender(ent.text) is None and not given_as_surname(ent.root)


#: Labels of a name before a site noun that make it an organisation's or a person's ("a Tesla factory").
_SITE_OWNER_LABELS = frozenset({"ORG", "PERSON", "NORP"})


def _named_site(ctx: DocContext, noun: Token) -> Place | None:
    """The place a proper name before an area or site noun names, whatever the recogniser tagged it.

    "a police post in the Taunsa area" (Taunsa an organisation), "in the
    Nuseirat refugee camp": the name before an area noun (``area_nouns``) is
    the place; "near Constitución station" (a date to the recogniser): a
    site noun (``site_nouns``) keeps its name with it, unless the name is an
    organisation's or a person's ("a Tesla factory", "the Smith building").
    """
    lemma = noun.lemma_.lower()
    area = lemma in words("area_nouns")
    if noun.pos_ != "NOUN" or not (area or lemma in _site_nouns()) or ctx.in_headline(noun):
        return None
    names = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i]
    if not names:
        return None
    first = min(names[0].subtree, key=lambda t: t.i)
    run = noun.doc[first.i : names[-1].i + 1]
    if not all(t.pos_ == "PROPN" and (t.is_title or not t.is_alpha) for t in run):
        return None
    if any(is_date_name(t.text) for t in run):
        return None  # "at the Christmas market", "the Sunday market": a market day, no place
    if lemma in words("faction_nouns") and not any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and names[-1].i < c.i for c in noun.children
    ):
        return None  # "the Biden camp", "the Army camp": a side or a base; "the Nuseirat refugee camp" a place
    labels = {t.ent_type_ for t in run}
    if first_name_gender(run[0].text) is not None or ("PERSON" in labels and not area) or "NORP" in labels:
        return None
    if not area and labels & _SITE_OWNER_LABELS:
        return None
    # "at a Bucharest hospital": a town (tagged a place, or untagged and known) names where the site is
    town = labels & {"GPE", "LOC"} or (labels == {""} and resolve_place(run.text) is not None)
    phrase = run if area or town else noun.doc[first.i : noun.i + 1]
    return ctx.place(phrase)


def prep_path(t: Token, trigger: Token) -> bool:
    """True when ``t`` hangs from the trigger through prepositions and their objects only."""
    current = t
    for _ in range(8):
        if current.i == trigger.i:
            return True
        # "a crash between a car and a lorry near York": a conjunct of an object passes
        conjunct = current.dep_ == "conj" and current.head.dep_ == "pobj"
        if current.dep_ not in {"pobj", "prep", "dobj", "npadvmod"} and not conjunct:
            return False
        current = current.head
    return False


def is_own_modifier(ctx: DocContext, tok: Token, place: Place) -> bool:
    """The place is the trigger's own modifier ("the Russia-Ukraine conflict"): the parties, not where."""
    if place.span is None:
        return False
    for child in tok.lefts:
        if child.dep_ in {"compound", "amod", "nmod", "poss"}:
            left = ctx.span_of(tok.doc[child.left_edge.i : child.i + 1])
            if left.start <= place.span.start and place.span.end <= left.end:
                return True
    return False


def _victim_subject(tok: Token) -> bool:
    """A casualty word whose subject is the victim in the active voice (``subject_casualty_words``: "died")."""
    said = words("subject_casualty_words")
    return tok.lemma_.lower() in said or tok.lower_ in said


def casualties_of(ctx: DocContext, triggers: list[Token]) -> Casualties | None:
    """Killed/injured/missing counts from casualty verbs in the triggers' clauses."""
    table = casualty_verbs()
    sent = triggers[0].sent
    ids = {t.i for t in triggers}
    counts: dict[str, int] = {}
    approximate = False
    texts: list[str] = []
    for tok in sent:
        kind = table.get(tok.lemma_.lower()) or table.get(tok.lower_) or _deadly(tok)
        if kind is None or tok.pos_ not in {"VERB", "ADJ"}:
            continue
        if near_miss(tok):
            if kind != "killed":
                continue  # ("was nearly injured": no one was)
            kind = "injured"  # "was nearly killed": hurt, not dead
        near = (
            tok.i in ids
            or any(linked(tok, t) for t in triggers)
            or any(t.head.i == tok.head.i for t in triggers)
            # "heavy rain caused rivers to burst ..., killing three": the trigger is the subject of the clause
            or any(t.dep_ in {"nsubj", "nsubjpass"} and t.head.is_ancestor(tok) for t in triggers)
            # "61 migrants are missing ... after their boat capsized": the trigger's clause says why
            # (the clause may hang on a noun of the trigger's: "when a bus [advcl] overturned [acl]")
            or any(a.dep_ == "advcl" and tok.is_ancestor(a) for t in triggers for a in (t, *t.ancestors))
        )
        # a "when" clause of a date tells of what happened then
        another_time = when_antecedent(tok) is not None
        if not near or (another_time and not any(linked(t, tok) or t.i == tok.i for t in triggers)):
            continue  # "the most serious clash since 2020, when 20 soldiers were killed": another event's toll
        # "were killed and 30 injured": the second participle shares the passive; a headline's "19 injured"
        # (a participle with a subject and no auxiliary) is a passive too
        bare = tok.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in tok.children)
        elided = bare and ((tok.dep_ == "conj" and passive(tok.head)) or any(c.dep_ == "nsubj" for c in tok.children))
        victims = [
            c
            for c in tok.children
            if c.dep_
            in (
                {"nsubjpass", "nsubj"}
                if passive(tok) or elided or tok.pos_ == "ADJ" or _victim_subject(tok)
                else {"dobj", "obj"}
            )
        ]
        if kind == "killed" and tok.lemma_.lower() in words("life_taking_verbs"):
            victims = [c for c in tok.children if c.dep_ in {"dobj", "obj"}]  # "claimed 87 lives"
        if not victims and tok.dep_ in {"amod", "acl"}:
            victims = [tok.head]  # "12 dead", "dozens injured"
        if not victims and tok.dep_ in {"oprd", "acomp"} and passive(tok.head):
            victims = [c for c in tok.head.children if c.dep_ == "nsubjpass"]  # "one person was shot dead"
        if not victims:
            # "leaving two officers wounded": the object of "leave"
            leave = [t for t in (tok.head, *tok.children) if t.lemma_.lower() in words("leave_verbs")]
            victims = [c for t in leave for c in t.children if c.dep_ in {"dobj", "obj"}]
        for victim in victims:
            quantity = _count(victim)
            if quantity is None:
                continue
            value, approx = quantity
            counts[kind] = counts.get(kind, 0) + value
            approximate = approximate or approx
            texts.append(
                ctx.doc[victim.left_edge.i : tok.i + 1].text if victim.i < tok.i else ctx.doc[tok.i : victim.i + 1].text
            )
    if "killed" not in counts:
        toll = _death_toll(sent)  # "the death toll from the quake rose to 37"
        if toll is not None:
            (value, approx), text = toll
            counts["killed"] = value
            approximate = approximate or approx
            texts.append(text)
    if not counts:
        return None
    return Casualties(
        killed=counts.get("killed"),
        injured=counts.get("injured"),
        missing=counts.get("missing"),
        approximate=approximate,
        text="; ".join(texts),
    )


def _deadly(tok: Token) -> str | None:
    """Say "killed" for a verb whose complement or object tells a death (``death_complements``, ``life_taking_verbs``).

    "were burnt to death", "hacked to death" ("to" and a death word);
    "the floods claimed 87 lives" (a verb taking lives). None otherwise.
    """
    if tok.pos_ != "VERB":
        return None
    deaths = words("death_complements")
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "to" and any(g.lower_ in deaths for g in child.children):
            return "killed"
        if (
            child.dep_ in {"dobj", "obj"}
            and child.lemma_.lower() == "life"
            and tok.lemma_.lower() in words("life_taking_verbs")
        ):
            return "killed"
    return None


def _death_toll(sent: Span) -> tuple[tuple[int, bool], str] | None:
    """The number a toll noun (``toll_nouns``) gives the dead: "the death toll rose to 37", "a toll of 12"."""
    for tok in sent:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in words("toll_nouns"):
            continue
        holders = [tok]
        if tok.dep_ in {"nsubj", "nsubjpass"}:
            holders.append(tok.head)  # "the toll rose to 37", "the toll stands at 37", "the toll is 37"
        for holder in holders:
            numbers = [
                g
                for c in holder.children
                for g in ([c] if c.dep_ in {"attr", "dobj"} else c.children if c.lower_ in _TOLL_PREPS else [])
                if g.dep_ in {"attr", "dobj", "pobj"} and (g.like_num or any(n.dep_ == "nummod" for n in g.children))
            ]
            for number in numbers:
                counted = _count(number)
                if counted is not None:
                    return counted, sent.doc[tok.left_edge.i : number.i + 1].text
    return None


#: Prepositions that give a toll its number ("rose *to* 37", "stands *at* 37", "a toll *of* 12").
_TOLL_PREPS = frozenset({"to", "at", "of"})


def _one_person(victim: Token) -> bool:
    """One person: a name, or a singular person noun with an article ("a man", "the driver", "a 23-year-old woman")."""
    if any(c.dep_ == "conj" for c in victim.children):
        return False  # "the driver and two passengers": counted elsewhere or not at all
    if victim.ent_type_ == "PERSON" and victim.pos_ == "PROPN":
        return True
    return (
        victim.tag_ == "NN"
        and victim.lemma_.lower() in person_nouns()
        and any(c.dep_ == "det" and c.lower_ in {"a", "an", "the"} for c in victim.children)
    )


def _count(victim: Token) -> tuple[int, bool] | None:
    """The number of a victim phrase: "at least 12 people", "dozens", "one U.S. soldier"."""
    # a sentence-initial number word may be tagged a proper noun compound ("Eleven people were killed")
    nums = [c for c in victim.children if c.dep_ == "nummod" or (c.dep_ in {"compound", "amod"} and c.like_num)]
    if nums:
        num = nums[0]
        text = victim.doc[num.left_edge.i : num.i + 1].text
    elif victim.like_num or victim.lower_ in {"dozens", "hundreds", "scores", "thousands"}:
        text = victim.doc[victim.left_edge.i : victim.i + 1].text
    elif _one_person(victim):
        return 1, False  # "a man was killed", "Ana Ruiz was injured"
    else:
        return None
    parsed = parse_quantity(text)
    if parsed is None:
        return None
    value, approx = parsed
    if value != value.to_integral_value() or value < 0:
        return None
    return int(value), approx or any(
        t.lower_ in {"least", "about", "around", "nearly", "over", "some"} for t in victim.subtree
    )
