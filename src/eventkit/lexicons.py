"""Loading the language data shipped under ``eventkit/resources/``, and the user's own.

Lexicons, trigger words and patterns are data files so that users can read
and extend them. Flat lists are ``.txt`` files (one entry per line, ``#``
comments); mappings are YAML. Every load goes through :func:`load_yaml` or
:func:`load_list`, which validate the file against its schema
(:mod:`eventkit.resource_schemas`) and cache it.

A :class:`Resources` object extends or replaces packaged resources for one
:class:`eventkit.Extractor`: while that extractor runs (:func:`using`), every
load sees the user's version, and caches derived from resources
(:func:`per_resources`) are kept per resource set, so two extractors with
different lexicons never see each other's words.
"""

from __future__ import annotations

import contextvars
import functools
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any, Literal, ParamSpec, TypeVar

import yaml

__all__ = [
    "Resources",
    "current_resources",
    "load_list",
    "load_yaml",
    "per_resources",
    "register_resource",
    "resource_names",
    "resource_path",
    "resource_text",
    "using",
]

_PACKAGE = "eventkit.resources"
P = ParamSpec("P")
R = TypeVar("R")
Mode = Literal["extend", "replace"]


def resource_text(path: str) -> str:
    """Return the text of a packaged resource file, e.g. ``"lexicons/titles.en.txt"``.

    Raises:
        FileNotFoundError: If the resource does not exist.
    """
    node = resources.files(_PACKAGE).joinpath(path)
    if not node.is_file():
        raise FileNotFoundError(f"eventkit resource {path!r} not found")
    return node.read_text(encoding="utf-8")


#: Resources that user code added beside the packaged ones (path -> data), e.g. a user type's trigger lexicon.
_REGISTERED: dict[str, Any] = {}


def register_resource(path: str, data: object) -> str:
    """Add a new resource beside the packaged ones (a user type's trigger lexicon, say).

    Args:
        path: Its path below ``resources``, e.g. ``"lexicons/sanction_triggers.en.yaml"``.
        data: A file path (YAML or one-entry-per-line text) or the data itself.

    Returns:
        The path, for :func:`load_yaml` / :func:`load_list`.

    Raises:
        ValueError: If the data does not match the resource's schema, or the
            path names a packaged resource.
    """
    from eventkit.resource_schemas import validate

    if resources.files(_PACKAGE).joinpath(path).is_file():
        raise ValueError(f"{path!r} is a packaged resource: extend it with Resources instead")
    data = _read(path, data)
    validate(path, data)
    _REGISTERED[path] = data
    _packaged.cache_clear()
    _packaged_valid.cache_clear()
    return path


def _read(path: str, data: object) -> Any:
    """A resource's data from a file path, or the object as it is."""
    if isinstance(data, str | Path):
        file = Path(data)
        if not file.is_file():
            raise FileNotFoundError(f"lexicon file {str(file)!r} (for {path!r}) not found")
        text = file.read_text(encoding="utf-8")
        return _parse_list(text) if path.endswith(".txt") else _parse_yaml(text)
    return data


def resource_names() -> dict[str, str]:
    """Every lexicon by short name ("meeting_triggers") -> path below ``resources`` (packaged and registered)."""
    from eventkit.resource_schemas import stem

    folder = resources.files(_PACKAGE).joinpath("lexicons")
    out: dict[str, str] = {}
    for node in sorted(folder.iterdir(), key=lambda n: n.name):
        if node.name.endswith((".yaml", ".txt")):
            out[stem(node.name)] = f"lexicons/{node.name}"
    for path in _REGISTERED:
        out[stem(path)] = path
    return out


def resource_path(name: str) -> str:
    """The resource path of a short name ("meeting_triggers") or a path given in full.

    Raises:
        KeyError: If no packaged resource has that name.
    """
    if "/" in name:
        if name not in _REGISTERED:
            resource_text(name)  # raises FileNotFoundError for a wrong path
        return name
    names = resource_names()
    if name not in names:
        raise KeyError(f"no eventkit lexicon is called {name!r}; known: {sorted(names)}")
    return names[name]


def _parse_yaml(text: str) -> Any:
    # libyaml's C parser when PyYAML was built with it: several times faster at first use
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)  # a safe loader: no Python objects


def _parse_list(text: str) -> list[str]:
    entries = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            entries.append(line)
    return entries


class Resources:
    """User lexicons that extend or replace packaged resources.

    Each entry names a packaged resource (short name such as
    ``"meeting_triggers"``, or its path ``"lexicons/meeting_triggers.en.yaml"``)
    and gives the user's data: a file path (YAML or one-entry-per-line text)
    or a Python object (a dict for YAML resources, a list of strings for list
    resources). ``extend`` adds to the packaged data (lists are concatenated,
    mappings are merged key by key, trigger rules with an existing id replace
    it); ``replace`` uses the user's data alone. Every result is validated
    against the resource's schema when it is first used.

    Example:
        >>> res = Resources().extend("meeting_triggers", {"triggers": [
        ...     {"id": "verb_huddle", "lemmas": ["huddle"], "pos": ["VERB"],
        ...      "kind": "meeting", "frame": "symmetric", "strength": 0.8}]})
        >>> ex = eventkit.Extractor(lexicons=res)  # doctest: +SKIP
    """

    def __init__(self, entries: Mapping[str, object] | None = None, *, mode: Mode = "extend") -> None:
        self._entries: dict[str, tuple[Mode, object]] = {}
        self._cache: dict[str, Any] = {}
        for name, data in (entries or {}).items():
            self._add(name, data, mode)

    def extend(self, name: str, data: object) -> Resources:
        """Add ``data`` (a file path or an object) to the packaged resource ``name``; returns self."""
        return self._add(name, data, "extend")

    def replace(self, name: str, data: object) -> Resources:
        """Use ``data`` (a file path or an object) instead of the packaged resource ``name``; returns self."""
        return self._add(name, data, "replace")

    def _add(self, name: str, data: object, mode: Mode) -> Resources:
        path = resource_path(name)
        self._entries[path] = (mode, _read(path, data))
        self._cache.pop(path, None)
        self.data(path)  # validated now, so a wrong file fails where it is given
        return self

    @property
    def key(self) -> int:
        """A key that tells this resource set apart in caches."""
        return id(self)

    def __contains__(self, path: str) -> bool:
        return path in self._entries

    def __repr__(self) -> str:
        return f"Resources({', '.join(f'{m} {p}' for p, (m, _) in self._entries.items())})"

    def data(self, path: str) -> Any:
        """The user's version of a resource: packaged data extended or replaced, validated (cached)."""
        if path in self._cache:
            return self._cache[path]
        mode, data = self._entries[path]
        if mode == "replace":
            merged = data
        else:
            base = _packaged(path)
            merged = _merge(base, data)
        from eventkit.resource_schemas import validate

        value = validate(path, merged)
        self._cache[path] = value
        return value


def _merge(base: Any, extra: Any) -> Any:
    """Packaged data extended by the user's: lists concatenated, mappings merged, rules by id."""
    if isinstance(base, list) and isinstance(extra, list):
        if all(isinstance(x, dict) and "id" in x for x in [*base, *extra]):
            ids = {x["id"] for x in extra}
            return [x for x in base if x["id"] not in ids] + list(extra)
        return base + [x for x in extra if x not in base]
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for key, value in extra.items():
            out[key] = _merge(base[key], value) if key in base else value
        return out
    if isinstance(extra, type(None)):
        return base
    raise ValueError(f"cannot extend a {type(base).__name__} with a {type(extra).__name__}")


_ACTIVE: contextvars.ContextVar[Resources | None] = contextvars.ContextVar("eventkit_resources", default=None)


def current_resources() -> Resources | None:
    """The resource set of the extractor running now (None: the packaged resources)."""
    return _ACTIVE.get()


@contextmanager
def using(res: Resources | None) -> Iterator[None]:
    """Make ``res`` the resource set of every load inside the ``with`` block."""
    token = _ACTIVE.set(res)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


@functools.cache
def _packaged(path: str) -> Any:
    if path in _REGISTERED:
        return _REGISTERED[path]
    text = resource_text(path)
    return _parse_list(text) if path.endswith(".txt") else _parse_yaml(text)


@functools.cache
def _packaged_valid(path: str) -> Any:
    from eventkit.resource_schemas import validate

    return validate(path, _packaged(path))


def load_yaml(path: str) -> Any:
    """A YAML resource, validated against its schema (the active user version, if any).

    Args:
        path: Path below ``eventkit/resources``.

    Returns:
        The parsed YAML document.
    """
    res = _ACTIVE.get()
    if res is not None and path in res:
        return res.data(path)
    return _packaged_valid(path)


def load_list(path: str) -> tuple[str, ...]:
    """A one-entry-per-line resource, skipping blanks and ``#`` comments (the active user version, if any)."""
    res = _ACTIVE.get()
    if res is not None and path in res:
        return tuple(res.data(path))
    return tuple(_packaged_valid(path))


def per_resources(fn: Callable[P, R]) -> Callable[P, R]:
    """Cache a function of resource data separately for every resource set (like ``functools.cache``).

    Use it instead of ``functools.cache`` on functions that derive tables from
    lexicons, so a user's lexicons reach them.
    """
    # the packaged resources' cache (no user set active: the common case, read first)
    packaged_cache = functools.cache(fn)
    packaged: Callable[..., R] = packaged_cache
    # user resource set key -> (the set, kept alive so its key is not reused; the cached function)
    caches: dict[int, tuple[Resources, Callable[..., R]]] = {}

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        res = _ACTIVE.get()
        if res is None:
            return packaged(*args, **kwargs)
        entry = caches.get(res.key)
        if entry is None:
            entry = caches[res.key] = (res, functools.cache(fn))
        return entry[1](*args, **kwargs)

    def cache_clear() -> None:
        packaged_cache.cache_clear()
        caches.clear()

    wrapper.cache_clear = cache_clear  # type: ignore[attr-defined]
    return wrapper
