// The one Markdown escaper for untrusted text (document text, names, titles) in core output:
// citations, ledger exports. The editor's hover cards use the same rule.

/**
 * Makes untrusted text inert inside Markdown: every ASCII punctuation character is backslash-escaped
 * (CommonMark allows that for all of them), which defuses emphasis, code, links, images, HTML,
 * tables, autolinks ("http\:") and entity references; line breaks (CR, LF, U+2028, U+2029) become
 * one space so the text cannot start a heading, list or block quote. Letters, digits, non-ASCII
 * punctuation (“ ” — …) and spaces are kept as they are. Never throws.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);
}
