// Corrections from the editor: rename, merge, split, retype, reject, add, set a quote's speaker, undo.
// Each command records a correction through the curation store; the index applies it on its next
// snapshot, and the store's change event redraws every view.
import * as vscode from 'vscode';
import type { CorpusIndex } from '../core/corpusTypes';
import { addCorrection, undoLastCorrection, type EntityRef, type NewCorrection } from '../core/curation';
import { ENTITY_TYPES, type Entity, type EntityType } from '../core/types';
import { cursorOffset, documentId } from './convert';
import type { CurationStore } from './curationStore';
import { typeLabel } from './format';
import { Commands, ContextKeys } from './ids';
import type { TreeNode } from './tree';
import type { WorkspaceIndex } from './workspaceIndex';

export interface CurationCommandsDeps {
  readonly index: CorpusIndex;
  readonly workspaceIndex: WorkspaceIndex;
  readonly store: CurationStore;
}

const refOf = (e: Entity): EntityRef => ({ name: e.name, type: e.type });

export function registerCurationCommands(deps: CurationCommandsDeps): vscode.Disposable {
  const { index, workspaceIndex, store } = deps;

  const activeCovered = () => {
    const editor = vscode.window.activeTextEditor;
    return editor && workspaceIndex.covers(editor.document) ? editor : undefined;
  };

  /** The entity a command is about: the tree element it was invoked on, else the one under the cursor. */
  const targetEntity = (arg: unknown): Entity | undefined => {
    const node = arg as TreeNode | undefined;
    if (node && typeof node === 'object' && node.kind === 'entity') return index.snapshot().entities.get(node.row.entity.id);
    const editor = activeCovered();
    if (!editor) return undefined;
    const mention = index.mentionAt(documentId(editor.document.uri), cursorOffset(editor));
    return mention ? index.snapshot().entities.get(mention.entity) : undefined;
  };

  const record = async (correction: NewCorrection, done: string) => {
    if (await store.update((c) => addCorrection(c, correction))) void vscode.window.setStatusBarMessage(`Source Annotator: ${done}`, 4000);
  };

  const needEntity = (arg: unknown): Entity | undefined => {
    const entity = targetEntity(arg);
    if (!entity) void vscode.window.showInformationMessage('Source Annotator: put the cursor on a highlighted name, or pick an entity in the tree.');
    return entity;
  };

  const pickType = async (placeHolder: string, current?: EntityType) => {
    const items = ENTITY_TYPES.filter((t) => t !== current).map((t) => ({ label: typeLabel(t), type: t }));
    return (await vscode.window.showQuickPick(items, { placeHolder }))?.type;
  };

  const pickEntity = async (placeHolder: string, exclude?: Entity, preferType?: EntityType) => {
    const entities = [...index.snapshot().entities.values()].filter((e) => e.id !== exclude?.id);
    entities.sort((a, b) => Number(a.type !== preferType) - Number(b.type !== preferType) || a.name.localeCompare(b.name));
    const items = entities.map((e) => ({ label: e.name, description: typeLabel(e.type), detail: e.aliases.filter((a) => a !== e.name).join(', ') || undefined, entity: e }));
    return (await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true, matchOnDetail: true }))?.entity;
  };

  return vscode.Disposable.from(
    // The optional second argument lets scripts and tests rename without the input box.
    vscode.commands.registerCommand(Commands.curationRename, async (arg?: unknown, newName?: unknown) => {
      const entity = needEntity(arg);
      if (!entity) return;
      const name = typeof newName === 'string' ? newName : await vscode.window.showInputBox({ title: `Rename ${entity.name}`, value: entity.name, validateInput: (v) => (v.trim() ? undefined : 'A name is needed') });
      if (!name || name.trim() === entity.name) return;
      await record({ op: 'rename', entity: refOf(entity), name: name.trim() }, `renamed to ${name.trim()}`);
    }),
    vscode.commands.registerCommand(Commands.curationMerge, async (arg?: unknown) => {
      const entity = needEntity(arg);
      if (!entity) return;
      const into = await pickEntity(`Merge ${entity.name} into…`, entity, entity.type);
      if (!into) return;
      await record({ op: 'merge', entity: refOf(entity), into: refOf(into) }, `merged ${entity.name} into ${into.name}`);
    }),
    vscode.commands.registerCommand(Commands.curationSplit, async (arg?: unknown) => {
      const entity = needEntity(arg);
      if (!entity) return;
      const aliases = entity.aliases.filter((a) => a !== entity.name);
      if (aliases.length === 0) {
        void vscode.window.showInformationMessage(`Source Annotator: ${entity.name} has no other name to split off.`);
        return;
      }
      const alias = await vscode.window.showQuickPick(aliases, { placeHolder: `Which name of ${entity.name} is someone else?` });
      if (!alias) return;
      await record({ op: 'split', entity: refOf(entity), alias }, `split ${alias} off ${entity.name}`);
    }),
    vscode.commands.registerCommand(Commands.curationRetype, async (arg?: unknown) => {
      const entity = needEntity(arg);
      if (!entity) return;
      const type = await pickType(`${entity.name} is a…`, entity.type);
      if (!type) return;
      await record({ op: 'retype', entity: refOf(entity), type }, `${entity.name} is now a ${typeLabel(type).toLowerCase()}`);
    }),
    vscode.commands.registerCommand(Commands.curationReject, async () => {
      const editor = activeCovered();
      const mention = editor && index.mentionAt(documentId(editor.document.uri), cursorOffset(editor));
      if (!editor || !mention) {
        void vscode.window.showInformationMessage('Source Annotator: put the cursor on the highlighted words that are not a name.');
        return;
      }
      const here = vscode.workspace.asRelativePath(editor.document.uri, false);
      const where = await vscode.window.showQuickPick(
        [
          { label: 'In every document', document: undefined },
          { label: 'In this document only', description: here, document: here },
        ],
        { placeHolder: `“${mention.text}” is not a name…` },
      );
      if (!where) return;
      await record(where.document ? { op: 'reject', text: mention.text, document: where.document } : { op: 'reject', text: mention.text }, `“${mention.text}” is no longer annotated`);
    }),
    vscode.commands.registerCommand(Commands.curationAdd, async () => {
      const editor = activeCovered();
      const text = editor?.document.getText(editor.selection).trim();
      if (!editor || !text || text.includes('\n')) {
        void vscode.window.showInformationMessage('Source Annotator: select the name to add (on one line).');
        return;
      }
      const type = await pickType(`“${text}” is a…`);
      if (!type) return;
      await record({ op: 'add', text, type }, `“${text}” is now a ${typeLabel(type).toLowerCase()}`);
    }),
    vscode.commands.registerCommand(Commands.curationSpeaker, async () => {
      const editor = activeCovered();
      const quote = editor && index.quoteAt(documentId(editor.document.uri), cursorOffset(editor));
      if (!editor || !quote) {
        void vscode.window.showInformationMessage('Source Annotator: put the cursor inside a highlighted quote.');
        return;
      }
      const none = { label: '$(circle-slash) Nobody (not attributed)', entity: undefined as Entity | undefined };
      const entities = [...index.snapshot().entities.values()].sort((a, b) => Number(a.type !== 'PERSON') - Number(b.type !== 'PERSON') || a.name.localeCompare(b.name));
      const choice = await vscode.window.showQuickPick([none, ...entities.map((e) => ({ label: e.name, description: typeLabel(e.type), entity: e as Entity | undefined }))], { placeHolder: 'Who said this?', matchOnDescription: true });
      if (!choice) return;
      const document = vscode.workspace.asRelativePath(editor.document.uri, false);
      await record({ op: 'speaker', quote: quote.text, speaker: choice.entity ? refOf(choice.entity) : null, document }, choice.entity ? `speaker set to ${choice.entity.name}` : 'speaker cleared');
    }),
    vscode.commands.registerCommand(Commands.curationUndo, async () => {
      let undone: string | undefined;
      const ok = await store.update((c) => {
        const result = undoLastCorrection(c);
        undone = result.undone?.op;
        return result.curation;
      });
      if (ok) void vscode.window.setStatusBarMessage(undone ? `Source Annotator: undid the last correction (${undone})` : 'Source Annotator: no correction to undo', 4000);
    }),
    vscode.commands.registerCommand(Commands.curationOpenFile, async () => {
      if (!store.fileUri) {
        void vscode.window.showInformationMessage('Source Annotator: open a folder to keep corrections in a file.');
        return;
      }
      try {
        await vscode.window.showTextDocument(store.fileUri);
      } catch {
        void vscode.window.showInformationMessage('Source Annotator: no corrections yet.');
      }
    }),
    store.onDidChange(() => workspaceIndex.announceAll()),
    registerCursorContext(index, workspaceIndex),
  );
}

/** Context keys for menus that only make sense on a mention or inside a quote. */
function registerCursorContext(index: CorpusIndex, workspaceIndex: WorkspaceIndex): vscode.Disposable {
  let timer: NodeJS.Timeout | undefined;
  let last = '';
  const update = () => {
    timer = undefined;
    const editor = vscode.window.activeTextEditor;
    const covered = editor && workspaceIndex.covers(editor.document);
    const id = covered ? documentId(editor.document.uri) : '';
    const offset = covered ? cursorOffset(editor) : 0;
    const onMention = covered ? index.mentionAt(id, offset) !== undefined : false;
    const onQuote = covered ? index.quoteAt(id, offset) !== undefined : false;
    const key = `${onMention}|${onQuote}`;
    if (key === last) return;
    last = key;
    void vscode.commands.executeCommand('setContext', ContextKeys.onMention, onMention);
    void vscode.commands.executeCommand('setContext', ContextKeys.onQuote, onQuote);
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(update, 100);
  };
  return vscode.Disposable.from(
    vscode.window.onDidChangeTextEditorSelection(schedule),
    vscode.window.onDidChangeActiveTextEditor(schedule),
    workspaceIndex.onDidChange(schedule),
    { dispose: () => timer && clearTimeout(timer) },
  );
}
