// The engine builds an export's content (exportBundle) and the editor writes it; the CLI writes the
// same formats itself (writeOutput). Both must produce the same files, byte for byte.
import assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { exportBundle, type BundleFormat } from '../../src/core/export';
import { writeOutput } from '../../src/node/cli/output';
import { corpusOf } from './corpusTestKit';

const A = 'Mira Kovalenko met Tessaro Group staff in Vellmont. "We are ready," Kovalenko said. =SUM(A1)';
const B = 'Tessaro Group denied it. "Not so," said Mira Kovalenko.';
const C = 'In Vellmont, nothing.';

/** Two documents whose brat names collide on a case-insensitive disk ("Notes.txt" and "notes"), one a folder deeper. */
function corpus() {
  return corpusOf([
    { id: 'cases/Notes.txt', text: A, names: [['Mira Kovalenko', 'PERSON'], ['Tessaro Group', 'ORG'], ['Vellmont', 'PLACE'], ['Kovalenko', 'PERSON']], quotes: [{ text: '"We are ready,"', speaker: 'Kovalenko' }] },
    { id: 'cases/notes', text: B, names: [['Tessaro Group', 'ORG'], ['Mira Kovalenko', 'PERSON']], quotes: [{ text: '"Not so,"', speaker: 'Mira Kovalenko' }] },
    { id: 'cases/deep/c.md', text: C, names: [['Vellmont', 'PLACE']], quotes: [] },
  ], { Kovalenko: 'Mira Kovalenko' });
}

async function listFiles(dir: string, prefix = ''): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) for (const [k, v] of await listFiles(path.join(dir, entry.name), rel)) out.set(k, v);
    else out.set(rel, await fs.readFile(path.join(dir, entry.name), 'utf8'));
  }
  return out;
}

describe('export content built for the editor (exportBundle)', () => {
  let root: string;
  before(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'bundle-'));
  });
  after(async () => {
    await fs.rm(root, { recursive: true, force: true });
  });

  for (const format of ['json', 'csv', 'brat', 'w3c', 'ftm'] as BundleFormat[]) {
    it(`${format}: the same files as the CLI writes`, async () => {
      const c = corpus();
      const base = path.join(root, 'workspace');
      const documents = c.documents.map((d) => ({ id: d.id, absolute: path.join(base, ...d.id.split('/')), text: d.text }));
      const out = path.join(root, `cli-${format}`);
      const single = format === 'json' || format === 'w3c' || format === 'ftm';
      const notesCli: string[] = [];
      await writeOutput(c, documents, { format, out: single ? `${out}.out` : out, cwd: root, stdout: () => undefined, csv: { escapeFormulas: true }, note: (m) => notesCli.push(m) });
      const absoluteOf = new Map(documents.map((d) => [d.id, d.absolute]));
      const bundle = exportBundle(c, format, { escapeFormulas: true, source: (id) => pathToFileURL(absoluteOf.get(id) ?? id).href });
      if (single) {
        assert.equal(bundle.kind, 'file');
        assert.equal(bundle.kind === 'file' && bundle.data, await fs.readFile(`${out}.out`, 'utf8'));
      } else {
        assert.equal(bundle.kind, 'folder');
        if (bundle.kind !== 'folder') return;
        const fromCli = await listFiles(out);
        assert.deepEqual(new Map(bundle.files.map((f) => [f.name, f.data])), fromCli);
        assert.deepEqual(bundle.notes, notesCli);
      }
    });
  }

  it('brat: names that collide on a case-insensitive disk get ~2, and a deeper document keeps its folder', () => {
    const bundle = exportBundle(corpus(), 'brat');
    assert.equal(bundle.kind, 'folder');
    const names = bundle.kind === 'folder' ? bundle.files.map((f) => f.name).sort() : [];
    assert.deepEqual(names, ['Notes.ann', 'Notes.txt', 'annotation.conf', 'deep/c.md.ann', 'deep/c.md.txt', 'notes~2.ann', 'notes~2.txt'].sort());
    assert.equal(bundle.kind === 'folder' && bundle.notes.length, 1);
  });

  it('csv: formula escaping only when asked', () => {
    const cell = (escape: boolean) => {
      const b = exportBundle(corpusOf([{ id: 'x.txt', text: '=Nordhaven Trust said hello.', names: [['=Nordhaven Trust', 'ORG']], quotes: [] }]), 'csv', { escapeFormulas: escape });
      return b.kind === 'folder' ? b.files.find((f) => f.name === 'entities.csv')?.data ?? '' : '';
    };
    assert.match(cell(false), /,=Nordhaven Trust,/);
    assert.doesNotMatch(cell(true), /,=Nordhaven Trust,/);
  });
});
