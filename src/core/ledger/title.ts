// A document's title for the ledger and citations: what a reader would call the document.
import { FRONT_MATTER, opensWithDateline } from '../docdate';

const TITLE_KEY = /^title\s*:\s*["']?(.+?)["']?\s*$/im;
/** A first line of more words than this that ends like a sentence is the story's first paragraph, not its headline. */
const BODY_WORDS = 14;

/**
 * The title of a document: `title:` in front matter, else the first Markdown heading or `Title:` line
 * among the first lines, else the first non-empty line that is not navigation (breadcrumbs with » or |)
 * nor the story's body (a wire dateline, or a sentence of more than 14 words), else the file's base name
 * without extension. At most 160 characters (cut with …). Never empty.
 */
export function documentTitle(text: string, fileName: string): string {
  const fm = FRONT_MATTER.exec(text);
  const fromFront = fm ? TITLE_KEY.exec(fm[1])?.[1] : undefined;
  const body = fm ? text.slice(fm[0].length) : text;
  const lines = body.split(/\r?\n/, 40).map((l) => l.trim()).filter((l) => l !== '');
  const heading = lines.map((l) => /^#{1,3}\s+(.+?)\s*#*$/.exec(l)?.[1] ?? /^title\s*:\s*(.+)$/i.exec(l)?.[1]).find((l) => l);
  // The first line of an untitled wire story is its dateline and lead, not a headline: the file's name
  // says more than a sentence cut at 160 characters.
  const first = lines.slice(0, 12).find((l) => l.length >= 3 && l.length <= 200 && !/[»›|]/.test(l) && /\p{L}/u.test(l));
  const firstIsBody = first !== undefined && (opensWithDateline(first) || (/[.!?]["”’)]?$/u.test(first) && first.split(/\s+/).length > BODY_WORDS));
  const base = (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.[^.]+$/, '');
  const title = (fromFront ?? heading ?? (firstIsBody ? undefined : first) ?? base).replace(/\s+/g, ' ').trim() || base || 'Untitled';
  return title.length > 160 ? `${title.slice(0, 159).trimEnd()}…` : title;
}
