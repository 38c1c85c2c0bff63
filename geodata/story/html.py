"""Story Markdown → safe HTML: a tiny subset, and everything else escaped.

A story file is user content shown inside the app's web page and Qt panel, so the
renderer is deliberately small and closed:

- blank-line-separated **paragraphs** (``<p>``);
- ``**strong**``, ``*emphasis*`` / ``_emphasis_``;
- ``[text](https://…)`` **links**, only to ``http`` and ``https``; the app opens them in the
  system browser. Links with any other scheme (``javascript:``, ``data:``, ``file:``…) keep
  their text and lose the link.

There are no images (``![alt](url)`` shows its alt text, so nothing remote is ever loaded) and
no raw HTML: ``<``, ``>``, ``&`` and quotes are escaped before any tag is written, so the only
tags in the output are the four above.

>>> markdown_html("Hello **world** <script>alert(1)</script>")
'<p>Hello <strong>world</strong> &lt;script&gt;alert(1)&lt;/script&gt;</p>'
>>> markdown_html("[x](javascript:void) ![map](https://example.org/a.png)")
'<p>x map</p>'
"""

from __future__ import annotations

import html
import re

__all__ = ["inline_html", "markdown_html", "plain_text"]

# [label](target) or ![alt](target); a target has no spaces, quotes or angle brackets.
_LINK = re.compile(r"(!?)\[([^\[\]\n]*)\]\(([^()\s<>\"']*)\)")
_SAFE_URL = re.compile(r"^https?://[^\s/?#]+[^\s]*$", re.IGNORECASE)
_STRONG = re.compile(r"\*\*(\S(?:.*?\S)?)\*\*")
_EM_STAR = re.compile(r"\*(\S(?:.*?\S)?)\*")
_EM_UNDERSCORE = re.compile(r"(?<!\w)_(\S(?:.*?\S)?)_(?!\w)")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# No target: the app's page hands every link click to the system browser.
LINK_ATTRIBUTES = 'class="external" rel="noopener noreferrer"'


def _emphasis(escaped: str) -> str:
    """Apply strong and emphasis to text that is already HTML-escaped."""
    escaped = _STRONG.sub(r"<strong>\1</strong>", escaped)
    escaped = _EM_STAR.sub(r"<em>\1</em>", escaped)
    return _EM_UNDERSCORE.sub(r"<em>\1</em>", escaped)


def inline_html(text: str) -> str:
    r"""One line or paragraph of Markdown as safe inline HTML (no ``<p>``).

    For titles, credits and notes, which sit inside the app's own markup.

    Parameters
    ----------
    text : str
        Untrusted.

    Returns
    -------
    str
        Escaped text with ``<strong>``, ``<em>`` and ``http(s)`` links only.

    Examples
    --------
    >>> html = inline_html('See [the statement](https://example.org/?a=1&b=2) *now*')
    >>> print(html.replace(" class", "\n class"))
    See <a href="https://example.org/?a=1&amp;b=2"
     class="external" rel="noopener noreferrer">the statement</a> <em>now</em>
    >>> inline_html("[x](javascript:alert(1)) <img>")
    '[x](javascript:alert(1)) &lt;img&gt;'
    >>> inline_html("")
    ''
    """
    out, pos = [], 0
    for match in _LINK.finditer(text):
        out.append(_emphasis(html.escape(text[pos : match.start()])))
        is_image, label, target = match.groups()
        label_html = _emphasis(html.escape(label))
        if not is_image and _SAFE_URL.match(target):
            href = html.escape(target, quote=True)
            out.append(f'<a href="{href}" {LINK_ATTRIBUTES}>{label_html}</a>')
        else:
            out.append(label_html)
        pos = match.end()
    out.append(_emphasis(html.escape(text[pos:])))
    return "".join(out)


def markdown_html(text: str) -> str:
    r"""A Markdown body as safe HTML paragraphs; empty text gives ``''``.

    Parameters
    ----------
    text : str
        Untrusted; blank lines separate paragraphs, other line breaks are spaces.

    Returns
    -------
    str

    Examples
    --------
    >>> markdown_html("One\nline.\n\nTwo.")
    '<p>One line.</p><p>Two.</p>'
    >>> markdown_html("  \n ")
    ''
    """
    paragraphs = (" ".join(p.split()) for p in _PARAGRAPH_BREAK.split(text.strip()))
    return "".join(f"<p>{inline_html(p)}</p>" for p in paragraphs if p)


def plain_text(text: str) -> str:
    """Markdown without its markup: link and image labels kept, emphasis marks dropped.

    The result is plain text, not HTML: escape it before putting it in a page.

    Parameters
    ----------
    text : str

    Returns
    -------
    str
        Whitespace runs collapsed to single spaces.

    Examples
    --------
    >>> plain_text("**Big** news, [read](https://example.org)")
    'Big news, read'
    >>> plain_text("a <b> & c")
    'a <b> & c'
    """
    text = _LINK.sub(lambda m: m.group(2), text)
    for pattern in (_STRONG, _EM_STAR, _EM_UNDERSCORE):
        text = pattern.sub(r"\1", text)
    return " ".join(text.split())
