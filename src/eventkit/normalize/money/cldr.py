"""Currency names, symbols and territories from the Unicode CLDR, written to a data file.

``resources/lexicons/currencies.cldr.yaml`` is generated from Babel's copy of
the CLDR (the names and symbols of every current ISO 4217 currency in
English, the symbol each territory writes for its own currency, and the
currency of each country) by::

    python -m eventkit.normalize.money.cldr

Babel is needed only to regenerate the file (it is a development
dependency); reading money at run time uses the file alone, without network.
A test checks that the file matches the installed Babel.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pycountry
import yaml

__all__ = ["build", "render"]

_OUT = Path(__file__).resolve().parents[2] / "resources" / "lexicons" / "currencies.cldr.yaml"


def _symbol_ok(symbol: str | None, code: str) -> bool:
    return (
        bool(symbol) and symbol is not None and symbol.strip() == symbol and symbol != code and "\u200b" not in symbol
    )


def build() -> dict[str, Any]:
    """Read the CLDR through Babel and return the data file's contents.

    Returns:
        ``{"cldr": version, "currencies": {code: {names, symbols, local_symbols}}, "territories": {alpha3: code}}``.
    """
    from babel import Locale, UnknownLocaleError, numbers  # development dependency
    from babel.core import get_global

    english = Locale("en")
    current = {c.alpha_3 for c in pycountry.currencies}
    currencies: dict[str, dict[str, list[str]]] = {}
    for code, name in english.currencies.items():
        if code not in current:
            continue
        plural = english._data["currency_names_plural"].get(code, {})
        names = sorted({name.lower(), *(str(v).lower() for v in plural.values())})
        symbol = english.currency_symbols.get(code)
        currencies[code] = {
            "names": names,
            "symbols": [symbol] if symbol is not None and _symbol_ok(symbol, code) else [],
            "local_symbols": [],
        }
    territories: dict[str, str] = {}
    for country in pycountry.countries:
        tender = numbers.get_territory_currencies(country.alpha_2, tender=True, non_tender=False)
        if not tender or tender[0] not in currencies:
            continue
        code = tender[0]
        territories[country.alpha_3] = code
        for tag in (f"und_{country.alpha_2}", f"en_{country.alpha_2}"):
            try:
                local = Locale.parse(tag).currency_symbols.get(code)
            except (UnknownLocaleError, ValueError):
                continue
            symbols = currencies[code]["local_symbols"]
            if local is not None and _symbol_ok(local, code) and local not in symbols:
                symbols.append(local)
    for forms in currencies.values():
        forms["local_symbols"].sort()
    return {"cldr": str(get_global("cldr")["version"]), "currencies": currencies, "territories": territories}


def render(data: dict[str, Any]) -> str:
    """The data file's text: a header and the YAML."""
    header = (
        "# GENERATED from the Unicode CLDR (through Babel) by `python -m eventkit.normalize.money.cldr`.\n"
        "# Do not edit: newsroom forms CLDR lacks go in currencies.yaml, ambiguous symbols in\n"
        "# currency_ambiguity.yaml. names: English names (singular, plural); symbols: the English\n"
        "# symbol; local_symbols: the symbol written in the currency's own territories;\n"
        "# territories: ISO 3166 alpha-3 -> the country's legal tender.\n"
    )
    return header + yaml.safe_dump(data, allow_unicode=True, sort_keys=True, width=120)


def main() -> None:
    """Regenerate the data file (or print it with ``--stdout``)."""
    text = render(build())
    if "--stdout" in sys.argv[1:]:
        sys.stdout.write(text)
        return
    _OUT.write_text(text, encoding="utf-8")
    print(f"wrote {_OUT}")


if __name__ == "__main__":
    main()
