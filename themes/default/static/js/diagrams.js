// Draws the page's diagrams (```mermaid blocks, written by the build as <pre class="mermaid">
// holding their source) with the Mermaid library, loaded before this script only on pages that
// have one. Without it, or when a diagram cannot be drawn, the source stays as written and, for
// the latter, a line says so.
//
// The page's Content-Security-Policy allows no inline styles, and Mermaid writes its drawing as
// an SVG with a <style> element and style attributes. So each diagram is drawn twice: the first
// drawing gives the stylesheet, which is adopted as a constructed stylesheet (not subject to the
// policy), so that the second, measured with the right fonts and sizes, is laid out as Mermaid
// means it; its style attributes are then set through the style object, which the policy allows.
// Mermaid runs with securityLevel "strict": text in a diagram is text, and a click binding or a
// script in a label does nothing. Plain ES2017.
(function () {
  "use strict";

  const blocks = Array.from(document.querySelectorAll(".diagram > pre.mermaid"));
  if (blocks.length === 0 || !window.mermaid) return;
  const main = document.querySelector("main[data-diagram-failed]");
  const failedText = main ? main.getAttribute("data-diagram-failed") : "This diagram could not be drawn.";
  const dark = window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;

  window.mermaid.initialize({
    startOnLoad: false,
    securityLevel: "strict",
    theme: dark ? "dark" : "default",
    fontFamily: getComputedStyle(document.body).fontFamily,
  });

  // Mermaid writes its drawing as HTML (an SVG with HTML labels, not always well-formed XML): read
  // by a DOMParser, whose document is inert (no script runs, nothing loads), then moved here.
  function parse(svgText) {
    return new DOMParser().parseFromString(svgText, "text/html").querySelector("body > svg");
  }

  function adopt(svgText) {
    const svg = parse(svgText);
    if (!svg) return;
    const sheets = Array.from(svg.querySelectorAll("style")).map(function (style) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(style.textContent);
      return sheet;
    });
    document.adoptedStyleSheets = document.adoptedStyleSheets.concat(sheets);
  }

  function place(pre, svgText) {
    const svg = parse(svgText);
    if (!svg) throw new Error("Mermaid gave no drawing");
    svg.querySelectorAll("style").forEach(function (style) { style.remove(); });
    const drawn = document.importNode(svg, true);
    const styled = drawn.hasAttribute("style") ? [drawn] : [];
    drawn.querySelectorAll("[style]").forEach(function (el) { styled.push(el); });
    styled.forEach(function (el) { el.style.cssText = el.getAttribute("style"); });
    // Mermaid lets a drawing shrink to any width: on a phone a wide flowchart's text would be a
    // few pixels high. It shrinks to three quarters of its size at most; what is wider scrolls
    // sideways inside its box (focusable then, so a keyboard can scroll it too).
    const natural = drawn.viewBox && drawn.viewBox.baseVal ? drawn.viewBox.baseVal.width : 0;
    if (natural > 0) drawn.style.minWidth = Math.round(natural * 0.75) + "px";
    const box = pre.parentElement;
    pre.replaceWith(drawn);
    if (box.scrollWidth > box.clientWidth) box.tabIndex = 0;
  }

  function failed(pre, id, error) {
    // Mermaid may leave its own error drawing, or its scratch element, in the page.
    ["d" + id, id].forEach(function (leftover) {
      const el = document.getElementById(leftover);
      if (el && !el.closest(".diagram")) el.remove();
    });
    const note = document.createElement("p");
    note.className = "diagram-failed";
    note.textContent = failedText;
    const detail = String((error && error.message) || error || "").split("\n")[0];
    if (detail) {
      const code = document.createElement("code");
      code.textContent = detail;
      note.append(" ", code);
    }
    pre.before(note);
  }

  // One after another: Mermaid draws in a scratch element of the page and keeps global state.
  blocks.reduce(function (previous, pre, i) {
    const id = "fieldguide-diagram-" + (i + 1);
    const source = pre.textContent;
    return previous.then(function () {
      return window.mermaid.render(id, source)
        .then(function (first) {
          adopt(first.svg);
          return window.mermaid.render(id, source);
        })
        .then(function (drawn) {
          place(pre, drawn.svg);
        })
        .catch(function (error) {
          failed(pre, id, error);
        });
    });
  }, Promise.resolve()).then(function () {
    document.documentElement.setAttribute("data-diagrams-drawn", String(blocks.length));
  });
})();
