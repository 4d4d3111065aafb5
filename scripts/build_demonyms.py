"""Write ``corroborator/data/demonyms.tsv``: country name, ISO alpha-2 code, demonyms.

usage: .venv/bin/python scripts/build_demonyms.py

Source: the ``countryinfo`` package (MIT licence, https://github.com/porimol/countryinfo), names
normalised to pycountry's common names. A few demonyms the news uses but countryinfo lacks
("Congolese" for both Congos, "Emirati", "Burmese") and other names of a country ("DR Congo") are added by hand below. Run it only to refresh
the table; the package reads the TSV, not countryinfo.
"""

from __future__ import annotations

from pathlib import Path

import pycountry
from countryinfo import all_countries

OUT = Path(__file__).resolve().parents[1] / "corroborator" / "data" / "demonyms.tsv"

# Demonyms in common news use that the source lacks or spells differently (ISO alpha-2 -> extra).
EXTRA: dict[str, tuple[str, ...]] = {
    "CD": ("Congolese", "Democratic Republic of the Congo", "DR Congo", "DRC"), "CG": ("Congolese", "Congo-Brazzaville"),
    "CI": ("Ivorian", "Côte d'Ivoire", "Cote d'Ivoire"), "GB": ("British", "UK", "United Kingdom", "Britain"),
    "US": ("American", "U.S.", "US", "USA", "United States of America"), "MM": ("Burmese", "Myanmar", "Burma"), "AE": ("Emirati",), "KR": ("South Korean",),
    "KP": ("North Korean",), "SS": ("South Sudanese",), "AF": ("Afghan",), "PH": ("Filipino", "Philippine"),
    "IL": ("Israeli",), "PS": ("Palestinian",), "CF": ("Central African",), "BF": ("Burkinabe", "Burkinabè"),
    "NL": ("Dutch",), "TR": ("Turkish",), "SA": ("Saudi",), "SY": ("Syrian",),
    "RU": ("Russian",), "UA": ("Ukrainian",), "IR": ("Iranian",), "YE": ("Yemeni",), "SO": ("Somali",),
}


# The names ACLED uses where pycountry's differ ("Congo, The Democratic Republic of the").
NAMES: dict[str, str] = {
    "CD": "Democratic Republic of Congo", "CG": "Republic of Congo", "KR": "South Korea",
    "KP": "North Korea", "RU": "Russia", "CI": "Ivory Coast", "MK": "North Macedonia", "CZ": "Czech Republic",
}


def common_name(alpha2: str, fallback: str) -> str:
    """Return the ACLED-style English name of a country code (pycountry's common name, shortened)."""
    if alpha2 in NAMES:
        return NAMES[alpha2]
    country = pycountry.countries.get(alpha_2=alpha2)
    if country is None:
        return fallback
    name = str(getattr(country, "common_name", None) or country.name)
    # "Tanzania, United Republic of" -> "Tanzania"; "Venezuela, Bolivarian Republic of" -> "Venezuela".
    return name.split(",")[0]


def main() -> None:
    rows: dict[str, tuple[str, list[str]]] = {}
    population: dict[str, int] = {}
    for info in all_countries():
        data = info.info()
        iso = (data.get("ISO") or {}).get("alpha2")
        if not iso:
            continue
        demonyms = [d.strip() for d in str(data.get("demonym") or "").split(",") if d.strip()]
        demonyms += EXTRA.get(iso, ())
        name = common_name(iso, str(data.get("name")))
        rows[iso] = (name, list(dict.fromkeys(demonyms)))
        population[iso] = int(data.get("population") or 0)
    # A demonym shared by several entries ("Indian": India and British Indian Ocean Territory;
    # "American": United States and American Samoa) belongs to the most populous one.
    owner: dict[str, str] = {}
    for iso, (_, demonyms) in rows.items():
        for d in demonyms:
            key = d.lower()
            if key not in owner or population[iso] > population[owner[key]]:
                owner[key] = iso
    for iso, (name, demonyms) in rows.items():
        kept = [d for d in demonyms if owner[d.lower()] == iso or iso in ("CD", "CG")]
        rows[iso] = (name, kept)
    lines = ["# country\tiso2\tdemonyms (| separated). Source: countryinfo (MIT); see scripts/build_demonyms.py"]
    for iso, (name, demonyms) in sorted(rows.items(), key=lambda kv: kv[1][0]):
        lines.append(f"{name}\t{iso}\t{'|'.join(demonyms)}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} countries to {OUT}")


if __name__ == "__main__":
    main()
