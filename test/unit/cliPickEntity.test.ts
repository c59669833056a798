import assert from 'node:assert/strict';
import { namedCandidates, pickEntity, type EntityCandidate } from '../../src/node/cli/pickEntity';
import type { Entity, EntityType } from '../../src/core/types';

// Invented names only.
function cand(id: string, name: string, quotes: number, mentions: number, aliases: string[] = [], type: EntityType = 'PERSON'): EntityCandidate {
  const entity: Entity = { id, type, name, aliases: [name, ...aliases], descriptors: [], reasons: [] };
  return { entity, quotes, mentions };
}

describe('cli: choosing one of several entities of a name', () => {
  const bare = cand('person:ostrava', 'Ostrava', 0, 1);
  const full = cand('person:lena-ostrava', 'Lena Ostrava', 4, 6, ['Ostrava']);
  const brother = cand('person:jiri-ostrava', 'Jiri Ostrava', 1, 9);

  it('the ledger takes the most quoted namesake over an exact name without quotes, and lists the others with ids and counts', () => {
    const pick = pickEntity('Ostrava', [bare, brother, full], 'ledger');
    assert.equal(pick.chosen.entity.id, 'person:lena-ostrava');
    assert.deepEqual(pick.others.map((c) => c.entity.id), ['person:jiri-ostrava', 'person:ostrava']);
    assert.ok(pick.note);
    assert.match(pick.note, /matches 3 entities; this ledger is of Lena Ostrava \(person:lena-ostrava, 4 quotes, 6 mentions\)/);
    assert.match(pick.note, /Others: Jiri Ostrava \(person:jiri-ostrava, 1 quote, 9 mentions\), Ostrava \(person:ostrava, 0 quotes, 1 mention\)/);
    assert.match(pick.note, /chosen by the rule: /);
  });

  it('the ledger keeps an exactly named entity that has quotes, even when a namesake has more', () => {
    const quotedBare = cand('person:ostrava', 'Ostrava', 1, 2);
    assert.equal(pickEntity('ostrava', [full, quotedBare], 'ledger').chosen.entity.id, 'person:ostrava');
    // With no quotes anywhere the exact name still wins.
    const silent = [cand('org:ostrava', 'Ostrava', 0, 1, [], 'ORG'), cand('person:pia-ostrava', 'Pia Ostrava', 0, 5)];
    assert.equal(pickEntity('Ostrava', silent, 'ledger').chosen.entity.id, 'org:ostrava');
  });

  it('the graph takes the exact name, then the most mentions, and says so', () => {
    const places = [cand('place:velmar', 'Velmar', 0, 2, [], 'PLACE'), cand('org:velmar-mills', 'Velmar Mills', 0, 8, [], 'ORG'), cand('org:velmar-trust', 'Velmar Trust', 3, 5, [], 'ORG')];
    const pick = pickEntity('Velmar', places, 'graph');
    assert.equal(pick.chosen.entity.id, 'place:velmar');
    assert.match(pick.note ?? '', /the graph is focused on Velmar \(place:velmar, 2 mentions\).*Others: Velmar Mills \(org:velmar-mills, 8 mentions\), Velmar Trust/);
    const noExact = pickEntity('Velmar', places.slice(1), 'graph');
    assert.equal(noExact.chosen.entity.id, 'org:velmar-mills');
  });

  it('one candidate gives no note; ties end on the id so every run chooses the same', () => {
    assert.equal(pickEntity('Lena Ostrava', [full], 'ledger').note, undefined);
    const a = cand('person:b-kessa', 'Bo Kessa', 2, 2);
    const b = cand('person:a-kessa', 'Ana Kessa', 2, 2);
    assert.equal(pickEntity('Kessa', [a, b], 'ledger').chosen.entity.id, 'person:a-kessa');
    assert.equal(pickEntity('Kessa', [b, a], 'ledger').chosen.entity.id, 'person:a-kessa');
  });

  it('counts the others beyond the listed ones', () => {
    const many = Array.from({ length: 15 }, (_, i) => cand(`person:tomas-rell-${i}`, `Tomas Rell ${i}`, 0, 1));
    assert.match(pickEntity('Rell', many, 'graph').note ?? '', / and 2 more\./);
  });

  it('namedCandidates keeps whole-word matches of the name or an alias, else the best hit alone', () => {
    const hits = [cand('place:quarnby', 'Quarnbyshire', 0, 3, [], 'PLACE'), cand('person:ida-quarnby', 'Ida Quarnby', 1, 2), cand('person:quarnby', 'Quarnby', 0, 1)];
    assert.deepEqual(namedCandidates('Quarnby', hits).map((c) => c.entity.id), ['person:ida-quarnby', 'person:quarnby']);
    assert.deepEqual(namedCandidates('Quarnbi', hits).map((c) => c.entity.id), ['place:quarnby']);
  });
});
