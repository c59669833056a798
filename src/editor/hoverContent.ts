// Builds hover card Markdown from corpus data. Pure (no vscode), so escaping and layout are unit
// tested. Every piece of document text goes through escapeMarkdown; the only links are command links
// made by the caller's `link` function, which is what MarkdownString.isTrusted allow-lists.
import type { EntitySummary, MentionRef } from '../core/corpusTypes';
import type { Entity, ResolvedMention, ResolvedQuote, Span } from '../core/types';
import { documentLabel, escapeMarkdown, mentionSummary, ruleLabel, shorten, typeLabel } from './format';

export interface HoverLinks {
  /** A Markdown link target that opens the document with the span selected. */
  open(documentId: string, span: Span): string;
}

export interface HoverLimits {
  readonly documents: number;
  readonly quotes: number;
  readonly quoteLength: number;
  readonly reasons: number;
}

const DEFAULT_LIMITS: HoverLimits = { documents: 8, quotes: 3, quoteLength: 140, reasons: 6 };

function link(label: string, target: string, title?: string): string {
  const t = title ? ` "${title.replace(/["\\]/g, '')}"` : '';
  return `[${label}](${target}${t})`;
}

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
}

export function mentionHover(input: MentionHoverInput, links: HoverLinks, limits: HoverLimits = DEFAULT_LIMITS): string {
  const { summary, mention, mentions } = input;
  const { entity } = summary;
  const lines: string[] = [];
  lines.push(`**${escapeMarkdown(entity.name)}** · ${typeLabel(entity.type)}`);

  const descriptors = unique([...(mention.descriptors ?? []), ...entity.descriptors]);
  if (descriptors.length > 0) lines.push(`*${descriptors.slice(0, 4).map((d) => escapeMarkdown(shorten(d, 80))).join(' · ')}*`);

  const aliases = unique(entity.aliases).filter((a) => a.trim().toLowerCase() !== entity.name.trim().toLowerCase());
  if (aliases.length > 0) lines.push(`Also called: ${aliases.slice(0, 8).map((a) => escapeMarkdown(shorten(a, 60))).join(', ')}${aliases.length > 8 ? ', …' : ''}`);

  const firstInDocument = new Map<string, MentionRef>();
  for (const ref of mentions) if (!firstInDocument.has(ref.documentId)) firstInDocument.set(ref.documentId, ref);
  const docLinks = summary.documents.slice(0, limits.documents).map(({ documentId, count }) => {
    const first = firstInDocument.get(documentId);
    const label = escapeMarkdown(documentLabel(documentId));
    const item = first ? link(label, links.open(documentId, first.mention), 'Open at the first mention') : label;
    return `${item} (${count})`;
  });
  const more = summary.documents.length > limits.documents ? ` · and ${summary.documents.length - limits.documents} more` : '';
  lines.push(`${mentionSummary(summary.mentionCount, summary.documentCount).replace(' · ', ' in ')}: ${docLinks.join(' · ')}${more}`);

  const sections = [lines.join('\n\n')];
  if (summary.quotes.length > 0) {
    const quoteLines = summary.quotes.slice(0, limits.quotes).map(({ documentId, quote }) => {
      const text = escapeMarkdown(shorten(quote.text, limits.quoteLength));
      return `- ${link(text, links.open(documentId, quote), `Open in ${documentLabel(documentId).replace(/["\\]/g, '')}`)}`;
    });
    const extra = summary.quotes.length > limits.quotes ? `\n- … ${summary.quotes.length - limits.quotes} more` : '';
    sections.push(`Quotes:\n\n${quoteLines.join('\n')}${extra}`);
  }
  if (entity.reasons.length > 0) {
    const reasons = entity.reasons.slice(0, limits.reasons).map((r) => `- “${escapeMarkdown(r.alias)}” = “${escapeMarkdown(r.target)}”: ${escapeMarkdown(ruleLabel(r.rule))}`);
    sections.push(`Why these names are one entity:\n\n${reasons.join('\n')}`);
  }
  return sections.join('\n\n---\n\n');
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
    const name = escapeMarkdown(speaker.name);
    const who = speakerAt ? link(name, links.open(speakerAt.documentId, speakerAt.mention), 'Go to the speaker') : name;
    return `**${kind}** · speaker: ${who} (${typeLabel(speaker.type)})`;
  }
  if (quote.speakerText) return `**${kind}** · speaker: ${escapeMarkdown(quote.speakerText)}`;
  return `**${kind}** · speaker unknown`;
}
