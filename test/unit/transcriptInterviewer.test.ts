// The person asking in a Q/A transcript, named in its first lines (a first-time user's interview:
// "Interviewer: Y" under "Transcript: interview with X, …"): the Q: turns are Y's, the A: turns X's.
// Every name is invented.
import * as assert from 'node:assert/strict';
import { createAnnotator } from '../../src/core/annotate';
import { resolveCorpus } from '../../src/core/resolve';
import { findTranscript } from '../../src/core/transcript/layout';

const slice = (text: string, s: { start: number; end: number } | null | undefined) => (s ? text.slice(s.start, s.end) : null);
const QA = 'Q: How bad is the drought?\nA: The worst in forty years.\nQ: What comes next?\nA: Rationing, I am afraid.\n';

/** The turn quotes of one annotated and resolved document, each with its speaker's name (one annotator for the file). */
const annotator = createAnnotator();
function run(text: string): { text: string; speaker: string | null }[] {
  const corpus = resolveCorpus([{ id: 'iv', text, annotation: annotator.annotate(text) }]);
  const name = (id: string | null) => (id === null ? null : corpus.entities.get(id)?.name ?? null);
  return corpus.documents[0].quotes.filter((q) => q.kind === 'turn').map((q) => ({ text: q.text, speaker: name(q.speaker) }));
}

describe('transcript layout: the interviewer named in the first lines', () => {
  const cases: [string, string, string | null][] = [
    ['Interviewer: Tobias Wrenfield\n', 'Tobias Wrenfield', null],
    ['INTERVIEWER: Dr. Anneke Vos\n', 'Anneke Vos', 'Dr'],
    ['Q = Mirela Castaigne, staff writer\n', 'Mirela Castaigne', null],
    ['Questions by Oskar Lindqvist\n', 'Oskar Lindqvist', null],
    ['Asked by: Priya Ramanathan (The Weekly Ledger)\n', 'Priya Ramanathan', null],
    ['Interviewed by Halden Sorhus\n', 'Halden Sorhus', null],
    ['Interview conducted by Jun Takeda-Ross\n', 'Jun Takeda-Ross', null],
  ];
  for (const [line, name, title] of cases) {
    it(`reads "${line.trim()}"`, () => {
      const text = `Transcript: interview with Celeste Andrani, regional director\n${line}\n${QA}`;
      const layout = findTranscript(text);
      assert.equal(slice(text, layout.interviewer?.name), name);
      assert.equal(slice(text, layout.interviewer?.title), title);
      assert.equal(slice(text, layout.header?.name), 'Celeste Andrani');
      assert.equal(layout.turns.length, 4, 'the interviewer line is not a turn');
      assert.ok(layout.turns.every((t) => t.role === 'question' || t.role === 'answer'));
    });
  }

  it('reads the interviewer after another field on the same line, with the sentence\'s full stop', () => {
    for (const line of ['Recorded March 6, 2025. Interviewer: Teodora Vasquez-Lind.', 'Filed from Kestrel Bay | Questions by Oskar Lindqvist', 'Audio only — Asked by Priya Ramanathan']) {
      const text = `Interview with Celeste Andrani\n${line}\n\n${QA}`;
      const layout = findTranscript(text);
      const name = slice(text, layout.interviewer?.name);
      assert.ok(name !== null && line.includes(name) && name.split(' ').length === 2, `${line}: ${name}`);
      assert.equal(layout.turns.length, 4);
    }
  });

  it('reads a legend "A = X" as the person answering when no header names one', () => {
    const text = `Q = Mirela Castaigne\nA = Pell Odango, mayor\n\n${QA}`;
    const layout = findTranscript(text);
    assert.equal(slice(text, layout.interviewer?.name), 'Mirela Castaigne');
    assert.equal(slice(text, layout.header?.name), 'Pell Odango');
  });

  it('does not take a first turn for a legend, nor a line after the turns began', () => {
    for (const first of ['INTERVIEWER: Hello.', 'Interviewer: Okay', 'Interviewer: Thank you for coming.', 'INTERVIEWER: GOOD MORNING.', 'We met him. Asked by reporters, he smiled.']) {
      const text = `${first}\nA: Glad to be here.\n${QA}`;
      assert.equal(findTranscript(text).interviewer ?? null, null, first);
    }
    const late = `${QA}Asked by Tobias Wrenfield\n`;
    assert.equal(findTranscript(late).interviewer ?? null, null);
    assert.equal(findTranscript('Questions by the committee were many.\n').interviewer ?? null, null);
  });

  it('gives the questions to no one when the legend names two interviewers, and takes the line for no turn', () => {
    for (const line of ['Interviewers: Tobias Wrenfield, Anneke Vos', 'Interviewers: Tobias Wrenfield and Anneke Vos', 'Questions by Tobias Wrenfield & Anneke Vos', 'Interviewed by Tobias Wrenfield; Dr. Anneke Vos (The Weekly Ledger)']) {
      const text = `Interview with Celeste Andrani\n${line}\n\n${QA}`;
      const layout = findTranscript(text);
      assert.equal(layout.interviewer ?? null, null, line);
      assert.equal(layout.turns.length, 4, line);
      assert.equal(slice(text, layout.header?.name), 'Celeste Andrani');
    }
    const apposition = 'Interview with Celeste Andrani\nQ = Mirela Castaigne, Staff Writer\n\n' + QA;
    assert.equal(slice(apposition, findTranscript(apposition).interviewer?.name), 'Mirela Castaigne', 'a comma after a singular lead is an apposition');
  });

  it('reads no legend in prose: a news sentence "Asked by Y, a reporter, whether …" keeps its paragraph\'s mentions', () => {
    const text = 'The council met on Monday to weigh the new levy. Asked by Tomas Reiland, a reporter for the Brackwater Ledger, whether the Ostvik Foundation would pay for the bridge, Mayor Edda Quillane said the city would.\n\nThe vote is set for June.\n';
    assert.equal(findTranscript(text).interviewer ?? null, null);
    const texts = createAnnotator().annotate(text).mentions.map((m) => m.text);
    for (const name of ['Tomas Reiland', 'Ostvik Foundation', 'Edda Quillane']) assert.ok(texts.some((t) => t.includes(name)), `${name} in ${texts.join(', ')}`);
  });
});

describe('transcript: Q: turns go to the interviewer through the annotator', function () {
  this.timeout(60_000);

  it('under "Interviewer: Y" and "Transcript: interview with X, …"', () => {
    const turns = run(`Transcript: interview with Celeste Andrani, regional director, Larkfield Water Agency\nInterviewer: Tobias Wrenfield\nRecorded on a Tuesday\n\n${QA}`);
    assert.deepEqual(turns.map((t) => t.speaker), ['Tobias Wrenfield', 'Celeste Andrani', 'Tobias Wrenfield', 'Celeste Andrani']);
  });

  it('under "Questions by Y" and "INTERVIEW WITH MAYOR X"', () => {
    const turns = run(`INTERVIEW WITH MAYOR PELL ODANGO\nQuestions by Mirela Castaigne\n\n${QA}`);
    assert.deepEqual(turns.map((t) => t.speaker), ['Mirela Castaigne', 'Pell Odango', 'Mirela Castaigne', 'Pell Odango']);
  });

  it('"INTERVIEWER:" turns go to the named interviewer too', () => {
    const turns = run('Interview with Ilse Brandvold\nInterviewer: Ravi Kettering\n\nINTERVIEWER: Where were you born?\nBRANDVOLD: In a fishing village.\nINTERVIEWER: And then?\nBRANDVOLD: The city.\n');
    assert.deepEqual(turns.map((t) => t.speaker), ['Ravi Kettering', 'Ilse Brandvold', 'Ravi Kettering', 'Ilse Brandvold']);
  });

  it('without an interviewer line, Q: turns still have no speaker', () => {
    const turns = run(`INTERVIEW WITH MAYOR PELL ODANGO\n\n${QA}`);
    assert.deepEqual(turns.map((t) => t.speaker), [null, 'Pell Odango', null, 'Pell Odango']);
  });
});

describe('transcript: a header line naming the person answering', function () {
  this.timeout(60_000);
  const legends: [string, string][] = [
    ['Interviewee: Ysolde Marrack, founder of Pellingham Bakeries', 'Ysolde Marrack'],
    ['INTERVIEWEE: Dr. Ysolde Marrack', 'Ysolde Marrack'],
    ['Guest: Ysolde Marrack (Pellingham Bakeries)', 'Ysolde Marrack'],
    ['A = Ysolde Marrack, baker', 'Ysolde Marrack'],
  ];
  for (const [legend, answering] of legends) {
    it(`"${legend}" gives the A: turns, and the header lines are no turns`, () => {
      const text = `Kitchen talk: Oren Valdasse meets a baker\n\nInterviewer: Oren Valdasse\n${legend}\n\n${QA}`;
      const layout = findTranscript(text);
      assert.equal(slice(text, layout.header?.name), answering);
      const turns = run(text);
      assert.deepEqual(turns.map((t) => t.speaker), ['Oren Valdasse', answering, 'Oren Valdasse', answering]);
      assert.ok(turns.every((t) => !/Interview|Guest|A = /.test(t.text)), JSON.stringify(turns));
    });
  }

  it('an explicit interviewee line wins over a headline naming someone else', () => {
    const text = `Interview with Corvin Aldermoor\nInterviewee: Sabeth Quillon, his deputy\n\n${QA}`;
    assert.equal(slice(text, findTranscript(text).header?.name), 'Sabeth Quillon');
  });

  it('"INTERVIEWEE:" turns are answers, given to the interviewee named in the legend', () => {
    const text = 'Interviewer: Oren Valdasse\nInterviewee: Ysolde Marrack\n\nINTERVIEWER: When did you start?\nINTERVIEWEE: At nineteen.\nINTERVIEWER: Why bread?\nINTERVIEWEE: My grandmother.\n';
    assert.deepEqual(run(text).map((t) => t.speaker), ['Oren Valdasse', 'Ysolde Marrack', 'Oren Valdasse', 'Ysolde Marrack']);
  });

  it('a guest line that is a turn stays a turn', () => {
    const text = 'HOST: Welcome back.\nGUEST: Thanks for having me.\nHOST: Tell us more.\nGUEST: Gladly.\n';
    assert.equal(findTranscript(text).header, null);
    assert.equal(findTranscript(text).turns.length, 4);
  });
});
