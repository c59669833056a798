// One esbuild context for every entry point, so `--watch` rebuilds them together.
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

async function main() {
  const ctx = await esbuild.context({
    entryPoints: {
      extension: 'src/extension.ts',
      cli: 'src/cli.ts',
      worker: 'src/worker.ts',
    },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    outdir: 'dist',
    external: ['vscode'],
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    logLevel: 'warning',
    plugins: [problemMatcher],
  });
  // The language server runs in its own Node process: its own context with no `vscode` external, so
  // an editor import sneaking into the engine fails the build instead of the server at run time.
  const server = await esbuild.context({
    entryPoints: { server: 'src/server/main.ts' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    outdir: 'dist',
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    logLevel: 'warning',
    plugins: [problemMatcher],
  });
  // The entity graph page runs in a webview (a browser): its own bundle, cytoscape included, so the
  // page loads nothing from the network.
  const webview = await esbuild.context({
    entryPoints: { graphView: 'src/editor/graph/webview/main.ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    outdir: 'dist',
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    logLevel: 'warning',
    plugins: [problemMatcher],
  });
  if (watch) {
    await ctx.watch();
    await server.watch();
    await webview.watch();
  } else {
    await ctx.rebuild();
    await server.rebuild();
    await webview.rebuild();
    await ctx.dispose();
    await server.dispose();
    await webview.dispose();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
