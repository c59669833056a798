// Finding what a correction names, among the entities as they are at this point of the history.
import { foldForSearch } from '../corpus/fold';
import type { EntityRef } from './types';
import { liveMembers, type WEntity, type Workspace } from './workspace';

/**
 * The entity a reference names. Exact display name beats exact alias beats accent/case-insensitive
 * matches; among equals the stated type, then the most mentioned entity wins, so the answer is
 * deterministic even when a short name is shared.
 */
export function findEntity(ws: Workspace, ref: EntityRef): WEntity | undefined {
  const ids = ws.byName.get(foldForSearch(ref.name));
  if (!ids) return undefined;
  const folded = foldForSearch(ref.name);
  let best: { entity: WEntity; rank: number } | undefined;
  for (const id of ids) {
    const entity = ws.entities.get(id);
    if (!entity) continue;
    let level: number;
    if (entity.name === ref.name) level = 0;
    else if (entity.aliases.includes(ref.name)) level = 1;
    else if (foldForSearch(entity.name) === folded) level = 2;
    else if (entity.aliases.some((a) => foldForSearch(a) === folded)) level = 3;
    else continue;
    const typeMiss = ref.type !== undefined && entity.type !== ref.type ? 1 : 0;
    const rank = (level + typeMiss * 4) * 1e9 - liveMembers(entity).length;
    if (!best || rank < best.rank || (rank === best.rank && entity.id < best.entity.id)) best = { entity, rank };
  }
  return best?.entity;
}

export function describe(ref: EntityRef): string {
  return ref.type ? `${ref.name} (${ref.type})` : ref.name;
}
