// Which entity `ledger NAME` and `graph --focus NAME` mean when several share the name: a stated rule,
// always reported on stderr with the others' ids and counts, so the reader can pass an id instead.
import { foldForSearch } from '../../core/corpus/fold';
import type { Entity } from '../../core/types';

/** One entity the typed name matched, with the counts the choice reads. */
export interface EntityCandidate {
  readonly entity: Entity;
  /** Quotes attributed to the entity across the documents. */
  readonly quotes: number;
  /** Mentions of the entity across the documents. */
  readonly mentions: number;
}

/** What the choice is for: the ledger wants the one who speaks, the graph the one most written about. */
export type PickPurpose = 'ledger' | 'graph';

/** The chosen entity, the others in rank order, and the stderr note (undefined when only one matched). */
export interface EntityPick {
  readonly chosen: EntityCandidate;
  readonly others: readonly EntityCandidate[];
  readonly note: string | undefined;
}

/** The rule as the note states it. */
export const PICK_RULES: Readonly<Record<PickPurpose, string>> = {
  ledger: 'the entity whose name is exactly the one given, unless it has no quotes and another has; then the most quotes, then the most mentions',
  graph: 'the entity whose name is exactly the one given, then the most mentions',
};

function containsWord(haystack: string, needle: string): boolean {
  if (needle === '') return false;
  let at = haystack.indexOf(needle);
  while (at >= 0) {
    const before = at === 0 || !/[a-z0-9]/.test(haystack[at - 1]);
    const end = at + needle.length;
    const after = end === haystack.length || !/[a-z0-9]/.test(haystack[end]);
    if (before && after) return true;
    at = haystack.indexOf(needle, at + 1);
  }
  return false;
}

/**
 * Narrows the search hits to the entities the name really names: those whose display name or an alias
 * contains the typed name as whole words ("Quenby" names "Marisol Quenby", not "Quenbyshire"). When
 * none does (a misspelling), the search's own best hit alone is kept, as before.
 */
export function namedCandidates(query: string, hits: readonly EntityCandidate[]): readonly EntityCandidate[] {
  const q = foldForSearch(query);
  const named = hits.filter((h) => [h.entity.name, ...h.entity.aliases].some((n) => containsWord(foldForSearch(n), q)));
  return named.length > 0 ? named : hits.slice(0, 1);
}

/** Others named in the note at most; the rest are counted. */
const MAX_LISTED = 12;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function describe(c: EntityCandidate, purpose: PickPurpose): string {
  const counts = purpose === 'ledger' ? `${plural(c.quotes, 'quote')}, ${plural(c.mentions, 'mention')}` : plural(c.mentions, 'mention');
  return `${c.entity.name} (${c.entity.id}, ${counts})`;
}

/**
 * Ranks the candidates by the purpose's rule (PICK_RULES) and writes the note naming the chosen one and
 * every other with its id and counts. Ties end on the id, so the choice is the same on every run.
 * Throws on an empty list (the caller reports "no entity named …" first).
 */
export function pickEntity(query: string, candidates: readonly EntityCandidate[], purpose: PickPurpose): EntityPick {
  if (candidates.length === 0) throw new Error('pickEntity: no candidates');
  const q = foldForSearch(query);
  const exact = (c: EntityCandidate) => (foldForSearch(c.entity.name) === q ? 1 : 0);
  const anyQuotes = candidates.some((c) => c.quotes > 0);
  // An exactly named entity without a quote gives an empty ledger: a quoted namesake is what was meant.
  const exactCounts = (c: EntityCandidate) => exact(c) === 1 && (purpose === 'graph' || c.quotes > 0 || !anyQuotes) ? 1 : 0;
  const ranked = [...candidates].sort(
    (a, b) =>
      exactCounts(b) - exactCounts(a) ||
      (purpose === 'ledger' ? b.quotes - a.quotes : 0) ||
      b.mentions - a.mentions ||
      (a.entity.id < b.entity.id ? -1 : a.entity.id > b.entity.id ? 1 : 0),
  );
  const [chosen, ...others] = ranked;
  if (others.length === 0) return { chosen, others, note: undefined };
  const what = purpose === 'ledger' ? 'this ledger is of' : 'the graph is focused on';
  const note =
    `"${query}" matches ${candidates.length} entities; ${what} ${describe(chosen, purpose)}, chosen by the rule: ${PICK_RULES[purpose]}. ` +
    `Others: ${others.slice(0, MAX_LISTED).map((c) => describe(c, purpose)).join(', ')}` +
    `${others.length > MAX_LISTED ? ` and ${others.length - MAX_LISTED} more` : ''}. Give an id instead of the name for another.`;
  return { chosen, others, note };
}
