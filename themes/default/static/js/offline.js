// The guide offline (see partials/offline.ftlh and org.fieldguide.offline): registers the site's
// service worker (sw.js at the site root), offers "save for offline use" with the size of the
// language's files, shows progress and the saved state, and tells a reader when the site was
// republished while a page was open. From file:// (an unzipped bundle) there is no service
// worker: the download link, which would lead out of the bundle, is taken away.
"use strict";
(function () {
  const kit = document.querySelector("[data-offline]");
  if (!kit) return;
  const download = kit.querySelector(".offline-download");
  if (location.protocol === "file:") {
    if (download) download.remove();
    return;
  }
  const lang = kit.dataset.language;
  const root = new URL(kit.dataset.root, location.href).href;
  const listUrl = root + "offline/" + lang + ".json";
  const storeKey = "fieldguide-offline " + root + lang;

  function size(bytes) {
    const megabytes = bytes / 1e6;
    try {
      return megabytes >= 1
        ? new Intl.NumberFormat(lang, { style: "unit", unit: "megabyte", maximumFractionDigits: 1 }).format(megabytes)
        : new Intl.NumberFormat(lang, { style: "unit", unit: "kilobyte", maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1e3));
    } catch (e) {
      return (megabytes >= 1 ? megabytes.toFixed(1) + " MB" : Math.max(1, Math.round(bytes / 1e3)) + " kB");
    }
  }

  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, (m, name) => (name in values ? String(values[name]) : m));
  }

  function readList() {
    return fetch(listUrl).then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))));
  }

  // The download's size: shown wherever the list can be read, with or without a service worker.
  const listed = readList();
  listed.then((list) => {
    const sizeSlot = kit.querySelector("[data-offline-download-size]");
    if (sizeSlot && list.bundle) sizeSlot.textContent = "(" + size(list.bundle.bytes) + ")";
  }, () => {});

  if (!("serviceWorker" in navigator) || !window.isSecureContext) return;
  // fieldguide serve's preview (its live-reload script is on the page) rewrites pages and theme
  // files in place on every edit: a cache would only show the writer stale files.
  if (document.querySelector("script[src*='__fieldguide/live.js']")) {
    navigator.serviceWorker.getRegistrations().then((all) => all.forEach((r) => r.unregister()), () => {});
    return;
  }
  const hadController = Boolean(navigator.serviceWorker.controller);

  // A new version of the site took over this page: its text is still the old one, which keeps
  // working; the reader reloads when it suits them.
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    kit.dataset.offlineUpdated = "true";
    if (!hadController || document.querySelector(".offline-notice")) return;
    const notice = document.createElement("div");
    notice.className = "offline-notice";
    notice.setAttribute("role", "status");
    const text = document.createElement("span");
    text.textContent = kit.dataset.updated;
    const reload = document.createElement("button");
    reload.type = "button";
    reload.textContent = kit.dataset.reload;
    reload.addEventListener("click", () => location.reload());
    notice.append(text, " ", reload);
    document.body.append(notice);
  });

  const registered = navigator.serviceWorker.register(root + "sw.js", { scope: root });
  registered.then((registration) => {
    // Look for a republished site when the reader comes back to the page or the network returns.
    const check = () => registration.update().catch(() => {});
    document.addEventListener("visibilitychange", () => { if (document.visibilityState === "visible") check(); });
    window.addEventListener("online", check);
  }, () => {});

  const row = kit.querySelector(".offline-save");
  const button = kit.querySelector("[data-offline-save]");
  const status = kit.querySelector("[data-offline-status]");
  if (!row || !button || !status) return;

  Promise.all([listed, registered]).then(([list]) => {
    button.textContent = fill(kit.dataset.save, { size: size(list.bytes) });
    let saved = null;
    try {
      saved = localStorage.getItem(storeKey);
    } catch (e) {
      // Storage refused: the button still works, the saved state is not remembered.
    }
    if (saved === list.version) {
      status.textContent = kit.dataset.saved;
      kit.dataset.offlineState = "saved";
    }
    row.hidden = false;
    const id = String(Date.now()) + Math.random();
    navigator.serviceWorker.addEventListener("message", (event) => {
      const data = event.data || {};
      if (data.id !== id) return;
      if (data.type === "progress") {
        status.textContent = fill(kit.dataset.saving, { done: data.done, total: data.total });
      } else if (data.type === "saved") {
        status.textContent = kit.dataset.saved;
        kit.dataset.offlineState = "saved";
        button.disabled = false;
        try {
          localStorage.setItem(storeKey, list.version);
        } catch (e) {
          // Not remembered; the files are saved all the same.
        }
      } else if (data.type === "failed") {
        status.textContent = kit.dataset.failed;
        kit.dataset.offlineState = "failed";
        button.disabled = false;
      }
    });
    button.addEventListener("click", () => {
      button.disabled = true;
      kit.dataset.offlineState = "saving";
      status.textContent = fill(kit.dataset.saving, { done: 0, total: list.urls.length });
      // Fetched fresh: the list names the files of the version online now.
      readList().catch(() => list).then((current) =>
        navigator.serviceWorker.ready.then((registration) => {
          registration.active.postMessage({ type: "save", id, urls: current.urls.map((u) => new URL(u, root).href) });
        }));
    });
  }, () => {});
})();
