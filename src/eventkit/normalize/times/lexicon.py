"""The time vocabulary (``resources/lexicons/time.en.yaml``), compiled once, and text normalisation."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from eventkit.lexicons import load_yaml, per_resources

#: How an expression without an explicit year or week is read.
Direction = Literal["past", "future", "auto"]

_LEXICON = "lexicons/time.en.yaml"
_MAX_LEN = 120
_QUOTES = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2212": "-",
    }
)
_EDGE = ' \t\r\n"()[]{},;:!?*_'


# ------------------------------------------------------------------ vocabulary


@dataclass(frozen=True)
class _Lexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    ordinals: dict[str, int]
    units: dict[str, str]
    duration_prepositions: frozenset[str]
    frequency_words: frozenset[str]
    frequency: tuple[re.Pattern[str], ...]
    ages: tuple[re.Pattern[str], ...]
    duration_shape: re.Pattern[str]
    unit_adjective: re.Pattern[str]
    vague: re.Pattern[str]
    anaphoric: re.Pattern[str]
    anaphoric_search: re.Pattern[str]
    anaphoric_day_units: frozenset[str]
    day_moments: frozenset[str]
    anaphoric_day_shifts: dict[str, int]
    leading_fillers: tuple[str, ...]
    trailing_fillers: tuple[str, ...]
    modifier: re.Pattern[str]
    clip_before: str
    clip_after: str
    future_cues: frozenset[str]
    relative_days: dict[str, int]
    seasons: dict[str, tuple[int, int]]
    holidays: dict[str, tuple[int, int]]
    decade_words: dict[str, int]
    future_aux: frozenset[str]
    past_aux: frozenset[str]
    modal_aux: frozenset[str]
    forward_modals: frozenset[str]
    reported_modals: frozenset[str]
    future_heads: frozenset[str]
    future_modifiers: frozenset[str]
    clause_deps: frozenset[str]
    noun_modifier_deps: frozenset[str]
    simultaneity_marks: frozenset[str]
    later_adverbs: frozenset[str]
    # compiled grammar
    number_alt: str
    month_alt: str
    weekday_alt: str
    unit_alt: str


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _words(data: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in data.get(key) or ())


def is_relative_day(text: str) -> bool:
    """True for a day named relative to the publication day ("this morning", "tonight", "last night")."""
    return _strip_fillers(_normalize(text)) in _lex().relative_days


def is_day_part(word: str) -> bool:
    """True for a word of a day or part of one (``anaphoric_day_units``: "night"; ``day_moments``: "dawn")."""
    key = word.lower()
    return key in _lex().anaphoric_day_units or key in _lex().day_moments


def is_weekday(word: str) -> bool:
    """True for a weekday name or abbreviation of the time lexicon ("Tuesday", "tue")."""
    return word.lower().rstrip(".") in _lex().weekdays


def is_bare_weekday(expression: str) -> bool:
    """True for a weekday with nothing to place its week ("Friday", "on Friday evening"; not "last Friday")."""
    return is_weekday(_strip_fillers(_normalize(expression)))


def is_calendar_word(word: str) -> bool:
    """True for a month or weekday name or abbreviation of the time lexicon ("May", "Tuesday", "Sept")."""
    key = word.lower().rstrip(".")
    return key in _lex().months or key in _lex().weekdays


def is_year_unit(word: str) -> bool:
    """True for a unit word of a year or more of the time lexicon ("year", "years", "decade")."""
    return _lex().units.get(word.lower()) in {"year", "decade"}


def is_date_name(word: str) -> bool:
    """True for a month, weekday, season or one-word holiday of the time lexicon ("Sunday", "Christmas")."""
    key = word.lower().rstrip(".")
    return is_calendar_word(key) or key in _lex().holidays or key in _lex().seasons


@per_resources
def _lex() -> _Lexicon:
    """Load and compile ``time.en.yaml`` once."""
    data: dict[str, Any] = load_yaml(_LEXICON)
    quantifiers = _words(data, "duration_quantifiers")
    numbers = {str(k): int(v) for k, v in data["numbers"].items()}
    units = {str(k): str(v) for k, v in data["units"].items()}
    duration_units = _words(data, "duration_units")
    followers = _words(data, "duration_followers")
    quant_alt = _alt(quantifiers | set(numbers))
    # "about three hours of talks": up to six quantifier words, a unit, an optional tail.
    duration_shape = re.compile(
        rf"(?:(?:{quant_alt}|\d{{1,4}}(?:st|nd|rd|th)?)[ -]){{0,6}}(?:{_alt(duration_units)})"
        rf"(?: (?:{_alt(followers)})\b.{{0,80}})?"
    )
    unit_adjective = re.compile(rf"\b[a-z0-9]{{1,12}}-(?:{_alt(duration_units)})(?:-old|-long)?\b")
    modifiers = [str(m) for m in data["part_modifiers"]]
    clip_before = str(data["clip_before"])
    clip_after = str(data["clip_after"])
    anaphoric = "|".join(f"(?:{p})" for p in data["anaphoric_patterns"])
    modifier = re.compile(rf"(?:the )?(?P<mod>{_alt([*modifiers, clip_before, clip_after])})(?: |-)(?P<rest>.+)")
    return _Lexicon(
        months={str(k): int(v) for k, v in data["months"].items()},
        weekdays={str(k): int(v) for k, v in data["weekdays"].items()},
        numbers=numbers,
        ordinals={str(k): int(v) for k, v in data["ordinals"].items()},
        units=units,
        duration_prepositions=_words(data, "duration_prepositions"),
        frequency_words=_words(data, "frequency_words"),
        frequency=tuple(re.compile(p) for p in data["frequency_patterns"]),
        ages=tuple(re.compile(p) for p in data["age_patterns"]),
        duration_shape=duration_shape,
        unit_adjective=unit_adjective,
        vague=re.compile("|".join(f"(?:{p})" for p in data["vague_patterns"])),
        anaphoric=re.compile(anaphoric),
        anaphoric_search=re.compile(rf"(?<![\w-])(?:{anaphoric})(?![\w-])", re.IGNORECASE),
        anaphoric_day_units=_words(data, "anaphoric_day_units"),
        day_moments=_words(data, "day_moments"),
        anaphoric_day_shifts={str(k): int(v) for k, v in (data.get("anaphoric_day_shifts") or {}).items()},
        leading_fillers=tuple(sorted((str(w) for w in data["leading_fillers"]), key=len, reverse=True)),
        trailing_fillers=tuple(str(w) for w in data["trailing_fillers"]),
        modifier=modifier,
        clip_before=clip_before,
        clip_after=clip_after,
        future_cues=_words(data, "future_cues"),
        relative_days={str(k): int(v) for k, v in data["relative_days"].items()},
        seasons={str(k): (int(v[0]), int(v[1])) for k, v in data["seasons"].items()},
        holidays={str(k): (int(v[0]), int(v[1])) for k, v in data["holidays"].items()},
        decade_words={str(k): int(v) for k, v in data["decade_words"].items()},
        future_aux=_words(data, "future_aux"),
        past_aux=_words(data, "past_aux"),
        modal_aux=_words(data, "modal_aux"),
        forward_modals=_words(data, "forward_modals"),
        reported_modals=_words(data, "reported_modals"),
        future_heads=_words(data, "future_heads"),
        future_modifiers=_words(data, "future_modifiers"),
        clause_deps=_words(data, "clause_deps"),
        noun_modifier_deps=_words(data, "noun_modifier_deps"),
        simultaneity_marks=_words(data, "simultaneity_marks"),
        later_adverbs=_words(data, "later_adverbs"),
        number_alt=rf"\d{{1,3}}|{_alt(numbers)}",
        month_alt=_alt(data["months"]),
        weekday_alt=_alt(data["weekdays"]),
        unit_alt=_alt(units),
    )


# -------------------------------------------------------------- normalisation

_POSSESSIVE = re.compile(r"(?:'s|(?<=s)')$")
_LETTER_DOT = re.compile(r"(?<=[a-z])\.")
_SPACE_COMMA = re.compile(r" ,")


def _normalize(text: str) -> str:
    """Lower case, straight quotes, ASCII dashes, single spaces, no edge punctuation or possessive."""
    s = " ".join(text.translate(_QUOTES).split()).lower()
    s = _LETTER_DOT.sub("", s)
    s = _SPACE_COMMA.sub(",", s)
    s = s.strip(_EDGE + ".")
    s = _POSSESSIVE.sub("", s)
    return s.strip(_EDGE + ".")


def _strip_fillers(s: str) -> str:
    """Drop leading prepositions and hedges ("on", "just", "as early as") and trailing day parts."""
    lex = _lex()
    for _ in range(4):
        for filler in lex.leading_fillers:
            if s.startswith(filler + " "):
                s = s[len(filler) + 1 :]
                break
        else:
            break
    if s in lex.relative_days:
        return s
    for filler in lex.trailing_fillers:
        if s.endswith(" " + filler) and len(s) > len(filler) + 1:
            s = s[: -len(filler) - 1]
            break
    return s


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return _lex().numbers.get(word)
