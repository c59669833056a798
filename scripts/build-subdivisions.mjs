#!/usr/bin/env node
// Builds src/core/lexicon/subdivisions.json: the English names of the first-level subdivisions of the
// world's countries (provinces, states, regions, territories: "Xland" of "the province of Xland"), from
// country-region-data (MIT, a kept npm data package; devDependency). The gazetteer lists countries,
// cities and US states only, so news names such as a Canadian province or an Australian state were
// typed as persons or dropped.
//
//   node scripts/build-subdivisions.mjs
//
// Left out: the United States (the gazetteer has its states), the United Kingdom and Ireland (the
// package lists their councils and counties, most of them towns' and people's names: "Bolton",
// "Kerry"), and names with a comma, a slash, parentheses or digits (the package's local or
// bilingual forms such as "Araba/Álava"). Whether a name is also a common word or a person's name is
// decided at run time by the engine, which has those lists (src/core/mentions/context.ts).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const data = require('country-region-data/data.json');
const SKIP = new Set(['US', 'GB', 'IE']);
const names = new Set();
for (const country of data) {
  if (SKIP.has(country.countryShortCode)) continue;
  for (const region of country.regions) {
    const name = region.name.trim();
    if (/[,/()\d]/.test(name) || name.length < 3) continue;
    names.add(name);
  }
}
const out = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'src', 'core', 'lexicon', 'subdivisions.json');
fs.writeFileSync(out, JSON.stringify([...names].sort()) + '\n');
console.log(`subdivisions.json: ${names.size} names`);
