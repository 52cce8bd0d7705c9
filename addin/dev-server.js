// `npm run dev:addin`: webpack --watch for the add-in, and dist/addin served where manifest.xml points
// (https://localhost:3000). HTTPS with the office-addin-dev-certs certificates when they exist; plain HTTP with a
// clear message when they cannot be had (Excel then refuses the pane, but nothing crashes).
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const https = require('node:https');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist', 'addin');
const PORT = Number(process.env.PORT || 3000);
const CERT_DIR = path.join(os.homedir(), '.office-addin-dev-certs');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css', '.png': 'image/png', '.map': 'application/json', '.xml': 'application/xml' };

function certFiles() {
  const cert = path.join(CERT_DIR, 'localhost.crt');
  const key = path.join(CERT_DIR, 'localhost.key');
  return fs.existsSync(cert) && fs.existsSync(key) ? { cert: fs.readFileSync(cert), key: fs.readFileSync(key) } : null;
}

/**
 * The files if they are there (asking the tool again would regenerate them); else let office-addin-dev-certs make
 * them, in a child process with a time limit: its key generation is CPU-bound and can block for long.
 */
function httpsOptions() {
  const existing = certFiles();
  if (existing) return existing;
  const script = "require('office-addin-dev-certs').getHttpsServerOptions().then(() => process.exit(0), (e) => { console.error(String(e && e.message || e)); process.exit(1); })";
  const r = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, timeout: 20000, encoding: 'utf8' });
  // It may have written the files and only failed to trust its CA (no admin rights): use them anyway.
  const written = certFiles();
  if (!written) console.warn(`office-addin-dev-certs: ${r.error ? r.error.message : (r.stderr || '').trim() || 'no certificate'}`);
  return written;
}

function serve(req, res) {
  const url = decodeURIComponent((req.url || '/').split('?')[0]);
  const file = path.join(DIST, path.normalize(url === '/' ? '/taskpane.html' : url));
  if (!file.startsWith(DIST + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found (is webpack still building?)');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
  fs.createReadStream(file).pipe(res);
}

async function main() {
  const webpack = spawn(process.execPath, [path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'development', '--env', 'host=addin', '--watch'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  webpack.on('exit', (code) => {
    console.error(`webpack stopped (exit ${code}).`);
    process.exit(code || 1);
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      webpack.kill(signal);
      process.exit(0);
    });
  }

  const tls = httpsOptions();
  const server = tls ? https.createServer(tls, serve) : http.createServer(serve);
  server.on('error', (e) => {
    console.error(e.code === 'EADDRINUSE' ? `Port ${PORT} is in use: stop the other server or set PORT (and the manifest's URLs).` : `Server error: ${e.message}`);
    webpack.kill();
    process.exit(1);
  });
  server.listen(PORT, () => {
    if (tls) {
      console.log(`Serving dist/addin at https://localhost:${PORT}/taskpane.html — sideload manifest.xml in Excel.`);
    } else {
      console.warn(
        [
          `No trusted certificate: serving dist/addin over plain HTTP at http://localhost:${PORT}/taskpane.html.`,
          'Excel only loads add-ins over HTTPS. Run `npx office-addin-dev-certs install` (it needs the right to trust',
          'a certificate authority on this machine), then restart `npm run dev:addin`.',
        ].join('\n'),
      );
    }
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
