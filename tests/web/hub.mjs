// What the browser tests share: a lectern-server on loopback with a fresh SQLite file, seeded
// through its CLI and REST API, and Debian's Chromium driven by playwright-core.
//
// The hub serves the page compiled into it, as it ships (ctest builds it first); set
// LECTERN_PAGE_DIR=resources/participant to try page edits without a rebuild.
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
export const docsScreenshots = path.resolve(here, "../../docs/screenshots");
export const serverPath = process.env.LECTERN_SERVER;
export const chromiumPath = process.env.LECTERN_CHROMIUM || "/usr/bin/chromium";
export const password = "correct horse battery";

export const phone = { width: 390, height: 844 };
export const laptop = { width: 1366, height: 768 };

export class TestHub {
  constructor() {
    assert.ok(serverPath, "set LECTERN_SERVER to the lectern-server executable");
    this.workDir = mkdtempSync(path.join(tmpdir(), "lectern-web-"));
    this.databaseUrl = `sqlite://${path.join(this.workDir, "lectern.db")}`;
    this.child = null;
    this.url = null;
    this.cli("migrate");
  }

  cli(...args) {
    return execFileSync(serverPath, [...args, "--database", this.databaseUrl], { encoding: "utf8" });
  }

  // The id the CLI prints on its last line.
  lastId(output) {
    return Number(output.trim().split("\n").at(-1));
  }

  addUser(email, name, role) {
    return this.lastId(this.cli("users", "add", "--email", email, "--name", name, "--role", role,
      "--password", password));
  }

  addCourse(title, instructorEmail, members = []) {
    const course = this.lastId(this.cli("courses", "add", "--title", title, "--instructor", instructorEmail));
    for (const email of members) this.cli("courses", "enroll", "--course", String(course), "--email", email);
    return course;
  }

  start(extraArgs = []) {
    return new Promise((resolve, reject) => {
      const child = spawn(serverPath, ["serve", "--port", "0", "--database", this.databaseUrl, ...extraArgs], {
        env: process.env,
      });
      this.child = child;
      let output = "";
      const timer = setTimeout(() => reject(new Error(`the hub did not start: ${output}`)), 15000);
      child.stdout.on("data", (chunk) => {
        output += chunk;
        const found = output.match(/http:\/\/[\d.]+:(\d+)\//);
        if (found && !this.url) {
          clearTimeout(timer);
          this.url = `http://127.0.0.1:${found[1]}`;
          resolve(this.url);
        }
      });
      child.stderr.on("data", (chunk) => { output += chunk; });
      child.on("exit", (code) => reject(new Error(`the hub exited with ${code}: ${output}`)));
    });
  }

  async rest(method, route, token, body) {
    const response = await fetch(this.url + route, {
      method,
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const json = text ? JSON.parse(text) : null;
    assert.ok(response.ok, `${method} ${route}: ${response.status} ${text}`);
    return json;
  }

  async login(email) {
    const response = await fetch(`${this.url}/api/auth/login`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ email, password }),
    });
    assert.ok(response.ok, `sign-in of ${email}: ${response.status}`);
    return (await response.json()).token;
  }

  // A session of `course` starting in `minutesAhead` (it may be started now), with `fields`.
  // The hub refuses overlapping sessions of one instructor, even ended ones: give others
  // another slot.
  async createSession(token, course, fields = {}, minutesAhead = 5) {
    const start = new Date(Date.now() + minutesAhead * 60 * 1000);
    return this.rest("POST", "/api/live/sessions/create/", token, {
      course,
      title: "A session",
      scheduled_start: start.toISOString(),
      scheduled_end: new Date(start.getTime() + 60 * 60 * 1000).toISOString(),
      ...fields,
    });
  }

  stop() {
    if (this.child) {
      this.child.removeAllListeners("exit");
      this.child.kill();
    }
    rmSync(this.workDir, { recursive: true, force: true });
  }
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      "--autoplay-policy=no-user-gesture-required"],
  });
}

// A page in its own browser context (its own storage), failing the test on a page error.
export async function openPage(browser, viewport, label) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.on("pageerror", (error) => assert.fail(`${label}: ${error.message}`));
  return page;
}

export async function signIn(page, baseUrl, email, { keep = false } = {}) {
  await page.goto(baseUrl + "/");
  await page.fill("#email", email);
  await page.fill("#password", password);
  if (keep) await page.check("#keep-signed-in");
  await page.click("#sign-in");
  await page.locator("#sessions-view").waitFor();
}

// Screenshots go to LECTERN_SCREENSHOTS when it is set; `docsName` ones also to
// docs/screenshots (the README's) when LECTERN_UPDATE_DOCS_SCREENSHOTS=1, so that an ordinary
// test run leaves the source tree as it was.
export async function shoot(page, name, { docsName, fullPage = false } = {}) {
  const targets = [];
  if (process.env.LECTERN_SCREENSHOTS) targets.push(path.join(process.env.LECTERN_SCREENSHOTS, `${name}.png`));
  if (docsName && process.env.LECTERN_UPDATE_DOCS_SCREENSHOTS === "1") targets.push(path.join(docsScreenshots, `${docsName}.png`));
  if (targets.length === 0) return;
  for (const target of targets) mkdirSync(path.dirname(target), { recursive: true });
  await page.screenshot({ path: targets[0], fullPage });
  for (const target of targets.slice(1)) copyFileSync(targets[0], target);
}

// Polls `read` until `accept` holds for its answer, for at most `seconds`; the last answer.
export async function eventually(read, accept, seconds, what) {
  const deadline = Date.now() + seconds * 1000;
  let last;
  for (;;) {
    last = await read();
    if (accept(last)) return last;
    if (Date.now() > deadline) assert.fail(`${what}: still ${JSON.stringify(last)} after ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
