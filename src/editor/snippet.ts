// The sentence around a mention, for tree labels: cut at sentence ends or line breaks, shortened
// around the mention, with the mention's place in the label so the tree can highlight it.

export interface Snippet {
  readonly label: string;
  /** [start, end) of the mention inside `label`. */
  readonly highlight: readonly [number, number];
}

const SENTENCE_END = /[.!?]["'”’)\]]*\s/g;

/** The offset after the last line break in [limit, from), else limit. */
function lineStart(text: string, from: number, limit: number): number {
  // A bounded walk back: lastIndexOf would search to the start of the text when no break is near
  // (always, for '\r' in a file without CRLF), which made every snippet of a 1 MB document cost
  // a scan of the document.
  for (let i = from - 1; i >= limit; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i + 1;
  }
  return limit;
}

function sentenceStart(text: string, from: number, limit: number): number {
  let start = lineStart(text, from, limit);
  SENTENCE_END.lastIndex = start;
  for (let m = SENTENCE_END.exec(text); m && m.index + m[0].length <= from; m = SENTENCE_END.exec(text)) start = m.index + m[0].length;
  return start;
}

function sentenceEnd(text: string, from: number, limit: number): number {
  const newline = text.slice(from, limit).search(/[\r\n]/);
  const lineEnd = newline < 0 ? limit : from + newline;
  SENTENCE_END.lastIndex = from;
  const m = SENTENCE_END.exec(text);
  // The match ends with one whitespace character, which stays outside the sentence.
  return m && m.index < lineEnd ? m.index + m[0].length - 1 : lineEnd;
}

/** @param maxLength longest label; longer sentences are cut around the mention with ellipses. */
export function snippetAround(text: string, start: number, end: number, maxLength = 100): Snippet {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  const window = 2000;
  let a = sentenceStart(text, s, Math.max(0, s - window));
  let b = sentenceEnd(text, e, Math.min(text.length, e + window));
  while (a < s && /\s/.test(text[a])) a++;
  while (b > e && /\s/.test(text[b - 1])) b--;
  let prefix = '';
  let suffix = '';
  const room = Math.max(0, maxLength - (e - s));
  if (b - a > maxLength) {
    const before = Math.min(s - a, Math.floor(room / 2));
    const after = Math.min(b - e, room - before);
    const before2 = Math.min(s - a, room - after);
    if (s - before2 > a) {
      a = s - before2;
      prefix = '…';
    }
    if (e + after < b) {
      b = e + after;
      suffix = '…';
    }
  }
  const flatten = (t: string) => t.replace(/[\r\n\t]/g, ' ');
  const head = prefix + flatten(text.slice(a, s));
  const name = flatten(text.slice(s, e));
  return { label: head + name + flatten(text.slice(e, b)) + suffix, highlight: [head.length, head.length + name.length] };
}
