"""Charset labels, read the way browsers read them (WHATWG Encoding), shared by the page and
feed decoders; the legacy encodings of each language, for detection (`legacy_encodings`).

Data in `extractors/data/charsets.yaml`.
"""

from __future__ import annotations

import codecs
import re
from functools import cache
from importlib import resources

import yaml

_CHARSET_PARAM = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.IGNORECASE)


@cache
def _data() -> dict:
    return yaml.safe_load(resources.files("extractors").joinpath("data/charsets.yaml").read_text("utf-8"))


def http_charset(content_type: str) -> str | None:
    """The charset label of a Content-Type header value, if any."""
    match = _CHARSET_PARAM.search(content_type or "")
    return match.group(1) if match else None


def codec_for_label(label: str | None) -> str | None:
    """Python's codec name for a declared charset label, as a browser reads the label ("cp1252" for
    the Latin-1 family, "cp932" for Shift_JIS, "gb18030" for GBK); None when missing or unknown."""
    if not label:
        return None
    label = label.strip().lower()
    alias = _data()["label_aliases"].get(label)
    try:
        return codecs.lookup(alias or label).name
    except LookupError:
        return None


def legacy_encodings(language: str | None = None, tld: str | None = None) -> tuple[str, ...]:
    """The pre-UTF-8 encodings pages in `language` (a BCP 47 tag: "ja", "zh-TW") or under the
    country domain `tld` ("jp") were written in, most common first; () when unknown."""
    table = _data()["legacy_by_language"]
    keys: list[str] = []
    if language:
        tag = language.strip().lower().replace("_", "-")
        keys += [tag, tag.split("-")[0]]
    if tld:
        keys.append(_data()["language_by_tld"].get(tld.lower(), ""))
    for key in keys:
        if key in table:
            return tuple(codecs.lookup(name).name for name in table[key])
    return ()


def browser_encodings() -> tuple[str, ...]:
    """The encodings browsers decode (WHATWG Encoding), as Python codec names."""
    return tuple(codecs.lookup(name).name for name in _data()["browser_encodings"].split())
