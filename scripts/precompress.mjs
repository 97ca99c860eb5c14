// Writes .br (quality 11) and .gz (level 9) beside every compressible file of a folder, so
// atrium-server serves pre-compressed bytes instead of compressing per request.
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const compressible = new Set(['.wasm', '.bin', '.js', '.css', '.html', '.svg', '.json']);
let total = 0;
// Recursive: the split wasm sits in a pkg-<hash>/ folder.
const files = (d) => readdirSync(d).flatMap((name) => {
  const file = join(d, name);
  return statSync(file).isDirectory() ? files(file) : [file];
});
for (const file of files(dir)) {
  if (!compressible.has(extname(file))) continue;
  const raw = readFileSync(file);
  const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  writeFileSync(`${file}.br`, br);
  writeFileSync(`${file}.gz`, gzipSync(raw, { level: 9 }));
  total += 1;
}
console.log(`[precompress] ${total} files in ${dir}`);
