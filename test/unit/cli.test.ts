import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { addCorrection, emptyCuration, serializeCuration } from '../../src/core/curation';
import { runCli, EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE } from '../../src/node/cli/run';
import { annotation, testResolver } from './corpusTestKit';

const NAMES = [['Ann Smith', 'PERSON'], ['Smith', 'PERSON'], ['Lyon', 'PLACE'], ['Acme', 'ORG']] as const;
const fast = { annotate: (text: string) => annotation(text, NAMES), resolve: testResolver({ Smith: 'Ann Smith' }) };

interface Run { code: number; stdout: string; stderr: string[] }

async function cli(cwd: string, ...argv: string[]): Promise<Run> {
  let stdout = '';
  const stderr: string[] = [];
  const code = await runCli(argv, { cwd, stdout: (t) => (stdout += t), stderr: (l) => stderr.push(l) }, fast);
  return { code, stdout, stderr };
}

describe('cli', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sa-cli-'));
    await fs.mkdir(path.join(dir, 'news', 'deep'), { recursive: true });
    await fs.writeFile(path.join(dir, 'news', 'a.txt'), 'Ann Smith lives in Lyon.');
    await fs.writeFile(path.join(dir, 'news', 'deep', 'b.md'), '# Note\n\nSmith works for Acme.');
    await fs.writeFile(path.join(dir, 'news', 'skip.csv'), 'Ann Smith,Lyon');
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('annotates a folder (recursively, .txt and .md only) to the JSON schema', async () => {
    const run = await cli(dir, 'annotate', 'news');
    assert.equal(run.code, EXIT_OK, run.stderr.join('\n'));
    assert.deepEqual(run.stderr, []);
    const out = JSON.parse(run.stdout);
    assert.deepEqual(out.documents.map((d: { path: string }) => d.path), [path.join('news', 'a.txt'), path.join('news', 'deep', 'b.md')]);
    assert.deepEqual(out.documents[0].mentions[0], { start: 0, end: 9, text: 'Ann Smith', type: 'PERSON', entity: 'PERSON:Ann Smith' });
    const ann = out.entities.find((e: { id: string }) => e.id === 'PERSON:Ann Smith');
    assert.deepEqual(ann.aliases, ['Ann Smith', 'Smith']);
    assert.deepEqual(Object.keys(ann), ['id', 'type', 'name', 'aliases', 'descriptors', 'reasons']);
  });

  it('reports bad paths, binary and non-UTF-8 files on stderr and annotates the rest', async () => {
    await fs.writeFile(path.join(dir, 'binary.txt'), Buffer.from([0x41, 0x00, 0x42]));
    await fs.writeFile(path.join(dir, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9]));
    const run = await cli(dir, 'annotate', 'missing.txt', 'binary.txt', 'latin1.txt', 'news/a.txt', '/dev/null');
    assert.equal(run.code, EXIT_SOME_FAILED);
    assert.equal(run.stderr.length, 4, run.stderr.join('\n'));
    assert.match(run.stderr[1], /\/dev\/null: not a regular file/);
    run.stderr.splice(1, 1);
    assert.match(run.stderr[0], /^source-annotator: missing\.txt: no such file or folder$/);
    assert.match(run.stderr[1], /binary\.txt: binary file/);
    assert.match(run.stderr[2], /latin1\.txt: not valid UTF-8/);
    assert.ok(run.stderr.every((l) => !l.includes('\n')));
    assert.deepEqual(JSON.parse(run.stdout).documents.map((d: { path: string }) => d.path), ['news/a.txt']);
  });

  it('says which documents have no text, keeps them in the output and still exits 0', async () => {
    await fs.writeFile(path.join(dir, 'news', 'empty.txt'), '');
    await fs.writeFile(path.join(dir, 'news', 'blank.md'), ' \r\n\t\n');
    const run = await cli(dir, 'annotate', 'news');
    assert.equal(run.code, EXIT_OK, run.stderr.join('\n'));
    assert.deepEqual(run.stderr, [
      `source-annotator: ${path.join('news', 'blank.md')}: only white space (no text to annotate); written with no mentions`,
      `source-annotator: ${path.join('news', 'empty.txt')}: empty (no text to annotate); written with no mentions`,
    ]);
    const out = JSON.parse(run.stdout);
    const empty = out.documents.find((d: { path: string }) => d.path === path.join('news', 'empty.txt'));
    assert.deepEqual(empty.mentions, []);
    // A document with text gets no note.
    assert.ok(out.documents.some((d: { path: string; mentions: unknown[] }) => d.path === path.join('news', 'a.txt') && d.mentions.length > 0));
    const ledger = await cli(dir, 'ledger', 'Ann Smith', 'news');
    assert.ok(ledger.stderr.some((l) => l.endsWith(`${path.join('news', 'empty.txt')}: empty (no text to annotate)`)), ledger.stderr.join('\n'));
  });

  it('exits 2 when nothing could be annotated, and on usage errors', async () => {
    assert.equal((await cli(dir, 'annotate', 'nothing-here')).code, EXIT_USAGE);
    const empty = path.join(dir, 'empty');
    await fs.mkdir(empty);
    const run = await cli(dir, 'annotate', 'empty');
    assert.equal(run.code, EXIT_USAGE);
    assert.match(run.stderr[0], /empty: no \.txt or \.md files/);
    for (const argv of [[], ['annotate'], ['frobnicate', 'news'], ['annotate', 'news', '--format', 'xml'], ['annotate', 'news', '--bogus'], ['annotate', 'news', '--format', 'csv']]) {
      const r = await cli(dir, ...argv);
      assert.equal(r.code, EXIT_USAGE, argv.join(' '));
      assert.match(r.stderr[0], /^source-annotator: /);
      assert.equal(r.stdout, '');
    }
    const help = await cli(dir, '--help');
    assert.equal(help.code, EXIT_OK);
    assert.match(help.stdout, /Usage: source-annotator annotate/);
    assert.match(help.stdout, /source-annotator ledger /, 'the help names every command');
    assert.match(help.stdout, /source-annotator graph /);
    const unknown = await cli(dir, 'frobnicate', 'news');
    assert.match(unknown.stderr[0], /annotate, ledger and graph/);
  });

  it('applies the folder curation file, and reports stale corrections', async () => {
    let curation = addCorrection(emptyCuration(), { op: 'rename', entity: { name: 'Smith' }, name: 'Dr. Ann Smith' });
    curation = addCorrection(curation, { op: 'reject', text: 'Lyon', document: 'a.txt' });
    curation = addCorrection(curation, { op: 'merge', entity: { name: 'Ghost' }, into: { name: 'Smith' } });
    await fs.mkdir(path.join(dir, 'news', '.source-annotator'));
    await fs.writeFile(path.join(dir, 'news', '.source-annotator', 'curation.json'), serializeCuration(curation));
    const run = await cli(dir, 'annotate', 'news');
    assert.equal(run.code, EXIT_OK);
    assert.equal(run.stderr.length, 1);
    assert.match(run.stderr[0], /correction 3 \(merge\) no longer applies: no entity named Ghost/);
    const out = JSON.parse(run.stdout);
    assert.equal(out.entities.find((e: { id: string }) => e.id === 'PERSON:Ann Smith').name, 'Dr. Ann Smith');
    assert.ok(out.documents[0].mentions.every((m: { text: string }) => m.text !== 'Lyon'));
  });

  it('continues with automatic annotations when the curation file is malformed or newer', async () => {
    for (const content of ['{ not json', JSON.stringify({ version: 42, corrections: [] })]) {
      const file = path.join(dir, 'curation.json');
      await fs.writeFile(file, content);
      const run = await cli(dir, 'annotate', 'news', '--curation', 'curation.json');
      assert.equal(run.code, EXIT_OK);
      assert.equal(run.stderr.length, 1);
      assert.match(run.stderr[0], /curation file .*curation\.json not used: .*continuing with automatic annotations/);
      assert.equal(JSON.parse(run.stdout).documents.length, 2);
      assert.equal(await fs.readFile(file, 'utf8'), content, 'never rewritten');
    }
    const missing = await cli(dir, 'annotate', 'news', '--curation', 'nope.json');
    assert.equal(missing.code, EXIT_USAGE, 'an explicit curation file that does not exist is an error');
    assert.match(missing.stderr[0], /nope\.json not found/);
    assert.equal(missing.stdout, '', 'nothing is written without the curation asked for');
  });

  it('an explicit --curation that does not exist stops every command; the default file missing is silent', async () => {
    for (const argv of [['annotate', 'news', '--curation', 'typo/curation.json'], ['ledger', 'Someone', 'news', '--curation', 'gone.json'], ['graph', 'news', '--curation', 'gone.json']]) {
      const run = await cli(dir, ...argv);
      assert.equal(run.code, EXIT_USAGE, argv.join(' '));
      assert.equal(run.stdout, '');
      assert.match(run.stderr.join('\n'), /curation file .*(curation|gone)\.json not found/);
    }
    const folder = await cli(dir, 'annotate', 'news', '--curation', 'news');
    assert.equal(folder.code, EXIT_USAGE);
    assert.match(folder.stderr.join('\n'), /is a folder, not a file/);
    const plain = await cli(dir, 'annotate', 'news');
    assert.equal(plain.code, EXIT_OK);
    assert.ok(!plain.stderr.some((l) => /curation/.test(l)), plain.stderr.join('\n'));
  });

  it('writes CSV, brat and W3C exports', async () => {
    const csv = await cli(dir, 'annotate', 'news', '--format', 'csv', '--out', 'csv-out');
    assert.equal(csv.code, EXIT_OK);
    assert.deepEqual((await fs.readdir(path.join(dir, 'csv-out'))).sort(), ['entities.csv', 'mentions.csv', 'quotes.csv']);
    const mentions = parse(await fs.readFile(path.join(dir, 'csv-out', 'mentions.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    assert.equal(mentions.length, 4);

    const brat = await cli(dir, 'annotate', 'news', '--format', 'brat', '--out', 'brat-out');
    assert.equal(brat.code, EXIT_OK);
    const out = path.join(dir, 'brat-out');
    assert.equal(await fs.readFile(path.join(out, 'a.txt'), 'utf8'), 'Ann Smith lives in Lyon.');
    assert.match(await fs.readFile(path.join(out, 'a.ann'), 'utf8'), /^T1\tPERSON 0 9\tAnn Smith$/m);
    assert.match(await fs.readFile(path.join(out, 'deep', 'b.md.ann'), 'utf8'), /\tORG \d+ \d+\tAcme$/m);
    assert.ok((await fs.readFile(path.join(out, 'annotation.conf'), 'utf8')).includes('[entities]'));

    const w3c = await cli(dir, 'annotate', 'news/a.txt', '--format', 'w3c', '--out', 'anno.jsonld');
    assert.equal(w3c.code, EXIT_OK);
    const collection = JSON.parse(await fs.readFile(path.join(dir, 'anno.jsonld'), 'utf8'));
    assert.equal(collection.type, 'AnnotationCollection');
    assert.match(collection.first.items[0].target.source, /^file:\/\/.*\/news\/a\.txt$/);
  });

  it('runs as a command on the seed articles with the real engine', async function () {
    this.timeout(120000);
    const root = path.resolve(__dirname, '../..');
    // A private copy of the committed seed articles, so files other tests drop into seeds/ meanwhile do not count.
    const seeds = path.join(dir, 'seeds');
    await fs.mkdir(seeds);
    for (const name of (await fs.readdir(path.join(root, 'seeds'))).filter((n) => /^\d{3}_[0-9a-f]+\.txt$/.test(n))) {
      await fs.copyFile(path.join(root, 'seeds', name), path.join(seeds, name));
    }
    const result = spawnSync(process.execPath, ['--import', pathToFileURL(path.join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href, path.join(root, 'src', 'cli.ts'), 'annotate', 'seeds', 'no-such-dir'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    assert.equal(result.status, EXIT_SOME_FAILED, result.stderr);
    assert.equal(result.stderr.trim(), 'source-annotator: no-such-dir: no such file or folder');
    const out = JSON.parse(result.stdout);
    assert.ok(out.documents.length >= 2);
    for (const doc of out.documents) {
      const text = readFileSync(path.join(dir, doc.path), 'utf8');
      for (const m of doc.mentions) assert.equal(text.slice(m.start, m.end), m.text);
      for (const q of doc.quotes) assert.equal(text.slice(q.start, q.end), q.text);
    }
    const ids = new Set(out.entities.map((e: { id: string }) => e.id));
    assert.ok(out.documents.every((d: { mentions: { entity: string }[] }) => d.mentions.every((m) => ids.has(m.entity))));
  });
});
