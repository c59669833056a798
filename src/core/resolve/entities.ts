// Turns resolved name groups into entities with stable ids, canonical names, aliases, descriptors and
// merge reasons, and places every mention and quote of every document under its entity.
import type { DetectedMention, DetectedQuote, Entity, EntityType, MergeReason, PossibleLink, ResolvedCorpus, ResolvedDocument, ResolvedMention, ResolvedQuote } from '../types';
import type { Counts } from './counts';
import type { Groups, PossibleMatch } from './crossDocument';
import type { Link } from './global';
import type { CorpusInput } from './prepare';
import { displayForm, foldCase, isAcronym, slug, surfaceWordCount, type NameClass } from './names';

export interface NodeInfo {
  readonly id: string;
  readonly cls: NameClass;
  readonly key: string;
  readonly words: readonly string[];
  readonly acronym: boolean;
  /** Surface forms with their counts. */
  readonly surfaces: Counts<string>;
  /** Types the detector gave the name, with their counts. */
  readonly types: Counts<EntityType>;
  /**
   * Set when every mention of a country's name in its document is figurative ("the kind of X we
   * want", figurative.ts): the name is then no name of the country, in its document or across documents.
   */
  figurative?: boolean;
}

/** Name groups by scoped id (a ReadonlyMap will do). */
export interface NodeLookup {
  get(id: string): NodeInfo | undefined;
  values(): IterableIterator<NodeInfo>;
  /**
   * Each name group, in the order of values(), without an iterator result per group (optional: a Map's
   * forEach will do). The corpus-wide walk over a generator was 120 MB of garbage at 10,000 documents.
   */
  forEach?(visit: (n: NodeInfo) => void): void;
}

export interface MentionRecord {
  /** Position of the document in the corpus; set again on each pass when the record is reused. */
  doc: number;
  /** Index of the mention in its document's annotation. */
  readonly index: number;
  readonly mention: DetectedMention;
  /** displayForm of the mention's text. */
  readonly display: string;
  /** Name group of the mention (a name typed both ways moves to one group). */
  node: string;
  /**
   * Root of the mention's name group (of `attach` when set) among its own document's links; set when
   * the document's result joins the corpus. Cross-document links join these roots only, so the
   * corpus-wide union-find holds cross-document merges, not every name group.
   */
  root: string;
  /** The name group's record (`node`'s NodeInfo), set with `root`: saves a corpus-wide lookup per use. */
  info: NodeInfo | null;
  /**
   * Set when the document itself decided where this mention belongs (a surname next to its full name),
   * with the rule that did; two fields rather than one object, as a pass places a mention in three.
   */
  attach: string | null;
  attachRule: string;
  /** Filled when entities are built. */
  entity: { readonly id: string; readonly type: EntityType } | null;
}

/** A document's last resolved form, kept by the incremental resolver to reuse unchanged documents. */
export interface DocumentMemo {
  readonly input: CorpusInput;
  /** Entity of each well-formed mention, in annotation order. */
  readonly entities: readonly RecordEntity[];
  readonly document: ResolvedDocument;
}

type RecordEntity = NonNullable<MentionRecord['entity']>;

interface Group {
  readonly records: MentionRecord[];
  /**
   * Created on the first reason: most groups are one name in one document and have none, and a map or
   * a list per group lived until the pass ended (one group per document-level entity).
   */
  reasons: Map<string, MergeReason> | null;
  /** Cross-document links, in the order they were made (null until the first). */
  cross: MergeReason[] | null;
}

const TYPE_ORDER: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE'];
/** Shared by the mentions without descriptors, which are most: nothing to allocate per mention. */
const NO_DESCRIPTORS: readonly string[] = [];

/** Better canonical name first: a spelled-out name over an acronym, more words (a prefix joined by a hyphen, "al-", counts as a word), more uses, then alphabetical. */
function compareNames(a: [string, number], b: [string, number]): number {
  const acr = Number(isAcronym(a[0])) - Number(isAcronym(b[0]));
  if (acr !== 0) return acr;
  const words = surfaceWordCount(b[0]) - surfaceWordCount(a[0]);
  if (words !== 0) return words;
  if (b[1] !== a[1]) return b[1] - a[1];
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

function variantRule(alias: string, target: string): string {
  if (/['’]s?$/i.test(alias) && displayForm(alias) === target) return 'possessive';
  if (alias.replace(/\./g, '') === target.replace(/\./g, '')) return 'dotted';
  return 'same-name';
}

function display(nodes: NodeLookup, id: string, form: (surface: string) => string = displayForm): string {
  const n = nodes.get(id);
  if (!n) return id;
  // Most names are written one way in their document.
  if (n.surfaces.size === 1) return form(n.surfaces.keyAt(0));
  let best = '';
  let count = -1;
  for (let i = 0; i < n.surfaces.size; i++) {
    const c = n.surfaces.countAt(i);
    const d = form(n.surfaces.keyAt(i));
    if (c > count || (c === count && d < best)) [best, count] = [d, c];
  }
  return best;
}

/** A pure string function remembered for the length of one pass. */
function cached(f: (s: string) => string): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    let v = seen.get(s);
    if (v === undefined) seen.set(s, (v = f(s)));
    return v;
  };
}

export function buildEntities(
  docs: readonly CorpusInput[],
  records: readonly MentionRecord[],
  /** The records of each document, in the order `records` has them. */
  perDoc: readonly (readonly MentionRecord[])[],
  nodes: NodeLookup,
  uf: Groups,
  links: readonly Link[],
  memo?: Map<string, DocumentMemo>,
  /** Per group root of a document-level entity left apart: the entities it may be (crossDocument.ts). */
  possible?: ReadonlyMap<string, readonly PossibleMatch[]>,
): ResolvedCorpus {
  const groups = new Map<string, Group>();
  // Every document now has its own name groups, so one surface is displayed and case-folded once per
  // document that uses it: worked out once per pass instead.
  const form = cached(displayForm);
  const folded = cached(foldCase);
  const groupOf = (root: string) => {
    let g = groups.get(root);
    if (!g) {
      g = { records: [], reasons: null, cross: null };
      groups.set(root, g);
    }
    return g;
  };
  const addReason = (g: Group, r: MergeReason) => {
    if (folded(r.alias) === folded(r.target) && r.rule !== 'dotted' && r.rule !== 'possessive' && r.rule !== 'same-name') return;
    (g.reasons ??= new Map()).set(`${r.alias}\u0000${r.target}\u0000${r.rule}`, r);
  };
  // A name group's display name; `info` saves looking the group up. Names are scoped to their document,
  // so a cache of display names by id would hold every name of the corpus for little reuse: the
  // surfaces' display forms are cached instead (`form`).
  const shown = (id: string, info?: NodeInfo) => {
    const n = info ?? nodes.get(id);
    if (n && n.surfaces.size === 1) return form(n.surfaces.keyAt(0));
    return display(nodes, id, form);
  };
  // Attachment reasons are written once per (surface, target): one rule placed a surface there. A
  // target is a name group of the mention's own document, so the map starts over with each document.
  const attachSeen = new Map<string, Set<string>>();
  /**
   * Group of each name group, found once per name rather than once per mention; a small map per
   * document (names are scoped to their document), which is much cheaper than one map of the corpus.
   */
  const groupByNode = new Map<string, Group>();
  let lastDoc = -1;
  // Loops over the corpus's records, links and groups count by index: this function runs once per pass,
  // much of it before the optimizing compiler steps in, and an unoptimized for-of allocates a result
  // object per step.
  for (let ri = 0; ri < records.length; ri++) {
    const r = records[ri];
    if (r.doc !== lastDoc) {
      lastDoc = r.doc;
      groupByNode.clear();
      attachSeen.clear();
    }
    const node = r.attach ?? r.node;
    let g = groupByNode.get(node);
    if (!g) groupByNode.set(node, (g = groupOf(uf.find(r.root))));
    g.records.push(r);
    if (!r.attach) continue;
    let seen = attachSeen.get(r.attach);
    if (!seen) attachSeen.set(r.attach, (seen = new Set()));
    if (seen.has(r.mention.text)) continue;
    seen.add(r.mention.text);
    addReason(g, { alias: r.display, target: shown(r.attach), rule: r.attachRule });
  }
  for (let li = 0; li < links.length; li++) {
    const l = links[li];
    const g = groups.get(uf.find(l.root ?? l.alias));
    if (!g) continue;
    // Each cross-document link joined two document-level entities once: kept as is, one per link,
    // even between two spellings of one name. Built in one object: there is one per linked document.
    if (l.documents) {
      const alias = shown(l.alias, l.aliasInfo);
      const target = shown(l.target, l.targetInfo);
      const cross: MergeReason = l.score !== undefined
        ? { alias, target, rule: l.rule, evidence: l.evidence, strength: l.strength, score: l.score, documents: l.documents }
        : { alias, target, rule: l.rule, evidence: l.evidence, strength: l.strength, documents: l.documents };
      if (g.cross) g.cross.push(cross); else g.cross = [cross];
    } else addReason(g, { alias: shown(l.alias), target: shown(l.target), rule: l.rule });
  }

  const entities = new Map<string, Entity>();
  // Groups in order of first appearance, so id collisions get suffixes deterministically.
  const ordered = [...groups.values()].sort((a, b) => a.records[0].doc - b.records[0].doc || a.records[0].mention.start - b.records[0].mention.start);
  for (let gi = 0; gi < ordered.length; gi++) {
    const g = ordered[gi];
    const names = new Map<string, number>();
    const typeCounts = new Map<EntityType, number>();
    const descriptors: string[] = [];
    const seenDescriptors = new Set<string>();
    // Mentions of one name come together, so the name's class is looked up once per run of them.
    let lastNode: string | undefined;
    let lastIsPerson = false;
    for (let ri = 0; ri < g.records.length; ri++) {
      const r = g.records[ri];
      const name = r.display;
      names.set(name, (names.get(name) ?? 0) + 1);
      if (r.node !== lastNode) {
        lastNode = r.node;
        lastIsPerson = r.info?.cls === 'P';
      }
      // A mention moved among person names counts as a person whatever the detector said.
      const t: EntityType = lastIsPerson ? 'PERSON' : r.mention.type;
      typeCounts.set(t, (typeCounts.get(t) ?? 0) + 1);
      for (const d of r.mention.descriptors ?? NO_DESCRIPTORS) {
        const k = foldCase(d);
        if (!seenDescriptors.has(k)) {
          seenDescriptors.add(k);
          descriptors.push(d);
        }
      }
    }
    const ranked = [...names.entries()].sort(compareNames);
    const canonical = ranked[0][0];
    const type = [...typeCounts.entries()].sort((a, b) => b[1] - a[1] || TYPE_ORDER.indexOf(a[0]) - TYPE_ORDER.indexOf(b[0]))[0][0];
    addVariantReasons(g, shown, (r) => addReason(g, r));
    const base = `${type.toLowerCase()}:${slug(canonical)}`;
    let id = base;
    for (let n = 2; entities.has(id); n++) id = `${base}-${n}`;
    entities.set(id, {
      id,
      type,
      name: canonical,
      aliases: ranked.map(([s]) => s),
      descriptors,
      reasons: g.reasons ? (g.cross ? [...g.reasons.values(), ...g.cross] : [...g.reasons.values()]) : g.cross ? [...g.cross] : [],
    });
    const entity = { id, type };
    for (let ri = 0; ri < g.records.length; ri++) g.records[ri].entity = entity;
  }
  if (possible && possible.size > 0) addSuggestions(entities, docs, possible, uf, groups);

  const documents: ResolvedDocument[] = docs.map((doc, d) => {
    const recs = perDoc[d];
    if (!memo) return resolveDocument(doc, recs);
    const before = memo.get(doc.id);
    if (before && before.input === doc && sameEntities(before.entities, recs)) return before.document;
    const document = resolveDocument(doc, recs);
    memo.set(doc.id, { input: doc, entities: recs.map((r) => r.entity as RecordEntity), document });
    return document;
  });
  return { documents, entities };
}

/** Writes each suggestion on the entity left apart, naming the entity its candidate ended up in. */
function addSuggestions(
  entities: Map<string, Entity>,
  docs: readonly CorpusInput[],
  possible: ReadonlyMap<string, readonly PossibleMatch[]>,
  uf: Groups,
  groups: ReadonlyMap<string, Group>,
): void {
  const entityOf = (root: string) => {
    const e = groups.get(uf.find(root))?.records[0]?.entity;
    return e ? entities.get(e.id) : undefined;
  };
  for (const [root, list] of possible) {
    const from = entityOf(root);
    const g = groups.get(uf.find(root));
    if (!from || !g) continue;
    const document = docs[g.records[0].doc]?.id ?? '';
    const links: PossibleLink[] = [...(from.possiblySame ?? [])];
    for (const p of list) {
      const to = entityOf(p.root);
      if (!to || to.id === from.id || links.some((l) => l.entity === to.id)) continue;
      links.push({ entity: to.id, name: to.name, document, evidence: p.evidence });
    }
    if (links.length > 0) entities.set(from.id, { ...from, possiblySame: links });
  }
}

function sameEntities(before: readonly RecordEntity[], recs: readonly MentionRecord[]): boolean {
  if (before.length !== recs.length) return false;
  for (let i = 0; i < recs.length; i++) {
    const e = recs[i].entity as RecordEntity;
    if (before[i].id !== e.id || before[i].type !== e.type) return false;
  }
  return true;
}

/**
 * The document again, for a new version whose mentions carry the same names in the same order as the
 * memo's: each mention keeps the entity its counterpart had.
 */
export function reresolveDocument(memo: DocumentMemo, doc: CorpusInput, mentions: readonly { readonly index: number; readonly mention: DetectedMention }[]): DocumentMemo {
  const recs = mentions.map((m, i): MentionRecord => ({ doc: 0, index: m.index, mention: m.mention, display: '', node: '', root: '', info: null, attach: null, attachRule: '', entity: memo.entities[i] }));
  return { input: doc, entities: memo.entities, document: resolveDocument(doc, recs) };
}

/** A mention that joined a group of the other class (a surname typed as a place) takes the group's type. */
function mentionType(r: MentionRecord): EntityType {
  const e = r.entity as { id: string; type: EntityType };
  return (e.type === 'PERSON') === (r.mention.type === 'PERSON') ? r.mention.type : e.type;
}

/** Own keys, in order, of the mentions the annotator makes: with evidence, and with evidence and descriptors. */
const WITH_EVIDENCE = ['start', 'end', 'text', 'type', 'evidence'];
const WITH_DESCRIPTORS = ['start', 'end', 'text', 'type', 'evidence', 'descriptors'];

/** Whether the object's enumerable keys are exactly `keys`, in that order (for-in allocates nothing here). */
function hasKeys(m: object, keys: readonly string[]): boolean {
  let i = 0;
  for (const k in m) if (k !== keys[i++]) return false;
  return i === keys.length;
}

/**
 * The mention under its entity: the detected mention's fields, in their order, with the resolved type
 * and the entity id last (what `{ ...m, type, entity }` gives). The annotator's own shapes are built as
 * literals: a spread per mention of the corpus cost a large share of a pass and of the result's heap.
 */
function resolvedMention(m: DetectedMention, type: EntityType, entity: string): ResolvedMention {
  if (m.descriptors === undefined && m.evidence === undefined) return { start: m.start, end: m.end, text: m.text, type, entity };
  if (m.descriptors === undefined) {
    if (hasKeys(m, WITH_EVIDENCE)) return { start: m.start, end: m.end, text: m.text, type, evidence: m.evidence, entity };
  } else if (hasKeys(m, WITH_DESCRIPTORS)) return { start: m.start, end: m.end, text: m.text, type, evidence: m.evidence, descriptors: m.descriptors, entity };
  return { ...m, type, entity };
}

function resolveDocument(doc: CorpusInput, recs: readonly MentionRecord[]): ResolvedDocument {
  let mentions: ResolvedMention[] = recs.map((r) => {
    const e = r.entity as { id: string; type: EntityType };
    const m = r.mention;
    const type = mentionType(r);
    return resolvedMention(m, type, e.id);
  });
  let indexOf = recs.map((r) => r.index);
  const sorted = mentions.every((m, i) => i === 0 || mentions[i - 1].start < m.start || (mentions[i - 1].start === m.start && mentions[i - 1].end <= m.end));
  if (!sorted) {
    const order = mentions.map((_, i) => i).sort((x, y) => mentions[x].start - mentions[y].start || mentions[x].end - mentions[y].end || indexOf[x] - indexOf[y]);
    mentions = order.map((i) => mentions[i]);
    indexOf = order.map((i) => indexOf[i]);
  }
  const rawQuotes = Array.isArray(doc.annotation?.quotes) ? doc.annotation.quotes : [];
  // Quotes point at mentions by index: renumber them for the sorted list.
  const position = new Map<number, number>();
  if (rawQuotes.length > 0) indexOf.forEach((index, i) => position.set(index, i));
  const quotes: ResolvedQuote[] = rawQuotes
    .filter((q) => q && q.end > q.start)
    .map((q) => {
      const at = q.speakerMention != null ? position.get(q.speakerMention) : undefined;
      return withSpeaker(q, at ?? null, at !== undefined ? mentions[at].entity : null);
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
  return { id: doc.id, text: doc.text, mentions, quotes };
}

/**
 * The quote with its speaker: equal to `{ ...q, speakerMention, speaker }` (same keys, same order) but
 * built key by key. In Node 20's V8 an object spread and then given a new key gets a hidden class of its
 * own: the resolve worker kept one per quote (77,500 at 3,000 synthetic documents, about 23 MB).
 */
function withSpeaker(q: DetectedQuote, speakerMention: number | null, speaker: string | null): ResolvedQuote {
  const r: Record<string, unknown> = {};
  for (const key of Object.keys(q)) r[key] = (q as unknown as Record<string, unknown>)[key];
  r.speakerMention = speakerMention;
  r.speaker = speaker;
  return r as unknown as ResolvedQuote;
}

/** Reasons for surfaces that share a key: "U.N." and "UN", "Merkel's" and "Merkel", "IRAQ" and "Iraq". */
function addVariantReasons(g: Group, shown: (id: string) => string, add: (r: MergeReason) => void): void {
  const seen = new Set<string>();
  for (const r of g.records) {
    // Most names are written one way: nothing to say for them, so they are not even remembered.
    const n = r.info;
    if (!n || n.surfaces.size < 2 || seen.has(r.node)) continue;
    seen.add(r.node);
    const target = shown(r.node);
    for (let i = 0; i < n.surfaces.size; i++) {
      const trimmed = n.surfaces.keyAt(i).trim();
      if (trimmed !== target) add({ alias: trimmed, target, rule: variantRule(trimmed, target) });
    }
  }
}
