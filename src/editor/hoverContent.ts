// Builds hover card Markdown from corpus data. Pure (no vscode), so escaping and layout are unit
// tested. Every piece of document text and every file name goes through markdownText (escaped,
// controls removed, length capped); the only links are command links made by the caller's `link`
// function, checked by markdownLink, which is what MarkdownString.isTrusted allow-lists.
import type { EntitySummary, MentionRef } from '../core/corpusTypes';
import type { Entity, ResolvedMention, ResolvedQuote, Span } from '../core/types';
import { documentLabel, mentionSummary, ruleLabel, typeLabel } from './format';
import { markdownLink, markdownText, MAX_FILE_NAME_LENGTH } from './markdownSafe';

export interface HoverLinks {
  /** A Markdown link target that opens the document with the span selected. */
  open(documentId: string, span: Span): string;
  /** A Markdown link target that lists every quote of a speaker (an entity id); without it "… N more" is plain text. */
  quotes?(entityId: string): string;
  /** Link targets that open the speaker's quote ledger and the entity graph centred on the entity. */
  ledger?(entityId: string): string;
  graph?(entityId: string): string;
  /** Link target of "Not the same as …": separates the entity's part in this document. */
  notSame?(entityId: string, documentId: string): string;
  /** Link target of "Same entity": accepts a "possibly the same as" suggestion. */
  sameEntity?(entityId: string, documentId: string, intoId: string): string;
}

export interface HoverLimits {
  readonly documents: number;
  readonly quotes: number;
  readonly quoteLength: number;
  readonly reasons: number;
}

const DEFAULT_LIMITS: HoverLimits = { documents: 8, quotes: 3, quoteLength: 140, reasons: 6 };

const link = markdownLink;

function unique(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v.trim().toLowerCase();
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface MentionHoverInput {
  readonly mention: ResolvedMention;
  readonly summary: EntitySummary;
  /** Every mention of the entity (MentionRef order = reading order), to link each document's first one. */
  readonly mentions: readonly MentionRef[];
  /** The hovered document, for the cross-document links and corrections that concern it. */
  readonly documentId?: string;
}

export function mentionHover(input: MentionHoverInput, links: HoverLinks, limits: HoverLimits = DEFAULT_LIMITS): string {
  const { summary, mention, mentions } = input;
  const { entity } = summary;
  const lines: string[] = [];
  lines.push(`**${markdownText(entity.name)}** · ${typeLabel(entity.type)}`);

  const descriptors = unique([...(mention.descriptors ?? []), ...entity.descriptors]);
  if (descriptors.length > 0) lines.push(`*${descriptors.slice(0, 4).map((d) => markdownText(d, 80)).join(' · ')}*`);

  const aliases = unique(entity.aliases).filter((a) => a.trim().toLowerCase() !== entity.name.trim().toLowerCase());
  if (aliases.length > 0) lines.push(`Also called: ${aliases.slice(0, 8).map((a) => markdownText(a, 60)).join(', ')}${aliases.length > 8 ? ', …' : ''}`);

  const firstInDocument = new Map<string, MentionRef>();
  for (const ref of mentions) if (!firstInDocument.has(ref.documentId)) firstInDocument.set(ref.documentId, ref);
  const docLinks = summary.documents.slice(0, limits.documents).map(({ documentId, count }) => {
    const first = firstInDocument.get(documentId);
    const label = markdownText(documentLabel(documentId), MAX_FILE_NAME_LENGTH);
    const item = first ? link(label, links.open(documentId, first.mention), 'Open at the first mention') : label;
    return `${item} (${count})`;
  });
  const more = summary.documents.length > limits.documents ? ` · and ${summary.documents.length - limits.documents} more` : '';
  // Right after a warm start, or for a document changed since the last pass, the corpus-wide counts
  // are still in the making: say so rather than show some documents' counts as the whole corpus's.
  const counted = mentionSummary(summary.mentionCount, summary.documentCount).replace(' · ', ' in ');
  lines.push(summary.partial
    ? `${counted} so far (the other documents are still being counted): ${docLinks.join(' · ')}${more}`
    : `${counted}: ${docLinks.join(' · ')}${more}`);
  const views = [summary.quotes.length > 0 && links.ledger ? link(`Show Quotes of ${markdownText(entity.name)} (${summary.quotes.length})`, links.ledger(entity.id)) : '', links.graph ? link('Show in Entity Graph', links.graph(entity.id)) : ''].filter(Boolean);
  if (views.length > 0) lines.push(views.join(' · '));

  const sections = [lines.join('\n\n')];
  if (summary.quotes.length > 0) {
    const quoteLines = summary.quotes.slice(0, limits.quotes).map(({ documentId, quote }) => {
      const text = markdownText(quote.text, limits.quoteLength);
      return `- ${link(text, links.open(documentId, quote), `Open in ${documentLabel(documentId)}`)}`;
    });
    const more = `… ${summary.quotes.length - limits.quotes} more`;
    const extra = summary.quotes.length <= limits.quotes ? '' : `\n- ${links.quotes ? link(more, links.quotes(entity.id), 'Show every quote in the Entities view') : more}`;
    sections.push(`Quotes:\n\n${quoteLines.join('\n')}${extra}`);
  }
  const identity = identitySection(input, links, limits);
  if (identity) sections.push(identity);
  const ownReasons = entity.reasons.filter((r) => !r.documents);
  if (ownReasons.length > 0) {
    const reasons = ownReasons.slice(0, limits.reasons).map((r) => `- “${markdownText(r.alias)}” = “${markdownText(r.target)}”: ${markdownText(ruleLabel(r.rule))}`);
    sections.push(`Why these names are one entity:\n\n${reasons.join('\n')}`);
  }
  return sections.join('\n\n---\n\n');
}

/**
 * Which documents a multi-document entity links and why (weak links marked), with "Not the same as …"
 * for the hovered document; and the entity's "possibly the same as" suggestions with "Same entity".
 */
function identitySection(input: MentionHoverInput, links: HoverLinks, limits: HoverLimits): string | undefined {
  const { summary, documentId } = input;
  const { entity } = summary;
  const lines: string[] = [];
  const cross = entity.reasons.filter((r) => r.documents);
  if (cross.length > 0 && summary.documentCount > 1) {
    // Links of the hovered document first: they are what the reader is deciding about.
    const mine = (r: (typeof cross)[number]) => (documentId !== undefined && r.documents?.includes(documentId) ? 0 : 1);
    // A stable partition, as the sort by mine() gave, without sorting an entity's thousands of links per hover.
    const shown = [...cross.filter((r) => mine(r) === 0), ...cross.filter((r) => mine(r) === 1)].slice(0, limits.reasons).map((r) => {
      const [a, b] = r.documents as readonly [string, string];
      const weak = r.strength === 'weak' ? ' — *weak link*' : '';
      return `- ${markdownText(documentLabel(a), MAX_FILE_NAME_LENGTH)} ↔ ${markdownText(documentLabel(b), MAX_FILE_NAME_LENGTH)}: ${markdownText(r.evidence ?? ruleLabel(r.rule), 200)}${weak}`;
    });
    const more = cross.length > limits.reasons ? `\n- … ${cross.length - limits.reasons} more` : '';
    lines.push(`Linked across ${summary.documentCount} documents:\n\n${shown.join('\n')}${more}`);
    if (documentId !== undefined && links.notSame) {
      lines.push(link(`Not the same as “${markdownText(entity.name, 60)}” in the other documents`, links.notSame(entity.id, documentId), `Separate this entity in ${documentLabel(documentId)}`));
    }
  }
  for (const p of (entity.possiblySame ?? []).slice(0, 3)) {
    const accept = documentId !== undefined && links.sameEntity ? ` · ${link('Same entity', links.sameEntity(entity.id, documentId, p.entity), 'Join them')}` : '';
    lines.push(`Possibly the same as “${markdownText(p.name, 60)}” (${markdownText(p.evidence, 200)})${accept}`);
  }
  return lines.length > 0 ? lines.join('\n\n') : undefined;
}

export interface QuoteHoverInput {
  readonly quote: ResolvedQuote;
  readonly speaker: Entity | undefined;
  /** Where to jump for the speaker: the speaker mention next to the quote, else the entity's definition. */
  readonly speakerAt: MentionRef | undefined;
}

export function quoteHover(input: QuoteHoverInput, links: HoverLinks): string {
  const { quote, speaker, speakerAt } = input;
  const kind = ({ full: 'Quote', fragment: 'Quoted phrase', turn: 'Transcript turn', indirect: 'Reported speech' } as const)[quote.kind] ?? 'Quote';
  if (speaker) {
    const name = markdownText(speaker.name);
    const who = speakerAt ? link(name, links.open(speakerAt.documentId, speakerAt.mention), 'Go to the speaker') : name;
    return `**${kind}** · speaker: ${who} (${typeLabel(speaker.type)})`;
  }
  if (quote.speakerText) return `**${kind}** · speaker: ${markdownText(quote.speakerText)}`;
  return `**${kind}** · speaker unknown`;
}
