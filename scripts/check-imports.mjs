// Checks the shape of the crate's imports (run by scripts/test.sh):
//  1. no cycle between files under src/: every `use` and every inline `crate::`/`super::`/`self::`
//     path is an edge from the file it is written in to the file that defines what it names
//     (re-exports followed, so `use crate::api::ApiError` leads to src/api/error.rs, not to
//     src/api/mod.rs); test code (`*_tests.rs`, a trailing `#[cfg(test)] mod`) is left out;
//  2. the pure modules (domain types, DNS, VM, cart rules, configuration, text) never import the
//     fetch layer: `src/api` maps wire JSON into them, never the other way round.
// Prints every cycle and every such import, and exits 1 when there is one.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const src = join(root, 'src');
const PURE = ['src/model', 'src/dns', 'src/vm', 'src/cart', 'src/config.rs', 'src/i18n', 'src/routes.rs'];

const walk = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.rs') ? [join(d, e.name)] : []);

// Module path (['api', 'client', 'vms']) <-> file.
const files = walk(src).filter((f) => !f.endsWith('/main.rs') && !f.endsWith('_tests.rs'));
const modOf = (f) => {
  const rel = relative(src, f).replace(/\.rs$/, '').split('/');
  if (rel.at(-1) === 'mod' || rel.at(-1) === 'lib') rel.pop();
  return rel;
};
const fileOf = new Map(files.map((f) => [modOf(f).join('::'), f]));

// Source without comments, strings and trailing test modules.
const text = new Map(files.map((f) => {
  let s = readFileSync(f, 'utf8');
  s = s.replace(/\/\/[^\n]*/g, '').replace(/\/\*[\s\S]*?\*\//g, '');
  s = s.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  const t = s.search(/#\[cfg\(test\)\]\s*(?:#\[[^\]]*\]\s*)*mod\s+\w+\s*\{/);
  if (t >= 0) s = s.slice(0, t);
  return [f, s];
}));

// `use a::{b, c::{d as e}};` -> ['a::b', 'a::c::d@e'] (an alias after `@`, `self` folded).
function expand(tree) {
  tree = tree.replace(/\s+as\s+/g, '@').replace(/\s+/g, '');
  const brace = tree.indexOf('{');
  if (brace < 0) return [tree.replace(/::self(@|$)/, '$1')];
  const prefix = tree.slice(0, brace);
  const inner = tree.slice(brace + 1, tree.lastIndexOf('}'));
  const parts = [];
  let depth = 0, start = 0;
  for (let i = 0; i <= inner.length; i++) {
    const c = inner[i];
    if (c === '{') depth++;
    if (c === '}') depth--;
    if ((c === ',' && depth === 0) || i === inner.length) {
      if (inner.slice(start, i)) parts.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  return parts.flatMap((p) => expand(prefix + p));
}
const usesOf = (s) => [...s.matchAll(/\buse\s+([^;]+);/g)].flatMap((m) => expand(m[1])).map((p) => p.split('@')[0]);
// Re-exports of a module: name -> path, and glob targets.
const reexports = new Map(files.map((f) => {
  const named = new Map();
  const globs = [];
  for (const m of text.get(f).matchAll(/\bpub(?:\([^)]*\))?\s+use\s+([^;]+);/g)) {
    for (const e of expand(m[1])) {
      const [p, alias] = e.split('@');
      if (p.endsWith('::*')) globs.push(p.slice(0, -3));
      else named.set(alias ?? p.split('::').at(-1), p);
    }
  }
  return [f, { named, globs }];
}));

// Absolute module path of `path` written in module `here`.
function absolute(path, here) {
  const segs = path.split('::');
  let base;
  if (segs[0] === 'crate') base = [];
  else if (segs[0] === 'self') base = [...here];
  else if (segs[0] === 'super') base = here.slice(0, -1);
  else if (fileOf.has([...here, segs[0]].join('::'))) return [...here, ...segs]; // a child module
  else return null; // an external crate, or a name in scope
  let i = 1;
  while (segs[i] === 'super') { base = base.slice(0, -1); i++; }
  return [...base, ...segs.slice(i)];
}

// The file that defines what `segs` names.
function resolve(segs, depth = 0) {
  let mod = [];
  for (let i = 0; i < segs.length; i++) {
    const next = [...mod, segs[i]];
    if (fileOf.has(next.join('::'))) { mod = next; continue; }
    const file = fileOf.get(mod.join('::'));
    const { named, globs } = reexports.get(file);
    if (depth < 8 && named.has(segs[i])) {
      const target = absolute(named.get(segs[i]), mod);
      if (target) return resolve([...target, ...segs.slice(i + 1)], depth + 1);
    }
    const defined = new RegExp(`\\b(fn|struct|enum|trait|type|const|static|mod|union)\\s+${segs[i]}\\b|macro_rules!\\s*${segs[i]}\\b`);
    if (depth < 8 && !defined.test(text.get(file))) {
      for (const g of globs) {
        const target = absolute(g, mod);
        if (target) return resolve([...target, ...segs.slice(i)], depth + 1);
      }
    }
    return file;
  }
  return fileOf.get(mod.join('::'));
}

const edges = new Map(files.map((f) => [f, new Set()]));
for (const f of files) {
  const here = modOf(f);
  const s = text.get(f);
  const paths = usesOf(s).concat([...s.matchAll(/\b(?:crate|super|self)(?:::\w+)+/g)].map((m) => m[0]));
  for (const p of paths) {
    const segs = absolute(p, here);
    if (!segs) continue;
    const to = resolve(segs.filter((x) => x !== '*'));
    if (to && to !== f) edges.get(f).add(to);
  }
}

// Cycles: strongly connected components of more than one file (Tarjan).
let index = 0;
const idx = new Map(), low = new Map(), stack = [], on = new Set(), sccs = [];
function strong(v) {
  idx.set(v, index); low.set(v, index); index++; stack.push(v); on.add(v);
  for (const w of edges.get(v)) {
    if (!idx.has(w)) { strong(w); low.set(v, Math.min(low.get(v), low.get(w))); }
    else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
  }
  if (low.get(v) === idx.get(v)) {
    const c = [];
    let w;
    do { w = stack.pop(); on.delete(w); c.push(w); } while (w !== v);
    if (c.length > 1) sccs.push(c);
  }
}
for (const f of files) if (!idx.has(f)) strong(f);

const rel = (f) => relative(root, f);
let bad = 0;
for (const c of sccs) {
  bad++;
  const set = new Set(c);
  console.log(`import cycle among ${c.length} files:`);
  for (const f of c) console.log(`  ${rel(f)} -> ${[...edges.get(f)].filter((t) => set.has(t)).map(rel).join(', ')}`);
}
for (const f of files) {
  if (!PURE.some((p) => rel(f) === p || rel(f).startsWith(p + '/'))) continue;
  for (const t of edges.get(f)) {
    if (rel(t).startsWith('src/api/') || rel(t) === 'src/api/mod.rs') {
      bad++;
      console.log(`pure module imports the fetch layer: ${rel(f)} -> ${rel(t)}`);
    }
  }
}
const count = [...edges.values()].reduce((n, s) => n + s.size, 0);
console.log(`[check-imports] ${files.length} files, ${count} imports between them: ${bad ? `${bad} problem(s)` : 'no cycle, pure modules stay below the fetch layer'}`);
process.exit(bad ? 1 : 0);
