import * as assert from 'node:assert/strict';
import { createAnnotator } from '../../src/core/annotate';
import type { DocumentAnnotation, EntityType } from '../../src/core/types';

describe('mentions: behaviour', function () {
  this.timeout(30000);
  const annotator = createAnnotator();
  const run = (text: string) => annotator.annotate(text);
  const found = (a: DocumentAnnotation) => a.mentions.map((m) => `${m.type}:${m.text}`);
  const has = (text: string, name: string, type: EntityType) => {
    const a = run(text);
    assert.ok(found(a).includes(`${type}:${name}`), `expected ${type}:${name} in ${JSON.stringify(found(a))}`);
    return a;
  };
  const lacks = (text: string, name: string) => {
    const a = run(text);
    assert.ok(!a.mentions.some((m) => m.text === name), `did not expect ${name} in ${JSON.stringify(found(a))}`);
  };

  it('cuts titles off the name and keeps them as descriptors', () => {
    const a = has('On Monday Ambassador Laura Whitfield met the press.', 'Laura Whitfield', 'PERSON');
    lacks('On Monday Ambassador Laura Whitfield met the press.', 'Ambassador Laura Whitfield');
    assert.deepEqual(a.mentions.find((m) => m.text === 'Laura Whitfield')?.descriptors, ['Ambassador']);
    has('The bill was backed by Rep. Tom Okafor, who spoke first.', 'Tom Okafor', 'PERSON');
    const b = has('It was Deputy Secretary of State Helen Marsh who answered.', 'Helen Marsh', 'PERSON');
    assert.ok(b.mentions.find((m) => m.text === 'Helen Marsh')?.descriptors?.includes('Deputy Secretary of State'));
  });

  it('a title implies a person even for a name it does not know, or a surname that is a word', () => {
    has('Yesterday Senator Qwertz answered questions.', 'Qwertz', 'PERSON');
    has('Later President Brown answered questions.', 'Brown', 'PERSON');
    lacks('He welcomed the Chief Guest and the Professor of Intellectual Property.', 'Guest');
    lacks('He welcomed the Chief Guest and the Professor of Intellectual Property.', 'Property');
  });

  it('keeps the place before a title as its own mention', () => {
    const a = run('Former Ohio Governor Dale Brenner spoke.');
    assert.ok(found(a).includes('PLACE:Ohio'), JSON.stringify(found(a)));
    assert.ok(found(a).includes('PERSON:Dale Brenner'), JSON.stringify(found(a)));
  });

  it('lower-case roles before a name imply a person and become descriptors', () => {
    const a = has('"We are ready," said spokesman Arlo Venn.', 'Arlo Venn', 'PERSON');
    assert.ok(a.mentions.find((m) => m.text === 'Arlo Venn')?.descriptors?.some((d) => d.includes('spokesman')));
  });

  it('keeps an apposition as a descriptor', () => {
    const a = run('Mara Lindqvist, the head of the Regional Water Agency, said the dam was safe.');
    const m = a.mentions.find((x) => x.text === 'Mara Lindqvist');
    assert.ok(m?.descriptors?.includes('the head of the Regional Water Agency'), JSON.stringify(m));
  });

  it('excludes determiners and possessive endings from spans', () => {
    const a = has('The United Nations said the plan of the State Department failed.', 'United Nations', 'ORG');
    assert.ok(found(a).includes('ORG:State Department'));
    assert.ok(!a.mentions.some((m) => /^the /i.test(m.text)));
    const b = has('He read Ferris Oduya’s report in Kenya’s capital.', 'Ferris Oduya', 'PERSON');
    assert.ok(found(b).includes('PLACE:Kenya'), JSON.stringify(found(b)));
    assert.ok(!b.mentions.some((m) => /['’]s$/.test(m.text)));
  });

  it('does not start a name with a sentence-initial function word', () => {
    lacks('According to officials, nothing changed.', 'According');
    lacks('Warning that prices rise, the bank acted.', 'Warning');
    has('According to Nadia Petrov, nothing changed.', 'Nadia Petrov', 'PERSON');
  });

  it('nationality adjectives and languages are not mentions', () => {
    for (const w of ['Iranian', 'French', 'Brazilian']) lacks(`The ${w} delegation arrived late.`, w);
    lacks('Most Iraqis voted.', 'Iraqis');
    has('Iraqi Prime Minister Samir Dawood arrived.', 'Samir Dawood', 'PERSON');
    lacks('Iraqi Prime Minister Samir Dawood arrived.', 'Iraqi');
  });

  it('types places from gazetteers and cue words', () => {
    has('Flooding hit Brazil and parts of Texas.', 'Brazil', 'PLACE');
    has('Flooding hit Brazil and parts of Texas.', 'Texas', 'PLACE');
    has('Troops moved along the Kessler River toward the border.', 'Kessler River', 'PLACE');
    has('Residents of Zarovia Province fled.', 'Zarovia Province', 'PLACE');
    has('Supplies reached Camp Horizon by truck.', 'Camp Horizon', 'PLACE');
  });

  it('types organizations from head words and joins "of" only after them', () => {
    has('The Ministry of Foreign Affairs issued a note.', 'Ministry of Foreign Affairs', 'ORG');
    has('She studied at the University of Toronto.', 'University of Toronto', 'ORG');
    has('Officials of the Department of Health and Human Services met.', 'Department of Health and Human Services', 'ORG');
    const a = run('Talks between Canada and Mexico resumed.');
    assert.ok(found(a).includes('PLACE:Canada') && found(a).includes('PLACE:Mexico'), JSON.stringify(found(a)));
  });

  it('splits a place glued to a person', () => {
    const a = run('Delegates from the United States Walter Hensley and others left.');
    assert.ok(found(a).includes('PLACE:United States'), JSON.stringify(found(a)));
    assert.ok(found(a).includes('PERSON:Walter Hensley'), JSON.stringify(found(a)));
  });

  it('a surname alone inherits the type of the full name; one type per string', () => {
    const a = run('Officials praised Jonas Whitcombe on Monday. Later, Whitcombe said the talks had failed. Whitcombe left.');
    const w = a.mentions.filter((m) => m.text === 'Whitcombe');
    assert.equal(w.length, 2);
    assert.ok(w.every((m) => m.type === 'PERSON'));
  });

  it('fills acronym definitions and gives the acronym the expansion\'s type', () => {
    const a = run('The Coastal Fisheries Authority (CFA) fined three boats. The CFA said more fines would follow.');
    assert.deepEqual(a.definitions, [{ short: 'CFA', long: 'Coastal Fisheries Authority' }]);
    assert.ok(a.mentions.filter((m) => m.text === 'CFA').every((m) => m.type === 'ORG'));
    const b = run('The group, known as the Brothers Zenda Front (BZF), is banned. BZF denies it.');
    assert.ok(b.definitions.some((d) => d.short === 'BZF'), JSON.stringify(b.definitions));
    const c = run('Fighters of the Kharun e-Dalil (KED) left. KED members stayed.');
    assert.ok(c.mentions.filter((m) => m.text === 'KED').every((m) => m.type === 'ORG'), JSON.stringify(found(c)));
    assert.ok(found(c).includes('ORG:Kharun e-Dalil'), JSON.stringify(found(c)));
  });

  it('reads "ACR (Long Name)" definitions too, and organization nouns after a name', () => {
    const a = run('Inspectors of the IAEA (International Atomic Energy Agency) arrived. The IAEA said more.');
    assert.deepEqual(a.definitions, [{ short: 'IAEA', long: 'International Atomic Energy Agency' }]);
    assert.ok(a.mentions.filter((m) => m.text === 'IAEA').length === 2 && a.mentions.every((m) => m.type === 'ORG'), JSON.stringify(found(a)));
    has('Fighters of the Islamic State group fled.', 'Islamic State', 'ORG');
  });

  it('handles CRLF text with exact offsets', () => {
    const text = 'Talks in Brazil.\r\n\r\nLater Dr. Ines Falk arrived in Peru.\r\n';
    const a = run(text);
    for (const m of a.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    assert.ok(found(a).includes('PLACE:Brazil') && found(a).includes('PLACE:Peru') && found(a).includes('PERSON:Ines Falk'), JSON.stringify(found(a)));
  });

  it('re-cases words in sentences written in capitals', () => {
    const a = run('LETTER FROM JOHN MARTIN IN CANADA TO THE COMMITTEE');
    assert.ok(found(a).includes('PLACE:CANADA'), JSON.stringify(found(a)));
    assert.ok(found(a).includes('PERSON:JOHN MARTIN'), JSON.stringify(found(a)));
  });

  it('does not report lone capitalized dictionary words', () => {
    lacks('We must defend the Constitution and honor our Founders.', 'Constitution');
    lacks('We must defend the Constitution and honor our Founders.', 'Founders');
  });

  it('common abbreviations, residents and lone letters are not mentions', () => {
    lacks('The CEO said GDP grew while NGOs waited.', 'CEO');
    lacks('The CEO said GDP grew while NGOs waited.', 'GDP');
    lacks('The CEO said GDP grew while NGOs waited.', 'NGOs');
    lacks('Many Chicagoans and Londoners voted.', 'Chicagoans');
    lacks('Many Chicagoans and Londoners voted.', 'Londoners');
  });

  it('reads datelines, initials and a title word after a first name', () => {
    has('WASHINGTON (Reuters) - Markets rose on Monday.', 'WASHINGTON', 'PLACE');
    has('The novel by J.R.R. Tolkien sold well.', 'J.R.R. Tolkien', 'PERSON');
    has('A speech by Martin Luther King Jr. was read.', 'Martin Luther King Jr.', 'PERSON');
    has('The Board met in North Dakota.', 'North Dakota', 'PLACE');
  });

  it('a title with an object names the object separately', () => {
    const a = run('He met the President of the United States yesterday.');
    assert.ok(found(a).includes('PLACE:United States'), JSON.stringify(found(a)));
    assert.ok(!a.mentions.some((m) => m.type === 'PERSON'), JSON.stringify(found(a)));
  });
});
