// The entity tree in its own activity-bar container. The rows come from the engine one level at a
// time (TreeChildrenRequest), built there from the corpus with the pure tree model; here they get a
// parent link (for reveal() and getParent()) and become TreeItems.
import * as vscode from 'vscode';
import { EntityLocationsRequest, EntityRequest, MentionAtRequest, TreeChildrenRequest, type IndexChangedParams, type TreeGroup, type TreeRow } from '../protocol';
import { caretTarget, positionArg } from './caret';
import { documentId, openLocationArgs, uriOf } from './convert';
import type { EngineClient } from './engineClient';
import { count, documentLabel, mentionSummary, shorten, typeLabel } from './format';
import { Commands, Config, ContextKeys, Views } from './ids';
import type { Coverage } from './coverage';

export type GroupKind = TreeGroup;

/**
 * The last row of a group cut to a page: "Show N more…" (command treeShowMore). Made here, never by
 * the engine.
 */
export interface MoreRow {
  readonly kind: 'more';
  readonly id: string;
  readonly group: TreeGroup;
  /** Rows of the group shown above this one, and rows the group has. */
  readonly shown: number;
  readonly total: number;
}

/** A row of the engine (or a group's "more" row) with the row above it (undefined for the groups). */
export type TreeNode = (TreeRow | MoreRow) & { readonly parent?: TreeNode };

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
  readonly engine: Pick<EngineClient, 'request' | 'onDidChangeIndex' | 'onDidRestart'>;
  readonly coverage: Coverage;
}

const GROUP_LABEL: Record<GroupKind, string> = { PERSON: 'People', ORG: 'Organizations', PLACE: 'Places', QUOTE: 'Quotes' };
const GROUP_ICON: Record<GroupKind, string> = { PERSON: 'person', ORG: 'organization', PLACE: 'location', QUOTE: 'quote' };
/**
 * Rows a group shows at first, and how many more each "Show more" adds. Every row shown is a tree item
 * the extension host builds and sends to the window on each refresh; a 10,000-document corpus has
 * some 20,000 people.
 */
export const TREE_PAGE = 200;

export function registerTree(deps: TreeDeps): EntityTree {
  const { engine, coverage } = deps;
  const changed = new vscode.EventEmitter<TreeNode | undefined>();
  let scope: Scope = 'workspace';
  let filter = '';
  let scopedDocument: string | undefined;
  let scan: IndexChangedParams['progress'];

  // A fresh object per answer: VS Code tells elements apart by TreeItem.id, and a row's counts may
  // change before the refresh event arrives, so an object kept from an older answer would be stale.
  const node = (row: TreeRow, parent: TreeNode | undefined): TreeNode => ({ ...row, parent });
  /** Rows shown per group (TREE_PAGE at first; "Show more" adds a page). Kept across refreshes, reset by a new filter or scope. */
  const pages = new Map<GroupKind, number>();
  /** Per group, an entity (or speaker) id whose row must be there although the page cuts it off: the last one revealed. */
  const pinned = new Map<GroupKind, string>();

  /** Callbacks waiting for VS Code to ask for a group's rows again (see refreshGroup). */
  const askedFor: { group: GroupKind; resolve: () => void }[] = [];

  /** How long the last top-level answer took: paces refreshes during a scan. */
  let lastBuildMs = 0;
  const children = async (element: TreeNode | undefined): Promise<TreeNode[]> => {
    if (element?.kind === 'more') return [];
    if (element?.kind === 'group') for (const w of askedFor.filter((x) => x.group === element.group)) w.resolve();
    const documentFilter = scope === 'document' ? (scopedDocument ?? '\u0000none') : undefined;
    const group = element?.kind === 'group' ? element.group : undefined;
    const limit = group ? (pages.get(group) ?? TREE_PAGE) : undefined;
    const started = Date.now();
    const rows = await engine.request(TreeChildrenRequest, {
      parent: element?.id, documentId: documentFilter, filter: filter || undefined, compact: true, limit, include: group ? pinned.get(group) : undefined,
    });
    if (!element) lastBuildMs = Date.now() - started;
    const nodes = rows.map((row) => node(row, element));
    if (element?.kind === 'group' && group && limit !== undefined && element.size > limit) {
      nodes.push({ kind: 'more', id: `more:${group}`, group, shown: limit, total: element.size, parent: element });
    }
    return nodes;
  };
  const groups = () => children(undefined);

  const provider: vscode.TreeDataProvider<TreeNode> = {
    onDidChangeTreeData: changed.event,
    getChildren: (element) => children(element),
    getParent: (element) => element.parent,
    getTreeItem(element) {
      const open = (documentId: string, span: { start: number; end: number }): vscode.Command => ({ command: Commands.openLocation, title: 'Open', arguments: [openLocationArgs(documentId, span)] });
      switch (element.kind) {
        case 'group': {
          const item = new vscode.TreeItem(GROUP_LABEL[element.group], element.size > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
          item.id = element.id;
          item.description = String(element.size);
          item.iconPath = new vscode.ThemeIcon(GROUP_ICON[element.group]);
          item.contextValue = 'group';
          return item;
        }
        case 'entity': {
          const { entity, mentionCount, documents, documentCount } = element.row;
          const item = new vscode.TreeItem(entity.name, vscode.TreeItemCollapsibleState.Collapsed);
          item.id = element.id;
          item.description = mentionSummary(mentionCount, documentCount ?? documents.length);
          const aliases = entity.aliases.filter((a) => a !== entity.name);
          item.tooltip = `${entity.name} (${typeLabel(entity.type)})${aliases.length ? `\nAlso: ${aliases.join(', ')}` : ''}${entity.descriptors.length ? `\n${entity.descriptors.join('; ')}` : ''}`;
          item.iconPath = new vscode.ThemeIcon(GROUP_ICON[entity.type]);
          item.contextValue = 'entity';
          return item;
        }
        case 'document': {
          const item = new vscode.TreeItem(documentLabel(element.documentId), vscode.TreeItemCollapsibleState.Collapsed);
          item.id = element.id;
          const uri = uriOf(element.documentId);
          // Same-named files in different folders stay distinguishable.
          const folder = uri.scheme === 'file' ? vscode.workspace.asRelativePath(uri, true).split('/').slice(0, -1).join('/') : '';
          item.description = count(element.count, 'mention') + (folder ? ` · ${folder}` : '');
          item.resourceUri = uri;
          item.iconPath = vscode.ThemeIcon.File;
          item.contextValue = 'document';
          return item;
        }
        case 'mention': {
          const item = new vscode.TreeItem({ label: element.label, highlights: [[element.highlight[0], element.highlight[1]]] }, vscode.TreeItemCollapsibleState.None);
          item.id = element.id;
          item.command = open(element.documentId, element);
          item.tooltip = element.label;
          item.contextValue = 'mention';
          return item;
        }
        case 'speaker': {
          const item = new vscode.TreeItem(element.speaker.name, vscode.TreeItemCollapsibleState.Collapsed);
          item.id = element.id;
          item.description = count(element.speaker.count, 'quote');
          item.iconPath = new vscode.ThemeIcon(element.speaker.speakerId ? 'person' : 'question');
          item.contextValue = 'speaker';
          return item;
        }
        case 'more': {
          const next = Math.min(TREE_PAGE, element.total - element.shown);
          const item = new vscode.TreeItem(`Show ${count(next, 'more row')}…`, vscode.TreeItemCollapsibleState.None);
          item.id = element.id;
          item.description = `${element.shown.toLocaleString('en-US')} of ${element.total.toLocaleString('en-US')}`;
          item.tooltip = 'Rows are shown a page at a time; the filter finds any entity or quote.';
          item.iconPath = new vscode.ThemeIcon('ellipsis');
          item.command = { command: Commands.treeShowMore, title: 'Show more', arguments: [element.group] };
          item.contextValue = 'more';
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
    changed.fire(undefined);
    describe();
  };
  /** A new filter or scope shows other rows: start again from the first page of each group. */
  const restart = () => {
    pages.clear();
    pinned.clear();
    refresh();
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
    const wait = scan ? lastRefresh + Math.max(3000, 4 * lastBuildMs) - Date.now() : 0;
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
    return editor && coverage.covers(editor.document) ? documentId(editor.document.uri) : undefined;
  };

  const revealAtCursor = async (focus: boolean, arg?: unknown): Promise<boolean> => {
    const at = await caretTarget(arg, (d) => coverage.covers(d));
    if (!at) return false;
    const editor = vscode.window.activeTextEditor;
    const selection = !positionArg(arg) && editor?.document === at.document && !editor.selection.isEmpty ? editor.selection : undefined;
    const hit = await engine.request(MentionAtRequest, { uri: at.documentId, offset: at.offset, selectionStart: selection ? at.document.offsetAt(selection.start) : undefined });
    return hit ? revealEntity(hit.mention.entity, focus) : false;
  };

  /**
   * Tells VS Code a group's rows changed and resolves once it has asked for them again (it reveals only
   * among the rows it holds), or after a second when it does not ask (a hidden view). The event names no
   * element: VS Code's extension host keys its tree nodes by object, and ours are fresh per answer; a
   * whole refresh costs a few pages of rows.
   */
  const refreshGroup = (group: GroupKind) => new Promise<void>((resolve) => {
    const waiter = { group, resolve: () => done() };
    const timer = setTimeout(() => done(), 1000);
    const done = () => {
      clearTimeout(timer);
      const i = askedFor.indexOf(waiter);
      if (i >= 0) askedFor.splice(i, 1);
      resolve();
    };
    askedFor.push(waiter);
    changed.fire(undefined);
  });

  /** Reveals an entity's row (workspace or current-document scope, whichever is shown); false when it has none. */
  const revealEntity = async (entityId: string, focus: boolean): Promise<boolean> => {
    const entity = await engine.request(EntityRequest, { entity: entityId });
    if (!entity) return false;
    const group = (await groups()).find((g) => g.kind === 'group' && g.group === entity.type);
    if (group?.kind !== 'group') return false;
    const find = async () => (await children(group)).find((n) => n.kind === 'entity' && n.row.entity.id === entity.id);
    let target = await find();
    // The row lies beyond the group's page: pin it, so the group's answers carry it, and let VS Code
    // ask for the group's rows again before revealing (it reveals among the rows it holds).
    if (!target && pinned.get(group.group) !== entity.id) {
      pinned.set(group.group, entity.id);
      await refreshGroup(group.group);
      target = await find();
    }
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
    engine.onDidChangeIndex((p) => {
      scan = p.progress;
      if (p.all || p.documents.length > 0 || !p.progress) refreshFromIndex();
    }),
    engine.onDidRestart(refresh),
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
    vscode.commands.registerCommand(Commands.treeShowMore, async (group?: unknown) => {
      const groupRow = (await groups()).find((g) => g.kind === 'group' && g.group === group);
      if (groupRow?.kind !== 'group') return;
      pages.set(groupRow.group, (pages.get(groupRow.group) ?? TREE_PAGE) + TREE_PAGE);
      await refreshGroup(groupRow.group);
    }),
    vscode.commands.registerCommand(Commands.treeScopeDocument, () => {
      scope = 'document';
      scopedDocument = activeDocumentId() ?? scopedDocument;
      restart();
    }),
    vscode.commands.registerCommand(Commands.treeScopeWorkspace, () => {
      scope = 'workspace';
      restart();
    }),
    vscode.commands.registerCommand(Commands.treeFilter, async (value?: unknown) => {
      const next = typeof value === 'string' ? value : await vscode.window.showInputBox({ title: 'Filter entities and quotes', prompt: 'Part of a name, alias or quote (empty shows everything)', value: filter });
      if (next === undefined) return;
      filter = next.trim();
      restart();
    }),
    vscode.commands.registerCommand(Commands.treeClearFilter, () => {
      filter = '';
      restart();
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
      const quotes = (await groups()).find((g) => g.kind === 'group' && g.group === 'QUOTE');
      if (quotes && pinned.get('QUOTE') !== entityId) {
        pinned.set('QUOTE', entityId);
        await refreshGroup('QUOTE');
      }
      const target = quotes && (await children(quotes)).find((n) => n.kind === 'speaker' && n.speaker.speakerId === entityId);
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
      const { definition, locations } = await engine.request(EntityLocationsRequest, { entity: element.row.entity.id });
      if (!definition || locations.length === 0) return;
      const toRange = (r: (typeof locations)[number]['range']) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
      await vscode.commands.executeCommand(
        'editor.action.showReferences',
        uriOf(definition.uri),
        toRange(definition.range).start,
        locations.map((l) => new vscode.Location(uriOf(l.uri), toRange(l.range))),
      );
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
