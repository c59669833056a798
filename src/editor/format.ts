// Small pure text helpers shared by hover cards, tree labels and symbols. No vscode import, so
// they run under mocha in plain Node.
import type { EntityType } from '../core/types';

/** Makes untrusted text inert inside Markdown: the one core escaper (src/core/markdown.ts). */
export { escapeMarkdown } from '../core/markdown';

/** Collapses whitespace and cuts to at most `max` characters at a word boundary, with an ellipsis. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, Math.max(1, max - 1));
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The file name of a document id (a URI string or a path), for labels. */
export function documentLabel(documentId: string): string {
  const withoutQuery = documentId.replace(/[?#].*$/, '');
  const last = withoutQuery.split(/[\\/]/).filter(Boolean).pop() ?? documentId;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

const TYPE_LABELS: Record<EntityType, { one: string; many: string }> = {
  PERSON: { one: 'Person', many: 'People' },
  ORG: { one: 'Organization', many: 'Organizations' },
  PLACE: { one: 'Place', many: 'Places' },
};

export function typeLabel(type: EntityType, plural = false): string {
  return plural ? TYPE_LABELS[type].many : TYPE_LABELS[type].one;
}

export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "12 mentions · 2 documents" */
export function mentionSummary(mentionCount: number, documentCount: number): string {
  return `${count(mentionCount, 'mention')} · ${count(documentCount, 'document')}`;
}

const RULE_LABELS: Record<string, string> = {
  surname: 'same surname',
  'given-name': 'given name',
  'acronym-definition': 'acronym defined in the text',
  acronym: 'acronym of the full name',
  initials: 'initials of the full name',
  dotted: 'dotted abbreviation',
  shortening: 'shortened form',
  possessive: 'possessive form',
  'same-name': 'same name',
  curation: 'merged by you',
  'same-full-name': 'same full name',
  'same-acronym-definition': 'same acronym definition',
  'known-variant': 'known variant of the name',
  'shared-context': 'shared context',
};

export function ruleLabel(rule: string): string {
  return RULE_LABELS[rule] ?? rule.replace(/[-_]+/g, ' ');
}

/** "a person", "an organization", "a place": the type with its indefinite article, lower case. */
export function aType(type: EntityType): string {
  const label = typeLabel(type).toLowerCase();
  return `${/^[aeiou]/.test(label) ? 'an' : 'a'} ${label}`;
}

/** What a name split off an entity of this type becomes: "someone else", "another organization". */
export function anotherOfType(type: EntityType): string {
  return type === 'PERSON' ? 'someone else' : `another ${typeLabel(type).toLowerCase()}`;
}
