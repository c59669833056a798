// Hover cards on mentions and quotes. The card text comes from the pure builders in hoverContent.ts;
// this adapter finds what is under the cursor and wraps the text in a MarkdownString that may run
// only our own allow-listed commands.
import * as vscode from 'vscode';
import type { CorpusIndex } from '../core/corpusTypes';
import type { Span } from '../core/types';
import { spanAtCaret } from './caret';
import { converterForDocument, documentId, offsetIn } from './convert';
import { mentionHover, quoteHover } from './hoverContent';
import { hoverLinks } from './hoverLinks';
import { HOVER_COMMANDS } from './ids';
import type { WorkspaceIndex } from './workspaceIndex';

export interface HoverDeps {
  readonly index: CorpusIndex;
  readonly workspaceIndex: WorkspaceIndex;
  readonly selector: vscode.DocumentSelector;
}

export { commandLink } from './hoverLinks';
const links = hoverLinks;

export function registerHover(deps: HoverDeps): vscode.Disposable {
  const { index, workspaceIndex } = deps;
  return vscode.languages.registerHoverProvider(deps.selector, {
    provideHover(document, position, token) {
      if (!workspaceIndex.covers(document)) return undefined;
      const id = documentId(document.uri);
      const offset = offsetIn(document, position);
      const mention = spanAtCaret((d, o) => index.mentionAt(d, o), id, offset);
      const quote = spanAtCaret((d, o) => index.quoteAt(d, o), id, offset);
      if (!mention && !quote) return undefined;
      const convert = converterForDocument(document);
      const parts: string[] = [];
      let range: vscode.Range | undefined;
      if (mention) {
        const summary = index.summary(mention.entity);
        if (summary) parts.push(mentionHover({ mention, summary, mentions: index.mentionsOf(mention.entity), documentId: id }, links));
        range = convert.range(mention);
      }
      if (quote) {
        const speaker = quote.speaker ? index.snapshot().entities.get(quote.speaker) : undefined;
        const speakerAt = quote.speaker ? (nearestMention(index, id, quote.speaker, quote) ?? index.summary(quote.speaker)?.definition) : undefined;
        parts.push(quoteHover({ quote, speaker, speakerAt }, links));
        range ??= convert.range(quote);
      }
      if (token.isCancellationRequested || parts.length === 0) return undefined;
      const markdown = new vscode.MarkdownString(parts.join('\n\n---\n\n'));
      markdown.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
      markdown.supportHtml = false;
      markdown.supportThemeIcons = false;
      return new vscode.Hover(markdown, range);
    },
  });
}

/** The speaker's mention closest to the quote, usually the "said X" right next to it. */
function nearestMention(index: CorpusIndex, id: string, entityId: string, span: Span) {
  const doc = index.document(id);
  let best: { documentId: string; mention: NonNullable<typeof doc>['mentions'][number] } | undefined;
  let bestDistance = Infinity;
  for (const mention of doc?.mentions ?? []) {
    if (mention.entity !== entityId) continue;
    const distance = mention.end <= span.start ? span.start - mention.end : Math.max(0, mention.start - span.end);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = { documentId: id, mention };
    }
  }
  return best;
}
