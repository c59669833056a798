// The bench's synthetic corpus for cross-document resolution (npm run bench, scripts/bench-resolve.ts):
// documents of `perDoc` mentions with realistic name shapes, reproducible (a fixed linear congruential
// generator).
import type { DetectedMention, DocumentAnnotation, EntityType } from '../src/core/types';

/** A document as resolveCorpus takes it (CorpusInput), spelled out so other checkouts' resolvers accept it. */
export interface SyntheticInput {
  readonly id: string;
  readonly text: string;
  readonly annotation: DocumentAnnotation;
}

// Synthetic corpus: realistic name shapes (full names, surnames, acronyms with expansions, places),
// with surnames shared by several people so the ambiguity paths run too.
export function syntheticCorpus(docCount: number, perDoc: number): SyntheticInput[] {
  const given = ['Anna', 'Omar', 'Li', 'Maria', 'John', 'Fatima', 'Ivan', 'Sara', 'Kofi', 'Elena', 'Ravi', 'Noor'];
  const family = Array.from({ length: 400 }, (_, i) => `Surname${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26)}`);
  const orgWords = ['National', 'Council', 'Agency', 'Board', 'Institute', 'Union', 'Front', 'Bank', 'Office', 'Party'];
  const places = Array.from({ length: 300 }, (_, i) => `Placeton${i}`);
  let seed = 12345;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const docs: SyntheticInput[] = [];
  for (let d = 0; d < docCount; d++) {
    const names: [string, EntityType][] = [];
    const definitions: { short: string; long: string }[] = [];
    while (names.length < perDoc) {
      const kind = rand(6);
      const surname = family[rand(family.length)];
      if (kind <= 1) {
        names.push([`${given[rand(given.length)]} ${surname}`, 'PERSON'], [surname, 'PERSON']);
      } else if (kind === 2) {
        const words = [places[rand(places.length)], orgWords[rand(orgWords.length)], orgWords[rand(orgWords.length)]];
        const long = words.join(' ');
        const short = words.map((w) => w[0]).join('').toUpperCase();
        names.push([long, 'ORG'], [short, 'ORG']);
        if (rand(2) === 0) definitions.push({ short, long });
      } else {
        names.push([places[rand(places.length)], 'PLACE']);
      }
    }
    let text = '';
    const mentions: DetectedMention[] = [];
    for (const [name, type] of names.slice(0, perDoc)) {
      text += 'It was reported that ';
      mentions.push({ start: text.length, end: text.length + name.length, text: name, type });
      text += `${name} said so. `;
    }
    docs.push({ id: `doc-${String(d).padStart(6, '0')}`, text, annotation: { mentions, quotes: [], definitions } });
  }
  return docs;
}

