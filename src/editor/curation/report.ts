// Stale corrections are reported, never dropped: when the set of corrections that no longer find
// their target changes (after an edit, a git pull, a new correction), the output says which; the
// "Show Curation Report" command lists every correction with what it did.
import * as vscode from 'vscode';
import { CURATION_FILE } from '../../core/curation';
import { CurationReportRequest } from '../../protocol';
import type { EngineClient } from '../engineClient';
import type { CurationStore } from './store';
import { describeCorrection, formatCurationReport, staleKey, staleResults } from './reportText';
import { Commands } from '../ids';
import type { Log } from '../log';

export interface CurationReportDeps {
  /** Applies the corrections file and reports what each correction did (CurationReportRequest). */
  readonly engine: Pick<EngineClient, 'request' | 'whenIndexed' | 'onDidChangeIndex'>;
  readonly store: CurationStore;
  readonly log: Log;
}

/** Edits arrive in bursts; the report is computed once they settle. */
const SETTLE_MS = 1000;

export function registerCurationReport(deps: CurationReportDeps): vscode.Disposable {
  const { engine, store, log } = deps;
  let lastKey = '';
  let timer: NodeJS.Timeout | undefined;
  let ready = false;

  const check = async () => {
    timer = undefined;
    if (store.problem() !== undefined) return;
    const report = await engine.request(CurationReportRequest).catch(() => undefined);
    if (!report) return;
    const key = staleKey(report);
    if (key === lastKey) return;
    lastKey = key;
    const stale = staleResults(report);
    if (stale.length === 0) {
      log.info(`${CURATION_FILE}: every correction applies.`);
      return;
    }
    log.info(`${CURATION_FILE}: ${stale.length} correction(s) no longer apply; they are kept in the file:`);
    for (const r of stale) log.info(`  #${r.correction.seq} ${describeCorrection(r.correction)}: ${r.detail}`);
  };
  const schedule = () => {
    if (!ready) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void check(), SETTLE_MS);
  };
  // Before the first scan ends, corrections about documents not read yet would look stale.
  void engine.whenIndexed().then(() => {
    ready = true;
    schedule();
  });

  return vscode.Disposable.from(
    engine.onDidChangeIndex(schedule),
    store.onDidChange(schedule),
    vscode.commands.registerCommand(Commands.curationReport, async () => {
      const report = await engine.request(CurationReportRequest);
      const problem = store.problem();
      for (const line of formatCurationReport(report, CURATION_FILE, problem)) log.info(line);
      void vscode.commands.executeCommand(Commands.showOutput);
      // For scripts and tests: the same report as data.
      return {
        problem,
        results: problem !== undefined ? [] : report.results.map((r) => ({ seq: r.correction.seq, op: r.correction.op, status: r.status, detail: r.detail })),
      };
    }),
    { dispose: () => timer && clearTimeout(timer) },
  );
}
