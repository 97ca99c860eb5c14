// Renames the main module's imports from wasm-bindgen's JavaScript (`__wbg_getItem_9fc74b31b896f95a`)
// to short names (`a`, `b`, ... `a9`), in the wasm's import section and in the JS object that
// provides them. The 16 hex digits of each of ~250 names are incompressible and were written
// twice (wasm and JS): ~4 KB brotli of the first load. Only the main module imports from the JS
// (the chunks import memory, table and shared functions from __wasm_split), so nothing else
// refers to these names. Usage: node scripts/shorten-imports.mjs <atrium_bg.wasm> <atrium.js>
import { readFileSync, writeFileSync } from 'node:fs';

const [wasmPath, jsPath] = process.argv.slice(2);
const wasm = readFileSync(wasmPath);
let js = readFileSync(jsPath, 'utf8');
const MODULE = './atrium_bg.js';

function readLeb(buf, pos) {
  let result = 0;
  let shift = 0;
  for (;;) {
    const byte = buf[pos++];
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [result, pos];
  }
}
function leb(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
}
const name = (s) => Buffer.concat([leb(Buffer.byteLength(s)), Buffer.from(s)]);
/** The length of an import's descriptor (kind byte included) at `pos`. */
function descriptorEnd(buf, pos) {
  const kind = buf[pos++];
  const limits = () => {
    const flags = buf[pos++];
    [, pos] = readLeb(buf, pos);
    if (flags & 1) [, pos] = readLeb(buf, pos);
  };
  if (kind === 0) [, pos] = readLeb(buf, pos); // function: type index
  else if (kind === 1) { pos++; limits(); } // table: element type, limits
  else if (kind === 2) limits(); // memory
  else if (kind === 3) pos += 2; // global: value type, mutability
  else if (kind === 4) { pos++; [, pos] = readLeb(buf, pos); } // tag
  else throw new Error(`unknown import kind ${kind}`);
  return pos;
}
function shortName(i) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$';
  let s = letters[i % letters.length];
  for (i = Math.floor(i / letters.length); i > 0; i = Math.floor(i / letters.length)) s += letters[i % letters.length];
  return s;
}

const parts = [wasm.subarray(0, 8)];
let pos = 8;
let renamed = 0;
while (pos < wasm.length) {
  const id = wasm[pos];
  const [size, bodyStart] = readLeb(wasm, pos + 1);
  const bodyEnd = bodyStart + size;
  if (id !== 2) {
    parts.push(wasm.subarray(pos, bodyEnd));
    pos = bodyEnd;
    continue;
  }
  let [count, p] = readLeb(wasm, bodyStart);
  const body = [leb(count)];
  for (let i = 0; i < count; i++) {
    let len;
    [len, p] = readLeb(wasm, p);
    const module = wasm.toString('utf8', p, p + len);
    p += len;
    [len, p] = readLeb(wasm, p);
    const field = wasm.toString('utf8', p, p + len);
    p += len;
    const end = descriptorEnd(wasm, p);
    let newField = field;
    if (module === MODULE) {
      newField = shortName(renamed++);
      const key = new RegExp(`\\b${field.replace(/\$/g, '\\$')}:`, 'g');
      const uses = js.match(key)?.length ?? 0;
      if (uses !== 1) throw new Error(`${field} appears ${uses} times in ${jsPath}, expected once`);
      js = js.replace(key, `${newField}:`);
    }
    body.push(name(module), name(newField), wasm.subarray(p, end));
    p = end;
  }
  const newBody = Buffer.concat(body);
  parts.push(Buffer.from([2]), leb(newBody.length), newBody);
  pos = bodyEnd;
}
if (renamed < 50) throw new Error(`only ${renamed} imports from ${MODULE}: wasm-bindgen's output changed shape`);
writeFileSync(wasmPath, Buffer.concat(parts));
writeFileSync(jsPath, js);
console.log(`[shorten-imports] ${renamed} imports renamed`);
