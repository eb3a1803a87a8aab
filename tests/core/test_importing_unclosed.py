"""Text after an unclosed element is kept: a generated test walks every element name lxml and HTML know."""

from __future__ import annotations

import lxml.html.defs
import pytest

from desktop.core.importing import import_bytes

BEFORE = "قالت الشركة إنها باعت 40 ألف جهاز في الربع الأول من العام."
AFTER = "وأضافت أن إيراداتها ارتفعت 12% إلى 90 مليون دولار."
LAST = "وتتوقع الشركة أن تبيع 200 ألف جهاز بنهاية العام."

# The elements of the WHATWG HTML standard and the obsolete ones browsers still parse, beside lxml's lists.
HTML_ELEMENTS = """a abbr acronym address applet area article aside audio b base basefont bdi bdo bgsound big blink
blockquote body br button canvas caption center cite code col colgroup data datalist dd del details dfn dialog dir
div dl dt em embed fencedframe fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head
header hgroup hr html i iframe image img input ins isindex kbd keygen label legend li link listing main map mark
marquee math menu menuitem meta meter multicol nav nextid nobr noembed noframes noscript object ol optgroup option
output p param picture plaintext portal pre progress q rb rp rt rtc ruby s samp script search section select
selectedcontent slot small source spacer span strike strong style sub summary sup svg table tbody td template
textarea tfoot th thead time title tr track tt u ul var video wbr xmp""".split()
# Elements that structure the page itself: an unclosed one is the document's own frame, not a swallowing element.
FRAME = {"html", "head", "body"}
NAMES = sorted((set(lxml.html.defs.tags) | set(lxml.html.defs.html5_tags) | set(HTML_ELEMENTS)) - FRAME)
# One <main> (or <article>) bounds the article: text before it may be outside the article by design.
BOUNDING = {"main", "article"}


def test_the_walk_covers_the_elements_the_issue_names() -> None:
    named = {"audio", "canvas", "dialog", "embed", "iframe", "math", "noscript", "object", "source", "svg",
             "template", "track", "video"}
    assert named <= set(NAMES) and len(NAMES) >= 140


@pytest.mark.parametrize("name", NAMES)
def test_paragraphs_after_an_unclosed_element_are_kept(name: str) -> None:
    page = (f"<html><head><title>خبر</title></head><body><p>{BEFORE}</p><{name}>"
            f"<p>{AFTER}</p><p>{LAST}</p></body></html>")
    text = import_bytes(page.encode(), f"{name}.html").text
    assert AFTER in text and LAST in text
    assert BEFORE in text or name in BOUNDING


@pytest.mark.parametrize("name", NAMES)
def test_inline_text_after_an_unclosed_element_is_kept(name: str) -> None:
    page = f"<html><body><article><p>{BEFORE}</p><p><{name} class=x>{AFTER}</p><p>{LAST}</p></article></body></html>"
    text = import_bytes(page.encode(), f"{name}.html").text
    assert AFTER in text and LAST in text
    assert BEFORE in text or name in BOUNDING


@pytest.mark.parametrize("name", ["video", "svg", "template", "iframe", "script", "noscript", "object", "audio"])
def test_closed_hidden_elements_still_hide_their_content(name: str) -> None:
    hidden = "نص داخل عنصر مخفي لا يظهر للقارئ"
    page = (f"<html><body><main><p>{BEFORE}</p><{name}><p>{hidden}</p></{name}><p>{AFTER}</p>"
            f"<video><source src=a.mp4>{hidden}</video></main></body></html>")
    text = import_bytes(page.encode(), "closed.html").text
    assert hidden not in text
    assert BEFORE in text and AFTER in text
