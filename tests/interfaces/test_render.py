"""HTML views: notebooks (``_repr_html_``), the standalone page, escaping, and what a browser shows."""

from __future__ import annotations

import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from eventkit.api import Extraction, Extractor
from eventkit.render import argument_spans, event_html, extraction_html, render_html

pytestmark = pytest.mark.model

CHROMIUM = Path("/usr/bin/chromium")

ARTICLE = (
    "Harbour Board Meets as Storm Nears\n\n"
    "Port Director Elena Rossi met Mayor Tom Walsh in Cork on Friday to plan for the storm.\n\n"
    '"Boats must stay in the harbour <b>until Sunday</b>," Rossi told reporters. '
    "<script>document.body.setAttribute('data-pwned', 'yes')</script>\n\n"
    "The Irish Red Cross donated 40 sandbag pallets to the town of Cobh, a spokesperson said.\n"
)


@pytest.fixture(scope="module")
def result(extractor: Extractor) -> Extraction:
    out = extractor.extract(ARTICLE, published="2024-10-18")
    assert out.events
    return out


def test_article_markup_is_escaped(result: Extraction) -> None:
    page = render_html(result)
    assert "<script>" not in page and "<b>" not in page
    dom = _Dom()
    dom.feed(page)
    assert dom.article == ARTICLE  # every character, as text


def test_every_trigger_is_marked_with_its_event(result: Extraction) -> None:
    fragment = extraction_html(result)
    marked = re.findall(r'<mark class="ek-trigger ek-(\w+)"[^>]*data-event="([^"]+)"', fragment)
    for event in result.events:
        if event.trigger is not None:
            assert any(event.id in ids.split() and kind == event.type for kind, ids in marked)


def test_arguments_are_underlined_with_their_roles(result: Extraction) -> None:
    fragment = extraction_html(result)
    for event in result.events:
        for role, _ in argument_spans(event):
            assert f"{event.id}\u00b7{role}" in fragment


def test_notebook_reprs(result: Extraction) -> None:
    html = result._repr_html_()
    assert 'class="eventkit"' in html and "<table" in html
    card = result.events[0]._repr_html_()
    assert card == event_html(result.events[0])
    assert result.events[0].type in card and "<blockquote" in card


def test_extraction_without_text_shows_only_the_table(result: Extraction) -> None:
    bare = Extraction.model_validate_json(result.to_json())  # the text is not serialised
    fragment = extraction_html(bare)
    assert "the article text is not available" in fragment and "<table" in fragment


class _Dom(HTMLParser):
    """Elements and text of a page; ``article`` is the article's text without the inline labels."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._article: list[str] = []
        self._open: list[str] = []  # classes of the open elements

    @property
    def article(self) -> str:
        return "".join(self._article)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in {"meta", "br", "img", "link", "input"}:
            self._open.append(dict(attrs).get("class") or "")

    def handle_endtag(self, tag: str) -> None:
        if self._open:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if "ek-article" in self._open and not {"ek-role", "ek-label"} & set(self._open):
            self._article.append(data)


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (/usr/bin/chromium)")
def test_headless_chromium_shows_the_article_as_text(result: Extraction, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(render_html(result, title="Cork storm"), encoding="utf-8")
    done = subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    dom = _Dom()
    dom.feed(done.stdout)
    tags = [t for t, _ in dom.tags]
    body = next(attrs for t, attrs in dom.tags if t == "body")
    text = "".join(dom.text)
    assert "script" not in tags and "b" not in tags  # the article's markup stayed text
    assert "data-pwned" not in body  # and nothing ran
    assert dom.article == ARTICLE  # the browser shows the article's markup as text
    assert "Cork storm" in text
    marks = [attrs for t, attrs in dom.tags if t == "mark"]
    assert {m["data-event"] for m in marks} >= {e.id for e in result.events if e.trigger is not None}
    rows = [attrs for t, attrs in dom.tags if t == "tr" and attrs.get("class") == "ek-row"]
    assert [r["data-event"] for r in rows] == [e.id for e in result.events]
