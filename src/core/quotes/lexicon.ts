// Words that introduce or attribute reported speech. General English, no names.
import { commonSpeechVerbs, weakSpeechVerbs } from '../lexicon/speechVerbs';

/**
 * Lower-case forms of the common verbs of saying, from the engine's one source of them
 * (src/core/lexicon/speechVerbs.ts: WordNet's data and the hand-kept speechVerbsHand.ts).
 */
export const SPEECH_VERBS: ReadonlySet<string> = commonSpeechVerbs();

/** Verbs that, when reported, mark the person as the source even for a fragment ("called it a ..."). */
export const WEAK_SPEECH_VERBS: ReadonlySet<string> = weakSpeechVerbs();

export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
/** Pronouns that name a speaker we cannot tie to a named mention here (the writer, a group). */
export const OTHER_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'they', 'you', 'it']);

/**
 * Abbreviations whose full stop does not end a sentence. Quotes read the tagger's sentences, which
 * know them; re-exported here for the graph's model-free sentence scan (src/core/graph/segments.ts).
 */
export { ABBREVIATIONS } from '../lexicon/abbreviations';
