// The language server's file watcher (files.ts) on a real folder: a change anywhere in the tree is told,
// in folders that existed at the start and in folders made later (and their own new sub-folders), and a
// deletion is told; on Linux it watches directories one by one (watchTree), never stats every file.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { nodeFileAccess, watchTree } from '../../src/server/files';

/** Resolves once `test` holds for what was told, or rejects after a few seconds with what was told. */
function until(seen: string[], test: () => boolean, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      if (test()) {
        clearInterval(poll);
        resolve();
      } else if (Date.now() - started > 5000) {
        clearInterval(poll);
        reject(new Error(`${what}: never told; told ${JSON.stringify(seen)}`));
      }
    }, 20);
  });
}

describe('language server: the file watcher', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sa-watch-'));
    fs.mkdirSync(path.join(root, 'a', 'b'), { recursive: true });
    fs.writeFileSync(path.join(root, 'top.txt'), 'one');
    fs.writeFileSync(path.join(root, 'a', 'b', 'deep.txt'), 'one');
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('tells changes in existing and new folders, and deletions', async () => {
    const changed: string[] = [];
    const deleted: string[] = [];
    const watcher = nodeFileAccess().watch(root, { changed: (f) => changed.push(f), deleted: (f) => deleted.push(f) });
    try {
      // Watches are set up asynchronously (a walk of the folders on Linux).
      await watcher.ready;
      const deep = path.join(root, 'a', 'b', 'deep.txt');
      fs.writeFileSync(deep, 'two');
      await until(changed, () => changed.includes(deep), 'a change two folders down');

      const made = path.join(root, 'new');
      fs.mkdirSync(made);
      await until(changed, () => changed.includes(made), 'a new folder');
      // Once told, the new folder is watched too, and a folder made inside it.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const inner = path.join(made, 'inner');
      fs.mkdirSync(inner);
      await until(changed, () => changed.includes(inner), 'a folder inside the new folder');
      await new Promise((resolve) => setTimeout(resolve, 300));
      const later = path.join(inner, 'later.txt');
      fs.writeFileSync(later, 'x');
      await until(changed, () => changed.includes(later), 'a file in a folder made after the start');

      fs.rmSync(path.join(root, 'top.txt'));
      await until(deleted, () => deleted.includes(path.join(root, 'top.txt')), 'a deleted file');
      fs.rmSync(path.join(root, 'a'), { recursive: true });
      await until(deleted, () => deleted.includes(path.join(root, 'a')), 'a deleted folder');
    } finally {
      watcher.dispose();
    }
  });

  it('watchTree watches every directory of the tree without following links, and stops when closed', async () => {
    fs.symlinkSync(path.join(root, 'a'), path.join(root, 'link'));
    const told: string[] = [];
    const tree = watchTree(root, (f) => told.push(f));
    await tree.ready;
    fs.writeFileSync(path.join(root, 'a', 'b', 'deep.txt'), 'three');
    await until(told, () => told.includes(path.join(root, 'a', 'b', 'deep.txt')), 'a change in a sub-folder');
    // Through the link the same file is not told a second time under the link's path.
    assert.ok(!told.some((f) => f.startsWith(path.join(root, 'link') + path.sep)), JSON.stringify(told));
    tree.removed(path.join(root, 'a'));
    tree.close();
    const before = told.length;
    fs.writeFileSync(path.join(root, 'top.txt'), 'after close');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(told.length, before, 'nothing told after close');
  });
});
