// Shared plumbing for the editor integration tests: the extension's API, polling for conditions that
// arrive asynchronously (worker results, batched change events), and text lookup in documents.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SourceAnnotatorApi } from '../../src/extension';

export const EXTENSION_ID = 'source-annotator.source-annotator';

export async function api(): Promise<SourceAnnotatorApi> {
  const ext = vscode.extensions.getExtension<SourceAnnotatorApi>(EXTENSION_ID);
  assert.ok(ext, 'extension is loaded');
  const exports = await ext.activate();
  await exports.whenIndexed();
  return exports;
}

export async function until<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function seed(prefix: string): Promise<vscode.Uri> {
  const [uri] = await vscode.workspace.findFiles(`${prefix}*.txt`);
  assert.ok(uri, `seed ${prefix} exists`);
  return uri;
}

export async function openSeed(prefix: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(await seed(prefix));
  return vscode.window.showTextDocument(doc);
}

/** Position inside the n-th occurrence (0-based) of `needle`, a character into the word. */
export function positionOf(doc: vscode.TextDocument, needle: string, occurrence = 0): vscode.Position {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" occurs ${occurrence + 1} times`);
  }
  return doc.positionAt(at + 1);
}

export async function textAt(location: vscode.Location): Promise<string> {
  const doc = await vscode.workspace.openTextDocument(location.uri);
  return doc.getText(location.range);
}

export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** The workspace folder (the repository's seeds/), its .source-annotator folder and corrections file. */
export const folder = (): string => vscode.workspace.workspaceFolders![0].uri.fsPath;
export const curationDir = (): string => path.join(folder(), '.source-annotator');
export const curationFile = (): string => path.join(curationDir(), 'curation.json');

/**
 * Mocha hooks for a suite that writes corrections: starts it with no corrections file and leaves
 * seeds/.source-annotator exactly as it was before the suite (the workspace is the repository's own
 * seeds/ folder).
 */
export function preserveCurationFolder(): void {
  let saved: Buffer | undefined;
  let dirExisted = false;
  before(async () => {
    dirExisted = fs.existsSync(curationDir());
    saved = fs.existsSync(curationFile()) ? fs.readFileSync(curationFile()) : undefined;
    fs.rmSync(curationFile(), { force: true });
    await (await api()).curation.reload();
  });
  after(async () => {
    if (saved) fs.writeFileSync(curationFile(), saved);
    else fs.rmSync(curationFile(), { force: true });
    if (!dirExisted) fs.rmSync(curationDir(), { recursive: true, force: true });
    await (await api()).curation.reload();
  });
}
