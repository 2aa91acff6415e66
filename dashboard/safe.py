"""Showing corpus strings in Streamlit Markdown as plain text."""

from __future__ import annotations

import re

# Markdown, HTML and LaTeX ($) syntax characters: escaped so text from a file is shown as
# written and never becomes a link, an image, a heading or a formula.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$=:])")


def md_escape(text: object) -> str:
    """`text` with every Markdown/HTML/LaTeX special character backslash-escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))
