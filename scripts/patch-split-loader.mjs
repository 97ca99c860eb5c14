// Puts web/split-runtime.js in place of wasm-split's `wrapAsyncCb` and `makeLoad` in
// __wasm_split.js, passes each loader its name (`__wasm_split_load_billing_area_<n>` ->
// "billing", `..._vi_catalogue_<n>` -> "vi_catalogue"), and starts the early fetches (a deep
// link's area, the customer's language) once every loader is defined.
import { readFileSync, writeFileSync } from 'node:fs';
const [file, runtime] = process.argv.slice(2);
let js = readFileSync(file, 'utf8');
const start = js.indexOf('function wrapAsyncCb(callee) {');
const makeLoad = js.indexOf('function makeLoad(');
const end = js.indexOf('\n}\n', makeLoad);
if (start < 0 || makeLoad < start || end < 0) throw new Error('__wasm_split.js changed shape: wrapAsyncCb/makeLoad not found');
js = js.slice(0, start) + readFileSync(runtime, 'utf8') + '\n' + js.slice(end + 3);
let areas = 0;
js = js.replace(/(export const __wasm_split_load_(\w+?)_\d+ = wrapAsyncCb\()/g, (_, head, name) => {
  areas++;
  return `${head}${JSON.stringify(name.replace(/_area$/, ''))}, `;
});
if (areas === 0 || /wrapAsyncCb\(makeLoad/.test(js)) throw new Error('__wasm_split.js changed shape: loaders not found');
js += '\nfetchEarly();\n';
writeFileSync(file, js);
console.log(`[patch-split-loader] ${areas} chunk loaders`);
