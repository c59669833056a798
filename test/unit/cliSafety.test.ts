// Issue 11, items 12-16: what the command line reads and writes. Kinds: reading what is not a regular
// file (pipes, devices, links to them); output names colliding; output replacing input; file names
// that are not UTF-8; a set of output files half replaced.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { nodeAtomicWriteFs, writeFilesAtomic } from '../../src/node/atomicWrite';
import { runCli, EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE } from '../../src/node/cli/run';
import { annotation, testResolver } from './corpusTestKit';

const NAMES = [['Ann Smith', 'PERSON'], ['Lyon', 'PLACE']] as const;
const fast = { annotate: (text: string) => annotation(text, NAMES), resolve: testResolver({}) };

async function cli(cwd: string, ...argv: string[]) {
  let stdout = '';
  const stderr: string[] = [];
  const code = await runCli(argv, { cwd, stdout: (t) => (stdout += t), stderr: (l) => stderr.push(l) }, fast);
  return { code, stdout, stderr };
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fs.readdir(dir, { withFileTypes: true, recursive: true })) if (e.isFile()) out.push(path.relative(dir, path.join(e.parentPath, e.name)));
  return out.sort();
}

describe('cli: inputs and outputs that could hang, collide or destroy', function () {
  if (process.platform === 'win32') return;
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sa-cli-safety-'));
    await fs.mkdir(path.join(dir, 'docs'));
    await fs.writeFile(path.join(dir, 'docs', 'a.txt'), '\uFEFFAnn Smith lives in Lyon.');
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('skips pipes, links to pipes, links to /dev/zero and dangling links in a folder, each with a message (item 12)', async () => {
    execFileSync('mkfifo', [path.join(dir, 'docs', 'pipe.txt'), path.join(dir, 'elsewhere-pipe')]);
    await fs.symlink(path.join(dir, 'elsewhere-pipe'), path.join(dir, 'docs', 'link-to-pipe.txt'));
    await fs.symlink('/dev/zero', path.join(dir, 'docs', 'zero.md'));
    await fs.symlink(path.join(dir, 'gone.txt'), path.join(dir, 'docs', 'dangling.txt'));
    await fs.writeFile(path.join(dir, 'real.txt'), 'Lyon.');
    await fs.symlink(path.join(dir, 'real.txt'), path.join(dir, 'docs', 'link-to-file.txt'));
    const run = await cli(dir, 'annotate', 'docs');
    assert.equal(run.code, EXIT_SOME_FAILED);
    const out = JSON.parse(run.stdout) as { documents: { path: string }[] };
    assert.deepEqual(out.documents.map((d) => d.path), [path.join('docs', 'a.txt'), path.join('docs', 'link-to-file.txt')]);
    const said = run.stderr.join('\n');
    assert.match(said, /pipe\.txt: not a regular file \(a named pipe\); skipped/);
    assert.match(said, /link-to-pipe\.txt: not a regular file \(a link to a named pipe\); skipped/);
    assert.match(said, /zero\.md: not a regular file \(a link to a device\); skipped/);
    assert.match(said, /dangling\.txt: link to a missing file/);
  });

  it('refuses a named pipe in place of the folder curation file instead of hanging (item 8)', async () => {
    await fs.mkdir(path.join(dir, 'docs', '.source-annotator'));
    execFileSync('mkfifo', [path.join(dir, 'docs', '.source-annotator', 'curation.json')]);
    const run = await cli(dir, 'annotate', 'docs');
    assert.equal(run.code, EXIT_OK, run.stderr.join('\n'));
    assert.match(run.stderr.join('\n'), /curation\.json not used: .*not a regular file \(a named pipe\)/);
    assert.equal((JSON.parse(run.stdout) as { documents: unknown[] }).documents.length, 1);
  });

  it('gives colliding brat outputs distinct names and says so (item 13)', async () => {
    const texts: Record<string, string> = { 'report.txt': 'Ann Smith.', report: 'Lyon.', 'Report.TXT': 'Lyon, Lyon.', 'notes.md': 'Ann Smith in Lyon.', 'notes.md.txt': 'Nothing.' };
    for (const [name, text] of Object.entries(texts)) await fs.writeFile(path.join(dir, 'docs', name), text);
    const run = await cli(dir, 'annotate', ...Object.keys(texts).map((n) => path.join('docs', n)), '--format', 'brat', '--out', 'out');
    assert.equal(run.code, EXIT_OK, run.stderr.join('\n'));
    const files = await listFiles(path.join(dir, 'out'));
    const txt = files.filter((f) => f.endsWith('.txt'));
    assert.equal(txt.length, 5, files.join(', '));
    assert.equal(new Set(txt.map((f) => f.toLowerCase())).size, 5);
    for (const f of txt) assert.ok(files.includes(f.replace(/\.txt$/, '.ann')), f);
    // Every document's text is in exactly one copy.
    const copies = await Promise.all(txt.map((f) => fs.readFile(path.join(dir, 'out', f), 'utf8')));
    assert.deepEqual(copies.sort(), Object.values(texts).sort());
    assert.equal(run.stderr.filter((l) => /was taken by another document/.test(l)).length, 3, run.stderr.join('\n'));
  });

  it('refuses --out naming an input folder, an input file, or a folder where brat copies would land on inputs (item 14)', async () => {
    const before = await fs.readFile(path.join(dir, 'docs', 'a.txt'));
    await fs.symlink(path.join(dir, 'docs'), path.join(dir, 'docs-link'));
    for (const argv of [
      ['docs', '--format', 'brat', '--out', 'docs'],
      ['docs', '--format', 'brat', '--out', 'docs-link'],
      ['docs', '--format', 'csv', '--out', 'docs/'],
      [path.join('docs', 'a.txt'), '--out', path.join('docs', 'a.txt')],
      [path.join('docs', 'a.txt'), '--format', 'w3c', '--out', path.join('docs-link', 'a.txt')],
      [path.join('docs', 'a.txt'), '--format', 'brat', '--out', 'docs'],
    ]) {
      const run = await cli(dir, 'annotate', ...argv);
      assert.equal(run.code, EXIT_USAGE, argv.join(' '));
      assert.match(run.stderr.join('\n'), /--out .*(input folder|input document)/, argv.join(' '));
      assert.deepEqual(await fs.readFile(path.join(dir, 'docs', 'a.txt')), before);
      assert.deepEqual((await fs.readdir(path.join(dir, 'docs'))).sort(), ['a.txt']);
    }
  });

  it('reads a file whose name is not valid UTF-8, in a folder and as an argument (item 15)', async function () {
    const raw = Buffer.concat([Buffer.from(path.join(dir, 'docs', 'caf')), Buffer.from([0xe9]), Buffer.from('.txt')]);
    await fs.writeFile(raw, 'Ann Smith visited Lyon.');
    const run = await cli(dir, 'annotate', 'docs');
    assert.equal(run.code, EXIT_OK, run.stderr.join('\n'));
    const docs = (JSON.parse(run.stdout) as { documents: { path: string; mentions: unknown[] }[] }).documents;
    const odd = docs.find((d) => d.path.includes('\uFFFD'));
    assert.ok(odd && odd.mentions.length === 2, JSON.stringify(docs));
    // As an argument: Node decodes argv lossily; the CLI recovers the bytes (Linux /proc/self/cmdline).
    if (process.platform !== 'linux') return;
    const cliPath = path.resolve('src/cli.ts');
    const loader = pathToFileURL(path.resolve('node_modules/tsx/dist/loader.mjs')).href;
    const spawned = spawnSync('sh', ['-c', `exec node --import "${loader}" "${cliPath}" annotate "$(printf 'docs/caf\\351.txt')"`], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' }, timeout: 60_000 });
    assert.equal(spawned.status, 0, spawned.stderr);
    assert.equal((JSON.parse(spawned.stdout) as { documents: unknown[] }).documents.length, 1);
  });

  it('writes a set of output files all new or all old when the disk fills half-way (item 16)', async () => {
    const out = path.join(dir, 'out');
    const old = { 'entities.csv': 'old e\n', 'mentions.csv': 'old m\n', 'quotes.csv': 'old q\n' };
    await fs.mkdir(out);
    for (const [name, text] of Object.entries(old)) await fs.writeFile(path.join(out, name), text);
    let writes = 0;
    const filling = {
      ...nodeAtomicWriteFs,
      writeFile: async (f: string, data: string) => {
        if (++writes === 3) {
          await fs.writeFile(f, data.slice(0, 2));
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        }
        await nodeAtomicWriteFs.writeFile(f, data);
      },
    };
    const files = Object.keys(old).map((name) => ({ file: path.join(out, name), data: `new ${name}\n` }));
    await assert.rejects(writeFilesAtomic(files, filling), /ENOSPC/);
    for (const [name, text] of Object.entries(old)) assert.equal(await fs.readFile(path.join(out, name), 'utf8'), text);
    assert.deepEqual((await fs.readdir(out)).sort(), Object.keys(old).sort(), 'no temporary file left');
    await writeFilesAtomic(files);
    for (const { file, data } of files) assert.equal(await fs.readFile(file, 'utf8'), data);
    // The CLI writes its CSV tables through it.
    const run = await cli(dir, 'annotate', 'docs', '--format', 'csv', '--out', 'out');
    assert.equal(run.code, EXIT_OK, run.stderr.join('\n'));
    assert.match(await fs.readFile(path.join(out, 'mentions.csv'), 'utf8'), /Ann Smith/);
  });
});
