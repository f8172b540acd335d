"""Statement cues and layouts: signed pull-quote lists, titled headline speakers, "As X noted, ...",
"X issued a statement saying ...", and the cue statistics script.

The sentences are written for these tests (no corpus text). They run through
the real pipeline via the session ``extractor`` fixture.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pytest
import spacy
from spacy.tokens import Doc

from eventkit.extractors.statement.syntax import subject_of

if TYPE_CHECKING:
    from eventkit.api import Extractor

PUBLISHED = "2024-03-15"
HEADLINE = "Harbour town weighs its options\n\n"
BODY = "Mayor Erik Lindqvist and Senator Ana Ruiz met in Vestby on Monday. Erik Lindqvist said the port needs work.\n"


def _pairs(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    return [(s.speaker.name, s.content) for s in extractor.extract(text, published=PUBLISHED).statements]


def _has(pairs: list[tuple[str, str]], speaker: str, content: str) -> bool:
    return any(speaker in name and content in said for name, said in pairs)


# ------------------------------------------------------------ signed pull-quote lists


def test_pull_quotes_signed_inside_one_paragraph(extractor: Extractor) -> None:
    # a list of pull quotes, one per line: the cleaner joins the lines into one paragraph
    text = HEADLINE + (
        "\u201cThe ferry is always late and nobody at the council cares.\u201d \u2015 Marta Solberg\n"
        "\u201cI have fished here for forty years and never seen prices like this.\u201d\u2015 Jonas A. Berg \n"
        "\u201cWe need a harbour master who answers to the town.\u201d -- Lena Dahl.\n\n"
        "Photo/Agency."
    )
    pairs = _pairs(extractor, text)
    assert _has(pairs, "Marta Solberg", "The ferry is always late")
    assert _has(pairs, "Jonas A. Berg", "I have fished here for forty years")
    assert _has(pairs, "Lena Dahl", "We need a harbour master")


def test_a_nested_quote_mark_is_no_signed_list(extractor: Extractor) -> None:
    # the inner quote splits the outer one: its second half is not signed on its own
    text = HEADLINE + (
        "\u201cI would rather live in what he calls \u201chell\u201d than in a town without a harbour.\u201d"
        " \u2015 Marta Solberg\n\nThe council meets again in May."
    )
    pairs = _pairs(extractor, text)
    assert not any(said.startswith("than in a town") for _, said in pairs)


def test_a_dash_between_quotes_needs_a_name(extractor: Extractor) -> None:
    text = HEADLINE + (
        "The posters read \u201cno more fees for the boats\u201d \u2014 and then "
        "\u201cthe harbour belongs to us all\u201d."
    )
    assert not any(said.startswith("no more fees") for _, said in _pairs(extractor, text))


# ------------------------------------------------------------ headline speakers with a title


@pytest.mark.parametrize(
    ("headline", "speaker", "content"),
    [
        ("Senator Ruiz Rips Harbour Plan As A 'Fraud'", "Ana Ruiz", "Harbour Plan As A"),
        ("Gov. Lindqvist Vows to Veto Fee Bill", "Erik Lindqvist", "to Veto Fee Bill"),
        ("Lindqvist Vows to Veto Fee Bill", "Erik Lindqvist", "to Veto Fee Bill"),
        ("Ferry Will Run All Winter, Mayor Lindqvist Says", "Erik Lindqvist", "Ferry Will Run All Winter"),
    ],
)
def test_headline_cue_speaker_with_a_title(extractor: Extractor, headline: str, speaker: str, content: str) -> None:
    pairs = _pairs(extractor, f"{headline}\n\n{BODY}")
    assert _has(pairs, speaker, content)
    assert not any("Vows" in name or "Rips" in name for name, _ in pairs)


def test_titled_colon_label_is_a_section_not_a_speaker(extractor: Extractor) -> None:
    text = "Mayor Erik Lindqvist: Singer Plays Concert on the Harbour Pier\n\n" + BODY
    assert not any(said.startswith("Singer Plays Concert") for _, said in _pairs(extractor, text))


def test_headline_passive_is_no_cue(extractor: Extractor) -> None:
    text = "Lindqvist Accused Of Hiding Harbour Costs From Voters\n\n" + BODY
    assert not any(said.startswith("Of Hiding") or said.startswith("Hiding") for _, said in _pairs(extractor, text))


def test_headline_cue_without_a_named_speaker(extractor: Extractor) -> None:
    text = "Fishermen Rip Harbour Plan As A 'Fraud'\n\n" + BODY
    assert not any(said.startswith("Harbour Plan") for _, said in _pairs(extractor, text))


# ------------------------------------------------------------ "As X noted, ..."


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        (
            "As Mayor Erik Lindqvist pointed out, the town cannot afford a second pier.",
            "Erik Lindqvist",
            "the town cannot afford a second pier",
        ),
        (
            "As Ana Ruiz noted on Monday, the ferry will stop running in March.",
            "Ana Ruiz",
            "the ferry will stop running in March",
        ),
        (
            "The harbour will be dredged before the summer, as Lindqvist told reporters.",
            "Lindqvist",
            "The harbour will be dredged before the summer",
        ),
    ],
)
def test_as_clause_reports_its_host(extractor: Extractor, sentence: str, speaker: str, content: str) -> None:
    assert _has(_pairs(extractor, HEADLINE + sentence), speaker, content)


def test_as_clause_read_as_a_phrase_keeps_its_own_speaker(extractor: Extractor) -> None:
    """The parse may read "As the mayor" as a phrase of "said": the host's subject did not say it."""
    text = HEADLINE + (
        "The ferry runs at a loss.\n\n"
        "As the mayor, Dana Whitlock, said on Monday, the city cannot borrow its way out of trouble."
    )
    pairs = _pairs(extractor, text)
    assert _has(pairs, "Dana Whitlock", "the city cannot borrow its way out of trouble")
    assert not any(name == "city" for name, _ in pairs)


def _parsed(
    words: list[str], heads: list[int], deps: list[str], tags: list[str], lemmas: list[str] | None = None
) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas)


def test_a_subordinate_clause_never_takes_its_hosts_subject() -> None:
    """A finite "as" clause without a subject: the object of a misread "as" phrase said it, not the host's subject."""
    # "As the mayor said, the city will borrow.": "as the mayor" read as a phrase of "said"
    doc = _parsed(
        ["As", "the", "mayor", "said", ",", "the", "city", "will", "borrow", "."],
        [3, 2, 0, 8, 8, 6, 8, 8, 8, 8],
        ["prep", "det", "pobj", "advcl", "punct", "det", "nsubj", "aux", "ROOT", "punct"],
        ["IN", "DT", "NN", "VBD", ",", "DT", "NN", "MD", "VB", "."],
    )
    assert subject_of(doc[3]) == doc[2]
    # "Criticism grew as Ruiz, his sister, attacked him.": "as Ruiz" hung from the host, right before the verb
    doc = _parsed(
        ["Criticism", "grew", "as", "Ruiz", ",", "his", "sister", ",", "attacked", "him", "."],
        [1, 1, 1, 2, 3, 6, 3, 3, 1, 8, 1],
        ["nsubj", "ROOT", "prep", "pobj", "punct", "poss", "appos", "punct", "advcl", "dobj", "punct"],
        ["NN", "VBD", "IN", "NNP", ",", "PRP$", "NN", ",", "VBD", "PRP", "."],
    )
    assert subject_of(doc[8]) == doc[3]
    # "Criticism grew when attacked him.": no subject of its own, and the host's is not it
    doc = _parsed(
        ["Criticism", "grew", "when", "attacked", "him", "."],
        [1, 1, 3, 1, 3, 1],
        ["nsubj", "ROOT", "advmod", "advcl", "dobj", "punct"],
        ["NN", "VBD", "WRB", "VBD", "PRP", "."],
    )
    assert subject_of(doc[3]) is None


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        (
            "As Mayor Erik Lindqvist put it, the town cannot live without its ferry.",
            "Erik Lindqvist",
            "the town cannot live",
        ),
        (
            "As Ana Ruiz put it in a letter to the council, the pier is the heart of the town.",
            "Ana Ruiz",
            "the pier is the heart",
        ),
    ],
)
def test_as_x_put_it(extractor: Extractor, sentence: str, speaker: str, content: str) -> None:
    pairs = _pairs(extractor, HEADLINE + sentence)
    assert _has(pairs, speaker, content)
    assert not any(said.startswith("it ") for _, said in pairs)


def test_as_x_put_it_with_quotes(extractor: Extractor) -> None:
    text = HEADLINE + (
        'The mayor spoke on Monday. As Lindqvist put it, "We are all in the same boat now."\n\n'
        "Critics call him slow. His long career has not kept him from being seen, as the Vestby Post put it"
        ' in a long report, "the operator."'
    )
    pairs = _pairs(extractor, text)
    assert ("Lindqvist", "We are all in the same boat now.") in [(n.split()[-1], c) for n, c in pairs]
    assert not any("long career" in said for _, said in pairs)


@pytest.mark.parametrize(
    "sentence",
    [
        'Lindqvist put it this way: "We are spending money we simply do not have."',
        'The mayor, Erik Lindqvist, put it bluntly on Monday: "We are spending money we simply do not have."',
    ],
)
def test_put_it_before_a_colon_and_a_quotation(extractor: Extractor, sentence: str) -> None:
    assert _has(_pairs(extractor, HEADLINE + sentence), "Lindqvist", "We are spending money we simply do not have.")


def test_commissive_as_clause_says_how_not_what(extractor: Extractor) -> None:
    text = HEADLINE + "The council could also sell the old pier to a developer, as Ana Ruiz proposes."
    assert not any("sell the old pier" in said for _, said in _pairs(extractor, text))


def test_put_it_outside_an_as_clause_says_nothing(extractor: Extractor) -> None:
    text = HEADLINE + "The fishermen put it on the table at the meeting, as the council had asked them to."
    assert _pairs(extractor, text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "As Ana Ruiz left the hall, the fishermen began to cheer loudly.",  # "as" of time, no cue
        "As Lindqvist said he would, the council approved the dredging plan.",  # the cue has its own content
    ],
)
def test_as_clause_without_a_bare_cue(extractor: Extractor, sentence: str) -> None:
    pairs = _pairs(extractor, HEADLINE + sentence)
    assert not any("council approved" in said or "fishermen began" in said for _, said in pairs)


# ------------------------------------------------------------ statement nouns


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        (
            "The Fishermen's Union issued a statement calling the new fees a betrayal of its members.",
            "Union",
            "the new fees a betrayal",
        ),
        (
            "Ana Ruiz released a statement saying the vote had been rigged from the start.",
            "Ana Ruiz",
            "the vote had been rigged",
        ),
        (
            "Lindqvist posted a tweet saying the ferry would run again on Friday.",
            "Lindqvist",
            "the ferry would run again",
        ),
    ],
)
def test_statement_noun_participle_speaks_for_its_issuer(
    extractor: Extractor, sentence: str, speaker: str, content: str
) -> None:
    assert _has(_pairs(extractor, HEADLINE + sentence), speaker, content)


def test_statement_noun_participle_needs_an_issuer(extractor: Extractor) -> None:
    text = HEADLINE + "A statement saying the vote had been rigged was found on the harbour office door."
    assert not any("rigged" in said for _, said in _pairs(extractor, text))


# ------------------------------------------------------------ cue verbs already in the lexicon


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        (
            "Senator Ana Ruiz called on the council to publish the full harbour budget.",
            "Ana Ruiz",
            "the council to publish",
        ),
        (
            "Mayor Erik Lindqvist called for an independent review of the ferry contract.",
            "Erik Lindqvist",
            "for an independent review",
        ),
        (
            "Ana Ruiz cited the rising fees as evidence that the harbour plan had failed.",
            "Ana Ruiz",
            "the rising fees as evidence",
        ),
        (
            "Ana Ruiz accused the council of hiding the true cost of the pier from voters.",
            "Ana Ruiz",
            "the council of hiding",
        ),
        (
            "Erik Lindqvist criticized the council for delaying the vote on the pier.",
            "Erik Lindqvist",
            "the council for delaying",
        ),
        (
            "Ana Ruiz urged residents to report any damage to the harbour office.",
            "Ana Ruiz",
            "residents to report any damage",
        ),
        (
            "Erik Lindqvist vowed to fight the fee increase in court if the council approves it.",
            "Erik Lindqvist",
            "to fight the fee increase",
        ),
    ],
)
def test_cue_verbs_with_their_frames(extractor: Extractor, sentence: str, speaker: str, content: str) -> None:
    assert _has(_pairs(extractor, HEADLINE + sentence), speaker, content)


# ------------------------------------------------------------ the statistics script


@pytest.mark.parametrize(
    ("sentence", "cue", "frame"),
    [
        ("Ana Ruiz accused the council of hiding the cost.", "accused", "obj+of"),
        ("Ana Ruiz vowed to fight the fees.", "vowed", "to"),
        ("Ana Ruiz said that the fees would rise.", "said", "ccomp"),
        ("As Ana Ruiz noted, the fees will rise.", "noted", "as-clause"),
    ],
)
def test_cue_statistics_frames(
    nlp: object, load_script: Callable[[str], Any], sentence: str, cue: str, frame: str
) -> None:
    stats = load_script("cue_statistics")
    doc = nlp(sentence)  # type: ignore[operator]
    token = next(t for t in doc if t.text == cue)
    assert stats.frame_of(token) == frame  # type: ignore[attr-defined]


def test_cue_statistics_finds_the_gold_cue(nlp: object, load_script: Callable[[str], Any]) -> None:
    stats = load_script("cue_statistics")
    doc = nlp("Ana Ruiz told reporters that the fees would rise in May.")  # type: ignore[operator]
    start = next(t for t in doc if t.text == "the")
    cue = stats.gold_cue(start, "Ana Ruiz")  # type: ignore[attr-defined]
    assert cue is not None and cue.text == "told"
    assert stats.gold_cue(start, "the mayor") is None  # type: ignore[attr-defined]


# ------------------------------------------------------------ a title the cleaner read as text


def test_sentence_case_title_label(extractor: Extractor) -> None:
    text = "Ruiz: the harbour fees must fall before the summer season.\n\n" + BODY
    assert _has(_pairs(extractor, text), "Ana Ruiz", "the harbour fees must fall")


def test_sentence_case_title_label_needs_a_named_speaker(extractor: Extractor) -> None:
    text = "Vestby: the harbour fees will fall before the summer season.\n\n" + BODY
    assert not any(said.startswith("the harbour fees will fall") for _, said in _pairs(extractor, text))


def test_calling_someone_to_do_something_is_a_telephone_call(extractor: Extractor) -> None:
    text = "Chile Votes\n\nJorge Araya conceded defeat on Sunday and called Camila Rojas to congratulate her."
    assert not [s for s in extractor.extract(text).statements if s.cue == "call"]


def test_the_noun_cue_phrase_is_no_content(extractor: Extractor) -> None:
    """ "congratulated X in a written statement": the noun is the medium; the name alone says nothing."""
    text = "Chile Votes\n\nSecretary of State Daniel Ortiz congratulated Camila Rojas in a statement on Monday."
    assert not [s for s in extractor.extract(text).statements if "in a statement" in s.content]


def test_the_answers_of_a_printed_interview_are_the_interviewees(extractor: Extractor) -> None:
    text = (
        "Q&A: Port Chief on Strikes and Automation\n\n"
        "The head of the Port of Vestby, Helen Brooks, has run the terminal for six years. "
        "She spoke to the Harbour Weekly about the dock strikes.\n\n"
        "Q: Are you worried about another strike?\n\n"
        "A: Of course. Nobody wants to see ships waiting outside the harbour.\n\n"
        "Q: The union says automation will cost jobs. Is that right?\n\n"
        "A: No. We have committed to retraining every worker whose job changes."
    )
    found = extractor.extract(text, published=PUBLISHED).statements
    answers = [s for s in found if s.content.startswith(("Of course", "No. We have"))]
    assert len(answers) == 2
    assert all(s.speaker.name == "Helen Brooks" and s.direct for s in answers)
    assert not [s for s in found if "Are you worried" in s.content]


def test_an_answer_labelled_with_the_interviewees_surname_is_hers(extractor: Extractor) -> None:
    """ "Brooks: ..." after "Q: ...": the interviewee's surname labels her answer; another name does not."""
    text = (
        "Q&A: Port Chief on Strikes and Automation\n\n"
        "The head of the Port of Vestby, Helen Brooks, spoke to the Harbour Weekly about the dock strikes.\n\n"
        "Q: Are you worried about another strike?\n\n"
        "Brooks: Of course. Nobody wants to see ships waiting outside the harbour.\n\n"
        "Lind: The union will decide on Friday whether to strike again."
    )
    found = extractor.extract(text, published=PUBLISHED).statements
    (answer,) = [s for s in found if s.content.startswith("Of course")]
    assert answer.speaker.name == "Helen Brooks" and answer.direct
    assert not [s for s in found if "decide on Friday" in s.content and s.speaker.name == "Helen Brooks"]


def test_a_colon_after_a_single_letter_without_questions_is_no_answer(extractor: Extractor) -> None:
    text = HEADLINE + BODY + "\nA: The port will reopen in May, officials hope.\n"
    found = extractor.extract(text, published=PUBLISHED).statements
    assert not [s for s in found if "reopen in May" in s.content and "speaker_label" in s.rule_ids[0]]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mendes shot back that Keller's companies had received millions in city contracts.", "Mendes"),
        ("Keller fired back that the contracts had been awarded fairly and in the open.", "Keller"),
    ],
)
def test_a_retort_with_a_clause_is_speech(statement_extractor: Extractor, text: str, speaker: str) -> None:
    """A retort ("shot back that ..."): "back" parsed as an adverb, the phrasal cue still reports."""
    intro = "Debate night\n\nLaura Mendes and Tom Keller met on stage on Wednesday.\n\n"
    found = statement_extractor.extract(intro + text, published="2024-03-15").statements
    assert [s.speaker.name for s in found] and speaker in found[0].speaker.name


def test_a_shot_back_into_the_net_is_no_speech(statement_extractor: Extractor) -> None:
    text = "Match report\n\nThe striker fired back into the net in the last minute to level the score."
    assert statement_extractor.extract(text, published="2024-03-15").statements == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Harbour Authority did not respond to a request for comment.",
        "Mayor Erik Lindqvist responded to the criticism from fishermen on Tuesday.",
    ],
)
def test_responding_to_something_reports_no_words(statement_extractor: Extractor, sentence: str) -> None:
    # what one responds to is what others said; the response itself is not given
    pairs = _pairs(statement_extractor, HEADLINE + sentence)
    assert not any("respond" in s or "criticism" in s or "comment" in s for _, s in pairs)


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        (
            "The Harbour Authority renewed its appeal for a ceasefire between the fishing crews on Tuesday.",
            "Harbour Authority",
            "a ceasefire between the fishing crews",
        ),
        (
            "Amnesty International renewed demands that the detained fishermen be released immediately.",
            "Amnesty International",
            "the detained fishermen be released",
        ),
    ],
)
def test_a_renewed_call_is_a_statement(
    statement_extractor: Extractor, sentence: str, speaker: str, content: str
) -> None:
    assert _has(_pairs(statement_extractor, HEADLINE + sentence), speaker, content)


def test_according_to_a_long_title_opening_a_sentence_attributes_its_clause(statement_extractor: Extractor) -> None:
    # the small parser makes "According" the root and reads the clause as an apposition of the name
    text = HEADLINE + (
        "The council asked the auditors to check the harbour accounts. According to longtime harbour radio "
        "host Erik Lindqvist, the new fee reeks of \u201cpanic\u201d and greed."
    )
    assert _has(_pairs(statement_extractor, text), "Erik Lindqvist", "the new fee reeks of")


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("According to the Harbour Guard, gunmen attacked a patrol boat near Vestby on Monday.", "gunmen attacked a"),
        ("According to the Harbour Guard, the rebels blasted a bridge near Vestby.", "the rebels blasted a bridge"),
    ],
)
def test_according_to_before_an_act_of_force_attributes_the_clause(
    statement_extractor: Extractor, sentence: str, content: str
) -> None:
    """A verb of criticism acting by force ("attacked a patrol") reports no words: the clause is what was said."""
    assert _has(_pairs(statement_extractor, HEADLINE + sentence), "Harbour Guard", content)


def test_according_to_still_relays_a_criticism(statement_extractor: Extractor) -> None:
    """ "attacked the plan as reckless" reports words: the named source is its relay, not a second speaker."""
    text = HEADLINE + "Ana Ruiz attacked the harbour plan as reckless and costly, according to the Vestby Courier."
    stmts = statement_extractor.extract(text, published=PUBLISHED).statements
    assert [(s.speaker.name, s.reported_by.name if s.reported_by else None) for s in stmts] == [
        ("Ana Ruiz", "Vestby Courier")
    ]


def test_an_attack_on_a_day_is_no_statement(extractor: Extractor) -> None:
    """ "attacked Odesa on Monday": "on" before a date predicates nothing (unlike "attacked X on taxes")."""
    assert _pairs(extractor, "Strike\n\nRussian drones attacked Odesa on Monday, killing two people.") == []
    pairs = _pairs(extractor, HEADLINE + "On Monday, Ruiz attacked Lindqvist on his record as mayor of Vestby.")
    assert _has(pairs, "Ruiz", "Lindqvist on his record as mayor")


def test_a_dated_title_is_no_speaker_label(extractor: Extractor) -> None:
    """ "**Morning Briefing: Tuesday, March 4**": a newsletter's title and its date, nobody speaking."""
    text = "**Morning Briefing: Tuesday, March 4**\n\nGood morning. Here is what you need to know.\n\n" + BODY
    text += "\n*You received this email because you subscribed to Morning Briefing.*"
    assert not any("Briefing" in name for name, _ in _pairs(extractor, text))


def test_a_headline_pledging_a_sum_is_a_gift_not_words(extractor: Extractor) -> None:
    """ "EU pledges 50 million euros for Vestby harbour": a donation promised; "pledges to rebuild" is words."""
    body = "The European Union will rebuild the harbour, Ana Ruiz said on Monday.\n\n"
    body += "The EU named Vestby its port of the year."
    gift = _pairs(extractor, "EU pledges 50 million euros for Vestby harbour\n\n" + body)
    assert not any(name in {"EU", "European Union"} for name, _ in gift)
    words = _pairs(extractor, "EU pledges to rebuild Vestby harbour within five years\n\n" + body)
    assert any(said.startswith("to rebuild Vestby harbour") for _, said in words)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Harbour Workers Union has called a 24-hour general strike for next week, its third this year.",
        "Prime Minister Ana Ruiz called a snap election for June.",
    ],
)
def test_an_event_a_call_convenes_is_no_statement(statement_extractor: Extractor, sentence: str) -> None:
    """ "called a general strike", "called a snap election": convened, not said (``convene_objects``)."""
    assert statement_extractor.extract("Harbour news\n\n" + sentence, published="2024-03-15").statements == []


def test_a_preposition_after_the_object_makes_no_phrasal_cue(statement_extractor: Extractor) -> None:
    """ "seized a tanker on Tuesday" is no "seize on"; "called for an inquiry" is "call for" (no object between)."""
    taken = "Naval forces seized a Liberian-flagged oil tanker in the Strait of Hormuz on Tuesday."
    assert statement_extractor.extract("Tanker seized\n\n" + taken, published="2024-03-15").statements == []
    called = "Opposition leader Ana Ruiz called for an independent inquiry into the harbour budget on Tuesday."
    (statement,) = statement_extractor.extract("Budget row\n\n" + called, published="2024-03-15").statements
    assert statement.speaker is not None and statement.speaker.name == "Ana Ruiz"


def test_a_participle_after_an_inserted_cue_is_the_cues_speakers() -> None:
    """ "X died, the union said, blaming the owner": the parse hangs both on "died"; the union blames."""
    # "Worker died , union said , blaming owner ."
    doc = _parsed(
        ["Worker", "died", ",", "union", "said", ",", "blaming", "owner", "."],
        [1, 1, 4, 4, 1, 4, 1, 6, 1],
        ["nsubj", "ROOT", "punct", "nsubj", "parataxis", "punct", "advcl", "dobj", "punct"],
        ["NN", "VBD", ",", "NN", "VBD", ",", "VBG", "NN", "."],
        ["worker", "die", ",", "union", "say", ",", "blame", "owner", "."],
    )
    assert subject_of(doc[6]) == doc[3]


@pytest.mark.parametrize(
    "clause",
    [
        "demanded that the state government announce a relief package for cotton growers",
        "urged that the council publish the audit of the harbour project before the vote",
    ],
)
def test_a_saying_someone_demands_in_the_subjunctive_is_no_saying(statement_extractor: Extractor, clause: str) -> None:
    """ "demanded that the government announce X": the farmers' leader speaks; the government has said nothing."""
    found = statement_extractor.extract(HEADLINE + f"Farmers' leader Raju Patil {clause}.", published="2024-03-15")
    assert [s.speaker.name for s in found.statements] == ["Raju Patil"]
    # a promise with its auxiliary is still a saying of its own ("he will announce"), reported by the promise
    kept = statement_extractor.extract(
        HEADLINE + "Raju Patil promised that he will announce the results of the audit on Friday.",
        published="2024-03-15",
    )
    assert [s.content for s in kept.statements] == ["he will announce the results of the audit on Friday"]


def test_a_saying_someone_is_asked_to_do_is_no_saying(statement_extractor: Extractor) -> None:
    """ "Anyone with information is asked to call Crime Stop": a reader appeal, no speaker ("directive_verbs")."""
    text = HEADLINE + (
        "Police are investigating a shooting in Lakes Pen, St Catherine, on Sunday night.\n\n"
        "Anyone with information on the Lakes Pen incident is asked to call Crime Stop at 311 or the police "
        "119 emergency number."
    )
    assert statement_extractor.extract(text, published="2024-03-15").statements == []
    # the asking itself still reports its words
    told = HEADLINE + "Ana Ruiz told residents to report any damage to the council."
    assert [s.speaker.name for s in statement_extractor.extract(told, published="2024-03-15").statements] == [
        "Ana Ruiz"
    ]


def test_a_headline_declaring_an_act_is_no_statement(extractor: Extractor) -> None:
    """``acts_declared``: "Hospitals Declare Critical Incident After ..." declares an incident; it says no words."""
    text = (
        "Hospitals declare critical incident after ransomware attack cripples lab systems\n\n"
        "Westmoor Teaching Hospitals NHS Trust said the attack was detected on Wednesday."
    )
    pairs = _pairs(extractor, text)
    assert pairs == [("Westmoor Teaching Hospitals NHS Trust", "the attack was detected on Wednesday")]


@pytest.mark.parametrize(
    "headline",
    ["Senate grills harbour chief over ferry delays", "Senate questions harbour chief over ferry delays"],
)
def test_a_headline_questioning_someone_says_no_words(extractor: Extractor, headline: str) -> None:
    """``questioning_verbs``: the object of "grills", "questions" is the person questioned, not what was said."""
    text = headline + "\n\nThe Lakeview Senate met on Tuesday."
    assert _pairs(extractor, text) == []


@pytest.mark.parametrize(
    ("headline", "content"),
    [
        # a reported question after the verb of questioning is what was asked
        ("Senate questions whether ferry plan can work", "whether ferry plan can work"),
        # "presses for" is a demand, its own phrasal sense
        ("Senate presses for inquiry into ferry delays", "inquiry into ferry delays"),
        # a verb of saying and a label before a colon, as before
        ("Senate says ferry plan cannot work", "ferry plan cannot work"),
        ("Senate: ferry plan cannot work without new funds", "ferry plan cannot work"),
    ],
)
def test_a_headline_question_or_claim_still_speaks(extractor: Extractor, headline: str, content: str) -> None:
    text = headline + "\n\nThe Lakeview Senate met on Tuesday."
    assert _has(_pairs(extractor, text), "Lakeview Senate", content)


def test_a_headline_declaring_a_clause_still_says_it(extractor: Extractor) -> None:
    text = (
        "Hospitals declare emergency is over after ransomware attack\n\n"
        "Westmoor Teaching Hospitals NHS Trust said the attack was detected on Wednesday."
    )
    assert any(c.startswith("emergency is over") for _, c in _pairs(extractor, text))


def test_a_key_events_label_is_no_sentence(extractor: Extractor) -> None:
    """ "2.15am Recount ruled out" under "Key events" is a label: no statement by "Recount"."""
    text = "Vote live\n\nKey events\n\n4.32am Result declared\n2.15am Recount ruled out\n12.40am Police called\n"
    text += "\n"
    assert _pairs(extractor, text + BODY) == [("Erik Lindqvist", "the port needs work")]


def test_a_live_entrys_heading_is_read_as_a_headline(extractor: Extractor) -> None:
    """A heading under its time stamp sums up the entry, as a headline does: its statement is the body's."""
    text = (
        "Harbour vote live\n\n9:52 p.m. ET\nHarbour council calls the race for Lindqvist\n\n"
        "The harbour council declared Erik Lindqvist the winner at 9:47 p.m.\n\n" + BODY
    )
    assert not any(said.startswith("the race") for _, said in _pairs(extractor, text))


def test_a_statement_in_a_paragraph_after_a_time_stamp_is_kept(extractor: Extractor) -> None:
    """Counter-example: an entry whose first line ends like a sentence is body."""
    text = "Harbour vote live\n\n9:52 p.m. ET\nErik Lindqvist said the port needs work.\n\nThe count went on.\n"
    assert _has(_pairs(extractor, text), "Erik Lindqvist", "the port needs work")


# ------------------------------------------------------------ verbs of emphasis, greetings


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Harbour master Jonas Berg underscored that the pier would reopen in May.", "the pier would reopen in May"),
        ('"The pier will reopen in May," Jonas Berg underscored.', "The pier will reopen in May"),
        ("Harbour master Jonas Berg underlined that the ferry fares would not rise.", "the ferry fares would not rise"),
        ("Harbour master Jonas Berg stressed that the pier would reopen in May.", "the pier would reopen in May"),
        ("Harbour master Jonas Berg emphasised that the pier would reopen in May.", "the pier would reopen in May"),
    ],
)
def test_verbs_of_emphasis_with_a_clause_or_quote_speak(extractor: Extractor, text: str, content: str) -> None:
    """ "underscore", "underline": WordNet synonyms of "emphasize" (derived), cues with a that-clause or a quote."""
    assert _has(_pairs(extractor, text), "Jonas Berg", content)


def test_underscore_with_a_bare_object_says_nothing(extractor: Extractor) -> None:
    """A ``report`` verb: "underscored the need for X" names no words (no clause, no quote)."""
    text = "Harbour master Jonas Berg underscored the need for more funding for the ferry service."
    assert _pairs(extractor, text) == []


def test_emphasis_verbs_are_derived_not_hand_listed() -> None:
    from eventkit.lexicons import load_list, load_yaml

    derived = {line.split("#")[0].strip() for line in load_list("lexicons/speech_verbs.en.txt")}
    assert {"stress", "emphasize", "emphasise", "underscore", "underline"} <= derived
    also = set(load_yaml("lexicons/speech_cues.en.yaml")["also_speech"])
    assert not {"stress", "emphasize", "emphasise", "underscore"} & also
    assert not {"promote", "boost", "further", "show"} & derived


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Ana Ruiz welcomed Chancellor Tom Hale to the capital on Tuesday.",
        "Prime Minister Ana Ruiz welcomed the new members of the council in a speech on Monday.",
        "Prime Minister Ana Ruiz welcomed the visiting delegation at the airport.",
        "Ruiz welcomes Polish delegation to Lisbon\n\nPrime Minister Ana Ruiz met the delegation on Monday.",
    ],
)
def test_welcoming_people_is_a_greeting_not_a_statement(extractor: Extractor, text: str) -> None:
    """``greeting_verbs``: "welcome" with a person or a group (``greeted_groups``) as its object receives them."""
    assert [p for p in _pairs(extractor, text) if "Ruiz" in p[0]] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The Harbour Workers Union welcomed the decision, saying it would protect jobs.", "it would protect jobs"),
        ("Ana Ruiz welcomed Tom Hale to Lisbon, saying the two countries had much to do.", "the two countries had"),
        ('Ana Ruiz welcomed the visitors: "You are among friends here."', "You are among friends here"),
        ("Ana Ruiz welcomed Tom Hale's resignation as a chance for a fresh start.", "a chance for a fresh start"),
        (
            "Ruiz welcomes court ruling on fishing rights\n\nPrime Minister Ana Ruiz said the ruling helped fishermen.",
            "court ruling on fishing rights",
        ),
    ],
)
def test_welcoming_a_thing_or_saying_still_speaks(extractor: Extractor, text: str, content: str) -> None:
    assert _has(_pairs(extractor, text), "", content)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Petrenko's defeat underscored that voters had lost patience, said analyst Mark Dunn.",
            "Mark Dunn",
            "defeat underscored that voters had lost patience",
        ),
        (
            "Analyst Mark Dunn said Petrenko's defeat underscored that voters had lost patience.",
            "Mark Dunn",
            "defeat underscored that voters had lost patience",
        ),
        (
            "Rising rents underscore that the city needs more homes, housing campaigner Joe Lane said on Monday.",
            "Joe Lane",
            "Rising rents underscore that the city needs more homes",
        ),
        (
            "The latest figures underline that inflation is falling, according to economist Lea Roth.",
            "Lea Roth",
            "figures underline that inflation is falling",
        ),
        (
            "The ruling underscores that no one is above the law, lawyer Ivan Petrov told reporters.",
            "Ivan Petrov",
            "The ruling underscores that no one is above the law",
        ),
        (
            "The incident underlines that the border remains dangerous, according to the UN.",
            "UN",
            "The incident underlines that the border remains dangerous",
        ),
        (
            "Recent floods underline that the region must adapt, climate scientist Eva Holm said.",
            "Eva Holm",
            "Recent floods underline that the region must adapt",
        ),
        ("The vote underscored that the coalition was divided, Reuters reported.", "Reuters", "The vote underscored"),
    ],
)
def test_a_thing_that_underlines_shows_and_the_clause_stays_its_reporters(
    extractor: Extractor, text: str, speaker: str, content: str
) -> None:
    """``emphasis_verbs`` with a thing or an event as the subject mean "showed": no statement of their own.

    The reporting verb around them keeps the whole clause.
    """
    pairs = _pairs(extractor, text)
    assert _has(pairs, speaker, content)
    assert all(speaker in name for name, _ in pairs)


@pytest.mark.parametrize(
    "text",
    [
        "Petrenko's defeat underscored that voters had lost patience.",
        "Petrenko's resignation, analysts said, underlined that the government was in crisis.",
        "Last week's riots underlined, the minister said, that police needed more training.",
        "This underlines that the ferry service needs more money.",
    ],
)
def test_a_thing_that_underlines_is_no_speaker(extractor: Extractor, text: str) -> None:
    names = [name for name, _ in _pairs(extractor, text)]
    assert not any(w in name for name in names for w in ("defeat", "resignation", "riots", "closure", "This"))


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The hospital's owner, the health trust Midlands Care, underlined that no patients had been harmed.",
            "Midlands Care",
            "no patients had been harmed",
        ),
        ("The finance ministry underscored that the deficit would shrink.", "ministry", "the deficit would shrink"),
        ('"We will not retreat," the minister underlined.', "minister", "We will not retreat"),
        ("Union leaders stressed that the strike would go ahead.", "Union leaders", "the strike would go ahead"),
        (
            "Mayor Ana Ruiz opened the new pier on Monday. She underlined that the ferry fares would not rise.",
            "Ana Ruiz",
            "the ferry fares would not rise",
        ),
        (
            "The Harbour Authority's annual report stressed that the ferry service was safe.",
            "Harbour Authority",
            "the ferry service was safe",
        ),
        (
            "The Harbour Authority's statement underlined that the ferry service was safe.",
            "Harbour Authority",
            "the ferry service was safe",
        ),
    ],
)
def test_a_voice_that_underlines_still_speaks(extractor: Extractor, text: str, speaker: str, content: str) -> None:
    """Counter-examples: a person, a body, a pronoun or a document as the subject of an emphasis verb speaks."""
    assert _has(_pairs(extractor, text), speaker, content)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Novak welcomed Berg as the party's new leader.", "Novak", "Berg as the party's new leader"),
        (
            "Novak welcomed the workers as heroes, but said the company must still cut costs.",
            "Novak",
            "the workers as heroes",
        ),
        (
            "Ruiz welcomes Otero as police chief\n\nMayor Elena Ruiz on Tuesday swore in Daniel Otero as the "
            "city's police chief.",
            "Ruiz",
            "Otero as police chief",
        ),
    ],
)
def test_welcoming_a_person_as_something_is_an_endorsement(
    extractor: Extractor, text: str, speaker: str, content: str
) -> None:
    """A greeting verb's person object with an "as" phrase after it: said of the person, a statement."""
    assert _has(_pairs(extractor, text), speaker, content)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Chinese side stressed that the talks had been candid.", "China"),
        ("The Harris camp stressed that the debate rules had been agreed weeks earlier.", "Harris"),
        ("The White House readout stressed that the two leaders had agreed to keep talking.", "White House"),
    ],
)
def test_stress_keeps_a_side_a_camp_and_a_readout_as_speakers(extractor: Extractor, text: str, speaker: str) -> None:
    """Round 45 review: only underscore and underline need a subject that can speak; "stress" keeps its old reading."""
    assert any(speaker in name for name, _ in _pairs(extractor, text))


@pytest.mark.parametrize(
    "headline",
    ["Police appeal after cyclist assaulted on towpath in Dunmere", "Police appeal following car park robbery"],
)
def test_a_headline_cue_before_a_time_adjunct_says_no_words(extractor: Extractor, headline: str) -> None:
    """``headline_adjunct_openers``: "appeal after ..." tells when the appeal came, not what was said."""
    text = headline + "\n\nOfficers are looking for witnesses. Anyone with information should call Northshire Police."
    assert not any(name == "Northshire Police" for name, _ in _pairs(extractor, text))


@pytest.mark.parametrize(
    ("headline", "content"),
    [
        # Round 49 review: clauses and questions opened by "when", "while", "despite", "before" are said
        ("Vance reveals when she will step down", "when she will step down"),
        ("Vance says despite cuts, no school will close", "despite cuts, no school will close"),
        ("Vance says while money is tight, schools will be spared", "while money is tight"),
        # an adjunct followed by a that-clause, a colon or a to-infinitive still says something
        ("Vance says after talks that a deal is close", "that a deal is close"),
        ("Vance warns after summit: the region must rearm", "the region must rearm"),
        ("Vance pledges after storms to rebuild every school", "to rebuild every school"),
    ],
)
def test_a_headline_adjunct_before_said_words_still_speaks(extractor: Extractor, headline: str, content: str) -> None:
    text = headline + "\n\nPrime Minister Clara Vance visited Dunmere on Monday."
    assert _has(_pairs(extractor, text), "Clara Vance", content), _pairs(extractor, text)


@pytest.mark.parametrize(
    ("headline", "content"),
    [
        # an appeal for something, as before: what was asked for
        ("Police appeal for calm after clashes in Dunmere", "for calm after clashes in Dunmere"),
        ("Police appeal for witnesses after pensioner robbed", "for witnesses after pensioner robbed"),
    ],
)
def test_a_headline_appeal_for_something_still_speaks(extractor: Extractor, headline: str, content: str) -> None:
    text = headline + "\n\nOfficers are looking for witnesses. Anyone with information should call Northshire Police."
    assert _has(_pairs(extractor, text), "Northshire Police", content)
