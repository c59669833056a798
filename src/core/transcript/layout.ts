// Speaker-label layouts of interview and hearing transcripts: a label at the start of a line names
// who speaks until the next label. Recognised labels (after an optional timestamp such as
// "[00:12:05]", "10:32" or "(14:02:11)"):
//   NAME:            "DANIEL OKAFOR: …", "Okafor: …", "MS. OKAFOR: …"
//   NAME, TITLE:     "B. SALTER, SENATOR: …" (the title is a descriptor, not a name)
//   generic labels:  "Q: …", "A: …", "Speaker 2: …", "INTERVIEWER: …" (not entities)
//   [NAME]           "[DANIEL OKAFOR] …"
//   THE ROLE:        "THE PRESIDENT: …", "The Witness: …" (a role, not a name: see `office`)
// and a header line "INTERVIEW WITH MAYOR X" or a rubric headline "Interview: X on …" naming the person
// interviewed, and a line "Interviewer: Y" (or "Q = Y", "Questions by Y") naming the one asking. Pure layout: no names,
// only the shape of lines. Offsets are UTF-16 code units into the text.
import type { Span } from '../types';

/** One speaker turn: its label and the words spoken. */
export interface Turn {
  /** The whole label, timestamp and colon included ("[00:01] B. SALTER, SENATOR:"). */
  readonly label: Span;
  /** The name in the label ("B. SALTER"), or null for a generic label. */
  readonly name: Span | null;
  /** A title given after the name ("SENATOR"), or null. */
  readonly title: Span | null;
  /** The generic label's role: question or answer in a Q/A layout, else another generic speaker. */
  readonly role: 'question' | 'answer' | 'generic' | null;
  /**
   * The role words of a label "THE ROLE:" ("PRESIDENT" in "THE PRESIDENT:"), or null. Such a label
   * names no one by itself: the speaker is whoever the document introduces with that role.
   */
  readonly office: Span | null;
  /** The turn's text: after the label up to the next label (trailing space trimmed). */
  readonly content: Span;
}

/** "INTERVIEW WITH MAYOR X": the person interviewed, with the title before the name. */
export interface InterviewHeader {
  readonly line: Span;
  readonly name: Span;
  readonly title: Span | null;
}

export interface TranscriptLayout {
  readonly turns: readonly Turn[];
  readonly header: InterviewHeader | null;
  /**
   * The person asking, named on a line of the first lines ("Interviewer: Y", "Q = Y", "Questions by
   * Y", "Asked by Y", "Interviewed by Y"): the Q: (and "INTERVIEWER:") turns are theirs. Absent or null
   * when no such line is found. The line is not a turn.
   */
  readonly interviewer?: InterviewHeader | null;
}

/** A transcript has at least this many labelled lines; one "Note:" line does not make one. */
const MIN_TURNS = 2;
/** Words in a label's name part. */
const MAX_NAME_WORDS = 5;

const TIMESTAMP = String.raw`(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:\s*[AaPp]\.?[Mm]\.?)?[\])]?\s*[-–—]?\s*)?`;
const NAME_WORD = String.raw`(?:[\p{Lu}][\p{L}'’.-]*|[\p{Lu}]\.)`;
const NAME = String.raw`${NAME_WORD}(?:[ \t]+(?:${NAME_WORD}|de|da|van|von|der|la|le|bin|al|del))*`;
const TITLE = String.raw`[\p{L}][\p{L}.'’ -]{0,60}?`;
const COLON_LABEL = new RegExp(String.raw`^[ \t]*${TIMESTAMP}(${NAME})(?:,[ \t]*(${TITLE}))?[ \t]*:[ \t]+(?=\S)`, 'u');
const BRACKET_LABEL = new RegExp(String.raw`^[ \t]*${TIMESTAMP}\[(${NAME})(?:,[ \t]*(${TITLE}))?\][ \t]+(?=\S)`, 'u');
const GENERIC_LABEL = new RegExp(String.raw`^[ \t]*${TIMESTAMP}[\[]?((?:speaker|participant|respondent|caller|voice)[ \t]+(?:\d+|[A-Z]))[\]]?[ \t]*:?[ \t]+(?=\S)`, 'iu');
/**
 * "INTERVIEW WITH MAYOR X", "Transcript: interview with X, regional director, Y Agency": a short label
 * may come first ("Transcript:", "Full text:") and an apposition after the name (the line stays the
 * header; the name ends at the comma).
 */
const HEADER = new RegExp(String.raw`^[ \t]*(?:\p{L}[\p{L} ]{0,24}:[ \t]*)?(?:an?[ \t]+)?(?:interview|conversation|q&a|q & a)[ \t]+with[ \t]+(?:(${TITLE})[ \t]+)??(${NAME})[ \t]*(?:,[^\n]*)?$`, 'iu');
/**
 * A rubric headline naming the person interviewed: "Interview: X Y on water and power", "Q&A: X Y —
 * …". Case-sensitive (no \`i\` flag), so the name's capitals are real; group 1 (a title) is always empty.
 */
const RUBRIC_HEADER = new RegExp(String.raw`^[ \t]*(?:Interview|INTERVIEW|Q&A|Q & A)[ \t]*:[ \t]+()(${NAME})(?=[ \t]+(?:on|about|talks|says|explains|discusses|in)\b|[ \t]*(?:[:,—–]|$)|[ \t]+-[ \t])`, 'u');

/**
 * The start of a line naming the interviewer ("Interviewer: ", "Q = ", "Questions by ", "Asked by ",
 * "Interviewed by ", "Interview by ", "Interview conducted by "), or of a legend line naming the person
 * answering ("A = ", "Answers by ", "Interviewee: ", "Guest: "): case-insensitive; the name after it is read case-sensitively.
 */
const ASKER_LEAD = /^[ \t]*(?:(interviewer|interviewers|questioner)[ \t]*[:=—–-]|(q|questions?)[ \t]*=|(a|answers?)[ \t]*=|(?:(questions|interview|interviews)(?:[ \t]+(?:asked|put|conducted))?|(asked|interviewed|answers))[ \t]+by\b[ \t]*:?|(interviewee|guest)[ \t]*[:=—–-])[ \t]*/iu;
/** The name after ASKER_LEAD: an optional title, the name, then nothing or an apposition. */
const ASKER_NAME = new RegExp(String.raw`^(${NAME})[ \t]*(?:[,(;—–][^\n]*|[ \t]+-[ \t][^\n]*)?$`, 'u');

/** Labels that stand for a role, not a person. Lower case. */
const GENERIC = /^(q|a|question|answer|speaker(\s+\d+|\s+[a-z])?|participant(\s+\d+)?|respondent(\s+\d+)?|interviewer|interviewee|moderator|host|co-host|presenter|reporter|journalist|audience( member)?|crowd|caller(\s+\d+)?|operator|announcer|narrator|voice|unidentified( (male|female|man|woman|speaker|person))?|unknown( speaker)?|male|female|man|woman|student|teacher|chair|chairman|chairwoman|clerk)$/i;
/** Words that start a "Heading: text" line that is not a speaker label. Lower case. */
const NOT_SPEAKERS = new Set([
  'note', 'notes', 'source', 'sources', 'update', 'updated', 'date', 'subject', 're', 'from', 'to', 'cc', 'tags', 'photo', 'photos',
  'related', 'copyright', 'editor', "editor's note", 'editor’s note', 'read more', 'see also', 'warning', 'disclaimer', 'summary',
  'transcript', 'location', 'time', 'place', 'topic', 'title', 'published', 'posted', 'filed', 'correction', 'example', 'step',
  'chapter', 'part', 'section', 'figure', 'table', 'question', 'answer', 'tip', 'pros', 'cons', 'address', 'phone', 'email', 'website',
  'ingredients', 'directions', 'getting there', 'by', 'and', 'but', 'the', 'this', 'that', 'it', 'we', 'i', 'he', 'she', 'they',
  // A news rubric before a headline ("Interview: X on the water crisis", "Obituary: X, shipbuilder").
  'interview', 'profile', 'obituary', 'analysis', 'opinion', 'comment', 'review', 'editorial', 'exclusive', 'breaking', 'live',
  'explainer', 'factbox', 'timeline', 'podcast', 'video', 'watch', 'listen', 'feature', 'essay', 'letter', 'letters', 'q&a',
]);
/** "THE PRESIDENT", "The Witness", "THE VICE CHAIRMAN": a determiner and one to three role words, no name. */
const ROLE_LABEL = /^the[ \t]+(\p{L}[\p{L}'’.-]*(?:[ \t]+\p{L}[\p{L}'’.-]*){0,2})$/iu;
/** Titles before a name in a label or header ("MAYOR", "SEN."), kept apart from the name. */
const LEADING_TITLE = /^(?:(mr|mrs|ms|miss|dr|prof|sen|rep|gov|gen|col|capt|lt|sgt|rev|hon|judge|justice|mayor|senator|representative|congressman|congresswoman|governor|president|minister|secretary|chairman|chairwoman|chair|ambassador|general|colonel|captain|detective|officer|sheriff|chief|director|commissioner|professor|doctor|father|sister|rabbi|imam|pastor|bishop)\.?)[ \t]+/i;

function isGeneric(name: string): boolean {
  return GENERIC.test(name.trim().replace(/\s+/g, ' '));
}

function role(name: string): Turn['role'] {
  const n = name.trim().toLowerCase();
  if (n === 'q' || n === 'question') return 'question';
  if (n === 'a' || n === 'answer' || n === 'interviewee') return 'answer';
  return 'generic';
}

interface Line extends Span {
  readonly text: string;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    out.push({ start, end, text: text.slice(start, end).replace(/\r$/, '') });
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

interface Label {
  readonly label: Span;
  readonly name: Span | null;
  readonly title: Span | null;
  readonly role: Turn['role'];
  readonly office: Span | null;
}

/** The label at the start of a line, if the line opens with one. */
function labelOf(line: Line): Label | null {
  const g = GENERIC_LABEL.exec(line.text);
  if (g && (g[0].includes(':') || g[0].includes(']'))) {
    const label = { start: line.start + (g[0].length - g[0].trimStart().length), end: line.start + g[0].trimEnd().length };
    return { label, name: null, title: null, role: 'generic', office: null };
  }
  const m = COLON_LABEL.exec(line.text) ?? BRACKET_LABEL.exec(line.text);
  if (!m) return null;
  // "Old Town: narrow streets and …" describes; a speaker's turn opens like a sentence.
  if (/^\p{Ll}/u.test(line.text.slice(m[0].length))) return null;
  const nameText = m[1];
  const nameStart = line.start + m[0].indexOf(nameText);
  const label = { start: line.start + (m[0].length - m[0].trimStart().length), end: line.start + m[0].trimEnd().length };
  if (isGeneric(nameText)) return { label, name: null, title: null, role: role(nameText), office: null };
  const office = ROLE_LABEL.exec(nameText);
  if (office) {
    const roleWords = office[1];
    if (NOT_SPEAKERS.has(roleWords.toLowerCase())) return null;
    const at = nameStart + office[0].length - roleWords.length;
    return { label, name: null, title: null, role: null, office: { start: at, end: at + roleWords.length } };
  }
  const lower = nameText.toLowerCase();
  if (NOT_SPEAKERS.has(lower) || NOT_SPEAKERS.has(lower.split(/\s+/)[0])) return null;
  if (nameText.split(/\s+/).length > MAX_NAME_WORDS) return null;
  // "Mixed Case Words: …" is a heading unless it looks like a name of one or two words.
  const allCaps = nameText === nameText.toUpperCase();
  if (!allCaps && nameText.split(/\s+/).length > 3) return null;
  let name: Span = { start: nameStart, end: nameStart + nameText.length };
  const lead = LEADING_TITLE.exec(nameText);
  if (lead && lead[0].length < nameText.length) name = { start: nameStart + lead[0].length, end: name.end };
  let title: Span | null = null;
  if (m[2] !== undefined) {
    const t = m[2].trim();
    const at = line.start + m[0].indexOf(m[2], m[0].indexOf(nameText) + nameText.length);
    title = { start: at, end: at + t.length };
  } else if (lead && lead[0].length < nameText.length) {
    title = { start: nameStart, end: nameStart + lead[1].length };
  }
  return { label, name, title, role: null, office: null };
}

function headerOf(line: Line): InterviewHeader | null {
  const whole = HEADER.exec(line.text);
  // A rubric headline names its person near the start: its first 200 characters are read (a long line
  // of capitalised words would otherwise make the name's backtracking quadratic).
  const m = whole ?? RUBRIC_HEADER.exec(line.text.slice(0, 200));
  if (!m) return null;
  let nameText = m[2];
  let nameAt = line.start + line.text.lastIndexOf(nameText);
  let title: Span | null = null;
  if (m[1] !== undefined && m[1] !== '') {
    const at = line.start + line.text.indexOf(m[1], line.text.toLowerCase().indexOf('with') + 4);
    title = { start: at, end: at + m[1].trim().length };
  }
  const lead = LEADING_TITLE.exec(nameText);
  if (lead && lead[0].length < nameText.length) {
    title = { start: nameAt, end: nameAt + lead[1].length };
    nameAt += lead[0].length;
    nameText = nameText.slice(lead[0].length);
  }
  // A rubric headline goes on after the name ("… on water and Port Elizabeth"): only its head is the header.
  const end = whole ? line.end : nameAt + nameText.length;
  return { line: { start: line.start, end }, name: { start: nameAt, end: nameAt + nameText.length }, title };
}

/**
 * A legend line: the side it names and the person, or null when it names two people ("Interviewers:
 * X, Y", "Questions by X and Y"): no one of them asks every question.
 */
interface Asker { readonly side: 'question' | 'answer'; readonly header: InterviewHeader | null }

/**
 * Two names in a legend: "X, Y", "X and Y", "X & Y", "X; Y", "X / Y". After a singular lead a comma
 * is taken for an apposition ("Q = X, Staff Writer"), so only the other separators count there.
 */
const SEVERAL_NAMES = new RegExp(String.raw`^(${NAME})[ \t]*(?:(,)|;|&|/|\band\b)[ \t]*(?:and[ \t]+)?(${NAME})[ \t]*(?:[,;&/(—–]|\band\b|$)`, 'u');

/**
 * A line naming the interviewer or, in a legend ("A = X"), the person answering; null for any other
 * line. The name keeps a title before it apart ("Interviewer: Dr. Y").
 */
function askerOf(line: Line): Asker | null {
  // At the line's start, or after a sentence or field ends on it ("Recorded March 6. Interviewer: Y.").
  const at = [0];
  for (const m of line.text.matchAll(/[.;|•·][ \t]+|[ \t][—–][ \t]+/g)) at.push(m.index + m[0].length);
  for (const from of at) {
    const found = askerAt(line, from);
    if (found) return found;
  }
  return null;
}

function askerAt(line: Line, from: number): Asker | null {
  const text = line.text.slice(from);
  const lead = ASKER_LEAD.exec(text);
  if (!lead) return null;
  // A sentence's full stop may close the legend ("Interviewer: Teodora Lind."), but not a name in
  // capitals ("INTERVIEWER: GOOD MORNING." is a turn).
  let rest = text.slice(lead[0].length);
  const stop = /^([^.]*\p{Ll}[^.]*)\.[ \t]*$/u.exec(rest);
  if (stop && !/\b\p{Lu}$/u.test(stop[1])) rest = stop[1];
  const side = lead[3] !== undefined || lead[6] !== undefined || /^answers$/i.test(lead[5] ?? '') ? 'answer' : 'question';
  const several = SEVERAL_NAMES.exec(rest);
  const plural = /^(?:interviewers|questioners)$/i.test(lead[1] ?? '');
  if (several && (plural || several[2] === undefined) && [several[1], several[3]].every((n) => { const w = n.split(/\s+/).length; return w >= 2 && w <= MAX_NAME_WORDS && !isGeneric(n); })) {
    return { side, header: null };
  }
  const m = ASKER_NAME.exec(rest);
  if (!m) return null;
  let nameText = m[1];
  // A name of two words or more, or one after a title ("Interviewer: Dr. Ames"): "INTERVIEWER: Hello."
  // or "INTERVIEWER: Okay" is the first turn, not a legend.
  const words = nameText.split(/\s+/);
  if (words.length > MAX_NAME_WORDS || isGeneric(nameText) || /\p{L}{2}[.!?]$/u.test(nameText)) return null;
  if (words.length < 2 && !/^[ \t]*[,(]/.test(rest.slice(nameText.length))) return null;
  let nameAt = line.start + from + lead[0].length;
  let title: Span | null = null;
  const t = LEADING_TITLE.exec(nameText);
  if (t && t[0].length < nameText.length) {
    title = { start: nameAt, end: nameAt + t[1].length };
    nameAt += t[0].length;
    nameText = nameText.slice(t[0].length);
  }
  return { side, header: { line: { start: line.start + from, end: line.end }, name: { start: nameAt, end: nameAt + nameText.length }, title } };
}

/**
 * Speakers take turns: some speaker (by the last word of the name, or a generic label) speaks twice,
 * or a question is answered. A list of headings ("North Shore: …", "Old Town: …") names each once.
 */
function conversational(text: string, labels: readonly Label[]): boolean {
  const seen = new Set<string>();
  let question = false;
  let answer = false;
  for (const l of labels) {
    if (l.role === 'question') question = true;
    if (l.role === 'answer') answer = true;
    const key = l.name ? (text.slice(l.name.start, l.name.end).toLowerCase().split(/\s+/).pop() ?? '') : text.slice(l.label.start, l.label.end).toLowerCase().replace(/^[^a-z]*|[^a-z0-9]*$/g, '');
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return question && answer;
}

/**
 * The transcript layout of `text`: its speaker turns (empty when fewer than two labelled lines) and
 * an interview header if one is found in the first lines. Linear in the text's length.
 */
export function findTranscript(text: string): TranscriptLayout {
  if (typeof text !== 'string' || text.length === 0) return { turns: [], header: null };
  const lines = linesOf(text);
  let header: InterviewHeader | null = null;
  for (const line of lines.slice(0, 12)) {
    header = headerOf(line);
    if (header) break;
  }
  // "Interviewer: Y" / "Q = Y" / "A = X" in the first lines, before any turn: who asks (and who answers).
  // A legend only in a transcript: in prose, "Asked by Y, a reporter, whether …" is a sentence, and
  // taking it for a legend would clear the mentions of the rest of its paragraph.
  const headerLine = header;
  let interviewer: InterviewHeader | null = null;
  let asked = false;
  let answered = false;
  const legend = new Set<Line>();
  for (const line of lines.slice(0, 12)) {
    const asker = askerOf(line);
    if (asker === null) {
      if (labelOf(line)) break;
      continue;
    }
    legend.add(line);
    // The first legend of a side decides it (one naming two people: no one person). A legend naming
    // the person answering says so outright, so it wins over a headline, which only implies it.
    if (asker.side === 'question' && !asked) [asked, interviewer] = [true, asker.header];
    if (asker.side === 'answer' && !answered) [answered, header] = [true, asker.header ?? header];
  }
  const labelled: { line: Line; label: Label }[] = [];
  for (const line of lines) {
    if (legend.has(line)) continue;
    const label = labelOf(line);
    if (label) labelled.push({ line, label });
  }
  if (labelled.length < MIN_TURNS || !conversational(text, labelled.map((l) => l.label))) return { turns: [], header: headerLine, interviewer: null };
  const turns: Turn[] = [];
  for (let k = 0; k < labelled.length; k++) {
    const { label } = labelled[k];
    const from = label.label.end;
    const to = k + 1 < labelled.length ? labelled[k + 1].line.start : text.length;
    const body = text.slice(from, to);
    const lead = body.length - body.trimStart().length;
    const content = { start: from + lead, end: from + body.trimEnd().length };
    if (content.end <= content.start) continue;
    turns.push({ label: label.label, name: label.name, title: label.title, role: label.role, office: label.office, content });
  }
  return turns.length >= MIN_TURNS ? { turns, header, interviewer } : { turns: [], header: headerLine, interviewer: null };
}
