// When was a document written? Looked for, in order, in its front matter, a date line or news
// dateline near the top (a dateline without its year, "LONDON, Nov 29 (Reuters) -", takes the year
// the text gives elsewhere), its file name, and the first full date anywhere in the text; otherwise
// the caller's file modification time is used and marked as such, so a reader never mistakes "file
// saved on" (after a copy or a `git clone`, the day of the copy) for "published on".
import type { Span } from './types';

/** Where a document date came from, best evidence first. */
export type DocumentDateSource = 'front-matter' | 'date-line' | 'dateline' | 'file-name' | 'text' | 'modified';

export interface DocumentDate {
  /** ISO 8601 calendar date, `YYYY-MM-DD`, or `YYYY-MM` when the source gives only a month. */
  readonly iso: string;
  readonly source: DocumentDateSource;
  /** Where the date was written in the text (UTF-16 offsets); absent for file names and modification times. */
  readonly span?: Span;
  /** The text gave day and month only (a dateline); the year is the one the document gives elsewhere. */
  readonly yearAssumed?: true;
  /**
   * With `yearAssumed`: the document gives no year at all, so the year is that of the file's modification
   * time (the year before when day and month would fall after it).
   */
  readonly yearFromFileTime?: true;
  /**
   * With `yearAssumed`: where the year came from. `text-date`: the full dates written in the text (all
   * of one year, else the year most of them give); `text-year`: the years written in the text (no full
   * date); `weekday`: the weekday the dateline gives ("Wednesday, March 12"), the latest such year not
   * after the file time; `file-time`: the file's modification time (as `yearFromFileTime`).
   */
  readonly yearSource?: 'text-date' | 'text-year' | 'weekday' | 'file-time';
  /**
   * With `yearSource` `text-date`: the full date that gave the year (UTF-16 offsets): the first of that
   * year in the text, or, when the dateline falls across a new year from the story's dates ("December
   * 30 —" over "January 5, 2026"), the one nearest the dateline.
   */
  readonly yearSpan?: Span;
}

export interface DocumentDateInput {
  readonly text: string;
  /** The file's base name (or path; only the last segment is read). */
  readonly fileName?: string;
  /** The file's modification time in milliseconds since the epoch (UTC), used when nothing else is found. */
  readonly modifiedMs?: number;
}

const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const WEEKDAY = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\.?,?\\s+';
/** One date written out, each alternative with its own groups. */
const DATE = new RegExp(
  [
    `(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d])`, // 2012-03-04 (and ISO timestamps)
    `(\\d{4})/(\\d{1,2})/(\\d{1,2})(?![\\d])`, // 2012/03/04
    `(?:${WEEKDAY})?${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, // March 4, 2012
    `(?:${WEEKDAY})?(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})`, // 4 March 2012
    `${MONTH}\\s+(\\d{4})`, // March 2012
  ].join('|'),
  'iu',
);

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Validated ISO date, or undefined for impossible dates (Feb 30) and years outside 1800–2199. */
export function isoDate(year: number, month: number, day?: number): string | undefined {
  if (!(year >= 1800 && year < 2200 && month >= 1 && month <= 12)) return undefined;
  if (day === undefined) return `${year}-${pad(month)}`;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The first date written in `line`, with its offsets in the line. */
export function findDate(line: string): { iso: string; start: number; end: number } | undefined {
  const m = DATE.exec(line);
  if (!m) return undefined;
  const g = m.slice(1);
  const month = (name: string) => MONTHS[name.toLowerCase().replace(/\.$/, '')];
  let iso: string | undefined;
  if (g[0]) iso = isoDate(+g[0], +g[1], +g[2]);
  else if (g[3]) iso = isoDate(+g[3], +g[4], +g[5]);
  else if (g[6]) iso = isoDate(+g[8], month(g[6]), +g[7]);
  else if (g[9]) iso = isoDate(+g[11], month(g[10]), +g[9]);
  else if (g[12]) iso = isoDate(+g[13], month(g[12]));
  return iso ? { iso, start: m.index, end: m.index + m[0].length } : undefined;
}

interface Line {
  readonly text: string;
  readonly start: number;
}

function linesOf(text: string, from: number, maxLines: number): Line[] {
  const out: Line[] = [];
  let at = from;
  while (at < text.length && out.length < maxLines) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end).replace(/\r$/, '');
    if (line.trim() !== '') out.push({ text: line, start: at });
    at = end + 1;
  }
  return out;
}

/** YAML front matter at the very top (`---` … `---` or `...`); group 1 is its body. Shared with the ledger's titles. */
export const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/;
const FRONT_MATTER_KEY = /^(date|published|publishdate|pubdate|created|dateline)\s*:\s*["']?(.+?)["']?\s*$/im;
const DATE_LINE_LABEL = /^\s*(?:date|dated|published|posted|updated|last updated|filed|sent)\s*[:\-–—]?\s*/i;
/** "CITY, March 4, 2012 (Agency) —": capitals, a comma, the date, an optional source, then a dash. */
const DATELINE = /^\s*[\p{Lu}][\p{Lu}\s.'’-]{1,40}(?:,\s*[\p{L}.\s]{2,30})?,\s*/u;
/** What follows a dateline's date: an optional agency in parentheses, then a dash or colon ("(Reuters) -"). */
const AFTER_DATELINE_DATE = /^\s*(?:\([^)]{1,40}\))?\s*[-–—:]/;
/** Words allowed around a date on a line of its own (bylines, times, time zones). */
const AROUND_DATE = /^[\s,|·•—–\-:()/]*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*[A-Z]{0,4}|[ap]\.?m\.?|updated|published|posted|by|at|on)?[\s,|·•—–\-:()/]*$/i;

/** Day and month without a year, at the start of what follows a dateline's place: "Nov 29", "29 November". */
const MONTH_DAY = new RegExp(`^(?:${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH})(?![\\d,]*\\s*\\d{4})`, 'iu');

/**
 * The year a document gives when its dateline does not: the year of its full dates in the first 5,000
 * characters when they agree (else the year most of them give, the first on a tie), else `savedYear`
 * (the file time's) when a bare year there is that one, else the year written most often there
 * (1900–2199; the latest on a tie), else none. A guess either way (source 'text-year', shown as one):
 * an archived story copied years later that names a future year ("due to open in 2026") takes the copy's
 * year when it is that one, and a story that names only past events takes the year of one of them.
 */
function yearOfText(text: string, savedYear?: number): { year: number; source: 'text-date' | 'text-year'; span?: Span; dates?: readonly FullDate[] } | undefined {
  const head = text.slice(0, 5000);
  const dates: FullDate[] = [];
  for (let from = 0, d = firstFullDate(head, 0); d && dates.length < 50; from = d.end, d = firstFullDate(head, from)) {
    dates.push({ year: Number(d.iso.slice(0, 4)), ms: Date.parse(`${d.iso}T00:00:00Z`), start: d.start, end: d.end });
  }
  if (dates.length > 0) {
    const byYear = new Map<number, number>();
    for (const d of dates) byYear.set(d.year, (byYear.get(d.year) ?? 0) + 1);
    let best = dates[0].year;
    for (const d of dates) if ((byYear.get(d.year) ?? 0) > (byYear.get(best) ?? 0)) best = d.year;
    const first = dates.find((d) => d.year === best) ?? dates[0];
    return { year: best, source: 'text-date', span: { start: first.start, end: first.end }, dates };
  }
  const counts = new Map<number, number>();
  for (const m of head.matchAll(/(?<![\d.,])(19\d\d|2[01]\d\d)(?![\d.,]\d)/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  // A bare year in a story is as often a past event's ("took office in 2019") as the story's own: the year
  // of the file time, when the story writes it too, is taken first (the two agree).
  if (savedYear !== undefined && counts.has(savedYear)) return { year: savedYear, source: 'text-year' };
  let best: number | undefined;
  for (const [year, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0) || (n === counts.get(best) && year > best)) best = year;
  return best === undefined ? undefined : { year: best, source: 'text-year' };
}

/** A full date written in the text: its year, its time (ms, UTC midnight) and its offsets. */
interface FullDate { readonly year: number; readonly ms: number; readonly start: number; readonly end: number }

/**
 * The year, of `year` and the years either side, that puts a dateline's day and month nearest the
 * story's full dates (least total distance; `year` on a tie), and the date nearest it when that is
 * another year: "December 30 —" over a story that writes "January 5, 2026" is December 30, 2025, as
 * "January 2 —" over "December 28, 2025" is January 2, 2026.
 */
function nearestYear(year: number, month: number, day: number, dates: readonly FullDate[]): { year: number; span?: Span } {
  let best = year;
  let bestCost = Infinity;
  for (const y of [year, year - 1, year + 1]) {
    const at = Date.UTC(y, month - 1, day);
    let cost = 0;
    for (const d of dates) if (Number.isFinite(d.ms)) cost += Math.abs(d.ms - at);
    if (cost < bestCost) [best, bestCost] = [y, cost];
  }
  if (best === year) return { year };
  const at = Date.UTC(best, month - 1, day);
  let near = dates[0];
  for (const d of dates) if (Math.abs(d.ms - at) < Math.abs(near.ms - at)) near = d;
  return { year: best, span: { start: near.start, end: near.end } };
}

/** The first date with day, month and year anywhere in `text` after `from`, with its offsets in the text. */
function firstFullDate(text: string, from: number): { iso: string; start: number; end: number } | undefined {
  const re = new RegExp(DATE.source, 'giu');
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const found = findDate(m[0]);
    if (found && found.iso.length === 10) return { iso: found.iso, start: m.index + found.start, end: m.index + found.end };
  }
  return undefined;
}

/** "March 3 —", "Wednesday, March 12 (Coastal Wire) —": a dateline with no place, day and month first, then a dash. */
const PLACELESS = new RegExp(`^\\s*(?:(${WEEKDAY}))?(?=(?:${MONTH}\\s+\\d|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}))`, 'iu');
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** A dateline with day and month only: "LONDON, Nov 29 (Reuters) -", "March 3 —". */
function datelineWithoutYear(text: string, line: Line, modifiedMs?: number): DocumentDate | undefined {
  const head = line.text.slice(0, 160);
  const dl = DATELINE.exec(head) ?? PLACELESS.exec(head);
  if (!dl) return undefined;
  const placeless = !DATELINE.test(head);
  const rest = head.slice(dl[0].length);
  const m = MONTH_DAY.exec(rest);
  // A place-less dateline needs its dash ("March 3: …" may be a timeline's entry).
  if (!m || !(placeless ? /^\s*(?:\([^)]{1,40}\))?\s*[-–—]/ : AFTER_DATELINE_DATE).test(rest.slice(m[0].length))) return undefined;
  const month = MONTHS[(m[1] ?? m[4]).toLowerCase().replace(/\.$/, '')];
  const day = Number(m[2] ?? m[3]);
  const start = line.start + dl[0].length;
  const span = { start, end: start + m[0].length };
  const found = yearOfText(text, modifiedMs !== undefined && Number.isFinite(modifiedMs) ? new Date(modifiedMs).getUTCFullYear() : undefined);
  if (found !== undefined) {
    // The story's dates may be across a new year from its dateline (a late-December story about January).
    const near = found.dates ? nearestYear(found.year, month, day, found.dates) : { year: found.year };
    const yearSpan = near.span ?? found.span;
    const iso = isoDate(near.year, month, day);
    return iso ? { iso, source: 'dateline', span, yearAssumed: true, yearSource: found.source, ...(yearSpan ? { yearSpan } : {}) } : undefined;
  }
  // No year anywhere in the text: a wire story is saved soon after its dateline, so the file time's year
  // (the year before, when day and month fall more than a day after the file time) orders stories of one
  // archive by day and month instead of by the day they were copied. A weekday in the dateline picks,
  // among the years up to the file time's, the latest in which that day and month fall on it.
  if (modifiedMs === undefined || !Number.isFinite(modifiedMs)) return undefined;
  const saved = new Date(modifiedMs);
  let y = saved.getUTCFullYear();
  if (Date.UTC(y, month - 1, day) > modifiedMs + 86_400_000) y--;
  const weekday = placeless && dl[1] ? WEEKDAYS.indexOf(dl[1].slice(0, 3).toLowerCase()) : -1;
  if (weekday >= 0) {
    for (let k = 0; k < 28; k++) {
      // Date.UTC rolls February 29 of a common year over to March 1: only a year that has the day counts.
      const iso = isoDate(y - k, month, day);
      if (!iso || new Date(Date.UTC(y - k, month - 1, day)).getUTCDay() !== weekday) continue;
      return { iso, source: 'dateline', span, yearAssumed: true, yearSource: 'weekday' };
    }
  }
  const iso = isoDate(y, month, day);
  return iso ? { iso, source: 'dateline', span, yearAssumed: true, yearFromFileTime: true, yearSource: 'file-time' } : undefined;
}

/**
 * Whether `line` opens with a news dateline: a place in capitals (with a region), a day and month with or
 * without a year, an optional agency, then a dash or colon ("LAGOS, March 3 (Reuters) -", "OSLO, 4 May
 * 2026 —"). The same patterns as the document date's dateline, for readers of a story's first line.
 */
export function opensWithDateline(line: string): boolean {
  const dl = DATELINE.exec(line);
  if (!dl) return false;
  const rest = line.slice(dl[0].length);
  const dayMonth = MONTH_DAY.exec(rest);
  if (dayMonth) return AFTER_DATELINE_DATE.test(rest.slice(dayMonth[0].length));
  const full = findDate(rest.slice(0, 40));
  return full !== undefined && full.start === 0 && AFTER_DATELINE_DATE.test(rest.slice(full.end));
}

/** Top of the document: front matter, else the first non-empty lines. */
function fromText(text: string, modifiedMs?: number): DocumentDate | undefined {
  const fm = FRONT_MATTER.exec(text);
  if (fm) {
    const key = FRONT_MATTER_KEY.exec(fm[1]);
    const found = key ? findDate(key[2]) : undefined;
    if (key && found) {
      const at = fm[0].indexOf(fm[1]) + (key.index ?? 0) + key[0].indexOf(key[2]) + found.start;
      return { iso: found.iso, source: 'front-matter', span: { start: at, end: at + found.end - found.start } };
    }
  }
  const from = fm ? fm[0].length : 0;
  for (const line of linesOf(text, from, 12)) {
    // A date line or dateline has its date near the start; long prose lines are only read that far.
    const head = line.text.slice(0, 160);
    const found = findDate(head);
    if (!found) continue;
    const span = { start: line.start + found.start, end: line.start + found.end };
    const before = line.text.slice(0, found.start);
    const after = line.text.slice(found.end);
    if (DATE_LINE_LABEL.test(before) && before.replace(DATE_LINE_LABEL, '').trim() === '' && after.length <= 60) return { iso: found.iso, source: 'date-line', span };
    if (AROUND_DATE.test(before) && AROUND_DATE.test(after.slice(0, 40)) && after.length <= 40) return { iso: found.iso, source: 'date-line', span };
    const dl = DATELINE.exec(before);
    if (dl && dl[0].length === before.length && AFTER_DATELINE_DATE.test(after)) return { iso: found.iso, source: 'dateline', span };
  }
  for (const line of linesOf(text, from, 12)) {
    const partial = datelineWithoutYear(text, line, modifiedMs);
    if (partial) return partial;
  }
  return undefined;
}

/** A date in a file name: 2012-03-04, 2012_03_04, 2012.03.04 or 20120304, not inside a longer number. */
function fromFileName(fileName: string): DocumentDate | undefined {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const re = /(?<!\d)(\d{4})([-_.]?)(\d{2})\2(\d{2})(?!\d)/g;
  for (let m = re.exec(base); m; m = re.exec(base)) {
    const iso = isoDate(+m[1], +m[3], +m[4]);
    if (iso) return { iso, source: 'file-name' };
  }
  return undefined;
}

/**
 * The document's date: front matter (`date:`, `published:` …), a date line or a dateline in the first
 * twelve non-empty lines (a dateline without a year: `yearAssumed`), a date in the file name, the first
 * full date (day, month, year) anywhere in the text (source `text`), else `modifiedMs` (source
 * `modified`, UTC day).
 * Undefined when none of these gives a valid date. Pure; never throws.
 */
export function detectDocumentDate(input: DocumentDateInput): DocumentDate | undefined {
  const found = fromText(input.text) ?? (input.fileName ? fromFileName(input.fileName) : undefined);
  if (found) return found;
  const anywhere = firstFullDate(input.text, 0);
  if (anywhere) return { iso: anywhere.iso, source: 'text', span: { start: anywhere.start, end: anywhere.end } };
  // A dateline without a year in a text that gives none: day and month, the year from the file time.
  const partial = input.modifiedMs === undefined ? undefined : fromText(input.text, input.modifiedMs);
  if (partial) return partial;
  if (input.modifiedMs !== undefined && Number.isFinite(input.modifiedMs)) {
    const d = new Date(input.modifiedMs);
    const iso = isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    if (iso) return { iso, source: 'modified' };
  }
  return undefined;
}

/**
 * "4 March 2012" for display and citations. A date that is not the document's own says so:
 * "undated, file modified 4 March 2012" for a modification time (after a copy or `git clone`, the day
 * of the copy), "4 March 2012, first date in the text" for a date read from the body.
 */
export function formatDocumentDate(date: DocumentDate | undefined): string {
  if (!date) return 'undated';
  const [y, m, d] = date.iso.split('-').map(Number);
  const names = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const text = d ? `${d} ${names[m - 1]} ${y}` : `${names[m - 1]} ${y}`;
  if (date.source === 'modified') return `undated, file modified ${text}`;
  if (date.source === 'text') return `${text}, first date in the text`;
  if (date.yearFromFileTime) return `${text} (year from the file time)`;
  // A bare year written in the story may be any event's: the citation says the year is a guess.
  if (date.yearSource === 'text-year') return `${text} (year guessed from the text)`;
  return text;
}

/** A sentence on where a document date came from, for tooltips and exports. */
export function describeDocumentDateSource(date: DocumentDate | undefined): string {
  if (!date) return 'No date found in the document, its front matter or its file name, and no file time is known.';
  switch (date.source) {
    case 'front-matter': return 'Date from the document\'s front matter.';
    case 'date-line': return 'Date from a date line near the top of the document.';
    case 'dateline':
      if (date.yearFromFileTime) return 'Day and month from the news dateline; the document gives no year, so the year is that of the file\'s modification time, which a copy or a git clone resets.';
      if (date.yearSource === 'text-date') return 'Day and month from the news dateline; the year from the full dates written in the story.';
      if (date.yearSource === 'text-year') return 'Day and month from the news dateline; the story gives no full date, so the year is a guess: the file time\'s year when the story writes it, else the year the story writes most often (which may be an earlier event\'s).';
      if (date.yearSource === 'weekday') return 'Day and month from the news dateline; the year is the latest, up to the file\'s modification time, in which that day falls on the weekday the dateline gives.';
      return date.yearAssumed ? 'Day and month from the news dateline; the year is the one the document gives elsewhere.' : 'Date from the news dateline.';
    case 'file-name': return 'Date from the file name.';
    case 'text': return 'The first date written in the document; no date line, dateline or dated file name was found.';
    case 'modified': return 'No date found in the document or its file name: this is the file\'s modification time on this computer, which a copy or a git clone resets to the day of the copy.';
  }
}
