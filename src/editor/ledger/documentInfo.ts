// Title, date and reading order of the documents a ledger cites. The date may need the file's
// modification time, which is the only part that touches the file system (asynchronously).
import * as vscode from 'vscode';
import type { CorpusIndex } from '../../core/corpusTypes';
import { detectDocumentDate } from '../../core/docdate';
import type { LedgerDocumentInfo } from '../../core/ledger';
import { documentTitle } from '../../core/ledger';
import { uriOf } from '../convert';

/** Information for each document id (those the index no longer holds are left out). */
export async function documentInfos(index: CorpusIndex, ids: Iterable<string>): Promise<Map<string, LedgerDocumentInfo>> {
  const corpus = index.snapshot();
  const rank = new Map<string, number>();
  corpus.documents.forEach((d, i) => rank.set(d.id, i));
  const out = new Map<string, LedgerDocumentInfo>();
  await Promise.all([...new Set(ids)].map(async (id) => {
    const doc = index.document(id);
    if (!doc) return;
    const uri = uriOf(id);
    const fileName = uri.path.split('/').pop() ?? id;
    let date = detectDocumentDate({ text: doc.text, fileName });
    if (!date && uri.scheme === 'file') {
      const modifiedMs = await vscode.workspace.fs.stat(uri).then((s) => s.mtime, () => undefined);
      date = detectDocumentDate({ text: '', modifiedMs });
    }
    out.set(id, { text: doc.text, title: documentTitle(doc.text, fileName), date, rank: rank.get(id) ?? 0 });
  }));
  return out;
}
