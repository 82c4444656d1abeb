// What a student does in class on the page, beyond the first walk-through: staying signed in
// across a reload and a second tab, their own questions and votes and likes shown as theirs
// after a reload, editing and deleting their messages, older messages on scrolling up, the
// length counter, errors in words with the text kept, timed polls, and the tab badges.
//
// Needs LECTERN_SERVER (the lectern-server executable); ctest sets it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { TestHub, launchBrowser, openPage, signIn, eventually, phone, laptop } from "./hub.mjs";

let hub;
let baseUrl;
let browser;
let course;
let ada;
let kim;
const chatters = ["ann", "bob", "cat", "dan", "eve", "fay"];
let slot = 0;

before(async () => {
  hub = new TestHub();
  hub.addUser("ada@example.org", "Ada Lovelace", "instructor");
  hub.addUser("sam@example.org", "Sam Student", "student");
  hub.addUser("kim@example.org", "Kim Student", "student");
  for (const name of chatters) hub.addUser(`${name}@example.org`, `${name[0].toUpperCase()}${name.slice(1)} Chatter`, "student");
  course = hub.addCourse("Django 101", "ada@example.org",
    ["sam@example.org", "kim@example.org", ...chatters.map((name) => `${name}@example.org`)]);
  baseUrl = await hub.start();
  browser = await launchBrowser();
  ada = await hub.login("ada@example.org");
  kim = await hub.login("kim@example.org");
});

after(async () => {
  if (browser) await browser.close();
  if (hub) hub.stop();
});

// A live session in a slot of its own (one instructor's sessions may not overlap).
async function liveSession(title, fields = {}) {
  const session = await hub.createSession(ada, course, { title, ...fields }, 5 + 70 * slot++);
  await hub.rest("POST", `/api/live/sessions/${session.id}/start/`, ada);
  return session;
}

async function inRoom(page) {
  await page.locator("#session-view").waitFor();
  await page.waitForFunction(() => document.getElementById("participant-count").textContent.includes("here")
    && document.getElementById("connection").textContent === "");
}

async function joinOnPage(page, session) {
  await page.locator(`button[data-session="${session.id}"]`).click();
  await inRoom(page);
}

test("kept signed in, a reload and a second tab go back into the session", async () => {
  const session = await liveSession("Week 5: Templates");
  const kept = await browser.newContext({ viewport: phone });
  const page = await kept.newPage();
  await signIn(page, baseUrl, "sam@example.org", { keep: true });
  await joinOnPage(page, session);
  assert.equal(new URL(page.url()).hash, `#session/${session.id}`);

  await page.reload();
  await inRoom(page);
  assert.equal(await page.locator("#session-title").textContent(), "Week 5: Templates");

  // A second tab on the bare address: signed in, and in the session he was in.
  const second = await kept.newPage();
  await second.goto(baseUrl + "/");
  await inRoom(second);
  assert.equal(await second.locator("#session-title").textContent(), "Week 5: Templates");
  await kept.close();

  // Not kept: this tab survives a reload, but a second tab asks to sign in.
  const once = await browser.newContext({ viewport: phone });
  const tab = await once.newPage();
  await signIn(tab, baseUrl, "sam@example.org");
  await tab.locator(`button[data-session="${session.id}"]`).click();
  await inRoom(tab);
  await tab.reload();
  await inRoom(tab);
  const other = await once.newPage();
  await other.goto(baseUrl + "/");
  await other.locator("#sign-in-view").waitFor();
  await once.close();
});

test("own questions are marked, not upvoted by their asker, and sorted apart when answered", async () => {
  const session = await liveSession("Week 6: Forms");
  await hub.rest("POST", `/api/live/sessions/${session.id}/join/`, kim);
  const first = await hub.rest("POST", `/api/live/sessions/${session.id}/questions/ask/`, kim,
    { question: "Are forms validated twice?" });
  const page = await openPage(browser, phone, "sam");
  await signIn(page, baseUrl, "sam@example.org");
  await joinOnPage(page, session);

  // A question arriving while the Chat tab is open shows on the Questions tab, and is heard.
  await hub.rest("POST", `/api/live/sessions/${session.id}/questions/ask/`, kim, { question: "Is CSRF on by default?" });
  await page.getByRole("tab", { name: "Questions, 1 new" }).waitFor();
  // announce() sets the region's text on the next frame (so screen readers hear a change).
  await page.locator("#qa-announcer", { hasText: /New question: Is CSRF on by default\?/ })
    .waitFor({ state: "attached" });
  await page.getByRole("tab", { name: /^Questions/ }).click();
  assert.equal(await page.getByRole("tab", { name: "Questions, 1 new" }).count(), 0);

  await page.fill("#question-input", "What does clean() return?");
  await page.check("#ask-anonymous");
  await page.click("#ask");
  const mine = page.locator("#question-list li", { hasText: "What does clean() return?" });
  await mine.locator(".meta", { hasText: "anonymous (only you see it is yours)" }).waitFor();
  assert.equal(await mine.getByRole("button").count(), 0, "no upvote button on one's own question");

  const theirs = page.locator("#question-list li", { hasText: "Are forms validated twice?" });
  await theirs.getByRole("button", { name: "Upvote (0 votes)" }).click();
  await theirs.getByRole("button", { name: "Upvoted (1 vote)" }).waitFor();

  // After a reload the page still knows which are his: the hub says so.
  await page.reload();
  await inRoom(page);
  await page.getByRole("tab", { name: /^Questions/ }).click();
  await mine.locator(".meta", { hasText: "anonymous (only you see it is yours)" }).waitFor();
  assert.equal(await theirs.getByRole("button", { name: "Upvoted (1 vote)" }).getAttribute("aria-pressed"), "true");

  // By votes the upvoted one leads; newest first, his own (the last asked) does.
  const order = () => page.locator("#question-list li .text").allTextContents();
  assert.equal((await order())[0], "Are forms validated twice?");
  await page.selectOption("#question-sort", "newest");
  assert.equal((await order())[0], "What does clean() return?");

  // Answered, it leaves the open list for the answered one.
  await hub.rest("POST", `/api/live/questions/${first.id}/answer/`, ada, { answer: "Yes: in the browser and on the server." });
  await page.locator("#answered-list li", { hasText: "Are forms validated twice?" }).locator(".answer").waitFor();
  assert.equal(await theirs.count(), 0);
  assert.equal(await page.locator("#answered-heading").textContent(), "Answered (1)");
});

test("the chat: pinned on top, older pages, own messages edited and deleted, a counter, errors in words", async () => {
  const session = await liveSession("Week 7: The admin");
  const tokens = await Promise.all(chatters.map((name) => hub.login(`${name}@example.org`)));
  let pinned;
  for (let round = 0; round < 10; ++round) {
    for (const [index, token] of tokens.entries()) {
      if (round === 0) await hub.rest("POST", `/api/live/sessions/${session.id}/join/`, token);
      const sent = await hub.rest("POST", `/api/live/sessions/${session.id}/chat/send/`, token,
        { content: `Message ${round * tokens.length + index + 1}` });
      if (round === 0 && index === 2) pinned = sent;
    }
  }
  await hub.rest("POST", `/api/live/messages/${pinned.id}/pin/`, ada);

  const page = await openPage(browser, laptop, "sam");
  await signIn(page, baseUrl, "sam@example.org");
  await joinOnPage(page, session);
  // The pinned one is on top though it is older than the page of messages shown.
  await page.locator("#pinned-list li", { hasText: "Message 3" }).waitFor();
  const items = page.locator("#chat-list li[data-message]");
  assert.equal(await items.count(), 50);
  await page.locator("#chat-list").evaluate((list) => { list.scrollTop = 0; });
  await eventually(() => items.count(), (count) => count === 60, 10, "older messages after scrolling up");
  assert.equal(await page.getByRole("button", { name: "Show older messages" }).count(), 0);

  // His own message: edited, then deleted (asked twice, no modal box).
  await page.fill("#chat-input", "First draft");
  await page.press("#chat-input", "Enter");
  // By its id: while edited, its text is in a box, not in the item's text.
  const id = await page.locator("#chat-list li", { hasText: "First draft" }).getAttribute("data-message");
  const edited = page.locator(`#chat-list li[data-message="${id}"]`);
  await edited.getByRole("button", { name: "Edit your message" }).click();
  assert.equal(await edited.locator("textarea").inputValue(), "First draft");
  await edited.locator("textarea").fill("Second draft");
  await edited.getByRole("button", { name: "Save" }).click();
  await edited.locator(".content", { hasText: "Second draft" }).waitFor();
  await edited.locator(".meta", { hasText: "edited" }).waitFor();
  await edited.getByRole("button", { name: "Delete your message" }).click();
  await edited.getByRole("button", { name: "Delete your message" }).filter({ hasText: "Delete for everyone?" }).click();
  await page.locator("#chat-list li .deleted", { hasText: "Message deleted" }).waitFor();

  // A like is his after a reload.
  const liked = page.locator("#chat-list li").filter({ has: page.locator(".content", { hasText: /^Message 60$/ }) });
  await liked.getByRole("button", { name: /^Like/ }).click();
  await liked.getByRole("button", { name: "Unlike Fay Chatter's message (1 like)" }).waitFor();
  await page.reload();
  await inRoom(page);
  assert.equal(await liked.getByRole("button", { name: /like/ }).getAttribute("aria-pressed"), "true");

  // Near the limit a counter, past it no sending (nothing is cut).
  await page.fill("#chat-input", "x".repeat(3995));
  assert.equal(await page.locator("#chat-count").textContent(), "5 characters left");
  await page.fill("#chat-input", "x".repeat(4003));
  assert.equal(await page.locator("#chat-count").textContent(), "3 characters too many (at most 4000)");
  assert.ok(await page.locator("#chat-send").isDisabled());

  // The hub out of reach: said in words, and the message stays in the box.
  await page.fill("#chat-input", "Can you hear me?");
  await page.context().setOffline(true);
  await page.click("#chat-send");
  await page.locator("#chat-error", { hasText: "The hub cannot be reached; your message is kept." }).waitFor();
  assert.equal(await page.inputValue("#chat-input"), "Can you hear me?");
  assert.doesNotMatch(await page.locator("body").textContent(), /Failed to fetch/);
  await page.context().setOffline(false);
  await page.waitForFunction(() => document.getElementById("connection").textContent === "");
  await page.click("#chat-send");
  await page.locator("#chat-list li .content", { hasText: "Can you hear me?" }).waitFor();
  assert.equal(await page.locator("#chat-error").textContent(), "");
  assert.equal(await page.inputValue("#chat-input"), "");
});

test("polls: the description, a countdown, the student's vote after a reload, closed when it ends", async () => {
  const session = await liveSession("Week 8: Deployment");
  const page = await openPage(browser, phone, "sam");
  await signIn(page, baseUrl, "sam@example.org");
  await joinOnPage(page, session);
  const open = await hub.rest("POST", `/api/live/sessions/${session.id}/polls/create/`, ada, {
    question: "Where will you deploy?",
    description: "Pick the one you would try first.",
    options: ["A VPS", "A PaaS"],
  });
  await hub.rest("POST", `/api/live/polls/${open.id}/start/`, ada);
  await page.getByRole("tab", { name: "Polls, 1 new" }).click();
  const card = page.locator(`[data-poll="${open.id}"]`);
  await card.locator(".description", { hasText: "Pick the one you would try first." }).waitFor();
  await card.getByLabel("A PaaS").check();
  await card.getByRole("button", { name: "Vote" }).click();
  await card.locator(".your-choice", { hasText: "You voted for A PaaS" }).waitFor();
  await card.locator(".summary", { hasText: "1 vote · Open" }).waitFor();

  await page.reload();
  await inRoom(page);
  await page.getByRole("tab", { name: /^Polls/ }).click();
  await card.locator(".your-choice", { hasText: "You voted for A PaaS" }).waitFor();
  assert.equal(await card.getByRole("button", { name: "Vote" }).count(), 0);

  const timed = await hub.rest("POST", `/api/live/sessions/${session.id}/polls/create/`, ada, {
    question: "Ready for the break?",
    options: ["Yes", "No"],
    duration_seconds: 3,
  });
  await hub.rest("POST", `/api/live/polls/${timed.id}/start/`, ada);
  const clock = page.locator(`[data-poll="${timed.id}"]`);
  await clock.locator(".countdown", { hasText: /Closes in 0:0\d/ }).waitFor();
  // The hub closes it when its time is up; the card follows the poll.closed event.
  await page.locator(`[data-poll="${timed.id}"].closed`).waitFor({ timeout: 15000 });
  await clock.locator(".badge", { hasText: "Closed" }).waitFor();
  assert.equal(await clock.locator(".countdown").count(), 0);
  await page.locator("#poll-announcer", { hasText: /Poll closed: Ready for the break\?/ })
    .waitFor({ state: "attached" });
});

test("registering stays in the list with the time; a session that ends points to History", async () => {
  const later = await hub.createSession(ada, course, { title: "Week 9: Caching", platform: "teams" }, 5 + 70 * slot++);
  const session = await liveSession("Week 10: Signals");
  const page = await openPage(browser, phone, "sam");
  await signIn(page, baseUrl, "sam@example.org");
  await page.locator(`button[data-session="${later.id}"]`).click();
  const item = page.locator(`[data-session-item="${later.id}"]`);
  await item.locator(".badge", { hasText: "Registered" }).waitFor();
  assert.match(await item.locator(".registered-note").textContent(), /You are registered\. It starts /);
  await item.getByRole("button", { name: "Cancel registration: Week 9: Caching" }).waitFor();
  assert.ok(await page.locator("#sessions-view").isVisible(), "registering does not open an empty room");

  // In a live session when the instructor ends it: told so, with the way to its recordings.
  await joinOnPage(page, session);
  await hub.rest("POST", `/api/live/sessions/${session.id}/end/`, ada);
  await page.locator("#session-note", { hasText: "This session has ended." }).waitFor();
  assert.ok(await page.locator("#chat-input").isDisabled());
  assert.ok(await page.locator("#meeting").isHidden());
  await page.click("#session-history");
  await page.locator(`[data-history-session="${session.id}"]`).waitFor();
});
