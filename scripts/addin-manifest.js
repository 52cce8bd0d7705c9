// The add-in's manifest for where dist/addin/ is served: manifest.xml (written for the dev server at
// https://localhost:3000) with every URL moved to that address. Used by webpack.config.js; plain JS, no build step.
const DEV_BASE = 'https://localhost:3000';

/** The address dist/addin/ will be served from, checked: Office loads add-ins over HTTPS only. */
function addinBaseUrl(text) {
  const raw = (text || DEV_BASE).trim();
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`NQ57_ADDIN_URL: "${raw}" không phải địa chỉ web / is not a web address (e.g. https://nq57.example.gov.vn/addin)`);
  }
  if (url.protocol !== 'https:') throw new Error(`NQ57_ADDIN_URL: "${raw}" phải bắt đầu bằng https:// / must start with https:// (Office loads add-ins over HTTPS only)`);
  if (url.username || url.password || url.search || url.hash) throw new Error(`NQ57_ADDIN_URL: "${raw}" chỉ gồm địa chỉ và thư mục / only an address and a folder (no user, query or #)`);
  return { base: `${url.origin}${url.pathname.replace(/\/+$/, '')}`, origin: url.origin };
}

const xmlAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** manifest.xml with its dev URLs replaced: files under `base`, the app domain `origin`. */
function manifestFor(xml, text) {
  const { base, origin } = addinBaseUrl(text);
  return xml
    .replace(/^ *URLs point at the dev server.*\n.*NQ57_ADDIN_URL.*$/m, `  Built by npm run build for NQ57_ADDIN_URL=${base.replace(/--/g, '%2D%2D')}: dist/addin/ is served there.`)
    .replace(`<AppDomain>${DEV_BASE}</AppDomain>`, `<AppDomain>${xmlAttr(origin)}</AppDomain>`)
    .split(`${DEV_BASE}/`)
    .join(`${xmlAttr(base)}/`);
}

module.exports = { DEV_BASE, addinBaseUrl, manifestFor };
