import * as assert from 'node:assert/strict';
import { createFileFilter, DEFAULT_FILTER } from '../../src/editor/fileFilter';

describe('editor file filter: include / exclude / size settings', () => {
  it('covers .txt and .md by default, outside excluded folders', () => {
    const f = createFileFilter({});
    assert.ok(f.covers('a.txt'));
    assert.ok(f.covers('deep/er/b.md'));
    assert.ok(f.covers('.hidden/c.txt'));
    assert.ok(!f.covers('c.json'));
    assert.ok(!f.covers('node_modules/x/readme.md'));
    assert.ok(!f.covers('sub\\node_modules\\y.txt'), 'Windows separators');
    assert.equal(f.maxBytes, DEFAULT_FILTER.maxFileSizeMB * 1024 * 1024);
  });

  it('applies custom settings and falls back on nonsense values', () => {
    const f = createFileFilter({ include: 'articles/**/*.txt', exclude: '', maxFileSizeMB: 0.5 });
    assert.ok(f.covers('articles/2024/a.txt'));
    assert.ok(!f.covers('notes/a.txt'));
    assert.equal(f.maxBytes, 524288);
    const g = createFileFilter({ include: '  ', maxFileSizeMB: -3 } as never);
    assert.equal(g.settings.include, DEFAULT_FILTER.include);
    assert.equal(g.settings.maxFileSizeMB, DEFAULT_FILTER.maxFileSizeMB);
  });

  it("never covers the extension's own outputs, whatever the settings", () => {
    const f = createFileFilter({ include: '**/*', exclude: '' });
    for (const own of ['.source-annotator/curation.json', '.source-annotator/exports/brat/a.txt', 'sub/.source-annotator/x.md', 'entities.csv', 'out/mentions.csv', 'quotes.csv', 'brat/a.ann', 'brat/annotation.conf']) {
      assert.ok(!f.covers(own), own);
      assert.ok(f.isOwnOutput(own), own);
    }
    for (const theirs of ['notes.txt', 'my-entities.csv', 'data/entities.csv.txt', 'source-annotator/a.txt']) {
      assert.ok(f.covers(theirs), theirs);
      assert.ok(!f.isOwnOutput(theirs), theirs);
    }
  });
});
