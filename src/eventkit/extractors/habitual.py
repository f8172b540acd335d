"""Habit, repetition and rates: a verb of an event that tells of a custom or of many occasions.

"visits Balmoral every summer", "the two leaders meet regularly", "cholera
kills thousands each year", "met Arafat several times", "meet their
counterparts twice a year" tell of no one occurrence. The words are data
(``modality.en.yaml``: ``habitual_adverbs``, ``habitual_determiners``,
``habitual_counts``, ``repeat_nouns``, ``rate_periods``, ``rate_words``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventkit.doccache import entity_of
from eventkit.extractors.context import TIME_LABELS
from eventkit.extractors.modality import modality_words
from eventkit.normalize.money.items import parse_quantity
from eventkit.normalize.times.lexicon import is_calendar_word, is_day_part, is_relative_day, is_weekday

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["counted_since", "habitual", "kept_count", "running_toll", "tallied", "tallied_toll"]

#: The shortest period (in days) over which a bare plural tells of many occurrences ("last year", "since 2015").
TALLY_DAYS = 90
#: The smallest number of events a count keeps as a tally ("registered 14 active conflicts"); fewer are told
#: one by one ("witnesses counted three airstrikes on Rafah").
TALLY_COUNT = 10


def habitual(verb: Token, *, adverbs: bool = True, counts: bool = True) -> bool:
    """The verb tells of a habit or of repeated occasions, not of one event.

    Matches:
        "visits Balmoral every summer", "the leaders meet regularly", "met
        Arafat on several occasions", "have met 14 times", "meet twice a
        year", "malaria kills 600,000 people each year". Not "met on Monday",
        "met once in 2019". Without ``adverbs``, an adverb of habit alone
        ("guards routinely abuse prisoners": a practice reported as abuse)
        does not count; without ``counts``, nor does a count of times ("was
        stabbed 17 times": the blows of one attack).
    """
    determiners = modality_words("habitual_determiners")
    many = modality_words("habitual_counts")
    repeats = modality_words("repeat_nouns") if counts else frozenset()
    habit = modality_words("habitual_adverbs") if adverbs else frozenset()
    if any(child.dep_ == "advmod" and child.lower_ in habit for child in verb.children):
        return True
    # "met Mandela on several occasions": the count's noun may hang from a preposition
    nouns = [*verb.children, *(g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj")]
    for child in nouns:
        if child.lemma_.lower() in repeats and any(c.lower_ in many or _more_than_one(c) for c in child.children):
            return True  # "met Arafat several times", "have met 14 times"
    if _rate(verb):
        return True  # "meet their counterparts twice a year"
    # "every summer", "each year"; "Every monsoon season, landslides kill ..." (the parse may make the time the subject)
    return any(
        (child.dep_ in {"npadvmod", "advmod"} or child.ent_type_ == "DATE")
        and any(d.dep_ == "det" and d.lower_ in determiners for d in child.children)
        for child in verb.children
    )


def _more_than_one(tok: Token) -> bool:
    """A number above one counting something ("14 times", "two occasions")."""
    return _at_least(tok, 2)


def _rate(verb: Token) -> bool:
    """A period with "a" and a frequency word on the verb: "twice a year", "once a month" (``rate_periods``)."""
    periods, words = modality_words("rate_periods"), modality_words("rate_words")
    for child in verb.children:
        if child.dep_ != "npadvmod" or child.lemma_.lower() not in periods:
            continue
        kids = list(child.children)
        if any(c.dep_ == "det" and c.lower_ in {"a", "an", "per"} for c in kids) and (
            any(c.lower_ in words for c in kids) or any(s.lower_ in words for s in verb.children if s.i < child.i)
        ):
            return True
    return False


def tallied(noun: Token, period_days: int) -> bool:
    """A bare plural event noun counted over a long period: many occurrences, not one.

    Matches:
        "road crashes killed 1,200 people last year", "dozens of explosions
        over the past decade", "412 shootings last year". Not "crashes killed
        30 people on Monday", "two blasts on Monday" (a day), "the attacks
        last year" (told before). Callers
        keep the plurals that name one episode ("riots in 2019", "floods
        last year").
    """
    return period_days >= TALLY_DAYS and _bare_plural(noun)


def tallied_over_periods(noun: Token) -> bool:
    """A bare plural event noun told over many long periods the text names no day of: a tally, not one.

    Matches:
        "Georgia has seen a wave of attacks on local governments in recent
        years", "dozens of shootings over the past decades". The date phrase
        (on the noun or on the verb of its clause) is a plural of
        ``long_periods`` (``modality.en.yaml``: months, years, decades).
        Not "attacks on Monday", "the attacks in recent years" (told before).
    """
    if not _bare_plural(noun):
        return False
    long_periods = modality_words("long_periods")
    holders = [noun, noun.head.head] if noun.dep_ == "pobj" else [noun]
    holders.append(next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), noun))
    for holder in holders:
        for prep in (c for c in holder.children if c.dep_ == "prep"):
            for period in (o for o in prep.children if o.dep_ == "pobj"):
                if period.tag_ == "NNS" and period.lemma_.lower() in long_periods and period.ent_type_ in TIME_LABELS:
                    return True
    return False


def kept_count(noun: Token, period_days: int | None) -> bool:
    """A plural event noun numbered ``TALLY_COUNT`` or more that a verb of keeping count takes (``tally_verbs``).

    Over no period, or one of ``TALLY_DAYS`` or more.

    Matches:
        "The office has registered 14 active conflicts", "The UN has
        documented 42 attacks on health facilities". Not "two blasts hit
        the city" (no count kept), "documented the clashes" (no number),
        "documented three airstrikes on Rafah" (fewer than ten: told one by
        one), "residents counted 12 explosions" (what witnesses saw, no
        register). Callers keep a count whose sentence tells a toll or a day
        ("documented 12 airstrikes on Friday, killing nine civilians").
    """
    if period_days is not None and period_days < TALLY_DAYS:
        return False
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or noun.dep_ not in {"dobj", "obj", "nsubjpass"}:
        return False
    if noun.head.lemma_.lower() not in modality_words("tally_verbs"):
        return False
    return any(_at_least(c, TALLY_COUNT) for c in noun.children)


def counted_since(noun: Token) -> bool:
    """A plural event noun numbered ``TALLY_COUNT`` or more, counted from a start ("since ..."): a running tally.

    Matches:
        "has verified more than 2,400 attacks on health care since the
        invasion", "gangs carried out 300 kidnappings since January". Not
        "two blasts since Monday" (fewer than ten: told one by one), "the 40
        attacks since May" (told before), "12 attacks" with no start.
    """
    if not _bare_plural(noun) or not any(_at_least(c, TALLY_COUNT) for c in noun.children):
        return False
    holders = [noun, noun.head] if noun.dep_ in {"dobj", "obj", "nsubj", "nsubjpass"} else [noun]
    starts = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "since"]
    # counted since a day ("40 airstrikes on X since dawn", "12 attacks since Monday") is one spell of news
    return any(not any(_a_day(t) for t in s.subtree) for s in starts)


def _bare_plural(noun: Token) -> bool:
    """A plural common noun no article or possessor ties to events told before ("412 shootings", not "the attacks")."""
    return noun.pos_ == "NOUN" and noun.tag_ == "NNS" and not any(c.dep_ in {"det", "poss"} for c in noun.children)


def _a_day(tok: Token) -> bool:
    """A word of a recent day: a weekday, a relative day, a part of one ("Monday", "yesterday", "dawn").

    Also a time the recogniser tags with no year or month name in it ("the weekend", "last week").
    """
    if is_weekday(tok.text) or is_relative_day(tok.text) or is_day_part(tok.text):
        return True
    if tok.ent_type_ not in TIME_LABELS:
        return False
    ent = entity_of(tok)
    words = list(ent) if ent is not None else [tok]
    return not any(
        (t.like_num and len(t.text) == 4) or (is_calendar_word(t.text) and not is_weekday(t.text)) for t in words
    )


def _at_least(tok: Token, least: int) -> bool:
    """A number of at least ``least`` counting something ("14 active conflicts")."""
    parsed = parse_quantity(tok.text) if tok.dep_ == "nummod" else None
    return parsed is not None and parsed[0] >= least


def tallied_toll(verb: Token, period_days: int) -> bool:
    """A verb's counted plural victims over a long period: a yearly toll, not one occurrence.

    Matches:
        "Last year, 19 women were killed by their partners", "Gangs
        kidnapped 300 people in the first half of the year". Not "19 people
        were killed on Monday" (a day), "the 19 miners killed last year"
        (told before), nor a toll with a place (callers check it: "killed 19
        people in Kano last year" may be one attack).
    """
    if verb.pos_ != "VERB" or period_days < TALLY_DAYS:
        return False
    victims = [c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"}]
    return any(
        v.tag_ == "NNS"
        and any(c.dep_ == "nummod" for c in v.children)
        and not any(c.dep_ in {"det", "poss"} for c in v.children)
        for v in victims
    )


def running_toll(verb: Token) -> bool:
    """A casualty verb's counted plural victims kept as a running total over a period, not one occurrence.

    Matches:
        "more than 3,000 villagers have died since the uprising", "400 migrants
        have died so far this year", "1,200 soldiers were killed in total".
        Not "at least 12 people have been killed in the blast" (an occasion),
        "15 people have been killed so far" (one incident's rising toll: "so
        far" alone), "30 people were killed since Monday" (a day), "three
        people have been killed" (fewer than ten), "the 40 soldiers killed
        since May" (told before), "some 70 guards have been killed near the
        border" (a present perfect is a breaking report of one incident). The
        caller checks that the verb is a casualty verb.
    """
    victims = [
        v
        for c in verb.children
        if c.dep_ in {"nsubjpass", "dobj", "nsubj"}
        for v in (c, *(x for x in c.conjuncts if x.i > c.i))
    ]
    if not any(
        _bare_plural(v) and any(_at_least(c, TALLY_COUNT) for c in v.children if c.dep_ == "nummod") for v in victims
    ):
        return False
    phrases = modality_words("running_toll_phrases")
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "since" and not any(_a_day(t) for t in child.subtree):
            return True  # "since the coup", "since 2021"
        if (
            child.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ == "since" for m in child.children)
            and not any(_a_day(t) for t in child.subtree)
        ):
            return True  # "since the uprising began"
        if child.dep_ in {"advmod", "prep", "npadvmod"}:
            # the words from the phrase's first on, however the parser split them ("so" under "far",
            # "this year" on the verb): "so far this year", "in total"
            start = min(child.left_edge.i, child.i)
            said = " ".join(t.lower_ for t in verb.doc[start : start + 4])
            if any(said == p or said.startswith(p + " ") for p in phrases):
                return True
    return False
