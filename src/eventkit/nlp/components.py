"""spaCy components that eventkit adds to the pipeline.

* ``eventkit_paragraphs`` starts a sentence after every blank line.
* ``eventkit`` runs eventkit's extractors over each parsed Doc and stores the
  events as JSON-shaped records in ``doc._.event_records``.

Both factories are registered when this module is imported and, through the
``spacy_factories`` entry points in ``pyproject.toml``, whenever
``spacy.load`` meets them in a saved pipeline's config.

Doc extensions (all values JSON-shaped, so Docs survive ``Doc.to_bytes`` and
``nlp.pipe(n_process=2)``):

* ``doc._.event_records``: ``list[dict]`` written by the component;
* ``doc._.events``: getter, the records validated into event models;
* ``doc._.published``: ISO publication date, read by the component;
* ``doc._.raw_text``: the raw article when ``doc.text`` is its cleaned form;
* ``doc._.doc_id``: a document id, copied to ``Event.sources``;
* ``doc._.event_error``: the error message when extraction failed;
* ``doc._.event_warnings``: ``list[dict]``, the document's coded warnings.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.tokens import Doc

from eventkit.nlp.abbreviations import add_title_abbreviations, title_abbreviations
from eventkit.normalize.places import resolve_place

if TYPE_CHECKING:
    from eventkit.pipeline import Prepared

__all__ = ["EXTENSIONS", "EventkitComponent", "make_eventkit", "records_only", "set_paragraph_boundaries"]

logger = logging.getLogger("eventkit")

#: The Doc extensions eventkit declares, with their defaults (``events`` is a getter).
EXTENSIONS: tuple[str, ...] = ("event_records", "published", "raw_text", "doc_id", "event_error", "event_warnings")


@Language.component("eventkit_paragraphs")
def set_paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every blank line, so no sentence spans two paragraphs.

    Also after a link followed by a capitalised word ("... pic.twitter.com/x1
    A spokeswoman said"): on pages whose embeds were flattened into the text,
    a link ends what came before it. And never after an ordinal that a
    determiner opens ("she felt the 13th Amendment was ...": the small
    parser otherwise ends a sentence at "13th"), nor after an abbreviation
    with its full stop before a word in lower case ("at 3:14 a.m. local
    time") or an abbreviated title before a name ("Capt. Jeff Davis":
    ``lexicons/abbreviations.en.txt``; also a rank note in brackets, "Gen.
    (Ret.) Bambang Sutrisno"), nor at a word in lower case right
    after a word (the small parser may end a paragraph's first sentence
    after its first name: "Norway | and Denmark said ..."). A capital letter
    with its full stop after "on" or "via" ("said on X. Its ...") is no
    initial: a sentence ends there. A quotation that
    opens after a word with its full stop ('posted on X. "I know ...') starts
    a sentence. A question or exclamation that closes a quotation inside a
    sentence ('chants of "Out!" at the rally', '"Why now?" she asked') ends no
    sentence when a word in lower case or a comma follows the closing mark.
    Runs before the parser, which keeps the boundaries it is given.
    """
    for token in doc[:-1]:
        paragraph_end = token.is_space and "\n" in token.text
        link_end = token.like_url and "/" in token.text and doc[token.i + 1].is_title
        if paragraph_end or link_end:
            doc[token.i + 1].is_sent_start = True
            colon = _label_colon(doc, token.i + 1) if paragraph_end else None
            if colon is not None:
                doc[colon + 1].is_sent_start = True  # "Red Sea: On Saturday, a drone struck ...": a roundup's label
        elif token.text[:1].isdigit() and _after_determiner_ordinal(doc, token.i):
            doc[token.i + 1].is_sent_start = False
        elif _quoted_exclamation(doc, token.i):
            doc[token.i + 1].is_sent_start = False
            doc[token.i + 2].is_sent_start = False  # 'chants of "Out!" at the rally': the sentence goes on
        elif _abbreviation_before_quote(doc, token.i):
            doc[token.i + 1].is_sent_start = True  # 'posted on X. "I know ...': a quotation opens a sentence
            doc[token.i + 2].is_sent_start = False
        elif _letter_after_platform_preposition(doc, token.i):
            doc[token.i + 1].is_sent_start = True  # "the group said on X. Its secretary ...": no initial
        elif token.text.endswith(".") and token.text[:1].isalnum() and doc[token.i + 1].text[:1].islower():
            doc[token.i + 1].is_sent_start = False  # "struck at 3:14 a.m. local time": an abbreviation
        elif token.text in title_abbreviations() and doc[token.i + 1].is_title:
            doc[token.i + 1].is_sent_start = False  # "said Navy Capt. Jeff Davis": a title before a name
        elif token.text in title_abbreviations() and _rank_note_before_name(doc, token.i):
            doc[token.i + 1].is_sent_start = False  # "H.E. Gen. (Ret.) Bambang Sutrisno": a rank note in brackets
            doc[token.i + 2].is_sent_start = False
        elif token.text in title_abbreviations() and _rank_note_after_name(doc, token.i):
            doc[token.i + 2].is_sent_start = True  # "written by Col. James Wood (Ret.) Wood said": the note ends it
        elif token.text[-1:].isalnum() and doc[token.i + 1].is_alpha and doc[token.i + 1].is_lower:
            doc[token.i + 1].is_sent_start = False  # "Norway and Denmark said": a word in lower case after a word
    return doc


def _rank_note_after_name(doc: Doc, i: int) -> bool:
    """A rank note in brackets at ``i`` behind a name, a capitalised word after it: "James Wood (*Ret.*) Wood said".

    The tokenizer keeps "Ret." whole, and the parser then runs the next
    sentence on; behind a name (no title before the bracket) the note closes
    the name and its sentence.
    """
    return (
        i >= 2
        and i + 2 < len(doc)
        and doc[i - 1].text == "("
        and doc[i - 2].text not in title_abbreviations()
        and doc[i - 2].is_title
        and doc[i + 1].text == ")"
        and doc[i + 2].is_title
    )


def _rank_note_before_name(doc: Doc, i: int) -> bool:
    """A rank note in brackets at ``i`` between a title and a name: "Gen. (*Ret.*) Bambang Sutrisno".

    Only after an abbreviated title: behind a name the bracket may close its
    sentence ("written by Col. James Wood (Ret.) Wood said ...").
    """
    return (
        i >= 2
        and i + 2 < len(doc)
        and doc[i - 1].text == "("
        and doc[i - 2].text in title_abbreviations()
        and doc[i + 1].text == ")"
        and doc[i + 2].is_title
    )


def _label_colon(doc: Doc, start: int) -> int | None:
    """The colon closing a place label that opens a body paragraph ("Democratic Republic of Congo:").

    A roundup's paragraphs open with the place they are about; the small
    parser otherwise hangs the whole sentence after it on the label. One to
    six proper nouns (with "of", "and", "the" between them) that name a
    known place, the colon, then a capitalised word. None when the
    paragraph opens otherwise.
    """
    for i in range(start, min(start + _MAX_LABEL + 1, len(doc) - 1)):
        token = doc[i]
        if token.text == ":":
            following = doc[i + 1]
            if i == start or not following.text[:1].isupper() or following.is_space:
                return None
            # a place files the item ("Red Sea:"); a person's name ("Ana Ruiz: Housing ...") labels
            # what the person said or proposes, and is left to the parser
            return i if resolve_place(doc[start:i].text) is not None else None
        proper = token.tag_ in {"NNP", "NNPS"} and token.text[:1].isupper()
        if not proper and not (i > start and token.lower_ in _LABEL_JOINERS):
            return None
    return None


#: Proper nouns a paragraph's opening label may have.
_MAX_LABEL = 6
#: Words between the proper nouns of a label ("Republic *of* Congo", "Trinidad *and* Tobago").
_LABEL_JOINERS = frozenset({"of", "and", "the"})


def _quoted_exclamation(doc: Doc, i: int) -> bool:
    """A "?" or "!" right before a closing quotation mark, then a word in lower case or a comma."""
    if doc[i].text not in {"?", "!"} or i + 2 >= len(doc):
        return False
    mark, word = doc[i + 1], doc[i + 2]
    closing = mark.text in _CLOSING_MARKS and mark.idx == doc[i].idx + len(doc[i].text)
    return closing and (word.is_lower or word.text in {",", ";"})


#: Prepositions before a platform a statement was posted on ("said on X.", "via X.").
_PLATFORM_PREPS = frozenset({"on", "via"})
#: Letters that abbreviate a compass point in a street's name ("on E. Main Street").
_COMPASS = frozenset("NSEW")


def _letter_after_platform_preposition(doc: Doc, i: int) -> bool:
    """A capital letter with its full stop after "on" or "via", before a capitalised word: a sentence ends.

    "said on X. Secretary General ...": the tokenizer keeps "X." whole as it
    would an initial, and the parser runs the sentences together. An initial
    opens a name after other words ("said C. Stewart Smith", "with J.
    Christopher Stevens"), and a compass letter a street ("on E. Main Street").
    """
    token = doc[i]
    if len(token.text) != 2 or not token.text[0].isupper() or token.text[1] != "." or i == 0 or i + 1 >= len(doc):
        return False
    before, after = doc[i - 1], doc[i + 1]
    return before.lower_ in _PLATFORM_PREPS and token.text[0] not in _COMPASS and after.is_title and not after.is_punct


def _abbreviation_before_quote(doc: Doc, i: int) -> bool:
    """A word with its full stop ("X.", "U.S.") before an opening quotation mark and a capital: a sentence ends."""
    token = doc[i]
    if len(token.text) < 2 or not token.text.endswith(".") or not token.text[:1].isalnum() or i + 2 >= len(doc):
        return False
    if len(token.text) == 2 and i > 0 and doc[i - 1].is_title:
        return False  # 'John F. "Jack" Kennedy': a middle initial before a nickname
    mark, word = doc[i + 1], doc[i + 2]
    return mark.text in _OPENING_MARKS and word.text[:1].isupper() and word.idx == mark.idx + len(mark.text)


#: Marks that open a quotation.
_OPENING_MARKS = frozenset({'"', "\u201c"})
#: Marks that close a quotation.
_CLOSING_MARKS = frozenset({'"', "\u201d"})


def _after_determiner_ordinal(doc: Doc, i: int) -> bool:
    """Token ``i`` is an ordinal in digits that a determiner opens ("the 13th")."""
    return i > 0 and _ORDINAL.match(doc[i].text) is not None and doc[i - 1].lower_ in _DETERMINERS


#: An ordinal in digits: "13th", "21st", "2nd".
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)$", re.IGNORECASE)
#: Determiners before an ordinal that make it part of a noun phrase.
_DETERMINERS = frozenset({"the", "a", "its", "his", "her", "their", "our", "this", "that"})


def _register_extensions() -> None:
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Doc.has_extension("events"):
        Doc.set_extension("events", getter=_events_getter)


def _events_getter(doc: Doc) -> list[Any]:
    """Validate ``doc._.event_records`` into event models, grounded in the raw text."""
    from eventkit.models import parse_event

    raw = doc._.raw_text if doc._.raw_text is not None else doc.text
    return [parse_event(record, raw_text=raw) for record in doc._.event_records or []]


# Registered on import, so that unpickled components (spawned worker processes)
# and Docs read back with ``Doc.from_bytes`` see the extensions too.
_register_extensions()


class EventkitComponent:
    """The ``eventkit`` pipeline component: ``nlp.add_pipe("eventkit")``.

    Two ways to feed it:

    * **Raw text** (``nlp(article)``): the component prepares the text exactly
      as :meth:`eventkit.Extractor.extract` does: it inspects and cleans it
      (bylines and boilerplate dropped, markup rewritten) and, when the
      cleaned text differs from ``doc.text`` (or the pipeline has no
      ``eventkit_paragraphs`` and a sentence crosses a line break), parses the
      cleaned text with the components before it, so the events are those of
      :func:`eventkit.extract`. Offsets refer to ``doc.text``, the raw text.
      The publication date is ``doc._.published`` (ISO string), else the
      ``published`` config, else detected from the article's byline or
      dateline.
    * **Cleaned text** (what :meth:`eventkit.Extractor.pipe` sends to worker
      processes): ``doc = nlp.make_doc(clean(raw).text)`` with
      ``doc._.raw_text = raw``. The component recomputes ``clean(raw)``, checks
      that it equals ``doc.text`` and grounds every offset in the *raw* text.
      ``doc._.doc_id`` goes to ``Event.sources``.

    Warnings about the document (:attr:`eventkit.Extraction.warnings`) are
    stored as JSON dicts in ``doc._.event_warnings``. A document that fails is
    logged, gets ``doc._.event_records == []`` and the message in
    ``doc._.event_error``; it never stops the pipeline.

    Args:
        nlp: The pipeline (it needs a parser and NER before this component).
        name: The component name.
        published: Default publication date (ISO string) or None.
        types: Event types to extract; empty means every registered type.
        min_confidence: Drop events below this confidence.
        lexicons: Lexicon name -> file path of user lexicons that extend the packaged ones.
    """

    def __init__(
        self,
        nlp: Language,
        name: str,
        published: str | None,
        types: list[str],
        min_confidence: float,
        lexicons: dict[str, str] | None = None,
    ) -> None:
        from eventkit.lexicons import Resources
        from eventkit.nlp.lemmas import add_lemma_corrections
        from eventkit.nlp.names import add_phrase_names
        from eventkit.nlp.tags import add_tag_repairs, add_verb_tags
        from eventkit.pipeline import Options
        from eventkit.text.published import coerce_published

        add_lemma_corrections(nlp)  # "staged a strike": the verb lemmas the small model gets wrong
        add_tag_repairs(nlp)  # "WHO said": an acronym spelt as a pronoun is a name
        add_verb_tags(nlp)  # "Xi greets Lula": a verb read as a noun in a caption
        add_phrase_names(nlp)  # "Save the Children said": a name the model parses as a clause
        add_title_abbreviations(nlp)  # "said Navy Capt. Jeff Davis": "Capt." one token
        self.nlp = nlp
        self.name = name
        self.published = coerce_published(published)
        self.options = Options.create(types or None, min_confidence, Resources(lexicons) if lexicons else None)

    def __call__(self, doc: Doc) -> Doc:
        """Extract the events of one Doc into ``doc._.event_records``."""
        from eventkit.pipeline import document_warnings, extract_events
        from eventkit.text.chunks import piece_limit

        try:
            prepared, parsed = self._prepared(doc)
            events = (
                extract_events(parsed, prepared.clean, prepared.published, self.options, source=doc._.doc_id)
                if parsed is not None
                else []
            )
            doc._.event_records = [e.model_dump(mode="json") for e in events]
            warnings = document_warnings(prepared, parsed, piece_limit(self.nlp))
            doc._.event_warnings = [w.model_dump(mode="json") for w in warnings]
            doc._.event_error = None
        except Exception as err:  # a bad document never stops the pipeline
            logger.exception("eventkit: the eventkit component failed on document %s", doc._.doc_id)
            doc._.event_records = []
            doc._.event_error = f"{type(err).__name__}: {err}"
        return doc

    def _prepared(self, doc: Doc) -> tuple[Prepared, Doc | None]:
        """The prepared document and the parsed Doc of its cleaned text (None when it is not readable)."""
        from eventkit.pipeline import prepare
        from eventkit.text.chunks import piece_limit
        from eventkit.text.published import coerce_published

        given = coerce_published(doc._.published)
        if doc._.raw_text is not None:
            prepared = prepare(doc._.raw_text, given, self.options.resources)
            if prepared.readable and prepared.clean.text != doc.text:
                raise ValueError("doc.text is not clean(doc._.raw_text): make the Doc from the cleaned text")
            return prepared, doc if prepared.readable else None
        prepared = prepare(doc.text, given if given is not None else self.published, self.options.resources)
        if not prepared.readable:
            return prepared, None
        if prepared.clean.text == doc.text and self._paragraphs_kept(doc) and len(doc.text) <= piece_limit(self.nlp):
            return prepared, doc
        return prepared, self._parse(prepared.clean.text)

    def _paragraphs_kept(self, doc: Doc) -> bool:
        """True when every line break of ``doc`` starts a sentence (as ``eventkit_paragraphs`` makes it)."""
        if "eventkit_paragraphs" in self.nlp.pipe_names or not doc.has_annotation("SENT_START"):
            return True
        return all(not (t.is_space and "\n" in t.text) or doc[t.i + 1].is_sent_start for t in doc[:-1])

    def _parse(self, text: str) -> Doc:
        """Parse ``text`` with the components before this one, in pieces as :func:`eventkit.pipeline.parse` does."""
        from eventkit.text.chunks import piece_limit, split_for_nlp

        limit = piece_limit(self.nlp)
        if len(text) <= limit:
            return self._parse_piece(text)
        pieces = [self._parse_piece(text[start:end]) for start, end in split_for_nlp(text, limit)]
        return Doc.from_docs(pieces, ensure_whitespace=False)

    def _parse_piece(self, text: str) -> Doc:
        """Parse ``text`` with the components before this one, in the order ``load_pipeline`` runs them."""
        doc = self.nlp.make_doc(text)
        paragraphs = "eventkit_paragraphs" not in self.nlp.pipe_names
        if paragraphs and "parser" not in self.nlp.pipe_names:
            doc, paragraphs = set_paragraph_boundaries(doc), False
        for name, proc in self.nlp.pipeline:
            if name == self.name:
                break
            if paragraphs and name == "parser":
                doc, paragraphs = set_paragraph_boundaries(doc), False
            doc = proc(doc)
        return doc


@Language.factory(
    "eventkit",
    default_config={"published": None, "types": [], "min_confidence": 0.0, "lexicons": {}},
    requires=["doc.ents", "token.dep", "token.lemma"],
    assigns=["doc._.event_records", "doc._.event_error"],
)
def make_eventkit(
    nlp: Language, name: str, published: str | None, types: list[str], min_confidence: float, lexicons: dict[str, str]
) -> EventkitComponent:
    """Create the ``eventkit`` component (see :class:`EventkitComponent`).

    Args:
        nlp: The pipeline.
        name: The component name.
        published: Default publication date (ISO string) or None.
        types: Event types to extract; empty means all four.
        min_confidence: Drop events below this confidence.
        lexicons: Lexicon name -> file path of user lexicons that extend the packaged ones.

    Returns:
        The component.
    """
    return EventkitComponent(nlp, name, published, types, min_confidence, lexicons)


@Language.component("eventkit_records_only")
def records_only(doc: Doc) -> Doc:
    """Replace a Doc by an empty one that keeps only eventkit's extension values.

    The last component of :meth:`eventkit.Extractor.pipe` runs with
    ``n_process > 1``: worker processes then send back a few hundred bytes
    of event records per article instead of the whole parsed Doc, which the
    main process would only deserialize to throw away.
    """
    out = Doc(doc.vocab, words=[])
    for name in EXTENSIONS:
        out._.set(name, doc._.get(name))
    return out
