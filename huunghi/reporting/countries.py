"""Countries an activity abroad may be held in: ISO 3166 alpha-2 codes with their Vietnamese names from the
Unicode CLDR (through babel), whatever the reader's language, as the reports are written in Vietnamese."""

from functools import cache

from babel import Locale

from huunghi.text import sort_key

VIETNAM = "VN"
#: CLDR regions with a two-letter code that are not countries (the European Union, the United Nations ...).
NOT_COUNTRIES = {"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB"}


@cache
def country_names() -> dict[str, str]:
    """Code → Vietnamese name, in Vietnamese dictionary order of the names."""
    names = {
        code: name
        for code, name in Locale("vi").territories.items()
        if len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES
    }
    return dict(sorted(names.items(), key=lambda item: sort_key(item[1])))


def country_name(code: str) -> str:
    """'Campuchia' for KH; the code itself when CLDR does not know it."""
    return country_names().get(code, code)


def country_choices() -> list[tuple[str, str]]:
    return [("", "—"), *((code, name) for code, name in country_names().items() if code != VIETNAM)]
