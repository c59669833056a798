// The command behind every "go there" link: hover cards, tree items, status bar. Arguments arrive
// from Markdown command links, so they are validated like any other untrusted input.
import * as vscode from 'vscode';
import { SpanRangeRequest } from '../protocol';
import { uriOf } from './convert';
import type { EngineClient } from './engineClient';
import { Commands } from './ids';

export interface OpenLocationDeps {
  /** Checks the document is indexed and places the span (SpanRangeRequest). */
  readonly engine: Pick<EngineClient, 'request'>;
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
    const at = await deps.engine.request(SpanRangeRequest, { uri: target.id, start: target.start, end: target.end });
    // Only documents the index holds can be opened this way: a crafted link cannot open arbitrary URIs.
    if (!at) {
      void vscode.window.showInformationMessage('Source Annotator: that document is no longer in the index.');
      return;
    }
    const range = new vscode.Range(at.start.line, at.start.character, at.end.line, at.end.character);
    const editor = await vscode.window.showTextDocument(uriOf(target.id), { selection: range, preserveFocus: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  });
}
