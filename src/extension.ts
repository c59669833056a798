// Composition root: builds the services once, hands each editor feature its dependencies, and owns
// every disposable through the extension context. Features live in src/editor/, one per file.
import * as vscode from 'vscode';
import { cacheRootFor, dropLegacyCache } from './editor/cacheStorage';
import { createCoverage } from './editor/coverage';
import { registerCurationCommands } from './editor/curation/commands';
import { registerIdentityCommands } from './editor/curation/identityCommands';
import { registerCurationReport } from './editor/curation/report';
import { createCurationStore, type CurationStore } from './editor/curation/store';
import { startEngineClient, type EngineClient } from './editor/engineClient';
import { registerDecorations, type RangesByKind } from './editor/decorations';
import { registerExportCommands } from './editor/exportCommands';
import { registerGraph } from './editor/graph/graphPanel';
import { registerLedger } from './editor/ledger/ledgerPanel';
import { watchFilterSetting } from './editor/filterSetting';
import { Commands, LANGUAGES } from './editor/ids';
import { IndexStatsRequest, RescanRequest, type IndexStats } from './protocol';
import { createLog } from './editor/log';
import { registerMentionNavigation } from './editor/mentionNavigation';
import { registerOpenLocation } from './editor/openLocation';
import { registerReadingMode } from './editor/readingMode';
import { registerStatusBar } from './editor/statusBar';
import { registerIndexNotification } from './editor/indexNotification';
import { registerTree, type TreeNode } from './editor/tree';

/** What activate() hands back; the integration tests drive the extension through it. */
export interface SourceAnnotatorApi {
  /** Resolves when the whole workspace is indexed and resolved in the engine (language server). */
  whenIndexed(): Promise<void>;
  /**
   * The engine (language server) behind hover, definition, references, highlights and symbols: typed
   * custom requests of src/protocol, and how often it was restarted. A test hook, like whenIndexed().
   */
  readonly engine: Pick<EngineClient, 'request' | 'whenIndexed' | 'restarts' | 'onDidRestart'>;
  /** The engine's counts: annotated / fromCache since it started; batches and lastScanMs describe the workspace scans. */
  indexStats(): Promise<IndexStats>;
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
  const cacheRoot = cacheRootFor(context.globalStorageUri, vscode.workspace.workspaceFolders, context.storageUri);
  dropLegacyCache(context.storageUri, cacheRoot);
  const store = await createCurationStore(log);
  const filterSetting = watchFilterSetting();
  // The engine (a language server in its own process) holds the corpus and answers every feature;
  // the host keeps no index of its own. Its cache sits in the workspace cache folder, in a folder of its own.
  const engine = await startEngineClient({
    extensionUri: context.extensionUri,
    selector: SELECTOR,
    cacheFolder: cacheRoot?.scheme === 'file' ? vscode.Uri.joinPath(cacheRoot, 'engine').fsPath : undefined,
    filter: filterSetting.current().settings,
    log,
  });
  const coverage = createCoverage(filterSetting.current);
  const deps = { coverage, selector: SELECTOR };
  const decorations = registerDecorations({ engine, coverage });
  const tree = registerTree({ engine, coverage });
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


  // Disposed in this order: views and providers first, then the engine, the log last.
  context.subscriptions.push(
    decorations,
    tree,
    registerMentionNavigation({ engine, coverage }),
    registerStatusBar({ engine, coverage }),
    registerIndexNotification({ engine }),
    registerOpenLocation({ engine }),
    registerCurationCommands({ ...deps, store: curation, engine }),
    registerIdentityCommands({ ...deps, store: curation, engine }),
    registerCurationReport({ engine, store: curation, log }),
    registerExportCommands({ engine }),
    registerReadingMode({ coverage, engine }),
    registerLedger({ engine, coverage, extensionUri: context.extensionUri }),
    registerGraph({ engine, coverage, tree, extensionUri: context.extensionUri }),
    vscode.commands.registerCommand(Commands.reindex, () => engine.request(RescanRequest)),
    vscode.commands.registerCommand(Commands.showOutput, () => channel.show(true)),
    curationToEngine,
    filterToEngine,
    engine,
    filterSetting,
    store,
    channel,
  );

  return {
    whenIndexed: async () => {
      await engine.whenIndexed();
    },
    engine,
    indexStats: () => engine.request(IndexStatsRequest),
    decorationsFor: (uri) => decorations.rangesFor(uri),
    onDidUpdateDecorations: decorations.onDidUpdate,
    tree: { provider: tree.provider, view: tree.view },
    curation: { reload: () => curation.reload(), problem: () => store.problem(), fileUri: store.fileUri },
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
