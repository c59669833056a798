// Attribution of quotes (issue 10): verbs of saying as an open class, binding order, places as
// speakers, fragments, first person and reported speech. Names are invented.
import * as assert from 'node:assert/strict';
import { commonSpeechVerbs, isMannerOfSpeaking, isSpeechVerb, reportingVerbForms, speechVerbLemma, weakSpeechVerbs } from '../../src/core/lexicon/speechVerbs';
import { SPEECH_VERBS, WEAK_SPEECH_VERBS } from '../../src/core/quotes/lexicon';
import { splitParagraphs } from '../../src/core/nlp';
import { findQuotes } from '../../src/core/quotes';
import type { DetectedQuote, EntityType } from '../../src/core/types';
import { growthRatio } from './growth';
import { allQuotesIn, mentionsOf, quotesIn } from './quotesKit';

const speakers = (text: string, names: Readonly<Record<string, EntityType>>) => quotesIn(text, names).map((q) => q.speaker);

describe('speech verbs lexicon (WordNet)', () => {
  it('knows manner-of-speaking and communication verbs in every inflection', () => {
    for (const w of ['snapped', 'grumbled', 'sighed', 'murmured', 'scoffed', 'laughed', 'insisted', 'conceded', 'chortles', 'retorting', 'whispered', 'sobbed']) {
      assert.ok(isSpeechVerb(w), w);
    }
    assert.equal(speechVerbLemma('told'), 'tell');
    assert.equal(speechVerbLemma('Snapped'), 'snap');
    assert.ok(isMannerOfSpeaking('giggled'));
    assert.ok(!isMannerOfSpeaking('said'));
  });

  it('leaves out auxiliaries and verbs whose saying sense is rare', () => {
    for (const w of ['will', 'had', 'let', 'made', 'give', 'carried', 'table', 'the', 'walked']) assert.ok(!isSpeechVerb(w), w);
  });
});

describe('quotes: verbs of saying as an open class', () => {
  it('attributes after the quote, inverted or not', () => {
    assert.deepEqual(speakers('“We are done,” snapped Orla Fenwick.', { 'Orla Fenwick': 'PERSON' }), ['Orla Fenwick']);
    assert.deepEqual(speakers('“Not again,” Bram Oduya grumbled.', { 'Bram Oduya': 'PERSON' }), ['Bram Oduya']);
    assert.deepEqual(speakers('“That was the deal!” scoffed Ilse Marron.', { 'Ilse Marron': 'PERSON' }), ['Ilse Marron']);
    assert.deepEqual(speakers('“Fine, you win,” conceded the lawyer, Teo Vasquez-Lind.', { 'Teo Vasquez-Lind': 'PERSON' }), ['Teo Vasquez-Lind']);
    assert.deepEqual(speakers('“Who knows?” Wren Halloway laughed.', { 'Wren Halloway': 'PERSON' }), ['Wren Halloway']);
  });

  it('attributes before the quote: Name VERB, “…” and Name VERB: “…”', () => {
    assert.deepEqual(speakers('Kofi Amundsen sighed, “It is over.”', { 'Kofi Amundsen': 'PERSON' }), ['Kofi Amundsen']);
    assert.deepEqual(speakers('Mira Szabo murmured: “Keep walking.”', { 'Mira Szabo': 'PERSON' }), ['Mira Szabo']);
    assert.deepEqual(speakers('According to Pell Garrity, “the pumps failed at noon.”', { 'Pell Garrity': 'PERSON' }), ['Pell Garrity']);
  });

  it('records the cue as written', () => {
    const q = allQuotesIn('“We are done,” snapped Orla Fenwick.', { 'Orla Fenwick': 'PERSON' });
    assert.equal(q[0].cue, 'snapped');
    assert.equal(allQuotesIn('According to Pell Garrity, “the pumps failed at noon.”', { 'Pell Garrity': 'PERSON' })[0].cue, 'according to');
  });

  it('does not take an open-class verb outside a speech tag', () => {
    // The quote closes its sentence; the next one does not attribute it.
    const text = 'The banner read “Homes not hotels.” Ivo Brandt signed a petition later.';
    const qs = quotesIn(text, { 'Ivo Brandt': 'PERSON' });
    assert.ok(qs.every((q) => q.speaker === null));
  });
});

describe('quotes: binding order', () => {
  it('a cue in the quote’s own sentence binds before the next sentence’s', () => {
    const text = 'Kasper Holm met Ingrid Dahl. He said, "I want tea." She said, "I want coffee."';
    assert.deepEqual(speakers(text, { 'Kasper Holm': 'PERSON', 'Ingrid Dahl': 'PERSON' }), ['Kasper Holm', 'Ingrid Dahl']);
  });

  it('resolves he and she by the given names, in either order', () => {
    const text = 'Agnes Thorvald met Viktor Brenn. She said, "The road is closed." He said, "Then we wait."';
    assert.deepEqual(speakers(text, { 'Agnes Thorvald': 'PERSON', 'Viktor Brenn': 'PERSON' }), ['Agnes Thorvald', 'Viktor Brenn']);
  });

  it('takes the subject nearest the verb, not an earlier pronoun', () => {
    const text = 'We waited all day, but they came and they said, "Will you name the bridge for her?" Lotte Varga, her sister, asked that question.';
    assert.deepEqual(speakers(text, { 'Lotte Varga': 'PERSON' }), ['Lotte Varga']);
  });
});

describe('quotes: places speak only as governments', () => {
  const run = (text: string, names: Readonly<Record<string, EntityType>>): { q: DetectedQuote[]; names: string[] } => {
    const mentions = mentionsOf(text, names);
    const q = findQuotes({ text, tokens: [], sentences: [], paragraphs: splitParagraphs(text) }, mentions);
    return { q, names: q.map((x) => (x.speakerMention !== null ? mentions[x.speakerMention].text : '-')) };
  };

  it('a capital as the verb’s subject speaks, reported as government', () => {
    const { q, names } = run('“We will not sign this deal,” Ottawa said.', { Ottawa: 'PLACE' });
    assert.deepEqual(names, ['Ottawa']);
    assert.equal(q[0].speakerRole, 'government');
  });

  it('a place elsewhere in the clause is not the speaker', () => {
    assert.deepEqual(run('Speaking in Norway, the envoy called the pact “a historic mistake.”', { Norway: 'PLACE' }).names, ['-']);
    assert.deepEqual(run('“The water is rising,” a farmer near Lake Orvin said.', { 'Lake Orvin': 'PLACE' }).names, ['-']);
  });
});

describe('quotes: fragments and scare quotes', () => {
  it('a phrase carried by a verb of saying is a fragment of the verb’s subject', () => {
    const a = quotesIn('Council member Ruth Adeyemi called the proposal “shocking and questionable.”', { 'Ruth Adeyemi': 'PERSON' });
    assert.deepEqual(a.map((q) => [q.kind, q.speaker]), [['fragment', 'Ruth Adeyemi']]);
    const b = quotesIn('Farid Osei said the talks were “going nowhere fast” and left early.', { 'Farid Osei': 'PERSON' });
    assert.deepEqual(b.map((q) => [q.kind, q.speaker]), [['fragment', 'Farid Osei']]);
  });

  it('an unnamed subject gives a fragment without a speaker, not the next quoted person', () => {
    const text = "Some advocates of the group, including a former mayor, have called the camp a 'holding pen' in recent weeks.\n\n\"We reject that,\" said Dana Oyelaran.";
    const qs = quotesIn(text, { 'Dana Oyelaran': 'PERSON' });
    assert.deepEqual(qs.map((q) => [q.kind, q.speaker]), [['fragment', null], ['full', 'Dana Oyelaran']]);
  });

  it('a group subject with a named member, and a cue after the phrase, give no speaker', () => {
    const text = 'Some advocates of the league, including former mayor Ruth Kessel, have called the site a "holding pen," a label Omar Fiske said is insulting.';
    const qs = quotesIn(text, { 'Ruth Kessel': 'PERSON', 'Omar Fiske': 'PERSON' });
    assert.deepEqual(qs.map((q) => [q.kind, q.speaker]), [['fragment', null]]);
  });

  it('scare quotes, names of terms and titles stay non-speech', () => {
    assert.deepEqual(quotesIn('The “smart grid” project started in May.'), []);
    assert.deepEqual(quotesIn('The tower is called the “iron needle” by locals.'), []);
    assert.deepEqual(quotesIn('What Osei called “ground tax” was paid by farmers.', { Osei: 'PERSON' }), []);
    assert.deepEqual(quotesIn('She reviewed “The Long Winter Road” for the paper.'), []);
  });
});

describe('quotes: first person resolves to the author', () => {
  it('a byline names the author of an op-ed', () => {
    const text = 'Why Our Rivers Matter\n\nBy Ana Kovac\n\nLast spring the council asked for my view. I told them: “Clean the river first.”';
    assert.deepEqual(speakers(text, { 'Ana Kovac': 'PERSON' }), ['Ana Kovac']);
  });

  it('a signature names the author of a letter', () => {
    const text = 'Dear Tom,\n\nThe farm is quiet. Yesterday I said, "Let us sell the old barn," and nobody argued.\n\nLove always,\n\nElsa Marwick';
    assert.deepEqual(speakers(text, { 'Elsa Marwick': 'PERSON' }), ['Elsa Marwick']);
  });

  it('a speech heading names the speaker, also for a block quote after "I\'m thinking"', () => {
    const text = 'Governor Tilda Brack delivered remarks at the opening of the dam.\n\nThank you all. When the rain came I said, “We will rebuild.”\n\nEvery night, after the news, I\'m thinking\n\n“This is taking too long.”';
    assert.deepEqual(speakers(text, { 'Tilda Brack': 'PERSON' }), ['Tilda Brack', 'Tilda Brack']);
  });

  it('without an author "I" names nobody', () => {
    assert.deepEqual(speakers('Last week I said, “We are ready.”', {}), [null]);
  });
});

describe('quotes: reported speech (indirect)', () => {
  const indirect = (text: string, names: Readonly<Record<string, EntityType>>) =>
    allQuotesIn(text, names).filter((q) => q.kind === 'indirect').map((q) => [q.quote, q.speaker, q.cue]);

  it('gives the reported clause of "X said (that)" and "X told Y (that)"', () => {
    assert.deepEqual(indirect('Lena Marsh said that the bridge would close in March.', { 'Lena Marsh': 'PERSON' }), [['the bridge would close in March', 'Lena Marsh', 'said']]);
    assert.deepEqual(indirect('Tomas Reyes told reporters the budget was already spent.', { 'Tomas Reyes': 'PERSON' }), [['the budget was already spent', 'Tomas Reyes', 'told']]);
    assert.deepEqual(indirect('Petra Ilves, the director, said on Monday that the plan was sound.', { 'Petra Ilves': 'PERSON' }), [['the plan was sound', 'Petra Ilves', 'said']]);
    assert.deepEqual(indirect('Orin Falk met the board. He argued that the merger would cost jobs.', { 'Orin Falk': 'PERSON' }), [['the merger would cost jobs', 'Orin Falk', 'argued']]);
    assert.deepEqual(indirect('Orin Falk warned the board twice.', { 'Orin Falk': 'PERSON' }), []);
  });

  it('the person named before "of / at / from" an organization is the speaker, not the organization', () => {
    const names = { 'Mirela Sand': 'PERSON', 'Quarrow Capital': 'ORG', 'Teodor Halm': 'PERSON', 'Institute of Tidal Studies': 'ORG' } as const;
    assert.deepEqual(indirect('Analyst Mirela Sand of Quarrow Capital said the threat was overstated.', names), [['the threat was overstated', 'Mirela Sand', 'said']]);
    assert.deepEqual(indirect('Teodor Halm at the Institute of Tidal Studies said that the sea wall would hold.', names), [['the sea wall would hold', 'Teodor Halm', 'said']]);
    assert.deepEqual(indirect('Teodor Halm, of the Institute of Tidal Studies, said that the sea wall would hold.', names), [['the sea wall would hold', 'Teodor Halm', 'said']]);
    // Not an employer: the organization is the subject of its own sentence.
    assert.deepEqual(indirect('Mirela Sand left. Quarrow Capital said the fund would close.', names), [['the fund would close', 'Quarrow Capital', 'said']]);
  });

  it('a place opening its clause speaks as its government; a place after a preposition does not', () => {
    const gov = (text: string, names: Readonly<Record<string, EntityType>>) =>
      allQuotesIn(text, names).filter((q) => q.kind === 'indirect').map((q) => [q.quote, q.speaker, q.role ?? null]);
    assert.deepEqual(gov('Trade talks stalled. Velmora said the tariffs would stay.', { Velmora: 'PLACE' }), [['the tariffs would stay', 'Velmora', 'government']]);
    assert.deepEqual(gov('Ostrava said on Tuesday that it would review the levies.', { Ostrava: 'PLACE' }), [['it would review the levies', 'Ostrava', 'government']]);
    assert.deepEqual(gov('Officials in Velmora said the tariffs would stay.', { Velmora: 'PLACE' }), []);
  });

  it('an organization reports too', () => {
    assert.deepEqual(indirect('The Harbor Authority said it would review the contract terms.', { 'Harbor Authority': 'ORG' }), [['it would review the contract terms', 'Harbor Authority', 'said']]);
  });

  it('leaves out orders, greetings and sentences with a direct quote', () => {
    assert.deepEqual(indirect('Farid Osei told her to leave the room.', { 'Farid Osei': 'PERSON' }), []);
    assert.deepEqual(indirect('Oskar Vell said goodbye to the crew.', { 'Oskar Vell': 'PERSON' }), []);
    assert.deepEqual(indirect('Nora Lind said, "We will appeal the ruling."', { 'Nora Lind': 'PERSON' }), []);
  });

  it('keeps reported speech out of the direct quotes', () => {
    assert.deepEqual(quotesIn('Lena Marsh said that the bridge would close in March.', { 'Lena Marsh': 'PERSON' }), []);
  });
});

describe('quotes: speaker search grows near-linearly', () => {
  // Every word a verb or a name before one quote: the speaker search must not compare every word
  // with every name.
  const search = (k: number) => {
    const text = 'Smith said Jones said Brown said '.repeat(k) + '"ok."';
    const mentions = mentionsOf(text, { Smith: 'PERSON', Jones: 'PERSON', Brown: 'PERSON' });
    const analysis = { text, tokens: [], sentences: [], paragraphs: splitParagraphs(text) };
    return () => void findQuotes(analysis, mentions);
  };

  it('4x the input takes less than 10x the CPU time', function () {
    this.timeout(120_000);
    const ratio = growthRatio(search(500), search(2000), { limit: 10, warm: search(200) });
    assert.ok(ratio < 10, `ratio ${ratio.toFixed(1)}`);
  });
});

describe('quotes: the tagger\'s sentences (kind: titles and abbreviations inside a speech tag)', () => {
  it('a title the tokenizer splits off does not cut the speaker from the verb', () => {
    for (const title of ['Maj. Gen.', 'Capt.', 'Sgt.', 'Lt. Col.']) {
      const text = `“We will hold the line,” said ${title} Iven Rauskolb, commander of the brigade. “Nobody leaves.”`;
      assert.deepEqual(speakers(text, { 'Iven Rauskolb': 'PERSON' }), ['Iven Rauskolb', 'Iven Rauskolb'], title);
    }
  });
  it('reported speech runs past an abbreviation to the end of the sentence', () => {
    const q = allQuotesIn('Varro Quent says the Transport Dept. will decide the route by spring.', { 'Varro Quent': 'PERSON' });
    assert.deepEqual(q.map((x) => [x.kind, x.quote, x.speaker]), [['indirect', 'the Transport Dept. will decide the route by spring', 'Varro Quent']]);
  });
});

describe('speech verbs: one source (WordNet data and the hand-kept uses)', () => {
  it('the quote finder\'s common verbs are the lexicon\'s, with the forms the data gives', () => {
    assert.equal(SPEECH_VERBS, commonSpeechVerbs());
    assert.equal(WEAK_SPEECH_VERBS, weakSpeechVerbs());
    for (const w of ['said', 'tells', 'adding', 'wrote', 'conceded', 'tweeted', 'thought', 'pleaded']) assert.ok(SPEECH_VERBS.has(w), w);
    // An -ing form that mostly names, and third-person forms that are mostly plural nouns, do not count.
    for (const w of ['calling', 'continuing', 'promises', 'reports', 'demands', 'the']) assert.ok(!SPEECH_VERBS.has(w), w);
    for (const w of WEAK_SPEECH_VERBS) assert.ok(SPEECH_VERBS.has(w), w);
    assert.ok(WEAK_SPEECH_VERBS.has('called') && !WEAK_SPEECH_VERBS.has('said'));
  });
  it('every common verb but the few WordNet files elsewhere is a WordNet verb of saying', () => {
    const outside = new Set(['conclude', 'concluded', 'concludes', 'maintain', 'maintained', 'maintains', 'muse', 'mused', 'think', 'thought', 'thinking', 'tweet', 'tweeted', 'tweets']);
    for (const w of SPEECH_VERBS) assert.ok(isSpeechVerb(w) || outside.has(w), w);
  });
  it('reported clauses follow past and third-person forms only', () => {
    const forms = reportingVerbForms();
    for (const w of ['said', 'says', 'told', 'tells', 'wrote', 'maintained', 'vowed']) assert.ok(forms.has(w), w);
    for (const w of ['say', 'saying', 'written', 'shouted']) assert.ok(!forms.has(w), w);
  });
  it('a participle or a naming -ing form reports nothing', () => {
    assert.deepEqual(allQuotesIn('Orrin Vale played music he had written that he wished to record.', { 'Orrin Vale': 'PERSON' }), []);
    assert.deepEqual(quotesIn('Dwellers of the valley, calling themselves “the river folk”, met in Ostrava.', { Ostrava: 'PLACE' }), []);
  });
});
