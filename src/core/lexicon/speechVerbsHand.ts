// The hand-kept part of the verbs of saying. Everything else about them (which verbs are verbs of
// saying, and every inflected form) comes from WordNet through speechVerbs.json; this file only says
// how the quote finder uses some of them, each list with the reason WordNet cannot tell it.

/**
 * Base forms of the verbs that tag reported speech so often in news that they count anywhere in the
 * window around a quote, not only in the tight frame of a speech tag ("…,” X snapped"). Why by hand:
 * WordNet gives the class of a verb, not how often writers use it to attribute a quote, nor which of
 * its forms are mostly other words. Three groups, by the forms that count:
 *
 * every form, the progressive too ("…,” she said, adding that …"): the everyday reporting verbs.
 */
export const COMMON_SAYING_EVERY_FORM: readonly string[] = [
  'say', 'tell', 'add', 'state', 'explain', 'note', 'ask', 'reply', 'write', 'argue', 'recall', 'warn', 'think',
];

/** Without the -ing form, which is mostly an adjective, a noun or a naming verb ("calling themselves", "the continuing talks"). */
export const COMMON_SAYING_NO_PROGRESSIVE: readonly string[] = [
  'declare', 'insist', 'continue', 'acknowledge', 'admit', 'announce', 'comment', 'observe', 'remark', 'suggest', 'urge', 'testify',
  'claim', 'emphasize', 'stress', 'complain', 'concede', 'respond', 'advise', 'describe', 'call', 'conclude', 'maintain', 'tweet',
];

/**
 * Base and past forms only: the third-person form of most of these is mostly a plural noun
 * ("promises", "reports", "demands", "vows", "cries"), and their -ing form a noun too.
 */
export const COMMON_SAYING_BASE_AND_PAST: readonly string[] = [
  'post', 'emphasise', 'caution', 'shout', 'joke', 'quip', 'exclaim', 'predict', 'promise', 'vow', 'pledge', 'report', 'confirm',
  'deny', 'reiterate', 'assert', 'cry', 'gasp', 'demand', 'boast', 'recount', 'allege', 'opine', 'proclaim', 'counter', 'answer',
  'whisper', 'wonder', 'plead', 'muse',
];

/**
 * Reporting verbs WordNet does not file as communication in their main senses, with their forms:
 * "conclude", "maintain", "muse" and "think" are filed as cognition or state, though "X concluded
 * that …" and "“…,” she thought" report words; "tweet" is younger than WordNet 3.1.
 */
export const OUTSIDE_WORDNET: Readonly<Record<string, readonly string[]>> = {
  conclude: ['conclude', 'concluded', 'concludes'],
  maintain: ['maintain', 'maintained', 'maintains'],
  muse: ['muse', 'mused'],
  think: ['think', 'thought', 'thinking'],
  tweet: ['tweet', 'tweeted', 'tweets'],
};

/**
 * Verbs that name or judge more than they report ("called the plan a mistake", "described it as
 * …", "thought it wise"): enough to attribute a fragment woven into the sentence, not a full quote.
 * A matter of use, not of meaning, so WordNet cannot say it.
 */
export const WEAK_SAYING_LEMMAS: readonly string[] = ['call', 'describe', 'think'];

/**
 * Verbs whose past or third-person form introduces a reported clause without quotation marks ("X
 * said the plan failed", "X told reporters that …"). Most verbs of saying take an object or a quote
 * instead ("X shouted a warning"), which WordNet's classes do not tell apart.
 */
export const REPORTING_LEMMAS: readonly string[] = [
  'say', 'tell', 'add', 'explain', 'argue', 'claim', 'warn', 'insist', 'note', 'state', 'acknowledge', 'admit', 'announce',
  'confirm', 'deny', 'write', 'maintain', 'contend', 'stress', 'emphasize', 'emphasise', 'predict', 'reply', 'answer', 'concede',
  'complain', 'recall', 'suggest', 'testify', 'assert', 'report', 'promise', 'vow',
];

/**
 * Forms of REPORTING_LEMMAS that introduce no reported clause: a past participle distinct from the
 * past tense ("the music he had written that he wished to record"). The data does not mark participles.
 */
export const NOT_REPORTING_FORMS: readonly string[] = ['written'];
