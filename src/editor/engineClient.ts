// The extension's side of the engine: starts the language server (dist/server.js) over Node IPC with
// vscode-languageclient, which then serves hover, definition, references, highlights and symbols for
// the plain-text and Markdown documents the selector names. Custom requests go through `request`, typed
// by src/protocol. A crashed server is restarted with a message; the reader's corrections live in the
// workspace's curation file, so a restart loses none of them.
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { ProtocolNotificationType, ProtocolRequestType0, RequestType, RequestType0 } from 'vscode-languageserver-protocol';
import { FilterChangedNotification, IndexChangedNotification, LogNotification, ReloadCurationRequest, WhenIndexedRequest, type FilterSettings, type IndexChangedParams, type IndexStats } from '../protocol';
import { HOVER_COMMANDS } from './ids';
import type { Log } from './log';

export interface EngineClient extends vscode.Disposable {
  /** Sends a typed custom request (see src/protocol), after the server has started. */
  request<R>(type: RequestType0<R, void> | ProtocolRequestType0<R, unknown, void, void>): Promise<R>;
  request<P, R>(type: RequestType<P, R, void>, params: P): Promise<R>;
  /** Resolves when the server has indexed and resolved the whole workspace. */
  whenIndexed(): Promise<IndexStats>;
  /** Fires on the server's "index changed" notification. */
  readonly onDidChangeIndex: vscode.Event<IndexChangedParams>;
  /** Fires after the client restarted a stopped server (and it is running again). */
  readonly onDidRestart: vscode.Event<void>;
  /** The corrections file changed on disk: make the server read it now. */
  reloadCuration(): Promise<void>;
  setFilter(settings: FilterSettings): void;
  /** How many times the server stopped and was started again since activation. */
  restarts(): number;
}

export interface EngineClientDeps {
  readonly extensionUri: vscode.Uri;
  /** The documents the client syncs to the server and asks it about: languages by scheme. */
  readonly selector: readonly { readonly language: string; readonly scheme: string }[];
  /** Absolute path of the cache folder; absent: the engine runs without a cache. */
  readonly cacheFolder?: string;
  readonly filter: FilterSettings;
  readonly log: Log;
}

/** Asks at the position, then, when that finds nothing and the position is the active end of a selection, at the selection's start. */
async function withSelection<T>(document: vscode.TextDocument, position: vscode.Position, ask: (p: vscode.Position) => vscode.ProviderResult<T>): Promise<T | null | undefined> {
  const first = await ask(position);
  const editor = vscode.window.activeTextEditor;
  const empty = first === undefined || first === null || (Array.isArray(first) && first.length === 0);
  if (!empty || !editor || editor.document !== document || editor.selection.isEmpty || !editor.selection.active.isEqual(position)) return first;
  return ask(editor.selection.start);
}

/** More stops than this within RESTART_WINDOW_MS: the engine keeps crashing, and is left stopped. */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 3 * 60_000;

export async function startEngineClient(deps: EngineClientDeps): Promise<EngineClient> {
  const module = vscode.Uri.joinPath(deps.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy'] } },
  };
  const changed = new vscode.EventEmitter<IndexChangedParams>();
  const restarted = new vscode.EventEmitter<void>();
  const stops: number[] = [];
  let restarts = 0;
  let disposed = false;
  const clientOptions: LanguageClientOptions = {
    documentSelector: deps.selector.map((f) => ({ ...f })),
    initializationOptions: { cacheFolder: deps.cacheFolder, filter: deps.filter },
    // Hover cards may run our own allow-listed commands only, and never raw HTML.
    markdown: { isTrusted: { enabledCommands: [...HOVER_COMMANDS] }, supportHtml: false },
    outputChannel: vscode.window.createOutputChannel('Source Annotator Engine'),
    // LSP sends only the caret. When it is the active end of a selection (a double-click on "Name’s"
    // selects the possessive too), the selection decides, as for our commands (caret.ts): the caret
    // first, then the selection's start.
    middleware: {
      provideDefinition: (document, position, token, next) => withSelection(document, position, (p) => next(document, p, token)),
      provideReferences: (document, position, options, token, next) => withSelection(document, position, (p) => next(document, p, options, token)),
      provideDocumentHighlights: (document, position, token, next) => withSelection(document, position, (p) => next(document, p, token)),
    },
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue }),
      closed: () => {
        if (disposed) return { action: CloseAction.DoNotRestart, handled: true };
        const now = Date.now();
        stops.push(now);
        while (stops.length > 0 && now - stops[0] > RESTART_WINDOW_MS) stops.shift();
        if (stops.length > MAX_RESTARTS) {
          return { action: CloseAction.DoNotRestart, message: `Source Annotator: the engine stopped ${stops.length} times in 3 minutes and is left stopped. Your corrections are saved in the workspace. Run "Developer: Reload Window" to start it again.` };
        }
        restarts++;
        deps.log.info('the engine stopped; restarting it');
        void vscode.window.showWarningMessage('Source Annotator: the engine stopped and was restarted. Your corrections are saved in the workspace; the documents are being indexed again.');
        return { action: CloseAction.Restart, handled: true };
      },
    },
  };
  const client = new LanguageClient('sourceAnnotator', 'Source Annotator', serverOptions, clientOptions);
  const listeners: vscode.Disposable[] = [
    client.onNotification(IndexChangedNotification, (p) => changed.fire(p)),
    client.onNotification(LogNotification, (p) => (p.level === 'problem' ? deps.log.problem(p.message) : deps.log.info(p.message))),
    client.onDidChangeState((e) => {
      // State 2 is Running: after a restart the server is back and every view must ask again.
      if (e.newState === 2 && restarts > 0) restarted.fire();
    }),
  ];
  await client.start();

  const ready = async () => {
    // During a restart the client is not running yet: wait for it instead of failing the request.
    for (let i = 0; i < 200 && !client.isRunning() && !disposed; i++) await new Promise((r) => setTimeout(r, 50));
  };

  return {
    async request(type: RequestType0<unknown, void> | RequestType<unknown, unknown, void>, params?: unknown): Promise<never> {
      await ready();
      // By method name: a caller bundled separately (the integration tests) holds its own copy of the
      // protocol library, whose message-type objects this copy would not recognise.
      return (params === undefined ? client.sendRequest(type.method) : client.sendRequest(type.method, params)) as Promise<never>;
    },
    async whenIndexed() {
      await ready();
      return client.sendRequest(WhenIndexedRequest);
    },
    onDidChangeIndex: changed.event,
    onDidRestart: restarted.event,
    async reloadCuration() {
      await ready();
      await client.sendRequest(ReloadCurationRequest);
    },
    setFilter(settings) {
      void ready().then(() => client.sendNotification(FilterChangedNotification as ProtocolNotificationType<FilterSettings, void>, settings));
    },
    restarts: () => restarts,
    dispose() {
      disposed = true;
      for (const l of listeners) l.dispose();
      changed.dispose();
      restarted.dispose();
      void client.stop(2000).catch(() => undefined);
    },
  };
}
