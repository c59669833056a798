// The plain wink-nlp baseline of `npm run bench`, run as its own process like the CLI: load
// wink-nlp with its default pipe, read every .txt/.md file under the folder given (sorted, as the CLI
// walks it) and readDoc each one. Prints the token count so the work cannot be skipped.
//   node scripts/bench-wink.cjs DIR
const fs = require('node:fs');
const path = require('node:path');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');

const nlp = winkNLP(model);
function walk(dir, out) {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (/\.(txt|md)$/i.test(e.name)) out.push(p);
  }
  return out;
}
let tokens = 0;
for (const file of walk(process.argv[2], [])) tokens += nlp.readDoc(fs.readFileSync(file, 'utf8')).tokens().length();
console.log(`tokens ${tokens}`);
