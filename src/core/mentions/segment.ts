// Cuts a run of capitalized words into names: drops sentence-initial function words, keeps "of" /
// "for" / "and" only where a head noun makes one organization or place of both sides, and cuts titles
// off people's names.
import type { Context } from './context';
import {
  CLUB_WORDS, FUNCTION_POS, NAME_PARTICLES, NOT_NAMES, ORG_HEADS, ORG_OF_HEADS, ORG_ON_HEADS, PLACE_HEADS, PLACE_OF_HEADS, RANK_TAILS, ROYAL_TITLES, TITLE_MODIFIERS, TITLES,
} from './lexicon';
import type { Run } from './runs';

export type JoinMode = 'org' | 'place' | 'title' | null;

export interface Piece {
  readonly a: number;
  readonly b: number;
  /** Why "of"/"for"/"and" were kept inside, if they were. */
  readonly mode: JoinMode;
}

const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const isConnectorText = (s: string) => s === 'of' || s === 'for' || s === 'on' || s === 'and' || s === 'the' || s === '&' || s === 'de';


export function isTitleWord(s: string): boolean {
  if (TITLES.has(s)) return true;
  const parts = s.split(/[-‐‑]/);
  return parts.length > 1 && parts.every((p) => TITLES.has(p) || TITLE_MODIFIERS.has(p));
}

/** Drop leading words that cannot start a name and trailing connectors. */
function trim(ctx: Context, a: number, b: number): [number, number] {
  const { units } = ctx;
  while (a <= b) {
    const u = units[a];
    if (NOT_NAMES.has(u.text) || isConnectorText(u.text) || POSSESSIVE.has(u.text) || NAME_PARTICLES.has(u.text)) {
      a++;
      continue;
    }
    // A sentence-initial word the tagger reads as a function word or verb ("According", "Find").
    // ... but a participle before an organization head is part of the name ("Associated Press").
    const participleOfName = u.pos === 'VERB' && /(?:ed|ing)$/.test(u.text) && a < b && ORG_HEADS.has(units[a + 1].text);
    // "Inter Ytown won": a club word before a place opens the club's name.
    const clubOfPlace = CLUB_WORDS.has(u.text) && a < b && ctx.placeKind(units[a + 1].text) !== undefined;
    if (u.initial && FUNCTION_POS.has(u.pos) && ctx.placeKind(u.text) === undefined && !ctx.gaz.isGivenName(u.text) && !participleOfName && !clubOfPlace) {
      a++;
      continue;
    }
    break;
  }
  while (b >= a && (isConnectorText(units[b].text) || POSSESSIVE.has(units[b].text) || NAME_PARTICLES.has(units[b].text) || NOT_NAMES.has(units[b].text))) {
    // "Shah Abbas I", "King Olaf I": after a ruler's title and a name, "I" is a regnal number.
    if (units[b].text === 'I' && b - 2 >= a && ROYAL_TITLES.has(units[b - 2].text)) break;
    // "Human Rights Watch", "Harbour Safety Watch": a watchdog's name ends in "Watch" after two
    // capitalized words; alone or after one word it is page furniture ("Click to Watch", "Video Watch").
    if (units[b].text === 'Watch' && b - 2 >= a && /^\p{Lu}\p{Ll}/u.test(units[b - 1].text) && /^\p{Lu}\p{Ll}/u.test(units[b - 2].text)) break;
    b--;
  }
  return [a, b];
}

/** Split a run at the connectors that do not belong to one name. */
export function splitRun(ctx: Context, run: Run): Piece[] {
  const { units } = ctx;
  const [a0, b0] = trim(ctx, run[0], run[1]);
  if (a0 > b0) return [];
  const pieces: Piece[] = [];
  let start = a0;
  let mode: JoinMode = null;
  const close = (end: number) => {
    const [a, b] = trim(ctx, start, end);
    if (a <= b) pieces.push({ a, b, mode });
  };
  for (let k = a0; k <= b0; k++) {
    const u = units[k];
    if (POSSESSIVE.has(u.text)) continue;
    if (u.text === '&') {
      // "Johnson & Johnson" is one name; "Tempe & Mesa", "Main St & 5th" are two places.
      const l = units[k - 1]?.text ?? '';
      const r = units[k + 1]?.text ?? '';
      // A town's name beside a name that is no place is a firm named after its founders ("Harlow & Finch").
      const placey = (w: string) => ctx.placeKind(w) !== undefined || PLACE_HEADS.has(w);
      const bigPlace = (w: string) => { const k = ctx.placeKind(w); return (k !== undefined && k !== 'city') || PLACE_HEADS.has(w); };
      if (!(placey(l) && placey(r)) && !bigPlace(l) && !bigPlace(r)) continue;
      close(k - 1);
      start = k + 1;
      mode = null;
      continue;
    }
    if (u.text === 'of' || u.text === 'for' || u.text === 'on') {
      const left = units[k - 1]?.text ?? '';
      let joined: JoinMode = null;
      if (u.text === 'on') joined = ORG_ON_HEADS.has(left) ? 'org' : null;
      else if (ORG_OF_HEADS.has(left) || hasOrgHead(ctx, start, k - 1)) joined = 'org';
      else if (u.text === 'of' && PLACE_OF_HEADS.has(left)) joined = 'place';
      else if (isTitleWord(left)) joined = 'title';
      else if (mode !== null) joined = mode;
      if (joined) {
        mode = mode ?? joined;
        continue;
      }
      close(k - 1);
      start = k + 1;
      mode = null;
      continue;
    }
    if (u.text === 'and') {
      if (mode === 'org') continue;
      // "Air Xland and Yish Airways": a place, or a people's word, on each side of "and" makes two names.
      const twoNamed = ctx.placeKind(units[k - 1].text) !== undefined && (ctx.placeKind(units[k + 1]?.text ?? '') !== undefined || ctx.gaz.isDemonym(units[k + 1]?.text ?? ''));
      // "Ways and Means Committee": a short left part sharing the organization head of the right.
      if (!twoNamed && k - start <= 3 && !ORG_HEADS.has(units[k - 1].text) && ORG_HEADS.has(units[b0].text) && !hasConnector(ctx, k + 1, b0) && ctx.placeKind(ctx.keyText(start, k - 1)) === undefined && (!ctx.gaz.isGivenName(units[start].text) || (k - 1 === start && ctx.gaz.isGivenName(units[k + 1]?.text ?? '')))) {
        mode = 'org';
        continue;
      }
      // "Securities and Exchange Board of X", "Trade and Industry Ministry": dictionary words on the
      // left, an organization head on the right (last word, or the word before its "of").
      const rightOf = indexOfConnector(ctx, k + 1, b0);
      const rightHead = rightOf > k + 1 ? units[rightOf - 1].text : rightOf < 0 ? units[b0].text : '';
      if (k - start <= 2 && ORG_HEADS.has(rightHead) && allDictionary(ctx, start, k - 1) && (k - 1 === start || !hasOrgHead(ctx, start, k - 1)) && (rightOf < 0 || units[rightOf].text === 'of') && allDictionary(ctx, k + 1, rightOf > 0 ? rightOf - 1 : b0)) {
        mode = 'org';
        continue;
      }
      close(k - 1);
      start = k + 1;
      mode = null;
      continue;
    }
    if (u.text === 'the' && k > a0 && (units[k - 1].text === 'of' || units[k - 1].text === 'for')) continue;
    if (u.text === 'the') {
      close(k - 1);
      start = k + 1;
      mode = null;
    }
  }
  close(b0);
  return pieces;
}

function allDictionary(ctx: Context, a: number, b: number): boolean {
  if (a > b) return false;
  for (let k = a; k <= b; k++) {
    const w = ctx.units[k].text;
    if (!ctx.gaz.isCommonWord(w) || ctx.placeKind(w) !== undefined) return false;
  }
  return true;
}

function hasConnector(ctx: Context, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (isConnectorText(ctx.units[k].text)) return true;
  return false;
}

function hasOrgHead(ctx: Context, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) {
    const t = ctx.units[k].text;
    if (ORG_HEADS.has(t) || ORG_OF_HEADS.has(t) || POSSESSIVE.has(t)) return true;
  }
  return false;
}

/** The unit that decides the kind of a name: the word before "of" if any, else the last word. */
export function headOf(ctx: Context, p: Piece): number {
  if (p.mode === 'org' || p.mode === 'place') {
    for (let k = p.a; k <= p.b; k++) {
      const t = ctx.units[k].text;
      if (t === 'of' || t === 'for' || (t === 'on' && p.mode === 'org')) return k - 1;
    }
  }
  let b = p.b;
  // "Terminal 4", "Route 66": the number is not the head.
  while (b > p.a && (ctx.units[b].kind === 'number' || /^[IVX]+$/.test(ctx.units[b].text))) b--;
  return b;
}

export interface TitleCut {
  /** Units of the title chain ("Deputy Secretary of State"). */
  readonly titleA: number;
  readonly titleB: number;
  /** The title's object when it is a name of its own ("President of [the United States]"). */
  readonly objectA: number;
  readonly objectB: number;
  /** The name after it, if any. */
  readonly nameA: number;
}

/**
 * Finds a title inside a piece: the last title word with a name after it (skipping the title's own
 * "of X" object), extended left over modifiers ("Prime", "Deputy").
 */
export function findTitle(ctx: Context, p: Piece): TitleCut | null {
  const { units } = ctx;
  const last = units[p.b].text;
  const titleMode = p.mode === 'title';
  if (!titleMode) {
    // "Judge Peter Lane", "Sheriff Anna Hall": an office before a first name names a person even when
    // the surname is a head noun; royal and saintly titles name places ("King George Street").
    const officeAndGiven = p.b - p.a >= 2 && isTitleWord(units[p.a].text) && !ROYAL_TITLES.has(units[p.a].text) && ctx.gaz.isGivenName(units[p.a + 1].text) && !isTitleWord(units[p.a + 1].text);
    if (p.b > p.a && (ORG_HEADS.has(last) || PLACE_HEADS.has(last)) && !isTitleWord(last) && !officeAndGiven) return null;
    if (p.mode === 'org' || p.mode === 'place') return null;
  }
  let t = -1;
  const firstOf = titleMode ? indexOfConnector(ctx, p.a, p.b) : -1;
  for (let k = firstOf >= 0 ? firstOf - 1 : p.b; k >= p.a; k--) {
    if (isTitleWord(units[k].text)) {
      t = k;
      break;
    }
  }
  if (t < 0) return null;
  // "Major League Baseball", "General Council Secretariat": a title word right before an organization
  // head opens a body's name, not a person's.
  if (t === p.a && t < p.b && ORG_HEADS.has(units[t + 1].text) && !isTitleWord(units[t + 1].text)) return null;
  // "President Hassan Sheikh Ali": after a title and a first name, a later title word belongs to the name.
  if (!titleMode) {
    let t0 = p.a;
    while (t0 < t && !isTitleWord(units[t0].text)) t0++;
    let chainEnd = t0;
    while (chainEnd + 1 < t && (isTitleWord(units[chainEnd + 1].text) || TITLE_MODIFIERS.has(units[chainEnd + 1].text) || RANK_TAILS.has(units[chainEnd + 1].text))) chainEnd++;
    const w = chainEnd + 1 < t ? units[chainEnd + 1].text : '';
    const nameLike = w !== '' && !isTitleWord(w) && (ctx.gaz.isGivenName(w) || (!ctx.gaz.isCommonWord(w) && (ctx.placeKind(w) ?? 'city') === 'city'));
    if (t0 < t && nameLike) t = chainEnd;
  }
  // "Martin Luther King", "Jane Bishop": after a first name the word is a surname, not a title.
  // A title closing the piece is still cut ("George Floyd Justice [in Policing Act]").
  const lead = units[p.a].text;
  const leadPlace = ctx.placeKind(lead);
  // A chain of title words ("Chief Executive", "Prime Minister") is no surname.
  const chained = t - 1 > p.a && (isTitleWord(units[t - 1].text) || TITLE_MODIFIERS.has(units[t - 1].text));
  // "Bernice King", "Jane Bishop": a first name and one title word is a first name and a surname.
  const givenAndWord = t === p.b && p.b === p.a + 1 && !TITLE_MODIFIERS.has(units[t].text) && (!units[p.a].initial || !ctx.gaz.isCommonWord(units[p.a].text));
  if (givenAndWord && ctx.gaz.isGivenName(lead) && !isTitleWord(lead) && (leadPlace === undefined || leadPlace === 'city')) return null;
  // "Law Professor Dana Velt": a dictionary word before a title that a given name and a surname follow
  // is the title's field, not a first name (a given name after the title is the person's).
  const fieldBefore = t === p.a + 1 && t + 2 <= p.b && ctx.gaz.isCommonWord(lead) && ctx.gaz.isGivenName(units[t + 1].text) && !isTitleWord(units[t + 1].text);
  if (t < p.b && t > p.a && !chained && !fieldBefore && ctx.gaz.isGivenName(lead) && !isTitleWord(lead) && (leadPlace === undefined || leadPlace === 'city')) return null;
  let nameA = t + 1;
  // "Det Con X": a rank word after the title belongs to the title (a name must still follow).
  while (nameA < p.b && RANK_TAILS.has(units[nameA].text)) nameA++;
  let objectA = -1;
  let objectB = -1;
  // The title's object: "Secretary of State [for X] <name>" — up to the first given name. Without
  // one, a name with its own head ("of the National Space Council") is all object; else one word.
  if (nameA <= p.b && (units[nameA].text === 'of' || units[nameA].text === 'for')) {
    let m = nameA + 1;
    if (m <= p.b && units[m].text === 'the') m++;
    let g = m;
    while (g <= p.b && !ctx.gaz.isGivenName(units[g].text)) g++;
    if (g <= p.b && g > m) {
      nameA = g;
      objectA = m;
      objectB = g - 1;
    } else if (hasHeadOrPlace(ctx, m, p.b)) {
      nameA = p.b + 1;
      objectA = m;
      objectB = p.b;
    } else {
      nameA = Math.min(m + 1, p.b + 1);
    }
  }
  let titleA = t;
  while (titleA - 1 >= p.a) {
    const w = units[titleA - 1].text;
    const rankTail = RANK_TAILS.has(w) && titleA - 2 >= p.a && isTitleWord(units[titleA - 2].text);
    if (isTitleWord(w) || TITLE_MODIFIERS.has(w) || rankTail) titleA--;
    else break;
  }
  return { titleA, titleB: nameA - 1, objectA, objectB, nameA };
}

function indexOfConnector(ctx: Context, a: number, b: number): number {
  for (let k = a; k <= b; k++) if (ctx.units[k].text === 'of' || ctx.units[k].text === 'for') return k;
  return -1;
}

function hasHeadOrPlace(ctx: Context, a: number, b: number): boolean {
  if (a > b) return false;
  if (ctx.placeKind(ctx.keyText(a, b)) !== undefined) return true;
  for (let k = a; k <= b; k++) {
    const w = ctx.units[k].text;
    if (ORG_HEADS.has(w) || PLACE_HEADS.has(w) || ctx.placeKind(w) !== undefined) return true;
  }
  return false;
}
