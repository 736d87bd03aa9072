// Small enhancements; every page works without this script.
(function () {
  "use strict";
  // On phones the contents list starts folded so the page text comes first.
  var nav = document.querySelector(".site-nav details");
  if (nav && window.matchMedia && window.matchMedia("(max-width: 55.99rem)").matches) {
    nav.removeAttribute("open");
  }
})();
