"""Value types of the public data model: spans, actors, places, dates, money, items, casualties, provenance.

Grounding: a :class:`Span` holds character offsets into the *raw* input text
(``start`` inclusive, ``end`` exclusive). When a model is validated with
``context={"raw_text": raw}`` every span is checked against that text, so
``raw[span.start:span.end] == span.text`` is guaranteed for validated output.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import Enum
from typing import Annotated, Union

import pycountry
from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, ValidationInfo, field_validator, model_validator

__all__ = [
    "Actor",
    "ActorKind",
    "Casualties",
    "Item",
    "JsonDecimal",
    "Modality",
    "Money",
    "MoneyQualifier",
    "Place",
    "PlaceKind",
    "Precision",
    "Provenance",
    "Span",
    "When",
]


def _decimal_to_json(value: Decimal) -> int | float:
    """Serialise a Decimal as a JSON number (int when integral)."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


#: A Decimal that serialises to a JSON number, so downstream tools can sum it.
JsonDecimal = Annotated[Decimal, PlainSerializer(_decimal_to_json, return_type=Union[int, float], when_used="json")]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True, frozen=False)


# --------------------------------------------------------------------------- enums


class ActorKind(str, Enum):
    """What kind of real-world actor an :class:`Actor` is."""

    PERSON = "person"
    ORGANIZATION = "organization"
    COUNTRY = "country"
    GROUP = "group"
    UNKNOWN = "unknown"


class PlaceKind(str, Enum):
    """What kind of place a :class:`Place` is."""

    CITY = "city"
    COUNTRY = "country"
    REGION = "region"
    SEA = "sea"
    FACILITY = "facility"
    OTHER = "other"


class Precision(str, Enum):
    """How precise a resolved date is."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    DECADE = "decade"
    RANGE = "range"


class Modality(str, Enum):
    """Whether an event happened, is planned, hypothetical, negated or only alleged."""

    ASSERTED = "asserted"
    PLANNED = "planned"
    HYPOTHETICAL = "hypothetical"
    NEGATED = "negated"
    ALLEGED = "alleged"


# --------------------------------------------------------------------- value types


class Span(_Model):
    """A grounded piece of the raw input: ``raw[start:end] == text``.

    Attributes:
        start: Character offset of the first character (inclusive).
        end: Character offset after the last character (exclusive).
        text: The raw text between the offsets.
    """

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @model_validator(mode="after")
    def _check(self, info: ValidationInfo) -> Span:
        if self.start > self.end:
            raise ValueError(f"span start {self.start} is after its end {self.end}")
        if self.end - self.start != len(self.text):
            raise ValueError(
                f"span [{self.start}, {self.end}) has length {self.end - self.start} "
                f"but its text has length {len(self.text)}"
            )
        raw = info.context.get("raw_text") if isinstance(info.context, dict) else None
        if raw is not None:
            if self.end > len(raw):
                raise ValueError(f"span end {self.end} lies outside the text (length {len(raw)})")
            if raw[self.start : self.end] != self.text:
                raise ValueError(
                    f"span [{self.start}, {self.end}) text {self.text!r} does not match "
                    f"the input there ({raw[self.start : self.end]!r})"
                )
        return self

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end


def _check_country(code: str | None) -> str | None:
    if code is None:
        return None
    code = code.upper()
    if pycountry.countries.get(alpha_3=code) is None and code not in _EXTRA_ALPHA3:
        raise ValueError(f"{code!r} is not an ISO 3166-1 alpha-3 country code")
    return code


# Codes in common use that ISO 3166-1 does not (yet) list.
_EXTRA_ALPHA3 = frozenset({"XKX"})  # Kosovo (user-assigned, used by the EU and IMF)


class Actor(_Model):
    """A person, organisation, country or group taking part in an event.

    Attributes:
        name: Canonical name within the document ("Xi Jinping").
        kind: person, organization, country, group or unknown.
        country: ISO 3166-1 alpha-3 code of the actor's country, if known.
        aliases: Other surface forms seen in the document ("Xi", "the Chinese president").
        title: Role or title ("President", "spokesman").
        affiliation: Organisation the actor belongs to ("Chinese Defense Ministry").
        mentions: Spans where the actor is mentioned.
    """

    name: str = Field(min_length=1)
    kind: ActorKind = ActorKind.UNKNOWN
    country: str | None = None
    aliases: list[str] = Field(default_factory=list)
    title: str | None = None
    affiliation: str | None = None
    mentions: list[Span] = Field(default_factory=list)

    @field_validator("country")
    @classmethod
    def _iso3166(cls, v: str | None) -> str | None:
        return _check_country(v)


class Place(_Model):
    """A location: a city, country, region, sea or facility.

    Attributes:
        name: Place name as written ("Beijing", "the Diaoyutai State Guesthouse").
        country: ISO 3166-1 alpha-3 code, if known.
        kind: city, country, region, sea, facility or other.
        city: City of a facility or venue, if known.
        latitude: Latitude in degrees, where a gazetteer knows it.
        longitude: Longitude in degrees, where a gazetteer knows it.
        span: Where the place is mentioned.
    """

    name: str = Field(min_length=1)
    country: str | None = None
    kind: PlaceKind = PlaceKind.OTHER
    city: str | None = None
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)
    span: Span | None = None

    @field_validator("country")
    @classmethod
    def _iso3166(cls, v: str | None) -> str | None:
        return _check_country(v)


class When(_Model):
    """A resolved date or period.

    Attributes:
        text: The date expression as written ("last Thursday").
        start: First day of the period.
        end: Last day of the period (inclusive); equals ``start`` for a day.
        precision: day, week, month, quarter, year, decade or range.
        anchor: The reference date relative expressions were resolved against.
        span: Where the expression is in the raw text.
    """

    text: str
    start: dt.date
    end: dt.date
    precision: Precision
    anchor: dt.date | None = None
    span: Span | None = None

    @model_validator(mode="after")
    def _ordered(self) -> When:
        if self.start > self.end:
            raise ValueError(f"date start {self.start} is after its end {self.end}")
        return self


class MoneyQualifier(str, Enum):
    """How a money amount relates to the true value ("around", "at least", "up to")."""

    APPROXIMATELY = "approximately"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"


class Money(_Model):
    r"""An amount of money.

    Attributes:
        amount: The amount as a Decimal (26.8 million -> 26800000); the lower
            bound of a range.
        currency: ISO 4217 code ("USD").
        text: The expression as written ("around \\$26.8 million").
        approximate: True for "around", "about", "more than", "up to" ...
        max_amount: Upper bound: the high end of a range ("$5-6 million") or
            the amount of an upper bound ("up to $5 million").
        min_amount: Lower bound: the low end of a range or the amount of a
            lower bound ("more than $5 million").
        qualifier: approximately, at_least or at_most, when the text says so.
        span: Where the expression is in the raw text.
    """

    amount: JsonDecimal
    currency: str
    text: str
    approximate: bool = False
    max_amount: JsonDecimal | None = Field(
        default=None,
        description='Upper bound: the high end of a range ("$5-6 million") or of "up to $5 million".',
    )
    min_amount: JsonDecimal | None = Field(
        default=None,
        description='Lower bound: the low end of a range ("$5-6 million") or of "more than $5 million".',
    )
    qualifier: MoneyQualifier | None = Field(
        default=None,
        description='"approximately" (around, nearly), "at_least" (more than, over) or "at_most" (up to, under).',
    )
    span: Span | None = None

    @field_validator("currency")
    @classmethod
    def _iso4217(cls, v: str) -> str:
        v = v.upper()
        if pycountry.currencies.get(alpha_3=v) is None:
            raise ValueError(f"{v!r} is not an ISO 4217 currency code")
        return v

    @field_validator("amount")
    @classmethod
    def _non_negative(cls, v: Decimal) -> Decimal:
        if v < 0:
            raise ValueError("a money amount cannot be negative")
        return v


class Item(_Model):
    """Something donated, with its quantity.

    Attributes:
        description: What ("gasoline generators").
        quantity: How many, if given (450).
        approximate: True for "about 100".
        span: Where the item is mentioned.
    """

    description: str = Field(min_length=1)
    quantity: JsonDecimal | None = None
    approximate: bool = False
    span: Span | None = None


class Casualties(_Model):
    """Human cost of an incident. ``None`` means "not reported".

    Attributes:
        killed: Number of people killed.
        injured: Number of people injured.
        missing: Number of people missing.
        approximate: True for "at least 12", "dozens" ...
        text: The phrases the figures came from.
    """

    killed: int | None = Field(default=None, ge=0)
    injured: int | None = Field(default=None, ge=0)
    missing: int | None = Field(default=None, ge=0)
    approximate: bool = False
    text: str | None = None


class Provenance(_Model):
    """Where one field's value came from.

    Attributes:
        field: The event field ("date", "speaker", ...).
        span: The raw-text span the value was read from, if any.
        rule: The rule or normaliser that produced it ("time.dateparser", "statement.said_x").
        note: A human-readable derivation ("'last Thursday' resolved against 2023-12-05").
    """

    field: str
    span: Span | None = None
    rule: str
    note: str | None = None
