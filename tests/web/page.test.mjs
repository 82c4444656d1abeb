// The participant page in a real headless Chromium against a real lectern-server on loopback:
// two students (one on a phone-sized screen) and their instructor in one live session, each
// seeing the others' messages, questions, answers and votes as they happen.
//
// Needs LECTERN_SERVER (the lectern-server executable); ctest sets it. Screenshots go to
// LECTERN_SCREENSHOTS when it is set.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { TestHub, launchBrowser, shoot, password } from "./hub.mjs";

let hub;
let baseUrl;
let browser;

const rest = (...args) => hub.rest(...args);
const login = (email) => hub.login(email);

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
  hub = new TestHub();
  hub.addUser("ada@example.org", "Ada Lovelace", "instructor");
  hub.addUser("sam@example.org", "Sam Student", "student");
  hub.addUser("kim@example.org", "Kim Student", "student");
  test.course = hub.addCourse("Django 101", "ada@example.org", ["sam@example.org", "kim@example.org"]);
  baseUrl = await hub.start();
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (hub) hub.stop();
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
  // Answered, it moves to the answered list.
  await sam.locator("#answered-list .answer", { hasText: "They keep every database in step" }).waitFor();
  await shoot(sam, "participant-phone-questions", { fullPage: true });

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
    .locator(".figures", { hasText: "1 vote · 50%" }).waitFor();
  await samsPoll.locator(".figures", { hasText: "2 votes" }).waitFor();
  await shoot(sam, "participant-phone-poll", { fullPage: true });
  await shoot(kim, "participant-desktop", { fullPage: true });

  // Leaving: the others see the room shrink.
  await kim.click("#leave");
  await kim.locator("#sessions-view").waitFor();
  await sam.waitForFunction(() => document.getElementById("participant-count").textContent.startsWith("2"));
  await shoot(kim, "participant-sessions", { fullPage: true });
});

test("a wrong password is refused with a clear message", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(baseUrl + "/");
  await shoot(page, "participant-sign-in", { fullPage: true });
  await page.fill("#email", "sam@example.org");
  await page.fill("#password", "not it");
  await page.click("#sign-in");
  await page.locator("#sign-in-error", { hasText: "email address or the password is wrong" }).waitFor();
  assert.ok(await page.locator("#sign-in-view").isVisible());
});
