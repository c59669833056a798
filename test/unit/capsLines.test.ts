// A line written in capitals inside a longer document (a headline, a section heading, a caption) keeps
// its names' types and exact spans (issue 9: "A whole-caps line keeps its types"). The tagger runs such
// a line, which has no full stop, into the sentence after it; the line is judged on its own. Invented
// names; lines of prose long enough not to read as a text wrapped at a fixed width.
import * as assert from 'node:assert/strict';
import { createAnnotator } from '../../src/core/annotate';

describe('whole-caps lines inside a document (invented names)', function () {
  this.timeout(30000);
  const annotator = createAnnotator();
  const BEFORE = 'The committee met on Tuesday morning to review the spending plans for the coming financial year.';
  const AFTER = 'Officials said the decision would be reviewed again in the spring, once the new figures were in.';
  const found = (text: string) => annotator.annotate(text).mentions.map((m) => `${m.type}:${text.slice(m.start, m.end)}`);
  const line = (caps: string, where: 'start' | 'middle' | 'end', eol = '\n') =>
    where === 'start' ? `${caps}${eol}${BEFORE}${eol}${AFTER}${eol}` : where === 'middle' ? `${BEFORE}${eol}${caps}${eol}${AFTER}${eol}` : `${BEFORE}${eol}${AFTER}${eol}${caps}${eol}`;

  const cases: ReadonlyArray<readonly [string, readonly string[]]> = [
    ['ROSALIND QUARRIE SPOKE', ['PERSON:ROSALIND QUARRIE']],
    ['INGRID LINDQVIST SPOKE AT THE RALLY', ['PERSON:INGRID LINDQVIST']],
    ['DESMOND ACHTERBERG TO LEAD PANEL', ['PERSON:DESMOND ACHTERBERG']],
    ['BANK OF ENGLAND RAISES RATES', ['ORG:BANK OF ENGLAND']],
    ['ASIAN DEVELOPMENT BANK WARNS OF FAMINE', ['ORG:ASIAN DEVELOPMENT BANK']],
    ['MINISTRY OF DEFENCE DENIES REPORT', ['ORG:MINISTRY OF DEFENCE']],
    ['COMMISSION FOR FAIR TRADE FINES GROCERS', ['ORG:COMMISSION FOR FAIR TRADE']],
    ['FLOODS HIT LAGOS', ['PLACE:LAGOS']],
    ['REACTION FROM BRUSSELS', ['PLACE:BRUSSELS']],
  ];
  for (const [caps, expected] of cases) {
    for (const where of ['start', 'middle', 'end'] as const) {
      for (const eol of ['\n', '\r\n']) {
        it(`"${caps}" at the ${where} of a document${eol === '\r\n' ? ' (CRLF)' : ''} gives ${expected.join(', ')}`, () => {
          assert.deepEqual(found(line(caps, where, eol)), expected);
        });
      }
    }
  }

  it('a section heading in capitals between paragraphs names no one, and the names of the paragraphs keep their spans', () => {
    const text = `${BEFORE}\n\nEARLY LIFE\n\nHer father, Tobin Ashgrove, worked at the docks for thirty years before the strike.\n\nCAREER IN LISBON\n\n${AFTER}\n`;
    assert.deepEqual(found(text), ['PERSON:Tobin Ashgrove', 'PLACE:LISBON']);
  });

  it('two people and a place in one headline line are three mentions, the verbs left out', () => {
    const text = `${BEFORE}\nROSALIND QUARRIE AND INGRID LINDQVIST WED IN OSLO\n${AFTER}\n`;
    assert.deepEqual(found(text), ['PERSON:ROSALIND QUARRIE', 'PERSON:INGRID LINDQVIST', 'PLACE:OSLO']);
  });

  it('an acronym the document writes in capitals elsewhere keeps its type in a caps line', () => {
    const text = `${BEFORE}\nASEAN ALLIES MEET IN OSLO\nASEAN officials said the talks would go on until the spring.\n`;
    assert.deepEqual(found(text), ['ORG:ASEAN', 'PLACE:OSLO', 'ORG:ASEAN']);
    const crlf = `WFP APPEALS FOR FUNDS\r\n${BEFORE}\r\nThe WFP said its stores in the north were nearly empty.\r\n`;
    assert.deepEqual(found(crlf), ['ORG:WFP', 'ORG:WFP']);
  });

  it('a verb before a head noun ends the body\'s name ("RAIN HITS … UNION")', () => {
    const text = `${BEFORE}\nSTRIKE THREATENS MARITIME UNION TALKS IN ACCRA\n${AFTER}\n`;
    const got = found(text);
    assert.ok(!got.some((m) => /THREATENS|STRIKE/.test(m)), JSON.stringify(got));
    assert.ok(got.includes('PLACE:ACCRA'), JSON.stringify(got));
  });
});
