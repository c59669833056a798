#!/usr/bin/env node
/* global document, getComputedStyle */
// `npm run test:e2e`: uses the extension the way a person would, in a real VS Code
// (code-server in headless Chromium) with seeds/ as the workspace: Quick Open an article,
// see highlights, hover a name for its card, open the Source Annotator view, and list a
// name's mentions across articles with Shift+F12. A screenshot is kept of every step in
// test-output/screenshots/; --update-readme-shots also copies the hover card and the
// cross-article references (with the entity tree) to media/screenshots/ for the README.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../../scripts/vscode-runtime/browser.mjs';
import { REPO_ROOT } from '../../scripts/vscode-runtime/config.mjs';
import { ensureRuntime } from '../../scripts/vscode-runtime/install.mjs';
import { extensionLoadProblems, startCodeServer, workbenchUrl } from '../../scripts/vscode-runtime/server.mjs';
import { clickOnText, decorationCount, hoverOverText, quickOpen, runCommand, textPosition, waitForWorkbench } from './workbench.mjs';

// Seed facts the steps rely on: a name in the first screen of the first article, and an
// organization both articles mention.
const ARTICLE = '000_96937d237d215014.txt';
const OTHER_ARTICLE = '004_c4d9adfef3818f1a.txt';
const PERSON = 'Jeffrey';
const SHARED_ORG = 'MEK';
// A spot where the organization stands alone (the headline's "MEK Camp Ashraf" is another
// entity); the caret lands on the middle character of this text.
const SHARED_ORG_SPOT = 'the MEK as';

const shots = path.join(REPO_ROOT, 'test-output', 'screenshots');
const readmeShots = { '2-hover.png': 'hover.png', '4-references.png': 'references.png', '5-ledger-dark.png': 'ledger-dark.png', '6-graph-dark.png': 'graph-dark.png', '7-graph-light.png': 'graph-light.png', '8-ledger-light.png': 'ledger-light.png' };
const t0 = Date.now();
const say = (s) => console.log(`e2e ${((Date.now() - t0) / 1000).toFixed(1).padStart(5)} s  ${s}`);

/** The extension's own tree view, read from its manifest so a renamed view needs no edit here. */
function annotatorView() {
  const views = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).contributes?.views ?? {};
  const all = Object.values(views).flat();
  const view = all.find((v) => /annotator|entit/i.test(`${v.id} ${v.name}`)) ?? all[0];
  if (!view) throw new Error('package.json contributes no views');
  return view;
}

async function steps(page, shot) {
  await waitForWorkbench(page);
  say('workbench up');

  await quickOpen(page, ARTICLE);
  say(`opened ${ARTICLE} with Quick Open`);
  await page.waitForFunction(() => document.querySelectorAll('.editor-instance .monaco-editor [class*="ced-"]').length > 0, null, { timeout: 60_000 })
    .catch(() => { throw new Error('no highlights appeared in the article within 60 s'); });
  say(`highlights drawn: ${await decorationCount(page)} decorated spans`);
  await shot('1-decorations.png');

  const hover = await hoverOverText(page, PERSON);
  await page.waitForTimeout(300); // let the card finish rendering its markdown
  const card = (await hover.innerText()).trim();
  if (!card.includes(PERSON)) throw new Error(`hover card does not name ${PERSON}: ${JSON.stringify(card)}`);
  if (!/mention/i.test(card)) throw new Error(`hover card has no entity content (no "mention"): ${JSON.stringify(card)}`);
  say(`hover card: ${JSON.stringify(card.slice(0, 160))}`);
  await shot('2-hover.png');
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');

  const view = annotatorView();
  await runCommand(page, `Focus on ${view.name} View`);
  const sidebar = page.locator('.part.sidebar, .part.auxiliarybar, .part.panel');
  const titled = sidebar.locator('.pane', { has: page.locator('.pane-header', { hasText: view.name }) });
  const pane = (await titled.count()) > 0 ? titled.first() : sidebar.locator('.pane').first();
  const rows = pane.locator('.monaco-list-row');
  await rows.first().waitFor({ timeout: 30_000 }).catch(() => { throw new Error(`the ${view.name} view shows no items`); });
  // Label and description are separate elements; read them apart so "People 24" stays two words.
  const labels = await rows.evaluateAll((all) => all.map((row) => [...row.querySelectorAll('.label-name, .label-description, .monaco-count-badge')]
    .map((e) => e.textContent.trim()).filter(Boolean).join(' | ')));
  if (!labels.some((l) => /\bmentions?\b/i.test(l))) throw new Error(`the ${view.name} view lists no entity with its mentions: ${JSON.stringify(labels.slice(0, 8))}`);
  say(`${view.name} view: ${JSON.stringify(labels.slice(0, 8))}`);
  await shot('3-tree.png');

  await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
  await clickOnText(page, SHARED_ORG_SPOT);
  await page.keyboard.press('Shift+F12');
  const peek = page.locator('.reference-zone-widget');
  await peek.waitFor({ timeout: 30_000 }).catch(() => { throw new Error(`Shift+F12 on ${SHARED_ORG} opened no references peek`); });
  const fileRow = (name) => peek.locator('.ref-tree .monaco-list-row', { hasText: name }).first();
  await fileRow(OTHER_ARTICLE).waitFor({ timeout: 30_000 })
    .catch(() => { throw new Error(`references of ${SHARED_ORG} do not reach ${OTHER_ARTICLE}`); });
  await fileRow(ARTICLE).waitFor({ timeout: 5_000 });
  const refs = (await peek.locator('.ref-tree .monaco-list-row').allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim().slice(0, 60));
  say(`references of ${SHARED_ORG}: ${JSON.stringify(refs.slice(0, 6))}`);
  await shot('4-references.png');
  await page.keyboard.press('Escape');

  await readingSteps(page, shot, pane);
}

/** The status bar's "Ln 7, Col 26 (13 selected)". */
const selectionStatus = (page) => page.locator('[id="status.editor.selection"]').first().innerText().catch(() => '');

/** The labels of the editor context menu now open. */
async function contextMenuItems(page) {
  const menu = page.locator('.context-view .monaco-menu').first();
  await menu.waitFor({ timeout: 10_000 });
  return (await menu.locator('.action-label').allInnerTexts()).map((t) => t.trim()).filter(Boolean);
}

/** Right-click `text` the way a person does: move onto it, rest a moment, click. No left click first. */
async function rightClickText(page, text, occurrence = 0) {
  const pos = await textPosition(page, text, occurrence);
  if (!pos) throw new Error(`"${text}" is not visible`);
  await page.mouse.move(pos.x, pos.y + 80);
  await page.mouse.move(pos.x, pos.y, { steps: 6 });
  await page.waitForTimeout(700); // a person's pause before clicking
  // A person right-clicks a name after its hover card appears; on a busy machine that can take longer
  // than the pause. A plain word shows no card: the wait just ends.
  await page.locator('.monaco-hover:not(.hidden)').first().waitFor({ state: 'visible', timeout: 4_000 }).catch(() => {});
  await page.waitForTimeout(200);
  await page.mouse.click(pos.x, pos.y, { button: 'right' });
  return contextMenuItems(page);
}

/** Issue 12: the caret at the end of a name, the context menu where it was clicked. */
async function readingSteps(page, shot, pane) {
  const editorLines = page.locator('.editor-instance .monaco-editor .view-lines').first();

  // A tree mention row selects the name (caret at its end); Shift+F12 must still find its references.
  const row = (text) => pane.locator('.monaco-list-row', { hasText: text }).first();
  await row('James Jeffrey').click();
  await row(ARTICLE).click();
  const mentionRow = pane.locator('.monaco-list-row[aria-level="4"]').first();
  await mentionRow.waitFor({ timeout: 15_000 }).catch(() => { throw new Error('no mention rows under the document row'); });
  await mentionRow.click();
  await page.waitForTimeout(500);
  const afterTree = await selectionStatus(page);
  if (!/selected/.test(afterTree)) throw new Error(`a tree mention did not select the name: ${afterTree}`);
  await page.keyboard.press('Shift+F12');
  const peek = page.locator('.reference-zone-widget');
  await peek.waitFor({ timeout: 15_000 }).catch(() => { throw new Error('Shift+F12 after clicking a tree mention found no references'); });
  say(`tree mention then Shift+F12: ${(await peek.locator('.ref-tree .monaco-list-row').count())} rows in the references peek (${afterTree})`);
  await shot('5-tree-mention-references.png');
  await page.keyboard.press('Escape');

  // Double-click a short form, F12: the definition is the full name elsewhere.
  await editorLines.click();
  await page.keyboard.press('Control+Home');
  const spot = await textPosition(page, 'Jeffrey’s');
  if (!spot) throw new Error('“Jeffrey’s” is not visible');
  const left = await textPosition(page, 'Jeffr', 1);
  await page.mouse.dblclick(left?.x ?? spot.x, left?.y ?? spot.y);
  await page.waitForFunction(() => /selected/.test(document.querySelector('[id="status.editor.selection"]')?.textContent ?? ''), null, { timeout: 5_000 });
  const before = await selectionStatus(page);
  await page.keyboard.press('F12');
  await page.waitForFunction((b) => document.querySelector('[id="status.editor.selection"]')?.textContent !== b, before, { timeout: 10_000 })
    .catch(() => { throw new Error(`F12 after a double-click went nowhere (${before})`); });
  const after = await selectionStatus(page);
  // Seed fact: "Ambassador James Jeffrey" opens line 7; F12 puts the caret at the start of the name.
  if (!/^Ln 7, Col 12\b/.test(after)) throw new Error(`F12 did not go to the full name “James Jeffrey” (line 7, column 12): ${after}`);
  say(`double-click + F12: ${before} -> ${after}`);
  await shot('6-double-click-f12.png');

  // Next Mention three times: the tree follows and stays on the same entity.
  await clickOnText(page, SHARED_ORG_SPOT);
  await page.waitForTimeout(800);
  const selectedRow = () => pane.locator('.monaco-list-row.selected .label-name').first().innerText().catch(() => '');
  const start = await selectedRow();
  const seen = [];
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Control+Alt+BracketRight');
    await page.waitForTimeout(900);
    seen.push(`${await selectedRow()} ${await selectionStatus(page)}`);
  }
  say(`Next Mention x3 from ${JSON.stringify(start)}: ${JSON.stringify(seen)}`);
  if (!start || seen.some((s) => !s.startsWith(start))) throw new Error(`Next Mention left the entity ${start}: ${JSON.stringify(seen)}`);
  await shot('7-next-mention.png');

  // Right-click a name without clicking it first: the correction items are there.
  await page.keyboard.press('Control+Home');
  await page.waitForTimeout(300);
  const onName = await rightClickText(page, 'Mohaddessin');
  say(`context menu on a name: ${JSON.stringify(onName)}`);
  await shot('8-context-menu-name.png');
  await page.keyboard.press('Escape');
  if (!onName.some((t) => t.startsWith('Rename Entity'))) throw new Error(`right-clicking a name shows no correction items: ${JSON.stringify(onName)}`);

  // Right-click a plain word: none of them.
  const onWord = await rightClickText(page, 'dissidents', 2);
  say(`context menu on a plain word: ${JSON.stringify(onWord)}`);
  await shot('9-context-menu-plain-word.png');
  await page.keyboard.press('Escape');
  const corrections = ['Rename Entity', 'Merge Entity', 'Split a Name', 'Change Entity Type', 'Not a Name'];
  if (onWord.some((t) => corrections.some((c) => t.startsWith(c)))) throw new Error(`right-clicking a plain word shows correction items: ${JSON.stringify(onWord)}`);

  // Steps 1-9 ran in the profile's default light theme; the same views in Dark Modern, where VS Code's
  // own word highlights are blue-grey: our highlights next to them must not look alike.
  await runCommand(page, 'Preferences: Color Theme');
  await page.keyboard.type('Dark Modern');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Dark Modern' }).first().click();
  await page.waitForTimeout(800);
  await clickOnText(page, SHARED_ORG_SPOT);
  await page.waitForTimeout(800);
  await shot('10-dark-highlights.png');
  const dark = await rightClickText(page, 'Mohaddessin');
  await shot('11-dark-context-menu.png');
  await page.keyboard.press('Escape');
  if (!dark.some((t) => t.startsWith('Rename Entity'))) throw new Error(`dark theme: no correction items on a name: ${JSON.stringify(dark)}`);
}

// ---- Corpus views (issue 14): the quote ledger from a hover link, the entity graph from the
// palette, an edge clicked on the drawing and its evidence list; dark and light themes. ----
const LEDGER_SPEAKER = 'Martin Kobler';
// The speaker's name where the article first quotes him (visible without scrolling, with plain
// text wrapped); the pointer lands on the middle character, inside the name.
const LEDGER_SPEAKER_SPOT = 'Martin Kobler, the h';

/** The content frame of the webview panel whose tab has this title. */
async function webviewFrame(page, tabTitle, ready, timeout = 30_000) {
  await page.locator('.tabs-container .tab.active', { hasText: tabTitle }).waitFor({ timeout });
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const frame of page.frames()) {
      if (await frame.locator(ready).count().catch(() => 0)) return frame;
    }
    if (Date.now() > deadline) throw new Error(`the "${tabTitle}" webview shows no ${ready}`);
    await page.waitForTimeout(200);
  }
}

/** Quick Open, once more after Escape if the first attempt did not bring the file up. */
async function openArticle(page, name) {
  await quickOpen(page, name, 15_000).catch(async () => {
    await page.keyboard.press('Escape');
    await quickOpen(page, name);
  });
}

async function setTheme(page, name) {
  await runCommand(page, 'Preferences: Color Theme');
  // Type only once the theme picker lists themes, so no keystroke can reach a document.
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.type(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().click();
  await page.waitForTimeout(800);
}

/**
 * The graph's labels as drawn: no two shown labels overlap (2 px of tolerance for font rounding) and
 * every shown label lies inside the canvas; most entities of the drawing keep a label.
 */
async function assertLabelsReadable(graph, when) {
  const { labels, canvas } = await graph.evaluate(() => ({ labels: globalThis.sourceAnnotatorGraph.labels(), canvas: globalThis.sourceAnnotatorGraph.canvas() }));
  const shown = labels.filter((l) => l.shown && l.box.w > 0);
  const t = 2;
  const outside = shown.filter((l) => l.box.x1 < -t || l.box.y1 < -t || l.box.x2 > canvas.width + t || l.box.y2 > canvas.height + t);
  if (outside.length > 0) throw new Error(`${when}: labels cut at the canvas edge: ${JSON.stringify(outside.map((l) => l.name))}`);
  const overlapping = [];
  for (let i = 0; i < shown.length; i++) {
    for (let j = i + 1; j < shown.length; j++) {
      const a = shown[i].box;
      const b = shown[j].box;
      if (a.x1 < b.x2 - t && b.x1 < a.x2 - t && a.y1 < b.y2 - t && b.y1 < a.y2 - t) overlapping.push(`${shown[i].name} / ${shown[j].name}`);
    }
  }
  if (overlapping.length > 0) throw new Error(`${when}: overlapping labels: ${JSON.stringify(overlapping.slice(0, 10))}`);
  if (shown.length === 0) throw new Error(`${when}: no label is shown`);
  say(`labels (${when}): ${shown.length} of ${labels.length} shown, none overlapping, all inside the ${canvas.width}×${canvas.height} canvas`);
}

/** The ledger frame once its summary matches `pattern` (the panel rebuilds the page on each filter change). */
async function ledgerWhen(page, pattern, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const frame of page.frames()) {
      const summary = await frame.locator('p.summary').first().innerText({ timeout: 500 }).catch(() => '');
      if (pattern.test(summary)) return frame;
    }
    if (Date.now() > deadline) throw new Error(`the ledger's summary never matched ${pattern}`);
    await page.waitForTimeout(200);
  }
}

/**
 * The ledger's filter by kind of quote, by keyboard only: Space on the first kind's checkbox leaves
 * that kind out (fewer entries, or none), the rebuilt page keeps the focus on that checkbox, and
 * "Show all" brings every entry back.
 */
async function ledgerFilterSteps(page, ledger, entries) {
  const kinds = await ledger.locator('input[name="kind"]').count();
  if (kinds === 0) throw new Error('the ledger offers no filter by kind of quote');
  await ledger.locator('#kind-0').focus();
  await page.keyboard.press('Space');
  const filtered = await ledgerWhen(page, /^Filtered:/);
  const left = await filtered.locator('li.entry').count();
  if (kinds > 1 ? left >= entries : left !== 0) throw new Error(`leaving one of ${kinds} kinds out left ${left} of ${entries} entries`);
  const focused = await filtered.evaluate(() => document.activeElement?.id);
  if (focused !== 'kind-0') throw new Error(`after the page was rebuilt the focus is on ${JSON.stringify(focused)}, not the checkbox changed`);
  await filtered.locator('button[data-action="clearFilter"]').focus();
  await page.keyboard.press('Enter');
  const all = await ledgerWhen(page, /^\d+ quotes? in/);
  const back = await all.locator('li.entry').count();
  if (back !== entries) throw new Error(`"Show all" shows ${back} entries, not ${entries}`);
  say(`ledger filter by keyboard: one of ${kinds} kinds left out, ${left} of ${entries} entries; focus kept; "Show all" back to ${back}`);
}

async function corpusViewSteps(page, shot) {
  await page.keyboard.press('Escape');
  await setTheme(page, 'Dark Modern'); // the theme is kept between runs; start from a known one
  await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
  await openArticle(page, OTHER_ARTICLE);
  const hover = await hoverOverText(page, LEDGER_SPEAKER_SPOT);
  const link = hover.locator('a', { hasText: 'Show Quotes of' }).first();
  await link.waitFor({ timeout: 10_000 }).catch(() => { throw new Error(`the hover card of ${LEDGER_SPEAKER} has no "Show Quotes of" link`); });
  await link.click();
  const ledger = await webviewFrame(page, 'Quotes', 'li.entry');
  const entries = await ledger.locator('li.entry').count();
  const title = (await ledger.locator('h1').innerText()).trim();
  if (!title.includes(LEDGER_SPEAKER) || entries < 5) throw new Error(`the ledger shows ${entries} entries under ${JSON.stringify(title)}`);
  say(`ledger from the hover: ${JSON.stringify(title)}, ${entries} entries; first: ${JSON.stringify((await ledger.locator('blockquote').first().innerText()).slice(0, 80))}`);
  // VS Code names a contributed colour's variable by replacing only the first dot of its id.
  const colour = await ledger.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--vscode-sourceAnnotator-quote.background').trim());
  if (!colour) throw new Error('the ledger page does not see the contributed theme colour sourceAnnotator.quote.background');
  say(`theme colour in the webview: sourceAnnotator.quote.background = ${colour}`);
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
  await shot('5-ledger-dark.png');
  await ledgerFilterSteps(page, ledger, entries);

  await runCommand(page, 'View: Close All Editors');
  await openArticle(page, OTHER_ARTICLE);
  await runCommand(page, 'Source Annotator: Show Entity Graph');
  const graph = await webviewFrame(page, 'Entity Graph', '#nodes button');
  // Room for the drawing, as a reader would make it: no side bar, one editor group.
  await runCommand(page, 'View: Close Primary Side Bar');
  // The palette offers this only when the editor area is split; one group already is the layout wanted.
  await runCommand(page, 'View: Single Column Editor Layout', 5_000).catch(async () => { await page.keyboard.press('Escape'); });
  await page.locator('.tabs-container .tab', { hasText: 'Entity Graph' }).first().click();
  await page.waitForTimeout(500);
  await graph.waitForFunction(() => (globalThis.sourceAnnotatorGraph?.edges() ?? []).length > 0, null, { timeout: 30_000 });
  const nodes = await graph.locator('#nodes button').count();
  say(`graph from the palette: ${nodes} entities; ${JSON.stringify(await graph.locator('#status').innerText())}`);
  // Click the heaviest edges on the drawing itself until one shows its evidence.
  // Where the edges are drawn once the drawing has settled (the panel's resize refits it): the same
  // positions twice, 300 ms apart; re-read before each click, so a late refit cannot send a click astray.
  const drawnEdges = async () => (await graph.evaluate(() => globalThis.sourceAnnotatorGraph.edges())).sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1));
  for (let i = 0, last = ''; i < 20; i++) {
    const now = JSON.stringify(await drawnEdges());
    if (now === last) break;
    last = now;
    await page.waitForTimeout(300);
  }
  let shown = 0;
  for (let i = 0; i < 8; i++) {
    const edge = (await drawnEdges())[i];
    if (!edge) break;
    await graph.locator('#cy').click({ position: { x: edge.at.x, y: edge.at.y } });
    await graph.locator('#evidence button').first().waitFor({ timeout: 3_000 }).catch(() => {});
    shown = await graph.locator('#evidence button').count();
    if (shown > 0) break;
  }
  if (shown === 0) throw new Error('clicking edges on the graph showed no evidence');
  const evidenceTitle = (await graph.locator('#evidenceTitle').innerText()).trim();
  const firstEvidence = (await graph.locator('#evidence button').first().innerText()).replace(/\s+/g, ' ').trim();
  say(`clicked an edge: ${JSON.stringify(evidenceTitle)}; first passage: ${JSON.stringify(firstEvidence.slice(0, 100))}`);
  await page.waitForTimeout(300); // the label pass runs on the next animation frame
  await shot('6-graph-dark.png');
  await assertLabelsReadable(graph, 'dark, an edge selected');

  // By keyboard: an entity in the list, Enter focuses it and moves to its links; Enter on a link
  // brings its evidence and the focus with it.
  await graph.locator('#nodes button').first().focus();
  await page.keyboard.press('Enter');
  await graph.waitForFunction(() => document.activeElement?.classList.contains('edge-item'), null, { timeout: 5_000 })
    .catch(() => { throw new Error('Enter on an entity did not move the focus to its links'); });
  // The evidence box describes the selection: a new entity clears the last link's evidence.
  const stale = await graph.locator('#evidence button').count();
  if (stale > 0) throw new Error(`after selecting an entity the evidence box still lists ${stale} passages of the link clicked before`);
  await page.keyboard.press('Enter');
  await graph.waitForFunction(() => document.activeElement?.classList.contains('evidence-item'), null, { timeout: 10_000 })
    .catch(() => { throw new Error('Enter on a link did not bring its evidence into focus'); });
  say(`keyboard: ${JSON.stringify((await graph.locator('#evidenceTitle').innerText()).trim())}`);

  await setTheme(page, 'Light Modern');
  await graph.locator('#evidence button').first().waitFor({ timeout: 5_000 });
  await page.mouse.move(600, 826); // off the tabs, so no tooltip covers the drawing
  await page.waitForTimeout(800);
  await shot('7-graph-light.png');
  await assertLabelsReadable(graph, 'light, an entity selected');

  // Expansion on demand, by keyboard: show only the 5 best connected entities, pick the first, and
  // expand its neighbourhood with the button (Enter); its neighbours join the drawing and the lists.
  await graph.locator('#limit').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('5');
  await page.keyboard.press('Tab');
  await graph.waitForFunction(() => document.querySelectorAll('#nodes button').length === 5, null, { timeout: 10_000 })
    .catch(async () => { throw new Error(`"Entities shown" 5 did not cut the graph to 5 entities (${await graph.locator('#nodes button').count()})`); });
  await graph.locator('#nodes button').first().focus();
  await page.keyboard.press('Enter');
  const expandLabel = (await graph.locator('#more').innerText()).trim();
  if (!/^Expand the neighbourhood of /.test(expandLabel)) throw new Error(`the expand button does not name the selected entity: ${JSON.stringify(expandLabel)}`);
  await graph.locator('#more').focus();
  await page.keyboard.press('Enter');
  await graph.waitForFunction(() => / expanded: /.test(document.getElementById('status')?.textContent ?? ''), null, { timeout: 15_000 })
    .catch(async () => { throw new Error(`expanding gave no answer: ${JSON.stringify(await graph.locator('#status').innerText())}`); });
  const expandedNodes = await graph.locator('#nodes button').count();
  const drawn = await graph.evaluate(() => globalThis.sourceAnnotatorGraph.edges().length);
  if (expandedNodes <= 5) throw new Error(`expanding the best connected entity added no neighbour (${expandedNodes} entities)`);
  say(`expanded by keyboard: ${expandLabel} → ${expandedNodes} entities, ${drawn} links drawn; ${JSON.stringify(await graph.locator('#status').innerText())}`);
  // "+" on an entity of the list expands that one.
  const lastName = (await graph.locator('#nodes button').last().evaluate((b) => b.firstChild?.textContent ?? '')).trim();
  await graph.locator('#nodes button').last().focus();
  await page.keyboard.press('+');
  await graph.waitForFunction((name) => (document.getElementById('status')?.textContent ?? '').includes(`${name} expanded: `), lastName, { timeout: 15_000 })
    .catch(async () => { throw new Error(`"+" on ${lastName} did not expand it: ${JSON.stringify(await graph.locator('#status').innerText())}`); });
  say(`"+" on ${lastName}: ${JSON.stringify(await graph.locator('#status').innerText())}`);
  await shot('9-graph-expanded-light.png');
  await runCommand(page, 'View: Close All Editors');
  await openArticle(page, OTHER_ARTICLE);
  // From the palette with the caret on the speaker's name.
  await clickOnText(page, LEDGER_SPEAKER_SPOT);
  await runCommand(page, 'Source Annotator: Show Quotes of Entity');
  const lightLedger = await webviewFrame(page, 'Quotes', 'li.entry');
  if (!(await lightLedger.locator('h1').innerText()).includes(LEDGER_SPEAKER)) throw new Error('the palette did not open the ledger of the speaker under the caret');
  await page.mouse.move(700, 600);
  await page.waitForTimeout(400);
  await shot('8-ledger-light.png');
  await setTheme(page, 'Dark Modern');
  if (await page.locator('.tabs-container .tab.dirty').count()) throw new Error('a document was changed during the corpus view steps');
}

async function main() {
  const runtime = ensureRuntime({ log: (s) => console.log(s) });
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'esbuild.js')], { cwd: REPO_ROOT, stdio: 'inherit' });
  fs.rmSync(shots, { recursive: true, force: true });
  fs.mkdirSync(shots, { recursive: true });
  const server = await startCodeServer({ runtime });
  say(`VS Code ${runtime.vscodeVersion} (code-server ${runtime.codeServerVersion}) at ${server.url}`);
  let browser;
  let page;
  const timeout = setTimeout(() => { console.error('e2e: gave up after 8 minutes'); process.exit(124); }, 8 * 60_000);
  try {
    browser = await launchChromium({ runtime });
    page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    page.on('pageerror', (e) => say(`page error: ${e.message}`));
    await page.goto(workbenchUrl(server, { folder: path.join(REPO_ROOT, 'seeds'), extensionDevelopmentPath: REPO_ROOT }));
    await steps(page, (name) => page.screenshot({ path: path.join(shots, name) }));
    await corpusViewSteps(page, (name) => page.screenshot({ path: path.join(shots, name) }));
  } catch (e) {
    const problems = extensionLoadProblems(server.logFile);
    for (const p of problems) console.error(`e2e: VS Code did not load an extension: ${p}`);
    await page?.screenshot({ path: path.join(shots, 'failure.png') }).catch(() => {});
    throw e;
  } finally {
    clearTimeout(timeout);
    await browser?.close().catch(() => {});
    await server.stop();
  }
  if (process.argv.includes('--update-readme-shots')) {
    const media = path.join(REPO_ROOT, 'media', 'screenshots');
    fs.mkdirSync(media, { recursive: true });
    for (const [from, to] of Object.entries(readmeShots)) fs.copyFileSync(path.join(shots, from), path.join(media, to));
    say(`copied ${Object.values(readmeShots).join(', ')} to ${path.relative(REPO_ROOT, media)}`);
  }
  say(`UI check passed; screenshots in ${path.relative(REPO_ROOT, shots)}`);
}

main().catch((e) => {
  console.error(`e2e: FAILED: ${e instanceof Error ? e.message : e} (screenshots in ${path.relative(REPO_ROOT, shots)})`);
  process.exit(1);
});
