"""Reads an HTML page as an article: main text (no navigation, ads, scripts), title, date,
author, outlet, canonical URL and language. Inputs: page bytes or str, plus an optional URL
and date that a container (WARC record, feed entry) already knows.

Main-text extraction is trafilatura's; when it finds nothing (very short pages, odd markup)
a plain walk over the cleaned tree's block elements is tried before the page is refused.
"""
from __future__ import annotations

import copy
import html as _html
import re

import lxml_html_clean  # noqa: F401  trafilatura's HTML cleaning needs it importable
import trafilatura
from lxml import etree, html as lxml_html
from lxml_html_clean import Cleaner
from trafilatura.settings import use_config

from ..errors import EmptyInput, MalformedInput
from ..records import Article
from .base import MAX_BYTES, Overrides, clean_str, make_article, parse_date
from .langid import detect_language, normalize_language
from .text import declared_charset, decode

# Block-level tags after which a paragraph ends; inline tags just flow into the text.
_BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol blockquote pre table tr section article header footer "
    "figure figcaption dd dt dl address main aside br hr".split())
_SKIP_TAGS = frozenset("script style noscript template nav form button select option "
                       "svg canvas iframe object embed head".split())
_SPACES = re.compile(r"[ \t\u00a0\u2009\u200a\u202f\f\v]+")
_MIN_TEXT = 40  # characters of main text below which a page has no article

_config = None


def _trafilatura_config():
    # Our own limits apply (50 MB); trafilatura's 250-character floor would drop short wire
    # items, and its signal-based timeout breaks when called from worker threads.
    global _config
    if _config is None:
        cfg = use_config()
        cfg.set("DEFAULT", "MIN_EXTRACTED_SIZE", "60")
        cfg.set("DEFAULT", "MIN_OUTPUT_SIZE", "1")
        cfg.set("DEFAULT", "MAX_FILE_SIZE", str(MAX_BYTES + 1))
        cfg.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
        cfg.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
        _config = cfg
    return _config


def _norm_line(line: str) -> str:
    return _SPACES.sub(" ", line).strip()


def _join_paragraphs(paragraphs: list[str]) -> str:
    out = []
    for p in paragraphs:
        lines = [_norm_line(x) for x in p.split("\n")]
        p = "\n".join(x for x in lines if x)
        if p:
            out.append(p)
    return "\n\n".join(out)


def _element_text(el) -> str:
    """Text of one trafilatura output element; <lb/> and list items become line breaks."""
    parts: list[str] = []

    def walk(node) -> None:
        if not isinstance(node.tag, str):
            return  # comments and processing instructions: their tails belong to the parent
        if node.tag in ("lb", "br"):
            parts.append("\n")
        elif node.text:
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str) and child.tag in ("item", "row", "cell"):
                parts.append("\n" if child.tag != "cell" else " ")
            walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return "".join(parts)


def _body_paragraphs(body) -> list[str]:
    return [_element_text(child) for child in body]


_cleaner = Cleaner(scripts=True, javascript=True, comments=True, style=True, inline_style=True,
                   links=True, meta=False, page_structure=False, processing_instructions=True,
                   embedded=True, frames=True, forms=True, annoying_tags=True,
                   remove_unknown_tags=False, safe_attrs_only=True)


def _walk_blocks(root) -> list[str]:
    """Paragraphs of a cleaned tree by block elements: the fallback and the feed reader."""
    paragraphs: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        if buf:
            paragraphs.append("".join(buf))
            buf.clear()

    def walk(node) -> None:
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if not tag or tag in _SKIP_TAGS:
            if node.tail:
                buf.append(node.tail)
            return
        block = tag in _BLOCK_TAGS
        if block:
            flush()
        if node.text:
            buf.append(node.text)
        for child in node:
            walk(child)
        if block:
            flush()
        if node.tail:
            buf.append(node.tail)

    walk(root)
    flush()
    return [p.replace("\n", " ") for p in paragraphs]


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment (feed content, summaries), paragraphs split by blank lines."""
    if not fragment or not fragment.strip():
        return ""
    if "<" not in fragment:
        return _join_paragraphs(re.split(r"\n\s*\n", _html.unescape(fragment)))
    try:
        root = lxml_html.fragment_fromstring(flatten_deep(fragment), create_parent="div")
    except (etree.ParserError, ValueError):
        root = _parse_tree(fragment)  # a whole page pasted into a feed entry
    if root is None:
        return ""
    try:
        root = _cleaner.clean_html(root)
    except (etree.ParserError, ValueError):
        return ""
    return _join_paragraphs(_walk_blocks(root))


_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)

# libxml2 silently drops everything nested deeper than 256 elements, and the tree walks here
# recurse; tags past this depth are removed (their text kept) before the page is parsed.
_MAX_DEPTH = 160
# Scripts, styles and comments are skipped whole: "i<n" in code is no tag.
_TAG = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>|<!--.*?-->"
                  r"|<(/?)([A-Za-z][A-Za-z0-9:-]*)\b[^>]*?(/?)>", re.S | re.I)
_VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr"
                       .split())
# Paragraph-like tags keep the paragraph breaks a reader needs; kept a little past the limit.
_TEXT_TAGS = frozenset("p h1 h2 h3 h4 h5 h6 blockquote li".split())


def flatten_deep(page: str) -> str:
    """The page with tags nested past ``_MAX_DEPTH`` removed; unchanged when none are.

    Depth is counted from the raw tags (unclosed ones count as open), which can only
    overestimate nesting, so an ordinary page is never touched.
    """
    if page.count("<") <= _MAX_DEPTH:
        return page
    kept: list[bool] = []  # one entry per open tag: was its markup kept?
    depth, out, last = 0, [], 0
    for m in _TAG.finditer(page):
        if m[3] is None:
            continue  # a script, style or comment
        tag = m[3].lower()
        if tag in _VOID_TAGS or m[4]:
            continue
        if m[2]:
            keep = kept.pop() if kept else True
            depth -= keep
        else:
            limit = _MAX_DEPTH + (40 if tag in _TEXT_TAGS else 0)
            keep = depth < limit
            kept.append(keep)
            depth += keep
        if not keep:
            out.append(page[last:m.start()])
            out.append(" ")
            last = m.end()
    if not out:
        return page
    out.append(page[last:])
    return "".join(out)


def _parse_tree(page: str):
    # lxml refuses str input that still carries an XML encoding declaration (XHTML pages).
    try:
        return lxml_html.document_fromstring(_XML_DECL.sub("", flatten_deep(page), count=1))
    except (etree.ParserError, ValueError):
        return None


def _meta(tree, *names: str) -> str | None:
    for n in names:
        for attr in ("property", "name", "itemprop", "http-equiv"):
            for el in tree.xpath(f'//meta[translate(@{attr}, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", '
                                 f'"abcdefghijklmnopqrstuvwxyz")="{n}"]'):
                v = clean_str(el.get("content"))
                if v:
                    return v
    return None


def _page_language(tree) -> str | None:
    if tree is None:
        return None
    for v in (tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
              _meta(tree, "content-language", "og:locale", "language", "dc.language")):
        code = normalize_language(v)
        if code:
            return code
    return None


def _checked_language(declared: str | None, text: str) -> str | None:
    # CMS templates often stamp one lang attribute on every page of a multilingual site;
    # on enough text a confident detection is the better witness.
    if declared is None or len(text) < 200:
        return declared
    detected = detect_language(text)
    return detected or declared


def _canonical_url(tree) -> str | None:
    if tree is None:
        return None
    for el in tree.xpath('//link[@rel and @href]'):
        if "canonical" in el.get("rel", "").lower().split():
            href = clean_str(el.get("href"))
            if href and href.startswith(("http://", "https://")):
                return href
    v = _meta(tree, "og:url")
    return v if v and v.startswith(("http://", "https://")) else None


_PROSE_END = tuple(".!?…。！？।۔\"”»'’)")


def _has_prose(text: str) -> bool:
    """Whether any line reads as a sentence: menus and link lists end without punctuation."""
    for line in text.split("\n"):
        line = line.strip()
        if line.endswith(_PROSE_END) and (len(line.split()) >= 5 or len(line) >= 20):
            return True
    return False


def _fallback_text(tree) -> str:
    """Paragraph text outside the page furniture, for pages trafilatura finds nothing in.

    Only <p> and headings count: a navigation or index page then stays without text and is
    refused, instead of passing its menus and footers off as an article.
    """
    if tree is None:
        return ""
    try:
        cleaned = _cleaner.clean_html(copy.deepcopy(tree))
    except (etree.ParserError, ValueError):
        return ""
    keep = cleaned.xpath("//*[self::p or self::h1 or self::h2 or self::blockquote]"
                         "[not(ancestor::nav or ancestor::footer or ancestor::aside "
                         "or ancestor::header or ancestor::form)]")
    paragraphs = []
    for el in keep:
        if el.xpath("ancestor::p or ancestor::blockquote"):
            continue  # already inside a kept element
        paragraphs.append(" ".join(_walk_blocks(el)))
    return _join_paragraphs(paragraphs)


def _title_fallback(tree) -> str | None:
    if tree is None:
        return None
    t = _meta(tree, "og:title", "twitter:title")
    if t:
        return t
    el = tree.find(".//title")
    return clean_str(el.text_content()) if el is not None else None


_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " « ", " » ")


def _without_site(title: str | None, outlet: str | None) -> str | None:
    """'Flood closes bridge | Daily Tide' -> 'Flood closes bridge' when the tail is the outlet."""
    title = clean_str(title)
    if not title or not outlet:
        return title
    for sep in _TITLE_SEPARATORS:
        head, _, tail = title.rpartition(sep)
        if head and tail.strip().lower() == outlet.strip().lower():
            return head.strip()
    return title


def _extract(page: str, url: str | None):
    try:
        return trafilatura.bare_extraction(
            page, url=url, with_metadata=True, include_comments=False, include_tables=True,
            include_images=False, include_links=False, deduplicate=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
            config=_trafilatura_config())
    except Exception:  # trafilatura raises assorted internals on broken trees
        return None


def read_html(data: bytes | str, *, name: str, source: str | None = None,
              overrides: Overrides | None = None, url: str | None = None,
              published: object = None, charset: str | None = None,
              url_wins: bool = False) -> Article:
    """One article from an HTML page; raises MalformedInput when no article text is found.

    ``url``/``published`` are what a container knows (WARC target URI, WARC date); the page's
    own canonical URL and date are preferred when it has them, unless ``url_wins``.
    """
    if isinstance(data, bytes):
        page = decode(data, name=name, declared=charset or declared_charset(data))
    else:
        page = data
    if not page.strip():
        raise EmptyInput("empty input (nothing but whitespace)", input=name)
    page = flatten_deep(page)
    tree = _parse_tree(page)
    doc = _extract(page, url)
    text = ""
    if doc is not None and doc.body is not None:
        text = _join_paragraphs(_body_paragraphs(doc.body))
    if len(text) < _MIN_TEXT:
        fb = _fallback_text(tree)
        if len(fb) > len(text):
            text = fb
    if len(text.strip()) < _MIN_TEXT or not _has_prose(text):
        raise MalformedInput("no article text found in the HTML page (is it a navigation or "
                             "index page, or not HTML at all?)", input=name)
    outlet = doc.sitename if doc is not None and doc.sitename else None
    if not outlet and doc is not None:
        outlet = doc.hostname
    title = _without_site(doc.title if doc is not None else None, outlet) \
        or _without_site(_title_fallback(tree), outlet)
    page_url = _canonical_url(tree) or (doc.url if doc is not None else None) or url
    if url_wins and url:
        page_url = url
    date = parse_date(doc.date) if doc is not None else None
    return make_article(
        text, source=source or name, overrides=overrides, title=title, outlet=outlet,
        url=page_url, published=date or parse_date(published),
        language=_checked_language(_page_language(tree), text),
        author=doc.author if doc is not None else None)


__all__ = ["flatten_deep", "fragment_text", "read_html"]
