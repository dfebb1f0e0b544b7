/* Integra project table: sort, filter, paginate. Plain JavaScript, no library, works on file://.
 * Rows come either embedded (<script type="application/json" id="integra-rows">) or, for large
 * sites, from chunk files data/projects-NNNN.js that call window.integraChunk(index, rows);
 * chunk 0 is loaded with the page, the rest only when a filter, a sort or a later page needs them
 * (script elements, because fetch() is blocked on file:// URLs).
 * Text is put into the page with textContent only, never innerHTML. */
(function () {
  "use strict";
  var C = { ID: 0, TITLE: 1, IMPL: 2, CITY: 3, PERIOD: 4, KIND: 5, START: 6, END: 7, TOTAL: 8,
            QUAL: 9, EU: 10, SHARE: 11, PLANNED: 12, ACTUAL: 13 };
  var chunks = [];
  var cfg = null;

  window.integraChunk = function (index, rows) {
    chunks[index] = rows;
    if (cfg) { onChunk(); }
  };

  function group(digits, sep) { return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep); }
  function num(v, d) {
    if (v === null || v === undefined || v !== v) { return "\u2014"; }
    var s = Math.abs(v).toFixed(d), parts = s.split(".");
    var out = group(parts[0], cfg.fmt.group) + (d ? cfg.fmt.decimal + parts[1] : "");
    return (v < 0 && Number(s) !== 0 ? "-" : "") + out;
  }
  function amount(v, q) {
    if (v === null || v === undefined) { return "\u2014"; }
    var s = cfg.fmt.currency_prefix + num(v, 2) + cfg.fmt.currency_suffix;
    return (q && cfg.qualifiers[q]) ? cfg.qualifiers[q] + " " + s : s;
  }
  function pct(v) { return (v === null || v === undefined) ? "\u2014" : num(v * 100, 1) + "%"; }
  function int(v) { return (v === null || v === undefined) ? "\u2014" : num(v, 0); }
  function date(iso) {
    if (!iso) { return "\u2014"; }
    var p = iso.split("-");
    if (p.length === 1) { return p[0]; }
    if (p.length === 2) { return (cfg.monthsAlone || cfg.months)[parseInt(p[1], 10) - 1] + " " + p[0]; }
    return parseInt(p[2], 10) + "\u00a0" + cfg.months[parseInt(p[1], 10) - 1] + " " + p[0];
  }
  function fold(s) {
    return (s || "").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/\u0142/g, "l");
  }

  var columns = [
    { key: C.TITLE, label: "title", type: "text" },
    { key: C.CITY, label: "city", type: "text" },
    { key: C.PERIOD, label: "period", type: "text" },
    { key: C.KIND, label: "kind", type: "text" },
    { key: C.START, label: "start", type: "text" },
    { key: C.END, label: "end", type: "text" },
    { key: C.TOTAL, label: "total", type: "num" },
    { key: C.EU, label: "eu", type: "num" },
    { key: C.SHARE, label: "share", type: "num" },
    { key: C.PLANNED, label: "planned", type: "num" },
    { key: C.ACTUAL, label: "actual", type: "num" }
  ];

  var state = { q: "", city: "", period: "", sortCol: null, dir: 1, page: 0 };
  var rows = [], view = [], complete = false, loading = false, searchIndex = null;
  var el = {};
  var collator = null;

  function loadedRows() {
    var out = [];
    for (var i = 0; i < chunks.length; i++) { if (chunks[i]) { out = out.concat(chunks[i]); } }
    return out;
  }
  function allLoaded() {
    for (var i = 0; i < cfg.chunks; i++) { if (!chunks[i]) { return false; } }
    return true;
  }
  function onChunk() {
    if (!loading) { return; }
    el.status.textContent = cfg.labels.loading + " " + countLoaded() + "/" + cfg.chunks;
    if (allLoaded()) { loading = false; complete = true; rows = loadedRows(); searchIndex = null; el.status.textContent = ""; apply(); }
  }
  function countLoaded() { var n = 0; for (var i = 0; i < cfg.chunks; i++) { if (chunks[i]) { n++; } } return n; }
  function ensureAll() {
    if (complete || loading) { return complete; }
    loading = true;
    el.status.textContent = cfg.labels.loading;
    var next = 0;
    function step() {
      while (next < cfg.chunks && chunks[next]) { next++; }
      if (next >= cfg.chunks) { onChunk(); return; }
      var s = document.createElement("script");
      s.src = cfg.dataPrefix + ("0000" + next).slice(-4) + ".js";
      s.onload = function () { next++; onChunk(); step(); };
      s.onerror = function () { loading = false; el.status.textContent = "Error: " + s.src; };
      document.body.appendChild(s);
    }
    step();
    return false;
  }

  function apply() {
    var needAll = state.q || state.city || state.period || state.sortCol !== null ||
      ((state.page + 1) * cfg.pageSize > rows.length && rows.length < cfg.total);
    if (!complete && needAll && !ensureAll()) { render(); return; }
    if (!searchIndex) {
      searchIndex = rows.map(function (r) { return fold(r[C.TITLE] + " " + r[C.IMPL] + " " + r[C.CITY]); });
    }
    var q = fold(state.q.trim());
    view = [];
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i];
      if (state.city && r[C.CITY] !== state.city) { continue; }
      if (state.period && (r[C.PERIOD] || "") !== state.period) { continue; }
      if (q && searchIndex[i].indexOf(q) < 0) { continue; }
      view.push(r);
    }
    if (state.sortCol !== null) {
      var col = columns[state.sortCol], k = col.key, dir = state.dir;
      view.sort(function (a, b) {
        var x = a[k], y = b[k];
        var xn = (x === null || x === undefined || x === ""), yn = (y === null || y === undefined || y === "");
        if (xn || yn) { return xn && yn ? 0 : (xn ? 1 : -1); }  // missing always last
        if (col.type === "num") { return (x - y) * dir; }
        return collator.compare(String(x), String(y)) * dir;
      });
    }
    var pages = Math.max(1, Math.ceil(view.length / cfg.pageSize));
    if (state.page >= pages) { state.page = pages - 1; }
    render();
  }

  function cell(tr, text, numeric) {
    var td = document.createElement("td");
    if (numeric) { td.className = "num"; }
    td.textContent = text;
    tr.appendChild(td);
    return td;
  }

  function render() {
    var total = complete ? view.length : cfg.total;
    var source = complete ? view : rows;
    var start = state.page * cfg.pageSize;
    var slice = source.slice(start, start + cfg.pageSize);
    var frag = document.createDocumentFragment();
    slice.forEach(function (r) {
      var tr = document.createElement("tr");
      var td = document.createElement("td");
      var a = document.createElement("a");
      a.href = cfg.projectPrefix + encodeURIComponent(r[C.ID]) + ".html";
      a.textContent = r[C.TITLE] || (cfg.labels.untitled + (r[C.IMPL] ? " " + r[C.IMPL] : ""));
      td.appendChild(a);
      tr.appendChild(td);
      cell(tr, r[C.CITY] || "\u2014");
      cell(tr, r[C.PERIOD] || cfg.labels.no_period);
      cell(tr, cfg.kinds[r[C.KIND]] || r[C.KIND] || "\u2014");
      cell(tr, date(r[C.START]), true);
      cell(tr, date(r[C.END]), true);
      cell(tr, amount(r[C.TOTAL], r[C.QUAL]), true);
      cell(tr, amount(r[C.EU]), true);
      cell(tr, pct(r[C.SHARE]), true);
      cell(tr, int(r[C.PLANNED]), true);
      cell(tr, int(r[C.ACTUAL]), true);
      frag.appendChild(tr);
    });
    el.body.textContent = "";
    if (!slice.length) {
      var tr = document.createElement("tr");
      var td = cell(tr, cfg.labels.no_rows);
      td.colSpan = columns.length; td.className = "empty";
      frag.appendChild(tr);
    }
    el.body.appendChild(frag);
    var pages = Math.max(1, Math.ceil(total / cfg.pageSize));
    el.info.textContent = cfg.labels.page_of.replace("{page}", num(state.page + 1, 0))
      .replace("{pages}", num(pages, 0)).replace("{rows}", num(total, 0));
    el.prev.disabled = state.page <= 0;
    el.next.disabled = state.page >= pages - 1;
    var ths = el.head.querySelectorAll("th");
    for (var i = 0; i < ths.length; i++) {
      if (state.sortCol === i) { ths[i].setAttribute("aria-sort", state.dir > 0 ? "ascending" : "descending"); }
      else { ths[i].removeAttribute("aria-sort"); }
    }
  }

  function init() {
    var node = document.getElementById("integra-table-config");
    if (!node) { return; }
    cfg = JSON.parse(node.textContent);
    collator = new Intl.Collator(cfg.lang, { sensitivity: "base", numeric: true });
    el.body = document.getElementById("projects-body");
    el.head = document.getElementById("projects-head");
    el.info = document.getElementById("projects-info");
    el.status = document.getElementById("projects-status");
    el.prev = document.getElementById("projects-prev");
    el.next = document.getElementById("projects-next");
    var embedded = document.getElementById("integra-rows");
    if (embedded) { chunks[0] = JSON.parse(embedded.textContent); }
    rows = loadedRows();
    complete = allLoaded();
    var headButtons = el.head.querySelectorAll("button.sort");
    Array.prototype.forEach.call(headButtons, function (b, i) {
      b.addEventListener("click", function () {
        if (state.sortCol === i) { state.dir = -state.dir; } else { state.sortCol = i; state.dir = columns[i].type === "num" ? -1 : 1; }
        state.page = 0; apply();
      });
    });
    document.getElementById("projects-filter").addEventListener("input", function (e) { state.q = e.target.value; state.page = 0; apply(); });
    document.getElementById("projects-city").addEventListener("change", function (e) { state.city = e.target.value; state.page = 0; apply(); });
    document.getElementById("projects-period").addEventListener("change", function (e) { state.period = e.target.value; state.page = 0; apply(); });
    el.prev.addEventListener("click", function () { state.page = Math.max(0, state.page - 1); apply(); });
    el.next.addEventListener("click", function () { state.page += 1; apply(); });
    view = rows;
    apply();
    document.documentElement.setAttribute("data-table-ready", "1");
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); } else { init(); }
})();
