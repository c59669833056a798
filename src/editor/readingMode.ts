// Reading mode: the documents of the index open read-only, so a stray keystroke (or auto-save in a
// browser editor) cannot alter a primary source. Hovers, navigation and corrections keep working:
// corrections go to .source-annotator/curation.json, never into the document.
//
// Uses VS Code's own session read-only state (workbench.action.files.setActiveEditorReadonlyInSession,
// VS Code 1.79+), which acts on the active editor and writes no settings file into the reader's
// folder (files.readonlyInclude would have to be written to .vscode/settings.json). The editor then
// shows VS Code's usual "read-only" notice, with its own link to make that one file writeable.
// The toggle is the `sourceAnnotator.readingMode` user setting, flipped by a command and by a
// status-bar item shown on annotated documents.
import * as vscode from 'vscode';
import { Commands, Config } from './ids';
import type { Coverage } from './coverage';
import type { EngineClient } from './engineClient';

export interface ReadingModeDeps {
  readonly coverage: Coverage;
  readonly engine: Pick<EngineClient, 'onDidChangeIndex'>;
}

const SET_READONLY = 'workbench.action.files.setActiveEditorReadonlyInSession';
const SET_WRITEABLE = 'workbench.action.files.setActiveEditorWriteableInSession';

const enabled = () => vscode.workspace.getConfiguration(Config.section).get<boolean>(Config.readingMode, true) !== false;

export function registerReadingMode(deps: ReadingModeDeps): vscode.Disposable {
  const { coverage } = deps;
  /** Documents this session made read-only; only these are made writeable again. */
  const locked = new Set<string>();
  /**
   * Documents the reader is writing: empty when opened (a new note) or saved in this session.
   * Reading mode protects sources from accidents, not the reader's own notes from the reader.
   */
  const writing = new Set<string>();
  const item = vscode.window.createStatusBarItem('sourceAnnotator.readingMode', vscode.StatusBarAlignment.Right, 101);
  item.name = 'Source Annotator Reading Mode';
  item.command = Commands.toggleReadingMode;

  const applies = (editor: vscode.TextEditor | undefined): editor is vscode.TextEditor => editor !== undefined && editor.document.uri.scheme === 'file' && coverage.covers(editor.document);

  let queue: Promise<unknown> = Promise.resolve();
  const apply = (editor: vscode.TextEditor | undefined) => {
    queue = queue.then(async () => {
      // The commands act on whatever editor is active when they run: check it still is this one.
      if (!applies(editor) || vscode.window.activeTextEditor?.document !== editor.document) return;
      const key = editor.document.uri.toString();
      if (editor.document.getText().length === 0) writing.add(key);
      if (enabled() && !locked.has(key) && !writing.has(key) && !editor.document.isDirty) {
        locked.add(key);
        await vscode.commands.executeCommand(SET_READONLY);
      } else if (!enabled() && locked.delete(key)) {
        await vscode.commands.executeCommand(SET_WRITEABLE);
      }
    }).catch(() => undefined);
    return queue;
  };

  const show = () => {
    const editor = vscode.window.activeTextEditor;
    if (!applies(editor)) {
      item.hide();
      return;
    }
    const on = enabled();
    item.text = on ? '$(lock) Reading' : '$(unlock) Editing';
    item.tooltip = on
      ? 'Source Annotator reading mode: annotated documents open read-only so sources cannot be changed by accident. Click to allow editing.'
      : 'Source Annotator: annotated documents can be edited. Click to turn reading mode on (documents open read-only).';
    item.accessibilityInformation = { label: item.tooltip };
    item.show();
  };

  const refresh = () => {
    show();
    return apply(vscode.window.activeTextEditor);
  };

  void refresh();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(() => void refresh()),
    // Saved while writeable: the reader changed it on purpose.
    vscode.workspace.onDidSaveTextDocument((d) => writing.add(d.uri.toString())),
    deps.engine.onDidChangeIndex(show),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${Config.section}.${Config.readingMode}`)) void refresh();
    }),
    vscode.commands.registerCommand(Commands.toggleReadingMode, async (on?: unknown) => {
      const next = typeof on === 'boolean' ? on : !enabled();
      // A user setting: writing the workspace's .vscode/settings.json would change the reader's folder.
      await vscode.workspace.getConfiguration(Config.section).update(Config.readingMode, next, vscode.ConfigurationTarget.Global);
      await refresh();
      void vscode.window.setStatusBarMessage(next ? 'Source Annotator: reading mode on, annotated documents open read-only' : 'Source Annotator: reading mode off, annotated documents can be edited', 4000);
      return next;
    }),
  );
}
