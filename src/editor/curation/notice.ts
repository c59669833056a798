// When to interrupt the reader about an unusable curation file: once when it becomes unusable, not
// again for every save or watcher event while it stays broken (the reason may change as they type);
// once more only after it was fixed and broke again. Every reason still goes to the log.
export interface ProblemNotifier {
  /** Reports the file's state; `problem` undefined means the file is usable. */
  update(problem: string | undefined): void;
  current(): string | undefined;
}

export function createProblemNotifier(show: (problem: string) => void, log: (line: string) => void): ProblemNotifier {
  let current: string | undefined;
  return {
    update(problem) {
      if (problem === current) return;
      const wasBroken = current !== undefined;
      current = problem;
      if (problem === undefined) {
        log('The corrections file can be read again; corrections are applied.');
        return;
      }
      log(`Corrections are not applied: ${problem}`);
      if (!wasBroken) show(problem);
    },
    current: () => current,
  };
}
