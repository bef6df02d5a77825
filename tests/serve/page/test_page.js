#!/usr/bin/env node
// The editor page of `chronik serve` in headless Chromium (Debian's
// chromium), driven through the DevTools protocol (npm chrome-remote-interface).
//
// usage: node test_page.js path/to/chronik OUT_DIR
//
// Checks: /?example=1 loads the example and its events; the preview is the
// server's SVG; hiding an event with the keyboard removes it from the
// preview; an edited headline and date reach the preview; the SVG download
// is an SVG without the hidden event; no console errors or page exceptions.
// Writes before.png and after.png (the page before and after the edits) to
// OUT_DIR. Exits 77 (ctest: skipped) when chromium or the npm package is missing.
"use strict";

const { spawn, execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const readline = require("readline");

const SKIP = 77;
const DEADLINE_MS = 90000;

let CDP;
try {
  CDP = require("chrome-remote-interface");
} catch (_) {
  console.log("SKIP: npm package chrome-remote-interface missing: run npm ci --prefix tests/serve/page");
  process.exit(SKIP);
}

function findChromium() {
  for (const name of ["chromium", "chromium-browser"]) {
    try {
      return execFileSync("sh", ["-c", "command -v " + name]).toString().trim();
    } catch (_) { /* next */ }
  }
  return null;
}

// Starts a process and resolves with the first stderr match of `pattern`.
function startAndWait(cmd, args, pattern, what) {
  const child = spawn(cmd, args, { stdio: ["ignore", "ignore", "pipe"] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(what + " did not start")), 30000);
    const lines = readline.createInterface({ input: child.stderr });
    lines.on("line", (line) => {
      const m = pattern.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve({ child, match: m });
      }
    });
    child.on("exit", (code) => reject(new Error(what + " exited with " + code)));
  });
}

// SIGTERM, and SIGKILL if it is still there after 5 s; resolves once it has exited.
function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
    child.on("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

let passed = 0;
let failed = 0;
function check(name, ok, detail) {
  if (ok) {
    passed += 1;
    console.log("ok: " + name);
  } else {
    failed += 1;
    console.log("FAIL: " + name + (detail ? ": " + detail : ""));
  }
}

async function main() {
  const [chronik, outDir] = process.argv.slice(2);
  const chromium = findChromium();
  if (!chromium) {
    console.log("SKIP: chromium is not installed (Debian package 'chromium')");
    return SKIP;
  }
  fs.mkdirSync(outDir, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "chronik-page-"));
  const downloads = path.join(profile, "downloads");
  fs.mkdirSync(downloads);

  const server = await startAndWait(chronik, ["serve", "--port", "0", "--quiet"],
                                    /serving on http:\/\/127\.0\.0\.1:(\d+)\//, "chronik serve");
  const base = "http://127.0.0.1:" + server.match[1];
  const browser = await startAndWait(chromium, [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
    "--user-data-dir=" + profile, "--window-size=1400,900", "about:blank",
  ], /DevTools listening on ws:\/\/127\.0\.0\.1:(\d+)\//, "chromium");
  const port = Number(browser.match[1]);

  let client;
  try {
    client = await CDP({ host: "127.0.0.1", port });
    const { Page, Runtime, Log, Browser, Emulation, Input } = client;
    const problems = [];
    Runtime.consoleAPICalled((e) => {
      if (e.type === "error" || e.type === "assert") {
        problems.push("console." + e.type + ": " + e.args.map((a) => a.value || a.description).join(" "));
      }
    });
    Runtime.exceptionThrown((e) => problems.push("exception: " + (e.exceptionDetails.exception?.description || e.exceptionDetails.text)));
    Log.entryAdded((e) => {
      if (e.entry.level === "error") problems.push("log: " + e.entry.text + " " + (e.entry.url || ""));
    });
    await Promise.all([Page.enable(), Runtime.enable(), Log.enable()]);
    await Emulation.setDeviceMetricsOverride({ width: 1400, height: 900, deviceScaleFactor: 1, mobile: false });
    await Browser.setDownloadBehavior({ behavior: "allow", downloadPath: downloads, eventsEnabled: true });

    const evaluate = async (expression) => {
      const r = await Runtime.evaluate({ expression, awaitPromise: true, returnByValue: true });
      if (r.exceptionDetails) throw new Error(expression + ": " + (r.exceptionDetails.exception?.description || r.exceptionDetails.text));
      return r.result.value;
    };
    const waitFor = async (expression, what, ms = 30000) => {
      const until = Date.now() + ms;
      while (Date.now() < until) {
        if (await evaluate(expression)) return true;
        await sleep(50);
      }
      throw new Error("timed out waiting for " + what);
    };
    // The lines of the <desc> of the SVG the preview shows: one per event drawn.
    const previewLines = () => evaluate(`(async () => {
      const src = document.getElementById("preview-img").getAttribute("src");
      if (!src) return null;
      const svg = await (await fetch(src)).text();
      const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
      const desc = doc.querySelector("svg > desc");
      return desc ? desc.textContent.split("\\n").filter((l) => l) : [];
    })()`);
    const previewSettled = () => waitFor(
      `document.getElementById("preview").getAttribute("aria-busy") === "false" && !!document.getElementById("preview-img").getAttribute("src")`,
      "the preview");

    await Page.navigate({ url: base + "/?example=1" });
    await waitFor(`document.body && document.body.dataset.ready === "true"`, "the page to load the example");
    await previewSettled();
    await evaluate(`new Promise((r) => { const i = document.getElementById("preview-img"); i.complete ? r() : i.onload = r; })`);

    const text = await evaluate(`document.querySelector("#article-list .text").value`);
    check("the example article is loaded into the first article", text.includes("Kim Jong Un") && text.length > 1000,
          text.slice(0, 80));
    const marks = await evaluate(`[...document.querySelectorAll("#highlighted mark")].map((m) => [m.textContent, m.dataset.value])`);
    check("temporal expressions are marked with their values", marks.length >= 5 &&
          marks.some(([t, v]) => t === "Im August 2024" && v === "2024-08"), JSON.stringify(marks.slice(0, 4)));
    const events = await evaluate(`[...document.querySelectorAll("#event-list .event")].map((li) => ({
      id: li.dataset.id, headline: li.querySelector(".headline").value, date: li.querySelector(".date").value }))`);
    const timeline = await evaluate(`fetch("/api/timeline", {method: "POST", headers: {"Content-Type": "application/json"},
      body: JSON.stringify({articles: [{text: document.querySelector("#article-list .text").value}]})}).then((r) => r.json())`);
    check("the event list shows the timeline's events", events.length >= 5 && events.length === timeline.events.length &&
          events.every((e, i) => e.headline === timeline.events[i].headline), events.length + " vs " + timeline.events.length);
    const before = await previewLines();
    // The graphic shows dated events only (undated and vague ones stay in the list and the chronology).
    const dated = timeline.events.filter((e) => e.when && e.when.kind === "calendar" && !e.hidden).length;
    check("the preview is the renderer's SVG with every dated event", before && dated >= 4 && before.length === dated,
          JSON.stringify(before));
    const image = await evaluate(`(() => { const i = document.getElementById("preview-img"); return [i.naturalWidth, i.naturalHeight]; })()`);
    check("the preview image is drawn", image[0] > 300 && image[1] > 200, JSON.stringify(image));
    fs.writeFileSync(path.join(outDir, "before.png"), Buffer.from((await Page.captureScreenshot({ format: "png" })).data, "base64"));

    // Hide the second event with the keyboard: focus its checkbox, press Space.
    const victim = events[1];
    const victimLine = before.find((l) => l.endsWith(victim.headline) || l.includes(victim.headline.slice(0, 40)));
    await evaluate(`document.querySelectorAll("#event-list .event .shown")[1].focus()`);
    await Input.dispatchKeyEvent({ type: "keyDown", key: " ", code: "Space", windowsVirtualKeyCode: 32, text: " " });
    await Input.dispatchKeyEvent({ type: "keyUp", key: " ", code: "Space", windowsVirtualKeyCode: 32 });
    await waitFor(`document.getElementById("preview").dataset.events === "${events.length - 1}"`, "the preview without the hidden event");
    await previewSettled();
    const hidden = await previewLines();
    check("hiding an event (Space on its checkbox) removes it from the preview",
          victimLine && hidden.length === before.length - 1 && !hidden.includes(victimLine),
          JSON.stringify({ victimLine, hidden }));

    // Edit the first event's headline and date (typed, then Tab to commit).
    const typeInto = async (selector, value) => {
      await evaluate(`(() => { const e = document.querySelector(${JSON.stringify(selector)}); e.focus(); e.select(); })()`);
      await Input.insertText({ text: value });
      await Input.dispatchKeyEvent({ type: "keyDown", key: "Tab", code: "Tab", windowsVirtualKeyCode: 9 });
      await Input.dispatchKeyEvent({ type: "keyUp", key: "Tab", code: "Tab", windowsVirtualKeyCode: 9 });
    };
    const newHeadline = "Abkommen über strategische Partnerschaft (redigiert)";
    await typeInto("#event-list .event:first-child .headline", newHeadline);
    await waitFor(`(async () => { const s = document.getElementById("preview-img").getAttribute("src");
      return (await (await fetch(s)).text()).includes(${JSON.stringify(newHeadline)}); })()`, "the edited headline in the preview");
    await typeInto("#event-list .event:first-child .date", "2024-06-19");
    await waitFor(`(async () => { const s = document.getElementById("preview-img").getAttribute("src");
      return (await (await fetch(s)).text()).includes("19. Juni 2024: " + ${JSON.stringify(newHeadline)}); })()`,
      "the edited date in the preview");
    await previewSettled();
    const edited = await previewLines();
    check("an edited headline and date reach the preview", edited.includes("19. Juni 2024: " + newHeadline), JSON.stringify(edited));
    await waitFor(`document.querySelector("#event-list .event:first-child .display").textContent === "19. Juni 2024"`,
                  "the edited date as the server writes it", 10000).catch(() => {});
    const shownDate = await evaluate(`document.querySelector("#event-list .event:first-child .display").textContent`);
    check("the edited date is shown as the server writes it", shownDate === "19. Juni 2024", shownDate);
    const invalid = await evaluate(`(async () => {
      const d = document.querySelectorAll("#event-list .event .date")[2];
      d.value = "2024-13"; d.dispatchEvent(new Event("change"));
      return d.getAttribute("aria-invalid") === "true" && !document.getElementById("error").hidden; })()`);
    check("an impossible date is marked invalid and not sent", invalid);
    await evaluate(`(() => { const d = document.querySelectorAll("#event-list .event .date")[2];
      d.value = d.placeholder === "undated" ? "" : d.defaultValue; d.dispatchEvent(new Event("change")); })()`);
    await previewSettled();
    await sleep(200);
    fs.writeFileSync(path.join(outDir, "after.png"), Buffer.from((await Page.captureScreenshot({ format: "png" })).data, "base64"));

    // Download the SVG.
    const done = new Promise((resolve) => {
      client.on("Browser.downloadProgress", (e) => { if (e.state === "completed" || e.state === "canceled") resolve(e); });
    });
    await evaluate(`document.querySelector('#downloads button[data-format="svg"]').click()`);
    const progress = await Promise.race([done, sleep(20000).then(() => ({ state: "timeout" }))]);
    const files = fs.readdirSync(downloads).filter((f) => !f.endsWith(".crdownload"));
    const svg = files.length ? fs.readFileSync(path.join(downloads, files[0]), "utf-8") : "";
    check("the SVG download is an SVG", progress.state === "completed" && files[0] === "timeline.svg" &&
          svg.startsWith("<?xml") && svg.includes("<svg"), progress.state + " " + JSON.stringify(files));
    check("the download leaves the hidden event out and has the edits",
          !!victimLine && !svg.includes(victimLine) && svg.includes(newHeadline));

    // Every other download button, pressed with the keyboard (focus, Enter): a file of its kind
    // that keeps the edits (the binary ones: their signature).
    const kinds = {
      pdf: (b) => b.subarray(0, 5).toString() === "%PDF-",
      png: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
      ics: (b, t) => t.startsWith("BEGIN:VCALENDAR") && t.includes("redigiert"),
      md: (b, t) => t.startsWith("# ") && t.includes(newHeadline),
      html: (b, t) => /^<!DOCTYPE html>/i.test(t) && t.includes(newHeadline),
      jsonfeed: (b, t) => JSON.parse(t).version.startsWith("https://jsonfeed.org/version/") && t.includes(newHeadline),
      timelinejs: (b, t) => Array.isArray(JSON.parse(t).events) && t.includes(newHeadline),
      timeml: (b, t) => t.startsWith("<?xml") && t.includes("<TimeML") && t.includes("2024-06-19"),
      // The timeline JSON keeps a hidden event, marked, so that it can be shown again.
      json: (b, t) => JSON.parse(t).events.some((e) => e.headline === newHeadline) &&
        JSON.parse(t).events.every((e) => e.headline !== victim.headline || e.hidden === true),
    };
    const formats = await evaluate(`[...document.querySelectorAll("#downloads button")].map((b) => b.dataset.format)`);
    check("a download button for every format", JSON.stringify(formats) ===
          JSON.stringify(["svg", "pdf", "png", "ics", "md", "html", "jsonfeed", "timelinejs", "timeml", "json"]),
          JSON.stringify(formats));
    const wrong = [];
    for (const format of Object.keys(kinds)) {
      const before = new Set(fs.readdirSync(downloads));
      await evaluate(`document.querySelector('#downloads button[data-format="${format}"]').focus()`);
      await Input.dispatchKeyEvent({ type: "keyDown", key: "Enter", code: "Enter", windowsVirtualKeyCode: 13, text: "\r" });
      await Input.dispatchKeyEvent({ type: "keyUp", key: "Enter", code: "Enter", windowsVirtualKeyCode: 13 });
      let file = null;
      for (const until = Date.now() + 20000; !file && Date.now() < until; await sleep(50))
        file = fs.readdirSync(downloads).find((f) => !before.has(f) && !f.endsWith(".crdownload"));
      if (!file) { wrong.push(format + ": no file"); continue; }
      await sleep(100);  // the file complete on disk
      const bytes = fs.readFileSync(path.join(downloads, file));
      let ok = false;
      try { ok = kinds[format](bytes, bytes.toString("utf-8")); } catch (_) { ok = false; }
      if (!ok) wrong.push(format + ": " + file + " " + JSON.stringify(bytes.subarray(0, 40).toString()));
    }
    check("every download (keyboard: Enter) gives a file of its format with the edits", wrong.length === 0, wrong.join("; "));

    await sleep(100);
    check("no console errors or page exceptions", problems.length === 0, problems.join("; "));
    // The control: an error on the console is heard, or the check above checks nothing.
    await evaluate(`console.error("control")`);
    await sleep(100);
    check("the console listener hears errors (control)", problems.some((p) => p.includes("control")));
  } finally {
    if (client) await client.close().catch(() => {});
    await Promise.all([stop(browser.child), stop(server.child)]);
    try {
      fs.rmSync(profile, { recursive: true, force: true });
    } catch (_) { /* a helper process may still hold it; it is in the temp dir */ }
  }
  console.log(passed + " passed, " + failed + " failed");
  return failed ? 1 : 0;
}

const deadline = setTimeout(() => {
  console.log("FAIL: the page test did not finish within " + DEADLINE_MS / 1000 + " s");
  process.exit(1);
}, DEADLINE_MS);
main().then((code) => {
  clearTimeout(deadline);
  process.exit(code);
}, (e) => {
  console.log("FAIL: " + (e && e.stack || e));
  console.log(passed + " passed, " + (failed + 1) + " failed");
  process.exit(1);
});
