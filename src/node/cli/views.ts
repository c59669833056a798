// `source-annotator ledger` and `source-annotator graph`: the corpus views on the command line. The
// documents are read, annotated, resolved and curated exactly as for `annotate`; the views come from
// the same core functions the editor uses (src/core/ledger, src/core/graph).
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { findEntities } from '../../core/corpus/queries';
import { buildView, type CorpusView } from '../../core/corpus/view';
import { applyCuration } from '../../core/curation';
import { entityById } from '../../core/curation/ids';
import { detectDocumentDate } from '../../core/docdate';
import { corpusGraph, graphToGraphml, type GraphQuery } from '../../core/graph';
import { buildLedger, documentTitle, ledgerToCsv, ledgerToMarkdown } from '../../core/ledger';
import { resolveCorpus } from '../../core/resolve';
import { ENTITY_TYPES, type Entity, type EntityType, type ResolvedCorpus } from '../../core/types';
import { writeFileAtomic } from '../atomicWrite';
import { COMMON_OPTIONS, readAndAnnotate, settleAnnotations } from './annotateInputs';
import { loadCuration, missingExplicitCuration } from './curation';
import { emptyDocumentNotes, type InputDocument } from './inputs';
import { cliAnnotatorFor } from './annotator';
import { namedCandidates, pickEntity, type PickPurpose } from './pickEntity';
import type { CliDeps, CliIo } from './run';

export const VIEW_COMMANDS = ['ledger', 'graph'] as const;

export const VIEWS_USAGE = `Usage: source-annotator ledger <entity name or id> <files or folders...> [--format json|markdown|csv] [--out FILE] [--curation PATH]
       source-annotator graph <files or folders...> [--format json|graphml] [--limit N] [--min-weight N]
                              [--types PERSON,ORG,PLACE] [--focus NAME|ID] [--evidence N] [--out FILE] [--curation PATH]

ledger: every quote of one speaker across the documents, grouped when the same quote appears in
        several documents (first appearance first), with date, cue verb and sentence.
graph:  entities that occur in the same sentence or paragraph, with the sentences as evidence.
        Shows the --limit (default 200) best connected entities.`;

const EXIT_OK = 0;
const EXIT_SOME_FAILED = 1;
const EXIT_USAGE = 2;

interface Loaded {
  readonly corpus: ResolvedCorpus;
  readonly documents: ReadonlyMap<string, InputDocument & { modifiedMs?: number }>;
  readonly failed: number;
}

async function load(inputs: readonly string[], curationPath: string | undefined, io: CliIo, deps: CliDeps, say: (m: string) => void): Promise<Loaded | undefined> {
  const { inputs: collected, annotator, jobs } = await readAndAnnotate(inputs, io.cwd, cliAnnotatorFor(deps, say));
  for (const p of collected.problems) say(`${p.path}: ${p.message}`);
  for (const note of emptyDocumentNotes(collected.documents)) say(note);
  const { annotated: pairs, failed: unannotated } = await settleAnnotations(jobs, say).finally(() => annotator.dispose());
  const failed = collected.problems.length + unannotated;
  const annotated = pairs.map(({ doc, annotation }) => ({ id: doc.id, text: doc.text, annotation }));
  if (annotated.length === 0) {
    say('no document was annotated');
    return undefined;
  }
  const resolved = (deps.resolve ?? resolveCorpus)(annotated);
  const curation = await loadCuration(curationPath !== undefined ? path.resolve(io.cwd, curationPath) : undefined, collected.folders, say);
  const { corpus } = applyCuration(resolved, curation);
  const documents = new Map<string, InputDocument & { modifiedMs?: number }>();
  for (const d of collected.documents) {
    const modifiedMs = await fs.stat(d.absolute).then((s) => s.mtimeMs, () => undefined);
    documents.set(d.id, { ...d, modifiedMs });
  }
  return { corpus, documents, failed };
}

async function emit(text: string, out: string | undefined, io: CliIo): Promise<void> {
  if (out === undefined) io.stdout(text.endsWith('\n') ? text : text + '\n');
  else await writeFileAtomic(path.resolve(io.cwd, out), text);
}

/** Writes the result and gives the exit status: usage error when it cannot be written, else by failed inputs. */
async function finish(text: string, out: string | undefined, failed: number, io: CliIo, say: (m: string) => void): Promise<number> {
  try {
    await emit(text, out, io);
  } catch (e) {
    say(`cannot write ${out}: ${(e as Error).message}`);
    return EXIT_USAGE;
  }
  return failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
}

function positiveInt(value: string | undefined, name: string, fallback: number): number | string {
  if (value === undefined) return fallback;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? n : `--${name} must be a whole number, not "${value}"`;
}

/** Search hits considered when a name, not an id, is given. */
const MAX_HITS = 1000;

/**
 * The entity an id or a name means: an id (or a former id) is taken as it is; a name goes through
 * pickEntity's stated rule, whose note (the chosen one, the others with ids and counts) goes to stderr.
 */
function pickByName(corpus: ResolvedCorpus, view: CorpusView, query: string, purpose: PickPurpose, say: (m: string) => void): Entity | undefined {
  const byId = entityById(corpus.entities, query);
  if (byId) return byId;
  const hits = findEntities(view, query, MAX_HITS).map((entity) => ({
    entity,
    quotes: view.quotesBySpeaker.get(entity.id)?.length ?? 0,
    mentions: view.mentionsByEntity.get(entity.id)?.length ?? 0,
  }));
  if (hits.length === 0) return undefined;
  const { chosen, note } = pickEntity(query, namedCandidates(query, hits), purpose);
  if (note !== undefined) say(note);
  return chosen.entity;
}

/** Runs `ledger` or `graph`; argv starts with the command. Returns the exit status. */
export async function runViewCli(argv: readonly string[], io: CliIo, deps: CliDeps = {}): Promise<number> {
  const say = (message: string) => io.stderr(`source-annotator: ${message}`);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        ...COMMON_OPTIONS,
        limit: { type: 'string' },
        'min-weight': { type: 'string' },
        types: { type: 'string' },
        focus: { type: 'string' },
        evidence: { type: 'string' },
      },
    });
  } catch (e) {
    say((e as Error).message);
    io.stderr(VIEWS_USAGE.split('\n')[0]);
    return EXIT_USAGE;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(VIEWS_USAGE + '\n');
    return EXIT_OK;
  }
  const usage = (message: string) => {
    say(message);
    io.stderr(VIEWS_USAGE.split('\n')[positionals[0] === 'graph' ? 1 : 0].trim());
    return EXIT_USAGE;
  };
  const [command, ...rest] = positionals;
  const missingCuration = await missingExplicitCuration(values.curation !== undefined ? path.resolve(io.cwd, values.curation) : undefined);
  if (missingCuration !== undefined) {
    say(missingCuration);
    return EXIT_USAGE;
  }
  if (command === 'ledger') {
    const [query, ...inputs] = rest;
    if (query === undefined || inputs.length === 0) return usage('give an entity name or id, then at least one file or folder');
    const format = values.format ?? 'json';
    if (!['json', 'markdown', 'csv'].includes(format)) return usage(`unknown format "${format}" for ledger; use json, markdown or csv`);
    const loaded = await load(inputs, values.curation, io, deps, say);
    if (!loaded) return EXIT_USAGE;
    const view = buildView(loaded.corpus);
    const picked = pickByName(loaded.corpus, view, query, 'ledger', say);
    if (!picked) {
      say(`no entity named "${query}" in these documents`);
      return EXIT_USAGE;
    }
    const entity = picked;
    const rank = new Map(loaded.corpus.documents.map((d, i) => [d.id, i]));
    const ledger = buildLedger({
      entity,
      quotes: view.quotesBySpeaker.get(entity.id) ?? [],
      document: (id) => {
        const doc = view.documents.get(id)?.document;
        const input = loaded.documents.get(id);
        if (!doc) return undefined;
        return { text: doc.text, title: documentTitle(doc.text, id), date: detectDocumentDate({ text: doc.text, fileName: id, modifiedMs: input?.modifiedMs }), rank: rank.get(id) ?? 0 };
      },
    });
    const text = format === 'markdown' ? ledgerToMarkdown(ledger) : format === 'csv' ? ledgerToCsv(ledger) : JSON.stringify(ledger, null, 2);
    return finish(text, values.out, loaded.failed, io, say);
  }
  if (command === 'graph') {
    if (rest.length === 0) return usage('give at least one file or folder');
    const format = values.format ?? 'json';
    if (!['json', 'graphml'].includes(format)) return usage(`unknown format "${format}" for graph; use json or graphml`);
    const limit = positiveInt(values.limit, 'limit', 200);
    const minWeight = positiveInt(values['min-weight'], 'min-weight', 1);
    const evidence = positiveInt(values.evidence, 'evidence', 3);
    for (const v of [limit, minWeight, evidence]) if (typeof v === 'string') return usage(v);
    const types = values.types?.split(',').map((t) => t.trim().toUpperCase()).filter((t) => t !== '');
    const badType = types?.find((t) => !ENTITY_TYPES.includes(t as EntityType));
    if (badType) return usage(`unknown type "${badType}"; use ${ENTITY_TYPES.join(', ')}`);
    const loaded = await load(rest, values.curation, io, deps, say);
    if (!loaded) return EXIT_USAGE;
    let focus: string | undefined;
    if (values.focus !== undefined) {
      focus = pickByName(loaded.corpus, buildView(loaded.corpus), values.focus, 'graph', say)?.id;
      if (!focus) say(`no entity named "${values.focus}"; showing the whole graph`);
    }
    const query: GraphQuery = { limit: limit as number, minWeight: minWeight as number, types: types as EntityType[] | undefined, focus };
    const { graph, index } = corpusGraph(loaded.corpus.documents, loaded.corpus.entities, query);
    let text: string;
    if (format === 'graphml') text = graphToGraphml(graph);
    else {
      const edges = graph.edges.map((e) => ({
        ...e,
        evidence: index.evidence(e.source, e.target, evidence as number).map((ev) => ({ document: ev.documentId, scope: ev.scope, start: ev.start, end: ev.end, text: ev.text, a: ev.a, b: ev.b })),
      }));
      text = JSON.stringify({ ...graph, edges }, null, 2);
    }
    return finish(text, values.out, loaded.failed, io, say);
  }
  return usage(`unknown command "${command}"`);
}
