// Problems with individual files go to the output channel; the user sees at most one warning per
// session, pointing there, so a folder full of binaries cannot bury them in notifications.
import * as vscode from 'vscode';
import { Commands } from './ids';

export interface Log {
  info(message: string): void;
  /** Logs, and on the first call of the session also shows one warning that leads to the log. */
  problem(message: string): void;
}

export function createLog(channel: vscode.OutputChannel): Log {
  let warned = false;
  const line = (message: string) => channel.appendLine(`[${new Date().toISOString()}] ${message}`);
  return {
    info: line,
    problem(message) {
      line(message);
      if (warned) return;
      warned = true;
      void vscode.window.showWarningMessage(`Source Annotator: ${message} Further problems are listed in the output.`, 'Show Output').then((choice) => {
        if (choice) void vscode.commands.executeCommand(Commands.showOutput);
      });
    },
  };
}
