// A one-line summary of the active document: people · organizations · places · quotes; while the
// workspace is being indexed, how far that has got ("indexing 3,200 / 10,000").
import * as vscode from 'vscode';
import type { CorpusIndex } from '../core/corpusTypes';
import type { EntityType } from '../core/types';
import { documentId } from './convert';
import { count } from './format';
import { ContextKeys, Views } from './ids';
import { progressCounts } from './indexProgress';
import type { WorkspaceIndex } from './workspaceIndex';

export interface StatusBarDeps {
  readonly index: CorpusIndex;
  readonly workspaceIndex: WorkspaceIndex;
}

export function registerStatusBar(deps: StatusBarDeps): vscode.Disposable {
  const { index, workspaceIndex } = deps;
  const item = vscode.window.createStatusBarItem('sourceAnnotator.summary', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Source Annotator';
  item.command = `${Views.entities}.focus`;

  /** Context keys are a message to the window each: sent only when the value changes. */
  let annotated: boolean | undefined;
  const update = () => {
    const editor = vscode.window.activeTextEditor;
    const doc = editor && workspaceIndex.covers(editor.document) ? index.document(documentId(editor.document.uri)) : undefined;
    if (annotated !== (doc !== undefined)) {
      annotated = doc !== undefined;
      void vscode.commands.executeCommand('setContext', ContextKeys.annotatedDocument, annotated);
    }
    const scan = workspaceIndex.progress();
    if (scan) {
      const counts = progressCounts(scan.done, scan.total);
      item.text = `$(sync~spin) indexing ${counts}`;
      item.tooltip = `Source Annotator: indexing the workspace, ${counts} documents. Open documents are annotated first. Click to show the entities.`;
      item.accessibilityInformation = { label: item.tooltip };
      item.show();
      return;
    }
    if (!doc) {
      item.hide();
      return;
    }
    const entities: Record<EntityType, Set<string>> = { PERSON: new Set(), ORG: new Set(), PLACE: new Set() };
    for (const m of doc.mentions) entities[m.type].add(m.entity);
    const people = entities.PERSON.size;
    const orgs = entities.ORG.size;
    const places = entities.PLACE.size;
    const quotes = doc.quotes.length;
    item.text = `$(person) ${people} $(organization) ${orgs} $(location) ${places} $(quote) ${quotes}`;
    item.tooltip = `Source Annotator: ${count(people, 'person', 'people')} · ${count(orgs, 'organization')} · ${count(places, 'place')} · ${count(quotes, 'quote')} in this document. Click to show the entities.`;
    item.accessibilityInformation = { label: item.tooltip };
    item.show();
  };

  update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    workspaceIndex.onDidChange(update),
    workspaceIndex.onDidChangeProgress(update),
  );
}
