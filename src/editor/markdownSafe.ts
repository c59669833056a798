// The one layer every piece of untrusted text (document text, entity names, file names) passes
// through on its way into hover Markdown, and the one check every link target passes. Pure, so the
// escaping is tested by rendering hostile input through a Markdown renderer.
import { escapeMarkdown, shorten } from './format';

/** Longest entity or speaker name shown in a card, in characters; longer names are cut with "…". */
export const MAX_NAME_LENGTH = 80;
/** Longest file name shown in a card. */
export const MAX_FILE_NAME_LENGTH = 60;

/**
 * C0/C1 controls and the bidirectional overrides and isolates: they could hide or reorder what the
 * reader sees (a file name that displays as something else). Tabs and line breaks become spaces.
 */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Untrusted text made inert Markdown: controls removed, whitespace collapsed, cut to `max`
 * characters (never inside a surrogate pair), every ASCII punctuation character escaped.
 */
export function markdownText(text: string, max: number = MAX_NAME_LENGTH): string {
  const flat = shorten(String(text).replace(INVISIBLE, ' '), max);
  // shorten cuts by code units; do not leave half an astral character before the ellipsis.
  return escapeMarkdown(flat.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '$1'));
}

/**
 * A link title ("…" after the target). CommonMark lets a backslash escape any punctuation inside a
 * title, and a title cannot span a blank line, so the escaped single-line text cannot end it early.
 */
export function markdownLinkTitle(text: string): string {
  return `"${markdownText(text, MAX_NAME_LENGTH)}"`;
}

/**
 * A command link target as the extension builds it: `command:<id>?<percent-encoded JSON>`, with
 * nothing that could end the destination (space, parenthesis, quote, angle bracket, backslash).
 */
const COMMAND_TARGET = /^command:[A-Za-z][\w.-]*\?[A-Za-z0-9%._~!*'-]*$/;

export function isCommandTarget(target: string): boolean {
  return COMMAND_TARGET.test(target);
}

/**
 * `[label](target "title")` for a label already made safe with markdownText. A target that is not a
 * well-formed command link of ours gives the bare label: no other kind of link reaches a card.
 */
export function markdownLink(safeLabel: string, target: string, title?: string): string {
  if (!isCommandTarget(target)) return safeLabel;
  return `[${safeLabel}](${target}${title === undefined ? '' : ` ${markdownLinkTitle(title)}`})`;
}
