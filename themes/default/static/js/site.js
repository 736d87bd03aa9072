// Code blocks: a copy button (what it copied is announced to screen readers) and a wrap toggle
// for long lines, added to the bar every block has in the HTML (markdown.CodeBlockRenderer), so
// nothing moves when they appear. Every page works without this script: the code can be selected
// by hand and scrolled (it is focusable for keyboards). Plain ES2017, no dependencies.
(function () {
  "use strict";
  const blocks = Array.from(document.querySelectorAll(".code-block"));
  const strings = document.querySelector("main[data-code-copy]");
  if (blocks.length === 0 || !strings) return;
  const uiLang = document.documentElement.lang;
  const uiDir = document.documentElement.dir;

  // One live region for the page, empty until something is copied; out of the flow, so adding it
  // moves nothing.
  const status = document.createElement("p");
  status.className = "visually-hidden code-status";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  status.lang = uiLang;
  document.body.appendChild(status);

  function announce(text) {
    // Emptied first, so the same message twice in a row is heard twice.
    status.textContent = "";
    window.setTimeout(() => { status.textContent = text; }, 50);
  }

  function button(className, label) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = className;
    b.textContent = label;
    b.lang = uiLang;
    b.dir = uiDir;
    return b;
  }

  // The code as written: the text of the block without the final line break.
  function codeText(block) {
    const code = block.querySelector("pre code") || block.querySelector("pre");
    return code.textContent.replace(/\n$/, "");
  }

  async function copy(block, copyButton) {
    const text = codeText(block);
    let copied = false;
    if (navigator.clipboard && window.isSecureContext) {
      try {
        await navigator.clipboard.writeText(text);
        copied = true;
      } catch (e) {
        // Refused (no permission, page not focused): select it for the reader below.
      }
    }
    if (!copied) {
      const selection = window.getSelection();
      const range = document.createRange();
      range.selectNodeContents(block.querySelector("pre code") || block.querySelector("pre"));
      selection.removeAllRanges();
      selection.addRange(range);
      try {
        copied = document.execCommand("copy");
      } catch (e) {
        copied = false;
      }
    }
    const message = strings.getAttribute(copied ? "data-code-copied" : "data-code-copy-by-hand");
    copyButton.setAttribute("data-state", copied ? "copied" : "failed");
    announce(message);
  }

  for (const block of blocks) {
    const bar = block.querySelector(".code-bar");
    if (!bar) continue;
    const tools = document.createElement("span");
    tools.className = "code-tools";
    const wrap = button("code-wrap", strings.getAttribute("data-code-wrap"));
    wrap.setAttribute("aria-pressed", "false");
    wrap.addEventListener("click", () => {
      const on = !block.classList.contains("code-wrapped");
      block.classList.toggle("code-wrapped", on);
      wrap.setAttribute("aria-pressed", String(on));
    });
    const copyButton = button("code-copy", strings.getAttribute("data-code-copy"));
    copyButton.addEventListener("click", () => copy(block, copyButton));
    tools.append(wrap, copyButton);
    bar.appendChild(tools);
  }
})();
