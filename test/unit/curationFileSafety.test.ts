// Issue 11, items 7-10: saving a correction into every kind of curation file keeps what the reader
// owns (kind: silent rewrite of the reader's file); pipes are refused (kind: blocking open of a
// non-regular file); messages name the field (kind: error without location); debris of interrupted
// saves is cleaned (kind: temporary files never collected).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { addCorrection, emptyCuration, parseCuration, type Curation } from '../../src/core/curation';
import { removeStaleTemps, STALE_TEMP_AGE_MS, writeFileAtomic } from '../../src/node/atomicWrite';
import { readCurationFile, writeCurationFile } from '../../src/node/curationFile';

const base = JSON.stringify({
  version: 1,
  comment: 'kept by the team',
  corrections: [{ seq: 1, op: 'reject', text: 'Tuesday', reviewer: 'kb', entityNote: { x: 1 } }],
}, null, 2) + '\n';

/** A correction added the way the editor adds one: to the curation as read from disk. */
async function saveOne(file: string): Promise<Curation> {
  const read = await readCurationFile(file);
  assert.ok(read.ok, read.ok ? '' : read.error.message);
  const next = addCorrection(read.curation, { op: 'add', text: 'Brillmoor Institute', type: 'ORG' });
  await writeCurationFile(file, next);
  return next;
}

async function assertSaved(file: string): Promise<Record<string, unknown>> {
  const data = JSON.parse((await fs.readFile(file, 'utf8')).replace(/^\uFEFF/, '')) as Record<string, unknown>;
  const corrections = data.corrections as Record<string, unknown>[];
  assert.equal(corrections.length, 2);
  assert.ok(corrections.some((c) => c.text === 'Brillmoor Institute'));
  return data;
}

describe('curation file: a save keeps what the reader owns', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sa-curation-safety-'));
  });
  afterEach(async () => {
    await fs.chmod(dir, 0o755).catch(() => undefined);
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('keeps unknown keys of the file and of every correction still there', async () => {
    const file = path.join(dir, 'curation.json');
    await fs.writeFile(file, base);
    const data = await assertSaved((await saveOne(file), file));
    assert.equal(data.comment, 'kept by the team');
    const old = (data.corrections as Record<string, unknown>[]).find((c) => c.text === 'Tuesday');
    assert.deepEqual(old, { seq: 1, op: 'reject', text: 'Tuesday', reviewer: 'kb', entityNote: { x: 1 } });
  });

  it('writes through a symbolic link, which keeps pointing at the shared target', async () => {
    const shared = path.join(dir, 'shared.json');
    const file = path.join(dir, 'curation.json');
    await fs.writeFile(shared, base);
    await fs.symlink(shared, file);
    await saveOne(file);
    assert.ok((await fs.lstat(file)).isSymbolicLink());
    assert.equal(await fs.readlink(file), shared);
    await assertSaved(shared);
  });

  it('keeps a hard link linked', async () => {
    const file = path.join(dir, 'curation.json');
    const other = path.join(dir, 'other-name.json');
    await fs.writeFile(file, base);
    await fs.link(file, other);
    await saveOne(file);
    const [a, b] = [await fs.stat(file), await fs.stat(other)];
    assert.equal(a.ino, b.ino);
    assert.equal(a.nlink, 2);
    await assertSaved(other);
    assert.deepEqual((await fs.readdir(dir)).sort(), ['curation.json', 'other-name.json']);
  });

  it('keeps mode 600', async () => {
    const file = path.join(dir, 'curation.json');
    await fs.writeFile(file, base, { mode: 0o600 });
    await fs.chmod(file, 0o600);
    await saveOne(file);
    assert.equal((await fs.stat(file)).mode & 0o777, 0o600);
    await assertSaved(file);
  });

  it('refuses a read-only file with a clear message and leaves it as it was', async () => {
    const file = path.join(dir, 'curation.json');
    await fs.writeFile(file, base);
    await fs.chmod(file, 0o444);
    await assert.rejects(saveOne(file), /read-only \(mode 0444\)/);
    assert.equal(await fs.readFile(file, 'utf8'), base);
  });

  it('refuses Latin-1 bytes with a clear message and never turns them into U+FFFD', async () => {
    const file = path.join(dir, 'curation.json');
    const bytes = Buffer.concat([Buffer.from('{"version":1,"corrections":[{"seq":1,"op":"reject","text":"Jos'), Buffer.from([0xe9]), Buffer.from('"}]}\n')]);
    await fs.writeFile(file, bytes);
    const read = await readCurationFile(file);
    assert.ok(!read.ok && /not valid UTF-8 \(byte 0xe9 at offset 62\)/.test(read.error.message), read.ok ? '' : read.error.message);
    await assert.rejects(writeCurationFile(file, addCorrection(emptyCuration(), { op: 'reject', text: 'X' })), /not valid UTF-8/);
    assert.deepEqual(await fs.readFile(file), bytes);
  });

  it('keeps a byte-order mark and CRLF line endings', async () => {
    const file = path.join(dir, 'curation.json');
    await fs.writeFile(file, `\uFEFF${base.replace(/\n/g, '\r\n')}`);
    await saveOne(file);
    const text = await fs.readFile(file, 'utf8');
    assert.ok(text.startsWith('\uFEFF{'));
    assert.doesNotMatch(text, /[^\r]\n/);
    await assertSaved(file);
  });

  // mkfifo: the suite runs where CI runs, on Linux; a pipe is the fault this item is about.
  it('refuses a named pipe in place of the file instead of waiting on it (item 8)', async () => {
    const file = path.join(dir, 'curation.json');
    execFileSync('mkfifo', [file]);
    const read = await readCurationFile(file);
    assert.ok(!read.ok && /not a regular file \(a named pipe\)/.test(read.error.message));
    await assert.rejects(writeCurationFile(file, emptyCuration()), /not a regular file/);
    assert.ok((await fs.lstat(file)).isFIFO(), 'the pipe is left in place');
  });
});

describe('curation file: messages name the field (item 9)', () => {
  const message = (text: string, source?: string) => {
    const parsed = parseCuration(text, source);
    assert.ok(!parsed.ok);
    return parsed.error.message;
  };
  it('names version and corrections, and says what was found', () => {
    assert.match(message('{"version":"1","corrections":[]}'), /"version" must be a whole number >= 1 \(found the string "1"\)/);
    assert.match(message('{"version":1,"corrections":{}}'), /"corrections" must be an array .*\(found an object\)/);
    assert.match(message('{"version":1}'), /"corrections" .*it is missing/);
    assert.match(message('{"version":1,"corrections":[{"seq":1,"op":"add","text":"X","type":"ANIMAL"}]}'), /\$\.corrections\[0\]\.type must be one of .*found the string "ANIMAL"/);
  });
  it('gives file, line and column of a JSON syntax error', () => {
    const text = '{\n  "version": 1,\n  "corrections": [\n    {"seq": 1,, "op": "reject"}\n  ]\n}\n';
    const parsed = parseCuration(text, '/w/.source-annotator/curation.json');
    assert.ok(!parsed.ok && parsed.error.kind === 'malformed-json');
    assert.match(parsed.error.message, /^\/w\/\.source-annotator\/curation\.json:4:15: not valid JSON/);
    assert.match(message('{"version": 1, "corrections": [', 'c.json'), /^c\.json:1:32: not valid JSON/);
  });
});

describe('curation file: stale temporary files of interrupted saves (item 10)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sa-curation-temp-'));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });
  it('removes temporary files of dead processes and old ones, keeps a live writer\'s and others\' files', async () => {
    const file = path.join(dir, 'curation.json');
    // A pid above the kernel's maximum cannot be running.
    const dead = `.curation.json.${4194304 + 17}.abc123.tmp`;
    const live = `.curation.json.${process.ppid}.def456.tmp`;
    const oldLive = `.curation.json.${process.ppid}.old999.tmp`;
    const notOurs = ['.other.json.1.abc.tmp', 'curation.json.bak', '.curation.json.notes.tmp'];
    for (const name of [dead, live, oldLive, ...notOurs]) await fs.writeFile(path.join(dir, name), 'x'.repeat(1000));
    const past = new Date(Date.now() - STALE_TEMP_AGE_MS - 60_000);
    await fs.utimes(path.join(dir, oldLive), past, past);
    await writeFileAtomic(file, '{"version":1,"corrections":[]}\n');
    assert.deepEqual((await fs.readdir(dir)).sort(), ['curation.json', live, ...notOurs].sort());
    assert.deepEqual(await removeStaleTemps(file), []);
  });
});
