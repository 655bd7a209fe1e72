// sayso reading room: show an attribution's card on hover, keyboard focus or click of its marks.
// No inline handlers (the pages forbid inline script by CSP); text is never written as HTML here.
(function () {
  "use strict";
  var shown = null, pinned = false;

  function markOf(el) { return el && el.closest ? el.closest("[data-a]") : null; }

  function highlight(id, on) {
    document.querySelectorAll('[data-a="' + CSS.escape(id) + '"]').forEach(function (m) {
      m.classList.toggle("on", on);
    });
  }

  function hide() {
    if (shown) { shown.hidden = true; highlight(shown.id.slice(5), false); }
    shown = null; pinned = false;
  }

  function show(mark) {
    var id = mark.getAttribute("data-a");
    var card = document.getElementById("card-" + id);
    if (!card) return;
    if (shown && shown !== card) hide();
    card.hidden = false;
    shown = card;
    highlight(id, true);
    var r = mark.getBoundingClientRect();
    var width = card.offsetWidth, docWidth = document.documentElement.clientWidth;
    var left = Math.max(8, Math.min(r.left, docWidth - width - 8));
    card.style.left = (window.scrollX + left) + "px";
    card.style.top = (window.scrollY + r.bottom + 6) + "px";
  }

  document.addEventListener("mouseover", function (e) {
    var m = markOf(e.target);
    if (m && !pinned) show(m);
  });
  document.addEventListener("focusin", function (e) {
    var m = markOf(e.target);
    if (m) { pinned = false; show(m); }
  });
  document.addEventListener("click", function (e) {
    var m = markOf(e.target);
    if (m) { show(m); pinned = true; }
    else if (!(e.target.closest && e.target.closest(".card"))) hide();
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") hide();
    if (e.key === "Enter") {  // from a focused mark into its card's links
      var m = markOf(document.activeElement);
      if (m && shown) { var link = shown.querySelector("a"); if (link) { pinned = true; link.focus(); } }
    }
  });
  function fromHash() {
    var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    var m = markOf(target);
    if (m) { show(m); pinned = true; }
  }
  window.addEventListener("hashchange", fromHash);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fromHash);
  else fromHash();
})();
