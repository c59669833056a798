import * as assert from 'node:assert/strict';
import { quotesIn } from './quotesKit';

describe('quotes: wire-style news attribution', () => {
  it('gives "the ministry said" to the ministry named before', () => {
    const text = 'The Ministry of Transport said in a statement that trains would run again.\n\n"Repairs were finished overnight," the ministry said.';
    const [q] = quotesIn(text, { 'Ministry of Transport': 'ORG' });
    assert.equal(q.speaker, 'Ministry of Transport');
  });

  it('gives "the company said" to the company in apposition, or else the nearest organization not told to', () => {
    const text = 'The firm, Brellow Foods, said it would appeal. "We will review our options," the company said in a statement.';
    assert.equal(quotesIn(text, { 'Brellow Foods': 'ORG' })[0].speaker, 'Brellow Foods');
    const told = 'Kestrel Mining confirmed the closure to Reuters. "The mine is no longer viable," the company said.';
    assert.equal(quotesIn(told, { 'Kestrel Mining': 'ORG', Reuters: 'ORG' })[0].speaker, 'Kestrel Mining');
  });

  it('leaves "the ministry said" unnamed when no such organization was named', () => {
    const text = 'Talks went on late. "Counting was suspended in two districts," the ministry said.';
    const [q] = quotesIn(text, { 'Northfield Bank': 'ORG' });
    assert.equal(q.speaker, null);
  });

  it('does not take the platform a post was written on for its writer', () => {
    const text = 'The chief executive wrote on Twitter: "Our customers deserve better, and we will do better."';
    const [q] = quotesIn(text, { Twitter: 'ORG' });
    assert.equal(q.kind, 'full');
    assert.equal(q.speaker, null);
  });

  it('does not take a possessor for the speaker', () => {
    const text = 'Talks resumed. Lomax\'s deputy, Ervin Palk, struck a more cautious tone: "Nothing is agreed until everything is agreed."';
    const [q] = quotesIn(text, { Lomax: 'PERSON', 'Ervin Palk': 'PERSON' });
    assert.equal(q.speaker, 'Ervin Palk');
  });

  it('takes a speaker given only by role from the next sentence that names someone saying more', () => {
    const text = 'Talks resumed.\n\n"There has been progress, but gaps remain," the foreign minister said. Vera Lindahl added that a deal was near.';
    assert.equal(quotesIn(text, { 'Vera Lindahl': 'PERSON' })[0].speaker, 'Vera Lindahl');
    const other = '"There has been progress, but gaps remain," the foreign minister said. Vera Lindahl disagreed.';
    assert.equal(quotesIn(other, { 'Vera Lindahl': 'PERSON' })[0].speaker, null);
  });

  it('resolves "she" to the woman when a man was named after her', () => {
    const text = 'Mary Tolland and Peter Grebe met investors on Wednesday.\n\n"I take full responsibility for what happened," she said.';
    assert.equal(quotesIn(text, { 'Mary Tolland': 'PERSON', 'Peter Grebe': 'PERSON' })[0].speaker, 'Mary Tolland');
    const he = 'Mary Tolland and Peter Grebe met investors on Wednesday.\n\n"We will rebuild trust step by step," he said.';
    assert.equal(quotesIn(he, { 'Mary Tolland': 'PERSON', 'Peter Grebe': 'PERSON' })[0].speaker, 'Peter Grebe');
  });

  it('knows the gender of a surname from its fuller mention or a title', () => {
    const text = 'Mary Tolland spoke after Mr. Grebe left. Later Tolland met Grebe again.\n\n"We disagree on almost everything," she said.';
    assert.equal(quotesIn(text, { 'Mary Tolland': 'PERSON', Tolland: 'PERSON', Grebe: 'PERSON' })[0].speaker, 'Tolland');
  });

  it('keeps the nearest person when names tell no gender', () => {
    const text = 'Kiran Osei met Sasha Okonjo on Monday.\n\n"The deal is done," she said.';
    assert.equal(quotesIn(text, { 'Kiran Osei': 'PERSON', 'Sasha Okonjo': 'PERSON' })[0].speaker, 'Kiran Osei');
  });

  it('gives a quote paragraph without a cue to the next paragraph opening with "she said"', () => {
    const text = 'Talks went on late.\n\nDora Quill and Ivo Brandt left first.\n\n"The public deserves to know how this money was spent."\n\nShe said the committee would call witnesses.';
    assert.equal(quotesIn(text, { 'Dora Quill': 'PERSON', 'Ivo Brandt': 'PERSON' })[0].speaker, 'Dora Quill');
  });

  it('gives a quote paragraph without a cue to the person the paragraph before reports speaking', () => {
    const text = 'Senator Dora Quill said she would open an inquiry into the contract.\n\n"The public deserves to know how this money was spent."\n\nThe vote is next week.';
    assert.equal(quotesIn(text, { 'Dora Quill': 'PERSON' })[0].speaker, 'Dora Quill');
    const noSpeech = 'Senator Dora Quill opened an inquiry into the contract.\n\n"The public deserves to know how this money was spent."\n\nThe vote is next week.';
    assert.equal(quotesIn(noSpeech, { 'Dora Quill': 'PERSON' })[0].speaker, null);
  });

  it('reads a role with a title abbreviation before the name as part of the subject', () => {
    const text = 'Scientists issued a warning.\n\n"We are running out of time," lead author Dr. Kara Yeld of the Marine Institute told the agency.';
    assert.equal(quotesIn(text, { 'Kara Yeld': 'PERSON', 'Marine Institute': 'ORG' })[0].speaker, 'Kara Yeld');
  });

  it('gives "the police chief said" to the person introduced with that role', () => {
    const text = 'Police chief Anton Vell spoke after Mia Rook left.\n\n"We used no force at all," the police chief said.';
    assert.equal(quotesIn(text, { 'Anton Vell': 'PERSON', 'Mia Rook': 'PERSON' })[0].speaker, 'Anton Vell');
    const appositive = 'Anton Vell, the regional police chief, met Mia Rook.\n\n"We used no force at all," the chief said.';
    assert.equal(quotesIn(appositive, { 'Anton Vell': 'PERSON', 'Mia Rook': 'PERSON' })[0].speaker, 'Anton Vell');
    const unknown = 'Anton Vell met Mia Rook.\n\n"We used no force at all," the police chief said.';
    assert.equal(quotesIn(unknown, { 'Anton Vell': 'PERSON', 'Mia Rook': 'PERSON' })[0].speaker, null);
  });

  it('gives "the 58-year-old said" to the person last named', () => {
    const text = 'Anton Vell said officers had shown restraint. "We used no force at all," the 58-year-old said.';
    assert.equal(quotesIn(text, { 'Anton Vell': 'PERSON' })[0].speaker, 'Anton Vell');
  });

  it('does not report a lower-case phrase set off by commas in a running sentence as speech', () => {
    assert.deepEqual(quotesIn('The campaign slogan, "we can do better", was painted on every wall.'), []);
    // "report" after a determiner is a noun, not a verb of saying that would cue the quote.
    assert.deepEqual(quotesIn('The report, "a roadmap for recovery", was published on Monday.'), []);
    const cued = quotesIn('Then, "we will not give up", Ilka Varn said, and left the room.', { 'Ilka Varn': 'PERSON' });
    assert.equal(cued.length, 1);
    assert.equal(cued[0].speaker, 'Ilka Varn');
  });

  it('does not give a cue-less quote paragraph to the possessor in "X\'s lawyer said"', () => {
    const text = 'Dora Quill\'s lawyer said she would appeal.\n\n"The verdict ignores the evidence."\n\nThe court adjourned.';
    assert.equal(quotesIn(text, { 'Dora Quill': 'PERSON' })[0].speaker, null);
  });

  it('gives a statement from an organization to that organization, not to the outlet it was told to', () => {
    const names = { 'Acme Logistics': 'ORG', CNN: 'ORG' } as const;
    const from = 'Prices rose. "Demand has never been stronger," according to a statement from Acme Logistics.';
    assert.equal(quotesIn(from, names)[0].speaker, 'Acme Logistics');
    const told = 'Prices rose. "Demand has never been stronger," the firm told CNN.';
    assert.equal(quotesIn(told, names)[0].speaker, null);
  });

  it('reads past an apposition to find the verb of a speaker named in the next sentence or paragraph', () => {
    const next = '"There has been progress," the foreign minister said. Vera Lindahl, who took office in May, added that a deal was near.';
    assert.equal(quotesIn(next, { 'Vera Lindahl': 'PERSON' })[0].speaker, 'Vera Lindahl');
    const paragraph = 'The hall was full.\n\n"We are ready for a long fight."\n\nOren Sato, 54, said the union would strike.';
    assert.equal(quotesIn(paragraph, { 'Oren Sato': 'PERSON' })[0].speaker, 'Oren Sato');
    const noVerb = 'The hall was full.\n\n"We are ready for a long fight."\n\nOren Sato, 54, left early.';
    assert.equal(quotesIn(noVerb, { 'Oren Sato': 'PERSON' })[0].speaker, null);
  });

  it('gives a passive "was told by Y:" to Y', () => {
    const text = 'Oren Sato was told by Vera Lindahl: "You have lost my vote."';
    assert.equal(quotesIn(text, { 'Oren Sato': 'PERSON', 'Vera Lindahl': 'PERSON' })[0].speaker, 'Vera Lindahl');
    const active = 'Oren Sato told Vera Lindahl: "You have lost my vote."';
    assert.equal(quotesIn(active, { 'Oren Sato': 'PERSON', 'Vera Lindahl': 'PERSON' })[0].speaker, 'Oren Sato');
  });

  it('resolves "she" to a woman named late in the sentence before when she is the subject of its verb of saying', () => {
    const text = '"Nobody asks for no checks," said Vera Lindahl.\n\nA mother of three, who gave her name only as Noor, said she had walked for days. "I do not know where we will go," she said.';
    const qs = quotesIn(text, { 'Vera Lindahl': 'PERSON', Noor: 'PERSON' });
    assert.equal(qs[1].speaker, 'Noor');
    const object = '"Nobody asks for no checks," said Vera Lindahl.\n\nAt the camp the reporter also met a mother called Noor. "We are asking for shelter," she said.';
    assert.equal(quotesIn(object, { 'Vera Lindahl': 'PERSON', Noor: 'PERSON' })[1].speaker, 'Vera Lindahl');
  });
});
