// Attendance is presence: a student who joins a live Zoom session on the page is present while
// the page's live channel is open, and when they close the tab their stint ends at the moment
// it dropped (once the presence grace, 2 s here, has passed without a reconnect).
//
// Needs LECTERN_SERVER (the lectern-server executable); ctest sets it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { TestHub, launchBrowser, openPage, signIn, eventually, phone } from "./hub.mjs";

const grace = 2;
const zoomLink = "https://us02web.zoom.us/j/81234567890?pwd=owls42";

let hub;
let baseUrl;
let browser;
let course;

before(async () => {
  hub = new TestHub();
  hub.addUser("ada@example.org", "Ada Lovelace", "instructor");
  hub.addUser("sam@example.org", "Sam Student", "student");
  course = hub.addCourse("Django 101", "ada@example.org", ["sam@example.org"]);
  baseUrl = await hub.start(["--presence-grace", String(grace)]);
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (hub) hub.stop();
});

async function samsRow(ada, sessionId) {
  const roster = await hub.rest("GET", `/api/live/sessions/${sessionId}/participants/`, ada);
  return roster.find((p) => p.user && p.user.name === "Sam Student") || null;
}

test("closing the tab ends the student's stint after the grace period", async () => {
  const ada = await hub.login("ada@example.org");
  const session = await hub.createSession(ada, course, {
    title: "Week 3: Models",
    description: "Bring your laptop; we write models together.",
    platform: "zoom",
    meeting_link: zoomLink,
  });
  await hub.rest("POST", `/api/live/sessions/${session.id}/start/`, ada);

  const page = await openPage(browser, phone, "sam");
  await signIn(page, baseUrl, "sam@example.org");
  await page.locator(`button[data-session="${session.id}"]`).click();

  // The link's pwd is the session's password: the dialog says what it is for, and a wrong
  // one keeps it open with the reason in words.
  const dialog = page.locator("#password-dialog");
  await dialog.waitFor();
  assert.match(await page.locator("#password-why").textContent(), /passcode of the Zoom meeting/);
  await page.fill("#session-password", "not it");
  await page.press("#session-password", "Enter");
  await page.locator("#password-error", { hasText: "not right" }).waitFor();
  assert.ok(await dialog.isVisible(), "the dialog stays open after a wrong password");
  await page.fill("#session-password", "owls42");
  await page.press("#session-password", "Enter");
  await page.locator("#session-view").waitFor();
  assert.equal(await dialog.isVisible(), false);

  // The way into the video class.
  const link = page.locator("#meeting-link");
  await link.waitFor();
  assert.equal(await link.textContent(), "Join on Zoom");
  assert.equal(await link.getAttribute("href"), zoomLink);
  assert.equal(await link.getAttribute("target"), "_blank");
  assert.match(await link.getAttribute("rel"), /noopener/);
  const facts = await page.locator("#meeting-facts").textContent();
  assert.match(facts, /Meeting ID\s*81234567890/);
  assert.match(facts, /Passcode\s*owls42/);
  assert.match(await page.locator("#session-description").textContent(), /Bring your laptop/);

  // In the room, listening, and talking.
  await page.waitForFunction(() => document.getElementById("participant-count").textContent === "1 here"
    && document.getElementById("connection").textContent === "");
  await page.fill("#chat-input", "Hello from the bus");
  await page.press("#chat-input", "Enter");
  await page.locator("#chat-list li .content", { hasText: "Hello from the bus" }).waitFor();
  assert.equal(await page.inputValue("#chat-input"), "");

  // Present for longer than the grace period: the open socket, not the REST join, keeps him.
  const present = await eventually(() => samsRow(ada, session.id),
    (row) => row && row.duration_seconds > grace + 1, 15, "Sam present past the grace period");
  assert.equal(present.status, "joined");
  assert.equal(present.left_at, null);
  assert.equal(present.chat_messages_count, 1);

  const closedAt = Date.now();
  await page.close();

  const gone = await eventually(() => samsRow(ada, session.id), (row) => row && row.left_at !== null,
    15, "Sam's stint ended after the tab closed");
  // Closing a tab is not "Leave": he is still a participant, with his stint closed.
  assert.equal(gone.status, "joined");
  assert.ok(gone.duration_seconds > 0, `attended ${gone.duration_seconds} s`);
  assert.ok(gone.duration_seconds >= present.duration_seconds);
  // The stint ended when the socket dropped, not when the grace period ran out.
  const leftAt = new Date(gone.left_at).getTime();
  assert.ok(leftAt <= closedAt + 1500, `left_at ${gone.left_at} is near the close at ${new Date(closedAt).toISOString()}`);
});
