// What applying one correction did, and the steps the correction kinds share. One place for both, so
// ops.ts and identityOps.ts report and move speakers the same way.
import type { CorrectionStatus } from './types';
import type { WMention } from './workspace';

export interface OpResult {
  readonly status: CorrectionStatus;
  readonly detail: string;
}

/** The correction could not apply; nothing was touched. `detail` says why, for the reader. */
export const stale = (detail: string): OpResult => ({ status: 'stale', detail });
/** The correction applied (or already held); `detail` says what changed. */
export const applied = (detail: string): OpResult => ({ status: 'applied', detail });

/** Quotes spoken by a moved mention follow it to the entity `id`. */
export function moveSpeakers(members: readonly WMention[], id: string): void {
  const moved = new Set(members);
  for (const doc of new Set(members.map((m) => m.doc))) {
    for (const quote of doc.quotes) {
      if (quote.speakerMention && moved.has(quote.speakerMention)) Object.assign(quote, { speaker: id, changed: true });
    }
  }
}
