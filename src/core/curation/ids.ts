// Ids for entities the reader creates (by adding or splitting). Readable and derived from type and
// name like the resolver's, with a suffix only when the id is already taken.
import { slugOf } from '../textFold';
import type { EntityType } from '../types';

export function curatedEntityId(type: EntityType, name: string, taken: (id: string) => boolean): string {
  const base = `${type.toLowerCase()}:${slugOf(name, 'entity')}`;
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}~${n}`)) return `${base}~${n}`;
}
