// Names of bodies whose scope is beyond any one country: "World X", "X of Nations", "Y-an X Union",
// "Z-an X Bank". A name made only of common words ("Supreme Court", "Democratic Party") exists
// in many countries, so across documents it is ambiguous; one qualified by a continent or by the world
// names one body, however common its words, and links across documents by its full name. The continents
// and world regions come from the gazetteer's region list (src/core/gazetteer/data.json, built from npm
// data packages by scripts/build-gazetteer.mjs); their adjectives are formed by the regular English
// suffixes ("Oceania" -> "Oceanian", "Asia" -> "Asian").
import data from '../gazetteer/data.json';
import { nameKey } from './names';

/** Words that make a name's scope the world: "World X", "X of Nations", "Global X", "Intergovernmental X". */
const WORLD_WORDS = ['world', 'nations', 'global', 'intergovernmental', 'worldwide'];

/** Heads of things every town has: "World Trade Hotel" is a building, "Europe Street" a street; neither is global. */
const LOCAL_HEADS = new Set(['street', 'road', 'avenue', 'square', 'park', 'bridge', 'station', 'hotel', 'school', 'hospital', 'church',
  'museum', 'library', 'market', 'hall', 'stadium', 'airport', 'restaurant', 'cafe', 'shop', 'store', 'centre', 'center', 'building', 'tower',
  'plaza', 'court', 'lane', 'drive', 'way', 'place', 'house', 'club', 'cinema', 'theatre', 'theater', 'gallery', 'garden', 'gardens']);

function buildScopeWords(): Set<string> {
  const out = new Set(WORLD_WORDS);
  const countries = new Set((data.countries ? data.countries.split('\n') : []).map(nameKey));
  for (const region of data.regions ? data.regions.split('\n') : []) {
    const key = nameKey(region);
    // One-word regions that are not countries: the continents and seas ("Europe", "Oceania", "Caribbean").
    if (!key || key.includes(' ') || countries.has(key)) continue;
    out.add(key);
    if (key.endsWith('a')) out.add(`${key}n`);
    else if (key.endsWith('e')) out.add(`${key}an`);
  }
  return out;
}

const SCOPE_WORDS: ReadonlySet<string> = buildScopeWords();

/**
 * Whether a multiword organization name (name words, lower case, as nameWords gives them) names a body
 * beyond any one country: one of its words is a continent, its adjective, or a word of world scope, and its
 * head is not a kind of building or street. Source: the gazetteer's regions (see the header).
 */
export function globalScopeName(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const of = words.indexOf('of');
  const head = of > 0 ? words[of - 1] : words[words.length - 1];
  if (LOCAL_HEADS.has(head)) return false;
  return words.some((w) => SCOPE_WORDS.has(w));
}
