// The one hand-kept file of word lists for mention detection. Everything that a kept data package
// supplies is built by a script instead (src/core/gazetteer: countries, demonyms, cities, given names,
// people's names, company words, the tagger lexicon's adjectives and verbs; src/core/lexicon: WordNet's
// verbs of saying). What stays here are closed classes of English that no such package lists: the
// head nouns, titles, particles and function words of news prose, each list with a comment on why.
// Nothing here names a particular entity, and no word is listed twice in one list (a unit test checks).

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/**
 * Head nouns that make a capitalized name an organization ("State Department", "Labour Party"). "Re"
 * is a reinsurer's mark after its home's name ("Xland Re"); "Brothers" a firm's or a band's founders
 * ("Xman Brothers"; written lower case, "the Xman brothers" are kin and no name).
 */
export const ORG_HEADS = set(`
  Re Department Ministry Council Commission Committee Agency University Party Association Corporation Corp Corp.
  Company Co. Inc Inc. Ltd Ltd. LLC PLC Plc Bank Group Institute Institution Foundation Union Organization Organisation
  Army Navy Forces Force Corps Guard Guards Police Court Parliament Assembly Senate Congress Office Bureau Service Services
  Authority Board Church College Academy School Embassy Consulate Mission Fund Programme Program Network News Times
  Post Journal Press Herald Tribune Gazette Telegraph Chronicle Magazine Society Federation League Alliance Coalition Front
  Movement Brigade Brigades Battalion Regiment Division Club Team Airlines Airways Administration Cabinet Government
  Secretariat Tribunal Conference Caucus Delegation Directorate Cooperative Trust Partnership Partners
  Holdings Industries Enterprises Systems Technologies Laboratories Labs Media Broadcasting Studios Records Motors
  Pharmaceuticals Railways Railroad Unit Centre Center Initiative Project Fellowship Order Synod
  Diocese Legislature Chamber Commissions Ministries Departments Committees Councils Parliaments Unions Nations
  Convention Publishing Publishers Productions Pictures Entertainment Software Solutions Consulting Ventures Energy
  Telecom Communications Stores Brands Foods Insurance Bancorp Capital Securities Investments Airline Klan Cartel
  Forum Gang Militia Orchestra Choir Band Ensemble Institutes Universities Colleges Schools Hospitals Charities
  Subcommittee Subcommittees Parties Caucuses Commonwealth Command Commands Squadron Squadrons Flotilla Detachment
  Logistics Networks Dynamics Robotics Biologics Therapeutics Pharma Electronics Chemicals Aerospace Semiconductor
  Semiconductors Telecommunications Shipping Mining Minerals Biotech Freight Haulage Trucking Construction Builders
  Manufacturing Hotels Resorts Brewery Breweries Distillery Textiles Utilities Shipyards
  Assurance Reinsurance Lending Leasing Brewing Realty
  Brothers Bros Bros.
  FC F.C. AFC CF Petroleum Petrochemicals Refining
  Presse Prensa Stampa Agentur
  International Centers Centres Brotherhood Research Economics Analytics Management Associates Advisors Advisers Consultants Staff Co NV N.V. SE SpA S.p.A. GmbH AB ASA Oyj Bhd Pty Pte LLP SA S.A. AG plc
`);

/**
 * The words for a news agency or the press in the languages whose agencies English news cites ("Agence
 * France-Presse", "Prensa Latina", "Agenzia Nazionale Stampa Associata"): first in the name, or the last
 * part of a hyphenated head, they make an organization. English "Press" is left out: first in a name it is
 * as often a "Press Release" or "Press Conference". Hand-kept: a closed set no data package lists.
 */
export const NEWS_AGENCY_WORDS = set(`Agence Agencia Agência Agenzia Agentur Presse Prensa Stampa`);

/**
 * Legal-form suffixes of companies ("Acme Corp", "Nordbank AG"): the name before them is the
 * company's short name ("Acme Motor Corp" -> "Acme Motor", "Acme").
 */
export const COMPANY_SUFFIXES = set(`
  Inc Inc. Corp Corp. Co Co. Ltd Ltd. LLC LLP PLC Plc plc SA S.A. AG NV N.V. SE SpA S.p.A. GmbH AB ASA Oyj Bhd Pty
  Pte Group Holdings
`);

/**
 * Heads naming a company's line of business ("Quorvan Systems", "Talvera Networks"): like a legal
 * suffix, the words before them are the company's short name in the same story ("Quorvan").
 */
export const COMPANY_KIND_HEADS = set(`
  Systems Technologies Industries Enterprises Motors Networks Logistics Robotics Dynamics Analytics Biologics Therapeutics
  Pharmaceuticals Pharma Labs Laboratories Electronics Chemicals Aerospace Semiconductor Semiconductors Airlines Airways
  Partners Capital Ventures Investments Securities Insurance Bancorp Media Studios Records Publishing Productions Pictures
  Entertainment Software Solutions Consulting Brands Foods Telecom Communications Shipping Mining Minerals Biotech
  Freight Haulage Trucking Construction Builders Manufacturing Hotels Resorts Brewery Breweries Distillery Textiles
  Assurance Reinsurance Lending Leasing Brewing Realty
  Presse Prensa Stampa Agentur
`);

/** Head nouns that make a capitalized name a place ("Anbar Province", "Tigris River", "Camp X" below). */
export const PLACE_HEADS = set(`
  River Lake Lakes Mountain Mountains Mount Hill Hills Heights Island Islands Isle Isles Peninsula Coast Beach Bay
  Gulf Sea Ocean Strait Straits Channel Canal Valley Canyon Desert Forest Falls Creek Harbor Harbour Port Airport
  Province Region County District Prefecture Territory Territories State Governorate Municipality Borough Township
  Parish Oblast Street St Road Rd Avenue Ave Boulevard Blvd Lane Highway Freeway Expressway Square Plaza Park Gardens
  Garden Bridge Station Terminal Base Camp Museum Gallery Cathedral Basilica Chapel Mosque Temple Shrine Synagogue
  Palace Castle Fort Fortress Tower Towers Monument Memorial Stadium Arena Market Bazaar Mall Zoo Village Town City
  Cemetery Reservoir Dam Pass Cape Point Reef Glacier Volcano Marina Pier Wharf Quay Quarter Neighborhood
  Neighbourhood Crossing Border Checkpoint Compound Prison Hospital Hotel Airfield Airbase Oasis Basin Delta Plateau
  Plain Plains Springs Wells Coastline Promenade Boardwalk Trail Walk Way Drive Circle Court Row Estate Farm Ranch
  Statue Building Buildings Theater Theatre Library Minster Abbey Auditorium Hall Halls Lighthouse Motorway Turnpike Parkway
  Resort Motel Hostel Inn Casino Theaters Theatres
  Voivodeship Voivodship Krai Kray Okrug Raion Canton
`);

/** Words that start a place name ("Camp X", "Mount X", "Lake X", "Fort X", "Gulf of X"). */
export const PLACE_PREFIXES = set(`
  Camp Mount Mt Mt. Lake Fort Port Cape Gulf Bay Isle Island Islands Strait Sea Loch Saint St St. Ste Ste. San
  Santa Santo São Sao Sierra Rio Río Lac Puerto Porto Kingdom Republic Commonwealth Emirate Sultanate Principality
  Province Duchy Palace Museum Gallery Cathedral Temple Tower Castle Valley River Gate
`);

/** Heads after which "of" continues an organization name ("University of X", "Ministry of Y"). */
export const ORG_OF_HEADS = set(`
  Department Ministry Council Commission Committee Agency University College Academy School Institute Institution
  Association Federation League Union Bank Board Bureau Office Court Society Party Church Order Company Corporation
  House Chamber Division Foundation Fund Organization Organisation Assembly Conference Congress Parliament Senate
  Secretariat Mission Army Navy Corps Brigade Brigades Directorate Administration Authority Service Services Group
  Alliance Coalition Front Movement Commonwealth Government Cabinet Program Programme Center Centre
  People Friends Sisters Brothers Daughters Sons Knights Children Centers Centres
`);

/**
 * Heads after which "on" continues an organization name ("Senate Committee on Foreign Relations",
 * "Commission on Human Rights", "Council on Tall Buildings"): bodies named after their subject.
 */
export const ORG_ON_HEADS = set(`Committee Subcommittee Commission Council Conference Panel Forum Convention Caucus`);

/**
 * Weekdays, months (with their abbreviations) and holidays: after "on" they make a date ("the Council on
 * Christmas Eve"), and between a body's verb and its "its" they are a time phrase. Hand-kept: a closed class.
 */
export const CALENDAR_WORDS = set(`
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
  September October November December Jan Jan. Feb Feb. Mar Mar. Apr Apr. Jun Jun. Jul Jul. Aug Aug. Sep Sep.
  Sept Sept. Oct Oct. Nov Nov. Dec Dec. Christmas Easter Thanksgiving Ramadan Eid Diwali Hanukkah Passover
  Halloween Whitsun Pentecost New
`);

/** Heads after which "of" continues a place name ("Republic of X", "Gulf of Y"). */
export const PLACE_OF_HEADS = set(`
  Republic Kingdom Commonwealth Emirate Sultanate Principality Duchy Gulf Bay Isle Island Islands Strait Straits Sea
  Cape Lake River Mount Province State City Town Village District County Region Territory Palace Cathedral Basilica
  Church Temple Tower Castle Valley Port Bank Plain Plains Hall Square Bridge Statue Shrine Tomb Gate Gates Garden
  Gardens Sanctuary Rock Coast Land Isthmus Peninsula Mountains Mountain Hills
`);

/**
 * Capitalized titles cut off a person's name ("Ambassador X", "Rep. X"). Multi-word titles are runs
 * of these ("Prime Minister", "Deputy Secretary of State").
 */
export const TITLES = set(`
  Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Dr Dr. Prof Prof. Professor Sir Lord Lady Madam Madame Monsieur Mme Mme. Mlle Mlle. Herr Frau
  President Vice Prime Minister Ministers Secretary Secretary-General Undersecretary Under-Secretary Deputy Assistant
  Ambassador Envoy Consul Senator Sen. Sens. Representative Rep. Reps. Congressman Congresswoman Congressmember
  Delegate Governor Gov. Lt. Lieutenant Mayor Councilman Councilwoman Councillor Councilor Alderman Speaker Chancellor
  Chairman Chairwoman Chairperson Chair Director Commissioner Commander Commandant General Gen. Gens. Major Maj. Colonel
  Col. Captain Capt. Sergeant Sgt. Corporal Cpl. Private Pvt. Admiral Adm. Marshal Field Brigadier Brig. Officer
  Detective Det. Inspector Superintendent Constable Sheriff Judge Justice Magistrate Attorney Prosecutor Solicitor
  King Queen Prince Princess Emperor Empress Tsar Czar Sultan Emir Sheikh Shaikh Crown Duke Duchess Countess
  Baron Baroness Earl Pope Cardinal Archbishop Bishop Rev. Reverend Father Fr. Pastor Rabbi Imam Ayatollah Mullah
  Cleric Sister Brother Chief Coach Premier Pres. Supt. Insp. Gov Sen Rep Dep. Amb. Hon. Honorable Honourable
  Senators Representatives Congressmen Congresswomen Governors Presidents Ambassadors MP MEP Shah Administrator Excellency Majesty Highness Spokesman Spokeswoman Spokesperson Leader Minister-President Founder CEO
  Chief-of-staff Mufti Dalai Lama Uncle Aunt Aunty Auntie Grandpa Grandma Executive Executives
  Sgt Cpl Insp Supt Det Capt Maj Brig Adm Pvt Cmdr Cdr Lt Lieut Cllr Revd Rev Fr Sgt-Maj Col Pte LCpl Bdr Cpt Msgr Sqn Ldr
  Flt Wg Gp Doctor Mister
`);

/**
 * Short rank words that are a title only right after another title ("Det Con X" is a detective
 * constable, "Det Ch Insp Y"); alone they are names or words ("Con" is a
 * given name too). Hand-kept: police and military abbreviations in no data package.
 */
export const RANK_TAILS = set(`Con Const Ch Sup`);

/** Title words that only make a title together with another title word ("Vice President", "Prime Minister"). */
export const TITLE_MODIFIERS = set(`Vice Prime Deputy Assistant Under Lt. Lieutenant Crown Field Chief Attorney Acting Former Senior Rear
  Staff Master First Principal Executive Managing District Circuit Asst`);

/** Lower-case role words that, right before a capitalized name, mark that name as a person. */
export const ROLE_WORDS = set(`
  spokesman spokeswoman spokesperson ambassador president minister senator representative governor mayor leader chief
  director official analyst member chairman chairwoman chair editor reporter correspondent author writer actor actress
  singer musician artist professor teacher student lawyer attorney judge prosecutor officer commander general colonel
  captain lieutenant sergeant soldier founder ceo executive secretary envoy diplomat aide adviser advisor counselor
  colleague partner wife husband son daughter father mother brother sister uncle aunt cousin friend neighbor neighbour
  candidate nominee challenger opponent rival player coach manager owner researcher scientist economist historian
  poet novelist journalist photographer columnist blogger activist dissident lawmaker legislator congressman
  congresswoman premier king queen prince princess pope bishop priest pastor rabbi imam cleric commissioner deputy
  assistant counsel negotiator investigator detective inspector presenter host anchor producer
  filmmaker composer designer architect engineer doctor dr nurse surgeon physician explorer traveller
  traveler missionary emperor sultan president-elect chancellor vice-president mr mrs ms
  speaker treasurer clerk councillor councilor alderman sheriff warden superintendent dean provost rector vicar
  registrar curator librarian coroner magistrate barrister solicitor chairperson
`);

/**
 * Lower-case verbs of saying that type a name: "said X" and "X said" mark X as a person. Kept narrow
 * on purpose: WordNet's open class (lexicon/speechVerbs.ts, used by quote attribution) also holds
 * "called", "noted", "reported", which types too many bodies and places as people (dev F1 -0.2).
 */
export const SPEECH_VERBS = set(`said says say told tells asked asks added adds wrote writes noted notes explained explains
  stated states argued argues insisted insists recalled recalls declared declares warned warns replied replies
  announced announces acknowledged acknowledges admitted admits claimed claims continued continues concluded
  urged urges thinks thought believes believed`);

/** Prepositions after which an unknown lone name is most likely a place. */
export const PLACE_PREPOSITIONS = set(`in at from near outside inside across throughout towards toward via into to`);

/**
 * Capitalized words that are not names even when the tagger calls them PROPN: sentence-initial
 * function words, calendar words, and pronoun-like forms.
 */
export const NOT_NAMES = set(`
  The A An This That These Those There Here It Its He She We They I You Me Him Her Us Them My Your His Our Their
  Who What When Where Why How Which Whose Whom If But And Or Nor So Yet For As At By In On Of To From With Without
  Into Onto Upon Over Under After Before Since Until Unless While Although Though Because Whether Also Still Even
  Then Now Just Only Not No Yes Some Any All Every Each Many Much Most More Less Few Several Both Either Neither
  Other Another Such Same Last Next First Second Third Today Yesterday Tomorrow Tonight According Warning Despite
  However Meanwhile Furthermore Moreover Nevertheless Indeed Instead Otherwise Therefore Thus Hence Perhaps Maybe
  Please Thanks Thank Hello Hi Dear Sincerely Regards Yours Well Oh Ah Okay OK Ok
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mondays Tuesdays Wednesdays Thursdays Fridays Saturdays Sundays January February March April May June July August
  September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec P.S. P.P.S.
  Chapter Section Page Figure Table Photo Image Source Note Notes Update Updated Editor Editors Share Tweet
  Click Read Watch Listen Subscribe Advertisement Related Comment Comments Reply Posted Home Menu Search Login
  Let Like Unlike Among Along Around Against Between Beyond During Except Inside Outside Within Throughout
  Do Does Did Is Are Was Were Be Been Being Have Has Had Can Could Will Would Shall Should Might Must
  Mine Ours Theirs Everyone Everybody Someone Somebody Anyone Anybody Nobody Nothing Everything Something
  Whatever Whoever Whenever Wherever Whichever Again Once Twice Never Always Often Sometimes Usually
  Very Too Quite Rather Almost Already Soon Later Earlier Ago Together Whereas Overall Finally Firstly
  Secondly Lastly Additionally Similarly Likewise Consequently Accordingly Nonetheless Notwithstanding Regardless
  BC AD BCE CE AM PM GMT UTC EST PST
  I'm I’m I'll I’ll I've I’ve I'd I’d Mon Tue Tues Wed Thu Thur Thurs Fri Sat Mon. Tue. Tues. Wed. Thu. Thur.
  Thurs. Fri. Sat. Sun. Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.
  Former Late Acting Retired Ex Current Incoming Outgoing
  A.M. P.M. a.m. p.m. Christmas Easter Ramadan Eid Thanksgiving Hanukkah Passover Diwali Halloween Lent Advent
  Hey Wow Sorry Yeah Yep Nope Via Per Vs Etc
`);

/** Lower-case particles inside names ("Nouri al Maliki", "Ludwig van Beethoven", "Leonardo da Vinci"). */
export const NAME_PARTICLES = set(`al el bin ibn bint abu abd de del della der den van von da das dos du la le di y e ul ud`);

/** State abbreviations of news style ("R-Calif.", "Ted Poe of Texas"), read as places. */
export const PLACE_ABBREVIATIONS = set(`
  U.S. U.S.A. US USA U.K. UK U.A.E. UAE D.C. N.Y. L.A. E.U.
  Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md. Mass. Mich. Minn. Miss. Mo.
  Mont. Neb. Nebr. Nev. N.H. N.J. N.M. N.C. N.D. Okla. Ore. Pa. Penn. R.I. S.C. S.D. Tenn. Tex. Vt. Va. Wash. W.Va.
  Wis. Wisc. Wyo.
`);

/** Continents and large regions that the gazetteer does not carry (a unit test keeps the two apart). */
export const WORLD_REGIONS = set(`
  Earth England Scotland Wales Britain Ulster America Arctic Eurasia Scandinavia Balkans Caucasus Sahara Sahel
  Mediterranean Atlantic Pacific Siberia Patagonia Anatolia Levant Maghreb Mesopotamia Arabia Kurdistan Tibet
  Kashmir Punjab Bengal Crimea Donbas Sinai Negev Galilee Judea Samaria Balochistan Darfur Catalonia Flanders
  Wallonia Bavaria Prussia Silesia Transylvania Lapland Alps Himalayas Himalaya Pyrenees Urals
  Amazon Nile Danube Rhine Euphrates Tigris Yangtze Mekong Ganges Indus Volga 
  Midwest Persia Yugoslavia Czechoslovakia USSR Rhodesia Zaire Ceylon Siam Bohemia Byzantium Assyria Babylon Babylonia
`);

/** Multi-word regions ("Middle East", "West Bank"). */
export const WORLD_REGION_PHRASES = set(`
  Middle_East Near_East Far_East West_Bank Gaza_Strip Latin_America 
  South_Asia Southeast_Asia East_Asia West_Africa East_Africa North_Africa 
  Sub-Saharan_Africa Horn_of_Africa Persian_Gulf Arabian_Peninsula 
  Northern_Ireland Golan_Heights Korean_Peninsula South_Pacific North_Pacific Indian_Ocean Red_Sea Black_Sea
  Caspian_Sea Dead_Sea Baltic_Sea North_Sea South_China_Sea Silicon_Valley Wall_Street New_England 
  Deep_South Pacific_Northwest Capitol_Hill 
  Soviet_Union Union_of_Soviet_Socialist_Republics East_Germany West_Germany Ottoman_Empire Roman_Empire
  Byzantine_Empire Holy_Roman_Empire Austria-Hungary British_Empire Russian_Empire Persian_Empire Mughal_Empire
  American_Southwest American_Midwest American_South
`);

/** Institutions that are names on their own when capitalized ("Congress", "Parliament"). */
export const SINGLE_ORGS = set(`House Congress Parliament Senate Cabinet Pentagon Kremlin Legislature Knesset Duma Bundestag Politburo
  Interpol Europol Vatican Army Navy Commonwealth`);

/** Universal POS tags of words that never start a name at a sentence start. */
export const FUNCTION_POS = set(`DET PRON ADP CCONJ SCONJ AUX PART INTJ ADV NUM VERB SYM PUNCT`);

/** Words joining two parts of one name when a cue word allows it. */
export const CONNECTORS = set(`of for and & the de`);

/** Heads of names of laws, treaties and plans: named things, but not organizations or places. */
export const DOCUMENT_HEADS = set(`Act Acts Bill Treaty Accord Accords Agreement Declaration Charter Plan Goals Goal Doctrine
  Protocol Resolution Amendment Amendments Constitution Code Statute Directive Manifesto Report Strategy Policy
  Agenda Vision Framework Covenant Pact Deal Compact Principles Guidelines Standards Proclamation Decree Edict Ordinance
  Encyclical Memorandum`);

/** Words for peoples, faiths and blocs: like nationality adjectives, never mentions on their own. */
export const PEOPLE_WORDS = set(`
  Saudi Saudis Emirati Emiratis European Europeans African Africans Asian Asians Arab Arabs Arabic Jew Jews Jewish Muslim Muslims Moslem Christian
  Christians Catholic Catholics Protestant Protestants Orthodox Hindu Hindus Sikh Sikhs Buddhist Buddhists Kurd Kurds
  Kurdish Shiite Shiites Shia Shiia Sunni Sunnis Alawite Alawites Druze Latino Latina Latinos Latinas Hispanic Hispanics
  Nazi Nazis Soviet Soviets Westerner Westerners Easterner Caucasian Persian Persians Slavic Slav Slavs Scandinavian
  Scandinavians Nordic Balkan Baltic Anglo Aboriginal Indigenous Native Natives Tamil Tamils Pashtun Pashtuns Baloch
  Uighur Uighurs Uyghur Uyghurs Berber Berbers Bedouin Bedouins Maori Maoris Inuit Roma Romani Gypsy Gypsies Yazidi
  Yazidis Copt Copts Coptic Evangelical Evangelicals Mormon Mormons Islamist Islamists Zionist Zionists Marxist Marxists
  Democratic Communist Communists Socialist Socialists Democrat Democrats Republican Republicans Conservative Conservatives
  Liberal Liberals Labourite Tory Tories Jihadist Jihadists Salafist Salafists Wahhabi Sephardic Ashkenazi
  African-American African-Americans Asian-American Asian-Americans Arab-American Arab-Americans Native-American
`);

/** Compass and size words that make a new place of a place ("North Oakland", "Greater London"). */
export const PLACE_MODIFIERS = set(`North South East West Northern Southern Eastern Western Central Upper Lower Greater Old
  New Inner Outer Mid Middle Little Great Northeast Northwest Southeast Southwest Downtown Uptown`);

/** Romance articles and place words that start place names ("La Désirade", "Grande Terre", "Playa X"). */
export const PLACE_ARTICLES = set(`La Las Le Les Los El Il Lo Gli Grande Grand Gran Petite Petit Basse Bas Haute Haut
  Nueva Nuevo Vieux Vieja Viejo Nova Novo Alta Alto Baja Bajo Punta Playa Isla Cerro Bahia Bahía Anse Pointe Palacio
  Plaza Calle Avenida Rue Place Piazza Via Praia Ilha Lago Monte Pico Sierra Costa Ciudad Villa Puerto Porto`);

/** Names of a single being that need no first name ("God"). */
export const SINGLE_PERSONS = set(`God Allah Jesus Christ Buddha Muhammad Yahweh Jehovah`);

/** Abbreviations of common nouns, written in capitals but naming no organization ("CEO", "GDP"). */
export const COMMON_ACRONYMS = set(`
  CEO CFO COO CTO CIO CMO VP SVP EVP MD PhD MBA BA BSc MSc BS JD LLM RN DDS OBE MBE CBE KBE QC KC
  GDP GNP GNI CPI PPP VAT GST IPO ETF M&A R&D HR PR IT ICT AI IoT TV DVD CD PC PDF HTML URL USB GPS SMS WiFi LED
  LCD CCTV DNA RNA HIV AIDS COVID SARS MERS ICU ER PTSD ADHD IVF IQ BMI LGBT LGBTQ LGBTQI UFO VIP FAQ DIY ID IDs PIN
  ATM SUV RV NGO NGOs MP MPs MEP MEPs PM AM BC AD CE BCE OK RIP ASAP FYI TBD CC BY NC ND GMO WMD IED IEDs RPG
  UAV UAVs ICBM ICBMs SAM POW POWs KIA MIA CO2 ZIP PS NB TBA ETA UTC GMT EST EDT PST PDT CST CDT
  WWI WWII IM RSS VHF UHF FM SI PV
`);

/** Words that open names of storms and operations ("Hurricane X", "Operation Y"): events, not people. */
export const EVENT_PREFIXES = set(`Hurricane Typhoon Cyclone Storm Tropical Operation`);

/** Heads of names of events and awards ("World War II", "Olympic Games", "Nobel Prize"). */
export const EVENT_HEADS = set(`Festival War Wars Games Olympics Cup Championship Championships Tournament Revolution Crisis Day
  Week Prize Award Awards Election Elections Marathon Season Era Age Ages Spring Uprising Massacre Genocide Holocaust Summit
  Medal Medals Trophy Open Lecture Lectures Expedition Race Rally Derby Bowl Biennale Biennial Carnival Parade Concert Tour
  Ceremony Gala Fest Fiesta Jubilee Prix Regatta Invitational Playoffs Finals Classic Strike Strikes Riot Riots Flood Floods
  Earthquake Disaster Bombing Bombings Siege Raid Scandal Affair Trial Trials Blitz Rebellion Revolt Mutiny Invasion
  Depression Recession Famine Pandemic Epidemic Period Epoch Renaissance Reformation Enlightenment Crusade Crusades`);

/** Lower-case nouns that, right after a name, say it names an organization ("the X group"). */
export const ORG_FOLLOWERS = set(`group groups organization organisation movement militia party faction network company firm
  corporation agency newspaper magazine channel broadcaster coalition alliance union council committee government
  administration ministry department university college school institute foundation charity club team band label
  brand airline bank insurer carrier retailer startup conglomerate regime rebels insurgents militants`);

/** Lower-case nouns that, right after a name, say it names a place ("Kunduz province", "Lodi airport"). */
export const PLACE_FOLLOWERS = set(`province provinces city county region district village town river valley airport island
  islands neighborhood neighbourhood governorate municipality prefecture oblast canton township suburb peninsula
  mountains desert coast lake harbor harbour port area`);

/**
 * Words that open the names of sports clubs named after their city ("Real X", "Dynamo X"). Kept by
 * hand: they are adjectives or foreign words, so the noun-before-a-place rule does not catch them.
 */
export const CLUB_WORDS = set(`Real Sporting Dynamo Dinamo Inter Atletico Atlético Athletic Olympique Racing Rapid Partizan
  Lokomotiv Spartak Torpedo Hapoel Maccabi Borussia Fortuna Eintracht Union Stade Deportivo Club`);

/**
 * Last words of sports clubs' names in English ("Xtown United", "Yford Rovers", "Zby FC"): words that
 * end no place's or person's name. "City", "Town", "County" are left out: they end places' names too.
 */
export const CLUB_TAILS = set(`United Rovers Wanderers Albion Athletic Rangers Hotspur FC F.C. AFC A.F.C. CF SC`);

/**
 * Heads of names of products, vehicles and works ("X Space Telescope", "X Rover"): named things that
 * are none of our three types.
 */
export const PRODUCT_HEADS = set(`Telescope Telescopes Satellite Satellites Rover Spacecraft Probe Lander Orbiter Shuttle Rocket
  Missile Missiles Locomotive Symphony Concerto Sonata Requiem Album Novel Trilogy Engine Console Smartphone Phone Tablet
  Aircraft Airliner Jet Jets Helicopter Drone Drones Submarine Frigate Destroyer Tank Tanks Rifle Vaccine Camera Laptop
  Computer Processor Film Song Poem Saga Chronicles Diaries Papers`);

/** Prefixes of ships' names ("USS X", "HMS Y"): vessels, not organizations. */
export const VESSEL_PREFIXES = set(`USS HMS HMAS HMCS RMS MV MS SS USNS INS CSS HMNZS USCGC SMS`);

/** First words of a letter's closing line ("Yours,", "Best wishes,"): the name on the next line signs it. */
export const CLOSINGS = set(`Yours Sincerely Love Best Regards Cheers Cordially Respectfully Faithfully Affectionately Warmly
  Thanks Fondly Truly Kind Warm With Ever Hugs Till Until Much`);

/** Parts of speech of a letter's closing word ("Yours,", "Respectfully,"): such a word is no surname. */
export const CLOSING_POS = set(`ADV PRON INTJ VERB ADJ DET`);

/** Titles of rulers and saints: before a first name they also name streets and places ("King George Street"). */
export const ROYAL_TITLES = set(`King Queen Prince Princess Emperor Empress Duke Duchess Saint St St. Pope Lord Lady Sir Sultan Emir
  Tsar Czar Crown Baron Earl Countess Shah`);

/** Lower-case words that belong to a title before a name ("former New York Mayor"); kept in its descriptor. */
export const TITLE_TIME_WORDS = set(`former then late acting retired current outgoing incoming interim deputy senior`);

/**
 * Nouns after a name that make an organization of it even when it is a small town's name ("the ruling
 * X party"); a big place's name keeps its reading. A subset of ORG_FOLLOWERS.
 */
export const CITY_NAMED_ORGS = set(`party group movement militia faction company firm newspaper brand label coalition alliance`);

/** Heads of names of meetings: after a host city's name they name an event ("Xtown Conference"). */
export const MEETING_HEADS = set(`Conference Forum Summit Talks Congress Convention Symposium Expo`);

/** Organization heads that also name the building the organization sits in (a place in a travel guide). */
export const FACILITY_HEADS = set(`Center Centre Centers Centres Church School College Academy`);

/** Nouns that introduce the title of a work ("the film X", "her novel Y"): works are none of our types. */
export const WORK_NOUNS = set(`film movie novel book album song single series sitcom show play opera musical poem painting
  documentary memoir biography essay video game episode track collection anthology exhibition sculpture symphony ballet
  comic manga anime podcast blog app EP LP mixtape soundtrack sequel novella trilogy films movies novels books albums songs
  singles poems paintings documentaries memoirs essays videos games episodes tracks plays operas musicals EPs`);

/**
 * Verbs after which a lone unknown word speaks as a body ("Zentrix said"): the verbs of formal
 * statements, which organizations make more often than people never named in full.
 */
export const SAYS = set(`said says announced announces reported reports confirmed denied warned claimed`);

/** Lower-case nouns for members of a body: a name before them is the body ("a Hamas spokesman", "Kremlin officials"). */
export const ORG_MEMBER_NOUNS = set(`spokesman spokeswoman spokesperson spokesmen official officials fighters militants lawmakers
  legislators executives shareholders negotiators commanders members loyalists`);

/** Lower-case nouns for employees that ROLE_WORDS lacks: "analysts at X" names an employer. */
export const WORKER_NOUNS = set(`strategist employee worker staff staffer trader banker expert specialist`);

/** Lower-case particles rare in place names ("bin", "von"), unlike the Romance "de" ("Terre de Bas"): a person's name. */
export const PERSON_PARTICLES = set(`al el bin ibn bint abu abd van von ul ud`);

/** Particles written with a capital that open a surname ("Marine Le Pen", "Kevin De Vries", "Ní X", "Mac Y"). */
export const CAPITAL_PARTICLES = set(`Le La De Da Di Du Van Von Del Della Dos Das Bin Ibn Al El Abu Ní Nic Ó Ua Mac Mc`);

/** Prepositions of place or motion that make a town of a word that is also an ordinary word ("in Reading", "to Bath"). */
export const WORD_CITY_PREPOSITIONS = set(`in near from to outside via through towards toward around across`);

/** Lower-case words that open an apposition after a person's name ("X, the head of …"): its descriptor. */
export const APPOSITION_START = set(`the a an his her their its former then now chief head`);

/** Nouns after which a capitalized word names a people, not a place or a body ("the X people", "the X language"). */
export const PEOPLE_NOUNS = set(`people peoples language languages tribe tribes tribesmen`);
