"""Statements: one speech act per statement, and speakers resolved from descriptions, names and captions.

The sentences are written for these tests (no corpus text). They run through
the real pipeline (``en_core_web_sm``) via the session ``extractor`` fixture.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventkit.normalize.mentions import first_name_gender

if TYPE_CHECKING:
    from eventkit.api import Extractor
    from eventkit.models import Statement

PUBLISHED = "2024-03-15"
HEADLINE = "Harbour town weighs its options\n\n"


def _statements(extractor: Extractor, text: str) -> list[Statement]:
    return extractor.extract(text, published=PUBLISHED).statements


def _by(statements: list[Statement], surname: str) -> list[Statement]:
    return [s for s in statements if s.speaker.name.endswith(surname)]


# ------------------------------------------------------------ one act, two verbs


@pytest.mark.parametrize(
    "text",
    [
        "Spokesman David Osei said the cabinet had met on Tuesday and urged all ministries to cut spending.",
        "Spokesman David Osei said the review had found widespread abuse and called for the unit to be closed.",
    ],
)
def test_an_active_subject_that_may_speak_keeps_its_conjoined_act(extractor: Extractor, text: str) -> None:
    """ "said the cabinet had met and urged ...": the cabinet urged; one statement of the spokesman's."""
    assert len(_by(_statements(extractor, HEADLINE + text), "Osei")) == 1


def test_a_conjoined_verb_of_the_reported_subject_stays_inside(extractor: Extractor) -> None:
    text = HEADLINE + "Mayor Lindqvist said the harbour master was tired and warned the crew about the weather."
    said = [s.content for s in _by(_statements(extractor, text), "Lindqvist")]
    assert said == ["the harbour master was tired and warned the crew about the weather"]


def test_a_narrated_clause_of_another_name_ends_what_was_said(extractor: Extractor) -> None:
    """ "said 13 people had been shot, and Amnesty called for ...": the narrator's clause, not the speaker's."""
    text = HEADLINE + (
        "The Vestby Medical Association said at least 13 people had been shot dead across the island, "
        "and Amnesty International called for an investigation into the use of force."
    )
    said = [s.content for s in _by(_statements(extractor, text), "Association")]
    assert said == ["at least 13 people had been shot dead across the island"]
    # a reported past conjoined to a reported past stays what was said
    text = HEADLINE + "Lindqvist said the ferry had left late, and Ruiz had missed it."
    assert [s.content for s in _by(_statements(extractor, text), "Lindqvist")] == [
        "the ferry had left late, and Ruiz had missed it."
    ]


def test_a_plural_noun_the_parse_read_as_a_verb_is_still_the_clauses_subject(extractor: Extractor) -> None:
    """ "said that talks in Geneva would go ahead": "talks" tagged a verb; the clause has its subject."""
    text = HEADLINE + "Envoy Ana Duarte said on Tuesday that talks in Geneva would go ahead."
    (stmt,) = _statements(extractor, text)
    assert stmt.content.startswith("talks in Geneva")


# ------------------------------------------------------------ relative clauses


def test_what_a_relative_clause_says_is_not_the_speakers_words(extractor: Extractor) -> None:
    text = HEADLINE + "Residents are tired of the council. Everything the mayor says is ignored by the port authority."
    assert not [s for s in _statements(extractor, text) if "ignored" in s.content]


def test_a_reported_clause_that_lost_its_subject_is_no_content(extractor: Extractor) -> None:
    # whatever the parse makes of it, "is ignored" is the writer's, not the mayor's
    text = HEADLINE + "We are tired of it. Everything Mayor Lopez says is ignored unless it is in writing."
    assert not [s for s in _statements(extractor, text) if "ignored" in s.content]


# ------------------------------------------------------------ descriptions


@pytest.mark.parametrize(
    ("text", "name", "alias", "content"),
    [
        (
            "Party nominee Jane Doe visited Ohio on Monday. She toured a factory.\n\n"
            "Later, the nominee said the plant would stay open under her plan.",
            "Jane Doe",
            "nominee",
            "the plant would stay open",
        ),
        (
            "Mark Rivers, the state's senior senator, spoke on Tuesday.\n\n"
            "The senator said the bill would pass before the recess.",
            "Mark Rivers",
            "senator",
            "the bill would pass",
        ),
        (
            "A fire broke out at the port, and Mayor Ines Calder visited it on Monday.\n\n"
            "The mayor also said that it was too early to tell what had caused the fire.",
            "Ines Calder",
            "mayor",
            "too early to tell what had caused the fire",
        ),
        (
            "Oregon Sen. Ana Whitlow questioned the bank's chief on Tuesday.\n\n"
            '"It is a failure of leadership," the Democratic senator said after the hearing.',
            "Ana Whitlow",
            "Democratic senator",
            "a failure of leadership",
        ),
        (
            "Gov. Tom Reyes of Ohio vetoed the farm bill last week. Farmers had asked for it.\n\n"
            "The governor said the plan would cost the state too much money.",
            "Tom Reyes",
            "governor",
            "would cost the state too much",
        ),
        (
            "Prime Minister-designate Ana Ruiz met party leaders on Monday. The crowd cheered her.\n\n"
            '"We will form a government this week," the prime minister-designate said.',
            "Ana Ruiz",
            "prime minister-designate",
            "form a government this week",
        ),
        (
            "The Daily Ledger, a daily newspaper, ran an editorial on Sunday.\n\n"
            "The newspaper said the mayor had failed the city.",
            "Daily Ledger",
            "newspaper",
            "the mayor had failed the city",
        ),
    ],
)
def test_a_description_speaker_resolves_to_the_person_introduced_with_that_role(
    extractor: Extractor, text: str, name: str, alias: str, content: str
) -> None:
    statement = next(s for s in _statements(extractor, text) if content in s.content)
    assert statement.speaker.name == name
    assert alias in statement.speaker.aliases  # still found under the description
    note = next(p.note for p in statement.provenance if p.field == "speaker")
    assert note is not None and "description" in note


def test_an_elected_role_is_not_the_role(extractor: Extractor) -> None:
    """ "the president-elect" is whoever was introduced as president-elect, never the sitting president."""
    text = HEADLINE + (
        "President-elect Ana Ruiz met President Tom Hale on Monday. The talks lasted an hour.\n\n"
        "The president-elect told reporters the transition would be smooth and quick."
    )
    (statement,) = _statements(extractor, text)
    assert statement.speaker.name == "Ana Ruiz"


@pytest.mark.parametrize(
    ("introduction", "speaker"),
    [
        ("Jon Rubens campaigned with Sen. Ana Whitlow, R-Iowa, on Monday.", "Florida senator"),
        (
            "Iowa Sen. Ana Whitlow spoke first. Jon Rubens campaigned with Sen. Ana Whitlow on Monday.",
            "Florida senator",
        ),
        ("Jon Rubens campaigned with Sen. Ana Whitlow of Florida on Monday.", "Ana Whitlow"),
        ("Jon Rubens campaigned with Sen. Ana Whitlow on Monday.", "Ana Whitlow"),
    ],
)
def test_a_place_in_a_description_must_be_in_the_introduction(
    extractor: Extractor, introduction: str, speaker: str
) -> None:
    """ "the Florida senator" is "Sen. X of Florida" or a senator of no stated place, not "Sen. X, R-Iowa"."""
    text = HEADLINE + (
        f"{introduction} The crowd was large.\n\nThe Florida senator told reporters she feels good about her campaign."
    )
    (statement,) = _statements(extractor, text)
    assert statement.speaker.name == speaker


def test_an_organisation_word_refers_back_to_the_organisation_last_named(extractor: Extractor) -> None:
    text = HEADLINE + (
        "The Harbour Relief Fund said its clinic in Bergen was looted.\n\n"
        "Forty nurses stayed behind to care for the sickest patients, the relief group said."
    )
    statement = next(s for s in _statements(extractor, text) if "Forty nurses" in s.content)
    assert statement.speaker.name == "Harbour Relief Fund"
    assert "relief group" in statement.speaker.aliases
    note = next(p.note for p in statement.provenance if p.field == "speaker")
    assert note is not None and "organisation last named" in note


def test_an_organisation_word_takes_no_headline_name(extractor: Extractor) -> None:
    text = "Acme Shipping Blamed for Harbour Spill\n\nThe company said the spill was under control on Monday."
    assert not [s for s in _statements(extractor, text) if s.speaker.name == "Acme Shipping"]


def test_a_description_nobody_was_introduced_with_stays_as_it_is(extractor: Extractor) -> None:
    text = HEADLINE + "Jane Doe visited Ohio on Monday.\n\nThe senator said the bill would pass before the recess."
    # an unnamed "senator" is a vague speaker (no statement), never Jane Doe, introduced without that role
    assert not [s for s in _statements(extractor, text) if s.speaker.name == "Jane Doe"]


def test_a_prefixed_role_is_another_role(extractor: Extractor) -> None:
    text = HEADLINE + (
        "Deputy Mayor Ines Calder toured the port on Monday.\n\nThe mayor said the pier would reopen in May."
    )
    assert not [s for s in _statements(extractor, text) if s.speaker.name == "Ines Calder"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mayor Ines Calder refused to confirm that the pier would reopen in May.",
        "Mayor Ines Calder declined to threaten the council or even publicly call the plan a costly mistake.",
    ],
)
def test_what_a_speaker_declined_to_say_is_negated(extractor: Extractor, sentence: str) -> None:
    statements = _statements(extractor, HEADLINE + sentence)
    assert statements
    assert all(s.modality == "negated" for s in statements)


def test_a_not_inside_the_quote_does_not_negate_the_saying(extractor: Extractor) -> None:
    # the parse hangs the quote's "not" from "said"; the speaker still said it
    text = HEADLINE + '"Are we where we need to be on the harbour? Probably not," Mayor Ines Calder said.'
    (stmt,) = _statements(extractor, text)
    assert stmt.modality == "asserted"
    assert stmt.content.endswith("Probably not")


def test_a_not_before_the_cue_still_negates_it(extractor: Extractor) -> None:
    text = HEADLINE + '"The pier will close in May," Mayor Ines Calder did not say on Monday.'
    statements = _statements(extractor, text)
    assert statements
    assert all(s.modality == "negated" for s in statements)


def test_a_will_inside_the_quote_does_not_make_the_saying_future() -> None:
    import spacy
    from spacy.tokens import Doc

    from eventkit.extractors.statement.extractor import _modality
    from eventkit.extractors.statement.reader import Candidate

    # '"... it will, probably soon," said Calder' with the quote's "will" hung from "said"
    words = ['"', "it", "will", ",", "probably", "soon", ",", '"', "said", "Calder", "."]
    heads = [8, 8, 8, 8, 5, 8, 8, 8, 8, 8, 8]
    deps = ["punct", "nsubj", "aux", "punct", "advmod", "advmod", "punct", "punct", "ROOT", "nsubj", "punct"]
    tags = ["``", "PRP", "MD", ",", "RB", "RB", ",", "''", "VBD", "NNP", "."]
    pos = ["PUNCT", "PRON", "AUX", "PUNCT", "ADV", "ADV", "PUNCT", "PUNCT", "VERB", "PROPN", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    said = doc[8]
    quoted = Candidate(cue=said, anchor=said, speaker_tok=doc[9], group="report", rule="r", content=(2, 25))
    assert _modality(quoted) == "asserted"
    # the same "will" outside the words is the saying's own: still to come
    unquoted = Candidate(cue=said, anchor=said, speaker_tok=doc[9], group="report", rule="r", content=(12, 25))
    assert _modality(unquoted) == "planned"


@pytest.mark.parametrize(
    "sentence",
    [
        "Mayor Ines Calder will announce on Friday that the pier is to close for the winter.",
        "Ines Calder, the harbour master, will tell the council that the pier must close for repairs.",
    ],
)
def test_words_still_to_be_said_are_no_statement(extractor: Extractor, sentence: str) -> None:
    assert _statements(extractor, HEADLINE + sentence) == []


# ------------------------------------------------------------ pronouns: first names and captions


def test_first_names_give_a_gender_only_for_full_names() -> None:
    assert first_name_gender("Katy Perry") == "f"
    assert first_name_gender("Donald Smith") == "m"
    assert first_name_gender("Perry") is None  # a single word may be a surname
    assert first_name_gender("Taylor Reed") is None  # an ambiguous first name


def test_she_is_not_a_man_named_later(extractor: Extractor) -> None:
    text = (
        HEADLINE + "Singer Katy Perry urged fans to vote. "
        "Donald Smith, her manager, booked the hall.\n\n"
        '"We will be heard," she wrote on Twitter.'
    )
    statement = next(s for s in _statements(extractor, text) if "We will be heard" in s.content)
    assert statement.speaker.name == "Katy Perry"


def test_a_name_in_a_photo_caption_is_no_antecedent(extractor: Extractor) -> None:
    text = (
        HEADLINE + "Governor Ruth Abara spoke to the harbour board on Monday.\n\n"
        "A fisherman holds a sign at Tom's Bar in Port Ellis, Monday, March 11, 2024.\n\n"
        "But she said the pier would reopen in May."
    )
    statement = next(s for s in _statements(extractor, text) if "the pier would reopen" in s.content)
    assert statement.speaker.name == "Ruth Abara"


# ------------------------------------------------------------ more speakers


def test_an_indefinite_role_is_somebody_new(extractor: Extractor) -> None:
    text = (
        "Ministry spokesman Olav Berg spoke on Monday about the crash.\n\n"
        "A Navy spokesman said Thursday that any conclusion before the inquiry ends would be premature."
    )
    statement = next(s for s in _statements(extractor, text) if "premature" in s.content)
    assert statement.speaker.name != "Olav Berg"


def test_a_group_called_x_speaks_as_x(extractor: Extractor) -> None:
    text = HEADLINE + "A fishing group called Harbour Voice said the pier would reopen in May."
    statement = next(s for s in _statements(extractor, text) if "the pier would reopen" in s.content)
    assert statement.speaker.name == "Harbour Voice"
    assert statement.cue == "say"  # the naming participle is no cue of its own


def test_a_person_named_x_speaks_as_x(extractor: Extractor) -> None:
    """ "A nurse named X said": field reporting's way of naming a witness."""
    text = HEADLINE + "A nurse named Idriss Mahamat said staff treat several gunshot wounds a day."
    statement = next(s for s in _statements(extractor, text) if "gunshot wounds" in s.content)
    assert statement.speaker.name == "Idriss Mahamat"


@pytest.mark.parametrize(
    "layout",
    [
        '"If the pier closes, I am moving away." -- Sam Reed (@samreed) March 3, 2024',
        "SAM REED: If the pier closes, I am moving away.",
    ],
)
def test_a_post_or_label_happened_whatever_its_words_say(extractor: Extractor, layout: str) -> None:
    text = HEADLINE + "Fans reacted online.\n\n" + layout
    statement = next(s for s in _statements(extractor, text) if "moving away" in s.content)
    assert statement.modality == "asserted"  # the words are conditional, the post is not
    assert statement.speaker.name.lower() == "sam reed"  # no leading dash


def test_a_paragraph_printed_twice_is_one_statement(extractor: Extractor) -> None:
    paragraph = (
        "Harbour master Ines Calder has described the {}repairs to the northern pier as the most "
        "important work the port has done in a generation."
    )
    text = HEADLINE + paragraph.format("") + "\n\nPhoto: the pier.\n\n" + paragraph.format("urgent ")
    statements = _by(_statements(extractor, text), "Calder")
    assert len(statements) == 1


@pytest.mark.parametrize(
    ("sentence", "name", "affiliation"),
    [
        (
            "A spokeswoman for Acme Shipping said the pier would reopen in May.",
            "spokeswoman for Acme Shipping",
            "Acme Shipping",
        ),
        (
            "Dana Cole, a spokeswoman for Acme Shipping, said the pier would reopen in May.",
            "Dana Cole",
            "Acme Shipping",
        ),
        ("Boeing spokeswoman Dana Cole said the pier would reopen in May.", "Dana Cole", "Boeing"),
    ],
)
def test_a_spokesperson_speaks_with_the_organisation_recorded(
    extractor: Extractor, sentence: str, name: str, affiliation: str
) -> None:
    statement = next(s for s in _statements(extractor, HEADLINE + sentence) if "the pier would reopen" in s.content)
    assert statement.speaker.name == name
    assert statement.speaker.affiliation == affiliation
    assert statement.speaker.title == "spokeswoman"


def test_a_name_left_without_a_verb_by_the_parse_still_speaks_its_quote(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the small model sometimes hangs the name from the quote's verb and leaves "said" without a subject
    from eventkit.extractors.statement import candidates

    monkeypatch.setattr(candidates, "subject_of", lambda token: None)
    text = HEADLINE + '"We will reopen the pier this spring," Port Ellis police Chief Dana Cole said Monday.'
    statement = next(s for s in _statements(extractor, text) if "reopen the pier" in s.content)
    assert statement.speaker.name.endswith("Dana Cole")
    assert statement.direct
    assert statement.content == "We will reopen the pier this spring"


def test_a_title_before_a_name_is_the_title_not_the_name(extractor: Extractor) -> None:
    text = HEADLINE + "Mayor Ines Calder said the pier would reopen in May."
    statement = next(s for s in _statements(extractor, text) if "the pier would reopen" in s.content)
    assert statement.speaker.name == "Ines Calder"
    assert statement.speaker.title == "Mayor"
    assert statement.speaker.kind == "person"
    assert "Mayor Ines Calder" in statement.speaker.aliases


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The mayor met Maria Lopez, who said the pier would reopen in May.", "Maria Lopez"),
        ("One of the family's lawyers, Dana Cole, said the pier was unsafe for years.", "Dana Cole"),
    ],
)
def test_a_relative_pronoun_or_a_counted_role_speaks_as_the_name(
    extractor: Extractor, sentence: str, name: str
) -> None:
    statement = next(s for s in _statements(extractor, HEADLINE + sentence) if "the pier" in s.content)
    assert statement.speaker.name == name


def test_a_relative_pronoun_after_a_description_names_nobody(extractor: Extractor) -> None:
    text = HEADLINE + "The council hired a consultant who said the pier was unsafe for years."
    assert not [s for s in _statements(extractor, text) if "the pier" in s.content]


@pytest.mark.parametrize(
    ("first", "group"),
    [
        ("Boeing and Airbus met regulators on Monday.", "Boeing and Airbus"),
        ("Maria Lopez and Tom Reed toured the pier on Monday.", "Maria Lopez and Tom Reed"),
    ],
)
def test_they_after_coordinated_names_is_all_of_them(extractor: Extractor, first: str, group: str) -> None:
    text = HEADLINE + first + "\n\nThey said the rules would change in May."
    statement = next(s for s in _statements(extractor, text) if "the rules would change" in s.content)
    assert statement.speaker.name == group
    assert statement.speaker.kind == "group"


def test_a_statement_wholly_another_speakers_is_relayed(extractor: Extractor) -> None:
    text = HEADLINE + "The Harbour Gazette said Mayor Maria Lopez had described the plan as a costly mistake."
    statements = _statements(extractor, text)
    assert [s.speaker.name for s in statements] == ["Maria Lopez"]
    assert statements[0].reported_by is not None
    assert "Gazette" in statements[0].reported_by.name


def test_a_person_telling_what_another_said_is_no_relay(extractor: Extractor) -> None:
    text = HEADLINE + "Councillor Ben Okafor said Mayor Maria Lopez had once described the plan as a costly mistake."
    statements = _statements(extractor, text)
    okafor = _by(statements, "Okafor")
    assert okafor
    assert "Maria Lopez had once described the plan" in okafor[0].content
    assert all(s.reported_by is None for s in statements)


def test_a_vague_inner_speaker_leaves_the_outer_statement(extractor: Extractor) -> None:
    text = HEADLINE + "Mayor Maria Lopez said experts had warned the council about the pier for years."
    statements = _statements(extractor, text)
    assert any(s.speaker.name.endswith("Maria Lopez") and "warned the council" in s.content for s in statements)


@pytest.mark.parametrize(
    "second",
    [
        'Lopez continued: "We will not wait for the ministry to act."',
        'She concluded: "We will not wait for the ministry to act."',
    ],
)
def test_a_quote_after_continued_and_a_colon_is_speech(extractor: Extractor, second: str) -> None:
    text = HEADLINE + "Mayor Maria Lopez spoke to reporters on Monday.\n\n" + second
    statement = next(s for s in _statements(extractor, text) if "ministry" in s.content)
    assert statement.speaker.name.endswith("Lopez")
    assert statement.content.startswith("We will not wait for the ministry to act")


@pytest.mark.parametrize(
    "second",
    [
        '"We will not wait for the ministry to act," Lopez concluded.',
        '"We will not wait for the ministry to act," concluded Lopez.',
        '"We will not wait for the ministry to act," she continued, "not one more winter."',
    ],
)
def test_continued_or_concluded_right_after_a_quote_is_speech(extractor: Extractor, second: str) -> None:
    text = HEADLINE + "Mayor Maria Lopez spoke to reporters on Monday.\n\n" + second
    statement = next(s for s in _statements(extractor, text) if "ministry" in s.content)
    assert statement.speaker.name.endswith("Lopez")
    assert statement.direct


def test_continued_with_an_object_after_a_quote_says_nothing(extractor: Extractor) -> None:
    text = HEADLINE + '"The pier must reopen," Lopez said.\n\nThe council continued the debate on Friday.'
    assert [s.speaker.name for s in _statements(extractor, text)] == ["Lopez"]


def test_continued_without_a_quote_says_nothing(extractor: Extractor) -> None:
    text = HEADLINE + "Mayor Maria Lopez continued to wait for the ministry to act on the pier."
    assert _statements(extractor, text) == []


def test_a_fronted_clause_is_not_what_was_noted(extractor: Extractor) -> None:
    text = HEADLINE + (
        "Writing for a panel that agreed the plan had failed, Mayor Maria Lopez noted that "
        "the pier had cost twice its budget."
    )
    statement = _by(_statements(extractor, text), "Lopez")[0]
    assert statement.content.startswith("the pier had cost twice its budget")


# ------------------------------------------------------------ flattened pages


def test_quotes_of_joined_paragraphs_pair_again(extractor: Extractor) -> None:
    # a page whose paragraphs were joined: the first quote never closes, the next mark opens
    text = HEADLINE + (
        'The statement said: "Like many companies, we face higher costs. "We carry these costs as long as we can." '
        'Readers were scathing. Dana Cole wrote: "This is just plain dumb, and I will not buy it." '
        'Tom Reed wrote: "Never again will I buy this bar."'
    )
    said = {s.speaker.name: s.content for s in _statements(extractor, text)}
    assert said.get("Dana Cole") == "This is just plain dumb, and I will not buy it."
    assert said.get("Tom Reed") == "Never again will I buy this bar."


def test_a_link_ends_the_sentence_before_it() -> None:
    import spacy

    from eventkit.nlp.components import set_paragraph_boundaries

    nlp = spacy.blank("en")
    doc = set_paragraph_boundaries(nlp("Via @harbourwatch pic.twitter.com/Ab12Cd A spokeswoman said fares would rise."))
    after = next(t for t in doc if t.text == "A")
    assert after.is_sent_start  # the link ends the flattened embed; the spokeswoman starts a sentence
    assert not next(t for t in doc if t.text == "fares").is_sent_start


def test_a_sum_announced_for_someone_is_a_gift_not_words(statement_extractor: Extractor) -> None:
    """ "announced an additional $100 million in humanitarian aid for both countries": a donation, no statement."""
    text = HEADLINE + (
        "The United States announced an additional $100 million in humanitarian aid for Turkey and Syria, "
        "bringing its total to $185 million."
    )
    assert _statements(statement_extractor, text) == []


def test_a_result_announced_is_still_reported(statement_extractor: Extractor) -> None:
    text = HEADLINE + "Acme Shipping announced a record profit of $2 billion for the year on Tuesday."
    assert _statements(statement_extractor, text)


def test_a_grant_of_a_sum_announced_for_something_is_no_statement(statement_extractor: Extractor) -> None:
    text = HEADLINE + "The ambassador, Kenji Sato, announced a grant of 600 million yen for coastal radar systems."
    assert _statements(statement_extractor, text) == []


def test_sentence_starts_around_a_word_with_its_full_stop_before_a_quote() -> None:
    import spacy

    from eventkit.nlp.components import set_paragraph_boundaries

    nlp = spacy.blank("en")
    doc = set_paragraph_boundaries(nlp('She posted a video on X. "I am sorry," she said.'))
    mark = next(t for t in doc if t.text == '"')
    assert mark.is_sent_start and not doc[mark.i + 1].is_sent_start
    doc = set_paragraph_boundaries(nlp('Senator Robert F. "Bobby" Kennedy said the port would stay open.'))
    assert not next(t for t in doc if t.text == '"').is_sent_start  # a middle initial before a nickname


def test_a_word_in_lower_case_after_a_word_starts_no_sentence() -> None:
    import spacy

    from eventkit.nlp.components import set_paragraph_boundaries

    nlp = spacy.blank("en")
    doc = set_paragraph_boundaries(nlp("Norway and Denmark said they would stay."))
    assert next(t for t in doc if t.text == "and").is_sent_start is False


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('Crowds greeted the mayor with chants of "Out!" at the harbour on Friday.', "at"),
        ('"Where is the money going?" she asked.', "she"),
        ('"Who pays?", the councillor asked.', ","),
    ],
)
def test_a_question_or_exclamation_closing_a_quote_inside_a_sentence_ends_no_sentence(text: str, word: str) -> None:
    import spacy

    from eventkit.nlp.components import set_paragraph_boundaries

    doc = set_paragraph_boundaries(spacy.blank("en")(text))
    after = next(t for t in doc if t.text == word and t.i > 2)
    assert after.is_sent_start is False and doc[after.i - 1].is_sent_start is False


def test_an_attribution_after_a_quoted_exclamation_keeps_its_sentence(statement_extractor: Extractor) -> None:
    text = HEADLINE + (
        'Pressure is mounting on the mayor, who was met with chants of "Resign!" at a union rally in Hull '
        "last week, according to union leader Dana Whitcombe."
    )
    (statement,) = _statements(statement_extractor, text)
    assert statement.speaker.name == "Dana Whitcombe"
    assert statement.content.startswith("Pressure is mounting") and "union rally in Hull" in statement.content


def test_a_question_closing_a_quote_before_a_capital_may_end_a_sentence() -> None:
    import spacy

    from eventkit.nlp.components import set_paragraph_boundaries

    doc = set_paragraph_boundaries(spacy.blank("en")('He asked: "Is this fair?" The answer came fast.'))
    assert next(t for t in doc if t.text == "The").is_sent_start is not False


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ('Maria Lopez praised the lifeboat crew on Monday, calling them "the pride of the harbour".', "2024-03-11"),
        ("On Tuesday, Lopez rejected the ferry report, saying its figures were out of date.", "2024-03-12"),
    ],
)
def test_a_participle_statement_takes_the_date_of_the_clause_it_hangs_from(
    extractor: Extractor, text: str, day: str
) -> None:
    (statement,) = _statements(extractor, HEADLINE + "Mayor Maria Lopez spoke on the radio.\n\n" + text)
    assert statement.date is not None and statement.date.start.isoformat() == day


@pytest.mark.parametrize(
    "sentence",
    [
        "Darren Pollitt, 34, attacked Kevin Mayhew, 29, on Harbour Road in March, the court heard.",
        "Norcastle Homes, which had been cited for safety breaches in 2023, lost the contract.",
    ],
)
def test_an_assault_or_a_citation_is_no_statement(statement_extractor: Extractor, sentence: str) -> None:
    """ "attacked X on Harbour Road": a place says where, not what; "cited for breaches": penalised, not quoted."""
    assert all(
        s.speaker.name not in {"Darren Pollitt", "Norcastle Homes"}
        for s in _statements(statement_extractor, HEADLINE + sentence)
    )


def test_a_sum_pledged_before_an_inserted_cue_is_what_the_cue_reports(statement_extractor: Extractor) -> None:
    """ "Qatar has pledged $50 million ..., the foreign ministry announced": the ministry's announcement."""
    text = HEADLINE + (
        "Norway has pledged $40 million for emergency food aid, the Norwegian foreign ministry announced on Wednesday."
    )
    (statement,) = _statements(statement_extractor, text)
    assert statement.content.startswith("Norway has pledged $40 million")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Speaking at a fringe event in Hull on Sunday evening, Helen Marsden said the party had lost its way.",
            "2024-03-10",
        ),
        ("Asked on Friday whether he would back the mayor, Brian Calder said he had not decided.", "2024-03-08"),
    ],
)
def test_a_fronted_participle_clause_dates_the_saying(statement_extractor: Extractor, text: str, day: str) -> None:
    """ "Speaking in Hull on Sunday, X said": the occasion's day is the statement's."""
    (statement,) = statement_extractor.extract(HEADLINE + text, published="2024-03-12").statements
    assert statement.date is not None and statement.date.start.isoformat() == day


@pytest.mark.parametrize(
    ("text", "speaks"),
    [
        ("Hackers attacked the computer systems of three hospitals in Vestby on Saturday.", False),
        ("Senator Ana Ruiz accused the council of corruption in the harbour deal.", True),
    ],
)
def test_an_artifacts_of_phrase_says_whose_it_is(statement_extractor: Extractor, text: str, speaks: bool) -> None:
    """ "attacked the computer systems of three hospitals": an act on things (``artifact_nouns.en.txt``), no words."""
    found = statement_extractor.extract("Systems down\n\n" + text, published="2026-05-04").statements
    assert bool(found) is speaks


@pytest.mark.parametrize(
    ("text", "speaks"),
    [
        ("The two neighbours argued outside the club for an hour on Friday.", False),
        ("Senator Ana Ruiz argued for a higher minimum wage in the harbour towns.", True),
        ("A dozen miners talked at a pub on Friday about the last decade of the colliery.", True),
    ],
)
def test_a_phrasal_cues_preposition_of_time_reports_nothing(
    statement_extractor: Extractor, text: str, speaks: bool
) -> None:
    """ "argued for an hour": a duration is no "argue for" (a quarrel); "talk about a decade" still talks."""
    found = statement_extractor.extract("Row\n\n" + text, published="2026-05-04").statements
    assert bool(found) is speaks


def test_a_subject_asked_in_an_aside_speaks_through_the_verb_after_it(extractor: Extractor) -> None:
    """ "X, asked about his future, said ...": the parse hangs X on "asked"; X says it, nobody asks in words."""
    text = HEADLINE + "Mayor Tom Calado, asked about his future, said he was staying in the job."
    (statement,) = _statements(extractor, text)
    assert statement.speaker.name == "Tom Calado"
    assert statement.content.startswith("he was staying")


def test_an_aside_of_asking_before_a_gesture_is_no_statement(extractor: Extractor) -> None:
    """ "X, asked whether ..., shrugged": a passive participle and a shrug, no words."""
    text = HEADLINE + "Mayor Tom Calado, asked whether he feared for his job, shrugged."
    assert _statements(extractor, text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Whitlow stood behind the chief during the announcement.",
        "Dana Whitlow held up a photograph of her son during the briefing.",
    ],
)
def test_an_act_during_a_speech_event_says_nothing(statement_extractor: Extractor, sentence: str) -> None:
    """ "during the announcement" tells when; only a verb of communication says something then."""
    assert statement_extractor.extract("Vigil\n\n" + sentence, published="2024-05-10").statements == []


def test_a_verb_of_communication_during_a_briefing_is_a_statement(statement_extractor: Extractor) -> None:
    text = "Storm\n\nDuring the briefing, Governor Ana Ruiz urged residents to stay indoors on Friday."
    (stmt,) = statement_extractor.extract(text, published="2024-05-10").statements
    assert stmt.speaker.name == "Ana Ruiz"
