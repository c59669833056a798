// A checker for FollowTheMoney entities against the schema definitions in ../shared/ftm/schema (the
// YAML files of the followthemoney repository): schema known and not abstract, id syntax, every
// property defined on the schema or an ancestor, values of the property's type, required properties
// (own and inherited) present, and entity references that resolve to an exported entity of the range.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { load } from 'js-yaml';

interface RawProperty { type?: string; range?: string }
interface RawSchema { extends?: string[]; abstract?: boolean; required?: string[]; properties?: Record<string, RawProperty | null> }

export interface FtmSchemaSet {
  readonly names: ReadonlySet<string>;
  isAbstract(schema: string): boolean;
  /** The schema and every schema it extends, transitively. */
  ancestors(schema: string): ReadonlySet<string>;
  /** Every property of the schema, inherited ones included (a child's definition wins). */
  properties(schema: string): ReadonlyMap<string, { readonly type: string; readonly range?: string }>;
  required(schema: string): ReadonlySet<string>;
}

/**
 * The folder of schema YAML files: `../shared/ftm/schema` beside the repository (as in CI), or beside
 * the folder that holds the repository's worktrees, or $SOURCE_ANNOTATOR_SHARED/ftm/schema.
 * Throws when none exists, so a missing checkout fails the test instead of skipping it.
 */
export function ftmSchemaDir(repoRoot: string): string {
  const candidates = [
    ...(process.env.SOURCE_ANNOTATOR_SHARED ? [path.resolve(process.env.SOURCE_ANNOTATOR_SHARED, 'ftm', 'schema')] : []),
    path.resolve(repoRoot, '..', 'shared', 'ftm', 'schema'),
    path.resolve(repoRoot, '..', '..', 'shared', 'ftm', 'schema'),
  ];
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error(`FollowTheMoney schema folder not found; looked in ${candidates.join(', ')}`);
  return found;
}

export function loadFtmSchemas(dir: string): FtmSchemaSet {
  const raw = new Map<string, RawSchema>();
  for (const file of readdirSync(dir).filter((f) => /\.ya?ml$/u.test(f))) {
    const doc = load(readFileSync(path.join(dir, file), 'utf8')) as Record<string, RawSchema>;
    for (const [name, def] of Object.entries(doc)) raw.set(name, def ?? {});
  }
  const get = (schema: string): RawSchema => {
    const def = raw.get(schema);
    if (!def) throw new Error(`unknown schema ${schema}`);
    return def;
  };
  const ancestors = (schema: string): Set<string> => {
    const out = new Set<string>([schema]);
    for (const parent of get(schema).extends ?? []) for (const a of ancestors(parent)) out.add(a);
    return out;
  };
  return {
    names: new Set(raw.keys()),
    isAbstract: (schema) => get(schema).abstract === true,
    ancestors,
    properties(schema) {
      const out = new Map<string, { type: string; range?: string }>();
      // Parents first so the child's own definition overrides.
      for (const s of [...ancestors(schema)].reverse()) {
        for (const [name, p] of Object.entries(get(s).properties ?? {})) out.set(name, { type: p?.type ?? 'string', range: p?.range });
      }
      return out;
    },
    required(schema) {
      const out = new Set<string>();
      for (const s of ancestors(schema)) for (const r of get(s).required ?? []) out.add(r);
      return out;
    },
  };
}

export interface FtmLike { readonly id: string; readonly schema: string; readonly properties: Readonly<Record<string, readonly string[]>> }

/** FtM's entity id syntax (followthemoney/types/entity.py). */
export const FTM_ID = /^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$/u;

const SINGLE_LINE = /^[^\n\r]+$/u;

/** Checks of the value types the export uses; any other type is a problem, so nothing goes unchecked. */
const TYPE_CHECKS: Readonly<Record<string, (v: string) => boolean>> = {
  name: (v) => SINGLE_LINE.test(v) && v === v.trim() && !/\s{2}/u.test(v),
  string: (v) => v.length > 0,
  text: (v) => v.length > 0,
  address: (v) => SINGLE_LINE.test(v) && v === v.trim(),
  mimetype: (v) => /^[a-z]+\/[a-z0-9.+-]+$/u.test(v),
  number: (v) => Number.isFinite(Number(v)),
};

/** Every problem found in the entities, as readable lines; empty when all are valid. */
export function ftmProblems(entities: readonly FtmLike[], schemas: FtmSchemaSet): string[] {
  const problems: string[] = [];
  const byId = new Map<string, FtmLike>();
  for (const e of entities) {
    if (byId.has(e.id)) problems.push(`${e.id}: duplicate id`);
    byId.set(e.id, e);
  }
  for (const e of entities) {
    const where = `${e.schema} ${e.id}`;
    if (!FTM_ID.test(e.id)) problems.push(`${where}: id is not a valid FtM id`);
    if (!schemas.names.has(e.schema)) {
      problems.push(`${where}: unknown schema`);
      continue;
    }
    if (schemas.isAbstract(e.schema)) problems.push(`${where}: abstract schema`);
    const defined = schemas.properties(e.schema);
    for (const r of schemas.required(e.schema)) if (!(e.properties[r]?.length > 0)) problems.push(`${where}: required property ${r} missing`);
    for (const [name, values] of Object.entries(e.properties)) {
      const prop = defined.get(name);
      if (!prop) {
        problems.push(`${where}: property ${name} is not defined on ${e.schema}`);
        continue;
      }
      if (!Array.isArray(values) || values.length === 0) {
        problems.push(`${where}: ${name} must be a non-empty list`);
        continue;
      }
      for (const v of values) {
        if (typeof v !== 'string') {
          problems.push(`${where}: ${name} holds a non-string value`);
          continue;
        }
        if (prop.type === 'entity') {
          const target = byId.get(v);
          if (!target) problems.push(`${where}: ${name} refers to ${v}, which is not exported`);
          else if (prop.range && schemas.names.has(target.schema) && !schemas.ancestors(target.schema).has(prop.range)) {
            problems.push(`${where}: ${name} refers to a ${target.schema}, outside its range ${prop.range}`);
          }
          continue;
        }
        const check = TYPE_CHECKS[prop.type];
        if (!check) problems.push(`${where}: ${name} has type ${prop.type}, which this checker does not know`);
        else if (!check(v)) problems.push(`${where}: ${name} value ${JSON.stringify(v.slice(0, 60))} is not a valid ${prop.type}`);
      }
    }
  }
  return problems;
}
