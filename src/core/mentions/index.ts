export { detectMentions, type MentionResult } from './detect';
export type { Definition } from './acronyms';
