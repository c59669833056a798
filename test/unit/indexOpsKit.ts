// Random edit sequences for the incremental-equals-from-scratch properties of the corpus views'
// indexes (graph and ledger): documents set and removed, entity ids changed by a new resolution,
// and partial syncs, in any order.
import fc from 'fast-check';

export type IndexOp<Spec, Resolution> =
  | { kind: 'set'; doc: number; spec: Spec }
  | { kind: 'remove'; doc: number }
  | { kind: 'resolve'; resolution: Resolution }
  | { kind: 'sync'; max: number };

/** Operations on up to six documents: sets weigh 4, removals 1, new resolutions 2, partial syncs of 0–3 documents 2. */
export function indexOpArb<Spec, Resolution>(specArb: fc.Arbitrary<Spec>, resolutionArb: fc.Arbitrary<Resolution>): fc.Arbitrary<IndexOp<Spec, Resolution>> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('set' as const), doc: fc.nat(5), spec: specArb }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), doc: fc.nat(5) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('resolve' as const), resolution: resolutionArb }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('sync' as const), max: fc.nat(3) }) },
  );
}
