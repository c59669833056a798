// Resolution: every mention gets an entity, and every merge keeps its reason. Inside a document, names
// are grouped by a normalised key (case, accents, dots, possessive, article); then alias rules link
// keys: acronym definitions, initials, short forms, surnames and given names, each to the document's
// own full form. Across documents, document-level entities are linked on evidence (crossDocument.ts).
import type { EntityType, LinkStrength, ResolvedCorpus } from '../types';
import { buildEntities, type DocumentMemo, type MentionRecord, type NodeInfo } from './entities';
import { linkAcrossDocuments } from './crossDocument';
import { classOf, givenNameKey, initialsOf, isParticleSurname, startsWithAbbreviation, surnameKeys } from './names';
import { COUNTRY_NAME } from './countryNames';
import { figurativeUse } from './figurative';
import { givenNameGender, titleGenderBefore, type Gender } from '../quotes/gender';
import { kinBefore, kinGender } from './kin';
import { mentionAt, nodeId, scopeIndex, type PreparedDocument } from './prepare';
import { distinctiveWords, isCommonNameWord, reorderedKey, shortForms, type ShortForm } from './shortForms';
import { UnionFind } from './unionFind';
import { Counts } from './counts';
import { isFoldedGivenName } from '../gazetteer';

/** A merge of two name groups; cross-document links also carry their evidence (see MergeReason). */
export interface Link {
  readonly alias: string;
  readonly target: string;
  readonly rule: string;
  readonly evidence?: string;
  readonly strength?: LinkStrength;
  readonly score?: number;
  readonly documents?: readonly [string, string];
  /** Root of the alias's name group inside its document, when the alias is not one (see MentionRecord.root). */
  readonly root?: string;
  /** The name groups of `alias` and `target`, when the stage that made the link had them (saves a lookup per link). */
  readonly aliasInfo?: NodeInfo;
  readonly targetInfo?: NodeInfo;
}

/** Key -> name groups, each once, in order of first addition (arrays: most hold one or two, and a set per key was most of a pass's garbage). */
type Index = Map<string, string[]>;

/**
 * Mention records kept per prepared document across passes, so a pass over an unchanged document
 * rewrites its records instead of allocating them again (the allocation was a fifth of a pass, in the
 * garbage collector). Owned by one caller, used by one pass at a time.
 */
export type RecordScratch = WeakMap<PreparedDocument, MentionRecord[]>;
const NO_DEFINITIONS: ReadonlyMap<string, readonly string[]> = new Map();
const NO_TARGETS: readonly string[] = [];
const NO_STARTS: readonly number[] = [];
const addTo = (index: Index, key: string, node: string) => {
  const list = index.get(key);
  if (!list) index.set(key, [node]);
  else if (!list.includes(node)) list.push(node);
};

/**
 * Resolution over documents already prepared (sorted by id). `memo`, when given, holds the previous
 * result per document: a document whose mentions keep their entities is reused as is.
 *
 * Two stages. Inside each document, short forms attach to that document's own full forms (the rules
 * below, run on the document alone). Across documents, the resulting document-level entities are
 * linked only on evidence (crossDocument.ts): agreeing full forms, or for ambiguous names, shared
 * context. Name groups are scoped to their document (`<index>\u0001<node>`), so no name is ever one
 * entity across documents merely because it is spelled the same.
 */
export function resolvePrepared(prepared: readonly PreparedDocument[], memo?: Map<string, DocumentMemo>, scratch?: RecordScratch, onStage?: (stage: ResolveStage) => void): ResolvedCorpus {
  const sorted = prepared.map((p) => p.input);
  const nodes = new ScopedNodes();
  const records: MentionRecord[] = [];
  const perDoc: MentionRecord[][] = [];
  const links: Link[] = [];
  const personWords = corpusPersonWords(prepared);
  const fullNameSurnames = corpusFullNameSurnames(prepared);
  const keyMemo = createKeyMemo();
  prepared.forEach((doc, d) => {
    const local = resolveWithin([doc], personWords, scratch, keyMemo, fullNameSurnames);
    const scope = `${d}\u0001`;
    // One string object per scoped id, so every later map lookup hashes it once.
    const scoped = new Map<string, string>();
    const scopeOf = (id: string) => {
      let s = scoped.get(id);
      if (s === undefined) scoped.set(id, (s = scope + id));
      return s;
    };
    // The document's node records are its own (built by this pass): rescoped in place, not copied.
    const here = new Map<string, NodeInfo>();
    for (const info of local.nodes.values()) {
      const id = scopeOf(info.id);
      (info as { id: string }).id = id;
      here.set(id, info);
    }
    nodes.add(here);
    for (const r of local.records) {
      r.doc = d;
      r.root = scopeOf(local.root(r.attach ?? r.node));
      r.info = local.nodes.get(r.node) ?? null;
      r.node = scopeOf(r.node);
      if (r.attach !== null) r.attach = scopeOf(r.attach);
    }
    // The document's links are its own (built by this pass): rescoped in place, not copied.
    // Within-document links stay out of the corpus-wide union-find: each record and link carries its
    // root inside the document, and only document-level entities are joined across documents.
    for (const l of local.links as { alias: string; target: string; rule: string; root?: string }[]) {
      l.root = scopeOf(local.root(l.alias));
      l.alias = scopeOf(l.alias);
      l.target = scopeOf(l.target);
      links.push(l);
    }
    records.push(...local.records);
    perDoc.push(local.records);
  });
  onStage?.('within-document');
  const { groups, possible } = linkAcrossDocuments(prepared, nodes, perDoc, links);
  onStage?.('cross-document');
  const result = buildEntities(sorted, records, perDoc, nodes, groups, links, memo, possible);
  onStage?.('entities');
  return result;
}

/**
 * The stages of a pass, in order, each reported when it ends (for measuring them: `npm run bench`):
 * `prepare` (reading each document's names; resolveCorpusStaged only), `within-document` (each
 * document's own rules), `cross-document` (linking document-level entities on evidence),
 * `entities` (building the corpus's entities and reasons).
 */
export type ResolveStage = 'prepare' | 'within-document' | 'cross-document' | 'entities';

/**
 * The name groups of the corpus by scoped id (`<document index>\u0001<node>`), kept in one small map per
 * document: filling one corpus-wide map of every document's names cost a large share of a pass.
 */
class ScopedNodes {
  private readonly byDoc: ReadonlyMap<string, NodeInfo>[] = [];

  /** The next document's groups; documents are added in corpus order. */
  add(groups: ReadonlyMap<string, NodeInfo>): void {
    this.byDoc.push(groups);
  }

  get(id: string): NodeInfo | undefined {
    const d = scopeIndex(id);
    return d >= 0 ? this.byDoc[d]?.get(id) : undefined;
  }

  *values(): IterableIterator<NodeInfo> {
    for (const groups of this.byDoc) yield* groups.values();
  }

  /** Each name group, in the order of values(), with no iterator result object per group (see NodeLookup). */
  forEach(visit: (n: NodeInfo) => void): void {
    for (const groups of this.byDoc) for (const n of groups.values()) visit(n);
  }
}

/**
 * The alias keys of names, kept for one pass: names recur across documents, and working out their
 * initials and short forms again in every document was a large share of a pass (and of its garbage).
 * Results are shared and read only.
 */
interface KeyMemo {
  /** initialsOf(surface). */
  initials(surface: string): readonly string[];
  /** shortForms(n.words, leadingQualifier); the words are those of the name key. */
  shortForms(n: NodeInfo, leadingQualifier: boolean): readonly ShortForm[];
}

function createKeyMemo(): KeyMemo {
  const initials = new Map<string, readonly string[]>();
  const forms: [Map<string, readonly ShortForm[]>, Map<string, readonly ShortForm[]>] = [new Map(), new Map()];
  return {
    initials(surface) {
      let out = initials.get(surface);
      if (!out) initials.set(surface, (out = initialsOf(surface)));
      return out;
    },
    shortForms(n, leadingQualifier) {
      const byKey = forms[leadingQualifier ? 1 : 0];
      let out = byKey.get(n.key);
      if (!out) byKey.set(n.key, (out = shortForms(n.words, leadingQualifier)));
      return out;
    },
  };
}

interface WithinResult {
  readonly records: MentionRecord[];
  readonly nodes: Map<string, NodeInfo>;
  readonly links: Link[];
  /** Root of a name group among the document's links. */
  readonly root: (node: string) => string;
}

/** The rules of one document (called with one document; node ids are not scoped). */
function resolveWithin(prepared: readonly PreparedDocument[], personWords: ReadonlySet<string>, scratch?: RecordScratch, memo: KeyMemo = createKeyMemo(), fullNameSurnames: ReadonlySet<string> = NO_WORDS): WithinResult {
  const nodes = new Map<string, NodeInfo>();
  const records: MentionRecord[] = [];
  /**
   * Per document: node -> starts of its mentions, to find the nearest full name before a short one.
   * Shared with the prepared document until a cross-document move changes it (copy on write).
   */
  const docNodes = prepared.map((doc) => doc.localNodes);
  const owned = new Set<number>();
  const writable = (d: number): Map<string, readonly number[]> => {
    if (!owned.has(d)) {
      owned.add(d);
      docNodes[d] = new Map(docNodes[d]);
    }
    return docNodes[d] as Map<string, readonly number[]>;
  };
  prepared.forEach((doc, d) => {
    let own = scratch?.get(doc);
    const fresh = !own;
    if (!own) {
      own = [];
      scratch?.set(doc, own);
    }
    for (let i = 0; i < doc.indexes.length; i++) {
      const index = doc.indexes[i];
      const m = mentionAt(doc, i);
      const p = doc.parsed[i];
      const cls = classOf(m.type);
      const id = p.ids[cls];
      let info = nodes.get(id);
      if (!info) {
        info = { id, cls, key: p.key, words: p.words, acronym: p.acronym, surfaces: new Counts(), types: new Counts() };
        nodes.set(id, info);
      }
      info.surfaces.add(m.text, 1);
      info.types.add(m.type, 1);
      let r: MentionRecord;
      if (fresh) {
        r = { doc: d, index, mention: m, display: p.display, node: id, root: id, info: null, attach: null, attachRule: '', entity: null };
        (own as MentionRecord[]).push(r);
      } else {
        // The record of the last pass: every field a pass writes starts over.
        r = (own as MentionRecord[])[i];
        r.doc = d;
        r.node = id;
        r.attach = null;
        r.attachRule = '';
        r.entity = null;
      }
      records.push(r);
    }
  });

  mergeAcrossClasses(nodes, records, docNodes, writable);
  adoptShoutedPeople(nodes, records, docNodes, writable);
  adoptDefaultTypedSurnames(nodes, records, writable, personWords, fullNameSurnames);

  const uf = new UnionFind();
  const links: Link[] = [];
  const link = (alias: string, target: string, rule: string) => {
    if (uf.union(alias, target)) links.push({ alias, target, rule });
  };
  const recordsByNode = new Map<string, MentionRecord[]>();
  for (const r of records) {
    const list = recordsByNode.get(r.node);
    if (list) list.push(r); else recordsByNode.set(r.node, [r]);
  }

  /**
   * Each mention of `alias` in a document that also holds a candidate target joins the nearest one;
   * mentions elsewhere follow the alias's single corpus-wide target, if it has exactly one.
   */
  const resolveAlias = (alias: string, rule: string, corpusTargets: readonly string[], documentTargets: (d: number) => readonly string[] = () => corpusTargets) => {
    const corpus = corpusTargets.filter((t) => t !== alias);
    let pending = false;
    const attached: MentionRecord[] = [];
    const sets = new Map<readonly string[], ReadonlySet<string>>();
    for (const r of recordsByNode.get(alias) ?? []) {
      if (r.attach) continue;
      const candidates = documentTargets(r.doc);
      const local = candidates.length === 0 ? NO_TARGETS : presentIn(docNodes[r.doc], candidates, sets, alias);
      if (local.length > 0) {
        r.attach = nearest(docNodes[r.doc], local, r.mention.start);
        r.attachRule = rule;
        attached.push(r);
      } else pending = true;
    }
    settle(alias, rule, attached, pending ? corpus : null);
  };

  /**
   * When every mention of the alias went to one target (and the corpus offers no other), the names
   * are one entity everywhere: merge the names themselves, so links made to the alias follow.
   */
  function settle(alias: string, rule: string, attached: MentionRecord[], corpusIfPending: readonly string[] | null): void {
    if (corpusIfPending !== null && corpusIfPending.length !== 1) return;
    const target = corpusIfPending !== null ? corpusIfPending[0] : attached[0]?.attach ?? undefined;
    // `attached` holds the alias's mentions this rule placed, so any further placed mention of the
    // alias was placed by an earlier rule.
    let placed = 0;
    for (const r of recordsByNode.get(alias) ?? []) if (r.attach) placed++;
    const unanimous = attached.every((r) => r.attach === target) && placed === attached.length;
    // Mentions a document sent elsewhere keep their own target; the rest follow the single corpus-wide one.
    if (unanimous) for (const r of attached) r.attach = null;
    if (target !== undefined && (unanimous || corpusIfPending !== null)) link(alias, target, rule);
  }

  // Acronyms defined in the text.
  const defsGlobal: Index = new Map();
  const defsByDoc = prepared.map((doc): ReadonlyMap<string, readonly string[]> => {
    if (doc.definitionKeys.length === 0) return NO_DEFINITIONS;
    const local = new Map<string, string[]>();
    for (const { short, long } of doc.definitionKeys) {
      if (!nodes.has(long) || !short) continue;
      const targets = local.get(short);
      if (!targets) local.set(short, [long]); else if (!targets.includes(long)) targets.push(long);
      addTo(defsGlobal, short, long);
    }
    return local;
  });
  for (const [short, targets] of defsGlobal) {
    const alias = nodeId('OP', short);
    if (!nodes.has(alias)) continue;
    if (targets.length === 1 || sameNameVariants(targets.map((t) => nodes.get(t)?.words ?? []))) {
      for (const t of targets) link(alias, t, 'acronym-definition');
    } else resolveAlias(alias, 'acronym-definition', [], (d) => defsByDoc[d].get(short) ?? NO_TARGETS);
  }

  // Indexes of the longer names each kind of alias can point to.
  const byInitials: Index = new Map();
  const byShortForm: Index = new Map();
  const byDocumentShortForm: Index = new Map();
  const byReordered: Index = new Map();
  const bySurname: Index = new Map();
  const byGivenName: Index = new Map();
  const byFirstLast: Index = new Map();
  const byPersonTail: Index = new Map();
  for (const n of nodes.values()) {
    if (n.words.length < 2) continue;
    if (n.cls === 'OP') {
      if (!n.acronym) for (const i of memo.initials(mostFrequent(n))) addTo(byInitials, i, n.id);
      const reordered = reorderedKey(n.words);
      if (reordered) addTo(byReordered, reordered, n.id);
      const placeFirst = n.words.length >= 3 && majorityType(nodes.get(nodeId('OP', n.words[0]))) === 'PLACE';
      for (const f of memo.shortForms(n, placeFirst || startsWithAbbreviation(mostFrequent(n)))) {
        addTo(f.scope === 'corpus' ? byShortForm : byDocumentShortForm, f.key, n.id);
      }
      // "Save the Reefs Orlavia" is "Save the Reefs" in an article that names the place Orlavia: a name
      // of two words or more followed by a place of the same document (its branch or chapter there).
      const last = n.words[n.words.length - 1];
      if (n.words.length >= 3 && n.words[n.words.length - 2] !== 'of' && majorityType(nodes.get(nodeId('OP', last))) === 'PLACE' && majorityType(n) !== 'PLACE') {
        addTo(byDocumentShortForm, n.words.slice(0, -1).join(' '), n.id);
      }
    } else {
      if (!isParticleSurname(n.words)) for (const k of surnameKeys(n.words)) addTo(bySurname, k, n.id);
      const given = givenNameKey(n.words);
      if (given && !isParticleSurname(n.words)) addTo(byGivenName, given, n.id);
      if (n.words.length >= 3) addTo(byFirstLast, `${n.words[0]} ${n.words[n.words.length - 1]}`, n.id);
      // "Lucia Ferreira dos Santos" is "Ferreira dos Santos": the name without its leading given names,
      // when what is left is a surname joined by a particle in lower case. Any other two-word tail may be another person's
      // full name ("John Paul Smith" and his rival "Paul Smith"), so it is left alone.
      if (n.words.length >= 3 && !isParticleSurname(n.words)) {
        for (let k = 1; k <= n.words.length - 2; k++) {
          const tail = n.words.slice(k);
          if (tail.length >= 3 && tail.slice(1, -1).some((w) => /^\p{Ll}/u.test(w))) addTo(byPersonTail, tail.join(' '), n.id);
          // "Carmen Lopez Ruiz" is "Lopez Ruiz": a double surname without particle after given names, when
          // its first word is no given name ("Paul Smith" of "John Paul Smith" stays apart).
          else if (tail.length === 2 && !isFoldedGivenName(tail[0]) && n.words.slice(0, k).every(isFoldedGivenName)) addTo(byPersonTail, tail.join(' '), n.id);
        }
      }
    }
  }

  /** Per document, lazily: given name -> full names in it that start with it. */
  const givenByDoc = new Map<number, Map<string, string[]>>();
  function givenNamesIn(d: number): Map<string, string[]> {
    let map = givenByDoc.get(d);
    if (!map) {
      map = new Map();
      for (const t of docNodes[d].keys()) {
        const info = nodes.get(t);
        const given = info && info.cls === 'P' ? givenNameKey(info.words) : null;
        if (given) map.set(given, [...(map.get(given) ?? []), t]);
      }
      givenByDoc.set(d, map);
    }
    return map;
  }

  // "The kind of X we want" is a vision of the country, not one of its names: no rule attaches it.
  for (const n of nodes.values()) {
    if (n.cls === 'OP' && COUNTRY_NAME.has(n.key) && figurativeOnly(n, recordsByNode.get(n.id), prepared)) n.figurative = true;
  }
  const list = (targets: readonly string[] | undefined): readonly string[] => targets ?? NO_TARGETS;
  for (const n of nodes.values()) {
    if (n.figurative) continue;
    if (n.cls === 'OP') {
      if (n.acronym && !defsGlobal.has(n.key)) resolveAlias(n.id, 'initials', list(byInitials.get(n.key.replace(/\s+/g, ''))));
      if (!n.acronym) {
        // A short form names the same kind of thing: "X" (a place) is not "X Corporation".
        const sameType = (t: string) => majorityType(nodes.get(t)) === majorityType(n);
        const corpus = list(byShortForm.get(n.key)).filter(sameType);
        const inDocument = [...corpus, ...list(byDocumentShortForm.get(n.key)).filter(sameType)];
        // "X" beside "X Island" and "X Hotel" is the island: a name that is always called "X" comes
        // before one only this document may shorten to it.
        const preferCorpus = (d: number) => (corpus.length > 0 && corpus.length < inDocument.length && corpus.some((t) => docNodes[d].has(t)) ? corpus : inDocument);
        if (inDocument.length > 0) resolveAlias(n.id, 'shortening', corpus, preferCorpus);
        const sameOffice = list(byReordered.get(n.key)).filter(sameType);
        if (sameOffice.length > 0) resolveAlias(n.id, 'word-order', sameOffice);
      }
    } else if (n.words.length === 1 || isParticleSurname(n.words)) {
      resolvePerson(n, bySurname.get(n.key), 'surname');
    } else {
      const longer = n.words.length === 2 ? byFirstLast.get(n.key) : undefined;
      const fuller = longer ? undefined : byPersonTail.get(n.key);
      if (longer) resolveAlias(n.id, 'shortening', [...longer]);
      else if (fuller) resolveAlias(n.id, 'shortening', [...fuller]);
    }
  }

  // Countries known by several names: the names present in the corpus are one entity.
  const countries = new Map<string, string>();
  for (const n of nodes.values()) {
    const country = n.cls === 'OP' ? COUNTRY_NAME.get(n.key) : undefined;
    if (country === undefined) continue;
    if (n.figurative) continue;
    const first = countries.get(country);
    if (first === undefined) countries.set(country, n.id);
    else link(n.id, first, 'country-name');
  }

  /**
   * The full names a bare surname may stand for, less those whose given name's gender disagrees with
   * the pronoun that takes the surname up ("Pembury … defended his company" is not "Ingrid Pembury"
   * when she is the document's only full name of that surname).
   */
  function agreeingInGender(targets: readonly string[], r: MentionRecord): readonly string[] {
    if (targets.length === 0) return targets;
    const pronoun = pronounGenderAfter(prepared[r.doc].input, r.mention.end);
    if (pronoun === null) return targets;
    const kept = targets.length === 1 ? targets.filter((t) => agrees(t, pronoun)) : targets.filter((t) => agreesHere(t, pronoun, r.doc));
    return kept.length === targets.length ? targets : kept;
  }
  /**
   * Whether full name `t` in document `d` may be of gender `g`: the kin word that brought it in
   * ("her brother, X") decides first, then its given name (kin.ts, quotes/gender.ts).
   */
  function agreesHere(t: string, g: Gender, d: number): boolean {
    const input = prepared[d].input;
    const kin = introducedBy(typeof input.text === 'string' ? input.text : '', docNodes[d].get(t));
    const own = kin !== null ? kinGender(kin) : null;
    return own !== null ? own === g : agrees(t, g);
  }
  /** Whether full name `t`'s given name is of no known gender or of gender `g`. */
  function agrees(t: string, g: Gender): boolean {
    const given = nodes.get(t)?.words[0];
    const own = given ? givenNameGender(given.charAt(0).toUpperCase() + given.slice(1)) : null;
    return own === null || own === g;
  }

  /**
   * Which of several full names of one surname in a document a bare surname stands for: the one its
   * own context names (a kin word right before it, "his wife Pembury"; a title of one gender, "Mrs
   * Pembury"), else the document's subject: among the full names not brought in by a kin word ("His
   * wife, Ingrid Pembury"), the most mentioned, then the first named. A biography's "Pembury said"
   * after the subject's wife was named is the subject's.
   */
  function sharedSurname(local: ReadonlyMap<string, readonly number[]>, candidates: readonly string[], r: MentionRecord): string {
    const input = prepared[r.doc].input;
    const text = typeof input.text === 'string' ? input.text : '';
    const kinOf = (c: string): string | null => introducedBy(text, local.get(c));
    const ownKin = kinBefore(text, r.mention.start);
    const titled = titleGenderBefore(text, r.mention.start);
    const ownGender = ownKin !== null ? kinGender(ownKin) : titled;
    let pool = ownGender === null ? candidates : candidates.filter((c) => agreesHere(c, ownGender, r.doc));
    if (pool.length === 0) pool = candidates;
    if (pool.length === 1) return pool[0];
    const relatives = pool.filter((c) => kinOf(c) !== null);
    if (ownKin !== null) {
      const same = relatives.filter((c) => kinOf(c) === ownKin);
      if (same.length > 0) return nearest(local, same, r.mention.start);
      if (relatives.length > 0) return nearest(local, relatives, r.mention.start);
      return nearest(local, pool, r.mention.start);
    }
    const subjects = relatives.length < pool.length ? pool.filter((c) => !relatives.includes(c)) : pool;
    let best = subjects[0];
    for (const c of subjects) {
      const count = (local.get(c) ?? NO_STARTS).length;
      const bestCount = (local.get(best) ?? NO_STARTS).length;
      const first = (local.get(c) ?? NO_STARTS)[0] ?? Infinity;
      const bestFirst = (local.get(best) ?? NO_STARTS)[0] ?? Infinity;
      if (count > bestCount || (count === bestCount && first < bestFirst)) best = c;
    }
    return best;
  }

  function resolvePerson(n: NodeInfo, surnameTargets: readonly string[] | undefined, rule: string): void {
    // Within a document a full name that ends (or starts) with this word decides; across documents
    // only a surname with exactly one full name in the whole corpus does.
    const pending: MentionRecord[] = [];
    const attached: MentionRecord[] = [];
    const surnameList = surnameTargets ?? NO_TARGETS;
    const sets = new Map<readonly string[], ReadonlySet<string>>();
    for (const r of recordsByNode.get(n.id) ?? []) {
      if (r.attach) continue;
      const local = docNodes[r.doc];
      const bySurnameHere = surnameList.length > 0 ? agreeingInGender(presentIn(local, surnameList, sets), r) : [];
      if (bySurnameHere.length > 0) {
        r.attach = bySurnameHere.length === 1 ? bySurnameHere[0] : sharedSurname(local, bySurnameHere, r);
        r.attachRule = rule;
        attached.push(r);
        continue;
      }
      // A given name alone names someone only when exactly one person in the document has it.
      const byGiven = givenNamesIn(r.doc).get(n.key) ?? [];
      if (byGiven.length === 1) {
        r.attach = nearest(local, byGiven, r.mention.start);
        r.attachRule = 'given-name';
        attached.push(r);
      } else pending.push(r);
    }
    const rules = new Set(attached.map((r) => r.attachRule));
    // Across documents a given name alone only names someone when no full name in the corpus has it
    // as a surname and exactly one has it as a given name.
    const givenTargets = byGivenName.get(n.key);
    let corpusTargets = surnameTargets && surnameTargets.length > 0 ? surnameTargets : givenTargets && givenTargets.length === 1 ? givenTargets : NO_TARGETS;
    // A pronoun that disagrees with a full name's given name rules that name out across documents too.
    if (corpusTargets.length > 0 && pending.length > 0) {
      const genders = pending.map((r) => pronounGenderAfter(prepared[r.doc].input, r.mention.end)).filter((g): g is Gender => g !== null);
      if (genders.length > 0) {
        const kept = corpusTargets.filter((t) => genders.every((g) => agrees(t, g)));
        if (kept.length !== corpusTargets.length) corpusTargets = kept;
      }
    }
    const corpusRule = surnameTargets && surnameTargets.length > 0 ? rule : 'given-name';
    settle(n.id, rules.size === 1 ? [...rules][0] ?? corpusRule : corpusRule, attached, pending.length > 0 ? corpusTargets : null);
  }

  return { records, nodes, links, root: (node) => uf.find(node) };
}

/** The kin word that brings in a full name at one of its mentions ("His wife, X"), or null (kin.ts). */
function introducedBy(text: string, starts: readonly number[] | undefined): string | null {
  for (const s of starts ?? NO_STARTS) {
    const k = kinBefore(text, s);
    if (k !== null) return k;
  }
  return null;
}

/** Third-person pronouns by the gender they mark. */
const PRONOUN_GENDER = new Map<string, Gender>([['he', 'male'], ['his', 'male'], ['him', 'male'], ['himself', 'male'], ['she', 'female'], ['her', 'female'], ['hers', 'female'], ['herself', 'female']]);

/**
 * The gender of the first third-person pronoun after a mention in its sentence (at most 80 UTF-16 code
 * units on), or null: none, or another person's mention comes first (the pronoun may be theirs).
 */
function pronounGenderAfter(input: PreparedDocument['input'], end: number): Gender | null {
  const text = typeof input.text === 'string' ? input.text : '';
  const window = text.slice(end, end + 80);
  const stop = window.search(/[.!?\n]/);
  const m = /\b(he|his|him|himself|she|her|hers|herself)\b/i.exec(stop < 0 ? window : window.slice(0, stop));
  if (!m) return null;
  const at = end + m.index;
  const mentions = Array.isArray(input.annotation?.mentions) ? input.annotation.mentions : [];
  if (mentions.some((x) => x && x.type === 'PERSON' && x.start >= end && x.start < at)) return null;
  return PRONOUN_GENDER.get(m[1].toLowerCase()) ?? null;
}

/**
 * Whether most mentions of the name group (more than half) are figurative uses of a country's name
 * (figurative.ts): a speech about "the kind of X we want" that also says "I believed in X" once means
 * the same vision there.
 */
function figurativeOnly(n: NodeInfo, recs: readonly MentionRecord[] | undefined, prepared: readonly PreparedDocument[]): boolean {
  if (!recs || recs.length === 0) return false;
  let figures = 0;
  for (const r of recs) if (figurativeUse(prepared[r.doc].input.text, r.mention.start, r.mention.end, n.words.length === 1)) figures++;
  return figures * 2 > recs.length;
}

/**
 * A full name written in capitals or out of context may be typed an organization in one place and a
 * person in another ("JANE ROE" / "Jane Roe"): one multiword name is one entity, of the type most
 * mentions give it. Single words stay apart ("Washington" the place and the person).
 */
type DocNodes = ReadonlyMap<string, readonly number[]>[];
type Writable = (d: number) => Map<string, readonly number[]>;

function mergeAcrossClasses(nodes: Map<string, NodeInfo>, records: MentionRecord[], docNodes: DocNodes, writable: Writable): void {
  const moves = new Map<string, string>();
  for (const n of nodes.values()) {
    if (n.cls !== 'OP' || n.words.length < 2) continue;
    const other = nodes.get(nodeId('P', n.key));
    if (!other) continue;
    const count = (x: NodeInfo) => x.surfaces.total();
    const [from, to] = count(n) > count(other) ? [other, n] : [n, other];
    moves.set(from.id, to.id);
  }
  moveNodes(moves, nodes, records, docNodes, writable);
}

/**
 * Moves every mention of each name group `from` to the group `to` (`moves`: from id → to id, both in
 * `nodes`): counts join, records and each document's starts follow, `from` is removed.
 */
function moveNodes(moves: ReadonlyMap<string, string>, nodes: Map<string, NodeInfo>, records: MentionRecord[], docNodes: DocNodes, writable: Writable): void {
  if (moves.size === 0) return;
  for (const [from, to] of moves) {
    const a = nodes.get(from) as NodeInfo;
    const b = nodes.get(to) as NodeInfo;
    for (let i = 0; i < a.surfaces.size; i++) b.surfaces.add(a.surfaces.keyAt(i), a.surfaces.countAt(i));
    for (let i = 0; i < a.types.size; i++) b.types.add(a.types.keyAt(i), a.types.countAt(i));
    nodes.delete(from);
  }
  for (const r of records) {
    const to = moves.get(r.node);
    if (to) r.node = to;
  }
  docNodes.forEach((_, d) => {
    for (const [from, to] of moves) {
      const starts = docNodes[d].get(from);
      if (!starts) continue;
      const local = writable(d);
      local.delete(from);
      local.set(to, [...(local.get(to) ?? []), ...starts].sort((x, y) => x - y));
    }
  });
}

/**
 * A name written in capitals only ("JANE ROE, the chief executive, …") that the detector typed an
 * organization or a place, in a document that calls a person by its last word alone ("Ms Roe") and
 * has no other full name with that surname, is that person's full name: capitals hide the case that
 * tells a name from a body. Two or three plain words, none common in names of bodies.
 */
function adoptShoutedPeople(nodes: Map<string, NodeInfo>, records: MentionRecord[], docNodes: DocNodes, writable: Writable): void {
  // Cheapest tests first: this runs for every document, and few have a name in capitals.
  let candidates: NodeInfo[] | undefined;
  for (const n of nodes.values()) {
    if (n.cls !== 'OP' || n.acronym || n.words.length < 2 || n.words.length > 3) continue;
    let shouted = true;
    for (let i = 0; i < n.surfaces.size && shouted; i++) shouted = inCapitals(n.surfaces.keyAt(i));
    if (shouted && !n.words.some((w) => isCommonNameWord(w) || !/^\p{L}[\p{L}'-]*$/u.test(w))) (candidates ??= []).push(n);
  }
  if (!candidates) return;
  const lone = new Set<string>();
  const ofFullNames = new Set<string>();
  for (const n of nodes.values()) {
    if (n.cls !== 'P') continue;
    if (n.words.length === 1) lone.add(n.key);
    else for (const k of surnameKeys(n.words)) ofFullNames.add(k);
  }
  const moves = new Map<string, string>();
  for (const n of candidates) {
    const last = n.words[n.words.length - 1];
    if (!lone.has(last) || ofFullNames.has(last)) continue;
    const id = nodeId('P', n.key);
    if (!nodes.has(id)) nodes.set(id, { id, cls: 'P', key: n.key, words: n.words, acronym: false, surfaces: new Counts(), types: new Counts() });
    moves.set(n.id, id);
  }
  moveNodes(moves, nodes, records, docNodes, writable);
}

/** Whether a surface has capitals and no lower-case letter ("JANE ROE"); a second letter in a-z answers most at once. */
function inCapitals(surface: string): boolean {
  const second = surface.charCodeAt(1);
  if (second >= 97 && second <= 122) return false;
  return !/\p{Ll}/u.test(surface) && /\p{Lu}/u.test(surface);
}

/**
 * A lone capitalised word the detector typed only by default ("Tedros" as an organization) that is the
 * surname or the name of a person elsewhere in the corpus is taken for that person's name, so the
 * person rules place it.
 */
function adoptDefaultTypedSurnames(nodes: Map<string, NodeInfo>, records: MentionRecord[], writable: Writable, personWords: ReadonlySet<string>, fullNameSurnames: ReadonlySet<string> = NO_WORDS): void {
  for (const r of records) {
    // Cheapest test first: most mentions carry evidence of their type.
    // "Ashdown said …" opening a sentence is typed ORG only weakly ("context:said-single"): a lone word
    // that names a person elsewhere in the corpus is taken up by the person rules like a default type.
    // Such a word needs only the surname of a full name typed PERSON anywhere, for whatever reason.
    const evidence = r.mention.evidence ?? '';
    const saidSingle = evidence === 'context:said-single';
    if (!evidence.startsWith('default') && !saidSingle) continue;
    const from = nodes.get(r.node);
    if (!from || from.cls !== 'OP' || from.words.length !== 1 || !(personWords.has(from.key) || (saidSingle && fullNameSurnames.has(from.key)))) continue;
    // "McDonald's" written with its possessive is a business named after a person, not the person.
    if (/['’]s?$/.test(r.mention.text.trim())) continue;
    const id = nodeId('P', from.key);
    let to = nodes.get(id);
    if (!to) {
      to = { id, cls: 'P', key: from.key, words: from.words, acronym: from.acronym, surfaces: new Counts(), types: new Counts() };
      nodes.set(id, to);
    }
    const count = (from.surfaces.get(r.mention.text) ?? 1) - 1;
    if (count > 0) from.surfaces.set(r.mention.text, count); else from.surfaces.delete(r.mention.text);
    from.types.set(r.mention.type, (from.types.get(r.mention.type) ?? 1) - 1);
    to.surfaces.add(r.mention.text, 1);
    to.types.add('PERSON', 1);
    const local = writable(r.doc);
    const starts = local.get(r.node);
    if (starts) {
      const left = starts.filter((x) => x !== r.mention.start);
      if (left.length > 0) local.set(r.node, left); else local.delete(r.node);
    }
    local.set(id, [...(local.get(id) ?? []), r.mention.start].sort((x, y) => x - y));
    r.node = id;
    if (from.surfaces.size === 0) nodes.delete(from.id);
  }
}

const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * Surname keys of every name of two or more words typed PERSON anywhere in the corpus, whatever the
 * reason of its type ("Ysmay Pellowe" typed by default gives "pellowe"). Read only for a lone word
 * before a verb of saying, which the person rules then take up (adoptDefaultTypedSurnames).
 */
function corpusFullNameSurnames(prepared: readonly PreparedDocument[]): Set<string> {
  const out = new Set<string>();
  for (const doc of prepared) {
    for (let i = 0; i < doc.indexes.length; i++) {
      const parsed = doc.parsed[i];
      if (parsed.words.length < 2 || mentionAt(doc, i).type !== 'PERSON') continue;
      for (const k of surnameKeys(parsed.words)) if (k) out.add(k);
    }
  }
  return out;
}

/**
 * Words that name a person somewhere in the corpus: names, surnames and given names of mentions the
 * detector typed PERSON for a reason (a title, a given name, a verb of saying), not by default.
 * Typing only: a word adopted as a person's name still links to that person only on evidence.
 */
function corpusPersonWords(prepared: readonly PreparedDocument[]): Set<string> {
  const out = new Set<string>();
  const seen = new Set<string>();
  for (const doc of prepared) {
    for (let i = 0; i < doc.indexes.length; i++) {
      const m = mentionAt(doc, i);
      const parsed = doc.parsed[i];
      if (m.type !== 'PERSON' || seen.has(parsed.key) || (m.evidence ?? 'default').startsWith('default')) continue;
      seen.add(parsed.key);
      if (parsed.words.length === 1) out.add(parsed.key);
      else for (const k of [...surnameKeys(parsed.words), givenNameKey(parsed.words)]) if (k) out.add(k);
    }
  }
  return out;
}

/**
 * Two documents defining one acronym differently may mean one body under two spellings ("X
 * Brigades" and "Brigades Y"): accepted for two or three expansions that all share a distinctive word.
 */
function sameNameVariants(expansions: readonly (readonly string[])[]): boolean {
  if (expansions.length > 3) return false;
  const sets = expansions.map((w) => new Set(distinctiveWords(w)));
  return sets.every((a, i) => sets.every((b, j) => i === j || [...a].some((w) => b.has(w))));
}

/**
 * Candidates that occur in the document, less `exclude`. Walks the shorter of the two lists, so an alias
 * with many possible targets in the corpus costs only the document's size. Runs once per mention of an
 * alias, so it avoids allocating when it can: the result is read only, and may be `candidates` itself.
 */
function presentIn(local: ReadonlyMap<string, readonly number[]>, candidates: readonly string[], sets: Map<readonly string[], ReadonlySet<string>>, exclude?: string): readonly string[] {
  if (candidates.length <= local.size) {
    let kept = 0;
    for (const t of candidates) if (t !== exclude && local.has(t)) kept++;
    if (kept === candidates.length) return candidates;
    if (kept === 0) return NO_TARGETS;
    const out: string[] = [];
    for (const t of candidates) if (t !== exclude && local.has(t)) out.push(t);
    return out;
  }
  let set = sets.get(candidates);
  if (!set) {
    set = new Set(candidates);
    sets.set(candidates, set);
  }
  const out: string[] = [];
  for (const node of local.keys()) if (node !== exclude && set.has(node)) out.push(node);
  return out;
}

/** The candidate whose mention comes last before `pos`, else the first one after it. */
function nearest(local: ReadonlyMap<string, readonly number[]>, candidates: readonly string[], pos: number): string {
  // Starts are sorted, so each candidate needs one binary search.
  let before: string | undefined;
  let beforeAt = -1;
  let after = candidates[0];
  let afterAt = Infinity;
  for (const c of candidates) {
    const starts = local.get(c) ?? [];
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < pos) lo = mid + 1; else hi = mid;
    }
    if (lo > 0 && starts[lo - 1] > beforeAt) [before, beforeAt] = [c, starts[lo - 1]];
    if (lo < starts.length && starts[lo] < afterAt) [after, afterAt] = [c, starts[lo]];
  }
  return before ?? after;
}

function majorityType(n: NodeInfo | undefined): EntityType | undefined {
  if (!n) return undefined;
  let best: EntityType | undefined;
  let count = 0;
  for (let i = 0; i < n.types.size; i++) {
    const t = n.types.keyAt(i);
    const c = n.types.countAt(i);
    if (c > count || (c === count && best !== undefined && t < best)) [best, count] = [t, c];
  }
  return best;
}

function mostFrequent(n: NodeInfo): string {
  let best = '';
  let count = -1;
  for (let i = 0; i < n.surfaces.size; i++) {
    const s = n.surfaces.keyAt(i);
    const c = n.surfaces.countAt(i);
    if (c > count || (c === count && s < best)) [best, count] = [s, c];
  }
  return best;
}
