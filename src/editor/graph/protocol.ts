// Messages between the graph webview and the extension host. The page sends entity ids and
// indexes it was given; the host checks every one against the index before acting on it.
import type { EntityType } from '../../core/types';
import type { WireGraph } from './wire';

/** 'folder': the folder of the current document; 'chosen': a folder the reader picked (the host keeps which). */
export type GraphScope = 'workspace' | 'document' | 'folder' | 'chosen';

export interface GraphFilters {
  readonly types: readonly EntityType[];
  readonly minWeight: number;
  readonly scope: GraphScope;
  /** Entities shown before any expansion: the best connected (default 200). */
  readonly limit: number;
}

/** What the last expansion did, for the page's status line and focus. */
export interface Expansion {
  /** The entity whose neighbourhood was added. */
  readonly id: string;
  readonly addedNodes: number;
  readonly addedEdges: number;
}

/** One evidence passage as the page shows it: the text and the two mentions in it (offsets into `text`). */
export interface EvidenceView {
  readonly index: number;
  readonly document: string;
  readonly scope: 'sentence' | 'paragraph';
  readonly text: string;
  readonly marks: readonly { readonly start: number; readonly end: number }[];
  /** How many times the document repeats this passage word for word, when more than once. */
  readonly repeats?: number;
}

export type HostToPage =
  /**
   * The graph in its wire form (wire.ts: about a fifth of the object form's size), in parts when large:
   * `pending` parts of the same `sequence` follow this one (joinWireParts); absent sequence: 0.
   */
  | { readonly type: 'graph'; readonly graph: WireGraph; readonly filters: GraphFilters; readonly limit: number; readonly scopeLabel: string; readonly pending: number; readonly sequence?: number; readonly expansion?: Expansion }
  | { readonly type: 'evidence'; readonly source: string; readonly target: string; readonly title: string; readonly items: readonly EvidenceView[] }
  | { readonly type: 'select'; readonly id: string };

export type PageToHost =
  | { readonly type: 'ready' }
  | { readonly type: 'filters'; readonly filters: GraphFilters }
  /** Expand this entity's neighbourhood (the page sends the selected entity, else the graph's focus). */
  | { readonly type: 'more'; readonly id: string }
  | { readonly type: 'edge'; readonly source: string; readonly target: string }
  | { readonly type: 'node'; readonly id: string }
  | { readonly type: 'quotes'; readonly id: string }
  | { readonly type: 'open'; readonly index: number }
  /** Choose the folder of the 'chosen' scope (the host opens a folder dialog). */
  | { readonly type: 'pickFolder' };
