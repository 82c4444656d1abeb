// The participant page in a real headless Chromium against a real lectern-server on loopback:
// two students (one on a phone-sized screen) and their instructor in one live session, each
// seeing the others' messages, questions, answers and votes as they happen.
//
// Needs LECTERN_SERVER (the lectern-server executable); ctest sets it. Screenshots go to
// LECTERN_SCREENSHOTS when it is set.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";

const serverPath = process.env.LECTERN_SERVER;
const chromiumPath = process.env.LECTERN_CHROMIUM || "/usr/bin/chromium";
const screenshots = process.env.LECTERN_SCREENSHOTS;
const password = "correct horse battery";

let workDir;
let databaseUrl;
let hub;
let baseUrl;
let browser;

function cli(...args) {
  return execFileSync(serverPath, [...args, "--database", databaseUrl], { encoding: "utf8" });
}

function addUser(email, name, role) {
  const lines = cli("users", "add", "--email", email, "--name", name, "--role", role,
    "--password", password).trim().split("\n");
  return Number(lines.at(-1));
}

function startHub() {
  return new Promise((resolve, reject) => {
    const child = spawn(serverPath, ["serve", "--port", "0", "--database", databaseUrl]);
    let output = "";
    const timer = setTimeout(() => reject(new Error(`the hub did not start: ${output}`)), 15000);
    child.stdout.on("data", (chunk) => {
      output += chunk;
      const found = output.match(/http:\/\/[\d.]+:(\d+)\//);
      if (found) {
        clearTimeout(timer);
        resolve({ child, url: `http://127.0.0.1:${found[1]}` });
      }
    });
    child.stderr.on("data", (chunk) => { output += chunk; });
    child.on("exit", (code) => reject(new Error(`the hub exited with ${code}: ${output}`)));
  });
}

async function rest(method, route, token, body) {
  const response = await fetch(baseUrl + route, {
    method,
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json();
  assert.ok(response.ok, `${method} ${route}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

async function login(email) {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  return (await response.json()).token;
}

async function shoot(page, name) {
  if (!screenshots) return;
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
}

// The chat item whose own text (not a quote of it in a reply) has `text`.
function message(page, text) {
  return page.locator("#chat-list li").filter({ has: page.locator(".content", { hasText: text }) });
}

// Opens the page in its own browser context, signs in and joins the session.
async function joinAs(email, sessionId, viewport) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.on("pageerror", (error) => assert.fail(`${email}: ${error.message}`));
  await page.goto(baseUrl + "/");
  await page.fill("#email", email);
  await page.fill("#password", password);
  await page.click("#sign-in");
  await page.locator(`button[data-session="${sessionId}"]`).click();
  await page.locator("#session-view").waitFor();
  // Joined and listening: the channel's hello has come and the lists are loaded.
  await page.waitForFunction(() => document.getElementById("participant-count").textContent.includes("here")
    && document.getElementById("connection").textContent === "");
  return page;
}

before(async () => {
  assert.ok(serverPath, "set LECTERN_SERVER to the lectern-server executable");
  workDir = mkdtempSync(path.join(tmpdir(), "lectern-web-"));
  databaseUrl = `sqlite://${path.join(workDir, "lectern.db")}`;
  cli("migrate");
  addUser("ada@example.org", "Ada Lovelace", "instructor");
  addUser("sam@example.org", "Sam Student", "student");
  addUser("kim@example.org", "Kim Student", "student");
  const course = Number(cli("courses", "add", "--title", "Django 101", "--instructor",
    "ada@example.org").trim().split("\n").at(-1));
  for (const email of ["sam@example.org", "kim@example.org"]) {
    cli("courses", "enroll", "--course", String(course), "--email", email);
  }
  ({ child: hub, url: baseUrl } = await startHub());
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  test.course = course;
});

after(async () => {
  if (browser) await browser.close();
  if (hub) hub.kill();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

test("two students and their instructor see each other live", async () => {
  const ada = await login("ada@example.org");
  const start = new Date(Date.now() + 5 * 60 * 1000);
  const session = await rest("POST", "/api/live/sessions/create/", ada, {
    course: test.course,
    title: "Week 12: Django ORM",
    scheduled_start: start.toISOString(),
    scheduled_end: new Date(start.getTime() + 60 * 60 * 1000).toISOString(),
  });
  await rest("POST", `/api/live/sessions/${session.id}/start/`, ada);

  const sam = await joinAs("sam@example.org", session.id, { width: 390, height: 844 });
  const kim = await joinAs("kim@example.org", session.id, { width: 1280, height: 800 });
  const teacher = await joinAs("ada@example.org", session.id, { width: 1280, height: 800 });
  await sam.waitForFunction(() => document.getElementById("participant-count").textContent.startsWith("3"));

  // Chat, shown as text: markup someone typed stays text.
  await sam.fill("#chat-input", "Hello <b>class</b>!");
  await sam.click("#chat-send");
  const samsMessage = message(kim, "Hello <b>class</b>!");
  await samsMessage.waitFor();
  assert.equal(await kim.locator("#chat-list b").count(), 0);
  await message(teacher, "Hello <b>class</b>!").waitFor();

  // A reply and a like, seen by the author.
  await samsMessage.getByRole("button", { name: "Reply" }).click();
  await kim.fill("#chat-input", "Same question here");
  await kim.click("#chat-send");
  await message(sam, "Same question here")
    .locator(".quote", { hasText: "Sam Student: Hello <b>class</b>!" }).waitFor();
  await samsMessage.getByRole("button", { name: "Like" }).click();
  await message(sam, "Hello <b>class</b>!")
    .getByRole("button", { name: "Like" }).filter({ hasText: "♥ 1" }).waitFor();

  // An anonymous question, upvoted, answered by the instructor on the page.
  await sam.getByRole("tab", { name: "Questions" }).click();
  await sam.fill("#question-input", "Why do we need migrations?");
  await sam.check("#ask-anonymous");
  await sam.click("#ask");
  const kimsView = kim.locator("#question-list li", { hasText: "Why do we need migrations?" });
  await kimsView.waitFor();
  assert.match(await kimsView.locator(".meta").first().textContent(), /^Anonymous/);
  await kimsView.getByRole("button", { name: "Upvote" }).click();
  const teachersView = teacher.locator("#question-list li", { hasText: "Why do we need migrations?" });
  await teachersView.getByRole("button", { name: "Upvote" }).filter({ hasText: "▲ 1" }).waitFor();
  assert.match(await teachersView.locator(".meta").first().textContent(), /^Anonymous/);
  await teachersView.locator(".answer-form input").fill("They keep every database in step with the models.");
  await teachersView.locator(".answer-form button").click();
  await sam.locator("#question-list .answer", { hasText: "They keep every database in step" }).waitFor();
  await shoot(sam, "participant-phone-questions");

  // A poll started from the console (here: REST); votes move everyone's bars.
  const poll = await rest("POST", `/api/live/sessions/${session.id}/polls/create/`, ada, {
    question: "Which ORM feature next?",
    options: ["select_related", "annotate"],
  });
  await rest("POST", `/api/live/polls/${poll.id}/start/`, ada);
  await sam.getByRole("tab", { name: "Polls" }).click();
  const samsPoll = sam.locator(`[data-poll="${poll.id}"]`);
  await samsPoll.getByLabel("select_related").check();
  await samsPoll.getByRole("button", { name: "Vote" }).click();
  const kimsPoll = kim.locator(`[data-poll="${poll.id}"]`);
  await kimsPoll.getByLabel("annotate").check();
  await kimsPoll.getByRole("button", { name: "Vote" }).click();
  const teachersPoll = teacher.locator(`[data-poll="${poll.id}"]`);
  await teachersPoll.locator(".figures", { hasText: "2 votes" }).waitFor();
  await teachersPoll.locator(".option", { hasText: "select_related" })
    .locator(".figures", { hasText: "1 · 50%" }).waitFor();
  await samsPoll.locator(".figures", { hasText: "2 votes" }).waitFor();
  await shoot(sam, "participant-phone-poll");
  await shoot(kim, "participant-desktop");

  // Leaving: the others see the room shrink.
  await kim.click("#leave");
  await kim.locator("#sessions-view").waitFor();
  await sam.waitForFunction(() => document.getElementById("participant-count").textContent.startsWith("2"));
  await shoot(kim, "participant-sessions");
});

test("a wrong password is refused with a clear message", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(baseUrl + "/");
  await shoot(page, "participant-sign-in");
  await page.fill("#email", "sam@example.org");
  await page.fill("#password", "not it");
  await page.click("#sign-in");
  await page.locator("#sign-in-error", { hasText: "email address or the password is wrong" }).waitFor();
  assert.ok(await page.locator("#sign-in-view").isVisible());
});
