// The CLI's V8 flags for a batch run: each must be a flag this Node's V8 knows (setFlagsFromString
// ignores an unknown one silently, the command line refuses it), and the CLI sets every one of them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { BATCH_COMPILER_FLAGS, tuneCompilerForBatch } from '../../src/node/cli/compilerBudget';

describe('cli: compiler budget', () => {
  it('sets each flag through the setter given', () => {
    const set: string[] = [];
    tuneCompilerForBatch((f) => set.push(f));
    assert.deepEqual(set, [...BATCH_COMPILER_FLAGS]);
    assert.ok(set.length > 0);
  });

  it('uses only flags this V8 accepts on its command line', () => {
    for (const flag of BATCH_COMPILER_FLAGS) {
      const run = spawnSync(process.execPath, [flag, '-e', '0'], { encoding: 'utf8' });
      assert.equal(run.status, 0, `${flag}: ${run.stderr}`);
    }
    const unknown = spawnSync(process.execPath, ['--no-such-v8-flag-for-this-test', '-e', '0'], { encoding: 'utf8' });
    assert.notEqual(unknown.status, 0, 'an unknown flag is refused, so the check above can fail');
  });
});
