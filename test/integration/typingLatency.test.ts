// Measures (does not assert) how typing in a 1 MB document behaves: the time from a keystroke to
// the next decoration update, and the longest stall of the extension host's event loop meanwhile
// (a stall there is what would make typing, hovers and completions lag). Prints one line per number.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, until } from './helpers';

function oneMegabyteOfNews(seedDir: string): string {
  const articles = fs.readdirSync(seedDir).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(seedDir, f), 'utf8'));
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < 1024 * 1024; i++) {
    const piece = `\n\nSection ${i}\n\n${articles[i % articles.length]}`;
    parts.push(piece);
    size += piece.length;
  }
  return parts.join('');
}

/** Longest gap between 5 ms timer ticks: how long the host's main thread was busy at a stretch. */
function stallMonitor() {
  let last = performance.now();
  let max = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    max = Math.max(max, now - last - 5);
    last = now;
  }, 5);
  return { stop: () => (clearInterval(timer), Math.round(max)) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

describe('typing in a 1 MB document (measurement)', function () {
  this.timeout(600_000);

  after(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'));

  it('re-decorates after keystrokes without stalling the extension host', async () => {
    const a = await api();
    // Baseline: the same keystroke in a small document, to separate the runner's round trip from the cost of size.
    const small = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'A short note.\n' }));
    const smallTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      await vscode.commands.executeCommand('type', { text: 'x' });
      smallTimes.push(performance.now() - t);
    }
    console.log(`    measure: 'type' command round trip in a small document: median ${median(smallTimes).toFixed(1)} ms`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    void small;
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    const text = oneMegabyteOfNews(folder.uri.fsPath);
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: text });
    const editor = await vscode.window.showTextDocument(doc);
    const firstStart = performance.now();
    await until(() => a.decorationsFor(doc.uri), 'the first decorations of the 1 MB document', 300_000);
    console.log(`    measure: 1 MB document (${text.length} chars): first decorations after ${Math.round(performance.now() - firstStart)} ms`);
    const mentions = a.decorationsFor(doc.uri)!;
    console.log(`    measure: highlighted ${mentions.PERSON.length} people, ${mentions.ORG.length} organizations, ${mentions.PLACE.length} places, ${mentions.QUOTE.length} quotes`);

    const nextUpdate = (afterVersion: number) =>
      new Promise<number>((resolve) => {
        const sub = a.onDidUpdateDecorations((uri) => {
          if (uri.toString() === doc.uri.toString() && doc.version >= afterVersion) {
            sub.dispose();
            resolve(performance.now());
          }
        });
      });

    const single: number[] = [];
    const typeTimes: number[] = [];
    const stalls: number[] = [];
    for (let i = 0; i < 5; i++) {
      const at = doc.positionAt(Math.floor(doc.getText().length / 2) + i * 1000);
      editor.selection = new vscode.Selection(at, at);
      const monitor = stallMonitor();
      const t0 = performance.now();
      await vscode.commands.executeCommand('type', { text: 'x' });
      typeTimes.push(performance.now() - t0);
      const t1 = await nextUpdate(doc.version);
      single.push(t1 - t0);
      stalls.push(monitor.stop());
      await new Promise((r) => setTimeout(r, 300));
    }
    console.log(`    measure: keystroke -> decorations updated: median ${Math.round(median(single))} ms, max ${Math.round(Math.max(...single))} ms (${single.map(Math.round).join(', ')})`);
    console.log(`    measure: 'type' command round trip: median ${median(typeTimes).toFixed(1)} ms`);
    console.log(`    measure: longest extension-host stall per keystroke cycle: median ${median(stalls)} ms, max ${Math.max(...stalls)} ms`);

    // A burst like real typing: 20 characters, 60 ms apart.
    const monitor = stallMonitor();
    const keyTimes: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      await vscode.commands.executeCommand('type', { text: 'abcdefghij'[i % 10] });
      keyTimes.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 60));
    }
    const lastKey = performance.now();
    const done = await nextUpdate(doc.version);
    const stall = monitor.stop();
    console.log(`    measure: burst of 20 keystrokes: decorations ${Math.round(done - lastKey)} ms after the last key; slowest keystroke ${Math.max(...keyTimes).toFixed(1)} ms; longest host stall ${stall} ms`);
    assert.ok(a.decorationsFor(doc.uri), 'decorations exist after typing');
  });
});
