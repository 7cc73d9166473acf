/**
 * Personal-name order. In Chinese, Korean and (mainland / Taiwanese / Hong Kong) Chinese-language names the family
 * name comes first, and English-language news keeps that order: "Yoon Suk Yeol" is "Yoon" on second reference,
 * "Xi Jinping" is "Xi", "Lai Ching-te" is "Lai". A Hong Kong official with an English given name puts it in front
 * ("John Lee Ka-chiu" → "Lee"). Japanese, Hungarian, Vietnamese and Mongolian names are written in English news in
 * the order that ends with the name used on second reference ("Shinzo Abe" → "Abe", "Viktor Orbán" → "Orbán",
 * "Pham Minh Chinh" → "Chinh"), so they keep the default.
 */

/** Countries (dataset ids) whose people's names are written family name first in English-language news. */
export const FAMILY_NAME_FIRST = new Set(['china', 'taiwan', 'south-korea', 'north-korea', 'hong-kong', 'macau']);

/**
 * Common Chinese and Korean family names in their usual romanisations; several ("Lee", "Kim", "Young") are also
 * English given names, which must not make "Lee Jae-myung" read as given name + family name.
 */
const COMMON_FAMILY_NAMES = new Set([
  'lee', 'yi', 'rhee', 'kim', 'gim', 'park', 'pak', 'choi', 'choe', 'jung', 'chung', 'kang', 'cho', 'jo', 'yoon', 'yun',
  'jang', 'chang', 'lim', 'im', 'han', 'oh', 'seo', 'shin', 'kwon', 'hwang', 'ahn', 'song', 'hong', 'moon', 'roh', 'noh',
  'wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo',
  'he', 'lin', 'luo', 'gao', 'xi', 'lai', 'tsai', 'wong', 'chan', 'leung', 'lam', 'ho', 'tang', 'ng', 'cheung', 'young',
]);

/**
 * The position of the family name among a person's folded name tokens, or -1 for "use the default (last word)".
 * `isGivenName` tells whether a token is a common (Western) given name.
 */
export function familyNameIndex(tokens: readonly string[], country: string | undefined, isGivenName: (t: string) => boolean): number {
  if (!country || !FAMILY_NAME_FIRST.has(country) || tokens.length < 2) return -1;
  // "John Lee Ka-chiu", "Carrie Lam Cheng Yuet-ngor": an English given name in front, the family name after it.
  if (isGivenName(tokens[0]) && !COMMON_FAMILY_NAMES.has(tokens[0])) return tokens.length >= 3 ? 1 : -1;
  return 0;
}

/**
 * Countries whose people's names are written natively in the Latin alphabet and reach English-language news spelled
 * the same way (accents aside, which matching folds away). A look-alike of such a name ("Rian Johnson" for "Ron
 * Johnson") is another person, not a transliteration: there is no other script to transliterate from.
 */
const LATIN_SCRIPT_COUNTRIES = new Set([
  'united-states', 'united-kingdom', 'ireland', 'canada', 'australia', 'new-zealand', 'france', 'belgium', 'netherlands',
  'luxembourg', 'germany', 'austria', 'switzerland', 'liechtenstein', 'italy', 'spain', 'portugal', 'andorra', 'monaco',
  'san-marino', 'malta', 'denmark', 'norway', 'sweden', 'finland', 'iceland', 'estonia', 'latvia', 'lithuania',
  'poland', 'czechia', 'slovakia', 'hungary', 'slovenia', 'croatia', 'romania', 'mexico', 'argentina', 'chile',
  'colombia', 'peru', 'venezuela', 'ecuador', 'bolivia', 'uruguay', 'paraguay', 'brazil', 'cuba', 'puerto-rico',
]);

/** True when a person of this country has a name written natively in the Latin alphabet. */
export function latinScriptCountry(country: string | undefined): boolean {
  return !!country && LATIN_SCRIPT_COUNTRIES.has(country);
}
