// Shorter names a long organization or place name is referred to by. Some hold across the corpus
// ("Camp X" -> "X", "X Corporation" -> "X", "City of X" -> "X", "X Y of Z" -> "X Y"); others only
// inside a document that uses both ("Senate of Z" -> "Senate", "U.S. Senate" -> "Senate",
// "Owner's Market Hall" -> "Market Hall"). Administrative words (province, county, airport ...) are
// never dropped: "X Province" and "X" are different places.

export interface ShortForm {
  readonly key: string;
  /** 'document': only when the long name is in the same document. */
  readonly scope: 'corpus' | 'document';
}

/** Heads naming the kind of a place named after something else: "Camp X" is called "X". */
const DROPPABLE_HEADS = new Set(['camp', 'fort', 'mount', 'lake']);
/** Legal or kind suffixes of organizations: "X Corporation" is called "X". */
const DROPPABLE_TAILS = new Set(['institution', 'corporation', 'company', 'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'group',
  'airlines', 'airways', 'university', 'magazine', 'newspaper', 'foundation', 'island', 'islands', 'harbor', 'archipelago',
  'peninsula']);
/** "City of X", "Republic of X" are called "X". */
const OF_HEADS = new Set(['city', 'town', 'village', 'state', 'commonwealth', 'republic', 'kingdom', 'borough']);
/** Heads of newspapers' names, which a story uses alone for the paper ("the Times", "the Herald"). */
const PUBLICATION_HEADS = new Set(['times', 'post', 'herald', 'journal', 'tribune', 'gazette', 'chronicle', 'telegraph', 'guardian',
  'observer', 'independent', 'courier', 'examiner', 'inquirer', 'globe', 'star']);

/** Words naming a firm's kind or legal form, after its own name ("X Freight Holdings Ltd", "Y Aerospace Industries"). */
const CORPORATE_KIND = new Set(['holdings', 'holding', 'industries', 'enterprises', 'group', 'ltd', 'limited', 'inc', 'incorporated',
  'corp', 'corporation', 'co', 'company', 'llc', 'llp', 'plc', 'sa', 'ag', 'gmbh', 'nv', 'bv', 'partners', 'international']);
/** Heads of institutions a story names by their last words once the full name is given ("the Water Authority"). */
const INSTITUTION_HEADS = new Set(['authority', 'agency', 'council', 'commission', 'committee', 'board', 'bureau', 'ministry',
  'department', 'directorate', 'inspectorate', 'tribunal', 'court', 'union', 'federation', 'association', 'institute', 'service',
  'police', 'assembly', 'party', 'university', 'college', 'hospital', 'museum', 'library', 'trust', 'fund', 'foundation']);

/**
 * First words of an institution's generic name that also names the nation's own ("Supreme Court",
 * "Democratic Party", "National Assembly", "State University", "Federal Court"): in "the Texas
 * Supreme Court … the Supreme Court in Washington" the short form is another body, so such a tail is
 * not taken as the long name's short form. Hand-kept: the tiers of courts, parties and assemblies.
 */
const NATIONAL_TIER = new Set(['supreme', 'high', 'federal', 'national', 'constitutional', 'central', 'state', 'democratic',
  'republican', 'labour', 'labor', 'conservative', 'liberal', 'socialist', 'communist', 'green', 'people\'s', 'european', 'international']);

/** Kinds of landmark a guide or a story drops once the landmark is named ("the X Y Mosque", "X Y"). */
const LANDMARK_HEADS = new Set(['square', 'plaza', 'palace', 'mosque', 'cathedral', 'church', 'temple', 'castle', 'museum',
  'gallery', 'tower', 'bazaar', 'monastery', 'abbey', 'shrine', 'mausoleum', 'basilica', 'synagogue', 'fortress', 'citadel', 'minster']);

/** Last words that name a kind of place: the first word alone is then another place or thing ("Mexico City"). */
const KIND_OF_PLACE = new Set(['city', 'town', 'village', 'county', 'state', 'province', 'district', 'region', 'island', 'islands',
  'isle', 'isles', 'river', 'lake', 'sea', 'ocean', 'bay', 'gulf', 'strait', 'straits', 'canal', 'coast', 'beach', 'valley', 'mountain',
  'mountains', 'hill', 'hills', 'forest', 'desert', 'peninsula', 'cape', 'falls', 'park', 'street', 'road', 'avenue', 'square',
  'bridge', 'airport', 'station', 'port', 'harbor', 'heights', 'springs', 'creek', 'territory', 'republic', 'kingdom', 'land',
  'basin', 'plain', 'plains', 'plateau', 'delta', 'bank', 'strip', 'highlands', 'county']);
const MINOR = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'de', 'la', 'le', 'del']);
/** Words too common in names to identify one by themselves. */
const COMMON = new Set(['national', 'international', 'united', 'federal', 'democratic', 'republic', 'republican', 'people', "people's",
  'peoples', 'popular', 'world', 'american', 'european', 'general', 'central', 'new', 'north', 'south', 'east', 'west', 'great',
  'royal', 'public', 'social', 'liberation', 'revolutionary', 'islamic', 'christian', 'free', 'independent', 'union', 'unions',
  'nations', 'states', 'affairs', 'development', 'security', 'human', 'rights', 'high', 'supreme', 'special', 'state', 'city',
  'government', 'department', 'ministry', 'office', 'council', 'committee', 'commission', 'agency', 'party', 'house', 'senate',
  'court', 'army', 'police', 'university', 'college', 'school', 'church', 'bank', 'company', 'group', 'center', 'centre', 'street',
  'road', 'park', 'river', 'lake', 'mount', 'island', 'islands', 'airport', 'station', 'market', 'square', 'bridge', 'hall',
  'board', 'institute', 'institution', 'front', 'bureau', 'service', 'services', 'administration', 'movement', 'alliance',
  'federation', 'league', 'club', 'fund', 'trust', 'authority', 'association', 'organization', 'organisation', 'society',
  'foundation', 'corporation', 'commission', 'assembly', 'congress', 'parliament', 'network', 'mission', 'program', 'programme',
  'force', 'forces', 'navy', 'guard', 'council', 'division', 'unit', 'centre', 'hospital', 'museum', 'library', 'times', 'news']);

/** A word common in names of many entities ("party", "senate", "national"), or a minor word. */
export function isCommonNameWord(word: string): boolean {
  return COMMON.has(word) || MINOR.has(word);
}

/** Content words that can identify a name ("Hezbollah" in two spellings of one group's name). */
export function distinctiveWords(words: readonly string[]): string[] {
  return words.filter((w) => w.length >= 4 && !MINOR.has(w) && !COMMON.has(w));
}

const edgesOk = (ws: readonly string[]) => ws.length > 0 && !MINOR.has(ws[0]) && !MINOR.has(ws[ws.length - 1]);

/**
 * Short forms of a multiword non-person name, as name keys. `leadingQualifier`: the first word is an
 * abbreviation or a place name qualifying the rest ("U.S. Senate", "York Outer Ring Road").
 */
export function shortForms(words: readonly string[], leadingQualifier: boolean): ShortForm[] {
  if (words.length < 2) return [];
  const out = new Map<string, ShortForm['scope']>();
  const add = (ws: readonly string[], scope: ShortForm['scope']) => {
    if (ws.length === 0 || ws.length >= words.length || !edgesOk(ws)) return;
    const key = ws.join(' ');
    if (!ws.some((w) => w.length >= 3 && !MINOR.has(w))) return;
    // Across the corpus a short form must be all distinctive words; a document may use a plain head noun.
    const effective = scope === 'corpus' && distinctiveWords(ws).length === ws.length ? 'corpus' : 'document';
    if (out.get(key) !== 'corpus') out.set(key, effective);
  };
  if (DROPPABLE_HEADS.has(words[0])) add(words.slice(1), 'corpus');
  if (DROPPABLE_TAILS.has(words[words.length - 1])) add(words.slice(0, -1), 'corpus');
  // "Northfield Police Department" is "Northfield Police" further down the article.
  if (words[words.length - 1] === 'department') add(words.slice(0, -1), 'document');
  // "The Harlow Times" is "the Times" in the same article.
  if (PUBLICATION_HEADS.has(words[words.length - 1])) add(words.slice(-1), 'document');
  // "X Islands" are "the Xs".
  if (words.length === 2 && (words[1] === 'islands' || words[1] === 'isles') && !words[0].endsWith('s')) add([`${words[0]}s`], 'corpus');
  const of = words.indexOf('of');
  if (of === 1 && OF_HEADS.has(words[0])) add(words.slice(words[2] === 'the' ? 3 : 2), 'corpus');
  if (of >= 2) add(words.slice(0, of), 'corpus');
  if (of === 1) add(words.slice(0, 1), 'document');
  if (leadingQualifier) add(words.slice(1), 'document');
  // "Brennock Holdings" is "Brennock" further down the same article: a distinctive first word before
  // a head noun. Not for places ("Kansas City" is not "Kansas"): their heads are kept.
  // Nor for landmarks: "X Cathedral" or "X Minster" is in the town X, not the town.
  const last = words[words.length - 1];
  if (of < 0 && !leadingQualifier && distinctiveWords(words.slice(0, 1)).length === 1 && !KIND_OF_PLACE.has(last) && !LANDMARK_HEADS.has(last)) {
    add(words.slice(0, 1), 'document');
  }
  // "Carver Hollis Bridge" is the "CH Bridge" in the same article: the initials of its leading words, then its head.
  for (let k = 2; k < words.length; k++) {
    const lead = words.slice(0, k);
    if (lead.some((w) => MINOR.has(w) || !/^\p{L}/u.test(w))) break;
    const key = `${lead.map((w) => w[0]).join('')} ${words.slice(k).join(' ')}`;
    if (!out.has(key) && !MINOR.has(words[k])) out.set(key, 'document');
  }
  // "Mendez Freight Holdings Ltd" is "Mendez Freight" further down the same article: the leading
  // words before a run of corporate kind words, when they end in a distinctive word.
  let kindFrom = words.length;
  while (kindFrom > 1 && CORPORATE_KIND.has(words[kindFrom - 1])) kindFrom--;
  for (let k = Math.max(kindFrom, 2); k < words.length; k++) {
    if (distinctiveWords(words.slice(k - 1, k)).length === 1) add(words.slice(0, k), 'document');
  }
  // "Brixton Valley Water Authority" is "the Water Authority" in the same article: its last words,
  // two at least, when they end in the head of an institution (the leading words say which one).
  if (INSTITUTION_HEADS.has(words[words.length - 1]) && of < 0) {
    for (let k = 1; k <= words.length - 2; k++) if (!NATIONAL_TIER.has(words[k])) add(words.slice(k), 'document');
  }
  // "Varno Kessa Palace" is "Varno Kessa" in the same article: a landmark's own name of two words or
  // more without its kind of building or square (one word alone may be a town or a person: kept).
  if (LANDMARK_HEADS.has(words[words.length - 1]) && of < 0 && words.length >= 3) add(words.slice(0, -1), 'document');
  const owner = words.findIndex((w) => w.endsWith("'s"));
  if (owner === 0 && words.length >= 3) add(words.slice(1), 'document');
  // "Basse Terre" is "Basse-Terre": names keep a hyphenated word whole (resolve/names.ts), so the
  // spelling with a space points to the spelling with a hyphen.
  for (let k = 0; k + 1 < words.length; k++) {
    if (MINOR.has(words[k]) || MINOR.has(words[k + 1])) continue;
    const key = [...words.slice(0, k), `${words[k]}-${words[k + 1]}`, ...words.slice(k + 2)].join(' ');
    if (!out.has(key)) out.set(key, 'corpus');
  }
  return [...out].map(([key, scope]) => ({ key, scope }));
}

/** Heads an office is named by either way round: "Ministry of Health" is the "Health Ministry". */
const REORDERABLE_HEADS = new Set(['ministry', 'department', 'office', 'bureau', 'secretariat', 'directorate']);

/** "ministry of health" gives "health ministry"; null for other names. */
export function reorderedKey(words: readonly string[]): string | null {
  if (words.length < 3 || words[1] !== 'of' || !REORDERABLE_HEADS.has(words[0])) return null;
  const rest = words.slice(words[2] === 'the' ? 3 : 2);
  return rest.length > 0 && rest.length <= 3 ? [...rest, words[0]].join(' ') : null;
}
