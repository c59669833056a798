// Binary search over spans sorted by start: hover and cursor lookups happen on every mouse move.
import type { Span } from '../types';

/** Index of the last span whose start is <= offset, or -1. */
export function lastStartingAtOrBefore(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * The innermost span containing offset (start <= offset < end). Spans may nest (a mention inside a
 * quote list, a name inside a longer name) so earlier spans are checked too, but only while they
 * could still reach the offset.
 */
export function spanAt<T extends Span>(spans: readonly T[], offset: number, maxLength: number): T | undefined {
  for (let i = lastStartingAtOrBefore(spans, offset); i >= 0; i--) {
    const span = spans[i];
    if (offset < span.end) return span;
    if (offset - span.start >= maxLength) break;
  }
  return undefined;
}
