// Transcripts (issue 10): speaker-label layouts, label mentions, and turns as quotes of their
// speaker, through the whole annotator and resolver. Names are invented.
import * as assert from 'node:assert/strict';
import { createAnnotator } from '../../src/core/annotate';
import { resolveCorpus } from '../../src/core/resolve';
import { findTranscript } from '../../src/core/transcript/layout';
import { fullName, titleCase } from '../../src/core/transcript/mentions';
import type { DetectedMention } from '../../src/core/types';

const slice = (text: string, s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);

describe('transcript layout', () => {
  it('reads every label layout, with timestamps, titles and generic labels', () => {
    const text = [
      '[00:00:05] DANIEL OKAFOR: Good evening.',
      'OKAFOR: We start now.',
      'B. SALTER, SENATOR: Thank you.',
      '10:32 Q: Where were you?',
      'A: At home.',
      'Speaker 2: Next.',
      '[NORA LINDHOLM] One more thing.',
      '(14:02:11) Ms. Ito: That is all.',
    ].join('\n');
    const { turns } = findTranscript(text);
    assert.deepEqual(turns.map((t) => [slice(text, t.name), slice(text, t.title), t.role, slice(text, t.content)]), [
      ['DANIEL OKAFOR', null, null, 'Good evening.'],
      ['OKAFOR', null, null, 'We start now.'],
      ['B. SALTER', 'SENATOR', null, 'Thank you.'],
      [null, null, 'question', 'Where were you?'],
      [null, null, 'answer', 'At home.'],
      [null, null, 'generic', 'Next.'],
      ['NORA LINDHOLM', null, null, 'One more thing.'],
      ['Ito', 'Ms', null, 'That is all.'],
    ]);
  });

  it('lets a turn run over several paragraphs until the next label', () => {
    const text = 'KIM: First part.\n\nSecond part.\nLEE: Reply.\nKIM: Again.';
    assert.deepEqual(findTranscript(text).turns.map((t) => slice(text, t.content)), ['First part.\n\nSecond part.', 'Reply.', 'Again.']);
  });

  it('finds the interview header with its title', () => {
    const text = 'INTERVIEW WITH MAYOR CLARA VOSTRIK\n\nQ: Hello?\nA: Hello.';
    const { header } = findTranscript(text);
    assert.equal(slice(text, header?.name ?? null), 'CLARA VOSTRIK');
    assert.equal(slice(text, header?.title ?? null), 'MAYOR');
  });

  it('finds the person of a header after a short label and before an apposition ("Transcript: interview with X, director, …")', () => {
    const text = 'Transcript: interview with Ilse Varga, regional director, Coastal Waters Trust\nRecorded May 6.\n\nQ: How did it start?\nA: With one well.';
    const { header } = findTranscript(text);
    assert.equal(slice(text, header?.name ?? null), 'Ilse Varga');
    assert.equal(findTranscript('Transcript: the state of the coast\n\nQ: Why?\nA: Because.').header, null, 'no interview, no header');
  });

  it('finds the person a rubric headline names ("Interview: X on …"), and only the headline\'s head is the header', () => {
    for (const [line, name] of [
      ['Interview: Ilse Varga on water, power and the coast', 'Ilse Varga'],
      ['Q&A: Tomas Brenner — why the port must change', 'Tomas Brenner'],
      ['INTERVIEW: Mayor Clara Vostrik talks flooding', 'Clara Vostrik'],
      ['Interview: Ilse Varga', 'Ilse Varga'],
    ] as const) {
      const text = `${line}\n\nQ: How did it start?\nA: With one well.`;
      const { header } = findTranscript(text);
      assert.equal(slice(text, header?.name ?? null), name, line);
      assert.ok(header && header.line.end <= header.name.end, `${line}: the rest of the headline keeps its own names`);
    }
    assert.equal(findTranscript('Interview: the state of the coast\n\nQ: Why?\nA: Because.').header, null, 'no name, no header');
  });

  it('does not take a list of headings or notes for a transcript', () => {
    assert.deepEqual(findTranscript('Old Town: narrow streets and cafes.\n\nNorth Shore: quiet beaches.\n\nHill Park: views.').turns, []);
    assert.deepEqual(findTranscript('Note: the figures are rough.\nSource: the city.').turns, []);
    assert.deepEqual(findTranscript('Lena Marsh: The View From Here\n\nA short essay.').turns, []);
  });

  it('does not take a news rubric before a headline for a speaker ("Interview: X on …")', () => {
    for (const rubric of ['Interview', 'Profile', 'Obituary', 'Analysis', 'Opinion', 'Q&A']) {
      const text = `${rubric}: Ilse Varga on water, power and the coast\n\nIlse Varga runs a trust.\n\nQ: How did it start?\nA: With one well.\nQ: And now?\nA: Forty wells.`;
      const turns = findTranscript(text).turns;
      assert.equal(turns.length, 4, `${rubric}: the Q and A turns only`);
      assert.ok(turns.every((t) => t.name === null && t.label.start > text.indexOf('\n')), `${rubric}: no turn on the headline`);
    }
  });

  it('shows capitals in title case and expands a label to the one full name that fits', () => {
    assert.equal(titleCase("DANIEL O'NEILL-BRANT"), "Daniel O'Neill-Brant");
    assert.equal(titleCase('Nora Lindholm'), 'Nora Lindholm');
    const people: DetectedMention[] = [
      { start: 0, end: 14, text: 'Bruno Hartwell', type: 'PERSON' },
      { start: 20, end: 39, text: 'Greta Lund Hartwell', type: 'PERSON' },
    ];
    assert.equal(fullName('B. Hartwell', people), 'Bruno Hartwell');
    assert.equal(fullName('G. Hartwell', people), 'Greta Lund Hartwell');
    assert.equal(fullName('Hartwell', people), 'Hartwell');
  });
});

const INTERVIEW = `INTERVIEW WITH MAYOR CLARA VOSTRIK

Recorded at the town hall on a wet Tuesday. Senator Bruno Hartwell chaired the hearing; Greta Lund Hartwell, his cousin, watched from the gallery. Gideon Achebe is the town engineer, and Wilma Strand runs the regional water board.

[00:00:05] B. HARTWELL, SENATOR: Thank you all for coming. Mayor, when did the water start rising?

Q: When did you first see the river rise?
A: On Friday night. I called the water board at once. She told me the pumps had failed, and I believed her.

Q: Who is to blame?
A: Nobody yet. I will not guess in public. The board has its own report, and we will read it together.

Q: How many homes were lost?
A: Forty, perhaps more. The east bank took the worst of it.

Q: What will the town do for the families?
A: We have opened the school gym. Every family gets a bed and a hot meal, and we will keep it open as long as it takes.

GIDEON ACHEBE: The pumps were old. I warned the council twice, in writing.
ACHEBE: We need new ones before winter, and a wall on the east bank.

Speaker 2: Thank you. Next question.

[WILMA STRAND] I can answer for the water board. We had no warning from upstream, none at all.

Q: Was the warning system tested this year?
A: It was tested in April. It worked then.

[00:41:10] B. HARTWELL: One last question for the mayor.
Q: Will you stay in office?
A: Yes. I was elected to finish this, and I will.

STRAND: May I add one thing? The board will publish its report in June.
`;

describe('transcript: a Q&A through the annotator', function () {
  this.timeout(60_000);
  const annotator = createAnnotator();
  const annotation = annotator.annotate(INTERVIEW);
  const corpus = resolveCorpus([{ id: 'interview', text: INTERVIEW, annotation }]);
  const doc = corpus.documents[0];
  const nameOf = (id: string | null) => (id === null ? null : corpus.entities.get(id)?.name ?? null);

  it('gives every turn as a quote of its speaker', () => {
    const turns = doc.quotes.filter((q) => q.kind === 'turn');
    const expected: [string, string | null][] = [
      ['Thank you all for coming.', 'Bruno Hartwell'],
      ['When did you first see', null],
      ['On Friday night.', 'Clara Vostrik'],
      ['Who is to blame?', null],
      ['Nobody yet.', 'Clara Vostrik'],
      ['How many homes', null],
      ['Forty, perhaps more.', 'Clara Vostrik'],
      ['What will the town do', null],
      ['We have opened the school gym.', 'Clara Vostrik'],
      ['The pumps were old.', 'Gideon Achebe'],
      ['We need new ones', 'Gideon Achebe'],
      ['Thank you. Next question.', null],
      ['I can answer for the water board.', 'Wilma Strand'],
      ['Was the warning system', null],
      ['It was tested in April.', 'Clara Vostrik'],
      ['One last question', 'Bruno Hartwell'],
      ['Will you stay in office?', null],
      ['Yes. I was elected', 'Clara Vostrik'],
      ['May I add one thing?', 'Wilma Strand'],
    ];
    assert.equal(turns.length, expected.length);
    turns.forEach((q, k) => {
      assert.ok(q.text.startsWith(expected[k][0]), `${q.text} / ${expected[k][0]}`);
      assert.equal(nameOf(q.speaker), expected[k][1], q.text);
      assert.equal(q.cue, 'label');
    });
  });

  it('keeps every mention’s text the exact slice of the document', () => {
    for (const m of annotation.mentions) assert.equal(INTERVIEW.slice(m.start, m.end), m.text);
  });

  it('makes no label, title or header an organization', () => {
    const orgs = doc.mentions.filter((m) => m.type === 'ORG').map((m) => m.text);
    for (const word of ['SENATOR', 'MAYOR', 'INTERVIEW', 'Q', 'A', 'Speaker', 'HARTWELL', 'ACHEBE', 'STRAND', 'VOSTRIK']) {
      assert.ok(!orgs.some((o) => o.toUpperCase().includes(word.toUpperCase()) && o.length <= word.length + 12), `${word} in ${orgs.join(', ')}`);
    }
    const labelTexts = doc.mentions.filter((m) => /^(Q|A|Speaker)$/i.test(m.text));
    assert.deepEqual(labelTexts, []);
  });

  it('shows label names in title case, linked to the full name, titles as descriptors', () => {
    const people = [...corpus.entities.values()].filter((e) => e.type === 'PERSON').map((e) => e.name).sort();
    assert.deepEqual(people, ['Bruno Hartwell', 'Clara Vostrik', 'Gideon Achebe', 'Greta Lund Hartwell', 'Wilma Strand']);
    const mayor = [...corpus.entities.values()].find((e) => e.name === 'Clara Vostrik');
    assert.ok(mayor?.descriptors.some((d) => d.toLowerCase() === 'mayor'));
    const senator = [...corpus.entities.values()].find((e) => e.name === 'Bruno Hartwell');
    assert.ok(senator?.descriptors.some((d) => d.toLowerCase() === 'senator'));
  });

  it('inside a turn, "she" is someone other than the one answering', () => {
    const told = doc.quotes.find((q) => q.kind === 'indirect' && q.text.startsWith('the pumps had failed'));
    assert.ok(told, 'reported speech found');
    assert.equal(nameOf(told.speaker), 'Wilma Strand');
  });

  it('inside a turn, "I said" is the turn’s speaker', () => {
    const text = 'HALVARD BRUN: Yesterday I said, "We will rebuild the bridge."\nINGRID SALO: I agree with that.\nHALVARD BRUN: Good.';
    const q = resolveCorpus([{ id: 't', text, annotation: annotator.annotate(text) }]);
    const direct = q.documents[0].quotes.find((x) => x.kind === 'full');
    assert.equal(direct && q.entities.get(direct.speaker ?? '')?.name, 'Halvard Brun');
  });
});

describe('transcript: labels with a determiner, a role or an honorific', function () {
  this.timeout(60_000);
  const annotator = createAnnotator();
  const run = (text: string) => {
    const annotation = annotator.annotate(text);
    const corpus = resolveCorpus([{ id: 'd', text, annotation }]);
    const doc = corpus.documents[0];
    const turns = doc.quotes.filter((q) => q.kind === 'turn').map((q) => [q.text, q.speaker === null ? null : corpus.entities.get(q.speaker)?.name ?? '?', q.speakerText]);
    const orgs = doc.mentions.filter((m) => m.type === 'ORG').map((m) => m.text);
    return { annotation, turns, orgs };
  };

  it('reads "THE ROLE:" as a label with the role and no name', () => {
    const text = 'THE PRESIDENT: We begin.\nThe Witness: I do not recall.\nTHE VICE CHAIRMAN: Noted.\nTHE PRESIDENT: Go on.';
    const { turns } = findTranscript(text);
    assert.deepEqual(turns.map((t) => [slice(text, t.name), slice(text, t.office), slice(text, t.content)]), [
      [null, 'PRESIDENT', 'We begin.'],
      [null, 'Witness', 'I do not recall.'],
      [null, 'VICE CHAIRMAN', 'Noted.'],
      [null, 'PRESIDENT', 'Go on.'],
    ]);
  });

  it('gives a "THE ROLE:" turn to the one person introduced with that role', () => {
    const { turns, orgs } = run([
      'Remarks by President Idunn Brecken and Vice President Orrin Pell at the harbour summit.',
      '',
      'THE PRESIDENT: Thank you all for coming today.',
      'THE VICE PRESIDENT: Thank you, Madam President.',
      'THE PRESIDENT: Let me add one thing about the harbour.',
    ].join('\n'));
    assert.deepEqual(turns, [
      ['Thank you all for coming today.', 'Idunn Brecken', 'Idunn Brecken'],
      ['Thank you, Madam President.', 'Orrin Pell', 'Orrin Pell'],
      ['Let me add one thing about the harbour.', 'Idunn Brecken', 'Idunn Brecken'],
    ]);
    assert.ok(!orgs.some((o) => /president/i.test(o)), orgs.join(', '));
  });

  it('keeps the label as speaker text, with no entity, when no one or several hold the role', () => {
    const { turns, orgs } = run([
      'The hearing resumed. Chairman Ambrose Caddick and Chairman Thorvald Kemble sat together.',
      '',
      'THE CHAIRMAN: Order, please.',
      'THE WITNESS: I do not recall the date.',
      'THE CHAIRMAN: Then we adjourn.',
      'The Court: So ordered.',
    ].join('\n'));
    assert.deepEqual(turns, [
      ['Order, please.', null, 'THE CHAIRMAN'],
      ['I do not recall the date.', null, 'THE WITNESS'],
      ['Then we adjourn.', null, 'THE CHAIRMAN'],
      ['So ordered.', null, 'The Court'],
    ]);
    assert.ok(!orgs.some((o) => /chairman|witness|court/i.test(o)), orgs.join(', '));
  });

  it('reads an honorific or title label as the person, linked to the one full name with that surname', () => {
    const text = [
      'Chief executive Perpetua Nwachuku met the auditor Zosia Lisowski and Judge Hallgrim Fennimore.',
      '',
      'MS. NWACHUKU: We expect growth this year.',
      'MS LISOWSKI: The accounts disagree.',
      'JUDGE FENNIMORE: Please explain.',
      'MR. CORRIGAN: I object.',
      'MS. NWACHUKU: Ten percent.',
    ].join('\n');
    const { annotation, turns, orgs } = run(text);
    assert.deepEqual(turns.map((t) => t.slice(0, 2)), [
      ['We expect growth this year.', 'Perpetua Nwachuku'],
      ['The accounts disagree.', 'Zosia Lisowski'],
      ['Please explain.', 'Hallgrim Fennimore'],
      ['I object.', 'Corrigan'],
      ['Ten percent.', 'Perpetua Nwachuku'],
    ]);
    // The title stays outside the person's span.
    const labels = annotation.mentions.filter((m) => m.evidence === 'transcript:label').map((m) => m.text);
    assert.deepEqual(labels, ['NWACHUKU', 'LISOWSKI', 'FENNIMORE', 'CORRIGAN', 'NWACHUKU']);
    assert.deepEqual(orgs, []);
  });
});
