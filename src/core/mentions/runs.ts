// Runs: maximal stretches of capitalized words on one line, with the connectors that may sit inside
// a name ("of", "for", "and", "&", particles, a possessive as in "People's X"). Deciding which
// connectors really join is left to the segmenter.
import type { Context } from './context';
import { CONNECTORS, NAME_PARTICLES, ORG_HEADS, PLACE_HEADS } from './lexicon';
import { touchesOnLine } from './units';
import { isNameWord } from './words';

export type Run = readonly [number, number];

const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const MAX_RUN_UNITS = 14;

export function findRuns(ctx: Context): Run[] {
  const { units, text } = ctx;
  const runs: Run[] = [];
  const nameWord = (k: number) => k < units.length && isNameWord(units[k]) && !ctx.isRelationCompound(units[k]);
  const joinable = (x: number, y: number) =>
    y < units.length && units[x].sentence === units[y].sentence && touchesOnLine(text, units[x], units[y]);
  for (let i = 0; i < units.length; i++) {
    if (!nameWord(i)) continue;
    let j = i;
    for (;;) {
      const k = j + 1;
      // No name is this long; capping keeps every later step (and its recursion) small on hostile text.
      if (k >= units.length || k - i >= MAX_RUN_UNITS) break;
      const next = units[k];
      // "Acme plc": the one legal form written in lower case.
      if (joinable(j, k) && (nameWord(k) || (k > i && next.text === 'plc'))) {
        j = k;
        continue;
      }
      // "People's Liberation Army": a possessive inside a name after a capitalized common noun.
      if (
        POSSESSIVE.has(next.text) && next.start === units[j].end && units[j].pos === 'NOUN' && j > i - 1 &&
        !units[j].initial && joinable(k, k + 1) && nameWord(k + 1)
      ) {
        j = k + 1;
        continue;
      }
      // "Route 66", "Terminal 1": a number right after a place or organization head.
      if (next.kind === 'number' && joinable(j, k) && (PLACE_HEADS.has(units[j].text) || ORG_HEADS.has(units[j].text))) {
        j = k;
        continue;
      }
      if (joinable(j, k) && (CONNECTORS.has(next.text) || NAME_PARTICLES.has(next.text))) {
        // "of the X": skip the article too.
        let m = k + 1;
        if (next.text !== 'the' && m < units.length && units[m].text === 'the' && joinable(k, m)) m++;
        // "von der Leyen", "van den Berg", "de la Cruz": particles come in pairs.
        else if (NAME_PARTICLES.has(next.text) && m < units.length && NAME_PARTICLES.has(units[m].text) && joinable(k, m)) m++;
        if (joinable(m - 1, m) && nameWord(m)) {
          j = m;
          continue;
        }
      }
      break;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}
