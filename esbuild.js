// One esbuild context per runtime (extension host, language server, webview); `--watch` rebuilds them together.
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints errors in the `file:line:col: error:` form that VS Code's problem matchers understand. */
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      if (watch) console.log(`[watch] build finished (${result.errors.length} errors)`);
    });
  },
};

/**
 * dist/cli.js annotates on dist/worker.js (worker threads, or required in its own thread for a small
 * run), so the CLI's lazy import of the engine points at that bundle instead of a second copy: the CLI
 * starts without reading and compiling the language model and the engine's code.
 */
const cliEngineFromWorker = {
  name: 'cli-engine-from-worker',
  setup(build) {
    build.onResolve({ filter: /\/core\/annotate$/ }, (args) =>
      args.importer.replace(/\\/g, '/').endsWith('src/node/cli/annotator.ts') ? { path: 'engine', namespace: 'cli-engine' } : undefined,
    );
    // A plain require(), not an external import(): Node's ESM loader would scan the 6 MB bundle for
    // its exports first, which costs as much as compiling it.
    build.onLoad({ filter: /^engine$/, namespace: 'cli-engine' }, () => ({ contents: 'module.exports = require("./worker.js");', loader: 'js' }));
    build.onResolve({ filter: /^\.\/worker\.js$/ }, (args) => (args.namespace === 'cli-engine' ? { path: './worker.js', external: true } : undefined));
  },
};

/** What every bundle shares; each context adds its entry points and runtime. */
const common = {
  bundle: true,
  outdir: 'dist',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  plugins: [problemMatcher],
};
// Regular expressions with \p{…} stay literals: for the node20 target esbuild otherwise rewrites each one
// as `new RegExp(…)`, built again every time the expression runs (the same object a literal gives, but
// not free: placeKind's two such tests were half of its time in the CLI's profile). Node 20 supports them.
const node = { ...common, format: 'cjs', platform: 'node', target: 'node20', supported: { 'regexp-unicode-property-escapes': true } };

async function main() {
  const contexts = await Promise.all([
    esbuild.context({
      ...node,
      entryPoints: { extension: 'src/extension.ts', cli: 'src/cli.ts', worker: 'src/worker.ts' },
      external: ['vscode'],
      plugins: [problemMatcher, cliEngineFromWorker],
    }),
    // The language server runs in its own Node process: its own context with no `vscode` external, so
    // an editor import sneaking into the engine fails the build instead of the server at run time.
    esbuild.context({ ...node, entryPoints: { server: 'src/server/main.ts' } }),
    // The entity graph page runs in a webview (a browser): its own bundle, cytoscape included, so the
    // page loads nothing from the network.
    esbuild.context({
      ...common,
      entryPoints: { graphView: 'src/editor/graph/webview/main.ts' },
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
    }),
  ]);
  if (watch) {
    for (const ctx of contexts) await ctx.watch();
  } else {
    for (const ctx of contexts) await ctx.rebuild();
    for (const ctx of contexts) await ctx.dispose();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
