from __future__ import annotations

import random
from typing import TYPE_CHECKING

import pytest

from eventkit.offsets import OffsetMap
from eventkit.text.clean import BlockKind, clean

if TYPE_CHECKING:
    from eventkit.api import Extractor

ARTICLE = """\


Written by [Jane Roe](#) on March 3, 2024

Port Deal Signed in Mombasa as Rains Continue

The ministry said it had received \\$2.5 million from donors &amp; partners.

AP Images
Two officials shake hands at the port

<p>Officials met in Mombasa on Friday.</p> The talks lasted\u00a0three hours.

“We are grateful,” the minister said.

- Flooding displaced 4,000 people in the region.

Subscribe to our newsletter

Get exclusive access to every issue, delivered to your inbox!

- 12 issues per year
- Cancel anytime.
"""


def test_boilerplate_lines_are_dropped() -> None:
    cleaned = clean(ARTICLE)
    reasons = {cleaned.raw[s:e]: why for s, e, why in cleaned.dropped}
    assert reasons["Written by [Jane Roe](#) on March 3, 2024"] == "byline"
    assert reasons["AP Images"] == "credit"
    assert reasons["Two officials shake hands at the port"] == "caption"
    assert reasons["Subscribe to our newsletter"] == "promo"
    assert reasons["- Cancel anytime."] == "promo"
    assert "newsletter" not in cleaned.text and "Jane Roe" not in cleaned.text


def test_a_stock_exchange_disclaimer_is_dropped() -> None:
    """``drop_line``: the exchange's closing disclaimer says nothing of the company's."""
    raw = (
        "Miner signs pact\n\nHalvorsen Nickel Corp. said on Monday it had signed an agreement with the Nation.\n\n"
        "Neither the TSX Venture Exchange nor its Regulation Services Provider accepts responsibility for the "
        "adequacy or accuracy of this release."
    )
    cleaned = clean(raw)
    assert "accepts responsibility" not in cleaned.text
    assert "signed an agreement" in cleaned.text


def test_no_body_sentence_is_dropped() -> None:
    text = clean(ARTICLE).text
    for sentence in [
        "The ministry said it had received $2.5 million from donors & partners.",
        "Officials met in Mombasa on Friday.",
        "The talks lasted three hours.",
        '"We are grateful," the minister said.',
        "Flooding displaced 4,000 people in the region.",
    ]:
        assert sentence in text


def test_an_article_paragraph_after_a_related_link_ends_the_promotional_block() -> None:
    raw = (
        "Floods close roads across the north\n\n"
        "Related: Farmers count the cost of the dry spell\n\n"
        "The agency said 40 tonnes of food had been delivered to villages cut off by the water, "
        "and that free clinics would open in three towns before the end of the week.\n\n"
        '"You cannot wait for the water to go down," the regional governor told reporters.\n'
    )
    cleaned = clean(raw)
    reasons = {cleaned.raw[s:e]: why for s, e, why in cleaned.dropped}
    assert reasons == {"Related: Farmers count the cost of the dry spell": "promo"}
    assert "had been delivered to villages" in cleaned.text
    assert '"You cannot wait for the water to go down," the regional governor told reporters.' in cleaned.text


@pytest.mark.parametrize(
    "heading",
    ["Related Stories", "More on this story", "You may also like:", "Top headlines", "More from Ardal United:"],
)
def test_a_list_of_linked_headlines_is_no_article_text(heading: str) -> None:
    raw = (
        "Harbour reopens after the storm\n\n"
        "The port authority said ships could dock again from Monday.\n\n"
        f"{heading}\n\n"
        "[Police arrest twelve people after clashes at the Ardal football ground, officers say](https://x.example/a)\n\n"
        "- [Minister says talks on fishing rights will resume](https://x.example/b)\n\n"
        "**[Floods kill 40 in the west](https://x.example/c)**\n\n"
        "The authority said repairs to the outer pier would take another month.\n"
    )
    text = clean(raw).text
    assert heading.rstrip(":") not in text and "arrest" not in text and "talks" not in text and "Floods" not in text
    assert "The authority said repairs to the outer pier would take another month." in text


@pytest.mark.parametrize("heading", ["ALSO READ:", "Related stories", "Read more:"])
def test_headlines_without_links_under_a_list_heading_are_no_article_text(heading: str) -> None:
    """``link_list_start``: the headlines under the heading go too, link or not, up to the next sentence."""
    raw = (
        "Two men die in crash on ring road\n\n"
        "Two men were killed in a crash on the ring road on Thursday.\n\n"
        f"{heading}\n"
        "Kenya: New rules for motorbike taxis come into force next month\n"
        "Police warn motorists over speeding on the highway\n\n"
        "The crash happened near the airport, police said.\n"
    )
    text = clean(raw).text
    assert "New rules" not in text and "warn motorists" not in text
    assert "The crash happened near the airport, police said." in text


def test_a_promotional_block_keeps_its_short_lines_only() -> None:
    """Outside a list of links, a long line without a full stop after a sales heading is article text."""
    raw = (
        "Floods close roads\n\n"
        "Subscribe to our newsletter\n"
        "Kenya: New rules for motorbike taxis come into force next month\n\n"
        "The agency said 40 tonnes of food had been delivered.\n"
    )
    assert "New rules for motorbike taxis" in clean(raw).text


def test_a_quoted_you_does_not_keep_a_promotional_block_going() -> None:
    raw = 'Storm nears the coast\n\nRead more: Storm season guide\n\n"You must leave tonight," the mayor said.\n'
    assert '"You must leave tonight," the mayor said.' in clean(raw).text


def test_a_live_pages_time_stamp_line_is_dropped() -> None:
    raw = "Election night live\n\n01:10 GMT\nKovac posted a photo of the crowd.\n\n13:20 GMT - Polls close.\n"
    cleaned = clean(raw)
    reasons = {cleaned.raw[s:e]: why for s, e, why in cleaned.dropped}
    assert reasons == {"01:10 GMT": "boilerplate"}
    assert "GMT Kovac" not in cleaned.text and "Polls close." in cleaned.text


def test_headline_is_its_own_block() -> None:
    cleaned = clean(ARTICLE)
    first = cleaned.blocks[0]
    assert first.kind == BlockKind.HEADLINE
    assert cleaned.text[first.start : first.end] == "Port Deal Signed in Mombasa as Rains Continue"
    assert all(b.kind == BlockKind.BODY for b in cleaned.blocks[1:])


@pytest.mark.parametrize(
    ("raw", "headline"),
    [
        # a feed that ends its headlines with a period
        (
            "Mayor says harbour pier will reopen in May.\n\n"
            "The mayor of Harbourton said on Monday that the pier, closed since the storm, would reopen in May.",
            True,
        ),
        # a short first paragraph before a shorter one is the body
        (
            "The mayor of Harbourton said on Monday that the pier would reopen in May.\n\nFees will not rise.",
            False,
        ),
    ],
)
def test_a_short_sentence_case_first_line_before_a_longer_lede_is_a_headline(raw: str, headline: bool) -> None:
    first = clean(raw).blocks[0]
    assert (first.kind == BlockKind.HEADLINE) is headline


def test_escapes_entities_and_links_map_back_to_raw() -> None:
    cleaned = clean(ARTICLE)
    i = cleaned.text.index("$2.5 million")
    assert cleaned.offsets.raw_text(i, i + len("$2.5 million")) == "\\$2.5 million"
    j = cleaned.text.index("donors & partners")
    assert cleaned.offsets.raw_text(j, j + len("donors & partners")) == "donors &amp; partners"
    k = cleaned.text.index('"We are grateful,"')
    assert cleaned.offsets.raw_text(k, k + 18) == "“We are grateful,”"


def test_markdown_link_text_is_kept() -> None:
    cleaned = clean("Officials told [Reuters](https://example.org) that the talks failed.")
    assert cleaned.text == "Officials told Reuters that the talks failed."


def test_a_link_text_is_rewritten_like_other_words() -> None:
    # controls, zero-width characters and entities inside a link's words go as they do elsewhere
    cleaned = clean("Officials told [Reuters\u200b &amp; AP\x1b](https://example.org) that the talks failed.")
    assert cleaned.text == "Officials told Reuters & AP that the talks failed."
    start = cleaned.text.index("AP")
    assert cleaned.raw[slice(*cleaned.offsets.raw_span(start, start + 2))] == "AP"


def test_hard_wrapped_lines_are_joined() -> None:
    cleaned = clean("The minister said the\nport would reopen on Monday.\n\nA second paragraph.")
    assert "The minister said the port would reopen on Monday." in cleaned.text
    assert "\n\nA second paragraph." in cleaned.text


@pytest.mark.parametrize("seed", range(5))
def test_every_cleaned_span_maps_inside_the_raw_text(seed: int) -> None:
    rng = random.Random(seed)
    cleaned = clean(ARTICLE)
    n = len(cleaned.text)
    for _ in range(300):
        start = rng.randrange(n)
        end = min(n, start + rng.randrange(1, 40))
        raw_start, raw_end = cleaned.offsets.raw_span(start, end)
        assert 0 <= raw_start <= raw_end <= len(ARTICLE)


def test_identity_map_and_bounds() -> None:
    offsets = OffsetMap.identity("abc")
    assert offsets.raw_span(0, 3) == (0, 3)
    with pytest.raises(IndexError):
        offsets.raw_span(2, 5)


def test_clean_rejects_non_strings() -> None:
    with pytest.raises(TypeError, match="expects str"):
        clean(b"bytes")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "raw",
    ["", "   \n\n  ", "\x00\x01\x02", "<<<>>>", '"unbalanced quote', "[broken](link", "\\" * 50, "&amp" * 20],
    ids=[
        "empty",
        "whitespace",
        "control chars",
        "angle brackets",
        "unbalanced quote",
        "broken link",
        "backslashes",
        "broken entities",
    ],
)
def test_odd_input_never_raises(raw: str) -> None:
    cleaned = clean(raw)
    assert len(cleaned.offsets.to_raw_index) == len(cleaned.text)


MARKDOWN = "\n".join(
    [
        "**BREAKING:** Aid Flights Land in Quake-Hit Region",
        "",
        "*Published 10 Sep 2023, 14:05 GMT* | By [A. Writer](https://news.example/a)",
        "",
        "*Caption: A cargo plane is loaded at the airport. Photo: AA*",
        "",
        "ANKARA \\- The agency sent **50 tons** of *humanitarian* aid on Sunday, officials said.",
        "",
        '&gt; "We stand with our neighbours," the minister wrote.',
        "",
        "## What happens next",
        "",
        "Related: [Quake: what we know](https://news.example/quake)",
        "",
        "\u00a9 2023 News Example. All rights reserved.",
    ]
)


def test_markdown_emphasis_quotes_headings_captions_and_footers() -> None:
    cleaned = clean(MARKDOWN)
    text = cleaned.text
    assert "*" not in text and "&gt;" not in text and "##" not in text
    assert "Caption" not in text and "Related" not in text and "rights reserved" not in text
    assert "Published" not in text  # a publication stamp in emphasis is still a byline
    assert "sent 50 tons of humanitarian aid on Sunday" in text
    assert text.splitlines()[0] == "BREAKING: Aid Flights Land in Quake-Hit Region"
    # the escaped dash ends a dateline: the first sentence starts after it
    assert "\nThe agency sent" in text
    assert '"We stand with our neighbours," the minister wrote.' in text
    assert "What happens next" not in text  # a subheading is a label, not a sentence
    # every kept character maps back to the same character of the raw text
    for i, ch in enumerate(text):
        if ch not in " \n":
            start, end = cleaned.offsets.raw_span(i, i + 1)
            assert MARKDOWN[start:end] == ch or MARKDOWN[start:end].startswith(("&", "\\"))


def test_a_lone_asterisk_in_arithmetic_is_kept() -> None:
    assert "5 * 3" in clean("The index rose 5 * 3 points on Monday.").text


def test_a_colon_dateline() -> None:
    text = clean("NEW DELHI: The ministers met on Monday.").text
    assert text.startswith("NEW DELHI:") and "\nThe ministers met on Monday." in text


@pytest.mark.parametrize(
    "raw", ["**ACCRA** \u2014 Norway donated $6 million to Ghana.", "__ACCRA__ - Norway donated $6 million."]
)
def test_a_bold_or_italic_dateline_of_a_web_page(raw: str) -> None:
    """ "**ACCRA** — ...": the page's markdown around the dateline; the city is no part of the first sentence."""
    cleaned = clean(raw)
    assert cleaned.dateline is not None
    assert cleaned.text.startswith("ACCRA") and "\nNorway donated" in cleaned.text


def test_a_bold_dateline_is_not_the_donor(extractor: Extractor) -> None:
    (donation,) = extractor.extract("**ACCRA** \u2014 Norway on Wednesday donated $6 million to Ghana.").donations
    assert donation.donor is not None and donation.donor.name == "Norway"


@pytest.mark.parametrize(
    ("raw", "city"),
    [
        ("Ships Collide.\n\nTROMS\u00d8, Norway \u2014 Two trawlers collided on Friday.", "TROMS\u00d8"),
        ("Protest Broken Up.\n\nBOGOT\u00c1, Colombia (AP) \u2014 Police fired tear gas on Monday.", "BOGOT\u00c1"),
        ("Protest Broken Up.\n\nS\u00e3o Paulo \u2014 Police fired tear gas on Monday.", "S\u00e3o Paulo"),
    ],
)
def test_a_dateline_city_with_accented_letters(raw: str, city: str) -> None:
    """ "TROMSØ, Norway —", "BOGOTÁ, Colombia (AP) —", "São Paulo —": datelines, no part of the first sentence."""
    cleaned = clean(raw)
    assert cleaned.dateline is not None
    assert cleaned.text[cleaned.dateline[0] : cleaned.dateline[1]].startswith(city)
    assert "\nTwo trawlers" in cleaned.text or "\nPolice fired" in cleaned.text


@pytest.mark.parametrize(
    ("raw", "dateline"),
    [
        (
            "Talks Resume.\n\nOSLO/GENEVA, Nov 20 (Reuters) - The envoys met on Friday.",
            "OSLO/GENEVA, Nov 20 (Reuters) - ",
        ),
        ("Markets Slide.\n\nLONDON/NEW YORK (Reuters) - Shares fell on Friday.", "LONDON/NEW YORK (Reuters) - "),
    ],
)
def test_a_wire_dateline_filed_from_two_cities(raw: str, dateline: str) -> None:
    """ "OSLO/GENEVA, Nov 20 (Reuters) -": a story filed from two cities; no part of the first sentence."""
    cleaned = clean(raw)
    assert cleaned.dateline is not None
    assert cleaned.text[cleaned.dateline[0] : cleaned.dateline[1]].strip() == dateline.strip()


def test_a_lone_lede_after_a_dateline_is_no_headline(extractor: Extractor) -> None:
    """A one-paragraph story opening with its dateline: the capitals of its names do not make it a headline."""
    raw = "OSLO, Nov 20 - Kari Holm met Trade Minister Jan Vik at the ministry on Thursday."
    cleaned = clean(raw)
    assert [block.kind for block in cleaned.blocks] == [BlockKind.BODY]
    assert cleaned.dateline is not None
    (meeting,) = extractor.extract(raw, published="2026-11-20").meetings
    assert sorted(p.name for p in meeting.participants) == ["Jan Vik", "Kari Holm"]


def test_a_title_case_headline_without_a_dateline_stays_a_headline() -> None:
    cleaned = clean("Trade Minister Meets Oslo Business Leaders.\n\nThe minister met ten chief executives on Friday.")
    assert cleaned.blocks[0].kind == BlockKind.HEADLINE


def test_a_two_city_dateline_is_no_party_or_content(extractor: Extractor) -> None:
    result = extractor.extract(
        "Envoy in Muscat as board weighs resolution\n\nMUSCAT/VIENNA, Nov 20 (Reuters) - Iranian Foreign Minister"
        " Abbas Araghchi met Oman's Sultan Haitham bin Tariq in Muscat on Friday, Iranian state media reported."
    )
    (meeting,) = result.meetings
    assert "Austria" not in [p.name for p in meeting.participants]
    (statement,) = result.statements
    assert statement.content.startswith("Iranian Foreign Minister")


def test_a_title_case_dateline_with_its_agency() -> None:
    """ "Port Louis (AFP) - ..." (as wire copy reprinted on the web has it) is a dateline too."""
    cleaned = clean("Island Votes.\n\nPort Louis (AFP) \u2013 Voters queued for hours on Sunday.")
    assert cleaned.dateline is not None
    assert cleaned.text[cleaned.dateline[0] : cleaned.dateline[1]].startswith("Port Louis (AFP)")
    assert "\nVoters queued for hours on Sunday." in cleaned.text


@pytest.mark.parametrize(
    ("raw", "dateline", "body"),
    [
        (
            "Rally in the north\n\nSkopje (North Macedonia) (AFP) - Several thousand people marched on Sunday.",
            "Skopje (North Macedonia) (AFP)",
            "Several thousand people",
        ),
        (
            "Ministers meet\n\nAddis Ababa, November 20/2026 - The two ministers met on Wednesday.",
            "Addis Ababa, November 20/2026",
            "The two ministers",
        ),
    ],
)
def test_a_dateline_with_its_country_in_brackets_or_the_year_after_a_slash(raw: str, dateline: str, body: str) -> None:
    """AFP's "Place (Country) (AFP) -" and the Ethiopian press's "Place, Month DD/YYYY -" are datelines."""
    cleaned = clean(raw)
    assert cleaned.dateline is not None
    assert cleaned.text[cleaned.dateline[0] : cleaned.dateline[1]].startswith(dateline)
    assert "\n" + body in cleaned.text


def test_a_law_numbered_by_its_year_is_no_dateline() -> None:
    """Only a month's name comes before a slashed year in a dateline: "Royal Decree 12/2024 - ..." is a subject."""
    cleaned = clean("Rents capped\n\nRoyal Decree 12/2024 - the rule on rental caps - was approved on Tuesday.")
    assert cleaned.dateline is None


def test_a_dateline_with_the_agency_after_the_day() -> None:
    """ "Tamale, Feb. 15, GNA - ..." (the Ghana News Agency's form) is a dateline, no part of the subject."""
    cleaned = clean(
        "Bank gives to hospital\n\nTamale, Feb. 15, GNA - GCB Bank PLC has presented items to the hospital."
    )
    assert cleaned.dateline is not None
    assert cleaned.text[cleaned.dateline[0] : cleaned.dateline[1]].startswith("Tamale, Feb. 15, GNA")
    assert "\nGCB Bank PLC has presented" in cleaned.text


@pytest.mark.parametrize(
    ("raw", "city"),
    [
        ("Rains Return.\n\nHonolulu \u2014 Heavy rain closed roads across Oahu on Sunday.", "Honolulu"),
        ("Quake Felt.\n\nSan Jose, Costa Rica \u2013 A strong earthquake shook the capital on Monday.", "San Jose"),
    ],
)
def test_a_title_case_dateline_with_a_dash_opening_the_first_paragraph(raw: str, city: str) -> None:
    """ "Honolulu — Heavy rain ...": web copy's dateline, with no agency, is no part of the first sentence."""
    cleaned = clean(raw)
    assert cleaned.dateline is not None
    assert cleaned.text[cleaned.dateline[0] : cleaned.dateline[1]].startswith(city)
    assert "\nHeavy rain" in cleaned.text or "\nA strong earthquake" in cleaned.text


@pytest.mark.parametrize(
    "raw",
    [
        "Rains Return.\n\nOfficials \u2014 who met late \u2014 said nothing.",
        "Rains Return.\n\nMeanwhile \u2014 the rain kept falling on Sunday.",
        "Rains Return.\n\nRoads were shut on Sunday.\n\nHonolulu \u2014 The rain kept falling.",
    ],
)
def test_a_title_case_word_and_a_dash_elsewhere_is_no_dateline(raw: str) -> None:
    """An aside in dashes, a lower-case sentence after the dash, or a later paragraph: no dateline."""
    assert clean(raw).dateline is None


def test_the_line_under_a_credit_that_holds_its_caption_is_the_headline() -> None:
    """ "Photo: <caption> (Credit: ...)" holds its own caption: the line under it is the headline, kept."""
    raw = (
        "Photo: Volunteers load boxes of tents onto a truck in Sylhet. (Credit: Example Agency)\n\n"
        "Relief group sends tents to flood-hit Sylhet\n\n"
        "A relief group sent 900 tents to families in Sylhet on Monday, its director said."
    )
    cleaned = clean(raw)
    assert cleaned.text.startswith("Relief group sends tents to flood-hit Sylhet")
    assert cleaned.blocks[0].kind == BlockKind.HEADLINE


def test_a_name_with_a_parenthesis_is_no_dateline() -> None:
    cleaned = clean("Votes Counted.\n\nSen. Ana Ruiz (D-Ore.) - who chairs the panel - voted no.")
    assert cleaned.dateline is None


def test_photo_positions_are_dropped_from_captions() -> None:
    raw = "Leaders Meet.\n\nChancellor Olaf Scholz, left, welcomes President Andrzej Duda, second from right, in Kiel."
    cleaned = clean(raw)
    assert "Olaf Scholz welcomes President Andrzej Duda in Kiel." in cleaned.text
    assert [reason for *_, reason in cleaned.dropped] == ["position", "position"]
    start = cleaned.text.index("welcomes")
    assert cleaned.offsets.raw_text(start, start + 8) == "welcomes"


def test_left_and_right_as_words_are_kept() -> None:
    text = "When she left, right, and center were all alike."
    assert text in clean("A Headline.\n\n" + text).text


@pytest.mark.parametrize(
    ("raw", "headline", "lede"),
    [
        (
            "Port Strike in Vardo May Spread-Union leaders and dock workers are warning that the strike will spread.",
            "Port Strike in Vardo May Spread",
            "Union leaders and dock workers are warning",
        ),
        (
            # the first hyphen is inside the title; the one after it ends it
            "Retired Ex-Navy Chief Questions Harbour Contract-A former navy chief says the contract must be reviewed.",
            "Retired Ex-Navy Chief Questions Harbour Contract",
            "A former navy chief says",
        ),
        (
            "Ferry Crews Walk Out Over Pay -The ferry crews of three island routes stopped work on Monday.",
            "Ferry Crews Walk Out Over Pay",
            "The ferry crews of three island routes",
        ),
        (
            # a headline that ends with a quoted phrase has no sentence end
            "Mayor Asks Voters to 'Give Harbour a Chance'-The mayor of Vardo asked voters on Monday to back the plan.",
            'Mayor Asks Voters to "Give Harbour a Chance"',  # single quotes read as double ones
            "The mayor of Vardo asked voters",
        ),
    ],
)
def test_a_headline_glued_to_the_lede_without_a_dateline_is_split(raw: str, headline: str, lede: str) -> None:
    result = clean(raw + "\n\nMore details followed on Tuesday.")
    head, body = result.blocks[0], result.blocks[1]
    assert head.kind == BlockKind.HEADLINE and result.text[head.start : head.end] == headline
    assert body.kind == BlockKind.BODY and result.text[body.start : body.end].startswith(lede)
    assert "-" not in result.text[head.end : body.start]


@pytest.mark.parametrize(
    "raw",
    [
        "Pro-Government groups held rallies in the capital on Sunday.",  # a compound, not a join
        "Harbour Talks Resume-Officials From Both Sides Meet In Oslo",  # no sentence after the hyphen
        "The Vardo-Kirkenes Ferry Line reopened on Monday after repairs.",  # the text before is no title
        # one lower-case word: a sentence, not a headline, before the hyphen of a name
        "Fishermen loyal to Vardo's Al-Harbour union said they would strike on Monday.",
    ],
)
def test_a_hyphenated_first_line_that_is_no_glued_headline_stays_whole(raw: str) -> None:
    result = clean(raw)
    assert result.blocks[0].end - result.blocks[0].start == len(raw)


@pytest.mark.parametrize(
    "stamp",
    # a web page's bold or italic stamp too, its marks around the time or around time and dash
    ["14:05 \u2014 ", "9.30am GMT - ", "11:20 ET: ", "**13:10 GMT** \u2014 ", "**14:05 \u2014** ", "*18:10* "],
)
def test_a_live_blog_time_stamp_opening_an_entry_is_no_part_of_its_text(stamp: str) -> None:
    raw = f"Live: floods in the north\n\n{stamp}The harbour authority said the pier would stay closed.\n"
    cleaned = clean(raw)
    assert "The harbour authority said the pier would stay closed." in cleaned.text
    assert not any(ch.isdigit() for ch in cleaned.text)  # no time of the stamp is left
    i = cleaned.text.index("The harbour")
    assert cleaned.offsets.raw_text(i, i + 11) == "The harbour"


@pytest.mark.parametrize(
    "line",
    [
        "10:30 was the hour the ferry left Ardal, the captain said.",
        "10:30 - 11:45 saw the heaviest rain, forecasters said.",
    ],
)
def test_a_time_that_opens_a_sentence_is_kept(line: str) -> None:
    assert line in clean(f"Ferry delayed by storm\n\n{line}\n").text


def test_a_press_release_dateline_after_its_release_line_and_headline() -> None:
    raw = (
        "FOR IMMEDIATE RELEASE\n\nHarbour Mills Gives Blankets to Shelters\n\n"
        "LEEDS, England, March 3, 2026 /PRNewswire/ -- Harbour Mills today announced a gift of 500 blankets.\n\n"
        "Media contact: press@harbour.example\n"
    )
    cleaned = clean(raw)
    assert "IMMEDIATE" not in cleaned.text and "press@" not in cleaned.text
    assert cleaned.dateline is not None
    assert cleaned.text[cleaned.dateline[0] : cleaned.dateline[1]].startswith(
        "LEEDS, England, March 3, 2026 /PRNewswire/"
    )


@pytest.mark.parametrize("kicker", ["Live: ", "WATCH: ", "Analysis: ", "## Breaking news: "])
def test_a_section_label_opening_a_headline_is_dropped(kicker: str) -> None:
    raw = f"{kicker}Ferry sinks off the north coast\n\nAll passengers were rescued, the coast guard said.\n"
    cleaned = clean(raw)
    assert cleaned.text.startswith("Ferry sinks off the north coast")
    assert cleaned.blocks[0].kind == BlockKind.HEADLINE
    assert any(reason == "kicker" for _, _, reason in cleaned.dropped)
    assert cleaned.offsets.raw_text(0, 5) == "Ferry"


def test_a_headline_that_is_only_a_label_and_a_word_stays() -> None:
    assert clean("Analysis: Explained\n\nThe harbour reopened.\n").text.startswith("Analysis: Explained")


def test_a_clock_time_opening_a_live_blog_entry_is_dropped() -> None:
    raw = "Live: floods in the north\n\n18:10 A man in his 70s has died in the village of Ardal, police say.\n"
    assert "18:10" not in clean(raw).text
    assert "A man in his 70s has died" in clean(raw).text


def test_a_paragraph_closed_by_a_dropped_credit_is_remembered() -> None:
    """ "(AP Photo/Ana Ruiz)" is dropped from the text; the paragraph it closed is still known as a caption."""
    raw = (
        "Frigate sails\n\n"
        "Admiral Jon Falk waves from the deck in Bergen. (AP Photo/Ana Ruiz)\n\n"
        "The frigate left Bergen on Tuesday. (J. Doe/Agency)-Onlookers cheered from the quay."
    )
    cleaned = clean(raw)
    assert "AP Photo" not in cleaned.text
    assert cleaned.closed_by_credit(cleaned.text.index("waves"))
    assert not cleaned.closed_by_credit(cleaned.text.index("Onlookers"))
    assert not cleaned.closed_by_credit(cleaned.text.index("Frigate"))


@pytest.mark.parametrize(
    "raw",
    [
        "Clinic attacked.\n\nJuba, 19 November 2026 - Medical Relief Alliance condemns the attack on its clinic.",
        "Clinic attacked.\n\nJuba, South Sudan, Nov. 19, 2026 -- Medical Relief Alliance condemns the attack.",
    ],
)
def test_a_press_release_dateline_with_its_day(raw: str) -> None:
    """ "Juba, 19 November 2026 - ...": a dateline (a plain hyphen will do after a full date)."""
    cleaned = clean(raw)
    assert cleaned.dateline is not None
    assert cleaned.text[cleaned.dateline[0] : cleaned.dateline[1]].startswith("Juba")
    assert "\nMedical Relief Alliance condemns" in cleaned.text


def test_a_signature_line_joins_the_quote_or_post_it_signs() -> None:
    """A pull quote's or an embedded post's signature on its own line belongs to the line before it."""
    raw = (
        "Harbour reopens\n\n"
        "The harbour reopened on Monday.\n\n"
        '"Nobody asked the fishermen what they wanted."\n'
        "\u2014 economist Jonas Berg\n\n"
        "Best harbour in the north, and now the best ferry too.\n"
        "\u2014 Marta Solberg (@msolberg) March 12, 2024\n\n"
        "The mayor spoke next.\n"
        "\u2014 A second paragraph opens with a dash and goes on. It is no signature."
    )
    text = clean(raw).text
    assert '"Nobody asked the fishermen what they wanted." \u2014 economist Jonas Berg' in text
    assert "ferry too. \u2014 Marta Solberg (@msolberg)" in text
    assert "The mayor spoke next.\n\n\u2014 A second paragraph" in text


@pytest.mark.parametrize(
    "raw",
    [
        "Talks held\n\nKathmandu, May 12 (PTI) Foreign Minister Arzu Rana held talks with her counterpart.",
        "Talks held\n\nDHAKA, May 12 (BSS): Foreign Minister Arzu Rana held talks with her counterpart.",
        "Talks held\n\nLagos, May 12, 2026 (NAN) Foreign Minister Arzu Rana held talks with her counterpart.",
    ],
)
def test_a_national_agency_dateline_without_a_dash(raw: str) -> None:
    """ "Kathmandu, May 12 (PTI) Foreign Minister ...": the day and the agency close the dateline."""
    cleaned = clean(raw)
    assert cleaned.dateline is not None
    assert "\nForeign Minister Arzu Rana held talks" in cleaned.text


def test_a_web_pages_date_line_and_photo_caption_come_before_the_dateline() -> None:
    """A byline's date line and a credited caption before the first paragraph do not hide its dateline."""
    raw = (
        "Derby halted as fans fight\n\n"
        "By Staff Reporter\n"
        "May 3, 2026\n\n"
        "Stewards watch the crowd on Sunday. (Photo: Staff/Agency)\n\n"
        "BERGAMO \u2014 Rival fans fought in the stands on Sunday, injuring 17 spectators."
    )
    cleaned = clean(raw)
    assert cleaned.dateline is not None
    assert cleaned.text[cleaned.dateline[0] : cleaned.dateline[1]].startswith("BERGAMO")


def _summaries(raw: str) -> list[tuple[str, str]]:
    cleaned = clean(raw)
    return [(kind, cleaned.text[s:e]) for s, e, kind in cleaned.summaries]


def test_time_stamped_labels_of_a_key_events_list_are_each_their_own_line() -> None:
    """ "4.32am Result declared": a label of a list of key events, not run into the next one."""
    raw = "Harbour vote live\n\nKey events\n\n4.32am Result declared\n2.15am Recount ruled out\n12.40am Police called\n"
    cleaned = clean(raw)
    assert [k for k, _ in _summaries(raw)] == ["label", "label", "label"]
    assert "Result declared Recount" not in cleaned.text
    assert "2.15am Recount ruled out\n\n12.40am" in cleaned.text


def test_summary_bullets_and_entry_headings() -> None:
    """A list under "Key highlights" and a live entry's heading under its time stamp sum up the body."""
    raw = (
        "Harbour vote live\n\n"
        "Key highlights\n"
        "- Mayor Erik Lindqvist meets Governor after the count\n"
        "- Turnout fell to 41 per cent.\n\n"
        "9:52 p.m. ET\n"
        "Harbour council confirms the final count\n\n"
        "The council confirmed the count at 9:47 p.m. after a long night in Vestby.\n"
    )
    assert _summaries(raw) == [
        ("bullet", "Mayor Erik Lindqvist meets Governor after the count"),
        ("bullet", "Turnout fell to 41 per cent."),
        ("heading", "Harbour council confirms the final count"),
    ]


def test_a_list_inside_the_body_and_a_last_line_are_no_summary() -> None:
    """A list after a body paragraph with no heading line, and a heading no paragraph follows, stay body."""
    raw = (
        "Harbour aid arrives\n\n"
        "The ministry listed what the convoy carried on Monday.\n"
        "- 40 generators for the clinic.\n"
        "- 300 blankets for the shelter.\n\n"
        "The convoy left Vestby at noon.\n\n"
        "More updates to follow shortly this evening\n"
    )
    assert _summaries(raw) == []


def test_a_heading_under_a_dated_time_stamp() -> None:
    """ "Nov 20, 2026 13:25 IST" is a time stamp too: the line under it heads its entry."""
    raw = (
        "Harbour vote live\n\n"
        "The count began at 8 am on Friday.\n\n"
        "Nov 20, 2026 13:25 IST\n"
        "Results LIVE: Mayor meets Governor at the harbour office\n\n"
        "Mayor Erik Lindqvist called on Governor Ana Ruiz at the harbour office on Friday.\n"
    )
    assert _summaries(raw) == [("heading", "Results LIVE: Mayor meets Governor at the harbour office")]


@pytest.mark.parametrize(
    "links",
    [
        ">> Also read: Kumba: a ferry capsizes on the river, six missing\n"
        ">> Also read: North: the main bridge reopened to traffic",
        "Lire aussi :\n- Kumba : un bac chavire sur le fleuve, six disparus",
        "\u00bb Lire aussi : Garoua : deux morts dans un accident de la route",
        "ALSO READ | Gunmen kill five villagers in attack on market",
        "\u00c0 lire \u00e9galement\n\nGunmen kill five villagers in attack on market",
        "Related topics: Floods | Weather | Roads",
    ],
)
def test_read_also_link_lines_are_dropped(links: str) -> None:
    """A francophone page's "Lire aussi", its translation ">> Also read:" and "ALSO READ |" head links."""
    raw = (
        "Floods hit northern towns\n\n"
        "Heavy rains flooded dozens of homes in Maroua on Tuesday, the governor said.\n\n"
        f"{links}\n\n"
        "Rains are expected to continue until the end of the month, the weather service said."
    )
    text = clean(raw).text
    assert "Maroua" in text and "until the end of the month" in text
    assert "Kumba" not in text and "Garoua" not in text and "Gunmen" not in text and "Weather |" not in text


@pytest.mark.parametrize(
    "heading", ["Read also - Harbour bridge reopens to traffic", "Related topics: Roads, Rates, Budget"]
)
def test_a_link_line_with_its_headline_opens_no_block(heading: str) -> None:
    """Round 45 review: a heading with its one headline on its line goes alone; the paragraph after it, which
    speaks to the reader ("If you are a trader ..."), is the article's."""
    raw = (
        "Ministers meet in Lome\n\n"
        "Finance ministers of five states met in Lome on Monday.\n\n"
        f"{heading}\n\n"
        "If you are a trader in Lome, the new levy will cost you 5% of your takings, the finance minister said."
    )
    text = clean(raw).text
    assert "If you are a trader in Lome" in text
    assert "Harbour bridge" not in text and "Related topics" not in text


def test_read_more_inside_a_sentence_is_kept() -> None:
    """Counter-example: "read more" inside a sentence is no link heading."""
    raw = (
        "Floods hit northern towns\n\n"
        "Residents can read more about relief on the city website, officials said on Tuesday.\n\n"
        "Also read the full report, which says the river rose two metres on Monday."
    )
    text = clean(raw).text
    assert "Residents can read more about relief on the city website" in text
    assert "Also read the full report, which says the river rose two metres on Monday." in text


def test_a_nested_quote_loses_its_marks_and_keeps_its_words() -> None:
    """ ">> The water came up ...": a nested block-quote's marks go, as a single one's do."""
    text = clean("Floods hit northern towns\n\n>> The water came up in minutes, one resident said.").text
    assert "\nThe water came up in minutes, one resident said." in text and ">" not in text
