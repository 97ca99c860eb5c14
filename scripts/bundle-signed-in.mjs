// The signed-in shell, the dashboard and the shared chunks they need, as one file: signed-in.bin;
// and the chunks they share with the signed-out pages' parts, as a second file: common.bin.
//
// Why: wasm-split cuts the code the areas share into ~170 small modules, and the dashboard needs
// about a hundred of them. Compressed one by one they lose most of brotli's context (~180 KB);
// compressed together they are about a quarter smaller (~137 KB). Every signed-in visit loads the
// shell and the dashboard, so they travel together; the other areas still load their own chunks
// on demand (and find these already instantiated).
// A chunk a signed-out part also needs (the forgotten-password page; the Vietnamese text, loaded
// before the sign-in form for a Vietnamese customer) must not pull the whole signed-in app, so it
// is not in signed-in.bin. Those the shell and dashboard need (25, shared with the
// forgotten-password page; 15.6 KB brotli one by one, fetched after signing in as 25 requests)
// travel together in common.bin (10.6 KB), fetched by whichever of the two comes first. Nothing
// is fetched twice.
//
// What: reads the pkg folder's (patched, unminified) __wasm_split.js, takes the files of the
// `shell` and `dashboard` loaders and of their shared chunks, writes each bundle = u32 (LE) length
// of a JSON index, the index ([[file, bytes], ...]), then the files one after the other, deletes
// those files, points their loaders at `bundledPart(file)` (web/split-runtime.js), which fetches
// a bundle once and slices it, and tells it which files are in common.bin.
//
// Usage: node scripts/bundle-signed-in.mjs <pkg dir>
import { readFileSync, writeFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const jsFile = join(dir, '__wasm_split.js');
let js = readFileSync(jsFile, 'utf8');

// Each loader: its name (as patch-split-loader.mjs passed it), its file and its chunk deps.
const loaders = new Map();
const loaderRe = /export const __wasm_split_load_\w+ = wrapAsyncCb\("(\w+)", makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([\w.]+)", import\.meta\.url\)\);[\s\S]*?\n\}\n, \[([^\]]*)\]\)\);/g;
for (const m of js.matchAll(loaderRe)) {
  loaders.set(m[1], { file: m[2], deps: m[3].split(',').map((s) => s.trim()).filter(Boolean) });
}
const chunkFile = (dep) => `${dep.replace(/^__/, '')}.wasm`;
for (const need of ['shell', 'dashboard', 'forgot', 'vi_catalogue']) {
  if (!loaders.has(need)) throw new Error(`[bundle-signed-in] no "${need}" loader in __wasm_split.js`);
}
const signedOut = new Set(['forgot', 'vi_catalogue'].flatMap((n) => loaders.get(n).deps));
const files = [];
const common = [];
for (const name of ['shell', 'dashboard']) {
  const { file, deps } = loaders.get(name);
  if (!files.includes(file)) files.push(file);
  for (const dep of deps) {
    const into = signedOut.has(dep) ? common : files;
    if (!into.includes(chunkFile(dep))) into.push(chunkFile(dep));
  }
}

function writeBundle(name, members) {
  const parts = members.map((f) => readFileSync(join(dir, f)));
  const index = Buffer.from(JSON.stringify(members.map((f, i) => [f, parts[i].length])));
  const head = Buffer.alloc(4);
  head.writeUInt32LE(index.length);
  writeFileSync(join(dir, name), Buffer.concat([head, index, ...parts]));
  return parts.reduce((n, p) => n + p.length, 0);
}
const size = writeBundle('signed-in.bin', files);
const commonSize = writeBundle('common.bin', common);

const placeholder = 'const IN_COMMON_BIN = new Set(/* scripts/bundle-signed-in.mjs */ []);';
if (!js.includes(placeholder)) throw new Error('[bundle-signed-in] the runtime\'s IN_COMMON_BIN is missing');
js = js.replace(placeholder, `const IN_COMMON_BIN = new Set(${JSON.stringify(common)});`);

for (const f of [...files, ...common]) {
  const fetchCall = `fetch(new URL("./${f}", import.meta.url))`;
  const at = js.indexOf(fetchCall);
  const streaming = 'WebAssembly.instantiateStreaming(src, imports)';
  const inst = js.indexOf(streaming, at);
  if (at < 0 || inst < 0) throw new Error(`[bundle-signed-in] loader of ${f} not found`);
  js = js.slice(0, at) + `bundledPart("${f}")` + js.slice(at + fetchCall.length, inst)
    + 'WebAssembly.instantiate(await src, imports)' + js.slice(inst + streaming.length);
  unlinkSync(join(dir, f));
}
writeFileSync(jsFile, js);
console.log(`[bundle-signed-in] ${files.length} parts, ${size} bytes, in signed-in.bin; ${common.length} chunks the signed-out pages share, ${commonSize} bytes, in common.bin`);
