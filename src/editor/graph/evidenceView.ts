// An edge's evidence as the graph page shows it. Pure, so the cutting is unit tested.
import type { EvidenceItem } from '../../core/graph';
import { documentLabel } from '../format';
import type { EvidenceView } from './protocol';

/** Evidence passage cut to at most `max` characters around its two mentions, with their offsets in the cut text. */
export function evidenceView(item: EvidenceItem, index: number, max = 600): EvidenceView {
  let from = 0;
  let to = item.text.length;
  const a = { start: item.a.start - item.start, end: item.a.end - item.start };
  const b = { start: item.b.start - item.start, end: item.b.end - item.start };
  if (to > max) {
    const lo = Math.min(a.start, b.start);
    const hi = Math.max(a.end, b.end);
    from = Math.max(0, Math.min(lo - 80, hi - max + 80));
    to = Math.min(item.text.length, from + max);
  }
  const marks = [a, b].filter((m) => m.start >= from && m.end <= to).map((m) => ({ start: m.start - from + (from > 0 ? 1 : 0), end: m.end - from + (from > 0 ? 1 : 0) })).sort((x, y) => x.start - y.start);
  const text = `${from > 0 ? '…' : ''}${item.text.slice(from, to)}${to < item.text.length ? '…' : ''}`;
  return { index, document: documentLabel(item.documentId), scope: item.scope, text, marks };
}
