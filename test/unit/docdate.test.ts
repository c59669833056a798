import * as assert from 'node:assert/strict';
import { describeDocumentDateSource, detectDocumentDate, findDate, formatDocumentDate, isoDate, type DocumentDateSource } from '../../src/core/docdate';

describe('document date detection', () => {
  /** Asserts the date found in `text`, where it came from, and the words its span covers. */
  function assertDated(text: string, iso: string, source: DocumentDateSource, written: string): void {
    const d = detectDocumentDate({ text });
    assert.equal(d?.iso, iso);
    assert.equal(d?.source, source);
    assert.equal(text.slice(d?.span?.start, d?.span?.end), written);
  }

  it('reads a date from front matter, with its place in the text', () => {
    assertDated('---\ntitle: Harbour notes\ndate: 2019-07-04\n---\nThe ferry ran late.', '2019-07-04', 'front-matter', '2019-07-04');
  });

  it('reads a labelled date line and a bare date line near the top', () => {
    assert.deepEqual(detectDocumentDate({ text: 'Canal reopens\nPublished: March 3, 2015\n\nBoats returned.' })?.iso, '2015-03-03');
    const bare = detectDocumentDate({ text: 'Canal reopens\n\nTuesday, 14 February 2017 10:32 GMT\n\nBoats returned.' });
    assert.equal(bare?.iso, '2017-02-14');
    assert.equal(bare?.source, 'date-line');
  });

  it('reads a news dateline with its agency', () => {
    assertDated('PORT ELLIN, Sept. 9, 2011 (Wirenews) - Dock workers walked out on Friday.', '2011-09-09', 'dateline', 'Sept. 9, 2011');
  });

  it('takes the first full date of running text only when no date line, dateline or file name gives one, and says so', () => {
    const text = 'Dock workers have waited since 2003 for a raise.\n\nOn March 3, 2015 they voted to strike, the union said in a long statement to members.';
    assertDated(text, '2015-03-03', 'text', 'March 3, 2015');
    assert.equal(formatDocumentDate(detectDocumentDate({ text })), '3 March 2015, first date in the text');
    assert.equal(detectDocumentDate({ text, fileName: 'dock-2016-01-02.txt' })?.source, 'file-name');
    assert.equal(detectDocumentDate({ text, modifiedMs: Date.UTC(2026, 10, 29) })?.source, 'text', 'a date in the text beats the file time');
    assert.equal(detectDocumentDate({ text: 'Dock workers have waited since 2003 for a raise.', modifiedMs: Date.UTC(2026, 10, 29) })?.source, 'modified', 'a bare year is not a date');
  });

  it('reads dates written in the common forms: day month year, abbreviated month with a dot, ISO', () => {
    assertDated('Ferry fares rise\n\n29 November 2026\n\nFares went up.', '2026-11-29', 'date-line', '29 November 2026');
    assertDated('Ferry fares rise\n\nNov. 29, 2026\n\nFares went up.', '2026-11-29', 'date-line', 'Nov. 29, 2026');
    assertDated('Ferry fares rise\nPublished 2026-11-29T08:15:00Z\n\nFares went up.', '2026-11-29', 'date-line', '2026-11-29');
    assertDated('KESTON, 29 Nov. 2026 (Harbour Wire) — Fares went up.', '2026-11-29', 'dateline', '29 Nov. 2026');
  });

  it('reads a dateline without its year, taking the year the document gives, and marks the year as assumed', () => {
    const text = 'KESTON, Nov 29 (Harbour Wire) - Ferry fares rose for the third time since 2024, the operator said.\n\nFares rose in 2026 and will rise again in 2026.';
    assertDated(text, '2026-11-29', 'dateline', 'Nov 29');
    assert.equal(detectDocumentDate({ text })?.yearAssumed, true);
    assertDated('WEST PORTLY, 3 March: Dockers met. The deal of 12 April 2019 was signed.', '2019-03-03', 'dateline', '3 March');
    // No year anywhere and no file time: the dateline alone is not a date.
    assert.equal(detectDocumentDate({ text: 'KESTON, Nov 29 (Harbour Wire) - Fares rose.' }), undefined);
  });

  it('gives a dateline without a year in a text without one the file time\'s year, so wire stories sort by day and month', () => {
    const first = detectDocumentDate({ text: 'KESTON, Nov 29 (Harbour Wire) - Fares rose.', modifiedMs: Date.UTC(2026, 11, 5) });
    const second = detectDocumentDate({ text: 'DUNMORE, Dec 2 - The operator backed down.', modifiedMs: Date.UTC(2026, 11, 5) });
    assert.deepEqual([first?.iso, first?.source, first?.yearFromFileTime], ['2026-11-29', 'dateline', true]);
    assert.equal(second?.iso, '2026-12-02');
    assert.ok((first?.iso ?? '') < (second?.iso ?? ''), 'the earlier story first, whatever the copy day');
    assert.equal(formatDocumentDate(first), '29 November 2026 (year from the file time)');
    assert.match(describeDocumentDateSource(first), /no year.*modification time.*git clone/);
    // Day and month after the file time: the story is from the year before.
    assert.equal(detectDocumentDate({ text: 'KESTON, Dec 30 (Harbour Wire) - Fares rose.', modifiedMs: Date.UTC(2027, 0, 2) })?.iso, '2026-12-30');
    // A date in the file name still comes first.
    assert.equal(detectDocumentDate({ text: 'KESTON, Nov 29 - Fares rose.', fileName: '2025-11-29-fares.txt', modifiedMs: Date.UTC(2026, 11, 5) })?.source, 'file-name');
  });

  it('falls back to a date in the file name, then to the modification time marked as such', () => {
    assert.deepEqual(detectDocumentDate({ text: 'No date here.', fileName: 'notes/2020_11_30-council.txt' }), { iso: '2020-11-30', source: 'file-name' });
    assert.deepEqual(detectDocumentDate({ text: 'No date here.', fileName: 'notes/20201130.txt' }), { iso: '2020-11-30', source: 'file-name' });
    assert.equal(detectDocumentDate({ text: 'No date here.', fileName: 'report-123456789.txt' }), undefined);
    const m = detectDocumentDate({ text: 'No date here.', fileName: 'a.txt', modifiedMs: Date.UTC(2024, 0, 31, 23, 0) });
    assert.deepEqual(m, { iso: '2024-01-31', source: 'modified' });
    assert.equal(formatDocumentDate(m), 'undated, file modified 31 January 2024');
  });

  it('rejects impossible dates', () => {
    assert.equal(isoDate(2021, 2, 30), undefined);
    assert.equal(isoDate(2020, 2, 29), '2020-02-29');
    assert.equal(findDate('Date: 2021-13-01'), undefined);
    assert.equal(detectDocumentDate({ text: 'Date: 2021-02-30\n\nText.' }), undefined);
  });

  it('keeps month precision when no day is given', () => {
    const d = detectDocumentDate({ text: 'Date: October 2009\n\nText.' });
    assert.equal(d?.iso, '2009-10');
    assert.equal(formatDocumentDate(d), 'October 2009');
  });
});
