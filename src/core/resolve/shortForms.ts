// Shorter names a long organization or place name is referred to by: without its generic head or
// tail ("Camp X" -> "X", "X Institution" -> "X", "X City" -> "X"), or without its "of ..." part
// ("X of Y" -> "X"). A short form must keep a distinctive word.

const GENERIC = new Set([
  'camp', 'fort', 'mount', 'mt', 'lake', 'river', 'island', 'islands', 'bay', 'city', 'county', 'province', 'state', 'district',
  'region', 'airport', 'port', 'university', 'college', 'institute', 'institution', 'school', 'department', 'ministry',
  'agency', 'party', 'committee', 'council', 'commission', 'association', 'corporation', 'company', 'inc', 'corp', 'co', 'ltd',
  'llc', 'plc', 'group', 'foundation', 'organization', 'organisation', 'society', 'bank', 'center', 'centre', 'hospital',
  'museum', 'park', 'street', 'avenue', 'road', 'square', 'station', 'magazine', 'newspaper', 'network', 'army', 'navy',
  'court', 'office', 'bureau', 'service', 'administration', 'movement', 'front', 'alliance', 'federation', 'league', 'club',
  'fund', 'trust', 'board', 'authority', 'valley', 'desert', 'sea', 'ocean', 'peninsula', 'cathedral', 'temple', 'mosque',
]);
const MINOR = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'de', 'la', 'le', 'del']);

/** Words too common in organization names to show two names are variants of one. */
const COMMON = new Set(['national', 'international', 'united', 'federal', 'democratic', 'republic', 'republican', 'people', "people's",
  'peoples', 'popular', 'world', 'american', 'european', 'general', 'central', 'new', 'north', 'south', 'east', 'west', 'great',
  'royal', 'public', 'social', 'liberation', 'revolutionary', 'islamic', 'christian', 'free', 'independent', 'union', 'unions',
  'nations', 'states', 'affairs', 'development', 'security', 'human', 'rights', 'high', 'supreme', 'special']);

/** Content words that can identify a name ("Mujahedeen" in two spellings of one group's name). */
export function distinctiveWords(words: readonly string[]): string[] {
  return words.filter((w) => w.length >= 4 && !GENERIC.has(w) && !MINOR.has(w) && !COMMON.has(w));
}

function distinctive(words: readonly string[]): boolean {
  return words.some((w) => !GENERIC.has(w) && !MINOR.has(w) && w.length >= 3);
}

/** Keys (see nameKey) of the short forms of a multiword non-person name. */
export function shortFormKeys(words: readonly string[]): string[] {
  if (words.length < 2) return [];
  const out = new Set<string>();
  const add = (ws: readonly string[]) => {
    if (ws.length > 0 && ws.length < words.length && distinctive(ws) && !MINOR.has(ws[0]) && !MINOR.has(ws[ws.length - 1])) out.add(ws.join(' '));
  };
  let a = 0;
  let b = words.length;
  while (a < b - 1 && GENERIC.has(words[a])) a++;
  while (b > a + 1 && GENERIC.has(words[b - 1])) b--;
  add(words.slice(a, b));
  const of = words.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for'));
  // One word before "of" is usually a common noun ("Embassy of X"), so the head needs two words.
  if (of > 1) add(words.slice(0, of));
  return [...out];
}
