"""Names of the world's sovereign states and common territories, and the English fix-up that
types a person- or organisation-labelled span whose whole text is one of them as a place (GPE).

Input: an English spaCy Doc after NER. The small English model calls many less-reported
countries persons or bodies ('Burkina Faso', 'San Marino', 'Malawi'); every later stage reads
those labels, so the entities stage corrects them once on the Doc (session 19).
"""
from __future__ import annotations

import re

__all__ = ["COUNTRY_NAMES", "is_country", "owned_by_country", "retype_countries"]

# One state or territory a line: its usual English name, then other names in use, '|'-separated.
# Facts only; written for this project.
_STATES = """
Afghanistan
Albania
Algeria
Andorra
Angola
Antigua and Barbuda|Antigua
Argentina
Armenia
Australia
Austria
Azerbaijan
Bahamas|The Bahamas
Bahrain
Bangladesh
Barbados
Belarus
Belgium
Belize
Benin
Bhutan
Bolivia
Bosnia and Herzegovina|Bosnia|Bosnia-Herzegovina
Botswana
Brazil
Brunei|Brunei Darussalam
Bulgaria
Burkina Faso
Burundi
Cabo Verde|Cape Verde
Cambodia
Cameroon
Canada
Central African Republic
Chad
Chile
China
Colombia
Comoros
Congo|Republic of the Congo|Congo-Brazzaville
Democratic Republic of the Congo|Democratic Republic of Congo|DR Congo|DRC|Congo-Kinshasa
Costa Rica
Côte d'Ivoire|Cote d'Ivoire|Ivory Coast
Croatia
Cuba
Cyprus
Czech Republic|Czechia
Denmark
Djibouti
Dominica
Dominican Republic
Ecuador
Egypt
El Salvador
Equatorial Guinea
Eritrea
Estonia
Eswatini|Swaziland
Ethiopia
Fiji
Finland
France
Gabon
Gambia|The Gambia
Georgia
Germany
Ghana
Greece
Grenada
Guatemala
Guinea
Guinea-Bissau
Guyana
Haiti
Honduras
Hungary
Iceland
India
Indonesia
Iran
Iraq
Ireland
Israel
Italy
Jamaica
Japan
Jordan
Kazakhstan
Kenya
Kiribati
Kosovo
Kuwait
Kyrgyzstan
Laos
Latvia
Lebanon
Lesotho
Liberia
Libya
Liechtenstein
Lithuania
Luxembourg
Madagascar
Malawi
Malaysia
Maldives
Mali
Malta
Marshall Islands
Mauritania
Mauritius
Mexico
Micronesia|Federated States of Micronesia
Moldova
Monaco
Mongolia
Montenegro
Morocco
Mozambique
Myanmar|Burma
Namibia
Nauru
Nepal
Netherlands|The Netherlands|Holland
New Zealand
Nicaragua
Niger
Nigeria
North Korea
North Macedonia|Macedonia
Norway
Oman
Pakistan
Palau
Palestine|State of Palestine|Palestinian Territories
Panama
Papua New Guinea|PNG
Paraguay
Peru
Philippines|The Philippines
Poland
Portugal
Qatar
Romania
Russia|Russian Federation
Rwanda
Saint Kitts and Nevis|St Kitts and Nevis|St. Kitts and Nevis
Saint Lucia|St Lucia|St. Lucia
Saint Vincent and the Grenadines|St Vincent and the Grenadines|St. Vincent and the Grenadines
Samoa
San Marino
São Tomé and Príncipe|Sao Tome and Principe
Saudi Arabia
Senegal
Serbia
Seychelles
Sierra Leone
Singapore
Slovakia
Slovenia
Solomon Islands
Somalia
South Africa
South Korea
South Sudan
Spain
Sri Lanka
Sudan
Suriname
Sweden
Switzerland
Syria
Taiwan
Tajikistan
Tanzania
Thailand
Timor-Leste|East Timor
Togo
Tonga
Trinidad and Tobago|Trinidad
Tunisia
Turkey|Türkiye|Turkiye
Turkmenistan
Tuvalu
Uganda
Ukraine
United Arab Emirates|UAE
United Kingdom|UK|Britain|Great Britain
United States|United States of America|USA
Uruguay
Uzbekistan
Vanuatu
Vatican City|Holy See|Vatican
Venezuela
Vietnam|Viet Nam
Yemen
Zambia
Zimbabwe
"""

_TERRITORIES = """
Abkhazia
American Samoa
Anguilla
Aruba
Bermuda
British Virgin Islands
Cayman Islands
Cook Islands
Curaçao|Curacao
Falkland Islands|Falklands
Faroe Islands|Faroes
French Guiana
French Polynesia
Gaza|Gaza Strip
Gibraltar
Greenland
Guadeloupe
Guam
Hong Kong
Isle of Man
Jersey
Guernsey
Macau|Macao
Martinique
Mayotte
Montserrat
New Caledonia
Niue
Northern Cyprus
Northern Mariana Islands
Puerto Rico
Réunion|Reunion
Somaliland
South Ossetia
Tokelau
Transnistria
Turks and Caicos Islands|Turks and Caicos
US Virgin Islands|U.S. Virgin Islands
Wallis and Futuna
West Bank
Western Sahara
"""


def _key(text: str) -> str:
    """One spelling for matching: lower case, one space, straight apostrophe, no 'the'."""
    k = " ".join(text.replace("’", "'").lower().split())
    return k[4:] if k.startswith("the ") else k


COUNTRY_NAMES: frozenset[str] = frozenset(
    _key(name) for line in (_STATES + _TERRITORIES).splitlines() for name in line.split("|")
    if name.strip())

def is_country(name: str) -> bool:
    """Whether a name is, whole, a state's or territory's ('The Gambia', 'Sri Lanka')."""
    return _key(name) in COUNTRY_NAMES


# Labels the small model gives country names by mistake; LOC, NORP and the rest are left alone
_WRONG = frozenset({"PERSON", "ORG", "LOC"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def retype_countries(doc) -> bool:
    """Relabel, as GPE, every PERSON or ORG span whose whole text (less a possessive 's) is a
    state or territory, unless a person's longer name in the same article holds that word
    ('Michael Jordan ... Jordan said', 'Chad Morris ... Chad'). True when the Doc changed."""
    ents = doc.ents
    hits = []
    for k, e in enumerate(ents):
        if e.label_ in _WRONG:
            end = e.end - 1 if e[-1].text in _POSSESSIVE and len(e) > 1 else e.end
            if _key(doc[e.start:end].text) in COUNTRY_NAMES:
                hits.append((k, end))
    if not hits:
        return False
    people = [e for e in ents if e.label_ == "PERSON" and len(e) > 1
              and _key(e.text.rstrip("'’s")) not in COUNTRY_NAMES]
    from spacy.tokens import Span
    out = list(ents)
    changed = False
    for k, end in hits:
        e = ents[k]
        words = {t.lower_ for t in doc[e.start:end]}
        if any(p.start != e.start and words <= {t.lower_ for t in p} for p in people):
            continue  # the country's name is part of a person's name in this article
        out[k] = Span(doc, e.start, end, label="GPE")
        changed = True
    if changed:
        doc.ents = out
    return changed


# 'Niger's coach', 'Sri Lanka’s grid operator': a possessor of one to four capitalised words
_OWNER = re.compile(r"(?:[Tt]he )?([A-Z][\w.'-]*(?: (?:and |the )?[A-Z][\w.'-]*){0,3})['’]s ")


def owned_by_country(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] opens with a state's or territory's name in the possessive."""
    if "s " not in text[start:end]:
        return False
    m = _OWNER.match(text, start, end)
    return m is not None and _key(m.group(1)) in COUNTRY_NAMES
