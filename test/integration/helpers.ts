// Shared plumbing for the editor integration tests: the extension's API, polling for conditions that
// arrive asynchronously (worker results, batched change events), and text lookup in documents.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Entity } from '../../src/core/types';
import type { SourceAnnotatorApi } from '../../src/extension';
import { DocumentIdsRequest, DocumentSpansRequest, EntitiesRequest, FindEntitiesRequest, MentionsOfRequest, type DocumentSpans, type EntityInfo, type MentionInfo, type MentionLocation, type QuoteInfo } from '../../src/protocol';

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
  // The prefix must name exactly one seed: findFiles returns matches in no fixed order, so a prefix that
  // two seeds share ("0" of "000_…" and "004_…") picks either and makes a test flaky.
  const uris = await vscode.workspace.findFiles(`${prefix}*.txt`);
  assert.equal(uris.length, 1, `seed prefix "${prefix}" names one file: ${uris.map((u) => u.path).join(', ')}`);
  return uris[0];
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

/** The workspace folder (a fresh copy of the repository's seeds/, made by scripts/run-integration.mjs), its .source-annotator folder and corrections file. */
export const folder = (): string => vscode.workspace.workspaceFolders![0].uri.fsPath;
export const curationDir = (): string => path.join(folder(), '.source-annotator');
export const curationFile = (): string => path.join(curationDir(), 'curation.json');

/**
 * Mocha hooks for a suite that writes corrections: starts it with no corrections file and leaves
 * seeds/.source-annotator exactly as it was before the suite (the workspace copy lives for the whole
 * run, so one suite's corrections must not leak into the next).
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

// The engine's (language server's) index, asked the way the extension asks it: typed requests of
// src/protocol. The tests read the corpus through these instead of an index in the extension host.

/** Every entity after curation, whole, by id. */
export async function engineEntities(a: SourceAnnotatorApi): Promise<Map<string, Entity>> {
  return new Map((await a.engine.request(EntitiesRequest)).map((e) => [e.id, e]));
}

/** The entity whose display name is `name`, if any. */
export async function engineEntityNamed(a: SourceAnnotatorApi, name: string): Promise<Entity | undefined> {
  return [...(await engineEntities(a)).values()].find((e) => e.name === name);
}

/** The mentions and quotes of an indexed document (undefined when the engine does not hold it). */
export async function engineSpans(a: SourceAnnotatorApi, uri: string): Promise<DocumentSpans | undefined> {
  return (await a.engine.request(DocumentSpansRequest, { uri })) ?? undefined;
}

/** The innermost mention containing an offset (start <= offset < end), as the index's own lookup: no caret rule. */
export async function engineMentionAt(a: SourceAnnotatorApi, uri: string, offset: number): Promise<MentionInfo | undefined> {
  const inside = (await engineSpans(a, uri))?.mentions.filter((m) => m.start <= offset && offset < m.end) ?? [];
  return inside.sort((x, y) => x.end - x.start - (y.end - y.start))[0];
}

/** The innermost quote containing an offset (start <= offset < end); `speaker` null when it has none, as in the index. */
export async function engineQuoteAt(a: SourceAnnotatorApi, uri: string, offset: number): Promise<(Omit<QuoteInfo, 'speaker'> & { readonly speaker: string | null }) | undefined> {
  const inside = (await engineSpans(a, uri))?.quotes.filter((q) => q.start <= offset && offset < q.end) ?? [];
  const quote = inside.sort((x, y) => x.end - x.start - (y.end - y.start))[0];
  return quote && { ...quote, speaker: quote.speaker ?? null };
}

/** Every mention of an entity across the corpus, in reading order. */
export async function engineMentionsOf(a: SourceAnnotatorApi, entity: string): Promise<readonly MentionLocation[]> {
  return (await a.engine.request(MentionsOfRequest, { entity })).mentions;
}

/** Whether the engine's index holds a document. */
export async function engineHas(a: SourceAnnotatorApi, uri: string): Promise<boolean> {
  return (await a.engine.request(DocumentIdsRequest)).includes(uri);
}

/** How many documents the engine's index holds. */
export async function engineDocumentCount(a: SourceAnnotatorApi): Promise<number> {
  return (await a.engine.request(DocumentIdsRequest)).length;
}

/** Entities whose name or an alias contains the query (FindEntitiesRequest). */
export async function engineFind(a: SourceAnnotatorApi, query: string): Promise<readonly EntityInfo[]> {
  return a.engine.request(FindEntitiesRequest, { query });
}
