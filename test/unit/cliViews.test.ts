import assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { runCli, EXIT_OK, EXIT_USAGE } from '../../src/node/cli/run';

interface Run { code: number; stdout: string; stderr: string[] }

async function cli(cwd: string, ...argv: string[]): Promise<Run> {
  let stdout = '';
  const stderr: string[] = [];
  const code = await runCli(argv, { cwd, stdout: (t) => (stdout += t), stderr: (l) => stderr.push(l) });
  return { code, stdout, stderr };
}

// Invented news items (the real engine runs on them).
const FIRST = 'Ferry strike ends\nDate: 2021-03-02\n\n"We will sail again on Monday," said Marta Olberg, the head of the Harbour Workers Union, in Port Kessel on Sunday.\n';
const SECOND = 'Ferries return\nDate: 2021-03-09\n\n"We will sail again from Monday," said Marta Olberg of the Harbour Workers Union.\n';

describe('cli: ledger and graph', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sa-views-'));
    await fs.mkdir(path.join(dir, 'news'));
    await fs.writeFile(path.join(dir, 'news', 'b-second.txt'), SECOND);
    await fs.writeFile(path.join(dir, 'news', 'a-first.txt'), FIRST);
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('ledger groups one quote from two documents, first appearance first, as JSON and CSV', async () => {
    const run = await cli(dir, 'ledger', 'Olberg', 'news');
    assert.equal(run.code, EXIT_OK, run.stderr.join('\n'));
    const ledger = JSON.parse(run.stdout);
    assert.equal(ledger.entity.name, 'Marta Olberg');
    assert.equal(ledger.entries.length, 1);
    const [entry] = ledger.entries;
    assert.deepEqual(entry.sources.map((s: { documentId: string }) => path.basename(s.documentId)), ['a-first.txt', 'b-second.txt']);
    assert.deepEqual(entry.sources.map((s: { date: { iso: string } }) => s.date.iso), ['2021-03-02', '2021-03-09']);
    assert.equal(entry.sources[0].cue, 'said');
    assert.ok(entry.sources[1].changes.some((c: { change: string; text: string }) => c.change === 'added' && c.text.trim() === 'from'));

    const csv = await cli(dir, 'ledger', 'Marta Olberg', 'news', '--format', 'csv');
    const rows = parse(csv.stdout, { columns: true }) as Record<string, string>[];
    assert.deepEqual(rows.map((r) => r.entry), ['1', '1']);
    assert.match(rows[0].citation, /^“We will sail again on Monday,” Marta Olberg said \(Ferry strike ends, 2 March 2021\)\.$/);
  });

  it('ledger says which entity it chose when a name matches several, and how to ask for another', async () => {
    await fs.writeFile(path.join(dir, 'news', 'c-third.txt'), 'Dock talks\nDate: 2021-03-10\n\n"The union is wrong," said Piet Olberg, a shipowner in Port Kessel.\n');
    const run = await cli(dir, 'ledger', 'Olberg', 'news');
    assert.equal(run.code, EXIT_OK, run.stderr.join('\n'));
    const chosen = JSON.parse(run.stdout).entity;
    const note = run.stderr.find((l) => l.includes('matches 2 entities'));
    assert.ok(note, run.stderr.join('\n'));
    assert.ok(note.includes(`this ledger is of ${chosen.name}`));
    assert.match(note, chosen.name === 'Marta Olberg' ? /Others: Piet Olberg \(/ : /Others: Marta Olberg \(/);
    const exact = await cli(dir, 'ledger', 'Piet Olberg', 'news');
    assert.equal(JSON.parse(exact.stdout).entity.name, 'Piet Olberg');
    assert.ok(!exact.stderr.some((l) => l.includes('matches')), 'a full name is not ambiguous');
  });

  it('graph --focus with a name of several entities says which one it focused on and lists the others with ids', async () => {
    await fs.writeFile(path.join(dir, 'news', 'c-third.txt'), 'Dock talks\nDate: 2021-03-10\n\n"The union is wrong," said Piet Olberg, a shipowner in Port Kessel.\n');
    const run = await cli(dir, 'graph', 'news', '--focus', 'Olberg');
    assert.equal(run.code, EXIT_OK, run.stderr.join('\n'));
    const note = run.stderr.find((l) => l.includes('matches 2 entities'));
    assert.ok(note, run.stderr.join('\n'));
    assert.match(note, /the graph is focused on Marta Olberg \(person:[^,]+, 2 mentions\)/);
    assert.match(note, /Others: Piet Olberg \(person:[^,]+, 1 mention\)/);
  });

  it('ledger reports an unknown entity and usage errors with exit status 2', async () => {
    assert.equal((await cli(dir, 'ledger', 'Nobody Atall', 'news')).code, EXIT_USAGE);
    assert.equal((await cli(dir, 'ledger', 'Olberg')).code, EXIT_USAGE);
    assert.equal((await cli(dir, 'ledger', 'Olberg', 'news', '--format', 'xml')).code, EXIT_USAGE);
    assert.equal((await cli(dir, 'graph', 'news', '--limit', 'many')).code, EXIT_USAGE);
    assert.equal((await cli(dir, 'graph', 'news', '--types', 'ANIMAL')).code, EXIT_USAGE);
  });

  it('graph links entities of one sentence with evidence that matches the text, in JSON and GraphML', async () => {
    const run = await cli(dir, 'graph', 'news', '--evidence', '5');
    assert.equal(run.code, EXIT_OK, run.stderr.join('\n'));
    const graph = JSON.parse(run.stdout);
    const id = (name: string) => graph.nodes.find((n: { name: string }) => n.name === name)?.id;
    const person = id('Marta Olberg');
    const union = id('Harbour Workers Union');
    assert.ok(person && union, `nodes: ${graph.nodes.map((n: { name: string }) => n.name).join(', ')}`);
    const edge = graph.edges.find((e: { source: string; target: string }) => [e.source, e.target].sort().join() === [person, union].sort().join());
    assert.equal(edge.sentences, 2);
    const texts = { [path.join('news', 'a-first.txt')]: FIRST, [path.join('news', 'b-second.txt')]: SECOND };
    for (const ev of edge.evidence) {
      const text = texts[ev.document];
      assert.equal(text.slice(ev.start, ev.end), ev.text);
      assert.ok(ev.text.includes(text.slice(ev.a.start, ev.a.end)) && ev.text.includes(text.slice(ev.b.start, ev.b.end)));
    }
    const xml = await cli(dir, 'graph', 'news', '--format', 'graphml', '--types', 'person,org');
    assert.match(xml.stdout, /<graphml /);
    assert.match(xml.stdout, /<data key="name">Marta Olberg<\/data>/);
    assert.doesNotMatch(xml.stdout, /Port Kessel/);
  });
});
