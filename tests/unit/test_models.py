import datetime as dt
import json
from decimal import Decimal

import pytest
from pydantic import ValidationError

import eventkit
from eventkit.models import (
    Actor,
    Donation,
    Incident,
    Item,
    Meeting,
    Money,
    Place,
    Span,
    Statement,
    When,
    parse_event,
)

RAW = "Xi met Lukashenko in Beijing on Monday."


def _meeting() -> Meeting:
    return Meeting(
        trigger=Span(start=3, end=6, text="met"),
        evidence=[Span(start=0, end=len(RAW), text=RAW)],
        participants=[
            Actor(name="Xi Jinping", kind="person", country="CHN", aliases=["Xi"]),
            Actor(name="Alexander Lukashenko", kind="person", country="blr"),
        ],
        location=Place(name="Beijing", country="CHN", kind="city", latitude=39.9, longitude=116.4),
        date=When(text="on Monday", start=dt.date(2023, 12, 4), end=dt.date(2023, 12, 4), precision="day"),
        confidence=0.9,
    )


def test_event_json_round_trip_is_lossless() -> None:
    event = _meeting()
    data = json.loads(event.model_dump_json())
    again = parse_event(data, raw_text=RAW)
    assert again == event
    assert data["participants"][1]["country"] == "BLR"
    assert data["type"] == "meeting"


@pytest.mark.parametrize(
    "cls",
    [Meeting, Donation, Incident, Statement],
    ids=["meeting", "donation", "incident", "statement"],
)
def test_discriminated_union_picks_the_type(cls: type) -> None:
    event = cls()
    assert type(parse_event(event.model_dump(mode="json"))) is cls


def test_money_serialises_amount_as_a_number_and_round_trips() -> None:
    money = Money(amount=Decimal("26800000"), currency="usd", text="around $26.8 million", approximate=True)
    data = money.model_dump(mode="json")
    assert data["amount"] == 26800000
    assert data["currency"] == "USD"
    assert Money.model_validate(data) == money
    half = Money(amount=Decimal("8.5"), currency="EUR", text="8.5 euros")
    assert Money.model_validate(half.model_dump(mode="json")).amount == Decimal("8.5")


@pytest.mark.parametrize(
    ("factory", "message"),
    [
        (lambda: Actor(name="X", country="XYZ"), "ISO 3166-1 alpha-3"),
        (lambda: Money(amount=1, currency="DOLLARS", text="1"), "ISO 4217"),
        (lambda: Money(amount=-5, currency="USD", text="-5"), "negative"),
        (lambda: When(text="x", start=dt.date(2024, 1, 2), end=dt.date(2024, 1, 1), precision="day"), "after its end"),
        (lambda: Meeting(confidence=1.5), "less than or equal to 1"),
        (lambda: Span(start=5, end=2, text=""), "after its end"),
        (lambda: Span(start=0, end=3, text="ab"), "length"),
        (lambda: Item(description=""), "at least 1 character"),
        (lambda: Place(name="X", latitude=91), "less than or equal to 90"),
    ],
    ids=[
        "unknown country code",
        "unknown currency",
        "negative money",
        "date start after end",
        "confidence above one",
        "span start after end",
        "span text length mismatch",
        "empty item",
        "latitude out of range",
    ],
)
def test_invalid_values_raise_clear_validation_errors(factory, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        factory()


def test_spans_are_checked_against_the_raw_text() -> None:
    data = _meeting().model_dump(mode="json")
    with pytest.raises(ValidationError, match="does not match"):
        parse_event(data, raw_text="Somebody else met someone else in Minsk.")
    with pytest.raises(ValidationError, match="outside the text"):
        parse_event(data, raw_text="Xi met")


def test_extra_fields_are_rejected() -> None:
    with pytest.raises(ValidationError, match="Extra inputs"):
        Meeting.model_validate({"type": "meeting", "participantz": []})


def test_json_schema_is_a_discriminated_union() -> None:
    schema = eventkit.json_schema()
    assert set(schema["discriminator"]["mapping"]) == {"meeting", "donation", "incident", "statement"}
