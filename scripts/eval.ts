// npm run eval -- --gold <dir> [--gold-mentions] [--pred-out preds.json] [--json scores.json] [--include-boilerplate]
// Runs the engine (createAnnotator + resolveCorpus) on every gold document's text and prints the scores,
// for the whole set and per genre when document ids carry one (GUM_speech_..., GUM_essay_...).
// --gold-mentions feeds the gold mentions to the quote finder and the resolver instead of the detector's,
// to measure those two parts on their own.
import fs from 'node:fs';
import path from 'node:path';
import { createAnnotator } from '../src/core/annotate';
import { formatReport } from '../src/core/eval/format';
import { scoreCorpus, toPrediction, type GoldDocument, type PredictedDocument } from '../src/core/eval/index';
import { createTagger } from '../src/core/nlp';
import { findQuotes } from '../src/core/quotes';
import { resolveCorpus } from '../src/core/resolve';
import { ENTITY_TYPES, type DetectedMention, type DocumentAnnotation, type EntityType } from '../src/core/types';

const args = process.argv.slice(2);
const option = (name: string, fallback?: string) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const goldDir = option('--gold', 'test/fixtures/gold') as string;
const useGoldMentions = args.includes('--gold-mentions');

const files = fs.readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort();
if (files.length === 0) {
  console.error(`no gold .json files in ${goldDir}`);
  process.exit(2);
}
const gold: GoldDocument[] = files.map((f) => JSON.parse(fs.readFileSync(path.join(goldDir, f), 'utf8')) as GoldDocument);

function goldAnnotation(doc: GoldDocument, tag: ReturnType<typeof createTagger>): DocumentAnnotation {
  const mentions: DetectedMention[] = doc.mentions
    .filter((m) => (ENTITY_TYPES as readonly string[]).includes(m.type))
    .map((m) => ({ start: m.start, end: m.end, text: m.text, type: m.type as EntityType }));
  return { mentions, quotes: findQuotes(tag(doc.text), mentions), definitions: [] };
}

const started = Date.now();
let annotate: (doc: GoldDocument) => DocumentAnnotation;
if (useGoldMentions) {
  const tag = createTagger();
  annotate = (doc) => goldAnnotation(doc, tag);
} else {
  const annotator = createAnnotator();
  annotate = (doc) => annotator.annotate(doc.text);
}
const corpus = resolveCorpus(gold.map((doc) => ({ id: doc.id, text: doc.text, annotation: annotate(doc) })));
const predictions = new Map<string, PredictedDocument>(corpus.documents.map((d) => [d.id, toPrediction(d)]));
const options = { includeBoilerplate: args.includes('--include-boilerplate') };
const elapsed = Date.now() - started;

const predOut = option('--pred-out');
if (predOut) fs.writeFileSync(predOut, JSON.stringify(Object.fromEntries(predictions), null, 1));

const all = scoreCorpus(gold, predictions, options);
console.log(formatReport(all, `gold: ${goldDir}${useGoldMentions ? ' [gold mentions as input]' : ''}`));

const genreOf = (id: string) => /^([A-Za-z]+_[A-Za-z]+)_/.exec(id)?.[1] ?? null;
const genres = [...new Set(gold.map((d) => genreOf(d.id)).filter((g): g is string => g !== null))].sort();
if (genres.length > 1) {
  for (const genre of genres) {
    const subset = gold.filter((d) => genreOf(d.id) === genre);
    console.log(`\n==== ${genre}\n${formatReport(scoreCorpus(subset, predictions, options), genre)}`);
  }
  console.log('\nSUMMARY            mentionF1(exact) alias  quoteF1  quoteP(strict)  speaker');
  for (const genre of [...genres, 'ALL']) {
    const r = genre === 'ALL' ? all : scoreCorpus(gold.filter((d) => genreOf(d.id) === genre), predictions, options);
    const f = (x: number) => (100 * x).toFixed(1).padStart(6);
    console.log(`${genre.padEnd(18)} ${f(r.mentions.exact.ALL.f)}        ${f(r.clusters.aliasRecall)} ${f(r.quotes.overlap.f)}  ${f(r.quotes.strict.p)}         ${r.speaker.correct}/${r.speaker.gold}`);
  }
}
const jsonOut = option('--json');
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(all, null, 1));
console.log(`\n(${gold.length} documents annotated and resolved in ${elapsed} ms)`);
