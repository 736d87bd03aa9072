// Section and course pages: each listed page's checklist progress ("3 of 12 done"), from the
// summary js/checklist.js saves when a reader ticks on that page. Pages never opened show none
// done. Without this script nothing is shown (the elements stay hidden).
(function () {
  "use strict";
  const list = document.querySelector("[data-progress-other]");
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

  for (const item of items) {
    const total = Number(item.getAttribute("data-progress-total"));
    let done = 0;
    try {
      const saved = JSON.parse(localStorage.getItem("fieldguide:progress:" + item.getAttribute("data-progress-for")) || "null");
      // A rebuilt page may have more or fewer items than when the reader last saw it.
      if (saved && typeof saved.done === "number") done = Math.min(saved.done, total);
    } catch (e) {
      // Storage disabled or damaged: show none done.
    }
    item.textContent = text(done, total);
    item.classList.toggle("page-progress-complete", done === total);
    item.hidden = false;
  }
})();
