// An edge's evidence as the graph page shows it. Pure, so the cutting is unit tested.
import type { EvidenceItem } from '../../core/graph';
import type { Span } from '../../core/types';
import { documentLabel } from '../format';
import type { EvidenceView } from './protocol';

/**
 * Passage of `item` cut to at most `max` characters around the mentions `spans` (document offsets;
 * the first two, the edge's own pair, decide the cut), with the marks that fall inside, in the cut
 * text's offsets, sorted and without overlaps.
 */
function cutPassage(item: EvidenceItem, spans: readonly Span[], index: number, max: number): EvidenceView {
  let from = 0;
  let to = item.text.length;
  const local = spans.map((s) => ({ start: s.start - item.start, end: s.end - item.start }));
  if (to > max) {
    const pair = local.slice(0, 2);
    const lo = Math.min(...pair.map((m) => m.start));
    const hi = Math.max(...pair.map((m) => m.end));
    from = Math.max(0, Math.min(lo - 80, hi - max + 80));
    to = Math.min(item.text.length, from + max);
  }
  const lead = from > 0 ? 1 : 0;
  const inside = local
    .filter((m) => m.start >= from && m.end <= to)
    .map((m) => ({ start: m.start - from + lead, end: m.end - from + lead }))
    .sort((x, y) => x.start - y.start || y.end - x.end);
  const marks = inside.filter((m, j) => j === 0 || m.start >= inside[j - 1].end);
  const text = `${lead ? '…' : ''}${item.text.slice(from, to)}${to < item.text.length ? '…' : ''}`;
  return { index, document: documentLabel(item.documentId), scope: item.scope, text, marks };
}

/** Evidence passage cut to at most `max` characters around its two mentions, with their offsets in the cut text. */
export function evidenceView(item: EvidenceItem, index: number, max = 600): EvidenceView {
  return cutPassage(item, [item.a, item.b], index, max);
}

/**
 * The views of an edge's evidence with each passage once: two mention pairs of one sentence ("the
 * Harbour Board (HB) … HB") are two evidence items of the same text, shown as one passage with all
 * their marks; a passage a document repeats word for word (a lead paragraph printed twice) is shown
 * once with `repeats` saying how often. Each view keeps the index of the first item of its passage
 * (what "open" sends back).
 */
export function evidenceViews(items: readonly EvidenceItem[], max = 600): EvidenceView[] {
  const byPassage = new Map<string, { first: number; spans: Span[]; places: Set<number> }>();
  items.forEach((item, i) => {
    const key = `${item.documentId}\u0000${item.text}`;
    const seen = byPassage.get(key);
    if (!seen) byPassage.set(key, { first: i, spans: [item.a, item.b], places: new Set([item.start]) });
    else {
      seen.places.add(item.start);
      // Marks of a repeated copy are moved onto the first copy's offsets.
      const shift = items[seen.first].start - item.start;
      seen.spans.push({ start: item.a.start + shift, end: item.a.end + shift }, { start: item.b.start + shift, end: item.b.end + shift });
    }
  });
  return [...byPassage.values()].map(({ first, spans, places }) => {
    const view = cutPassage(items[first], spans, first, max);
    return places.size > 1 ? { ...view, repeats: places.size } : view;
  });
}
