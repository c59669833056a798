// Editor locations of corpus mentions (the tree's Find All References). Go to Definition, Find All
// References, highlights and symbols themselves are answered by the language server (src/server).
import * as vscode from 'vscode';
import type { CorpusIndex, MentionRef } from '../core/corpusTypes';
import { converterFor, location, type SpanConverter } from './convert';

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
