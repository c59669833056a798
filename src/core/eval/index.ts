// Scores a corpus of predictions against gold documents: mentions, entity clusters, quotes and
// speakers. Pure: the caller reads the gold files and runs the engine.
import { ENTITY_TYPES, type ResolvedDocument, type Span } from '../types';
import { aliasScores, clusterScores, type AliasScores, type ClusterScores } from './clusters';
import { prf, Tally } from './match';
import { MENTION_MODES, scoreMentions, type ClusterPair, type ScoredMention } from './mentions';
import { scoreQuotes } from './quotes';
import type { EvalOptions, GoldDocument, PredictedDocument, Prf } from './types';

export type { EvalOptions, GoldDocument, PredictedDocument, Prf } from './types';

export interface MentionScores {
  readonly ALL: Prf;
  readonly PERSON?: Prf;
  readonly ORG?: Prf;
  readonly PLACE?: Prf;
}

export interface EvalResult {
  readonly documents: number;
  readonly mentions: Readonly<Record<string, MentionScores>>;
  readonly clusters: ClusterScores & AliasScores;
  readonly quotes: {
    /** Full quotes, overlapping spans; fragments and non-speech neutral. */
    readonly overlap: Prf;
    /** As overlap, but counted only when the words inside the marks are the same. */
    readonly exact: Prf;
    /** As overlap, but quoted non-speech (scare quotes, titles) counts as a false positive. */
    readonly strict: Prf;
    /** Every gold quote, fragments included, is required. */
    readonly all: Prf;
  };
  readonly speaker: { readonly correct: number; readonly matched: number; readonly gold: number; readonly accuracyOnMatched: number; readonly endToEnd: number };
  /** Predictions or gold items that point outside their text. */
  readonly problems: readonly string[];
}

const EMPTY: PredictedDocument = { mentions: [], quotes: [] };

export function scoreCorpus(gold: readonly GoldDocument[], predictions: ReadonlyMap<string, PredictedDocument>, options: EvalOptions = {}): EvalResult {
  const tally = new Tally();
  const overlapPairs: ClusterPair[] = [];
  const exactPairs: ClusterPair[] = [];
  const problems: string[] = [];
  const ordered = [...gold].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  for (const doc of ordered) {
    const pred = predictions.get(doc.id) ?? EMPTY;
    const furniture = options.includeBoilerplate ? [] : (doc.boilerplateSpans ?? []);
    const inScope = (s: Span) => !furniture.some(([a, b]) => s.start < b && a < s.end);
    for (const m of doc.mentions) if (doc.text.slice(m.start, m.end) !== m.text) problems.push(`${doc.id}: gold offsets ${m.start}-${m.end}`);
    for (const m of pred.mentions) if (m.end > doc.text.length) problems.push(`${doc.id}: prediction past end of text`);

    const goldMentions = doc.mentions.filter((m) => options.includeBoilerplate || (!m.boilerplate && inScope(m)));
    const predMentions: ScoredMention[] = pred.mentions
      .filter((m) => (ENTITY_TYPES as readonly string[]).includes(m.type) && m.end > m.start && inScope(m))
      .map((m) => ({ ...m, cluster: m.cluster ?? `${doc.id}#single#${m.start}` }));
    const pairs = scoreMentions(goldMentions, predMentions, tally);
    overlapPairs.push(...pairs.overlapPairs);
    exactPairs.push(...pairs.exactPairs);
    scoreQuotes(doc, pred.quotes, predMentions, inScope, tally);
  }

  const mentions: Record<string, MentionScores> = {};
  for (const { key, typed } of MENTION_MODES) {
    const all = tally.get(`${key}/ALL`);
    const scores: { -readonly [K in keyof MentionScores]: MentionScores[K] } = { ALL: prf(all.tp, all.np, all.ng) };
    if (typed) {
      for (const t of ENTITY_TYPES) {
        const p = tally.get(`${key}/${t}/p`);
        const r = tally.get(`${key}/${t}/r`);
        const precision = p.np > 0 ? p.tp / p.np : 0;
        const recall = r.ng > 0 ? r.tp / r.ng : 0;
        scores[t] = { p: precision, r: recall, f: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0, tp: r.tp, np: p.np, ng: r.ng };
      }
    }
    mentions[key] = scores;
  }
  const q = (k: string) => {
    const c = tally.get(k);
    return prf(c.tp, c.np, c.ng);
  };
  const spk = tally.get('speaker/matched');
  return {
    documents: ordered.length,
    mentions,
    clusters: { ...clusterScores(overlapPairs), ...aliasScores(exactPairs) },
    quotes: { overlap: q('quotes/overlap'), exact: q('quotes/exact'), strict: q('quotes/strict'), all: q('quotes/all') },
    speaker: {
      correct: spk.tp,
      matched: spk.np,
      gold: spk.ng,
      accuracyOnMatched: spk.np > 0 ? spk.tp / spk.np : 0,
      endToEnd: spk.ng > 0 ? spk.tp / spk.ng : 0,
    },
    problems,
  };
}

/** The engine's resolved document in the evaluation's prediction shape: entity ids are the clusters. */
export function toPrediction(doc: ResolvedDocument): PredictedDocument {
  return {
    mentions: doc.mentions.map((m) => ({ start: m.start, end: m.end, type: m.type, cluster: m.entity })),
    // Gold quotes are quoted spans: reported speech (kind 'indirect') has no counterpart to score against.
    quotes: doc.quotes.filter((q) => q.kind !== 'indirect').map((q) => ({
      start: q.start,
      end: q.end,
      speakerCluster: q.speaker,
      // The name rather than a pronoun, so a speaker is also recognised by its words.
      speakerText: q.speakerMention != null ? (doc.mentions[q.speakerMention]?.text ?? q.speakerText) : q.speakerText,
    })),
  };
}
