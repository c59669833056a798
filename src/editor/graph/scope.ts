// Which documents the graph counts, from the page's "Documents" choice: the workspace, the current
// document, the folder of the current document, or a folder the reader chose. Pure (no vscode), so
// the fall-backs are unit tested.
import type { DocumentScope } from '../../protocol';
import { documentLabel } from '../format';
import type { GraphScope } from './protocol';

/**
 * The engine's DocumentScope and the status line's label. `current` is the id of the current annotated
 * document, `chosen` the document-id prefix of the folder the reader chose (ending in '/'). A choice
 * whose document or folder is missing falls back to the workspace, and the label says so.
 */
export function documentScopeFor(scope: GraphScope, current: string | undefined, chosen: string | undefined): { scope: DocumentScope; label: string } {
  if (scope === 'chosen') {
    return chosen ? { scope: { kind: 'folder', prefix: chosen }, label: `folder ${documentLabel(chosen)}` } : { scope: { kind: 'workspace' }, label: 'workspace (no folder chosen)' };
  }
  if (scope === 'workspace' || !current) return { scope: { kind: 'workspace' }, label: 'workspace' };
  if (scope === 'document') return { scope: { kind: 'document', id: current }, label: documentLabel(current) };
  const folder = current.slice(0, current.lastIndexOf('/') + 1);
  return { scope: { kind: 'folder', prefix: folder }, label: `folder ${documentLabel(folder)}` };
}

/** The document-id prefix of a folder (its id with one trailing '/'), as the engine's folder scope takes it. */
export function folderPrefix(folderId: string): string {
  return folderId.replace(/\/+$/, '') + '/';
}
