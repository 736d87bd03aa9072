// The site root (root.ftlh): sends the reader to the best of the browser's languages. The
// languages are the page's <link rel="alternate" hreflang> elements, in the site's order, so this
// file needs no data of its own and the page no inline script (its Content-Security-Policy allows
// none). Loaded without defer, after those links, so the reader never sees the chooser flash by.
(function () {
  "use strict";
  var available = [];
  var links = document.querySelectorAll('link[rel="alternate"][hreflang]');
  for (var k = 0; k < links.length; k++) {
    var code = links[k].getAttribute("hreflang");
    if (code && code !== "x-default") available.push(code);
  }
  if (available.length === 0) return; // readers choose from the list
  var wanted = navigator.languages || [navigator.language || ""];
  for (var i = 0; i < wanted.length; i++) {
    var w = String(wanted[i]).toLowerCase();
    for (var j = 0; j < available.length; j++) {
      var a = available[j].toLowerCase();
      if (w === a || w.split("-")[0] === a.split("-")[0]) { location.replace(available[j] + "/"); return; }
    }
  }
  location.replace(available[0] + "/");
})();
