/**
 * Topic vocabulary. A topic is either the id of a country entity (e.g. `syria`, `russia`) or one of the
 * regions and running stories below. The data build rejects any other topic.
 */
export const REGION_TOPICS = [
  'middle-east',
  'north-africa',
  'africa',
  'sahel',
  'horn-of-africa',
  'europe',
  'balkans',
  'caucasus',
  'central-asia',
  'south-asia',
  'east-asia',
  'southeast-asia',
  'oceania',
  'north-america',
  'latin-america',
  'caribbean',
  'arctic',
] as const;

export const STORY_TOPICS = [
  'syrian-civil-war',
  'ukraine-war',
  'israel-palestine',
  'gaza',
  'lebanon-conflict',
  'yemen-conflict',
  'sudan-conflict',
  'libya-conflict',
  'iraq-conflict',
  'kurds',
  'iran-nuclear',
  'afghanistan-conflict',
  'sahel-insurgency',
  'somalia-conflict',
  'drc-conflict',
  'myanmar-conflict',
  'india-pakistan',
  'korea',
  'taiwan-strait',
  'us-politics',
  'uk-politics',
  'eu-politics',
  'russia-politics',
  'terrorism',
  'jihadism',
  'nuclear',
  'energy',
  'economy',
  'trade',
  'diplomacy',
  'military',
  'human-rights',
  'migration',
  'climate',
  'elections',
  'media',
  'health',
  'cold-war',
  'world-war-ii',
] as const;


/**
 * Demonyms and nationality adjectives → country id. Not mentions of the country (the corpus policy), but evidence of
 * which country an article is about: "the Australian Federal Police" makes a bare "Parliament" Australia's.
 */
export const DEMONYMS: Record<string, string> = {
  american: 'united-states', americans: 'united-states', british: 'united-kingdom', briton: 'united-kingdom',
  britons: 'united-kingdom', english: 'united-kingdom', scottish: 'united-kingdom', welsh: 'united-kingdom',
  australian: 'australia', australians: 'australia', canadian: 'canada', canadians: 'canada', french: 'france',
  german: 'germany', germans: 'germany', italian: 'italy', italians: 'italy', spanish: 'spain', portuguese: 'portugal',
  dutch: 'netherlands', belgian: 'belgium', swiss: 'switzerland', austrian: 'austria', polish: 'poland', swedish: 'sweden',
  norwegian: 'norway', danish: 'denmark', finnish: 'finland', irish: 'ireland', greek: 'greece', turkish: 'turkey',
  russian: 'russia', russians: 'russia', ukrainian: 'ukraine', ukrainians: 'ukraine', belarusian: 'belarus',
  georgian: 'georgia', armenian: 'armenia', azerbaijani: 'azerbaijan', iranian: 'iran', iranians: 'iran',
  iraqi: 'iraq', iraqis: 'iraq', syrian: 'syria', syrians: 'syria', lebanese: 'lebanon', israeli: 'israel',
  israelis: 'israel', palestinian: 'palestine', palestinians: 'palestine', jordanian: 'jordan', egyptian: 'egypt',
  egyptians: 'egypt', saudi: 'saudi-arabia', saudis: 'saudi-arabia', emirati: 'united-arab-emirates', qatari: 'qatar',
  kuwaiti: 'kuwait', yemeni: 'yemen', omani: 'oman', libyan: 'libya', libyans: 'libya', tunisian: 'tunisia',
  tunisians: 'tunisia', algerian: 'algeria', moroccan: 'morocco', sudanese: 'sudan', ethiopian: 'ethiopia',
  somali: 'somalia', kenyan: 'kenya', kenyans: 'kenya', nigerian: 'nigeria', nigerians: 'nigeria', ghanaian: 'ghana',
  malian: 'mali', zimbabwean: 'zimbabwe', zimbabweans: 'zimbabwe', congolese: 'dr-congo', rwandan: 'rwanda',
  ugandan: 'uganda', tanzanian: 'tanzania', mexican: 'mexico', mexicans: 'mexico', brazilian: 'brazil',
  argentine: 'argentina', argentinian: 'argentina', chilean: 'chile', colombian: 'colombia', venezuelan: 'venezuela',
  peruvian: 'peru', cuban: 'cuba', cubans: 'cuba', chinese: 'china', japanese: 'japan', korean: 'south-korea',
  koreans: 'south-korea', taiwanese: 'taiwan', indian: 'india', indians: 'india', pakistani: 'pakistan',
  pakistanis: 'pakistan', afghan: 'afghanistan', afghans: 'afghanistan', bangladeshi: 'bangladesh',
  indonesian: 'indonesia', filipino: 'philippines', vietnamese: 'vietnam', thai: 'thailand', malaysian: 'malaysia',
  burmese: 'myanmar', zealander: 'new-zealand', zealanders: 'new-zealand', hungarian: 'hungary', czech: 'czech-republic',
  romanian: 'romania', serbian: 'serbia', croatian: 'croatia', bulgarian: 'bulgaria', kazakh: 'kazakhstan',
};

/**
 * Words that mark an article as a sports, food or entertainment piece. There a bare place name is more often a team,
 * an ingredient or a brand than the place ("Chicago beat Utah", "add the Chile flakes").
 */
export const DOMAIN_WORDS: Record<'sport' | 'food', string[]> = {
  sport: [
    'points', 'rebounds', 'assists', 'scored', 'scoring', 'coach', 'playoffs', 'playoff', 'quarterback', 'touchdown',
    'touchdowns', 'innings', 'wicket', 'wickets', 'striker', 'midfielder', 'goalkeeper', 'league', 'championship',
    'tournament', 'semifinal', 'semi-final', 'halftime', 'half-time', 'teammates', 'teammate', 'nba', 'nfl', 'mlb',
    'nhl', 'fifa', 'uefa', 'world cup', 'squad', 'stadium', 'kick-off', 'rebound', 'pitcher', 'inning', 'hat-trick',
    'defenders', 'forwards', 'qualifier', 'qualifiers', 'friendlies', 'national team', 'head coach', 'free throws',
    // baseball, American football, basketball and hockey words the list lacked (a baseball column on the Nationals
    // found no domain and took "Washington" the team for the city)
    'shortstop', 'outfielder', 'infielder', 'baseman', 'bullpen', 'home run', 'home runs', 'strikeouts', 'slugger',
    'linebacker', 'cornerback', 'wide receiver', 'running back', 'offensive coordinator', 'defensive coordinator',
    'point guard', 'goaltender', 'defenseman', 'postseason', 'preseason', 'offseason',
  ],
  food: [
    'recipe', 'recipes', 'tablespoon', 'tablespoons', 'tbsp', 'teaspoon', 'teaspoons', 'tsp', 'cups', 'oven', 'bake',
    'baked', 'simmer', 'stir', 'chopped', 'garlic', 'onion', 'onions', 'flour', 'butter', 'ingredients', 'flakes',
    'roast', 'roasted', 'sauce', 'marinade', 'saute', 'sauté', 'skillet', 'whisk',
  ],
};
