"""Statements: who said what, directly or reported, and who relayed it.

The extractor reads attribution from the dependency parse and the quote
structure of the cleaned text (where every curly quote is a straight ``"``):

1. **Quotes.** Double quotes are paired inside each paragraph; a quote left
   open at a paragraph's end continues into the next paragraph when that
   one opens with a mark (or, written loosely, closes it). Unbalanced
   quotes never raise.
2. **Cue verbs** (``resources/lexicons/speech_cues.en.yaml``; verbs of
   communication only, checked against ``speech_verbs.en.txt`` derived from
   VerbNet): for each cue outside a quote, the headline and photo captions,
   the speaker is its subject (or, for "..., saying" and "and added", the
   subject of the verb it hangs from); the content is, in order of
   preference, a quote linked to the cue by the parse or by adjacency
   (``"...," said X`` / ``X said: "..."``), its that-clause, or (by verb
   group) its object or to-infinitive. Indirect questions and bare objects
   ("rejected the request") report no words.
3. **Relays.** "Xinhua cited Xi as saying": Xi speaks, Xinhua reports. A cue
   whose content is another attribution ("X told Y that ..., state media
   reported"), or a cue with no content of its own hanging from another cue
   ("X pointed out ..., state media said"), gives its subject to
   ``reported_by`` of the inner statement. "according to X" / "as per X" do
   the same when the clause already has a speaker, and are the speaker
   otherwise.
4. **Noun cues.** "In a statement, the ministry condemned ...": a verb
   outside the lexicon becomes a cue when a statement noun modifies it.
5. **Labels and posts.** Speaker labels, dash bylines, "Name: ..." headlines
   and embedded social-media posts ("... -- Name (@handle) date").
6. **Speakers.** "he"/"she" resolve along the chain of speakers with gender
   agreement; coordinated speakers speak together.
7. **Continuations.** A quote paragraph continuing a direct quote joins its
   statement; one right after reported speech is the speaker's own statement.

Speakers that are a bare common noun ("the report", "officials") are not
named and are skipped. A headline statement repeating a body statement of
the same speaker is dropped.

The package follows the flow of the rules, one module per idea:

* ``cues``: the speech-cue lexicon and the cue words of a parse;
* ``syntax``: dependency-parse helpers (subjects, subtrees, names);
* ``quotes``: pairing quote marks and linking a quote to its cue;
* ``reader``: the reading state of a document and the attribution candidate;
* ``candidates``: candidates from cue verbs; ``frames``: their content;
* ``according``: "according to X" and "X's claim that";
* ``labels``: speaker labels, dash bylines and headline cues; ``posts``: embedded posts;
* ``antecedents``: who "he" and "she" are, along the chain of speakers;
* ``speakers``: speaker resolution, relays and coordinated speakers;
* ``continuations``: unattributed quotes that continue a statement;
* ``features``: calibration features and confidence;
* ``extractor``: :func:`extract_statements`, which runs them in order.
"""

from eventkit.extractors.statement.extractor import extract_statements
from eventkit.extractors.statement.features import CALIBRATION_FEATURES, FRAMES
from eventkit.extractors.statement.quotes import MIN_QUOTE_WORDS, Quote, find_quotes

__all__ = ["CALIBRATION_FEATURES", "FRAMES", "MIN_QUOTE_WORDS", "Quote", "extract_statements", "find_quotes"]
