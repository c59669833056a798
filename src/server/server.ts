// Wires the engine to an LSP connection: lifecycle, open documents (textDocument/didOpen, didChange
// and didClose carry the editor's unsaved text), the standard features and the custom messages of
// src/protocol. The transport and the file system come from the caller (main.ts for the real server,
// an in-memory stream pair and a test folder in the unit tests).
import { TextDocuments, TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentAnnotation } from '../core/types';
import { createAnnotationCache, noCache } from '../editor/annotationCache';
import { DEFAULT_FILTER } from '../editor/fileFilter';
import {
  DocumentIdsRequest, DocumentSpansRequest, EntityRequest, FilterChangedNotification, FindEntitiesRequest, IndexChangedNotification, IndexStatsRequest,
  WhereRequest, GraphEvidenceRequest, GraphNeighbourhoodRequest, GraphRequest, LedgerRequest, ViewTargetRequest, LogNotification, MentionAtRequest, MentionsOfRequest, NextMentionRequest, TreeChildrenRequest, EntityLocationsRequest, ReloadCurationRequest, RescanRequest, CancelScanRequest, ServerInfoRequest, WhenIndexedRequest,
  type EntityInfo, type InitializationOptions,
} from '../protocol';
import type { Cancellation, Priority } from './annotatorPool';
import { createEngine, type Engine } from './engine';
import { createFeatures } from './features';
import { createTreeRows, type TreeRows } from './tree';
import { createCorpusViews, type CorpusViews } from './views';
import { filePath, type FileAccess } from './files';
import type { ResolveChannel } from './resolveWorker';
import { spanAtCaret } from '../editor/caretSpan';
import { CurationReportRequest, EntitiesRequest, ExportRequest, FullEntityRequest, QuoteAtRequest, SpanRangeRequest, SpanTextRequest } from '../protocol';
import { exportBundle } from '../core/export';
// The graph view's compact answer (issue 14: the host parses each answer in one piece).
import { toWire } from '../core/graph/wire';
import { GraphWireRequest } from '../protocol';

export interface ServerDeps {
  readonly files: FileAccess;
  /** Makes the annotator once the client's options are known; disposed with the server. */
  readonly annotator: (options: InitializationOptions) => {
    annotate(text: string, priority: Priority, token?: Cancellation): Promise<DocumentAnnotation>;
    /** The most annotation workers that ran at once (IndexStats.annotationWorkersMax); absent: not told. */
    peakWorkers?(): number;
    dispose(): void;
  };
  /** The worker bundle, whose hash keys the cache. */
  readonly workerPath?: string;
  /** This server's own bundle (dist/server.js), whose hash keys the cached resolution; without it none is cached. */
  readonly serverPath?: string;
  /** A file's modification time (ms since the epoch), for ledger dates of undated documents; absent: none are used. */
  readonly modifiedMs?: (file: string) => Promise<number | undefined>;
  /** Where cross-document resolution runs (main.ts: a worker thread); absent: in this thread, a macrotask later. */
  readonly resolveChannel?: () => ResolveChannel;
}

/** Typing in a large document waits a little longer, so the workers aren't fed every keystroke. */
function editDelayMs(length: number): number {
  return 200 + Math.min(800, Math.round(length / 2000));
}

/** What the process entry point (main.ts) may still ask of a started server. */
export interface StartedServer {
  /** Writes the workspace cache if anything is due (before the process ends on a signal). Never rejects. */
  flushCache(): Promise<void>;
}

/** Registers every handler on the connection and starts listening. */
export function startServer(connection: Connection, deps: ServerDeps): StartedServer {
  const documents = new TextDocuments(TextDocument);
  let engine: Engine | undefined;
  let annotator: ReturnType<ServerDeps['annotator']> | undefined;
  let options: InitializationOptions = { filter: DEFAULT_FILTER };
  let folders: string[] = [];
  let ready: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (ready = resolve));
  const openVersions = new Map<string, number>();
  const log = (level: 'info' | 'problem', message: string) => void connection.sendNotification(LogNotification, { level, message });

  connection.onInitialize((params): InitializeResult => {
    options = { filter: DEFAULT_FILTER, ...(params.initializationOptions as Partial<InitializationOptions> | undefined) };
    folders = (params.workspaceFolders ?? []).map((f) => filePath(f.uri)).filter((p): p is string => p !== undefined);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        documentSymbolProvider: { label: 'Source Annotator' },
        workspaceSymbolProvider: true,
      },
      serverInfo: { name: 'Source Annotator engine' },
    };
  });

  connection.onInitialized(async () => {
    annotator = deps.annotator(options);
    const engineKey = options.cacheFolder && deps.workerPath ? await deps.files.engineKey(deps.workerPath) : undefined;
    const cacheFolder = options.cacheFolder;
    // The resolver runs in this bundle, not the worker's: its hash keys the cached resolution.
    const resolverKey = engineKey && deps.serverPath ? await deps.files.engineKey(deps.serverPath) : undefined;
    const cache = cacheFolder && engineKey ? await createAnnotationCache(deps.files.cacheStorage(cacheFolder), engineKey, (m) => log('info', m)) : noCache;
    const a = annotator;
    engine = createEngine({
      files: deps.files,
      annotate: (text, priority) => a.annotate(text, priority),
      cache,
      persist: cacheFolder && engineKey ? { engineKey, file: (folder) => deps.files.corpusCache(cacheFolder, folder), resolverKey } : undefined,
      folders,
      filter: options.filter,
      log,
      resolveChannel: deps.resolveChannel,
      notify: (params) => {
        void connection.sendNotification(IndexChangedNotification, params);
        // The ledger and graph indexes follow the corpus index after each applied batch.
        views?.noteChanged(params.busy);
      },
    });
    const e = engine;
    const modifiedMs = deps.modifiedMs;
    views = createCorpusViews({
      index: e.index,
      modifiedMs: modifiedMs && (async (id) => {
        const file = filePath(id);
        return file === undefined ? undefined : modifiedMs(file);
      }),
    });
    for (const d of documents.all()) engine.openOrChange({ uri: d.uri, languageId: d.languageId, text: d.getText() });
    engine.start();
    ready();
  });


  const withEngine = async <T>(f: (e: Engine) => T | Promise<T>): Promise<T> => {
    await started;
    return f(engine!);
  };

  documents.onDidOpen((e) => {
    openVersions.set(e.document.uri, e.document.version);
    engine?.openOrChange({ uri: e.document.uri, languageId: e.document.languageId, text: e.document.getText() });
  });
  documents.onDidChangeContent((e) => {
    // didOpen fires this too: that version was handled above.
    if (openVersions.get(e.document.uri) === e.document.version) return;
    engine?.openOrChange({ uri: e.document.uri, languageId: e.document.languageId, text: e.document.getText() }, editDelayMs(e.document.getText().length));
  });
  documents.onDidClose((e) => {
    openVersions.delete(e.document.uri);
    engine?.close(e.document.uri);
  });

  const featuresOf = (e: Engine) =>
    createFeatures({
      index: e.index,
      openDocument: (uri) => documents.get(uri),
      covers: (uri) => e.covers(uri, documents.get(uri)?.languageId),
    });
  let features: ReturnType<typeof createFeatures> | undefined;
  const f = async () => {
    await started;
    return (features ??= featuresOf(engine!));
  };

  /** Features for a document, once the index holds it (see Engine.whenDocument). */
  const forDocument = async (uri: string) => {
    const features = await f();
    if (engine!.covers(uri, documents.get(uri)?.languageId)) await engine!.whenDocument(uri);
    return features;
  };
  connection.onHover(async (p) => (await forDocument(p.textDocument.uri)).hover(p.textDocument.uri, p.position));
  connection.onDefinition(async (p) => (await forDocument(p.textDocument.uri)).definition(p.textDocument.uri, p.position));
  connection.onReferences(async (p) => (await forDocument(p.textDocument.uri)).references(p.textDocument.uri, p.position, p.context.includeDeclaration));
  connection.onDocumentHighlight(async (p) => (await forDocument(p.textDocument.uri)).highlights(p.textDocument.uri, p.position));
  connection.onDocumentSymbol(async (p) => (await forDocument(p.textDocument.uri)).documentSymbols(p.textDocument.uri));
  connection.onWorkspaceSymbol(async (p) => (await f()).workspaceSymbols(p.query));

  const entityInfo = (e: Engine, id: string): EntityInfo | null => {
    const summary = e.index.summary(id);
    if (!summary) return null;
    const { entity } = summary;
    return { id: entity.id, name: entity.name, type: entity.type, aliases: entity.aliases, mentionCount: summary.mentionCount, documentCount: summary.documentCount, quoteCount: summary.quotes.length };
  };

  connection.onRequest(WhenIndexedRequest, () => withEngine((e) => e.whenIndexed()));
  connection.onRequest(IndexStatsRequest, () => withEngine((e) => ({ ...e.stats(), annotationWorkersMax: annotator?.peakWorkers?.() })));
  connection.onRequest(RescanRequest, () => withEngine((e) => e.rescan()));
  connection.onRequest(CancelScanRequest, () => withEngine((e) => e.cancelScan()));
  connection.onRequest(ReloadCurationRequest, () => withEngine(async (e) => {
    await e.reloadCuration();
    return { problem: e.curationProblem() };
  }));
  connection.onNotification(FilterChangedNotification, (settings) => void withEngine((e) => e.setFilter(settings)));
  connection.onRequest(DocumentIdsRequest, () => withEngine((e) => e.index.documentIds()));
  connection.onRequest(DocumentSpansRequest, ({ uri }) => withEngine((e) => {
    const doc = e.index.document(uri);
    if (!doc) return null;
    // The synced copy's LSP version when the index holds its text (null: an older text); no hashing.
    const open = documents.get(uri);
    return {
      uri,
      length: doc.text.length,
      version: open ? (open.getText() === doc.text ? open.version : null) : undefined,
      mentions: doc.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, type: m.type, entity: m.entity })),
      quotes: doc.quotes.map((q) => ({ start: q.start, end: q.end, kind: q.kind, speaker: q.speaker ?? undefined })),
    };
  }));
  connection.onRequest(MentionAtRequest, ({ uri, offset, selectionStart }) => withEngine((e) => {
    const mention = spanAtCaret((d, o) => e.index.mentionAt(d, o), uri, offset) ?? (selectionStart !== undefined ? e.index.mentionAt(uri, selectionStart) : undefined);
    const entity = mention && entityInfo(e, mention.entity);
    return mention && entity ? { mention: { start: mention.start, end: mention.end, text: mention.text, type: mention.type, entity: mention.entity }, entity } : null;
  }));
  connection.onRequest(MentionsOfRequest, ({ entity, limit }) => withEngine((e) => {
    const all = e.index.mentionsOf(entity);
    const slice = limit === undefined ? all : all.slice(0, limit);
    return { total: all.length, mentions: slice.map((r) => ({ uri: r.documentId, start: r.mention.start, end: r.mention.end, text: r.mention.text })) };
  }));
  connection.onRequest(FindEntitiesRequest, ({ query, limit }) => withEngine((e) => e.index.findEntities(query, limit).map((x) => entityInfo(e, x.id)).filter((x): x is EntityInfo => x !== null)));
  connection.onRequest(EntityRequest, ({ entity }) => withEngine((e) => entityInfo(e, entity)));

  connection.onRequest(NextMentionRequest, ({ uri, offset, selectionStart, direction }) => withEngine((e) => {
    const index = e.index;
    const mention = spanAtCaret((d, o) => index.mentionAt(d, o), uri, offset) ?? (selectionStart !== undefined ? index.mentionAt(uri, selectionStart) : undefined);
    if (!mention) {
      const mentions = index.document(uri)?.mentions ?? [];
      const near = direction === 1 ? mentions.find((m) => m.start > offset) : [...mentions].reverse().find((m) => m.end < offset);
      return near ? { uri, start: near.start, end: near.end, text: near.text } : null;
    }
    const next = index.nextMention(mention.entity, uri, mention.start, direction);
    return next ? { uri: next.documentId, start: next.mention.start, end: next.mention.end, text: next.mention.text } : null;
  }));

  connection.onRequest(WhereRequest, ({ uri, offset, selectionStart }) => withEngine((e) => {
    const at = <T>(lookup: (d: string, o: number) => T | undefined) => spanAtCaret(lookup, uri, offset) ?? (selectionStart !== undefined ? lookup(uri, selectionStart) : undefined);
    return { mention: at((d, o) => e.index.mentionAt(d, o)) !== undefined, quote: at((d, o) => e.index.quoteAt(d, o)) !== undefined };
  }));

  let views: CorpusViews | undefined;
  connection.onRequest(LedgerRequest, ({ entity }) => withEngine(() => views!.ledger(String(entity))));
  connection.onRequest(GraphRequest, (params) => withEngine(() => views!.graph(params ?? {})));
  connection.onRequest(GraphWireRequest, (params) => withEngine(async () => toWire(await views!.graph(params ?? {}))));
  connection.onRequest(GraphEvidenceRequest, (params) => withEngine(() => views!.evidence(params)));
  connection.onRequest(GraphNeighbourhoodRequest, (params) => withEngine(() => views!.neighbourhood(params)));
  connection.onRequest(ViewTargetRequest, ({ uri, offset, selectionStart }) => withEngine((e) => {
    const at = <T>(lookup: (d: string, o: number) => T | undefined) => spanAtCaret(lookup, uri, offset) ?? (selectionStart !== undefined ? lookup(uri, selectionStart) : undefined);
    return at((d, o) => e.index.mentionAt(d, o))?.entity ?? at((d, o) => e.index.quoteAt(d, o))?.speaker ?? null;
  }));

  let tree: TreeRows | undefined;
  connection.onRequest(TreeChildrenRequest, (params) => withEngine((e) => (tree ??= createTreeRows(e.index)).children(params)));
  connection.onRequest(EntityLocationsRequest, ({ entity }) => withEngine(async (e) => {
    const features = await f();
    const definition = e.index.summary(entity)?.definition;
    const locate = (refs: Parameters<typeof features.locations>[0]) => features.locations(refs);
    return { definition: definition ? (locate([definition])[0] ?? null) : null, locations: locate(e.index.mentionsOf(entity)) };
  }));

  // The thin client's questions: corrections, identity links, exports, the curation report.
  connection.onRequest(QuoteAtRequest, ({ uri, offset, selectionStart }) => withEngine((e) => {
    const quote = spanAtCaret((d, o) => e.index.quoteAt(d, o), uri, offset) ?? (selectionStart !== undefined ? e.index.quoteAt(uri, selectionStart) : undefined);
    return quote ? { start: quote.start, end: quote.end, text: quote.text, speaker: quote.speaker } : null;
  }));
  connection.onRequest(EntitiesRequest, () => withEngine((e) => [...e.index.snapshot().entities.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))));
  connection.onRequest(FullEntityRequest, ({ entity }) => withEngine((e) => e.index.snapshot().entities.get(entity) ?? null));
  connection.onRequest(SpanTextRequest, ({ uri, start, end }) => withEngine((e) => {
    const text = e.index.document(uri)?.text;
    return text !== undefined && Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length ? text.slice(start, end) : null;
  }));
  connection.onRequest(ExportRequest, ({ format, paths, escapeFormulas }) => withEngine((e) => {
    const snapshot = e.index.snapshot();
    const chosen = snapshot.documents.filter((d) => Object.prototype.hasOwnProperty.call(paths, d.id) && typeof paths[d.id] === 'string');
    const uriOf = new Map(chosen.map((d) => [paths[d.id], d.id]));
    const corpus = { documents: chosen.map((d) => ({ ...d, id: paths[d.id] })), entities: snapshot.entities };
    const bundle = exportBundle(corpus, format, { escapeFormulas, source: (id) => uriOf.get(id) ?? id });
    return { ...bundle, documents: chosen.length };
  }));
  connection.onRequest(CurationReportRequest, () => withEngine((e) => e.index.curationReport()));
  connection.onRequest(SpanRangeRequest, async ({ uri, start, end }) => {
    const features = await f();
    const length = engine!.index.document(uri)?.text.length;
    if (length === undefined || !(Number.isFinite(start) && Number.isFinite(end) && 0 <= start && start <= end)) return null;
    return features.converter(uri)?.range({ start: Math.min(start, length), end: Math.min(end, length) }) ?? null;
  });

  const startedAt = Date.now();
  connection.onRequest(ServerInfoRequest, () => ({ pid: process.pid, startedAt }));

  connection.onShutdown(async () => {
    views?.dispose();
    // The workspace cache is written a few seconds after a change; what is still due goes now.
    await engine?.flushCache();
    engine?.dispose();
    annotator?.dispose();
  });

  documents.listen(connection);
  connection.listen();
  return { flushCache: async () => engine?.flushCache() };
}
