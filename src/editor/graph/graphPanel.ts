// "Show Entity Graph": co-occurrence of entities in a webview (cytoscape, bundled), centred on an
// entity when opened from a hover or a context menu. The data comes from the engine's graph index,
// kept in step with its corpus index off the extension host (GraphRequest, GraphEvidenceRequest);
// the page asks for filters, evidence and navigation by message.
import * as vscode from 'vscode';
import { ENTITY_TYPES, type EntityType } from '../../core/types';
import type { EvidenceItem, GraphData } from '../../core/graph';
import { EntityRequest, GraphEvidenceRequest, GraphNeighbourhoodRequest, GraphWireRequest, type DocumentScope } from '../../protocol';
import { documentId, uriOf } from '../convert';
import type { EngineClient } from '../engineClient';
import { Commands } from '../ids';
import { entityFromArgs } from '../ledger/entityTarget';
import { openAt } from '../ledger/ledgerPanel';
import type { EntityTree } from '../tree';
import type { Coverage } from '../coverage';
import { evidenceViews } from './evidenceView';
import { graphHtml } from './graphHtml';
import { mergeNeighbourhood } from './mergeGraph';
import { documentScopeFor, folderPrefix } from './scope';
import { fromWire, graphMessages } from './wire';
import type { Expansion, GraphFilters, GraphScope, HostToPage, PageToHost } from './protocol';
import { createNonce } from './webviewPage';

export interface GraphDeps {
  readonly engine: Pick<EngineClient, 'request' | 'onDidChangeIndex'>;
  readonly coverage: Coverage;
  readonly tree: Pick<EntityTree, 'revealEntity'>;
  readonly extensionUri: vscode.Uri;
}

export const GRAPH_VIEW_TYPE = 'sourceAnnotator.graph';
/** Entities shown at first: the best connected (issue 14: "the top entities by default"). */
const PAGE = 200;
const MAX_PAGE = 5000;
/** Neighbours one expansion adds at most. */
const NEIGHBOURS = 50;
const EVIDENCE_LIMIT = 50;
/** The command's result carries the evidence of this many of the focus entity's links (the page asks for any other). */
const RESULT_EVIDENCE_EDGES = 20;

/** Resolves on a later turn of the event loop, after timers and I/O that are due have run. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** What the command returns: the data shown, and the evidence of the focus entity's 20 strongest links (for tests and API users). */
export interface GraphResult {
  readonly graph: GraphData;
  readonly evidence: Readonly<Record<string, readonly EvidenceItem[]>>;
}

function validFilters(value: unknown): GraphFilters | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const f = value as { types?: unknown; minWeight?: unknown; scope?: unknown; limit?: unknown };
  const types = Array.isArray(f.types) ? f.types.filter((t): t is EntityType => ENTITY_TYPES.includes(t as EntityType)) : [...ENTITY_TYPES];
  const minWeight = typeof f.minWeight === 'number' && Number.isFinite(f.minWeight) ? Math.max(1, Math.floor(f.minWeight)) : 1;
  const scope: GraphScope = f.scope === 'document' || f.scope === 'folder' || f.scope === 'chosen' ? f.scope : 'workspace';
  const limit = typeof f.limit === 'number' && Number.isFinite(f.limit) ? Math.min(MAX_PAGE, Math.max(1, Math.floor(f.limit))) : PAGE;
  return { types, minWeight, scope, limit };
}

export function registerGraph(deps: GraphDeps): vscode.Disposable {
  const { engine } = deps;
  const entityName = async (id: string) => (await engine.request(EntityRequest, { entity: id }))?.name;
  let panel: vscode.WebviewPanel | undefined;
  let focus: string | undefined;
  let filters: GraphFilters = { types: [...ENTITY_TYPES], minWeight: 1, scope: 'workspace', limit: PAGE };
  /** Entities whose neighbourhoods the reader expanded, in order; kept across index refreshes, cleared by new filters or focus. */
  let expanded: string[] = [];
  /** The page has loaded and asked for data: until then a graph message would be lost, so none is sent. */
  let pageReady = false;
  /** The graph last sent to the page. */
  let shown: GraphData | undefined;
  /** Documents of the editors last active, newest first: the "current document" of the scope filter is the newest one annotated. */
  let recentDocuments: vscode.TextDocument[] = [];
  let evidenceShown: readonly EvidenceItem[] = [];
  let refreshTimer: NodeJS.Timeout | undefined;

  // Only noted here: whether a document is annotated is asked when a scope needs it (a glob match,
  // about 6 ms at the first call, was a part of the host's work when the graph opened).
  const noteEditor = (editor: vscode.TextEditor | undefined) => {
    if (editor) recentDocuments = [editor.document, ...recentDocuments.filter((d) => d !== editor.document)].slice(0, 8);
  };
  const currentDocument = (): string | undefined => {
    const doc = recentDocuments.find((d) => !d.isClosed && deps.coverage.covers(d));
    return doc ? documentId(doc.uri) : undefined;
  };
  noteEditor(vscode.window.activeTextEditor);

  /** The document-id prefix of the folder the reader chose for the 'chosen' scope. */
  let chosenFolder: string | undefined;
  const documentFilter = (): { scope: DocumentScope; label: string } =>
    documentScopeFor(filters.scope, filters.scope === 'workspace' || filters.scope === 'chosen' ? undefined : currentDocument(), chosenFolder);

  /** Asks the reader for a folder (default: the chosen one, else the workspace's first); false when cancelled. */
  const pickFolder = async (): Promise<boolean> => {
    const start = chosenFolder ? uriOf(chosenFolder) : vscode.workspace.workspaceFolders?.[0]?.uri;
    const [folder] = (await vscode.window.showOpenDialog({ canSelectFiles: false, canSelectFolders: true, canSelectMany: false, defaultUri: start, openLabel: 'Show Its Documents', title: 'Entity Graph: documents of a folder' })) ?? [];
    if (!folder) return false;
    chosenFolder = folderPrefix(documentId(folder));
    return true;
  };

  const post = (message: HostToPage) => panel?.webview.postMessage(message);

  /** The graph for the filters and focus, with every expansion merged in (one neighbourhood request each). */
  const compute = async (): Promise<{ graph: GraphData; scope: DocumentScope; label: string }> => {
    const { scope, label } = documentFilter();
    // The compact form: the client parses an answer in one piece on the host's thread.
    let graph = fromWire(await engine.request(GraphWireRequest, { types: filters.types, minWeight: filters.minWeight, limit: filters.limit, focus, scope }));
    for (const id of expanded) graph = mergeNeighbourhood(graph, await neighbourhood(id, scope)).graph;
    return { graph, scope, label };
  };

  const neighbourhood = (id: string, scope: DocumentScope) =>
    engine.request(GraphNeighbourhoodRequest, { entity: id, types: filters.types, minWeight: filters.minWeight, limit: NEIGHBOURS, scope });

  /** Numbers the graphs posted: the page joins the parts of one and drops a late part of an older one. */
  let sequence = 0;
  /**
   * Posts the graph in parts (graphMessages), one per turn of the event loop, so no single message's
   * serialisation holds the host long; a newer graph stops the posting of an older one.
   */
  const postGraph = (graph: GraphData, label: string, expansion?: Expansion) => {
    shown = graph;
    if (!pageReady) return;
    const mine = ++sequence;
    const parts = graphMessages(graph);
    const target = panel;
    const postPart = (i: number) => {
      if (mine !== sequence || panel !== target || !pageReady) return;
      void post({ type: 'graph', graph: parts[i], filters, limit: filters.limit, scopeLabel: label, pending: parts.length - 1 - i, sequence: mine, expansion });
      if (i + 1 < parts.length) setImmediate(() => postPart(i + 1));
    };
    postPart(0);
  };

  /** The computation running, shared: the command and the page's first 'ready' ask at about the same time. */
  let computing: ReturnType<typeof compute> | undefined;
  const send = async () => {
    const mine = (computing ??= compute().finally(() => (computing = undefined)));
    const computed = await mine;
    if (computed.graph !== shown) postGraph(computed.graph, computed.label);
    return computed;
  };

  /** Adds an entity's neighbourhood to the graph shown, through the engine's neighbourhood call. */
  const expand = async (id: string) => {
    const { scope, label } = documentFilter();
    if (!shown) return;
    const merged = mergeNeighbourhood(shown, await neighbourhood(id, scope));
    if (!expanded.includes(id)) expanded = [...expanded, id];
    postGraph(merged.graph, label, { id, addedNodes: merged.addedNodes, addedEdges: merged.addedEdges });
  };

  /**
   * The graph shown, with the evidence of the focus entity's strongest links (one engine request per link).
   * `computed`: the graph just sent, when the caller has it (not asked for again).
   */
  const result = async (computed?: Awaited<ReturnType<typeof compute>>): Promise<GraphResult> => {
    const { graph, scope } = computed ?? (await send());
    const evidence: Record<string, readonly EvidenceItem[]> = {};
    const focusEdges = focus ? graph.edges.filter((e) => e.source === focus || e.target === focus).slice(0, RESULT_EVIDENCE_EDGES) : [];
    // One at a time: answers that arrive together are parsed in one turn of the host's event loop
    // (Node reads every complete IPC message of a chunk at once), and 20 lists of passages at once
    // held it for tens of milliseconds at 10,000 documents.
    for (const e of focusEdges) evidence[e.id] = await engine.request(GraphEvidenceRequest, { source: e.source, target: e.target, limit: EVIDENCE_LIMIT, scope });
    return { graph, evidence };
  };

  const sendEvidence = async (source: string, target: string) => {
    const [sourceName, targetName] = await Promise.all([entityName(source), entityName(target)]);
    if (sourceName === undefined || targetName === undefined) return;
    evidenceShown = await engine.request(GraphEvidenceRequest, { source, target, limit: EVIDENCE_LIMIT, scope: documentFilter().scope });
    const title = `${sourceName} — ${targetName}`;
    void post({ type: 'evidence', source, target, title, items: evidenceViews(evidenceShown) });
  };

  const onMessage = async (raw: unknown) => {
    if (!raw || typeof raw !== 'object') return;
    const m = raw as PageToHost;
    switch (m.type) {
      case 'ready':
        pageReady = true;
        // The command computed the graph before the page loaded: send that one, without asking again.
        if (shown && !computing) postGraph(shown, documentFilter().label);
        else await send();
        break;
      case 'filters': {
        const next = validFilters(m.filters);
        if (next) {
          // Choosing "a folder" with none chosen yet asks for one; cancelled, the page goes back to the filters shown.
          if (next.scope === 'chosen' && !chosenFolder && !(await pickFolder())) {
            if (shown) postGraph(shown, documentFilter().label);
            break;
          }
          filters = next;
          expanded = [];
          await send();
        }
        break;
      }
      case 'pickFolder':
        if (await pickFolder()) {
          filters = { ...filters, scope: 'chosen' };
          expanded = [];
          await send();
        }
        break;
      case 'more':
        if (typeof m.id === 'string' && (await entityName(m.id)) !== undefined) await expand(m.id);
        break;
      case 'edge':
        if (typeof m.source === 'string' && typeof m.target === 'string') await sendEvidence(m.source, m.target);
        break;
      case 'node':
        if (typeof m.id === 'string' && (await entityName(m.id)) !== undefined) await deps.tree.revealEntity(m.id, false);
        break;
      case 'quotes':
        if (typeof m.id === 'string' && (await entityName(m.id)) !== undefined) await vscode.commands.executeCommand(Commands.showQuotes, m.id);
        break;
      case 'open': {
        const item = typeof m.index === 'number' ? evidenceShown[m.index] : undefined;
        if (item) await openAt(item.documentId, item.start, item.end);
        break;
      }
    }
  };

  /** Calls of show() so far: only the latest goes on after its first await. */
  let showCalls = 0;
  const show = async (entityId: string | undefined): Promise<GraphResult> => {
    focus = entityId;
    expanded = [];
    // The name first: the panel is created with its final title (setting it afterwards is one more
    // synchronous message from the host to the window).
    const call = ++showCalls;
    const name = entityId ? await entityName(entityId) : undefined;
    // A later call while the name was asked for (a double click, the command and a tree click) wins:
    // two calls passing this point before either made the panel would make two panels.
    if (call !== showCalls) return result();
    const title = entityId ? `Entity Graph: ${name ?? ''}` : 'Entity Graph';
    /** The graph computed for a new panel, handed to result() instead of asking again. */
    let fresh: Awaited<ReturnType<typeof compute>> | undefined;
    if (!panel) {
      pageReady = false;
      // The data before the panel: the engine's query (about 100 ms of the server's thread at 10,000
      // documents) and the window loading the new page (cytoscape, the first draw) each keep a core busy,
      // and run together they left the host's thread waiting for a core for 70 ms at a time (it ran 5 ms
      // in that gap). In turn, the page's 'ready' finds the graph computed and gets it at once.
      fresh = await send();
      if (call !== showCalls || panel) return result();
      const created = vscode.window.createWebviewPanel(GRAPH_VIEW_TYPE, title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {
        enableScripts: true,
        enableCommandUris: false,
        localResourceRoots: [vscode.Uri.joinPath(deps.extensionUri, 'dist'), vscode.Uri.joinPath(deps.extensionUri, 'media')],
        retainContextWhenHidden: true,
      });
      panel = created;
      created.onDidDispose(() => {
        if (panel === created) panel = undefined;
        pageReady = false;
        shown = undefined;
        evidenceShown = [];
      });
      created.webview.onDidReceiveMessage((m: unknown) => onMessage(m).catch((e: unknown) => void vscode.window.showErrorMessage(`Source Annotator: ${(e as Error).message}`)));
      // Creating the webview and handing it its page are both VS Code's own synchronous work on the
      // host's thread (17 ms and a few more in a 3k-document profile, in one stretch with the command):
      // one turn of the event loop each, so they never add up to one long block.
      await nextTurn();
      if (panel !== created) return result();
      const webview = created.webview;
      webview.html = graphHtml({
        cspSource: webview.cspSource,
        nonce: createNonce(),
        scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(deps.extensionUri, 'dist', 'graphView.js')).toString(),
        styleUri: webview.asWebviewUri(vscode.Uri.joinPath(deps.extensionUri, 'media', 'graph.css')).toString(),
      });
      await nextTurn();
    } else {
      panel.reveal(undefined, false);
      if (panel.title !== title) panel.title = title;
    }
    // The page asks for data with 'ready' when it first loads; an open page gets it now.
    return result(fresh);
  };

  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.showGraph, async (...args: unknown[]) => {
      noteEditor(vscode.window.activeTextEditor);
      // From the palette (no arguments) the whole graph; from a hover link, the tree or the editor context menu (a Uri), centred.
      return show(await entityFromArgs(deps, args, args.length > 0));
    }),
    vscode.window.onDidChangeActiveTextEditor(noteEditor),
    engine.onDidChangeIndex(() => {
      if (!panel) return;
      if (refreshTimer) clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => {
        refreshTimer = undefined;
        if (panel) void send().catch(() => undefined);
      }, 1000);
    }),
    { dispose: () => {
      if (refreshTimer) clearTimeout(refreshTimer);
      panel?.dispose();
    } },
  );
}
