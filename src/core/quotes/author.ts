// The author of a letter, speech or op-ed, so that "I said" and "we told them" outside quotation
// marks are attributed to the person writing or speaking. Only explicit evidence counts: a byline
// ("By X", "X writes"), a speech heading ("Remarks by X", "X delivered remarks", "X's Inaugural
// Address") or a signature (a paragraph holding just a name at the end, after a closing such as
// "Sincerely,"). General English layout, no names.
import type { DetectedMention, Paragraph } from '../types';

/** Bylines and speech headings are looked for this far into the document (UTF-16 units). */
const HEAD_REACH = 1200;
/** A signature is among the last few paragraphs (a postscript may follow it). */
const TAIL_PARAGRAPHS = 4;
/** A closing paragraph before the signature is short ("Love and best wishes,"). */
const MAX_CLOSING_WORDS = 8;

const BYLINE = /(?:^|\n)[ \t]*(?:by|written by|from)[ \t]+(?:the[ \t]+)?$/i;
const SPEECH_BEFORE = /\b(?:remarks|speech|address|statement|testimony|letter|message)\s+(?:of|by|from)\s+(?:(?:the\s+)?[\p{Lu}][\p{L}.]*\s+){0,3}$/iu;
const SPEECH_AFTER = /^(?:['’]s?\s+(?:[\p{Lu}][\p{L}]*\s+){0,3}(?:remarks|speech|address|statement|letter|message)\b|,?\s+(?:delivered|gave|made)\s+(?:the\s+following\s+|a\s+|his\s+|her\s+)?(?:remarks|speech|address|statement)\b|\s+writes\b)/u;

function isPerson(m: DetectedMention | undefined): m is DetectedMention {
  return m !== undefined && m.type === 'PERSON' && typeof m.text === 'string';
}

/**
 * Index of the mention naming the document's author, or null when the text names none. `order` is
 * the mention indices sorted by start offset.
 */
export function findAuthor(text: string, mentions: readonly DetectedMention[], order: readonly number[], paragraphs: readonly Paragraph[]): number | null {
  for (const i of order) {
    const m = mentions[i];
    if (m.start > HEAD_REACH) break;
    if (!isPerson(m)) continue;
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    if (BYLINE.test(before) || SPEECH_BEFORE.test(before)) return i;
    if (SPEECH_AFTER.test(text.slice(m.end, m.end + 60))) return i;
  }
  return signature(text, mentions, order, paragraphs);
}

/** "Sincerely,\n\nJane" or "Love ya.\n\nJane\n\nP.S. …": a paragraph that is only a person's name. */
function signature(text: string, mentions: readonly DetectedMention[], order: readonly number[], paragraphs: readonly Paragraph[]): number | null {
  const from = Math.max(1, paragraphs.length - TAIL_PARAGRAPHS);
  for (let p = paragraphs.length - 1; p >= from; p--) {
    const para = paragraphs[p];
    const body = text.slice(para.start, para.end).trim();
    if (body === '' || body.length > 60) continue;
    const lead = para.start + text.slice(para.start, para.end).search(/\S/);
    const i = order.find((k) => mentions[k].start >= lead && mentions[k].start <= lead + 1);
    if (i === undefined || !isPerson(mentions[i])) continue;
    const rest = text.slice(mentions[i].end, para.end).trim();
    if (rest !== '' && !/^[\]),.]*$/.test(rest)) continue;
    const closing = text.slice(paragraphs[p - 1].start, paragraphs[p - 1].end).trim();
    if (closing.endsWith(',') || closing.split(/\s+/).length <= MAX_CLOSING_WORDS) return i;
  }
  return null;
}
