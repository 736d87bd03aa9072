// The service worker of a fieldguide site, written by the build at the root of the site so that
// its scope covers every language. VERSION is a digest of every published file: a republished
// site has a different sw.js, which the browser installs as a new worker.
//
// Pages (HTML) come from the network first, so a reader online always reads the current page, and
// from the cache when the network fails. Theme files (static/) and search files (search/) come
// from the cache first: they belong to one version of the site, and a new worker fetches again
// those the old one had kept. Pages stay in the cache across versions, so a guide saved for
// offline use stays readable.
//
// Search files asked for by their version (search/<lang>/t3.js?v=…, the term shards and page
// chunks a query loads) do not reach this worker at all where the browser has static routes
// (Chromium 123+): they go to the network, as search waits on them while the reader watches,
// and starting this worker and answering each through it took tens of milliseconds per query.
// When that load fails (offline), search.js asks for the plain address, which comes from the cache.
"use strict";

const VERSION = "@VERSION@";
const ROOT = new URL("./", self.location).href;
const PREFIX = "fieldguide " + ROOT + " ";
const CACHE = PREFIX + VERSION;

function versioned(url) {
  return url.startsWith(ROOT + "static/") || url.startsWith(ROOT + "search/");
}

self.addEventListener("install", (event) => {
  if (event.addRoutes && self.URLPattern) event.waitUntil(event.addRoutes(searchRoute()).catch(() => {})); // else all comes here
  event.waitUntil(carryOver().then(() => self.skipWaiting()));
});

function searchRoute() {
  const root = new URL(ROOT);
  const path = root.pathname.replace(/[\\:*+?(){}]/g, "\\$&"); // pattern syntax in the site's folder is literal
  const files = new URLPattern({ protocol: root.protocol.slice(0, -1), hostname: root.hostname, port: root.port, pathname: path + "search/*", search: "v=*" });
  return { condition: { urlPattern: files }, source: "network" };
}

// The pages and files older versions kept, in this version's cache: pages as they are (they
// are refreshed when read online), theme and search files fetched again (the old copy is kept
// when the network is down, so the saved guide still works).
async function carryOver() {
  const cache = await caches.open(CACHE);
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX) || name === CACHE) continue;
    const old = await caches.open(name);
    for (const request of await old.keys()) {
      if (versioned(request.url)) {
        try {
          const fresh = await fetch(request.url, { cache: "no-cache" });
          if (fresh.ok) {
            await cache.put(request.url, fresh);
            continue;
          }
        } catch (e) {
          // Offline: the old copy below.
        }
      }
      const kept = await old.match(request);
      if (kept) await cache.put(request, kept);
    }
  }
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()));
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(ROOT)) return;
  if (request.url === ROOT + "sw.js" || request.url.includes("/__fieldguide/")) return;
  // A stream (server-sent events) is never cached: it does not end.
  if ((request.headers.get("Accept") || "").includes("text/event-stream")) return;
  event.respondWith(versioned(request.url) ? cacheFirst(event) : networkFirst(event));
});

// Kept after the response is on its way, so a slow cache never holds a page back.
function keep(event, cache, request, response) {
  if (response.ok && response.type === "basic" && !response.redirected) event.waitUntil(cache.put(request.url, response.clone()).catch(() => {}));
}

// The exact address first (search asks for its files with ?v=<index version>, and again past the
// cache when they are newer), then the network, then any copy of the file (offline).
async function cacheFirst(event) {
  const request = event.request;
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request);
  if (hit) return hit;
  try {
    const response = await fetch(request);
    keep(event, cache, request, response);
    return response;
  } catch (error) {
    const any = await cache.match(request, { ignoreSearch: true });
    if (any) return any;
    throw error;
  }
}

async function networkFirst(event) {
  const request = event.request;
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    keep(event, cache, request, response);
    return response;
  } catch (error) {
    const url = new URL(request.url);
    url.hash = "";
    const hit = (await cache.match(url.href, { ignoreSearch: true }))
      || (url.pathname.endsWith("/") ? await cache.match(url.href + "index.html", { ignoreSearch: true }) : undefined)
      || (url.pathname.endsWith("/index.html") ? await cache.match(url.href.replace(/index\.html$/, ""), { ignoreSearch: true }) : undefined);
    if (hit) return hit;
    if (request.mode === "navigate") {
      // An address not saved: the language's "page not found", which offers search and the home page.
      const lang = url.href.startsWith(ROOT) ? url.href.slice(ROOT.length).split("/")[0] : "";
      const notFound = lang && await cache.match(ROOT + lang + "/404.html");
      if (notFound) return notFound;
    }
    throw error;
  }
}

// "Save for offline use": the page sends the list of its language's files; each is fetched and
// kept, and the page hears how far it got.
self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (data.type === "version") {
    event.source.postMessage({ type: "version", version: VERSION });
    return;
  }
  if (data.type !== "save" || !Array.isArray(data.urls)) return;
  event.waitUntil(save(data.urls, event.source, data.id));
});

async function save(urls, client, id) {
  const cache = await caches.open(CACHE);
  const queue = urls.filter((u) => typeof u === "string" && u.startsWith(ROOT));
  const total = queue.length;
  let done = 0;
  let failed = 0;
  async function worker() {
    while (queue.length > 0) {
      const url = queue.shift();
      try {
        const response = await fetch(url, { cache: "no-cache" });
        if (response.ok) await cache.put(url, response);
        else failed++;
      } catch (e) {
        failed++;
      }
      done++;
      if (done === total || done % 10 === 0) client.postMessage({ type: "progress", id, done, total });
    }
  }
  await Promise.all([worker(), worker(), worker(), worker()]);
  client.postMessage({ type: failed === 0 ? "saved" : "failed", id, done, total, failed, version: VERSION });
}
