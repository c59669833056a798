// Set Quote Speaker lists the names nearest the quote first: the speaker is almost always named
// right next to it ("…," said X). Pure, so it is unit tested.

/**
 * Distance in UTF-16 code units from each entity's nearest mention to a span (0 when they overlap),
 * for the entities mentioned in that document.
 */
export function distanceToSpan(mentions: readonly { readonly entity: string; readonly start: number; readonly end: number }[], span: { readonly start: number; readonly end: number }): Map<string, number> {
  const result = new Map<string, number>();
  for (const m of mentions) {
    const d = m.end <= span.start ? span.start - m.end : Math.max(0, m.start - span.end);
    if (d < (result.get(m.entity) ?? Infinity)) result.set(m.entity, d);
  }
  return result;
}
