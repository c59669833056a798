// Markdown for untrusted text in the ledger's exports and citations, escaped only where a character
// would change the Markdown's meaning, so an exported quote reads "The port's budget, 2.5 million (so
// far)." and not "The port\'s budget\, 2\.5 million \(so far\)\.". The rules follow CommonMark 0.31
// and GitHub Flavored Markdown (tables need a line break, which cannot occur here); the unit tests
// render the result with markdown-it and check that no link, image, HTML, code or emphasis survives.

/** The colon of a scheme before "//" ("http://", "javascript://") or of "mailto:" starts an autolink; it is escaped. */
const SCHEME_COLON = /:(?=\/\/)|(?<=mailto):/gi;
/**
 * A dot that joins anything but a space to a top-level domain ("www.x", "x.com", "x.it", "a^.ba":
 * linkify-it's list, every two-letter code and the common generic ones; its hosts take most
 * punctuation) makes a domain that linkify-style renderers (VS Code's
 * preview, markdown-it with linkify) turn into a link; it is escaped. "notes.txt", "2.5", "e.g." and
 * "U.S." are left alone.
 */
const DOMAIN_DOT = /(?<=\S)\.(?=(?:[a-z]{2}|www|com|org|net|edu|gov|int|mil|info|biz|pro|web|xxx|aero|asia|coop|museum|name|shop|рф)(?![\p{L}\p{N}_-]))|(?<=\bwww)\.(?=[\p{L}\p{N}])/giu;
/**
 * "//host" is a schema-relative link to linkify-it whatever the host's last label ("//x.coma"), so the
 * second of two slashes is escaped; CommonMark renders "\/" as "/".
 */
const DOUBLE_SLASH = /(?<=\/)\//g;
/** An e-mail address becomes a GFM autolink; its "@" is escaped. */
const EMAIL_AT = /(?<=[\w.+-])@(?=[\w-]+\.[\w.-]*\w)/g;
/** An entity or numeric character reference (&amp; &#60; &#x3C;) would be decoded. */
const ENTITY = /&(?=#?[a-z0-9]+;)/gi;
/** Characters that open emphasis, code, links, images or HTML anywhere in a line. */
const INLINE = /[\\`*[\]<~]/g;
/**
 * "_" makes emphasis only at a word edge (CommonMark leaves snake_case alone), so only an underscore
 * with no letter or digit on one of its sides is escaped.
 */
const UNDERSCORE = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
/** What makes a block at the start of a line: heading, quote, list item, thematic break, setext line, table row (fences start with ` or ~, escaped everywhere). */
const BLOCK_START = /^(#|>|[-+=|]|\d{1,9}(?=[.)]))/;

/**
 * `text` made inert as Markdown inline text: backslash, backtick, asterisk, brackets, "<" and "~"
 * are backslash-escaped everywhere; "_" at a word edge; "&" before a character reference; the colon
 * of "scheme://" and the second slash of "//", a dot that would join a domain ("x.com") and the "@" of an e-mail address (GFM autolinks); and the first
 * character when it would start a block (heading, quote, list, fence). Line breaks (CR, LF, U+2028,
 * U+2029) become one space so no other line can start a block. Everything else (. , ! ? ' " ( ) - : ; /
 * # $ % and all non-ASCII) is kept as written. Never throws.
 */
export function escapeMarkdownInline(text: string): string {
  const escaped = text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    // Indentation would make a code block at the start of a line; inline it is dropped anyway.
    .replace(/^[ \t]+/, '')
    .replace(INLINE, (c) => `\\${c}`)
    .replace(UNDERSCORE, '\\_')
    .replace(ENTITY, '\\&')
    .replace(SCHEME_COLON, '\\:')
    .replace(DOUBLE_SLASH, '\\/')
    .replace(DOMAIN_DOT, '\\.')
    .replace(EMAIL_AT, '\\@');
  // An ordered-list number is defused by escaping the "." or ")" after it; other block markers by a backslash before them.
  return escaped.replace(BLOCK_START, (marker: string) => (/^\d/.test(marker) ? `${marker}\\` : `\\${marker}`));
}
