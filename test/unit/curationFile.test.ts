import assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  addCorrection, CURATION_SCHEMA_VERSION, emptyCuration, parseCuration, serializeCuration, undoLastCorrection, type Curation,
} from '../../src/core/curation';
import { nodeAtomicWriteFs, writeFileAtomic } from '../../src/node/atomicWrite';
import { curationPathFor, readCurationFile, writeCurationFile } from '../../src/node/curationFile';

function sample(): Curation {
  let c = emptyCuration();
  c = addCorrection(c, { op: 'rename', entity: { name: 'Smith', type: 'PERSON' }, name: 'Ann Smith' });
  c = addCorrection(c, { op: 'reject', text: 'Monday', document: 'news/a.txt' });
  c = addCorrection(c, { op: 'speaker', quote: '"No."', speaker: null });
  c = addCorrection(c, { op: 'add', text: 'Blue Lagoon', type: 'PLACE' });
  return c;
}

describe('curation file', () => {
  it('round-trips through stable, sorted, pretty JSON', () => {
    const text = serializeCuration(sample());
    const parsed = parseCuration(text);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.curation, sample());
    assert.equal(serializeCuration(parsed.curation), text, 'serializing again gives the same bytes');
    const data = JSON.parse(text);
    assert.equal(data.version, CURATION_SCHEMA_VERSION);
    assert.deepEqual(Object.keys(data), ['corrections', 'version']);
    for (const record of data.corrections) assert.deepEqual(Object.keys(record), Object.keys(record).sort());
    assert.ok(text.endsWith('\n') && text.includes('\n  "corrections": ['));
  });

  it('orders records by seq whatever the order in the file', () => {
    const text = JSON.stringify({ version: 1, corrections: [
      { seq: 3, op: 'reject', text: 'C' }, { seq: 1, op: 'reject', text: 'A' }, { seq: 2, op: 'reject', text: 'B' },
    ] });
    const parsed = parseCuration(text);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.curation.corrections.map((c) => c.seq), [1, 2, 3]);
  });

  it('refuses malformed JSON, invalid records and newer versions with clear errors', () => {
    const malformed = parseCuration('{ "version": 1, "corrections": [ ');
    assert.ok(!malformed.ok && malformed.error.kind === 'malformed-json' && /JSON/.test(malformed.error.message));
    const newer = parseCuration(JSON.stringify({ version: CURATION_SCHEMA_VERSION + 1, corrections: [{ op: 'teleport' }] }));
    assert.ok(!newer.ok && newer.error.kind === 'newer-version' && newer.error.found === CURATION_SCHEMA_VERSION + 1);
    const badOp = parseCuration(JSON.stringify({ version: 1, corrections: [{ seq: 1, op: 'teleport' }] }));
    assert.ok(!badOp.ok && badOp.error.kind === 'invalid' && badOp.error.message.includes('$.corrections[0].op'));
    const badType = parseCuration(JSON.stringify({ version: 1, corrections: [{ seq: 1, op: 'add', text: 'X', type: 'ANIMAL' }] }));
    assert.ok(!badType.ok && badType.error.kind === 'invalid' && badType.error.message.includes('type'));
    for (const text of ['[]', '"x"', '{}', '{"version": 1}', '{"version": "1", "corrections": []}']) {
      assert.equal(parseCuration(text).ok, false, text);
    }
  });

  it('undoes the last correction', () => {
    const { curation, undone } = undoLastCorrection(sample());
    assert.equal(undone?.op, 'add');
    assert.equal(curation.corrections.length, 3);
    const next = addCorrection(curation, { op: 'retype', entity: { name: 'X' }, type: 'ORG' });
    assert.equal(next.corrections[3].seq, 4);
    assert.equal(undoLastCorrection(emptyCuration()).undone, undefined);
  });
});

describe('curation file on disk', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sa-curation-'));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('writes atomically, creating the folder', async () => {
    const file = curationPathFor(dir);
    await writeCurationFile(file, sample());
    const read = await readCurationFile(file);
    assert.ok(read.ok && read.exists);
    assert.deepEqual(read.curation, sample());
    assert.deepEqual(await fs.readdir(path.dirname(file)), ['curation.json'], 'no temporary file left behind');
  });

  it('an interrupted write leaves the previous file intact', async () => {
    const file = path.join(dir, 'curation.json');
    await writeFileAtomic(file, 'previous\n');
    const failing = { ...nodeAtomicWriteFs, rename: async () => { throw new Error('power cut'); } };
    await assert.rejects(writeFileAtomic(file, 'next\n', failing), /power cut/);
    assert.equal(await fs.readFile(file, 'utf8'), 'previous\n');
    assert.deepEqual(await fs.readdir(dir), ['curation.json']);
    const halfWritten = {
      ...nodeAtomicWriteFs,
      writeFile: async (f: string, data: string) => {
        await fs.writeFile(f, data.slice(0, 3));
        throw new Error('disk full');
      },
    };
    await assert.rejects(writeFileAtomic(file, 'next\n', halfWritten), /disk full/);
    assert.equal(await fs.readFile(file, 'utf8'), 'previous\n');
    assert.deepEqual(await fs.readdir(dir), ['curation.json']);
  });

  it('refuses to overwrite a newer or malformed file', async () => {
    const file = path.join(dir, 'curation.json');
    for (const content of [JSON.stringify({ version: 99, corrections: [] }), '{ broken']) {
      await fs.writeFile(file, content);
      const read = await readCurationFile(file);
      assert.equal(read.ok, false);
      await assert.rejects(writeCurationFile(file, sample()), /not saving over/);
      assert.equal(await fs.readFile(file, 'utf8'), content, 'left exactly as it was');
    }
  });

  it('treats a missing or empty file as no corrections', async () => {
    const missing = await readCurationFile(path.join(dir, 'none.json'));
    assert.ok(missing.ok && !missing.exists && missing.curation.corrections.length === 0);
    await fs.writeFile(path.join(dir, 'empty.json'), '');
    const empty = await readCurationFile(path.join(dir, 'empty.json'));
    assert.ok(empty.ok && empty.curation.corrections.length === 0);
  });
});
