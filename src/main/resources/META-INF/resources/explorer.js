// Accord explorer: plain JavaScript over the store's HTTP API (GET /events…, /agreements…, /articles/{id}, /events/stream; POST /articles).
"use strict";

const $ = (sel, root = document) => root.querySelector(sel);
const el = (tag, attrs = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children.flat()) node.append(c instanceof Node ? c : document.createTextNode(c ?? ""));
  return node;
};

const state = { cursor: null, agreementsCursor: null, filters: {}, liveCount: 0 };

function filterParams() {
  const params = new URLSearchParams();
  for (const [k, v] of new FormData($("#filters"))) if (v.trim()) params.set(k, v.trim());
  return params;
}

async function getJson(url) {
  const res = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(body.detail || res.statusText);
  return body;
}

function partyLabel(p) {
  return p.country ? `${p.name} (${p.country})` : p.name;
}

function showError(target, err) {
  target.replaceChildren(el("p", { class: "error" }, String(err.message || err)));
}

// ---- events table ----
async function loadEvents(append) {
  const params = filterParams();
  params.set("limit", "50");
  if (append && state.cursor) params.set("cursor", state.cursor);
  const tbody = $("#events-table tbody");
  try {
    const page = await getJson("events?" + params);
    if (!append) tbody.replaceChildren();
    for (const e of page.items) tbody.append(eventRow(e));
    state.cursor = page.next;
    $("#more").hidden = !page.next;
    $("#events-empty").hidden = tbody.children.length > 0;
  } catch (err) {
    showError(tbody, err);
  }
}

function eventRow(e) {
  const row = el("tr", { class: "event-row", tabindex: "0", "data-id": e.id },
    el("td", { class: "date" }, e.date || el("span", { class: "muted", title: "the article's date: the event has none of its own" }, e.article?.published || "")),
    el("td", {}, el("span", { class: "status status-" + e.status }, e.status)),
    el("td", { class: "parties" }, e.parties.map(partyLabel).join(" · ")),
    el("td", {}, e.subject || ""),
    el("td", {}, e.article?.source || ""),
    el("td", {}, e.confidence.toFixed(2)));
  const open = () => { location.hash = "#/events/" + encodeURIComponent(e.id); };
  row.addEventListener("click", open);
  row.addEventListener("keydown", ev => { if (ev.key === "Enter") open(); });
  return row;
}

// ---- one event ----
function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const AGREEMENT_WORDS = /\b(agree\w*|agreements?|deals?|pacts?|accords?|treat(?:y|ies)|memorandum|ceasefire|truce|partnership|joint venture|contracts?|cooperation|sign\w*|inked|sealed|talks|negotiat\w*)\b/gi;

/** The sentence with the parties and the agreement words marked. */
function highlighted(text, parties) {
  const names = parties.map(p => p.name).filter(n => n && n.length > 1).sort((a, b) => b.length - a.length);
  const marks = [];
  for (const name of names) {
    const re = new RegExp(escapeRegExp(name), "gi");
    for (const m of text.matchAll(re)) marks.push([m.index, m.index + m[0].length, "party"]);
  }
  for (const m of text.matchAll(AGREEMENT_WORDS)) marks.push([m.index, m.index + m[0].length, "trigger"]);
  marks.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out = [];
  let at = 0;
  for (const [start, end, kind] of marks) {
    if (start < at) continue;
    out.push(text.slice(at, start), el("strong", { class: kind }, text.slice(start, end)));
    at = end;
  }
  out.push(text.slice(at));
  return out;
}

function field(label, value) {
  return value ? [el("dt", {}, label), el("dd", {}, value)] : [];
}

async function showEvent(id) {
  const view = $("#view-event");
  view.replaceChildren(el("p", { class: "muted" }, "Loading…"));
  try {
    const e = await getJson("events/" + encodeURIComponent(id));
    const article = e.article || {};
    const evidence = [...e.evidence].sort((a, b) => a.start - b.start);
    const context = el("div", { class: "context" });
    let last = null;
    for (const s of evidence) {
      // sentences the article has between two pieces of evidence are shown as a gap
      if (last !== null && s.start > last + 2) context.append(el("span", { class: "gap" }, " … "));
      else if (last !== null) context.append(" ");
      context.append(el("mark", { class: "evidence", title: `characters ${s.start}–${s.end}` }, highlighted(s.text, e.parties)));
      last = s.end;
    }
    const link = article.url
      ? el("a", { href: article.url, target: "_blank", rel: "noopener noreferrer" }, "Read the article")
      : el("span", { class: "muted" }, "The article was submitted without a URL.");
    view.replaceChildren(
      el("a", { href: "#/", class: "back" }, "← all events"),
      el("h1", {}, e.subject || "Agreement"),
      el("p", { class: "headline" }, article.title || "", " ", el("span", { class: "muted" }, [article.source, article.published].filter(Boolean).join(", "))),
      el("div", { class: "party-cards" }, e.parties.map(p => el("div", { class: "party-card" },
        el("strong", {}, p.name), el("span", {}, [p.country || "country unknown", p.sector, p.kind].filter(Boolean).join(" · "))))),
      el("dl", { class: "facts" },
        field("Status", el("span", { class: "status status-" + e.status }, e.status)),
        field("When", e.date ? `${e.date}${e.dateText ? ` (“${e.dateText}”)` : ""}` : e.dateText),
        field("Where", e.location ? [e.location.name, e.location.region, e.location.country].filter(Boolean).join(", ") : null),
        field("Who said so", e.speaker ? [e.speaker.name, e.speaker.title].filter(Boolean).join(", ") : null),
        field("Topics", (e.topics || []).join(", ")),
        field("Coding", `PLOVER ${e.plover?.event || ""}${e.plover?.context ? " / " + e.plover.context : ""} · CAMEO ${e.cameo || ""}`),
        field("Confidence", e.confidence.toFixed(2)),
        field("Agreement", e.agreement ? el("a", { href: "#/agreements/" + encodeURIComponent(e.agreement) }, "every report of this agreement") : null),
        field("Event id", el("code", {}, e.id))),
      el("h2", {}, "Evidence"),
      context,
      el("p", {}, link, " · ", el("a", { href: "events/" + encodeURIComponent(e.id), target: "_blank" }, "JSON")),
      el("h2", {}, "The article as Accord read it"),
      await wholeArticle(article.id, evidence, e.parties));
  } catch (err) {
    showError(view, err);
  }
}

/** The stored text of the article with each piece of evidence marked where its offsets put it. */
async function wholeArticle(articleId, evidence, parties) {
  const box = el("div", { class: "article-text" });
  let stored;
  try {
    stored = await getJson("articles/" + encodeURIComponent(articleId));
  } catch (err) {
    box.append(el("p", { class: "muted" }, "The store no longer keeps this article's text (past its retention, or stored before texts were kept)."));
    return box;
  }
  const text = stored.text;
  // the offsets where they still hold; where the article was re-sent with edits since, the sentence where it now is
  const spans = evidence.map(s => {
    if (text.slice(s.start, s.end) === s.text) return s;
    const found = text.indexOf(s.text);
    return found < 0 ? null : { ...s, start: found, end: found + s.text.length };
  }).filter(Boolean).sort((a, b) => a.start - b.start);
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    box.append(text.slice(at, s.start),
      el("mark", { class: "evidence", title: `characters ${s.start}–${s.end}` }, highlighted(text.slice(s.start, s.end), parties)));
    at = s.end;
  }
  box.append(text.slice(at));
  return el("div", {}, box,
    el("p", {}, el("a", { href: "articles/" + encodeURIComponent(articleId), target: "_blank" }, "JSON"),
      stored.byline ? el("span", { class: "muted" }, " · by " + stored.byline) : ""));
}

// ---- agreements ----
function day(iso) {
  return iso ? iso.slice(0, 10) : "";
}

async function loadAgreements(append) {
  const params = filterParams();
  params.set("limit", "50");
  // an agreement known only from background sentences is listed on request
  if (!$("#mentioned-too").checked) params.set("reported", "true");
  if (append && state.agreementsCursor) params.set("cursor", state.agreementsCursor);
  const tbody = $("#agreements-table tbody");
  try {
    const page = await getJson("agreements?" + params);
    if (!append) tbody.replaceChildren();
    for (const a of page.items) tbody.append(agreementRow(a));
    state.agreementsCursor = page.next;
    $("#more-agreements").hidden = !page.next;
    $("#agreements-empty").hidden = tbody.children.length > 0;
  } catch (err) {
    showError(tbody, err);
  }
}

// "3 articles", or "3 articles, 2 stories" where some articles are versions of one story
function stories(a) {
  const articles = `${a.articles} article${a.articles === 1 ? "" : "s"}`;
  return a.stories && a.stories < a.articles ? `${articles}, ${a.stories} stor${a.stories === 1 ? "y" : "ies"}` : articles;
}

// "2 reports", "2 reports, 3 mentions", "3 mentions"
function told(a) {
  const reports = a.events ? `${a.events} report${a.events === 1 ? "" : "s"}` : "";
  const mentions = a.mentions ? `${a.mentions} mention${a.mentions === 1 ? "" : "s"}` : "";
  return [reports, mentions].filter(Boolean).join(", ") || "0 reports";
}

function agreementRow(a) {
  const row = el("tr", { class: "agreement-row", tabindex: "0", "data-id": a.id },
    el("td", { class: "date" }, day(a.lastReported)),
    el("td", {}, el("span", { class: "status status-" + a.status }, a.status)),
    el("td", { class: "parties" }, a.parties.map(partyLabel).join(" · ")),
    el("td", {}, a.subject || ""),
    el("td", {}, a.timeline.map(s => s.status).join(" → ")),
    el("td", { class: "reports" }, `${told(a)} in ${stories(a)}`),
    el("td", {}, (a.sources || []).join(", ")));
  const open = () => { location.hash = "#/agreements/" + encodeURIComponent(a.id); };
  row.addEventListener("click", open);
  row.addEventListener("keydown", ev => { if (ev.key === "Enter") open(); });
  return row;
}

async function showAgreement(id) {
  const view = $("#view-agreement");
  view.replaceChildren(el("p", { class: "muted" }, "Loading…"));
  try {
    const a = await getJson("agreements/" + encodeURIComponent(id));
    const reports = new Map(a.reports.map(r => [r.id, r]));
    const mentions = new Map((a.mentionedIn || []).map(m => [m.id, m]));
    // a later version of a story told by an earlier report: shown as such, not as news of its own
    const versionOf = new Map();
    (a.versions || []).forEach(group => group.slice(1).forEach(id => versionOf.set(id, group[0])));
    const stages = el("ol", { class: "timeline" }, a.timeline.map(s => el("li", { class: "stage" },
      el("span", { class: "status status-" + s.status }, s.status), " ",
      el("span", {}, s.date || "no date given"),
      el("span", { class: "muted" }, ` · first reported ${day(s.firstReported)}`),
      el("ul", { class: "stage-reports" }, s.events.filter(id => reports.has(id)).map(id => {
        const r = reports.get(id);
        return el("li", {},
          el("a", { href: "#/events/" + encodeURIComponent(r.id) }, r.article?.title || r.id),
          el("span", { class: "muted" }, " — " + [r.article?.source, r.article?.published, r.date && "dated " + r.date,
            versionOf.has(id) && "a version of " + (reports.get(versionOf.get(id))?.article?.title || versionOf.get(id))].filter(Boolean).join(", ")),
          el("blockquote", {}, highlighted(r.evidence[0]?.text || "", r.parties)));
      }).concat((s.mentions || []).filter(id => mentions.has(id)).map(id => {
        const m = mentions.get(id);
        return el("li", { class: "mention" },
          el("span", {}, m.article?.title || m.id),
          el("span", { class: "muted" }, " — mentioned in passing: " + [m.article?.source, m.article?.published].filter(Boolean).join(", ")),
          el("blockquote", {}, highlighted(m.evidence[0]?.text || "", m.parties)));
      }))))));
    view.replaceChildren(
      el("a", { href: "#/agreements", class: "back" }, "← all agreements"),
      a.id !== id ? el("p", { class: "muted" }, `${id} turned out to be this agreement and was merged into it.`) : "",
      el("h1", {}, a.subject || "Agreement"),
      el("div", { class: "party-cards" }, a.parties.map(p => el("div", { class: "party-card" },
        el("strong", {}, p.name), el("span", {}, [p.country || "country unknown", p.sector, p.kind].filter(Boolean).join(" · "))))),
      el("dl", { class: "facts" },
        field("Status", el("span", { class: "status status-" + a.status }, a.status)),
        field("When", a.date),
        field("Reported", `${told(a)} in ${stories(a)}, ${day(a.firstReported)} to ${day(a.lastReported)}` +
          (a.reported === false ? " — known only from mentions: no article reports news of it" : "")),
        field("Sources", (a.sources || []).join(", ")),
        field("Topics", (a.topics || []).join(", ")),
        field("Confidence", a.confidence.toFixed(2)),
        field("Agreement id", el("code", {}, a.id))),
      el("h2", {}, "Timeline"),
      stages,
      el("p", {}, el("a", { href: "agreements/" + encodeURIComponent(a.id), target: "_blank" }, "JSON")));
  } catch (err) {
    showError(view, err);
  }
}

// ---- who agrees with whom ----
async function showGraph() {
  const params = filterParams();
  params.set("limit", "200");
  params.set("reported", "true");
  const agreements = [];
  try {
    // the 1,000 agreements reported most recently that match the filters: an edge counts agreements, not reports
    for (let i = 0; i < 5; i++) {
      const page = await getJson("agreements?" + params);
      agreements.push(...page.items);
      if (!page.next) break;
      params.set("cursor", page.next);
    }
  } catch (err) {
    showError($("#view-graph"), err);
    return;
  }
  // one node per actor key: "UK", "Britain" and "the British government" are one side
  const labels = new Map();
  const counts = new Map();
  const edgeCounts = new Map();
  const edgeReports = new Map();
  for (const e of agreements) {
    const actors = [...new Set(e.parties.map(p => p.actor || partyLabel(p)))];
    for (const p of e.parties) {
      const byName = labels.get(p.actor || partyLabel(p)) || new Map();
      const shown = p.kind === "country" ? 1000 : 1;
      byName.set(partyLabel(p), (byName.get(partyLabel(p)) || 0) + shown);
      labels.set(p.actor || partyLabel(p), byName);
    }
    for (const a of actors) counts.set(a, (counts.get(a) || 0) + 1);
    for (let i = 0; i < actors.length; i++) {
      for (let j = i + 1; j < actors.length; j++) {
        const key = [actors[i], actors[j]].sort().join("\u0000");
        edgeCounts.set(key, (edgeCounts.get(key) || 0) + 1);
        edgeReports.set(key, (edgeReports.get(key) || 0) + e.events);
      }
    }
  }
  const label = a => [...labels.get(a).entries()].sort((x, y) => y[1] - x[1])[0][0];
  const nodes = new Map([...counts.entries()].map(([a, n]) => [a, n]));
  const edges = new Map([...edgeCounts.entries()].map(([key, n]) => [key, n]));
  state.actorLabel = label;
  $("#graph-note").textContent = `${nodes.size} parties and ${edges.size} pairs in the ${agreements.length} agreements reported most recently that match the filters; an edge counts agreements, however many reports tell of each.`;
  drawGraph([...nodes.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40), edges);
  const tbody = $("#pairs tbody");
  tbody.replaceChildren(...[...edges.entries()].sort((a, b) => b[1] - a[1]).slice(0, 100).map(([key, count]) => {
    const [a, b] = key.split("\u0000");
    return el("tr", {}, el("td", {}, label(a)), el("td", {}, label(b)), el("td", {}, String(count)), el("td", {}, String(edgeReports.get(key))));
  }));
}

function drawGraph(nodes, edges) {
  const svg = $("#graph");
  const ns = "http://www.w3.org/2000/svg";
  const make = (tag, attrs) => {
    const n = document.createElementNS(ns, tag);
    for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
    return n;
  };
  svg.replaceChildren();
  const cx = 450, cy = 330, r = 250;
  const pos = new Map(nodes.map(([name], i) => {
    const a = (2 * Math.PI * i) / Math.max(nodes.length, 1) - Math.PI / 2;
    return [name, [cx + r * Math.cos(a), cy + r * Math.sin(a), a]];
  }));
  for (const [key, count] of edges) {
    const [a, b] = key.split("\u0000");
    if (!pos.has(a) || !pos.has(b)) continue;
    const line = make("line", { x1: pos.get(a)[0], y1: pos.get(a)[1], x2: pos.get(b)[0], y2: pos.get(b)[1], class: "edge", "stroke-width": Math.min(1 + count, 8) });
    line.append(make("title", {}));
    line.lastChild.textContent = `${state.actorLabel(a)} — ${state.actorLabel(b)}: ${count}`;
    svg.append(line);
  }
  for (const [name, count] of nodes) {
    const [x, y, a] = pos.get(name);
    const g = make("g", { class: "node" });
    g.append(make("circle", { cx: x, cy: y, r: Math.min(3 + Math.sqrt(count) * 2, 12) }));
    const right = Math.cos(a) >= 0;
    const label = make("text", { x: x + (right ? 14 : -14), y: y + 4, "text-anchor": right ? "start" : "end" });
    label.textContent = `${state.actorLabel(name)} (${count})`;
    g.append(label);
    g.addEventListener("click", () => {
      $("#filters [name=party]").value = "";
      $("#filters [name=actor]").value = name;
      location.hash = "#/agreements";
    });
    svg.append(g);
  }
}

// ---- live feed ----
function connectLive() {
  const status = $("#live-status");
  const source = new EventSource("events/stream");
  source.onopen = () => { status.textContent = "● live"; status.classList.add("on"); };
  source.onerror = () => { status.textContent = "○ reconnecting"; status.classList.remove("on"); };
  source.onmessage = msg => {
    const e = JSON.parse(msg.data);
    state.liveCount++;
    const badge = $("#live-count");
    badge.hidden = false;
    badge.textContent = String(state.liveCount);
    $("#live-feed").prepend(el("li", {},
      el("a", { href: "#/events/" + encodeURIComponent(e.id) }, e.parties.map(partyLabel).join(" · ")),
      " ", el("span", { class: "status status-" + e.status }, e.status), " ", e.subject || "",
      el("span", { class: "muted" }, " — " + (e.article?.title || ""))));
    // a new event belongs at the top of an unfiltered, unpaged table
    if (!location.hash.startsWith("#/events/") && !filterParams().toString()) loadEvents(false);
  };
}

// ---- submit ----
async function submitArticle(ev) {
  ev.preventDefault();
  const form = new FormData(ev.target);
  const article = {};
  for (const k of ["title", "published", "url", "body"]) if (form.get(k).trim()) article[k] = form.get(k).trim();
  // text alone goes as raw text, so that its first line is the title and its dateline is read, as over Kafka
  const raw = Object.keys(article).length === 1 && article.body;
  const headers = { "Content-Type": raw ? "text/plain; charset=utf-8" : "application/json" };
  if (form.get("apiKey")) headers["X-API-Key"] = form.get("apiKey");
  const result = $("#submit-result");
  result.className = "";
  result.textContent = "Sending…";
  try {
    const res = await fetch("articles", { method: "POST", headers, body: raw ? article.body : JSON.stringify(article) });
    const body = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(body.detail || res.statusText);
    result.className = "ok";
    result.textContent = `Accepted as ${body.ids.join(", ")}. Its events appear in the table and the live feed in a moment.`;
  } catch (err) {
    result.className = "error";
    result.textContent = "Not accepted: " + err.message;
  }
}

// ---- routing ----
function route() {
  const hash = location.hash || "#/";
  const eventMatch = hash.match(/^#\/events\/(.+)$/);
  const agreementMatch = hash.match(/^#\/agreements\/(.+)$/);
  const view = eventMatch ? "event" : agreementMatch ? "agreement" : hash === "#/agreements" ? "agreements" : hash === "#/graph" ? "graph"
    : hash === "#/live" ? "live" : hash === "#/submit" ? "submit" : "events";
  for (const s of document.querySelectorAll(".view")) s.hidden = s.id !== "view-" + view;
  $("#filters").hidden = !(view === "events" || view === "agreements" || view === "graph");
  for (const a of document.querySelectorAll("nav a")) a.classList.toggle("active", a.dataset.view === view);
  if (view === "event") showEvent(decodeURIComponent(eventMatch[1]));
  if (view === "agreement") showAgreement(decodeURIComponent(agreementMatch[1]));
  if (view === "agreements") loadAgreements(false);
  if (view === "graph") showGraph();
  if (view === "live") { state.liveCount = 0; $("#live-count").hidden = true; }
}

$("#filters").addEventListener("submit", ev => {
  ev.preventDefault();
  if (location.hash === "#/graph") showGraph(); else if (location.hash === "#/agreements") loadAgreements(false); else loadEvents(false);
});
$("#mentioned-too").addEventListener("change", () => loadAgreements(false));
$("#filters").addEventListener("reset", () => setTimeout(() => location.hash === "#/agreements" ? loadAgreements(false) : loadEvents(false)));
$("#more").addEventListener("click", () => loadEvents(true));
$("#more-agreements").addEventListener("click", () => loadAgreements(true));
$("#submit-form").addEventListener("submit", submitArticle);
window.addEventListener("hashchange", route);
route();
loadEvents(false);
connectLive();
