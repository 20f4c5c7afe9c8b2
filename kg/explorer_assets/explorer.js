// kg explorer: reads the JSON data block, draws it with vis-network, and wires the legend,
// type/date/isolated filters, communities (coloured, collapsible), search, tooltips and the
// details panel. Labels are drawn by this script, not by vis-network: most connected first,
// never overlapping, so a corpus-sized graph stays readable at any zoom. Article text is
// untrusted: it only ever reaches the page as DOM text (textContent) or canvas text.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const $ = (id) => document.getElementById(id);
  const fmt = (n) => n.toLocaleString("en-US");

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  $("kg-title").textContent = data.title;
  const colourBy = $("kg-colour");
  function colourOf(n) { return colourBy.value === "type" ? data.types[n.type].color : n.color; }
  // vis-network gets light records (drawing, clustering); cards read the full ones.
  const info = new Map(data.nodes.map(function (n) { return [n.id, n]; }));
  const edgeInfo = new Map(data.edges.map(function (e) { return [e.id, e]; }));
  // Nodes hidden at first (isolated ones: half of a corpus build) join vis-network only
  // when first shown, which halves the time to the first frame.
  function visNode(n) {
    const o = { id: n.id, shape: n.shape, color: colourOf(n), size: n.size, x: n.x, y: n.y, community: n.community, hidden: false };
    if (n.physics === false) o.physics = false;
    return o;
  }
  const inVis = new Set(data.nodes.filter(function (n) { return !n.hidden; }).map(function (n) { return n.id; }));
  const nodes = new vis.DataSet(data.nodes.filter(function (n) { return inVis.has(n.id); }).map(visNode));
  const edges = new vis.DataSet(data.edges.map(function (e) { return { id: e.id, from: e.from, to: e.to, width: e.width }; }));
  const network = new vis.Network($("kg-graph"), { nodes: nodes, edges: edges }, data.options);
  const clusterPrefix = "community:";
  const collapsed = new Set();  // community ids drawn as one node
  const pinned = new Set();  // isolated nodes shown because a search found them
  let focusId = null;  // the searched or clicked node: its label is drawn on top
  let lastLabels = [];
  let moving = false;  // a search's zoom animation is under way

  // Ready once the first frame after stabilisation (or the first frame, physics off) is drawn.
  let stable = !data.options.physics.enabled;
  network.once("stabilizationIterationsDone", function () { stable = true; });
  network.on("afterDrawing", function ready() {
    if (!stable) return;
    network.off("afterDrawing", ready);
    window.__kgReadyAt = performance.now();  // ms since navigation started
    window.__kgReady = true;
  });

  // ---- labels: by degree, as many as fit without overlap; few at the fitted zoom, all zoomed in
  const FACE = 'system-ui, "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", sans-serif';
  const FONT = "13px " + FACE, HUB_FONT = "bold 14px " + FACE, FOCUS_FONT = "bold 16px " + FACE;
  const BUDGET = 30;  // labels at the fitted zoom; the budget grows with the area zoomed into
  const ALL_AT = 0.8;  // from this scale on, every label that fits is drawn
  const MAX_CHARS = 18;
  const byRank = data.nodes.slice().sort(function (a, b) { return b.degree - a.degree || a.id - b.id; })
    .map(function (n) { return n.id; });
  const hubs = new Set(byRank.slice(0, 10));
  const widths = new Map();
  let fitScale = null;

  function labelOf(id) {
    if (typeof id === "string" && id.indexOf(clusterPrefix) === 0) {
      const c = data.communities[Number(id.slice(clusterPrefix.length))];
      return c.label + " (" + fmt(c.size) + ")";
    }
    return info.get(id).label;
  }
  function short(t) { return t.length > MAX_CHARS ? t.slice(0, MAX_CHARS - 1) + "…" : t; }
  function width(ctx, font, text) {
    const key = font + "\u0000" + text;
    if (!widths.has(key)) { ctx.font = font; widths.set(key, ctx.measureText(text).width); }
    return widths.get(key);
  }

  function drawLabels(ctx) {
    const body = network.body, s = body.view.scale, t = body.view.translation;
    if (fitScale === null && stable) fitScale = s;
    const frame = network.canvas.frame.canvas, W = frame.clientWidth, H = frame.clientHeight;
    const budget = fitScale === null || s >= ALL_AT ? Infinity : Math.max(BUDGET, Math.round(BUDGET * Math.pow(s / fitScale, 2)));
    const visible = new Set(body.nodeIndices);
    const clusters = body.nodeIndices.filter(function (id) { return typeof id === "string" && id.indexOf(clusterPrefix) === 0; })
      .sort(function (a, b) { return data.communities[+b.slice(clusterPrefix.length)].size - data.communities[+a.slice(clusterPrefix.length)].size; });
    const CELL = 64, grid = new Map(), placed = [];
    const cells = function (b, fn) {
      for (let gx = Math.floor(b.x / CELL); gx <= Math.floor((b.x + b.w) / CELL); gx++)
        for (let gy = Math.floor(b.y / CELL); gy <= Math.floor((b.y + b.h) / CELL); gy++)
          if (fn(gx + ":" + gy) === false) return false;
      return true;
    };
    const overlaps = function (a, b) { return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h; };
    function tryPlace(id, font, lineHeight) {
      const node = body.nodes[id];
      const cx = node.x * s + t.x, cy = node.y * s + t.y, r = node.options.size * s + 2;
      if (cx < -r || cy < -r || cx > W + r || cy > H + r) return false;  // off screen: no text to measure
      const text = short(labelOf(id));
      const w = width(ctx, font, text) + 6, h = lineHeight;
      // below the node, else above, right or left of it: the first place that is free
      const spots = [[cx - w / 2, cy + r], [cx - w / 2, cy - r - h], [cx + r, cy - h / 2], [cx - r - w, cy - h / 2]];
      for (let i = 0; i < spots.length; i++) {
        const b = { id: id, text: text, font: font, x: spots[i][0], y: spots[i][1], w: w, h: h };
        if (b.x < 0 || b.y < 0 || b.x + b.w > W || b.y + b.h > H) continue;
        const free = cells(b, function (k) { return !(grid.get(k) || []).some(function (o) { return overlaps(o, b); }); });
        if (!free) continue;
        cells(b, function (k) { if (!grid.has(k)) grid.set(k, []); grid.get(k).push(b); });
        placed.push(b);
        return true;
      }
      return false;
    }
    const focus = focusId !== null && visible.has(focusId) && tryPlace(focusId, FOCUS_FONT, 24);
    clusters.forEach(function (id) { tryPlace(id, HUB_FONT, 18); });
    let drawn = 0;
    // a crowded view stops after a bounded number of tries instead of testing every node
    const tries = budget === Infinity ? byRank.length : 20 * budget;
    for (let i = 0, tried = 0; i < byRank.length && drawn < budget && tried < tries; i++) {
      const id = byRank[i];
      if (id === focusId || !visible.has(id)) continue;
      tried++;
      if (tryPlace(id, hubs.has(id) ? HUB_FONT : FONT, 17)) drawn++;
    }
    const pr = network.canvas.pixelRatio || 1;
    ctx.save();
    ctx.setTransform(pr, 0, 0, pr, 0, 0);
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    ctx.lineJoin = "round";
    placed.forEach(function (b, i) {
      if (focus && i === 0) return;  // drawn last, on top of everything
      ctx.font = b.font;
      ctx.lineWidth = 3;
      ctx.strokeStyle = "rgba(255,255,255,0.9)";
      ctx.strokeText(b.text, b.x + b.w / 2, b.y + b.h / 2);
      ctx.fillStyle = "#1d1d1f";
      ctx.fillText(b.text, b.x + b.w / 2, b.y + b.h / 2);
    });
    if (focus) {
      const b = placed[0];
      ctx.fillStyle = "#fffbe6";
      ctx.strokeStyle = "#333";
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      ctx.rect(b.x, b.y, b.w, b.h);
      ctx.fill();
      ctx.stroke();
      ctx.font = b.font;
      ctx.fillStyle = "#000";
      ctx.fillText(b.text, b.x + b.w / 2, b.y + b.h / 2);
    }
    ctx.restore();
    lastLabels = placed.map(function (b, i) {
      return { id: b.id, text: b.text, x: b.x, y: b.y, w: b.w, h: b.h, focus: !!focus && i === 0 };
    });
  }
  network.on("afterDrawing", drawLabels);

  // ---- cards: built from text nodes, on demand
  function span(dates) {
    if (!dates || !dates.length) return "";
    return dates[0] === dates[dates.length - 1] ? dates[0] : dates[0] + " – " + dates[dates.length - 1];
  }

  function timeline(item, box) {
    const rows = item.timeline || [];
    if (!rows.length) return;
    box.append(el("div", "timeline (" + rows.length + ")", "kg-card-head"));
    const list = el("ol", null, "kg-timeline");
    rows.slice(0, 80).forEach(function (r) {
      const li = el("li");
      li.append(el("span", r[0] ? span([r[0], r[1]]) : "undated", "kg-card-meta"), document.createTextNode(" "));
      li.append(el("span", r[2], "kg-rel"), document.createTextNode(" " + r[3] + (r[4] > 1 ? " ×" + r[4] : "")));
      list.append(li);
    });
    box.append(list);
    if (rows.length > 80) box.append(el("div", "… " + (rows.length - 80) + " more", "kg-card-meta"));
  }

  function communityCard(c) {
    const com = data.communities[c], box = el("div");
    box.append(el("div", com.label, "kg-card-title"));
    box.append(el("div", "community of " + fmt(com.size) + " nodes · double-click to " + (collapsed.has(c) ? "open" : "collapse"), "kg-card-meta"));
    return box;
  }

  function card(item, isEdge, links) {
    const box = el("div");
    box.append(el("div", isEdge ? item.kind : item.label, "kg-card-title"));
    if (!isEdge) {
      box.append(el("div", data.types[item.type].name + (item.date ? " · " + item.date + " " + (item.part_of_day || "") : ""), "kg-card-meta"));
      if (item.aliases && item.aliases.length) box.append(el("div", "also: " + item.aliases.join("、")));
      if (item.first) box.append(el("div", "seen " + span([item.first, item.last]), "kg-card-meta"));
      if (item.community !== null && item.community !== undefined) {
        box.append(el("div", "community: " + data.communities[item.community].label, "kg-card-meta"));
      }
      if (links) timeline(item, box);
    } else {
      const ends = [info.get(item.from).label, info.get(item.to).label];
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

  function communityOf(id) {
    return typeof id === "string" && id.indexOf(clusterPrefix) === 0 ? Number(id.slice(clusterPrefix.length)) : null;
  }
  function nodeCard(id, links) {
    const c = communityOf(id);
    return c !== null ? communityCard(c) : card(info.get(id), false, links);
  }

  const tip = $("kg-tip");
  function showTip(box, pointer) {
    tip.replaceChildren(box);
    tip.style.left = pointer.x + 14 + "px";
    tip.style.top = pointer.y + 14 + "px";
    tip.style.display = "block";
  }
  function hideTip() { tip.style.display = "none"; }
  network.on("hoverNode", function (p) { showTip(nodeCard(p.node, false), p.pointer.DOM); });
  network.on("hoverEdge", function (p) { if (edgeInfo.has(p.edge)) showTip(card(edgeInfo.get(p.edge), true, false), p.pointer.DOM); });
  ["blurNode", "blurEdge", "dragStart", "zoom"].forEach(function (e) { network.on(e, hideTip); });

  function showInfo(box) {
    $("kg-info").replaceChildren(box || el("span", "click a node or an edge", "kg-card-meta"));
  }
  network.on("click", function (p) {
    if (p.nodes.length) {
      focusId = communityOf(p.nodes[0]) === null ? p.nodes[0] : null;
      showInfo(nodeCard(p.nodes[0], true));
    } else {
      focusId = null;
      showInfo(p.edges.length && edgeInfo.has(p.edges[0]) ? card(edgeInfo.get(p.edges[0]), true, true) : null);
    }
  });
  network.on("doubleClick", function (p) {
    if (!p.nodes.length) return;
    const c = communityOf(p.nodes[0]);
    if (c !== null) expand(c);
    else if (info.get(p.nodes[0]).community !== null) collapse(info.get(p.nodes[0]).community);
  });

  // ---- communities: coloured; each collapses into one node (vis-network clustering)
  function clusterId(c) { return clusterPrefix + c; }
  function collapse(c, refresh) {
    if (collapsed.has(c)) return;
    const members = data.nodes.filter(function (n) { return n.community === c && !isHidden(n.id); }).length;
    if (members < 2) return;
    const com = data.communities[c];
    network.cluster({
      joinCondition: function (o) { return o.community === c && !o.hidden; },
      clusterNodeProperties: {
        id: clusterId(c), shape: "hexagon", size: Math.min(16 + 3 * Math.sqrt(com.size), 48), borderWidth: 2,
        color: colourBy.value === "type" ? "#8a8f96" : com.color, physics: false,
      },
    }, refresh !== false);
    collapsed.add(c);
    syncCommunities();
  }
  function expand(c, refresh) {
    if (!collapsed.has(c)) return;
    if (network.isCluster(clusterId(c))) network.openCluster(clusterId(c), undefined, refresh !== false);
    collapsed.delete(c);
    syncCommunities();
  }
  // Many at once: vis-network refreshes its data once, not once per community.
  function expandAll() {
    const open = Array.from(collapsed);
    open.forEach(function (c) { expand(c, false); });
    if (open.length) network.body.emitter.emit("_dataChanged");
    return open;
  }
  function collapseAll(list) {
    list.forEach(function (c) { collapse(c, false); });
    if (list.length) network.body.emitter.emit("_dataChanged");
  }
  const comList = $("kg-communities");
  const comBoxes = [];
  data.communities.forEach(function (com, c) {
    if (c >= 20) return;  // the coloured ones
    const label = el("label");
    const box = el("input");
    box.type = "checkbox";
    box.value = c;
    box.addEventListener("change", function () { if (box.checked) collapse(c); else expand(c); });
    const swatch = el("span", "⬢", "glyph");
    swatch.style.color = com.color;
    label.append(box, swatch, el("span", com.label + " (" + fmt(com.size) + ")"));
    label.title = "collapse into one node (or double-click a member; double-click the group to open it)";
    comList.append(label);
    comBoxes.push(box);
  });
  if (data.communities.length > 20) comList.append(el("div", "+ " + fmt(data.communities.length - 20) + " smaller (grey)", "kg-card-meta"));
  function syncCommunities() { comBoxes.forEach(function (b) { b.checked = collapsed.has(Number(b.value)); }); }
  $("kg-collapse-all").addEventListener("click", function () { collapseAll(comBoxes.map(function (b) { return Number(b.value); })); });
  $("kg-expand-all").addEventListener("click", expandAll);
  if (!data.communities.length) $("kg-community-tools").hidden = true;

  // ---- legend with a type filter and a colour switch; date and isolated filters
  const counts = {};
  data.nodes.forEach(function (n) { counts[n.type] = (counts[n.type] || 0) + 1; });
  const glyphs = [];
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
    glyphs.push([glyph, style.color]);
    label.append(box, glyph, el("span", style.name + " (" + fmt(counts[t]) + ")"));
    $("kg-legend").append(label);
  });
  function recolour(initial) {
    const byType = colourBy.value === "type";
    glyphs.forEach(function (g) { g[0].style.color = byType ? g[1] : "#555"; });
    if (initial === true && !byType) return;  // the data's colours are the communities'
    const again = expandAll();
    nodes.update(data.nodes.filter(function (n) { return inVis.has(n.id); }).map(function (n) { return { id: n.id, color: colourOf(n) }; }));
    collapseAll(again);
  }
  colourBy.addEventListener("change", recolour);
  recolour(true);

  const from = $("kg-from"), to = $("kg-to"), showIsolated = $("kg-isolated");
  if (data.span) {
    from.min = to.min = from.value = data.span[0];
    from.max = to.max = to.value = data.span[1];
  }
  from.addEventListener("change", applyFilters);
  to.addEventListener("change", applyFilters);
  showIsolated.addEventListener("change", applyFilters);
  const isolatedCount = data.nodes.filter(function (n) { return n.degree === 0; }).length;
  $("kg-isolated-count").textContent = fmt(isolatedCount);

  const hidden = new Set(data.nodes.filter(function (n) { return n.hidden; }).map(function (n) { return "n" + n.id; }));
  function isHidden(id) { return hidden.has("n" + id); }
  let hiddenIsolated = 0;
  // A node shows when its type is on, it was seen in the date window, and it has an edge in
  // that window (or isolated nodes are shown); an edge when both ends show and it has a date in it.
  function applyFilters() {
    const on = new Set(Array.from($("kg-legend").querySelectorAll("input:checked"), function (b) { return b.value; }));
    const lo = from.value || "0000-00-00", hi = to.value || "9999-99-99";
    const dated = !!data.span && (lo > data.span[0] || hi < data.span[1]);
    const inWindow = function (n) { return !dated || (!!n.first && n.first <= hi && n.last >= lo); };
    const edgeIn = function (e) { return !dated || e.dates.some(function (d) { return lo <= d && d <= hi; }); };
    const live = new Map();
    data.edges.forEach(function (e) {
      if (edgeIn(e) && inWindow(info.get(e.from)) && inWindow(info.get(e.to)) && e.from !== e.to) {
        live.set(e.from, (live.get(e.from) || 0) + 1);
        live.set(e.to, (live.get(e.to) || 0) + 1);
      }
    });
    const again = expandAll();
    const nodeUpdates = [], edgeUpdates = [], added = [];
    const flip = function (list, key, id, hide) {
      if (hide === hidden.has(key)) return;
      if (hide) hidden.add(key); else hidden.delete(key);
      if (key[0] === "n" && !inVis.has(id)) { inVis.add(id); added.push(visNode(info.get(id))); }
      else list.push({ id: id, hidden: hide });
    };
    hiddenIsolated = 0;
    data.nodes.forEach(function (n) {
      const candidate = on.has(n.type) && inWindow(n);
      const alone = !live.has(n.id);
      if (candidate && alone && !showIsolated.checked && !pinned.has(n.id)) hiddenIsolated++;
      flip(nodeUpdates, "n" + n.id, n.id, !(candidate && (!alone || showIsolated.checked || pinned.has(n.id))));
    });
    data.edges.forEach(function (e) {
      flip(edgeUpdates, "e" + e.id, e.id, isHidden(e.from) || isHidden(e.to) || !edgeIn(e));
    });
    nodes.update(nodeUpdates);
    nodes.add(added);
    edges.update(edgeUpdates);
    collapseAll(again);
    const shownNodes = data.nodes.length - data.nodes.filter(function (n) { return isHidden(n.id); }).length;
    const shownEdges = data.edges.length - data.edges.filter(function (e) { return hidden.has("e" + e.id); }).length;
    $("kg-count").textContent = fmt(shownNodes) + " / " + fmt(data.nodes.length) + " nodes · " + fmt(shownEdges) + " edges" +
      (hiddenIsolated ? " · " + fmt(hiddenIsolated) + " isolated hidden" : "");
  }
  applyFilters();

  // ---- search: exact label, then alias, then a label containing the text; visible nodes first
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
        hit = data.nodes.find(function (n) { return (!visibleOnly || !isHidden(n.id)) && test(n); });
        if (hit) break;
      }
      if (hit) break;
    }
    if (!hit) { $("kg-status").textContent = "no match for " + q; return null; }
    if (isHidden(hit.id)) {  // shown anyway when only the isolated filter hides it
      pinned.add(hit.id);
      applyFilters();
      if (isHidden(hit.id)) { pinned.delete(hit.id); $("kg-status").textContent = q + " is hidden by the filters"; return null; }
    }
    if (hit.community !== null && collapsed.has(hit.community)) expand(hit.community);
    focusId = hit.id;
    network.selectNodes([hit.id]);
    moving = true;
    network.once("animationFinished", function () { moving = false; network.redraw(); });
    network.focus(hit.id, { scale: Math.max(network.getScale(), 1.2), animation: { duration: 300 } });
    showInfo(nodeCard(hit.id, true));
    return hit.id;
  }
  $("kg-search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    find($("kg-search").value);
  });
  $("kg-fit").addEventListener("click", function () { network.fit({ animation: { duration: 300 } }); });

  window.kg = {
    network: network, nodes: nodes, edges: edges, find: find, applyFilters: applyFilters, collapse: collapse, expand: expand,
    info: function (id) { return info.get(id); },
    edge: function (id) { return edgeInfo.get(id); },
    byLabel: function (label) { const n = data.nodes.find(function (x) { return x.label === label; }); return n ? n.id : null; },
    labels: function () { return lastLabels; },
    moving: function () { return moving; },
    isHidden: isHidden,
    collapsed: function () { return Array.from(collapsed); },
  };
})();
