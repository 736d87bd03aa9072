/*
 * fieldguide serve: live reload. The development server adds this script to the pages it sends
 * (never to a built site). It listens to the server's events and
 *  - reloads the page after a rebuild, keeping the scroll position;
 *  - swaps the stylesheets in place when only stylesheets changed, without a reload;
 *  - shows the errors of a failed rebuild over the page, which stays the last good build, and
 *    removes them once a rebuild succeeds.
 * Only visible pages keep a connection open: browsers allow few connections per server, and a
 * page that becomes visible again catches up at once.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var eventsUrl = script.getAttribute('data-events');
  var server = script.getAttribute('data-server');
  var generation = Number(script.getAttribute('data-generation'));
  var scrollKey = 'fieldguide-serve-scroll:' + location.pathname + location.search;
  var source = null;
  var overlay = null;
  var hidden = null; // the errors the writer hid; shown again when they change

  restoreScroll();

  function restoreScroll() {
    var saved = sessionStorage.getItem(scrollKey);
    if (saved === null) return;
    sessionStorage.removeItem(scrollKey);
    var xy = saved.split(',').map(Number);
    var apply = function () { window.scrollTo(xy[0], xy[1]); };
    apply();
    // Images above may change the layout until the page has loaded.
    window.addEventListener('load', apply, { once: true });
  }

  function reload() {
    sessionStorage.setItem(scrollKey, window.scrollX + ',' + window.scrollY);
    disconnect();
    location.reload();
  }

  function swapStylesheets(stamp) {
    var links = document.querySelectorAll('link[rel~="stylesheet"]');
    Array.prototype.forEach.call(links, function (link) {
      var url = new URL(link.href, location.href);
      if (url.origin !== location.origin || url.pathname.indexOf('/__fieldguide/') >= 0) return;
      url.searchParams.set('fieldguide-serve', String(stamp));
      var fresh = link.cloneNode(false);
      fresh.href = url.href;
      // The sheet's content changed, so a Subresource Integrity hash of the old one would refuse it.
      fresh.removeAttribute('integrity');
      // The old sheet stays until the new one has loaded, so the page never shows unstyled. If the
      // new one cannot load (its name changed with its content, for example), a reload fetches
      // the page that names it.
      fresh.addEventListener('load', function () { link.remove(); }, { once: true });
      fresh.addEventListener('error', function () { fresh.remove(); reload(); }, { once: true });
      link.after(fresh);
    });
  }

  function onState(state) {
    if (state.server !== server) { reload(); return; }
    if (state.generation > generation) {
      if (state.reloadFrom > generation) { reload(); return; }
      swapStylesheets(state.generation);
      generation = state.generation;
    }
    showErrors(state.errors);
  }

  function showErrors(errors) {
    var text = errors.join('\n');
    if (errors.length === 0) hidden = null;
    if (errors.length === 0 || text === hidden) {
      if (overlay) { overlay.remove(); overlay = null; }
      return;
    }
    if (!overlay) overlay = createOverlay();
    overlay.querySelector('.fieldguide-serve-title').textContent =
        'fieldguide serve: ' + errors.length + (errors.length === 1 ? ' error' : ' errors') +
        '. The page below is the last version that built.';
    overlay.querySelector('.fieldguide-serve-errors').textContent = text;
  }

  function createOverlay() {
    var box = document.createElement('div');
    box.className = 'fieldguide-serve-overlay';
    box.setAttribute('role', 'alert');
    box.setAttribute('lang', 'en');
    box.setAttribute('dir', 'ltr');
    var title = document.createElement('p');
    title.className = 'fieldguide-serve-title';
    var list = document.createElement('pre');
    list.className = 'fieldguide-serve-errors';
    var hint = document.createElement('p');
    hint.className = 'fieldguide-serve-hint';
    hint.textContent = 'Fix the file and save: this page updates by itself. The same lines are in the terminal.';
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'fieldguide-serve-close';
    close.textContent = 'Hide';
    close.addEventListener('click', function () {
      hidden = list.textContent;
      box.remove();
      overlay = null;
    });
    box.append(title, list, hint, close);
    document.body.appendChild(box);
    return box;
  }

  function connect() {
    if (source || document.visibilityState === 'hidden') return;
    source = new EventSource(eventsUrl);
    source.addEventListener('state', function (e) { onState(JSON.parse(e.data)); });
  }

  function disconnect() {
    if (source) { source.close(); source = null; }
  }

  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') disconnect(); else connect();
  });
  window.addEventListener('pagehide', disconnect);
  window.addEventListener('pageshow', connect);
  connect();
})();
