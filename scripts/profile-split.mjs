#!/usr/bin/env node
// Splits a CPU profile of the CLI (or of its annotation workers) into the pipeline's passes, so a
// speed change can say which pass it cut. Each sample goes to the innermost stage function on its
// stack (wink's readDoc inside analyzeWith counts as wink, the rest of analyzeWith as "tokens"), the
// garbage collector and idle time to their own rows; the gazetteer's lookups are also totalled
// across every stage (a cross-cut, not part of the 100 %).
//   SOURCE_ANNOTATOR_WORKERS=0 node --cpu-prof --cpu-prof-dir=DIR dist/cli.js annotate FOLDER --out x.json
//   node scripts/profile-split.mjs DIR/*.cpuprofile
import fs from 'node:fs';

/** Stage of a function name, innermost match wins. Names are those of the esbuild bundle (src function names). */
const STAGES = [
  ['wink readDoc (tagger itself)', ['readDoc', 'colTokensOut', 'colSentencesOut']],
  ['tokens and units (analyzeWith, buildUnits, context)', ['analyzeWith', 'buildUnits', 'createContext', 'breakLongRuns', 'markSentenceStyles']],
  ['candidate spans (findSpans)', ['findSpans']],
  ['cues (collectCues)', ['collectCues']],
  ['scoring (scorer.score)', ['score']],
  ['consistency (documentConsistency)', ['documentConsistency']],
  ['quotes (findQuotes)', ['findQuotes']],
  ['transcript, display names, mention records', ['findTranscript', 'applyTranscript', 'withDisplayNames', 'detectMentions', 'onClusterBoundaries']],
  ['cross-document resolution', ['finishAnnotate', 'resolvedCorpus', 'resolveCorpus', 'snapshot']],
  ['JSON output', ['writeOutput', 'compactCorpus', 'flushWrite']],
  ['reading inputs', ['readInputs']],
  ['model and gazetteer load', ['createAnnotator', 'createTagger', 'loadGazetteer']],
];
const GAZETTEER = new Set(['sortedListHas', 'gazetteerKey', 'isCommon', 'place', 'isDemonym', 'isGivenName', 'isCommonWord', 'isCurrency', 'isWordCity', 'isPersonName', 'isCompanyWord', 'wordClass', 'placeKind']);
const stageOf = new Map();
for (const [stage, names] of STAGES) for (const n of names) stageOf.set(n, stage);

for (const file of process.argv.slice(2)) {
  const p = JSON.parse(fs.readFileSync(file, 'utf8'));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const totals = new Map();
  let gazetteer = 0;
  let all = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
    all += dt;
    const leaf = byId.get(p.samples[i]);
    let stage;
    let inGazetteer = false;
    const leafName = leaf.callFrame.functionName;
    if (leafName === '(garbage collector)' || leafName === '(idle)' || leafName === '(program)') stage = leafName;
    for (let id = p.samples[i]; id !== undefined; id = parent.get(id)) {
      const f = byId.get(id).callFrame;
      if (!inGazetteer && (GAZETTEER.has(f.functionName) || /gazetteer/.test(f.url))) inGazetteer = true;
      stage ??= stageOf.get(f.functionName);
      // Module loading outside any stage: start-up (compiling the bundles).
      if (stage === undefined && f.functionName === 'Module._compile' && id === p.samples[i]) stage = 'start-up (compile)';
    }
    stage ??= 'other (start-up, Node, the CLI)';
    totals.set(stage, (totals.get(stage) ?? 0) + dt);
    if (inGazetteer) gazetteer += dt;
  }
  console.log(`${file}: ${all.toFixed(0)} ms sampled`);
  for (const [stage, ms] of [...totals].sort((a, b) => b[1] - a[1])) console.log(`${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / all).toFixed(1).padStart(5)} %  ${stage}`);
  console.log(`${gazetteer.toFixed(0).padStart(7)} ms ${((100 * gazetteer) / all).toFixed(1).padStart(5)} %  (of which gazetteer lookups, across stages)`);
}
