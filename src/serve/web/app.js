// The chronik editor page: articles in, the server's timeline out, edited
// here (hide, headline, date) and drawn again by the server's renderer.
// Everything it shows comes from /api/tag, /api/timeline and /api/render:
// the page holds no tagging, ordering or drawing logic of its own.
"use strict";

const FORMATS = [
  ["svg", "SVG"], ["pdf", "PDF"], ["png", "PNG"], ["ics", "iCalendar"], ["md", "Markdown"],
  ["html", "HTML"], ["jsonfeed", "JSON Feed"], ["timelinejs", "TimelineJS"], ["timeml", "TimeML"],
  ["json", "Timeline JSON"],
];

const state = {
  timeline: null,     // the timeline JSON as /api/timeline gave it, with the editor's changes
  previewUrl: null,   // object URL of the SVG shown
  previewSeq: 0,      // answers to older preview requests are dropped
  displaySeq: 0,
  serverKnowsHidden: null,  // found out with the first timeline (probeHidden)
  articleCount: 0,
};

const $ = (id) => document.getElementById(id);

// ---- articles -------------------------------------------------------------

function addArticle(text = "", name = "") {
  const node = $("article-template").content.firstElementChild.cloneNode(true);
  state.articleCount += 1;
  const n = state.articleCount;
  for (const [cls, label] of [["text", "Text"], ["published", "Published"], ["name", "Source"], ["url", "URL"]]) {
    const input = node.querySelector("." + cls);
    input.id = cls + "-" + n;
    input.setAttribute("aria-label", label + " of article " + n);
  }
  node.querySelector(".text").value = text;
  node.querySelector(".name").value = name;
  node.querySelector(".remove").addEventListener("click", () => {
    if ($("article-list").children.length > 1) node.remove();
    else node.querySelector(".text").value = "";
    numberArticles();
  });
  $("article-list").appendChild(node);
  numberArticles();
  return node;
}

function numberArticles() {
  [...$("article-list").children].forEach((node, i) => {
    node.querySelector("legend").textContent = "Article " + (i + 1);
  });
}

function articleInputs() {
  return [...$("article-list").children].map((node) => {
    const article = { text: node.querySelector(".text").value };
    const published = node.querySelector(".published").value;
    const name = node.querySelector(".name").value.trim();
    const url = node.querySelector(".url").value.trim();
    if (published) article.published = published;
    if (name) article.name = name;
    if (url) article.url = url;
    return article;
  });
}

async function loadFiles(files) {
  const list = $("article-list");
  for (const file of files) {
    const text = await file.text();
    // Fill an empty first card before adding new ones.
    const empty = [...list.children].find((n) => !n.querySelector(".text").value.trim());
    const node = empty || addArticle();
    node.querySelector(".text").value = text;
  }
}

// ---- talking to the server --------------------------------------------------

class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function post(path, body, signal) {
  const res = await fetch(path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
    signal,
  });
  if (!res.ok) {
    let message = res.status + " " + res.statusText;
    try {
      message = (await res.json()).error || message;
    } catch (_) { /* not JSON */ }
    throw new ApiError(res.status, message);
  }
  return res;
}

function graphicQuery(format) {
  const q = new URLSearchParams({ format });
  for (const id of ["size", "theme", "orientation"]) q.set(id, $(id).value);
  if ($("label-language").value) q.set("label-language", $("label-language").value);
  return q.toString();
}

// What the renderer and the writers get. Hidden events are sent with
// "hidden": true when the server's timeline reader knows the field;
// older servers get them left out here instead.
function timelineForOutput() {
  const t = state.timeline;
  if (state.serverKnowsHidden) return JSON.stringify(t);
  // A server that does not know the field: its events are left out here.
  const hidden = new Set(t.events.filter((e) => e.hidden).map((e) => e.id));
  const copy = Object.assign({}, t, {
    events: t.events.filter((e) => !hidden.has(e.id)).map((e) => {
      const c = Object.assign({}, e);
      delete c.hidden;
      return c;
    }),
    links: (t.links || []).filter((l) => !hidden.has(l.from) && !hidden.has(l.to)),
  });
  return JSON.stringify(copy);
}

// Whether the server's timeline JSON reader keeps "hidden": a timeline with
// its first event hidden, read and written back by the server.
async function probeHidden(timeline) {
  if (!timeline.events.length) return null;
  const probe = Object.assign({}, timeline, {
    events: timeline.events.map((e, i) => Object.assign({}, e, { hidden: i === 0 })),
  });
  try {
    const back = await (await post("/api/render?format=json", probe)).json();
    return back.events.some((e) => e.id === timeline.events[0].id && e.hidden === true);
  } catch (_) {
    return false;
  }
}

// The dates as the server writes them for readers ("August 2024", "nach
// August 2024"), after an edit: the timeline read and written back.
async function refreshDisplays() {
  const seq = ++state.displaySeq;
  try {
    const back = await (await post("/api/render?format=json", timelineForOutput())).json();
    if (seq !== state.displaySeq) return;
    const display = new Map(back.events.map((e) => [e.id, e.when.display]));
    for (const li of $("event-list").children) {
      const event = state.timeline.events.find((e) => e.id === li.dataset.id);
      if (!event || !display.has(event.id)) continue;
      event.when.display = display.get(event.id);
      li.querySelector(".display").textContent = event.when.display || "undated";
    }
  } catch (_) { /* the preview reports errors */ }
}

function edited() {
  showSummary();
  refreshPreview();
  refreshDisplays();
}

// "9 events from 1 article; 1 hidden."
function showSummary() {
  if (!state.timeline) return;
  const events = state.timeline.events.length, hidden = state.timeline.events.filter((e) => e.hidden).length;
  const articles = state.timeline.sources ? state.timeline.sources.length : 1;
  setStatus(events + (events === 1 ? " event" : " events") + " from " + articles +
            (articles === 1 ? " article" : " articles") + (hidden ? "; " + hidden + " hidden" : "") + ".");
}

// ---- building ------------------------------------------------------------------

function setStatus(text) {
  $("status").textContent = text;
}

function showError(text) {
  const box = $("error");
  box.textContent = text;
  box.hidden = !text;
}

async function build() {
  const articles = articleInputs();
  if (!articles.some((a) => a.text.trim())) {
    showError("Paste an article first.");
    $("article-list").querySelector(".text").focus();
    return;
  }
  showError("");
  setStatus("Building…");
  $("build").disabled = true;
  try {
    const options = {};
    if ($("title").value.trim()) options.title = $("title").value.trim();
    const [tags, timelineRes] = await Promise.all([
      Promise.all(articles.map((a, i) => tagArticle(a, i))),
      post("/api/timeline", { articles, options }),
    ]);
    state.timeline = await timelineRes.json();
    if (state.serverKnowsHidden === null) state.serverKnowsHidden = await probeHidden(state.timeline);
    showHighlights(articles, tags);
    showEvents();
    showSummary();
    await refreshPreview();
  } catch (e) {
    setStatus("");
    showError(e.message);
    if (e.status === 422) {
      const missing = [...$("article-list").querySelectorAll(".published")].find((i) => !i.value);
      if (missing) missing.focus();
    }
  } finally {
    $("build").disabled = false;
  }
}

async function tagArticle(article, index) {
  const body = { text: article.text };
  if (article.published) body.published = article.published;
  try {
    return await (await post("/api/tag", body)).json();
  } catch (e) {
    if (e instanceof ApiError) {
      e.message = "Article " + (index + 1) + ": " + e.message;
    }
    throw e;
  }
}

// ---- the text with its dates marked ----------------------------------------------

function describe(x) {
  let tip = x.type + " " + x.value;
  if (x.mod) tip += " (" + x.mod + ")";
  if (x.earliest || x.latest) {
    if (x.earliest === x.latest) tip += " · " + x.earliest;
    else tip += " · " + (x.earliest || "…") + " – " + (x.latest || "…");
  }
  return tip;
}

// Expressions carry offsets in code points; JavaScript strings count UTF-16
// units. One pass maps the first to the second.
function codePointOffsets(text) {
  const units = [0];
  let u = 0;
  for (const ch of text) {
    u += ch.length;
    units.push(u);
  }
  return units;
}

function showHighlights(articles, tags) {
  const box = $("highlighted");
  box.replaceChildren();
  tags.forEach((doc, i) => {
    const section = document.createElement("article");
    section.className = "marked";
    const head = document.createElement("h3");
    head.textContent = "Article " + (i + 1) + (doc.published ? " · published " + doc.published + " (" + doc.published_from + ")" : "");
    section.appendChild(head);
    const body = document.createElement("div");
    body.className = "marked-text";
    const text = articles[i].text;
    if (doc.format !== "text") {
      body.textContent = "(TimeML input: " + doc.expressions.length + " expressions; marks are shown for plain text)";
    } else {
      const units = codePointOffsets(text);
      let at = 0;
      for (const x of doc.expressions) {
        const begin = units[x.char_start];
        const end = units[x.char_end];
        if (begin === undefined || end === undefined || begin < at) continue;
        body.appendChild(document.createTextNode(text.slice(at, begin)));
        const mark = document.createElement("mark");
        mark.textContent = text.slice(begin, end);
        mark.dataset.tip = describe(x);
        mark.dataset.value = x.value;
        mark.title = describe(x);
        mark.tabIndex = 0;
        mark.className = "timex timex-" + x.type.toLowerCase();
        body.appendChild(mark);
        at = end;
      }
      body.appendChild(document.createTextNode(text.slice(at)));
    }
    section.appendChild(body);
    box.appendChild(section);
  });
}

// ---- events ------------------------------------------------------------------------

// A date as the editor types it: "2024", "2024-08", "2024-08-15".
function calendarWhen(value) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const pad = (n) => String(n).padStart(2, "0");
  const lastDay = (y, mo) => new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (!m[2]) {
    return { granularity: "year", earliest: m[1] + "-01-01", latest: m[1] + "-12-31" };
  }
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (!m[3]) {
    return { granularity: "month", earliest: value + "-01", latest: value + "-" + pad(lastDay(year, month)) };
  }
  const day = Number(m[3]);
  if (day < 1 || day > lastDay(year, month)) return null;
  return { granularity: "day", earliest: value, latest: value };
}

function setDate(event, value) {
  value = value.trim();
  if (!value) {
    event.when = { kind: "undated", timex3: null, granularity: null, mod: null, until: null,
                   earliest: null, latest: null, edtf: null, display: "" };
    return true;
  }
  const c = calendarWhen(value);
  if (!c) return false;
  event.when = { kind: "calendar", timex3: value, granularity: c.granularity, mod: null, until: null,
                 earliest: c.earliest, latest: c.latest, edtf: value, display: value };
  return true;
}

function showEvents() {
  const list = $("event-list");
  list.replaceChildren();
  state.timeline.events.forEach((event, i) => {
    const li = document.createElement("li");
    li.className = "event" + (event.hidden ? " is-hidden" : "");
    li.dataset.id = event.id;

    const shown = document.createElement("input");
    shown.type = "checkbox";
    shown.checked = !event.hidden;
    shown.className = "shown";
    shown.setAttribute("aria-label", "Show event " + (i + 1));
    shown.addEventListener("change", () => {
      event.hidden = !shown.checked;
      li.classList.toggle("is-hidden", event.hidden);
      edited();
    });

    const date = document.createElement("input");
    date.type = "text";
    date.className = "date";
    date.value = event.when.timex3 && event.when.kind === "calendar" ? event.when.timex3 : "";
    // The date as readers see it stands beside the field (vague ones too).
    date.placeholder = "YYYY-MM-DD";
    date.setAttribute("aria-label", "Date of event " + (i + 1));
    date.title = "YYYY, YYYY-MM or YYYY-MM-DD; empty: undated";
    date.addEventListener("change", () => {
      if (setDate(event, date.value)) {
        date.removeAttribute("aria-invalid");
        edited();
      } else {
        date.setAttribute("aria-invalid", "true");
        showError("Event " + (i + 1) + ": '" + date.value + "' is not YYYY, YYYY-MM or YYYY-MM-DD.");
      }
    });

    const display = document.createElement("span");
    display.className = "display";
    display.textContent = event.when.display || "undated";

    const headline = document.createElement("textarea");
    headline.rows = 1;
    headline.className = "headline";
    headline.value = event.headline;
    headline.maxLength = 300;
    // A headline is one line: Enter applies it (as Tab does) instead of breaking it.
    headline.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && !e.ctrlKey && !e.metaKey) {
        e.preventDefault();
        headline.dispatchEvent(new Event("change"));
      }
    });
    headline.setAttribute("aria-label", "Headline of event " + (i + 1));
    headline.addEventListener("input", () => fitHeight(headline));
    headline.addEventListener("change", () => {
      event.headline = headline.value.replace(/\s*\n\s*/g, " ");
      edited();
    });

    const salience = document.createElement("span");
    salience.className = "salience";
    const value = typeof event.salience === "number" ? event.salience : null;
    const meter = document.createElement("meter");
    meter.min = 0;
    meter.max = 1;
    meter.value = value === null ? 0 : value;
    meter.setAttribute("aria-label", "Salience of event " + (i + 1));
    salience.append(meter, document.createTextNode(value === null ? " –" : " " + value.toFixed(2)));
    salience.title = "salience: how much the event matters to a reader (0 … 1)";

    const line1 = document.createElement("div");
    line1.className = "event-line";
    line1.append(shown, date, display, salience);
    li.append(line1, headline);
    list.appendChild(li);
  });
  for (const t of list.querySelectorAll(".headline")) fitHeight(t);
}

// A headline's box as tall as its lines.
function fitHeight(textarea) {
  textarea.style.height = "auto";
  textarea.style.height = textarea.scrollHeight + 2 + "px";
}

// ---- preview and downloads ------------------------------------------------------------

async function refreshPreview() {
  if (!state.timeline) return;
  const seq = ++state.previewSeq;
  const figure = $("preview");
  figure.setAttribute("aria-busy", "true");
  try {
    const res = await post("/api/render?" + graphicQuery("svg"), timelineForOutput());
    const blob = await res.blob();
    if (seq !== state.previewSeq) return;
    if (state.previewUrl) URL.revokeObjectURL(state.previewUrl);
    state.previewUrl = URL.createObjectURL(blob);
    const img = $("preview-img");
    img.src = state.previewUrl;
    img.alt = "Timeline preview: " + state.timeline.events.filter((e) => !e.hidden).length + " events";
    $("preview-empty").hidden = true;
    figure.dataset.events = String(state.timeline.events.filter((e) => !e.hidden).length);
    showError("");
  } catch (e) {
    if (seq === state.previewSeq) showError("Preview: " + e.message);
  } finally {
    if (seq === state.previewSeq) figure.setAttribute("aria-busy", "false");
  }
}

function filenameOf(res, format) {
  const cd = res.headers.get("Content-Disposition") || "";
  const m = /filename="([^"]+)"/.exec(cd);
  return m ? m[1] : "timeline." + format;
}

async function download(format) {
  if (!state.timeline) {
    showError("Build a timeline first.");
    return;
  }
  try {
    const res = await post("/api/render?" + graphicQuery(format), timelineForOutput());
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement("a");
    a.href = url;
    a.download = filenameOf(res, format);
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    const left = Number(res.headers.get("X-Chronik-Events-Left-Out") || 0);
    setStatus("Downloaded " + a.download + (left ? " (" + left + " events without a calendar date left out)" : "") + ".");
  } catch (e) {
    showError("Download " + format + ": " + e.message);
  }
}

// ---- start --------------------------------------------------------------------------------

function debounce(fn, ms) {
  let t = 0;
  return () => {
    clearTimeout(t);
    t = setTimeout(fn, ms);
  };
}

async function start() {
  const downloads = $("downloads");
  for (const [format, label] of FORMATS) {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = label;
    b.dataset.format = format;
    b.addEventListener("click", () => download(format));
    downloads.appendChild(b);
  }
  $("add-article").addEventListener("click", () => addArticle().querySelector(".text").focus());
  $("load-files").addEventListener("change", (e) => loadFiles(e.target.files));
  $("build").addEventListener("click", build);
  const redraw = debounce(refreshPreview, 150);
  for (const id of ["size", "theme", "orientation", "label-language"]) $(id).addEventListener("change", redraw);
  document.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      build();
    }
  });
  addArticle();
  if (new URLSearchParams(location.search).get("example") === "1") {
    const res = await fetch("/example.txt");
    if (res.ok) {
      $("article-list").querySelector(".text").value = await res.text();
      await build();
    }
  }
  document.body.dataset.ready = "true";
}

start();
