// "…," the ministry said: a speaker named by a common noun stands for the organization of that kind
// named shortly before ("the Ministry of Interior ... the ministry said").
import { insideQuoted, mentionsIn, type QuoteContext, type Word } from './context';

/** Nouns naming a kind of organization; "the ministry" refers back to an ORG mention containing it. */
const ORG_NOUNS: ReadonlySet<string> = new Set([
  'ministry', 'government', 'agency', 'department', 'commission', 'council', 'committee', 'court', 'police',
  'army', 'military', 'bank', 'union', 'party', 'office', 'embassy', 'organization', 'organisation', 'authority',
  'board', 'parliament', 'senate', 'congress', 'foundation', 'institute', 'university', 'association', 'federation',
  'company', 'firm', 'group', 'corporation', 'airline', 'club', 'league', 'school', 'hospital', 'council',
]);
/** Nouns of this kind rarely appear in a company's name, so the nearest organization is meant. */
const UNNAMED_KIND: ReadonlySet<string> = new Set(['company', 'firm', 'group', 'corporation']);
/** How far back the named organization may be. */
const LOOKBACK = 1500;

/** The organization noun a short subject like "the ministry" or "the company's board" is headed by. */
export function organizationNoun(words: readonly Word[]): Word | undefined {
  if (words.length < 2 || words.length > 4 || words[0].lower !== 'the') return undefined;
  const head = words[words.length - 1];
  return ORG_NOUNS.has(head.lower) ? head : undefined;
}

/** The ORG mention "the <noun>" at `pos` refers to, or null. */
export function resolveOrganization(ctx: QuoteContext, noun: string, pos: number): number | null {
  const near = mentionsIn(ctx, Math.max(0, pos - LOOKBACK), pos).filter((i) => !insideQuoted(ctx, ctx.mentions[i]));
  // "The company, Acme Foods, said …": the apposition names it, whatever type the name was given.
  const apposition = new RegExp(`\\bthe ${noun},\\s*$`, 'i');
  for (let k = near.length - 1; k >= 0; k--) {
    if (apposition.test(ctx.text.slice(Math.max(0, ctx.mentions[near[k]].start - noun.length - 8), ctx.mentions[near[k]].start))) return near[k];
  }
  const orgs = near.filter((i) => ctx.mentions[i].type === 'ORG');
  for (let k = orgs.length - 1; k >= 0; k--) {
    if (new RegExp(`\\b${noun}\\b`, 'i').test(ctx.mentions[orgs[k]].text)) return orgs[k];
  }
  if (!UNNAMED_KIND.has(noun)) return null;
  // A news agency or outlet the story was told to is not the company it reports on.
  for (let k = orgs.length - 1; k >= 0; k--) {
    const before = ctx.text.slice(Math.max(0, ctx.mentions[orgs[k]].start - 12), ctx.mentions[orgs[k]].start);
    if (!/\b(told|to|tell|by|on|in)\s+$/i.test(before)) return orgs[k];
  }
  return null;
}

/** "the 58-year-old": an age stands for the person last talked about. */
const AGE = /^\d+-year-old$/;
/** How close a role word must stand to a name to describe it ("Police chief X", "X, the police chief,"). */
const ROLE_REACH = 40;

/**
 * The person a definite role subject ("the police chief", "the 58-year-old") refers back to: the
 * nearest earlier person introduced with that role word, or for an age the nearest earlier person.
 * Returns undefined when the words are not such a subject, null when nobody fits.
 */
export function resolveRole(ctx: QuoteContext, words: readonly Word[], pos: number): number | null | undefined {
  if (words.length < 2 || words.length > 4 || words[0].lower !== 'the') return undefined;
  const head = words[words.length - 1].lower;
  if (head.length < 3 || !/^[\p{L}\p{N}-]+$/u.test(head)) return undefined;
  const people = mentionsIn(ctx, Math.max(0, pos - LOOKBACK), pos)
    .filter((i) => ctx.mentions[i].type === 'PERSON' && !insideQuoted(ctx, ctx.mentions[i]));
  if (AGE.test(head)) return people.length > 0 ? people[people.length - 1] : null;
  const role = new RegExp(`\\b${head}\\b`, 'i');
  const all = mentionsIn(ctx, Math.max(0, pos - LOOKBACK - ROLE_REACH), pos);
  for (let k = people.length - 1; k >= 0; k--) {
    const m = ctx.mentions[people[k]];
    // Another name in between takes the role words for itself ("chief X spoke after Y").
    const previous = all.filter((i) => ctx.mentions[i].end <= m.start).pop();
    const floor = previous === undefined ? 0 : ctx.mentions[previous].end;
    const before = ctx.text.slice(Math.max(floor, m.start - ROLE_REACH), m.start);
    // The role right before the name, with no sentence or clause break between.
    const lead = /[^.,;:!?\n]*$/.exec(before)?.[0] ?? '';
    const after = /^,[^.;:!?\n]*/.exec(ctx.text.slice(m.end, m.end + ROLE_REACH))?.[0] ?? '';
    if (role.test(lead) || role.test(after)) return people[k];
  }
  return null;
}
