// Stage 1 of mention detection, find spans: every cut in one place. Capitalized runs (runs.ts) are
// split at connectors (segment.ts); this stage then cuts titles off people's names, drops
// nationality words, splits glued names ("<place> <person>", "<acronym> <person>") and drops what
// is no name at all (currencies, lone letters, residents' words, ships). Its output is untyped,
// non-overlapping spans, each with the framing cues the cutting saw (a title before it, the slot
// of an employer before a title, …) for the cue stage; no span carries a type.
import type { Cue } from './cue';
import type { Context } from './context';
import {
  CLOSING_POS, CLUB_WORDS, COMMON_ACRONYMS, NAME_PARTICLES, NOT_NAMES, ORG_HEADS, PEOPLE_WORDS, PLACE_ARTICLES, PLACE_HEADS,
  PLACE_MODIFIERS, PLACE_PREFIXES, ROYAL_TITLES, TITLE_MODIFIERS, TITLE_TIME_WORDS, VESSEL_PREFIXES,
} from './lexicon';
import { findRuns, type Run } from './runs';
import { findTitle, headOf, isTitleWord, type JoinMode, type Piece, splitRun } from './segment';
import { ROW_LEAD, touchesOnLine } from './units';
import { isAcronym, isPluralAcronym } from './words';

/**
 * A span of word units a..b (inclusive unit indices, see units.ts) that may name something.
 * `frame` holds the cues found while cutting ("title", "employer-slot", "title-object",
 * "place-named-org", "road-number", "code", "inverted-name"); `descriptors` the title words cut
 * off before it ("Deputy Mayor").
 */
export interface FoundSpan {
  readonly a: number;
  readonly b: number;
  readonly mode: JoinMode;
  readonly frame: readonly Cue[];
  readonly descriptors: readonly string[];
}

const TITLE_OBJECT: readonly Cue[] = [{ kind: 'title-object' }];
/** Place prefixes of sites a body may hold or sit by ("Camp X", "Fort Y"); not "Republic", "Museum", which bodies' names carry. */
const SITE_PREFIXES = new Set(['Camp', 'Mount', 'Mt', 'Mt.', 'Lake', 'Fort', 'Port', 'Cape', 'Isle']);
const NONE: readonly Cue[] = [];

/** All spans of the document, sorted by first unit; no two overlap. */
export function findSpans(ctx: Context): FoundSpan[] {
  const out: FoundSpan[] = [];
  const runs = findRuns(ctx);
  for (let r = 0; r < runs.length; r++) {
    const inverted = invertedName(ctx, runs[r], runs[r + 1]);
    if (inverted) {
      out.push(inverted);
      r++;
      continue;
    }
    for (const piece of splitRun(ctx, runs[r])) cutPiece(ctx, piece, out, NONE);
  }
  // Stable: spans of one piece keep their order.
  return out.sort((x, y) => x.a - y.a);
}

const span = (a: number, b: number, mode: JoinMode, frame: readonly Cue[], descriptors: readonly string[] = []): FoundSpan => ({ a, b, mode, frame, descriptors });

/**
 * Cuts one piece of a run into spans. `frame` is inherited framing: the object of a title that a
 * name follows ("Secretary of X <name>") must prove itself with a strong cue.
 */
function cutPiece(ctx: Context, piece: Piece, out: FoundSpan[], frame: readonly Cue[]): void {
  const { units, gaz } = ctx;
  const { b } = piece;
  let { a } = piece;
  if (a > b) return;

  // ". Near Mosul, five strikes …": a preposition opening a sentence is no word of the name after it,
  // even where the tagger missed the sentence start after stray full stops.
  if (b > a && OPENING_PREPOSITIONS.has(units[a].text) && units[a].pos === 'ADP' && ctx.placeKind(ctx.keyText(a, b)) === undefined) {
    const before = units[a - 1];
    if (!before || units[a].initial || /^[.!?]$/.test(before.text) || ctx.text.slice(before.end, units[a].start).includes('\n')) {
      cutPiece(ctx, { a: a + 1, b, mode: piece.mode }, out, frame);
      return;
    }
  }
  if (cutStaffLine(ctx, a, b, out, frame)) return;
  // "Tamsworth, N.J. Twitter: @handle": an abbreviation's period ended the sentence, and the word after
  // it labels a contact field (a handle, an address, a number follows the colon). Two pieces.
  if (b > a && units[b + 1]?.text === ':' && units[b - 1].text.endsWith('.') &&
      /^\s*(?:@\w|\+?\d|https?:|www\.|[\w.-]+@)/.test(ctx.text.slice(units[b + 1].end, units[b + 1].end + 40))) {
    cutPiece(ctx, { a, b: b - 1, mode: piece.mode }, out, frame);
    cutPiece(ctx, { a: b, b, mode: null }, out, frame);
    return;
  }
  // "an Orlen Fund Reporting Fellow", "a Brisk Scholar": a title of honour, named after its giver, is no
  // name of ours (its first word is often a given name too, so that says nothing).
  if (b > a && HONOUR_TITLES.has(units[b].text)) return;
  // "Title IV", "Article III", "Chapter 11": a part of a law or a book, no name.
  if (b === a + 1 && DOCUMENT_PARTS.has(units[a].text) && /^(?:[IVXLC]+|\d+[A-Za-z]?)$/.test(units[b].text)) return;
  // "Ann Lee & Bo Marsh": "&" between two full names, each opening with a first name, joins two people
  // ("Harlow & Finch", a firm named after its founders' surnames, stays one name).
  if (b - a >= 4 && b - a <= 6) {
    for (let k = a + 2; k <= a + 3 && k < b - 1; k++) {
      if (units[k].text !== '&' || !gaz.isGivenName(units[a].text) || !gaz.isGivenName(units[k + 1].text) || b - k > 3) continue;
      cutPiece(ctx, { a, b: k - 1, mode: null }, out, frame);
      cutPiece(ctx, { a: k + 1, b, mode: null }, out, frame);
      return;
    }
  }
  // "(Xu & Yates, 2010)": two authors cited with a year, not a firm's name.
  if (b - a >= 2 && b - a <= 4 && citationAfter(ctx, b)) {
    let amp = -1;
    for (let k = a + 1; k < b; k++) if (units[k].text === '&') amp = k;
    if (amp > 0 && amp - a <= 2 && b - amp <= 2) {
      out.push(span(a, amp - 1, null, [...frame, ...CITED]));
      out.push(span(amp + 1, b, null, [...frame, ...CITED]));
      return;
    }
  }
  const cut = findTitle(ctx, piece);
  if (cut) {
    const title = ctx.spanText(cut.titleA, cut.titleB);
    let prefixDescriptor = cut.titleA > a ? ctx.spanText(a, cut.titleB) : title;
    const before = units[a - 1];
    if (before && before.sentence === units[a].sentence && TITLE_TIME_WORDS.has(before.text)) prefixDescriptor = `${before.text} ${prefixDescriptor}`;
    if (cut.titleA > a) cutTitlePrefix(ctx, a, cut.titleA - 1, cut.nameA <= b, out);
    // "President of the United States": the object is a name of its own.
    if (cut.objectA >= 0) for (const sub of splitRun(ctx, [cut.objectA, cut.objectB])) cutPiece(ctx, sub, out, cut.nameA <= b ? TITLE_OBJECT : NONE);
    // "… of the Allied Council Secretary-General": a name ending in a title is another office, and
    // what precedes that title is its organization, not a person.
    let lastName = b;
    while (lastName >= cut.nameA && (isTitleWord(units[lastName].text) || TITLE_MODIFIERS.has(units[lastName].text))) lastName--;
    if (cut.nameA <= b && lastName < b) {
      if (cut.nameA <= lastName) cutTitlePrefix(ctx, cut.nameA, lastName, false, out);
      return;
    }
    if (cut.nameA <= b) {
      const nameA = skipDemonyms(ctx, cut.nameA, b);
      // "Chief Guest", "Vice Presidency", "Professor of Intellectual Property": a modifier or a title
      // with an object before a lone dictionary word names nobody ("President Trump" still does).
      const weakTitle = cut.titleA === cut.titleB ? TITLE_MODIFIERS.has(units[cut.titleA].text) : / (?:of|for) /.test(title);
      const loneWord = weakTitle && nameA === b && gaz.isCommonWord(units[b].text) && !gaz.isGivenName(units[b].text);
      if (nameA <= b && !loneWord) {
        const titleCue: Cue = {
          kind: 'title',
          word: title,
          royal: ROYAL_TITLES.has(units[cut.titleA].text),
          givenFollows: nameA < b && gaz.isGivenName(units[nameA].text),
        };
        out.push(span(nameA, b, null, [titleCue], [prefixDescriptor]));
      }
    }
    return;
  }

  // Nationality adjectives in front of a name that is not an organization ("Iraqi Nouri al Maliki").
  const headText = units[headOf(ctx, piece)].text;
  const headed = b > a && (ORG_HEADS.has(headText) || PLACE_HEADS.has(headText) || piece.mode === 'org' || piece.mode === 'place');
  // "British Columbia", "Dutch Harbor": a place the gazetteer knows with its people word keeps it.
  if (!headed && (a === b || ctx.placeKind(ctx.keyText(a, b)) === undefined)) a = skipDemonyms(ctx, a, b);
  if (a > b) return;
  if (!headed && b > a) {
    const e = dropTrailingPeopleWords(ctx, a, b);
    if (e < b) {
      cutPiece(ctx, { a, b: e, mode: null }, out, frame);
      return;
    }
  }

  // "XRM Camp Ashby", "XRM Mount Y": an acronym before a place prefix is a label or a body glued to
  // the place's name (a section label on the same line, a body and its camp), never one name.
  if (b - a >= 2 && isAcronym(units[a].text) && SITE_PREFIXES.has(units[a + 1].text)) {
    cutPiece(ctx, { a, b: a, mode: null }, out, NONE);
    cutPiece(ctx, { a: a + 1, b, mode: piece.mode }, out, frame);
    return;
  }
  // Glued runs: "<place> <Given Surname>", "<ACRONYM> <Given Surname>", "<Noun> <Given Surname>".
  if (!headed && b - a >= 2) {
    for (let k = Math.min(a + 3, b - 1); k >= a; k--) {
      // "Marine Le Pen": a capitalized particle is a surname's first part, not a first name.
      if (!gaz.isGivenName(units[k + 1].text) || gaz.isGivenName(units[a].text) || NAME_PARTICLES.has(units[k + 1].text.toLowerCase())) continue;
      const prefix = ctx.keyText(a, k);
      const gluedPlace = ctx.placeKind(prefix) !== undefined;
      const gluedAcronym = k === a && isAcronym(units[a].text);
      const gluedNoun = k === a && (units[a].pos === 'NOUN' || gaz.isCommonWord(units[a].text) || agentNounOpening(ctx, a)) && !ctx.placeKind(units[a].text) && !PLACE_MODIFIERS.has(units[a].text);
      if (gluedPlace || gluedAcronym || gluedNoun) {
        if (!gluedNoun) cutPiece(ctx, { a, b: k, mode: null }, out, NONE);
        cutPiece(ctx, { a: k + 1, b, mode: piece.mode }, out, frame);
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
    out.push(span(a, b, null, [...frame, { kind: 'place-named-org' }]));
    return;
  }
  // "S65", "A64": a letter-and-number code is a road after "the" ("the A64"), else a page or a model.
  if (a === b && CODE.test(units[a].text)) {
    const prev = units[a - 1];
    const roadName = prev?.text === '(' && PLACE_HEADS.has(units[a - 2]?.text ?? '');
    const road = prev !== undefined && prev.sentence === units[a].sentence && (/^(?:the|The)$/.test(prev.text) || roadName);
    out.push(span(a, b, null, [road ? { kind: 'road-number' } : { kind: 'code' }]));
    return;
  }
  // "Transforming Kenya": a dictionary word glued to a known place.
  if (!headed && b > a && gaz.isCommonWord(units[a].text) && !gaz.isGivenName(units[a].text) && !PLACE_MODIFIERS.has(units[a].text) &&
      !PLACE_PREFIXES.has(units[a].text) && !PLACE_ARTICLES.has(units[a].text) && ctx.placeKind(ctx.keyText(a, b)) === undefined) {
    const restKind = ctx.placeKind(ctx.keyText(a + 1, b));
    if (restKind !== undefined && restKind !== 'city') {
      cutPiece(ctx, { a: a + 1, b, mode: null }, out, frame);
      return;
    }
  }
  // "UNESCO World Heritage Site", "FAA Safety Rules": an acronym before ordinary words is a name
  // of its own; the words are a common noun phrase unless a head noun makes them a name.
  if (!headed && b > a + 1 && isAcronym(units[a].text) && !isAcronym(units[a + 1].text) && allCommon(ctx, a + 1, b)) {
    cutPiece(ctx, { a, b: a, mode: null }, out, frame);
    return;
  }
  // "U.N. Iraq chief": acronyms and known places side by side are separate names.
  if (!headed && b > a && ctx.placeKind(ctx.keyText(a, b)) === undefined && allAcronymsOrPlaces(ctx, a, b)) {
    for (let k = a; k <= b; k++) cutPiece(ctx, { a: k, b: k, mode: null }, out, frame);
    return;
  }
  // "the 65th Air Division", "the 3rd Infantry Brigade": a numbered unit's ordinal is part of its name.
  const ordinal = units[a - 1];
  if (headed && ordinal !== undefined && ORDINAL.test(ordinal.text) && ordinal.sentence === units[a].sentence && touchesOnLine(ctx.text, ordinal, units[a]) &&
      NUMBERED_HEADS.has(headText)) {
    out.push(span(a - 1, b, piece.mode, frame));
    return;
  }
  out.push(span(a, b, piece.mode, frame));
}

/** Prepositions that open a sentence before a place ("Near X, …", "Outside Y, …"), capitalized there. */
const OPENING_PREPOSITIONS = new Set(['Near', 'Outside', 'Inside', 'Across', 'Beyond', 'Throughout', 'Towards', 'Toward', 'Around', 'Along',
  'Amid', 'Among', 'Within', 'Between', 'Behind', 'Beside', 'Despite', 'During', 'Against', 'Via', 'From', 'In', 'At', 'On']);

const ORDINAL = /^\d{1,4}(?:st|nd|rd|th)$/;
/** Heads of bodies known by their number ("65th Air Division", "5th Fleet", "117th Congress"). */
const NUMBERED_HEADS = new Set(['Division', 'Brigade', 'Brigades', 'Battalion', 'Regiment', 'Corps', 'Army', 'Fleet', 'Squadron',
  'Wing', 'Group', 'Force', 'Forces', 'Guard', 'Guards', 'Unit', 'Congress', 'Parliament', 'Assembly', 'Legislature', 'Circuit']);

const CITED_YEAR = /^(?:1[5-9]|20)\d\d[a-z]?$/;

/**
 * The words after unit k cite a work by year, as an author's name is cited: ", 2010" (inside
 * parentheses or before ";"), " (2010)", " et al.", " 2010)" or " 2010;". Used by the cue stage too.
 */
export function citationAfter(ctx: Context, k: number): boolean {
  const { units } = ctx;
  const next = units[k + 1];
  const year = units[k + 2];
  if (!next || !year || next.sentence !== units[k].sentence) return false;
  if (next.text === 'et' && /^al\.?$/.test(year.text)) return true;
  // "(… Milekic 2010)", "(see Brieber 2014; …)": the year right after the name, closing a citation.
  if (CITED_YEAR.test(next.text) && (year.text === ';' || year.text === ')')) return true;
  if (!CITED_YEAR.test(year.text)) return false;
  if (next.text === '(') return units[k + 3]?.text === ')' || units[k + 3]?.text === ',' || units[k + 3]?.text === ';';
  if (next.text !== ',') return false;
  // ", 2010" closes a parenthesis or a list of citations, not a date ("in May, 2010").
  const after = units[k + 3];
  return after !== undefined && (after.text === ')' || after.text === ';');
}

/** A newsroom's jobs, written on a staff line or a byline ("Staff Writer", "Senior Correspondent"). */
const NEWSROOM_JOBS = new Set(['staff', 'reporter', 'reporters', 'correspondent', 'correspondents', 'writer', 'writers', 'editor',
  'editors', 'contributor', 'contributors', 'columnist', 'photographer', 'desk']);
/** Words that may qualify a newsroom job ("Senior Political Editor", "Contributing Writer"). */
const JOB_MODIFIERS = new Set(['senior', 'special', 'chief', 'political', 'foreign', 'contributing', 'sports', 'business', 'health',
  'science', 'associate', 'managing', 'deputy', 'assistant', 'national', 'city', 'news', 'investigative', 'features', 'arts']);
/** Last words of a newspaper's name, before which a job is the paper's staff ("Xtown Times Staff Writer"). */
const PAPER_HEADS = new Set(['Times', 'Post', 'Journal', 'Press', 'Herald', 'Tribune', 'Gazette', 'Telegraph', 'Chronicle', 'News',
  'Star', 'Globe', 'Observer', 'Courier', 'Examiner', 'Inquirer', 'Sun', 'Mail', 'Express', 'Record', 'Register', 'Bulletin',
  'Dispatch', 'Sentinel', 'Guardian', 'Independent', 'Standard', 'Review', 'Magazine', 'Daily', 'Weekly']);
const OUTLET: readonly Cue[] = [{ kind: 'byline-outlet' }];
/** Last words of a title of honour ("Nieman Fellow", "Rhodes Scholar", "Nobel Laureate"). */
const HONOUR_TITLES = new Set(['Fellow', 'Fellows', 'Scholar', 'Scholars', 'Laureate', 'Laureates']);
const CITED: readonly Cue[] = [{ kind: 'cited-author' }];
/** Words that, before a number, name a part of a law, a treaty or a book ("Title IV", "Article 5"). */
const DOCUMENT_PARTS = new Set(['Title', 'Article', 'Chapter', 'Section', 'Part', 'Clause', 'Amendment', 'Schedule', 'Annex', 'Appendix', 'Rule', 'Paragraph', 'Volume', 'Book']);
const BYLINE: readonly Cue[] = [{ kind: 'byline' }];

/** Units i..j (inclusive) may be a person named after a job: a given name first, or two or three words that are no dictionary words. */
function personAfterJob(ctx: Context, i: number, j: number): boolean {
  if (ctx.gaz.isGivenName(ctx.units[i].text)) return true;
  if (j - i < 1 || j - i > 2) return false;
  for (let k = i; k <= j; k++) if (ctx.gaz.isCommonWord(ctx.units[k].text) || ctx.placeKind(ctx.units[k].text) !== undefined) return false;
  return true;
}

/** Units i..j (inclusive) are a newsroom job: job words and their qualifiers, a job word last. */
function isNewsroomJob(ctx: Context, i: number, j: number): boolean {
  if (i > j || !NEWSROOM_JOBS.has(ctx.units[j].text.toLowerCase())) return false;
  for (let k = i; k <= j; k++) {
    const w = ctx.units[k].text.toLowerCase();
    if (!NEWSROOM_JOBS.has(w) && !JOB_MODIFIERS.has(w)) return false;
  }
  return true;
}

/**
 * A staff line's job glued to the paper's name by the capitals: "Staff Reporter for the Xtown Herald"
 * (the paper after "for"/"at"/"with", "the" left out), "Xtown Times Staff Writer" (the paper before a
 * job that opens with "Staff" or ends the line), and on a byline "By Ann Lee Xtown Times Staff": the
 * writer's first two words, then the paper; "Xtown Times Editor Ann Lee": the paper, then the person with
 * the job as a title. The job is no name; the paper is an organization. Pushes
 * the spans and returns true when it cut.
 */
function cutStaffLine(ctx: Context, a: number, b: number, out: FoundSpan[], frame: readonly Cue[]): boolean {
  const { units, text, gaz } = ctx;
  if (b - a < 1) return false;
  // Leading job, then a connector: "Staff Reporter for the Xtown Herald".
  for (let k = a; k < b - 1 && k < a + 4; k++) {
    const c = units[k + 1].text;
    if (c !== 'for' && c !== 'at' && c !== 'with') continue;
    // A beat may come before the job ("Harbour Staff Reporter for …", "White House Correspondent
    // at …"): it is a piece of its own, the job no name.
    let s = a;
    while (s <= k && !isNewsroomJob(ctx, s, k)) s++;
    if (s > k || s - a > 3) break;
    // The beat must prove itself with a strong cue ("Harbour" is no person's name here).
    if (s > a) cutPiece(ctx, { a, b: s - 1, mode: null }, out, TITLE_OBJECT);
    const from = units[k + 2].text.toLowerCase() === 'the' ? k + 3 : k + 2;
    // The name after the job is its employer, whatever its last word, unless it names a place
    // ("Correspondent for the Middle East").
    if (from <= b && (PAPER_HEADS.has(units[b].text) || ctx.placeKind(ctx.spanText(from, b)) === undefined)) out.push(span(from, b, null, [...frame, ...OUTLET]));
    else if (from <= b) cutPiece(ctx, { a: from, b, mode: null }, out, frame);
    return true;
  }
  // A paper, its job, then a person: "Xtown Times Editor Ann Lee".
  for (let j = a; j < b - 1 && j < a + 5; j++) {
    if (!PAPER_HEADS.has(units[j].text) || j === a) continue;
    let m = j + 1;
    while (m < b && !NEWSROOM_JOBS.has(units[m].text.toLowerCase()) && JOB_MODIFIERS.has(units[m].text.toLowerCase())) m++;
    if (!isNewsroomJob(ctx, j + 1, m) || m >= b || !personAfterJob(ctx, m + 1, b)) continue;
    out.push(span(a, j, null, [...frame, ...OUTLET]));
    const job = ctx.spanText(j + 1, m);
    out.push(span(m + 1, b, null, [{ kind: 'title', word: job, royal: false, givenFollows: true }], [job]));
    return true;
  }
  // Trailing job after a paper's name: "Xtown Times Staff Writer".
  let j = b;
  while (j > a && !PAPER_HEADS.has(units[j].text) && isNewsroomJob(ctx, j, b)) j--;
  const jobA = j + 1;
  if (jobA > b || !PAPER_HEADS.has(units[j].text) || isNewsroomJob(ctx, j, j)) return false;
  const after = units[b + 1];
  if (units[jobA].text.toLowerCase() !== 'staff' && after !== undefined && !text.slice(units[b].end, after.start).includes('\n')) return false;
  // On a byline ("By Ann Lee Xtown Times Staff") the writer comes first: a given name and one more word.
  const lineStart = text.lastIndexOf('\n', units[a].start - 1) + 1;
  const byline = /^[\s\-–—•*]*by\s+$/i.test(text.slice(lineStart, units[a].start));
  if (byline && j - a >= 2 && gaz.isGivenName(units[a].text)) {
    out.push(span(a, a + 1, null, [...frame, ...BYLINE]));
    out.push(span(a + 2, j, null, OUTLET));
  } else {
    out.push(span(a, j, null, [...frame, ...OUTLET]));
  }
  return true;
}

/**
 * The words before a title: "Saudi Crown Prince X" (a nationality, even when it spells a country),
 * "Ohio Governor X" (a place), "Acme Chief Executive X" (the employer's slot when a name follows).
 */
function cutTitlePrefix(ctx: Context, a: number, b: number, nameFollows: boolean, out: FoundSpan[]): void {
  while (a <= b && isPeopleWord(ctx, ctx.units[a].text)) a++;
  if (a > b) return;
  if (!nameFollows) {
    cutPiece(ctx, { a, b, mode: null }, out, NONE);
    return;
  }
  const pre: FoundSpan[] = [];
  cutPiece(ctx, { a, b, mode: null }, pre, NONE);
  // Only the words right before the title fill the employer's slot.
  for (const s of pre) out.push(s.b === b ? { ...s, frame: [...s.frame, { kind: 'employer-slot' }] } : s);
}

/**
 * "Blackwood, Oren (Harlow University)", "Nakamura, Emi<TAB>…": a list row opening with a surname, a
 * comma and a given name, then a parenthesis, a tab or the end of the line, is one person's name
 * written surname first. The span covers both parts and the comma.
 */
function invertedName(ctx: Context, first: Run, second: Run | undefined): FoundSpan | null {
  if (!second) return null;
  const { units, text, gaz } = ctx;
  const [a, b] = first;
  const [c, d] = second;
  if (b - a > 2 || c !== b + 2 || units[b + 1].text !== ',' || d - c > 1) return null;
  // A given name the lists lack ("Fennimore, Ysolde") will do after a surname the people-name list knows.
  const given = units[c].text;
  const unknownGiven = c === d && a === b && gaz.isPersonName(units[a].text) && !gaz.isCommonWord(units[a].text) &&
    !gaz.isCommonWord(given) && ctx.placeKind(given) === undefined && /^\p{Lu}\p{Ll}+$/u.test(given);
  if (text.slice(units[b].end, units[c].start).includes('\n')) return null;
  // Neither part known to the lists ("Quarry, Helmi (Ostrander Board)", "Velling, Arno<TAB>Clerk"): the
  // row's shape alone says person when each part is one capitalized word that is no place, the given
  // part no common word, and an affiliation in parentheses or a table cell follows.
  // Up to two given names ("Odile Jane"), a surname of up to three units ("O'Hallorin", "van Dorn").
  const givens = units.slice(c, d + 1).map((u) => u.text);
  const surnameUnits = units.slice(a, b + 1).map((u) => u.text);
  const shaped = !(gaz.isGivenName(given) || unknownGiven) && rowShaped(ctx, a, d) &&
    surnameUnits.every((t) => /^(?:\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*|\p{Lu}['’]|['’]|\p{Ll}{1,3})$/u.test(t)) && /^\p{Lu}/u.test(surnameUnits[0]) &&
    givens.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t) && !gaz.isCommonWord(t) && ctx.placeKind(t) === undefined);
  if (!(gaz.isGivenName(given) || unknownGiven || shaped)) return null;
  // Surnames, not a closing ("Yours, Ann") or a building ("X Mosque, Y").
  for (let k = a; k <= b; k++) {
    const u = units[k];
    if (NOT_NAMES.has(u.text) || ORG_HEADS.has(u.text) || PLACE_HEADS.has(u.text) || CLOSING_POS.has(u.pos)) return null;
  }
  const after = units[d + 1];
  const gap = after ? text.slice(units[d].end, after.start) : '\n';
  const closes = !after || gap.includes('\n') || gap.includes('\t') || (after.text === '(' && after.sentence === units[d].sentence);
  // A surname that is also a town ("Harlow, Iris") stays a surname when the given part is a given name
  // or the row's shape says person; "Paris, Texas (AP)" fails both (its second part is a place).
  const placeSurname = ctx.placeKind(ctx.keyText(a, b)) !== undefined;
  if (!closes || (placeSurname && !(a === b && c === d && ctx.placeKind(given) === undefined && (gaz.isGivenName(given) || !gaz.isCommonWord(given)) && rowShaped(ctx, a, d)))) return null;
  // The row must start its line (after a bullet or a number).
  const lineStart = text.lastIndexOf('\n', units[a].start - 1) + 1;
  if (!ROW_LEAD.test(text.slice(lineStart, units[a].start))) return null;
  return span(a, d, null, [{ kind: 'inverted-name' }]);
}

/**
 * Whether units a..d stand as the first cell of a list row: only a bullet, a number or spaces before them
 * on their line, and right after them an affiliation in parentheses on the same line or a tab.
 */
function rowShaped(ctx: Context, a: number, d: number): boolean {
  const { units, text } = ctx;
  const lineStart = text.lastIndexOf('\n', units[a].start - 1) + 1;
  if (!ROW_LEAD.test(text.slice(lineStart, units[a].start))) return false;
  const after = units[d + 1];
  if (!after) return false;
  const gap = text.slice(units[d].end, after.start);
  if (gap.includes('\t')) return true;
  return after.text === '(' && !gap.includes('\n') && /^\([^()\n]*\p{Lu}[^()\n]*\)[ \t]*(?:\r?\n|\t|$)/u.test(text.slice(after.start));
}

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
  // "NEW ORLEANS" on a dateline: both words shouted is a place written in capitals, not an acronym's club.
  if (isAcronym(w)) return w.length <= 3 && /\p{Ll}/u.test(ctx.text.slice(units[b].start, units[b].end)) && ctx.placeKind(w) === undefined && (kind === 'city' || kind === 'majorCity' || kind === 'capital');
  // "Xern Ytown" for a capital or a big city Ytown: a word that is no first name, dictionary word or
  // place before the city names its club or firm (people are rarely named after a capital).
  if ((kind === 'majorCity' || kind === 'capital') && /^\p{Lu}\p{Ll}+$/u.test(w) && !gaz.isCommonWord(w) && !gaz.isGivenName(w) && ctx.placeKind(w) === undefined && !gaz.isDemonym(w) && !NAME_PARTICLES.has(w.toLowerCase())) return true;
  // A small town shares its name with too many things; the noun rule needs a well-known place.
  if (kind === 'city' || !gaz.isCommonWord(w) || gaz.isGivenName(w) || gaz.isDemonym(w) || PEOPLE_WORDS.has(w) || NAME_PARTICLES.has(w.toLowerCase())) return false;
  if (PLACE_MODIFIERS.has(w) || PLACE_PREFIXES.has(w) || PLACE_ARTICLES.has(w) || PLACE_HEADS.has(w) || ORG_HEADS.has(w) || isTitleWord(w)) return false;
  return gaz.wordClass(w) === undefined;
}

function skipDemonyms(ctx: Context, a: number, b: number): number {
  const { units, gaz } = ctx;
  // "Queenslander Tavi Rennick", "Minnesotan Ola Berg": one resident of a known place before a name.
  if (a < b && isResidentWord(ctx, units[a].text)) return a + 1;
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

/** A nationality, faith or party word ("Iraqi", "Sunni", "Democrat"): never a name on its own. */
export const isPeopleWord = (ctx: Context, w: string): boolean => ctx.gaz.isDemonym(w) || PEOPLE_WORDS.has(w);

/** "S65", "A64", "M1": one or two capitals and digits. "G7", "G20" are groups of countries. */
const CODE = /^(?!G\d{1,2}$)\p{Lu}{1,2}\d{1,4}\p{Lu}?$/u;

/** Units a..b are all dictionary words (connectors aside) and none a given name ("Public Domain"). */
export function allCommon(ctx: Context, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) {
    const w = ctx.units[k].text;
    if (w === 'of' || w === 'and' || w === 'the' || w === 'for') continue;
    if (!ctx.gaz.isCommonWord(w) || ctx.gaz.isGivenName(w)) return false;
  }
  return true;
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
/**
 * One resident of a known place, the singular that isResidentsWord's plurals come from: "Xlander"
 * (Xland + er), "Ytonian" (Yton + ian), "Zotan" (Zota + n), "Wioan" (Wio + an). The place must be no
 * dictionary word ("Mill" + er is a surname) and the word no first name or dictionary word itself.
 */
export function isResidentWord(ctx: Context, t: string): boolean {
  const { gaz } = ctx;
  if (t.length < 6 || !/^\p{Lu}\p{Ll}+$/u.test(t) || gaz.isGivenName(t) || gaz.isCommonWord(t) || ctx.placeKind(t) !== undefined) return false;
  const place = (s: string) => s.length > 3 && ctx.placeKind(s) !== undefined && !gaz.isCommonWord(s);
  if (t.endsWith('er')) return place(t.slice(0, -2));
  if (t.endsWith('ian')) return place(t.slice(0, -3)) || place(t.slice(0, -1));
  if (t.endsWith('an')) return place(t.slice(0, -1)) || place(t.slice(0, -2));
  if (t.endsWith('ite')) return place(t.slice(0, -3));
  return false;
}

function isResidentsWord(ctx: Context, t: string): boolean {
  if (t.length < 6) return false;
  const place = (s: string) => s.length > 2 && ctx.placeKind(s) !== undefined;
  if (t.endsWith('ans')) return place(t.slice(0, -3)) || place(t.slice(0, -3) + 'o') || place(t.slice(0, -2));
  // "Xlandean", "Ytownian": the adjective of a place.
  if (t.endsWith('ean')) return place(t.slice(0, -2)) || place(t.slice(0, -3));
  if (t.endsWith('ian')) return place(t.slice(0, -3)) || place(t.slice(0, -3) + 'a');
  // "Midwesterners", "Middle Easterners": people of a region named by a compass word.
  if (t.endsWith('erners') && place(t.slice(0, -6))) return true;
  if (t.endsWith('ers')) return place(t.slice(0, -3));
  return false;
}

/**
 * "Midfielder Ian Cole scored": a sentence's first word shaped like a noun of a doer (-er, -or, -ist) that
 * no name list knows, before a given name, is the person's job written with the sentence's capital, even
 * when the word list lacks it ("midfielder", "winger", "podcaster").
 */
function agentNounOpening(ctx: Context, a: number): boolean {
  const u = ctx.units[a];
  if (!u.initial || !/^\p{Lu}\p{Ll}{3,}(?:er|or|ist)$/u.test(u.text)) return false;
  const { gaz } = ctx;
  return !gaz.isPersonName(u.text) && !gaz.isGivenName(u.text) && !gaz.isCompanyWord(u.text) && ctx.placeKind(u.text) === undefined;
}
