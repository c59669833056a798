// The hover card's command links, pure (no vscode import) so the language server builds the same
// cards the editor did. Arguments carry only ids the index issued, never text anyone typed.
import type { Span } from '../core/types';
import type { HoverLinks } from './hoverContent';
import { Commands } from './ids';

/** Arguments of the hover's identity links (see identityCommands.ts, which checks them). */
export interface IdentityArgs {
  readonly entity: string;
  readonly document: string;
  readonly into?: string;
}

/** The hover's "Not the same as …" arguments. */
export const notSameArgs = (entity: string, document: string): IdentityArgs => ({ entity, document });
/** The hover's "Same entity" arguments. */
export const sameEntityArgs = (entity: string, document: string, into: string): IdentityArgs => ({ entity, document, into });

/** Arguments of Commands.openLocation, kept JSON-friendly because hover links serialize them. */
export type OpenLocationArgs = [documentId: string, start: number, end: number];

export function openLocationArgs(documentId: string, span: Span): OpenLocationArgs {
  return [documentId, span.start, span.end];
}

/** Command link; parentheses are escaped too because Markdown would end the link target at ')'. */
export function commandLink(command: string, args: unknown): string {
  const encoded = encodeURIComponent(JSON.stringify(args)).replace(/\(/g, '%28').replace(/\)/g, '%29');
  return `command:${command}?${encoded}`;
}

/** Every link a hover card may carry; MarkdownString.isTrusted allows exactly these commands (HOVER_COMMANDS). */
export const hoverLinks: HoverLinks = {
  open: (id: string, span: Span) => commandLink(Commands.openLocation, openLocationArgs(id, span)),
  quotes: (entityId: string) => commandLink(Commands.treeShowSpeakerQuotes, [entityId]),
  ledger: (entityId: string) => commandLink(Commands.showQuotes, [entityId]),
  graph: (entityId: string) => commandLink(Commands.showGraph, [entityId]),
  notSame: (entity: string, document: string) => commandLink(Commands.curationNotSame, notSameArgs(entity, document)),
  sameEntity: (entity: string, document: string, into: string) => commandLink(Commands.curationSameEntity, sameEntityArgs(entity, document, into)),
};
