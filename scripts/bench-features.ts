// `npx tsx scripts/bench-features.ts --cache FILE.sacc [--entities 5] [--rounds 20]`: the language
// server's own work per request (src/server/features.ts), in process, without the LSP round trip. The
// index comes from a workspace cache file (one `bench-cache.ts --keep` leaves; its stored resolution is
// adopted, so nothing is resolved) with one document open as in the editor; hover, references,
// definition and highlights are timed at a mention of each of the most mentioned entities: the first
// request after the index is complete apart, then p50 / p99 / max of the rounds. One run: figures are
// printed, never asserted.
import fs from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createDeferredCorpusIndex } from '../src/core/corpus';
import { decodeCorpusCacheFile } from '../src/core/corpus/persist';
import { resolveCorpus } from '../src/core/resolve';
import { createFeatures } from '../src/server/features';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const file = arg('cache', '');
const entityCount = Number(arg('entities', '5'));
const rounds = Number(arg('rounds', '20'));

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const ms = (x: number) => x.toFixed(x < 10 ? 2 : 1);

function main(): void {
  const bytes = fs.readFileSync(file);
  const key = new TextDecoder().decode(bytes.subarray(20, 20 + bytes.readUInt32LE(16)));
  const contents = decodeCorpusCacheFile(bytes, key);
  if (!contents) throw new Error(`${file}: not a workspace cache file`);
  const texts = new Map(contents.documents.map((d) => [d.documentId, d]));
  const restored = contents.resolution?.restore((id) => texts.get(id)?.text);
  if (!restored || !('corpus' in restored)) throw new Error(`${file}: no usable stored resolution`);
  const corpus = restored.corpus;
  const index = createDeferredCorpusIndex({ resolve: resolveCorpus });
  index.adoptStored(corpus);
  for (const d of corpus.documents) index.set(d.id, d.text, texts.get(d.id)?.annotation ?? { mentions: [], quotes: [], definitions: [] });
  const openId = corpus.documents[0].id;
  const open = TextDocument.create(openId, 'plaintext', 1, corpus.documents[0].text);
  const features = createFeatures({ index, openDocument: (uri) => (uri === openId ? open : undefined), covers: () => true });

  // The most mentioned entities, and a mention of each in the open document if it has one, else in its first document.
  const counts = new Map<string, number>();
  for (const d of corpus.documents) for (const m of d.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, entityCount);
  const inOpen = corpus.documents[0].mentions.map((m) => m.entity);
  top.push(...[...new Set(inOpen)].slice(0, 2).map((e) => [e, counts.get(e) ?? 0] as [string, number]));
  console.log(`bench-features: ${corpus.documents.length} documents, ${[...counts.values()].reduce((a, b) => a + b, 0)} mentions, ${corpus.entities.size} entities`);
  for (const [entity, count] of top) {
    const doc = corpus.documents.find((d) => d.mentions.some((m) => m.entity === entity)) ?? corpus.documents[0];
    const mention = doc.mentions.find((m) => m.entity === entity)!;
    const lines = doc.text.slice(0, mention.start + 1).split('\n');
    const position = { line: lines.length - 1, character: lines[lines.length - 1].length };
    const time = (f: () => unknown): [number, unknown] => {
      const t = performance.now();
      const r = f();
      return [performance.now() - t, r];
    };
    const figures: string[] = [];
    // Hover at a different mention each round (other documents, so no kept card answers it).
    const others = corpus.documents.filter((d) => d !== doc && d.mentions.some((m) => m.entity === entity)).slice(0, rounds + 1);
    let turn = 0;
    const otherHover = () => {
      const d = others[turn++ % others.length] ?? doc;
      const m = d.mentions.find((x) => x.entity === entity)!;
      const before = d.text.slice(0, m.start + 1).split('\n');
      return features.hover(d.id, { line: before.length - 1, character: before[before.length - 1].length });
    };
    for (const [name, f] of [
      ['hover', () => features.hover(doc.id, position)],
      ['hover elsewhere', otherHover],
      ['references', () => features.references(doc.id, position, true)],
      ['definition', () => features.definition(doc.id, position)],
      ['highlights', () => features.highlights(doc.id, position)],
    ] as const) {
      const [first, value] = time(f);
      const times: number[] = [];
      for (let r = 0; r < rounds; r++) times.push(time(f)[0]);
      const size = Array.isArray(value) ? ` (${value.length})` : '';
      figures.push(`${name}${size} first ${ms(first)}, p50 ${ms(quantile(times, 0.5))}, p99 ${ms(quantile(times, 0.99))}, max ${ms(Math.max(...times))}`);
    }
    console.log(`${corpus.entities.get(entity)?.name} (${count} mentions${doc.id === openId ? ', open document' : ''}): ${figures.join('; ')} ms`);
  }
}

main();
