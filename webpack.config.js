/**
 * Builds the task pane (dist/taskpane.html, loaded by Excel) and the standalone page
 * (dist/standalone.html, the same pane for a plain browser, without office.js) from one bundle.
 *
 *   webpack --mode production        → dist/ (no certificates needed)
 *   webpack serve --mode development → https://localhost:3000 with office-addin-dev-certs, as the
 *                                      official Office React template does
 *
 * dist/ also holds the command line's compiled code (npm run build:cli → dist/src, dist/bench):
 * cleaning keeps it.
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_SERVER_PORT = 3000;

async function httpsOptions() {
  // Only `webpack serve` needs certificates; a production build must work on machines without them.
  const devCerts = require('office-addin-dev-certs');
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env, argv) => {
  const dev = argv.mode === 'development';
  const serving = Boolean(env && env.WEBPACK_SERVE);

  const page = (filename, officeJs) =>
    new HtmlWebpackPlugin({
      filename,
      template: './src/taskpane/taskpane.html',
      chunks: ['taskpane'],
      templateParameters: { officeJs },
      // Classic blocking script after office.js; `defer` keeps the inline legacy check first.
      scriptLoading: 'defer',
    });

  return {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'eval-cheap-module-source-map' : 'source-map',
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:8].js',
      publicPath: '',
      clean: { keep: /^(src|bench)([\\/]|$)/ },
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
      alias: {
        // exceljs's "browser" build: bundles its own polyfills, so webpack needs no node fallbacks.
        exceljs$: path.resolve(__dirname, 'node_modules/exceljs/dist/exceljs.min.js'),
      },
    },
    module: {
      // Already a self-contained bundle; parsing it again only costs time.
      noParse: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              // Type-checking is `npm run lint` (tsc --noEmit); the bundle only transpiles.
              transpileOnly: true,
              compilerOptions: { module: 'es2020', sourceMap: true },
            },
          },
        },
      ],
    },
    plugins: [
      page('taskpane.html', true),
      page('standalone.html', false),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets', noErrorOnMissing: true, globOptions: { ignore: ['**/.gitkeep'] } },
          { from: 'manifest*.xml', to: '[name][ext]', noErrorOnMissing: true },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: serving
      ? {
          port: DEV_SERVER_PORT,
          server: { type: 'https', options: await httpsOptions() },
          headers: { 'Access-Control-Allow-Origin': '*' },
          static: { directory: path.resolve(__dirname, 'assets'), publicPath: '/assets' },
          client: { overlay: { errors: true, warnings: false } },
        }
      : undefined,
  };
};
