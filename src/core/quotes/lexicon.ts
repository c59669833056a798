// Words that introduce or attribute reported speech. General English, no names.

const SPEECH_VERB_STEMS = [
  'say', 'said', 'says', 'saying', 'tell', 'told', 'tells', 'telling', 'add', 'added', 'adds', 'adding',
  'state', 'stated', 'states', 'stating', 'explain', 'explained', 'explains', 'explaining', 'note', 'noted', 'notes', 'noting',
  'ask', 'asked', 'asks', 'asking', 'reply', 'replied', 'replies', 'replying', 'write', 'wrote', 'writes', 'writing', 'written',
  'declare', 'declared', 'declares', 'insist', 'insisted', 'insists', 'argue', 'argued', 'argues', 'arguing',
  'continue', 'continued', 'continues', 'recall', 'recalled', 'recalls', 'recalling', 'warn', 'warned', 'warns', 'warning',
  'acknowledge', 'acknowledged', 'acknowledges', 'admit', 'admitted', 'admits', 'announce', 'announced', 'announces',
  'comment', 'commented', 'comments', 'observe', 'observed', 'observes', 'remark', 'remarked', 'remarks',
  'suggest', 'suggested', 'suggests', 'urge', 'urged', 'urges', 'conclude', 'concluded', 'concludes',
  'testify', 'testified', 'testifies', 'tweet', 'tweeted', 'tweets', 'post', 'posted', 'claim', 'claimed', 'claims',
  'maintain', 'maintained', 'maintains', 'emphasize', 'emphasized', 'emphasizes', 'emphasise', 'emphasised',
  'stress', 'stressed', 'stresses', 'caution', 'cautioned', 'complain', 'complained', 'complains',
  'concede', 'conceded', 'concedes', 'counter', 'countered', 'respond', 'responded', 'responds', 'answer', 'answered',
  'shout', 'shouted', 'whisper', 'whispered', 'joke', 'joked', 'quip', 'quipped', 'muse', 'mused', 'exclaim', 'exclaimed',
  'predict', 'predicted', 'promise', 'promised', 'vow', 'vowed', 'pledge', 'pledged', 'report', 'reported',
  'confirm', 'confirmed', 'deny', 'denied', 'advise', 'advised', 'advises', 'reiterate', 'reiterated', 'assert', 'asserted',
  'describe', 'described', 'describes', 'call', 'called', 'calls', 'think', 'thought', 'thinking', 'wonder', 'wondered',
  'cry', 'cried', 'gasp', 'gasped', 'plead', 'pleaded', 'demand', 'demanded', 'boast', 'boasted', 'recount', 'recounted',
  'allege', 'alleged', 'opine', 'opined', 'proclaim', 'proclaimed',
];

/** Lower-case forms of verbs of saying. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(SPEECH_VERB_STEMS);

/** Verbs that, when reported, mark the person as the source even for a fragment ("called it a ..."). */
export const WEAK_SPEECH_VERBS: ReadonlySet<string> = new Set(['call', 'called', 'calls', 'describe', 'described', 'describes', 'think', 'thought', 'thinking']);

export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
/** Pronouns that name a speaker we cannot tie to a named mention here (the writer, a group). */
export const OTHER_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'they', 'you', 'it']);

/**
 * Abbreviations whose full stop does not end a sentence. Quotes read the tagger's sentences, which
 * know them; re-exported here for the graph's model-free sentence scan (src/core/graph/segments.ts).
 */
export { ABBREVIATIONS } from '../lexicon/abbreviations';
