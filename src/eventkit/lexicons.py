"""Loading the language data shipped under ``eventkit/resources/``.

Lexicons, trigger words and patterns are data files so that users can read
and extend them. Flat lists are ``.txt`` files (one entry per line, ``#``
comments); mappings are YAML. Files are read once and cached.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

__all__ = ["load_list", "load_yaml", "resource_text"]

_PACKAGE = "eventkit.resources"


def resource_text(path: str) -> str:
    """Return the text of a resource file, e.g. ``"lexicons/speech_cues.en.txt"``.

    Raises:
        FileNotFoundError: If the resource does not exist.
    """
    node = resources.files(_PACKAGE).joinpath(path)
    if not node.is_file():
        raise FileNotFoundError(f"eventkit resource {path!r} not found")
    return node.read_text(encoding="utf-8")


@cache
def load_yaml(path: str) -> Any:
    """Parse a YAML resource (cached).

    Args:
        path: Path below ``eventkit/resources``.

    Returns:
        The parsed YAML document.
    """
    # libyaml's C parser when PyYAML was built with it: several times faster at first use
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(resource_text(path), Loader=loader)  # a safe loader: no Python objects


@cache
def load_list(path: str) -> tuple[str, ...]:
    """Read a one-entry-per-line resource, skipping blanks and ``#`` comments (cached)."""
    entries = []
    for line in resource_text(path).splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            entries.append(line)
    return tuple(entries)
