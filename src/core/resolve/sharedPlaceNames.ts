// Place names that name two places of different kinds in the gazetteer: a state whose name a city
// (a major city or a capital) also goes by ("X" for "X City" or "X, D.C."), and a state that is also a country. Across documents
// such a name is ambiguous (the state or the city, the state or the country): it links only on shared
// context. Derived from the gazetteer's lists (src/core/gazetteer/data.json, built from npm data
// packages by scripts/build-gazetteer.mjs), not from a list of our own.
import data from '../gazetteer/data.json';
import { nameKey } from './names';

/** Words after a state's name that make a city's name of it: "X City", "X, D.C.". */
const CITY_OF_STATE = /^(.+?),? (?:City|D\.C\.)$/;

function buildSharedPlaceNames(): Set<string> {
  const lines = (s: string) => (s ? s.split('\n') : []);
  const states = new Set(lines(data.states));
  const out = new Set<string>();
  // Only major cities and capitals: a big city is called by its short name ("X" for "X City"), a small one is not.
  for (const list of [data.majorCities, data.capitals]) {
    for (const city of lines(list)) {
      const m = CITY_OF_STATE.exec(city);
      if (m && states.has(m[1])) out.add(nameKey(m[1]));
    }
  }
  for (const country of lines(data.countries)) if (states.has(country)) out.add(nameKey(country));
  return out;
}

/** Name keys (see nameKey) of places that name both a state and a city, or a state and a country. */
export const SHARED_PLACE_NAMES: ReadonlySet<string> = buildSharedPlaceNames();
