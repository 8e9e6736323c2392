// zhibiao report: tooltips, linked mentions and filters. Reads only escaped attributes and
// writes only with textContent, never innerHTML: the article text cannot become markup here.
(function () {
  "use strict";
  var tip = document.getElementById("tip");
  var current = null;
  var items = document.querySelectorAll("mark.q, .f");
  for (var k = 0; k < items.length; k++) {
    // The title is the no-script tooltip; with script, ours replaces it.
    items[k].setAttribute("data-tip", items[k].getAttribute("title") || "");
    items[k].removeAttribute("title");
  }

  function target(node) {
    if (!node || !node.closest) return null;
    return node.closest("mark.q") || node.closest(".f");
  }

  function linked(el, on) {
    var ind = el.getAttribute("data-ind");
    if (!ind) return;
    var same = document.querySelectorAll("mark.q[data-ind=\"" + ind + "\"]");
    for (var i = 0; i < same.length; i++) {
      if (same[i] !== el) same[i].classList.toggle("linked", on);
    }
  }

  function show(el) {
    if (current === el) return;
    hide();
    current = el;
    tip.textContent = "";
    var lines = (el.getAttribute("data-tip") || "").split("\n");
    for (var i = 0; i < lines.length; i++) {
      var row = document.createElement("div");
      var cut = lines[i].indexOf("\uff1a");
      if (cut > 0) {
        var b = document.createElement("b");
        b.textContent = lines[i].slice(0, cut);
        row.appendChild(b);
        row.appendChild(document.createTextNode(lines[i].slice(cut + 1)));
      } else {
        row.textContent = lines[i];
      }
      tip.appendChild(row);
    }
    tip.hidden = false;
    el.setAttribute("aria-describedby", "tip");
    var r = el.getBoundingClientRect();
    var left = Math.min(r.left, document.documentElement.clientWidth - tip.offsetWidth - 8);
    var top = r.bottom + 6;
    if (top + tip.offsetHeight > document.documentElement.clientHeight && r.top > tip.offsetHeight + 6) {
      top = r.top - tip.offsetHeight - 6;
    }
    tip.style.left = Math.max(4, left) + window.scrollX + "px";
    tip.style.top = top + window.scrollY + "px";
    linked(el, true);
  }

  function hide() {
    if (!current) return;
    current.removeAttribute("aria-describedby");
    linked(current, false);
    current = null;
    tip.hidden = true;
  }

  document.addEventListener("mouseover", function (e) {
    var el = target(e.target);
    if (el) show(el);
  });
  document.addEventListener("mouseout", function (e) {
    if (current && target(e.relatedTarget) !== current) hide();
  });
  document.addEventListener("focusin", function (e) {
    var el = target(e.target);
    if (el) show(el); else hide();
  });
  document.addEventListener("focusout", function () { hide(); });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") hide();
  });

  // Filters: indicator types, province, severities.
  function checked(name) {
    var set = {};
    var boxes = document.querySelectorAll("input[name=\"" + name + "\"]");
    for (var i = 0; i < boxes.length; i++) set[boxes[i].value] = boxes[i].checked;
    return set;
  }
  var province = document.getElementById("f-province");

  function apply() {
    var types = checked("type");
    var sevs = checked("severity");
    var p = province ? province.value : "";
    var marks = document.querySelectorAll("mark.q");
    for (var i = 0; i < marks.length; i++) {
      var m = marks[i];
      var off = !types[m.getAttribute("data-type")] || (p !== "" && m.getAttribute("data-province") !== p);
      m.classList.toggle("off", off);
      m.tabIndex = off ? -1 : 0;
    }
    var fs = document.querySelectorAll(".f, .findings li");
    for (var j = 0; j < fs.length; j++) {
      fs[j].classList.toggle("off", !sevs[fs[j].getAttribute("data-sev")]);
    }
    var rows = document.querySelectorAll("svg .bar, svg .dotrow");
    for (var k = 0; k < rows.length; k++) {
      rows[k].classList.toggle("off", p !== "" && rows[k].getAttribute("data-province") !== p);
    }
  }
  var inputs = document.querySelectorAll(".filters input, .filters select");
  for (var n = 0; n < inputs.length; n++) inputs[n].addEventListener("change", apply);
})();
