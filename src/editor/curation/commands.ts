// Corrections from the editor: rename, merge, split, retype, not-a-name, add, set a quote's speaker,
// undo. Each command asks the engine (language server) what it acts on, records a correction through
// the curation store (the host writes the reader's file), and the engine reloads that file, so every
// view agrees when the command returns. Every prompt can be answered by an argument instead (see
// curationArgs.ts), which is how scripts and the tests drive them.
import * as vscode from 'vscode';
import { addCorrection, undoLastCorrection, type Correction, type EntityRef, type NewCorrection } from '../../core/curation';
import { ENTITY_TYPES, type Entity, type EntityType } from '../../core/types';
import { DocumentSpansRequest, EntitiesRequest, FullEntityRequest, MentionAtRequest, MentionsOfRequest, QuoteAtRequest, SpanTextRequest } from '../../protocol';
import type { EngineClient } from '../engineClient';
import { entityArg, entityRowArg, scopeArg, speakerArg, stringArg, treeSpanArg, typeArg, type SpanArg } from './args';
import { registerCursorContext, type CursorContextDeps } from './context';
import { describeCorrection } from './reportText';
import { caretTarget, positionArg } from '../caret';
import { documentKey } from '../convert';
import type { CurationStore } from './store';
import { aType, anotherOfType, shorten, typeLabel } from '../format';
import { distanceToSpan } from '../speakerOrder';
import { Commands } from '../ids';
import type { Coverage } from '../coverage';

export interface CurationCommandsDeps {
  readonly coverage: Coverage;
  readonly store: CurationStore;
  readonly selector: vscode.DocumentSelector;
  /** Answers what a command acts on, and the menus' context keys (what is at the caret or pointer). */
  readonly engine: CursorContextDeps['engine'] & Pick<EngineClient, 'request'>;
}

const refOf = (e: Entity): EntityRef => ({ name: e.name, type: e.type });

const say = (message: string) => void vscode.window.showInformationMessage(`Source Annotator: ${message}`);

export function registerCurationCommands(deps: CurationCommandsDeps): vscode.Disposable {
  const { coverage, store, engine } = deps;
  /** Every entity after curation, by id (for pickers and name arguments). */
  const entities = async (): Promise<ReadonlyMap<string, Entity>> => new Map((await engine.request(EntitiesRequest)).map((e) => [e.id, e]));

  const activeCovered = () => {
    const editor = vscode.window.activeTextEditor;
    return editor && coverage.covers(editor.document) ? editor : undefined;
  };

  /**
   * The span a command acts on: at its position argument (a vscode.Location or { uri, position }),
   * else at the caret or selection of the active annotated editor. The editor context menu passes
   * only the document's URI; the right-click has already moved the caret to the clicked word, so the
   * caret is the clicked position. A caret touching a name at either end is on it (caret.ts).
   */
  const mentionAt = async (arg: unknown): Promise<(SpanArg & { readonly text: string; readonly entity: string }) | undefined> => {
    const target = await caretTarget(arg, (d) => coverage.covers(d));
    if (!target) return undefined;
    const at = await engine.request(MentionAtRequest, { uri: target.documentId, offset: target.offset, selectionStart: target.selectionStart });
    return at ? { documentId: target.documentId, start: at.mention.start, end: at.mention.end, text: at.mention.text, entity: at.mention.entity } : undefined;
  };
  const quoteAt = async (arg: unknown): Promise<(SpanArg & { readonly text: string }) | undefined> => {
    const target = await caretTarget(arg, (d) => coverage.covers(d));
    if (!target) return undefined;
    const at = await engine.request(QuoteAtRequest, { uri: target.documentId, offset: target.offset, selectionStart: target.selectionStart });
    return at ? { documentId: target.documentId, start: at.start, end: at.end, text: at.text } : undefined;
  };

  /** Says which words the command looked at, so a reader knows why nothing happened. */
  const notOn = async (arg: unknown, what: string, hint: string) => {
    const target = await caretTarget(arg, (d) => coverage.covers(d));
    const editor = vscode.window.activeTextEditor;
    const at = positionArg(arg)?.position ?? (editor && target && editor.document === target.document ? editor.selection.active : undefined);
    const word = target && at ? target.document.getWordRangeAtPosition(at) : undefined;
    const here = target && at ? `${word ? `“${shorten(target.document.getText(word), 40)}”` : 'the cursor'} (line ${at.line + 1}) is not ${what}` : `no annotated document is active, so nothing is ${what.replace(/^(a|an) /, '')}`;
    say(`${here}; ${hint}`);
  };

  /** The entity a command is about: its argument (tree row, id, name), else the one at its position or the caret. */
  const needEntity = async (arg: unknown): Promise<Entity | undefined> => {
    const fromArg = await entityFromArg(arg);
    if (fromArg) return fromArg;
    const mention = await mentionAt(arg);
    const entity = mention ? ((await engine.request(FullEntityRequest, { entity: mention.entity })) ?? undefined) : undefined;
    if (!entity) await notOn(arg, 'a highlighted name', 'right-click a highlighted name, or pick an entity in the Entities view.');
    return entity;
  };

  const record = async (correction: NewCorrection, done: string): Promise<boolean> => {
    const ok = await store.update((c) => addCorrection(c, correction));
    if (ok) void vscode.window.setStatusBarMessage(`Source Annotator: ${done}`, 4000);
    return ok;
  };

  const pickType = async (placeHolder: string, current?: EntityType) => {
    const items = ENTITY_TYPES.filter((t) => t !== current).map((t) => ({ label: typeLabel(t), type: t }));
    return (await vscode.window.showQuickPick(items, { placeHolder }))?.type;
  };

  const pickEntity = async (placeHolder: string, exclude?: Entity, preferType?: EntityType) => {
    const list = [...(await entities()).values()].filter((e) => e.id !== exclude?.id);
    list.sort((a, b) => Number(a.type !== preferType) - Number(b.type !== preferType) || a.name.localeCompare(b.name));
    const items = list.map((e) => ({ label: e.name, description: typeLabel(e.type), detail: e.aliases.filter((a) => a !== e.name).join(', ') || undefined, entity: e }));
    return (await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true, matchOnDetail: true }))?.entity;
  };

  const textOf = async (span: SpanArg) => (await engine.request(SpanTextRequest, { uri: span.documentId, start: span.start, end: span.end })) ?? undefined;

  /**
   * The entity an argument names (tree row, id, name, {name, type}); asks for the whole entity list
   * only when the argument is a name. Anything else (a position, nothing) is no answer.
   */
  const entityFromArg = async (arg: unknown): Promise<Entity | undefined> => {
    const row = entityRowArg(arg);
    if (row && typeof arg === 'object' && arg !== null && (arg as { kind?: unknown }).kind === 'entity') return (await engine.request(FullEntityRequest, { entity: row.entityId })) ?? undefined;
    if (typeof arg === 'string') {
      const byId = await engine.request(FullEntityRequest, { entity: arg });
      if (byId) return byId;
    } else if (typeof arg !== 'object' || arg === null || typeof (arg as { name?: unknown }).name !== 'string') return undefined;
    return entityArg(arg, await entities());
  };

  /**
   * "Not a name" on a whole entity (a tree row): every distinct wording of its mentions, everywhere or
   * in one document. Corrections name words, not entities, so that is one record per wording.
   */
  const rejectEntity = async (entityId: string, documentId: string | undefined): Promise<boolean> => {
    const entity = await engine.request(FullEntityRequest, { entity: entityId });
    const refs = (await engine.request(MentionsOfRequest, { entity: entityId })).mentions.filter((r) => documentId === undefined || r.uri === documentId);
    const wordings = [...new Set(refs.map((r) => r.text.replace(/\s+/gu, ' ').trim()))].filter((w) => w !== '');
    if (!entity || wordings.length === 0) return false;
    let chosen = wordings;
    if (wordings.length > 1) {
      const picked = await vscode.window.showQuickPick(wordings.map((label) => ({ label, picked: true })), { canPickMany: true, placeHolder: `Which names of ${entity.name} are not names${documentId ? ` in ${documentKey(documentId)}` : ''}?` });
      if (!picked || picked.length === 0) return false;
      chosen = picked.map((p) => p.label);
    }
    const document = documentId === undefined ? undefined : documentKey(documentId);
    const ok = await store.update((c) => chosen.reduce((acc, text) => addCorrection(acc, document ? { op: 'reject', text, document } : { op: 'reject', text }), c));
    if (ok) void vscode.window.setStatusBarMessage(`Source Annotator: ${chosen.map((t) => `“${t}”`).join(', ')} no longer annotated${document ? ` in ${document}` : ''}${chosen.length > 1 ? ` (${chosen.length} corrections; undo takes back one at a time)` : ''}`, 5000);
    return ok;
  };

  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.curationRename, async (arg?: unknown, newName?: unknown) => {
      const entity = await needEntity(arg);
      if (!entity) return false;
      const name = stringArg(newName) ?? (await vscode.window.showInputBox({ title: `Rename ${entity.name}`, value: entity.name, validateInput: (v) => (v.trim() ? undefined : 'A name is needed') }))?.trim();
      if (!name || name === entity.name) return false;
      return record({ op: 'rename', entity: refOf(entity), name }, `renamed ${entity.name} to ${name}`);
    }),
    vscode.commands.registerCommand(Commands.curationMerge, async (arg?: unknown, target?: unknown) => {
      const entity = await needEntity(arg);
      if (!entity) return false;
      const into = (await entityFromArg(target)) ?? (await pickEntity(`Merge ${entity.name} into…`, entity, entity.type));
      if (!into || into.id === entity.id) return false;
      return record({ op: 'merge', entity: refOf(entity), into: refOf(into) }, `merged ${entity.name} into ${into.name}`);
    }),
    vscode.commands.registerCommand(Commands.curationSplit, async (arg?: unknown, aliasArg?: unknown) => {
      const entity = await needEntity(arg);
      if (!entity) return false;
      const aliases = entity.aliases.filter((a) => a !== entity.name);
      if (aliases.length === 0) {
        say(`${entity.name} has no other name to split off.`);
        return false;
      }
      const given = stringArg(aliasArg);
      // Invoked on a mention worded by an alias, that wording is the likely answer: offer it first.
      const at = await mentionAt(arg);
      const here = at && (await textOf(at));
      const ordered = here && aliases.includes(here) ? [here, ...aliases.filter((a) => a !== here)] : aliases;
      const alias = given !== undefined && aliases.includes(given) ? given : await vscode.window.showQuickPick(ordered, { placeHolder: `Which name of ${entity.name} is ${anotherOfType(entity.type)}?` });
      if (!alias) return false;
      return record({ op: 'split', entity: refOf(entity), alias }, `split ${alias} off ${entity.name}`);
    }),
    vscode.commands.registerCommand(Commands.curationRetype, async (arg?: unknown, typeGiven?: unknown) => {
      const entity = await needEntity(arg);
      if (!entity) return false;
      const type = typeArg(typeGiven) ?? (await pickType(`${entity.name} is a…`, entity.type));
      if (!type || type === entity.type) return false;
      return record({ op: 'retype', entity: refOf(entity), type }, `${entity.name} is now ${aType(type)}`);
    }),
    vscode.commands.registerCommand(Commands.curationReject, async (arg?: unknown, scopeGiven?: unknown) => {
      const row = entityRowArg(arg);
      if (row) return rejectEntity(row.entityId, row.documentId);
      const span = treeSpanArg(arg, 'mention') ?? (await mentionAt(arg));
      const text = span && (await textOf(span));
      if (!span || !text) {
        await notOn(arg, 'a highlighted name', 'right-click the highlighted words that are not a name.');
        return false;
      }
      const here = documentKey(span.documentId);
      const scope = scopeArg(scopeGiven) ?? (await vscode.window.showQuickPick(
        [
          { label: 'In every document', scope: 'everywhere' as const },
          { label: 'In this document only', description: here, scope: 'document' as const },
        ],
        { placeHolder: `“${text}” is not a name…` },
      ))?.scope;
      if (!scope) return false;
      return record(scope === 'document' ? { op: 'reject', text, document: here } : { op: 'reject', text }, `“${text}” is no longer annotated${scope === 'document' ? ` in ${here}` : ''}`);
    }),
    vscode.commands.registerCommand(Commands.curationAdd, async (_arg?: unknown, typeGiven?: unknown) => {
      const editor = activeCovered();
      const text = editor?.document.getText(editor.selection).trim();
      if (!editor || !text || /[\r\n]/.test(text)) {
        say('select the name to add (on one line).');
        return false;
      }
      const type = typeArg(typeGiven) ?? (await pickType(`“${text}” is a…`));
      if (!type) return false;
      return record({ op: 'add', text, type }, `every “${text}” is now ${aType(type)}`);
    }),
    vscode.commands.registerCommand(Commands.curationSpeaker, async (arg?: unknown, speakerGiven?: unknown) => {
      const fromRow = treeSpanArg(arg, 'quote');
      const found = fromRow ? await engine.request(QuoteAtRequest, { uri: fromRow.documentId, offset: fromRow.start }) : undefined;
      const quote = fromRow ? (found ? { documentId: fromRow.documentId, start: found.start, end: found.end, text: found.text } : undefined) : await quoteAt(arg);
      const span = quote;
      if (!span || !quote) {
        await notOn(arg, 'in a highlighted quote', 'right-click inside a highlighted quote, or pick a quote in the Entities view.');
        return false;
      }
      const all = speakerGiven === undefined ? undefined : await entities();
      let speaker = all ? speakerArg(speakerGiven, all) : undefined;
      if (speaker === undefined) {
        const none = { label: '$(circle-slash) Nobody (not attributed)', entity: null as Entity | null };
        // Nearest first: the speaker is almost always named right next to the quote.
        const spans = await engine.request(DocumentSpansRequest, { uri: span.documentId });
        const distances = distanceToSpan(spans?.mentions ?? [], quote);
        const near = (e: Entity) => distances.get(e.id) ?? Infinity;
        const list = [...(all ?? (await entities())).values()].sort((a, b) => near(a) - near(b) || Number(a.type !== 'PERSON') - Number(b.type !== 'PERSON') || a.name.localeCompare(b.name));
        const choice = await vscode.window.showQuickPick(
          [none, ...list.map((e) => ({ label: e.name, description: `${typeLabel(e.type)}${near(e) === Infinity ? '' : ` · ${near(e)} characters from the quote`}`, entity: e as Entity | null }))],
          { placeHolder: 'Who said this? (nearest names first)', matchOnDescription: true },
        );
        if (!choice) return false;
        speaker = choice.entity;
      }
      return record(
        { op: 'speaker', quote: quote.text, speaker: speaker ? refOf(speaker) : null, document: documentKey(span.documentId) },
        speaker ? `speaker set to ${speaker.name}` : 'speaker cleared',
      );
    }),
    vscode.commands.registerCommand(Commands.curationUndo, async () => {
      let undone: Correction | undefined;
      const ok = await store.update((c) => {
        const result = undoLastCorrection(c);
        undone = result.undone;
        return result.curation;
      });
      if (ok) void vscode.window.setStatusBarMessage(undone ? `Source Annotator: undid ${describeCorrection(undone)}` : 'Source Annotator: no correction to undo', 4000);
      return ok && undone !== undefined;
    }),
    vscode.commands.registerCommand(Commands.curationOpenFile, async () => {
      if (!store.fileUri) {
        say('open a folder to keep corrections in a file.');
        return;
      }
      try {
        await vscode.window.showTextDocument(store.fileUri);
      } catch {
        say('no corrections yet.');
      }
    }),
    registerCursorContext({ engine: deps.engine, coverage, selector: deps.selector }),
  );
}

