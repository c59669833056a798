// package.json and src/editor/ids.ts must name the same commands, settings, colours and views:
// a mismatch is a menu item that does nothing or a setting the code never reads.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Commands, Config, ContextKeys, Highlight, HIGHLIGHT_KINDS, Views } from '../../src/editor/ids';

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
const contributes = manifest.contributes;

describe('editor manifest matches the id table', () => {
  const contributed = new Set<string>(contributes.commands.map((c: { command: string }) => c.command));
  const ours = new Set<string>(Object.values(Commands));

  it('contributes every command the code registers, and no other', () => {
    assert.deepEqual([...ours].filter((c) => !contributed.has(c)), []);
    assert.deepEqual([...contributed].filter((c) => !ours.has(c)), []);
    for (const c of contributes.commands) assert.equal(c.category, 'Source Annotator', c.command);
  });

  it('menus and keybindings only name known commands and context keys', () => {
    const keys = new Set<string>([...Object.values(ContextKeys), 'view', 'viewItem', 'editorTextFocus', 'editorHasSelection', 'false']);
    const entries = [...Object.values(contributes.menus).flat(), ...contributes.keybindings] as { command: string; when?: string }[];
    for (const e of entries) {
      assert.ok(ours.has(e.command), `${e.command} is a registered command`);
      for (const word of (e.when ?? '').match(/[A-Za-z][\w.]*/g) ?? []) {
        if (['document', 'entity', 'mention', 'quote', 'speaker', 'inline'].includes(word) || word === Views.entities) continue;
        assert.ok(keys.has(word), `"${word}" in a when clause is a known context key (${e.command})`);
      }
    }
  });

  it('hides internal and tree-only commands from the palette', () => {
    const hidden = new Set(contributes.menus.commandPalette.filter((e: { when?: string }) => e.when === 'false').map((e: { command: string }) => e.command));
    for (const c of [Commands.openLocation, Commands.treeRefresh, Commands.treeFindReferences, Commands.treeFilter]) assert.ok(hidden.has(c), c);
  });

  it('declares the settings and colours the code reads', () => {
    const settings = contributes.configuration.properties;
    for (const key of [Config.include, Config.exclude, Config.maxFileSizeMB, Config.followEditor]) assert.ok(settings[`${Config.section}.${key}`], key);
    const colors = new Map<string, { defaults: Record<string, string> }>(contributes.colors.map((c: { id: string; defaults: Record<string, string> }) => [c.id, c]));
    for (const kind of HIGHLIGHT_KINDS) {
      assert.equal(settings[`${Config.section}.${Highlight[kind].setting}`]?.type, 'boolean', kind);
      for (const id of [Highlight[kind].color, Highlight[kind].ruler]) {
        const color = colors.get(id);
        assert.ok(color, id);
        for (const theme of ['light', 'dark', 'highContrast']) assert.match(color.defaults[theme], /^#[0-9a-f]{6,8}$/i, `${id} ${theme}`);
      }
    }
  });

  it('declares the view container, view and activation without "*"', () => {
    assert.ok(contributes.viewsContainers.activitybar.some((c: { id: string }) => c.id === Views.container));
    assert.ok(contributes.views[Views.container].some((v: { id: string }) => v.id === Views.entities));
    assert.ok(!manifest.activationEvents.includes('*'));
    assert.ok(fs.existsSync(path.join(__dirname, '..', '..', contributes.viewsContainers.activitybar[0].icon)));
  });
});
