"""Story Markdown renders to a small, inert HTML subset, whatever the story contains."""

from html.parser import HTMLParser

import pytest

from geodata.story import parse_story, section_html
from geodata.story.html import inline_html, markdown_html, plain_text

ALLOWED_TAGS = {"p", "em", "strong", "a", "span"}

HOSTILE = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
    '<img src=x onerror="alert(1)">',
    "![map](https://evil.example/track.png)",
    "![x](http://evil.example/a.png) and ![y](data:image/png;base64,AAAA)",
    "[click](javascript:alert(1))",
    "[click](javascript:void)",
    "[click](JaVaScRiPt:void)",
    "[click](data:text/html;base64,PHNjcmlwdD4=)",
    "[click](file:///etc/passwd)",
    '[click](https://ok.example/" onclick="alert(1))',
    "[click](https://ok.example/x'onmouseover='alert(1))",
    '<a href="javascript:alert(1)">x</a>',
    '<iframe src="https://evil.example"></iframe>',
    "<style>body{background:url(https://evil.example/x)}</style>",
    '<svg onload="alert(1)"></svg>',
    "**<b onmouseover=alert(1)>bold</b>**",
    "<!-- comment --> &lt;script&gt;",
]


class TagCollector(HTMLParser):
    """Every start tag and its attributes, as a browser would see them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags_of(html: str) -> list[tuple[str, dict[str, str | None]]]:
    collector = TagCollector()
    collector.feed(html)
    collector.close()
    return collector.tags


def assert_inert(html: str) -> None:
    for tag, attrs in tags_of(html):
        assert tag in ALLOWED_TAGS, html
        assert not [a for a in attrs if a.startswith("on") or a in {"src", "style"}], html
        if tag == "a":
            assert attrs["href"].startswith(("http://", "https://")), html
            assert set(attrs) == {"href", "class", "rel"}, html


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_markdown_renders_inert(text):
    html = markdown_html(text)
    assert_inert(html)
    assert "<script" not in html.lower() and "<img" not in html.lower()


@pytest.mark.parametrize(
    "text", ["[click](javascript:void)", "[click](data:text/html,x)", "[c](file:///x)"]
)
def test_unsafe_links_lose_the_link_but_keep_the_text(text):
    html = markdown_html(text)
    assert "<a" not in html and "c" in html


def test_raw_html_is_shown_as_text():
    assert markdown_html("<script>alert(1)</script>") == (
        "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"
    )


def test_images_show_only_their_alt_text():
    assert markdown_html("See ![the map](https://evil.example/a.png).") == "<p>See the map.</p>"


def test_a_quote_cannot_break_out_of_href():
    html = inline_html("[x](https://ok.example/a&b=1)")
    assert tags_of(html) == [
        (
            "a",
            {"href": "https://ok.example/a&b=1", "class": "external", "rel": "noopener noreferrer"},
        )
    ]


@pytest.mark.parametrize(
    ("markdown", "html"),
    [
        ("One.\n\nTwo.", "<p>One.</p><p>Two.</p>"),
        ("One\nline.", "<p>One line.</p>"),
        (
            "**strong** and *em* and _em_",
            "<p><strong>strong</strong> and <em>em</em> and <em>em</em></p>",
        ),
        ("snake_case_name stays", "<p>snake_case_name stays</p>"),
        ("Tom & Jerry’s “quote”", "<p>Tom &amp; Jerry’s “quote”</p>"),
        (
            "[RFE/RL](https://www.azatutyun.am/a?b=1&c=2)",
            '<p><a href="https://www.azatutyun.am/a?b=1&amp;c=2" class="external" '
            'rel="noopener noreferrer">RFE/RL</a></p>',
        ),
        ("", ""),
    ],
)
def test_the_subset(markdown, html):
    assert markdown_html(markdown) == html


def test_plain_text_drops_markup():
    assert plain_text("**A** [b](javascript:x) ![c](https://x.example/c.png)") == "A b c"


STORY = """\
---
title: Hostile
---

## <script>alert('title')</script>

```meta
id: hostile
date: 2020
credit: <img src=x onerror=alert(1)> ![p](https://evil.example/p.png)
note: [see](javascript:alert(1)) <script>x</script> | source: <iframe src=https://evil.example>
```

<script>alert(1)</script>

![tracker](https://evil.example/pixel.gif) <img src=x onerror=alert(1)>

[bad](javascript:alert(document.cookie)) [good](https://example.org/)
"""


def test_a_hostile_story_renders_inert_in_every_part():
    story, problems = parse_story(STORY, known_places=set())
    assert problems == []
    html = section_html(story.sections[0])
    assert_inert(html)
    links = [attrs["href"] for tag, attrs in tags_of(html) if tag == "a"]
    assert links == ["https://example.org/"]
    assert "&lt;img src=x onerror=alert(1)&gt;" in html  # shown as text, not as a tag
    assert 'class="credit"' in html and 'class="note"' in html
