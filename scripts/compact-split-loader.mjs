// __wasm_split.js, written short. wasm-split declares one loader per wasm part (~450 of them),
// each the same five lines around its file name, and each with the list of the parts it needs
// written out by name (an area lists ~200). That was 72 KB of JavaScript (5.5 KB brotli) fetched,
// parsed and run before the sign-in form, and ~450 loaders made before it too. Here each list of
// parts is a string of ranges ("16-47,65-76"), and a part's loader is made when an area first
// needs it: fetched on its own (`partFetched`) or sliced out of a bundle (`partSliced`: signed-in.bin
// or common.bin, scripts/bundle-signed-in.mjs).
//
// Runs after scripts/patch-split-loader.mjs and scripts/bundle-signed-in.mjs, which read the
// long form, and before esbuild. Fails the build if the generated code changed shape.
//
// Usage: node scripts/compact-split-loader.mjs <pkg dir>/__wasm_split.js
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2];
let js = readFileSync(file, 'utf8');
const before = js.length;

const body = (source, instantiate) => String.raw`makeLoad\(\(\) => \{\n\s*const src = ${source};\n\s*src\.catch\(\(\) => \{\}\);\n\s*return async \(imports\) => \(${instantiate}\);\n\}\n, `;
const streamed = new RegExp(body(String.raw`fetch\(new URL\("\./([\w.]+)", import\.meta\.url\)\)`, String.raw`WebAssembly\.instantiateStreaming\(src, imports\)`), 'g');
const sliced = new RegExp(body(String.raw`bundledPart\("([\w.]+)"\)`, String.raw`WebAssembly\.instantiate\(await src, imports\)`), 'g');
const loaders = (js.match(/makeLoad\(/g) || []).length - 1; // one is the definition
let rewritten = 0;
js = js.replace(streamed, (_, f) => { rewritten++; return `makeLoad(partFetched(${JSON.stringify(f)}), `; });
js = js.replace(sliced, (_, f) => { rewritten++; return `makeLoad(partSliced(${JSON.stringify(f)}), `; });
if (loaders < 10 || rewritten !== loaders) {
  throw new Error(`[compact-split-loader] ${rewritten} of ${loaders} loaders rewritten: __wasm_split.js changed shape`);
}

// Each part's loader goes into PARTS; a list may only name parts wasm-split declared before it
// (checked here: a list naming a part that does not exist would fail only when that area loads).
const declared = new Set();
let lists = 0;
js = js.replace(/const __chunk_(\d+) = |\[((?:__chunk_\d+, )*__chunk_\d+)\]/g, (_, decl, list) => {
  if (decl) {
    declared.add(Number(decl));
    return `PARTS[${decl}] = `;
  }
  const ns = list.split(', ').map((n) => Number(n.slice('__chunk_'.length))).sort((a, b) => a - b);
  for (const n of ns) if (!declared.has(n)) throw new Error(`[compact-split-loader] part ${n} needed before it is declared`);
  lists++;
  return `parts(${JSON.stringify(toRanges(ns))})`;
});
if (/__chunk_\d+/.test(js)) throw new Error('[compact-split-loader] a part is still named: __wasm_split.js changed shape');

// The parts that need no other part (all of them, as wasm-split cuts them) are not declared one
// by one: `part(n)` makes a part's loader when an area first needs it, sliced out of
// a bundle if its number is in SLICED_PARTS, else fetched on its own. Making ~450 loaders
// up front took ~20 ms of a 4x-throttled sign-in page that needs none of them. (A part that
// needs others stays declared in place.)
const simple = { partFetched: [], partSliced: [] };
let first = -1;
js = js.replace(/^PARTS\[(\d+)\] = makeLoad\((partFetched|partSliced)\("chunk_(\d+)\.wasm"\), \[\]\);\n/gm, (line, n, kind, f, offset) => {
  if (n !== f) return line;
  simple[kind].push(Number(n));
  if (first < 0) first = offset;
  return '';
});
if (first < 0) throw new Error('[compact-split-loader] no part declared: __wasm_split.js changed shape');
js = js.slice(0, first) + `const SLICED_PARTS = ${JSON.stringify(toRanges(simple.partSliced.sort((a, b) => a - b)))};\n` + js.slice(first);

/** "15-19,21,30-33" for [15, 16, 17, 18, 19, 21, 30, 31, 32, 33] (sorted). */
function toRanges(ns) {
  const ranges = [];
  for (const n of ns) {
    const last = ranges.at(-1);
    if (last && last[1] === n - 1) last[1] = n; else ranges.push([n, n]);
  }
  return ranges.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(',');
}

const helpers = `
// (scripts/compact-split-loader.mjs) Every wasm part's loader, by number, and the short forms.
const PARTS = [];
const numbers = (ranges) => ranges.split(',').flatMap((range) => {
  const [from, to = from] = range.split('-').map(Number);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
});
let sliced;
const part = (n) => {
  sliced ??= new Set(numbers(SLICED_PARTS));
  return (PARTS[n] ??= makeLoad((sliced.has(n) ? partSliced : partFetched)(\`chunk_\${n}.wasm\`), []));
};
/** The loaders of the parts in \`ranges\`, when first asked for (makeLoad takes a function). */
const parts = (ranges) => () => numbers(ranges).map(part);
function partFetched(file) {
  return () => {
    const src = fetch(new URL(\`./\${file}\`, import.meta.url));
    src.catch(() => {});
    return async (imports) => WebAssembly.instantiateStreaming(src, imports);
  };
}
function partSliced(file) {
  return () => {
    const src = bundledPart(file);
    src.catch(() => {});
    return async (imports) => WebAssembly.instantiate(await src, imports);
  };
}
`;
const at = js.indexOf('function makeLoad(');
if (at < 0) throw new Error('[compact-split-loader] makeLoad not found');
js = js.slice(0, at) + helpers + js.slice(at);
writeFileSync(file, js);
console.log(`[compact-split-loader] ${rewritten} part loaders (${simple.partFetched.length + simple.partSliced.length} made on demand), ${lists} lists of parts: ${before} -> ${js.length} bytes`);
