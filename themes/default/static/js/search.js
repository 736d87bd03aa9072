// Site search in the reader's language: a combobox (partials/search.ftlh) over the static index
// that `fieldguide build` writes to search/<lang>/ (org.fieldguide.search.SearchIndexWriter).
//
// Works over HTTP and from file:// alike: every index file is a script that calls
// fieldguideSearchData(key, version, data), loaded with <script src>, because browsers refuse
// fetch() from file://. Nothing is loaded until the reader focuses the box or types; then the
// language's index.js (settings and shard tables) and its Snowball stemmer, and for each query
// only the term shards of its words (which also hold what the results their terms rank first
// show: a query has its results with its shards) and the page chunks of the results shown, for
// their snippets.
//
// Words are analysed exactly as the build analyses them (org.fieldguide.search.Words, Folding
// and TermAnalyzer): change both sides together; StemmerEquivalenceIT compares them.
// Plain ES2017, no dependencies besides the vendored stemmer.
(function () {
  "use strict";

  // ---- Index files -------------------------------------------------------------------------

  const arrived = new Map(); // key → { version, data }, filled as each script runs
  const loading = new Map(); // url → Promise

  window.fieldguideSearchData = function (key, version, data) {
    arrived.set(key, { version: version, data: data });
  };

  function loadScript(url) {
    if (!loading.has(url)) {
      loading.set(url, new Promise((resolve, reject) => {
        const script = document.createElement("script");
        script.src = url;
        script.async = true;
        script.onload = () => resolve();
        script.onerror = () => {
          loading.delete(url); // allow a later retry
          reject(new Error("cannot load " + url));
        };
        document.head.appendChild(script);
      }));
    }
    return loading.get(url);
  }

  // A script runs before its load event fires, so its data has arrived by then.
  function loadData(key, url, version) {
    return loadScript(url).then(() => {
      const entry = arrived.get(key);
      if (!entry) throw new Error(url + " holds no " + key);
      if (version && entry.version !== version) {
        // The index file came from a cache and the site has been published again since.
        const error = new Error(url + " is from another build of the site than the index");
        error.stale = true;
        throw error;
      }
      return entry;
    });
  }

  // ---- Analysis (same rules as org.fieldguide.search) ---------------------------------------

  const WORD = /[\p{L}\p{N}\p{M}_]+/gu;
  const MAX_WORD = 64;
  const ASCII = /^[\x00-\x7f]*$/;
  const MARKS = /\p{Mn}/gu;
  const SPECIAL = /[ßæœøđðłıþ\u0640\u0649\u0629\u0660-\u0669\u06f0-\u06f9]/g;
  const REPLACE = { "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "ł": "l", "ı": "i", "þ": "th",
    "\u0640": "", "\u0649": "\u064a", "\u0629": "\u0647" };

  /** Lower-cased words of a text: runs of letters, digits, marks and underscores. */
  function words(text) {
    const out = [];
    for (const m of String(text).matchAll(WORD)) if (m[0].length <= MAX_WORD) out.push(m[0].toLowerCase());
    return out;
  }

  /** Folding.fold: no accents or Arabic short vowels, common letter variants made one. */
  function fold(word) {
    if (ASCII.test(word)) return word;
    return word.normalize("NFD").replace(MARKS, "").replace(SPECIAL, (c) => {
      if (c in REPLACE) return REPLACE[c];
      const code = c.charCodeAt(0);
      return String(code >= 0x6f0 ? code - 0x6f0 : code - 0x660);
    }).normalize("NFC");
  }

  /** TermAnalyzer.terms: the index terms of a lower-cased word; none for a stop word. */
  function analyzer(stem, stopWords) {
    const stops = new Set(stopWords);
    const cache = new Map();
    return function terms(word) {
      let t = cache.get(word);
      if (t) return t;
      const folded = fold(word);
      if (!folded || stops.has(folded)) {
        t = [];
      } else if (!stem) {
        t = [folded];
      } else {
        const asWritten = fold(stem(word.replace(/ë/g, "e").replace(/ï/g, "i"))); // TermAnalyzer.withoutDiaeresis
        const asTyped = folded === word ? asWritten : fold(stem(folded));
        if (!asWritten) t = asTyped ? [asTyped] : [];
        else if (!asTyped || asTyped === asWritten) t = [asWritten];
        else t = [asWritten, asTyped];
      }
      cache.set(word, t);
      return t;
    };
  }

  // ---- The index of one language ------------------------------------------------------------

  const DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
  const DIGIT = new Int8Array(128).fill(-1);
  for (let i = 0; i < DIGITS.length; i++) DIGIT[DIGITS.charCodeAt(i)] = i;

  /** CompactNumbers: 5 bits per character; characters of value 32 and more continue a number. */
  function decode(s) {
    const out = [];
    let v = 0;
    for (let i = 0; i < s.length; i++) {
      const d = DIGIT[s.charCodeAt(i)];
      if (d >= 32) v = v * 32 + (d - 32);
      else { out.push(v * 32 + d); v = 0; }
    }
    return out;
  }

  const MIN_PREFIX = 3; // letters a word being typed needs before it also matches longer words
  const MAX_EXPANSIONS = 100; // terms a partly typed word may stand for
  const PREFIX_WEIGHT = 0.7; // a completion ranks below the word typed in full
  const RESULTS = 10;

  // Pages do not name the index version (a one-page edit would change every page), so index.js is
  // asked for by a plain address and each file it names carries its version; when a cached
  // index.js turns out to be older than those files, it is asked for again past any cache.
  function Index(root, language, staticRoot, fresh) {
    this.root = root;
    this.language = language;
    this.dir = root + "search/" + language + "/";
    this.shards = new Map();
    this.chunks = new Map();
    this.heads = new Map(); // page number → what its result shows first, from the shards loaded
    this.postings = new Map();
    this.ready = loadData(language + "/index", this.dir + "index.js" + (fresh ? "?fresh=" + Date.now() : "")).then((entry) => {
      this.version = entry.version;
      this.meta = entry.data;
      this.chunkStarts = [0];
      for (const n of decode(this.meta.pageChunks)) this.chunkStarts.push(this.chunkStarts[this.chunkStarts.length - 1] + n);
      // Page chunks come in groups, named by a digest of what they hold (a one-page edit renames
      // one group): [version, chunks] each.
      this.groupStarts = [0];
      for (const g of this.meta.chunkGroups) this.groupStarts.push(this.groupStarts[this.groupStarts.length - 1] + g[1]);
      const algorithm = this.meta.stemmer;
      if (!algorithm) return null;
      return loadScript(staticRoot + "vendor/snowball/" + algorithm + ".js").then(() => self.fieldguideStemmers[algorithm]());
    }).then((stem) => {
      this.terms = analyzer(stem, this.meta.stopWords);
      return this;
    });
  }

  // Online, the site's service worker leaves addresses with ?v= to the network (sw.js routes them
  // past itself: answering each costs it tens of milliseconds). When that load fails (offline),
  // the plain address is asked for: the worker answers it from the guide saved for offline use.
  // A file carries the index's version, or (a page chunk) its group's, given as `version`.
  Index.prototype.file = function (name, version) {
    const key = this.language + "/" + name, url = this.dir + name + ".js", v = version || this.version;
    return loadData(key, url + "?v=" + v, v).catch((error) => {
      if (error.stale || !("serviceWorker" in navigator) || !navigator.serviceWorker.controller) throw error;
      return loadData(key, url, v);
    });
  };

  /** The shard holding `term`: the last whose first term is not after it. */
  Index.prototype.shardOf = function (term) {
    const first = this.meta.termShards;
    let lo = 0, hi = first.length - 1, found = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (first[mid] <= term) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  };

  // A shard is named by its version, a digest of its bytes: a one-page edit renames only the
  // shards of the words it changed.
  Index.prototype.shard = function (i) {
    if (!this.shards.has(i)) {
      const version = this.meta.shardVersions[i];
      this.shards.set(i, this.file("t" + version, version).then((entry) => {
        const flat = entry.data.terms, terms = [], postings = [];
        for (let j = 0; j < flat.length; j += 2) { terms.push(flat[j]); postings.push(flat[j + 1]); }
        for (const p of entry.data.pages) this.heads.set(p[0], { url: p[1], title: p[2], section: p[3], type: p[4], fallback: p[5] });
        return { terms: terms, postings: postings };
      }, (error) => {
        // Gone when index.js came from a cache and the site was published again since (as a
        // page chunk): index.js is asked for again past any cache.
        this.shards.delete(i);
        error.stale = true;
        throw error;
      }));
    }
    return this.shards.get(i);
  };

  /** Terms from `from` (inclusive) up to `to` (exclusive) with their encoded postings. */
  Index.prototype.range = function (from, to, limit) {
    if (this.meta.termShards.length === 0) return Promise.resolve([]);
    const first = this.shardOf(from), last = this.shardOf(to);
    const wanted = [];
    for (let i = first; i <= last; i++) wanted.push(this.shard(i));
    return Promise.all(wanted).then((shards) => {
      const out = [];
      for (const s of shards) {
        let lo = 0, hi = s.terms.length;
        while (lo < hi) { const mid = (lo + hi) >> 1; if (s.terms[mid] < from) lo = mid + 1; else hi = mid; }
        for (let j = lo; j < s.terms.length && s.terms[j] < to && out.length < limit; j++) out.push([s.terms[j], s.postings[j]]);
      }
      return out;
    });
  };

  /**
   * A term's posting list (CompactNumbers: page gap, score, page gap, score…), decoded in one
   * pass straight into typed arrays: a common word's list has thousands of pages, and on a page
   * just opened this code runs before the JavaScript engine has optimised anything.
   */
  Index.prototype.decoded = function (term, encoded) {
    let p = this.postings.get(term);
    if (!p) {
      const most = (encoded.length >> 1) + 1; // every number takes at least one character
      const pages = new Int32Array(most), scores = new Uint16Array(most);
      let v = 0, page = -1, j = 0, isGap = true;
      for (let i = 0; i < encoded.length; i++) {
        const d = DIGIT[encoded.charCodeAt(i)];
        if (d >= 32) { v = v * 32 + (d - 32); continue; }
        v = v * 32 + d;
        if (isGap) { page += v + 1; pages[j] = page; } else scores[j++] = v;
        isGap = !isGap;
        v = 0;
      }
      const n = this.meta.documents, df = j;
      p = { pages: pages.subarray(0, j), scores: scores.subarray(0, j), idf: Math.log(1 + (n - df + 0.5) / (df + 0.5)) };
      this.postings.set(term, p);
    }
    return p;
  };

  /** What the result of page `number` shows, with its text for the snippet (from its page chunk). */
  Index.prototype.page = function (number) {
    const starts = this.chunkStarts;
    let lo = 0, hi = starts.length - 2;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid] <= number) lo = mid; else hi = mid - 1; }
    if (!this.chunks.has(lo)) {
      const groups = this.groupStarts;
      let g = 0, h = groups.length - 2;
      while (g < h) { const mid = (g + h + 1) >> 1; if (groups[mid] <= lo) g = mid; else h = mid - 1; }
      const version = this.meta.chunkGroups[g][0];
      this.chunks.set(lo, this.file("d" + version + "-" + (lo - groups[g]), version).then((entry) => entry.data, (error) => {
        // A chunk the index names is gone when that index.js came from a cache and the site has
        // been published again since: as with a file of another version, index.js is asked for
        // again past any cache.
        this.chunks.delete(lo);
        error.stale = true;
        throw error;
      }));
    }
    return this.chunks.get(lo).then((chunk) => {
      const p = chunk[number - starts[lo]];
      return { url: p[0], title: p[1], section: p[2], type: p[3], summary: p[4], text: p[5], fallback: p[6] };
    });
  };

  /**
   * Pages matching every word of the query (the last word, while it is being typed, also as the
   * start of longer words), best first. When no page has them all, pages with most of them.
   */
  Index.prototype.search = function (query, current) {
    const all = words(query);
    const typing = all.length > 0 && /[\p{L}\p{N}\p{M}_]$/u.test(query);
    const wanted = [];
    all.forEach((word, i) => {
      const exact = this.terms(word);
      // Two letters start too many words to be worth loading on a phone.
      const prefix = typing && i === all.length - 1 && fold(word).length >= MIN_PREFIX ? fold(word) : null;
      if (exact.length || prefix) wanted.push({ exact: exact, prefix: prefix });
    });
    if (wanted.length === 0) return Promise.resolve({ pages: [], matches: null });

    const lookups = wanted.map((w) => Promise.all(
      w.exact.map((t) => this.range(t, t + "\u0000", 1)).concat(w.prefix ? [this.range(w.prefix, w.prefix + "\uffff", MAX_EXPANSIONS)] : [])
    ).then((lists) => {
      const found = new Map(); // term → weight
      const encoded = new Map(); // term → its posting list, decoded only if the query is still wanted
      lists.forEach((list, k) => {
        const isPrefix = k >= w.exact.length;
        for (const [term, postings] of list) {
          if (!found.has(term) || !isPrefix) found.set(term, isPrefix && !w.exact.includes(term) ? PREFIX_WEIGHT : 1);
          encoded.set(term, postings);
        }
      });
      return { terms: Array.from(found.keys()), weights: Array.from(found.values()), encoded: encoded, exact: w.exact, prefix: w.prefix };
    }));

    return Promise.all(lookups).then((perWord) => {
      // A reader typing on has made this query stale: the shards it waited for serve the next one,
      // and its scores (tens of milliseconds on a page just opened) would only hold that one up.
      if (current && !current()) return null;
      for (const w of perWord) for (const [term, postings] of w.encoded) this.decoded(term, postings);
      // Typed arrays over all pages: a common word of a large site is on thousands of them.
      const n = this.meta.documents;
      const total = new Float64Array(n), count = new Uint8Array(n), best = new Float64Array(n);
      for (const w of perWord) {
        best.fill(0);
        w.terms.forEach((term, k) => {
          const p = this.postings.get(term), factor = p.idf * w.weights[k];
          for (let j = 0; j < p.pages.length; j++) {
            const s = p.scores[j] * factor;
            if (s > best[p.pages[j]]) best[p.pages[j]] = s;
          }
        });
        for (let page = 0; page < n; page++) if (best[page] > 0) { total[page] += best[page]; count[page]++; }
      }
      let most = 0;
      for (let page = 0; page < n; page++) if (count[page] > most) most = count[page];
      // The best RESULTS pages among those with the most query words, by score, then page order.
      const top = [];
      let matching = 0;
      for (let page = 0; page < n; page++) {
        if (most === 0 || count[page] !== most) continue;
        matching++;
        const s = total[page];
        if (top.length === RESULTS && s <= top[RESULTS - 1][1]) continue;
        let at = top.length;
        while (at > 0 && top[at - 1][1] < s) at--;
        top.splice(at, 0, [page, s]);
        if (top.length > RESULTS) top.pop();
      }
      // A reader typing on has made this query stale: do not load its results.
      if (current && !current()) return null;
      // The shards hold the title, section and type of the pages each of their terms ranks
      // first, so a query of one word has its results now; the snippets need the page chunks.
      // Otherwise (several words ranking other pages first) the results wait for the chunks.
      const full = Promise.all(top.map(([page]) => this.page(page)));
      const matches = this.matcher(perWord);
      if (top.every(([page]) => this.heads.has(page))) {
        return { pages: top.map(([page]) => this.heads.get(page)), total: matching, matches: matches, snippets: full };
      }
      return full.then((pages) => ({ pages: pages, total: matching, matches: matches, snippets: Promise.resolve(pages) }));
    });
  };

  /** Tells whether a word of a result's text is one the query found, for highlighting. */
  Index.prototype.matcher = function (perWord) {
    const terms = new Set(), starts = new Set(), prefixes = [];
    for (const w of perWord) {
      for (const t of w.terms) terms.add(t);
      for (const t of w.exact) starts.add(t.slice(0, 3));
      if (w.prefix) prefixes.push(w.prefix);
    }
    const startList = Array.from(starts);
    return (word) => {
      const folded = fold(word);
      if (prefixes.some((p) => folded.startsWith(p))) return true;
      // Stemming is slow in the browser: only words that could share a stem with a match are stemmed.
      if (!startList.some((s) => folded.includes(s))) return false;
      return this.terms(word).some((t) => terms.has(t));
    };
  };

  // ---- Snippets ------------------------------------------------------------------------------

  const SNIPPET = 180; // characters shown around the best cluster of matches
  const SCAN = 3000; // words examined per text

  /** [start, end) of each matching word in `text`, in order. */
  function matchSpans(text, matches) {
    const spans = [];
    let n = 0;
    for (const m of text.matchAll(WORD)) {
      if (++n > SCAN) break;
      if (m[0].length <= MAX_WORD && matches(m[0].toLowerCase())) spans.push([m.index, m.index + m[0].length]);
    }
    return spans;
  }

  /** Text as shown in one line: the blocks of a page (paragraphs, list items) are kept apart. */
  function plain(text) {
    return text.replace(/\n/g, " · ");
  }

  /** Appends `text` to `parent` with the matching words in <mark>. */
  function appendMarked(parent, text, spans, from, to) {
    let at = from;
    for (const [s, e] of spans) {
      if (s < from || e > to) continue;
      parent.appendChild(document.createTextNode(plain(text.slice(at, s))));
      const mark = document.createElement("mark");
      mark.textContent = text.slice(s, e);
      parent.appendChild(mark);
      at = e;
    }
    parent.appendChild(document.createTextNode(plain(text.slice(at, to))));
  }

  const SPACE = /\s/g;

  /** The index of the first white space at or after `from`, or -1. */
  function spaceAfter(text, from) {
    SPACE.lastIndex = from;
    const m = SPACE.exec(text);
    return m ? m.index : -1;
  }

  /** The index of the last white space before `to` and after `from`, or -1. */
  function spaceBefore(text, from, to) {
    for (let i = to; i > from; i--) if (/\s/.test(text[i])) return i;
    return -1;
  }

  /** The part of the text with the most matches, as a window of about SNIPPET characters. */
  function appendSnippet(parent, text, matches) {
    const spans = matchSpans(text, matches);
    let from = 0;
    if (spans.length) {
      let best = 0, bestCount = 0;
      for (let i = 0; i < spans.length; i++) {
        let c = 0;
        for (let j = i; j < spans.length && spans[j][1] - spans[i][0] <= SNIPPET; j++) c++;
        if (c > bestCount) { best = i; bestCount = c; }
      }
      const anchor = spans[best][0];
      from = Math.max(0, anchor - 40);
      // Start at a word, not in the middle of one.
      const space = from > 0 ? spaceAfter(text, from) : -1;
      if (space >= 0 && space < anchor) from = space + 1;
    }
    let to = Math.min(text.length, from + SNIPPET);
    if (to < text.length) {
      const space = spaceBefore(text, from, to);
      if (space > from) to = space;
    }
    if (from > 0) parent.appendChild(document.createTextNode("… "));
    appendMarked(parent, text, spans, from, to);
    if (to < text.length) parent.appendChild(document.createTextNode(" …"));
  }

  // ---- The combobox --------------------------------------------------------------------------

  function fill(pattern, values) {
    return String(pattern || "").replace(/\{(\w+)\}/g, (whole, name) =>
      Object.prototype.hasOwnProperty.call(values, name) ? values[name] : whole);
  }

  const indexes = new Map(); // one per language and root, shared by the boxes of a page
  const stale = new Set(); // keys whose cached index.js was older than its files

  function Box(form) {
    this.form = form;
    this.input = form.querySelector("input");
    this.panel = form.querySelector(".site-search-panel");
    this.list = form.querySelector("[role=listbox]");
    this.message = form.querySelector(".site-search-message");
    this.status = form.querySelector("[role=status]");
    this.options = [];
    this.active = -1;
    this.asked = 0; // queries answered out of order are dropped
    this.shown = "";

    this.input.addEventListener("focus", () => this.index().catch(() => {})); // reported when a query needs it
    this.input.addEventListener("input", () => this.query());
    this.input.addEventListener("keydown", (e) => this.key(e));
    form.addEventListener("focusout", (e) => {
      if (!form.contains(e.relatedTarget)) this.close();
    });
    this.input.addEventListener("click", () => {
      if (this.options.length || this.message.textContent) this.open();
    });
    // A reader may type before this script ran.
    if (this.input.value) this.query();
  }

  Box.prototype.index = function () {
    const d = this.form.dataset;
    const key = d.language + " " + d.root;
    if (!indexes.has(key)) indexes.set(key, new Index(d.root, d.language, d.static, stale.has(key)));
    return indexes.get(key).ready.then((index) => {
      d.ready = "true"; // settings and stemmer loaded (benchmarks wait on this)
      return index;
    }, (error) => {
      indexes.delete(key); // a later query tries again (a phone back in coverage)
      throw error;
    });
  };

  // A word of one or two letters being typed is nearly always the start of a longer one: it is
  // looked up only when the reader pauses, so the index files of "d" and "di" are not fetched
  // (and do not hold up those of "disk") while a reader types on.
  const SHORT_WORD_PAUSE = 150; // ms
  const TYPING_SHORT = /(?:^|[^\p{L}\p{N}\p{M}_])[\p{L}\p{N}\p{M}_]{1,2}$/u;

  Box.prototype.query = function (paused) {
    const text = this.input.value;
    const asked = ++this.asked;
    clearTimeout(this.pause);
    if (!paused && TYPING_SHORT.test(text)) {
      this.pause = setTimeout(() => { if (asked === this.asked) this.query(true); }, SHORT_WORD_PAUSE);
      return;
    }
    if (!text.trim()) {
      this.show([], "", "");
      this.close();
      return;
    }
    const slow = setTimeout(() => { if (asked === this.asked) this.show([], this.form.dataset.loading, ""); }, 300);
    this.index().then((index) => index.search(text, () => asked === this.asked)).then((found) => {
      clearTimeout(slow);
      if (asked !== this.asked || !found) {
        if (found && found.snippets) found.snippets.catch(() => {}); // nobody waits for them now
        return;
      }
      if (found.pages.length === 0) {
        const none = fill(this.form.dataset.none, { query: text.trim() });
        this.show([], none, none);
      } else {
        this.show(found.pages, "", fill(this.form.dataset.count, { count: found.total }), found.matches);
      }
      this.form.dataset.searched = text; // the results are shown: tests and benchmarks wait on this
      if (!found.snippets) {
        this.form.dataset.snippets = text;
        return;
      }
      found.snippets.then((pages) => {
        if (asked !== this.asked) return;
        this.snippets(pages, found.matches);
        this.form.dataset.snippets = text; // and their snippets
      }, (error) => {
        if (asked === this.asked && this.retryStale(error)) return;
        // The results stay, without snippets; the reader can still go to them.
        if (window.console) console.error("fieldguide search:", error);
      });
    }, (error) => {
      clearTimeout(slow);
      if (asked !== this.asked || this.retryStale(error)) return;
      if (window.console) console.error("fieldguide search:", error);
      this.show([], this.form.dataset.unavailable, this.form.dataset.unavailable);
    });
  };

  /**
   * When `error` says the site was published again since this page loaded index.js, asks the
   * query again with index.js asked for past any cache (once per index); whether it did.
   */
  Box.prototype.retryStale = function (error) {
    const key = this.form.dataset.language + " " + this.form.dataset.root;
    if (!error || !error.stale || stale.has(key)) return false;
    stale.add(key);
    indexes.delete(key);
    this.query();
    return true;
  };

  Box.prototype.href = function (page) {
    // Folder addresses are served as index.html by web servers, not by file://.
    return this.form.dataset.root + page.url + (location.protocol === "file:" && /\/$/.test(page.url) ? "index.html" : "");
  };

  Box.prototype.show = function (pages, message, status, matches) {
    const id = this.list.id;
    const d = this.form.dataset;
    this.list.textContent = "";
    this.options = pages.map((page, i) => {
      const option = document.createElement("li");
      option.id = id + "-" + i;
      option.className = "site-search-result";
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      const link = document.createElement("a");
      link.href = this.href(page);
      link.tabIndex = -1;
      const title = document.createElement("span");
      title.className = "site-search-title";
      appendMarked(title, page.title, matchSpans(page.title, matches), 0, page.title.length);
      link.appendChild(title);
      const about = document.createElement("span");
      about.className = "site-search-about";
      const parts = [page.section, this.indexType(page.type)].filter(Boolean);
      about.appendChild(document.createTextNode(parts.join(" · ")));
      if (page.fallback) {
        const note = document.createElement("span");
        note.className = "site-search-fallback";
        note.textContent = fill(d.fallback, { language: this.languageName(page.fallback) });
        about.appendChild(document.createTextNode(" "));
        about.appendChild(note);
        // The text is in another language: say so to screen readers and translation tools.
        title.lang = page.fallback;
        title.dir = "auto";
      }
      link.appendChild(about);
      option.appendChild(link);
      option.addEventListener("mousemove", () => this.select(i, false));
      this.list.appendChild(option);
      return option;
    });
    this.list.hidden = pages.length === 0;
    this.message.textContent = message;
    this.message.hidden = !message;
    this.status.textContent = status;
    this.active = -1;
    this.input.removeAttribute("aria-activedescendant");
    if (pages.length || message) this.open();
    else this.close();
  };

  /** Adds to the results shown the snippets of their pages (in the same order), matches marked. */
  Box.prototype.snippets = function (pages, matches) {
    pages.forEach((page, i) => {
      const text = page.text || page.summary;
      const link = this.options[i] && this.options[i].querySelector("a");
      if (!text || !link) return;
      const snippet = document.createElement("span");
      snippet.className = "site-search-snippet";
      if (page.fallback) { snippet.lang = page.fallback; snippet.dir = "auto"; }
      appendSnippet(snippet, text, matches);
      link.appendChild(snippet);
    });
  };

  Box.prototype.indexType = function (type) {
    const index = indexes.get(this.form.dataset.language + " " + this.form.dataset.root);
    return (index && index.meta && index.meta.types[type]) || type;
  };

  Box.prototype.languageName = function (code) {
    const index = indexes.get(this.form.dataset.language + " " + this.form.dataset.root);
    return (index && index.meta && index.meta.languages[code]) || code;
  };

  Box.prototype.open = function () {
    this.panel.hidden = false;
    this.input.setAttribute("aria-expanded", this.options.length ? "true" : "false");
  };

  Box.prototype.close = function () {
    this.panel.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
    this.select(-1, false);
  };

  Box.prototype.select = function (i, scroll) {
    if (this.active >= 0 && this.options[this.active]) this.options[this.active].setAttribute("aria-selected", "false");
    this.active = i;
    if (i >= 0 && this.options[i]) {
      this.options[i].setAttribute("aria-selected", "true");
      this.input.setAttribute("aria-activedescendant", this.options[i].id);
      if (scroll) this.options[i].scrollIntoView({ block: "nearest" });
    } else {
      this.input.removeAttribute("aria-activedescendant");
    }
  };

  Box.prototype.go = function (i) {
    const option = this.options[i];
    if (option) location.href = option.querySelector("a").href;
  };

  Box.prototype.key = function (e) {
    const n = this.options.length;
    switch (e.key) {
      case "ArrowDown":
        if (n === 0) return;
        e.preventDefault();
        this.open();
        this.select(this.active + 1 < n ? this.active + 1 : 0, true);
        break;
      case "ArrowUp":
        if (n === 0) return;
        e.preventDefault();
        this.open();
        this.select(this.active - 1 >= -1 ? this.active - 1 : n - 1, true);
        break;
      case "Enter":
        // The box is not a form (the page's policy allows no form), so Enter is handled here.
        if (e.isComposing) return;
        e.preventDefault();
        this.go(this.active >= 0 ? this.active : 0);
        break;
      case "Escape":
        if (!this.panel.hidden) {
          e.preventDefault();
          this.close();
        } else if (this.input.value) {
          e.preventDefault();
          this.input.value = "";
          this.query();
        }
        break;
      default:
    }
  };

  // For StemmerEquivalenceIT: the terms this page's analysis gives for each word.
  window.fieldguideSearch = {
    analyze: function (root, language, staticRoot, list) {
      const index = new Index(root, language, staticRoot, "test");
      return index.ready.then((ready) => list.map((text) => {
        const w = words(text);
        return { words: w, terms: w.map((x) => ready.terms(x)) };
      }));
    },
  };

  for (const form of document.querySelectorAll("[data-search]")) new Box(form);
})();
