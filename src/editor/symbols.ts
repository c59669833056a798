// Ctrl+T finds entities by any of their names; the Outline lists a document's entities and quotes.
import * as vscode from 'vscode';
import { foldForSearch } from '../core/corpus/fold';
import type { CorpusIndex } from '../core/corpusTypes';
import type { EntityType } from '../core/types';
import { converterFor, documentId } from './convert';
import { count, shorten, typeLabel } from './format';
import { snippetAround } from './snippet';
import { locationsOf } from './navigation';
import type { WorkspaceIndex } from './workspaceIndex';

export interface SymbolsDeps {
  readonly index: CorpusIndex;
  readonly workspaceIndex: WorkspaceIndex;
  readonly selector: vscode.DocumentSelector;
}

const KIND: Record<EntityType, vscode.SymbolKind> = {
  PERSON: vscode.SymbolKind.Object,
  ORG: vscode.SymbolKind.Namespace,
  PLACE: vscode.SymbolKind.Package,
};


export function registerSymbols(deps: SymbolsDeps): vscode.Disposable {
  const { index, workspaceIndex, selector } = deps;
  // The Outline and breadcrumbs ask again on every keystroke, while the index's copy of the document
  // changes only when its annotation does: keep the answer per resolved document (and entity table,
  // which curation replaces), so typing in a large document does not rebuild thousands of rows.
  const outlines = new WeakMap<object, { entities: object; symbols: vscode.DocumentSymbol[] }>();
  return vscode.Disposable.from(
    vscode.languages.registerWorkspaceSymbolProvider({
      provideWorkspaceSymbols(query, token) {
        const results: vscode.SymbolInformation[] = [];
        // Quick Open fuzzy-matches the symbol's name and drops rows it cannot match: when the query
        // is not in the canonical name, the label names what it hit: an alias ("WHO"), a
        // transliteration ("gdansk" for "Gdańsk"), or the spelling typed ("≈ gaddafi").
        // The query's forms are the same for every row: computed once per request (Quick Open asks per keystroke).
        const typed = query.trim();
        const lower = typed.toLowerCase();
        const plain = (s: string) => s.toLowerCase().includes(lower);
        const q = foldForSearch(typed);
        for (const entity of index.findEntities(query, 200)) {
          if (token.isCancellationRequested) return undefined;
          const summary = index.summary(entity.id);
          if (!summary) continue;
          const [where] = locationsOf(index, [summary.definition]);
          if (!where) continue;
          let hint: string | undefined;
          if (typed && !plain(entity.name)) {
            hint = entity.aliases.find(plain) ?? [entity.name, ...entity.aliases].map(foldForSearch).find((f) => f.includes(q)) ?? `≈ ${typed}`;
          }
          const name = hint ? `${entity.name} (${hint})` : entity.name;
          results.push(new vscode.SymbolInformation(name, KIND[entity.type], `${typeLabel(entity.type)} · ${count(summary.mentionCount, 'mention')}`, where));
        }
        return results;
      },
    }),
    vscode.languages.registerDocumentSymbolProvider(
      selector,
      {
        provideDocumentSymbols(document) {
          if (!workspaceIndex.covers(document)) return undefined;
          const id = documentId(document.uri);
          const doc = index.document(id);
          if (!doc) return undefined;
          const entities = index.snapshot().entities;
          const kept = outlines.get(doc);
          if (kept && kept.entities === entities) return kept.symbols;
          const convert = converterFor(id, doc.text);
          const byEntity = new Map<string, vscode.DocumentSymbol>();
          const symbols: vscode.DocumentSymbol[] = [];
          for (const m of doc.mentions) {
            const range = convert.range(m);
            let symbol = byEntity.get(m.entity);
            if (!symbol) {
              const entity = entities.get(m.entity);
              symbol = new vscode.DocumentSymbol(entity?.name ?? m.text, typeLabel(m.type), KIND[m.type], range, range);
              byEntity.set(m.entity, symbol);
              symbols.push(symbol);
            }
            // The entity's own range stays its first mention: a range spanning every mention would
            // overlap other entities and make the breadcrumbs name whatever entity came first.
            // Each mention is named by its sentence, so ten mentions of one name are ten different rows.
            const line = range.start.line + 1;
            symbol.children.push(new vscode.DocumentSymbol(snippetAround(doc.text, m.start, m.end, 60).label, `line ${line} · ${m.text}`, vscode.SymbolKind.Key, range, range));
          }
          for (const entity of byEntity.values()) groupByWording(entity);
          for (const q of doc.quotes) {
            const range = convert.range(q);
            const speaker = q.speaker ? entities.get(q.speaker)?.name : (q.speakerText ?? undefined);
            symbols.push(new vscode.DocumentSymbol(shorten(q.text, 60), speaker ? `quote · ${speaker}` : 'quote', vscode.SymbolKind.String, range, range));
          }
          for (const s of byEntity.values()) s.detail = `${s.detail} · ${count(countMentions(s), 'mention')}`;
          symbols.sort((a, b) => a.range.start.compareTo(b.range.start));
          outlines.set(doc, { entities, symbols });
          return symbols;
        },
      },
      { label: 'Source Annotator' },
    ),
  );
}

const wordingOf = (mention: vscode.DocumentSymbol) => mention.detail.slice(mention.detail.indexOf(' · ') + 3);

/**
 * An entity named in more than one way ("WHO", "World Health Organization") gets one row per wording with
 * its mentions under it; named one way, its mentions sit right under it.
 */
function groupByWording(entity: vscode.DocumentSymbol): void {
  const byWording = new Map<string, vscode.DocumentSymbol[]>();
  for (const mention of entity.children) {
    const wording = wordingOf(mention);
    const list = byWording.get(wording);
    // Pushed in place: copying the list per mention was quadratic in an entity's mention count.
    if (list) list.push(mention); else byWording.set(wording, [mention]);
  }
  if (byWording.size < 2) return;
  entity.children = [...byWording].map(([wording, mentions]) => {
    const group = new vscode.DocumentSymbol(wording, count(mentions.length, 'mention'), vscode.SymbolKind.Key, mentions[0].range, mentions[0].selectionRange);
    group.children = mentions;
    return group;
  });
}

function countMentions(entity: vscode.DocumentSymbol): number {
  return entity.children.reduce((n, c) => n + (c.children.length > 0 ? c.children.length : 1), 0);
}
