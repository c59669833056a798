// Cross-document entity resolution on evidence. The unit is the document-level entity: the name
// groups one document joined by its own rules (a surname with the document's full name, an acronym with
// its expansion). Two document-level entities of one type link across documents when
//   - their full forms agree: the same normalised full name, the same acronym definition, or two names
//     of one country from data (countryNames.ts) — a strong link; or
//   - a name of one is ambiguous (one word, an acronym it never defines, a bare surname, a name made of
//     common words only, a street-level place name) and matches a name of the other, and the contexts
//     of the two documents agree: the IDF-weighted overlap coefficient (Szymkiewicz–Simpson) of the other
//     entities named around them and of their descriptors — a weak link, marked as such.
// A document-level entity with only ambiguous names and no agreeing context stays its own entity and is
// recorded as possibly the same as its best candidate. Two different full person names never end up in
// one entity, whatever chain of links would join them.
import type { EntityType, LinkStrength } from '../types';
import { COUNTRY_NAME, SHARED_COUNTRY_NAMES } from './countryNames';
import type { MentionRecord, NodeInfo, NodeLookup } from './entities';
import type { Link } from './global';
import { globalScopeName } from './globalNames';
import { givenNameKey, initialsOf, isParticleSurname, surnameKeys } from './names';
import { scopeIndex, type PreparedDocument } from './prepare';
import { SHARED_PLACE_NAMES } from './sharedPlaceNames';
import { distinctiveWords, isCommonNameWord, reorderedKey, shortForms } from './shortForms';

/**
 * Where each document-level entity ended up: the root of the cross-document entity it joined, for
 * the roots that joined another one (a root not in the map is its own). Built once when linking is
 * done, from this stage's integer union-find, so later stages look a root up once instead of walking
 * a string union-find.
 */
export interface Groups {
  find(root: string): string;
}

/** A suggestion kept for a document-level entity that was not linked: keyed by its group root. */
export interface PossibleMatch {
  /** Root (scoped node id) of the other document-level entity. */
  readonly root: string;
  readonly evidence: string;
}

/** Overlap coefficient of contexts (shared weight over the smaller context's weight) at or above which an ambiguous name links. */
const CONTEXT_THRESHOLD = 0.05;
/** Shared context items needed besides the similarity: one shared name is a coincidence. */
const CONTEXT_MIN_SHARED = 2;
/** Letters from which an acronym no document defines links across documents by itself. */
const LONG_ACRONYM = 5;
/** Candidates compared per ambiguous name, so a name shared by thousands of documents stays linear. */
const MAX_CANDIDATES = 64;

/** Heads of street-level place names: many towns have a "Main Street" or a "Market Square". */
const LOCAL_HEADS = new Set(['street', 'road', 'avenue', 'boulevard', 'lane', 'drive', 'square', 'park', 'bridge', 'station',
  'highway', 'place', 'plaza', 'court', 'terrace', 'way', 'hall', 'market', 'church', 'cemetery', 'school', 'hospital', 'library',
  'museum', 'hotel', 'theater', 'stadium', 'airport', 'harbor', 'beach', 'creek', 'river', 'lake', 'hill', 'mountain', 'county']);

type KeyKind = 'full-name' | 'acronym-definition' | 'country';

interface StrongKey {
  readonly key: string;
  readonly kind: KeyKind;
  /** For an acronym definition: "WHO = World Health Organization". */
  readonly display?: string;
}

type NameKind = 'surname' | 'given name' | 'acronym' | 'short name' | 'ambiguous name' | 'generic name';

interface DocEntity {
  /** Position in the corpus-wide list, for the integer union-find of this stage. */
  index: number;
  readonly doc: number;
  readonly root: string;
  readonly type: EntityType;
  /** Node of its fullest name: the alias or target its links name. */
  readonly head: string;
  /** The head's name group, when known: links carry it so that showing them needs no lookup. */
  readonly headInfo: NodeInfo | undefined;
  readonly strong: readonly StrongKey[];
  /**
   * Its own ambiguous names, as index keys (each once, in order of first use), and what kind of name
   * each is (`weakKinds[i]` for `weak[i]`). Two arrays rather than a map: read in every loop of this
   * stage, and a map's iterator allocated an entry per step.
   */
  readonly weak: readonly string[];
  readonly weakKinds: readonly NameKind[];
  /** Its name groups. */
  readonly names: readonly NodeInfo[];
  /** Full person names (keys), each once, for the guard against joining two different people. */
  readonly people: readonly string[];
  /** The item naming it in other entities' contexts. */
  readonly label: string;
  readonly descriptors: ReadonlySet<string>;
  /** Distinctive words of its multiword organization or place names: two expansions of one acronym must share one. */
  readonly expansionWords: readonly string[];
}

/**
 * Links document-level entities across documents, adding their reasons to `links`. Returns the
 * cross-document entities (`groups`) and, per root of an entity left apart, its suggestions. Pure given
 * its inputs; deterministic (documents in corpus order, candidates in document order).
 */
export function linkAcrossDocuments(
  prepared: readonly PreparedDocument[],
  nodes: NodeLookup,
  perDoc: readonly (readonly MentionRecord[])[],
  links: Link[],
): { groups: Groups; possible: Map<string, PossibleMatch[]> } {
  const possible = new Map<string, PossibleMatch[]>();
  // Per document, like the roots it holds: small maps are much cheaper to fill and to ask than one.
  const joined: Map<string, string>[] = [];
  const groups: Groups = {
    find: (root) => {
      const d = scopeIndex(root);
      return (d >= 0 ? joined[d]?.get(root) : undefined) ?? root;
    },
  };
  if (prepared.length < 2) return { groups, possible };
  const entities: DocEntity[] = [];
  const byDoc: DocEntity[][] = [];
  const labelName = new Map<string, string>();
  const places = new Set<string>();
  const addPlace = (n: NodeInfo) => {
    if (n.cls === 'OP' && (n.types.get('PLACE') ?? 0) * 2 > n.types.total()) places.add(n.key);
  };
  if (nodes.forEach) nodes.forEach(addPlace);
  else for (const n of nodes.values()) addPlace(n);
  const isPlace = (key: string) => places.has(key) || COUNTRY_NAME.has(key);
  // Names recur across documents: each (type, name) is classified once.
  // One map per (type, class of name), found by number: a slot name built per name was a string per call.
  const analyses: Map<string, NameAnalysis>[] = [];
  const analyse = (n: NodeInfo, type: EntityType): NameAnalysis => {
    const slot = TYPE_CODE[type] * 2 + (n.cls === 'P' ? 0 : 1);
    let byKey = analyses[slot];
    if (!byKey) analyses[slot] = byKey = new Map();
    let a = byKey.get(n.key);
    if (!a) byKey.set(n.key, (a = analyseName(n, type, isPlace)));
    return a;
  };
  perDoc.forEach((recs, d) => {
    const here = documentEntities(d, recs, nodes, prepared[d], labelName, analyse);
    byDoc.push(here);
    for (let ei = 0; ei < here.length; ei++) {
      const e = here[ei];
      e.index = entities.length;
      entities.push(e);
    }
  });

  // Document-level entities joined so far: an integer union-find (string ids cost a hash per step).
  const parent = entities.map((_, i) => i);
  const size = entities.map(() => 1);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const same = (a: DocEntity, b: DocEntity) => find(a.index) === find(b.index);
  // Per root of the growing cross-document entities: the full person names it holds.
  // Arrays rather than sets: nearly every one holds one name, and the list lives as long as the stage.
  const peopleOf: (readonly string[] | undefined)[] = new Array<readonly string[] | undefined>(entities.length);
  for (let ei = 0; ei < entities.length; ei++) {
    const e = entities[ei];
    if (e.people.length > 0) peopleOf[e.index] = e.people;
  }
  const join = (a: DocEntity, b: DocEntity, rule: string, strength: LinkStrength, evidence: string, score?: number): boolean => {
    const ra = find(a.index);
    const rb = find(b.index);
    if (ra === rb) return false;
    const pa = peopleOf[ra];
    const pb = peopleOf[rb];
    // Two people with different full names are two people, even through a chain of links.
    if (pa && pb && pa !== pb && !pa.some((k) => pb.includes(k))) return false;
    const root = Math.min(ra, rb);
    parent[Math.max(ra, rb)] = root;
    size[root] = size[ra] + size[rb];
    if (pa && pb && pa !== pb) peopleOf[root] = union(pa, pb);
    else if (pa || pb) peopleOf[root] = pa ?? pb;
    const documents: [string, string] = [prepared[b.doc].input.id, prepared[a.doc].input.id];
    // Two literals rather than a spread: one link per linked document-entity, so this is a hot path.
    if (score === undefined) links.push({ alias: b.head, target: a.head, rule, strength, evidence, documents, root: b.root, aliasInfo: b.headInfo, targetInfo: a.headInfo });
    else links.push({ alias: b.head, target: a.head, rule, strength, evidence, documents, root: b.root, score, aliasInfo: b.headInfo, targetInfo: a.headInfo });
    return true;
  };

  // 1. Full forms that agree: each later document-entity joins the first holder of the key.
  const firstHolder = new Map<string, DocEntity>();
  for (let ei = 0; ei < entities.length; ei++) {
    const e = entities[ei];
    for (let ki = 0; ki < e.strong.length; ki++) {
      const k = e.strong[ki];
      const first = firstHolder.get(k.key);
      if (!first) firstHolder.set(k.key, e);
      else if (first.doc !== e.doc) join(first, e, RULE_OF[k.kind], 'strong', strongEvidence(k, nodes, first, e));
    }
  }

  // 2. Ambiguous names: link on shared context, else suggest.
  // Only the keys some ambiguous name will look up are indexed.
  const wanted = new Set<string>();
  for (let ei = 0; ei < entities.length; ei++) {
    const e = entities[ei];
    if (e.strong.length === 0) for (let ki = 0; ki < e.weak.length; ki++) wanted.add(e.weak[ki]);
  }
  // Candidate lists hold entity indexes, and the candidate walk below reads document and type from
  // flat arrays: it looks at up to MAX_CANDIDATES entities per ambiguous entity, and reading each
  // entity object was a cache miss per candidate.
  const findIndex = wanted.size > 0 ? indexFindable(entities, wanted) : new Map<string, number[]>();
  const docOf = new Int32Array(entities.length);
  const typeOf = new Uint8Array(entities.length);
  for (let i = 0; i < entities.length; i++) {
    docOf[i] = entities[i].doc;
    typeOf[i] = TYPE_CODE[entities[i].type];
  }
  const context = createContext(byDoc, labelName);
  // Entities using an acronym as a name, by acronym and by a distinctive word of their expansions.
  // Two levels (acronym, then word) rather than one map of joined strings: no string is built per lookup.
  const byAcronym = new Map<string, number[]>();
  const byAcronymWord = new Map<string, Map<string, number[]>>();
  for (let ei = 0; ei < entities.length; ei++) {
    const e = entities[ei];
    for (let i = 0; i < e.weak.length; i++) {
      if (e.weakKinds[i] !== 'acronym') continue;
      const key = e.weak[i];
      if (e.expansionWords.length === 0) push(byAcronym, key, e.index);
      if (e.expansionWords.length === 0) continue;
      let byWord = byAcronymWord.get(key);
      if (!byWord) byAcronymWord.set(key, (byWord = new Map()));
      for (let wi = 0; wi < e.expansionWords.length; wi++) push(byWord, e.expansionWords[wi], e.index);
    }
  }
  // Candidates already looked at for the entity being linked: a stamp per entity rather than a set
  // per entity, as most entities look at a few dozen candidates.
  const seenStamp = new Int32Array(entities.length).fill(-1);
  // Loops over arrays count by index in this function and in indexFindable: each runs once per pass, much
  // of it before the optimizing compiler steps in, and an unoptimized for-of allocates a result per
  // step (85 MB at 10,000 documents).
  for (let ei = 0; ei < entities.length; ei++) {
    const e = entities[ei];
    if (e.weak.length === 0) continue;
    // An entity with a full name looks further only by the acronyms it uses ("MEK" defined two ways),
    // and only at entities whose expansion shares a distinctive word with its own (a transliteration);
    // otherwise two bodies merely share initials.
    const acronymsOnly = e.strong.length > 0;
    if (!acronymsOnly) {
      // A word in capitals that another document writes as an ordinary name ("BOGOTA") is that name.
      let shouted = false;
      for (let i = 0; i < e.weak.length; i++) {
        const key = e.weak[i];
        const holder = e.weakKinds[i] === 'acronym' ? firstHolder.get(key) : undefined;
        if (holder && holder.doc !== e.doc && holder.strong.some((k) => k.key === key)) shouted = join(holder, e, 'same-full-name', 'strong', 'same name in capitals') || shouted;
      }
      if (shouted) continue;
    }
    let best: { other: DocEntity; score: number; kind: NameKind; shared: number; key: string } | undefined;
    let compared = 0;
    const eType = TYPE_CODE[e.type];
    for (let i = 0; i < e.weak.length; i++) {
      const key = e.weak[i];
      const kind = e.weakKinds[i];
      if (acronymsOnly && kind !== 'acronym') continue;
      // The candidate lists: the key's, or for an acronym of an entity with a full name, the acronym's
      // users without an expansion and then those sharing each distinctive word. Picked by number, so no
      // list of lists is built per name (this loop runs for most entities of a corpus).
      const byWord = acronymsOnly ? byAcronymWord.get(key) : undefined;
      const listCount = acronymsOnly ? 1 + e.expansionWords.length : 1;
      for (let li = 0; li < listCount; li++) {
        const list = !acronymsOnly ? findIndex.get(key) ?? NO_INDEXES : li === 0 ? byAcronym.get(key) ?? NO_INDEXES : byWord?.get(e.expansionWords[li - 1]) ?? NO_INDEXES;
        for (let oi = 0; oi < list.length; oi++) {
          const o = list[oi];
          // Every candidate looked at counts, so a name shared by thousands of documents costs a bounded walk.
          if (++compared > MAX_CANDIDATES) break;
          if (docOf[o] === e.doc || typeOf[o] !== eType || seenStamp[o] === e.index) continue;
          seenStamp[o] = e.index;
          if (find(o) === find(e.index)) continue;
          const other = entities[o];
          // An acronym of five letters or more that no document defines is one body wherever it is used:
          // few strings of five capitals name two bodies (short ones, "CBS", do).
          if (kind === 'acronym' && !acronymsOnly && other.strong.length === 0 && usesAcronym(other, key) && acronymLetters(key) >= LONG_ACRONYM) {
            join(other, e, 'same-acronym', 'weak', 'same acronym of five letters or more, defined in neither document');
            continue;
          }
          const score = context.similarity(e, other);
          if (score >= CONTEXT_THRESHOLD && context.sharedCount() >= CONTEXT_MIN_SHARED) {
            const names = context.names(context.shared(e, other)).slice(0, 3).join(', ');
            // Read from the name that needed the context to the fuller one: "HCA" to its expansion.
            if (acronymsOnly) join(e, other, 'shared-context', 'weak', `${kindOnly(kind, key, e)}; shared context: ${names}`, round(score));
            else join(other, e, 'shared-context', 'weak', `${kindOnly(kind, key, other)}; shared context: ${names}`, round(score));
          } else if (!best || score > best.score) best = { other, score, kind, shared: context.sharedCount(), key };
        }
      }
    }
    if (best && !acronymsOnly && size[find(e.index)] === 1 && !same(best.other, e)) {
      const list = possible.get(e.root) ?? [];
      list.push({ root: best.other.root, evidence: `${kindOnly(best.kind, best.key, best.other)}; ${contextShortfall(best.shared, best.score, () => context.names(context.shared(e, best!.other)))}` });
      possible.set(e.root, list);
    }
  }
  for (let ei = 0; ei < entities.length; ei++) {
    const e = entities[ei];
    const r = find(e.index);
    if (r !== e.index) (joined[e.doc] ??= new Map()).set(e.root, entities[r].root);
  }
  return { groups, possible };
}

/**
 * The first words of a link's reason: which kind of name alone matched ("surname only"). A lone person
 * word that is the first word of a full name of `fuller` (and not its last) is a given name there, even
 * when its own document never wrote the full name ("Ilka" beside "Ilka Brand"); a generic name of a
 * body says why it is not enough by itself.
 */
function kindOnly(kind: NameKind, key: string, fuller: DocEntity): string {
  if (kind === 'generic name') return 'generic name only (bodies in many places bear it)';
  if (kind === 'surname') {
    const word = key.slice(key.indexOf('|') + 1);
    const given = fuller.people.some((p) => {
      const words = p.split(' ');
      return words.length >= 2 && words[0] === word && words[words.length - 1] !== word;
    });
    if (given) return 'given name only';
  }
  return `${kind} only`;
}

/** Letters of an acronym's index key (`TYPE|letters`). */
function acronymLetters(key: string): number {
  return key.length - key.indexOf('|') - 1;
}

/** Whether the entity uses `key` as an acronym of its own. */
function usesAcronym(e: DocEntity, key: string): boolean {
  const at = e.weak.indexOf(key);
  return at >= 0 && e.weakKinds[at] === 'acronym';
}

const TYPE_CODE: Record<EntityType, number> = { PERSON: 0, ORG: 1, PLACE: 2 };

/** The names of both lists, each once (`a` first, then what `b` adds); `a` itself when `b` adds nothing. */
function union(a: readonly string[], b: readonly string[]): readonly string[] {
  let out: string[] | undefined;
  for (const k of b) if (!a.includes(k)) (out ??= [...a]).push(k);
  return out ?? a;
}

const NO_INDEXES: readonly number[] = [];

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value); else map.set(key, [value]);
}

const RULE_OF: Record<KeyKind, string> = {
  'full-name': 'same-full-name',
  'acronym-definition': 'same-acronym-definition',
  country: 'known-variant',
};

function strongEvidence(k: StrongKey, nodes: NodeLookup, a: DocEntity, b: DocEntity): string {
  if (k.kind === 'acronym-definition') return `same acronym definition: ${k.display ?? ''}`;
  if (k.kind === 'country') {
    const x = a.headInfo ? surfaceOf(a.headInfo) : surface(nodes, a.head);
    const y = b.headInfo ? surfaceOf(b.headInfo) : surface(nodes, b.head);
    return x === y ? 'same name of a country' : `known variant: ${y} / ${x}`;
  }
  // The name both use, when it is not both entities' own full name ("Brennock" in one article, the
  // short form of "Brennock Maritime Holdings" in another): the reason says which name matched.
  const x = a.headInfo ? surfaceOf(a.headInfo) : surface(nodes, a.head);
  const y = b.headInfo ? surfaceOf(b.headInfo) : surface(nodes, b.head);
  if (x === y) return 'same full name';
  const shared = a.names.find((n) => `${a.type}|${n.key}` === k.key) ?? b.names.find((n) => `${b.type}|${n.key}` === k.key);
  return shared ? `same name: ${surfaceOf(shared)}` : 'same full name';
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function surface(nodes: NodeLookup, id: string): string {
  const n = nodes.get(id);
  return n ? surfaceOf(n) : '';
}

/** The name's most frequent surface, trimmed (ties: the alphabetically first). */
function surfaceOf(n: NodeInfo): string {
  let best = '';
  let count = -1;
  for (let i = 0; i < n.surfaces.size; i++) {
    const s = n.surfaces.keyAt(i);
    const c = n.surfaces.countAt(i);
    if (c > count || (c === count && s < best)) [best, count] = [s.trim(), c];
  }
  return best;
}

/** Document-level entities of one document, in order of first mention. */
function documentEntities(
  d: number,
  recs: readonly MentionRecord[],
  nodes: NodeLookup,
  doc: PreparedDocument,
  labelName: Map<string, string>,
  analyse: (n: NodeInfo, type: EntityType) => NameAnalysis,
): DocEntity[] {
  /**
   * Per root, in order of first mention: its name groups (scoped ids, each once, with their records when
   * known), mentions per type and descriptor words. Arrays and counters rather than maps: there is one
   * group per document-level entity of the corpus.
   */
  const groups: EntityGroup[] = [];
  const groupAt = new Map<string, EntityGroup>();
  for (let ri = 0; ri < recs.length; ri++) {
    const r = recs[ri];
    // Records carry their root inside the document; no document is joined to another yet.
    const root = r.root;
    let g = groupAt.get(root);
    // Lists start as literals of their first element: V8 gives an array that grows by push room for
    // 17, and most of these keep one or two (they live as long as this stage).
    if (!g) {
      g = { root, infos: r.info ? [r.info] : [], persons: 0, orgs: 0, places: 0, descriptors: null };
      groupAt.set(root, g);
      groups.push(g);
    } else if (r.info && !g.infos.includes(r.info)) g.infos.push(r.info);
    const t: EntityType = r.info?.cls === 'P' ? 'PERSON' : r.mention.type;
    if (t === 'PERSON') g.persons++; else if (t === 'ORG') g.orgs++; else g.places++;
    const descs = r.mention.descriptors ?? NO_WORDS;
    for (let di = 0; di < descs.length; di++) {
      const words = descs[di].toLowerCase().split(/[^\p{L}\p{N}]+/u);
      for (let wi = 0; wi < words.length; wi++) if (words[wi].length >= 4) (g.descriptors ??= new Set()).add(words[wi]);
    }
  }
  let defined: Map<string, string> | undefined;
  if (doc.definitionKeys.length > 0) {
    const scope = `${d}\u0001`;
    defined = new Map();
    for (let di = 0; di < doc.definitionKeys.length; di++) defined.set(scope + doc.definitionKeys[di].long, doc.definitionKeys[di].short);
  }
  const out: DocEntity[] = [];
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi];
    const root = g.root;
    // The type most mentions give (ties: person, organization, place).
    const type: EntityType = g.persons >= g.orgs && g.persons >= g.places ? 'PERSON' : g.orgs >= g.places ? 'ORG' : 'PLACE';
    let strong: StrongKey[] | undefined;
    let weak: string[] | undefined;
    let weakKinds: NameKind[] | undefined;
    let people: string[] | undefined;
    let expansionWords: string[] | undefined;
    let head = root;
    let headInfo: NodeInfo | undefined;
    let headWords = -1;
    // Lists of one item are shared with the name's analysis (one per name and type in the corpus) and
    // copied on a second item: most document-level entities have one full name, one ambiguous name
    // and one person, and these lists live as long as the stage (a fifth of its garbage collection).
    let own = 0;
    let names: NodeInfo[] | undefined;
    for (let i = 0; i < g.infos.length; i++) {
      const n = g.infos[i];
      const id = n.id;
      const fuller = n.acronym ? 0 : n.words.length;
      if (fuller > headWords || (fuller === headWords && id < head)) {
        head = id;
        headWords = fuller;
        headInfo = n;
      }
      // A country's name used only as a figure ("the kind of X we want") names no entity elsewhere.
      if (n.figurative) continue;
      const a = analyse(n, type);
      const short = a.definable && defined ? defined.get(id) : undefined;
      if (short !== undefined) {
        const k: StrongKey = { key: `${type}|acronym:${short}=${n.key}`, kind: 'acronym-definition', display: `${short.toUpperCase()} = ${surfaceOf(n)}` };
        if (!strong) strong = [k];
        else {
          if (!(own & OWN_STRONG)) strong = [...strong];
          strong.push(k);
        }
        own |= OWN_STRONG;
      }
      if (a.strong) {
        if (!strong) strong = (a.lists ??= {}).strong ??= [a.strong];
        else {
          if (!(own & OWN_STRONG)) strong = [...strong];
          own |= OWN_STRONG;
          strong.push(a.strong);
        }
      }
      if (a.person !== undefined) {
        if (!people) people = (a.lists ??= {}).people ??= [a.person];
        else if (!people.includes(a.person)) {
          if (!(own & OWN_PEOPLE)) people = [...people];
          own |= OWN_PEOPLE;
          people.push(a.person);
        }
      }
      if (a.weak !== undefined) {
        const kind = a.weakKind === 'surname' && n.words.length === 1 && looksGiven(n, g.infos) ? 'given name' : (a.weakKind as NameKind);
        // A key met again keeps its place and takes the later kind, as a map's set would.
        if (!weak || !weakKinds) {
          weak = (a.lists ??= {}).weak ??= [a.weak];
          weakKinds = KIND_LIST[kind];
        } else {
          if (!(own & OWN_WEAK)) {
            weak = [...weak];
            weakKinds = [...weakKinds];
          }
          own |= OWN_WEAK;
          const at = weak.indexOf(a.weak);
          if (at >= 0) weakKinds[at] = kind;
          else {
            weak.push(a.weak);
            weakKinds.push(kind);
          }
        }
      }
      if (a.expansion.length > 0) {
        if (!expansionWords) expansionWords = (a.lists ??= {}).expansion ??= [...new Set(a.expansion)];
        else {
          if (!(own & OWN_EXPANSION)) expansionWords = [...expansionWords];
          own |= OWN_EXPANSION;
          for (let wi = 0; wi < a.expansion.length; wi++) if (!expansionWords.includes(a.expansion[wi])) expansionWords.push(a.expansion[wi]);
        }
      }
    }
    // The group's own list of name groups when it holds no unknown one (nearly always).
    if (g.infos.length > 0) names = g.infos;
    const label = strong?.[0]?.key ?? weak?.[0] ?? `${type}|${root}`;
    if (!labelName.has(label)) labelName.set(label, headInfo ? surfaceOf(headInfo) : surface(nodes, head));
    // Most entities have no descriptors, no full person name, no expansion or no ambiguous name: those
    // share one empty collection, as every document-level entity lives until the stage ends.
    out.push({
      index: -1, doc: d, root, type, head, headInfo,
      names: names ?? NO_INFOS,
      strong: strong ?? NO_STRONG,
      weak: weak ?? NO_WORDS,
      weakKinds: weakKinds ?? NO_KINDS,
      people: people ?? NO_WORDS,
      label,
      descriptors: g.descriptors ?? NO_KEYS,
      expansionWords: expansionWords ?? NO_WORDS,
    });
  }
  return out;
}

/** What indexFindable reads of a document-level entity. */
export interface FindableEntity {
  readonly index: number;
  readonly type: EntityType;
  readonly strong: readonly { readonly key: string }[];
  readonly weak: readonly string[];
  readonly names: readonly NodeInfo[];
}

/**
 * The candidate index of the ambiguous-name walk: key -> indexes of the entities findable under it, in
 * entity order, each once. An entity is findable under its strong and weak keys and under the keys of
 * its names (nameFindableKeys: its name, the surnames and given names of its full names, initials and
 * short forms of its long names, its country); only keys in `wanted` (those some ambiguous name will
 * look up) are indexed. `entities` are in index order.
 *
 * Builds no list of keys per entity: a key is pushed where it is met, and met again for the same entity
 * when its list already ends with that entity (indexes only grow). A name's keys other than its
 * initials depend on its key, class and the entity's type, and are worked out (and filtered by
 * `wanted`) once per pass; initials depend on its most frequent surface, kept once per surface.
 * The per-entity key list of indexFindableReference was most of this step's time at 10,000 documents.
 */
export function indexFindable(entities: readonly FindableEntity[], wanted: ReadonlySet<string>): Map<string, number[]> {
  const index = new Map<string, number[]>();
  const add = (k: string, e: number) => {
    if (!wanted.has(k)) return;
    const list = index.get(k);
    if (!list) index.set(k, [e]);
    else if (list[list.length - 1] !== e) list.push(e);
  };
  const addAll = (keys: readonly string[], e: number) => {
    for (let ki = 0; ki < keys.length; ki++) {
      const k = keys[ki];
      const list = index.get(k);
      if (!list) index.set(k, [e]);
      else if (list[list.length - 1] !== e) list.push(e);
    }
  };
  // By name key: per (type, class), the name's keys but initials, already filtered by `wanted`.
  const slots = new Map<string, NameSlot[]>();
  // By type code: most frequent surface -> its initials keys, filtered by `wanted`.
  const initials: Map<string, readonly string[]>[] = [new Map(), new Map(), new Map()];
  for (let ei = 0; ei < entities.length; ei++) {
    const e = entities[ei];
    const t = e.type;
    const i = e.index;
    for (let k = 0; k < e.strong.length; k++) add(e.strong[k].key, i);
    for (let k = 0; k < e.weak.length; k++) add(e.weak[k], i);
    for (let ni = 0; ni < e.names.length; ni++) {
      const n = e.names[ni];
      let byKey = slots.get(n.key);
      if (!byKey) slots.set(n.key, (byKey = []));
      let slot: NameSlot | undefined;
      for (let xi = 0; xi < byKey.length; xi++) if (byKey[xi].type === t && byKey[xi].cls === n.cls) slot = byKey[xi];
      if (!slot) byKey.push((slot = { type: t, cls: n.cls, keys: nameFindableKeys(n, t, null).filter((k) => wanted.has(k)) }));
      // Initials first, where nameFindableKeys lists them among the others: the order of an entity's
      // keys does not matter (each key has its own list), only that each is pushed once.
      if (n.cls !== 'P' && !n.acronym && n.words.length >= 2) {
        const byShown = initials[TYPE_CODE[t]];
        const shown = surfaceOf(n);
        let keys = byShown.get(shown);
        if (!keys) byShown.set(shown, (keys = initialsOf(shown).map((x) => `${t}|${x}`).filter((k) => wanted.has(k))));
        addAll(keys, i);
      }
      addAll(slot.keys, i);
    }
  }
  return index;
}

/** A name's findable keys but initials, for one type of entity (see indexFindable). */
interface NameSlot {
  readonly type: EntityType;
  readonly cls: NodeInfo['cls'];
  readonly keys: readonly string[];
}

/**
 * The plain form of indexFindable, kept as the reference it is tested against (same index, built from
 * a list of keys per entity).
 */
export function indexFindableReference(entities: readonly FindableEntity[], wanted: ReadonlySet<string>): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (const e of entities) {
    const out: string[] = [];
    const add = (k: string) => {
      if (wanted.has(k) && !out.includes(k)) out.push(k);
    };
    for (const k of e.strong) add(k.key);
    for (const k of e.weak) add(k);
    for (const n of e.names) for (const k of nameFindableKeys(n, e.type, n.cls !== 'P' && !n.acronym && n.words.length >= 2 ? surfaceOf(n) : '')) add(k);
    for (const k of out) push(index, k, e.index);
  }
  return index;
}

/**
 * The findable keys of one name (see indexFindable); `shown` is its most frequent surface, for initials
 * (null: leave initials out).
 */
function nameFindableKeys(n: NodeInfo, t: EntityType, shown: string | null): string[] {
  const out = [`${t}|${n.key}`];
  if (n.cls === 'P') {
    if (n.words.length < 2) return out;
    for (const s of surnameKeys(n.words)) out.push(`${t}|${s}`);
    const given = givenNameKey(n.words);
    if (given) out.push(`${t}|${given}`);
    return out;
  }
  const country = COUNTRY_NAME.get(n.key);
  if (country !== undefined) out.push(`${t}|country:${country}`);
  if (n.acronym || n.words.length < 2) return out;
  if (shown !== null) for (const i of initialsOf(shown)) out.push(`${t}|${i}`);
  for (const f of shortForms(n.words, false)) if (f.scope === 'corpus') out.push(`${t}|${f.key}`);
  const reordered = reorderedKey(n.words);
  if (reordered) out.push(`${t}|${reordered}`);
  return out;
}

/** What a name says about identity across documents, whatever document it is in. */
interface NameAnalysis {
  readonly strong?: StrongKey;
  readonly weak?: string;
  /** 'surname' for a lone person word (a given name when its own group says so). */
  readonly weakKind?: NameKind;
  /** A full person name, as a key. */
  readonly person?: string;
  readonly expansion: readonly string[];
  /** A long organization or place name that an acronym may be defined as. */
  readonly definable: boolean;
  /** Its one-item lists, shared by the document-level entities it is the only such name of (never written to). */
  lists?: AnalysisLists;
}

interface AnalysisLists {
  strong?: StrongKey[];
  people?: string[];
  weak?: string[];
  /** Its distinctive words, each once. */
  expansion?: string[];
}

/** Which lists of a document-level entity being built are its own (copied from a shared one). */
const OWN_STRONG = 1;
const OWN_PEOPLE = 2;
const OWN_WEAK = 4;
const OWN_EXPANSION = 8;
/** One-item lists of name kinds, shared (never written to: an entity copies before changing one). */
const KIND_LIST: Record<NameKind, NameKind[]> = {
  surname: ['surname'], 'given name': ['given name'], acronym: ['acronym'], 'short name': ['short name'], 'ambiguous name': ['ambiguous name'], 'generic name': ['generic name'],
};

const NO_WORDS: readonly string[] = [];
const NO_KEYS: ReadonlySet<string> = new Set();
const NO_KINDS: readonly NameKind[] = [];
const NO_INFOS: readonly NodeInfo[] = [];
const NO_STRONG: readonly StrongKey[] = [];

/** The mentions of one document-level entity, gathered by documentEntities. */
interface EntityGroup {
  readonly root: string;
  /**
   * Its name groups, each once, in order of first mention; a record without one (none known) adds
   * nothing. A group's id is its scoped node id (resolvePrepared rescopes both alike), so no list of ids
   * is kept beside it.
   */
  readonly infos: NodeInfo[];
  /** Mentions per type. */
  persons: number;
  orgs: number;
  places: number;
  descriptors: Set<string> | null;
}

function analyseName(n: NodeInfo, type: EntityType, isPlace: (key: string) => boolean): NameAnalysis {
  const k = `${type}|${n.key}`;
  if (n.cls === 'P') {
    if (n.words.length >= 2 && !isParticleSurname(n.words)) return { strong: { key: k, kind: 'full-name' }, person: n.key, expansion: NO_WORDS, definable: false };
    return { weak: k, weakKind: 'surname', expansion: NO_WORDS, definable: false };
  }
  // A state that a city (or a country) also goes by: which one, only the context tells.
  if (SHARED_PLACE_NAMES.has(n.key)) return { weak: k, weakKind: 'ambiguous name', expansion: NO_WORDS, definable: false };
  const country = COUNTRY_NAME.get(n.key);
  if (country !== undefined && SHARED_COUNTRY_NAMES.has(n.key)) return { weak: `${type}|country:${country}`, weakKind: 'short name', expansion: NO_WORDS, definable: false };
  if (country !== undefined) return { strong: { key: `${type}|country:${country}`, kind: 'country' }, expansion: NO_WORDS, definable: false };
  if (n.acronym) return { weak: `${type}|${n.key.replace(/\s+/g, '')}`, weakKind: 'acronym', expansion: NO_WORDS, definable: false };
  const expansion = n.words.length >= 2 ? distinctiveWords(n.words) : NO_WORDS;
  // "Ministry of X" and "X Ministry" are one name written two ways.
  const reordered = reorderedKey(n.words);
  const own = reordered ? `${type}|${reordered}` : k;
  // Several words, all common or one distinctive under a kind of body many places have ("Ministry of
  // Coastal Affairs"): a 'generic name', so the reason says why identical names were left apart.
  if (ambiguousName(n.words, type, isPlace)) return { weak: own, weakKind: n.words.length === 1 ? 'short name' : 'generic name', expansion, definable: true };
  return { strong: { key: own, kind: 'full-name' }, expansion, definable: true };
}

/** A lone person word that is the given name of a full name of its own group is a given name; else a surname. */
function looksGiven(n: NodeInfo, group: readonly (NodeInfo | null)[]): boolean {
  for (const other of group) {
    if (other && other.words.length >= 2 && other.words[0] === n.key) return true;
  }
  return false;
}

/**
 * A name too weak to identify one entity across documents by itself: a common or very short word
 * ("Congress", "Senate"); a multiword name of common words only ("Democratic Party", "Supreme Court")
 * unless it names a body of the world or of a continent (globalNames.ts);
 * or a name headed by a kind of institution or place that many places have ("Health Ministry", "Main
 * Street", "Labour Party") with at most one distinctive word. A single distinctive word of an
 * organization or place is its full name.
 */
function ambiguousName(words: readonly string[], type: EntityType, isPlace: (key: string) => boolean = () => false): boolean {
  if (words.length < 2) return words.length === 0 || words[0].length < 3 || isCommonNameWord(words[0]);
  // "X Nations", "Y-an Union": a body of the world or of a continent is one body, whatever its words.
  if (type === 'ORG' && globalScopeName(words)) return false;
  // Qualified by a place ("Mexico City", "US Census Bureau", "X Province Council"): that place's own.
  for (let i = 1; i < words.length; i++) if (isPlace(words.slice(0, i).join(' '))) return false;
  const distinctive = distinctiveWords(words);
  if (distinctive.length === 0) return true;
  const of = words.indexOf('of');
  const head = of > 0 ? words[of - 1] : words[words.length - 1];
  return distinctive.length <= 1 && (isCommonNameWord(head) || (type === 'PLACE' && LOCAL_HEADS.has(head)));
}

/** A context item two entities share (a label, or `desc|` and a descriptor word) and its weight. */
type SharedItem = [item: string, weight: number];

interface Context {
  /**
   * Weighted overlap coefficient of the two entities' contexts (0..1). Builds no list: most comparisons
   * fall short, and a list per comparison was much of this stage's garbage.
   */
  similarity(a: DocEntity, b: DocEntity): number;
  /** How many items the two entities of the last similarity() call share. */
  sharedCount(): number;
  /** The items two entities share, with their weights, in the order similarity() sums them. */
  shared(a: DocEntity, b: DocEntity): SharedItem[];
  /**
   * Shared items as names, most telling first (sorts `shared` in place). Apart from similarity() because most comparisons
   * fall short and never show their shared names.
   */
  names(shared: SharedItem[]): string[];
}

/**
 * Each document-entity's context: the labels of the other entities of its document, and the words of
 * its own descriptors. Items are weighted by inverse document frequency (log(1 + N / df)), so names
 * every document mentions say little.
 *
 * Items are interned as integers. A document's labels are listed once (in order of first use, with
 * their weights, and sorted for membership tests); an entity's context is its document's labels less
 * its own label, plus its descriptor words. Building a map of items per compared entity was most of
 * this stage's memory (hundreds of megabytes at 10,000 documents) and of its garbage collection.
 * Sums run over the items in the same order as the maps did, so scores are the same to the last bit.
 */
/**
 * Why two entities' shared context was not enough to link them, naming what was compared: "no shared
 * context (2 names or words needed)", "too little shared context: shares 1 of 2 needed: Harwick Port",
 * or, with enough items that weigh too little, "too little shared context: shares Harwick Port, mayor,
 * 3% of the smaller context's weight (5% needed)". `names` lists the shared items, most telling first;
 * called only when some are shared.
 */
export function contextShortfall(shared: number, score: number, names: () => readonly string[]): string {
  if (shared === 0) return `no shared context (${CONTEXT_MIN_SHARED} names or words needed)`;
  const listed = names().slice(0, 3);
  const more = shared > listed.length ? ` and ${shared - listed.length} more` : '';
  if (shared < CONTEXT_MIN_SHARED) return `too little shared context: shares ${shared} of ${CONTEXT_MIN_SHARED} needed: ${listed.join(', ')}${more}`;
  return `too little shared context: shares ${listed.join(', ')}${more}, ${percent(score)} of the smaller context's weight (${percent(CONTEXT_THRESHOLD)} needed)`;
}

function percent(x: number): string {
  const p = x * 100;
  return `${p < 1 ? p.toFixed(1) : Math.round(p)}%`;
}

function createContext(byDoc: readonly (readonly DocEntity[])[], labelName: ReadonlyMap<string, string>): Context {
  const idOf = new Map<string, number>();
  const itemOf: string[] = [];
  const intern = (item: string): number => {
    let id = idOf.get(item);
    if (id === undefined) {
      id = itemOf.length;
      idOf.set(item, id);
      itemOf.push(item);
    }
    return id;
  };
  // Per entity (by index): its label's id; its descriptor items, when it has any.
  let entityCount = 0;
  for (const here of byDoc) entityCount += here.length;
  const labelId = new Int32Array(entityCount);
  const descIds: (Int32Array | undefined)[] = new Array<Int32Array | undefined>(entityCount);
  const df: number[] = [];
  const seenIn: number[] = [];
  const count = (id: number, d: number) => {
    if (seenIn[id] === d) return;
    seenIn[id] = d;
    df[id] = (df[id] ?? 0) + 1;
  };
  byDoc.forEach((here, d) => {
    for (const e of here) {
      const l = intern(e.label);
      labelId[e.index] = l;
      count(l, d);
      if (e.descriptors.size === 0) continue;
      const ids = new Int32Array(e.descriptors.size);
      let k = 0;
      for (const w of e.descriptors) {
        const id = intern(`desc|${w}`);
        ids[k++] = id;
        count(id, d);
      }
      descIds[e.index] = ids;
    }
  });
  const n = byDoc.length;
  const weightOf = new Float64Array(itemOf.length);
  for (let id = 0; id < itemOf.length; id++) weightOf[id] = Math.log(1 + n / (df[id] ?? 1));
  // Per document, built when one of its entities is first compared: its distinct labels in order of
  // first use, and the same sorted for binary search.
  const docLabels: (Int32Array | undefined)[] = new Array<Int32Array | undefined>(byDoc.length);
  const docSorted: (Int32Array | undefined)[] = new Array<Int32Array | undefined>(byDoc.length);
  const labelsOf = (d: number): Int32Array => {
    let list = docLabels[d];
    if (!list) {
      const ids: number[] = [];
      for (const e of byDoc[d]) {
        const l = labelId[e.index];
        if (!ids.includes(l)) ids.push(l);
      }
      list = Int32Array.from(ids);
      docLabels[d] = list;
      docSorted[d] = Int32Array.from(ids).sort();
    }
    return list;
  };
  const hasLabel = (d: number, id: number): boolean => {
    const sorted = docSorted[d] as Int32Array;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < id) lo = mid + 1; else hi = mid;
    }
    return lo < sorted.length && sorted[lo] === id;
  };
  // Sum of squared weights of each entity's context, worked out once (NaN until then).
  const sqOf = new Float64Array(entityCount).fill(NaN);
  const sumSquares = (e: DocEntity): number => {
    let sq = sqOf[e.index];
    if (Number.isNaN(sq)) {
      sq = 0;
      const own = labelId[e.index];
      for (const l of labelsOf(e.doc)) {
        if (l === own) continue;
        const w = weightOf[l];
        sq += w * w;
      }
      for (const id of descIds[e.index] ?? NO_IDS) {
        const w = weightOf[id];
        sq += w * w;
      }
      sqOf[e.index] = sq;
    }
    return sq;
  };
  const sizeOf = (e: DocEntity) => labelsOf(e.doc).length - 1 + (descIds[e.index]?.length ?? 0);
  /** Whether `id` is in the context of `e` (not its own label). */
  const inContext = (e: DocEntity, id: number): boolean => {
    if (id === labelId[e.index]) return false;
    if (hasLabel(e.doc, id)) return true;
    const desc = descIds[e.index];
    return desc !== undefined && desc.includes(id);
  };
  let lastCount = 0;
  /** Walks the items shared by `a` and `b` in summing order, calling `visit` with each; returns the sum of squared weights. */
  const walkShared = (a: DocEntity, b: DocEntity, visit: ((id: number, w: number) => void) | null): number => {
    const [small, large] = sizeOf(a) <= sizeOf(b) ? [a, b] : [b, a];
    const la = labelId[a.index];
    const lb = labelId[b.index];
    const own = labelId[small.index];
    let dot = 0;
    let count = 0;
    for (const id of labelsOf(small.doc)) {
      if (id === own || id === la || id === lb || !inContext(large, id)) continue;
      const w = weightOf[id];
      dot += w * w;
      count++;
      if (visit) visit(id, w);
    }
    for (const id of descIds[small.index] ?? NO_IDS) {
      if (id === la || id === lb || !inContext(large, id)) continue;
      const w = weightOf[id];
      dot += w * w;
      count++;
      if (visit) visit(id, w);
    }
    lastCount = count;
    return dot;
  };
  return {
    similarity(a, b) {
      const sqa = sumSquares(a);
      const sqb = sumSquares(b);
      const dot = walkShared(a, b, null);
      const denominator = Math.min(sqa, sqb);
      return denominator > 0 ? dot / denominator : 0;
    },
    sharedCount: () => lastCount,
    shared(a, b) {
      const out: SharedItem[] = [];
      walkShared(a, b, (id, w) => out.push([itemOf[id], w]));
      return out;
    },
    names(shared) {
      shared.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
      return shared.map(([item]) => (item.startsWith('desc|') ? item.slice(5) : labelName.get(item) ?? item.slice(item.indexOf('|') + 1)));
    },
  };
}

const NO_IDS = new Int32Array(0);
