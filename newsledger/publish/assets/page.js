/* newsledger release page: sortable, filterable previews and the source viewer.
   Inlined into index.html. Article text is untrusted: it is only ever set with textContent. */
"use strict";
(function () {
  var data = JSON.parse(document.getElementById("page-data").textContent);

  function cellValue(row, col) {
    var cell = row.cells[col];
    return cell.hasAttribute("data-v") ? cell.getAttribute("data-v") : cell.textContent;
  }

  function sortBy(table, col, th) {
    var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (h) {
      h.removeAttribute("aria-sort");
    });
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var numeric = rows.every(function (r) {
      var v = cellValue(r, col);
      return v === "" || !isNaN(Number(v));
    });
    rows.sort(function (a, b) {
      var x = cellValue(a, col), y = cellValue(b, col);
      if (x === y) return 0;
      if (x === "") return 1;  // nulls last, either way
      if (y === "") return -1;
      if (numeric) return dir * (Number(x) - Number(y));
      return dir * (x < y ? -1 : 1);
    });
    rows.forEach(function (r) { body.appendChild(r); });
    th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
  }

  document.querySelectorAll("table.preview").forEach(function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, col) {
      if (!th.hasAttribute("data-col")) return;
      th.tabIndex = 0;
      th.addEventListener("click", function () { sortBy(table, col, th); });
      th.addEventListener("keydown", function (e) {
        if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sortBy(table, col, th); }
      });
    });
  });

  // A filter box narrows a preview's rows (data-table) or a list's stories (data-list).
  document.querySelectorAll("input.filter").forEach(function (input) {
    var list = input.getAttribute("data-list");
    var box = document.getElementById(list || input.getAttribute("data-table"));
    var status = document.getElementById(input.getAttribute("data-status"));
    var rows = list ? box.children : box.tBodies[0].rows;
    var what = list ? " stories shown" : " preview rows shown";
    input.addEventListener("input", function () {
      var q = input.value.trim().toLowerCase(), shown = 0;
      for (var i = 0; i < rows.length; i++) {
        var hit = !q || rows[i].textContent.toLowerCase().indexOf(q) >= 0;
        rows[i].hidden = !hit;
        if (hit) shown++;
      }
      status.textContent = shown + " of " + rows.length + what;
    });
  });

  // A link to a folded story (or to something inside one) unfolds it.
  function unfoldTarget() {
    var target = location.hash.length > 1 && document.getElementById(location.hash.slice(1));
    var folded = target && target.closest("details");
    if (folded) {
      folded.open = true;
      target.scrollIntoView();
    }
  }
  window.addEventListener("hashchange", unfoldTarget);
  unfoldTarget();

  var viewer = document.getElementById("source");
  var textBox = viewer.querySelector(".text");

  function gap(text) {
    var span = document.createElement("span");
    span.className = "gap";
    span.textContent = text;
    return span;
  }

  // Offsets count Unicode code points (Python str indexes); Array.from splits by code point.
  function show(index, start, end, opener) {
    var src = data.sources[index];
    viewer.querySelector(".stitle").textContent = src.title || "Untitled article";
    viewer.querySelector(".sid").textContent = src.id;
    viewer.querySelector(".span").textContent =
      start >= 0 ? "characters " + start + "–" + end + " of " + src.n : src.n + " characters";
    textBox.textContent = "";
    var mark = null, last = 0;
    src.segs.forEach(function (seg) {
      var at = seg[0], chars = Array.from(seg[1]);
      if (at > last) textBox.appendChild(gap("[… " + (at - last) + " characters …]\n"));
      var a = Math.max(start - at, 0), b = Math.min(end - at, chars.length);
      if (start >= 0 && a < b) {
        textBox.appendChild(document.createTextNode(chars.slice(0, a).join("")));
        mark = document.createElement("mark");
        mark.textContent = chars.slice(a, b).join("");
        textBox.appendChild(mark);
        textBox.appendChild(document.createTextNode(chars.slice(b).join("")));
      } else {
        textBox.appendChild(document.createTextNode(seg[1]));
      }
      last = at + chars.length;
    });
    if (last < src.n) textBox.appendChild(gap("\n[… " + (src.n - last) + " characters …]"));
    viewer.hidden = false;
    viewer.opener = opener || null;
    if (mark) mark.scrollIntoView({block: "center"}); else textBox.scrollTop = 0;
    viewer.querySelector(".close").focus({preventScroll: true});
  }

  function hide() {
    viewer.hidden = true;
    if (viewer.opener) viewer.opener.focus();
  }

  document.addEventListener("click", function (e) {
    var a = e.target.closest ? e.target.closest("a.src") : null;
    if (!a) return;
    e.preventDefault();
    var s = a.getAttribute("data-a"), t = a.getAttribute("data-b");
    show(Number(a.getAttribute("data-s")), s === null ? -1 : Number(s),
         t === null ? -1 : Number(t), a);
  });
  viewer.querySelector(".close").addEventListener("click", hide);
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && !viewer.hidden) hide();
  });
  document.documentElement.classList.add("js");
})();
