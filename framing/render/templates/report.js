/* framing report: layer toggles and statement tooltips. No network, no innerHTML:
   tooltip text is set with textContent, so article text can never become markup. */
(function () {
  "use strict";
  var article = document.getElementById("article-text");
  var tip = document.getElementById("tip");
  var dataNode = document.getElementById("statement-data");
  var facts = {};
  try { facts = JSON.parse(dataNode ? dataNode.textContent : "{}"); } catch (e) { facts = {}; }

  var legend = document.querySelector(".legend");
  function legendHeight() {  // for the statements' scroll margin (style.css)
    if (legend) {
      document.documentElement.style.setProperty("--legend-h", legend.offsetHeight + "px");
    }
  }
  legendHeight();
  window.addEventListener("resize", legendHeight);

  Array.prototype.forEach.call(document.querySelectorAll("input[data-layer]"), function (box) {
    box.addEventListener("change", function () {
      article.classList.toggle("hide-" + box.getAttribute("data-layer"), !box.checked);
    });
  });

  function line(label, value) {
    var row = document.createElement("span");
    row.className = "row";
    var b = document.createElement("b");
    b.textContent = label + ": ";
    row.appendChild(b);
    row.appendChild(document.createTextNode(value));
    tip.appendChild(row);
  }

  var current = null;
  function show(target) {
    var mark = target.closest ? target.closest("mark[data-sid]") : null;
    var term = target.closest ? target.closest(".ld") : null;
    if (!mark && !term) { return; }
    if (mark && article.classList.contains("hide-statements")) { mark = null; }
    if (term && article.classList.contains("hide-loaded")) { term = null; }
    if (!mark && !term) { hide(); return; }
    tip.textContent = "";
    var f = mark ? facts[mark.getAttribute("data-sid")] : null;
    if (f) {
      line("Statement", mark.getAttribute("data-sid"));  // the id the tables cite
      line("Speaker", f.speaker);
      line("Side", f.side);
      line("Verb", f.verb);
      line("Quote", f.quote);
      if (f.sentiment) { line("Sentiment", f.sentiment); }
    }
    if (term) {
      line("Loaded term", term.getAttribute("data-term") + " (" + term.getAttribute("data-cat") + ")");
    }
    stay();
    current = term || mark;
    tip.hidden = false;
    current.setAttribute("aria-describedby", "tip");
    place();
  }
  function place() {
    if (!current) { return; }
    var r = current.getBoundingClientRect();
    var w = tip.offsetWidth, h = tip.offsetHeight;
    var vw = document.documentElement.clientWidth, vh = window.innerHeight;
    var left = Math.max(8, Math.min(r.left, vw - w - 8));
    var top = r.bottom + 6;
    if (top + h > vh - 8) { top = Math.max(8, r.top - h - 6); }
    tip.style.left = left + "px";
    tip.style.top = top + "px";
  }
  // the pointer may move from a statement onto its tooltip (to read or select it) without the
  // tooltip vanishing on the way: hiding waits a moment, and the tooltip itself keeps it
  var timer = null;
  function stay() { clearTimeout(timer); }
  function hideSoon() { stay(); timer = setTimeout(hide, 400); }
  function hide() {
    stay();
    if (current) { current.removeAttribute("aria-describedby"); }
    current = null;
    tip.hidden = true;
  }
  article.addEventListener("mouseover", function (e) { show(e.target); });
  article.addEventListener("mouseout", function (e) {
    if (!e.relatedTarget || !article.contains(e.relatedTarget) ||
        !(e.relatedTarget.closest("mark[data-sid]") || e.relatedTarget.closest(".ld"))) {
      hideSoon();
    }
  });
  tip.addEventListener("mouseenter", stay);
  tip.addEventListener("mouseleave", function (e) {
    if (!(current && e.relatedTarget && current.contains(e.relatedTarget))) { hideSoon(); }
  });
  article.addEventListener("focusin", function (e) { show(e.target); });
  article.addEventListener("focusout", hide);
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { hide(); } });
  window.addEventListener("scroll", place, { passive: true });
})();
