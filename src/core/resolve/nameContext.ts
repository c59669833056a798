// What the words around a mention say about the name it stands for, read from the document's text.
// Two kinds of mention do not name the entity their own words name:
//   - a fragment of a longer name the detector did not take whole: "US" in "US 75" (a road), "America"
//     in "Latin America", "Africa" in "Horn of Africa", "Canada" in "Air Canada";
//   - a region of a place: "Italy" in "northern Italy", "Iran" in "central Iran" (a compass word in lower
//     case before the name makes a part of the place, not the place).
// Language only: capitalisation, digits, "of", and the general word lists of mentions/lexicon.ts.
import { TITLES } from '../mentions/lexicon';
import type { DetectedMention } from '../types';

export type NameReading =
  | { readonly kind: 'name' }
  | { readonly kind: 'fragment' }
  /** `modifier` is the compass word in the text ("northern"). */
  | { readonly kind: 'region'; readonly modifier: string };

const NAME: NameReading = { kind: 'name' };
const FRAGMENT: NameReading = { kind: 'fragment' };

/**
 * A short number right after the name: "US 75", "Route 9" ("Apollo 11" is one name). Four digits
 * or more are a year or a postal code after a complete name ("Iraq 2003", "Andover, X 01810"), and a
 * number with a dash or colon and another number is a score ("beat Xtown 3-1", "Xtown 2:0").
 */
const NUMBER_AFTER = /^[ \u00a0-]\d{1,3}(?!\d|[,.]\d|\s?[-–—:]\s?\d)/;
/** The word right before the name, capitalised, joined to it by one space or hyphen: "Latin America", "Air Canada". */
const CAPITAL_BEFORE = /(?:^|[^\p{L}\p{N}'’.])(\p{Lu}[\p{L}'’]*)[ \u00a0-]$/u;
/** "Horn of Africa", "Isle of X": a capitalised word and "of" right before the name. */
const CAPITAL_OF_BEFORE = /(?:^|[^\p{L}\p{N}'’.])(\p{Lu}[\p{L}'’]*) of (?:the )?$/u;
/** A compass word in lower case right before the name: "northern Italy". */
const REGION_BEFORE = /(?:^|[^\p{L}\p{N}])((?:north|south|east|west)(?:ern)?|central|(?:north|south)-?(?:east|west)(?:ern)?)[ \u00a0]$/u;
/** Punctuation after which a capital says nothing about the word: a sentence, a quote or a heading starts. */
const OPENS = /[.!?:;"“”([—–]/;
/** Heads that make "X of Y" the place Y itself: "City of Y", "Republic of Y", "State of Y". */
const SAME_PLACE_OF = new Set(['City', 'Town', 'Village', 'State', 'Commonwealth', 'Republic', 'Kingdom', 'Borough', 'Province', 'County',
  'Emirate', 'Principality', 'Federation', 'Union', 'Territory', 'Sultanate', 'Duchy']);
/** Function words written with a capital in title-case headings ("Trouble In Iran"). */
const MINOR_CAPITALS = new Set(['In', 'At', 'On', 'Of', 'To', 'For', 'From', 'By', 'And', 'Or', 'The', 'A', 'An', 'With', 'Into', 'Over', 'As', 'Near', 'Across']);

/**
 * How the mention reads in its text: a name, a fragment of a longer name, or a region of a place.
 * Only places are read for fragments and regions (a person's name after a capital is usually after a
 * title, an organization's after a nationality word), except a number after the name, which makes any
 * name part of a longer one. Offsets are UTF-16 code units into `text`; a mention whose span is not in
 * the text reads as a name.
 */
export function readName(text: string, m: DetectedMention): NameReading {
  if (!(m.start >= 0 && m.end <= text.length)) return NAME;
  if (m.type === 'PERSON') return NAME;
  if (NUMBER_AFTER.test(text.slice(m.end, m.end + 6))) return FRAGMENT;
  if (m.type !== 'PLACE') return NAME;
  const from = Math.max(0, m.start - 40);
  const before = text.slice(from, m.start);
  const region = REGION_BEFORE.exec(before);
  if (region) return { kind: 'region', modifier: region[1] };
  const capital = CAPITAL_BEFORE.exec(before);
  if (capital && joinsName(text, from, capital)) return FRAGMENT;
  const of = CAPITAL_OF_BEFORE.exec(before);
  if (of && !SAME_PLACE_OF.has(of[1]) && joinsName(text, from, of)) return FRAGMENT;
  return NAME;
}

/**
 * The capitalised word (match[1], found in the text from offset `from`) is part of a name: not a
 * title, not a capitalised function word, and not capitalised only because a sentence or line starts.
 */
function joinsName(text: string, from: number, match: RegExpExecArray): boolean {
  const word = match[1];
  // A word in capitals says nothing: headings and datelines write every word so ("FLIGHTS TO X").
  if (TITLES.has(word) || MINOR_CAPITALS.has(word) || word === word.toUpperCase()) return false;
  // An owner is not part of the name: "Varn's Quelmark" is Quelmark as Varn sees it.
  if (/['’]s?$/.test(word)) return false;
  let i = from + match.index + match[0].indexOf(word) - 1;
  let newline = false;
  for (; i >= 0 && /\s/.test(text[i]); i--) if (text[i] === '\n') newline = true;
  return i >= 0 && !newline && !OPENS.test(text[i]);
}
