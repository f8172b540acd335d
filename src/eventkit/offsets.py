"""Character offsets between the cleaned text that spaCy parses and the raw input.

Cleaning (``eventkit.text.clean``) deletes, replaces and inserts characters.
Every character of the cleaned text remembers the raw character it came from,
so any cleaned span maps back to an exact raw span. Bounds follow Python
slicing: ``start`` inclusive, ``end`` exclusive.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field

__all__ = ["OffsetMap", "TextBuilder"]


@dataclass(frozen=True)
class OffsetMap:
    """Maps offsets of a cleaned text back to the raw text it came from.

    Attributes:
        raw: The raw input text.
        clean: The cleaned text.
        to_raw_index: For each cleaned character, the index of the raw character
            it came from (inserted characters take their neighbour's index).
    """

    raw: str
    clean: str
    to_raw_index: array[int] = field(repr=False)

    @classmethod
    def identity(cls, text: str) -> OffsetMap:
        """Return the map of a text that was not changed."""
        return cls(text, text, array("i", range(len(text))))

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a cleaned span ``[start, end)`` to the raw span covering it.

        Args:
            start: Start offset in the cleaned text.
            end: End offset in the cleaned text.

        Returns:
            ``(raw_start, raw_end)`` such that ``raw[raw_start:raw_end]`` is the
            raw text the cleaned span came from.

        Raises:
            IndexError: If the span lies outside the cleaned text.
        """
        n = len(self.clean)
        if not 0 <= start <= end <= n:
            raise IndexError(f"span [{start}, {end}) lies outside the cleaned text (length {n})")
        if start == end:
            pos = self.to_raw_index[start] if start < n else len(self.raw)
            return pos, pos
        raw_start = self.to_raw_index[start]
        raw_end = self.to_raw_index[end - 1] + 1
        if raw_end < raw_start:  # inserted characters mapped backwards
            raw_start, raw_end = raw_end - 1, raw_start + 1
        return raw_start, min(raw_end, len(self.raw))

    def raw_text(self, start: int, end: int) -> str:
        """Return the raw text behind the cleaned span ``[start, end)``."""
        raw_start, raw_end = self.raw_span(start, end)
        return self.raw[raw_start:raw_end]


class TextBuilder:
    """Builds a cleaned text piece by piece while recording raw offsets."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self._parts: list[str] = []
        self._index = array("i")

    def __len__(self) -> int:
        return len(self._index)

    def copy(self, start: int, end: int) -> None:
        """Append ``raw[start:end]`` unchanged."""
        self._parts.append(self.raw[start:end])
        self._index.extend(range(start, end))

    def replace(self, text: str, start: int, end: int) -> None:
        """Append ``text`` as the replacement of ``raw[start:end]``.

        Each replacement character maps to the raw character at the same
        position when there is one, else to the last raw character of the range.
        """
        self._parts.append(text)
        last = max(start, end - 1)
        self._index.extend(min(start + i, last) for i in range(len(text)))

    def insert(self, text: str, at: int) -> None:
        """Append characters that have no raw counterpart (e.g. paragraph breaks)."""
        self._parts.append(text)
        at = max(0, min(at, len(self.raw) - 1)) if self.raw else 0
        self._index.extend([at] * len(text))

    def build(self) -> OffsetMap:
        """Return the finished :class:`OffsetMap`."""
        return OffsetMap(self.raw, "".join(self._parts), self._index)
