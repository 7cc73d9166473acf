/**
 * The card's one-line description of a countries-states-cities row, by the row's `type`.
 *
 * The source's `type` of a populated place follows GeoNames' feature codes: "adm1" … "adm4" are the seats of first- to
 * fourth-order administrative divisions (PPLA … PPLA4: Abancay, the capital of the Apurímac Region; Aabenraa, the seat
 * of its municipality), "section" a part of a city (PPLX: Old Basra), and "district", "county", "prefecture",
 * "regency", "province", "banner" are divisions named as such. Until 7 December 2026 the seats were described as
 * "Administrative area (adm1) in …": they are towns, and the region-title join took them for the regions they are the
 * seats of. `country` is the country's name as it reads in running text ("the Gambia").
 */
const SEAT_ORDER: Record<string, string> = {
  adm1: 'a province or region',
  adm2: 'a district or municipality',
};
const DIVISIONS: Record<string, string> = {
  district: 'District',
  county: 'County',
  prefecture: 'Prefecture',
  regency: 'Regency',
  province: 'Province',
  banner: 'Banner (a county-level division)',
  subdistrict: 'Subdistrict',
  parish: 'Parish',
  township: 'Township',
  'administrative zone': 'Administrative zone',
};

export function placeDescription(type: string, country: string): string {
  if (type in SEAT_ORDER) return `Town or city in ${country}; the seat of ${SEAT_ORDER[type]}.`;
  if (type === 'section') return `Part of a city in ${country}.`;
  if (type in DIVISIONS) return `${DIVISIONS[type]} in ${country}.`;
  return `Town or city in ${country}.`;
}

/** A description placeDescription gives a seat of a first-order division ("adm1"). */
export const FIRST_ORDER_SEAT = /^Town or city in .*; the seat of a province or region\.$/;
/** A description placeDescription gives a town (any seat or plain town), not a division or a part of a city. */
export const TOWN_DESCRIPTION = /^Town or city in /;
