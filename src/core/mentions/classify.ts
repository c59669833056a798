// Turns one piece of a run into typed candidates: cuts titles (implying a person), drops nationality
// adjectives, splits glued names ("<place> <person>", "<acronym> <person>"), then types what is left
// from head nouns, gazetteers, given names and context.
import type { EntityType } from '../types';
import { type Candidate, GOOD, STRONG, WEAK } from './candidate';
import type { Context } from './context';
import {
  COMMON_ACRONYMS, DOCUMENT_HEADS, EVENT_PREFIXES, NAME_PARTICLES, EVENT_HEADS, ORG_FOLLOWERS, ORG_HEADS, PLACE_FOLLOWERS, TITLE_MODIFIERS, PEOPLE_WORDS, PLACE_ARTICLES, PLACE_MODIFIERS, SINGLE_PERSONS, PLACE_HEADS, PLACE_PREFIXES, PLACE_PREPOSITIONS, ROLE_WORDS, SINGLE_ORGS, SPEECH_VERBS, TITLES,
  CLUB_WORDS, CLOSINGS, PRODUCT_HEADS, VESSEL_PREFIXES,
} from './lexicon';
import { findTitle, headOf, isTitleWord, type JoinMode, type Piece, ROYAL_TITLES, splitRun } from './segment';
import { touchesOnLine } from './units';
import { isAcronym, isPluralAcronym } from './words';

interface Typed {
  type: EntityType;
  strength: number;
  evidence: string;
  core?: string;
}

export function classifyPiece(ctx: Context, piece: Piece, out: Candidate[], needsEvidence = false): void {
  const { units, gaz } = ctx;
  const { b } = piece;
  let { a } = piece;
  if (a > b) return;

  const cut = findTitle(ctx, piece);
  if (cut) {
    const title = ctx.spanText(cut.titleA, cut.titleB);
    let prefixDescriptor = cut.titleA > a ? ctx.spanText(a, cut.titleB) : title;
    const before = units[a - 1];
    if (before && before.sentence === units[a].sentence && TITLE_TIME_WORDS.has(before.text)) prefixDescriptor = `${before.text} ${prefixDescriptor}`;
    if (cut.titleA > a) classifyTitlePrefix(ctx, a, cut.titleA - 1, cut.nameA <= b, out);
    // "President of the United States": the object is a name of its own.
    if (cut.objectA >= 0) for (const sub of splitRun(ctx, [cut.objectA, cut.objectB])) classifyPiece(ctx, sub, out, cut.nameA <= b);
    // "… of the Allied Council Secretary-General": a name ending in a title is another office, and
    // what precedes that title is its organization, not a person.
    let lastName = b;
    while (lastName >= cut.nameA && (isTitleWord(units[lastName].text) || TITLE_MODIFIERS.has(units[lastName].text))) lastName--;
    if (cut.nameA <= b && lastName < b) {
      if (cut.nameA <= lastName) classifyTitlePrefix(ctx, cut.nameA, lastName, false, out);
      return;
    }
    if (cut.nameA <= b) {
      const nameA = skipDemonyms(ctx, cut.nameA, b);
      // "Chief Guest", "Vice Presidency", "Professor of Intellectual Property": a modifier or a title
      // with an object before a lone dictionary word names nobody ("President Trump" still does).
      const weakTitle = cut.titleA === cut.titleB ? TITLE_MODIFIERS.has(units[cut.titleA].text) : / (?:of|for) /.test(title);
      const loneWord = weakTitle && nameA === b && gaz.isCommonWord(units[b].text) && !gaz.isGivenName(units[b].text);
      if (nameA <= b && !loneWord) {
        const c = typeSpan(ctx, { a: nameA, b, mode: null });
        // A title outranks everything but a head noun ("President Hotel" stays a place).
        const officeAndGiven = nameA < b && gaz.isGivenName(units[nameA].text) && !ROYAL_TITLES.has(units[cut.titleA].text);
        if (c.strength < STRONG || c.type === 'PERSON' || c.evidence.startsWith('given') || officeAndGiven) {
          c.type = 'PERSON';
          c.strength = STRONG;
          c.evidence = `title:${title}`;
          c.deferred = false;
        }
        c.descriptors.push(prefixDescriptor);
        out.push(c);
      }
    }
    return;
  }

  // Nationality adjectives in front of a name that is not an organization ("Iraqi Nouri al Maliki").
  const headText = units[headOf(ctx, piece)].text;
  const headed = b > a && (ORG_HEADS.has(headText) || PLACE_HEADS.has(headText) || piece.mode === 'org' || piece.mode === 'place');
  if (!headed) a = skipDemonyms(ctx, a, b);
  if (a > b) return;
  if (!headed && b > a) {
    const e = dropTrailingPeopleWords(ctx, a, b);
    if (e < b) {
      classifyPiece(ctx, { a, b: e, mode: null }, out, needsEvidence);
      return;
    }
  }

  // Glued runs: "<place> <Given Surname>", "<ACRONYM> <Given Surname>", "<Noun> <Given Surname>".
  if (!headed && b - a >= 2) {
    for (let k = Math.min(a + 3, b - 1); k >= a; k--) {
      // "Marine Le Pen": a capitalized particle is a surname's first part, not a first name.
      if (!gaz.isGivenName(units[k + 1].text) || gaz.isGivenName(units[a].text) || NAME_PARTICLES.has(units[k + 1].text.toLowerCase())) continue;
      const prefix = ctx.keyText(a, k);
      const gluedPlace = ctx.placeKind(prefix) !== undefined;
      const gluedAcronym = k === a && isAcronym(units[a].text);
      const gluedNoun = k === a && (units[a].pos === 'NOUN' || gaz.isCommonWord(units[a].text)) && !ctx.placeKind(units[a].text) && !PLACE_MODIFIERS.has(units[a].text);
      if (gluedPlace || gluedAcronym || gluedNoun) {
        if (!gluedNoun) classifyPiece(ctx, { a, b: k, mode: null }, out);
        classifyPiece(ctx, { a: k + 1, b, mode: piece.mode }, out, needsEvidence);
        return;
      }
    }
  }

  if (a === b && (gaz.isCurrency(units[a].text) || isAdjectiveUse(ctx, a) || COMMON_ACRONYMS.has(units[a].text) || isPluralAcronym(units[a].text))) return;
  if (b > a && gaz.isDemonym(ctx.keyText(a, b))) return;
  if (isResidentsWord(ctx, ctx.keyText(a, b))) return;
  // A lone letter or a lone prefix ("N", "St.") names nothing.
  if (a === b && (units[a].text.replace(/\.$/, '').length < 2 || PLACE_PREFIXES.has(units[a].text) || COMMON_ACRONYMS.has(units[a].text.split(/[-‐‑]/)[0]))) return;
  // "USS Talbot": a ship.
  if (b > a && VESSEL_PREFIXES.has(units[a].text)) return;
  // "Air Xland", "Real Ytown", "AC Ztown": an organization named after a place is one name.
  if (!headed && placeNamedOrg(ctx, a, b)) {
    if (!needsEvidence) out.push({ a, b, type: 'ORG', strength: GOOD, evidence: 'place-named', descriptors: [], deferred: false });
    return;
  }
  // "S65", "A64": a letter-and-number code is a road after "the" ("the A64"), else a page or a model.
  if (a === b && CODE.test(units[a].text)) {
    const prev = units[a - 1];
    const roadName = prev?.text === '(' && PLACE_HEADS.has(units[a - 2]?.text ?? '');
    if (prev && prev.sentence === units[a].sentence && (/^(?:the|The)$/.test(prev.text) || roadName)) out.push({ a, b, type: 'PLACE', strength: GOOD, evidence: 'road-number', descriptors: [], deferred: false });
    return;
  }
  // "Transforming Kenya": a dictionary word glued to a known place.
  if (!headed && b > a && gaz.isCommonWord(units[a].text) && !gaz.isGivenName(units[a].text) && !PLACE_MODIFIERS.has(units[a].text) &&
      !PLACE_PREFIXES.has(units[a].text) && !PLACE_ARTICLES.has(units[a].text) && ctx.placeKind(ctx.keyText(a, b)) === undefined) {
    const restKind = ctx.placeKind(ctx.keyText(a + 1, b));
    if (restKind !== undefined && restKind !== 'city') {
      classifyPiece(ctx, { a: a + 1, b, mode: null }, out, needsEvidence);
      return;
    }
  }
  // "UNESCO World Heritage Site", "FAA Safety Rules": an acronym before ordinary words is a name
  // of its own; the words are a common noun phrase unless a head noun makes them a name.
  if (!headed && b > a + 1 && isAcronym(units[a].text) && !isAcronym(units[a + 1].text) && allCommon(ctx, { a: a + 1, b, mode: null })) {
    classifyPiece(ctx, { a, b: a, mode: null }, out, needsEvidence);
    return;
  }
  // "U.N. Iraq chief": acronyms and known places side by side are separate names.
  if (!headed && b > a && ctx.placeKind(ctx.keyText(a, b)) === undefined && allAcronymsOrPlaces(ctx, a, b)) {
    for (let k = a; k <= b; k++) classifyPiece(ctx, { a: k, b: k, mode: null }, out, needsEvidence);
    return;
  }
  const c = typeSpan(ctx, { a, b, mode: piece.mode });
  if (needsEvidence && c.strength < STRONG) return;
  if (isWorkTitle(ctx, a, b, c)) return;
  if (c.evidence === 'document') return;
  if (isModelName(ctx, a, b, c)) return;
  out.push(c);
}

/**
 * The words before a title: "Saudi Crown Prince X" (a nationality, even when it spells a country),
 * "Ohio Governor X" (a place), "Acme Chief Executive X" (without other cues, the employer).
 */
function classifyTitlePrefix(ctx: Context, a: number, b: number, nameFollows: boolean, out: Candidate[]): void {
  while (a <= b && isPeopleWord(ctx, ctx.units[a].text)) a++;
  if (a > b) return;
  if (!nameFollows) {
    classifyPiece(ctx, { a, b, mode: null }, out, false);
    return;
  }
  const pre: Candidate[] = [];
  classifyPiece(ctx, { a, b, mode: null }, pre, false);
  for (const c of pre) {
    if (c.strength < STRONG) {
      // Only the words right before the title are its employer, and never a first name.
      // Portfolios are dictionary words ("Foreign Affairs Minister"), and capitals say little in a
      // headline.
      if (c.b !== b || c.evidence.startsWith('given') || c.evidence.startsWith('context:role') || c.evidence === 'default:common-words' || ctx.units[c.a].headline) continue;
      c.type = 'ORG';
      c.strength = GOOD;
      c.evidence = 'title-employer';
      c.deferred = false;
    }
    out.push(c);
  }
}

/**
 * "Zentrix 9", "XQ 500", "Valdo Pro 14": a name glued to a model number names a product or an
 * index, which is none of the three types. Heads and strong cues keep their reading ("Terminal 4",
 * "Route 66" are inside the name already); a year after a name ("Expo 2030") is left alone too.
 */
function isModelName(ctx: Context, a: number, b: number, c: Candidate): boolean {
  const { units, text } = ctx;
  const next = units[b + 1];
  if (!next || next.kind !== 'number' || next.sentence !== units[b].sentence || !touchesOnLine(text, units[b], next)) return false;
  if (c.strength >= STRONG || c.type === 'PLACE' || /^(?:1[89]|20)\d\d$/.test(next.text)) return false;
  const after = units[b + 2];
  // "Acme 21, Globex 14": a score, not a model.
  if (after && (after.text === ',' || after.text === '-' || after.text === '–')) return false;
  void a;
  return true;
}

function skipDemonyms(ctx: Context, a: number, b: number): number {
  const { units, gaz } = ctx;
  while (a <= b && isPeopleWord(ctx, units[a].text) && ctx.placeKind(units[a].text) === undefined) {
    // "Christian Okoro": a people word that is also a first name, before a word that is no
    // dictionary or people word, is the first name.
    const w = units[a].text;
    const next = units[a + 1]?.text ?? '';
    if (a < b && gaz.isGivenName(w) && !isPeopleWord(ctx, next) && !gaz.isCommonWord(next)) break;
    a++;
  }
  return a;
}

/** "a Vermont Democrat", "Ohio Republicans": a party or people word after a place leaves the place. */
function dropTrailingPeopleWords(ctx: Context, a: number, b: number): number {
  let e = b;
  while (e > a && isPeopleWord(ctx, ctx.units[e].text) && ctx.placeKind(ctx.units[e].text) === undefined) e--;
  if (e === b || ctx.placeKind(ctx.keyText(a, e)) === undefined) return b;
  return e;
}

const CITY_NAMED_ORGS = new Set(['party', 'group', 'movement', 'militia', 'faction', 'company', 'firm', 'newspaper', 'brand', 'label', 'coalition', 'alliance']);

/** Lower-case words that belong to a title ("former New York Mayor"). */
const TITLE_TIME_WORDS = new Set(['former', 'then', 'late', 'acting', 'retired', 'current', 'outgoing', 'incoming', 'interim', 'deputy', 'senior']);

const isPeopleWord = (ctx: Context, w: string) => ctx.gaz.isDemonym(w) || PEOPLE_WORDS.has(w);

function typeSpan(ctx: Context, p: Piece): Candidate {
  const t = typeOf(ctx, p);
  // "the Islamic State group", "the Acme company": the noun after the name says organization.
  const next = ctx.units[p.b + 1];
  const follower = next && next.sentence === ctx.units[p.b].sentence ? next.text : '';
  const followerType = ORG_FOLLOWERS.has(follower) ? 'ORG' : PLACE_FOLLOWERS.has(follower) ? 'PLACE' : undefined;
  // A small town's name is also a party's or a firm's ("the ruling X party"); a big place's is not.
  const cityOrg = t.evidence === 'gazetteer:city' && CITY_NAMED_ORGS.has(follower);
  if (followerType && t.type !== followerType && (t.strength < STRONG || t.evidence.startsWith('head:')) && (cityOrg || !/^gazetteer|^title|^given|^initials/.test(t.evidence))) {
    t.type = followerType;
    t.strength = GOOD;
    t.evidence = `context:${follower}`;
  }
  const single = p.a === p.b;
  const u = ctx.units[p.a];
  // A lone first word of a sentence without a strong cue, and a weak guess inside a title-case line,
  // wait for the document to confirm them elsewhere.
  // A first name from the curated lists that is no ordinary word or place ("Mary is working…") is kept.
  const plainGiven = t.evidence.startsWith('given') && !ctx.gaz.isCommonWord(u.text) && ctx.placeKind(u.text) === undefined && !u.headline;
  const deferred = (single && u.initial && t.strength < STRONG && !t.evidence.startsWith('context') && !plainGiven) || (u.headline && t.strength < GOOD);
  return { a: p.a, b: p.b, type: t.type, strength: t.strength, evidence: t.evidence, descriptors: [], deferred, core: t.core };
}

/** Heads of names of meetings, events when a place opens the name ("Xtown Conference"). */
const MEETING_HEADS = new Set(['Conference', 'Forum', 'Summit', 'Talks', 'Congress', 'Convention', 'Symposium', 'Expo']);

/** Nouns that introduce the title of a work ("the film X", "her novel Y", "the album Z"). */
const WORK_NOUNS = new Set(['film', 'movie', 'novel', 'book', 'album', 'song', 'single', 'series', 'sitcom', 'show', 'play',
  'opera', 'musical', 'poem', 'painting', 'documentary', 'memoir', 'biography', 'essay', 'video', 'game', 'episode', 'track',
  'collection', 'anthology', 'exhibition', 'sculpture', 'symphony', 'ballet', 'comic', 'manga', 'anime', 'podcast', 'blog', 'app']);

/**
 * The title of a work: a name right after a work noun ("the film X"), or a title-case name of two or
 * more words filling a pair of quotation marks ('"The Long Road"') with nothing but a weak guess for
 * it. Works are none of our three types.
 */
function isWorkTitle(ctx: Context, a: number, b: number, c: Candidate): boolean {
  const { units } = ctx;
  const prev = units[a - 1];
  if (prev && prev.sentence === units[a].sentence && WORK_NOUNS.has(prev.text) && !c.evidence.startsWith('title')) return true;
  if (b === a || c.strength >= STRONG) return false;
  const open = units[a - 1];
  const close = units[b + 1];
  return open !== undefined && close !== undefined && OPEN_QUOTES.has(open.text) && CLOSE_QUOTES.has(close.text);
}

const OPEN_QUOTES = new Set(['"', '“', '‘', "'", '«']);
const CLOSE_QUOTES = new Set(['"', '”', '’', "'", '»']);

/** "S65", "A64", "M1": one or two capitals and digits. "G7", "G20" are groups of countries. */
const CODE = /^(?!G\d{1,2}$)\p{Lu}{1,2}\d{1,4}\p{Lu}?$/u;

/**
 * "Air Xland", "Environment Xland" (an ordinary noun before a place), "Real Ytown" (a club word), "AC
 * Ztown" (a short acronym before a city), two words in all: the name of an organization, not the place.
 * Adjectives ("Rural Xland") and verbs ("Transforming Xland") leave the place.
 */
function placeNamedOrg(ctx: Context, a: number, b: number): boolean {
  if (b !== a + 1) return false;
  const { units, gaz } = ctx;
  const w = units[a].text;
  const placeWord = units[b].text;
  const kind = ctx.placeKind(placeWord);
  if (kind === undefined || ctx.placeKind(ctx.keyText(a, b)) !== undefined || units[a].hyphenated) return false;
  if (CLUB_WORDS.has(w)) return true;
  if (isAcronym(w)) return w.length <= 3 && ctx.placeKind(w) === undefined && (kind === 'city' || kind === 'majorCity' || kind === 'capital');
  // A small town shares its name with too many things; the noun rule needs a well-known place.
  if (kind === 'city' || !gaz.isCommonWord(w) || gaz.isGivenName(w) || gaz.isDemonym(w) || PEOPLE_WORDS.has(w) || NAME_PARTICLES.has(w.toLowerCase())) return false;
  if (PLACE_MODIFIERS.has(w) || PLACE_PREFIXES.has(w) || PLACE_ARTICLES.has(w) || PLACE_HEADS.has(w) || ORG_HEADS.has(w) || isTitleWord(w)) return false;
  return gaz.wordClass(w) === undefined;
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

/**
 * "By Ann Pellow" opening a line (a byline), and a name alone on the line after a letter's closing
 * ("Yours,\nBill"): the writer, a person.
 */
function signatureOrByline(ctx: Context, p: Piece): Typed | undefined {
  const { units, text } = ctx;
  if (p.b - p.a > 3) return undefined;
  const prev = units[p.a - 1];
  if (prev && (prev.text === 'By' || prev.text === 'by') && ROW_START.test(text.slice(text.lastIndexOf('\n', prev.start - 1) + 1, prev.start))) {
    const next = units[p.b + 1];
    if (!next || /\n/.test(text.slice(units[p.b].end, next.start)) || next.text === ',' || next.text === '|') return { type: 'PERSON', strength: STRONG, evidence: 'byline' };
  }
  // "Dear Jean:", "Dear Ana Ruiz,": a letter's salutation names its addressee.
  if (prev && (prev.text === 'Dear' || prev.text === 'Dearest') && /^[,:]$/.test(units[p.b + 1]?.text ?? '') && (p.b > p.a || !ctx.gaz.isCommonWord(units[p.a].text) || ctx.gaz.isGivenName(units[p.a].text))) {
    return { type: 'PERSON', strength: STRONG, evidence: 'salutation' };
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
  return { type: 'PERSON', strength: STRONG, evidence: 'signature' };
}

/** Space, a bullet or a number before a row's first word. */
const ROW_START = /^[\s\-–—•*·\d.)]*$/u;

/** "told Xagency", "according to Xagency": who is told or cited by one name is a news outlet. */
function agencyContext(ctx: Context, p: Piece): Typed | undefined {
  const { units, gaz } = ctx;
  const prev = units[p.a - 1];
  if (!prev || prev.sentence !== units[p.a].sentence) return undefined;
  const cited = prev.text === 'told' || (prev.text === 'to' && /^[Aa]ccording$/.test(units[p.a - 2]?.text ?? ''));
  if (!cited || p.b !== p.a) return undefined;
  const w = units[p.a].text;
  const kind = ctx.placeKind(w);
  if (gaz.isGivenName(w) || gaz.isPersonName(w) || kind === 'country' || kind === 'state' || kind === 'region') return undefined;
  return { type: 'ORG', strength: GOOD, evidence: `context:${prev.text === 'told' ? 'told' : 'according-to'}` };
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
  const next = units[p.b + 1];
  const acts = next !== undefined && next.sentence === units[p.b].sentence && (next.pos === 'VERB' || SPEECH_VERBS.has(next.text));
  if (acts && gaz.isCompanyWord(first) && !gaz.isPersonName(first)) return true;
  for (let k = p.b + 1; acts && k < units.length && k <= p.b + 25 && units[k].sentence === units[p.b].sentence; k++) {
    if (units[k].text === 'its') return true;
  }
  const last = units[p.b].text;
  return gaz.isCommonWord(last) && !gaz.isPersonName(last) && ctx.talksOfCompanies();
}

function typeOf(ctx: Context, p: Piece): Typed {
  const { units, gaz } = ctx;
  const text = ctx.keyText(p.a, p.b);
  const single = p.a === p.b;
  const first = units[p.a].text;
  const dateline = datelineRole(ctx, p);
  if (dateline) return dateline;
  const agency = agencyContext(ctx, p);
  if (agency) return agency;
  const signed = signatureOrByline(ctx, p);
  if (signed) return signed;
  // "OKAFOR: In 1998, …": a transcript's speaker label is a person.
  const colon = units[p.b + 1];
  if (colon?.text === ':' && units[p.a].lineStart && p.b - p.a <= 2 && ctx.speakerLabels().has(ctx.spanText(p.a, p.b)) && !gaz.isCommonWord(text)) {
    return { type: 'PERSON', strength: STRONG, evidence: 'speaker-label' };
  }
  const placeKind = ctx.placeKind(text);
  if (placeKind && placeKind !== 'city') return { type: 'PLACE', strength: STRONG, evidence: `gazetteer:${placeKind}` };

  if (!single) {
    const headK = headOf(ctx, p);
    const head = units[headK].text;
    const mode: JoinMode = p.mode;
    const rest = (x: number, y: number) => (x <= y ? ctx.keyText(x, y) : undefined);
    const namedThing = DOCUMENT_HEADS.has(head) || EVENT_HEADS.has(head) || EVENT_PREFIXES.has(first) || PRODUCT_HEADS.has(head);
    if (namedThing && !ORG_HEADS.has(head)) return { type: 'ORG', strength: 0, evidence: 'document' };
    // "Xtown Conference", "Xtown Energy Forum": a meeting named after its host city is an event.
    if (MEETING_HEADS.has(head) && ctx.placeKind(first) !== undefined && mode === null) return { type: 'ORG', strength: 0, evidence: 'document' };
    if (ORG_HEADS.has(head) && mode !== 'place') return { type: 'ORG', strength: STRONG, evidence: `head:${head}` };
    if (PLACE_HEADS.has(head) || mode === 'place') return { type: 'PLACE', strength: STRONG, evidence: `head:${head}` };
    // "Oxfam International Kenya", "Tata Group India": an organization's branch in a country.
    if (mode === null && ORG_HEADS.has(units[headK - 1]?.text ?? '') && headK - 1 > p.a && ctx.placeKind(head) !== undefined && ctx.placeKind(head) !== 'city') {
      return { type: 'ORG', strength: GOOD, evidence: `head-branch:${units[headK - 1].text}` };
    }
    if (PLACE_PREFIXES.has(first)) return { type: 'PLACE', strength: STRONG, evidence: `prefix:${first}`, core: rest(p.a + 1, p.b) };
    if (PLACE_MODIFIERS.has(first)) {
      const restKind = ctx.placeKind(ctx.keyText(p.a + 1, p.b));
      if (restKind) return { type: 'PLACE', strength: STRONG, evidence: `place-modifier:${first}` };
    }
    if (mode === 'org') return { type: 'ORG', strength: STRONG, evidence: `head:${head}` };
    // "People's X", "Women's Y": a possessive inside a name is the mark of an organization's name.
    for (let k = p.a + 1; k < p.b; k++) if (/^['’]s?$/.test(units[k].text)) return { type: 'ORG', strength: GOOD, evidence: 'possessive-name' };
    // "Harlow & Finch": an ampersand joins the names of a firm's founders.
    if (mode === null) for (let k = p.a + 1; k < p.b; k++) if (units[k].text === '&') return { type: 'ORG', strength: GOOD, evidence: 'ampersand' };
    if (placeKind) return { type: 'PLACE', strength: GOOD, evidence: 'gazetteer:city' };
  } else {
    if (SINGLE_ORGS.has(first)) return { type: 'ORG', strength: STRONG, evidence: 'institution' };
    if (SINGLE_PERSONS.has(first)) return { type: 'PERSON', strength: STRONG, evidence: 'being' };
    if (placeKind) return { type: 'PLACE', strength: GOOD, evidence: 'gazetteer:city' };
  }

  // "J.R.R. Tolkien", "W. Smith": initials before a surname.
  if (!single && /^(?:\p{Lu}\.){1,3}$/u.test(first) && ctx.placeKind(first) === undefined && !isAcronym(units[p.a + 1].text)) {
    return { type: 'PERSON', strength: GOOD, evidence: 'initials' };
  }
  let acronyms = 0;
  for (let k = p.a; k <= p.b; k++) if (isAcronym(units[k].text)) acronyms++;
  // "KAMALA HARRIS" inside normal prose: capitals for emphasis, not an acronym.
  const firstCased = first.length > 2 && acronyms === p.b - p.a + 1 && !single ? first[0] + first.slice(1).toLowerCase() : '';
  if (firstCased && (gaz.isGivenName(firstCased) || peopleNamesOnly(ctx, p))) return { type: 'PERSON', strength: GOOD, evidence: `given:${firstCased}` };
  if (acronyms > 0) return { type: 'ORG', strength: GOOD, evidence: 'acronym' };

  if (companyEvidence(ctx, p)) return { type: 'ORG', strength: GOOD, evidence: 'company' };
  const ctxType = contextType(ctx, p);
  if (ctxType && ctxType.strength >= GOOD) return ctxType;

  if (!single && PLACE_ARTICLES.has(first)) return { type: 'PLACE', strength: GOOD, evidence: `place-word:${first}` };
  if (gaz.isGivenName(first) && p.b - p.a <= 3 && !ambiguousGiven(ctx, p)) return { type: 'PERSON', strength: GOOD, evidence: `given:${first}` };
  // "Ana Lucia da Costa", "Khalid bin Hamad": a lower-case particle between capitalized words is the
  // mark of a personal name (places with particles come from the gazetteer or a place prefix).
  if (!single && hasPersonParticle(ctx, p)) return { type: 'PERSON', strength: GOOD, evidence: 'particle-name' };
  if (ctxType) return ctxType;
  if (peopleNamesOnly(ctx, p)) return { type: 'PERSON', strength: GOOD, evidence: 'people-names' };
  // "Manchester United", "Chicago Bulls": a place followed by a word that is no first name.
  if (!single && p.b - p.a <= 2 && ctx.placeKind(first) !== undefined && !gaz.isGivenName(first) && !gaz.isGivenName(units[p.a + 1].text)) {
    return { type: 'ORG', strength: WEAK + 0.5, evidence: 'place-named' };
  }
  if (!single && (PLACE_ARTICLES.has(first) || PLACE_MODIFIERS.has(first))) return { type: 'PLACE', strength: WEAK + 0.5, evidence: `place-word:${first}` };
  // A person's name is rarely made of dictionary words only ("Public Domain", "Social Security").
  if (!single && allCommon(ctx, p)) return { type: 'ORG', strength: 0, evidence: 'default:common-words' };
  if (single) return { type: 'ORG', strength: WEAK, evidence: 'default:single' };
  // "Harbour Porpoise", "Postdoctoral Research Fellow": a last word that is an ordinary word and no
  // surname of the people-name list, after no first name, makes a noun phrase, not a person.
  const last = units[p.b].text;
  if (p.b - p.a <= 2 && gaz.isCommonWord(last) && !gaz.isPersonName(last) && !gaz.isGivenName(first) && !gaz.isPersonName(first)) return { type: 'ORG', strength: 0, evidence: 'default:common-last' };
  if (p.b - p.a <= 2) return { type: 'PERSON', strength: WEAK, evidence: 'default:short' };
  return { type: 'ORG', strength: WEAK, evidence: 'default:long' };
}

/** Words around the name: "spokesman X", "said X", "X said", "in X", "X, <state>". */
function contextType(ctx: Context, p: Piece): Typed | undefined {
  const { units } = ctx;
  const prev = units[p.a - 1];
  const next = units[p.b + 1];
  const sameSentence = (u: typeof prev | undefined) => u !== undefined && u.sentence === units[p.a].sentence;
  // "in Aarhus", "from Reading, England": a town whose name is also a word, where the context says place.
  if (ctx.gaz.isWordCity(ctx.keyText(p.a, p.b))) {
    const after = units[p.b + 2];
    const placeComma = sameSentence(next) && next.text === ',' && after !== undefined && after.sentence === next.sentence && ctx.placeKind(after.text) !== undefined && ctx.placeKind(after.text) !== 'city';
    if ((sameSentence(prev) && WORD_CITY_PREPOSITIONS.has(prev.text)) || placeComma) return { type: 'PLACE', strength: GOOD, evidence: 'gazetteer:word-city' };
  }
  // "a Hamas spokesman", "Kremlin officials": a name before a member noun is the body they speak for.
  if (sameSentence(next) && ORG_MEMBER_NOUNS.has(next.text)) return { type: 'ORG', strength: GOOD, evidence: `context:member:${next.text}` };
  if (sameSentence(prev)) {
    const w = prev.text.toLowerCase();
    if (ROLE_WORDS.has(prev.text) || (TITLES.has(prev.text) && isTitleWord(prev.text))) return { type: 'PERSON', strength: STRONG, evidence: `context:role:${w}` };
    if (SPEECH_VERBS.has(prev.text) && p.b > p.a) return { type: 'PERSON', strength: GOOD, evidence: `context:said` };
    // "analysts at X", "an economist at X": people work at organizations.
    const role = units[p.a - 2];
    if (w === 'at' && role && role.sentence === prev.sentence && isWorkerNoun(role.initial ? role.text.toLowerCase() : role.text)) return { type: 'ORG', strength: GOOD, evidence: `context:at-employer` };
  }
  if (sameSentence(next)) {
    // "X said": a person for a full name; a lone word may be an organization ("Hamas said").
    if (SPEECH_VERBS.has(next.text) && p.b > p.a) return { type: 'PERSON', strength: GOOD, evidence: 'context:said' };
    // "Zentrix said": an unknown lone word that speaks is a body more often than a person never
    // introduced by full name (whose surname would inherit PERSON from that name anyway).
    // "Dorsey said", "…," Okafor told: a surname of the people-name list speaks as a person (its full
    // name may be in another document); an ordinary word ("Apple said") or a place stays a body.
    if ((SAYS.has(next.text) || SPEECH_VERBS.has(next.text)) && p.b === p.a) {
      const w = units[p.a].text;
      if ((ctx.gaz.isPersonName(w) || ctx.gaz.isGivenName(w)) && (!ctx.gaz.isCommonWord(w) || ctx.gaz.isGivenName(w)) && ctx.placeKind(w) === undefined) {
        return { type: 'PERSON', strength: GOOD, evidence: 'context:said-surname' };
      }
      if (SAYS.has(next.text)) return { type: 'ORG', strength: WEAK + 0.5, evidence: 'context:said-single' };
    }
    if (next.text === ',') {
      const after = units[p.b + 2];
      const closing = units[p.b + 3];
      const closes = !closing || closing.sentence !== next.sentence || /^[,.;:)\]]$/.test(closing.text);
      if (after && closes && after.sentence === next.sentence && ctx.placeKind(after.text) !== undefined && !units.slice(p.a, p.b + 1).some((u) => ctx.gaz.isGivenName(u.text))) {
        const k = ctx.placeKind(after.text);
        if (k === 'state' || k === 'country' || k === 'abbreviation') return { type: 'PLACE', strength: GOOD, evidence: 'context:place-comma' };
      }
    }
  }
  if (sameSentence(prev) && PLACE_PREPOSITIONS.has(prev.text) && (prev.text === 'in' || prev.text === 'near' || prev.text === 'outside' || prev.text === 'across' || prev.text === 'throughout')) {
    return { type: 'PLACE', strength: WEAK + 0.5, evidence: `context:${prev.text}` };
  }
  return undefined;
}

/** Prepositions of place or motion that make a town of a word ("in Reading", "to Bath"). */
const WORD_CITY_PREPOSITIONS = new Set(['in', 'near', 'from', 'to', 'outside', 'via', 'through', 'towards', 'toward', 'around', 'across']);

/** Particles that are rare in place names ("bin", "von"), unlike the Romance "de" ("Terre de Bas"). */
const PERSON_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'abd', 'van', 'von', 'ul', 'ud']);

const CAPITAL_PARTICLES = new Set(['Le', 'La', 'De', 'Da', 'Di', 'Du', 'Van', 'Von', 'Del', 'Della', 'Dos', 'Das', 'Bin', 'Ibn', 'Al', 'El']);

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

const SAYS = new Set(['said', 'says', 'announced', 'announces', 'reported', 'reports', 'confirmed', 'denied', 'warned', 'claimed']);

const ORG_MEMBER_NOUNS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'official', 'officials', 'fighters',
  'militants', 'lawmakers', 'legislators', 'executives', 'shareholders', 'negotiators', 'commanders', 'members', 'loyalists']);

const WORKERS = new Set(['strategist', 'employee', 'worker', 'staff', 'staffer', 'trader', 'banker', 'expert', 'specialist']);

function isWorkerNoun(w: string): boolean {
  if (!/^\p{Ll}/u.test(w)) return false;
  const singular = w.endsWith('s') ? w.slice(0, -1) : w;
  return ROLE_WORDS.has(w) || ROLE_WORDS.has(singular) || WORKERS.has(singular) || WORKERS.has(w);
}

function allCommon(ctx: Context, p: Piece): boolean {
  for (let k = p.a; k <= p.b; k++) {
    const w = ctx.units[k].text;
    if (w === 'of' || w === 'and' || w === 'the' || w === 'for') continue;
    if (!ctx.gaz.isCommonWord(w) || ctx.gaz.isGivenName(w)) return false;
  }
  return true;
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

function allAcronymsOrPlaces(ctx: Context, a: number, b: number): boolean {
  let places = 0;
  for (let k = a; k <= b; k++) {
    const w = ctx.units[k].text;
    const kind = ctx.placeKind(w);
    if (kind !== undefined && kind !== 'city') places++;
    else if (!isAcronym(w)) return false;
  }
  return places > 0;
}

/** "Iranian", "Thai food": a nationality word, or one used before a lower-case noun. */
function isAdjectiveUse(ctx: Context, k: number): boolean {
  const w = ctx.units[k].text;
  if (!isPeopleWord(ctx, w)) return false;
  const kind = ctx.placeKind(w);
  if (kind === undefined || kind === 'city') return true;
  const next = ctx.units[k + 1];
  return next !== undefined && next.kind === 'word' && /^\p{Ll}/u.test(next.text) && next.sentence === ctx.units[k].sentence;
}

/** "Tulsans", "San Franciscans", "Londoners": the people of a place, not the place. */
function isResidentsWord(ctx: Context, t: string): boolean {
  if (t.length < 6) return false;
  const place = (s: string) => s.length > 2 && ctx.placeKind(s) !== undefined;
  if (t.endsWith('ans')) return place(t.slice(0, -3)) || place(t.slice(0, -3) + 'o') || place(t.slice(0, -2));
  // "Midwesterners", "Middle Easterners": people of a region named by a compass word.
  if (t.endsWith('erners') && place(t.slice(0, -6))) return true;
  if (t.endsWith('ers')) return place(t.slice(0, -3));
  return false;
}

const DASHES = new Set(['-', '—', '–', '--']);
const MONTHS = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$/;
const SHOUTED = /^[\p{Lu}\d.'’]+$/u;

/**
 * Wire datelines: "SAN FRANCISCO, March 3 (Agency) -", "BERLIN (Agency) —". The capitals opening a
 * line before a comma, a parenthesis or a dash name the place of the story; a lone name in
 * parentheses right before the dash, near the start of the line, is the news agency.
 */
function datelineRole(ctx: Context, p: Piece): Typed | undefined {
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
    const datelike = next.text === '(' ||
      (next.text === ',' && follow !== undefined && (MONTHS.test(follow.text) || ctx.placeKind(follow.text) !== undefined)) ||
      (DASHES.has(next.text) && ctx.gaz.place(cased) !== undefined);
    if (shouted && datelike) return { type: 'PLACE', strength: STRONG, evidence: 'dateline' };
  }
  const open = units[p.a - 1];
  const after = units[p.b + 2];
  if (open?.text === '(' && next.text === ')' && after && DASHES.has(after.text) && p.b - p.a <= 2 && !text.slice(next.end, after.start).includes('\n')) {
    // The parenthesis sits within the first few words of its line.
    let k = p.a - 1;
    let steps = 0;
    while (k > 0 && !units[k].lineStart && steps < 8) { k--; steps++; }
    if (units[k].lineStart && steps < 8) return { type: 'ORG', strength: STRONG, evidence: 'dateline-agency' };
  }
  return undefined;
}
