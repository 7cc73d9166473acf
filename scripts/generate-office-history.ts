/**
 * Office history: heads of state and government since about 2000 and G20 foreign ministers since about 2010, as dated
 * offices, so a card for an old article leads with the office held on its date. Written from general knowledge (as of
 * 2025-06): every fact cites the holder's English Wikipedia article (a page that states the term) and carries a note
 * saying so. Only terms that had ended by then, or whose end the dataset's sources record, are written here; current
 * holders come from the Factbook, recent-facts.json and the curated files.
 *
 * Writes `data/generated/office-history.json` (people the dataset did not have) and
 * `data/overrides/office-history.json` (terms added to people it has). `npx tsx scripts/generate-office-history.ts`
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityRecord, Fact } from '../lib/types';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const AS_OF = '2025-06';
const NOTE = 'From general knowledge as of June 2025, not re-checked against the cited page';

/**
 * Michel Aoun (President of Lebanon 2016–2022) was left out on 4 December: with him in the data the engine then no
 * longer resolved a bare "Aoun" to Joseph Aoun after his full name (test/corpus wire-08). The engine now takes the
 * person the article names in full, so he is in (7 December: wire-08 unchanged; a 2015 Reuters story names him).
 *
 * office | country id (or the organisation's id) | role word for `related`
 *   name | Wikipedia title ("=" same as name) | since | until
 */
const TABLE = `
Prime Minister of the United Kingdom | united-kingdom | prime minister
  Tony Blair | = | 1997-05-02 | 2007-06-27
  Gordon Brown | = | 2007-06-27 | 2010-05-11
  David Cameron | = | 2010-05-11 | 2016-07-13
  Theresa May | = | 2016-07-13 | 2019-07-24
  Boris Johnson | = | 2019-07-24 | 2022-09-06
  Liz Truss | = | 2022-09-06 | 2022-10-25
  Rishi Sunak | = | 2022-10-25 | 2024-07-05
President of France | france | president
  Jacques Chirac | = | 1995-05-17 | 2007-05-16
  Nicolas Sarkozy | = | 2007-05-16 | 2012-05-15
  François Hollande | = | 2012-05-15 | 2017-05-14
Prime Minister of France | france | prime minister
  Lionel Jospin | = | 1997-06-02 | 2002-05-06
  Jean-Pierre Raffarin | = | 2002-05-06 | 2005-05-31
  Dominique de Villepin | = | 2005-05-31 | 2007-05-17
  François Fillon | = | 2007-05-17 | 2012-05-15
  Jean-Marc Ayrault | = | 2012-05-15 | 2014-03-31
  Manuel Valls | = | 2014-03-31 | 2016-12-06
  Bernard Cazeneuve | = | 2016-12-06 | 2017-05-15
  Édouard Philippe | = | 2017-05-15 | 2020-07-03
  Jean Castex | = | 2020-07-03 | 2022-05-16
  Élisabeth Borne | = | 2022-05-16 | 2024-01-09
  Gabriel Attal | = | 2024-01-09 | 2024-09-05
  Michel Barnier | = | 2024-09-05 | 2024-12-13
  François Bayrou | = | 2024-12-13 | 2025-09-09
Chancellor of Germany | germany | chancellor
  Gerhard Schröder | = | 1998-10-27 | 2005-11-22
  Angela Merkel | = | 2005-11-22 | 2021-12-08
  Olaf Scholz | = | 2021-12-08 | 2025-05-06
Prime Minister of Italy | italy | prime minister
  Giuliano Amato | = | 2000-04-25 | 2001-06-11
  Silvio Berlusconi | = | 2001-06-11 | 2006-05-17
  Romano Prodi | = | 2006-05-17 | 2008-05-08
  Silvio Berlusconi | = | 2008-05-08 | 2011-11-16
  Mario Monti | = | 2011-11-16 | 2013-04-28
  Enrico Letta | = | 2013-04-28 | 2014-02-22
  Matteo Renzi | = | 2014-02-22 | 2016-12-12
  Paolo Gentiloni | = | 2016-12-12 | 2018-06-01
  Giuseppe Conte | = | 2018-06-01 | 2021-02-13
  Mario Draghi | = | 2021-02-13 | 2022-10-22
President of the Government of Spain | spain | prime minister
  José María Aznar | = | 1996-05-05 | 2004-04-17
  José Luis Rodríguez Zapatero | = | 2004-04-17 | 2011-12-21
  Mariano Rajoy | = | 2011-12-21 | 2018-06-02
Prime Minister of Russia | russia | prime minister
  Mikhail Kasyanov | = | 2000-05-17 | 2004-02-24
  Mikhail Fradkov | = | 2004-03-05 | 2007-09-14
  Viktor Zubkov | = | 2007-09-14 | 2008-05-08
President of China | china | president
  Jiang Zemin | = | 1993-03-27 | 2003-03-15
  Hu Jintao | = | 2003-03-15 | 2013-03-14
Premier of China | china | premier
  Zhu Rongji | = | 1998-03-17 | 2003-03-16
  Wen Jiabao | = | 2003-03-16 | 2013-03-15
  Li Keqiang | = | 2013-03-15 | 2023-03-11
Prime Minister of Japan | japan | prime minister
  Yoshiro Mori | Yoshirō Mori | 2000-04-05 | 2001-04-26
  Junichiro Koizumi | = | 2001-04-26 | 2006-09-26
  Shinzo Abe | = | 2006-09-26 | 2007-09-26
  Yasuo Fukuda | = | 2007-09-26 | 2008-09-24
  Taro Aso | Tarō Asō | 2008-09-24 | 2009-09-16
  Yukio Hatoyama | = | 2009-09-16 | 2010-06-08
  Naoto Kan | = | 2010-06-08 | 2011-09-02
  Yoshihiko Noda | = | 2011-09-02 | 2012-12-26
  Shinzo Abe | = | 2012-12-26 | 2020-09-16
  Yoshihide Suga | = | 2020-09-16 | 2021-10-04
  Fumio Kishida | = | 2021-10-04 | 2024-10-01
  Shigeru Ishiba | = | 2024-10-01 | 2025-10-21
Prime Minister of India | india | prime minister
  Atal Bihari Vajpayee | = | 1998-03-19 | 2004-05-22
  Manmohan Singh | = | 2004-05-22 | 2014-05-26
President of Brazil | brazil | president
  Fernando Henrique Cardoso | = | 1995-01-01 | 2003-01-01
  Luiz Inácio Lula da Silva | = | 2003-01-01 | 2011-01-01
  Dilma Rousseff | = | 2011-01-01 | 2016-08-31
  Michel Temer | = | 2016-08-31 | 2019-01-01
  Jair Bolsonaro | = | 2019-01-01 | 2023-01-01
Prime Minister of Canada | canada | prime minister
  Jean Chrétien | = | 1993-11-04 | 2003-12-12
  Paul Martin | = | 2003-12-12 | 2006-02-06
  Stephen Harper | = | 2006-02-06 | 2015-11-04
  Justin Trudeau | = | 2015-11-04 | 2025-03-14
Prime Minister of Australia | australia | prime minister
  John Howard | = | 1996-03-11 | 2007-12-03
  Kevin Rudd | = | 2007-12-03 | 2010-06-24
  Julia Gillard | = | 2010-06-24 | 2013-06-27
  Kevin Rudd | = | 2013-06-27 | 2013-09-18
  Tony Abbott | = | 2013-09-18 | 2015-09-15
  Malcolm Turnbull | = | 2015-09-15 | 2018-08-24
  Scott Morrison | = | 2018-08-24 | 2022-05-23
Prime Minister of Turkey | turkey | prime minister
  Bülent Ecevit | = | 1999-05-28 | 2002-11-18
  Abdullah Gül | = | 2002-11-18 | 2003-03-14
  Recep Tayyip Erdogan | Recep Tayyip Erdoğan | 2003-03-14 | 2014-08-28
  Ahmet Davutoğlu | = | 2014-08-28 | 2016-05-24
  Binali Yıldırım | = | 2016-05-24 | 2018-07-09
President of Turkey | turkey | president
  Ahmet Necdet Sezer | = | 2000-05-16 | 2007-08-28
  Abdullah Gül | = | 2007-08-28 | 2014-08-28
Prime Minister of Israel | israel | prime minister
  Benjamin Netanyahu | = | 1996-06-18 | 1999-07-06
  Ehud Barak | = | 1999-07-06 | 2001-03-07
  Ariel Sharon | = | 2001-03-07 | 2006-04-14
  Ehud Olmert | = | 2006-04-14 | 2009-03-31
  Benjamin Netanyahu | = | 2009-03-31 | 2021-06-13
  Naftali Bennett | = | 2021-06-13 | 2022-06-30
  Yair Lapid | = | 2022-07-01 | 2022-12-29
President of Iran | iran | president
  Mohammad Khatami | = | 1997-08-03 | 2005-08-03
  Mahmoud Ahmadinejad | = | 2005-08-03 | 2013-08-03
  Hassan Rouhani | = | 2013-08-03 | 2021-08-03
  Ebrahim Raisi | = | 2021-08-03 | 2024-05-19
President of Ukraine | ukraine | president
  Leonid Kuchma | = | 1994-07-19 | 2005-01-23
  Viktor Yushchenko | = | 2005-01-23 | 2010-02-25
  Viktor Yanukovych | = | 2010-02-25 | 2014-02-22
  Petro Poroshenko | = | 2014-06-07 | 2019-05-20
President of Mexico | mexico | president
  Vicente Fox | = | 2000-12-01 | 2006-12-01
  Felipe Calderón | = | 2006-12-01 | 2012-12-01
  Enrique Peña Nieto | = | 2012-12-01 | 2018-12-01
  Andrés Manuel López Obrador | = | 2018-12-01 | 2024-10-01
President of Argentina | argentina | president
  Néstor Kirchner | = | 2003-05-25 | 2007-12-10
  Cristina Fernández de Kirchner | = | 2007-12-10 | 2015-12-10
  Mauricio Macri | = | 2015-12-10 | 2019-12-10
  Alberto Fernández | = | 2019-12-10 | 2023-12-10
President of South Africa | south-africa | president
  Thabo Mbeki | = | 1999-06-14 | 2008-09-24
  Kgalema Motlanthe | = | 2008-09-25 | 2009-05-09
  Jacob Zuma | = | 2009-05-09 | 2018-02-14
King of Saudi Arabia | saudi-arabia | king
  Abdullah of Saudi Arabia | = | 2005-08-01 | 2015-01-23
President of Egypt | egypt | president
  Hosni Mubarak | = | 1981-10-14 | 2011-02-11
  Mohamed Morsi | = | 2012-06-30 | 2013-07-03
  Adly Mansour | = | 2013-07-04 | 2014-06-08
President of Indonesia | indonesia | president
  Abdurrahman Wahid | = | 1999-10-20 | 2001-07-23
  Megawati Sukarnoputri | = | 2001-07-23 | 2004-10-20
  Susilo Bambang Yudhoyono | = | 2004-10-20 | 2014-10-20
  Joko Widodo | = | 2014-10-20 | 2024-10-20
President of South Korea | south-korea | president
  Kim Dae-jung | = | 1998-02-25 | 2003-02-25
  Roh Moo-hyun | = | 2003-02-25 | 2008-02-25
  Lee Myung-bak | = | 2008-02-25 | 2013-02-25
  Park Geun-hye | = | 2013-02-25 | 2017-03-10
  Moon Jae-in | = | 2017-05-10 | 2022-05-10
  Yoon Suk Yeol | = | 2022-05-10 | 2025-04-04
Prime Minister of Pakistan | pakistan | prime minister
  Nawaz Sharif | = | 2013-06-05 | 2017-07-28
  Imran Khan | = | 2018-08-18 | 2022-04-10
  Shehbaz Sharif | = | 2022-04-11 | 2023-08-14
Prime Minister of Iraq | iraq | prime minister
  Nouri al-Maliki | = | 2006-05-20 | 2014-09-08
  Haider al-Abadi | = | 2014-09-08 | 2018-10-25
  Adil Abdul-Mahdi | = | 2018-10-25 | 2020-05-07
  Mustafa Al-Kadhimi | = | 2020-05-07 | 2022-10-27
President of Poland | poland | president
  Aleksander Kwaśniewski | = | 1995-12-23 | 2005-12-23
  Lech Kaczyński | = | 2005-12-23 | 2010-04-10
  Bronisław Komorowski | = | 2010-08-06 | 2015-08-06
  Andrzej Duda | = | 2015-08-06 | 2025-08-06
Prime Minister of Hungary | hungary | prime minister
  Viktor Orbán | = | 1998-07-06 | 2002-05-27
Secretary of State of the United States | united-states | secretary of state
  Hillary Clinton | = | 2009-01-21 | 2013-02-01
  John Kerry | = | 2013-02-01 | 2017-01-20
  Rex Tillerson | = | 2017-02-01 | 2018-03-31
  Mike Pompeo | = | 2018-04-26 | 2021-01-20
Secretary of State for Foreign and Commonwealth Affairs of the United Kingdom | united-kingdom | foreign secretary
  William Hague | = | 2010-05-12 | 2014-07-14
  Philip Hammond | = | 2014-07-15 | 2016-07-13
  Boris Johnson | = | 2016-07-13 | 2018-07-09
  Jeremy Hunt | = | 2018-07-09 | 2019-07-24
  Dominic Raab | = | 2019-07-24 | 2020-09-02
Secretary of State for Foreign, Commonwealth and Development Affairs of the United Kingdom | united-kingdom | foreign secretary
  Dominic Raab | = | 2020-09-02 | 2021-09-15
  Liz Truss | = | 2021-09-15 | 2022-09-06
  James Cleverly | = | 2022-09-06 | 2023-11-13
  David Cameron | = | 2023-11-13 | 2024-07-05
Minister of Foreign Affairs of China | china | foreign minister
  Yang Jiechi | = | 2007-04-27 | 2013-03-16
  Wang Yi | = | 2013-03-16 | 2022-12-30
  Qin Gang | = | 2022-12-30 | 2023-07-25
Minister of Foreign Affairs of France | france | foreign minister
  Bernard Kouchner | = | 2007-05-18 | 2010-11-14
  Michèle Alliot-Marie | = | 2010-11-14 | 2011-02-27
  Alain Juppé | = | 2011-02-27 | 2012-05-16
  Laurent Fabius | = | 2012-05-16 | 2016-02-11
  Jean-Marc Ayrault | = | 2016-02-11 | 2017-05-17
  Jean-Yves Le Drian | = | 2017-05-17 | 2022-05-20
  Catherine Colonna | = | 2022-05-20 | 2024-01-11
  Stéphane Séjourné | = | 2024-01-11 | 2024-09-21
Federal Minister for Foreign Affairs of Germany | germany | foreign minister
  Guido Westerwelle | = | 2009-10-28 | 2013-12-17
  Frank-Walter Steinmeier | = | 2013-12-17 | 2017-01-27
  Sigmar Gabriel | = | 2017-01-27 | 2018-03-14
  Heiko Maas | = | 2018-03-14 | 2021-12-08
  Annalena Baerbock | = | 2021-12-08 | 2025-05-06
Minister of External Affairs of India | india | foreign minister
  S. M. Krishna | = | 2009-05-22 | 2012-10-28
  Salman Khurshid | = | 2012-10-28 | 2014-05-26
  Sushma Swaraj | = | 2014-05-26 | 2019-05-30
Minister for Foreign Affairs of Japan | japan | foreign minister
  Fumio Kishida | = | 2012-12-26 | 2017-08-03
  Taro Kono | = | 2017-08-03 | 2019-09-11
  Toshimitsu Motegi | = | 2019-09-11 | 2021-11-10
  Yoshimasa Hayashi | = | 2021-11-10 | 2023-09-13
  Yoko Kamikawa | Yōko Kamikawa | 2023-09-13 | 2024-10-01
  Takeshi Iwaya | = | 2024-10-01 | 2025-10-21
Minister of Foreign Affairs of Turkey | turkey | foreign minister
  Ahmet Davutoğlu | = | 2009-05-01 | 2014-08-29
  Mevlüt Çavuşoğlu | = | 2014-08-29 | 2015-08-28
  Mevlüt Çavuşoğlu | = | 2015-11-24 | 2023-06-03
Minister of Foreign Affairs of Saudi Arabia | saudi-arabia | foreign minister
  Adel al-Jubeir | = | 2015-04-29 | 2018-12-27
Minister of Foreign Affairs of Brazil | brazil | foreign minister
  Celso Amorim | = | 2003-01-01 | 2011-01-01
  Antonio Patriota | = | 2011-01-01 | 2013-08-26
  Mauro Vieira | = | 2015-01-01 | 2016-05-12
  José Serra | = | 2016-05-12 | 2017-03-07
  Ernesto Araújo | = | 2019-01-01 | 2021-03-29
Minister for Foreign Affairs of Australia | australia | foreign minister
  Julie Bishop | = | 2013-09-18 | 2018-08-28
  Marise Payne | = | 2018-08-28 | 2022-05-23
President of Lebanon | lebanon | president
  Émile Lahoud | = | 1998-11-24 | 2007-11-23
  Michel Suleiman | = | 2008-05-25 | 2014-05-25
  Michel Aoun | = | 2016-10-31 | 2022-10-30
Prime Minister of Lebanon | lebanon | prime minister
  Saad Hariri | = | 2016-12-18 | 2020-01-21
  Hassan Diab | = | 2020-01-21 | 2021-09-10
  Najib Mikati | = | 2021-09-10 | 2025-02-08
President of Iraq | iraq | president
  Jalal Talabani | = | 2005-04-07 | 2014-07-24
  Fuad Masum | = | 2014-07-24 | 2018-10-02
  Barham Salih | = | 2018-10-02 | 2022-10-13
President of Tunisia | tunisia | president
  Zine El Abidine Ben Ali | = | 1987-11-07 | 2011-01-14
  Moncef Marzouki | = | 2011-12-13 | 2014-12-31
  Beji Caid Essebsi | = | 2014-12-31 | 2019-07-25
President of Algeria | algeria | president
  Abdelaziz Bouteflika | = | 1999-04-27 | 2019-04-02
President of Yemen | yemen | president
  Ali Abdullah Saleh | = | 1990-05-22 | 2012-02-27
  Abdrabbuh Mansur Hadi | = | 2012-02-27 | 2022-04-07
President of Afghanistan | afghanistan | president
  Hamid Karzai | = | 2004-12-07 | 2014-09-29
  Ashraf Ghani | = | 2014-09-29 | 2021-08-15
President of Nigeria | nigeria | president
  Olusegun Obasanjo | = | 1999-05-29 | 2007-05-29
  Umaru Musa Yar'Adua | = | 2007-05-29 | 2010-05-05
  Goodluck Jonathan | = | 2010-05-06 | 2015-05-29
  Muhammadu Buhari | = | 2015-05-29 | 2023-05-29
Prime Minister of Ethiopia | ethiopia | prime minister
  Meles Zenawi | = | 1995-08-23 | 2012-08-20
  Hailemariam Desalegn | = | 2012-09-21 | 2018-04-02
President of Kenya | kenya | president
  Mwai Kibaki | = | 2002-12-30 | 2013-04-09
  Uhuru Kenyatta | = | 2013-04-09 | 2022-09-13
President of DR Congo | dr-congo | president
  Joseph Kabila | = | 2001-01-26 | 2019-01-24
  Félix Tshisekedi | = | 2019-01-24 | 2024-01-20
President of Sudan | sudan | president
  Omar al-Bashir | = | 1989-06-30 | 2019-04-11
President of Venezuela | venezuela | president
  Hugo Chávez | = | 1999-02-02 | 2013-03-05
President of Colombia | colombia | president
  Álvaro Uribe | = | 2002-08-07 | 2010-08-07
  Juan Manuel Santos | = | 2010-08-07 | 2018-08-07
  Iván Duque | = | 2018-08-07 | 2022-08-07
President of the Philippines | philippines | president
  Gloria Macapagal Arroyo | = | 2001-01-20 | 2010-06-30
  Benigno Aquino III | = | 2010-06-30 | 2016-06-30
  Rodrigo Duterte | = | 2016-06-30 | 2022-06-30
Prime Minister of Bangladesh | bangladesh | prime minister
  Khaleda Zia | = | 2001-10-10 | 2006-10-29
  Sheikh Hasina | = | 2009-01-06 | 2024-08-05
Prime Minister of Thailand | thailand | prime minister
  Thaksin Shinawatra | = | 2001-02-09 | 2006-09-19
  Yingluck Shinawatra | = | 2011-08-05 | 2014-05-07
  Prayut Chan-o-cha | = | 2014-08-24 | 2023-08-22
  Srettha Thavisin | = | 2023-08-22 | 2024-08-14
President of the United Arab Emirates | united-arab-emirates | president
  Khalifa bin Zayed Al Nahyan | = | 2004-11-03 | 2022-05-13
Emir of Qatar | qatar | emir
  Hamad bin Khalifa Al Thani | = | 1995-06-27 | 2013-06-25
Emir of Kuwait | kuwait | emir
  Sabah Al-Ahmad Al-Jaber Al-Sabah | = | 2006-01-29 | 2020-09-29
  Nawaf Al-Ahmad Al-Jaber Al-Sabah | = | 2020-09-29 | 2023-12-16
Sultan of Oman | oman | sultan
  Qaboos bin Said | = | 1970-07-23 | 2020-01-10
President of Kazakhstan | kazakhstan | president
  Nursultan Nazarbayev | = | 1991-12-16 | 2019-03-20
President of the European Commission | european-commission | president
  Romano Prodi | = | 1999-09-16 | 2004-11-22
  José Manuel Barroso | = | 2004-11-22 | 2014-11-01
  Jean-Claude Juncker | = | 2014-11-01 | 2019-11-30
President of the European Council | european-council | president
  Herman Van Rompuy | = | 2009-12-01 | 2014-11-30
  Donald Tusk | = | 2014-12-01 | 2019-11-30
  Charles Michel | = | 2019-12-01 | 2024-11-30
Secretary-General of the United Nations | united-nations | secretary-general
  Kofi Annan | = | 1997-01-01 | 2006-12-31
  Ban Ki-moon | = | 2007-01-01 | 2016-12-31
Secretary General of NATO | nato | secretary general
  Anders Fogh Rasmussen | = | 2009-08-01 | 2014-10-01
  Jens Stoltenberg | = | 2014-10-01 | 2024-10-01
Minister of Foreign Affairs of Canada | canada | foreign minister
  Chrystia Freeland | = | 2017-01-10 | 2019-11-20
  François-Philippe Champagne | = | 2019-11-20 | 2021-01-12
  Marc Garneau | = | 2021-01-12 | 2021-10-26
  Mélanie Joly | = | 2021-10-26 | 2025-05-13
Prime Minister of the Netherlands | netherlands | prime minister
  Jan Peter Balkenende | = | 2002-07-22 | 2010-10-14
  Mark Rutte | = | 2010-10-14 | 2024-07-02
Prime Minister of Belgium | belgium | prime minister
  Guy Verhofstadt | = | 1999-07-12 | 2008-03-20
  Yves Leterme | = | 2008-03-20 | 2008-12-30
  Herman Van Rompuy | = | 2008-12-30 | 2009-11-25
  Yves Leterme | = | 2009-11-25 | 2011-12-06
  Elio Di Rupo | = | 2011-12-06 | 2014-10-11
  Charles Michel | = | 2014-10-11 | 2019-10-27
  Sophie Wilmès | = | 2019-10-27 | 2020-10-01
  Alexander De Croo | = | 2020-10-01 | 2025-02-03
Chancellor of Austria | austria | chancellor
  Wolfgang Schüssel | = | 2000-02-04 | 2007-01-11
  Alfred Gusenbauer | = | 2007-01-11 | 2008-12-02
  Werner Faymann | = | 2008-12-02 | 2016-05-09
  Christian Kern | = | 2016-05-17 | 2017-12-18
  Sebastian Kurz | = | 2017-12-18 | 2019-05-28
  Brigitte Bierlein | = | 2019-06-03 | 2020-01-07
  Sebastian Kurz | = | 2020-01-07 | 2021-10-11
  Alexander Schallenberg | = | 2021-10-11 | 2021-12-06
  Karl Nehammer | = | 2021-12-06 | 2025-01-10
Prime Minister of Sweden | sweden | prime minister
  Göran Persson | = | 1996-03-22 | 2006-10-06
  Fredrik Reinfeldt | = | 2006-10-06 | 2014-10-03
  Stefan Löfven | = | 2014-10-03 | 2021-11-30
  Magdalena Andersson | = | 2021-11-30 | 2022-10-18
Prime Minister of Denmark | denmark | prime minister
  Anders Fogh Rasmussen | = | 2001-11-27 | 2009-04-05
  Lars Løkke Rasmussen | = | 2009-04-05 | 2011-10-03
  Helle Thorning-Schmidt | = | 2011-10-03 | 2015-06-28
  Lars Løkke Rasmussen | = | 2015-06-28 | 2019-06-27
Prime Minister of Finland | finland | prime minister
  Alexander Stubb | = | 2014-06-24 | 2015-05-29
  Juha Sipilä | = | 2015-05-29 | 2019-06-06
  Antti Rinne | = | 2019-06-06 | 2019-12-10
  Sanna Marin | = | 2019-12-10 | 2023-06-20
President of Finland | finland | president
  Tarja Halonen | = | 2000-03-01 | 2012-03-01
  Sauli Niinistö | = | 2012-03-01 | 2024-03-01
Prime Minister of Portugal | portugal | prime minister
  José Sócrates | = | 2005-03-12 | 2011-06-21
  Pedro Passos Coelho | = | 2011-06-21 | 2015-11-26
  António Costa | = | 2015-11-26 | 2024-04-02
President of Portugal | portugal | president
  Aníbal Cavaco Silva | = | 2006-03-09 | 2016-03-09
  Marcelo Rebelo de Sousa | = | 2016-03-09 | 2026-03-09
Prime Minister of Greece | greece | prime minister
  Kostas Karamanlis | = | 2004-03-10 | 2009-10-06
  George Papandreou | = | 2009-10-06 | 2011-11-11
  Lucas Papademos | = | 2011-11-11 | 2012-05-16
  Antonis Samaras | = | 2012-06-20 | 2015-01-26
  Alexis Tsipras | = | 2015-01-26 | 2015-08-27
  Alexis Tsipras | = | 2015-09-21 | 2019-07-08
Taoiseach | ireland | taoiseach
  Bertie Ahern | = | 1997-06-26 | 2008-05-07
  Brian Cowen | = | 2008-05-07 | 2011-03-09
  Enda Kenny | = | 2011-03-09 | 2017-06-14
  Leo Varadkar | = | 2017-06-14 | 2020-06-27
  Micheál Martin | = | 2020-06-27 | 2022-12-17
  Leo Varadkar | = | 2022-12-17 | 2024-04-09
  Simon Harris | = | 2024-04-09 | 2025-01-23
Prime Minister of the Czech Republic | czechia | prime minister
  Bohuslav Sobotka | = | 2014-01-29 | 2017-12-06
  Andrej Babiš | = | 2017-12-06 | 2021-11-28
President of Romania | romania | president
  Traian Băsescu | = | 2004-12-20 | 2014-12-21
  Klaus Iohannis | = | 2014-12-21 | 2025-02-12
Prime Minister of Slovakia | slovakia | prime minister
  Robert Fico | = | 2006-07-04 | 2010-07-08
  Robert Fico | = | 2012-04-04 | 2018-03-22
Head of Government of Morocco | morocco | prime minister
  Abdelilah Benkirane | = | 2011-11-29 | 2017-04-05
  Saadeddine Othmani | = | 2017-04-05 | 2021-10-07
Chairman of the Presidential Council of Libya | libya | head of the Government of National Accord
  Fayez al-Sarraj | = | 2016-03-30 | 2021-03-15
President of the Palestinian National Authority | palestine | president
  Yasser Arafat | = | 1994-07-05 | 2004-11-11
President of Israel | israel | president
  Shimon Peres | = | 2007-07-15 | 2014-07-24
  Reuven Rivlin | = | 2014-07-24 | 2021-07-07
President of Tanzania | tanzania | president
  Benjamin Mkapa | = | 1995-11-23 | 2005-12-21
  Jakaya Kikwete | = | 2005-12-21 | 2015-11-05
  John Magufuli | = | 2015-11-05 | 2021-03-17
President of Ghana | ghana | president
  John Kufuor | = | 2001-01-07 | 2009-01-07
  John Atta Mills | = | 2009-01-07 | 2012-07-24
  John Dramani Mahama | John Mahama | 2012-07-24 | 2017-01-07
  Nana Akufo-Addo | = | 2017-01-07 | 2025-01-07
President of Angola | angola | president
  José Eduardo dos Santos | = | 1979-09-21 | 2017-09-26
President of Mozambique | mozambique | president
  Armando Guebuza | = | 2005-02-02 | 2015-01-15
  Filipe Nyusi | = | 2015-01-15 | 2025-01-15
President of Senegal | senegal | president
  Abdoulaye Wade | = | 2000-04-01 | 2012-04-02
  Macky Sall | = | 2012-04-02 | 2024-04-02
President of Mali | mali | president
  Ibrahim Boubacar Keïta | = | 2013-09-04 | 2020-08-18
President of Niger | niger | president
  Mahamadou Issoufou | = | 2011-04-07 | 2021-04-02
  Mohamed Bazoum | = | 2021-04-02 | 2023-07-26
President of Burkina Faso | burkina-faso | president
  Blaise Compaoré | = | 1987-10-15 | 2014-10-31
  Roch Marc Christian Kaboré | = | 2015-12-29 | 2022-01-24
President of Somalia | somalia | president
  Hassan Sheikh Mohamud | = | 2012-09-16 | 2017-02-16
  Mohamed Abdullahi Mohamed | = | 2017-02-16 | 2022-05-23
President of Chad | chad | president
  Idriss Déby | = | 1990-12-02 | 2021-04-20
President of Ivory Coast | ivory-coast | president
  Laurent Gbagbo | = | 2000-10-26 | 2011-04-11
President of Myanmar | myanmar | president
  Thein Sein | = | 2011-03-30 | 2016-03-30
  Htin Kyaw | = | 2016-03-30 | 2018-03-21
  Win Myint | = | 2018-03-30 | 2021-02-01
State Counsellor of Myanmar | myanmar | state counsellor
  Aung San Suu Kyi | = | 2016-04-06 | 2021-02-01
Prime Minister of Malaysia | malaysia | prime minister
  Mahathir Mohamad | = | 1981-07-16 | 2003-10-31
  Abdullah Ahmad Badawi | = | 2003-10-31 | 2009-04-03
  Najib Razak | = | 2009-04-03 | 2018-05-10
  Mahathir Mohamad | = | 2018-05-10 | 2020-02-24
  Muhyiddin Yassin | = | 2020-03-01 | 2021-08-16
  Ismail Sabri Yaakob | = | 2021-08-21 | 2022-11-24
President of Sri Lanka | sri-lanka | president
  Mahinda Rajapaksa | = | 2005-11-19 | 2015-01-09
  Maithripala Sirisena | = | 2015-01-09 | 2019-11-18
  Gotabaya Rajapaksa | = | 2019-11-18 | 2022-07-14
  Ranil Wickremesinghe | = | 2022-07-21 | 2024-09-23
President of Taiwan | taiwan | president
  Chen Shui-bian | = | 2000-05-20 | 2008-05-20
  Ma Ying-jeou | = | 2008-05-20 | 2016-05-20
  Tsai Ing-wen | = | 2016-05-20 | 2024-05-20
Supreme Leader of North Korea | north-korea | supreme leader
  Kim Jong Il | = | 1994-07-08 | 2011-12-17
President of Armenia | armenia | president
  Robert Kocharyan | = | 1998-04-09 | 2008-04-09
  Serzh Sargsyan | = | 2008-04-09 | 2018-04-09
President of Georgia | georgia | president
  Mikheil Saakashvili | = | 2004-01-25 | 2007-11-25
  Mikheil Saakashvili | = | 2008-01-20 | 2013-11-17
  Salome Zourabichvili | = | 2018-12-16 | 2024-12-29
President of Serbia | serbia | president
  Boris Tadić | = | 2004-07-11 | 2012-04-05
  Tomislav Nikolić | = | 2012-05-31 | 2017-05-31
Prime Minister of Serbia | serbia | prime minister
  Aleksandar Vučić | = | 2014-04-27 | 2017-05-31
President of Chile | chile | president
  Ricardo Lagos | = | 2000-03-11 | 2006-03-11
  Michelle Bachelet | = | 2006-03-11 | 2010-03-11
  Sebastián Piñera | = | 2010-03-11 | 2014-03-11
  Michelle Bachelet | = | 2014-03-11 | 2018-03-11
  Sebastián Piñera | = | 2018-03-11 | 2022-03-11
President of Peru | peru | president
  Alan García | = | 2006-07-28 | 2011-07-28
  Ollanta Humala | = | 2011-07-28 | 2016-07-28
  Pedro Pablo Kuczynski | = | 2016-07-28 | 2018-03-23
  Martín Vizcarra | = | 2018-03-23 | 2020-11-10
  Francisco Sagasti | = | 2020-11-17 | 2021-07-28
  Pedro Castillo | = | 2021-07-28 | 2022-12-07
President of the Council of State of Cuba | cuba | president
  Fidel Castro | = | 1976-12-02 | 2008-02-24
  Raúl Castro | = | 2008-02-24 | 2018-04-19
President of Ecuador | ecuador | president
  Rafael Correa | = | 2007-01-15 | 2017-05-24
  Lenín Moreno | = | 2017-05-24 | 2021-05-24
  Guillermo Lasso | = | 2021-05-24 | 2023-11-23
President of Bolivia | bolivia | president
  Evo Morales | = | 2006-01-22 | 2019-11-10
  Jeanine Áñez | = | 2019-11-12 | 2020-11-08
President of Uzbekistan | uzbekistan | president
  Islam Karimov | = | 1990-03-24 | 2016-09-02
President of Russia | russia | president
  Boris Yeltsin | = | 1991-07-10 | 1999-12-31
  Vladimir Putin | = | 2000-05-07 | 2008-05-07
  Dmitry Medvedev | = | 2008-05-07 | 2012-05-07
Prime Minister of Ukraine | ukraine | prime minister
  Arseniy Yatsenyuk | = | 2014-02-27 | 2016-04-14
  Volodymyr Groysman | = | 2016-04-14 | 2019-08-29
  Oleksiy Honcharuk | = | 2019-08-29 | 2020-03-04
  Denys Shmyhal | = | 2020-03-04 | 2025-07-17
President of Pakistan | pakistan | president
  Pervez Musharraf | = | 2001-06-20 | 2008-08-18
  Asif Ali Zardari | = | 2008-09-09 | 2013-09-09
  Mamnoon Hussain | = | 2013-09-09 | 2018-09-09
  Arif Alvi | = | 2018-09-09 | 2024-03-10
President of Haiti | haiti | president
  René Préval | = | 2006-05-14 | 2011-05-14
  Michel Martelly | = | 2011-05-14 | 2016-02-07
  Jovenel Moïse | = | 2017-02-07 | 2021-07-07
President of the Central African Republic | central-african-republic | president
  François Bozizé | = | 2003-03-15 | 2013-03-24
  Michel Djotodia | = | 2013-03-24 | 2014-01-10
President of Azerbaijan | azerbaijan | president
  Heydar Aliyev | = | 1993-10-10 | 2003-10-31
President of the Philippines | philippines | president
  Joseph Estrada | = | 1998-06-30 | 2001-01-20
President of Argentina | argentina | president
  Fernando de la Rúa | = | 1999-12-10 | 2001-12-21
  Eduardo Duhalde | = | 2002-01-02 | 2003-05-25
President of Colombia | colombia | president
  Andrés Pastrana | Andrés Pastrana Arango | 1998-08-07 | 2002-08-07
President of Ghana | ghana | president
  Jerry Rawlings | = | 1993-01-07 | 2001-01-07
President of Kenya | kenya | president
  Daniel arap Moi | = | 1978-10-14 | 2002-12-30
President of DR Congo | dr-congo | president
  Laurent-Désiré Kabila | = | 1997-05-17 | 2001-01-16
President of Mozambique | mozambique | president
  Joaquim Chissano | = | 1986-11-06 | 2005-02-02
President of Peru | peru | president
  Alberto Fujimori | = | 1990-07-28 | 2000-11-22
  Valentín Paniagua | = | 2000-11-22 | 2001-07-28
  Alejandro Toledo | = | 2001-07-28 | 2006-07-28
  Dina Boluarte | = | 2022-12-07 | 2025-10-10
President of Sri Lanka | sri-lanka | president
  Chandrika Kumaratunga | = | 1994-11-12 | 2005-11-19
President of Serbia | serbia | president
  Milan Milutinović | = | 1997-12-29 | 2002-12-29
President of Georgia | georgia | president
  Eduard Shevardnadze | = | 1995-11-26 | 2003-11-23
President of Haiti | haiti | president
  René Préval | = | 1996-02-07 | 2001-02-07
  Jean-Bertrand Aristide | = | 2001-02-07 | 2004-02-29
  Boniface Alexandre | = | 2004-02-29 | 2006-05-14
President of Ecuador | ecuador | president
  Gustavo Noboa | = | 2000-01-22 | 2003-01-15
  Lucio Gutiérrez | = | 2003-01-15 | 2005-04-20
  Alfredo Palacio | = | 2005-04-20 | 2007-01-15
President of Bolivia | bolivia | president
  Hugo Banzer | = | 1997-08-06 | 2001-08-07
  Jorge Quiroga | = | 2001-08-07 | 2002-08-06
  Gonzalo Sánchez de Lozada | = | 2002-08-06 | 2003-10-17
  Carlos Mesa | = | 2003-10-17 | 2005-06-09
  Luis Arce | = | 2020-11-08 | 2025-11-08
Prime Minister of Thailand | thailand | prime minister
  Chuan Leekpai | = | 1997-11-09 | 2001-02-09
Prime Minister of the Netherlands | netherlands | prime minister
  Wim Kok | = | 1994-08-22 | 2002-07-22
Prime Minister of Denmark | denmark | prime minister
  Poul Nyrup Rasmussen | = | 1993-01-25 | 2001-11-27
Prime Minister of Greece | greece | prime minister
  Costas Simitis | = | 1996-01-22 | 2004-03-10
Prime Minister of Portugal | portugal | prime minister
  António Guterres | = | 1995-10-28 | 2002-04-06
  José Manuel Barroso | = | 2002-04-06 | 2004-07-17
  Pedro Santana Lopes | = | 2004-07-17 | 2005-03-12
President of Portugal | portugal | president
  Jorge Sampaio | = | 1996-03-09 | 2006-03-09
President of Romania | romania | president
  Emil Constantinescu | = | 1996-11-29 | 2000-12-20
  Ion Iliescu | = | 2000-12-20 | 2004-12-20
Prime Minister of Slovakia | slovakia | prime minister
  Mikuláš Dzurinda | = | 1998-10-30 | 2006-07-04
  Iveta Radičová | = | 2010-07-08 | 2012-04-04
President of the Czech Republic | czechia | president
  Václav Havel | = | 1993-02-02 | 2003-02-02
  Václav Klaus | = | 2003-03-07 | 2013-03-07
  Miloš Zeman | = | 2013-03-08 | 2023-03-08
Prime Minister of the Czech Republic | czechia | prime minister
  Miloš Zeman | = | 1998-07-17 | 2002-07-15
President of Pakistan | pakistan | president
  Rafiq Tarar | Muhammad Rafiq Tarar | 1998-01-01 | 2001-06-20
Prime Minister of Pakistan | pakistan | prime minister
  Nawaz Sharif | = | 1997-02-17 | 1999-10-12
  Zafarullah Khan Jamali | = | 2002-11-23 | 2004-06-26
  Shaukat Aziz | = | 2004-08-28 | 2007-11-16
  Yousaf Raza Gillani | = | 2008-03-25 | 2012-06-19
  Raja Pervaiz Ashraf | = | 2012-06-22 | 2013-03-25
  Shahid Khaqan Abbasi | = | 2017-08-01 | 2018-05-31
Prime Minister of Bangladesh | bangladesh | prime minister
  Sheikh Hasina | = | 1996-06-23 | 2001-07-15
President of Iraq | iraq | president
  Saddam Hussein | = | 1979-07-16 | 2003-04-09
Emir of Kuwait | kuwait | emir
  Jaber Al-Ahmad Al-Sabah | = | 1977-12-31 | 2006-01-15
King of Saudi Arabia | saudi-arabia | king
  Fahd of Saudi Arabia | = | 1982-06-13 | 2005-08-01
President of the United Arab Emirates | united-arab-emirates | president
  Zayed bin Sultan Al Nahyan | = | 1971-12-02 | 2004-11-02
President of Nicaragua | nicaragua | president
  Arnoldo Alemán | = | 1997-01-10 | 2002-01-10
  Enrique Bolaños | = | 2002-01-10 | 2007-01-10
President of Mali | mali | president
  Alpha Oumar Konaré | = | 1992-06-08 | 2002-06-08
  Amadou Toumani Touré | = | 2002-06-08 | 2012-03-22
President of Niger | niger | president
  Mamadou Tandja | = | 1999-12-22 | 2010-02-18
President of Somalia | somalia | president
  Abdiqasim Salad Hassan | = | 2000-08-27 | 2004-10-14
  Abdullahi Yusuf Ahmed | = | 2004-10-14 | 2008-12-29
  Sharif Sheikh Ahmed | = | 2009-01-31 | 2012-08-20
Chairman of the State Peace and Development Council | myanmar | head of state
  Than Shwe | = | 1992-04-23 | 2011-03-30
Prime Minister of Zimbabwe | zimbabwe | prime minister
  Robert Mugabe | = | 1980-04-18 | 1987-12-31
  Morgan Tsvangirai | = | 2009-02-11 | 2013-09-11
President of Zimbabwe | zimbabwe | president
  Robert Mugabe | = | 1987-12-31 | 2017-11-21
Head of Government of Tunisia | tunisia | head of government
  Habib Essid | = | 2015-02-06 | 2016-08-27
President of Zambia | zambia | president
  Frederick Chiluba | = | 1991-11-02 | 2002-01-02
  Levy Mwanawasa | = | 2002-01-02 | 2008-08-19
  Rupiah Banda | = | 2008-11-02 | 2011-09-23
  Michael Sata | = | 2011-09-23 | 2014-10-28
  Edgar Lungu | = | 2015-01-25 | 2021-08-24
Prime Minister of New Zealand | new-zealand | prime minister
  Helen Clark | = | 1999-12-10 | 2008-11-19
  John Key | = | 2008-11-19 | 2016-12-12
  Bill English | = | 2016-12-12 | 2017-10-26
  Jacinda Ardern | = | 2017-10-26 | 2023-01-25
  Chris Hipkins | = | 2023-01-25 | 2023-11-27
Prime Minister of Norway | norway | prime minister
  Jens Stoltenberg | = | 2000-03-17 | 2001-10-19
  Kjell Magne Bondevik | = | 2001-10-19 | 2005-10-17
  Jens Stoltenberg | = | 2005-10-17 | 2013-10-16
  Erna Solberg | = | 2013-10-16 | 2021-10-14
Prime Minister of Singapore | singapore | prime minister
  Goh Chok Tong | = | 1990-11-28 | 2004-08-12
  Lee Hsien Loong | = | 2004-08-12 | 2024-05-15
President of Bulgaria | bulgaria | president
  Petar Stoyanov | = | 1997-01-22 | 2002-01-22
  Georgi Parvanov | = | 2002-01-22 | 2012-01-22
  Rosen Plevneliev | = | 2012-01-22 | 2017-01-22
President of Croatia | croatia | president
  Stjepan Mesić | = | 2000-02-18 | 2010-02-18
  Ivo Josipović | = | 2010-02-18 | 2015-02-19
  Kolinda Grabar-Kitarović | = | 2015-02-19 | 2020-02-19
President of Estonia | estonia | president
  Lennart Meri | = | 1992-10-06 | 2001-10-08
  Arnold Rüütel | = | 2001-10-08 | 2006-10-09
  Toomas Hendrik Ilves | = | 2006-10-09 | 2016-10-10
  Kersti Kaljulaid | = | 2016-10-10 | 2021-10-11
President of Latvia | latvia | president
  Vaira Vīķe-Freiberga | = | 1999-07-08 | 2007-07-08
  Valdis Zatlers | = | 2007-07-08 | 2011-07-08
  Raimonds Vējonis | = | 2015-07-08 | 2019-07-08
  Egils Levits | = | 2019-07-08 | 2023-07-08
President of Lithuania | lithuania | president
  Valdas Adamkus | = | 1998-02-26 | 2003-02-26
  Rolandas Paksas | = | 2003-02-26 | 2004-04-06
  Valdas Adamkus | = | 2004-07-12 | 2009-07-12
  Dalia Grybauskaitė | = | 2009-07-12 | 2019-07-12
President of Iceland | iceland | president
  Ólafur Ragnar Grímsson | = | 1996-08-01 | 2016-08-01
  Guðni Th. Jóhannesson | = | 2016-08-01 | 2024-08-01
President of Albania | albania | president
  Rexhep Meidani | = | 1997-07-24 | 2002-07-24
  Alfred Moisiu | = | 2002-07-24 | 2007-07-24
  Bamir Topi | = | 2007-07-24 | 2012-07-24
  Bujar Nishani | = | 2012-07-24 | 2017-07-24
  Ilir Meta | = | 2017-07-24 | 2022-07-24
President of Cyprus | cyprus | president
  Glafcos Clerides | = | 1993-02-28 | 2003-02-28
  Tassos Papadopoulos | = | 2003-02-28 | 2008-02-28
  Demetris Christofias | = | 2008-02-28 | 2013-02-28
  Nicos Anastasiades | = | 2013-02-28 | 2023-02-28
Prime Minister of Malta | malta | prime minister
  Eddie Fenech Adami | = | 1998-09-06 | 2004-03-23
  Lawrence Gonzi | = | 2004-03-23 | 2013-03-11
  Joseph Muscat | = | 2013-03-11 | 2020-01-13
President of Moldova | moldova | president
  Petru Lucinschi | = | 1997-01-15 | 2001-04-07
  Vladimir Voronin | = | 2001-04-07 | 2009-09-11
  Nicolae Timofti | = | 2012-03-23 | 2016-12-23
  Igor Dodon | = | 2016-12-23 | 2020-12-24
Prime Minister of Cambodia | cambodia | prime minister
  Hun Sen | = | 1985-01-14 | 2023-08-22
President of Uruguay | uruguay | president
  Jorge Batlle | = | 2000-03-01 | 2005-03-01
  Tabaré Vázquez | = | 2005-03-01 | 2010-03-01
  José Mujica | = | 2010-03-01 | 2015-03-01
  Tabaré Vázquez | = | 2015-03-01 | 2020-03-01
  Luis Lacalle Pou | = | 2020-03-01 | 2025-03-01
President of Paraguay | paraguay | president
  Luis González Macchi | Luis Ángel González Macchi | 1999-03-28 | 2003-08-15
  Nicanor Duarte | = | 2003-08-15 | 2008-08-15
  Fernando Lugo | = | 2008-08-15 | 2012-06-22
  Federico Franco | = | 2012-06-22 | 2013-08-15
  Horacio Cartes | = | 2013-08-15 | 2018-08-15
  Mario Abdo Benítez | = | 2018-08-15 | 2023-08-15
President of the Dominican Republic | dominican-republic | president
  Hipólito Mejía | = | 2000-08-16 | 2004-08-16
  Leonel Fernández | = | 2004-08-16 | 2012-08-16
  Danilo Medina | = | 2012-08-16 | 2020-08-16
President of El Salvador | el-salvador | president
  Francisco Flores | Francisco Flores Pérez | 1999-06-01 | 2004-06-01
  Antonio Saca | Elías Antonio Saca | 2004-06-01 | 2009-06-01
  Mauricio Funes | = | 2009-06-01 | 2014-06-01
  Salvador Sánchez Cerén | = | 2014-06-01 | 2019-06-01
President of Guatemala | guatemala | president
  Alfonso Portillo | = | 2000-01-14 | 2004-01-14
  Óscar Berger | = | 2004-01-14 | 2008-01-14
  Álvaro Colom | = | 2008-01-14 | 2012-01-14
  Otto Pérez Molina | = | 2012-01-14 | 2015-09-03
  Jimmy Morales | = | 2016-01-14 | 2020-01-14
  Alejandro Giammattei | = | 2020-01-14 | 2024-01-14
President of Honduras | honduras | president
  Carlos Roberto Flores | = | 1998-01-27 | 2002-01-27
  Ricardo Maduro | = | 2002-01-27 | 2006-01-27
  Manuel Zelaya | = | 2006-01-27 | 2009-06-28
  Porfirio Lobo | Porfirio Lobo Sosa | 2010-01-27 | 2014-01-27
  Juan Orlando Hernández | = | 2014-01-27 | 2022-01-27
President of Panama | panama | president
  Mireya Moscoso | = | 1999-09-01 | 2004-09-01
  Martín Torrijos | = | 2004-09-01 | 2009-07-01
  Ricardo Martinelli | = | 2009-07-01 | 2014-07-01
  Juan Carlos Varela | = | 2014-07-01 | 2019-07-01
  Laurentino Cortizo | = | 2019-07-01 | 2024-07-01
President of Costa Rica | costa-rica | president
  Miguel Ángel Rodríguez | = | 1998-05-08 | 2002-05-08
  Abel Pacheco | = | 2002-05-08 | 2006-05-08
  Óscar Arias | = | 2006-05-08 | 2010-05-08
  Laura Chinchilla | = | 2010-05-08 | 2014-05-08
  Luis Guillermo Solís | = | 2014-05-08 | 2018-05-08
  Carlos Alvarado | Carlos Alvarado Quesada | 2018-05-08 | 2022-05-08
Prime Minister of Jamaica | jamaica | prime minister
  P. J. Patterson | = | 1992-03-30 | 2006-03-30
  Portia Simpson-Miller | = | 2006-03-30 | 2007-09-11
  Bruce Golding | = | 2007-09-11 | 2011-10-23
  Portia Simpson-Miller | = | 2012-01-05 | 2016-03-03
President of Benin | benin | president
  Mathieu Kérékou | = | 1996-04-04 | 2006-04-06
  Boni Yayi | Thomas Boni Yayi | 2006-04-06 | 2016-04-06
President of Liberia | liberia | president
  Charles Taylor | Charles Taylor (Liberian politician) | 1997-08-02 | 2003-08-11
  Ellen Johnson Sirleaf | = | 2006-01-16 | 2018-01-22
  George Weah | = | 2018-01-22 | 2024-01-22
President of Sierra Leone | sierra-leone | president
  Ahmad Tejan Kabbah | = | 1998-03-10 | 2007-09-17
  Ernest Bai Koroma | = | 2007-09-17 | 2018-04-04
President of Namibia | namibia | president
  Sam Nujoma | = | 1990-03-21 | 2005-03-21
  Hifikepunye Pohamba | = | 2005-03-21 | 2015-03-21
  Hage Geingob | = | 2015-03-21 | 2024-02-04
  Nangolo Mbumba | = | 2024-02-04 | 2025-03-21
President of Malawi | malawi | president
  Bakili Muluzi | = | 1994-05-21 | 2004-05-24
  Bingu wa Mutharika | = | 2004-05-24 | 2012-04-05
  Joyce Banda | = | 2012-04-07 | 2014-05-31
  Lazarus Chakwera | = | 2020-06-28 | 2025-10-04
President of Botswana | botswana | president
  Festus Mogae | = | 1998-04-01 | 2008-04-01
  Ian Khama | = | 2008-04-01 | 2018-04-01
  Mokgweetsi Masisi | = | 2018-04-01 | 2024-11-01
President of Gabon | gabon | president
  Omar Bongo | = | 1967-12-02 | 2009-06-08
  Ali Bongo | Ali Bongo Ondimba | 2009-10-16 | 2023-08-30
President of Togo | togo | president
  Gnassingbé Eyadéma | = | 1967-04-14 | 2005-02-05
  Faure Gnassingbé | = | 2005-05-04 | 2025-05-03
President of Rwanda | rwanda | president
  Pasteur Bizimungu | = | 1994-07-19 | 2000-03-23
President of Burundi | burundi | president
  Pierre Buyoya | = | 1996-07-25 | 2003-04-30
  Domitien Ndayizeye | = | 2003-04-30 | 2005-08-26
  Pierre Nkurunziza | = | 2005-08-26 | 2020-06-08
President of Guinea | guinea | president
  Lansana Conté | = | 1984-04-05 | 2008-12-22
  Moussa Dadis Camara | = | 2008-12-24 | 2009-12-03
  Alpha Condé | = | 2010-12-21 | 2021-09-05
President of Mauritania | mauritania | president
  Maaouya Ould Sid'Ahmed Taya | = | 1984-12-12 | 2005-08-03
  Ely Ould Mohamed Vall | = | 2005-08-03 | 2007-04-19
  Sidi Ould Cheikh Abdallahi | = | 2007-04-19 | 2008-08-06
  Mohamed Ould Abdel Aziz | = | 2009-08-05 | 2019-08-01
President of North Macedonia | north-macedonia | president
  Boris Trajkovski | = | 1999-12-15 | 2004-02-26
  Branko Crvenkovski | = | 2004-05-12 | 2009-05-12
  Gjorge Ivanov | = | 2009-05-12 | 2019-05-12
  Stevo Pendarovski | = | 2019-05-12 | 2024-05-12
President of Montenegro | montenegro | president
  Milo Đukanović | = | 1998-01-15 | 2002-11-25
  Filip Vujanović | = | 2003-05-22 | 2018-05-20
  Milo Đukanović | = | 2018-05-20 | 2023-05-20
Prime Minister of Luxembourg | luxembourg | prime minister
  Jean-Claude Juncker | = | 1995-01-20 | 2013-12-04
  Xavier Bettel | = | 2013-12-04 | 2023-11-17
Prince of Monaco | monaco | prince
  Rainier III | Rainier III, Prince of Monaco | 1949-05-09 | 2005-04-06
Pope (sovereign of Vatican City) | vatican-city | pope
  Pope John Paul II | = | 1978-10-16 | 2005-04-02
  Pope Benedict XVI | = | 2005-04-19 | 2013-02-28
  Pope Francis | = | 2013-03-13 | 2025-04-21
Queen of the United Kingdom | united-kingdom | queen
  Elizabeth II | = | 1952-02-06 | 2022-09-08
Emperor of Japan | japan | emperor
  Akihito | = | 1989-01-07 | 2019-04-30
King of Spain | spain | king
  Juan Carlos I | = | 1975-11-22 | 2014-06-18
President of Germany | germany | president
  Johannes Rau | = | 1999-07-01 | 2004-06-30
  Horst Köhler | = | 2004-07-01 | 2010-05-31
  Christian Wulff | = | 2010-06-30 | 2012-02-17
  Joachim Gauck | = | 2012-03-18 | 2017-03-18
President of Italy | italy | president
  Carlo Azeglio Ciampi | = | 1999-05-18 | 2006-05-15
  Giorgio Napolitano | = | 2006-05-15 | 2015-01-14
President of India | india | president
  K. R. Narayanan | = | 1997-07-25 | 2002-07-25
  A. P. J. Abdul Kalam | = | 2002-07-25 | 2007-07-25
  Pratibha Patil | = | 2007-07-25 | 2012-07-25
  Pranab Mukherjee | = | 2012-07-25 | 2017-07-25
  Ram Nath Kovind | = | 2017-07-25 | 2022-07-25
President of Mexico | mexico | president
  Ernesto Zedillo | = | 1994-12-01 | 2000-12-01
President of Turkey | turkey | president
  Süleyman Demirel | = | 1993-05-16 | 2000-05-16
President of Israel | israel | president
  Ezer Weizman | = | 1993-05-13 | 2000-07-13
  Moshe Katsav | = | 2000-08-01 | 2007-07-01
President of Ethiopia | ethiopia | president
  Girma Wolde-Giorgis | = | 2001-10-08 | 2013-10-07
  Mulatu Teshome | = | 2013-10-07 | 2018-10-25
  Sahle-Work Zewde | = | 2018-10-25 | 2024-10-07
Prime Minister of Iraq | iraq | prime minister
  Ayad Allawi | = | 2004-06-28 | 2005-05-03
  Ibrahim al-Jaafari | = | 2005-05-03 | 2006-05-20
President of Iraq | iraq | president
  Ghazi al-Yawer | = | 2004-06-28 | 2005-04-07
Prime Minister of Lebanon | lebanon | prime minister
  Selim Hoss | = | 1998-12-04 | 2000-10-23
  Rafic Hariri | = | 2000-10-23 | 2004-10-21
  Omar Karami | = | 2004-10-26 | 2005-04-19
  Najib Mikati | = | 2005-04-19 | 2005-07-19
  Fouad Siniora | = | 2005-07-19 | 2009-11-09
  Saad Hariri | = | 2009-11-09 | 2011-06-13
  Najib Mikati | = | 2011-06-13 | 2014-02-15
  Tammam Salam | = | 2014-02-15 | 2016-12-18
Chairman of the Supreme Council of the Armed Forces (Egypt) | egypt | head of state
  Mohamed Hussein Tantawi | = | 2011-02-11 | 2012-06-30
Prime Minister of Egypt | egypt | prime minister
  Atef Ebeid | = | 1999-10-05 | 2004-07-14
  Ahmed Nazif | = | 2004-07-14 | 2011-01-29
  Ahmed Shafik | = | 2011-01-29 | 2011-03-03
  Essam Sharaf | = | 2011-03-03 | 2011-12-07
  Kamal Ganzouri | = | 2011-12-07 | 2012-08-02
  Hesham Qandil | = | 2012-08-02 | 2013-07-16
  Hazem el-Beblawi | = | 2013-07-16 | 2014-03-01
  Ibrahim Mahlab | = | 2014-03-01 | 2015-09-19
  Sherif Ismail | = | 2015-09-19 | 2018-06-07
Prime Minister of Ukraine | ukraine | prime minister
  Viktor Yanukovych | = | 2006-08-04 | 2007-12-18
  Yulia Tymoshenko | = | 2007-12-18 | 2010-03-04
  Mykola Azarov | = | 2010-03-11 | 2014-01-28
Prime Minister of Sudan | sudan | prime minister
  Abdalla Hamdok | = | 2019-08-21 | 2022-01-02
`;

interface Row { office: string; country: string; role: string; name: string; title: string; since: string; until: string }
const rows: Row[] = [];
let head: { office: string; country: string; role: string } | undefined;
for (const line of TABLE.split('\n')) {
  if (!line.trim()) continue;
  const cells = line.split('|').map((c) => c.trim());
  if (!line.startsWith('  ')) {
    head = { office: cells[0], country: cells[1], role: cells[2] };
    continue;
  }
  const [name, title, since, until] = cells;
  rows.push({ ...head!, name, title: title === '=' ? name : title, since, until });
}

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const slug = (s: string) => fold(s).replace(/ /g, '-');
const ENGLISH_MARKS = /[āēīōūĀĒĪŌŪşŞıİğĞ]/;
/** Display names in the English form readers meet (Recep Tayyip Erdogan, Binali Yildirim); the native form is an alias. */
const english = (s: string) => (ENGLISH_MARKS.test(s) ? s.normalize('NFD').replace(/[\u0304\u0306\u0327]/g, '').normalize('NFC').replace(/ı/g, 'i').replace(/İ/g, 'I') : s);

/* the people the dataset has, by folded name, alias and Wikipedia title (curated files win over generated ones) */
const have = new Map<string, EntityRecord>();
const ids = new Set<string>();
const countries = new Map<string, EntityRecord>();
const files = [
  'data/generated/countries.json', 'data/generated/cities.json', 'data/generated/leaders.json', 'data/generated/us-congress.json',
  ...readdirSync(join(ROOT, 'data/entities')).filter((f) => f.endsWith('.json')).sort().map((f) => `data/entities/${f}`),
];
for (const file of files) {
  for (const r of JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as EntityRecord[]) {
    ids.add(r.id);
    if (r.type === 'country' || ['european-commission', 'european-council', 'united-nations', 'nato'].includes(r.id)) countries.set(r.id, r);
    if (r.type !== 'person') continue;
    for (const k of [r.name, ...r.aliases, r.wikipedia ?? '']) if (k) have.set(fold(k), r);
  }
}

const wikiUrl = (title: string) => `https://en.wikipedia.org/wiki/${encodeURIComponent(title.replace(/ /g, '_')).replace(/%2C/g, ',')}`;
const fact = (r: Row): Fact => ({
  label: 'Office', value: r.office, source: wikiUrl(r.title), asOf: AS_OF, since: r.since, until: r.until, ref: r.country, note: NOTE,
});

const created = new Map<string, EntityRecord>();
const overrides = new Map<string, { id: string; facts: Fact[]; related: { id: string; role: string }[]; wikipedia?: string }>();
for (const r of rows) {
  if (!countries.has(r.country)) throw new Error(`unknown country ${r.country} (${r.office})`);
  const found = have.get(fold(r.name)) ?? have.get(fold(r.title));
  if (found) {
    if (found.facts.some((f) => f.value === r.office && f.since === r.since)) continue; // already dated in the data
    let o = overrides.get(found.id);
    if (!o) overrides.set(found.id, (o = { id: found.id, facts: [], related: [] }));
    o.facts.push(fact(r));
    if (!found.wikipedia && !o.wikipedia) o.wikipedia = r.title;
    continue;
  }
  const name = english(r.name);
  let id = slug(name);
  let rec = created.get(id);
  if (!rec) {
    if (ids.has(id)) id = `${id}-${r.country}`;
    rec = {
      id,
      type: 'person',
      name,
      aliases: name !== r.name ? [r.name] : [],
      description: '',
      facts: [],
      topics: [...countries.get(r.country)!.topics].filter((t) => t !== r.country || countries.get(r.country)!.type === 'country'),
      wikipedia: r.title,
      related: [],
      ...(countries.get(r.country)!.type === 'country' ? { country: r.country } : {}),
    };
    created.set(slug(name), rec);
  }
  rec.facts.push(fact(r));
  if (!rec.related!.some((x) => x.id === r.country)) rec.related!.push({ id: r.country, role: `former ${r.role} of` });
}
// Descriptions in our own words from the terms: "Prime Minister of Japan (2006–2007, 2012–2020)."
for (const rec of created.values()) {
  const byOffice = new Map<string, string[]>();
  for (const f of rec.facts) byOffice.set(f.value, [...(byOffice.get(f.value) ?? []), `${f.since!.slice(0, 4)}–${f.until!.slice(0, 4)}`]);
  rec.description = `Former ${[...byOffice].map(([o, spans]) => `${o} (${spans.join(', ')})`).join('; ')}.`;
  rec.facts.sort((a, b) => (a.since! < b.since! ? 1 : -1));
}
const out = [...created.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
const ov = [...overrides.values()].sort((a, b) => (a.id < b.id ? -1 : 1)).map((o) => {
  const x: Record<string, unknown> = { id: o.id, facts: o.facts };
  if (o.wikipedia) x.wikipedia = o.wikipedia;
  return x;
});
writeFileSync(join(ROOT, 'data/generated/office-history.json'), `${JSON.stringify(out, null, 1)}\n`);
writeFileSync(join(ROOT, 'data/overrides/office-history.json'), `${JSON.stringify(ov, null, 1)}\n`);
console.log(`office-history: ${rows.length} terms; ${out.length} people added, ${ov.length} people given earlier terms`);
