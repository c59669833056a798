// Kinds of error seen on news-like text (issue 9: held-back news and the wire archive's running text),
// each fixed as a kind of language, never as a name: every name here is invented.
import * as assert from 'node:assert/strict';
import { createAnnotator } from '../../src/core/annotate';

describe('news text kinds (invented names)', function () {
  this.timeout(30000);
  const annotator = createAnnotator();
  /** "TYPE:text" of every mention, in text order. */
  const found = (text: string): string[] => annotator.annotate(text).mentions.map((m) => `${m.type}:${text.slice(m.start, m.end)}`);
  const has = (text: string, expected: string) => {
    const got = found(text);
    assert.ok(got.includes(expected), `expected ${expected} in ${JSON.stringify(got)}`);
  };
  const lacks = (text: string, unexpected: RegExp) => {
    const got = found(text);
    assert.ok(!got.some((g) => unexpected.test(g)), `unexpected ${unexpected} in ${JSON.stringify(got)}`);
  };

  describe('a wire dateline with a numeric date ("PLACE 1997-03-14") names a place', () => {
    it('a place the gazetteer does not know', () => {
      has('OSTRAVIK 1997-03-14\n\nThe harbour board raised its fees on Friday.', 'PLACE:OSTRAVIK');
      has('KELMARSH 1996-11-02\nShares in Vantrell Mining Corp fell 3 percent.', 'PLACE:KELMARSH');
    });
    it('a short or multi-word place, and one a club rule would read as an acronym before a city', () => {
      has('BONN 1996-08-22\n\nProfits rose at the bank.', 'PLACE:BONN');
      has('FRANKFURT 1996-08-22\n\nProfits rose.', 'PLACE:FRANKFURT');
      has('NEW ORLEANS 1996-08-22\nThe port reopened.', 'PLACE:NEW ORLEANS');
      has('NEW ORLEANS, Aug 22 (Reuters) - The port reopened.', 'PLACE:NEW ORLEANS');
    });
    it('not when the line goes on after the date, nor when the word is not shouted', () => {
      lacks('SUPPORT 1996-08-22 was the day the fund opened.', /^PLACE:SUPPORT/);
      lacks('Revenue 1996-08-22\nProfits rose.', /^PLACE:Revenue/);
    });
  });

  describe('a sports club named by its last word ("Xtown United", "Yford Rovers", "Zby FC") is an organization', () => {
    it('after a town the gazetteer does not know', () => {
      const text = 'Grenmoor United beat Ashvale Rovers 2-1 on Saturday, while Hollin City drew with Ferrowick Athletic.';
      has(text, 'ORG:Grenmoor United');
      has(text, 'ORG:Ashvale Rovers');
      has(text, 'ORG:Ferrowick Athletic');
    });
    it('before a role and a person, and with a trailing "FC"', () => {
      const text = 'Pellam Wanderers FC signed Dario Velt from Kelso Albion. Brisford Rangers manager Tom Braddle said his side deserved it.';
      has(text, 'ORG:Pellam Wanderers FC');
      has(text, 'ORG:Kelso Albion');
      has(text, 'ORG:Brisford Rangers');
      has(text, 'PERSON:Tom Braddle');
    });
  });

  describe("a country's province or state outside the United States is a place (country-region-data)", () => {
    it('found alone, with a verb of saying after it, and with a people word opening its name', () => {
      const text = 'Queensland said on Monday it would cut fares. Bushfires also hit Tasmania, while British Columbia and New South Wales sent crews. Police in Sindh made arrests.';
      has(text, 'PLACE:Queensland');
      has(text, 'PLACE:Tasmania');
      has(text, 'PLACE:British Columbia');
      has(text, 'PLACE:New South Wales');
      has(text, 'PLACE:Sindh');
    });
    it('a people word before a name that is no place is still cut', () => {
      has('The British Columbia premier met Iraqi officials.', 'PLACE:British Columbia');
      lacks('Iraqi Valmor Teske spoke in Basra.', /Iraqi/);
    });
  });

  describe('one resident of a known place before a name ("Queenslander X Y") is no part of the name', () => {
    it('the person alone, for residents formed with -er, -n, -an and -ian', () => {
      const text = 'Queenslander Tavi Rennick won the final, while Minnesotan Jorin Halvey was third and Bostonian Mara Velt fourth.';
      has(text, 'PERSON:Tavi Rennick');
      has(text, 'PERSON:Jorin Halvey');
      has(text, 'PERSON:Mara Velt');
    });
    it('a first name that looks like a resident word stays ("Christian Okoro")', () => {
      has('Christian Okoro said the fares would rise.', 'PERSON:Christian Okoro');
    });
  });
});

