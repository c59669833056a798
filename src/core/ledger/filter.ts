// Narrowing a speaker's ledger to the quotes a reader asks about: by kind of quote (full quote, quoted
// phrase, transcript turn, reported speech) and by date range. An entry is one quote with all the
// documents that reported it; it stays whole when any of its versions matches, so the first appearance
// (the provenance) is never cut from a later version that falls in the range.
import type { DocumentDate } from '../docdate';
import type { Ledger, LedgerSource } from './ledger';

export interface LedgerFilter {
  /** Quote kinds kept (the detector's: full, fragment, turn, indirect …); absent: every kind; empty: none. */
  readonly kinds?: readonly string[];
  /** Earliest date kept, inclusive: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Absent: no lower bound. */
  readonly from?: string;
  /** Latest date kept, inclusive, same forms as `from`. Absent: no upper bound. */
  readonly to?: string;
  /**
   * With a date bound: whether a version dated only by its file's modification time (the day of a copy
   * or `git clone`, not of publication) or not dated at all is kept. Default false. Without a date
   * bound every version passes the date test.
   */
  readonly undated?: boolean;
}

const BOUND = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** A date bound as the filter accepts it (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), else undefined. */
export function validDateBound(value: unknown): string | undefined {
  return typeof value === 'string' && BOUND.test(value.trim()) ? value.trim() : undefined;
}

/**
 * A filter from an untrusted message (the ledger page's), checked field by field: kinds are kept as strings (unknown kinds simply
 * match nothing), dates only as YYYY[-MM[-DD]]; a "from" after "to" is swapped, as the reader meant the
 * range between them.
 */
export function validLedgerFilter(value: unknown): LedgerFilter {
  if (!value || typeof value !== 'object') return {};
  const f = value as { kinds?: unknown; from?: unknown; to?: unknown; undated?: unknown };
  const kinds = Array.isArray(f.kinds) ? f.kinds.filter((k): k is string => typeof k === 'string').slice(0, 20) : undefined;
  let from = validDateBound(f.from);
  let to = validDateBound(f.to);
  if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
  return { ...(kinds ? { kinds } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}), ...(f.undated === true ? { undated: true } : {}) };
}

/** Whether the filter restricts anything at all. */
export function isFilterActive(filter: LedgerFilter): boolean {
  return filter.kinds !== undefined || filter.from !== undefined || filter.to !== undefined;
}

/**
 * Whether a date falls within [from, to]. Dates and bounds are compared at the coarser of their two
 * precisions, so a month-only date ("2021-03") is within a range that touches that month, and a bound
 * "2021" takes the whole year.
 */
function dateWithin(date: DocumentDate | undefined, filter: LedgerFilter): boolean {
  if (filter.from === undefined && filter.to === undefined) return true;
  if (!date || date.source === 'modified') return filter.undated === true;
  const cut = (a: string, b: string) => a.slice(0, Math.min(a.length, b.length));
  if (filter.from !== undefined && cut(date.iso, filter.from) < cut(filter.from, date.iso)) return false;
  if (filter.to !== undefined && cut(date.iso, filter.to) > cut(filter.to, date.iso)) return false;
  return true;
}

/** Whether one version of a quote matches the filter (kind and date). */
export function sourceMatches(source: LedgerSource, filter: LedgerFilter): boolean {
  if (filter.kinds && !filter.kinds.includes(source.quote.kind)) return false;
  return dateWithin(source.date, filter);
}

/**
 * The ledger with only the entries one of whose versions matches, in the same order, each entry whole;
 * quoteCount and documentCount count the entries kept. Pure; an inactive filter returns the ledger
 * itself.
 */
export function filterLedger(ledger: Ledger, filter: LedgerFilter): Ledger {
  if (!isFilterActive(filter)) return ledger;
  const entries = ledger.entries.filter((e) => e.sources.some((s) => sourceMatches(s, filter)));
  const documents = new Set(entries.flatMap((e) => e.sources.map((s) => s.documentId)));
  return { ...ledger, entries, quoteCount: entries.reduce((n, e) => n + e.sources.length, 0), documentCount: documents.size };
}

/** The kinds of quote in a ledger with how many versions of each, most frequent first (for the page's filter). */
export function ledgerKinds(ledger: Ledger): { readonly kind: string; readonly count: number }[] {
  const counts = new Map<string, number>();
  for (const e of ledger.entries) for (const s of e.sources) counts.set(s.quote.kind, (counts.get(s.quote.kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
}

/**
 * The filter in words, for an export's header: "kinds full, indirect; from 2021-03-01 to 2021-06;
 * undated versions included". Empty for an inactive filter.
 */
export function describeFilter(filter: LedgerFilter): string {
  if (!isFilterActive(filter)) return '';
  const parts: string[] = [];
  if (filter.kinds) parts.push(filter.kinds.length === 0 ? 'no kind of quote' : `kind${filter.kinds.length === 1 ? '' : 's'} ${filter.kinds.join(', ')}`);
  if (filter.from !== undefined && filter.to !== undefined) parts.push(`from ${filter.from} to ${filter.to}`);
  else if (filter.from !== undefined) parts.push(`from ${filter.from}`);
  else if (filter.to !== undefined) parts.push(`until ${filter.to}`);
  if ((filter.from !== undefined || filter.to !== undefined) && filter.undated) parts.push('undated versions included');
  return parts.join('; ');
}
