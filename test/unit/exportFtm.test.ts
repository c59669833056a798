// The FollowTheMoney export: the mapping on a small invented corpus, and the whole CLI export of the
// seeds checked against the schema definitions of ../shared/ftm (required properties, property types,
// references that resolve within their range).
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { ftmId, toFtmEntities, toFtmJsonLines, type FtmEntity } from '../../src/core/export';
import { runCli, EXIT_OK } from '../../src/node/cli/run';
import { corpusOf } from './corpusTestKit';
import { FTM_ID, ftmProblems, ftmSchemaDir, loadFtmSchemas, type FtmSchemaSet } from './ftmSchema';

const root = path.resolve(__dirname, '..', '..');

// Invented names; a name and a quote cross a CRLF line break, an emoji sits before the first name.
const A = '😀 Tova Rennick of Quillfeather Trust met Dag\r\nOsei in Marrowby. "We will sign," Rennick said. "Nobody knows," someone said.';
const B = 'Quillfeather Trust denied it. "Never," said Dag Osei.';

function corpus() {
  return corpusOf([
    { id: 'news/a.txt', text: A, names: [['Tova Rennick', 'PERSON'], ['Rennick', 'PERSON'], ['Quillfeather Trust', 'ORG'], ['Dag\r\nOsei', 'PERSON'], ['Marrowby', 'PLACE']], quotes: [{ text: '"We will sign,"', speaker: 'Rennick' }, { text: '"Nobody knows,"' }] },
    { id: 'news/b.md', text: B, names: [['Quillfeather Trust', 'ORG'], ['Dag Osei', 'PERSON']], quotes: [{ text: '"Never,"', speaker: 'Dag Osei' }] },
  ], { Rennick: 'Tova Rennick', 'Dag\r\nOsei': 'Dag Osei' });
}

let schemas: FtmSchemaSet;

function bySchema(entities: readonly FtmEntity[], schema: string): FtmEntity[] {
  return entities.filter((e) => e.schema === schema);
}

describe('FollowTheMoney export', () => {
  before(() => {
    schemas = loadFtmSchemas(ftmSchemaDir(root));
  });

  it('maps entities, documents, mentions and quotes', () => {
    const c = corpus();
    const { entities, unattributedQuotes } = toFtmEntities(c);
    assert.deepEqual(ftmProblems(entities, schemas), []);
    const person = bySchema(entities, 'Person').find((e) => e.properties.name[0] === 'Tova Rennick');
    assert.ok(person);
    assert.deepEqual(person.properties.alias, ['Rennick']);
    // The name that crossed a line break is one line, with one space.
    assert.ok(bySchema(entities, 'Person').some((e) => e.properties.name[0] === 'Dag Osei'));
    const place = bySchema(entities, 'Address')[0];
    assert.deepEqual([place.properties.name, place.properties.full], [['Marrowby'], ['Marrowby']]);
    assert.equal(bySchema(entities, 'Organization').length, 1);

    const docs = bySchema(entities, 'PlainText');
    assert.deepEqual(docs.map((d) => [d.properties.name[0], d.properties.fileName[0], d.properties.mimeType[0]]), [['news/a.txt', 'a.txt', 'text/plain'], ['news/b.md', 'b.md', 'text/markdown']]);
    assert.equal(docs[0].properties.bodyText[0], A);
    assert.deepEqual(docs[0].properties.peopleMentioned, ['Tova Rennick', 'Dag Osei']);
    assert.deepEqual(docs[0].properties.companiesMentioned, ['Quillfeather Trust']);
    assert.deepEqual(docs[0].properties.locationMentioned, ['Marrowby']);
    assert.equal(docs[1].properties.locationMentioned, undefined);

    const mentions = bySchema(entities, 'Mention');
    assert.equal(mentions.length, c.documents.reduce((n, d) => n + d.mentions.length, 0));
    const rennick = mentions.find((m) => m.properties.name[0] === 'Rennick');
    assert.deepEqual(rennick?.properties.resolved, [person.id]);
    assert.deepEqual(rennick?.properties.document, [docs[0].id]);
    // Mention.resolved ranges over LegalEntity, which an Address is not.
    const marrowby = mentions.find((m) => m.properties.name[0] === 'Marrowby');
    assert.deepEqual([marrowby?.properties.resolved, marrowby?.properties.detectedSchema], [undefined, ['Address']]);

    const quotes = bySchema(entities, 'Documentation');
    assert.deepEqual(quotes.map((q) => [q.properties.summary[0], q.properties.role[0]]), [['"We will sign,"', 'quoted'], ['"Never,"', 'quoted']]);
    assert.deepEqual(quotes[0].properties.entity, [person.id]);
    assert.equal(unattributedQuotes, 1);
  });

  it('keeps ids stable, valid and distinct, and can leave out the text', () => {
    const a = toFtmEntities(corpus()).entities;
    const b = toFtmEntities(corpus(), { bodyText: false, idPrefix: 'case7' }).entities;
    assert.deepEqual(toFtmEntities(corpus()).entities.map((e) => e.id), a.map((e) => e.id));
    assert.ok(a.every((e) => FTM_ID.test(e.id)) && b.every((e) => FTM_ID.test(e.id) && e.id.startsWith('case7-')));
    assert.equal(new Set(a.map((e) => e.id)).size, a.length);
    assert.ok(bySchema(b, 'PlainText').every((d) => d.properties.bodyText === undefined));
    assert.throws(() => toFtmEntities(corpus(), { idPrefix: 'no spaces' }), /letters and digits/);
    assert.notEqual(ftmId('sa', 'doc', 'a', 1), ftmId('sa', 'doc', 'a1'));
    const lines = toFtmJsonLines(corpus()).split('\n');
    assert.equal(lines.pop(), '');
    assert.deepEqual(lines.map((l) => JSON.parse(l) as FtmEntity), a);
    assert.equal(toFtmJsonLines({ documents: [], entities: new Map() }), '');
  });

  it('the checker finds broken references, missing required properties and undefined properties', () => {
    const entities = toFtmEntities(corpus()).entities;
    const mention = bySchema(entities, 'Mention')[0];
    const broken: FtmEntity[] = [
      ...entities.filter((e) => e !== mention),
      { ...mention, properties: { ...mention.properties, document: ['sa-doc-missing'] } },
      { id: 'x1', schema: 'Person', properties: { alias: ['No Name'] } },
      { id: 'x2', schema: 'Organization', properties: { name: ['Some Org'], peopleMentioned: ['X'] } },
      { id: 'x 3', schema: 'Documentation', properties: { document: ['x1'], entity: ['x2'] } },
    ];
    const problems = ftmProblems(broken, schemas).join('\n');
    assert.match(problems, /document refers to sa-doc-missing, which is not exported/);
    assert.match(problems, /Person x1: required property name missing/);
    assert.match(problems, /property peopleMentioned is not defined on Organization/);
    assert.match(problems, /x 3: id is not a valid FtM id/);
    assert.match(problems, /document refers to a Person, outside its range Document/);
  });

  it('the CLI export of the seeds validates against the schema', async function () {
    this.timeout(120000);
    let stdout = '';
    const stderr: string[] = [];
    const code = await runCli(['annotate', 'seeds', '--format', 'ftm'], { cwd: root, stdout: (t) => (stdout += t), stderr: (l) => stderr.push(l) });
    assert.equal(code, EXIT_OK, stderr.join('\n'));
    const entities = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as FtmEntity);
    assert.deepEqual(ftmProblems(entities, schemas), []);
    for (const schema of ['Person', 'Organization', 'Address', 'PlainText', 'Mention', 'Documentation']) {
      assert.ok(bySchema(entities, schema).length > 0, `at least one ${schema}`);
    }
    // Every document of the seeds is there, and every mention points at its document.
    const docs = bySchema(entities, 'PlainText');
    assert.equal(docs.length, 2);
    const docIds = new Set(docs.map((d) => d.id));
    assert.ok(bySchema(entities, 'Mention').every((m) => docIds.has(m.properties.document[0])));
  });
});
