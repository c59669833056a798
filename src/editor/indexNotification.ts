// The cancellable progress notification of a workspace scan, with counts and an estimate
// ("3,200 / 10,000 · about 2 min left"), fed by the engine's "index changed" notifications. Most
// scans finish from the cache in a moment: only a scan still running after a second gets a
// notification, instead of one flashing up every time a folder opens.
import * as vscode from 'vscode';
import { CancelScanRequest, type IndexChangedParams, type ScanProgress } from '../protocol';
import type { EngineClient } from './engineClient';
import { progressMessage } from './indexProgress';

export interface IndexNotificationDeps {
  readonly engine: Pick<EngineClient, 'request' | 'onDidChangeIndex'>;
  /** How long a scan runs before the notification shows, in milliseconds. */
  readonly delayMs?: number;
}

export function registerIndexNotification(deps: IndexNotificationDeps): vscode.Disposable {
  const { engine } = deps;
  const delayMs = deps.delayMs ?? 1000;
  /** The notification on screen: its reporter, and how to close it. */
  let shown: { report(p: ScanProgress): void; close(): void } | undefined;
  let timer: NodeJS.Timeout | undefined;
  let latest: ScanProgress | undefined;

  const show = () => {
    timer = undefined;
    if (!latest || shown) return;
    void vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Source Annotator: indexing', cancellable: true }, (progress, token) => new Promise<void>((resolve) => {
      let done = 0;
      let lastReport = 0;
      const cancel = token.onCancellationRequested(() => void engine.request(CancelScanRequest).catch(() => undefined));
      shown = {
        report(p) {
          // A notification update is a message to the window: a few a second are plenty.
          const now = Date.now();
          if (now - lastReport < 250) return;
          lastReport = now;
          progress.report({ message: progressMessage(p.done, p.total, p.elapsedMs), increment: (100 * Math.max(0, p.done - done)) / Math.max(1, p.total) });
          done = p.done;
        },
        close() {
          cancel.dispose();
          resolve();
        },
      };
      if (latest) shown.report(latest);
    }));
  };

  const onIndex = (p: IndexChangedParams) => {
    latest = p.progress;
    if (latest) {
      if (shown) shown.report(latest);
      else if (!timer) timer = setTimeout(show, delayMs);
      return;
    }
    if (timer) clearTimeout(timer);
    timer = undefined;
    shown?.close();
    shown = undefined;
  };

  const subscription = engine.onDidChangeIndex(onIndex);
  return new vscode.Disposable(() => {
    subscription.dispose();
    if (timer) clearTimeout(timer);
    shown?.close();
  });
}
