// Person-like moves in the VS Code workbench (a Playwright page): the keyboard shortcuts and
// mouse gestures a user makes, and waits on what the user would see. Selectors are the
// workbench's stable class names (.quick-input-widget, .monaco-hover, .reference-zone-widget).
/* global document, NodeFilter */
import path from 'node:path';

export async function waitForWorkbench(page, timeout = 60_000) {
  await page.locator('.monaco-workbench .part.editor').waitFor({ timeout });
  await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout });
}

/** Ctrl+P, type the file name, Enter; resolves when its tab is active and its text is drawn. */
export async function quickOpen(page, fileName, timeout = 30_000) {
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout });
  await page.keyboard.type(fileName);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: path.basename(fileName) }).first().waitFor({ timeout });
  // Enter opens the FOCUSED row: wait until the list has re-filtered to the file, or a slow filter
  // leaves a recently opened file focused and Enter opens that one instead.
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: path.basename(fileName) }).first().waitFor({ timeout });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: path.basename(fileName) }).waitFor({ timeout });
  await page.locator('.editor-instance .monaco-editor .view-lines .view-line').first().waitFor({ timeout });
}

/** F1, type a command title, pick the row that shows it. */
export async function runCommand(page, title, timeout = 30_000) {
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout });
  await page.keyboard.type(title);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().click({ timeout });
}

/** Centre of the `occurrence`-th visible `text` in the active editor, in page pixels, or null. */
export function textPosition(page, text, occurrence = 0) {
  return page.evaluate(({ text, occurrence }) => {
    const lines = [...document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line')]
      .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
    let seen = 0;
    for (const line of lines) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const pieces = [];
      let full = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        pieces.push({ node: n, start: full.length });
        full += n.textContent.replace(/\u00a0/g, ' ');
      }
      for (let i = full.indexOf(text); i >= 0; i = full.indexOf(text, i + 1)) {
        if (seen++ < occurrence) continue;
        const at = i + Math.floor(text.length / 2);
        const piece = pieces.find((p) => at >= p.start && at < p.start + p.node.textContent.length);
        const range = document.createRange();
        range.setStart(piece.node, at - piece.start);
        range.setEnd(piece.node, at - piece.start + 1);
        const box = range.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }
    }
    return null;
  }, { text, occurrence });
}

async function positionOf(page, text, occurrence) {
  const pos = await textPosition(page, text, occurrence);
  if (!pos) throw new Error(`"${text}" is not visible in the editor`);
  return pos;
}

/** Puts the caret inside `text`, as a click would. */
export async function clickOnText(page, text, occurrence = 0) {
  const { x, y } = await positionOf(page, text, occurrence);
  await page.mouse.click(x, y);
}

/** Moves the mouse onto `text` and returns the hover widget once it is shown. */
export async function hoverOverText(page, text, { occurrence = 0, timeout = 15_000 } = {}) {
  const { x, y } = await positionOf(page, text, occurrence);
  await page.mouse.move(x - 40, y + 120);
  await page.mouse.move(x, y, { steps: 8 });
  const hover = page.locator('.monaco-editor .monaco-hover:visible').first();
  await hover.waitFor({ timeout }).catch(() => { throw new Error(`no hover card appeared over "${text}" within ${timeout} ms`); });
  return hover;
}

/**
 * Decorations an extension set on the active editor: VS Code gives each decoration type
 * generated "ced-*" classes, drawn behind the text (view-overlays) or on it (inline).
 */
export function decorationCount(page) {
  return page.locator('.editor-instance .monaco-editor [class*="ced-"]').count();
}
