"""The built-in ``donation`` type: who gave what to whom, how much, and what for."""

from __future__ import annotations

from typing import Any

from eventkit.coreference import actor_key, better_items, represents
from eventkit.event_types.spec import EventTypeSpec
from eventkit.models import Actor, Donation, Event

__all__ = ["DONATION"]


#: The rule a donation carries when it took its donor and recipient from the donation before it.
CONTEXT_RULE = "donation.context_pair.v1"


def _mergeable(a: Event, b: Event, headline: bool) -> bool:
    """Same donor and recipient (or one missing), no conflicting amounts or item quantities."""
    assert isinstance(a, Donation) and isinstance(b, Donation)
    if a.amount and b.amount and abs(a.amount.amount - b.amount.amount) > a.amount.amount / 100:
        return False
    qa = {i.quantity for i in a.items if i.quantity is not None}
    qb = {i.quantity for i in b.items if i.quantity is not None}
    if qa and qb and not qa & qb:
        return False
    bare = (a.amount is None and not qa) or (b.amount is None and not qb)
    # "delivered 1.2 million doses ... the donation, worth about $3.4 million": a mention whose parties are the
    # donation's before it (``CONTEXT_RULE``) is that donation, valued
    told = CONTEXT_RULE in a.rule_ids or CONTEXT_RULE in b.rule_ids
    counted_alike = bool(qa & qb)  # "hands over 25 ambulances" and "25 ambulances ... worth Rs 40 crore"
    if (a.amount is None) != (b.amount is None) and (qa or qb) and not ((headline and bare) or told or counted_alike):
        return False  # "gave $5 million" and "delivered 40 tonnes": two gifts (a headline's bare gift is the lede's)
    donors = a.donor is None or b.donor is None or represents(a.donor, b.donor)
    recips = a.recipient is None or b.recipient is None or represents(a.recipient, b.recipient)
    both_known = (a.donor or a.recipient) and (b.donor or b.recipient)
    return bool(donors and recips and (both_known or headline))


def _combine(a: Event, b: Event) -> dict[str, Any]:
    assert isinstance(a, Donation) and isinstance(b, Donation)
    return {
        "donor": a.donor or b.donor,
        "recipient": a.recipient or b.recipient,
        "items": better_items(a.items, b.items),
        "amount": a.amount or b.amount,
        "purpose": a.purpose or b.purpose,
    }


def _key_parts(event: Event) -> list[str]:
    assert isinstance(event, Donation)
    parts = [actor_key(event.donor), actor_key(event.recipient)]
    if event.amount is not None:
        parts.append(f"{event.amount.currency}{event.amount.amount.normalize():f}")
    return parts


def _participants(event: Event) -> list[Actor]:
    assert isinstance(event, Donation)
    return [a for a in (event.donor, event.recipient) if a is not None]


def _columns(event: Event) -> dict[str, Any]:
    assert isinstance(event, Donation)
    row: dict[str, Any] = {
        "donor": event.donor.name if event.donor else None,
        "recipient": event.recipient.name if event.recipient else None,
    }
    money = event.amount
    if money is not None:
        row["amount"] = float(money.amount)
        row["amount_min"] = float(money.min_amount) if money.min_amount is not None else None
        row["amount_max"] = float(money.max_amount) if money.max_amount is not None else None
        row["amount_qualifier"] = money.qualifier.value if money.qualifier is not None else None
        row["currency"] = money.currency
    return row


def _summary(event: Event) -> str:
    assert isinstance(event, Donation)
    donor = event.donor.name if event.donor else "?"
    recipient = event.recipient.name if event.recipient else "?"
    what = ", ".join(f"{i.quantity} {i.description}" if i.quantity is not None else i.description for i in event.items)
    money = f"{event.amount.amount:,} {event.amount.currency}" if event.amount else ""
    return f"{donor} -> {recipient}" + (f": {what}" if what else "") + (f" [{money}]" if money else "")


DONATION = EventTypeSpec(
    name="donation",
    model=Donation,
    extractor="eventkit.extractors.donation:extract_donations",
    id_prefix="D",
    mergeable=_mergeable,
    combine=_combine,
    key_parts=_key_parts,
    participants=_participants,
    columns=_columns,
    summary=_summary,
    roles={"donor": "donor", "recipient": "recipient", "items": "item", "amount": "amount"},
    colour="#bfeeb7",
    line_colour="#3c9a2e",
    key_fields=("donor", "recipient"),
)
