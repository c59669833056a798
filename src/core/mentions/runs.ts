// Runs: maximal stretches of capitalized words on one line, with the connectors that may sit inside
// a name ("of", "for", "and", "&", particles, a possessive as in "People's X"). Deciding which
// connectors really join is left to the segmenter.
import type { Context } from './context';
import { CALENDAR_WORDS, COMPANY_SUFFIXES, CONNECTORS, NAME_PARTICLES, ORG_HEADS, ORG_OF_HEADS, ORG_ON_HEADS, PLACE_HEADS, PLACE_MODIFIERS, PLACE_PREFIXES, TITLE_MODIFIERS, TITLES } from './lexicon';
import { BREADCRUMB, touchesOnLine } from './units';
import { isAcronym, isNameWord } from './words';

export type Run = readonly [number, number];

const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const MAX_RUN_UNITS = 14;
const ORDINAL = /^\d{1,4}(?:st|nd|rd|th)$/;

/** The first non-blank line of a text (at most 300 characters of it). */
function firstLine(text: string): string {
  const head = text.slice(0, 300).replace(/^\s+/, '');
  const nl = head.indexOf('\n');
  return nl < 0 ? head : head.slice(0, nl);
}

export function findRuns(ctx: Context): Run[] {
  const { units, text } = ctx;
  const runs: Run[] = [];
  // A breadcrumb opening the page ("Home » Business » X Y Holdings") is navigation, not the title:
  // its items keep their capitals.
  const titleSentence = units.length > 0 && units[0].headline && !BREADCRUMB.test(firstLine(text)) ? units[0].sentence : -1;
  const plainName = (k: number) => k < units.length && isNameWord(units[k]) && !ctx.isRelationCompound(units[k]);
  // In a document's title line every word is capitalized: only words that are no dictionary words
  // (or are known names) make names there, with the place word or head noun that touches one ("New",
  // "University"). Title-case lines further down are mostly lists of names and stay as they are.
  const distinctive = (k: number) => {
    const w = units[k].text;
    return !ctx.gaz.isCommonWord(w) || ctx.gaz.isGivenName(w) || ctx.placeKind(w) !== undefined || isAcronym(w);
  };
  const nameWord = (k: number): boolean => {
    if (!plainName(k)) return false;
    // A line in capitals anywhere ("KAMALA HARRIS SPOKE", "FLOODS HIT LAGOS") is read like the title line.
    if (!units[k].headline || (units[k].sentence !== titleSentence && !units[k].shouted)) return true;
    if (distinctive(k)) return true;
    const w = units[k].text;
    const sameLine = (x: number) => x >= 0 && x < units.length && inLine(x, k) && plainName(x) && distinctive(x);
    if ((PLACE_MODIFIERS.has(w) || PLACE_PREFIXES.has(w)) && sameLine(k + 1)) return true;
    // "Senator Baker", "Vice President Bush": titles and the name right after them.
    const titleWord = (x: number) => x >= 0 && x < units.length && units[x].sentence === units[k].sentence && plainName(x) && (TITLES.has(units[x].text) || TITLE_MODIFIERS.has(units[x].text));
    if (titleWord(k) && k + 1 < units.length && plainName(k + 1)) return true;
    if (titleWord(k - 1)) return true;
    if ((ORG_HEADS.has(w) || PLACE_HEADS.has(w)) && sameLine(k - 1)) return true;
    // "UNITED NATIONS WARNS …", "WORLD HEALTH ORGANIZATION ISSUES …": in a line in capitals, ordinary
    // words before a head noun are the body's name; a verb ends it ("FLOODS HIT CITY COUNCIL").
    return units[k].shouted && headChain(k);
  };
  // Two units of one title line (a line in capitals shares its sentence with the prose after it).
  const inLine = (x: number, k: number) => units[x].sentence === units[k].sentence && units[x].shouted === units[k].shouted;
  const isHead = (k: number) => ORG_HEADS.has(units[k].text) || PLACE_HEADS.has(units[k].text);
  /** Unit k, no verb, is a head noun after such a word or is followed on its line by one within three such words. */
  const headChain = (k: number): boolean => {
    if (verbWord(k)) return false;
    // "MINISTRY OF DEFENCE DENIES …": a head and the ordinary word of its object after "of" or "for".
    if (isHead(k) && headObject(k + 2, k)) return true;
    for (let h = k - 2; h >= k - 3 && h >= 0; h--) if (isHead(h) && headObject(k, h)) return true;
    if (isHead(k)) return headChainBefore(k);
    for (let h = k + 1; h < units.length && h <= k + 3 && inLine(h, k) && plainName(h) && !verbWord(h) && joinable(h - 1, h); h++) if (isHead(h)) return true;
    return false;
  };
  /**
   * Unit x is one of at most two ordinary words, no verbs, after "of"/"for" after the head h on h's line
   * ("Ministry of Defence", "Commission for Fair Trade").
   */
  const headObject = (x: number, h: number): boolean => {
    if (x >= units.length || x > h + 3 || !(units[h + 1].text === 'of' || units[h + 1].text === 'for') || !joinable(h, h + 1)) return false;
    for (let y = h + 2; y <= x; y++) if (!inLine(y, h) || !plainName(y) || verbWord(y) || !joinable(y - 1, y)) return false;
    return true;
  };
  /** A capitalized ordinary word before unit k on its line joins it to the head (k is the head). */
  const headChainBefore = (k: number): boolean => k > 0 && inLine(k - 1, k) && plainName(k - 1) && !verbWord(k - 1) && joinable(k - 1, k);
  // "United", "Allied", "Associated": a participle before a head is the name's adjective, not its verb.
  const verbWord = (k: number): boolean => ctx.gaz.wordClass(units[k].text) === 'VERB' && !/ed$/.test(units[k].text);
  // The tagger may end a sentence at a title's full stop ("Mme. X"): the name goes on after it.
  const sameSentence = (x: number, y: number) => units[x].sentence === units[y].sentence || (TITLES.has(units[x].text) && units[x].text.endsWith('.'));
  const joinable = (x: number, y: number) => y < units.length && sameSentence(x, y) && touchesOnLine(text, units[x], units[y]);
  // "10th Street", "51st Avenue": an ordinal before a place head opens a street's name.
  const ordinalStreet = (k: number) => ORDINAL.test(units[k].text) && k + 1 < units.length && PLACE_HEADS.has(units[k + 1].text) && joinable(k, k + 1) && nameWord(k + 1);
  for (let i = 0; i < units.length; i++) {
    if (!nameWord(i) && !ordinalStreet(i)) continue;
    let j = i;
    for (;;) {
      const k = j + 1;
      // No name is this long; capping keeps every later step (and its recursion) small on hostile text.
      if (k >= units.length || k - i >= MAX_RUN_UNITS) break;
      const next = units[k];
      // "Acme plc": the one legal form written in lower case.
      if (joinable(j, k) && (nameWord(k) || (k > i && next.text === 'plc'))) {
        j = k;
        continue;
      }
      // "People's Liberation Army": a possessive inside a name after a capitalized common noun.
      if (
        POSSESSIVE.has(next.text) && next.start === units[j].end && units[j].pos === 'NOUN' && j > i - 1 &&
        !units[j].initial && joinable(k, k + 1) && nameWord(k + 1)
      ) {
        j = k + 1;
        continue;
      }
      // "Xby's Corp", "Yton's Inc": a firm named in the possessive, its legal form right after the "'s".
      if (POSSESSIVE.has(next.text) && next.start === units[j].end && joinable(k, k + 1) && LEGAL_FORMS.has(units[k + 1]?.text ?? '') && ctx.placeKind(units[j].text) === undefined) {
        j = k + 1;
        continue;
      }
      // "Farmers' Union", "North Sea Shipowners' Council": a plural common noun's possessive inside a
      // body's name (the tagger calls the capitalized plural a proper noun).
      if (pluralPossessive(ctx, j, k) && joinable(k, k + 1) && nameWord(k + 1)) {
        j = k + 1;
        continue;
      }
      // "Route 66", "Terminal 1": a number right after a place or organization head.
      if (next.kind === 'number' && joinable(j, k) && (PLACE_HEADS.has(units[j].text) || ORG_HEADS.has(units[j].text))) {
        j = k;
        continue;
      }
      // "on" joins only after a body named for its subject ("Committee on Foreign Relations"), before a
      // dictionary word that is no date's ("the Council on Christmas Eve") and no place's ("the Committee
      // on Capitol Hill"): elsewhere it is a date's or a topic's.
      if (joinable(j, k) && (CONNECTORS.has(next.text) || NAME_PARTICLES.has(next.text) || (next.text === 'on' && ORG_ON_HEADS.has(units[j].text) && subjectAfterOn(ctx, k + 1)))) {
        // "of the X": skip the article too.
        let m = k + 1;
        if (next.text !== 'the' && m < units.length && units[m].text === 'the' && joinable(k, m)) m++;
        // "von der Heide", "van den Berg", "de la Cruz": particles come in pairs.
        else if (NAME_PARTICLES.has(next.text) && m < units.length && NAME_PARTICLES.has(units[m].text) && joinable(k, m)) m++;
        if (joinable(m - 1, m) && nameWord(m)) {
          j = m;
          continue;
        }
      }
      break;
    }
    runs.push([i, j]);
    i = j;
  }
  return joinListedObjects(ctx, runs);
}

/** Company suffixes that are legal forms only ("Group", "Holdings" also follow an owner's possessive). */
const LEGAL_FORMS = new Set([...COMPANY_SUFFIXES].filter((w) => w !== 'Group' && w !== 'Holdings'));

/** Plurals of people that take "'s" ("Women's Hospital", "Children's Fund"). */
const IRREGULAR_PLURALS = new Set(['Women', 'Men', 'Children', 'People', 'Peoples', 'Workmen', 'Fishermen', 'Seamen']);

/**
 * Unit k is a bare apostrophe glued to unit j, a capitalized plural that is a dictionary word
 * ("Farmers", "Shipowners", "Pilots"), and an organization or place head follows within three capitalized
 * words that are no first names ("Farmers' Union", "Dock Workers' Welfare Fund"); or "'s" after a plural
 * that does not end in "s" ("Women's Hospital"). A team's plural before
 * a player ("the Harriers' Ola Brandt") stays cut: no head follows.
 */
function pluralPossessive(ctx: Context, j: number, k: number): boolean {
  const { units, gaz } = ctx;
  const owner = units[j];
  const mark = units[k];
  const bare = mark.text === "'" || mark.text === '’';
  if (!bare && !((mark.text === "'s" || mark.text === '’s') && IRREGULAR_PLURALS.has(owner.text))) return false;
  if (mark.start !== owner.end || (bare && (!/^\p{Lu}\p{Ll}+s$/u.test(owner.text) || !gaz.isCommonWord(owner.text)))) return false;
  // "Goodwill Industries' Farm to Freezer project": a body's own possessive, not a word of a name.
  if (ORG_HEADS.has(owner.text) || PLACE_HEADS.has(owner.text)) return false;
  for (let m = k + 1; m < units.length && m <= k + 3; m++) {
    const w = units[m].text;
    if (ORG_HEADS.has(w) || PLACE_HEADS.has(w)) return true;
    if (!/^\p{Lu}\p{Ll}+$/u.test(w) || gaz.isGivenName(w) || !gaz.isCommonWord(w) || units[m].sentence !== owner.sentence) return false;
  }
  return false;
}

/**
 * "Bureau of Alcohol, Tobacco and Firearms", "Department of Health, Education and Welfare": after an
 * organization head and "of", a list of ordinary capitalized nouns closed by "and" is the name's
 * object, commas and all. Every item is one dictionary word that is no place or given name, so a
 * sentence listing places or people after a name ("the Ministry of Defence, Britain and France")
 * stays cut at its commas.
 */
function joinListedObjects(ctx: Context, runs: Run[]): Run[] {
  const { units, gaz } = ctx;
  const item = (k: number) => {
    const w = units[k].text;
    return gaz.isCommonWord(w) && !gaz.isGivenName(w) && ctx.placeKind(w) === undefined && /^\p{Lu}\p{Ll}+$/u.test(w);
  };
  const out: Run[] = [];
  for (let r = 0; r < runs.length; r++) {
    const [a, b] = runs[r];
    // The run ends "<Head> of <Item>".
    if (b - a < 2 || units[b - 1].text !== 'of' || !ORG_OF_HEADS.has(units[b - 2].text) || !item(b)) {
      out.push(runs[r]);
      continue;
    }
    let end = b;
    let next = r + 1;
    let closed = false;
    while (next < runs.length && !closed) {
      const [c, d] = runs[next];
      if (c !== end + 2 || units[end + 1].text !== ',' || units[c].sentence !== units[end].sentence || !touchesOnLine(ctx.text, units[end + 1], units[c])) break;
      // One item ("Tobacco") before another comma, or the closing "Tobacco and Firearms".
      if (c === d && item(c)) { end = d; next++; continue; }
      if (d === c + 2 && units[c + 1].text === 'and' && item(c) && item(d)) { end = d; next++; closed = true; continue; }
      break;
    }
    if (closed) {
      out.push([a, end]);
      r = next - 1;
    } else out.push(runs[r]);
  }
  return out;
}

/** The word at k can open a body's subject after "on": a dictionary word, no calendar word, no place. */
function subjectAfterOn(ctx: Context, k: number): boolean {
  const u = ctx.units[k];
  return u !== undefined && ctx.gaz.isCommonWord(u.text) && !CALENDAR_WORDS.has(u.text) && ctx.placeKind(u.text) === undefined;
}
