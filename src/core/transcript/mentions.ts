// A post-step after mention detection for transcripts: speaker labels and the interview header name
// people. Whatever the detector made of a label ("SENATOR" as an organization, "Q" as a name) is
// replaced by one PERSON mention of the label's name (its `name` in title case, or the full name it
// abbreviates, for resolution; its `text` the exact slice), with the title after the comma as a descriptor; generic labels ("Q", "Speaker 2") hold no mention at all.
import type { DetectedMention, Span } from '../types';
import { titleCase } from '../mentions/displayName';
import type { TranscriptLayout, Turn } from './layout';

export { titleCase };

/** A turn with the index (into the adjusted mentions) of its speaker's mention, or null. */
export interface TurnSpeaker {
  /** The speaker label ("B. SALTER, SENATOR:"). */
  readonly label: Span;
  readonly content: Span;
  readonly speaker: number | null;
}

export interface TranscriptMentions {
  /** The adjusted mentions, sorted by start offset. */
  readonly mentions: DetectedMention[];
  /** One entry per turn of the layout, in text order. */
  readonly turns: TurnSpeaker[];
  /** Indices of the mentions that are labels or the header (not referents for he/she). */
  readonly labels: ReadonlySet<number>;
}

/**
 * "B. Salter" or "Salter" in a label stands for the one person of the document whose full name fits it
 * ("Bernard Salter", not "Margaret Hollis Salter"): same surname, same initial when one is given.
 * Unchanged when no person or several fit.
 */
export function fullName(label: string, mentions: readonly DetectedMention[]): string {
  const words = label.split(/\s+/);
  const surname = words[words.length - 1].toLowerCase();
  const initials = words.slice(0, -1).map((w) => w.replace(/\.$/, ''));
  if (initials.some((w) => w.length > 1)) return label;
  const fits = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PERSON') continue;
    const mw = m.text.replace(/['’]s$/, '').split(/\s+/);
    if (mw.length < 2 || mw[mw.length - 1].toLowerCase() !== surname) continue;
    if (initials.length > 0 && !initials.every((c, k) => mw[k] !== undefined && mw[k][0].toLowerCase() === c.toLowerCase())) continue;
    fits.add(mw.join(' '));
  }
  return fits.size === 1 ? [...fits][0] : label;
}

/** Words before a role that make it another office ("Vice President" is not "the president"). Lower case. */
const OTHER_OFFICE = new Set(['vice', 'deputy', 'assistant', 'associate', 'co', 'under', 'lieutenant', 'former', 'ex']);

/**
 * The mention of the one person the document introduces with `role` ("President Tamsin Vale" for the
 * label "THE PRESIDENT"): the role is one of the mention's descriptors, or the words right before it.
 * Mentions of one surname count as one person; their longest mention is returned. Null when no
 * person or several people fit.
 */
export function roleHolder(text: string, role: string, mentions: readonly DetectedMention[]): DetectedMention | null {
  const want = role.replace(/\.$/, '').replace(/\s+/g, ' ').toLowerCase();
  const before = new RegExp(String.raw`(?:^|[^\p{L}'’-])(\p{L}+[ \t]+)?${want.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]+')}[ \t]+$`, 'iu');
  const bySurname = new Map<string, DetectedMention>();
  for (const m of mentions) {
    if (m.type !== 'PERSON') continue;
    const described = (m.descriptors ?? []).some((d) => d.replace(/\s+/g, ' ').toLowerCase() === want);
    const lead = before.exec(text.slice(Math.max(0, m.start - 60), m.start));
    const titled = lead !== null && !OTHER_OFFICE.has((lead[1] ?? '').trim().toLowerCase());
    if (!described && !titled) continue;
    const surname = (m.name ?? m.text).replace(/['’]s$/, '').split(/\s+/).pop()?.toLowerCase() ?? '';
    const seen = bySurname.get(surname);
    if (!seen || m.end - m.start > seen.end - seen.start) bySurname.set(surname, m);
  }
  return bySurname.size === 1 ? [...bySurname.values()][0] : null;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function labelMention(text: string, name: Span, title: Span | null, evidence: string): DetectedMention {
  const descriptors = title ? [text.slice(title.start, title.end).replace(/\.$/, '').toLowerCase()] : undefined;
  const surface = text.slice(name.start, name.end);
  return { start: name.start, end: name.end, text: surface, name: titleCase(surface), type: 'PERSON', ...(descriptors ? { descriptors } : {}), evidence };
}

/**
 * Mentions adjusted for the transcript layout, and each turn's speaker. Returns the mentions
 * unchanged (same order) when the layout has neither turns nor a header.
 */
export function applyTranscript(text: string, mentions: readonly DetectedMention[], layout: TranscriptLayout): TranscriptMentions {
  const asker = layout.interviewer ?? null;
  if (layout.turns.length === 0 && layout.header === null && asker === null) return { mentions: [...mentions], turns: [], labels: new Set() };
  const cleared: Span[] = layout.turns.map((t) => t.label);
  if (layout.header) cleared.push(layout.header.line);
  if (asker) cleared.push(asker.line);
  const kept = mentions.filter((m) => !cleared.some((c) => overlaps(c, m)));
  const added = new Map<Turn | 'header' | 'interviewer', DetectedMention>();
  for (const t of layout.turns) if (t.name) added.set(t, labelMention(text, t.name, t.title, 'transcript:label'));
  if (layout.header) added.set('header', labelMention(text, layout.header.name, layout.header.title, 'transcript:header'));
  if (asker) added.set('interviewer', labelMention(text, asker.name, asker.title, 'transcript:interviewer'));
  for (const [key, m] of added) added.set(key, { ...m, name: fullName(m.name ?? m.text, kept) });
  const all = [...kept, ...added.values()].sort((a, b) => a.start - b.start || a.end - b.end);
  const indexOf = new Map(all.map((m, i) => [m, i] as const));
  const labels = new Set([...added.values()].map((m) => indexOf.get(m) as number));
  const interviewee = layout.header ? (indexOf.get(added.get('header') as DetectedMention) ?? null) : null;
  const interviewer = asker ? (indexOf.get(added.get('interviewer') as DetectedMention) ?? null) : null;
  const turns = layout.turns.map((t): TurnSpeaker => {
    const own = added.get(t);
    if (own) return { label: t.label, content: t.content, speaker: indexOf.get(own) ?? null };
    // "THE PRESIDENT:" speaks as the one president the document introduces; with none or several, no one.
    if (t.office) {
      const holder = roleHolder(text, text.slice(t.office.start, t.office.end), kept);
      return { label: t.label, content: t.content, speaker: holder ? (indexOf.get(holder) ?? null) : null };
    }
    // In a Q/A interview under "INTERVIEW WITH X", the answers are X's; under "Interviewer: Y" the
    // questions (and "INTERVIEWER:" turns) are Y's.
    if (t.role === 'answer') return { label: t.label, content: t.content, speaker: interviewee };
    const asking = t.role === 'question' || (t.role === 'generic' && /^[^\p{L}]*interviewer\b/iu.test(text.slice(t.label.start, t.label.end).replace(/^[\s\d:.,[\]()-]*/, '')));
    return { label: t.label, content: t.content, speaker: asking ? interviewer : null };
  });
  return { mentions: all, turns, labels };
}
