"""Moves the catalogue messages (src/i18n) used only inside one src/pages/<area> folder into an
AreaWords enum of that area, so their text is compiled into the area's chunk instead of the first
load (issue 18). Run from anywhere; then fix the few call sites the compiler names (a Msg-typed
parameter or return type becomes the area's enum) and run cargo fmt.

usage: python3 scripts/move-area-words.py <area dir under src/pages> <EnumName> <file stem>
(e.g. `invoices InvoiceWord invoice_words`)."""
import re, glob, sys, collections
area, enum, stem = sys.argv[1], sys.argv[2], sys.argv[3]
root = __import__('os').path.dirname(__import__('os').path.dirname(__import__('os').path.abspath(__file__))) + '/'
msg_rs = open(root+'src/i18n/msg.rs').read()
msgs = re.findall(r'^    ([A-Z][A-Za-z0-9]+),', msg_rs, re.M)
files = [f for f in glob.glob(root+'src/**/*.rs', recursive=True) if '/src/i18n/' not in f]
tests = ''.join(open(f).read() for f in glob.glob(root+'tests/**/*.rs', recursive=True))
use = collections.defaultdict(set)
for f in files:
    s = open(f).read()
    for m in set(re.findall(r'Msg::([A-Z][A-Za-z0-9]+)', s)):
        use[m].add(f)
adir = root+'src/pages/'+area+'/'
moved = [m for m in msgs if use.get(m) and all(f.startswith(adir) for f in use[m])
         and not re.search(r'Msg::'+m+r'\b', tests)]
print(len(moved), 'moved')

def arms(text, fn_start):
    """name -> raw RHS within the match of the function starting at fn_start."""
    i = text.index(fn_start)
    j = text.index('match msg {', i)
    body_start = text.index('{', j) + 1
    out = {}
    pat = re.compile(r'^        ([A-Z][A-Za-z0-9]+) => ', re.M)
    # Only this function's arms: text() and singular() name the same messages.
    fn_end = text.find('\npub fn ', body_start)
    ms = list(pat.finditer(text, body_start, fn_end if fn_end >= 0 else len(text)))
    for k, m in enumerate(ms):
        end = ms[k+1].start() if k+1 < len(ms) else min(i for i in (text.find('\n    }', m.end()), text.find('\n        _ => return None', m.end())) if i >= 0)
        out[m.group(1)] = (m.start(), end, text[m.end():end].rstrip().rstrip(','))
    return out

en = open(root+'src/i18n/en.rs').read()
vi = open(root+'src/i18n/vi.rs').read()
en_arms = arms(en, 'pub fn text(')
vi_arms = arms(vi, 'pub fn text(')
sing_arms = arms(en, 'pub fn singular(')
lines = []
for m in moved:
    for lang, table in (('En', en_arms), ('Vi', vi_arms)):
        rhs = table[m][2]
        lines.append(f'            ({m}, Lang::{lang}) => {rhs},')
sing = [f'            {m} => {sing_arms[m][2]},' for m in moved if m in sing_arms]
src = f'''//! The {area} pages' own words (English and Vietnamese), compiled into the area's chunk rather
//! than the first load's catalogue (see [`crate::i18n::AreaWords`]).

use crate::i18n::{{AreaWords, Lang}};

/// A text of the {area} pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum {enum} {{
''' + ''.join(f'    {m},\n' for m in moved) + f'''}}

impl AreaWords for {enum} {{
    fn text(self, lang: Lang) -> &'static str {{
        use {enum}::*;
        match (self, lang) {{
''' + '\n'.join(lines) + '''
        }
    }
''' + (f'''
    fn singular(self, lang: Lang) -> Option<&'static str> {{
        use {enum}::*;
        if lang != Lang::En {{
            return None;
        }}
        Some(match self {{
''' + '\n'.join(sing) + '''
            _ => return None,
        })
    }
''' if sing else '') + '}\n'
open(adir+stem+'.rs', 'w').write(src)

def drop(text, table):
    spans = sorted((table[m][0], table[m][1]) for m in moved if m in table)
    out, last = [], 0
    for a, b in spans:
        out.append(text[last:a]); last = b
    out.append(text[last:])
    return ''.join(out)
en2 = drop(en, {k: v for k, v in sing_arms.items()})  # singular arms first (positions valid in en)
# recompute text arms on en2
en2_arms = arms(en2, 'pub fn text(')
en2 = drop(en2, en2_arms)
open(root+'src/i18n/en.rs', 'w').write(en2)
open(root+'src/i18n/vi.rs', 'w').write(drop(vi, vi_arms))
# msg.rs: drop the variant line and the doc comments directly above it
out = []
for line in msg_rs.split('\n'):
    out.append(line)
    mm = re.match(r'^    ([A-Z][A-Za-z0-9]+),$', line)
    if mm and mm.group(1) in moved:
        out.pop()
        while out and out[-1].strip().startswith('///'):
            out.pop()
open(root+'src/i18n/msg.rs', 'w').write('\n'.join(out))
# the area's files
for f in glob.glob(adir+'**/*.rs', recursive=True):
    if f.endswith(stem+'.rs'):
        continue
    s = open(f).read()
    o = s
    for m in moved:
        s = re.sub(r'Msg::'+m+r'\b', f'{enum}::'+m, s)
    s = re.sub(r'\btr\(' + enum + '::', f'tw({enum}::', s)
    s = re.sub(r'prefs\.t\(' + enum + '::', f'prefs.w({enum}::', s)
    s = re.sub(r'prefs\.t_n\(' + enum + '::', f'prefs.w_n({enum}::', s)
    if s != o:
        s = re.sub(r'(\nuse [^\n]+;\n)', r'\1use crate::pages::' + area + '::' + stem + '::' + enum + ';\n', s, count=1)
        open(f, 'w').write(s)
print(' '.join(moved))
