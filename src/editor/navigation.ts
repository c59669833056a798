// Go to Definition, Find All References and same-entity highlights: every mention knows its entity,
// so each provider is a lookup in the corpus index converted to editor locations.
import * as vscode from 'vscode';
import type { CorpusIndex, MentionRef } from '../core/corpusTypes';
import { spanAtCaret, spanAtSelection } from './caret';
import { converterFor, documentId, location, offsetIn, type SpanConverter } from './convert';
import type { WorkspaceIndex } from './workspaceIndex';

export interface NavigationDeps {
  readonly index: CorpusIndex;
  readonly workspaceIndex: WorkspaceIndex;
  readonly selector: vscode.DocumentSelector;
}

/** Locations for many mentions, building each document's line table once. */
export function locationsOf(index: CorpusIndex, refs: readonly MentionRef[]): vscode.Location[] {
  const converters = new Map<string, SpanConverter>();
  const result: vscode.Location[] = [];
  for (const ref of refs) {
    let convert = converters.get(ref.documentId);
    if (!convert) {
      const doc = index.document(ref.documentId);
      if (!doc) continue;
      convert = converterFor(ref.documentId, doc.text);
      converters.set(ref.documentId, convert);
    }
    result.push(location(ref.documentId, convert, ref.mention));
  }
  return result;
}

export function registerNavigation(deps: NavigationDeps): vscode.Disposable {
  const { index, workspaceIndex, selector } = deps;
  // Providers get only the caret. When it is the active end of a selection in that document (a
  // double-click on "Name’s" selects the possessive too), the selection decides, as for commands.
  const mentionAt = (document: vscode.TextDocument, position: vscode.Position) => {
    if (!workspaceIndex.covers(document)) return undefined;
    const lookup = (d: string, o: number) => index.mentionAt(d, o);
    const id = documentId(document.uri);
    const editor = vscode.window.activeTextEditor;
    if (editor && editor.document === document && !editor.selection.isEmpty && editor.selection.active.isEqual(position)) return spanAtSelection(lookup, id, document, editor.selection);
    return spanAtCaret(lookup, id, offsetIn(document, position));
  };

  return vscode.Disposable.from(
    vscode.languages.registerDefinitionProvider(selector, {
      provideDefinition(document, position) {
        const mention = mentionAt(document, position);
        const definition = mention && index.summary(mention.entity)?.definition;
        return definition ? locationsOf(index, [definition]) : undefined;
      },
    }),
    vscode.languages.registerReferenceProvider(selector, {
      provideReferences(document, position, context, token) {
        const mention = mentionAt(document, position);
        if (!mention) return undefined;
        let refs = index.mentionsOf(mention.entity);
        if (!context.includeDeclaration) {
          const definition = index.summary(mention.entity)?.definition;
          if (definition) refs = refs.filter((r) => !(r.documentId === definition.documentId && r.mention.start === definition.mention.start));
        }
        return token.isCancellationRequested ? undefined : locationsOf(index, refs);
      },
    }),
    vscode.languages.registerDocumentHighlightProvider(selector, {
      provideDocumentHighlights(document, position) {
        const mention = mentionAt(document, position);
        if (!mention) return undefined;
        const id = documentId(document.uri);
        const doc = index.document(id);
        if (!doc) return undefined;
        const convert = converterFor(id, doc.text);
        return doc.mentions.filter((m) => m.entity === mention.entity).map((m) => new vscode.DocumentHighlight(convert.range(m), vscode.DocumentHighlightKind.Text));
      },
    }),
  );
}
