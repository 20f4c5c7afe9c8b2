// kg explorer: reads the JSON data block, draws it with vis-network, and wires the legend,
// type/date filters, search, tooltips and the details panel. Article text is untrusted:
// it only ever reaches the page as DOM text (textContent), never as HTML.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const $ = (id) => document.getElementById(id);

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  $("kg-title").textContent = data.title;
  const nodes = new vis.DataSet(data.nodes);
  const edges = new vis.DataSet(data.edges);
  const network = new vis.Network($("kg-graph"), { nodes: nodes, edges: edges }, data.options);
  window.kg = { network: network, nodes: nodes, edges: edges, find: find, applyFilters: applyFilters };

  // Ready once the first frame after stabilisation (or the first frame, physics off) is drawn.
  let stable = !data.options.physics.enabled;
  network.once("stabilizationIterationsDone", function () { stable = true; });
  network.on("afterDrawing", function ready() {
    if (!stable) return;
    network.off("afterDrawing", ready);
    window.__kgReadyAt = performance.now();  // ms since navigation started
    window.__kgReady = true;
  });

  // Tooltip and details: cards built from text nodes, on demand.
  function span(dates) {
    if (!dates || !dates.length) return "";
    return dates[0] === dates[dates.length - 1] ? dates[0] : dates[0] + " – " + dates[dates.length - 1];
  }

  function card(item, isEdge, links) {
    const box = el("div");
    box.append(el("div", isEdge ? item.kind : item.label, "kg-card-title"));
    if (!isEdge) {
      box.append(el("div", data.types[item.type].name + (item.date ? " · " + item.date + " " + (item.part_of_day || "") : ""), "kg-card-meta"));
      if (item.aliases && item.aliases.length) box.append(el("div", "also: " + item.aliases.join("、")));
      if (item.first) box.append(el("div", "seen " + span([item.first, item.last]), "kg-card-meta"));
    } else {
      const ends = nodes.get([item.from, item.to]).map(function (n) { return n.label; });
      box.append(el("div", ends.join(data.directed ? " → " : " — "), "kg-card-meta"));
      if (item.items && item.items.length) box.append(el("div", item.items.slice(0, 8).join("; ") + (item.items.length > 8 ? " …" : "")));
      if (item.dates && item.dates.length) box.append(el("div", span(item.dates), "kg-card-meta"));
      (item.sentences || []).slice(0, 3).forEach(function (s) { box.append(el("div", "“" + s + "”", "kg-card-quote")); });
    }
    (item.docs || []).slice(0, 5).forEach(function (d) {
      const a = data.articles[d] || {};
      const line = el("div", null, "kg-card-doc");
      line.append(el("span", d + (a.published ? " (" + a.published + ")" : "") + (a.title ? " " + a.title : "")));
      if (a.url) {
        line.append(document.createTextNode(" "));
        if (links && /^https?:\/\//i.test(a.url)) {
          const link = el("a", "article");
          link.href = a.url;
          link.target = "_blank";
          link.rel = "noopener noreferrer";
          line.append(link);
        } else {
          line.append(el("span", a.url, "kg-card-meta"));
        }
      }
      box.append(line);
    });
    if (item.docs && item.docs.length > 5) box.append(el("div", "… " + (item.docs.length - 5) + " more articles", "kg-card-meta"));
    return box;
  }

  const tip = $("kg-tip");
  function showTip(item, isEdge, pointer) {
    tip.replaceChildren(card(item, isEdge, false));
    tip.style.left = pointer.x + 14 + "px";
    tip.style.top = pointer.y + 14 + "px";
    tip.style.display = "block";
  }
  function hideTip() { tip.style.display = "none"; }
  network.on("hoverNode", function (p) { showTip(nodes.get(p.node), false, p.pointer.DOM); });
  network.on("hoverEdge", function (p) { showTip(edges.get(p.edge), true, p.pointer.DOM); });
  ["blurNode", "blurEdge", "dragStart", "zoom"].forEach(function (e) { network.on(e, hideTip); });

  function showInfo(item, isEdge) {
    $("kg-info").replaceChildren(item ? card(item, isEdge, true) : el("span", "click a node or an edge", "kg-card-meta"));
  }
  network.on("click", function (p) {
    if (p.nodes.length) showInfo(nodes.get(p.nodes[0]), false);
    else if (p.edges.length) showInfo(edges.get(p.edges[0]), true);
    else showInfo(null);
  });

  // Legend with a type filter, and a date filter.
  const counts = {};
  data.nodes.forEach(function (n) { counts[n.type] = (counts[n.type] || 0) + 1; });
  Object.keys(data.types).forEach(function (t) {
    if (!counts[t]) return;
    const style = data.types[t];
    const label = el("label");
    const box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = t;
    box.addEventListener("change", applyFilters);
    const glyph = el("span", style.glyph, "glyph");
    glyph.style.color = style.color;
    label.append(box, glyph, el("span", style.name + " (" + counts[t] + ")"));
    $("kg-legend").append(label);
  });
  const from = $("kg-from"), to = $("kg-to");
  if (data.span) {
    from.min = to.min = from.value = data.span[0];
    from.max = to.max = to.value = data.span[1];
  }
  from.addEventListener("change", applyFilters);
  to.addEventListener("change", applyFilters);

  const hidden = new Set();
  function applyFilters() {
    const on = new Set(Array.from($("kg-legend").querySelectorAll("input:checked"), function (b) { return b.value; }));
    const lo = from.value || "0000-00-00", hi = to.value || "9999-99-99";
    const dated = !!data.span && (lo > data.span[0] || hi < data.span[1]);
    const nodeUpdates = [], edgeUpdates = [];
    const flip = function (list, key, id, hide) {
      if (hide === hidden.has(key)) return;
      if (hide) hidden.add(key); else hidden.delete(key);
      list.push({ id: id, hidden: hide });
    };
    data.nodes.forEach(function (n) {
      const show = on.has(n.type) && (!dated || (!!n.first && n.first <= hi && n.last >= lo));
      flip(nodeUpdates, "n" + n.id, n.id, !show);
    });
    data.edges.forEach(function (e) {
      const show = !hidden.has("n" + e.from) && !hidden.has("n" + e.to) &&
        (!dated || e.dates.some(function (d) { return lo <= d && d <= hi; }));
      flip(edgeUpdates, "e" + e.id, e.id, !show);
    });
    nodes.update(nodeUpdates);
    edges.update(edgeUpdates);
    const shown = data.nodes.length - Array.from(hidden).filter(function (k) { return k[0] === "n"; }).length;
    $("kg-count").textContent = shown + " / " + data.nodes.length + " nodes";
  }
  applyFilters();

  // Search: exact label, then alias, then a label containing the text; visible nodes first.
  const names = $("kg-names");
  Array.from(new Set(data.nodes.map(function (n) { return n.label; }))).sort().forEach(function (name) {
    const o = el("option");
    o.value = name;
    names.append(o);
  });
  function find(text) {
    const q = String(text).trim(), lq = q.toLowerCase();
    $("kg-status").textContent = "";
    if (!q) return null;
    const tests = [
      function (n) { return n.label === q; },
      function (n) { return (n.aliases || []).indexOf(q) >= 0; },
      function (n) { return n.label.toLowerCase().indexOf(lq) >= 0; },
    ];
    let hit = null;
    for (const visibleOnly of [true, false]) {
      for (const test of tests) {
        hit = data.nodes.find(function (n) { return (!visibleOnly || !hidden.has("n" + n.id)) && test(n); });
        if (hit) break;
      }
      if (hit) break;
    }
    if (!hit) { $("kg-status").textContent = "no match for " + q; return null; }
    if (hidden.has("n" + hit.id)) { $("kg-status").textContent = q + " is hidden by the filters"; return null; }
    network.selectNodes([hit.id]);
    network.focus(hit.id, { scale: Math.max(network.getScale(), 1), animation: { duration: 300 } });
    showInfo(nodes.get(hit.id), false);
    return hit.id;
  }
  $("kg-search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    find($("kg-search").value);
  });
})();
