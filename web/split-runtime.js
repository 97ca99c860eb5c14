// Atrium's loading of route chunks (scripts/build-split.sh puts this in place of wasm-split's own
// `wrapAsyncCb` in __wasm_split.js). What it adds:
// - a visible progress bar when an area takes more than 100 ms to arrive;
// - a chunk that fails to load never reaches the Rust side as a failure (which would panic):
//   if a new build was deployed (the chunk is gone), the page reloads into it; otherwise
//   (offline, a server error) a message offers "Try again", and the load resumes when it works;
// - once the signed-in app is idle, the areas of the navigation are loaded in the background,
//   so a click rarely waits.
const routeLoaders = {};
const WORDS = {
  en: ['This part of the client area could not be loaded. Check your connection.', 'Try again'],
  vi: ['Không tải được phần này của trang khách hàng. Hãy kiểm tra kết nối mạng.', 'Thử lại'],
};

function currentPkg() {
  return new URL('.', import.meta.url).pathname;
}

async function newBuildDeployed() {
  try {
    const html = await (await fetch('/', { cache: 'no-store' })).text();
    return !html.includes(currentPkg());
  } catch {
    return false;
  }
}

function askToRetry() {
  return new Promise((resolve) => {
    const words = WORDS[document.documentElement.lang] || WORDS.en;
    const box = document.createElement('div');
    box.className = 'chunk-error';
    box.setAttribute('role', 'alert');
    const text = document.createElement('p');
    text.textContent = words[0];
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button button--primary';
    button.textContent = words[1];
    button.addEventListener('click', () => { box.remove(); resolve(); });
    box.append(text, button);
    document.body.append(box);
    button.focus();
  });
}

// Styles only the signed-in pages use (scripts/build-split.sh gives their links a rel no browser
// fetches): each becomes a stylesheet when the first area needing it is on its way, and an area
// is shown once its styles are in, so nothing is drawn unstyled. The shell's and the cards' are
// every signed-in page's (the dashboard needs no more); the others are the areas' (named by the
// loaders, see scripts/patch-split-loader.mjs). A link stays where index.html has it, so the
// cascade's order is the same whatever loads first.
const SIGNED_OUT_CHUNKS = new Set(['vi_catalogue', 'forgot']);
const NOT_AREAS = new Set(['shell', 'dashboard', 'by_number', 'reauth']);
const AREA_STYLES = {
  invoices: (area) => !NOT_AREAS.has(area),
  dns: (area) => ['dns', 'services', 'vm', 'order'].includes(area),
  vms: (area) => ['vm', 'services'].includes(area),
  order: (area) => ['order', 'certificates', 'services'].includes(area),
};
const styleLoads = new Map();
function areaStyleLinks(area) {
  return [...document.querySelectorAll('link[rel="atrium-area-style"], link[data-atrium-style]')]
    .filter((link) => {
      const sheet = new URL(link.href).pathname.match(/^\/(\w+)-[0-9a-f]+\.css$/)?.[1];
      return !(sheet in AREA_STYLES) || AREA_STYLES[sheet](area);
    });
}
function loadAreaStyles(area) {
  return Promise.all(areaStyleLinks(area).map((link) => {
    if (!styleLoads.has(link.href)) {
      styleLoads.set(link.href, new Promise((resolve) => {
        link.addEventListener('load', resolve, { once: true });
        link.addEventListener('error', resolve, { once: true });
        link.dataset.atriumStyle = '';
        link.rel = 'stylesheet';
      }));
    }
    return styleLoads.get(link.href);
  }));
}
// Into the HTTP cache only (the files are immutable): applied when their area opens.
const stylesFetched = new Set();
function prefetchAreaStyles(area) {
  return Promise.all(areaStyleLinks(area)
    .filter((link) => !styleLoads.has(link.href) && !stylesFetched.has(link.href))
    .map((link) => {
      stylesFetched.add(link.href);
      return fetch(link.href, { priority: 'low' }).then((r) => r.arrayBuffer()).catch(() => stylesFetched.delete(link.href));
    }));
}

async function loadUntilDone(name, callee) {
  const slow = setTimeout(() => document.documentElement.classList.add('is-loading-area'), 100);
  try {
    for (;;) {
      try {
        await Promise.all([callee(), SIGNED_OUT_CHUNKS.has(name) || loadAreaStyles(name)]);
        return;
      } catch (e) {
        console.warn('area chunk did not load', e);
        if (await newBuildDeployed()) {
          location.reload();
          await new Promise(() => {});
        }
        document.documentElement.classList.remove('is-loading-area');
        await askToRetry();
        document.documentElement.classList.add('is-loading-area');
      }
    }
  } finally {
    clearTimeout(slow);
    document.documentElement.classList.remove('is-loading-area');
  }
}

function wrapAsyncCb(name, callee) {
  routeLoaders[name] = callee;
  return async (callbackIndex, callbackData) => {
    await loadUntilDone(name, callee);
    const sharedImports = getSharedImports();
    sharedImports.__wasm_split.__indirect_function_table.get(callbackIndex)(callbackData, true);
  };
}

// The shell, the dashboard and the chunks only signed-in pages share arrive as one file,
// signed-in.bin; the chunks they share with a signed-out page (the forgotten-password page) as
// another, common.bin (scripts/bundle-signed-in.mjs writes both: a u32 length, a JSON index
// [[file, bytes], ...], then the files). Each is fetched once and sliced; compressed together
// the parts are a quarter to a third smaller than one by one. A failed fetch is forgotten, so
// "Try again" fetches it afresh.
const IN_COMMON_BIN = new Set(/* scripts/bundle-signed-in.mjs */ []);
const bundles = new Map();
function bundledPart(file) {
  const name = IN_COMMON_BIN.has(file) ? 'common.bin' : 'signed-in.bin';
  if (!bundles.has(name)) {
    const bundle = fetch(new URL(`./${name}`, import.meta.url)).then(async (r) => {
      if (!r.ok) throw new Error(`${name}: HTTP ${r.status}`);
      const buf = await r.arrayBuffer();
      const head = new DataView(buf).getUint32(0, true);
      const index = JSON.parse(new TextDecoder().decode(new Uint8Array(buf, 4, head)));
      const parts = new Map();
      let at = 4 + head;
      for (const [part, length] of index) {
        parts.set(part, new Uint8Array(buf, at, length));
        at += length;
      }
      return parts;
    });
    bundle.catch(() => { if (bundles.get(name) === bundle) bundles.delete(name); });
    bundles.set(name, bundle);
  }
  return bundles.get(name).then((parts) => {
    const part = parts.get(file);
    if (!part) throw new Error(`${name} has no ${file}`);
    return part;
  });
}

// wasm-split's loader of one module and the modules it needs, with `fetchEarly`: start fetching
// the bytes without instantiating (the main module may still be on its way), so a deep link's
// area downloads alongside the first load instead of after it. A failed load is forgotten, so
// "Try again" fetches afresh. `deps` may be a function giving the list (read when first needed:
// scripts/compact-split-loader.mjs makes the ~450 parts' loaders only when an area needs them).
function makeLoad(fetcher, deps) {
  let fetched;
  const fetchOnce = () => (fetched ??= fetcher());
  const needed = () => (typeof deps === 'function' ? (deps = deps()) : deps);
  const loader = async () => {
    const parallel = needed().map((d) => d());
    const instantiate = fetchOnce();
    try {
      await Promise.all(parallel);
      return await instantiate(getSharedImports());
    } catch (e) {
      fetched = undefined;
      throw e;
    }
  };
  let loading;
  const load = () => {
    if (loading === undefined) {
      const thisLoad = loader();
      thisLoad.catch(() => { if (loading === thisLoad) loading = undefined; });
      loading = thisLoad;
    }
    return loading;
  };
  load.fetchEarly = () => { needed().forEach((d) => d.fetchEarly()); fetchOnce(); };
  return load;
}

const signedIn = () => !!localStorage.getItem('atrium.session');
const onLogin = () => location.pathname.startsWith('/login');

// Background loading of the navigation's areas, after the app has painted, when the browser is
// idle, and only for a signed-in customer (the sign-in page needs none of them).
// (And the expired session's sign-in dialog, so it opens at once, even with the network gone.)
const PREFETCH = ['billing', 'services', 'dns', 'order', 'support', 'account', 'reauth'];
function prefetchWhenIdle() {
  if (!signedIn() || onLogin()) return;
  const idle = window.requestIdleCallback || ((f) => setTimeout(f, 1500));
  idle(async () => {
    for (const name of PREFETCH) {
      try { await Promise.all([routeLoaders[name]?.(), prefetchAreaStyles(name)]); } catch { /* loaded on demand instead */ }
    }
  }, { timeout: 5000 });
}

// On the sign-in page, the signed-in shell and the dashboard are loaded as soon as the customer
// starts (focus, a tap, a key, a password manager filling the form), so signing in rarely waits.
function loadDashboardOnFirstTouch() {
  const events = ['focusin', 'pointerdown', 'keydown', 'input'];
  const start = () => {
    events.forEach((e) => removeEventListener(e, start, true));
    loadAreaStyles('dashboard');
    for (const name of ['shell', 'dashboard']) {
      routeLoaders[name]?.().catch(() => { /* loaded on demand instead */ });
    }
  };
  // The customer may have begun in the form the server painted, before the app (and this) was
  // there: its fields came into the app's form, with the cursor.
  const begun = document.activeElement?.matches('#app input')
    || [...document.querySelectorAll('#app input')].some((i) => (i.type === 'checkbox' ? i.checked : i.value));
  if (begun) start();
  else events.forEach((e) => addEventListener(e, start, true));
}

new PerformanceObserver((list, observer) => {
  if (list.getEntries().some((e) => e.name === 'atrium-ready')) {
    observer.disconnect();
    if (onLogin()) loadDashboardOnFirstTouch();
    else prefetchWhenIdle();
  }
}).observe({ type: 'mark', buffered: true });
addEventListener('atrium-signed-in', prefetchWhenIdle);

// Which area a path belongs to (src/app.rs has the routes, src/areas.rs their areas).
const AREA_OF_PATH = [
  [/^\/$/, 'dashboard'],
  [/^\/(invoices|funds|estimates)(\/|$)/, 'billing'],
  [/^\/services\/[^/]+\/vms\//, 'vm'],
  [/^\/services\/[^/]+\/upgrade$/, 'order'],
  [/^\/services(\/|$)/, 'services'],
  [/^\/certificates(\/|$)/, 'certificates'],
  [/^\/affiliate$/, 'affiliate'],
  [/^\/news$/, 'news'],
  [/^\/dns(\/|$)/, 'dns'],
  [/^\/(order|cart|domains)(\/|$)/, 'order'],
  [/^\/(support|notifications)(\/|$)/, 'support'],
  [/^\/account(\/(security|settings|activity|emails(\/[^/]+)?|contacts(\/[^/]+)?))?$/, 'account'],
];

// Called once every loader is defined: a signed-in deep link fetches the shell and its area with
// the first load, and a customer who chose Vietnamese fetches its text (src/i18n/mod.rs).
function fetchEarly() {
  const names = [];
  try {
    if (JSON.parse(localStorage.getItem('atrium.prefs') || '{}').lang === 'vi') names.push('vi_catalogue');
  } catch { /* no stored choice */ }
  // The reset e-mail's link opens the forgotten-password pages' chunk straight away.
  if (/^\/login\/(forgot|reset)$/.test(location.pathname)) names.push('forgot');
  const area = AREA_OF_PATH.find(([re]) => re.test(location.pathname))?.[1];
  if (signedIn() && area) {
    names.push('shell', area);
    loadAreaStyles(area);
  }
  for (const name of names) {
    try { routeLoaders[name]?.fetchEarly(); } catch { /* loaded on demand instead */ }
  }
}
