// The offline query page of `kg serve`: named queries one click away, results as a table.
// Everything from the server is shown with textContent (never as HTML).
"use strict";

const $ = (id) => document.getElementById(id);

function status(text, isError) {
  $("kg-status").textContent = text;
  $("kg-status").className = isError ? "error" : "";
}

function table(doc) {
  const t = document.createElement("table");
  const head = t.createTHead().insertRow();
  const vars = doc.head.vars || [];
  for (const v of vars) {
    const th = document.createElement("th");
    th.textContent = v;
    head.appendChild(th);
  }
  const body = t.createTBody();
  for (const b of doc.results.bindings) {
    const row = body.insertRow();
    for (const v of vars) row.insertCell().textContent = b[v] ? b[v].value : "";
  }
  return t;
}

async function run(query) {
  const out = $("kg-result");
  out.replaceChildren();
  status("running…", false);
  const started = performance.now();
  let resp;
  try {
    resp = await fetch("sparql", {
      method: "POST",
      headers: { "Content-Type": "application/sparql-query",
                 "Accept": "application/sparql-results+json, text/turtle;q=0.9" },
      body: query,
    });
  } catch (e) {
    status("the server did not answer: " + e, true);
    return;
  }
  const secs = ((performance.now() - started) / 1000).toFixed(2);
  const text = await resp.text();
  if (!resp.ok) {
    status(resp.status + " " + text, true);
    return;
  }
  const cut = resp.headers.get("X-SPARQL-MaxRows");
  const note = cut ? " — cut at " + cut + " rows (the server's row limit)" : "";
  if ((resp.headers.get("Content-Type") || "").includes("json")) {
    const doc = JSON.parse(text);
    if ("boolean" in doc) {
      const p = document.createElement("p");
      p.textContent = String(doc.boolean);
      out.appendChild(p);
      status("ASK in " + secs + " s", false);
      return;
    }
    out.appendChild(table(doc));
    status(doc.results.bindings.length + " rows in " + secs + " s" + note, !!cut);
  } else {
    const pre = document.createElement("pre");
    pre.textContent = text;
    out.appendChild(pre);
    status("graph in " + secs + " s" + note, !!cut);
  }
}

async function init() {
  $("kg-form").addEventListener("submit", (e) => { e.preventDefault(); run($("kg-query").value); });
  const resp = await fetch("queries");
  const named = await resp.json();
  for (const [name, text] of Object.entries(named)) {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = name;
    b.title = "run the named query " + name;
    b.addEventListener("click", () => { $("kg-query").value = text; run(text); });
    $("kg-named").appendChild(b);
  }
}

init();
