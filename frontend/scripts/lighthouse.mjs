// Lighthouse (mobile preset: its default config, simulated slow-4G and 4x CPU throttling) on the
// signed-in to-do list and a ticket page, the way a phone meets the console for the first time.
//
//   node frontend/scripts/lighthouse.mjs [--runs 3] [--json FILE] [--reports DIR] [--url http://localhost:PORT]
//
// --json writes the figures of every run and the medians; --reports keeps each run's full
// Lighthouse report (<page>-<run>.json, open it in the Lighthouse viewer) to see what to fix.
//
// Without --url it starts tools/e2e_server.py (as the e2e suite does, so run it inside
// `tools/stack.py --profile test exec`; `make bench-spa` does), which serves the built frontend/dist
// with the demo tenants. alice files leave requests through the API; lead, an ordinary approver (not
// a tenant admin), then has them on his to-do list. Debian's Chromium runs headless with remote
// debugging; playwright-core signs lead in over CDP (the session cookie stays in the profile) and
// Lighthouse audits each page `--runs` times; the median run (by performance score) is printed.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import lighthouse from "lighthouse";
import { chromium } from "playwright-core";
import CHROMIUM_FLAGS from "../e2e/chromium-flags.json" with { type: "json" };

const ROOT = resolve(import.meta.dirname, "../..");
const PASSWORD = "loonflow";
const TENANT = "it";

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : fallback;
}

const freePort = () =>
  new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });

/** tools/e2e_server.py's URL once it prints READY, and the process (to stop after). */
async function startServer() {
  const python = process.env.E2E_PYTHON ?? resolve(ROOT, ".venv/bin/python");
  // The server's log (the demo's failing SMTP deliveries and the like) goes to a file, not between the figures.
  const log = join(tmpdir(), `loonflow-lighthouse-server-${process.pid}.log`);
  const server = spawn(python, [resolve(ROOT, "tools/e2e_server.py")], { cwd: ROOT, stdio: ["ignore", "pipe", openSync(log, "w")] });
  const url = await new Promise((done, fail) => {
    let buffer = "";
    const timer = setTimeout(() => fail(new Error("e2e server did not start within 150 s")), 150_000);
    server.stdout.on("data", (chunk) => {
      buffer += chunk.toString();
      const match = /READY (\S+)/.exec(buffer);
      if (match) {
        clearTimeout(timer);
        done(match[1]);
      }
    });
    server.on("exit", (code) => fail(new Error(`e2e server exited with ${code} (its log: ${log})`)));
  });
  console.log(`server ${url} (log: ${log})`);
  return { url, server };
}

/** Headless Chromium with a fresh profile and remote debugging on a free port. */
async function startChromium() {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), "loonflow-lighthouse-"));
  const browser = spawn(
    process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    [
      "--headless=new",
      ...CHROMIUM_FLAGS, // the e2e suite's: no calling home on this closed network
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      "about:blank",
    ],
    { stdio: "ignore" },
  );
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      await (await fetch(`http://127.0.0.1:${port}/json/version`)).json();
      break;
    } catch (error) {
      if (Date.now() > deadline || browser.exitCode !== null) throw new Error(`Chromium did not start: ${error}`);
      await new Promise((done) => setTimeout(done, 200));
    }
  }
  return { port, browser, profile };
}

/** Call the API from inside the page with its session cookie and CSRF token. */
const api = (page, method, path, body) =>
  page.evaluate(
    async ({ method, path, body }) => {
      const token = document.cookie.split("; ").find((part) => part.startsWith("loonflow_csrftoken="))?.split("=")[1] ?? "";
      const response = await fetch(path, {
        method,
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRFToken": token },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: await response.json() };
    },
    { method, path, body },
  );

async function signIn(page, origin, username) {
  await page.goto(`${origin}/login`);
  await page.locator("#username").fill(username);
  await page.locator("#password").fill(PASSWORD);
  await page.locator("button[type=submit]").click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/**
 * alice files a few leave requests (waiting for her leader, lead), then lead signs in and stays
 * signed in (the cookie lives in the browser profile Lighthouse uses). The id of one waiting ticket.
 */
async function prepare(cdpPort, origin) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${cdpPort}`);
  const context = browser.contexts()[0];
  const page = await context.newPage();
  await signIn(page, origin, "alice");
  const workflows = (await api(page, "GET", "/api/v1/workflows")).body;
  const leave = workflows.find((workflow) => workflow.key === "leave");
  let waiting;
  for (const [index, reason] of ["Family visit", "Moving house", "Conference"].entries()) {
    const fields = { leave_type: "annual", start_date: "2026-12-21", days: 2 + index, reason };
    const created = await api(page, "POST", "/api/v1/tickets", { workflow_id: leave.id, fields, transition: "submit" });
    if (created.status !== 201) throw new Error(`filing a leave request failed: ${JSON.stringify(created.body)}`);
    waiting ??= created.body.id;
  }
  await context.clearCookies();
  await signIn(page, origin, "lead");
  const todo = (await api(page, "GET", "/api/v1/tickets/counts")).body;
  await page.close();
  await browser.close(); // disconnects; the browser and lead's cookie stay
  return { ticketId: waiting, todo };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** The figures of one Lighthouse result. */
function figures(lhr) {
  const audit = (id) => lhr.audits[id];
  const unused = audit("unused-javascript")?.details?.overallSavingsBytes ?? 0;
  return {
    performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
    lcp: audit("largest-contentful-paint").numericValue,
    tbt: audit("total-blocking-time").numericValue,
    fcp: audit("first-contentful-paint").numericValue,
    cls: audit("cumulative-layout-shift").numericValue,
    unusedKiB: unused / 1024,
    a11yProblems: Object.values(lhr.audits)
      .filter((item) => lhr.categories.accessibility.auditRefs.some((ref) => ref.id === item.id && ref.weight > 0) && item.score === 0)
      .map((item) => item.id),
  };
}

const row = (name, f) =>
  `${name.padEnd(22)} ${String(f.performance).padStart(5)} ${String(f.accessibility).padStart(6)} ${(f.lcp / 1000).toFixed(2).padStart(7)} s ${String(Math.round(f.tbt)).padStart(6)} ms ${(f.fcp / 1000).toFixed(2).padStart(6)} s ${f.cls.toFixed(3).padStart(6)} ${f.unusedKiB.toFixed(0).padStart(7)} KiB`;

async function main() {
  const runs = Number(option("runs", "3"));
  const jsonPath = option("json");
  const reports = option("reports");
  if (reports) mkdirSync(reports, { recursive: true });
  let server;
  let base = option("url");
  if (!base) ({ url: base, server } = await startServer());
  const origin = (() => {
    const url = new URL(base);
    url.hostname = `${TENANT}.localhost`; // tenants are routed by Host; Chromium resolves *.localhost itself
    return url.origin;
  })();
  const chrome = await startChromium();
  try {
    const { ticketId, todo } = await prepare(chrome.port, origin);
    console.log(`lead's to-do: ${JSON.stringify(todo)}; ticket page: /tickets/${ticketId}`);
    const pages = [
      ["to-do", `${origin}/tickets?view=todo`],
      ["ticket", `${origin}/tickets/${ticketId}`],
    ];
    const results = {};
    for (const [name, url] of pages) {
      results[name] = [];
      for (let run = 0; run < runs; run += 1) {
        // Lighthouse 12.2.3 now and then fails to record this Chromium's trace (NO_NAVSTART): run again.
        let result;
        for (let attempt = 1; ; attempt += 1) {
          result = await lighthouse(url, {
            port: chrome.port,
            output: "json",
            logLevel: "error",
            onlyCategories: ["performance", "accessibility"],
          });
          if (!result.lhr.runtimeError) break;
          if (attempt === 3) throw new Error(`${name}: Lighthouse failed 3 times: ${result.lhr.runtimeError.message}`);
          console.log(`  ${name} run ${run + 1}: ${result.lhr.runtimeError.code}, again`);
        }
        const f = figures(result.lhr);
        if (result.lhr.finalDisplayedUrl.includes("/login")) throw new Error(`${name}: not signed in (landed on ${result.lhr.finalDisplayedUrl})`);
        results[name].push(f);
        if (reports) writeFileSync(join(reports, `${name}-${run + 1}.json`), result.report);
        console.log(`  ${row(`${name} run ${run + 1}`, f)}`);
      }
    }
    console.log(`\nLighthouse ${runs} runs per page, mobile preset; median of each figure:`);
    console.log(`${"page".padEnd(24)} perf  a11y       LCP        TBT      FCP    CLS   unused JS`);
    const summary = {};
    for (const [name] of pages) {
      const list = results[name];
      const pick = (key) => median(list.map((f) => f[key]));
      summary[name] = {
        performance: pick("performance"),
        accessibility: pick("accessibility"),
        lcp: pick("lcp"),
        tbt: pick("tbt"),
        fcp: pick("fcp"),
        cls: pick("cls"),
        unusedKiB: pick("unusedKiB"),
        a11yProblems: [...new Set(list.flatMap((f) => f.a11yProblems))],
      };
      console.log(`  ${row(name, summary[name])}`);
      if (summary[name].a11yProblems.length) console.log(`    accessibility audits failing: ${summary[name].a11yProblems.join(", ")}`);
    }
    if (jsonPath) writeFileSync(jsonPath, JSON.stringify({ runs, results, summary }, null, 2));
  } finally {
    chrome.browser.kill();
    await new Promise((done) => (chrome.browser.exitCode !== null ? done() : chrome.browser.once("exit", done)));
    rmSync(chrome.profile, { recursive: true, force: true });
    if (server && server.exitCode === null) {
      const exited = new Promise((done) => server.once("exit", done));
      server.kill("SIGTERM");
      await exited;
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
