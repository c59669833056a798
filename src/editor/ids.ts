// Every identifier the extension shares with package.json lives here, so a rename is one edit and a
// typo is a type error instead of a silently dead menu item.
import type { EntityType } from '../core/types';

export const Commands = {
  openLocation: 'sourceAnnotator.openLocation',
  nextMention: 'sourceAnnotator.nextMention',
  previousMention: 'sourceAnnotator.previousMention',
  togglePeople: 'sourceAnnotator.toggleHighlight.people',
  toggleOrganizations: 'sourceAnnotator.toggleHighlight.organizations',
  togglePlaces: 'sourceAnnotator.toggleHighlight.places',
  toggleQuotes: 'sourceAnnotator.toggleHighlight.quotes',
  reindex: 'sourceAnnotator.reindex',
  showOutput: 'sourceAnnotator.showOutput',
  revealInTree: 'sourceAnnotator.revealInTree',
  treeRefresh: 'sourceAnnotator.tree.refresh',
  treeScopeDocument: 'sourceAnnotator.tree.scopeDocument',
  treeScopeWorkspace: 'sourceAnnotator.tree.scopeWorkspace',
  treeFilter: 'sourceAnnotator.tree.filter',
  treeClearFilter: 'sourceAnnotator.tree.clearFilter',
  treeFindReferences: 'sourceAnnotator.tree.findReferences',
  treeShowMore: 'sourceAnnotator.tree.showMore',
  curationRename: 'sourceAnnotator.curation.rename',
  curationMerge: 'sourceAnnotator.curation.merge',
  curationSplit: 'sourceAnnotator.curation.split',
  curationRetype: 'sourceAnnotator.curation.retype',
  curationReject: 'sourceAnnotator.curation.reject',
  curationAdd: 'sourceAnnotator.curation.add',
  curationSpeaker: 'sourceAnnotator.curation.speaker',
  curationUndo: 'sourceAnnotator.curation.undo',
  curationNotSame: 'sourceAnnotator.curation.notSame',
  curationSameEntity: 'sourceAnnotator.curation.sameEntity',
  curationOpenFile: 'sourceAnnotator.curation.openFile',
  curationReport: 'sourceAnnotator.curation.showReport',
  exportJson: 'sourceAnnotator.export.json',
  exportCsv: 'sourceAnnotator.export.csv',
  exportBrat: 'sourceAnnotator.export.brat',
  exportW3c: 'sourceAnnotator.export.w3c',
  toggleReadingMode: 'sourceAnnotator.toggleReadingMode',
  treeShowSpeakerQuotes: 'sourceAnnotator.tree.showSpeakerQuotes',
  showQuotes: 'sourceAnnotator.showQuotes',
  showGraph: 'sourceAnnotator.showGraph',
  exportFtm: 'sourceAnnotator.export.ftm',
} as const;
export type CommandId = (typeof Commands)[keyof typeof Commands];

/** Commands that hover cards may run; MarkdownString.isTrusted gets exactly this list. */
export const HOVER_COMMANDS: readonly CommandId[] = [
  Commands.openLocation, Commands.treeShowSpeakerQuotes, Commands.showQuotes, Commands.showGraph,
  Commands.curationNotSame, Commands.curationSameEntity,
];

export const ContextKeys = {
  /** The active editor shows a document the index holds. */
  annotatedDocument: 'sourceAnnotator.annotatedDocument',
  /** 'workspace' | 'document' */
  treeScope: 'sourceAnnotator.treeScope',
  treeFiltered: 'sourceAnnotator.treeFiltered',
  /** The cursor is on a mention / inside a quote of an annotated document. */
  onMention: 'sourceAnnotator.onMention',
  onQuote: 'sourceAnnotator.onQuote',
  /** The same for the editor context menu: follows the caret and the word the mouse pointer rests on. */
  menuOnMention: 'sourceAnnotator.menuOnMention',
  menuOnQuote: 'sourceAnnotator.menuOnQuote',
} as const;

export const Views = {
  container: 'sourceAnnotator',
  entities: 'sourceAnnotator.entities',
} as const;

export const Config = {
  section: 'sourceAnnotator',
  include: 'include',
  exclude: 'exclude',
  maxFileSizeMB: 'maxFileSizeMB',
  followEditor: 'tree.followEditor',
  readingMode: 'readingMode',
  highlightIndirectQuotes: 'highlight.indirectQuotes',
} as const;

/** What can be highlighted: the three entity types plus quotes. */
export type HighlightKind = EntityType | 'QUOTE';
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['PERSON', 'ORG', 'PLACE', 'QUOTE'];

export const Highlight: Record<HighlightKind, { setting: string; toggle: CommandId; color: string; ruler: string; label: string }> = {
  PERSON: { setting: 'highlight.people', toggle: Commands.togglePeople, color: 'sourceAnnotator.person.background', ruler: 'sourceAnnotator.person.overviewRuler', label: 'people' },
  ORG: { setting: 'highlight.organizations', toggle: Commands.toggleOrganizations, color: 'sourceAnnotator.organization.background', ruler: 'sourceAnnotator.organization.overviewRuler', label: 'organizations' },
  PLACE: { setting: 'highlight.places', toggle: Commands.togglePlaces, color: 'sourceAnnotator.place.background', ruler: 'sourceAnnotator.place.overviewRuler', label: 'places' },
  QUOTE: { setting: 'highlight.quotes', toggle: Commands.toggleQuotes, color: 'sourceAnnotator.quote.background', ruler: 'sourceAnnotator.quote.overviewRuler', label: 'quotes' },
};

/** Languages the extension annotates when a document is open, whatever the include glob says. */
export const LANGUAGES = ['plaintext', 'markdown'] as const;
