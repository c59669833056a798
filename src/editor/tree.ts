// The entity tree in its own activity-bar container. Elements are our own model objects (TreeNode),
// rebuilt from the corpus snapshot when the index changes and kept in a map by id so reveal() and
// getParent() see the same objects between refreshes.
import * as vscode from 'vscode';
import type { CorpusIndex } from '../core/corpusTypes';
import type { EntityType } from '../core/types';
import { ENTITY_TYPES } from '../core/types';
import { caretTarget } from './caret';
import { converterFor, documentId, openLocationArgs, uriOf } from './convert';
import { count, documentLabel, mentionSummary, shorten, typeLabel } from './format';
import { Commands, Config, ContextKeys, Views } from './ids';
import { locationsOf } from './navigation';
import { snippetAround } from './snippet';
import { buildTreeData, type EntityRow, type SpeakerRow, type TreeData } from './treeModel';
import type { WorkspaceIndex } from './workspaceIndex';

export type GroupKind = EntityType | 'QUOTE';

export type TreeNode =
  | { readonly kind: 'group'; readonly id: string; readonly group: GroupKind }
  | { readonly kind: 'entity'; readonly id: string; readonly row: EntityRow; readonly parent: TreeNode }
  | { readonly kind: 'document'; readonly id: string; readonly documentId: string; readonly row: EntityRow; readonly parent: TreeNode }
  | { readonly kind: 'mention'; readonly id: string; readonly documentId: string; readonly start: number; readonly end: number; readonly parent: TreeNode }
  | { readonly kind: 'speaker'; readonly id: string; readonly speaker: SpeakerRow; readonly parent: TreeNode }
  | { readonly kind: 'quote'; readonly id: string; readonly documentId: string; readonly start: number; readonly end: number; readonly text: string; readonly parent: TreeNode };

export type Scope = 'workspace' | 'document';

export interface EntityTree extends vscode.Disposable {
  readonly provider: vscode.TreeDataProvider<TreeNode>;
  readonly view: vscode.TreeView<TreeNode>;
  /** Reveals the entity under the cursor of the active editor; false when there is none. */
  revealAtCursor(focus: boolean, arg?: unknown): Promise<boolean>;
  /** Reveals the entity with this id; false when the tree does not show it. */
  revealEntity(entityId: string, focus: boolean): Promise<boolean>;
  readonly scope: Scope;
}

export interface TreeDeps {
  readonly index: CorpusIndex;
  readonly workspaceIndex: WorkspaceIndex;
}

const GROUP_LABEL: Record<GroupKind, string> = { PERSON: 'People', ORG: 'Organizations', PLACE: 'Places', QUOTE: 'Quotes' };
const GROUP_ICON: Record<GroupKind, string> = { PERSON: 'person', ORG: 'organization', PLACE: 'location', QUOTE: 'quote' };

export function registerTree(deps: TreeDeps): EntityTree {
  const { index, workspaceIndex } = deps;
  const changed = new vscode.EventEmitter<TreeNode | undefined>();
  let scope: Scope = 'workspace';
  let filter = '';
  let scopedDocument: string | undefined;
  let data: { key: string; tree: TreeData } | undefined;
  /** Nodes by id, rebuilt with the data, so the same element object comes back for the same id. */
  let nodes = new Map<string, TreeNode>();

  const node = <T extends TreeNode>(n: T): T => {
    const existing = nodes.get(n.id);
    if (existing) return existing as T;
    nodes.set(n.id, n);
    return n;
  };

  /** How long the last rebuild took (resolution included, when it had to run): paces rebuilds during a scan. */
  let lastBuildMs = 0;
  const currentData = (): TreeData => {
    const key = `${index.version}|${scope}|${scopedDocument ?? ''}|${filter}`;
    if (!data || data.key !== key) {
      const documentFilter = scope === 'document' ? (scopedDocument ?? '\u0000none') : undefined;
      const started = Date.now();
      data = { key, tree: buildTreeData(index.snapshot(), { documentId: documentFilter, filter }) };
      nodes = new Map();
      lastBuildMs = Date.now() - started;
    }
    return data.tree;
  };

  const groups = (): TreeNode[] => [...ENTITY_TYPES, 'QUOTE' as const].map((group) => node({ kind: 'group', id: `group:${group}`, group }));

  const provider: vscode.TreeDataProvider<TreeNode> = {
    onDidChangeTreeData: changed.event,
    getChildren(element) {
      const tree = currentData();
      // No documents at all: return nothing so the view shows its welcome text instead of empty groups.
      if (!element) return index.snapshot().documents.length > 0 ? groups() : [];
      switch (element.kind) {
        case 'group':
          if (element.group === 'QUOTE') return tree.speakers.map((speaker) => node({ kind: 'speaker', id: `speaker:${speaker.speakerId ?? ''}`, speaker, parent: element }));
          return tree.entities[element.group].map((row) => node({ kind: 'entity', id: `entity:${row.entity.id}`, row, parent: element }));
        case 'entity':
          return element.row.documents.map((d) => node({ kind: 'document', id: `document:${element.row.entity.id}:${d.documentId}`, documentId: d.documentId, row: element.row, parent: element }));
        case 'document': {
          const perDoc = element.row.documents.find((d) => d.documentId === element.documentId);
          return (perDoc?.mentions ?? []).map((m) => node({ kind: 'mention', id: `mention:${element.documentId}:${m.start}:${m.end}`, documentId: element.documentId, start: m.start, end: m.end, parent: element }));
        }
        case 'speaker':
          return element.speaker.quotes.map(({ documentId: d, quote }) => node({ kind: 'quote', id: `quote:${d}:${quote.start}`, documentId: d, start: quote.start, end: quote.end, text: quote.text, parent: element }));
        default:
          return [];
      }
    },
    getParent: (element) => (element.kind === 'group' ? undefined : element.parent),
    getTreeItem(element) {
      const tree = currentData();
      const open = (documentId: string, span: { start: number; end: number }): vscode.Command => ({ command: Commands.openLocation, title: 'Open', arguments: [openLocationArgs(documentId, span)] });
      switch (element.kind) {
        case 'group': {
          const size = element.group === 'QUOTE' ? tree.speakers.reduce((n, s) => n + s.quotes.length, 0) : tree.entities[element.group].length;
          const item = new vscode.TreeItem(GROUP_LABEL[element.group], size > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
          item.id = element.id;
          item.description = String(size);
          item.iconPath = new vscode.ThemeIcon(GROUP_ICON[element.group]);
          item.contextValue = 'group';
          return item;
        }
        case 'entity': {
          const { entity, mentionCount, documents } = element.row;
          const item = new vscode.TreeItem(entity.name, vscode.TreeItemCollapsibleState.Collapsed);
          item.id = element.id;
          item.description = mentionSummary(mentionCount, documents.length);
          const aliases = entity.aliases.filter((a) => a !== entity.name);
          item.tooltip = `${entity.name} (${typeLabel(entity.type)})${aliases.length ? `\nAlso: ${aliases.join(', ')}` : ''}${entity.descriptors.length ? `\n${entity.descriptors.join('; ')}` : ''}`;
          item.iconPath = new vscode.ThemeIcon(GROUP_ICON[entity.type]);
          item.contextValue = 'entity';
          return item;
        }
        case 'document': {
          const perDoc = element.row.documents.find((d) => d.documentId === element.documentId);
          const item = new vscode.TreeItem(documentLabel(element.documentId), vscode.TreeItemCollapsibleState.Collapsed);
          item.id = element.id;
          const uri = uriOf(element.documentId);
          // Same-named files in different folders stay distinguishable.
          const folder = uri.scheme === 'file' ? vscode.workspace.asRelativePath(uri, true).split('/').slice(0, -1).join('/') : '';
          item.description = count(perDoc?.mentions.length ?? 0, 'mention') + (folder ? ` · ${folder}` : '');
          item.resourceUri = uri;
          item.iconPath = vscode.ThemeIcon.File;
          item.contextValue = 'document';
          return item;
        }
        case 'mention': {
          const text = index.document(element.documentId)?.text ?? '';
          const snippet = snippetAround(text, element.start, element.end);
          const item = new vscode.TreeItem({ label: snippet.label, highlights: [[snippet.highlight[0], snippet.highlight[1]]] }, vscode.TreeItemCollapsibleState.None);
          item.id = element.id;
          item.command = open(element.documentId, element);
          item.tooltip = snippet.label;
          item.contextValue = 'mention';
          return item;
        }
        case 'speaker': {
          const item = new vscode.TreeItem(element.speaker.name, vscode.TreeItemCollapsibleState.Collapsed);
          item.id = element.id;
          item.description = count(element.speaker.quotes.length, 'quote');
          item.iconPath = new vscode.ThemeIcon(element.speaker.speakerId ? 'person' : 'question');
          item.contextValue = 'speaker';
          return item;
        }
        case 'quote': {
          const item = new vscode.TreeItem(shorten(element.text, 90), vscode.TreeItemCollapsibleState.None);
          item.id = element.id;
          item.description = documentLabel(element.documentId);
          item.tooltip = shorten(element.text, 600);
          item.command = open(element.documentId, element);
          item.iconPath = new vscode.ThemeIcon('quote');
          item.contextValue = 'quote';
          return item;
        }
      }
    },
  };

  const view = vscode.window.createTreeView(Views.entities, { treeDataProvider: provider, showCollapseAll: true });

  const describe = () => {
    const parts = [scope === 'document' ? (scopedDocument ? documentLabel(scopedDocument) : 'no document') : undefined, filter ? `filter: ${filter}` : undefined].filter(Boolean);
    view.description = parts.join(' · ') || undefined;
    view.message = scope === 'document' && !scopedDocument ? 'Open an annotated document to see its entities.' : undefined;
    // Context keys are a message to the window each; refreshes come once per indexing batch.
    const context = `${scope}|${filter !== ''}`;
    if (context === lastContext) return;
    lastContext = context;
    void vscode.commands.executeCommand('setContext', ContextKeys.treeScope, scope);
    void vscode.commands.executeCommand('setContext', ContextKeys.treeFiltered, filter !== '');
  };
  let lastContext: string | undefined;

  const refresh = () => {
    data = undefined;
    changed.fire(undefined);
    describe();
  };

  /**
   * Index changes while the view is hidden wait until it shows: nobody reads a hidden tree, and rebuilding
   * it costs. While the workspace is being indexed, a visible tree is rebuilt at most every 3 s, or four
   * times its last rebuild's cost when that is longer (every entity row goes to the window on each
   * rebuild, and a rebuild may have to resolve the corpus); the end of the scan refreshes it at once.
   */
  let stale = false;
  let paced: NodeJS.Timeout | undefined;
  let lastRefresh = 0;
  const refreshFromIndex = () => {
    if (!view.visible) {
      stale = true;
      return;
    }
    const wait = workspaceIndex.progress() ? lastRefresh + Math.max(3000, 4 * lastBuildMs) - Date.now() : 0;
    if (wait <= 0) {
      if (paced) clearTimeout(paced);
      paced = undefined;
      lastRefresh = Date.now();
      refresh();
    } else {
      paced ??= setTimeout(() => {
        paced = undefined;
        refreshFromIndex();
      }, wait);
    }
  };

  const activeDocumentId = () => {
    const editor = vscode.window.activeTextEditor;
    return editor && workspaceIndex.covers(editor.document) ? documentId(editor.document.uri) : undefined;
  };

  const revealAtCursor = async (focus: boolean, arg?: unknown): Promise<boolean> => {
    const at = await caretTarget(arg, (d) => workspaceIndex.covers(d));
    const mention = at?.find((d, o) => index.mentionAt(d, o));
    return mention ? revealEntity(mention.entity, focus) : false;
  };

  /** Reveals an entity's row (workspace or current-document scope, whichever is shown); false when it has none. */
  const revealEntity = async (entityId: string, focus: boolean): Promise<boolean> => {
    const entity = index.snapshot().entities.get(entityId);
    if (!entity) return false;
    const group = groups().find((g) => g.kind === 'group' && g.group === entity.type);
    const target = group && (provider.getChildren(group) as TreeNode[]).find((n) => n.kind === 'entity' && n.row.entity.id === entity.id);
    if (!target) return false;
    await view.reveal(target, { select: true, focus, expand: false });
    return true;
  };

  let followTimer: NodeJS.Timeout | undefined;
  const follow = () => {
    if (followTimer) clearTimeout(followTimer);
    followTimer = setTimeout(() => {
      followTimer = undefined;
      if (view.visible && vscode.workspace.getConfiguration(Config.section).get<boolean>(Config.followEditor, true)) void revealAtCursor(false).catch(() => undefined);
    }, 300);
  };

  scopedDocument = activeDocumentId();
  describe();

  const disposables = vscode.Disposable.from(
    changed,
    view,
    workspaceIndex.onDidChange(refreshFromIndex),
    view.onDidChangeVisibility((e) => {
      if (e.visible && stale) {
        stale = false;
        refresh();
      }
    }),
    vscode.window.onDidChangeActiveTextEditor(() => {
      const id = activeDocumentId();
      if (id === undefined || id === scopedDocument) return;
      scopedDocument = id;
      if (scope === 'document') refresh();
    }),
    vscode.window.onDidChangeTextEditorSelection((e) => {
      if (e.textEditor === vscode.window.activeTextEditor) follow();
    }),
    vscode.commands.registerCommand(Commands.treeRefresh, refresh),
    vscode.commands.registerCommand(Commands.treeScopeDocument, () => {
      scope = 'document';
      scopedDocument = activeDocumentId() ?? scopedDocument;
      refresh();
    }),
    vscode.commands.registerCommand(Commands.treeScopeWorkspace, () => {
      scope = 'workspace';
      refresh();
    }),
    vscode.commands.registerCommand(Commands.treeFilter, async (value?: unknown) => {
      const next = typeof value === 'string' ? value : await vscode.window.showInputBox({ title: 'Filter entities and quotes', prompt: 'Part of a name, alias or quote (empty shows everything)', value: filter });
      if (next === undefined) return;
      filter = next.trim();
      refresh();
    }),
    vscode.commands.registerCommand(Commands.treeClearFilter, () => {
      filter = '';
      refresh();
    }),
    // "… N more" in a hover card: the speaker's row under Quotes, expanded. The argument comes from a
    // command link, so it is only ever looked up, never opened.
    vscode.commands.registerCommand(Commands.treeShowSpeakerQuotes, async (entityId?: unknown) => {
      if (typeof entityId !== 'string') return false;
      if (filter !== '' || scope === 'document') {
        filter = '';
        scope = 'workspace';
        refresh();
      }
      const quotes = groups().find((g) => g.kind === 'group' && g.group === 'QUOTE');
      const target = quotes && (provider.getChildren(quotes) as TreeNode[]).find((n) => n.kind === 'speaker' && n.speaker.speakerId === entityId);
      if (!target) {
        void vscode.window.setStatusBarMessage('Source Annotator: no quotes of that speaker in the index', 2500);
        return false;
      }
      await view.reveal(target, { select: true, focus: true, expand: true });
      return true;
    }),
    vscode.commands.registerCommand(Commands.revealInTree, async (arg?: unknown) => {
      if (!(await revealAtCursor(true, arg))) void vscode.window.setStatusBarMessage('Source Annotator: no entity under the cursor', 2500);
    }),
    vscode.commands.registerCommand(Commands.treeFindReferences, async (element?: TreeNode) => {
      if (element?.kind !== 'entity') return;
      const refs = index.mentionsOf(element.row.entity.id);
      const locations = locationsOf(index, refs);
      const definition = index.summary(element.row.entity.id)?.definition;
      if (!definition || locations.length === 0) return;
      const doc = index.document(definition.documentId);
      if (!doc) return;
      const at = converterFor(definition.documentId, doc.text).position(definition.mention.start);
      await vscode.commands.executeCommand('editor.action.showReferences', uriOf(definition.documentId), at, locations);
    }),
    { dispose: () => [followTimer, paced].forEach((t) => t && clearTimeout(t)) },
  );

  return {
    provider,
    view,
    revealAtCursor,
    revealEntity,
    get scope() {
      return scope;
    },
    dispose: () => disposables.dispose(),
  };
}
