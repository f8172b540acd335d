"""Donations: who gave what to whom, how much, and what for ("eventkit.donation.v1").

Triggers come from ``resources/lexicons/donation_triggers.en.yaml``; each rule
names a frame:

* **give** ("X donated 450 generators to Y", "X gave Y $5 million",
  "aid was delivered to Y by X"): the donor is the subject (or the passive
  agent), the recipient "to/for X" or the indirect object, the items and
  amount come from the object.
* **receive** ("Y obtained a shipment of generators from X"): the recipient
  is the subject, the donor "from X" anywhere in the object.
* **help** ("X is helping Y rebuild"): donor subject, recipient object.
* **nominal** ("China's donation", "a grant of $26.8 million to Y"): donor
  from a possessive, "from X" or "by X"; recipient from "to/for X".

Generic give-verbs (give, provide, send ...) are kept only with a named
recipient or an aid-like object; commercial cues (loans, sales, purchases,
investments) veto a trigger. When the donor or the recipient is missing, the
pair of the most recent donation in the same or the previous paragraph fills
it ("China's donation is part of the program ... the program entails a grant
of ..."). ``purpose`` is the to-infinitive attached to the trigger or its
object ("to mitigate ...", "meant to overhaul ...").

The ``amount`` is read by :func:`~eventkit.normalize.money.document.money_of_span`
with the country of the article's dateline (:func:`~eventkit.extractors.anchoring.dateline_country`):
a shared currency form without a default is read through it ("Sh2 million"
under "NAIROBI, Kenya --" is KES), and the amount's provenance notes why.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventkit.event_types.donation import CONTEXT_RULE
from eventkit.extractors.anchoring import dateline_country
from eventkit.extractors.base import DocContext, clip_confidence, modality_of
from eventkit.extractors.eventhood import hypothetical_context, in_question, is_abstract
from eventkit.extractors.eventness import judge
from eventkit.extractors.habitual import habitual
from eventkit.extractors.incident_senses import is_vehicle_head
from eventkit.extractors.modality import modality_words
from eventkit.extractors.organisations import organisation_referent
from eventkit.extractors.syntax import is_to_infinitive, passive
from eventkit.extractors.triggers import (
    TriggerMatch,
    agent_of,
    find_triggers,
    governing_verb,
    is_infinitive,
    is_named,
    lexicon_extra,
    prep_objects,
    resolve_actor,
    subjects_of,
)
from eventkit.lexicons import load_yaml, per_resources
from eventkit.models import Actor, ActorKind, Donation, DonationKind, Item, Modality, Money, Provenance, When
from eventkit.normalize.mentions import (
    DEFINITE_DETERMINERS,
    INDEFINITE_DETERMINERS,
    artifact_nouns,
    is_person_noun,
    is_person_word,
    is_title,
    is_vehicle_word,
    word_classes,
)
from eventkit.normalize.money import currency_of_word, parse_item
from eventkit.normalize.money.document import (
    SpanMoney,
    currency_note,
    money_of_span,
    phrase_money,
    undecided_sum,
    weighs,
)
from eventkit.normalize.names import initials

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

__all__ = ["extract_donations"]

_TYPE = "donation"
#: Dependents that start a clause or a role phrase; an item phrase stops before them.
_CLAUSE_DEPS = frozenset({"acl", "relcl", "advcl", "xcomp", "ccomp", "appos", "punct", "cc"})
_ROLE_PREPS = frozenset({"to", "from", "for", "by", "in", "on", "at", "with"})
#: Verbs whose subject receives the donation a noun names (with ``receipt_verbs`` of the lexicon).
_RECEIVE_VERBS = frozenset({"receive", "obtain", "get", "accept", "secure", "welcome"})
#: How many paragraphs back a donation may take its donor/recipient pair from.
_CONTEXT_PARAGRAPHS = 4
#: Frames whose object is a party (who is rescued or helped), not a gift: with neither party
#: named, nothing of their own ties them to the donation of the paragraphs before.
_PARTY_FRAMES = frozenset({"rescue", "help"})


@per_resources
def _aid_objects() -> dict[str, str]:
    table: dict[str, str] = {}
    for kind, words in (lexicon_extra(_TYPE, "aid_objects") or {}).items():
        for word in words:
            table.setdefault(str(word).lower(), str(kind))
    return table


@per_resources
def _words(key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in lexicon_extra(_TYPE, key) or ())


@dataclass
class _Pair:
    """The donor/recipient pair of a donation, remembered for later mentions."""

    donor: Actor | None
    recipient: Actor | None
    paragraph: int
    #: The lemmas of the gift's words ("ambulance"), and "vehicle" when a vehicle was given.
    gifts: frozenset[str] = frozenset()
    date: When | None = None
    #: Whether the gift was made (asserted) rather than pledged, planned or denied.
    made: bool = True
    #: Whether the recipient is bodies described in the plural ("14 local groups", "schools"): one of
    #: them, named later, may have its share from the same donor.
    members: bool = False
    #: The lemmas of the gift nouns the round was given in ("$90,000 in grants", "grants"): a share told
    #: later ("the biggest grant went to X") must be one of them.
    round_nouns: frozenset[str] = frozenset()


def extract_donations(ctx: DocContext) -> Iterator[Donation]:
    """Yield one donation per trigger mention with a donor or a recipient.

    Args:
        ctx: The document context.

    Yields:
        :class:`~eventkit.models.Donation` events, one per mention.

    Matches:
        "Japan donated 20 ambulances to Kenya to improve emergency care." ->
        donor Japan, recipient Kenya, items [20 ambulances], purpose
        "to improve emergency care".

    Notes:
        Frames follow PLOVER's AID category (economic, military and
        humanitarian aid, asylum); see ``docs/events.md``.
    """
    matches = find_triggers(ctx.doc, _TYPE)
    trigger_ids = {m.token.i for m in matches}
    history: list[_Pair] = []
    for match in matches:
        event = _donation(ctx, match, trigger_ids, history)
        if event is not None:
            yield event
    yield from _grant_list(ctx, history)


#: Dashes and colons that part a listed recipient from its sum ("Elm Rowing Club – $12,000 for oars").
_LIST_SEPARATORS = frozenset({"–", "—", "-", ":"})
#: The longest recipient name a grant-list line may open with, in tokens.
_LIST_NAME_TOKENS = 10


def _grant_list(ctx: DocContext, history: list[_Pair]) -> Iterator[Donation]:
    """The grants a list shares out after a donation: one donation per "Recipient – $sum for purpose" line.

    "Elm Shire Council has given $90,000 in grants to 14 groups. ... This year's grantees
    are: / * Elm Rowing Club – $12,000 for new oars / * Elm Food Bank – $8,000 towards a van": the
    lines under a short paragraph ending with a colon that names the gifts or their takers
    (``grant_list_nouns``: recipients, grants, beneficiaries ...) in no other words than
    ``grant_list_intro_words`` ("this year's", "the", "are", "include") are the donor's gifts to each named
    body, when a donation made by a named donor was told in the paragraphs before. Each line must be a
    name, a dash and a sum; the list stops at the first line that is not. Price lists, budgets and
    results tables are introduced by other words, or follow no donation, and give nothing.
    """
    blocks = ctx.clean.blocks
    for n, block in enumerate(blocks):
        intro = ctx.clean.text[block.start : block.end].strip()
        words = [w.strip(":,.").lower() for w in intro.split()]
        if not intro.endswith(":") or len(words) > 12 or not set(words) & _words("grant_list_nouns"):
            continue
        if not set(words) <= _words("grant_list_nouns") | _words("grant_list_intro_words"):
            continue  # "Grants that were turned down:", "award recipients:", "state research grants:": another list
        pair = next(
            (
                p
                for p in reversed(history)
                if p.donor is not None and p.made and p.paragraph < n and n - p.paragraph <= _CONTEXT_PARAGRAPHS
            ),
            None,
        )
        if pair is None or pair.donor is None:
            continue
        for line in blocks[n + 1 :]:
            event = _grant_line(ctx, line.start, line.end, pair.donor)
            if event is None:
                break
            yield event


def _grant_line(ctx: DocContext, start: int, end: int, donor: Actor) -> Donation | None:
    """One "Recipient – $sum (for|towards purpose)" line of a grant list, given to its recipient by ``donor``."""
    span = ctx.doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return None
    tokens = [t for t in span if not t.is_space]
    while tokens and (tokens[0].is_punct or tokens[0].text in {"*", "•", "·"}):
        tokens = tokens[1:]  # the bullet
    cut = next((k for k, t in enumerate(tokens) if t.text in _LIST_SEPARATORS and t.whitespace_), None)
    if cut is None or not 0 < cut <= _LIST_NAME_TOKENS:
        return None
    name = tokens[:cut]
    if not name[0].text[:1].isupper() or any(t.like_num or t.pos_ == "VERB" for t in name):
        return None  # "- $500 ...", "2023 – $4m": no recipient's name
    money = next((e for e in ctx.doc.ents if e.label_ == "MONEY" and e.start >= tokens[cut].i), None)
    if money is None or money.end > tokens[-1].i + 1:
        return None
    opening = [t for t in ctx.doc[tokens[cut].i + 1 : money.start] if not t.is_space]
    if any(t.text not in {"$", "€", "£"} and t.ent_type_ != "MONEY" for t in opening):
        return None  # the sum follows the dash
    found = _money_of(ctx, ctx.doc[money.start : money.end] if not opening else ctx.doc[opening[0].i : money.end])
    if found is None:
        return None
    rest = [t for t in ctx.doc[money.end : tokens[-1].i + 1] if not t.is_space]
    if rest and rest[0].lower_ not in {"for", "towards", "toward", "to"} and not rest[0].is_punct:
        return None
    if any(t.ent_type_ == "MONEY" or t.text in {"$", "€", "£"} for t in rest):
        return None  # "$10,000 to $12,000", "$10,000 (requested $15,000)": a range or a comparison, no grant
    purpose = " ".join(t.text for t in rest).strip(" .;,") if rest and not rest[0].is_punct else ""
    head = ctx.doc[name[0].i : name[-1].i + 1].root
    resolved = resolve_actor(ctx, head)
    text = ctx.doc[name[0].i : name[-1].i + 1].text
    recipient = (
        resolved[0]
        if resolved is not None and resolved[0].name == text
        else Actor(name=text, kind=ActorKind.ORGANIZATION, mentions=[ctx.span_of(ctx.doc[name[0].i : name[-1].i + 1])])
    )
    amount = found.money.model_copy(update={"span": ctx.span_of(found.span)})
    trigger = ctx.span_of(ctx.doc[tokens[cut].i : money.end])
    provenance = [
        Provenance(field="trigger", span=trigger, rule=_LIST_RULE),
        Provenance(
            field="donor",
            span=donor.mentions[0] if donor.mentions else None,
            rule=_LIST_RULE,
            note="the donor of the donation the list follows",
        ),
        Provenance(field="recipient", span=recipient.mentions[0] if recipient.mentions else None, rule=_LIST_RULE),
        Provenance(field="amount", span=amount.span, rule="money.parse_money"),
    ]
    return Donation(
        trigger=trigger,
        evidence=[ctx.span_of(span)],
        donor=donor,
        recipient=recipient,
        amount=amount,
        purpose=purpose or None,
        kind=DonationKind.GRANT,
        modality=Modality.ASSERTED,
        confidence=clip_confidence(0.6),
        rule_ids=[_LIST_RULE, CONTEXT_RULE],
        provenance=provenance,
    )


#: The rule of a donation read from a grant list's line.
_LIST_RULE = "donation.grant_list.v1"


def _paragraph(ctx: DocContext, tok: Token) -> int:
    for n, block in enumerate(ctx.clean.blocks):
        if block.start <= tok.idx < block.end:
            return n
    return -1


def _donation(ctx: DocContext, match: TriggerMatch, trigger_ids: set[int], history: list[_Pair]) -> Donation | None:
    tok = match.token
    rule = match.rule
    verb = tok if tok.pos_ in {"VERB", "AUX"} else None
    donor_heads: list[Token] = []
    recipient_heads: list[Token] = []
    objects: list[Token] = []
    if verb is not None and _purpose_of_a_gift(verb, trigger_ids):
        return None  # "donated $4.5 million to the WFP to provide food to 260,000 people": what the gift is for
    if verb is not None and (habitual(verb, counts=False) or _describes_its_noun(verb, progressive=False)):
        return None  # "supplies food to the camps every month", "X, which supplies food to the camps": a practice
    if _withheld(tok):
        return None  # "suspended aid to Niger", "stopped sending weapons": a gift stopped, none made
    in_passive = verb is not None and passive(verb)
    # "a patrol vessel gifted by India to X": a participle on the gift it names
    reduced = verb is not None and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in {"NOUN", "PROPN"}
    if reduced and verb is not None and _misread_predicate(verb):
        reduced = in_passive = False  # "X, Ambassador of Japan to Y, handed over twelve ambulances to Z": X gave
    if verb is not None:
        objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
        # "handing over equipment": the parse may take the object for the particle's
        objects += [g for c in verb.children if c.dep_ == "prt" for g in c.children if g.dep_ == "pobj"]
        if in_passive:
            objects += [c for c in verb.children if c.dep_ == "nsubjpass"]
        if reduced:
            in_passive = True
            objects.append(verb.head)
        if rule.frame == "receive":
            if in_passive:
                return None  # "was received by Xi": a guest, not a gift
            recipient_heads = subjects_of(verb)
            donor_heads = prep_objects(verb, ("from",)) + [f for o in objects for f in _deep_from(o)]
        elif rule.frame == "rescue":
            if _describes_its_noun(verb):
                return None  # "a school sheltering displaced families": what the building is used for, no act
            # "X evacuated the wounded from the town of Y": Y's people are helped
            donor_heads = agent_of(verb) if in_passive else subjects_of(verb)
            recipient_heads = prep_objects(verb, ("from",))
            recipient_heads += [f for o in objects for f in prep_objects(o, ("from",))] + objects
            objects = []
        elif rule.frame == "help":
            donor_heads = subjects_of(verb)
            recipient_heads = objects[:1]
            objects = []
        else:
            donor_heads = agent_of(verb) if in_passive else subjects_of(verb)
            # "a decision by the UAE to send food to Gaza", "Japan's offer to supply tents": the noun's
            # possessive or "by" phrase gives, not the subject of the clause around it
            donor_heads = _infinitive_owner(verb) or donor_heads
            # ``with_gift_verbs``: the object receives, the "with" phrase is the gift ("provided X with Y")
            supplied = prep_objects(verb, ("with",)) if verb.lemma_ in _words("with_gift_verbs") else []
            if supplied and not in_passive:
                # "provided Ukraine with 500 generators": the object receives, "with" names the gift
                recipient_heads = list(objects)
                objects = supplied
            # "gave the Ivory Coast 5.1 million dollars": the indirect object receives
            # (not a currency the parse split off its sum: "gave Rs 2 crore to X")
            recipient_heads += [
                c
                for c in verb.children
                if c.dep_ == "dative" and c.pos_ != "ADP" and not _split_currency(ctx, c) and not _a_sum(c)
            ]
            recipient_heads += prep_objects(verb, ("to", "for")) + _noun_read_as_infinitive(verb)
            # "X has received a boost, with China handing over equipment": the with-clause tells what X received
            absolute = verb.dep_ == "pcomp" and verb.head.lower_ == "with" and verb.head.dep_ == "prep"
            if absolute and verb.head.head.lemma_.lower() in _RECEIVE_VERBS:
                recipient_heads += subjects_of(verb.head.head)
            if in_passive:
                # "was handed over by X to Y": the parse may hang "to Y" on the agent (not "the ambassador to X":
                # a title's own "to")
                recipient_heads += [r for a in donor_heads if not is_title(a.text) for r in prep_objects(a, ("to",))]
            if verb.lemma_.lower() in _words("sharing_verbs"):
                # "distributed blankets among 1,500 families" (``sharing_verbs``, ``sharing_preps``)
                shares = tuple(_words("sharing_preps"))
                found = prep_objects(verb, shares) + [r for o in objects for r in prep_objects(o, shares)]
                recipient_heads += [r for r in found if _shared_by(r)]
            gift = verb.head
            if reduced and gift.dep_ in {"dobj", "obj"} and gift.head.lemma_ in _RECEIVE_VERBS:
                recipient_heads += subjects_of(gift.head)  # "X received vaccines donated by Japan": X receives
            if reduced and gift.dep_ == "nsubjpass":
                # "tents donated by X were distributed to flood victims": where the gift went
                recipient_heads += prep_objects(gift.head, ("to",))
            for obj in objects:
                # "sent supplies and a rescue team to X": the parser hangs "to X" on the last conjunct;
                # "pledged 1 billion euros for Turkey": a sum is for whom it is given
                preps = ("to", "for") if _is_amount(obj) else ("to",)
                recipient_heads += [r for o in _listed(obj) for r in prep_objects(o, preps)]
                # "handed over a consignment of 50 plants to Pakistan": the parser hangs "to X" on the contents
                recipient_heads += [r for c in prep_objects(obj, ("of",)) for r in prep_objects(c, ("to",))]
            # "donated pumps worth $4.5 million to X": the parser may hang "to X" on "worth", and
            # "3 million euros in funding for X" on what the amount is in
            spent = [p for o in objects if _is_amount(o) for p in prep_objects(o, ("in",))]
            # (also on a conjunct: "donated medical equipment and medicines worth $2 million to Mongolia")
            valued = [c for o in objects for x in _listed(o) for c in x.children if _values_it(c)]
            for worth in [*_worth(verb), *valued, *spent]:
                recipient_heads += prep_objects(worth, ("to", "for"))
            # "gave a cheque for 10,000 euros to X": the parser may hang "to X" on the sum the gift is for
            recipient_heads += [
                r for s in prep_objects(verb, ("for",)) if _is_amount(s) for r in prep_objects(s, ("to",))
            ]
            if not recipient_heads:
                # "handed over ambulances and a consignment of equipment to X", "dispatched 40 tonnes of aid,
                # including tents and blankets, to X": the parse hangs the closing "to X" deep in the object
                closing = [r for o in objects for r in _closing_to(o)]
                if closing and _terms_vetoed([t for o in objects for t in o.subtree]):
                    return None  # "... including missiles, to X under a sale": the terms hang there too
                recipient_heads += closing
    else:
        if _governed_by_trigger(tok, trigger_ids):
            return None  # "provided aid to X": the verb's event covers its object
        objects = prep_objects(tok, ("of",))
        # "the contribution of the Canadian agency to X": a named party after "of" a contribution noun
        # (``party_of_nouns``) gave, it is not the gift ("a gift of Lego": the goods)
        givers = [o for o in objects if _names_party(o)] if tok.lemma_.lower() in _words("party_of_nouns") else []
        objects = [o for o in objects if o not in givers]
        donor_heads = [c for c in tok.children if c.dep_ == "poss"] + prep_objects(tok, ("from", "by")) + givers
        # "a consignment of medicines provided by India": the giving participle names who gave
        donor_heads += [a for n in (tok, *objects) for a in _giving_participle_agents(n, trigger_ids)]
        donor_heads += [
            c for c in tok.children if c.dep_ in {"compound", "amod"} and c.ent_type_ in {"GPE", "NORP", "ORG"}
        ]
        if objects and all(_personnel(o) for o in objects):
            return None  # "the 19th batch of the Chinese medical team arrived": staff rotated, nothing given
        recipient_heads = prep_objects(tok, ("to", "for"))
        if not objects and _money_head(tok) is None and _for_an_aim(recipient_heads):
            return None  # "made important contributions to the country's development": an effort, no gift
        recipient_heads += [r for o in objects for r in prep_objects(o, ("to",))]  # "a donation of buses to X"
        money_head = _money_head(tok)
        nominal = money_head if money_head is not None else tok
        gov = nominal.head if nominal.dep_ in {"dobj", "obj"} and nominal.head.pos_ == "VERB" else None
        if gov is not None:
            if _receipt_verb(gov) and (gov.lemma_ in _RECEIVE_VERBS or _received_from(gov)):
                # "X received a grant from Y", "X welcomed a donation of ..." (unless the verb names who else
                # received it: "Japan acknowledged its donation of 40 beds to Kenya")
                recipient_heads += prep_objects(gov, ("to",)) + subjects_of(gov)
                donor_heads += prep_objects(gov, ("from",))
                # "welcomed a donation of 40 beds from the Rotary Club": the parse hangs "from Y" on the gift
                # (not "artefacts from ancient Egypt by the collector": the "by" agent gave them)
                if not _names_other_party(gov, ("by",)):
                    donor_heads += [f for o in objects for f in prep_objects(o, ("from",))]
            else:
                donor_heads += subjects_of(gov)  # "X announced a grant to Y"
                recipient_heads += prep_objects(gov, ("to", "for"))
        if nominal.dep_ in {"nsubj", "nsubjpass"} and nominal.head.lemma_.lower() in _words("destination_verbs"):
            recipient_heads += prep_objects(nominal.head, ("to",))  # "the biggest grant, $40,000, went to X"
        credited = _credited_receiver(nominal)
        # "X received four kayaks, courtesy of a gift" (not when a "to" phrase follows: "a gift from Y to Z")
        after = nominal.doc[nominal.i : nominal.sent.end]
        if credited is not None and not any(t.lower_ == "to" and t.dep_ == "prep" for t in after):
            recipient_heads += subjects_of(credited)
    thanked = _thanked_for(tok)
    if thanked is not None and _gift_told_before(tok, trigger_ids):
        return None  # "X handed over $2 million to Y. Z thanked China for the timely donation": that gift
    if thanked is not None:
        # "thanked the club for donating blankets", "thanked Japan for its donation": the thanked gave
        donor_heads = [c for c in thanked.children if c.dep_ in {"dobj", "obj"}] or donor_heads
        if not recipient_heads:
            recipient_heads = subjects_of(thanked)
    if _vetoed(tok, objects):
        return None
    if (
        verb is not None
        and verb.lemma_.lower() in _words("trade_verbs")
        and any(_customers(r) for r in recipient_heads)
    ):
        return None  # "delivered 500 motorcycles to dealers": a trade's customers
    phrase_object = match.span[-1].i > tok.i  # "granted asylum": the phrase names the gift
    dative = verb is not None and any(c.dep_ == "dative" for c in verb.children)
    if verb is not None and rule.frame == "give" and not objects and not phrase_object and not dative:
        return None  # "X pledged to back Y", "X offered to help": no gift named
    donor = _first_actor(ctx, donor_heads)
    # a sum is what was given, never to whom ("gave a cheque for 10,000 euros to X")
    recipient = _first_actor(ctx, [r for r in recipient_heads if not _is_purpose(r) and not _is_amount(r)], served=True)
    if recipient is None and verb is not None:
        recipient = _first_actor(ctx, _beneficiaries(verb), served=True)
    if verb is not None and _for_an_aim(recipient_heads):
        # "gave $4 million to drought relief efforts via the Red Cross": the body that carries
        # the effort out takes the gift, not the effort
        channels = prep_objects(verb, tuple(_words("channel_preps")))
        channel = _first_actor(ctx, [c for c in channels if c.ent_type_ in {"ORG", "GPE", "NORP"}])
        recipient = channel if channel is not None else recipient
    # "handed over 4,200 blankets": a word of the trigger phrase (its particle) is no part of the gift
    own = frozenset(t.i for t in match.span)
    items = _items(ctx, objects, own)
    amount = _amount(ctx, tok, objects)
    if amount is None and verb is None and (money_head := _money_head(tok)) is not None:
        amount = _amount(ctx, money_head, [])  # "announced €5 million in humanitarian aid"
    if not items and verb is not None:
        # "provided aid worth $2 million, including tents and blankets": the goods the sum bought, listed
        # where the parse hung the listing phrase (on the verb, the sum or its "worth")
        items = [i for g in _listed_after_sum(ctx, verb, objects, amount) if (i := _item(ctx, g, own)) is not None]
    if amount is not None and amount.span is not None:
        # "donated Rs 25 crore": the sum's own words ("25 crore") are no gift
        money = amount.span
        items = [i for i in items if i.span is None or not money.start <= i.span.start < i.span.end <= money.end]
    kind = _kind(rule.kind, objects, tok, amount)
    if amount is not None and not items and kind in {DonationKind.GOODS, DonationKind.OTHER}:
        kind = DonationKind.GRANT  # "contributed 50 million euros": money alone is a grant
    paragraph = _paragraph(ctx, tok)
    # "Japan donated 40 ambulances to Ghana. The vehicles were handed over by the ambassador to the minister":
    # the handover carries out the gift told before, its parties are that gift's (``handover_verbs``)
    retold = None
    if amount is None and _modality(tok) == Modality.ASSERTED:  # "were not handed over", "if ... delivered": no
        retold = _retold(history, paragraph, verb, objects, donor, recipient)
    if retold is not None:
        donor, recipient, items = retold.donor, retold.recipient, []
    aid_like = kind != DonationKind.OTHER and (_aid_word(objects) is not None or verb is None)
    if verb is not None and rule.strength < 0.5:
        # generic verbs: need a named recipient, or an aid object with a named donor
        if rule.frame == "help":
            if donor is None or recipient is None or recipient.kind == ActorKind.UNKNOWN:
                return None
        elif recipient is None and not (aid_like and donor is not None):
            return None
        # a sum given to people in need ("gave $200,000 to bereaved families") is aid
        relief = amount is not None and any(
            h.lemma_.lower() in _words("relief_recipients") or h.lower_ in _words("relief_recipients")
            for h in recipient_heads
        )  # people in need ("bereaved families"), not voters or a team
        if recipient is not None and not is_named(recipient) and not aid_like and not relief:
            return None
    filled_from_context = retold is not None
    if donor is None and recipient is None and (rule.frame in _PARTY_FRAMES or (amount is None and not objects)):
        return None  # "a man was rescued near X": nothing of its own ties it to the donation before
    # a party the sentence introduces unnamed ("A local businessman donated Rs 5 lakh to a village school") is
    # somebody else than the last donation's: no pair from the context for that role ("the package" may refer back)
    own_donor = donor is None and any(_introduced(h) for h in donor_heads)
    own_recipient = recipient is None and any(_introduced(h) for h in recipient_heads if not _is_purpose(h))
    if (donor is None and not own_donor) or (recipient is None and not own_recipient):
        # the pair established by the latest compatible donation nearby
        for pair in reversed(history):
            if paragraph - pair.paragraph > _CONTEXT_PARAGRAPHS:
                break
            if pair.donor is None or pair.recipient is None:
                continue
            if donor is not None and _differs(pair.donor, donor):
                continue
            # "awarded grants to 14 local groups ... The largest grant went to the Elm Rowing Club": one of them
            share = (
                pair.members
                and donor is None
                and recipient is not None
                and is_named(recipient)
                and tok.lemma_.lower() in pair.round_nouns
                and _round_share(tok)
            )
            if recipient is not None and _differs(pair.recipient, recipient) and not share:
                continue
            if donor is None and not own_donor:
                donor, filled_from_context = pair.donor, True
            if recipient is None and not own_recipient:
                recipient, filled_from_context = pair.recipient, True
            break
    if donor is not None and recipient is not None and donor.name == recipient.name:
        recipient = None  # "Families lost their homes. The Acme Foundation gave them £5,000": "them" is not the giver
    if donor is None and recipient is None:
        return None
    if verb is None and (donor is None or recipient is None) and rule.strength < 0.5:
        return None  # "a shipment arrived": a delivery noun alone is not a donation
    named_to = [r for r in recipient_heads if not _is_purpose(r) and r.pos_ in {"NOUN", "PROPN"}]
    named = resolve_actor(ctx, named_to[0]) if named_to and recipient is None else None
    beneficiary = recipient or (named[0] if named is not None else None)
    humanitarian = rule.kind == DonationKind.HUMANITARIAN_AID.value and rule.strength >= 0.5
    # "gave 24 points and 11 assists": a counted abstraction (and what is coordinated with it) is no goods
    goods = [o for o in objects if not _abstraction(o)]
    counted = bool(donor and recipient and any(i.quantity is not None for i in _items(ctx, goods, own)))
    if not counted and not _is_gift(
        rule.frame, rule.strength, donor, beneficiary, objects, amount, verb is None, humanitarian
    ):
        return None  # "600 solar panels": counted goods are a gift too
    purpose = _purpose(tok, objects)
    date = ctx.date_for(tok)
    if date is None and verb is None:
        gov = governing_verb(tok)
        if gov is not None:
            date = ctx.date_for(gov)
    if date is None:
        date = ctx.framing_date(verb or governing_verb(tok))
    if retold is not None and date is not None and not _compatible(retold.date, date[0]):
        date = None  # "donated ... on Monday. The vehicles were handed over on Tuesday": the gift keeps its day
    if retold is None:
        made = _modality(tok) == Modality.ASSERTED
        members = recipient is not None and any(_several_bodies(h) for h in recipient_heads)
        round_nouns = frozenset(
            w.lemma_.lower()
            for w in [*objects, *(x for o in [*objects, tok] for x in prep_objects(o, ("in",))), tok]
            if w.pos_ == "NOUN"
        )
        history.append(
            _Pair(
                donor, recipient, paragraph, _gift_words(objects), date[0] if date else None, made, members, round_nouns
            )
        )
    location = ctx.place_for(tok)
    modality = _modality(tok)
    rule_ids = [match.rule_id] + ([CONTEXT_RULE] if filled_from_context else [])
    provenance = [Provenance(field="trigger", span=ctx.span_of(match.span), rule=match.rule_id)]
    for field, actor in (("donor", donor), ("recipient", recipient)):
        if actor is not None:
            span = actor.mentions[0] if actor.mentions else None
            note = "from the previous donation of the paragraph" if filled_from_context else None
            provenance.append(Provenance(field=field, span=span, rule=f"{match.rule_id}:{rule.frame}", note=note))
    if amount is not None:
        # a shared symbol read as the article's currency, or as its dateline's country's
        note = currency_note(ctx.doc, amount, dateline_country=dateline_country(ctx))
        provenance.append(Provenance(field="amount", span=amount.span, rule="money.parse_money", note=note))
    for item in items:
        provenance.append(Provenance(field="items", span=item.span, rule="money.parse_item"))
    if date is not None:
        provenance.append(date[1])
    if location is not None:
        provenance.append(location[1])
    score = 0.3 + 0.35 * rule.strength
    score += 0.1 * (donor is not None) + 0.1 * (recipient is not None)
    score += 0.05 * bool(items or amount) + 0.05 * (date is not None)
    score -= 0.1 if filled_from_context else 0.0
    score -= 0.1 if modality in {Modality.HYPOTHETICAL, Modality.NEGATED} else 0.0
    event = Donation(
        trigger=ctx.span_of(match.span),
        evidence=[ctx.sentence_span(tok)],
        donor=donor,
        recipient=recipient,
        items=items,
        amount=amount,
        purpose=purpose,
        kind=kind,
        date=date[0] if date else None,
        location=location[0] if location else None,
        modality=modality,
        confidence=clip_confidence(score),
        rule_ids=rule_ids,
        provenance=provenance,
    )
    return judge(ctx, tok, event, rule.strength)


#: Trigger strength from which the word alone says "given free" (donate, donation, grant).
_GIFT_WORD_STRENGTH = 0.8


def _is_gift(
    frame: str,
    strength: float,
    donor: Actor | None,
    recipient: Actor | None,
    objects: list[Token],
    amount: Money | None,
    nominal: bool,
    humanitarian: bool = False,
) -> bool:
    """A donation needs a giver, a beneficiary and something given free of charge.

    Both parties must be present, the donor named (an entity, a country, a
    capitalised name or a nationality group: "foreign entities" is nobody),
    the recipient named or at least a person or group ("flood victims");
    the gift must be named: aid, money or goods from ``aid_objects``, an
    amount, counted goods (checked by the caller), or a word that itself
    means a free gift ("donated", "a grant").
    Receive, help and rescue frames ("got", "helped", "resettled") only count
    with such a gift. "gave her a lot to think about", "the deal just got harder"
    and "helped Clinton" have none.
    """
    if donor is None or recipient is None:
        return False
    if not is_named(donor) or not (is_named(recipient) or recipient.kind != ActorKind.UNKNOWN):
        return False  # "unnamed donors gave money": nobody identifiable gave
    gift = amount is not None or _aid_word(objects) is not None
    if humanitarian and frame in {"give", "rescue"}:
        return True  # "evacuated the wounded", "opened its borders to refugees": the act is the aid
    if frame in {"receive", "help", "rescue"}:
        return gift
    return gift or strength >= _GIFT_WORD_STRENGTH or (nominal and strength >= 0.6)


def _customers(head: Token) -> bool:
    """A trade's customers (``commercial_recipients``) with nothing that says they are in need.

    "dealers", "local dealers", "stores"; not "shops wrecked by the storm",
    "customers affected by the floods", "affected customers" (a clause or a
    participle of their plight).
    """
    if head.lemma_.lower() not in _words("commercial_recipients"):
        return False
    return not any(c.dep_ in {"acl", "relcl"} or (c.dep_ == "amod" and c.tag_ in {"VBN", "VBG"}) for c in head.children)


def _personnel(obj: Token) -> bool:
    """A group of people or a person noun (``personnel_groups``): what a delivery noun counts is staff, not goods."""
    return obj.lemma_.lower() in _words("personnel_groups") or (obj.pos_ == "NOUN" and is_person_word(obj))


def _for_an_aim(recipients: list[Token]) -> bool:
    """A "to"/"for" phrase of a gift noun naming an aim (``aim_nouns``: "contributions to development")."""
    return bool(recipients) and all(r.lemma_.lower() in _words("aim_nouns") for r in recipients)


def _withheld(tok: Token) -> bool:
    """A gift a verb or noun of stopping takes (``withholding_verbs``, ``withholding_nouns``).

    "The EU suspended aid to Niger", "aid to Niger was halted", "stopped
    sending weapons", "the suspension of aid to Niger", "aid cuts": no gift
    made, whoever stopped it.
    """
    while tok.dep_ == "conj" and tok.head.pos_ == tok.pos_:
        tok = tok.head  # "suspended loans and aid to X"
    money = _money_head(tok) if tok.pos_ != "VERB" else None
    held = money if money is not None else tok
    head = held.head
    if tok.pos_ == "VERB":
        # "stopped sending weapons"; not "stopped by to donate books" (a purpose), "ended up donating" (did),
        # "never stopped sending rice" (kept on)
        gerund = tok.dep_ == "xcomp" and tok.tag_ == "VBG" and not any(c.dep_ == "prt" for c in head.children)
        return gerund and _stopping(head)
    if held.dep_ in {"dobj", "obj", "nsubjpass"} and head.pos_ == "VERB":
        return _stopping(head)
    nouns = _words("withholding_nouns")
    if held.dep_ == "compound" and head.lemma_.lower() in nouns:
        return True  # "aid cuts", "an aid freeze"
    # "the suspension of aid to Niger", "cuts to aid", "a freeze on aid"
    return held.dep_ == "pobj" and head.lower_ in {"of", "to", "on"} and head.head.lemma_.lower() in nouns


def _stopping(verb: Token) -> bool:
    """A verb of ``withholding_verbs`` that stops a gift.

    Not negated ("never stopped", "refused to stop") and not bringing the gift to a sum ("was cut to
    $1.5 million").
    """
    if verb.lemma_.lower() not in _words("withholding_verbs") or any(c.dep_ == "neg" for c in verb.children):
        return False
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in modality_words("negated_heads"):
        return False  # "refused to stop sending weapons": the sending goes on
    return not any(_is_amount(o) for o in prep_objects(verb, ("to",)))


def _shared_by(noun: Token) -> bool:
    """Those a gift is shared among are people, a body or a place.

    "among 1,500 families"; not "among other supplies", "between prayers".
    """
    if any(c.dep_ == "amod" and c.lower_ == "other" for c in noun.children):
        return False
    lemma = noun.lemma_.lower()
    people = is_person_word(noun) or lemma in _words("relief_recipients") or lemma in _words("sharing_groups")
    return people or noun.ent_type_ in {"PERSON", "ORG", "NORP", "GPE", "LOC"}


def _differs(a: Actor, b: Actor | None) -> bool:
    from eventkit.coreference import same_actor

    return b is None or not same_actor(a, b)


def _gift_words(objects: list[Token]) -> frozenset[str]:
    """The lemmas of the gifts' words, their "of" contents' ("tonnes of rice") and "vehicle" for a vehicle."""
    words = [w for o in objects for x in _listed(o) for w in (x, *prep_objects(x, ("of",)))]
    lemmas = {w.lemma_.lower() for w in words}
    if any(is_vehicle_word(w) for w in words):
        lemmas.add("vehicle")
    return frozenset(lemmas)


def _retold(
    history: list[_Pair],
    paragraph: int,
    verb: Token | None,
    objects: list[Token],
    donor: Actor | None,
    recipient: Actor | None,
) -> _Pair | None:
    """The gift told before that a handover of "the vehicles", "the donation" carries out.

    A verb of handing over or receiving (``handover_verbs``) whose every gift is
    a definite noun phrase of a general goods word (``gift_anaphors``), of the
    word of the earlier gift or "vehicles" after a vehicle, and whose own
    parties stand for that gift's (a giver the text ties to the donor, a
    receiver of no other party): "The vehicles were handed over by the
    Japanese ambassador to Minister Y" after "Japan donated 40 ambulances to
    Ghana". Not "handed over 12 fire trucks" (counted, no article: a new
    gift), nor "the UK handed over the equipment" after Japan's gift.
    """
    if verb is None or verb.lemma_.lower() not in _words("handover_verbs") or not objects:
        return None
    gifts = [x for o in objects for x in _listed(o)]
    if not all(_definite_gift(g) for g in gifts) or _new_gift_cue(verb):
        return None
    for pair in reversed(history):
        if paragraph - pair.paragraph > _CONTEXT_PARAGRAPHS:
            break
        if pair.donor is None or pair.recipient is None:
            continue
        if all(_names_gift(g, pair.gifts) for g in gifts):
            if not pair.made:
                return None  # "Japan pledged to donate 40 ambulances ... The vehicles were handed over": a delivery
            onward = donor is not None and donor.kind == ActorKind.PERSON and _tied_to(donor, pair.recipient)
            if not onward and _acts_for(donor, pair.donor, giver=True) and _acts_for(recipient, pair.recipient):
                return pair
            return None
    return None


def _new_gift_cue(verb: Token) -> bool:
    """The handover's clause marks a gift of its own (``new_gift_cues``, or a negation in it).

    "Separately, X handed over", "also", "at a separate ceremony",
    "another"; a source denied: "received the money from X, not from the bank".
    """
    cues = _words("new_gift_cues")
    return any(t.lower_ in cues or t.dep_ == "neg" for t in verb.subtree)


def _definite_gift(noun: Token) -> bool:
    """A definite gift ("the vehicles", "these items"): a definite determiner, no "of" phrase or possessive."""
    if noun.pos_ != "NOUN":
        return False
    dets = [c for c in noun.children if c.dep_ in {"det", "predet"}]
    if not dets or not all(d.lower_ in DEFINITE_DETERMINERS | {"these", "those"} for d in dets):
        return False
    return not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children)


def _names_gift(noun: Token, gifts: frozenset[str]) -> bool:
    """A general goods word or the earlier gift's word, by lemma or as written ("the funds", lemma "fund")."""
    forms = {noun.lemma_.lower(), noun.lower_}
    return bool(forms & (_words("gift_anaphors") | gifts))


def _compatible(a: When | None, b: When | None) -> bool:
    from eventkit.coreference import compatible_dates

    return compatible_dates(a, b)


def _acts_for(own: Actor | None, told: Actor | None, *, giver: bool = False) -> bool:
    """No party of its own, a person (who hands over or receives for a body), or one standing for ``told``.

    A person who hands the goods over (``giver``) stands for the donor only
    when the text ties them to it ("the Japanese ambassador" for Japan): a
    businessman, a pastor or a son handing over "the money" gives a gift of
    their own.
    """
    from eventkit.coreference import represents

    if own is None:
        return True
    if own.kind == ActorKind.PERSON:
        if giver:
            return _tied_to(own, told)
        # "US Ambassador X" for Japan, "KCB chief executive X" for Equity Bank: a person of another party
        return told is None or not _tied_elsewhere(own, told)
    return represents(own, told) or represents(told, own)


def _tied_elsewhere(person: Actor, party: Actor) -> bool:
    """The person's own country or organisation is not ``party``'s: "Pakistan's envoy" for India."""
    if person.country is not None and person.country != party.country:
        return True
    return _affiliation(person) is not None and not _tied_to(person, party)


def _tied_to(person: Actor, party: Actor | None) -> bool:
    """The person's country or organisation is ``party``: "Kenyan minister X" for Kenya, "the hospital's chief"."""
    if party is None:
        return False
    if party.kind == ActorKind.COUNTRY and person.country is not None:
        return person.country == party.country
    body = _affiliation(person)
    if body is None:
        return False
    words = [w for w in body.lower().replace("'s", "").split() if w != "the"]
    names = [" ".join(n.lower().split()) for n in (party.name, *party.aliases)]
    return any(all(w in n.split() for w in words) or initials(" ".join(words)).lower() in n.split() for n in names)


def _affiliation(person: Actor) -> str | None:
    """The person's own organisation; not a minister's portfolio ("Health Minister X", ``portfolio_bodies``)."""
    if not person.affiliation:
        return None
    heads = {str(v).lower() for v in (load_yaml("lexicons/speech_cues.en.yaml").get("portfolio_bodies") or {}).values()}
    title = (person.title or "").lower().split()
    if title and title[-1] in heads:
        return None
    return person.affiliation


def _giving_participle_agents(noun: Token, trigger_ids: set[int]) -> list[Token]:
    """The "by" agents of a giving participle on the noun ("medicines *provided by India*")."""
    return [a for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i in trigger_ids for a in agent_of(c)]


def _purpose_of_a_gift(verb: Token, trigger_ids: set[int]) -> bool:
    """A giving verb in the to-infinitive of purpose of another giving: the same gift, told by what it is for.

    Only after a gift its own object names as a sum or as aid ("donated $4.5
    million ... to provide food"), or a gift noun that names its sum, its aid or
    its giver ("welcomes a contribution from Japan to provide food to ..."); "offered to send teams" is one promise,
    read from "send", and "sent a military plane to deliver 20 tonnes of
    aid" gives what the plane delivers.
    """
    head = verb.head
    if head.i not in trigger_ids or head.i > verb.i:
        return False
    if verb.dep_ == "acl" and head.pos_ == "NOUN":
        # "a contribution of $2 million from Japan to provide food to families": what the noun's gift is for,
        # when the noun tells a gift of its own (a sum or aid, or "from" whom); what "a pledge to provide ..."
        # or "Japan's offer to send ..." promises is read from the verb (``promise_words``)
        if head.lemma_.lower() in _words("promise_words"):
            return False
        gifts = prep_objects(head, ("of",))
        if not prep_objects(head, ("from", "by")) and not any(_is_amount(g) or _names_aid(g) for g in gifts):
            return False
    elif verb.dep_ in {"advcl", "xcomp"}:
        gifts = [c for c in head.children if c.dep_ in {"dobj", "obj"}]
        if not any(_is_amount(g) or _names_aid(g) for g in gifts):
            return False
    else:
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _names_aid(obj: Token) -> bool:
    """An object that names aid by its own words: "food", "500 tonnes *of food*", "*food* baskets".

    Its head, its compounds, or what a measure's "of" holds; not a modifier
    of something else ("a *military* plane" is no military aid).
    """
    aid = _aid_objects()
    words = [obj, *prep_objects(obj, ("of",))]
    words += [c for w in list(words) for c in w.children if c.dep_ == "compound"]
    return any(w.lower_ in aid or w.lemma_.lower() in aid for w in words)


def _gift_told_before(noun: Token, trigger_ids: set[int]) -> bool:
    """A definite gift noun with nothing of its own after an earlier gift: "thanked X for *the timely donation*".

    Nothing of its own: no "of"/"to" phrase, no number, no sum; the
    definite article points back to a gift told before ("its donation"
    names its giver, who may have given another).
    """
    if noun.pos_ != "NOUN" or not any(i < noun.i for i in trigger_ids):
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"of", "to"} for c in noun.children):
        return False
    if any(c.dep_ == "nummod" or c.like_num or c.tag_ == "$" for c in noun.subtree):
        return False
    return any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in noun.children)


def _governed_by_trigger(tok: Token, trigger_ids: set[int]) -> bool:
    """True when a donation verb takes this noun as its object ("provided aid", "sent a shipment")."""
    head = tok.head
    if tok.dep_ in {"dobj", "obj", "nsubjpass"} and head.i in trigger_ids and head.pos_ in {"VERB", "AUX"}:
        return True
    # "obtaining a shipment of ... generators": the noun inside the object of the verb
    return (
        tok.dep_ == "pobj"
        and head.head.i in trigger_ids
        and head.head.pos_ == "NOUN"
        and head.head.head.i in trigger_ids
    )


def _thanked_for(tok: Token) -> Token | None:
    """The verb of thanks whose "for" phrase holds the gift ("thanked Y *for donating* Z", "*for its donation*")."""
    prep = tok.head
    if tok.dep_ not in {"pobj", "pcomp"} or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    verb = prep.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in _words("gratitude_verbs") else None


def _noun_read_as_infinitive(verb: Token) -> list[Token]:
    """The recipient of "to" the parse read as an infinitive marker: "donated $5 million *to flood victims*".

    The "verb" of the infinitive is tagged a noun ("flood") and its object
    is the head of the noun phrase "to" governs ("victims"). Or the verb
    opens a name the recogniser tags ("to *Save* the Children").
    """
    out: list[Token] = []
    for clause in verb.children:
        if clause.pos_ in {"NOUN", "PROPN"} and is_to_infinitive(clause):
            out += [c for c in clause.children if c.dep_ in {"dobj", "obj"}] or [clause]
    # "gave 10,000 pounds *to Save the Children*": a name opening with a verb, read as an infinitive anywhere below
    doc = verb.doc
    out += [
        t
        for t in verb.subtree
        if t.ent_iob_ == "B"
        and t.ent_type_ in {"ORG", "PERSON", "GPE"}
        and t.pos_ == "VERB"
        and t.i > 0
        and doc[t.i - 1].lower_ == "to"
        and doc[t.i - 1].dep_ == "aux"
    ]
    return out


def _receipt_verb(verb: Token) -> bool:
    """A verb whose subject receives the gift its object names ("received"; ``receipt_verbs``: "welcomed")."""
    return verb.lemma_ in _RECEIVE_VERBS or verb.lemma_.lower() in _words("receipt_verbs")


def _names_other_party(verb: Token, preps: tuple[str, ...] = ("to", "by")) -> bool:
    """The verb's clause names a recipient or giver ("hailed the donation of 20 ambulances *to* Ethiopia")."""
    return any(t.dep_ in {"prep", "agent", "dative"} and t.lower_ in preps for t in verb.subtree if t.i > verb.i)


def _received_from(verb: Token) -> bool:
    """A verb that only praises or admits a gift (``receipt_verbs``: hail, acknowledge) tells its subject received it.

    Only with the giver named by "from" and no other recipient or giver: "The
    hospital acknowledged a gift of 40 beds from the Rotary Club"; "China
    hailed the donation ... to Ethiopia" is China's gift, "UNICEF hailed the
    donation ... from France to Mali" no gift to UNICEF, "Samsung
    acknowledged donations of $40 million to two foundations" Samsung's.
    """
    return any(giver.i > verb.i for giver in _deep_from(verb)) and not _names_other_party(verb)


def _deep_from(obj: Token) -> list[Token]:
    """Find "from X" anywhere inside an object ("a shipment of generators from China")."""
    return [t.children.__next__() for t in obj.subtree if t.lower_ == "from" and t.dep_ == "prep" and any(t.children)]


def _introduced(head: Token) -> bool:
    """A party a noun phrase introduces, unnamed and indefinite: "a local businessman", "another donor"."""
    return head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS for c in head.children)


def _first_actor(ctx: DocContext, heads: list[Token], *, served: bool = False) -> Actor | None:
    """The first head that names a party; a scheme's word ("the program", ``not_party_bodies``) names none.

    A bare "the <organisation word>" object is the body named before that it
    refers back to (:func:`_body_referred_to`: "gave $2.5 million to the
    university"). With ``served`` (recipients only, never a donor), an
    unowned scheme gives the people or bodies it serves
    (:func:`_scheme_beneficiaries`).
    """
    for head in heads:
        beneficiaries = _scheme_beneficiaries(head) if served else []
        if beneficiaries:
            # "donated $1m to a training program for rural hospitals": the hospitals the scheme serves
            found = _first_actor(ctx, beneficiaries)
            if found is not None and found.kind != ActorKind.COUNTRY:
                return found  # ("a news service for Africa": a place is the scheme's audience, no recipient)
        if _bare_scheme(head):
            continue  # "the program entails a grant": even the program named before gives nothing
        owner = _named_owner(head)
        referent = _body_referred_to(ctx, head) if owner is None else None
        if referent is not None:
            return referent  # "Hollis State University is expanding ... gave $2.5 million to the university"
        resolved = resolve_actor(ctx, owner if owner is not None else head)
        if resolved is None:
            continue
        actor = resolved[0]
        proper = actor.country is not None or any(w[:1].isupper() for w in actor.name.split())
        if not proper and actor.kind == ActorKind.UNKNOWN and head.lower_ in _words("relief_recipients"):
            # "gave $4,000 to the family of the victim": people in need, one identifiable household
            kind = ActorKind.GROUP if head.lower_ in _words("relief_groups") else ActorKind.PERSON
            return actor.model_copy(update={"kind": kind})
        if not proper and actor.kind != ActorKind.GROUP and not _described_body(head):
            continue  # "the program", "the package": not a party
        return actor
    return None


def _body_referred_to(ctx: DocContext, head: Token) -> Actor | None:
    """The named body a bare "the <organisation word>" object refers back to, strictly.

    "donated £300 to the association" after "the Truro Residents'
    Association": a word the named body's name (or the article's
    descriptions of it) carries (``organisation_referent``, strict); "gave
    £300 to the council" after only Greenpeace names no council. A
    description the article used before that body was named stands for
    another ("The school will be closed ... temporary classrooms at Gosford
    Hill School ... donated books to the school").
    """
    if head.dep_ != "pobj" or head.pos_ != "NOUN" or head.lower_ not in word_classes().organisation_words:
        return None
    if [c.lower_ for c in head.children] != ["the"]:
        return None
    referent = organisation_referent(ctx, head, strict=True)
    if referent is None:
        return None
    firsts = [start for r in ctx.actors.records if r.name == referent.name for start, _ in r.mentions]
    first = min(firsts, default=head.idx)
    earlier = (
        t for t in head.doc[: head.i]
        if t.lower_ == head.lower_ and any(c.lower_ == "the" for c in t.children) and t.idx < first
    )  # fmt: skip
    # "The school will be closed ... classes at Gosford Hill School ... donated books to the school": the
    # description was another body's before that name came
    return None if next(earlier, None) is not None else referent


def _scheme_beneficiaries(head: Token) -> list[Token]:
    """Whom a scheme recipient serves, by its "for" phrase: "a training program *for rural hospitals*".

    A scheme's word (``not_party_bodies``) names no party, but its "for"
    object does when it is one by the rules of :func:`_first_actor` (a name,
    a described body, people in need); "a fund for research" names nobody.
    Not when a name owns the scheme ("Oxfam's programme for X" is Oxfam's),
    nor a place it is aimed at ("a news service for Africa").
    """
    if head.pos_ != "NOUN" or head.ent_type_ or head.lemma_.lower() not in _words("not_party_bodies"):
        return []
    if any(c.dep_ in {"poss", "compound", "nmod"} and (c.pos_ == "PROPN" or c.ent_type_) for c in head.children):
        return []  # "UNICEF's fund for children": the named owner is the recipient
    return [
        o
        for o in prep_objects(head, ("for",))
        if o.lemma_.lower() not in _words("not_party_bodies") and o.ent_type_ not in {"GPE", "LOC", "FAC"}
    ]  # ("a programme for Nigeria": a place is whom it is aimed at, no party)


def _bare_scheme(head: Token) -> bool:
    """A scheme's word with nothing naming whose ("the program"; not "the Africa CDC's programme")."""
    if head.pos_ != "NOUN" or head.ent_type_ or head.lemma_.lower() not in _words("not_party_bodies"):
        return False
    return not any(c.dep_ in {"poss", "compound", "nmod"} for c in head.children)


def _described_body(head: Token) -> bool:
    """A body described, not named, by its kind and a modifier: "the county health office", "a local school".

    Its head is an organisation word (``organisation_words``) other than a
    scheme's (``not_party_bodies``: "the program"), with a modifier saying
    which ("county health", "local", "the city's").
    """
    if head.pos_ != "NOUN" or head.ent_type_ or head.lemma_.lower() in _words("not_party_bodies"):
        return False
    if head.lemma_.lower() not in word_classes().organisation_words:
        return False
    return any(c.dep_ in {"compound", "amod", "poss", "nmod"} for c in head.children)


def _named_owner(head: Token) -> Token | None:
    """The name an "of" phrase gives a body's owner: "the campaign *of Senator X*", as "X's campaign".

    Only for ``owned_recipients`` ("the family of X" is not X).
    """
    if head.pos_ != "NOUN" or head.ent_type_ or head.lemma_.lower() not in _words("owned_recipients"):
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            named = next((g for g in prep.children if g.dep_ == "pobj" and g.ent_type_ in {"PERSON", "ORG"}), None)
            if named is not None:
                return named
    return None


def _is_purpose(tok: Token) -> bool:
    """Tell a purpose "for" object ("for agricultural projects") from a recipient."""
    return tok.head.lower_ == "for" and tok.ent_type_ == "" and tok.pos_ == "NOUN" and tok.tag_ != "NNS"


#: Prepositions whose phrase states the terms of a transfer ("under a loan agreement", "on credit").
_TERMS_PREPS = frozenset({"under", "as", "on", "through", "via"})


def _vetoed(tok: Token, objects: list[Token]) -> bool:
    """Commercial or non-donation readings ("a loan of $5 million", "gave a speech")."""
    negative = _words("negative_cues")
    # "two of her top aides": a number's "of" phrase says what was given
    counted = [o for obj in objects if obj.pos_ == "NUM" for o in prep_objects(obj, ("of",))]
    for obj in [*objects, *counted]:
        if obj.lemma_.lower() in negative or obj.lower_ in negative:
            return True
        if any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in negative for c in obj.children):
            return True  # "secured a $120-million debt facility from X", "a credit line": a loan by its name
        if any(c.dep_ in {"amod", "compound"} and c.lower_ in _words("seized_modifiers") for c in obj.children):
            return True  # "handed over the seized boats to the fisheries department": passed on, not given
        refused = _words("non_donation_objects")
        if obj.lemma_.lower() in refused or obj.lower_ in refused:
            # (by its lemma or as written: "contributes 800 troops"); the object itself, whatever aid words say
            # of it: "presented the budget to parliament" gives nothing, "provided budget support" aid
            return True
        if tok.lemma_ in _RECEIVE_VERBS and (
            obj.lemma_.lower() in _words("non_gift_receive_objects") or obj.ent_type_ == "PERSON"
        ):
            return True
    # "provide five vessels under a loan agreement", "supplied as part of a sale": the terms of the transfer
    # (the parse may hang the terms on the thing given: "with five vessels under a loan")
    holders = [tok, *objects, *(g for p in tok.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.children)]
    if _terms_vetoed(holders):
        return True
    return any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in negative for c in tok.children)


def _terms_vetoed(holders: list[Token]) -> bool:
    """A terms phrase (``_TERMS_PREPS``) on one of ``holders`` makes the transfer a sale or a loan.

    "under a loan agreement", "as part of a sale" (``negative_cues``), "under
    a trade agreement", "on commercial terms" (``terms_nouns`` named by
    ``trade_words``).
    """
    negative = _words("negative_cues")
    terms = [
        g for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in _TERMS_PREPS for g in p.children
    ]
    for term in (g for g in terms if g.dep_ == "pobj"):
        modifiers = [c for c in term.children if c.dep_ in {"compound", "amod"}]
        if any(w.lemma_.lower() in negative or w.lower_ in negative for w in [term, *modifiers]):
            return True
        if term.lower_ in _words("terms_nouns") and any(m.lower_ in _words("trade_words") for m in modifiers):
            return True  # "under a trade agreement", "on commercial terms"
    return False


def _phrase_tokens(head: Token, *, without_conjuncts: bool = False) -> list[Token]:
    """The object noun phrase without role phrases and clauses ("450 generators from China" -> "450 generators").

    With ``without_conjuncts`` the phrase also stops before its coordinated
    nouns ("tents and blankets" -> "tents") and a listing phrase ("goods
    such as tents" -> "goods").
    """
    cut: set[int] = set()
    for t in head.subtree:
        if t.i == head.i:
            continue
        own = t.head.i == head.i
        role = t.dep_ == "prep" and t.lower_ in _ROLE_PREPS
        conjunct = without_conjuncts and t.dep_ == "conj"
        # "relief goods such as tents", "30 tonnes of supplies, including tents": the listed goods are items
        listing = without_conjuncts and t.dep_ == "prep" and _listing_word(t) in _words("listing_preps")
        # a clause on a noun inside the phrase too: "doses of the vaccine donated by Japan under ..."
        nested_clause = t.dep_ in {"acl", "relcl"}
        if role or nested_clause or listing or (own and (t.dep_ in _CLAUSE_DEPS or conjunct)):
            cut.update(x.i for x in t.subtree)
    return [t for t in head.subtree if t.i not in cut]


def _describes_its_noun(verb: Token, *, progressive: bool = True) -> bool:
    """A relative clause or participle that tells what its noun does, not an act.

    A relative clause in the simple present, whatever its noun: "The Border
    Consortium, which supplies food to the camps, ...", "a charity that
    gives blankets to rough sleepers" (a practice, no gift made). With
    ``progressive`` (a rescue), a progressive participle or relative clause
    on a thing too: "a public school sheltering displaced families", "a
    school that had been sheltering 3,000 people" (the building's use, no
    one-off rescue).
    """
    if (
        verb.dep_ == "relcl"
        and verb.tag_ in {"VBZ", "VBP"}
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    ):
        return True
    if not progressive:
        return False
    if is_person_word(verb.head) or is_vehicle_head(verb.head) or verb.head.tag_ in {"NNP", "NNPS"}:
        return False  # "Navy boats evacuating residents", "volunteers sheltering families": rescuers at work
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return True
    return verb.dep_ == "relcl" and verb.tag_ == "VBG" and any(c.dep_ == "aux" for c in verb.children)


def _listed(head: Token) -> list[Token]:
    """``head`` and the gifts listed with it, coordinated or, after a comma, parsed as appositions.

    "450 generators, 20 tonnes of rice and blankets": the parse makes "tonnes"
    an apposition of "generators" and "blankets" a conjunct of "rice"; all three
    are listed. An apposition without a count describes the gift ("a patrol
    vessel, the Tir", "20 ambulances, a gift worth $2 million"), it is no
    other one.
    """
    listed = [head, *head.conjuncts]
    for part in list(listed):
        for appos in (c for c in part.children if c.dep_ == "appos" and c.pos_ == "NOUN"):
            if any(c.dep_ == "nummod" for c in appos.children):  # "20 tonnes of rice"; not "a gift worth $2m"
                listed += [appos, *appos.conjuncts]
    return listed


def _misread_predicate(verb: Token) -> bool:
    """A participle the parse hung on its subject, a sentence's only verb: "X, Ambassador of Y, *handed over* Z".

    The sentence has no verb at its root (the parse made it a noun
    phrase), a comma sets the verb off after the noun's apposition, and the
    verb takes an object of its own with no "by" agent: an active predicate
    whose subject is the noun (not "tents donated by Japan", not "pupils
    given laptops by Japan").
    """
    noun = verb.head
    if verb.sent.root.pos_ in {"VERB", "AUX"} or verb.i == 0 or verb.doc[verb.i - 1].lower_ != ",":
        return False
    if not any(c.dep_ == "appos" or (c.dep_ == "punct" and c.i < verb.i - 1) for c in noun.children):
        return False
    children = {c.dep_ for c in verb.children}
    return "dobj" in children and "agent" not in children


def _closing_to(obj: Token) -> list[Token]:
    """The recipient of a "to" phrase that closes the object, wherever the parse hung it inside.

    "ambulances and a consignment of equipment *to the Ministry*" (on
    "equipment"), "40 tonnes of aid, including medicines, tents and
    blankets, *to Madagascar*" (on "medicines"): the phrase ends the object
    (or only phrases on the same noun follow it: "to X during the
    floods") and hangs on a noun reached from it only through conjuncts, appositions,
    listing phrases (``listing_preps``: including, such as) and one "of".
    Not a title's own "to" ("a letter of the Ambassador to Kenya"), nor a
    noun's own ("guides to Kenya's parks": ``to_complement_nouns``), nor one
    inside a clause or another role phrase ("aid for the trip to Gaza").
    """
    passable = {"of", *_words("listing_preps")}
    out: list[Token] = []
    for prep in obj.subtree:
        if prep.dep_ != "prep" or prep.lower_ != "to" or prep.head.i == obj.i:
            continue
        # nothing of the gift after it, only phrases on the same noun ("to X during the floods")
        adjuncts = {t.i for c in prep.head.children if c.dep_ == "prep" and c.i > prep.i for t in c.subtree}
        if any(t.i > _last_word(prep) and not t.is_punct and t.i not in adjuncts for t in obj.subtree):
            continue
        if is_title(prep.head.text):
            continue  # "a letter of the Ambassador to Kenya": the title's post, no recipient
        if prep.head.lemma_.lower() in _words("to_complement_nouns"):
            continue  # "including guides to Kenya's national parks": the noun's own "to" (``to_complement_nouns``)
        noun, of_seen = prep.head, False
        while noun.i != obj.i and noun.pos_ in {"NOUN", "PROPN", "NUM"}:
            if noun.dep_ in {"conj", "appos"}:
                noun = noun.head
            elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and _listing_word(noun.head) in passable:
                if of_seen and noun.head.lower_ == "of":
                    break  # one "of" at most: "a collection of maps of the road to Mandalay" names no recipient
                of_seen = of_seen or noun.head.lower_ == "of"
                noun = noun.head.head
            else:
                break
        if noun.i == obj.i:
            out += [g for g in prep.children if g.dep_ == "pobj"]
    return out


def _last_word(head: Token) -> int:
    """The index of the last token of ``head``'s phrase that is not punctuation."""
    return max((t.i for t in head.subtree if not t.is_punct), default=head.i)


def _listing_word(prep: Token) -> str:
    """A preposition as ``listing_preps`` names it: "such as" for "as" after "such", else its word."""
    such = any(c.lower_ == "such" for c in prep.children)
    return f"such {prep.lower_}" if such else prep.lower_


def _items(ctx: DocContext, heads: list[Token], skip: frozenset[int] = frozenset()) -> list[Item]:
    """The gifts of the first object that names one, each coordinated gift its own item.

    "tents, blankets and water purifiers" are three items; "60 tonnes of
    relief supplies and a rescue team" two; "40 tonnes of aid, including
    tents and blankets" three (the goods a listing phrase names, ``listing_preps``).
    The tokens of ``skip`` (the trigger's own words) are no part of an item.
    """
    for head in heads:
        parts = _listed(head)
        # "40 tonnes of aid, including medicines, tents and blankets": what the gift holds, each an item
        parts += [g for part in list(parts) for g in _listed_inside(part)]
        items = [item for part in parts if (item := _item(ctx, part, skip)) is not None]
        if items:
            return items
    return []


def _listed_inside(head: Token) -> list[Token]:
    """The goods a listing phrase (``listing_preps``) on ``head`` or its "of" phrase names.

    "aid, *including medicines and tents*", "30 tonnes of supplies,
    *including tents*". A bare number or the gift's own word counts part
    of the gift itself ("40 generators, including two from its army", "20
    buses, including five electric buses"): no other goods.
    """
    owners = [head, *prep_objects(head, ("of",))]
    listing = [
        c for o in owners for c in o.children if c.dep_ == "prep" and _listing_word(c) in _words("listing_preps")
    ]
    return [
        x
        for c in listing
        for g in c.children
        if g.dep_ == "pobj"
        for x in _listed(g)
        if x.pos_ != "NUM" and x.lemma_ != head.lemma_
    ]


def _listed_after_sum(ctx: DocContext, verb: Token, objects: list[Token], amount: Money | None) -> list[Token]:
    """The goods a listing phrase (``listing_preps``) names after a gift's sum, hung on the verb or the sum.

    "provided X with relief goods worth 40 million won, *including tents and
    water purifiers*", "has provided $2 million in assistance to X,
    *including shelter kits*": the parse hangs the phrase on the verb, on the
    sum or on its "worth", not on the goods. Only goods: no party named
    ("aid to several countries, including Chad"), no person or group of
    people ("20 families, including 12 widows"), no bare number, no money
    ("10 million euros, including funding for vaccines").
    """
    if amount is None or amount.span is None:
        return []
    money = amount.span
    sum_tokens = [t for t in verb.sent if money.start <= (s := ctx.span_of(t)).start and s.end <= money.end]
    anchors = [verb, *objects, *_worth(verb), *sum_tokens]
    anchors += [c for o in objects for c in o.children if _values_it(c)]
    seen: set[int] = set()
    out: list[Token] = []
    for anchor in anchors:
        for prep in anchor.children:
            if prep.dep_ != "prep" or _listing_word(prep) not in _words("listing_preps") or prep.i in seen:
                continue
            seen.add(prep.i)
            for g in (c for c in prep.children if c.dep_ == "pobj"):
                out += [
                    x
                    for x in _listed(g)
                    if x.pos_ == "NOUN"
                    and not _names_someone(x)
                    and not is_person_noun(x)
                    and not is_person_word(x)
                    and _goods_word(x)
                ]
    return out


def _goods_word(noun: Token) -> bool:
    """A noun of goods: an aid word that is no grant (``aid_objects``) or a made thing (``artifact_nouns.en.txt``).

    After a sum, "including tents, flour and blankets" lists what it bought;
    "including losses from the war", "areas hit by the cyclone", "efforts to
    rebuild schools" or "funding for vaccines" say where or how it goes. A
    measure of goods ("2,000 tonnes of flour") is those goods.
    """
    kind = _aid_objects().get(noun.lemma_.lower())
    if kind is not None:
        return kind != "grant"
    if noun.lemma_.lower() in artifact_nouns():
        return True
    # "2,000 tonnes of flour": a measure of goods is those goods
    return any(_goods_word(o) for o in prep_objects(noun, ("of",)) if o.pos_ == "NOUN")


def _item(ctx: DocContext, head: Token, skip: frozenset[int] = frozenset()) -> Item | None:
    """One gift: an object's phrase without its coordinated gifts, role phrases and clauses.

    The tokens of ``skip`` are left out: "handed *over* 4,200 blankets", the
    parse may take the trigger's particle for the count's "over" (more than).
    """
    if head.ent_type_ == "MONEY" or head.pos_ not in {"NOUN", "PROPN", "NUM"}:
        return None
    if head.ent_type_ in {"GPE", "PERSON", "ORG"} or _abstraction(head):
        return None
    tokens = [t for t in _phrase_tokens(head, without_conjuncts=True) if t.i not in skip or t.i == head.i]
    if not tokens:
        return None
    if _aid_objects().get(head.lemma_.lower()) == "grant" and (
        any(t.ent_type_ == "MONEY" for t in tokens) or _untagged_sum(ctx, [t.i for t in tokens]) is not None
    ):
        return None  # "a $100 million grant", "a cheque of Rs 5 crore": the money is the amount, not an item
    start, end = _run_around(head, tokens)
    span = ctx.doc[start:end]
    if currency_of_word(head.text) is not None and not weighs(head):
        return None  # "50 million euros": a currency is an amount, not an item ("12,000 pounds of rice" is)
    item = parse_item(span.text)
    return item.model_copy(update={"span": ctx.span_of(span)}) if item is not None else None


def _run_around(head: Token, tokens: list[Token]) -> tuple[int, int]:
    """The unbroken stretch of ``tokens`` around ``head``, as token bounds.

    A cut coordinated gift leaves a gap ("3 ambulances [and medical supplies]
    worth $2 million"): the item is "3 ambulances", not the text across it.
    """
    kept = {t.i for t in tokens}
    start = end = head.i
    while start - 1 in kept:
        start -= 1
    while end + 1 in kept:
        end += 1
    return start, end + 1


def _abstraction(head: Token) -> bool:
    """A noun whose first WordNet sense is abstract ("points", "a goal"), unless an aid word ("aid").

    A measure of something concrete is that thing: "500,000 doses of
    vaccine", "200 units of blood" are goods.
    """
    if not is_abstract(head) or head.lemma_.lower() in _aid_objects():
        return False
    measured = [
        obj
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for obj in prep.children
        if obj.dep_ == "pobj" and obj.pos_ in {"NOUN", "PROPN"}
    ]
    return not any(not is_abstract(obj) for obj in measured)


def _amount(ctx: DocContext, tok: Token, objects: list[Token]) -> Money | None:
    """The MONEY entity inside the trigger's object or noun phrase ("a grant of around $26.8 million")."""
    scopes = [*objects, tok] if tok.pos_ not in {"VERB", "AUX"} else [*objects, *_worth(tok)]
    scopes += [c for o in objects for c in o.children if c.dep_ == "acl" and _values_it(c)]  # "valued at $X"
    if tok.pos_ == "NOUN":
        # "the biggest grant, $40,000, went to X": the sum in apposition to the gift noun
        scopes += [c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "MONEY"]
    for scope in scopes:
        split = _split_sum(ctx, scope)
        if split is not None:
            return split  # "donated Rs 10 crore to X": the parse hangs "10 crore" on the verb
        inside = {t.i for t in _phrase_tokens(scope)} | {
            t.i
            for t in scope.subtree
            if t.dep_ in {"prep", "pobj", "amod", "npadvmod", "quantmod", "nummod", "compound", "nmod"}
            and t.head.i == scope.i
        }
        inside |= {t.i for t in scope.subtree if t.head.i in inside and t.dep_ not in _CLAUSE_DEPS}
        for ent in ctx.sentence_ents(tok):
            if ent.label_ != "MONEY" or not any(t.i in inside for t in ent):
                continue
            start = ent.start
            if start > 0 and ent.doc[start - 1].dep_ == "quantmod":
                start -= 1  # keep "around", "about" with the amount
            span = ctx.doc[start : ent.end]
            found = _money_of(ctx, span)
            if found is not None:
                return found.money.model_copy(update={"span": ctx.span_of(found.span)})
        # a counted currency noun the tagger missed ("12 million dollars")
        nums = [c for c in scope.children if c.dep_ == "nummod"]
        if nums and scope.pos_ == "NOUN":
            span = ctx.doc[nums[0].left_edge.i : scope.i + 1]
            found = _money_of(ctx, span)
            if found is not None:
                return found.money.model_copy(update={"span": ctx.span_of(found.span)})
        # a sum the recogniser missed ("Rs 25 crore", "a cheque of Rs 5 crore"): a short phrase of the object
        untagged = _untagged_sum(ctx, sorted(inside | {scope.i}))
        if untagged is not None:
            return untagged.money.model_copy(update={"span": ctx.span_of(untagged.span)})
    return None


def _money_of(ctx: DocContext, span: SpacySpan) -> SpanMoney | None:
    """The money of a span, a shared form without a default read through the dateline's country ("Sh")."""
    return money_of_span(span, dateline_country=dateline_country(ctx))


def _split_currency(ctx: DocContext, tok: Token) -> bool:
    """A currency the parse split off its sum as an indirect object: "gave *Rs* 2 crore to X"."""
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if after is None or not after.like_num:
        return False
    # the sum after it reads with the word as its currency (not "gave the Ivory Coast 5.1 million dollars")
    found = _money_of(ctx, doc[after.i : max(after.head.i, after.i) + 1])
    return found is not None and found.span.start <= tok.i


def _a_sum(tok: Token) -> bool:
    """A sum the parse took for an indirect object: "gave *Sh3 million* and 40 laptops to X" ("Sh3" with its number)."""
    numbers = [c.i for c in tok.rights if c.dep_ == "nummod"]
    if not numbers or tok.pos_ != "PROPN":
        return False
    text = tok.doc[tok.i : numbers[-1] + 1].text
    return undecided_sum(text) or phrase_money(tok) is not None


def _names_party(tok: Token) -> bool:
    """A name of a party (an organisation, a country, a person), not a sum or goods: "the gift of *Japan*"."""
    if tok.pos_ != "PROPN" or _is_amount(tok) or (tok.tag_ == "NNPS" and tok.ent_type_ != "GPE"):
        return False  # "a donation of Toyota Land Cruisers": plural names are goods (not "the United States")
    if any(c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in {"a", "an"}) for c in tok.children):
        return False  # "a donation of a Toyota Hilux", "of 12 Yamaha": counted goods
    return tok.ent_type_ in {"ORG", "GPE", "PERSON", "NORP"}


def _infinitive_owner(verb: Token) -> list[Token]:
    """Whose act a to-infinitive on a noun is: "a decision *by the UAE* to send", "*Japan's* offer to supply".

    Not a noun of asking (``demand_nouns`` of ``modality.en.yaml``): "the Pope's call to send aid" asks others.
    """
    noun = verb.head
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.dep_ != "acl" or noun.pos_ != "NOUN" or not infinitive:
        return []
    if noun.lemma_.lower() in modality_words("demand_nouns"):
        return []  # "answered the Pope's call to send aid", "an appeal by UNICEF to donate": others are asked to give
    return [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"] + prep_objects(noun, ("by",))


def _split_sum(ctx: DocContext, tok: Token) -> Money | None:
    """The sum of a currency object the parse split off its number ("donated *Rs* 10 crore": "10 crore" on the verb)."""
    if tok.pos_ not in {"NOUN", "PROPN"} or any(c.dep_ == "nummod" for c in tok.children):
        return None
    if tok.i + 1 >= len(tok.doc) or not _split_currency(ctx, tok):
        return None
    after = tok.doc[tok.i + 1]
    found = _money_of(ctx, tok.doc[tok.i : max(after.head.i, after.i) + 1])
    return None if found is None else found.money.model_copy(update={"span": ctx.span_of(found.span)})


def _untagged_sum(ctx: DocContext, indices: list[int]) -> SpanMoney | None:
    """The first short phrase headed by one of the tokens that reads as a sum ("Rs 5 crore" tagged a law)."""
    doc = ctx.doc
    country = dateline_country(ctx)
    for i in indices:
        if doc[i].pos_ in {"NOUN", "PROPN", "NUM"} and (found := phrase_money(doc[i], dateline_country=country)):
            return found
    return None


def _money_head(tok: Token) -> Token | None:
    """The amount an aid noun specifies: "€5 million in humanitarian aid", "$2 million of assistance"."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in {"in", "of"}:
        return None
    head = prep.head
    return head if head.ent_type_ == "MONEY" else None


def _values_it(tok: Token) -> bool:
    """A value put on a gift: "worth $2 million", "valued at GH¢250,000" (a participle on the gift)."""
    return tok.lower_ == "worth" or (tok.dep_ == "acl" and tok.lemma_.lower() == "value")


def _worth(verb: Token) -> list[Token]:
    """A "worth $X" predicate attached to the verb instead of its object."""
    deps = {"oprd", "acomp", "advmod", "advcl", "prep", "amod"}
    return [c for c in verb.children if c.lower_ == "worth" and c.dep_ in deps]


def _is_amount(tok: Token) -> bool:
    """A sum of money: "$3 million", "3 million euros" (tagged a number or nothing)."""
    return tok.ent_type_ == "MONEY" or currency_of_word(tok.text) is not None


def _aid_word(objects: list[Token]) -> str | None:
    """The aid kind an object names: its own words, or what an amount is "in" ("3 million euros in funding")."""
    table = _aid_objects()
    for obj in objects:
        spent = prep_objects(obj, ("in",)) if _is_amount(obj) else []
        for t in [*_phrase_tokens(obj), *(t for p in spent for t in _phrase_tokens(p))]:
            kind = table.get(t.lower_) or table.get(t.lemma_.lower())
            if kind is not None:
                return kind
    return None


def _kind(default: str | None, objects: list[Token], tok: Token, amount: Money | None) -> DonationKind:
    found = _aid_word(objects)
    if found is None and tok.pos_ == "NOUN":
        found = _aid_objects().get(tok.lemma_.lower()) or _aid_word([tok])
    if found is not None:
        return DonationKind(found)
    if amount is not None and not objects:
        return DonationKind.GRANT
    return DonationKind(default or "other")


def _beneficiaries(verb: Token) -> list[Token]:
    """Named beneficiaries of a purpose clause: "provided $30 million *to support* (the work of) X".

    The to-infinitive after the trigger verb, of a ``beneficiary_verbs`` verb;
    its object when named, else the named "of" phrase of that object ("the
    work of the Harbour Health Initiative").
    """
    out: list[Token] = []
    for clause in verb.children:
        if clause.dep_ not in {"advcl", "xcomp"} or clause.i < verb.i or not is_infinitive(clause):
            continue
        if clause.lemma_.lower() not in _words("beneficiary_verbs"):
            continue
        for obj in (c for c in clause.children if c.dep_ in {"dobj", "obj"}):
            if _names_someone(obj):
                out.append(obj)
            else:
                out += [o for o in prep_objects(obj, ("of",)) if _names_someone(o)]
    return out


def _names_someone(tok: Token) -> bool:
    """A proper name or a named entity of a party ("the Harbour Health Initiative", "Kenya")."""
    return tok.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or tok.pos_ == "PROPN"


def _purpose(tok: Token, objects: list[Token]) -> str | None:
    """The to-infinitive of purpose attached to the trigger, its object or the clause."""
    anchors = [tok, *objects]
    for o in objects:
        anchors.extend(t for t in o.subtree if t.pos_ == "NOUN")
    if tok.pos_ != "VERB":
        gov = governing_verb(tok)
        if gov is not None:
            anchors.append(gov)
    for anchor in anchors:
        for child in anchor.children:
            if child.dep_ not in {"advcl", "xcomp", "acl", "relcl"} or child.i < tok.i:
                continue
            has_to = any(t.lower_ in {"to", "for"} and t.dep_ in {"aux", "mark"} for t in child.subtree)
            if not has_to:
                continue
            words = list(child.subtree)
            start = next((t.i for t in words if t.lower_ == "to"), words[0].i)
            if child.dep_ == "acl" and child.lemma_ in {"mean", "intend", "design", "aim", "earmark", "use"}:
                start = child.i  # "meant to overhaul ...": keep the cue
            text = tok.doc[start : words[-1].i + 1].text.strip(" ,.;")
            if text:
                return text
    return None


def _several_bodies(head: Token) -> bool:
    """Bodies described in the plural, none named: "14 local groups", "schools in the district"."""
    if head.pos_ != "NOUN" or head.tag_ != "NNS" or head.ent_type_:
        return False
    return head.lemma_.lower() in word_classes().organisation_words


def _round_share(noun: Token) -> bool:
    """A gift noun that is the top share of a round told before: "The biggest grant, $40,000, went to X".

    The subject of a destination verb (``destination_verbs``) made definite by a superlative or
    ordinal ("the largest grant", "the first grant"), naming no giver of its own ("from the state
    lottery", "the city's grant") and no other time in its sentence ("Last year, ...", "In 2019, ...").
    "A similar grant", "a separate grant", "the grant" and a gift that was received are other gifts.
    """
    if noun.dep_ not in {"nsubj", "nsubjpass"} or noun.head.lemma_.lower() not in _words("destination_verbs"):
        return False
    children = list(noun.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children):
        return False
    if not any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.ent_type_ == "ORDINAL") for c in children):
        return False
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in {"from", "by"}) for c in children):
        return False
    if prep_objects(noun.head, ("from", "by")):
        return False
    return not any(e.label_ in {"DATE", "TIME"} for e in noun.sent.ents)


def _credited_receiver(noun: Token) -> Token | None:
    """The receiving verb a gift noun is credited on by a ``credit_phrases`` phrase, if any.

    "The club received four kayaks, courtesy of a gift from X" and "the school got laptops
    thanks to a grant": the verb (receive, get, obtain ...) whose subject received the gift.
    """
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    phrase = prep.head
    if f"{phrase.lower_} {prep.lower_}" not in _words("credit_phrases"):
        return None
    verb = phrase.head
    if phrase is verb or verb.pos_ != "VERB" or verb.lemma_.lower() not in _RECEIVE_VERBS:
        return None
    return verb


def _modality(tok: Token) -> Modality:
    modality = modality_of(tok)
    promises = _words("promise_words")
    promised = tok.lemma_.lower() in promises or (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in promises)
    if promised and modality == Modality.ASSERTED:
        return Modality.PLANNED  # a pledge, a promise, an offer ("offered to send"): a gift still to be made
    if modality == Modality.ASSERTED and (hypothetical_context(tok) or in_question(tok)):
        # "gave the Pentagon authority to provide ...": allowed, not given; "Did X really send $1 billion
        # in aid to Y?": asked, not told
        return Modality.HYPOTHETICAL
    return modality  # a noun takes its governing verb's modality inside modality_of
