// Title, date and reading order of the documents a ledger cites. The date may need the file's
// modification time, which is the only part that touches the file system (asynchronously).
import * as vscode from 'vscode';
import type { CorpusIndex } from '../../core/corpusTypes';
import { detectDocumentDate } from '../../core/docdate';
import type { LedgerDocumentInfo } from '../../core/ledger';
import { documentTitle } from '../../core/ledger';
import { uriOf } from '../convert';

/** Title and date of a document version; keyed by the resolved document, so an edit starts afresh. */
export type DocumentInfoCache = WeakMap<object, Pick<LedgerDocumentInfo, 'title' | 'date'>>;

/** Information for each document id (those the index no longer holds are left out). */
export async function documentInfos(index: CorpusIndex, ids: Iterable<string>, cache: DocumentInfoCache = new WeakMap()): Promise<Map<string, LedgerDocumentInfo>> {
  const corpus = index.snapshot();
  const rank = new Map<string, number>();
  corpus.documents.forEach((d, i) => rank.set(d.id, i));
  const out = new Map<string, LedgerDocumentInfo>();
  await Promise.all([...new Set(ids)].map(async (id) => {
    const doc = index.document(id);
    if (!doc) return;
    const known = cache.get(doc);
    if (known) {
      out.set(id, { text: doc.text, ...known, rank: rank.get(id) ?? 0 });
      return;
    }
    const uri = uriOf(id);
    const fileName = uri.path.split('/').pop() ?? id;
    let date = detectDocumentDate({ text: doc.text, fileName });
    if (!date && uri.scheme === 'file') {
      const modifiedMs = await vscode.workspace.fs.stat(uri).then((s) => s.mtime, () => undefined);
      date = detectDocumentDate({ text: '', modifiedMs });
    }
    const info = { title: documentTitle(doc.text, fileName), date };
    cache.set(doc, info);
    out.set(id, { text: doc.text, ...info, rank: rank.get(id) ?? 0 });
  }));
  return out;
}
