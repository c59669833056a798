// The standard LSP features, answered from the engine's corpus index: hover (cards from the pure
// builders in src/editor/hoverContent.ts), definition, references, document highlights, document and
// workspace symbols. Offsets are UTF-16 code units, as LSP positions are; positions in a document
// open in the editor are read against its current text, elsewhere against the indexed text.
import {
  DocumentHighlightKind, MarkupKind, SymbolKind,
  type DocumentHighlight, type DocumentSymbol, type Hover, type Location, type Position, type Range, type SymbolInformation,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { foldForSearch } from '../core/corpus/fold';
import type { CuratedCorpusIndex } from '../core/corpus';
import type { EntitySummary, MentionRef } from '../core/corpusTypes';
import type { EntityType, ResolvedMention, ResolvedQuote, Span } from '../core/types';
import { spanAtCaret } from '../editor/caretSpan';
import { count, shorten, typeLabel } from '../editor/format';
import { mentionHover, quoteHover } from '../editor/hoverContent';
import { hoverLinks } from '../editor/hoverLinks';
import { snippetAround } from '../editor/snippet';
import { createLineTables } from './lineTables';

export interface FeatureDeps {
  readonly index: CuratedCorpusIndex;
  /** The editor's copy of an open document, if open. */
  readonly openDocument: (uri: string) => TextDocument | undefined;
  readonly covers: (uri: string) => boolean;
}

const KIND: Record<EntityType, SymbolKind> = { PERSON: SymbolKind.Object, ORG: SymbolKind.Namespace, PLACE: SymbolKind.Package };

export interface Features {
  hover(uri: string, position: Position): Hover | null;
  definition(uri: string, position: Position): Location[] | null;
  references(uri: string, position: Position, includeDeclaration: boolean): Location[] | null;
  highlights(uri: string, position: Position): DocumentHighlight[] | null;
  documentSymbols(uri: string): DocumentSymbol[] | null;
  workspaceSymbols(query: string): SymbolInformation[];
  /** Offset → position converter for an indexed document (see the module comment). */
  converter(uri: string): Converter | undefined;
  /** The offset of a position in a document the editor has open, else in the indexed text. */
  offsetOf(uri: string, position: Position): number | undefined;
  /** Editor locations of mentions, each document's line table built once. */
  locations(refs: readonly MentionRef[]): Location[];
}

export interface Converter {
  position(offset: number): Position;
  range(span: Span): Range;
}

/** Reference lists kept, by index version, entity and includeDeclaration: a repeated Find All References is a lookup. */
const REFERENCE_RESULTS = 8;
/** Hover cards kept, by index version, document and the spans under the caret. */
const HOVER_RESULTS = 32;
/**
 * Documents of the entity the hover card is given a first mention for (to link each): the card lists
 * fewer (hoverContent's limit, 8), and the rest of the entity's mentions are not needed for it.
 */
const HOVER_DOCUMENTS = 32;

export function createFeatures(deps: FeatureDeps): Features {
  const { index } = deps;
  // Line starts of every indexed text, kept per document (references list mentions in thousands).
  const lines = createLineTables();
  const referenceResults = new Map<string, Location[]>();
  const hoverResults = new Map<string, Hover | null>();

  // Positions are computed on the indexed text. An open document whose text is the indexed one has the
  // same positions (the editor's line breaks are the line tables'); one with newer text is answered
  // against what the index holds, as before.
  const converter = (uri: string): Converter | undefined => {
    const text = index.document(uri)?.text;
    if (text === undefined) return undefined;
    return converterFor(uri, text);
  };
  const converterFor = (uri: string, text: string): Converter => ({
    position: (o) => lines.position(uri, text, o),
    range: (s) => ({ start: lines.position(uri, text, s.start), end: lines.position(uri, text, s.end) }),
  });

  const offsetOf = (uri: string, position: Position): number | undefined => {
    const open = deps.openDocument(uri);
    if (open) return open.offsetAt(position);
    const text = index.document(uri)?.text;
    return text === undefined ? undefined : lines.offset(uri, text, position);
  };

  const mentionAt = (uri: string, position: Position): ResolvedMention | undefined => {
    if (!deps.covers(uri)) return undefined;
    const offset = offsetOf(uri, position);
    return offset === undefined ? undefined : spanAtCaret((d, o) => index.mentionAt(d, o), uri, offset);
  };

  const locations = (refs: readonly MentionRef[]): Location[] => {
    const out: Location[] = [];
    let lastId: string | undefined;
    let text: string | undefined;
    for (const ref of refs) {
      // References come in reading order: one text lookup per document, not per mention.
      if (ref.documentId !== lastId) {
        lastId = ref.documentId;
        text = index.document(ref.documentId)?.text;
      }
      if (text === undefined) continue;
      const { start, end } = ref.mention;
      out.push({ uri: ref.documentId, range: { start: lines.position(ref.documentId, text, start), end: lines.position(ref.documentId, text, end) } });
    }
    return out;
  };

  /** The first mention of each of the entity's first documents (summary.documents order), for the hover card's links. */
  const firstMentions = (entityId: string, summary: EntitySummary): MentionRef[] => {
    const refs: MentionRef[] = [];
    let at = 0;
    for (const { count } of summary.documents.slice(0, HOVER_DOCUMENTS)) {
      const [first] = index.mentionsOfPage(entityId, at, 1);
      if (first) refs.push(first);
      at += count;
    }
    return refs;
  };

  /** The speaker's mention closest to the quote, usually the "said X" right next to it. */
  const nearestMention = (uri: string, entityId: string, span: Span): MentionRef | undefined => {
    let best: MentionRef | undefined;
    let bestDistance = Infinity;
    for (const mention of index.document(uri)?.mentions ?? []) {
      if (mention.entity !== entityId) continue;
      const distance = mention.end <= span.start ? span.start - mention.end : Math.max(0, mention.start - span.end);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = { documentId: uri, mention };
      }
    }
    return best;
  };

  /** The hover card for the mention and/or quote at a position of the document. */
  const buildHover = (uri: string, mention: ResolvedMention | undefined, quote: ResolvedQuote | undefined): Hover | null => {
    const convert = converter(uri);
    const parts: string[] = [];
    let range: Range | undefined;
    if (mention) {
      const summary = index.summary(mention.entity);
      if (summary) parts.push(mentionHover({ mention, summary, mentions: firstMentions(mention.entity, summary), documentId: uri }, hoverLinks));
      range = convert?.range(mention);
    }
    if (quote) {
      const speaker = quote.speaker ? index.entity(quote.speaker) : undefined;
      const speakerAt = quote.speaker ? (nearestMention(uri, quote.speaker, quote) ?? index.summary(quote.speaker)?.definition) : undefined;
      parts.push(quoteHover({ quote, speaker, speakerAt }, hoverLinks));
      range ??= convert?.range(quote);
    }
    if (parts.length === 0) return null;
    return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range };
  };

  return {
    converter,
    offsetOf,
    locations,
    hover(uri, position) {
      if (!deps.covers(uri)) return null;
      const offset = offsetOf(uri, position);
      if (offset === undefined) return null;
      const mention = spanAtCaret((d, o) => index.mentionAt(d, o), uri, offset);
      const quote = spanAtCaret((d, o) => index.quoteAt(d, o), uri, offset);
      if (!mention && !quote) return null;
      // The card is a function of the index version and the spans under the caret: moving within one
      // name or hovering it again is a lookup.
      const key = `${index.version}\u0000${uri}\u0000${mention ? `${mention.start}:${mention.end}` : ''}\u0000${quote ? `${quote.start}:${quote.end}` : ''}`;
      const kept = hoverResults.get(key);
      if (kept !== undefined) return kept;
      const result = buildHover(uri, mention, quote);
      if (hoverResults.size >= HOVER_RESULTS) hoverResults.delete(hoverResults.keys().next().value as string);
      hoverResults.set(key, result);
      return result;
    },
    definition(uri, position) {
      const mention = mentionAt(uri, position);
      const definition = mention && index.summary(mention.entity)?.definition;
      return definition ? locations([definition]) : null;
    },
    references(uri, position, includeDeclaration) {
      const mention = mentionAt(uri, position);
      if (!mention) return null;
      const key = `${index.version}\u0000${includeDeclaration}\u0000${mention.entity}`;
      const kept = referenceResults.get(key);
      if (kept) return kept;
      let refs = index.mentionsOf(mention.entity);
      if (!includeDeclaration) {
        const definition = index.summary(mention.entity)?.definition;
        if (definition) refs = refs.filter((r) => !(r.documentId === definition.documentId && r.mention.start === definition.mention.start));
      }
      const result = locations(refs);
      if (referenceResults.size >= REFERENCE_RESULTS) referenceResults.delete(referenceResults.keys().next().value as string);
      referenceResults.set(key, result);
      return result;
    },
    highlights(uri, position) {
      const mention = mentionAt(uri, position);
      const doc = mention && index.document(uri);
      const convert = doc && converter(uri);
      if (!mention || !doc || !convert) return null;
      return doc.mentions.filter((m) => m.entity === mention.entity).map((m) => ({ range: convert.range(m), kind: DocumentHighlightKind.Text }));
    },
    documentSymbols(uri) {
      if (!deps.covers(uri)) return null;
      const doc = index.document(uri);
      const convert = doc && converter(uri);
      if (!doc || !convert) return null;
      const byEntity = new Map<string, DocumentSymbol>();
      const symbols: DocumentSymbol[] = [];
      for (const m of doc.mentions) {
        const range = convert.range(m);
        let symbol = byEntity.get(m.entity);
        if (!symbol) {
          const entity = index.entity(m.entity);
          symbol = { name: entity?.name ?? m.text, detail: typeLabel(m.type), kind: KIND[m.type], range, selectionRange: range, children: [] };
          byEntity.set(m.entity, symbol);
          symbols.push(symbol);
        }
        // The entity's own range stays its first mention: a range spanning every mention would
        // overlap other entities. Each mention is named by its sentence, so ten mentions are ten rows.
        symbol.children!.push({ name: snippetAround(doc.text, m.start, m.end, 60).label, detail: `line ${range.start.line + 1} · ${m.text}`, kind: SymbolKind.Key, range, selectionRange: range });
      }
      for (const entity of byEntity.values()) groupByWording(entity);
      for (const q of doc.quotes) {
        const range = convert.range(q);
        const speaker = q.speaker ? index.entity(q.speaker)?.name : (q.speakerText ?? undefined);
        symbols.push({ name: shorten(q.text, 60), detail: speaker ? `quote · ${speaker}` : 'quote', kind: SymbolKind.String, range, selectionRange: range });
      }
      for (const s of byEntity.values()) s.detail = `${s.detail} · ${count(countMentions(s), 'mention')}`;
      symbols.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
      return symbols;
    },
    workspaceSymbols(query) {
      const results: SymbolInformation[] = [];
      // Quick Open fuzzy-matches the symbol's name and drops rows it cannot match: when the query is
      // not in the canonical name, the label names what it hit (an alias, a transliteration, or the
      // spelling typed). The query's forms are computed once per request.
      const typed = query.trim();
      const lower = typed.toLowerCase();
      const plain = (s: string) => s.toLowerCase().includes(lower);
      const q = foldForSearch(typed);
      for (const entity of index.findEntities(query, 200)) {
        const summary = index.summary(entity.id);
        if (!summary) continue;
        const [where] = locations([summary.definition]);
        if (!where) continue;
        let hint: string | undefined;
        if (typed && !plain(entity.name)) {
          hint = entity.aliases.find(plain) ?? [entity.name, ...entity.aliases].map(foldForSearch).find((f) => f.includes(q)) ?? `≈ ${typed}`;
        }
        const name = hint ? `${entity.name} (${hint})` : entity.name;
        results.push({ name, kind: KIND[entity.type], containerName: `${typeLabel(entity.type)} · ${count(summary.mentionCount, 'mention')}`, location: where });
      }
      return results;
    },
  };
}

const wordingOf = (mention: DocumentSymbol) => (mention.detail ?? '').slice((mention.detail ?? '').indexOf(' · ') + 3);

/** An entity named in more than one way gets one row per wording with its mentions under it. */
function groupByWording(entity: DocumentSymbol): void {
  const byWording = new Map<string, DocumentSymbol[]>();
  for (const mention of entity.children ?? []) {
    const wording = wordingOf(mention);
    const list = byWording.get(wording);
    if (list) list.push(mention);
    else byWording.set(wording, [mention]);
  }
  if (byWording.size < 2) return;
  entity.children = [...byWording].map(([wording, mentions]) => ({
    name: wording, detail: count(mentions.length, 'mention'), kind: SymbolKind.Key, range: mentions[0].range, selectionRange: mentions[0].selectionRange, children: mentions,
  }));
}

function countMentions(entity: DocumentSymbol): number {
  return (entity.children ?? []).reduce((n, c) => n + ((c.children?.length ?? 0) > 0 ? c.children!.length : 1), 0);
}
