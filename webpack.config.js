// One config, one entry per host: the Excel task pane (+ ribbon command) and the Apps Script bundle.
// Kept in JavaScript: a .ts config would need ts-node.
const path = require('node:path');
const fs = require('node:fs');
const webpack = require('webpack');
const CopyPlugin = require('copy-webpack-plugin');
const GasPlugin = require('gas-webpack-plugin');
const { manifestFor } = require('./scripts/addin-manifest');

const root = __dirname;
const tsRule = (configFile, compilerOptions = {}) => ({
  test: /\.ts$/,
  exclude: /node_modules/,
  use: { loader: 'ts-loader', options: { configFile: path.join(root, configFile), transpileOnly: true, compilerOptions } },
});

/** Inlines the sidebar's compiled script into its HTML: HtmlService serves one file, no external scripts. */
class InlineSidebarPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('InlineSidebar', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'InlineSidebar', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, (assets) => {
        const js = assets['sidebar.js'];
        if (!js) return;
        const html = fs.readFileSync(path.join(root, 'apps-script', 'sidebar.html'), 'utf8');
        // `</script` inside the bundle would end the tag early.
        const code = js.source().toString().replace(/<\/script/gi, '<\\/script');
        const out = html.replace('<!-- SIDEBAR_SCRIPT -->', () => `<script>\n${code}\n</script>`);
        compilation.deleteAsset('sidebar.js');
        compilation.emitAsset('sidebar.html', new compiler.webpack.sources.RawSource(out));
      });
    });
  }
}

/**
 * Writes <out>/manifest.xml beside <out>/addin/: the root manifest.xml with its URLs on the address the pane will be
 * served from (`NQ57_ADDIN_URL=https://… npm run build`, or `--env addinUrl=…`; default the dev server's).
 */
class AddinManifestPlugin {
  constructor(file, url) {
    this.file = file;
    this.url = url;
  }
  apply(compiler) {
    // Checked before anything is built: a wrong address stops the build with its own message.
    const xml = manifestFor(fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8'), this.url);
    compiler.hooks.afterEmit.tap('AddinManifest', () => {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      fs.writeFileSync(this.file, xml);
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  // Where the build goes (tests build into a folder of their own with --env out=…).
  const dist = env.out ? path.resolve(env.out) : path.join(root, 'dist');
  const addinUrl = env.addinUrl || process.env.NQ57_ADDIN_URL;
  const common = {
    mode,
    devtool: mode === 'development' ? 'source-map' : false,
    resolve: { extensions: ['.ts', '.js'] },
    performance: { hints: false },
    stats: 'errors-warnings',
  };

  // ---- Excel add-in: dist/addin/ (manifest.xml's SourceLocation points here) ----
  const addin = {
    ...common,
    name: 'addin',
    target: ['web', 'es2019'],
    entry: {
      taskpane: path.join(root, 'addin', 'taskpane', 'taskpane.ts'),
      commands: path.join(root, 'addin', 'commands', 'commands.ts'),
    },
    output: { path: path.join(dist, 'addin'), filename: '[name].js', clean: true },
    // ES modules, so that `import()` stays a split point: the pane on files (ExcelJS, JSZip) loads only outside Excel.
    module: { rules: [tsRule('addin/tsconfig.json', { module: 'es2020' })] },
    // The pane on files reads and writes workbooks with the command line's ExcelJS adapter: ExcelJS's browser build,
    // a Buffer for it, and no Node modules (the adapter touches fs, path and crypto only when writing to disk).
    resolve: { ...common.resolve, fallback: { fs: false, path: false, crypto: false } },
    plugins: [
      // `node:fs` is the same module as `fs` (empty in the page, above); webpack does not map the scheme by itself.
      new webpack.NormalModuleReplacementPlugin(/^node:/, (resource) => {
        resource.request = resource.request.replace(/^node:/, '');
      }),
      new webpack.ProvidePlugin({ Buffer: ['buffer', 'Buffer'] }),
      new CopyPlugin({
        patterns: [
          { from: 'addin/taskpane/taskpane.html', to: 'taskpane.html' },
          { from: 'addin/taskpane/taskpane.css', to: 'taskpane.css' },
          { from: 'addin/commands/commands.html', to: 'commands.html' },
          { from: 'addin/assets', to: 'assets' },
        ],
      }),
      new AddinManifestPlugin(path.join(dist, 'manifest.xml'), addinUrl),
    ],
    devServer: undefined,
  };

  // ---- Apps Script: dist/apps-script/ (what `clasp push` sends) ----
  const appsScript = {
    ...common,
    name: 'apps-script',
    target: ['web', 'es2019'],
    entry: {
      main: path.join(root, 'apps-script', 'main.ts'),
      sidebar: path.join(root, 'apps-script', 'sidebar', 'sidebar.ts'),
    },
    output: { path: path.join(dist, 'apps-script'), filename: '[name].js', clean: true },
    module: { rules: [tsRule('apps-script/tsconfig.json')] },
    optimization: { minimize: false },
    plugins: [
      new GasPlugin({ include: [path.join(root, 'apps-script', 'main.ts')] }),
      new InlineSidebarPlugin(),
      new CopyPlugin({ patterns: [{ from: 'apps-script/appsscript.json', to: 'appsscript.json' }] }),
    ],
  };

  const only = env.host;
  return [addin, appsScript].filter((c) => !only || c.name === only);
};
