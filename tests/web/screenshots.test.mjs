// The page as a student sees it, on a phone (390x844) and a laptop (1366x768): a live Zoom
// session with its chat (pinned message, host and TA labels, their own message), and History
// with a recording half watched. Checks that nothing spills sideways on the phone, and takes
// the README's screenshots (docs/screenshots/participant-*.png with
// LECTERN_UPDATE_DOCS_SCREENSHOTS=1; LECTERN_SCREENSHOTS gets them too).
//
// Needs LECTERN_SERVER (the lectern-server executable); ctest sets it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { TestHub, launchBrowser, openPage, signIn, shoot, phone, laptop } from "./hub.mjs";

let hub;
let baseUrl;
let browser;
let live;
let past;

before(async () => {
  hub = new TestHub();
  hub.addUser("ada@example.org", "Ada Lovelace", "instructor");
  hub.addUser("tom@example.org", "Tom Assistant", "ta");
  hub.addUser("sam@example.org", "Sam Student", "student");
  hub.addUser("kim@example.org", "Kim Student", "student");
  const course = hub.addCourse("Django 101", "ada@example.org",
    ["tom@example.org", "sam@example.org", "kim@example.org"]);
  baseUrl = await hub.start();
  browser = await launchBrowser();

  const ada = await hub.login("ada@example.org");
  const tom = await hub.login("tom@example.org");
  const sam = await hub.login("sam@example.org");
  const kim = await hub.login("kim@example.org");

  // Last week's class, ended, with its recording half watched by Sam.
  past = await hub.createSession(ada, course, { title: "Week 11: Forms and validation" }, 180);
  await hub.rest("POST", `/api/live/sessions/${past.id}/start/`, ada);
  await hub.rest("POST", `/api/live/sessions/${past.id}/join/`, sam);
  await hub.rest("POST", `/api/live/sessions/${past.id}/end/`, ada);
  const recording = await hub.rest("POST", `/api/live/sessions/${past.id}/recordings/create/`, ada, {
    video_url: "https://media.example.org/week-11.webm",
    title: "Full lecture",
    duration_seconds: 3300,
  });
  await hub.rest("POST", `/api/live/recordings/${recording.id}/track/`, sam,
    { watch_duration_seconds: 60, last_position_seconds: 60 });

  // Today's class, live on Zoom, with a busy chat.
  live = await hub.createSession(ada, course, {
    title: "Week 12: Django ORM",
    description: "Querysets, select_related and annotate. Have the exercise repository cloned.",
    platform: "zoom",
    meeting_link: "https://us02web.zoom.us/j/81234567890",
    meeting_password: "orm12",
  });
  await hub.rest("POST", `/api/live/sessions/${live.id}/start/`, ada);
  for (const [token, password] of [[tom, undefined], [kim, "orm12"]]) {
    await hub.rest("POST", `/api/live/sessions/${live.id}/join/`, token, password ? { password } : {});
  }
  await hub.rest("POST", `/api/live/sessions/${live.id}/join/`, ada);
  const say = (token, content, more = {}) =>
    hub.rest("POST", `/api/live/sessions/${live.id}/chat/send/`, token, { content, ...more });
  const welcome = await say(ada, "Welcome! Exercise repository: https://git.example.org/django-101/week-12");
  await hub.rest("POST", `/api/live/messages/${welcome.id}/pin/`, ada);
  const question = await say(kim, "Is select_related the same as prefetch_related?");
  await say(tom, "Not quite: select_related joins, prefetch_related runs a second query.", { reply_to: question.id });
  await say(kim, "Thanks, that helps!");
  await hub.rest("POST", `/api/live/sessions/${live.id}/questions/ask/`, kim,
    { question: "Will annotate be on the exam?" });
  const poll = await hub.rest("POST", `/api/live/sessions/${live.id}/polls/create/`, ada, {
    question: "How is the pace?",
    description: "Be honest, it is anonymous.",
    options: ["Too fast", "About right", "Too slow"],
    is_anonymous: true,
    duration_seconds: 300,
  });
  await hub.rest("POST", `/api/live/polls/${poll.id}/start/`, ada);
});

after(async () => {
  if (browser) await browser.close();
  if (hub) hub.stop();
});

// The first time through the password dialog, with a message of his own; the second time
// (another device) straight back in: he joined already, so no password again.
async function joinLive(page, firstTime) {
  await signIn(page, baseUrl, "sam@example.org");
  const entry = page.locator(`button[data-session="${live.id}"]`);
  assert.equal(await entry.textContent(), firstTime ? "Join" : "Open");
  await entry.click();
  if (firstTime) {
    await page.fill("#session-password", "orm12");
    await page.press("#session-password", "Enter");
  }
  await page.locator("#meeting-link").waitFor();
  await page.waitForFunction(() => document.getElementById("connection").textContent === ""
    && document.querySelectorAll("#chat-list li[data-message]").length >= 4);
  if (firstTime) {
    await page.fill("#chat-input", "Could you share the slides after class?");
    await page.press("#chat-input", "Enter");
  }
  await page.locator("#chat-list li .content", { hasText: "share the slides" }).waitFor();
}

async function noSidewaysScroll(page, what) {
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
  assert.ok(widths.page <= widths.view, `${what}: ${widths.page} px wide in a ${widths.view} px window`);
}

test("the session view on a phone and on a laptop", async () => {
  for (const [viewport, name, firstTime] of [[phone, "participant-phone", true], [laptop, "participant-laptop", false]]) {
    const page = await openPage(browser, viewport, name);
    await joinLive(page, firstTime);
    // Labels: the host, the TA, and the student's own message with its edit and delete.
    await page.locator("#chat-list .role.host").first().waitFor();
    await page.locator("#chat-list .role.ta").first().waitFor();
    await page.locator("#pinned-list li", { hasText: "Exercise repository" }).waitFor();
    const mine = page.locator("#chat-list li", { hasText: "share the slides" });
    await mine.getByRole("button", { name: "Edit your message" }).waitFor();
    await mine.getByRole("button", { name: "Delete your message" }).waitFor();
    await noSidewaysScroll(page, name);
    // As the student sees it on arriving: from the top, the chat's composer still in sight.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator("#chat-input").blur();
    await shoot(page, name, { docsName: name });
    await page.context().close();
  }
});

test("History on a phone", async () => {
  const page = await openPage(browser, phone, "history");
  await signIn(page, baseUrl, "sam@example.org");
  await page.click("#nav-history");
  const item = page.locator(`[data-history-session="${past.id}"]`);
  await item.locator(".recording", { hasText: "Watched 2 %" }).waitFor();
  assert.match(await item.textContent(), /You attended/);
  await noSidewaysScroll(page, "history");
  await shoot(page, "participant-history-phone", { docsName: "participant-history-phone" });
  await page.context().close();
});
