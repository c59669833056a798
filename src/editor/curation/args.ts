// What a correction command was invoked on. Menus pass their own arguments (a tree row from the
// Entities view, the document's URI and an options object from the editor context menu), while
// scripts and tests pass plain values to skip the prompts; anything unrecognised means "ask".
import { entityById } from '../../core/curation/ids';
import { ENTITY_TYPES, type Entity, type EntityType } from '../../core/types';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A non-empty string, trimmed; anything else is no answer. */
export function stringArg(arg: unknown): string | undefined {
  return typeof arg === 'string' && arg.trim() !== '' ? arg.trim() : undefined;
}

export function typeArg(arg: unknown): EntityType | undefined {
  return ENTITY_TYPES.includes(arg as EntityType) ? (arg as EntityType) : undefined;
}

export type RejectScope = 'everywhere' | 'document';

export function scopeArg(arg: unknown): RejectScope | undefined {
  return arg === 'everywhere' || arg === 'document' ? arg : undefined;
}

/** Exact display name beats alias, then the stated type; ties go by id so the answer never varies. */
function byName(name: string, type: EntityType | undefined, entities: Iterable<Entity>): Entity | undefined {
  let best: { entity: Entity; rank: number } | undefined;
  for (const entity of entities) {
    const level = entity.name === name ? 0 : entity.aliases.includes(name) ? 1 : -1;
    if (level < 0) continue;
    const rank = level + (type !== undefined && entity.type !== type ? 2 : 0);
    if (!best || rank < best.rank || (rank === best.rank && entity.id < best.entity.id)) best = { entity, rank };
  }
  return best?.entity;
}

/**
 * An entity named by an argument: an Entities-view row, an entity id, a name, or {name, type} as the
 * curation file writes it. An id an entity had before a retype still names it (Entity.formerIds), so a
 * hover link or script made before the retype acts on the same entity.
 */
export function entityArg(arg: unknown, entities: ReadonlyMap<string, Entity>): Entity | undefined {
  if (typeof arg === 'string') return entityById(entities, arg) ?? byName(arg, undefined, entities.values());
  if (!isObj(arg)) return undefined;
  if (arg.kind === 'entity' && isObj(arg.row) && isObj(arg.row.entity) && typeof arg.row.entity.id === 'string') return entityById(entities, arg.row.entity.id);
  if (typeof arg.name === 'string') return byName(arg.name, typeArg(arg.type), entities.values());
  return undefined;
}

/** A who-said-it answer: null clears the speaker, an entity sets it, undefined means ask. */
export function speakerArg(arg: unknown, entities: ReadonlyMap<string, Entity>): Entity | null | undefined {
  return arg === null ? null : entityArg(arg, entities);
}

export interface SpanArg {
  readonly documentId: string;
  readonly start: number;
  readonly end: number;
}

/** A mention or quote row of the Entities view. */
export function treeSpanArg(arg: unknown, kind: 'mention' | 'quote'): SpanArg | undefined {
  if (!isObj(arg) || arg.kind !== kind) return undefined;
  const { documentId, start, end } = arg;
  if (typeof documentId !== 'string' || typeof start !== 'number' || typeof end !== 'number' || !(end > start)) return undefined;
  return { documentId, start, end };
}

/** An entity row of the Entities view, or one of its per-document rows (which limits it to that document). */
export function entityRowArg(arg: unknown): { readonly entityId: string; readonly documentId?: string } | undefined {
  if (!isObj(arg) || !isObj(arg.row) || !isObj(arg.row.entity) || typeof arg.row.entity.id !== 'string') return undefined;
  if (arg.kind === 'entity') return { entityId: arg.row.entity.id };
  if (arg.kind === 'document' && typeof arg.documentId === 'string') return { entityId: arg.row.entity.id, documentId: arg.documentId };
  return undefined;
}
