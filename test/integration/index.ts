// Suite entry the extension host calls (extensionTestsPath): runs mocha over every compiled
// *.test.js next to this file. The same entry serves @vscode/test-electron and the
// code-server runner; both read the counts from the file named by SOURCE_ANNOTATOR_TEST_RESULT,
// because console output is not reliably machine-readable through either host.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

interface SuiteResult {
  passed: number;
  failed: number;
  pending: number;
  failures: string[];
}

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.test.js'))
    .sort()
    .map((f) => path.join(dir, f));
}

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const grep = process.env.SOURCE_ANNOTATOR_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const file of testFiles(__dirname)) mocha.addFile(file);

  const result = await new Promise<SuiteResult>((resolve) => {
    const failures: string[] = [];
    const runner = mocha.run(() => resolve({
      passed: runner.stats?.passes ?? 0,
      failed: runner.stats?.failures ?? 0,
      pending: runner.stats?.pending ?? 0,
      failures,
    }));
    runner.on('fail', (test, err: Error) => failures.push(`${test.fullTitle()}: ${String(err?.message ?? err).split('\n')[0]}`));
  });

  const resultFile = process.env.SOURCE_ANNOTATOR_TEST_RESULT;
  if (resultFile) fs.writeFileSync(resultFile, JSON.stringify(result));
  if (result.failed > 0) throw new Error(`${result.failed} integration test(s) failed`);
  if (result.passed === 0) throw new Error('no integration tests ran');
}
