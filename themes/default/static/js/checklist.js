// Checklists that remember. Every box's state is kept in localStorage per page, so ticks survive
// a reload and a rebuild of the site: item ids are digests of the item's text, not its position,
// so inserting a step keeps the other ticks. The storage key names the page, not its language
// (data-checklist-page, see org.fieldguide.theme.ChecklistScope), so a reader who switches from
// English to Spanish and back, or between a fallback page and its original, keeps every tick.
// Fills in the progress bar that follows the reader (partials/checklist-bar.ftlh), the progress of
// each list, the jump to the next unticked step, a reset and a plain-text report. Everything it
// fills in has its room in the page already, so nothing moves when it runs. Without this script
// a checklist is a plain list of boxes and the stylesheet hides the controls. Plain ES2017, no
// dependencies.
(function () {
  "use strict";

  const bar = document.querySelector(".checklist-bar[data-checklist-page]");
  const controls = document.querySelector(".checklist-controls");
  const named = bar || document.querySelector("[data-checklist-page]");
  const root = (named && named.closest("article")) || document;
  const boxes = Array.from(root.querySelectorAll("input.checklist-box[data-check-id]"));
  if (boxes.length === 0) return;

  // The page's own name in storage, the same in every language of it; pages built by older
  // versions of the theme named it by its canonical URL, which differs per language.
  const canonical = document.querySelector('link[rel="canonical"]');
  const legacy = (named && named.getAttribute("data-checklist-legacy")) || (canonical ? canonical.href : location.pathname);
  const scope = (named && named.getAttribute("data-checklist-page")) || legacy;
  const storageKey = "fieldguide:checklist:" + scope;

  // Stored as { id: 1 | 0 } for the boxes a reader changed; the others show the page's default
  // (`- [x]` in Markdown), so a reader can also untick an item that was published ticked.
  function load() {
    try {
      const state = JSON.parse(localStorage.getItem(storageKey) || "{}");
      return state && typeof state === "object" ? state : {};
    } catch (e) {
      return {}; // storage disabled or a damaged value: start from the page's defaults
    }
  }

  function save(state) {
    try {
      if (Object.keys(state).length > 0) localStorage.setItem(storageKey, JSON.stringify(state));
      else localStorage.removeItem(storageKey);
    } catch (e) {
      // Storage full or disabled (some private modes): ticks last until the page is closed.
    }
  }

  // Ticks saved under the old per-language name join the page's ticks once (a tick given since
  // wins), and the old entries are removed.
  function migrate() {
    if (legacy === scope) return;
    try {
      const old = JSON.parse(localStorage.getItem("fieldguide:checklist:" + legacy) || "null");
      if (old && typeof old === "object") {
        const state = load();
        const present = new Set(boxes.map((b) => b.getAttribute("data-check-id")));
        for (const id of Object.keys(old)) {
          if (present.has(id) && !Object.prototype.hasOwnProperty.call(state, id)) state[id] = old[id];
        }
        save(state);
      }
      localStorage.removeItem("fieldguide:checklist:" + legacy);
      localStorage.removeItem("fieldguide:progress:" + legacy);
    } catch (e) {
      // Storage disabled or a damaged value: nothing to carry over.
    }
  }

  function apply() {
    const state = load();
    for (const box of boxes) {
      const id = box.getAttribute("data-check-id");
      box.checked = Object.prototype.hasOwnProperty.call(state, id) ? state[id] === 1 : box.defaultChecked;
    }
    update();
  }

  function remember(box) {
    // Read again before writing: another tab may have ticked other items of the same page.
    const state = load();
    const present = {};
    for (const b of boxes) present[b.getAttribute("data-check-id")] = true;
    for (const id of Object.keys(state)) if (!present[id]) delete state[id]; // items since removed
    state[box.getAttribute("data-check-id")] = box.checked ? 1 : 0;
    save(state);
  }

  // Top-level lists only: a nested list counts towards the list it belongs to.
  const lists = Array.from(root.querySelectorAll("ul.checklist"))
    .filter((ul) => !ul.parentElement.closest("ul.checklist"));

  const lang = (bar && bar.lang) || document.documentElement.lang || "en";
  const plurals = typeof Intl === "object" && Intl.PluralRules ? new Intl.PluralRules(lang) : null;
  const numbers = typeof Intl === "object" ? new Intl.NumberFormat(lang) : null;

  function fill(pattern, values) {
    return pattern.replace(/\{(\w+)\}/g, (whole, name) =>
      Object.prototype.hasOwnProperty.call(values, name) ? values[name] : whole);
  }

  // The template renders one text per plural category of the interface language (see the
  // partial); the category follows the number of ticked items, as the translations expect.
  function progressText(done, total) {
    const category = plurals ? plurals.select(done) : "other";
    const pattern = bar.getAttribute("data-progress-" + category) || bar.getAttribute("data-progress-other");
    const format = (n) => (numbers ? numbers.format(n) : String(n));
    return fill(pattern, { done: format(done), total: format(total) });
  }

  function countDone(items) {
    return items.filter((b) => b.checked).length;
  }

  function update() {
    // A summary for section pages, which show each page's progress without its items.
    try {
      localStorage.setItem("fieldguide:progress:" + scope, JSON.stringify({ done: countDone(boxes), total: boxes.length }));
    } catch (e) {
      // Storage disabled: section pages then show no progress.
    }
    if (!bar) return;
    // Each list's progress is shown by the stylesheet before the list (ul[data-progress]::before),
    // in room it keeps there, so filling it in moves nothing.
    for (const ul of lists) {
      const items = Array.from(ul.querySelectorAll("input.checklist-box[data-check-id]"));
      ul.setAttribute("data-progress", progressText(countDone(items), items.length));
    }
    const done = countDone(boxes);
    const meter = bar.querySelector(".checklist-meter");
    if (meter) {
      meter.max = boxes.length;
      meter.value = done;
    }
    const summary = bar.querySelector(".checklist-summary");
    const text = progressText(done, boxes.length) + (done === boxes.length ? " · " + bar.getAttribute("data-all-done") : "");
    // Only a real change is written, so screen readers hear the live region once per tick.
    if (summary && summary.textContent !== text) summary.textContent = text;
    const next = bar.querySelector(".checklist-next");
    if (next) next.disabled = done === boxes.length;
  }

  // The first unticked step, brought to the middle of the screen and focused, so the reader can
  // tick it with the space bar or a tap.
  function nextStep() {
    const box = boxes.find((b) => !b.checked);
    if (!box) return;
    const still = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    box.scrollIntoView({ block: "center", behavior: still ? "auto" : "smooth" });
    box.focus({ preventScroll: true });
  }

  // Text on one line, as Markdown: inline code keeps its backticks; heading anchors and nested
  // lists are left out.
  function markdownText(element) {
    const copy = element.cloneNode(true);
    for (const skip of copy.querySelectorAll(".heading-anchor, ul, ol")) skip.remove();
    for (const code of copy.querySelectorAll("code")) {
      const fence = code.textContent.indexOf("`") >= 0 ? "``" : "`";
      code.replaceWith(fence + (fence === "``" ? " " + code.textContent + " " : code.textContent) + fence);
    }
    return copy.textContent.replace(/\s+/g, " ").trim();
  }

  function itemText(li) {
    return markdownText(li.querySelector(":scope > label > span") || li);
  }

  function reportLines(ul, depth, lines) {
    for (const li of ul.children) {
      if (li.tagName !== "LI") continue;
      const box = li.querySelector(":scope > label > input.checklist-box");
      const mark = box ? (box.checked ? "[x] " : "[ ] ") : "";
      lines.push("  ".repeat(depth) + "- " + mark + itemText(li));
      for (const nested of li.querySelectorAll(":scope > ul, :scope > ol")) reportLines(nested, depth + 1, lines);
    }
  }

  function timestamp(d) {
    const pad = (n) => String(n).padStart(2, "0");
    const offset = -d.getTimezoneOffset();
    const sign = offset >= 0 ? "+" : "-";
    return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate()) + " "
      + pad(d.getHours()) + ":" + pad(d.getMinutes()) + " "
      + sign + pad(Math.floor(Math.abs(offset) / 60)) + ":" + pad(Math.abs(offset) % 60);
  }

  // A Markdown report for a ticket or a chat: title, address, review date, export time, progress,
  // then every checklist under its nearest heading, nested as on the page.
  function report() {
    const title = root.querySelector("h1");
    const reviewed = root.querySelector(".last-reviewed");
    const lines = ["# " + (title ? markdownText(title) : document.title), "", canonical ? canonical.href : location.href];
    if (reviewed) lines.push(reviewed.textContent.replace(/\s+/g, " ").trim());
    if (bar.hasAttribute("data-site-version")) lines.push(bar.getAttribute("data-site-version"));
    lines.push(fill(bar.getAttribute("data-exported"), { date: timestamp(new Date()) }));
    lines.push(progressText(countDone(boxes), boxes.length));
    const headings = Array.from(root.querySelectorAll("h2, h3, h4, h5, h6"));
    let lastHeading = null;
    for (const ul of lists) {
      const before = headings.filter((h) => h.compareDocumentPosition(ul) & Node.DOCUMENT_POSITION_FOLLOWING);
      const heading = before.length > 0 ? before[before.length - 1] : null;
      lines.push("");
      if (heading && heading !== lastHeading) lines.push("## " + markdownText(heading), "");
      lastHeading = heading;
      reportLines(ul, 0, lines);
    }
    return lines.join("\n") + "\n";
  }

  async function copy(text, textarea) {
    if (navigator.clipboard && window.isSecureContext) {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch (e) {
        // Refused (no permission, page not focused): try the older way below.
      }
    }
    textarea.focus();
    textarea.select();
    try {
      return document.execCommand("copy");
    } catch (e) {
      return false;
    }
  }

  async function exportReport() {
    const text = report();
    const panel = controls.querySelector(".checklist-report");
    const textarea = panel.querySelector("textarea");
    const message = controls.querySelector(".checklist-message");
    textarea.value = text;
    panel.hidden = false; // always shown, so the reader sees what was copied and can copy by hand
    const copied = await copy(text, textarea);
    message.textContent = bar.getAttribute(copied ? "data-copied" : "data-copy-by-hand");
    if (!copied) {
      textarea.focus();
      textarea.select();
    }
  }

  function reset() {
    if (!window.confirm(bar.getAttribute("data-reset-confirm"))) return;
    save({});
    for (const box of boxes) box.checked = box.defaultChecked;
    update();
  }

  if (bar) bar.querySelector(".checklist-next").addEventListener("click", nextStep);
  if (bar && controls) {
    controls.querySelector(".checklist-reset").addEventListener("click", reset);
    controls.querySelector(".checklist-export").addEventListener("click", exportReport);
  }

  root.addEventListener("change", (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || !box.matches("input.checklist-box[data-check-id]")) return;
    remember(box);
    update();
  });
  // Another tab of the same page, in any language, changed the ticks.
  window.addEventListener("storage", (event) => {
    if (event.key === storageKey || event.key === null) apply();
  });
  // Back/forward cache: the page comes back as it was left, perhaps before ticks made elsewhere
  // (in another language of the page, say).
  window.addEventListener("pageshow", (event) => {
    if (event.persisted) apply();
  });

  migrate();
  apply();
})();
