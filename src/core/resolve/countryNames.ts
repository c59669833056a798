// Countries known by several names in the news ("Britain" / "United Kingdom"). Each line is one
// country; the names are name keys (see nameKey): lower case, no dots. Initials ("U.S.") are found by
// the initials rule when the long name is in the corpus; they are listed here for corpora without it.
const GROUPS: readonly (readonly string[])[] = [
  ['united states', 'united states of america', 'us', 'usa', 'america'],
  ['united kingdom', 'uk', 'britain', 'great britain', 'united kingdom of great britain and northern ireland'],
  ['russia', 'russian federation'],
  ['china', "people's republic of china", 'prc'],
  ['south korea', 'republic of korea'],
  ['north korea', 'dprk', "democratic people's republic of korea"],
  ['iran', 'islamic republic of iran'],
  ['syria', 'syrian arab republic'],
  ['united arab emirates', 'uae'],
  ['netherlands', 'holland', 'the netherlands'],
  ['czech republic', 'czechia'],
  ['myanmar', 'burma'],
  ['ivory coast', "cote d'ivoire"],
  ['turkey', 'turkiye'],
  ['vatican', 'holy see', 'vatican city'],
  ['democratic republic of the congo', 'drc', 'dr congo'],
  ['bosnia and herzegovina', 'bosnia'],
  ['east timor', 'timor-leste', 'timor leste'],
  ['eswatini', 'swaziland'],
  ['north macedonia', 'macedonia'],
  ['cabo verde', 'cape verde'],
];

/** Name key -> the first name of its country's line. */
export const COUNTRY_NAME: ReadonlyMap<string, string> = new Map(GROUPS.flatMap((g) => g.map((name) => [name, g[0]] as const)));

/**
 * Names in the lists above that also name a continent or region ("America" is the Americas as often
 * as the country): inside a document they follow the country's other names, but across documents
 * they are ambiguous and link only on shared context.
 */
export const SHARED_COUNTRY_NAMES: ReadonlySet<string> = new Set(['america']);
