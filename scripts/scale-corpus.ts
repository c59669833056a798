// A synthetic news archive for scale measurements, reproducible from a seed: the same --docs and --seed
// always give byte-identical files. Documents are news-length (about 4,000 characters, 40-50 names),
// built from a pool of people, organizations and places that grows with the corpus and is drawn with a
// heavy tail (a few entities in many documents, most in a handful), as in a real archive. Names come
// from the Moby name and place lists of the `random-name` package (its JSON files, with our own seeded
// generator instead of its Math.random).
//
//   npx tsx scripts/scale-corpus.ts --docs 1000 --seed 13 --out /tmp/corpus   (prints the folder)
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(__filename);
const FIRST = require('random-name/first-names.json') as string[];
const LAST = require('random-name/names.json') as string[];
const PLACES = require('random-name/places.json') as string[];

/** mulberry32: a small, well-mixed 32-bit PRNG (public domain), so the corpus depends only on the seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Person { readonly first: string; readonly last: string; readonly role: string }
interface Org { readonly name: string; readonly acronym: string }

const ROLES = ['finance minister', 'spokeswoman', 'spokesman', 'chief executive', 'mayor', 'lawyer', 'senator', 'prosecutor', 'director', 'analyst', 'ambassador', 'judge'];
const ORG_HEADS = ['Bank', 'Council', 'Ministry of Trade', 'Institute', 'Union', 'Authority', 'Commission', 'Foundation', 'Party', 'Agency'];
const TOPICS = ['the budget', 'the pipeline contract', 'the election', 'the port expansion', 'the audit', 'the trade talks', 'the inquiry', 'the merger', 'the water project', 'the ceasefire'];
const VERBS = ['delay', 'approve', 'review', 'reject', 'finance', 'investigate', 'expand', 'suspend'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const FILLER = [
  'The figures were not independently verified.',
  'Officials declined to give further details.',
  'The decision is expected to be challenged in court.',
  'Critics said the process had lacked transparency from the start.',
  'Negotiations are scheduled to resume next month.',
  'The statement did not address earlier reports.',
];

export interface ScaleCorpusOptions {
  readonly docs: number;
  readonly seed?: number;
}

export interface ScaleDocument { readonly name: string; readonly text: string }

/** The documents of the corpus, in order; pure function of the options. */
export function generateScaleCorpus(options: ScaleCorpusOptions): ScaleDocument[] {
  const rand = prng(options.seed ?? 13);
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T>(xs: readonly T[]) => xs[int(xs.length)];
  /** Heavy-tailed index in [0, n): squaring a uniform draw favours the first entries. */
  const popular = (n: number) => Math.floor(rand() * rand() * n);
  // About two entities per document in all, as in the measured 10k archive.
  const people: Person[] = Array.from({ length: Math.max(20, Math.round(options.docs * 1.2)) }, () => ({ first: pick(FIRST), last: pick(LAST), role: pick(ROLES) }));
  const places = Array.from({ length: Math.max(10, Math.round(options.docs * 0.3)) }, () => pick(PLACES));
  const orgs: Org[] = Array.from({ length: Math.max(10, Math.round(options.docs * 0.5)) }, () => {
    const name = `${pick(PLACES)} ${pick(ORG_HEADS)}`;
    return { name, acronym: name.split(/\s+/u).filter((w) => /^[A-Z]/u.test(w)).map((w) => w[0]).join('') };
  });
  const docs: ScaleDocument[] = [];
  for (let d = 0; d < options.docs; d++) {
    const cast = Array.from({ length: 4 + int(4) }, () => people[popular(people.length)]);
    const bodies = Array.from({ length: 2 + int(3) }, () => orgs[popular(orgs.length)]);
    const where = Array.from({ length: 2 + int(3) }, () => places[popular(places.length)]);
    const paragraphs: string[] = [`${pick(where).toUpperCase()} (Wire) — ${pick(bodies).name} said on ${pick(DAYS)} it would ${pick(VERBS)} ${pick(TOPICS)}.`];
    const introduced = new Set<Person>();
    while (paragraphs.join('\n\n').length < 3800) {
      const p = pick(cast);
      const o = pick(bodies);
      const place = pick(where);
      const sentences: string[] = [];
      if (!introduced.has(p)) {
        introduced.add(p);
        sentences.push(`${p.first} ${p.last}, the ${p.role} of the ${o.name} (${o.acronym}), met officials in ${place} on ${pick(DAYS)}.`);
      } else {
        sentences.push(`${p.last} told reporters in ${place} that the ${o.acronym} would ${pick(VERBS)} ${pick(TOPICS)}.`);
      }
      sentences.push(`"We will ${pick(VERBS)} ${pick(TOPICS)} before the end of the year," ${p.last} said.`);
      sentences.push(pick(FILLER));
      if (rand() < 0.5) sentences.push(`According to the ${o.name}, the talks in ${pick(where)} were ${rand() < 0.5 ? 'productive' : 'difficult'}.`);
      paragraphs.push(sentences.join(' '));
    }
    docs.push({ name: `${String(d).padStart(6, '0')}.txt`, text: `${paragraphs.join('\n\n')}\n` });
  }
  return docs;
}

/** Writes the corpus into `dir` in folders of 500 files, replacing what a previous run left there. */
export function writeScaleCorpus(dir: string, options: ScaleCorpusOptions): { files: number; chars: number } {
  fs.rmSync(dir, { recursive: true, force: true });
  let chars = 0;
  const docs = generateScaleCorpus(options);
  docs.forEach((doc, i) => {
    const folder = path.join(dir, `part-${String(Math.floor(i / 500)).padStart(3, '0')}`);
    if (i % 500 === 0) fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, doc.name), doc.text);
    chars += doc.text.length;
  });
  return { files: docs.length, chars };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: string) => {
    const i = args.indexOf(name);
    return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
  };
  const docs = Math.max(1, Number(option('--docs', '1000')) || 1000);
  const seed = Number(option('--seed', '13')) || 13;
  const out = path.resolve(option('--out', path.join('/tmp', `source-annotator-scale-${docs}-${seed}`)));
  const { files, chars } = writeScaleCorpus(out, { docs, seed });
  console.error(`scale corpus: ${files} documents, ${(chars / 1e6).toFixed(1)}M characters, seed ${seed}`);
  console.log(out);
}
