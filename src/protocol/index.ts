// The one contract between the extension (client) and the engine (language server): every custom
// request and notification is declared here, typed, and imported by both sides, so a renamed field is a
// type error on both ends instead of a silent `undefined`. Shapes are plain JSON. Offsets are UTF-16
// code units into the text the server indexed; document ids are the URI strings the server issued
// (for a file, `URI.file(path).toString()`, identical to vscode.Uri.toString()).
import { NotificationType, RequestType, RequestType0 } from 'vscode-languageserver-protocol';
import type { Entity, EntityType, QuoteKind } from '../core/types';

/** The include/exclude/size settings the client reads from `sourceAnnotator.*` and passes on. */
export interface FilterSettings {
  readonly include: string;
  readonly exclude: string;
  readonly maxFileSizeMB: number;
}

/** What the client passes in `initialize` (LSP `initializationOptions`). */
export interface InitializationOptions {
  /** Folder (absolute file-system path) for the engine's annotation cache; absent: no cache. */
  readonly cacheFolder?: string;
  readonly filter: FilterSettings;
  /** Annotation worker threads; absent: one per core, the second and later only while a core is spare (serverPoolSize). */
  readonly workers?: number;
}

/** How documents reached the index since the server started (see the extension API's indexStats()). */
export interface IndexStats {
  readonly annotated: number;
  readonly fromCache: number;
  /** Batches of background results applied to the index since the server started. */
  readonly batches?: number;
  /** Milliseconds of the last workspace scan, start to last document in the index; undefined while one runs. */
  readonly lastScanMs?: number;
  /** Documents in the index now. */
  readonly documents?: number;
  /** Cross-document resolution passes adopted since the server started (each on the resolve worker). */
  readonly resolvePasses?: number;
  /** Longest resolution pass, request to adoption, milliseconds. */
  readonly resolveMaxMs?: number;
  /** Of that longest pass, milliseconds the resolve worker computed (the rest: waiting for the thread, delivery). */
  readonly resolveMaxWorkerMs?: number;
  /** The server's longest event-loop stall since the last scan started, milliseconds (what a request may wait). */
  readonly serverLagMaxMs?: number;
  /**
   * Whether the workspace cache is written up to date with the index's cross-document resolution (no
   * write due or running): what a reopened window then starts from without a pass. Absent: no cache.
   */
  readonly cacheSettled?: boolean;
  /** The most annotation worker threads that ran at once since the server started (absent: unknown). */
  readonly annotationWorkersMax?: number;
}

/** A running workspace scan. */
export interface ScanProgress {
  /** Documents of this scan that reached the index (or were skipped). */
  readonly done: number;
  readonly total: number;
  /** Milliseconds since the scan started. */
  readonly elapsedMs: number;
}

/**
 * Sent by the server whenever the index changed (at most a few times a second while indexing) and when
 * a scan starts or ends. `documents` lists the ids whose annotation changed; `all` means every view
 * must refresh (corrections changed, a rescan started). `progress` is absent when no scan runs.
 */
export interface IndexChangedParams {
  readonly version: number;
  readonly documents: readonly string[];
  readonly all?: boolean;
  readonly progress?: ScanProgress;
  /** True while any document waits to be read, annotated or resolved. */
  readonly busy: boolean;
}
export const IndexChangedNotification = new NotificationType<IndexChangedParams>('sourceAnnotator/indexChanged');

/** Sent by the server for the output channel: `problem` also shows a notification. */
export interface LogParams {
  readonly level: 'info' | 'problem';
  readonly message: string;
}
export const LogNotification = new NotificationType<LogParams>('sourceAnnotator/log');

/** The client's settings changed: the server rescans with the new filter. */
export const FilterChangedNotification = new NotificationType<FilterSettings>('sourceAnnotator/filterChanged');

/** Forget the hashes and scan the workspace again (command Re-index Workspace). */
export const RescanRequest = new RequestType0<void, void>('sourceAnnotator/rescan');

/** The reader cancelled the running workspace scan: stop reading new files (what is indexed stays). */
export const CancelScanRequest = new RequestType0<void, void>('sourceAnnotator/cancelScan');

/** Resolves when the whole workspace is read, annotated and resolved, with the stats at that moment. */
export const WhenIndexedRequest = new RequestType0<IndexStats, void>('sourceAnnotator/whenIndexed');

export const IndexStatsRequest = new RequestType0<IndexStats, void>('sourceAnnotator/indexStats');

/** A mention as the views need it: where, what, and which entity. */
export interface MentionInfo {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: EntityType;
  readonly entity: string;
}

export interface QuoteInfo {
  readonly start: number;
  readonly end: number;
  readonly kind?: QuoteKind;
  readonly speaker?: string;
}

export interface DocumentParams {
  readonly uri: string;
}

/**
 * The spans of one indexed document, for decorations. `text` is omitted; `length` and `version` let
 * the client check that offsets still line up with the editor's text.
 */
export interface DocumentSpans {
  readonly uri: string;
  readonly length: number;
  /** SHA-256 (hex) of the indexed text, UTF-8. No longer sent (see `version`); kept for older servers. */
  readonly hash?: string;
  /**
   * The LSP version of the client's synced copy of the document when the index holds exactly that
   * copy's text; null when the server has a synced copy but indexed another text (the answer is stale);
   * absent when the client does not sync the document (the server read it from disk).
   */
  readonly version?: number | null;
  readonly mentions: readonly MentionInfo[];
  readonly quotes: readonly QuoteInfo[];
}
export const DocumentSpansRequest = new RequestType<DocumentParams, DocumentSpans | null, void>('sourceAnnotator/documentSpans');

export interface PositionParams {
  readonly uri: string;
  /** UTF-16 code units into the indexed text. */
  readonly offset: number;
  /** A non-empty selection's start: its span counts when the caret (offset) is on none (see caret.ts). */
  readonly selectionStart?: number;
}

export interface EntityInfo {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly mentionCount: number;
  readonly documentCount: number;
  readonly quoteCount: number;
}

/** The mention at an offset (the caret rule: a caret right after a name is on it) with its entity. */
export const MentionAtRequest = new RequestType<PositionParams, { readonly mention: MentionInfo; readonly entity: EntityInfo } | null, void>('sourceAnnotator/mentionAt');

export interface MentionLocation {
  readonly uri: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Every mention of an entity across the corpus, in reading order (documents by id, then offset). */
export const MentionsOfRequest = new RequestType<{ readonly entity: string; readonly limit?: number }, { readonly total: number; readonly mentions: readonly MentionLocation[] }, void>('sourceAnnotator/mentionsOf');

/** Entities whose name or alias contains the query (case- and accent-insensitive), best first. */
export const FindEntitiesRequest = new RequestType<{ readonly query: string; readonly limit?: number }, readonly EntityInfo[], void>('sourceAnnotator/findEntities');

/** The entity's current row (after curation), or null when no such entity exists now. */
export const EntityRequest = new RequestType<{ readonly entity: string }, EntityInfo | null, void>('sourceAnnotator/entity');

/** Document ids in reading order. */
export const DocumentIdsRequest = new RequestType0<readonly string[], void>('sourceAnnotator/documentIds');

/** The client saved the corrections file: read it now (the watcher would too, later). Resolves once the index uses it. */
export const ReloadCurationRequest = new RequestType0<{ readonly problem?: string }, void>('sourceAnnotator/reloadCuration');

/** Names of the server's custom messages, for tests that check both sides use this module. */
export const CUSTOM_METHODS: readonly string[] = [
  IndexChangedNotification.method, LogNotification.method, FilterChangedNotification.method, RescanRequest.method, WhenIndexedRequest.method,
  IndexStatsRequest.method, DocumentSpansRequest.method, MentionAtRequest.method, MentionsOfRequest.method, FindEntitiesRequest.method,
  EntityRequest.method, DocumentIdsRequest.method, ReloadCurationRequest.method, 'sourceAnnotator/serverInfo', 'sourceAnnotator/nextMention',
  'sourceAnnotator/treeChildren', 'sourceAnnotator/entityLocations', 'sourceAnnotator/where',
  'sourceAnnotator/ledger', 'sourceAnnotator/graph', 'sourceAnnotator/graphEvidence', 'sourceAnnotator/viewTarget',
  'sourceAnnotator/cancelScan', 'sourceAnnotator/graphNeighbourhood',
  'sourceAnnotator/graphWire',
];

/** The server process's id and start time, so a test (or the status item) can tell a restarted server from the first. */
export const ServerInfoRequest = new RequestType0<{ readonly pid: number; readonly startedAt: number }, void>('sourceAnnotator/serverInfo');

export interface NextMentionParams {
  readonly uri: string;
  /** The caret (a selection's active end); a caret touching a name is on it. */
  readonly offset: number;
  /** A non-empty selection's start: its span counts when the caret is on none (see caret.ts). */
  readonly selectionStart?: number;
  readonly direction: 1 | -1;
}

/**
 * Next / Previous Mention: the next mention of the entity at the position across the corpus (wrapping
 * across documents), or, off any mention, the nearest mention in that direction in the same document.
 * Null when there is none.
 */
export const NextMentionRequest = new RequestType<NextMentionParams, MentionLocation | null, void>('sourceAnnotator/nextMention');

/** The groups of the Entities view. */
export type TreeGroup = EntityType | 'QUOTE';

/** An entity as a tree row shows it: the core entity without its reasons and suggestions. */
export type TreeEntity = Pick<Entity, 'id' | 'name' | 'type' | 'aliases' | 'descriptors'>;

/** An entity row: the entity, its mention count and the documents it is mentioned in (reading order). */
export interface TreeEntityRow {
  readonly entity: TreeEntity;
  readonly mentionCount: number;
  /** Empty in a compact answer (TreeChildrenParams.compact), which gives `documentCount` instead. */
  readonly documents: readonly { readonly documentId: string; readonly count: number }[];
  /** How many documents mention the entity; set in compact answers. */
  readonly documentCount?: number;
}

export interface TreeSpeakerRow {
  /** Entity id of the speaker; null groups quotes without a known speaker. */
  readonly speakerId: string | null;
  readonly name: string;
  readonly count: number;
}

/**
 * A row of the Entities view as the engine builds it. `id` is stable across refreshes (the view keeps
 * selection and expansion by it) and names the row's children in TreeChildrenRequest.
 */
export type TreeRow =
  | { readonly kind: 'group'; readonly id: string; readonly group: TreeGroup; readonly size: number }
  | { readonly kind: 'entity'; readonly id: string; readonly row: TreeEntityRow }
  | { readonly kind: 'document'; readonly id: string; readonly documentId: string; readonly row: TreeEntityRow; readonly count: number }
  | { readonly kind: 'mention'; readonly id: string; readonly documentId: string; readonly start: number; readonly end: number; readonly label: string; readonly highlight: readonly [number, number] }
  | { readonly kind: 'speaker'; readonly id: string; readonly speaker: TreeSpeakerRow }
  | { readonly kind: 'quote'; readonly id: string; readonly documentId: string; readonly start: number; readonly end: number; readonly text: string };

export interface TreeChildrenParams {
  /** The parent row's id; absent for the top level (the groups, or nothing while the index is empty). */
  readonly parent?: string;
  /** Limit everything to one document (the view's "current document" scope). */
  readonly documentId?: string;
  /** Keep entities any of whose names match (any spelling), and quotes whose text or speaker does. */
  readonly filter?: string;
  /**
   * Under a group: at most this many rows, the group's first ones (the group row's `size` says how
   * many there are). Absent: all of them.
   */
  readonly limit?: number;
  /** Under a group cut by `limit`: this entity's (or speaker's) row is added after the others when the cut left it out. */
  readonly include?: string;
  /**
   * Entity rows (and the document rows under them) without their document lists: `documents` is empty
   * and `documentCount` says how many there are. An entity of 10,000 documents is otherwise 10,000
   * entries in every row that carries it.
   */
  readonly compact?: boolean;
}
export const TreeChildrenRequest = new RequestType<TreeChildrenParams, readonly TreeRow[], void>('sourceAnnotator/treeChildren');

/** Every mention of an entity as editor locations (LSP ranges), and its defining mention. */
export interface EntityLocations {
  readonly definition: { readonly uri: string; readonly range: import('vscode-languageserver-protocol').Range } | null;
  readonly locations: readonly { readonly uri: string; readonly range: import('vscode-languageserver-protocol').Range }[];
}
export const EntityLocationsRequest = new RequestType<{ readonly entity: string }, EntityLocations, void>('sourceAnnotator/entityLocations');

/** What is at a position, for the menus' context keys: on a mention, inside a quote (caret rule, then the selection's start). */
export const WhereRequest = new RequestType<PositionParams, { readonly mention: boolean; readonly quote: boolean }, void>('sourceAnnotator/where');

/**
 * Which documents a corpus view counts: the whole corpus, one document (its id), or the documents
 * under a folder (`prefix`: a document-id prefix ending in '/'). Absent: the whole corpus.
 */
export type DocumentScope =
  | { readonly kind: 'workspace' }
  | { readonly kind: 'document'; readonly id: string }
  | { readonly kind: 'folder'; readonly prefix: string };

/**
 * A speaker's quote ledger (src/core/ledger), built in the server from its ledger index, kept in step
 * with the corpus index; null when no such entity exists now. Documents without a date of their own
 * carry the file's modification time, marked as such (`date.source === 'modified'`).
 */
export const LedgerRequest = new RequestType<{ readonly entity: string }, import('../core/ledger').Ledger | null, void>('sourceAnnotator/ledger');

/** A query of the co-occurrence graph (see GraphQuery in src/core/graph): types, minimum weight, node limit, focus. */
export interface GraphParams {
  readonly types?: readonly EntityType[];
  readonly minWeight?: number;
  /** Most nodes (default 200). */
  readonly limit?: number;
  /** Entity id to centre on. */
  readonly focus?: string;
  readonly scope?: DocumentScope;
}
/** The co-occurrence graph, from the server's graph index, kept in step with the corpus index. */
export const GraphRequest = new RequestType<GraphParams, import('../core/graph').GraphData, void>('sourceAnnotator/graph');
/**
 * The same graph as GraphRequest in the compact wire form (src/core/graph/wire.ts: rows, edges by node
 * position), about a fifth of the size: the graph view asks this one, since the client parses an answer
 * in one piece on the extension host's thread (5,000 entities in object form took tens of milliseconds).
 */
export const GraphWireRequest = new RequestType<GraphParams, import('../core/graph').WireGraph, void>('sourceAnnotator/graphWire');

/** Expansion on demand: the neighbourhood of one entity (see GraphIndex.neighbourhood in src/core/graph). */
export interface GraphNeighbourhoodParams {
  /** The entity to expand. */
  readonly entity: string;
  readonly types?: readonly EntityType[];
  readonly minWeight?: number;
  /** Most neighbours (default 50). */
  readonly limit?: number;
  readonly scope?: DocumentScope;
}
/**
 * The entity, its strongest neighbours that pass the filters, and the edges among them; empty when the
 * entity is not in the graph. The graph view merges it into what it shows ("Expand neighbourhood").
 */
export const GraphNeighbourhoodRequest = new RequestType<GraphNeighbourhoodParams, import('../core/graph').GraphData, void>('sourceAnnotator/graphNeighbourhood');

export interface GraphEvidenceParams {
  /** The edge's two entity ids, either order. */
  readonly source: string;
  readonly target: string;
  /** Most passages (default 50). */
  readonly limit?: number;
  readonly scope?: DocumentScope;
}
/**
 * The passages supporting an edge: sentences, then paragraphs, each in reading order, with their text
 * and the offsets (UTF-16, into the indexed document text) of the passage and of both mentions.
 */
export const GraphEvidenceRequest = new RequestType<GraphEvidenceParams, readonly import('../core/graph').EvidenceItem[], void>('sourceAnnotator/graphEvidence');

/** The entity a view command means at a position: the mention there (caret rule), else the speaker of the quote there. */
export const ViewTargetRequest = new RequestType<PositionParams, string | null, void>('sourceAnnotator/viewTarget');

// --- Thin client: corrections, identity links, exports and the curation report are answered by the
// engine, so the extension holds no corpus of its own. (One block, kept at the end of the file.) ---

/** The quote at an offset (caret rule, then the selection's start), with its text; null when none. */
export const QuoteAtRequest = new RequestType<PositionParams, { readonly start: number; readonly end: number; readonly text: string; readonly speaker: string | null } | null, void>('sourceAnnotator/quoteAt');

/**
 * Every entity after curation, whole (aliases, descriptors, merge reasons, "possibly the same"
 * suggestions): the correction commands' pickers and name arguments. Order: by id.
 */
export const EntitiesRequest = new RequestType0<readonly import('../core/types').Entity[], void>('sourceAnnotator/entities');

/** One entity whole (see EntitiesRequest), or null when no such entity exists now. */
export const FullEntityRequest = new RequestType<{ readonly entity: string }, import('../core/types').Entity | null, void>('sourceAnnotator/fullEntity');

/** The indexed text between two offsets of a document; null when the index has no such document or span. */
export const SpanTextRequest = new RequestType<{ readonly uri: string; readonly start: number; readonly end: number }, string | null, void>('sourceAnnotator/spanText');

/** The formats an export can take (the CLI's --format values). */
export type ExportFormat = 'json' | 'csv' | 'brat' | 'w3c' | 'ftm';

export interface ExportParams {
  readonly format: ExportFormat;
  /**
   * The documents to export, by id, with the path each is exported under (workspace-relative,
   * '/'-separated). Documents of the index not listed here are left out.
   */
  readonly paths: Readonly<Record<string, string>>;
  /** CSV: prefix cells that a spreadsheet would run as formulas (document text is untrusted). */
  readonly escapeFormulas?: boolean;
}

/**
 * An export's content, built by the engine from the curated corpus: one file's text (json, w3c, ftm),
 * or files named relative to the chosen folder ('/'-separated; csv, brat). `notes` explain renamed
 * brat files. `documents` counts the documents exported.
 */
export type ExportContent =
  | { readonly kind: 'file'; readonly data: string; readonly documents: number }
  | { readonly kind: 'folder'; readonly files: readonly { readonly name: string; readonly data: string }[]; readonly notes: readonly string[]; readonly documents: number };
export const ExportRequest = new RequestType<ExportParams, ExportContent, void>('sourceAnnotator/export');

/** What each correction of the file did, as the engine applied it (see core/curation CurationReport). */
export const CurationReportRequest = new RequestType0<import('../core/curation/types').CurationReport, void>('sourceAnnotator/curationReport');

/** Editor range (LSP line/character) of a span of an indexed document; null when the index has no such document. */
export const SpanRangeRequest = new RequestType<{ readonly uri: string; readonly start: number; readonly end: number }, import('vscode-languageserver-protocol').Range | null, void>('sourceAnnotator/spanRange');

/** The methods of this block, for the test that checks both sides use this module. */
export const THIN_CLIENT_METHODS: readonly string[] = [
  QuoteAtRequest.method, EntitiesRequest.method, FullEntityRequest.method, SpanTextRequest.method, ExportRequest.method, CurationReportRequest.method, SpanRangeRequest.method,
];
