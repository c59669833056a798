// A one-line summary of the active document: people · organizations · places · quotes; while the
// workspace is being indexed, how far that has got ("indexing 3,200 / 10,000"). Both come from the
// engine (the language server): its "index changed" notification carries the scan's counts, and the
// document's spans are asked for only when that document changed or another editor became active.
import * as vscode from 'vscode';
import type { EntityType } from '../core/types';
import { DocumentSpansRequest, type DocumentSpans, type IndexChangedParams, type ScanProgress } from '../protocol';
import { documentId } from './convert';
import type { EngineClient } from './engineClient';
import { count } from './format';
import { ContextKeys, Views } from './ids';
import { progressCounts } from './indexProgress';
import type { Coverage } from './coverage';

export interface StatusBarDeps {
  readonly engine: Pick<EngineClient, 'request' | 'onDidChangeIndex' | 'onDidRestart'>;
  readonly coverage: Coverage;
}

/** Distinct entities by type and the quotes of one document. */
export function documentCounts(spans: Pick<DocumentSpans, 'mentions' | 'quotes'>): { people: number; orgs: number; places: number; quotes: number } {
  const entities: Record<EntityType, Set<string>> = { PERSON: new Set(), ORG: new Set(), PLACE: new Set() };
  for (const m of spans.mentions) entities[m.type].add(m.entity);
  return { people: entities.PERSON.size, orgs: entities.ORG.size, places: entities.PLACE.size, quotes: spans.quotes.length };
}

export function registerStatusBar(deps: StatusBarDeps): vscode.Disposable {
  const { engine, coverage } = deps;
  const item = vscode.window.createStatusBarItem('sourceAnnotator.summary', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Source Annotator';
  item.command = `${Views.entities}.focus`;

  /** Context keys are a message to the window each: sent only when the value changes. */
  let annotated: boolean | undefined;
  let scan: ScanProgress | undefined;
  let spans: DocumentSpans | undefined;
  let asked = 0;

  const render = () => {
    if (annotated !== (spans !== undefined)) {
      annotated = spans !== undefined;
      void vscode.commands.executeCommand('setContext', ContextKeys.annotatedDocument, annotated);
    }
    if (scan) {
      const counts = progressCounts(scan.done, scan.total);
      item.text = `$(sync~spin) indexing ${counts}`;
      item.tooltip = `Source Annotator: indexing the workspace, ${counts} documents. Open documents are annotated first. Click to show the entities.`;
      item.accessibilityInformation = { label: item.tooltip };
      item.show();
      return;
    }
    if (!spans) {
      item.hide();
      return;
    }
    const { people, orgs, places, quotes } = documentCounts(spans);
    item.text = `$(person) ${people} $(organization) ${orgs} $(location) ${places} $(quote) ${quotes}`;
    item.tooltip = `Source Annotator: ${count(people, 'person', 'people')} · ${count(orgs, 'organization')} · ${count(places, 'place')} · ${count(quotes, 'quote')} in this document. Click to show the entities.`;
    item.accessibilityInformation = { label: item.tooltip };
    item.show();
  };

  const activeId = () => {
    const editor = vscode.window.activeTextEditor;
    return editor && coverage.covers(editor.document) ? documentId(editor.document.uri) : undefined;
  };

  /** Asks the engine for the active document's spans; an answer that a newer question overtook is dropped. */
  const refresh = async () => {
    const id = activeId();
    const ticket = ++asked;
    const answer = id ? await engine.request(DocumentSpansRequest, { uri: id }).catch(() => null) : null;
    if (ticket !== asked) return;
    spans = answer ?? undefined;
    render();
  };

  const onIndex = (p: IndexChangedParams) => {
    scan = p.progress;
    const id = activeId();
    if (id && (p.all || p.documents.includes(id) || !spans)) void refresh();
    else render();
  };

  void refresh();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(() => void refresh()),
    engine.onDidChangeIndex(onIndex),
    engine.onDidRestart(() => void refresh()),
  );
}
