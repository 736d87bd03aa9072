// Checklists that remember. Every box's state is kept in localStorage per page, so ticks survive
// a reload and a rebuild of the site: item ids are digests of the item's text, not its position,
// so inserting a step keeps the other ticks. Adds progress per checklist and per page, a reset and
// a plain-text report. Without this script a checklist is a plain list of boxes and the controls
// (partials/checklist-controls.ftlh) stay hidden. Plain ES2017, no dependencies.
(function () {
  "use strict";

  const controls = document.querySelector("[data-checklist-page]");
  const root = (controls && controls.closest("article")) || document;
  const boxes = Array.from(root.querySelectorAll("input.checklist-box[data-check-id]"));
  if (boxes.length === 0) return;

  // The page's canonical URL names the page and its language, wherever the site is served from
  // (a phone's saved copy, a test server, the published site).
  const canonical = document.querySelector('link[rel="canonical"]');
  const scope = controls ? controls.getAttribute("data-checklist-page")
    : canonical ? canonical.href : location.pathname;
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
  const listCounters = new Map();

  const lang = (controls && controls.lang) || document.documentElement.lang || "en";
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
    const pattern = controls.getAttribute("data-progress-" + category) || controls.getAttribute("data-progress-other");
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
    if (!controls) return;
    for (const [ul, counter] of listCounters) {
      const items = Array.from(ul.querySelectorAll("input.checklist-box[data-check-id]"));
      counter.textContent = progressText(countDone(items), items.length);
    }
    const done = countDone(boxes);
    const meter = controls.querySelector(".checklist-meter");
    if (meter) {
      meter.max = boxes.length;
      meter.value = done;
    }
    const summary = controls.querySelector(".checklist-summary");
    const text = progressText(done, boxes.length);
    // Only a real change is written, so screen readers hear the live region once per tick.
    if (summary && summary.textContent !== text) summary.textContent = text;
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
    const lines = ["# " + (title ? markdownText(title) : document.title), "", scope];
    if (reviewed) lines.push(reviewed.textContent.replace(/\s+/g, " ").trim());
    if (controls.hasAttribute("data-site-version")) lines.push(controls.getAttribute("data-site-version"));
    lines.push(fill(controls.getAttribute("data-exported"), { date: timestamp(new Date()) }));
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
    message.textContent = controls.getAttribute(copied ? "data-copied" : "data-copy-by-hand");
    if (!copied) {
      textarea.focus();
      textarea.select();
    }
  }

  function reset() {
    if (!window.confirm(controls.getAttribute("data-reset-confirm"))) return;
    save({});
    for (const box of boxes) box.checked = box.defaultChecked;
    update();
  }

  if (controls) {
    for (const ul of lists) {
      const counter = document.createElement("p");
      counter.className = "checklist-list-progress";
      counter.lang = lang;
      counter.dir = controls.dir;
      ul.parentNode.insertBefore(counter, ul);
      listCounters.set(ul, counter);
    }
    controls.querySelector(".checklist-reset").addEventListener("click", reset);
    controls.querySelector(".checklist-export").addEventListener("click", exportReport);
  }

  root.addEventListener("change", (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || !box.matches("input.checklist-box[data-check-id]")) return;
    remember(box);
    update();
  });
  // Another tab of the same page changed the ticks.
  window.addEventListener("storage", (event) => {
    if (event.key === storageKey || event.key === null) apply();
  });
  // Back/forward cache: the page comes back as it was left, perhaps before ticks made elsewhere.
  window.addEventListener("pageshow", (event) => {
    if (event.persisted) apply();
  });

  apply();
  if (controls) controls.hidden = false;
})();
