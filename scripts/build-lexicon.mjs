// npm run build:lexicon — rebuilds src/core/gazetteer/lexicon.json, the name lists the mention detector
// reads besides the gazetteer, from kept data packages (all MIT):
//   - @cspell/dict-people-names: given names and surnames ("is this word a person's name?");
//   - @cspell/dict-companies: words of company names ("is this word a company's name?").
//   - world-countries: each country's names, for the cross-document resolver (resolve/countryNames.ts);
//   - wink-eng-lite-web-model's lexicon: which ordinary words are adjectives or verbs.
// Deterministic: the same package versions give the same bytes. The seed articles are development data:
// the names of their people and organizations are left out, as build-gazetteer.mjs does.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.join(path.dirname(new URL(import.meta.url).pathname), '..');

/** Words of a cspell dictionary file: one entry a line, '#' comments, no affix flags. */
function cspellWords(pkg, file) {
  const text = fs.readFileSync(path.join(path.dirname(require.resolve(`${pkg}/cspell-ext.json`)), 'dict', file), 'utf8');
  const out = new Set();
  for (const line of text.split(/\r?\n/)) {
    // Apostrophes folded as gazetteerKey() folds them, so lookups need no second key.
    const w = line.replace(/#.*$/, '').trim().normalize('NFC').replace(/[’‘`]/g, "'");
    if (w && !/\s/.test(w)) out.add(w);
  }
  return out;
}

const seedNames = new Set();
const goldDir = path.join(root, 'test', 'fixtures', 'gold');
for (const f of fs.existsSync(goldDir) ? fs.readdirSync(goldDir) : []) {
  if (!f.endsWith('.json')) continue;
  const gold = JSON.parse(fs.readFileSync(path.join(goldDir, f), 'utf8'));
  for (const m of gold.mentions ?? []) for (const w of m.text.split(/\s+/)) seedNames.add(w);
}

// Capitalized, letters only (with inner apostrophes or hyphens), at least two letters.
const NAME = /^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u;
const people = [...cspellWords('@cspell/dict-people-names', 'people-names.txt')].filter((w) => NAME.test(w) && !seedNames.has(w));
const companies = [...cspellWords('@cspell/dict-companies', 'companies.txt')].filter((w) => NAME.test(w) && w.length > 2 && !seedNames.has(w));

// Parts of speech of ordinary words, from the tagger's own lexicon (as build-gazetteer.mjs reads it):
// "Air Canada" (a noun before a place: an organization) against "Rural Kenya" (an adjective: the place).
const core = require('wink-eng-lite-web-model/dist/read-core-model.js')();
const adjectives = [];
const verbs = [];
{
  const lexemes = core.features.lexeme.list;
  const posList = core.features.pos.list;
  const stride = core.lexicon.length / lexemes.length;
  for (let i = 0; i < lexemes.length; i++) {
    const w = lexemes[i];
    if (!/^[a-z]{2,16}$/.test(w)) continue;
    const pos = posList[(core.lexicon[i * stride + 1] & 0xfc000000) >>> 26];
    if (pos === 'ADJ') adjectives.push(w);
    else if (pos === 'VERB') verbs.push(w);
  }
}

// Countries by all their names (world-countries): common, official and Latin-script alternative
// spellings; two-letter codes only as the news writes them (US, UK). A name that two countries share
// ("Congo") is left out of both.
const countries = require('world-countries');
const latin = (n) => /^[\p{Script=Latin}\s'’.\-()]+$/u.test(n) && !/[,()]/.test(n);
const useful = (n) => n.length > 3 || /^[A-Z]{3}$/.test(n) || n === 'US' || n === 'UK';
const groups = countries.map((c) => [...new Set([c.name.common, c.name.official, ...(c.altSpellings ?? [])].map((n) => String(n).normalize('NFC').trim()).filter((n) => n && latin(n) && useful(n)))]);
const owners = new Map();
for (const [i, g] of groups.entries()) for (const n of g) owners.set(n.toLowerCase(), owners.has(n.toLowerCase()) && owners.get(n.toLowerCase()) !== i ? -1 : i);
const countryGroups = groups
  .map((g, i) => g.filter((n) => owners.get(n.toLowerCase()) === i))
  .filter((g) => g.length > 1)
  .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));

const json = {
  source: 'built by scripts/build-lexicon.mjs from @cspell/dict-people-names and @cspell/dict-companies (MIT)',
  peopleNames: people.sort().join('\n'),
  companyWords: companies.sort().join('\n'),
  adjectives: adjectives.sort().join('\n'),
  verbs: verbs.sort().join('\n'),
  countryGroups,
};
const file = path.join(root, 'src', 'core', 'gazetteer', 'lexicon.json');
fs.writeFileSync(file, JSON.stringify(json) + '\n');
console.log(`wrote ${path.relative(root, file)}: ${people.length} people names, ${companies.length} company words, ${adjectives.length} adjectives, ${verbs.length} verbs`);
