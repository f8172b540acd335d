"""Attributions without a verb: transcript speaker labels, dash bylines and headline labels or cues."""

from __future__ import annotations

import re
from itertools import dropwhile, takewhile
from typing import TYPE_CHECKING

from eventkit.doccache import entity_of
from eventkit.extractors.context import TIME_LABELS
from eventkit.extractors.statement.cues import headline_forms, headline_group, lemma_of, received_people
from eventkit.extractors.statement.quotes import Quote
from eventkit.extractors.statement.reader import Candidate, Reader
from eventkit.extractors.statement.syntax import is_amount, is_named, trim
from eventkit.extractors.triggers import rules
from eventkit.lexicons import per_resources
from eventkit.models import Actor, ActorKind
from eventkit.normalize.countries import country_code
from eventkit.normalize.mentions import (
    abstract_nouns,
    is_body_word,
    is_first_name,
    is_person_word,
    is_title,
    person_nouns,
)
from eventkit.normalize.places import resolve_place
from eventkit.text.clean import BULLET
from eventkit.text.inspect import stopwords

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

#: Section headings that make a document a log whose every label heads a section ("BURGLARY:", "ASSAULT:").
_LOG_HEADINGS = 2
#: "SMITH: We will win." -- a transcript's speaker label, in capitals, opening its paragraph.
#: The rule of attributions read from the layout: speaker labels, signed quotes, headline labels and cues.
LABEL_RULE = "statement.speaker_label.v1"

_SPEAKER_LABEL = re.compile(r"\"?(?P<name>[A-Z][A-Z.'\- ]{1,40}[A-Z.])(?P<colon>:)\s+(?P<content>\S)")
#: "ANCHOR (DANA REYES): ...", "ILSE BERG (voice-over): ...", "JANE DOE, Union Leader: ...", "GRAHAM, patient: ...",
#: "JAN NOWAK, PRIME MINISTER (through translator): ..." -- a
#: broadcast transcript's label with a bracket or a description (no digits: "NEW YORK, March 4:" is a
#: dateline): the bracket's capitalised name, else the name before it, speaks.
_BROADCAST_LABEL = re.compile(
    r"\"?(?P<name>[A-Z][A-Z.'\- ]{1,40}[A-Z.])"
    r"(?:\s*\((?P<inner>[^()\n]{1,40})\)|,\s+(?P<role>[A-Za-z.'\- ]{1,40})(?:\s*\((?P<note>[^()\n]{1,40})\))?)"
    r"(?P<colon>:)\s+(?P<content>\S)"
)
#: A bracket's words that name the speaker: two or more words in capitals ("DANA REYES").
_CAPITALISED_NAME = re.compile(r"[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+)+")

#: "Smith: Taxes Must Rise" / "Smith on Taxes: ..." -- a headline naming its speaker.
_HEADLINE_LABEL = re.compile(
    r"(?P<name>[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3})(?: on [^:]{1,40})?(?P<colon>:)\s+(?P<content>\S)"
)

#: '"..." -- Jane Smith': a quote signed with a dash at the end of its paragraph (a role in lower
#: case may come first: '"..." -- economist Jane Smith').
_DASH_BYLINE = re.compile(
    r"\"?\s*(?P<colon>[\u2015\u2014\u2013]|--?)\s*(?P<name>(?:[a-z][\w-]* ){0,3}[A-Z][^\n\"]{1,60}?)[.\s]*$"
)

#: A signature between two quotes of one paragraph (a list of pull quotes whose lines the
#: cleaner joined): '"..." ― Jane A. Smith "..."'. Only a name: capitalised words, initials
#: and the particles of names.
_NAME_WORD = r"(?:[A-Z][\w\u2019'-]*\.?|de|da|del|der|van|von|la|le|al|bin|y)"
_DASH_BETWEEN = re.compile(
    rf"\"?\s*(?P<colon>[\u2015\u2014\u2013]|--)\s*(?P<name>[A-Z][\w\u2019'-]*\.?(?: {_NAME_WORD}){{0,4}})[.,\s]*$"
)


#: Where a sentence ends, for the last sentence of a turn.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
#: The fewest words of a presenter's question to a guest ("What will it cost?"; "Daniel?" hands over).
_QUESTION_WORDS = 3

#: The longest first line read as the article's title when the cleaner did not mark it.
_TITLE_WORDS = 20


def labelled(reader: Reader) -> list[Candidate]:
    """Attributions without a verb: speaker labels, dash bylines and "Name: ..." headlines.

    * ``SMITH: We will win.`` (a transcript's capitalised speaker label);
    * ``"We will win." -- Jane Smith`` (a quote signed with a dash);
    * ``Smith: Taxes Must Rise`` (a headline naming its speaker before a colon).
    """
    paragraphs = reader.text.split("\n\n")
    out: list[Candidate] = _interview_answers(reader, paragraphs)
    by_paragraph: dict[int, list[Quote]] = {}  # the quotes of each paragraph (by its start), in order
    for q in reader.quotes:
        by_paragraph.setdefault(q.para_start, []).append(q)
    log = _a_log(reader, paragraphs)
    lone = sum(bool(_SPEAKER_LABEL.match(p.strip()) or _BROADCAST_LABEL.match(p.strip())) for p in paragraphs) <= 1
    narrators: set[str] = set()  # names a narrator's label gave, in lower case ("nic havel", "havel")
    pos = 0
    for para in paragraphs:
        p_start = pos
        pos += len(para) + 2
        lead = len(para) - len(para.lstrip())
        line = para.strip()
        if not line:
            continue
        first = reader.doc.char_span(p_start + lead, p_start + lead + 1, alignment_mode="expand")
        headline = first is not None and len(first) > 0 and reader.ctx.in_headline(first[0])
        # a title the cleaner read as text (sentence case, final period): "Ruiz: fees must fall."
        title = not headline and p_start == 0 and len(paragraphs) > 1 and len(line.split()) <= _TITLE_WORDS
        pattern = _HEADLINE_LABEL if headline or title else _SPEAKER_LABEL
        m = pattern.match(line)
        if m is None and not (headline or title):
            m = _BROADCAST_LABEL.match(line)
        if m is not None and _dateline_label(reader, p_start + lead + m.start("name"), m.group("name"), lone=lone):
            m = None  # "GUWAHATI: At least 14 people ...": the dateline, no transcript turn
        if m is not None and _not_a_speaker(reader, m.group("name")):
            m = None  # "UPDATE: ...", "Storm Marisol: flooding hits ...": an editorial label or a topic
        if m is not None and (headline or title) and _label_topic(reader, p_start + lead, m):
            m = None  # "Chad: UN envoy sees ...": the story's place, and someone else acts
        if (
            m is not None
            and (headline or title)
            and _sourced(reader, p_start + lead + m.start("content"), p_start + lead + len(line))
        ):
            m = None  # "Chad: ten rebels killed, according to the army": the army says it, not the label
        if m is not None and not (headline or title) and _section_heading(reader, m.group("name"), log=log):
            m = None  # "STABBING: A man was stabbed ...": a police log's heading, no transcript turn
        if m is not None and not (headline or title) and _hands_over(line[m.end("colon") :], narrators):
            m = None  # "SARAH FERGUSON: Josh Moorcroft reporting.": a presenter names the reporter, no turn
        if m is not None and not (headline or title) and _narrator(reader, m, narrators):
            narrators |= _narrator_names(m)
            if not _asks(line[m.end("colon") :]):
                m = None  # "ANCHOR: In other news tonight, ...": the programme's narration
        if m is not None and not (headline or title) and _list_item(reader, p_start + lead):
            m = None  # "- WASH: safe water for 300,000 people": a list's topic, no transcript turn
        if m is not None:
            base = p_start + lead
            name_at = _label_name(m)
            cand = label_candidate(
                reader,
                base + name_at[0],
                base + name_at[1],
                base + m.start("colon"),
                base + m.start("content"),
                base + len(line),
                headline=headline or title,
                body_from=p_start + len(para) if title else 0,
            )
            if cand is not None:
                out.append(cand)
                continue
        if headline:
            cand = _headline_cue(reader, p_start + lead, line)
            if cand is not None:
                out.append(cand)
            continue
        quotes = by_paragraph.get(p_start, [])
        signed = [
            _DASH_BETWEEN.match(reader.text[q.end : quotes[k + 1].start - 1])
            if k + 1 < len(quotes)  # signed, then the next quote: '"..." ― Jane Smith "..."'
            else _DASH_BYLINE.match(reader.text[q.end : p_start + len(para)])
            for k, q in enumerate(quotes)
        ]
        for k, q in enumerate(quotes):
            d = signed[k]
            if d is None or q.open_end or q.start in reader.claimed:
                continue
            if k > 0 and signed[k - 1] is None:
                continue  # a list of signed quotes signs each one ('"... what he calls "hell" than ..." ― X')
            roles = list(takewhile(lambda w: w[:1].islower(), d.group("name").split()))
            if any(w not in reader.cues.roles and w not in person_nouns() for w in roles):
                continue  # '"..." - and Smith agreed': a sentence goes on, no role before a name
            cand = label_candidate(
                reader,
                q.end + d.start("name"),
                q.end + d.end("name"),
                q.end + d.start("colon"),
                q.start,
                q.end,
                quote=q,
            )
            if cand is not None:
                out.append(cand)
    return out


def _list_item(reader: Reader, start: int) -> bool:
    """A paragraph the input wrote as an item of a list ("- ", "* ", "1. " before it on its raw line)."""
    raw = reader.ctx.raw
    at = reader.ctx.span(start, start + 1).start
    line_start = raw.rfind("\n", 0, at) + 1
    marker = BULLET.match(raw[line_start:at])
    return marker is not None and marker.end() == at - line_start


def _not_a_speaker(reader: Reader, name: str) -> bool:
    """An editorial label (``not_labels``: "UPDATE") or the name of an event (``not_label_heads``: "Storm X")."""
    words = name.strip().strip('"').lower().split()
    return " ".join(words) in reader.cues.not_labels or (bool(words) and words[0] in reader.cues.not_label_heads)


def _label_topic(reader: Reader, base: int, m: re.Match[str]) -> bool:
    """A headline's label that is a place or an occasion, before a clause whose own subject is a noun.

    Broadcast sites head a story with its country ("Chad: UN envoy sees
    ..."): what follows names who acts. A place that speaks ("Ukraine: we
    will not give up") has a pronoun or no subject after it. The occasion a
    story comes from never speaks: a name with a number that the body never
    makes a subject ("COP31: Pacific ministers press ..." over "at the COP31
    talks"; not "G7: ..." over "The G7 agreed", nor "U2: ...", a band) or
    one ending in a lower-case event noun ("Climate summit: ..."; not
    "National Rally: ...", a party, nor a surname, "Flood: ...").
    """
    name = m.group("name").strip()
    last = name.split()[-1] if name.split() else ""
    if any(ch.isdigit() for ch in name) and not _subject_in_body(reader, name):
        return True
    if last.islower() and last.strip(".'\"") in _event_nouns() and len(name.split()) > 1:
        return True
    if country_code(name) is None and resolve_place(name) is None:
        return False
    if any(r.kind == ActorKind.PERSON and name in r.name.split() for r in reader.ctx.actors.records):
        return False  # "Obama on Climate Change: ...": a person the article names, not the city of Obama
    span = reader.doc.char_span(base + m.start("content"), base + len(m.string), alignment_mode="expand")
    if span is None:
        return False
    return any(
        t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ in {"NOUN", "PROPN"} and t.head.pos_ in {"VERB", "AUX"}
        for t in span
    )


def _sourced(reader: Reader, start: int, end: int) -> bool:
    """A headline's words after its label name their own source: "..., according to the army", "as per police".

    The label before the colon is then the story's topic or place, never
    its speaker ("<Country>: rebels killed ..., according to the army" had
    the country speak). Only a source counts: a name, a person or a body
    ("the army", "police"), not a plan, a law or "me" ("Ruiz: We will act
    according to the law" is Ruiz's).
    """
    span = reader.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    words = [t.lower_ if reader.in_quote(t) is None else "" for t in span]  # a quote's own "according to" is said
    for phrase in reader.cues.prepositions:
        n = len(phrase)
        for k in range(len(words) - n + 1):
            if tuple(words[k : k + n]) == tuple(phrase) and k + n < len(span) and _a_source(span[k + n :]):
                return True
    return False


def _a_source(after: SpacySpan) -> bool:
    """The words after "according to" name a source: a name, or a noun for a person or a body, as their head.

    The head of the first noun phrase counts, not its modifier: "as per the
    IMF deal" is a deal, "according to Dayton police" the police.
    """
    for t in after:
        if t.pos_ in {"PROPN", "NOUN", "PRON"}:
            while t.dep_ == "compound" and after.start <= t.head.i < after.end:
                t = t.head
            return t.pos_ == "PROPN" or is_person_word(t) or is_body_word(t.lemma_) or is_body_word(t.text)
    return False


def _narrator(reader: Reader, m: re.Match[str], known: set[str]) -> bool:
    """A presenter's turn (``narrator_labels``): "ANCHOR:", "DANA REYES (REPORTER):", "ANCHOR (DANA REYES):".

    What a presenter reads is the programme's narration, the news itself;
    only a presenter's question to a guest (``_asks``) is a turn of an
    interview. A role whose head is a narrator's ("CNN INTERNATIONAL
    CORRESPONDENT"), a camera position (``camera_positions``: "(on
    camera)"), and a later turn of a person a narrator's label introduced
    (``known``: "NIC HAVEL, CORRESPONDENT: ..." then "HAVEL: ...") are narration too.
    """
    parts = [v.strip().strip('"').lower() for k, v in m.groupdict().items() if k in {"name", "inner", "role"} and v]
    narrator, guest = reader.cues.narrator_labels, reader.cues.guest_role_words
    if any(
        p in reader.cues.camera_positions or (p.split()[-1] in narrator and not set(p.split()) & guest)
        for p in parts
        if p.split()
    ):
        return True  # not "FORMER CNN CORRESPONDENT", "RADIO TALK SHOW HOST": a guest's past or other work
    return m.group("name").strip().strip('"').lower() in known


#: The most words of a hand-over to or from a reporter ("Josh Moorcroft reporting", "Over to you, Dana Reyes").
_HAND_OVER_WORDS = 5


def _hands_over(turn: str, narrators: set[str]) -> bool:
    """A short turn naming a reporter a narrator's label introduced: a sign-off or a hand-over, no words of news."""
    text = f" {' '.join(turn.lower().replace('.', ' ').replace(',', ' ').split())} "
    names = [n for n in narrators if " " in n]
    return len(text.split()) <= _HAND_OVER_WORDS and any(f" {n} " in text for n in names)


def _narrator_names(m: re.Match[str]) -> set[str]:
    """The full name and surname a narrator's label gives ("NIC HAVEL, CORRESPONDENT": "nic havel", "havel")."""
    start, end = _label_name(m)
    words = m.string[start:end].strip().strip('"').lower().split()
    return {" ".join(words), words[-1]} if len(words) > 1 else set()


def _asks(turn: str) -> bool:
    """The turn ends in a question of three words or more ("What will the pier cost?", not "Daniel?")."""
    last = _SENTENCE_END.split(turn.strip())[-1]
    return last.endswith("?") and len(last.split()) >= _QUESTION_WORDS


def _a_log(reader: Reader, paragraphs: list[str]) -> bool:
    """Whether two or more paragraphs open with a section heading's label: a police log, a notice, an explainer."""
    headings = 0
    for para in paragraphs:
        m = _SPEAKER_LABEL.match(para.strip())
        if m is not None and _section_heading(reader, m.group("name")):
            headings += 1
    return headings >= _LOG_HEADINGS


def _section_heading(reader: Reader, name: str, *, log: bool = False) -> bool:
    """A capitalised label that heads a section, not a turn: "STABBING:", "WHAT TO DO:", "SCAMS WARNING:".

    A police log, a health notice or an explainer heads its paragraphs
    with capitalised words as a transcript heads its turns with names. A
    label is a heading when it holds a function word (``stopwords.en.txt``:
    "what", "to", "it") or ends in the noun of an event (an incident or
    meeting trigger: "stabbing", "robbery", "meeting") or an abstract noun
    (``abstract_nouns.en.txt``: "warning", "background"), unless its words
    are all roles ("THE PRESIDENT:", "ANCHOR:") or it holds a first name
    ("HOPE WALKER:", "WILL GRANT:"). A category of a police or court log
    no incident trigger names (``section_labels``: "DUI:", "FRAUD:") is a
    heading by itself. In a ``log`` (other labels of the document are
    headings: "BURGLARY:", "ASSAULT:"), every other label is one too
    ("VANDALISM:", "NOISE:").
    """
    words = _label_words(name)
    if not words or any(is_first_name(w) for w in words):
        return False
    if all(is_title(w) or w in reader.cues.roles or w in stopwords() for w in words):
        return False
    if log or " ".join(words) in reader.cues.section_labels:
        return True
    head = words[-1]
    forms = {head, head[:-1]} if head.endswith("s") else {head}
    return any(w in stopwords() for w in words) or bool(forms & (_event_nouns() | abstract_nouns()))


@per_resources
def _event_nouns() -> frozenset[str]:
    """The one-word trigger lemmas of incidents and meetings ("stabbing", "robbery", "talks")."""
    return frozenset(
        lemma
        for event_type in ("incident", "meeting")
        for rule in rules(event_type)
        for lemma in rule.lemmas
        if " " not in lemma and (not rule.pos or "NOUN" in rule.pos)
    )


def _dateline_label(reader: Reader, start: int, name: str, *, lone: bool = False) -> bool:
    """A label where the cleaner read the dateline, naming a place ("GUWAHATI:"; not a turn's "HOST:").

    A town no gazetteer knows ("KHAR: Three people were killed ...") is one
    too when it is the document's ``lone`` label (a transcript has turns),
    opens the body, and holds no first name or role.
    """
    dateline = reader.ctx.clean.dateline
    if dateline is None or not dateline[0] <= start < dateline[1]:
        return False
    words = name.strip().strip('"').title()
    if resolve_place(words) is not None or country_code(words) is not None:
        return True
    named = any(is_first_name(w) or is_title(w) or w in reader.cues.roles for w in _label_words(name))
    return lone and not named and reader.ctx.clean.dateline_opens_body


def _label_words(name: str) -> list[str]:
    """A capitalised label's words in lower case, without quotes, full stops and apostrophes ("HOPE WALKER" -> ...)."""
    return [w for w in (w.strip(".'\u2019") for w in name.strip().strip('"').lower().split()) if w]


def _a_role(words: str) -> bool:
    """Capitalised words that are a role, not a name: "CHIEF METEOROLOGIST", "PRIME MINISTER".

    Every word a title or person word, the first no first name: "ANDERSON
    COOPER" is a name whatever "cooper" means.
    """
    lowered = words.strip().lower().split()
    if is_title(" ".join(lowered)):
        return True
    return bool(lowered) and not is_first_name(lowered[0]) and all(is_title(w) or w in person_nouns() for w in lowered)


def _label_name(m: re.Match[str]) -> tuple[int, int]:
    """Where a label's speaker is named: the capitalised name in its bracket ("ANCHOR (DANA REYES)"), else its name.

    A role in the bracket names nobody: "ALAN CRANE (CHIEF METEOROLOGIST)" is Alan Crane.
    """
    inner = m.groupdict().get("inner")
    if inner is not None and _CAPITALISED_NAME.fullmatch(inner.strip()) and not _a_role(inner):
        start = m.start("inner") + len(inner) - len(inner.lstrip())
        return start, start + len(inner.strip())
    return m.start("name"), m.end("name")


#: "Q: ..." / "A: ..." -- a paragraph opened by an interview label (``question_labels``, ``answer_labels``).
_INTERVIEW_LABEL = re.compile(r"(?P<label>[A-Za-z]{1,8})(?P<colon>[:.])\s+(?P<content>\S)")
#: "Morgan: We are opening ..." -- an answer labelled with the interviewee's name (or surname).
_NAME_LABEL = re.compile(r"(?P<label>[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2})(?P<colon>:)\s+(?P<content>\S)")


def _interview_answers(reader: Reader, texts: list[str]) -> list[Candidate]:
    """The answers of an interview printed as "Q: ..." and "A: ..." (or "Morgan: ...") paragraphs.

    An answer ("A:", or the interviewee's name or surname as the label) is a
    direct statement of the interviewee: the person the
    headline names ("Q&A with Vice President Joe Biden"), else the person
    named last before the first question ("Helen Brooks ... spoke to the
    Harbour Times. / Q: ... / A: Of course."). Without a question label and
    such a person, nothing is an answer. ``texts``: the text's paragraphs.
    """
    cues = reader.cues
    paragraphs: list[tuple[int, str, re.Match[str]]] = []
    named: list[tuple[int, str, re.Match[str]]] = []  # "Morgan: ..." paragraphs, answers if Morgan is interviewed
    pos = 0
    for para in texts:
        start = pos + len(para) - len(para.lstrip())
        pos += len(para) + 2
        m = _INTERVIEW_LABEL.match(para.strip())
        if m is not None and m.group("label").lower() in cues.question_labels | cues.answer_labels:
            paragraphs.append((start, para.strip(), m))
        elif (n := _NAME_LABEL.match(para.strip())) is not None:
            named.append((start, para.strip(), n))
    questions = [start for start, _, m in paragraphs if m.group("label").lower() in cues.question_labels]
    if not questions:
        return []
    interviewee = _interviewee(reader, questions[0])
    answers: list[tuple[int, str, re.Match[str], Actor]] = []
    if interviewee is not None:
        names = {interviewee.name, interviewee.name.split()[-1]}
        answers += [
            (st, line, m, interviewee) for st, line, m in paragraphs if m.group("label").lower() in cues.answer_labels
        ]
        answers += [(st, line, m, interviewee) for st, line, m in named if m.group("label") in names]  # "Morgan: ..."
    for st, line, m in named:
        # "Spokesperson Lin: ...": a titled label naming a person of the text, answering at a briefing
        if interviewee is None or m.group("label") not in names:
            titled = _titled_label(reader, m.group("label"))
            if titled is not None:
                answers.append((st, line, m, titled))
    out: list[Candidate] = []
    for start, line, m, speaker in sorted(answers, key=lambda a: a[0]):
        if start < questions[0]:
            continue
        span = trim(reader.text, start + m.start("content"), start + len(line), clause=False)
        mark = reader.doc.char_span(start + m.start("colon"), start + m.start("colon") + 1, alignment_mode="expand")
        content = reader.doc.char_span(span[0], span[1], alignment_mode="expand") if span else None
        if span is None or not mark or not content or len(reader.text[span[0] : span[1]].split()) < 2:
            continue
        out.append(
            Candidate(
                cue=mark[0],
                anchor=content[0],
                speaker_tok=None,
                group="report",
                rule=LABEL_RULE,
                content=span,
                direct=True,
                speaker=speaker,
                speaker_conf=0.6,
            )
        )
    return out


def _titled_label(reader: Reader, label: str) -> Actor | None:
    """The person a titled label names: "Spokesperson Lin" -> Lin Haoran, named elsewhere in the text.

    The label opens with title or role words ("Spokesperson", "Minister")
    and ends in a name whose last word is the surname of a person the text
    names in full; a label without a title ("Reporter", "Moderator") names
    nobody this way.
    """
    words = label.split()
    rest = list(dropwhile(lambda w: is_title(w) or w.lower() in reader.cues.roles, words))
    if not rest or len(rest) == len(words):
        return None
    surname = rest[-1]
    for ent in reader.doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == surname:
            resolved = reader.ctx.actor(ent.root)
            if resolved is not None and resolved[0].kind == ActorKind.PERSON:
                return resolved[0]
    return None


def _interviewee(reader: Reader, offset: int) -> Actor | None:
    """The person the headline names ("Q&A with Vice President Joe Biden"), else the last named before ``offset``."""
    best: tuple[bool, int, Actor] | None = None
    for ent in reader.doc.ents:
        if ent.label_ != "PERSON" or ent.start_char >= offset:
            continue
        headline = reader.ctx.in_headline(ent[0])
        if headline and not _named_in_body(reader, ent):
            continue  # "Q&A: Port Chief on Strikes": a person only to the recogniser
        resolved = reader.ctx.actor(ent.root)
        if resolved is None or resolved[0].kind != ActorKind.PERSON:
            continue
        key = (headline, -ent.start_char if headline else ent.start_char)  # the headline's first, the body's last
        if best is None or key > best[:2]:
            best = (*key, resolved[0])
    return best[2] if best is not None else None


def _headline_cue(reader: Reader, base: int, line: str) -> Candidate | None:
    """A headline whose speaker, named in the body, comes right before or after its cue.

    ``Mayor Vows to Reopen the Bridge``, ``Ruiz Calls for a Recount``,
    ``The Latest: Ruiz urges calm``, ``Fees Will Not Rise, Lindqvist Says``,
    ``Facing Critics, Ruiz Vows to Stay``.
    Headlines are parsed poorly (title case), so the cue is found by its
    word form and the speaker by position: one to five capitalised words
    between the start (or a colon) and the cue. A verb after a comma
    ("X Meets Y, Pledges to ...") has no speaker of its own and is skipped,
    and so is a verb in "-ed" ("Mayor Accused Of ...", "Plan Blasted By ..."):
    headlines report in the present, so it is a passive.
    """
    end = base + len(line.rstrip(" ."))
    tokens = reader.doc.char_span(base, end, alignment_mode="expand")
    if tokens is None:
        return None
    words = [t for t in tokens if not t.is_space]
    for k, tok in enumerate(words):
        group = headline_group(tok, words[k + 1] if k + 1 < len(words) else None)
        if group is None or k == 0 or tok.lower_.endswith("ed"):
            continue  # headlines speak in the present: "FDIC Accused Of ..." is a passive, not a cue
        names: list[Token] = []
        for prev in reversed(words[:k]):
            if prev.text in {":", ",", ";"} or not prev.text[:1].isupper():
                break
            names.insert(0, prev)
        if not names or len(names) > 5 or _named_in_body(reader, reader.doc[names[0].i : tok.i + 1]):
            continue  # "Harbour Post Story ...": a word of a name the body knows is no cue
        boundary = names[0].i - 1
        before = reader.doc[boundary] if boundary >= words[0].i else None
        if k == len(words) - 1 and before is not None and before.text == ",":
            # "Fees Will Not Rise, Lindqvist Says": what precedes the comma was said
            content: tuple[int, int] = (words[0].idx, before.idx)
        elif k < len(words) - 1 and (before is None or before.text in {":", ","}):
            nxt = words[k + 1]
            first = words[k + 2] if (lemma_of(tok), nxt.lower_) in reader.cues.phrasal and k + 2 < len(words) else nxt
            content = (first.idx, end)
            if first.lower_ in reader.cues.headline_adjunct_openers and not _says_after_adjunct(words, first):
                continue  # "Police appeal after pensioner robbed": when they appealed, no words
        else:
            continue
        if group == "commissive" and _pledged_sum(reader, content[0]):
            continue  # "EU pledges 50 million euros for Gaza": a gift promised (a donation), no words
        if _act_declared(reader, tok, content[0]):
            continue  # "Hospitals Declare Critical Incident After ...": an act, no words
        if _questions_someone(reader, tok, words[k + 1] if k + 1 < len(words) else None, content[0]):
            continue  # "Council grills police chief over thefts": who was questioned, no words
        if _greets_someone(reader, tok, content[0]):
            continue  # "Mayor welcomes trade delegation": people received, no words
        cand = label_candidate(
            reader, names[0].idx, names[-1].idx + len(names[-1]), tok.idx, content[0], content[1], headline=True
        )
        if cand is not None:
            cand.group, cand.cue = group, tok
            return cand
    return None


#: Tags of a finite verb: a clause said after a headline's adjunct ("says after talks deal *is* close").
_FINITE_TAGS = frozenset({"VBZ", "VBP", "MD"})


def _says_after_adjunct(words: list[Token], opener: Token) -> bool:
    """Whether a headline's words after an adjunct's opener still carry something said.

    "Ruiz says after talks *that* deal is close", "warns after summit*:*
    Europe must rearm", "pledges after floods *to rebuild* every home", "says
    after talks deal *is* close": a that-clause, a colon, a to-infinitive or
    a finite verb is content. "Police appeal after pensioner robbed" has
    none (a headline's bare participle is no finite verb).
    """
    rest = [w for w in words if w.i > opener.i]
    for k, w in enumerate(rest):
        nxt = rest[k + 1] if k + 1 < len(rest) else None
        if w.lower_ == "that" or w.text in {":", "\u2013", "\u2014"} or w.tag_ in _FINITE_TAGS:
            return True
        if w.lower_ == "to" and nxt is not None and nxt.tag_ == "VB":
            return True
        if w.lemma_.lower() in {"be", "have"} and w.tag_ != "VBN":
            return True
    return False


#: Words that open a reported question or clause after a verb of questioning ("question *whether* ...").
_CLAUSE_OPENERS = frozenset({"whether", "if", "that"})
#: Tags of the words that open an indirect question ("*why*", "*what*", "*which*").
_WH_TAGS = frozenset({"WDT", "WP", "WRB"})


def _questions_someone(reader: Reader, cue: Token, following: Token | None, start: int) -> bool:
    """A headline's verb of questioning (``questioning_verbs``) with no clause or quote after it.

    "Council grills police chief over thefts", "Senate quizzes minister on
    delays": its object is the person questioned, never what was said. A
    reported question or clause ("Senators question *whether* the plan can
    work") or a quote after the verb is content; a phrasal use of another
    sense ("presses for an inquiry") is left to its own group, and so is a
    headline whose second verb after a comma reports words ("grills harbour
    chief, demands inquiry").
    """
    forms = headline_forms(cue)
    if not set(forms) & reader.cues.questioning_verbs:
        return False
    if following is not None and any((form, following.lower_) in reader.cues.phrasal for form in forms):
        return False  # "Senate presses for inquiry": a demand
    first = reader.doc.char_span(start, start + 1, alignment_mode="expand")
    if first is None or not len(first):
        return False
    opener = first[0]
    if opener.is_quote or opener.lower_ in _CLAUSE_OPENERS or opener.tag_ in _WH_TAGS:
        return False
    # "Senate questions ferry deal, says costs were hidden": a cue after a comma reports words of its own
    line = [t for t in cue.sent if t.i > cue.i and "\n" not in t.text]
    return not any(
        line[k - 1].text == "," and headline_group(line[k], line[k + 1] if k + 1 < len(line) else None) is not None
        for k in range(1, len(line))
    )


def _greets_someone(reader: Reader, cue: Token, start: int) -> bool:
    """A headline's greeting verb (``greeting_verbs``) whose object names people received.

    "Mayor welcomes trade delegation", "Ruiz welcomes Berg to Lisbon": the
    object's words (up to a preposition or the end of the line) end in a
    person's name, a person noun or a group noun. "Ruiz welcomes ceasefire
    deal", "Ruiz welcomes Otero as police chief" (an endorsement) and a
    clause or quote after the verb report words.
    """
    if not set(headline_forms(cue)) & reader.cues.greeting_verbs:
        return False
    first = reader.doc.char_span(start, start + 1, alignment_mode="expand")
    if first is None or not len(first) or first[0].is_quote or first[0].lower_ in _CLAUSE_OPENERS:
        return False
    head = None
    for tok in reader.doc[first[0].i : cue.sent.end]:
        if tok.lower_ == "as":
            return False  # "Ruiz welcomes Otero as police chief": an endorsement
        if "\n" in tok.text or tok.pos_ == "ADP" or tok.is_punct:
            break
        head = tok
    return head is not None and received_people(head)


#: How many words after a headline's cue its declared act may come ("Declare *Major* Critical *Incident*").
_ACT_WORDS = 4


def _act_declared(reader: Reader, cue: Token, start: int) -> bool:
    """A headline's cue whose object, among its first words, is an act it performs (``acts_declared``)."""
    first = reader.doc.char_span(start, start + 1, alignment_mode="expand")
    if first is None or not len(first):
        return False
    lemma = lemma_of(cue)
    words = list(reader.doc[first[0].i : first[0].i + _ACT_WORDS])
    if any(t.pos_ in {"VERB", "AUX"} and t.tag_ != "VBG" for t in words):
        return False  # "Declares Emergency Is Over": a clause said
    acts = reader.cues.acts_declared
    for t in words:
        if (lemma, t.lemma_.lower()) not in acts and (lemma, t.lower_) not in acts:
            continue
        # the act heads the object, and nothing is predicated of it ("declare incident after ...", not
        # "declares Russia's war 'a genocide'", "declares famine warnings exaggerated")
        after = reader.doc[t.i + 1] if t.i + 1 < len(reader.doc) else None
        return after is None or after.pos_ in {"ADP", "SCONJ", "SPACE"} or after.text in {",", ";", ":", ".", "-"}
    return False


#: How many words a headline's sum may take ("50 million euros", "2,000 tonnes").
_SUM_WORDS = 4


def _pledged_sum(reader: Reader, start: int) -> bool:
    """A headline's promise that opens with money or a measure of goods ("pledges 50 million euros for ...")."""
    first = reader.doc.char_span(start, start + 1, alignment_mode="expand")
    if first is None or not len(first) or not (first[0].like_num or is_amount(first[0])):
        return False
    return any(is_amount(t) for t in reader.doc[first[0].i : first[0].i + _SUM_WORDS])  # "50 million euros"


def _subject_in_body(reader: Reader, name: str) -> bool:
    """The body makes the label the subject of a verb ("The G7 agreed ...", "Maroon 5 announced ...").

    The subject's own word, or the name it closes, is the label.
    """
    key = " ".join(name.lower().split())
    for t in reader.doc:
        if t.dep_ not in {"nsubj", "nsubjpass"} or reader.ctx.in_headline(t):
            continue
        ent = entity_of(t)
        named = " ".join(
            x.lower_ for x in (ent if ent is not None else t.doc[t.left_edge.i : t.i + 1]) if not x.is_stop
        )
        if key in {t.lower_, named}:
            return True
    return False


def _named_in_body(reader: Reader, names: SpacySpan) -> bool:
    """A headline label names a person or organisation the article's body names too."""
    return _body_entity(reader, names) is not None


def _is_role(reader: Reader, token: Token) -> bool:
    """A title or role word, with or without its period ("Sen.", "Gov.", "Mayor")."""
    word = token.lower_
    return word in reader.cues.roles or word.rstrip(".") in reader.cues.roles or f"{word}." in reader.cues.roles


def _body_entity(
    reader: Reader, names: SpacySpan, *, titles: bool = False, body_from: int = 0, label: bool = False
) -> SpacySpan | None:
    """The body's person or organisation entity that holds every word of a headline name.

    With ``titles``, titles and roles ("Senator Ruiz", "Mayor Becker") are
    not part of the name the body's entity holds ("Senator Ana Ruiz" is the
    entity "Ana Ruiz").

    A ``label`` before a colon must name the entity, not only what a preposition
    inside it governs: "Health: ..." is no label of "the Ministry of
    Health", nor "Japan: ..." of "the Embassy of Japan" (a topic or a
    place heads the headline; round 46).
    """
    words = {t.lower_ for t in names if not t.is_punct and not (titles and _is_role(reader, t))}
    if not words:
        return None
    from eventkit.doccache import doc_ents

    for ent in doc_ents(reader.doc):
        named = ent.label_ in {"PERSON", "ORG"} and not reader.ctx.in_headline(ent[0])
        if (
            named
            and ent.start_char >= body_from
            and words <= {t.lower_ for t in ent}
            and (not label or _heads(ent, words))
        ):
            return ent
    return None


def _heads(ent: SpacySpan, words: set[str]) -> bool:
    """``words`` name ``ent``: they hold its first, last or head word, before any preposition inside it.

    "Smith" names "John Smith" and "Oxfam" "Oxfam International"; "Health"
    names neither "the World Health Organization" (a word inside it) nor
    "the Ministry of Health", nor "Japan" "the Embassy of Japan" (what the
    preposition governs).
    """
    tokens = [t for t in ent if not t.is_punct and t.lower_ != "the"]
    if not tokens:
        return False
    head = list(takewhile(lambda t: t.pos_ != "ADP" or t.i == tokens[0].i, tokens))
    ends = {tokens[0], tokens[-1], ent.root}
    return any(t.lower_ in words for t in head) and any(t.lower_ in words for t in ends)


def label_candidate(
    reader: Reader,
    name_start: int,
    name_end: int,
    mark_at: int,
    start: int,
    end: int,
    *,
    headline: bool = False,
    quote: Quote | None = None,
    body_from: int = 0,
) -> Candidate | None:
    """A statement whose speaker is a bare name outside any clause.

    A headline's speaker must be a person or organisation the body names
    (after ``body_from``, when the title is not marked as a headline).
    """
    names = reader.doc.char_span(name_start, name_end, alignment_mode="expand")
    mark = reader.doc.char_span(mark_at, mark_at + 1, alignment_mode="expand")
    span = trim(reader.text, start, end, clause=False)
    if not names or not mark or span is None:
        return None
    span = (
        span[0] + (1 if reader.text[span[0]] == '"' else 0),
        span[1] - (1 if reader.text[span[1] - 1] == '"' else 0),
    )
    if span[1] - span[0] < 2 or len(reader.text[span[0] : span[1]].split()) < 2:
        return None
    root = names.root
    if _is_role(reader, root):
        # "Senator Ruiz Rips ...": title-case parses may head the name with its title
        root = next((t for t in reversed(names) if not _is_role(reader, t)), root)
    resolved = reader.ctx.actor(root)
    if headline:
        # a title before a headline cue's name ("Senator Ruiz Vows ...") is no part of the
        # name; a titled label before a colon is a section ("President X: ...")
        colon = reader.text[mark_at] == ":"
        body = _body_entity(reader, names, titles=not colon, body_from=body_from, label=colon)
        if body is None:
            return None  # "The Latest: ..." names nobody
        # the body's name, not the headline's parse ("Becker Vows" read as one name)
        root = body.root
        resolved = reader.ctx.actor(root) or resolved
    name = names.text.strip()
    if resolved is not None and name.isupper() and len(resolved[0].name.split()) < len(name.split()):
        resolved = None  # "NICK ROBINSON:" the recogniser cut the capitals to "NICK": the label is the name
    if resolved is not None and is_named(root):
        speaker = resolved[0]
        if speaker.kind in {ActorKind.PERSON, ActorKind.UNKNOWN} and len(name.split()) > 1 and speaker.name.isupper():
            speaker = speaker.model_copy(update={"name": speaker.name.title()})  # "WES STREETING:"
    elif any(c.isalpha() for c in name):
        kind = ActorKind.PERSON if root.ent_type_ in {"", "PERSON"} else ActorKind.ORGANIZATION
        speaker = Actor(name=name.title() if name.isupper() else name, kind=kind, mentions=[reader.ctx.span_of(names)])
    else:
        return None
    content_tokens = reader.doc.char_span(span[0], span[1], alignment_mode="expand")
    if content_tokens and all(t.ent_type_ in TIME_LABELS or t.is_punct or t.is_space for t in content_tokens):
        return None  # "Morning Briefing: Tuesday, March 4": a dated title, nothing said
    anchor = content_tokens[0] if content_tokens else mark[0]
    cand = Candidate(
        cue=mark[0],
        anchor=anchor,
        speaker_tok=None,
        group="report",
        rule=LABEL_RULE,
        content=span,
        direct=quote is not None or not headline,
        quote=quote,
        speaker=speaker,
        speaker_conf=0.6,
    )
    for q in reader.quotes:
        if q.start < span[1] and q.end > span[0]:
            reader.claimed.add(q.start)  # the label's quote marks are its own
    return cand
