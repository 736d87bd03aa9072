// The site's root 404.html speaks every language (GitHub Pages sends it for any missing
// address). Loaded in the head without defer, this script picks the language before anything is
// drawn: the one whose folder the address is in (/es/… → Spanish), else the reader's browser
// language, else the site's first. The stylesheet then shows that language's section only, so
// nothing moves after the first paint. Without JavaScript every language is listed.
(function () {
  "use strict";
  const script = document.currentScript;
  if (!script) return;
  const codes = (script.getAttribute("data-languages") || "").split(" ").filter(Boolean);
  const base = new URL(script.getAttribute("data-base") || "/", location.href).pathname;
  if (codes.length === 0) return;

  function pick() {
    const path = location.pathname.indexOf(base) === 0 ? location.pathname.slice(base.length) : location.pathname.replace(/^\//, "");
    const first = decodeURIComponent(path.split("/")[0] || "").toLowerCase();
    for (const code of codes) if (code.toLowerCase() === first) return code;
    const wanted = navigator.languages || [navigator.language || ""];
    for (const w of wanted) {
      const lower = String(w).toLowerCase();
      for (const code of codes) if (lower === code.toLowerCase()) return code;
      for (const code of codes) if (lower.split("-")[0] === code.toLowerCase().split("-")[0]) return code;
    }
    return codes[0];
  }

  const language = pick();
  const html = document.documentElement;
  html.setAttribute("data-not-found", language);

  // Mark the chosen section as soon as the parser has added it, before the next paint.
  function mark() {
    const section = document.querySelector('.not-found-language[data-language="' + language + '"]');
    if (!section) return false;
    section.classList.add("not-found-chosen");
    return true;
  }
  // The title is the chosen heading's, set once the whole document is parsed: the section is
  // marked as soon as its opening tag is, and on a slow link its heading may arrive later (the
  // title stayed in the first language then). The title is not drawn in the page: nothing moves.
  function retitle() {
    const heading = document.querySelector(".not-found-chosen h1");
    if (heading) document.title = heading.textContent + " · " + document.title.replace(/^.*? · /, "");
  }
  const watcher = new MutationObserver(() => {
    if (mark()) watcher.disconnect();
  });
  watcher.observe(html, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", () => {
    watcher.disconnect();
    if (!document.querySelector(".not-found-chosen") && !mark()) html.removeAttribute("data-not-found");
    retitle();
  });
})();
