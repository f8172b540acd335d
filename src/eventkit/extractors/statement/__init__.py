"""Statements: who said what, directly or reported, and who relayed it.

The extractor reads attribution from the dependency parse and the quote
structure of the cleaned text (where every curly quote is a straight ``"``):

1. **Quotes.** Double quotes are paired inside each paragraph; an opening
   quote left unclosed runs to the end of its paragraph (the convention for
   quotes that continue in the next paragraph). Unbalanced quotes never raise.
2. **Cue verbs** (``resources/lexicons/speech_cues.en.yaml``): for each cue
   outside a quote, the speaker is its subject (or, for "..., saying" and
   "and added", the subject of the verb it hangs from); the content is, in
   order of preference, a quote linked to the cue by the parse or by
   adjacency (``"...," said X`` / ``X said: "..."``), its that-clause, or
   (by verb group) its object or to-infinitive.
3. **Relays.** "Xinhua cited Xi as saying": Xi speaks, Xinhua reports. A cue
   whose content is another attribution ("X told Y that ..., state media
   reported"), or a cue with no content of its own hanging from another cue
   ("X pointed out ..., state media said"), gives its subject to
   ``reported_by`` of the inner statement. "according to X" / "as per X" do
   the same when the clause already has a speaker, and are the speaker
   otherwise.
4. **Noun cues.** "In a statement, the ministry condemned ...": a verb
   outside the lexicon becomes a cue when a statement noun modifies it.
5. **Unattributed quotes** of four words or more continue the last speaker:
   a quote paragraph standing alone starts a new statement; a quote right
   after a direct quote of the same paragraph extends it.

Speakers that are a bare common noun ("the report", "officials") are not
named and are skipped. No statement is read from the headline.

The package follows the flow of the rules, one module per idea:

* ``cues``: the speech-cue lexicon and the cue words of a parse;
* ``syntax``: dependency-parse helpers (subjects, subtrees, names);
* ``quotes``: pairing quote marks and linking a quote to its cue;
* ``reader``: the reading state of a document and the attribution candidate;
* ``candidates``: candidates from cue verbs; ``frames``: their content;
* ``according``: "according to X" and "X's claim that";
* ``labels``: speaker labels, dash bylines and headline cues;
* ``speakers``: speaker resolution, relays and the pronoun chain;
* ``continuations``: unattributed quotes that continue a statement;
* ``features``: calibration features and confidence;
* ``extractor``: :func:`extract_statements`, which runs them in order.
"""

from eventkit.extractors.statement.extractor import extract_statements
from eventkit.extractors.statement.features import CALIBRATION_FEATURES, FRAMES
from eventkit.extractors.statement.quotes import MIN_QUOTE_WORDS, Quote, find_quotes

__all__ = ["CALIBRATION_FEATURES", "FRAMES", "MIN_QUOTE_WORDS", "Quote", "extract_statements", "find_quotes"]
