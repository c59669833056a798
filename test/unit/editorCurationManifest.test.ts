// Every correction is reachable where the reader is: the command palette, the editor's context menu
// on a mention (or a selection, or inside a quote), and the Entities view's rows; every export
// format from the palette and the view's title menu.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Commands, ContextKeys } from '../../src/editor/ids';

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
type MenuEntry = { command: string; when?: string };
const menu = (name: string): MenuEntry[] => manifest.contributes.menus[name] ?? [];
const whenOf = (name: string, command: string) => menu(name).filter((e) => e.command === command).map((e) => e.when ?? '');

describe('editor curation and export: menus', () => {
  it('offers every correction in the editor context menu where it applies', () => {
    for (const c of [Commands.curationRename, Commands.curationMerge, Commands.curationSplit, Commands.curationRetype, Commands.curationReject]) {
      assert.ok(whenOf('editor/context', c).some((w) => w.includes(ContextKeys.menuOnMention)), c);
    }
    assert.ok(whenOf('editor/context', Commands.curationAdd).some((w) => w.includes('editorHasSelection')));
    assert.ok(whenOf('editor/context', Commands.curationSpeaker).some((w) => w.includes(ContextKeys.menuOnQuote)));
  });

  it('offers the corrections on the Entities view rows they apply to', () => {
    const rows = (c: string) => whenOf('view/item/context', c).join(' ');
    for (const c of [Commands.curationRename, Commands.curationMerge, Commands.curationSplit, Commands.curationRetype]) assert.match(rows(c), /viewItem == entity/, c);
    for (const item of ['entity', 'document', 'mention']) assert.match(rows(Commands.curationReject), new RegExp(`viewItem == ${item}`));
    assert.match(rows(Commands.curationSpeaker), /viewItem == quote/);
  });

  it('keeps undo, the report and every export in the palette and the view title menu', () => {
    const hidden = new Set(menu('commandPalette').filter((e) => e.when === 'false').map((e) => e.command));
    const title = new Set(menu('view/title').map((e) => e.command));
    for (const c of [Commands.curationUndo, Commands.curationReport, Commands.exportJson, Commands.exportCsv, Commands.exportBrat, Commands.exportW3c]) {
      assert.ok(!hidden.has(c), `${c} in the palette`);
      assert.ok(title.has(c), `${c} in the view title menu`);
    }
  });
});
