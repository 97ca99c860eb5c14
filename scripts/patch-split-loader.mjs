// Puts web/split-runtime.js in place of wasm-split's `wrapAsyncCb` in __wasm_split.js and passes
// each route loader its area's name (`__invoices_route_view_<n>` -> "invoices").
import { readFileSync, writeFileSync } from 'node:fs';
const [file, runtime] = process.argv.slice(2);
let js = readFileSync(file, 'utf8');
const start = js.indexOf('function wrapAsyncCb(callee) {');
const end = js.indexOf('function makeLoad(');
if (start < 0 || end < 0) throw new Error('__wasm_split.js changed shape: wrapAsyncCb/makeLoad not found');
js = js.slice(0, start) + readFileSync(runtime, 'utf8') + '\n' + js.slice(end);
let routes = 0;
js = js.replace(/(export const __wasm_split_load___(\w+?)_route_view_\d+ = wrapAsyncCb\()/g, (_, head, name) => {
  routes++;
  return `${head}${JSON.stringify(name)}, `;
});
if (routes === 0) throw new Error('no route loaders found in __wasm_split.js');
writeFileSync(file, js);
console.log(`[patch-split-loader] ${routes} route loaders`);
