// Countries known by several names in the news ("Britain" / "United Kingdom"). The groups come from
// world-countries (common, official and Latin-script alternative names), built into
// gazetteer/lexicon.json by scripts/build-lexicon.mjs; NEWS_NAMES adds the names the news uses that the
// package lacks. Initials ("U.S.") are found by the initials rule when the long name is in the corpus.
import lexicon from '../gazetteer/lexicon.json';
import { nameKey } from './names';

/** Names of the news that world-countries does not list, each with one name the package has. */
const NEWS_NAMES: readonly (readonly [string, string])[] = [
  ['america', 'united states'],
  ['britain', 'united kingdom'],
  ['turkey', 'turkiye'],
  ['burma', 'myanmar'],
  ['bosnia', 'bosnia and herzegovina'],
  ['macedonia', 'north macedonia'],
  ['swaziland', 'eswatini'],
  ['cabo verde', 'cape verde'],
  ['timor leste', 'timor-leste'],
  ['east timor', 'timor-leste'],
  ['prc', 'china'],
  ["people's republic of china", 'china'],
  ['holy see', 'vatican city'],
  ['dr congo', 'democratic republic of the congo'],
  ["democratic people's republic of korea", 'north korea'],
];

function buildCountryNames(groups: readonly (readonly string[])[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const g of groups) {
    const keys = g.map(nameKey).filter(Boolean);
    for (const k of keys) if (!out.has(k)) out.set(k, keys[0]);
  }
  for (const [news, known] of NEWS_NAMES) {
    const canonical = out.get(nameKey(known));
    if (canonical !== undefined && !out.has(nameKey(news))) out.set(nameKey(news), canonical);
  }
  return out;
}

/** Name key (see nameKey) -> one canonical name key of its country. */
export const COUNTRY_NAME: ReadonlyMap<string, string> = buildCountryNames(lexicon.countryGroups);

/**
 * Names in the country lists that also name a continent or region ("America" is the Americas as often
 * as the country): inside a document they follow the country's other names, but across documents
 * they are ambiguous and link only on shared context.
 */
export const SHARED_COUNTRY_NAMES: ReadonlySet<string> = new Set(['america']);
