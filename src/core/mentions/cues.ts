// Stage 2 of mention detection, collect cues: for one span found by stage 1 (spans.ts), every typed
// cue in and around it: the framing the cutting saw, head nouns, gazetteer readings, given names,
// verbs of saying, prepositions of place, company talk, the shape of the words, the position in the
// sentence. Cues say what was seen, not what type wins: that is the scorer's job (scorer.ts).
import type { Cue } from './cue';
import type { Context } from './context';
import {
  CALENDAR_WORDS, CAPITAL_PARTICLES, CITY_NAMED_ORGS, CLOSINGS, CLUB_TAILS, CLUB_WORDS, DOCUMENT_HEADS, EVENT_HEADS, EVENT_PREFIXES, FACILITY_HEADS, MEETING_HEADS, NAME_PARTICLES,
  NEWS_AGENCY_WORDS, ORG_FOLLOWERS, ORG_HEADS, ORG_MEMBER_NOUNS, PEOPLE_NOUNS, PERSON_PARTICLES, PLACE_ARTICLES, PLACE_FOLLOWERS, PLACE_HEADS, PLACE_MODIFIERS,
  PLACE_PREFIXES, PLACE_PREPOSITIONS, PRODUCT_HEADS, ROLE_WORDS, SAYS, SINGLE_ORGS, SINGLE_PERSONS, SPEECH_VERBS, TITLES, WORD_CITY_PREPOSITIONS,
  WORK_NOUNS, WORKER_NOUNS,
} from './lexicon';
import { headOf, isTitleWord, type Piece } from './segment';
import { allCommon, citationAfter, type FoundSpan, isResidentWord } from './spans';
import { ROW_LEAD, touchesOnLine } from './units';
import { isAcronym } from './words';

/** The span's framing cues followed by every lexical, contextual, shape and position cue that applies. */
export function collectCues(ctx: Context, s: FoundSpan): Cue[] {
  // A literal filled by push, not a spread copy: a spread of an empty frame starts as an array of small
  // integers that the first push turns into one of objects, and the optimizing compiler, having seen
  // both kinds at each push, threw its code for this large function away and rebuilt it about ten times
  // in a 500-document run (seen with --trace-deopt). The literal's allocation site learns the kind once.
  const cues: Cue[] = [];
  for (const c of s.frame) cues.push(c);
  const { units, gaz } = ctx;
  const p: Piece = s;
  const text = ctx.keyText(p.a, p.b);
  const single = p.a === p.b;
  const first = units[p.a].text;
  const u = units[p.a];
  const prevUnit = units[p.a - 1];
  if (u.initial) cues.push({ kind: 'sentence-initial' });
  if (u.headline) cues.push({ kind: 'headline' });
  const dateline = datelineRole(ctx, p);
  if (dateline) cues.push(dateline);
  const agency = agencyContext(ctx, p);
  if (agency) cues.push(agency);
  const signed = signatureOrByline(ctx, p);
  if (signed) cues.push(signed);
  const credit = creditRole(ctx, p);
  if (credit) cues.push(credit);
  if (bylineRole(ctx, p)) cues.push({ kind: 'byline-role' });
  if (carrierListed(ctx, p)) cues.push({ kind: 'carrier-list' });
  // "OKAFOR: In 1998, …": a transcript's speaker label is a person.
  const colon = units[p.b + 1];
  if (colon?.text === ':' && u.lineStart && p.b - p.a <= 2 && ctx.speakerLabels().has(ctx.spanText(p.a, p.b)) && !gaz.isCommonWord(text)) {
    cues.push({ kind: 'speaker-label' });
  }
  const column = tableColumn(ctx, p);
  if (column) cues.push(column);
  const placeKind = ctx.placeKind(text);
  if (placeKind) cues.push({ kind: 'gazetteer', place: placeKind });
  // A small town's name that is also a company's, in a story about companies, not after a
  // preposition of place: the company (firms named after their home town).
  if (single && placeKind === 'city' && gaz.isCompanyWord(first) && (ctx.talksOfCompanies() || (actsAsBody(ctx, p, true) && itsFollows(ctx, p))) && !(prevUnit && prevUnit.sentence === u.sentence && PLACE_PREPOSITIONS.has(prevUnit.text))) {
    cues.push({ kind: 'company-town' });
  }

  if (!single) {
    const headK = headOf(ctx, p);
    const head = units[headK].text;
    const mode = p.mode;
    const namedThing = DOCUMENT_HEADS.has(head) || EVENT_HEADS.has(head) || EVENT_PREFIXES.has(first) || PRODUCT_HEADS.has(head);
    if (namedThing && !ORG_HEADS.has(head)) cues.push({ kind: 'named-thing' });
    // "Xtown Conference", "Xtown Energy Forum": a meeting named after its host city is an event.
    if (MEETING_HEADS.has(head) && ctx.placeKind(first) !== undefined && mode === null) cues.push({ kind: 'meeting-in-city' });
    const inner = innerOrgHead(ctx, p, headK);
    if (ORG_HEADS.has(head) && mode !== 'place') cues.push({ kind: FACILITY_HEADS.has(head) ? 'facility-head' : 'org-head', word: head });
    else if (inner && mode !== 'place') cues.push({ kind: 'org-head', word: inner });
    else if (mode !== 'place' && (NEWS_AGENCY_WORDS.has(first) || NEWS_AGENCY_WORDS.has(head.split('-').pop() ?? ''))) cues.push({ kind: 'org-head', word: head });
    if (PLACE_HEADS.has(head) || mode === 'place') cues.push({ kind: 'place-head', word: head });
    // "White House", "Upper House": an adjective before an institution's one-word name (a noun before
    // it makes a building: "Abbey House").
    if (p.b === p.a + 1 && SINGLE_ORGS.has(head) && !ORG_HEADS.has(head) && (gaz.wordClass(first) === 'ADJ' || PLACE_MODIFIERS.has(first))) cues.push({ kind: 'institution-head', word: head });
    // "Oxfam International Kenya", "Tata Group India": an organization's branch in a country.
    if (mode === null && ORG_HEADS.has(units[headK - 1]?.text ?? '') && headK - 1 > p.a && ctx.placeKind(head) !== undefined && ctx.placeKind(head) !== 'city') {
      cues.push({ kind: 'head-branch', word: units[headK - 1].text });
    }
    if (PLACE_PREFIXES.has(first)) cues.push({ kind: 'place-prefix', word: first });
    if (PLACE_MODIFIERS.has(first) && ctx.placeKind(ctx.keyText(p.a + 1, p.b))) cues.push({ kind: 'place-modifier', word: first });
    if (mode === 'org') cues.push({ kind: 'org-connector', word: head });
    // "People's X", "Women's Y": a possessive inside a name is the mark of an organization's name.
    for (let k = p.a + 1; k < p.b; k++) if (/^['’]s?$/.test(units[k].text)) { cues.push({ kind: 'possessive-name' }); break; }
    // "Harlow & Finch": an ampersand joins the names of a firm's founders.
    if (mode === null) for (let k = p.a + 1; k < p.b; k++) if (units[k].text === '&') { cues.push({ kind: 'ampersand' }); break; }
  } else {
    if (SINGLE_ORGS.has(first)) cues.push({ kind: 'institution' });
    if (SINGLE_PERSONS.has(first)) cues.push({ kind: 'being' });
  }

  // "J.R.R. Tolkien", "W. Smith": initials before a surname.
  if (!single && /^(?:\p{Lu}\.){1,3}$/u.test(first) && ctx.placeKind(first) === undefined && !isAcronym(units[p.a + 1].text)) cues.push({ kind: 'initials' });
  let acronyms = 0;
  for (let k = p.a; k <= p.b; k++) if (isAcronym(units[k].text)) acronyms++;
  // "KAMALA HARRIS" inside normal prose: capitals for emphasis, not an acronym.
  const firstCased = first.length > 2 && acronyms === p.b - p.a + 1 && !single ? first[0] + first.slice(1).toLowerCase() : '';
  const plainGiven = (w: string) => !gaz.isCommonWord(w) && ctx.placeKind(w) === undefined && !u.headline;
  if (firstCased && (gaz.isGivenName(firstCased) || peopleNamesOnly(ctx, p))) cues.push({ kind: 'given-name', word: firstCased, caps: true, plain: plainGiven(first) });
  else if (gaz.isGivenName(first) && p.b - p.a <= 3 && !ambiguousGiven(ctx, p) && !(single && units[p.b + 1] && nounTitle(ctx, p.a, p.b + 1))) cues.push({ kind: 'given-name', word: first, caps: false, plain: plainGiven(first) });
  if (acronyms > 0) cues.push({ kind: 'acronym' });
  if (companyEvidence(ctx, p)) cues.push({ kind: 'company' });
  const around = contextCue(ctx, p);
  if (around) cues.push(around);
  if (!single && PLACE_ARTICLES.has(first)) cues.push({ kind: 'place-article', word: first });
  if (!single && p.b - p.a <= 2 && CLUB_WORDS.has(first) && !gaz.isGivenName(first)) cues.push({ kind: 'club-word' });
  const team = teamTail(ctx, p);
  if (team) cues.push({ kind: 'team-tail', word: team });
  // "Ana Lucia da Costa", "Khalid bin Hamad": a lower-case particle between capitalized words is the
  // mark of a personal name (places with particles come from the gazetteer or a place prefix).
  if (!single && hasPersonParticle(ctx, p)) cues.push({ kind: 'particle-name' });
  if (peopleNamesOnly(ctx, p)) cues.push({ kind: 'people-names' });
  if (single && !isAcronym(first) && gaz.isPersonName(first) && !gaz.isGivenName(first) && !gaz.isCompanyWord(first) && !gaz.isCommonWord(first) && placeKind === undefined) {
    cues.push({ kind: 'listed-surname' });
  }
  // "Manchester United", "Chicago Bulls": a place followed by a word that is no first name.
  if (!single && p.b - p.a <= 2 && ctx.placeKind(first) !== undefined && !gaz.isGivenName(first) && !gaz.isGivenName(units[p.a + 1].text)) cues.push({ kind: 'place-first' });
  if (!single && PLACE_MODIFIERS.has(first)) cues.push({ kind: 'place-modifier-weak', word: first });
  cues.push(shapeCue(ctx, p));

  // "the Islamic State group", "the Acme company": the noun after the name.
  const next = units[p.b + 1];
  const follower = next && next.sentence === units[p.b].sentence ? next.text : '';
  // "Xfax news agency", "the Ypress news service": a news noun before the organization noun.
  // A region's adjective ("the Xlandian news agency") names the agency's home, not the agency.
  const newsOutlet = follower === 'news' && NEWS_OUTLET_NOUNS.has(units[p.b + 2]?.text ?? '') && units[p.b + 2].sentence === units[p.b].sentence &&
    !(single && (isResidentWord(ctx, first) || placeAdjective(ctx, first)));
  if (ORG_FOLLOWERS.has(follower)) cues.push({ kind: CITY_NAMED_ORGS.has(follower) ? 'party-follower' : 'org-follower', word: follower });
  else if (newsOutlet) cues.push({ kind: 'org-follower', word: `news ${units[p.b + 2].text}` });
  else if (PLACE_FOLLOWERS.has(follower)) cues.push({ kind: 'place-follower', word: follower });

  // "the X people", "the X language": a people's name.
  if (PEOPLE_NOUNS.has(follower)) cues.push({ kind: 'people-noun-after' });
  // A verb of saying after the name makes it the speaker ("X reports strong sales"), not a modifier.
  const speaker = cues.some((c) => c.kind === 'said' || c.kind === 'said-surname' || c.kind === 'said-single');
  if (single && !speaker && !isAcronym(first) && nounModifier(ctx, p)) cues.push({ kind: 'noun-modifier' });
  // Not names of our types: works, quoted titles, model numbers.
  const prev = units[p.a - 1];
  // "the song "Harbour Town"": a work noun before the opening quote marks the title too.
  const beforeQuote = prev && OPEN_QUOTES.has(prev.text) ? units[p.a - 2] : undefined;
  const workNoun = (w: (typeof units)[number] | undefined) => w !== undefined && w.sentence === u.sentence && WORK_NOUNS.has(w.text);
  if (workNoun(prev) || workNoun(beforeQuote) || workNounAhead(ctx, p) || vehicleFrame(ctx, p)) cues.push({ kind: 'work-noun-before' });
  // "Moonrise Over Kelby, her second novel,": an apposition that calls the name a work.
  else if (workApposition(ctx, p)) cues.push({ kind: 'work-noun-before' });
  if ((!single && prev && next && OPEN_QUOTES.has(prev.text) && CLOSE_QUOTES.has(next.text)) || insideQuotedTitle(ctx, p)) cues.push({ kind: 'quoted-title' });
  // "F-86 Sabre", "CH-53 Sea Stallion": a designation of letters and a number before a name is a model's.
  if (modelNumberAfter(ctx, p) || measureAfterNumber(ctx, p) || (!single && DESIGNATION.test(first) && !roadDesignation(ctx, p))) cues.push({ kind: 'model-number' });
  if (single && acronyms === 1 && acronymAsNoun(ctx, p)) cues.push({ kind: 'common-acronym' });
  // "Hollywood Nights (1944)": several capitalized words before a year in parentheses are a work's
  // title; an author cited that way is one surname, with its particles ("van Dijk (2010)").
  const titledYear = !single && units[p.b + 1]?.text === '(' && !units.slice(p.a, p.b).every((x) => isParticleWord(x.text));
  if (acronyms === 0 && p.b - p.a <= 2 && !titledYear && citationAfter(ctx, p.b)) cues.push({ kind: 'cited-author' });
  if (single && (placeKind === 'country' || placeKind === 'state' || placeKind === 'city') && gaz.isGivenName(first) && givenNameSubject(ctx, p)) cues.push({ kind: 'given-name-subject' });
  // A title line ("Open letter to X Y (1990)") dates the document, not a work.
  if (!single && !u.headline && !cues.some((c) => c.kind === 'given-name' || c.kind === 'title' || c.kind === 'initials' || c.kind === 'people-names') && workFrame(ctx, p)) {
    cues.push({ kind: 'work-frame' });
  }
  return cues;
}

/**
 * "Major League Soccer", "Premier League Darts": an organization head inside the name, followed only by
 * ordinary words (no given names, no places) and with no first name before it, heads the name; the
 * words after it say what the body does. The head word, or undefined.
 */
function innerOrgHead(ctx: Context, p: Piece, headK: number): string | undefined {
  const { units, gaz } = ctx;
  // "Grand Union Canal": a place's head at the end wins.
  if (PLACE_HEADS.has(units[headK].text)) return undefined;
  for (let k = p.a + 1; k < headK; k++) {
    if (!ORG_HEADS.has(units[k].text)) continue;
    // "Major", "General": a word before the head that is a given name only in some list counts as a word.
    for (let j = p.a; j < k; j++) if (gaz.isGivenName(units[j].text) && !gaz.isCommonWord(units[j].text)) return undefined;
    for (let j = k + 1; j <= p.b; j++) {
      const w = units[j].text;
      if (!gaz.isCommonWord(w) || gaz.isGivenName(w) || ctx.placeKind(w) !== undefined) return undefined;
    }
    return units[k].text;
  }
  return undefined;
}

/** Nouns of a moment that may follow a person's name as an adverb ("with Ana today"). */
const TIME_NOUNS = new Set(['today', 'tonight', 'yesterday', 'tomorrow']);
/**
 * Nouns a person's name modifies as that person's ("the X family", "the X administration", "the X
 * years"); with PERSONAL_NOUNS ("the X funeral"), the name stays a person there.
 */
const NAME_OWNED_NOUNS = new Set(['family', 'families', 'brothers', 'sisters', 'twins', 'household', 'clan', 'dynasty', 'children', 'estate',
  'administration', 'government', 'presidency', 'cabinet', 'campaign', 'camp', 'era', 'years', 'doctrine', 'case', 'trial', 'murder']);
/** Parts of speech that open a verb's object or clause ("notes a rise", "says it", "reports 40"). */
const OBJECT_OPENERS = new Set(['DET', 'PRON', 'NUM', 'SCONJ']);
/** Parts of speech before a noun phrase that a name may open as a modifier ("the X data", "with X images"). */
const BEFORE_MODIFIER = new Set(['DET', 'ADJ', 'ADP', 'NUM', 'CCONJ', 'SCONJ']);

/**
 * "the Hubble data", "new Kepler images show", "analysed Webb observations that …": one capitalized word
 * that is only a given name, right before a common noun in lower case on its line, is that noun's
 * modifier (a telescope, a mission, a product). The noun must open a noun phrase the name cannot be
 * the object of: after a determiner, adjective or preposition, at a sentence's start, or after a verb
 * when a verb follows the noun (a double object "gave Ana flowers." stays a person).
 */
function nounModifier(ctx: Context, p: Piece): boolean {
  const { units, text } = ctx;
  const u = units[p.a];
  const next = units[p.a + 1];
  if (!next || next.sentence !== u.sentence || next.kind !== 'word' || next.pos !== 'NOUN' || !/^\p{Ll}+$/u.test(next.text) || !touchesOnLine(text, u, next)) return false;
  if (TIME_NOUNS.has(next.text) || NAME_OWNED_NOUNS.has(next.text) || PERSONAL_NOUNS.has(next.text)) return false;
  const prev = units[p.a - 1];
  const after = units[p.a + 2];
  // "Okafor notes a rise", "X warns that …": the noun is a verb with its object or clause after it.
  if (after && after.sentence === u.sentence && (OBJECT_OPENERS.has(after.pos) || after.text === 'that')) return false;
  const opening = u.initial || !prev || prev.sentence !== u.sentence;
  // At a sentence's start the name is the subject when the noun can be a verb ("Ana reports …").
  if (opening && (ctx.gaz.wordClass(next.text) === 'VERB' || (next.text.endsWith('s') && ctx.gaz.wordClass(next.text.slice(0, -1)) === 'VERB'))) return false;
  const opensPhrase = opening || (BEFORE_MODIFIER.has(prev.pos) && !/^['’]s$/.test(prev.text)) || (/^\p{Ll}+$/u.test(prev.text) && ctx.gaz.wordClass(prev.text) === 'ADJ') ||
    (prev.pos === 'VERB' && after !== undefined && after.sentence === u.sentence && (after.pos === 'VERB' || after.pos === 'AUX'));
  return opensPhrase && !inFullName(ctx, p.a);
}

/** The word of unit k is written elsewhere in the text beside another capitalized word ("Edwin Hubble"): a person's name there. */
function inFullName(ctx: Context, k: number): boolean {
  const { units, text } = ctx;
  const w = units[k].text;
  const capital = (j: number) => j >= 0 && j < units.length && units[j].kind === 'word' && /^\p{Lu}\p{Ll}/u.test(units[j].text) && !units[j].headline;
  for (let j = 0; j < units.length; j++) {
    if (j === k || units[j].text !== w) continue;
    if ((capital(j - 1) && !units[j].initial && touchesOnLine(text, units[j - 1], units[j])) || (capital(j + 1) && touchesOnLine(text, units[j], units[j + 1]))) return true;
  }
  return false;
}

/** A particle of a surname, in lower case or capitalized ("van", "De", "al-"). */
const isParticleWord = (w: string): boolean => NAME_PARTICLES.has(w.toLowerCase()) || CAPITAL_PARTICLES.has(w);

/** A model's designation: one to three capitals, a hyphen, a number ("F-86", "EF-111", "CH-53"). */
const DESIGNATION = /^\p{Lu}{1,3}[-‐‑]\d{1,4}\p{Lu}?$/u;

/** Lower-case words a title in title case keeps small ("Anarchy in Ytown", "Songs for the Road"). */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'for', 'to', 'and', 'at', 'by', 'with', 'from', 'into', 'over', 'or', 'vs']);
/** Longest quoted title looked at, in units. */
const MAX_QUOTED_TITLE = 10;

/**
 * The span is part of a quoted title in title case, cut into pieces at its small words ("Letters for
 * Mary", "Anarchy in Ytown", "The Road to Kelby"): every word between the quotes is capitalized or a
 * small word, a small word is among them or the title opens with an article, and no organization head
 * is (a body's name quoted stays a name: "Friends of the Harbour Society").
 */
function insideQuotedTitle(ctx: Context, p: Piece): boolean {
  const { units } = ctx;
  const sentence = units[p.a].sentence;
  const word = (j: number) => j >= 0 && j < units.length && units[j].sentence === sentence && units[j].kind !== 'punctuation';
  let a = p.a - 1;
  while (a >= p.a - MAX_QUOTED_TITLE && word(a)) a--;
  let b = p.b + 1;
  while (b <= p.b + MAX_QUOTED_TITLE && word(b)) b++;
  if (a < 0 || b >= units.length || !OPEN_QUOTES.has(units[a].text) || !CLOSE_QUOTES.has(units[b].text) || b - a - 1 < 2 || b - a - 1 > MAX_QUOTED_TITLE) return false;
  if (units[a].sentence !== sentence || units[b].sentence !== sentence) return false;
  let small = TITLE_ARTICLES.has(units[a + 1].text);
  for (let j = a + 1; j < b; j++) {
    const t = units[j].text;
    if (ORG_HEADS.has(t)) return false;
    if (TITLE_SMALL_WORDS.has(t)) small = true;
    else if (!/^[\p{Lu}\d]/u.test(t)) return false;
  }
  return small;
}

const COMPASS = new Set(['North', 'South', 'East', 'West', 'Northbound', 'Southbound', 'Eastbound', 'Westbound']);
/** "US-75 South", "M-25 Highway": a road's number before a direction or a road's head. */
function roadDesignation(ctx: Context, p: Piece): boolean {
  for (let k = p.a + 1; k <= p.b; k++) if (COMPASS.has(ctx.units[k].text) || PLACE_HEADS.has(ctx.units[k].text)) return true;
  return false;
}

/** Nouns of a work's kind that an apposition may use instead of a work noun ("X, a 1998 thriller"). */
const WORK_GENRES = new Set(['thriller', 'comedy', 'drama', 'western', 'romance', 'miniseries', 'telenovela', 'cartoon', 'sitcom',
  'horror', 'musical', 'biopic', 'remake', 'adaptation', 'game', 'games']);
/** Nouns for a vehicle named after them ("the ship X", "the yacht Y"): vessels and craft are none of our types. */
const VEHICLE_NOUNS = new Set(['ship', 'vessel', 'yacht', 'liner', 'ferry', 'frigate', 'destroyer', 'submarine', 'tanker', 'freighter',
  'schooner', 'steamer', 'steamship', 'tug', 'trawler', 'cruiser', 'battleship', 'corvette', 'airship', 'spacecraft', 'probe', 'rover',
  'satellite', 'telescope', 'locomotive']);
/** Verbs and prepositions before "the X" that make X a vessel ("sailed on the X", "aboard the Y"). */
const ABOARD = new Set(['aboard', 'onboard']);
const SAILED = new Set(['sailed', 'sail', 'sails', 'voyage', 'cruise', 'embarked']);

/** "the ship X", "aboard the Y", "sailed on the Z": the name of a vessel or a craft (no name of our types). */
function vehicleFrame(ctx: Context, p: Piece): boolean {
  const { units } = ctx;
  const sentence = units[p.a].sentence;
  const at = (j: number) => (j >= 0 && units[j].sentence === sentence ? units[j].text.toLowerCase() : '');
  if (VEHICLE_NOUNS.has(at(p.a - 1)) && (at(p.a - 2) === 'the' || at(p.a - 2) === 'a' || at(p.a - 2) === 'his' || at(p.a - 2) === 'her' || at(p.a - 2) === 'their')) return true;
  if (at(p.a - 1) !== 'the') return ABOARD.has(at(p.a - 1));
  if (ABOARD.has(at(p.a - 2))) return true;
  return (at(p.a - 2) === 'on' || at(p.a - 2) === 'in') && SAILED.has(at(p.a - 3));
}

/** A title's own capitalized article, outside its span ("A Quiet Harbour"). */
const TITLE_ARTICLES = new Set(['A', 'An', 'The']);

/**
 * "her second album, A Quiet Harbour", "the debut EP: Velvet Engines", "the film 1998 Copper Lane" (a
 * year glued before the title): a work noun before the name with the title's own article, a comma or
 * a colon, or a year between. Not a first name after a comma ("the show, Ann Lee said").
 */
function workNounAhead(ctx: Context, p: Piece): boolean {
  const { units } = ctx;
  const sentence = units[p.a].sentence;
  const at = (j: number) => (j >= 0 && units[j].sentence === sentence ? units[j] : undefined);
  let k = p.a - 1;
  let framed = false;
  if (OPEN_QUOTES.has(at(k)?.text ?? '')) k--;
  if (TITLE_ARTICLES.has(at(k)?.text ?? '')) { k--; framed = true; }
  if (OPEN_QUOTES.has(at(k)?.text ?? '')) k--;
  const mark = at(k);
  if (mark?.text === ',' || mark?.text === ':') {
    if (ctx.gaz.isGivenName(units[p.a].text)) return false;
    k--;
    framed = true;
  } else if (mark?.kind === 'number' && /^(?:1[5-9]|20)\d\d$/.test(mark.text)) {
    k--;
    framed = true;
  }
  const noun = at(k);
  return framed && noun !== undefined && WORK_NOUNS.has(noun.text);
}

/** Pronouns that refer to a person; "it", "its", "they" may refer to a body. */
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him', 'himself', 'herself']);
/** How many units after a verb of saying its clause may name the speaker again ("X said on Monday that he …"). */
const PRONOUN_WINDOW = 6;

/** Whether a personal pronoun comes within PRONOUN_WINDOW units from k, in the same sentence, before any "it"/"its". */
function personalPronounAfter(ctx: Context, k: number, sentence: number): boolean {
  const { units } = ctx;
  for (let j = k; j < k + PRONOUN_WINDOW && j < units.length && units[j].sentence === sentence; j++) {
    const w = units[j].text.toLowerCase();
    if (w === 'it' || w === 'its' || w === 'they' || w === 'their') return false;
    if (PERSONAL_PRONOUNS.has(w)) return true;
  }
  return false;
}

/** Nouns that, after a possessive, belong to a person ("X's wife", "X's memoir"), not to a body or a place. */
const PERSONAL_NOUNS = new Set(['wife', 'husband', 'son', 'sons', 'daughter', 'daughters', 'father', 'mother', 'parents', 'brother',
  'sister', 'widow', 'widower', 'fiancée', 'fiancee', 'girlfriend', 'boyfriend', 'childhood', 'birth', 'death', 'funeral', 'grave',
  'memoir', 'memoirs', 'biography', 'autobiography', 'novel', 'novels', 'poems', 'poetry', 'paintings', 'debut', 'career']);

/** Ranks one enters a firm at, beside the role and worker nouns ("joined X as an associate"). Hand-kept, a closed class. */
const JOB_ENTRY_NOUNS = new Set(['associate', 'trainee', 'apprentice', 'intern', 'clerk']);
/** Words that may stand between "as" and the job ("as a senior associate", "as its chief economist"). */
const JOB_OPENERS = new Set(['a', 'an', 'its', 'their', 'the', 'senior', 'junior', 'chief', 'managing', 'general', 'associate', 'lead', 'head']);
/** Roles one holds to a person as often as to a firm: after "joined X as", no evidence either way. Hand-kept. */
const PERSONAL_ROLES = new Set(['partner', 'adviser', 'advisor', 'consultant', 'aide', 'assistant', 'deputy', 'colleague', 'co-host',
  'cohost', 'co-author', 'coauthor', 'co-founder', 'cofounder', 'friend', 'wife', 'husband', 'secretary', 'bodyguard', 'driver', 'manager', 'agent']);

/** "… X as a/an/its <role or worker noun>": the span is joined in a job ("as an associate", "as chief economist"). */
function joinedAsWorker(ctx: Context, p: Piece): boolean {
  const { units } = ctx;
  const as = units[p.b + 1];
  if (!as || as.text !== 'as' || as.sentence !== units[p.b].sentence) return false;
  for (let k = p.b + 2; k <= p.b + 4 && k < units.length && units[k].sentence === as.sentence; k++) {
    const word = units[k].text.toLowerCase();
    // Roles people hold to people ("joined Ann Lee as an adviser", "as a partner in his practice") say nothing.
    if (PERSONAL_ROLES.has(word)) return false;
    if (isWorkerNoun(word) || JOB_ENTRY_NOUNS.has(word)) return true;
    if (!JOB_OPENERS.has(word)) return false;
  }
  return false;
}

/** The name is followed by a possessive ending ("Ann Lee's", "the Smiths'"): what follows is its owner's thing. */
function possessiveAfter(ctx: Context, p: Piece): boolean {
  const next = ctx.units[p.b + 1];
  return next !== undefined && next.start === ctx.units[p.b].end && /^['’]s?$/.test(next.text);
}

/** Whether the words from unit k, after a possessive, name something only a person has (an adjective may come first). */
function personalAfterPossessive(ctx: Context, k: number): boolean {
  const after = wordsAfterPossessive(ctx, k);
  if (!after) return false;
  const [first, second] = after;
  if (PERSONAL_NOUNS.has(first)) return true;
  return second !== undefined && /^\p{Ll}/u.test(first) && PERSONAL_NOUNS.has(second);
}

/** The unit at k and the one after it, each only while in the possessive's sentence; undefined when k is not. */
function wordsAfterPossessive(ctx: Context, k: number): readonly [string, string | undefined] | undefined {
  const { units } = ctx;
  const first = units[k];
  if (!first || first.sentence !== units[k - 1].sentence) return undefined;
  const second = units[k + 1];
  return [first.text, second !== undefined && second.sentence === first.sentence ? second.text : undefined];
}

/**
 * Nouns that, after a possessive, belong to a body ("X's shares", "X's chief executive", "X's
 * headquarters"), not to a person or a place. Hand-kept: no data package lists what firms own.
 */
const BODY_NOUNS = new Set(['shares', 'stock', 'shareholders', 'headquarters', 'subsidiary', 'subsidiaries', 'board', 'chairman',
  'chairwoman', 'ceo', 'executives', 'spokesman', 'spokeswoman', 'spokesperson', 'revenue', 'revenues', 'earnings', 'profits',
  'profit', 'workforce', 'employees', 'staff', 'members', 'membership', 'founder', 'founders', 'takeover', 'merger']);

/** Whether the words from unit k, after a possessive, name something only a body has ("chief executive" too). */
function bodyAfterPossessive(ctx: Context, k: number): boolean {
  const after = wordsAfterPossessive(ctx, k);
  if (!after) return false;
  const [first, second] = after;
  if (BODY_NOUNS.has(first)) return true;
  return first === 'chief' && (second === 'executive' || second === 'financial' || second === 'operating');
}

/** Nouns for a settlement or a natural place that an apposition or "is a" gives a lone name ("X is a village"). */
const PLACE_NOUNS = new Set(['village', 'hamlet', 'town', 'city', 'parish', 'suburb', 'river', 'island', 'port', 'municipality',
  'commune', 'county', 'district', 'province', 'region', 'capital', 'settlement', 'lake', 'mountain', 'valley', 'seaport',
  'townland', 'borough', 'locality', 'neighbourhood', 'neighborhood', 'resort']);

/**
 * "X is a small village", "X was a market town", "X, a hamlet in …": the words from unit k call the
 * name before them a place (up to three modifiers between the article and the noun).
 */
function placeApposition(ctx: Context, k: number): boolean {
  const { units } = ctx;
  const first = units[k];
  const sentence = units[k - 1].sentence;
  if (!first || first.sentence !== sentence) return false;
  let j = k;
  if (first.text === ',') j++;
  else if (first.text === 'is' || first.text === 'was') j++;
  else return false;
  if (!APPOSITION_ARTICLES.has(units[j]?.text.toLowerCase() ?? '') || units[j].text === 'the') return false;
  for (let m = j + 1; m <= j + 4 && units[m] && units[m].sentence === sentence; m++) {
    const t = units[m].text;
    if (PLACE_NOUNS.has(t)) return true;
    if (!/^[\p{Ll}-]+$/u.test(t)) return false;
  }
  return false;
}

/**
 * Nouns for a firm or a body that an apposition gives a name ("X, a perfume house,", "X, a restaurant
 * chain based in …"). "house" counts only after a modifier ("a fashion house"), as "a house" alone is a building.
 */
// Nouns that also name a person's trade ("a documentary maker", "a property developer", "a publisher") are left out.
const ORG_NOUNS = new Set(['company', 'firm', 'startup', 'start-up', 'chain', 'charity', 'bank', 'brand', 'retailer', 'manufacturer',
  'insurer', 'airline', 'conglomerate', 'nonprofit', 'non-profit', 'organisation', 'organization', 'newspaper', 'label', 'lender',
  'shipyard', 'yard', 'consultancy', 'supermarket', 'distillery', 'brewery', 'winery', 'house', 'subsidiary', 'utility']);
/**
 * Nouns for a body that "X is a …" gives a lone name ("X is a punk band", "X was a football club"), not
 * before "of" ("a band of rebels"). In an apposition after a comma they may start a description of a
 * person's group ("X, a team leader"), so only the copula reads them.
 */
const COPULAS = new Set(['is', 'was', 'are', 'were', 'became', 'becomes', 'remains', 'remained']);
/** Prepositions that may follow the noun after a copula ("X became the most valuable company on Tuesday", "a chain of shops"); a noun may not ("a company director"). */
const COPULA_NOUN_END = new Set(['of', 'on', 'at', 'for', 'by', 'to', 'since', 'after', 'and', 'until']);
const COPULA_ORG_NOUNS = new Set(['band', 'team', 'club', 'agency', 'broadcaster', 'network', 'union', 'party', 'association', 'federation',
  'league', 'publisher', 'magazine', 'group', 'corporation', 'cooperative', 'institute', 'university', 'school', 'orchestra', 'choir']);
/** What may follow the noun of such an apposition: its end, or a clause or phrase about the body. */
const ORG_APPOSITION_END = new Set([',', '.', ';', ':', ')', 'that', 'which', 'whose', 'with', 'in', 'based', 'founded', 'run', 'owned', 'from']);

/** Plurals of ORG_NOUNS, and trades that, ranked among the largest, are firms ("one of the largest builders"). */
const ORG_PLURALS = new Set(['companies', 'firms', 'startups', 'chains', 'charities', 'banks', 'brands', 'retailers', 'manufacturers',
  'insurers', 'airlines', 'conglomerates', 'nonprofits', 'organisations', 'organizations', 'newspapers', 'labels', 'lenders',
  'shipyards', 'yards', 'consultancies', 'supermarkets', 'distilleries', 'breweries', 'wineries', 'utilities']);
const RANKED_TRADES = new Set(['builders', 'shipbuilders', 'carmakers', 'automakers', 'employers', 'producers', 'exporters',
  'importers', 'suppliers', 'operators', 'carriers', 'makers', 'publishers', 'broadcasters', 'miners', 'refiners', 'developers']);

/**
 * "X, one of the largest builders in …", "X, one of the oldest banks": an apposition that ranks the name
 * among firms (up to three modifiers; a trade needs a superlative or "leading"/"biggest" before it).
 */
function rankedAmongFirms(ctx: Context, k: number, sentence: number): boolean {
  const { units } = ctx;
  if (units[k + 1]?.text.toLowerCase() !== 'one' || units[k + 2]?.text !== 'of' || units[k + 3]?.text !== 'the') return false;
  let ranked = false;
  for (let m = k + 4; m <= k + 7 && units[m] && units[m].sentence === sentence; m++) {
    const t = units[m].text;
    if (ORG_PLURALS.has(t) || (ranked && RANKED_TRADES.has(t))) return true;
    if (!/^[\p{Ll}-]+$/u.test(t)) return false;
    if (/est$/.test(t) || t === 'leading' || t === 'top' || t === 'major') ranked = true;
  }
  return false;
}

/** "X, a perfume house,", "X, the shipping firm that …": the words from unit k (a comma) call the name before them a firm or body. */
function orgApposition(ctx: Context, k: number): boolean {
  const { units } = ctx;
  const sentence = units[k - 1].sentence;
  if (units[k]?.text === ',' && units[k].sentence === sentence && rankedAmongFirms(ctx, k, sentence)) return true;
  // "X is a Danish chain of …", "X was a punk band": the copula calls the name a body as an apposition does.
  const copula = COPULAS.has(units[k]?.text ?? '') && units[k].sentence === sentence;
  if ((units[k]?.text !== ',' && !copula) || units[k].sentence !== sentence || !APPOSITION_ARTICLES.has(units[k + 1]?.text.toLowerCase() ?? '')) return false;
  for (let m = k + 2; m <= k + 5 && units[m] && units[m].sentence === sentence; m++) {
    const t = units[m].text;
    if (ORG_NOUNS.has(t) || (copula && COPULA_ORG_NOUNS.has(t) && units[m + 1]?.text !== 'of')) {
      if (t === 'house' && m === k + 2) return false;
      const after = units[m + 1];
      return !after || after.sentence !== sentence || ORG_APPOSITION_END.has(after.text) || (copula && COPULA_NOUN_END.has(after.text));
    }
    // "a Danish chain": a nationality may qualify the noun; "the Xtown insurer": so may a place or a name.
    if (!/^[\p{Ll}-]+$/u.test(t) && !ctx.gaz.isDemonym(t) && !/^\p{Lu}[\p{Ll}'’-]+$/u.test(t)) return false;
  }
  return false;
}

/** Verbs and nouns of travel before "to"/"into"/"from": the name after is a place ("moved to X"). */
const TRAVEL_WORDS = new Set(['moved', 'move', 'moving', 'travelled', 'traveled', 'travel', 'flew', 'fly', 'flying', 'flights',
  'returned', 'return', 'emigrated', 'relocated', 'drove', 'sailed', 'fled', 'deported', 'commute', 'commuted', 'trip', 'journey',
  'road', 'route', 'trains', 'train', 'ferry', 'evacuated', 'migrated', 'walked', 'arrived', 'came', 'went', 'headed']);

/** Determiners opening an apposition that may call a name a work ("X, her second novel"). */
const WORK_DETERMINERS = new Set(['the', 'a', 'an', 'her', 'his', 'their', 'its', 'my', 'our']);

/** "X, the film,", "X, her second novel": the words after the name call it a work (up to two modifiers). */
function workApposition(ctx: Context, p: Piece): boolean {
  const { units } = ctx;
  const comma = units[p.b + 1];
  const sentence = units[p.b].sentence;
  if (comma?.text !== ',' || comma.sentence !== sentence || !WORK_DETERMINERS.has(units[p.b + 2]?.text.toLowerCase() ?? '')) return false;
  for (let m = p.b + 3; m <= p.b + 5 && units[m] && units[m].sentence === sentence; m++) {
    const t = units[m].text;
    if (WORK_NOUNS.has(t) || WORK_GENRES.has(t)) {
      const after = units[m + 1];
      // "X, a video game", "X, a TV series pilot": the work noun may be the first of two.
      if (after && after.sentence === sentence && (WORK_NOUNS.has(after.text) || WORK_GENRES.has(after.text))) continue;
      // "X, the album's producer" is a person beside a work.
      return !after || after.sentence !== sentence || /^[,.;:)!?]$/.test(after.text) || after.text === 'by' || after.text === 'of';
    }
    if (!/^[\p{Ll}\d-]+$/u.test(t)) return false;
  }
  return false;
}

/** Verbs of a life that only people live, after the name (with "was"/"were" before "born"). */
const LIFE_EVENTS = new Set(['died', 'dies', 'retired', 'married', 'graduated', 'resigned']);
/** Articles opening an apposition that says what a person is ("X, a nurse,", "X, the harbour master,"). */
const APPOSITION_ARTICLES = new Set(['a', 'an', 'the']);

/** Verbs whose object is a body one works for ("joined X", "founded Y"). */
const EMPLOYMENT_VERBS = new Set(['joined', 'rejoined', 'founded', 'co-founded', 'cofounded']);
/** Verbs before "for"/"with" and an employer ("worked for X", "signed with Y"). */
const WORKED_VERBS = new Set(['worked', 'works', 'working', 'work', 'signed', 'interned', 'consulted', 'volunteered', 'played']);
/**
 * Words before "at" and an employer: verbs of working and nouns of a spell of work ("worked at X",
 * "a stint at X", "ten years at X"). Hand-kept: a closed frame of English; "played", "studied" and
 * "met" are left out (one plays at a ground, studies at a school, meets at a place).
 */
const AT_WORK_WORDS = new Set(['worked', 'works', 'working', 'work', 'interned', 'employed', 'years', 'months', 'decade', 'decades',
  'stint', 'stints', 'career', 'job', 'jobs', 'internship', 'tenure', 'spell', 'apprenticeship', 'traineeship']);
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'my', 'our', 'your']);
/** Kin nouns of an apposition ("X, his brother,"): only a person is someone's kin. */
const KIN_NOUNS = new Set(['wife', 'husband', 'son', 'daughter', 'father', 'mother', 'brother', 'sister', 'widow', 'widower', 'uncle',
  'aunt', 'nephew', 'niece', 'cousin', 'grandson', 'granddaughter', 'grandfather', 'grandmother', 'partner', 'fiancée', 'fiancee',
  'girlfriend', 'boyfriend', 'stepson', 'stepdaughter', 'stepfather', 'stepmother', 'friend']);

/** "X, his brother,": the words from unit k (a comma) call the name before them someone's kin. */
function kinApposition(ctx: Context, k: number): boolean {
  const { units } = ctx;
  const sentence = units[k - 1].sentence;
  return units[k]?.text === ',' && units[k].sentence === sentence && POSSESSIVE_DETERMINERS.has(units[k + 1]?.text.toLowerCase() ?? '') &&
    KIN_NOUNS.has(units[k + 2]?.text ?? '') && units[k + 2].sentence === sentence && (units[k + 3]?.text === ',' || units[k + 3]?.text === '.');
}

/** Whether the words from unit k say the name before them is a person: an apposition naming a role or kin, or a life event. */
function personAfter(ctx: Context, k: number, lone = false): boolean {
  const { units } = ctx;
  const first = units[k];
  const sentence = units[k - 1].sentence;
  if (!first || first.sentence !== sentence) return false;
  const w = first.text.toLowerCase();
  if (!lone) {
    if (LIFE_EVENTS.has(w)) return true;
    if ((w === 'was' || w === 'were') && units[k + 1]?.text === 'born') return true;
  }
  if (kinApposition(ctx, k)) return true;
  if (first.text !== ',') return false;
  // "X, the company's chief executive,", "X, Ycorp's founder,", "X, chief executive of Ycorp,": an
  // owner's possessive, or a role word with no article ("Zentrix, and its director," or "Zentrix,
  // whose chairman," open no apposition of Zentrix).
  const opener = units[k + 1]?.text.toLowerCase() ?? '';
  const possessor = /^['’]s?$/.test(units[k + 2]?.text ?? '') ? 2 : /^['’]s?$/.test(units[k + 3]?.text ?? '') && opener === 'the' ? 3 : 0;
  const bare = possessor === 0 && (ROLE_WORDS.has(opener) || ROLE_MODIFIERS.has(opener));
  if (!APPOSITION_ARTICLES.has(opener) && possessor === 0 && !bare) return false;
  // A lone word, or an apposition of the newer forms, needs a role only a person holds: a firm is
  // "the world's largest producer", "the owner of the Courier", "a member of the alliance" too.
  const personOnly = lone || possessor > 0 || bare;
  // The role noun may follow one or two modifiers ("a retired nurse", "the harbour master").
  const from = possessor > 0 ? k + 1 + possessor : bare ? k + 1 : k + 2;
  for (let j = from; j <= from + 3 && units[j] && units[j].sentence === sentence; j++) {
    const t = units[j].text;
    if (t === ',' || t === '.') return false;
    // "chief executive", "deputy minister": the last of two role words ends the role.
    if (ROLE_WORDS.has(t) && ROLE_WORDS.has(units[j + 1]?.text ?? '')) continue;
    if (ROLE_WORDS.has(t)) {
      if (personOnly && BODY_ROLES.has(t)) return false;
      return units[j + 1]?.text === ',' || units[j + 1]?.text === '.' || units[j + 1]?.text === 'of' || units[j + 1]?.text === 'at' || units[j + 1]?.text === 'for';
    }
  }
  return false;
}

/** Words before a role with no article ("X, former mayor,", "X, acting director of Y,"). */
const ROLE_MODIFIERS = new Set(['former', 'acting', 'interim', 'retired', 'then', 'outgoing', 'incoming', 'senior', 'deputy', 'chief']);
/**
 * Role words a firm or a body holds as well as a person ("the largest producer", "the owner of the
 * paper", "a member of the alliance", "the market leader", "the host of the games", "a partner in the
 * venture"): no evidence of a person in an apposition. Hand-kept, a subset of ROLE_WORDS.
 */
const BODY_ROLES = new Set(['producer', 'owner', 'member', 'leader', 'host', 'partner', 'player', 'rival', 'opponent', 'challenger',
  'candidate', 'nominee', 'designer', 'architect', 'author', 'publisher']);

/** Verbs whose "in" introduces the title of a film, play or show ("starred in X"). */
const PERFORMED_IN = new Set(['starred', 'appeared', 'featured', 'stars', 'appears', 'co-starred', 'starring']);
/** Verbs of making or performing a work: with a year in parentheses, the names after them are titles. */
const MADE = new Set([...PERFORMED_IN, 'directed', 'released', 'recorded', 'wrote', 'written', 'published', 'produced', 'composed',
  'filmed', 'painted', 'co-wrote', 'directs', 'releases', 'records', 'writes', 'publishes', 'produces', 'composes']);
/** How far back in its sentence a verb of making may stand ("directed A (1961), B (1963) and C (1965)"). */
const MADE_WINDOW = 16;

/**
 * "He directed Tamsin Rides West (1961)": after a verb of making, a year alone in parentheses after
 * a multiword name dates a work (a person gets a range of years); "starred in X Y": the title of a
 * film or show.
 */
function workFrame(ctx: Context, p: Piece): boolean {
  const { units } = ctx;
  const sentence = units[p.a].sentence;
  const inWord = units[p.a - 1];
  const verb = units[p.a - 2];
  if (inWord?.text === 'in' && verb !== undefined && verb.sentence === sentence && PERFORMED_IN.has(verb.text.toLowerCase())) return true;
  const open = units[p.b + 1];
  const year = units[p.b + 2];
  const close = units[p.b + 3];
  if (!(open?.text === '(' && year?.kind === 'number' && /^(?:1[5-9]|20)\d\d$/.test(year.text) && close?.text === ')')) return false;
  for (let k = p.a - 1; k >= 0 && k >= p.a - MADE_WINDOW && units[k].sentence === sentence; k--) if (MADE.has(units[k].text.toLowerCase())) return true;
  // "Hollywood Nights (1944), then Copper Horseshoe (1945)": a title ending in a dictionary word that no
  // people-name list knows, dated by a year alone, is a work whatever the verb.
  const last = units[p.b].text;
  return ctx.gaz.isCommonWord(last) && !ctx.gaz.isPersonName(last) && ctx.placeKind(last) === undefined;
}

/** A person's name is rarely made of dictionary words only; the shape guess when nothing else speaks. */
function shapeCue(ctx: Context, p: Piece): Cue {
  const { units, gaz } = ctx;
  const single = p.a === p.b;
  if (!single && allCommon(ctx, p.a, p.b)) return { kind: 'shape-common-words' };
  if (single) return { kind: 'shape-single' };
  // "Harbour Porpoise", "Postdoctoral Research Fellow": a last word that is an ordinary word and no
  // surname of the people-name list, after no first name, makes a noun phrase, not a person.
  const first = units[p.a].text;
  const last = units[p.b].text;
  if (p.b - p.a <= 2 && gaz.isCommonWord(last) && !gaz.isPersonName(last) && !gaz.isGivenName(first) && !gaz.isPersonName(first)) return { kind: 'shape-common-last' };
  if (p.b - p.a <= 2) return { kind: 'shape-short' };
  return { kind: 'shape-long' };
}

const OPEN_QUOTES = new Set(['"', '“', '‘', "'", '«']);
const CLOSE_QUOTES = new Set(['"', '”', '’', "'", '»']);

/**
 * "Zentrix 9", "XQ 500", "Valdo Pro 14": a name glued to a model number names a product or an
 * index. A year after a name ("Expo 2030") and a score ("Acme 21, Globex 14") are no model numbers.
 */
function modelNumberAfter(ctx: Context, p: Piece): boolean {
  const { units, text } = ctx;
  const next = units[p.b + 1];
  if (!next || next.kind !== 'number' || next.sentence !== units[p.b].sentence || !touchesOnLine(text, units[p.b], next)) return false;
  // A year, or a score glued by its hyphen ("2-1").
  if (/^(?:1[89]|20)\d\d$/.test(next.text) || /^\d{1,2}[-‐‑]\d{1,2}$/.test(next.text)) return false;
  const after = units[p.b + 2];
  return !(after && (after.text === ',' || after.text === '-' || after.text === '–'));
}

/**
 * "a 3.60 XRA", "40 KPH": capitals right after a number (not a year) are a unit or a statistic, not a name.
 */
function measureAfterNumber(ctx: Context, p: Piece): boolean {
  const { units, text } = ctx;
  const prev = units[p.a - 1];
  if (p.a !== p.b || !prev || prev.kind !== 'number' || prev.sentence !== units[p.a].sentence || !isAcronym(units[p.a].text)) return false;
  if (/^(?:1[5-9]|20)\d\d$/.test(prev.text) || /\n/.test(text.slice(prev.end, units[p.a].start))) return false;
  // "62 XTO members": the capitals modify a noun after them, as a body's name does;
  const next = units[p.b + 1];
  // "three XTO tactical units": an adjective may come first.
  if (next && next.sentence === prev.sentence && (next.pos === 'NOUN' || next.pos === 'ADJ') && /^\p{Ll}/u.test(next.text)) return false;
  return /^[\d.,]+$/.test(prev.text);
}

/** Pronouns that take up a sentence's subject: a person's, or a country's or body's. */
const PERSON_SUBJECT_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him']);
const THING_SUBJECT_PRONOUNS = new Set(['it', 'its', 'they', 'their', 'them']);
/** Nouns in the subject's sentence that speak of a state ("Jordan closed its border"): the country after all. */
const STATE_NOUNS = new Set(['country', 'nation', 'kingdom', 'state', 'republic', 'border', 'borders', 'government', 'capital', 'troops', 'army', 'territory']);
/** How many units after the name the taking-up pronoun may come (the rest of the sentence and the next one). */
const SUBJECT_WINDOW = 30;

/**
 * "Jordan never waits. She takes the bus.": a lone word that is a given name and a country, state or
 * city, as the subject of a verb (maybe after an adverb; not "is", which may call it a country), whose
 * first pronoun after it, in its sentence or the next, is "he" or "she" (a country is "it") with no other
 * name before that pronoun, in a sentence that speaks of no border, army or government.
 */
function givenNameSubject(ctx: Context, p: Piece): boolean {
  const { units } = ctx;
  const sentence = units[p.a].sentence;
  const prev = units[p.a - 1];
  if (prev && prev.sentence === sentence && prev.kind === 'word') return false;
  let k = p.b + 1;
  if (units[k]?.pos === 'ADV' && units[k].sentence === sentence) k++;
  const verb = units[k];
  if (!verb || verb.sentence !== sentence || verb.pos !== 'VERB') return false;
  for (let j = k + 1; j < units.length && j <= p.b + SUBJECT_WINDOW && units[j].sentence <= sentence + 1; j++) {
    const w = units[j].text.toLowerCase();
    if (units[j].sentence === sentence && STATE_NOUNS.has(w)) return false;
    if (THING_SUBJECT_PRONOUNS.has(w)) return false;
    if (PERSON_SUBJECT_PRONOUNS.has(w)) return true;
    // Another name before the pronoun may be whom it means ("X passed the bill. Governor Ann Lee said
    // he …"): a capitalised word inside a sentence ends the search.
    const before = units[j - 1];
    if (units[j].kind === 'word' && /^\p{Lu}/u.test(units[j].text) && before !== undefined && before.sentence === units[j].sentence) return false;
  }
  return false;
}

/** Determiners that make the capitals after them a common noun ("an EP", "his ERA"); "the" does not ("the UN"). */
const NOUN_DETERMINERS = new Set(['a', 'an', 'his', 'her', 'their', 'its', 'my', 'your', 'our']);
/** Nouns of testing and rating after capitals: the capitals name a test or a measure ("SAT scores", "BEL20 index"). */
const MEASURE_NOUNS = new Set(['score', 'scores', 'result', 'results', 'test', 'tests', 'exam', 'exams', 'grade', 'grades',
  'rating', 'ratings', 'index', 'percentile', 'percentiles', 'reading', 'readings', 'value', 'values']);

/**
 * Capitals used as a common noun (a statistic, a test, a grade, a format, a formula's variable), not
 * a body's name: "a first-round KO", "his lifetime ERA", "their debut EP" (an indefinite article or a
 * possessive before, up to two lower-case modifiers between, and no noun or capitalised word after that
 * the capitals would modify as a body's name does: "an FBI agent", "our NASA Administrator"); "SAT scores"; "IQR = Q3 - Q1" anywhere in the text;
 * an acronym the text defines in lower case ("ground reaction force (GRF)").
 */
function acronymAsNoun(ctx: Context, p: Piece): boolean {
  const { units } = ctx;
  const w = units[p.a].text;
  if (!/^\p{Lu}[\p{Lu}\d]+$/u.test(w) || ctx.placeKind(w) !== undefined) return false;
  const sentence = units[p.a].sentence;
  const next = units[p.a + 1];
  const nextInSentence = next !== undefined && next.sentence === sentence;
  if (nextInSentence && MEASURE_NOUNS.has(next.text)) return true;
  if (ctx.formulaWords().has(w) || ctx.termAcronyms().has(w)) return true;
  // "an FBI agent", "our Xagency Administrator", "a UNESCO World Heritage Site": the capitals modify what follows, as a body's name does.
  if (nextInSentence && (/^\p{Lu}/u.test(next.text) || (/^\p{Ll}/u.test(next.text) && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ')))) return false;
  for (let k = p.a - 1; k >= 0 && k >= p.a - 3 && units[k].sentence === sentence; k--) {
    const t = units[k].text;
    const lower = t.toLowerCase();
    // "an IED" is a common noun; after a possessive, capitals the text also writes after "the" name a
    // body ("our NHS … The NHS employs").
    if (NOUN_DETERMINERS.has(lower)) return lower === 'a' || lower === 'an' || !ctx.acronymsAfterThe().has(w);
    if (!/^[\p{Ll}\d][\p{Ll}\d-]*$/u.test(t)) return false;
  }
  return false;
}

/**
 * "Kamala Okonjo", "KAMALA OKONJO": two or three words, each in the people-name list and none an
 * ordinary word or a place: a person's name even without a first name from the given-name lists.
 */
function peopleNamesOnly(ctx: Context, p: Piece): boolean {
  if (p.a === p.b || p.b - p.a > 2) return false;
  for (let k = p.a; k <= p.b; k++) {
    const raw = ctx.units[k].text;
    const w = /\p{Ll}/u.test(raw) ? raw : raw[0] + raw.slice(1).toLowerCase();
    if (!ctx.gaz.isPersonName(w) || ctx.gaz.isCommonWord(w) || ctx.placeKind(w) !== undefined) return false;
  }
  return true;
}

/** How far back from a name its credit clause may start ("Additional reporting by A B, C D and "). */
const WIRE_CREDIT_REACH = 120;
/**
 * The head of a credit clause: what a journalist did ("Reporting", "Additional reporting", "Writing",
 * "Editing"), then "by". Hand-kept: the wire services' credit words for their journalists ("Research
 * by", "Compiled by" and a photo's credit may name a firm or a body: creditRole reads photo credits).
 */
const WIRE_CREDIT_HEAD = /^\s*(?:additional\s+)?(?:reporting|writing|editing)\s+by\s+/iu;

/**
 * Whether `clause` (the text from the credit clause's start to a name) is "Reporting by " and names
 * already listed: the head, then nothing or names each closed by a comma or "and". Two linear tests,
 * not one pattern with a repeated group (which backtracks exponentially on runs of " and ").
 */
function creditClause(clause: string): boolean {
  const head = WIRE_CREDIT_HEAD.exec(clause);
  if (!head) return false;
  const listed = clause.slice(head[0].length);
  return listed === '' || (!/[;()\n]/.test(listed) && /(?:,|\sand)\s+$/.test(listed));
}

/**
 * "By Ann Pellow" opening a line (a byline), and a name alone on the line after a letter's closing
 * ("Yours,\nBill"): the writer, a person.
 */
function signatureOrByline(ctx: Context, p: Piece): Cue | undefined {
  const { units, text } = ctx;
  if (p.b - p.a > 3) return undefined;
  const prev = units[p.a - 1];
  if (prev && (prev.text === 'By' || prev.text === 'by') && ROW_LEAD.test(text.slice(text.lastIndexOf('\n', prev.start - 1) + 1, prev.start))) {
    const next = units[p.b + 1];
    if (!next || /\n/.test(text.slice(units[p.b].end, next.start)) || next.text === ',' || next.text === '|') return { kind: 'byline' };
  }
  // "(Reporting by Ann Pellow; Editing by Bo Quist and Cy Ma)": a wire story's credit line names its
  // journalists, whatever their names (the words before each name say what they did).
  // Journalists are credited by full name: a lone word there ("Reporting by Reuters") is left to other cues.
  // A name with an organization head ("Reporting by Xland News Service") is the body's.
  if (p.b > p.a && prev && (prev.text === 'by' || prev.text === 'By' || prev.text === 'and' || prev.text === ',') && !ORG_HEADS.has(units[p.b].text)) {
    const window = text.slice(Math.max(0, units[p.a].start - WIRE_CREDIT_REACH), units[p.a].start);
    const clause = window.slice(Math.max(window.lastIndexOf('('), window.lastIndexOf(';'), window.lastIndexOf('\n')) + 1);
    if (creditClause(clause)) return { kind: 'byline' };
  }
  // "Dear Jean:", "Dear Ana Ruiz,": a letter's salutation names its addressee.
  if (prev && (prev.text === 'Dear' || prev.text === 'Dearest') && /^[,:]$/.test(units[p.b + 1]?.text ?? '') && (p.b > p.a || !ctx.gaz.isCommonWord(units[p.a].text) || ctx.gaz.isGivenName(units[p.a].text))) {
    return { kind: 'salutation' };
  }
  // Cheap tests first: this runs for every name.
  if (!prev || prev.text !== ',' || !units[p.a].lineStart) return undefined;
  const next = units[p.b + 1];
  if (next && !next.lineStart && next.text !== '.' && next.text !== ',') return undefined;
  const lineStart = text.lastIndexOf('\n', units[p.a].start - 1) + 1;
  const lineEnd = text.indexOf('\n', units[p.b].end);
  if (text.slice(lineStart, units[p.a].start).trim() !== '' || text.slice(units[p.b].end, lineEnd < 0 ? text.length : lineEnd).trim().replace(/[.,]$/, '') !== '') return undefined;
  if (lineStart === 0) return undefined;
  // The line before (blank lines aside) is the closing: "Yours,", "Best wishes,".
  const prevLineStart = text.lastIndexOf('\n', prev.start - 1) + 1;
  const closing = text.slice(prevLineStart, prev.start).trim().split(/\s+/)[0] ?? '';
  if (!CLOSINGS.has(closing) || /\S/.test(text.slice(prev.end, lineStart).replace(/\n/g, ''))) return undefined;
  return { kind: 'signature' };
}


/** A byline's job words that ROLE_WORDS lacks ("Staff Reporter", "Special Contributor"). */
const BYLINE_JOBS = new Set(['staff', 'contributor', 'contributors', 'correspondents', 'reporters', 'writers', 'editors', 'desk', 'team']);

/**
 * "By Staff Reporter", "By A B, STAFF REPORTER", "A B, Political Editor" on a byline line: a job
 * written in capitals is no name. The line opens with "By", and every word of the span is an
 * ordinary word with a job word last.
 */
function bylineRole(ctx: Context, p: Piece): boolean {
  const { units, text, gaz } = ctx;
  const last = units[p.b].text.toLowerCase();
  if (!ROLE_WORDS.has(last) && !BYLINE_JOBS.has(last)) return false;
  for (let k = p.a; k <= p.b; k++) {
    const w = units[k].text.toLowerCase();
    if (!gaz.isCommonWord(w) && !ROLE_WORDS.has(w) && !BYLINE_JOBS.has(w)) return false;
  }
  // A byline is short: its line starts at most 100 characters before the job (long lines stay linear).
  const start = units[p.a].start;
  const windowFrom = Math.max(0, start - 100);
  const before = text.slice(windowFrom, start);
  const nl = before.lastIndexOf('\n');
  if (nl < 0 && windowFrom > 0) return false;
  return /^[\s\-–—•*]*by\s/i.test(before.slice(nl + 1));
}

/**
 * Endings of family names across European languages ("-son", "-sen", "-ski", "-wicz", "-enko",
 * "-escu", "-opoulos", "-oglu", "-field", "-worth"): a lone unknown word with one, before a verb of
 * saying, is a surname rather than a body. Endings shared with firms' coined names ("-ex", "-tech",
 * "-ia", "-on") are left out.
 */
const SURNAME_SHAPE = /^\p{Lu}\p{Ll}+(?:sson|son|sen|ski|ska|sky|skiy|wicz|czyk|ez|ov|ova|ev|eva|enko|escu|yan|idis|opoulos|oglu|elli|etti|stein|field|worth|ington)$/u;

/** Greetings and thanks before a name addressed ("Hi X", "Thanks, X"). */
const GREETINGS = new Set(['hi', 'hey', 'hello', 'thanks', 'bye', 'goodbye', 'congratulations', 'congrats', 'welcome', 'morning', 'evening', 'night', 'cheers']);
/** Second-person words after "X," that make X the one spoken to ("X, you…"). */
const SECOND_PERSON = new Set(['you', "you're", 'you’re', 'your', "you've", 'you’ve', "you'll", 'you’ll', "you'd", 'you’d']);

/**
 * A name spoken to or introducing oneself, in talk: "Hi X", "Thanks, X", "X, you're next", "…, X?",
 * "I'm X". Only people are addressed (and pets, which readers take for persons too).
 */
function addressed(ctx: Context, p: Piece): boolean {
  const { units } = ctx;
  if (p.b - p.a > 1) return false;
  const prev = units[p.a - 1];
  const next = units[p.b + 1];
  const sentence = units[p.a].sentence;
  const same = (u: typeof prev) => u !== undefined && u.sentence === sentence;
  const ends = !same(next) || next.text === ',' || next.text === '!' || next.text === '?' || next.text === '.';
  if (same(prev)) {
    const w = prev.text.toLowerCase();
    let g = prev;
    if (w === ',' && units[p.a - 2] && units[p.a - 2].sentence === sentence) g = units[p.a - 2];
    if (GREETINGS.has(g.text.toLowerCase()) && ends && (g === prev || units[p.a - 3]?.sentence !== sentence)) return true;
    // "I'm X." introduces oneself.
    if ((w === "i'm" || w === 'i’m' || (w === 'am' && units[p.a - 2]?.text === 'I')) && ends && !ctx.gaz.isDemonym(units[p.a].text)) return true;
    if (w === "'m" || w === '’m') return units[p.a - 2]?.text === 'I' && ends && !ctx.gaz.isDemonym(units[p.a].text);
    // "…, X?": a name tagged on a question or a call.
    if (w === ',' && units[p.a - 2]?.kind !== 'number' && same(next) && (next.text === '?' || next.text === '!') && !same(units[p.b + 2])) return true;
  }
  // "X, you're next": the name opens the sentence, the rest speaks to it.
  if (p.a === p.b && units[p.a].initial && !ctx.gaz.isCommonWord(units[p.a].text) && same(next) && next.text === ',' && SECOND_PERSON.has(units[p.b + 2]?.text.toLowerCase() ?? '') && units[p.b + 2].sentence === sentence) return true;
  return false;
}

/** An airport terminal's label opening a line of the airlines that use it ("Terminal 2:", "Concourse B:"). */
const TERMINAL_LABEL = /^[ \t]*(?:Terminal|Concourse)\s+[\p{L}\p{N}-]{1,4}\s*:/u;
/** "(Gate 4)", "(Gates 10 & 11)" after a name: the airline that boards there. */
const GATE_AFTER = /^\s*\(\s*Gates?\b/;
/** How far into its line a listed airline may stand, in UTF-16 code units (keeps long lines linear). */
const CARRIER_REACH = 300;

/**
 * "Terminal 2: Xland (Gates 10 & 11), Yline, Z Air": in a travel guide's list of the airlines at a
 * terminal, every item is an airline, even one named after a state or a city ("Xland" is then no place).
 * The item follows the label or a comma, "&" or "and" of the same list, or comes before "(Gate …)".
 */
function carrierListed(ctx: Context, p: Piece): boolean {
  const { units, text } = ctx;
  const start = units[p.a].start;
  const end = units[p.b].end;
  if (GATE_AFTER.test(text.slice(end, end + 12))) return true;
  // Only after the label's colon or a list separator; the look-back stays within CARRIER_REACH, so a
  // very long line costs no more per name than a short one.
  const prev = units[p.a - 1]?.text;
  if (prev !== ':' && prev !== ',' && prev !== '&' && prev !== 'and') return false;
  const from = Math.max(0, start - CARRIER_REACH);
  const near = text.slice(from, start);
  const lineBreak = near.lastIndexOf('\n');
  if (lineBreak < 0 && from > 0) return false;
  const before = near.slice(lineBreak + 1);
  const label = TERMINAL_LABEL.exec(before);
  if (!label) return false;
  const items = before.slice(label[0].length);
  return !/[.;!?]/.test(items) && (items.trim() === '' || /(?:[,&]|\band)\s*$/.test(items));
}

/** Words that open a photo or picture credit ("Photo: …", "Picture by …", "Credit: …"). */
const CREDIT_OPENER = /^[([]?\s*(?:photos?|photographs?|pictures?|images?|credits?|illustrations?|video|graphics?)\b\s*(?::|by\b|credit\b)?/i;
/** Words that close a credit's last part ("AP Photo", "Xagency Images"). */
const CREDIT_CLOSER = /\b(?:photos?|images|pictures)\s*[)\]]?\s*$/i;
/** How far around a part a credit's line or parenthesis may reach, in UTF-16 code units. */
const CREDIT_REACH = 160;
/** Units that may stand right before or after one part of a credit. */
const CREDIT_EDGES = new Set(['/', ':', '(', ')', '[', ']', 'by', 'By', ',', ';', '|', 'for', 'and']);

/**
 * One part of a photo credit: "Photo: Ana Ruiz/Xagency/Ypics Images", "(Picture by Ana Ruiz/Xagency)",
 * "XAGENCY/Ana Ruiz". The parts between slashes are the photographer (a name of two or three
 * words) and the agencies that distribute the picture (a lone word, capitals, a name ending in
 * "Images"/"Photo"). A line is a credit when a credit word opens it (or the parenthesis the part
 * is in), or when it holds a slash and nothing but capitalised parts. Nothing joins across a slash:
 * the units already end at it.
 */
function creditRole(ctx: Context, p: Piece): Cue | undefined {
  const { units, text } = ctx;
  const prev = units[p.a - 1];
  const next = units[p.b + 1];
  const start = units[p.a].start;
  const end = units[p.b].end;
  // Cheap tests first: a part of a credit touches a slash, or follows the credit's opener.
  const slash = prev?.text === '/' || next?.text === '/';
  if (!slash && !(prev && (prev.text === ':' || prev.text === 'by' || prev.text === 'By'))) return undefined;
  if (next && !CREDIT_EDGES.has(next.text) && !/\n/.test(text.slice(end, next.start))) return undefined;
  // A credit is short: look at most CREDIT_REACH characters either side (long lines stay linear).
  const windowFrom = Math.max(0, start - CREDIT_REACH);
  const windowTo = Math.min(text.length, end + CREDIT_REACH);
  const near = text.slice(windowFrom, windowTo);
  const lineBreak = near.lastIndexOf('\n', start - windowFrom - 1);
  const lineEnd = near.indexOf('\n', end - windowFrom);
  let from = lineBreak >= 0 ? windowFrom + lineBreak + 1 : windowFrom;
  let to = lineEnd >= 0 ? windowFrom + lineEnd : windowTo;
  const lineFrom = lineBreak >= 0 || windowFrom === 0 ? from : -1;
  const open = near.lastIndexOf('(', start - windowFrom);
  if (open >= 0 && windowFrom + open >= from && !near.slice(open, start - windowFrom).includes(')')) {
    from = windowFrom + open + 1;
    const close = near.indexOf(')', end - windowFrom);
    if (close >= 0 && windowFrom + close < to) to = windowFrom + close;
  }
  const segment = text.slice(from, to).trim();
  if (segment.length > 120 || (from !== lineFrom && from === windowFrom)) return undefined;
  const opened = CREDIT_OPENER.test(segment);
  // Without an opener, only a line of its own: "(X / Y Parish)" in running text is a list.
  const bare = from === lineFrom && segment.includes('/') && /^(?:[\p{Lu}\d][\p{L}\d.&'’-]*|by|and|\/|\s|[-–—|,:])+$/u.test(segment);
  // A bare credit names an agency in capitals ("XAGENCY/Ana Ruiz") or ends in "Photo"/"Images"; a
  // breadcrumb ("Home / World / Asia") does neither.
  const agencyMark = /\p{Lu}{2,}/u.test(segment) || CREDIT_CLOSER.test(segment);
  if (!opened && !(bare && agencyMark) && !(segment.includes('/') && CREDIT_CLOSER.test(segment))) return undefined;
  if (!opened && !segment.includes('/')) return undefined;
  let capitals = true;
  for (let k = p.a; k <= p.b; k++) if (!isAcronym(units[k].text)) capitals = false;
  const last = units[p.b].text;
  if (p.a === p.b || capitals || CREDIT_CLOSER.test(last) || ORG_HEADS.has(last)) return { kind: 'credit-agency' };
  if (ctx.gaz.isGivenName(units[p.a].text)) return { kind: 'credit-person' };
  return { kind: ctx.gaz.isCommonWord(last) ? 'credit-agency' : 'credit-person' };
}

/** "told Xagency", "according to Xagency": who is told or cited by one name is a news outlet. */
function agencyContext(ctx: Context, p: Piece): Cue | undefined {
  const { units, gaz } = ctx;
  const prev = units[p.a - 1];
  if (!prev || prev.sentence !== units[p.a].sentence) return undefined;
  const cited = prev.text === 'told' || (prev.text === 'to' && /^[Aa]ccording$/.test(units[p.a - 2]?.text ?? ''));
  if (!cited || p.b !== p.a) return undefined;
  const w = units[p.a].text;
  const kind = ctx.placeKind(w);
  // A surname of the people-name list is cited too ("according to Xberg"): a person named in full
  // earlier in the document still takes it back (the document stage's surname offer outranks this cue).
  if (gaz.isGivenName(w) || kind === 'country' || kind === 'state' || kind === 'region') return undefined;
  return { kind: 'cited-by', word: prev.text === 'told' ? 'told' : 'according-to' };
}

/**
 * Evidence that a name without an organization head is a company: a company-dictionary first word,
 * "its" later in the sentence ("X Dynamics said its chief executive…"), or a document that talks of
 * "the company", shares or "Inc". Never with given-name evidence on the first word.
 */
function companyEvidence(ctx: Context, p: Piece): boolean {
  const { units, gaz } = ctx;
  const first = units[p.a].text;
  if (p.a === p.b || gaz.isGivenName(first) || ctx.placeKind(first) !== undefined) return false;
  // Company dictionaries hold many ordinary words ("Big", "Public"): they count only for a name that
  // acts ("X Robotics said", "X Dynamics cut jobs"), i.e. one followed by a verb.
  const acts = actsAsBody(ctx, p);
  if (acts && gaz.isCompanyWord(first) && !gaz.isPersonName(first)) return true;
  if (acts && itsFollows(ctx, p)) return true;
  const last = units[p.b].text;
  return gaz.isCommonWord(last) && !gaz.isPersonName(last) && ctx.talksOfCompanies();
}

/** The name is followed by a verb in its sentence ("X Robotics said", "X cut jobs"). */
function actsAsBody(ctx: Context, p: Piece, auxiliary = false): boolean {
  const next = ctx.units[p.b + 1];
  return next !== undefined && next.sentence === ctx.units[p.b].sentence && (next.pos === 'VERB' || (auxiliary && next.pos === 'AUX') || SPEECH_VERBS.has(next.text));
}

/**
 * "its" within 25 units after the name in its sentence, with no other noun phrase before it: the name
 * is a body, not a person or a town ("X Dynamics said its chief executive…", "X said on Monday that its
 * profit rose"). Once the name's verb is passed, an article or another name opens a clause of its own,
 * whose "its" is that noun's ("Ana X said the government would cut its budget": the government's).
 */
function itsFollows(ctx: Context, p: Piece): boolean {
  const { units } = ctx;
  let verbPassed = false;
  for (let k = p.b + 1; k < units.length && k <= p.b + 25 && units[k].sentence === units[p.b].sentence; k++) {
    const u = units[k];
    if (u.text === 'its') return true;
    if (u.pos === 'VERB' || u.pos === 'AUX' || SPEECH_VERBS.has(u.text)) verbPassed = true;
    else if (verbPassed && (CLAUSE_DETERMINERS.has(u.text.toLowerCase()) || (/^\p{Lu}/u.test(u.text) && !CALENDAR_WORDS.has(u.text)))) return false;
  }
  return false;
}

/** Words that open another noun phrase after the name's verb (its "its" is then that noun's). */
const CLAUSE_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'another', 'each', 'every']);

/** Words around the name: "spokesman X", "said X", "X said", "in X", "X, <state>". */
/** Words before a lone name and a worker's noun ("a former Xcorp engineer"): the name is the employer. */
const EMPLOYER_BEFORE = new Set(['former', 'ex', 'a', 'an', 'veteran', 'longtime', 'senior', 'junior']);
/** A worker's nouns after an employer's name ("a former Xcorp engineer", "Ycorp employees"). */
const EMPLOYEE_NOUNS = new Set(['engineer', 'engineers', 'employee', 'employees', 'executive', 'executives', 'staffer', 'staffers',
  'worker', 'workers', 'manager', 'managers', 'researcher', 'researchers', 'programmer', 'programmers', 'developer', 'developers',
  'intern', 'interns', 'contractor', 'contractors', 'analyst', 'analysts', 'designer', 'designers', 'scientist', 'scientists']);

/** Table headers naming what a column's cells are (lower case; hand-kept: the words of column titles). */
const COLUMN_TYPES: ReadonlyMap<string, 'PERSON' | 'ORG' | 'PLACE'> = new Map([
  ...['city', 'town', 'village', 'place', 'location', 'country', 'region', 'county', 'state', 'province', 'municipality', 'hometown', 'birthplace', 'base']
    .map((w) => [w, 'PLACE'] as const),
  ...['company', 'organisation', 'organization', 'employer', 'affiliation', 'agency', 'firm', 'institution', 'party', 'club', 'team', 'outlet', 'publisher']
    .map((w) => [w, 'ORG'] as const),
  ...['name', 'person', 'contact', 'speaker', 'author', 'interviewee', 'witness', 'member', 'candidate'].map((w) => [w, 'PERSON'] as const),
]);

/**
 * "Name<TAB>Role<TAB>City" over "…<TAB>Chair<TAB>Xtown": a span filling a whole cell of a
 * tab-separated table, below the table's first row, takes the type its column's header names.
 */
function tableColumn(ctx: Context, p: Piece): Cue | undefined {
  const { units, text } = ctx;
  const start = units[p.a].start;
  const end = units[p.b].end;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
  if (!line.includes('\t') || lineStart === 0) return undefined;
  const before = text.slice(lineStart, start);
  const cellStart = before.lastIndexOf('\t') + 1;
  const nextTab = line.indexOf('\t', end - lineStart);
  const cell = line.slice(cellStart, nextTab < 0 ? line.length : nextTab).trim();
  if (cell !== text.slice(start, end)) return undefined;
  const index = before.split('\t').length - 1;
  // The header: the first of the consecutive tab-separated lines above.
  let header: string | undefined;
  let at = lineStart - 1;
  while (at > 0) {
    const s = text.lastIndexOf('\n', at - 1) + 1;
    const above = text.slice(s, at).replace(/\r$/, '');
    if (!above.includes('\t')) break;
    header = above;
    at = s - 1;
  }
  if (header === undefined) return undefined;
  const word = header.split('\t')[index]?.trim();
  const type = word ? COLUMN_TYPES.get(word.toLowerCase()) : undefined;
  return type && word ? { kind: 'table-column', word, type } : undefined;
}

/** Speech verbs that are also plural nouns ("notes", "reports"): a title may use them as nouns. */
const NOUN_SPEECH_FORMS = new Set(['notes', 'reports', 'comments', 'claims', 'remarks', 'answers', 'replies', 'updates', 'posts', 'tweets', 'letters', 'statements', 'talks', 'tells', 'quotes', 'words', 'questions', 'pleas', 'appeals', 'warnings', 'calls']);

/**
 * "Harbour notes 🌊", "Garden reports": a title line ending right after a lone word and a speech form
 * that is also a plural noun is a noun phrase ("notes on the harbour"), not someone speaking.
 * `a` is the name's unit, `v` the verb's.
 */
function nounTitle(ctx: Context, a: number, v: number): boolean {
  const { units, text } = ctx;
  if (!units[a].lineStart || !NOUN_SPEECH_FORMS.has(units[v].text)) return false;
  const lineEnd = text.indexOf('\n', units[v].end);
  return !/[\p{L}\p{N}]/u.test(text.slice(units[v].end, lineEnd < 0 ? text.length : lineEnd));
}

function contextCue(ctx: Context, p: Piece): Cue | undefined {
  const { units } = ctx;
  const prev = units[p.a - 1];
  const next = units[p.b + 1];
  // A tab or a line break between the name and the word beside it separates table cells ("Chair<TAB>Xtown"):
  // a role in one cell says nothing of the next.
  const sameSentence = (u: typeof prev | undefined) => u !== undefined && u.sentence === units[p.a].sentence &&
    !/[\t\n]/.test(u.end <= units[p.a].start ? ctx.text.slice(u.end, units[p.a].start) : ctx.text.slice(units[p.b].end, u.start));
  // "in Aarhus", "from Reading, England": a town whose name is also a word, where the context says place.
  if (ctx.gaz.isWordCity(ctx.keyText(p.a, p.b))) {
    const after = units[p.b + 2];
    const placeComma = sameSentence(next) && next.text === ',' && after !== undefined && after.sentence === next.sentence && ctx.placeKind(after.text) !== undefined && ctx.placeKind(after.text) !== 'city';
    if ((sameSentence(prev) && WORD_CITY_PREPOSITIONS.has(prev.text)) || placeComma) return { kind: 'word-city' };
  }
  // "a Hamas spokesman", "Kremlin officials": a name before a member noun is the body they speak for.
  if (sameSentence(next) && ORG_MEMBER_NOUNS.has(next.text)) return { kind: 'member-noun', word: next.text };
  // "Kelvane chief executive Marek Vilden", "Xcorp spokesman Ann Lee": a name before a job written in
  // lower case that a person's name follows is the employer.
  if (sameSentence(next) && employerBeforeJob(ctx, p)) return { kind: 'member-noun', word: next.text };
  // "a former Xcorp engineer", "ex-Ycorp staffers": a lone name between "former"/"a" and a worker's noun is the employer.
  if (p.a === p.b && sameSentence(next) && sameSentence(prev) && EMPLOYER_BEFORE.has(prev.text.toLowerCase()) && EMPLOYEE_NOUNS.has(next.text) &&
      !ctx.gaz.isGivenName(units[p.a].text) && ctx.placeKind(units[p.a].text) === undefined && !ctx.gaz.isDemonym(units[p.a].text)) {
    return { kind: 'member-noun', word: next.text };
  }
  if (sameSentence(prev)) {
    const w = prev.text.toLowerCase();
    if (ROLE_WORDS.has(prev.text) || (TITLES.has(prev.text) && isTitleWord(prev.text))) return { kind: 'role-before', word: w };
    if (SPEECH_VERBS.has(prev.text) && p.b > p.a) return { kind: 'said' };
    // "analysts at X", "an economist at X": people work at organizations.
    const role = units[p.a - 2];
    if (w === 'at' && role && role.sentence === prev.sentence && isWorkerNoun(role.initial ? role.text.toLowerCase() : role.text)) return { kind: 'at-employer' };
    // "He joined Xcorp in 2001", "she worked for Ycorp": the object of a verb of employment is an employer.
    const lone = p.a === p.b && !ctx.gaz.isGivenName(units[p.a].text) && ctx.placeKind(units[p.a].text) === undefined;
    if (lone && (EMPLOYMENT_VERBS.has(w) || ((w === 'for' || w === 'with') && role && role.sentence === prev.sentence && WORKED_VERBS.has(role.text.toLowerCase())))) {
      return { kind: 'at-employer' };
    }
    // "She worked at Dean Xworth", "six years at Ames Yardley": where someone works or spent years of a
    // career is an employer, a firm named after its founders too (a full name alone reads as a person).
    // Only "at": one works for or with a person, not at one ("worked at Ann Lee's bakery" is her shop).
    // Only names of two words or more: a lone word there is as often a place ("worked at Heathrow").
    if (w === 'at' && role && role.sentence === prev.sentence && AT_WORK_WORDS.has(role.text.toLowerCase()) && p.b > p.a && !possessiveAfter(ctx, p)) {
      return { kind: 'at-employer' };
    }
    // "She joined Ames Yardley as an analyst": what one joins in a job is an employer, even a firm named
    // after people; "joined Ann Lee on stage" or "as co-host" names no job and stays a person.
    if (EMPLOYMENT_VERBS.has(w) && p.b > p.a && joinedAsWorker(ctx, p)) return { kind: 'at-employer' };
    // "the company Xcorp", "the band Ylarks": a noun for a firm or body right before a lone name (after
    // an article or a possessive) says what it is.
    if (p.a === p.b && (ORG_NOUNS.has(prev.text) || COPULA_ORG_NOUNS.has(prev.text)) && role && role.sentence === prev.sentence &&
        WORK_DETERMINERS.has(role.text.toLowerCase()) && !ctx.gaz.isGivenName(units[p.a].text)) return { kind: 'org-apposition' };
  }
  if (addressed(ctx, p)) return { kind: 'vocative' };
  if (sameSentence(next)) {
    // "X said": a person for a full name; a lone word may be an organization ("Hamas said").
    if (SPEECH_VERBS.has(next.text) && p.b > p.a) return { kind: 'said' };
    // "Zentrix said": an unknown lone word that speaks is a body more often than a person never
    // introduced by full name (whose surname would inherit PERSON from that name anyway).
    // "Dorsey said", "…," Okafor told: a surname of the people-name list speaks as a person (its full
    // name may be in another document); an ordinary word ("Apple said") or a place stays a body.
    // "Officials in Xgrad said": after "in"/"near" the lone name is where the speakers are, not who speaks.
    const located = sameSentence(prev) && (prev.text === 'in' || prev.text === 'near') && p.b === p.a;
    if ((SAYS.has(next.text) || SPEECH_VERBS.has(next.text)) && p.b === p.a && !located && !nounTitle(ctx, p.a, p.b + 1)) {
      const w = units[p.a].text;
      if ((ctx.gaz.isPersonName(w) || ctx.gaz.isGivenName(w)) && (!ctx.gaz.isCommonWord(w) || ctx.gaz.isGivenName(w)) && ctx.placeKind(w) === undefined) {
        return { kind: 'said-surname' };
      }
      // "Thistlewood said he …": a personal pronoun after the verb speaks for a person.
      if (personalPronounAfter(ctx, p.b + 2, next.sentence)) return { kind: 'said-surname' };
      // "Kowalczyk said": a word shaped like a surname ("-son", "-ski", "-enko", "-field" …) that no
      // list knows speaks as a person. (A quotation before the name says little: bodies are quoted too.)
      if (SURNAME_SHAPE.test(w) && !ctx.gaz.isCommonWord(w) && !ctx.gaz.isCompanyWord(w) && ctx.placeKind(w) === undefined) return { kind: 'said-surname' };
      if (SAYS.has(next.text)) return { kind: 'said-single' };
    }
    // "Carys X, a nurse,", "X was born in 1902", "X died": a person, for a name of two or more words.
    if (p.b > p.a && personAfter(ctx, p.b + 1)) return { kind: 'person-after' };
    // "Tamsin, his sister, …", "Okafor-Lind, the former finance minister, said": a lone name too, by a
    // kin or role apposition (a surname whose full name is only in another document).
    if (p.a === p.b && (kinApposition(ctx, p.b + 1) || (next.text === ',' && personAfter(ctx, p.b + 1, true)))) return { kind: 'person-after' };
    // "X's wife", "X's debut novel": kin and works belong to people.
    if (/^['’]s$/.test(next.text) && personalAfterPossessive(ctx, p.b + 2)) return { kind: 'person-after' };
    // "X's chief executive", "X's shares", "X's spokesman": what only a body has.
    if (/^['’]s?$/.test(next.text) && bodyAfterPossessive(ctx, p.b + 2)) return { kind: 'member-noun', word: units[p.b + 2].text };
    // "X is a village", "X, a market town in …": a lone unknown word that the sentence calls a place.
    if (p.a === p.b && placeApposition(ctx, p.b + 1)) return { kind: 'place-apposition' };
    // "Maison Lune, a perfume house,": a name the sentence calls a firm, whatever its words look like
    // (its first word may be a given name too: the apposition's noun and what follows it decide).
    if (orgApposition(ctx, p.b + 1)) return { kind: 'org-apposition' };
    if (next.text === ',') {
      const after = units[p.b + 2];
      const closing = units[p.b + 3];
      const closes = !closing || closing.sentence !== next.sentence || /^[,.;:)\]]$/.test(closing.text);
      if (after && closes && after.sentence === next.sentence && ctx.placeKind(after.text) !== undefined && !units.slice(p.a, p.b + 1).some((u) => ctx.gaz.isGivenName(u.text))) {
        const k = ctx.placeKind(after.text);
        if (k === 'state' || k === 'country' || k === 'abbreviation') return { kind: 'place-comma' };
      }
    }
  }
  // "Near X, …" opening a sentence counts as "near X".
  const opening = prev !== undefined && (prev.initial || /^[.!?]$/.test(units[p.a - 2]?.text ?? '.'));
  const prep = opening ? prev.text.toLowerCase() : prev?.text;
  if (sameSentence(prev) && prep !== undefined && PLACE_PREPOSITIONS.has(prep) && (prep === 'in' || prep === 'near' || prep === 'outside' || prep === 'across' || prep === 'throughout')) {
    // "Excellence in Investigative Reporting", "a degree in Civil Engineering": dictionary words ending
    // in a gerund name a field of work, not a place (a town of that shape is in the gazetteer).
    const last = units[p.b].text;
    const field = p.b > p.a && /ing$/.test(last) && ctx.placeKind(ctx.spanText(p.a, p.b)) === undefined &&
      units.slice(p.a, p.b + 1).every((u) => ctx.gaz.isCommonWord(u.text) && ctx.placeKind(u.text) === undefined);
    if (!field) return { kind: 'place-preposition', word: prep };
  }
  // "the village of X", "the province of Y": a settlement's or region's noun before "of" names a place
  // ("the town of X's mayor" too; "the county of" stays out of organizations' names, which are cut before "of").
  const placeNoun = units[p.a - 2];
  if (sameSentence(prev) && prev.text === 'of' && placeNoun !== undefined && placeNoun.sentence === prev.sentence && PLACE_NOUNS.has(placeNoun.text) &&
      units[p.a - 3]?.text.toLowerCase() === 'the') {
    return { kind: 'place-apposition' };
  }
  // "moved to X", "flew into X", "the road from Y": a verb or noun of travel makes "to"/"from" a preposition of place.
  const travel = units[p.a - 2];
  if (sameSentence(prev) && (prev.text === 'to' || prev.text === 'into' || prev.text === 'from') && travel !== undefined && travel.sentence === prev.sentence && TRAVEL_WORDS.has(travel.text.toLowerCase())) {
    return { kind: 'place-preposition', word: prev.text };
  }
  // "He visited X last spring", "toured Y": a lone word that no name or word list knows, visited, is a
  // place (a person visited is written in full, or is a known name).
  if (p.a === p.b && sameSentence(prev) && VISIT_VERBS.has(prev.text.toLowerCase()) && unlistedWord(ctx, units[p.a].text)) {
    return { kind: 'place-preposition', word: prev.text };
  }
  return undefined;
}

/** Verbs whose object is most often a place. */
const VISIT_VERBS = new Set(['visited', 'visit', 'visits', 'visiting', 'toured', 'tour', 'tours', 'touring']);

/** A capitalized word in none of the gazetteer's lists: no given name, person's or company's name, ordinary word or acronym. */
function unlistedWord(ctx: Context, w: string): boolean {
  const { gaz } = ctx;
  return /^\p{Lu}\p{Ll}+$/u.test(w) && !gaz.isGivenName(w) && !gaz.isPersonName(w) && !gaz.isCompanyWord(w) && !gaz.isCommonWord(w);
}


function hasPersonParticle(ctx: Context, p: Piece): boolean {
  const { units, gaz } = ctx;
  const first = units[p.a].text;
  const placeLead = PLACE_ARTICLES.has(first) || PLACE_PREFIXES.has(first) || PLACE_MODIFIERS.has(first) || ctx.placeKind(first) !== undefined;
  for (let k = p.a + 1; k < p.b; k++) {
    const w = units[k].text;
    // "Marine Le Pen", "Kevin De Vries": a capitalized particle after a first word opens a surname.
    if (!placeLead && w !== w.toLowerCase() && CAPITAL_PARTICLES.has(w)) return true;
    if (!NAME_PARTICLES.has(w) || w === 'y' || w === 'e') continue;
    if (PERSON_PARTICLES.has(w)) return true;
    // "Maria Luiza Prado de Souza": two or more name words before a Romance particle, none of them
    // a dictionary word, read as given names and a family name.
    if (k - p.a < 2) return false;
    for (let j = p.a; j < k; j++) {
      const kind = ctx.placeKind(units[j].text);
      if (gaz.isCommonWord(units[j].text) || (kind !== undefined && kind !== 'city')) return false;
    }
    return true;
  }
  return false;
}


function isWorkerNoun(w: string): boolean {
  if (!/^\p{Ll}/u.test(w)) return false;
  const singular = w.endsWith('s') ? w.slice(0, -1) : w;
  return ROLE_WORDS.has(w) || ROLE_WORDS.has(singular) || WORKER_NOUNS.has(singular) || WORKER_NOUNS.has(w);
}


/** "North Oakland", "Grande Terre": a given name that is also a word, before a place or a word. */
function ambiguousGiven(ctx: Context, p: Piece): boolean {
  const first = ctx.units[p.a].text;
  // "North Yorkshire", "West Orlin": a compass word before a name makes a region, not a person.
  if (p.b > p.a && PLACE_MODIFIERS.has(first) && !ctx.gaz.isGivenName(ctx.units[p.a + 1].text)) return true;
  const firstCommon = ctx.gaz.isCommonWord(first);
  if (!firstCommon && ctx.placeKind(first) === undefined) return false;
  if (p.a === p.b) return true;
  const second = ctx.units[p.a + 1].text;
  // "Adam Smith" stays a person although Adam is also a town; "North Oakland" is a place.
  return ctx.placeKind(second) !== undefined || PLACE_HEADS.has(second) || (firstCommon && ctx.gaz.isCommonWord(second));
}


const DASHES = new Set(['-', '—', '–', '--']);
const MONTHS = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$/;
const SHOUTED = /^[\p{Lu}\d.'’]+$/u;

/**
 * The word that makes a span a sports club, if any: a club's last word ("Xtown United", "Yford
 * Rovers", CLUB_TAILS) after a word that is no lone first name ("Ann United" may be a person's odd name).
 */
function teamTail(ctx: Context, p: Piece): string | undefined {
  const { units, gaz } = ctx;
  if (p.a === p.b || p.b - p.a > 3) return undefined;
  const last = units[p.b].text;
  if (!CLUB_TAILS.has(last)) return undefined;
  return p.b - 1 === p.a && gaz.isGivenName(units[p.a].text) ? undefined : last;
}

/** "Xlandian", "Ylandic", "Zese": an adjective of a known place (the place itself may be a dictionary word too). */
function placeAdjective(ctx: Context, w: string): boolean {
  if (!/(?:an|ic|ese)$/.test(w) || w.length < 6) return false;
  return [w.slice(0, -1), w.slice(0, -2), w.slice(0, -3), `${w.slice(0, -3)}a`].some((s) => s.length > 3 && ctx.placeKind(s) !== undefined);
}

/** Nouns of a news outlet after "news" ("X news agency"). */
const NEWS_OUTLET_NOUNS = new Set(['agency', 'service', 'network', 'channel', 'website', 'outlet', 'organisation', 'organization']);

/** Lower-case words that qualify a job ("chief executive", "managing director", "finance minister"). */
const JOB_QUALIFIERS = new Set(['chief', 'executive', 'managing', 'deputy', 'vice', 'general', 'senior', 'acting', 'interim', 'finance',
  'financial', 'operating', 'foreign', 'economy', 'trade', 'defence', 'defense', 'interior', 'press', 'top']);
/** ROLE_WORDS that name kin and company kept, not jobs: "X wife Y" is no employer. */
const NOT_JOBS = new Set(['wife', 'husband', 'son', 'daughter', 'father', 'mother', 'brother', 'sister', 'uncle', 'aunt', 'cousin', 'friend',
  'neighbor', 'neighbour', 'colleague', 'partner', 'king', 'queen', 'prince', 'princess', 'pope']);

/**
 * The span is followed by a job in lower case (one to three words, a ROLE_WORDS job last or first:
 * "chief executive", "spokesman", "managing director") and then a capitalized name: the span is who
 * the person works for. Places ("Xtown mayor Y"), dictionary words ("Opposition leader Y") and
 * initial pronoun-like words are left out.
 */
function employerBeforeJob(ctx: Context, p: Piece): boolean {
  const { units, gaz } = ctx;
  const sentence = units[p.b].sentence;
  let k = p.b + 1;
  let jobs = 0;
  while (k <= p.b + 3 && units[k] && units[k].sentence === sentence && /^\p{Ll}+$/u.test(units[k].text)) {
    const w = units[k].text;
    if (ROLE_WORDS.has(w) && !NOT_JOBS.has(w)) jobs++;
    else if (!JOB_QUALIFIERS.has(w)) return false;
    k++;
  }
  const name = units[k];
  if (jobs === 0 || !name || name.sentence !== sentence || !/^\p{Lu}\p{Ll}/u.test(name.text) || ctx.text.slice(units[k - 1].end, name.start) !== ' ') return false;
  if (!gaz.isGivenName(name.text) && !/^\p{Lu}\p{Ll}/u.test(units[k + 1]?.text ?? '')) return false;
  if (ctx.placeKind(ctx.keyText(p.a, p.b)) !== undefined || gaz.isDemonym(ctx.keyText(p.a, p.b))) return false;
  return !(p.a === p.b && gaz.isCommonWord(units[p.a].text));
}

const ISO_DATE = /^(?:1[89]|20)\d\d-[01]\d-[0-3]\d$/;

/**
 * A wire dateline written as the archives of the news agencies keep it: a place in capitals opening
 * its line, then only a numeric date ("OSTRAVIK 1997-03-14"). The date says it is a dateline even when
 * the gazetteer does not know the place (a small town, an exonym), so every word must be shouted and
 * the line must end after the date.
 */
function isoDatelineDate(ctx: Context, p: Piece): boolean {
  const { units, text } = ctx;
  const date = units[p.b + 1];
  if (!date || !ISO_DATE.test(date.text) || p.b - p.a > 3) return false;
  if (text.slice(units[p.b].end, date.start).includes('\n')) return false;
  const after = units[p.b + 2];
  if (after && !text.slice(date.end, after.start).includes('\n')) return false;
  for (let k = p.a; k <= p.b; k++) {
    const w = text.slice(units[k].start, units[k].end);
    if (!SHOUTED.test(w) || !/\p{Lu}{2}/u.test(w)) return false;
  }
  return true;
}

/**
 * Wire datelines: "SAN FRANCISCO, March 3 (Agency) -", "BERLIN (Agency) —". The capitals opening a
 * line before a comma, a parenthesis or a dash name the place of the story; a lone name in
 * parentheses right before the dash, near the start of the line, is the news agency.
 */
function datelineRole(ctx: Context, p: Piece): Cue | undefined {
  const { units, text } = ctx;
  const first = units[p.a];
  const next = units[p.b + 1];
  if (!next) return undefined;
  if (first.lineStart && (next.text === ',' || next.text === '(' || DASHES.has(next.text))) {
    let shouted = true;
    for (let k = p.a; k <= p.b && shouted; k++) {
      const w = text.slice(units[k].start, units[k].end);
      shouted = SHOUTED.test(w) && /\p{Lu}{2}/u.test(w);
    }
    // A shouted name before a comma could be a letter's addressee: then the comma must lead on to a
    // date or a place, as datelines do.
    const follow = units[p.b + 2];
    // A heading before a dash ("CONGRESSIONAL RECORD —") is no dateline unless it names a known place.
    const cased = ctx.keyText(p.a, p.b).replace(/\p{L}+/gu, (w) => w[0] + w.slice(1).toLowerCase());
    // "ROSALIND X (1899-1971)": years in the parenthesis date a life, not a wire story.
    const datelike = (next.text === '(' && units[p.b + 2]?.kind !== 'number') ||
      (next.text === ',' && follow !== undefined && (MONTHS.test(follow.text) || ctx.placeKind(follow.text) !== undefined)) ||
      (DASHES.has(next.text) && ctx.gaz.place(cased) !== undefined);
    if (shouted && datelike) return { kind: 'dateline' };
  }
  if (first.lineStart && isoDatelineDate(ctx, p)) return { kind: 'dateline' };
  const open = units[p.a - 1];
  const after = units[p.b + 2];
  if (open?.text === '(' && next.text === ')' && after && DASHES.has(after.text) && p.b - p.a <= 2 && !text.slice(next.end, after.start).includes('\n')) {
    // The parenthesis sits within the first few words of its line.
    let k = p.a - 1;
    let steps = 0;
    while (k > 0 && !units[k].lineStart && steps < 8) { k--; steps++; }
    if (units[k].lineStart && steps < 8) return { kind: 'dateline-agency' };
  }
  return undefined;
}
