// A dateline without its year (a first-time user's run: "March 3 —" took the file time's year though
// the story's dates named another): the year comes from the dates the text writes when they agree, and
// the date says where its year came from. Every place and name is invented.
import * as assert from 'node:assert/strict';
import { describeDocumentDateSource, detectDocumentDate, formatDocumentDate } from '../../src/core/docdate';

const SAVED = Date.UTC(2026, 10, 30); // the day of a copy or a git clone

describe('document dates: the year of a dateline without one', () => {
  it('reads a dateline with no place ("March 3 —") and takes the year of the full dates in the story', () => {
    const text = 'March 3 — The council voted to close the yard. A hearing on Feb. 20, 2023 drew 200 people; the next is on April 2, 2023.';
    const d = detectDocumentDate({ text, modifiedMs: SAVED });
    assert.deepEqual([d?.iso, d?.source, d?.yearAssumed, d?.yearSource], ['2023-03-03', 'dateline', true, 'text-date']);
    assert.equal(text.slice(d?.span?.start, d?.span?.end), 'March 3');
    assert.equal(text.slice(d?.yearSpan?.start, d?.yearSpan?.end), 'Feb. 20, 2023');
    assert.equal(d?.yearFromFileTime, undefined, 'not the file time');
    assert.match(describeDocumentDateSource(d), /full dates written in the story/);
  });

  it('a weekday with February 29 picks the leap year that has it on that weekday', () => {
    const d = detectDocumentDate({ text: 'Saturday, Feb. 29 — The dam at Vellmoor held through the night.', modifiedMs: SAVED });
    assert.deepEqual([d?.iso, d?.yearSource], ['2020-02-29', 'weekday']);
  });

  it('a dateline late in December over a story dated in January is of the year before (and the reverse)', () => {
    const dec = 'December 30 — The ferry crews will strike from January 5, 2026, the union said; talks broke off on January 2, 2026.';
    const d = detectDocumentDate({ text: dec, modifiedMs: SAVED });
    assert.deepEqual([d?.iso, d?.yearSource], ['2025-12-30', 'text-date']);
    assert.equal(dec.slice(d?.yearSpan?.start, d?.yearSpan?.end), 'January 2, 2026', 'the date that gave the year');
    const jan = 'HOLMSTEAD, Jan 2 (Coastal Wire) — The flood of December 28, 2025 closed the quay for a week.';
    assert.equal(detectDocumentDate({ text: jan, modifiedMs: SAVED })?.iso, '2026-01-02');
  });

  it('when the story\'s full dates disagree, the year most of them give', () => {
    const text = 'DUNWICH MARSH, 14 June (Fenland Wire) — The sluice reopened. Work began on 2 May 2024 and paused on 9 May 2024 after the storm of 3 January 2023.';
    const d = detectDocumentDate({ text, modifiedMs: SAVED });
    assert.deepEqual([d?.iso, d?.yearSource], ['2024-06-14', 'text-date']);
    assert.equal(text.slice(d?.yearSpan?.start, d?.yearSpan?.end), '2 May 2024');
  });

  it('with no full date, the year the story writes most often, marked as such', () => {
    const text = 'Harbour notes\n\nOct. 9 — The ferry resumed. It first sailed in 2019 and was refitted in 2021; 2021 was its best year.';
    const d = detectDocumentDate({ text, modifiedMs: SAVED });
    assert.deepEqual([d?.iso, d?.yearSource], ['2021-10-09', 'text-year']);
    assert.match(describeDocumentDateSource(d), /writes most often/);
    // The citation says the year is a guess (a bare year may be an earlier event's).
    assert.equal(formatDocumentDate(d), '9 October 2021 (year guessed from the text)');
  });

  it('a bare year that is the file time\'s wins over an earlier event\'s year the story names', () => {
    const savedIn = (year: number) => Date.UTC(year, 2, 1);
    const text = 'VELLANO, Jan 15 (Coastal Wire) - The mayor, who took office in 2019, said the 2026 budget was final.';
    assert.equal(detectDocumentDate({ text, modifiedMs: savedIn(2026) })?.iso, '2026-01-15');
    // Only a past year written: still a guess from the text, and said to be one.
    const past = 'VELLANO, Jan 15 (Coastal Wire) - The mayor, who took office in 2019, resigned.';
    const d = detectDocumentDate({ text: past, modifiedMs: savedIn(2026) });
    assert.deepEqual([d?.iso, d?.yearSource], ['2019-01-15', 'text-year']);
    assert.match(formatDocumentDate(d), /year guessed from the text/);
  });

  it('with no year in the text, a weekday in the dateline picks the year, else the file time does', () => {
    const weekday = detectDocumentDate({ text: 'Wednesday, March 12 — Talks resumed at the yard.', modifiedMs: SAVED });
    assert.deepEqual([weekday?.iso, weekday?.yearSource], ['2025-03-12', 'weekday'], 'March 12 fell on a Wednesday in 2025, not in 2026');
    assert.equal(weekday?.yearFromFileTime, undefined);
    const plain = detectDocumentDate({ text: 'March 12 — Talks resumed at the yard.', modifiedMs: SAVED });
    assert.deepEqual([plain?.iso, plain?.yearSource, plain?.yearFromFileTime], ['2026-03-12', 'file-time', true]);
    assert.equal(formatDocumentDate(plain), '12 March 2026 (year from the file time)');
  });

  it('a day and month with a colon and no place is no dateline (a timeline entry)', () => {
    const d = detectDocumentDate({ text: 'Timeline\n\nMarch 3: the yard closes.\nApril 9: the hearing.', modifiedMs: SAVED });
    assert.equal(d?.source, 'modified');
  });
});
