// Composition root: builds the services once, hands each editor feature its dependencies, and owns
// every disposable through the extension context. Features live in src/editor/, one per file.
import * as vscode from 'vscode';
import type { CorpusIndex } from './core/corpusTypes';
import { createCorpusIndex } from './core/corpus';
import { resolveCorpus } from './core/resolve';
import { createAnnotationCache } from './editor/annotationCache';
import { cacheRootFor, dropLegacyCache, engineKeyOf, workspaceCacheStorage } from './editor/cacheStorage';
import { registerCurationCommands } from './editor/curationCommands';
import { registerIdentityCommands } from './editor/identityCommands';
import { registerCurationReport } from './editor/curationReport';
import { createCurationStore, type CurationStore } from './editor/curationStore';
import { engineAnnotator, startEngineClient, type EngineClient } from './editor/engineClient';
import { registerDecorations, type RangesByKind } from './editor/decorations';
import { registerExportCommands } from './editor/exportCommands';
import { registerGraph } from './editor/graph/graphPanel';
import { registerLedger } from './editor/ledger/ledgerPanel';
import { watchFilterSetting } from './editor/filterSetting';
import { Commands, LANGUAGES } from './editor/ids';
import { RescanRequest } from './protocol';
import { createLog } from './editor/log';
import { registerMentionNavigation } from './editor/mentionNavigation';
import { registerOpenLocation } from './editor/openLocation';
import { registerReadingMode } from './editor/readingMode';
import { registerStatusBar } from './editor/statusBar';
import { registerTree, type TreeNode } from './editor/tree';
import { createWorkspaceIndex, type IndexStats } from './editor/workspaceIndex';

/** What activate() hands back; the integration tests drive the extension through it. */
export interface SourceAnnotatorApi {
  readonly index: CorpusIndex;
  /** Resolves when the whole workspace is indexed and resolved, in the extension and in the engine (language server). */
  whenIndexed(): Promise<void>;
  /**
   * The engine (language server) behind hover, definition, references, highlights and symbols: typed
   * custom requests of src/protocol, and how often it was restarted. A test hook, like whenIndexed().
   */
  readonly engine: Pick<EngineClient, 'request' | 'whenIndexed' | 'restarts' | 'onDidRestart'>;
  /** annotated / fromCache since activation; batches and lastScanMs (see IndexStats) describe the workspace scans. */
  indexStats(): IndexStats;
  decorationsFor(uri: vscode.Uri): RangesByKind | undefined;
  readonly onDidUpdateDecorations: vscode.Event<vscode.Uri>;
  readonly tree: { readonly provider: vscode.TreeDataProvider<TreeNode>; readonly view: vscode.TreeView<TreeNode> };
  readonly curation: {
    /** Reads the corrections file again, exactly as activation does. */
    reload(): Promise<void>;
    /** Why the corrections file is not used, while it is not. */
    problem(): string | undefined;
    readonly fileUri: vscode.Uri | undefined;
  };
}

const SELECTOR = LANGUAGES.flatMap((language) => [
  { language, scheme: 'file' },
  { language, scheme: 'untitled' },
]);

export async function activate(context: vscode.ExtensionContext): Promise<SourceAnnotatorApi> {
  const channel = vscode.window.createOutputChannel('Source Annotator');
  const log = createLog(channel);
  const workerUri = vscode.Uri.joinPath(context.extensionUri, 'dist', 'worker.js');
  const cacheRoot = cacheRootFor(context.globalStorageUri, vscode.workspace.workspaceFolders, context.storageUri);
  dropLegacyCache(context.storageUri, cacheRoot);
  const cache = await createAnnotationCache(workspaceCacheStorage(cacheRoot), await engineKeyOf(workerUri), log.info);
  const store = await createCurationStore(log);
  const index = createCorpusIndex({ resolve: resolveCorpus, curation: () => store.current() });
  const filterSetting = watchFilterSetting();
  // The engine (a language server in its own process) answers the standard features and annotates
  // for the extension's own index too. Its cache sits next to the extension's, in a folder of its own.
  const engine = await startEngineClient({
    extensionUri: context.extensionUri,
    selector: SELECTOR,
    cacheFolder: cacheRoot?.scheme === 'file' ? vscode.Uri.joinPath(cacheRoot, 'engine').fsPath : undefined,
    filter: filterSetting.current().settings,
    log,
  });
  const annotator = engineAnnotator(engine);
  const workspaceIndex = createWorkspaceIndex({ index, annotator, cache, log, filter: filterSetting.current, onFilterChange: filterSetting.onDidChange });
  const deps = { index, workspaceIndex, selector: SELECTOR };
  const decorations = registerDecorations({ engine, workspaceIndex });
  const tree = registerTree({ engine, workspaceIndex });
  const curationToEngine = store.onDidChange(() => void engine.reloadCuration());
  // A correction command resolves once the engine applies it too, so every view agrees when it returns.
  const curation: CurationStore = {
    current: () => store.current(),
    problem: () => store.problem(),
    onDidChange: store.onDidChange,
    fileUri: store.fileUri,
    update: async (change) => {
      const saved = await store.update(change);
      if (saved) await engine.reloadCuration();
      return saved;
    },
    reload: async () => {
      await store.reload();
      await engine.reloadCuration();
    },
    dispose: () => undefined,
  };
  const filterToEngine = filterSetting.onDidChange(() => engine.setFilter(filterSetting.current().settings));


  // Disposed in this order: views and providers first, then the index and its worker, the log last.
  context.subscriptions.push(
    decorations,
    tree,
    registerMentionNavigation({ engine, workspaceIndex }),
    registerStatusBar({ engine, workspaceIndex }),
    registerOpenLocation({ engine }),
    registerCurationCommands({ ...deps, store: curation, engine }),
    registerIdentityCommands({ ...deps, store: curation, engine }),
    registerCurationReport({ engine, store: curation, log }),
    registerExportCommands({ engine }),
    registerReadingMode(deps),
    registerLedger({ engine, workspaceIndex, extensionUri: context.extensionUri }),
    registerGraph({ engine, workspaceIndex, tree, extensionUri: context.extensionUri }),
    vscode.commands.registerCommand(Commands.reindex, () => Promise.all([workspaceIndex.rescan(), engine.request(RescanRequest)])),
    vscode.commands.registerCommand(Commands.showOutput, () => channel.show(true)),
    workspaceIndex,
    curationToEngine,
    filterToEngine,
    engine,
    filterSetting,
    store,
    annotator,
    channel,
  );

  return {
    index,
    whenIndexed: async () => {
      await Promise.all([workspaceIndex.whenIndexed(), engine.whenIndexed()]);
    },
    engine,
    indexStats: () => workspaceIndex.stats(),
    decorationsFor: (uri) => decorations.rangesFor(uri),
    onDidUpdateDecorations: decorations.onDidUpdate,
    tree: { provider: tree.provider, view: tree.view },
    curation: { reload: () => curation.reload(), problem: () => store.problem(), fileUri: store.fileUri },
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
