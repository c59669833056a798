// What the cross-document stage reads from one document: the names of its mentions (text, type,
// evidence, descriptors) in annotation order, the acronyms it defines, and how its mentions' starts
// compare with each other. Two versions of a document with the same footprint give every other
// document and every entity exactly the same result; typing prose between names changes only offsets.
import { mentionAt, type PreparedDocument } from './prepare';

export function sameFootprint(a: PreparedDocument, b: PreparedDocument): boolean {
  if (a.indexes.length !== b.indexes.length || a.definitions.length !== b.definitions.length) return false;
  for (let i = 0; i < a.indexes.length; i++) {
    const x = mentionAt(a, i);
    const y = mentionAt(b, i);
    // The key also carries how the text around the name reads it (a fragment, a region: prepare.ts).
    if (a.parsed[i].key !== b.parsed[i].key) return false;
    if (x.text !== y.text || x.type !== y.type || x.evidence !== y.evidence || !sameStrings(x.descriptors, y.descriptors)) return false;
  }
  for (let i = 0; i < a.definitions.length; i++) {
    if (a.definitions[i].short !== b.definitions[i].short || a.definitions[i].long !== b.definitions[i].long) return false;
  }
  const order = startOrder(a);
  return order !== null && sameOrder(order, startOrder(b));
}

/**
 * Mentions by start, with ties marked. Resolution only ever compares two starts of one document (and a
 * start with -1), so equal patterns mean equal decisions. Null for starts outside plain numbers.
 */
function startOrder(doc: PreparedDocument): { readonly order: number[]; readonly ties: boolean[] } | null {
  const starts = Array.from(doc.indexes, (index) => doc.input.annotation.mentions[index].start);
  if (!starts.every((s) => Number.isFinite(s) && s >= 0)) return null;
  const order = starts.map((_, i) => i).sort((x, y) => starts[x] - starts[y] || x - y);
  return { order, ties: order.map((k, i) => i > 0 && starts[order[i - 1]] === starts[k]) };
}

function sameOrder(a: { order: number[]; ties: boolean[] }, b: { order: number[]; ties: boolean[] } | null): boolean {
  if (!b) return false;
  for (let i = 0; i < a.order.length; i++) if (a.order[i] !== b.order[i] || a.ties[i] !== b.ties[i]) return false;
  return true;
}

function sameStrings(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  return a.every((x, i) => x === b[i]);
}
