// Section and course pages: each listed page's checklist progress ("3 of 12 done"), and the
// section's (the course's) as a whole, from the summary js/checklist.js saves when a reader ticks
// on a page, under a name the same in every language of that page. Pages never opened show none
// done. The elements are in the page with room kept for their text, so nothing moves when this
// script fills them in; without it the stylesheet hides them.
(function () {
  "use strict";
  const list = document.querySelector(".child-pages[data-progress-other]");
  const items = Array.from(document.querySelectorAll("[data-progress-for]"));
  if (!list || items.length === 0) return;
  const lang = list.lang || document.documentElement.lang || "en";
  const plurals = typeof Intl === "object" && Intl.PluralRules ? new Intl.PluralRules(lang) : null;
  const numbers = typeof Intl === "object" ? new Intl.NumberFormat(lang) : null;
  const format = (n) => (numbers ? numbers.format(n) : String(n));

  function text(done, total) {
    const category = plurals ? plurals.select(done) : "other";
    const pattern = list.getAttribute("data-progress-" + category) || list.getAttribute("data-progress-other");
    return pattern.replace(/\{(done|total)\}/g, (whole, name) => format(name === "done" ? done : total));
  }

  function saved(key, total) {
    try {
      const summary = JSON.parse(localStorage.getItem("fieldguide:progress:" + key) || "null");
      // A rebuilt page may have more or fewer items than when the reader last saw it.
      if (summary && typeof summary.done === "number") return Math.max(0, Math.min(summary.done, total));
    } catch (e) {
      // Storage disabled or damaged: show none done.
    }
    return 0;
  }

  function show() {
    let done = 0;
    let total = 0;
    for (const item of items) {
      const pageTotal = Number(item.getAttribute("data-progress-total"));
      const pageDone = saved(item.getAttribute("data-progress-for"), pageTotal);
      item.textContent = text(pageDone, pageTotal);
      item.classList.toggle("page-progress-complete", pageDone === pageTotal);
      done += pageDone;
      total += pageTotal;
    }
    const section = document.querySelector("[data-section-progress]");
    if (section) {
      section.textContent = text(done, total);
      const meter = section.parentElement.querySelector(".section-meter");
      if (meter) {
        meter.max = total;
        meter.value = done;
      }
    }
  }

  show();
  // Ticks given in another tab, or before the reader came back to this page.
  window.addEventListener("storage", show);
  window.addEventListener("pageshow", (event) => {
    if (event.persisted) show();
  });
})();
