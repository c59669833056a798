// Ids for entities the reader creates (by adding or splitting). Readable and derived from type and
// name like the resolver's, with a suffix only when the id is already taken.
import { slugOf } from '../textFold';
import type { Entity, EntityType } from '../types';

export function curatedEntityId(type: EntityType, name: string, taken: (id: string) => boolean): string {
  const base = `${type.toLowerCase()}:${slugOf(name, 'entity')}`;
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}~${n}`)) return `${base}~${n}`;
}

/**
 * The id of an entity the reader retyped: the old id with the new type's prefix ("org:harlow-finch"
 * retyped PERSON is "person:harlow-finch"; an upper-case prefix stays upper case), with a suffix only
 * when that id is taken. An id whose prefix is not the old type's (not made from type and name) is
 * kept. `taken` says whether an id belongs to another entity.
 */
export function retypedEntityId(id: string, oldType: EntityType, newType: EntityType, taken: (id: string) => boolean): string {
  const m = /^([^:]+):(.*)$/s.exec(id);
  if (!m || m[1].toLowerCase() !== oldType.toLowerCase() || oldType === newType) return id;
  const prefix = m[1] === m[1].toUpperCase() ? newType : newType.toLowerCase();
  const base = `${prefix}:${m[2].replace(/~\d+$/, '')}`;
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}~${n}`)) return `${base}~${n}`;
}

/**
 * The entity with this id, or the one that had it before a retype (Entity.formerIds); undefined when
 * none. Linear in the entities when the id is not a current one.
 */
export function entityById(entities: ReadonlyMap<string, Entity>, id: string): Entity | undefined {
  const direct = entities.get(id);
  if (direct) return direct;
  for (const e of entities.values()) if (e.formerIds?.includes(id)) return e;
  return undefined;
}
