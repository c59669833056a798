import * as assert from 'node:assert/strict';
import { splitParagraphs } from '../../src/core/nlp';
import { findQuotes } from '../../src/core/quotes';
import type { DetectedMention } from '../../src/core/types';
import { quotesIn } from './quotesKit';

describe('quotes: marks and spans', () => {
  it('pairs straight double quotes and reports the span from mark to mark', () => {
    const text = 'Officials met on Monday. "We will rebuild the bridge by spring," Maria Lopez said.';
    const [q] = quotesIn(text, { 'Maria Lopez': 'PERSON' });
    assert.equal(q.quote, '"We will rebuild the bridge by spring,"');
    assert.equal(q.kind, 'full');
    assert.equal(q.speaker, 'Maria Lopez');
  });

  it('pairs curly quotes by direction even around apostrophes', () => {
    const text = '“It’s the town’s last chance to keep the school open,” said Peter Olsen.';
    const qs = quotesIn(text, { 'Peter Olsen': 'PERSON' });
    assert.equal(qs.length, 1);
    assert.equal(qs[0].quote, '“It’s the town’s last chance to keep the school open,”');
    assert.equal(qs[0].speaker, 'Peter Olsen');
  });

  it('keeps one quote over several paragraphs when the next paragraph reopens it', () => {
    const text = 'Anna Berg spoke first.\n\n"We came here with nothing. We built the farms ourselves.\n\n"Now they want us to leave," she said.\n\nThe meeting ended.';
    const qs = quotesIn(text, { 'Anna Berg': 'PERSON' });
    assert.equal(qs.length, 1);
    assert.ok(qs[0].quote.startsWith('"We came here'));
    assert.ok(qs[0].quote.endsWith('leave,"'));
    assert.equal(qs[0].speaker, 'Anna Berg');
  });

  it('treats single quotes inside a double quote as part of it', () => {
    const text = '"He told me \'never again\' and walked out of the room," Ann Bell said.';
    const qs = quotesIn(text, { 'Ann Bell': 'PERSON' });
    assert.equal(qs.length, 1);
    assert.equal(qs[0].speaker, 'Ann Bell');
  });

  it('reports single-quoted speech outside double quotes', () => {
    const text = 'As his sister Lena Holm said, ‘We will not give up on him.’';
    const qs = quotesIn(text, { 'Lena Holm': 'PERSON' });
    assert.equal(qs.length, 1);
    assert.equal(qs[0].quote, '‘We will not give up on him.’');
    assert.equal(qs[0].speaker, 'Lena Holm');
  });

  it('reports a single-quoted passage enclosing a double quote once, with its speaker', () => {
    const qs = quotesIn('‘He said "never again, not ever" to me twice,’ said Ruth Ames.', { 'Ruth Ames': 'PERSON' });
    assert.equal(qs.length, 1);
    assert.equal(qs[0].speaker, 'Ruth Ames');
  });

  it('ignores a stray closing mark', () => {
    const text = '"The vote is final," said Omar Haddad."" Nothing else was said.';
    const qs = quotesIn(text, { 'Omar Haddad': 'PERSON' });
    assert.equal(qs.length, 1);
    assert.equal(qs[0].speaker, 'Omar Haddad');
  });
});

describe('quotes: speech or not', () => {
  it('does not report scare quotes around a word', () => {
    assert.deepEqual(quotesIn('The group wants its members treated as "refugees" by the agency.'), []);
  });

  it('does not report titles of works', () => {
    assert.deepEqual(quotesIn('She reread "The Old Man and the Sea" on the train.'), []);
    assert.deepEqual(quotesIn('“Frozen Peas on a Plate” by Jan Kowalski is licensed under CC BY.', { 'Jan Kowalski': 'PERSON' }), []);
  });

  it('reports a few quoted words inside the writer’s sentence as a fragment with its speaker', () => {
    const text = 'Karl Weber said the offer was "not good enough for our members" and left.';
    const [q] = quotesIn(text, { 'Karl Weber': 'PERSON' });
    assert.equal(q.kind, 'fragment');
    assert.equal(q.speaker, 'Karl Weber');
  });

  it('drops a quoted phrase nobody is said to have said', () => {
    assert.deepEqual(quotesIn('The response is known as the "fight or flight" reaction in most animals.'), []);
  });
});

describe('quotes: speakers', () => {
  it('finds the speaker after the verb: said spokesman X', () => {
    const text = '"Talks are going on with the residents," said spokesman David Chen.';
    assert.equal(quotesIn(text, { 'David Chen': 'PERSON' })[0].speaker, 'David Chen');
  });

  it('reads past a title’s full stop after the verb: said Sen. X', () => {
    const text = '"This bill is a disaster," said Sen. Tom Vance of Iowa, the minority whip.';
    assert.equal(quotesIn(text, { 'Tom Vance': 'PERSON', Iowa: 'PLACE' })[0].speaker, 'Tom Vance');
  });

  it('takes the subject of a long sentence when a verb follows the name', () => {
    const text = '"We will win," Ada Brun said.\n\nIn an interview with the Daily Courier, Vance said the talks had collapsed. He added: "There is nothing left to negotiate."';
    const qs = quotesIn(text, { 'Ada Brun': 'PERSON', Vance: 'PERSON', 'Daily Courier': 'ORG' });
    assert.deepEqual(qs.map((q) => q.speaker), ['Ada Brun', 'Vance']);
  });

  it('resolves a pronoun to the person named before', () => {
    const text = 'Rosa Diaz runs the clinic. "We have no more beds," she said.';
    assert.equal(quotesIn(text, { 'Rosa Diaz': 'PERSON' })[0].speaker, 'Rosa Diaz');
  });

  it('reads lower-case role words before the name after a quote', () => {
    const text = '"This is the worst flood in a century," regional president Paolo Verdi told reporters.';
    assert.equal(quotesIn(text, { 'Paolo Verdi': 'PERSON' })[0].speaker, 'Paolo Verdi');
  });

  it('gives a pronoun to the subject of the sentence before, not to the earlier speaker', () => {
    const text = '"We need help now," Paolo Verdi said.\n\nCivil protection minister Rita Conti said the army was deployed. "We are doing everything possible," she said.';
    const qs = quotesIn(text, { 'Paolo Verdi': 'PERSON', 'Rita Conti': 'PERSON' });
    assert.deepEqual(qs.map((q) => q.speaker), ['Paolo Verdi', 'Rita Conti']);
  });

  it('keeps the earlier speaker when the person named since is only an object', () => {
    const text = '"The camp must close," Jan Kowal said.\n\nIn the capital, officials told the envoy that Kowal had met with Deputy Minister Ana Ruiz last week. "We will find a solution," he said.';
    const qs = quotesIn(text, { 'Jan Kowal': 'PERSON', Kowal: 'PERSON', 'Ana Ruiz': 'PERSON' });
    assert.deepEqual(qs.map((q) => q.speaker), ['Jan Kowal', 'Kowal']);
  });

  it('never takes a name inside the quote for the pronoun’s antecedent', () => {
    const text = 'Ann Bell visited the site. "I met John Smith there and he agreed with us," she said.';
    assert.equal(quotesIn(text, { 'Ann Bell': 'PERSON', 'John Smith': 'PERSON' })[0].speaker, 'Ann Bell');
  });

  it('reads according to X after and before the quote', () => {
    const after = '"Prices will keep rising this winter," according to Lisa Moreau.';
    assert.equal(quotesIn(after, { 'Lisa Moreau': 'PERSON' })[0].speaker, 'Lisa Moreau');
    const before = 'According to Lisa Moreau, "prices will keep rising this winter."';
    assert.equal(quotesIn(before, { 'Lisa Moreau': 'PERSON' })[0].speaker, 'Lisa Moreau');
  });

  it('prefers the person of an apposition over the organization in it', () => {
    const text = '"We disagree with the ruling," Tom Hart, the head of the Farmers Union, told reporters.';
    assert.equal(quotesIn(text, { 'Tom Hart': 'PERSON', 'Farmers Union': 'ORG' })[0].speaker, 'Tom Hart');
  });

  it('takes the speaker from a colon introduction', () => {
    const text = 'Minister Ewa Nowak told parliament: "The budget is balanced for the first time."';
    assert.equal(quotesIn(text, { 'Ewa Nowak': 'PERSON' })[0].speaker, 'Ewa Nowak');
  });

  it('gives a continuing quote the speaker of the one before it', () => {
    const text = '"The first phase is done," Jonas Berg said. "The second phase starts in May."\n\n"After that we will see."\n\nThe council did not comment.';
    const qs = quotesIn(text, { 'Jonas Berg': 'PERSON' });
    assert.equal(qs.length, 3);
    assert.deepEqual(qs.map((q) => q.speaker), ['Jonas Berg', 'Jonas Berg', 'Jonas Berg']);
  });

  it('gives an uncued quote the speaker of the next quote in its paragraph', () => {
    const text = 'Mia Park and Leo Grant spoke. "We tried everything." "Nothing worked," Leo Grant said.';
    const qs = quotesIn(text, { 'Mia Park': 'PERSON', 'Leo Grant': 'PERSON' });
    assert.deepEqual(qs.map((q) => q.speaker), ['Leo Grant', 'Leo Grant']);
  });

  it('does not read the next clause as the attribution', () => {
    const text = 'When he said, "Her name means something," and that, as his daughter, Gia Lund, said, "Papa changed the world," it was clear. Ben Lund spoke first.';
    const qs = quotesIn(text, { 'Gia Lund': 'PERSON', 'Ben Lund': 'PERSON' });
    assert.notEqual(qs[0].speaker, 'Gia Lund');
    assert.equal(qs[1].speaker, 'Gia Lund');
  });

  it('takes the person of the sentence before a cue-less quote that opens its own sentence', () => {
    const text = 'Nora Quist was blunt about the delay. "Nobody told us anything for six months."';
    assert.equal(quotesIn(text, { 'Nora Quist': 'PERSON' })[0].speaker, 'Nora Quist');
  });

  it('takes a name signed after a dash', () => {
    const text = 'Letters\n\n"The new bridge has ruined our street."\n— Edith Marsh, Leeds';
    const qs = quotesIn(text, { 'Edith Marsh': 'PERSON', Leeds: 'PLACE' });
    assert.equal(qs[0]?.speaker, 'Edith Marsh');
  });

  it('lets an organization speak when no person does', () => {
    const text = '"The embassy remains open," the State Ministry said on Sunday.';
    assert.equal(quotesIn(text, { 'State Ministry': 'ORG' })[0].speaker, 'State Ministry');
  });
});

describe('quotes: bad input', () => {
  it('returns nothing for empty text and survives mentions outside the text', () => {
    assert.deepEqual(findQuotes({ text: '', tokens: [], sentences: [], paragraphs: [] }, []), []);
    const text = '"Fine," he said.';
    const qs = findQuotes({ text, tokens: [], sentences: [], paragraphs: splitParagraphs(text) }, [
      { start: 40, end: 50, text: 'Nobody Here', type: 'PERSON' },
      { start: 5, end: 2, text: 'x', type: 'ORG' },
    ]);
    assert.ok(qs.every((q) => q.speakerMention === null));
    const garbage = [null, { start: 0, end: 4, text: 5, type: 'PERSON' }] as unknown as DetectedMention[];
    assert.doesNotThrow(() => findQuotes({ text, tokens: [], sentences: [], paragraphs: splitParagraphs(text) }, garbage));
  });

  it('handles unbalanced marks without running away', () => {
    const text = 'He wrote "open but never closed and then\n\nA new paragraph without marks. Another "one" here.';
    const qs = quotesIn(text);
    for (const q of qs) assert.ok(!q.quote.includes('\n\n'));
  });
});
