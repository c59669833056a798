// The command behind every "go there" link: hover cards, tree items, status bar. Arguments arrive
// from Markdown command links, so they are validated like any other untrusted input.
import * as vscode from 'vscode';
import type { CorpusIndex } from '../core/corpusTypes';
import { converterFor, uriOf } from './convert';
import { Commands } from './ids';

export interface OpenLocationDeps {
  readonly index: CorpusIndex;
}

function parse(args: unknown[]): { id: string; start: number; end: number } | undefined {
  const [id, start, end] = args.length === 1 && Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
  if (typeof id !== 'string' || typeof start !== 'number' || typeof end !== 'number') return undefined;
  if (!Number.isFinite(start) || !Number.isFinite(end) || start < 0 || end < start) return undefined;
  return { id, start, end };
}

export function registerOpenLocation(deps: OpenLocationDeps): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.openLocation, async (...args: unknown[]) => {
    const target = parse(args);
    if (!target) return;
    const doc = deps.index.document(target.id);
    // Only documents the index holds can be opened this way: a crafted link cannot open arbitrary URIs.
    if (!doc) {
      void vscode.window.showInformationMessage('Source Annotator: that document is no longer in the index.');
      return;
    }
    const range = converterFor(target.id, doc.text).range(target);
    const editor = await vscode.window.showTextDocument(uriOf(target.id), { selection: range, preserveFocus: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  });
}
