// A recording watched on the page: a real clip made by ffmpeg, served with Range requests from
// loopback, played in Chromium. The player resumes where the student paused, keeps the
// position when they leave mid-play, and the hub's view of it ends completed.
//
// Needs LECTERN_SERVER (the lectern-server executable) and ffmpeg with libvpx; ctest sets the
// former.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createServer } from "node:http";
import { statSync, createReadStream } from "node:fs";
import path from "node:path";
import { TestHub, launchBrowser, openPage, signIn, eventually, shoot, phone } from "./hub.mjs";

const clipSeconds = 8;

let hub;
let baseUrl;
let browser;
let course;
let media;
let clipUrl;

// Serves the one clip, honouring Range as a CDN does (browsers seek with it).
function serveClip(file) {
  const size = statSync(file).size;
  const server = createServer((request, response) => {
    if (request.url !== "/clip.webm") {
      response.writeHead(404).end();
      return;
    }
    const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.range || "");
    const headers = { "Content-Type": "video/webm", "Accept-Ranges": "bytes" };
    if (!range) {
      response.writeHead(200, { ...headers, "Content-Length": size });
      createReadStream(file).pipe(response);
      return;
    }
    const start = range[1] === "" ? Math.max(0, size - Number(range[2])) : Number(range[1]);
    const end = range[1] !== "" && range[2] !== "" ? Math.min(Number(range[2]), size - 1) : size - 1;
    if (start >= size || start > end) {
      response.writeHead(416, { "Content-Range": `bytes */${size}` }).end();
      return;
    }
    response.writeHead(206, { ...headers, "Content-Length": end - start + 1, "Content-Range": `bytes ${start}-${end}/${size}` });
    createReadStream(file, { start, end }).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

before(async () => {
  hub = new TestHub();
  const clip = path.join(hub.workDir, "clip.webm");
  execFileSync("ffmpeg", ["-v", "error", "-f", "lavfi", "-i", `testsrc=duration=${clipSeconds}:size=320x240:rate=10`,
    "-c:v", "libvpx", "-b:v", "200k", clip]);
  media = await serveClip(clip);
  clipUrl = `http://127.0.0.1:${media.address().port}/clip.webm`;
  hub.addUser("ada@example.org", "Ada Lovelace", "instructor");
  hub.addUser("sam@example.org", "Sam Student", "student");
  course = hub.addCourse("Django 101", "ada@example.org", ["sam@example.org"]);
  baseUrl = await hub.start();
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (media) media.close();
  if (hub) hub.stop();
});

const player = (page, script) => page.evaluate(script);

async function playUntil(page, seconds) {
  await page.evaluate(() => {
    const video = document.getElementById("player");
    video.muted = true;
    video.playbackRate = 2;
    return video.play();
  });
  await page.waitForFunction((at) => document.getElementById("player").currentTime >= at, seconds);
}

test("a recording resumes where the student stopped and ends completed", async () => {
  const ada = await hub.login("ada@example.org");
  const sam = await hub.login("sam@example.org");
  const session = await hub.createSession(ada, course, { title: "Week 4: Views" });
  await hub.rest("POST", `/api/live/sessions/${session.id}/start/`, ada);
  await hub.rest("POST", `/api/live/sessions/${session.id}/join/`, sam);
  await hub.rest("POST", `/api/live/sessions/${session.id}/end/`, ada);
  const recording = await hub.rest("POST", `/api/live/sessions/${session.id}/recordings/create/`, ada, {
    video_url: clipUrl,
    title: "Week 4: Views (recording)",
    duration_seconds: clipSeconds,
  });
  const myView = async () => (await hub.rest("GET", `/api/live/recordings/${recording.id}/`, sam)).my_view;

  // The ended session is in History with its recording, not yet started.
  const page = await openPage(browser, phone, "sam");
  await signIn(page, baseUrl, "sam@example.org");
  await page.click("#nav-history");
  const item = page.locator(`#history-list [data-recording="${recording.id}"]`);
  await item.waitFor();
  assert.match(await item.textContent(), /Not started/);
  assert.match(await page.locator(`[data-history-session="${session.id}"]`).textContent(), /You attended/);
  await item.getByRole("link", { name: /Watch/ }).click();
  await page.locator("#recording-view").waitFor();
  await page.waitForFunction(() => document.getElementById("player").readyState >= 1);

  // Played a while and paused: the pause reports the position.
  await playUntil(page, 3);
  await player(page, () => document.getElementById("player").pause());
  const paused = await eventually(myView, (view) => view && view.last_position_seconds >= 3, 10, "the paused position at the hub");
  assert.ok(paused.watch_duration_seconds >= 2, `watched ${paused.watch_duration_seconds} s`);
  assert.equal(paused.completed, false);

  // After a reload the player starts where he paused.
  await page.reload();
  await page.waitForFunction(() => document.getElementById("player").readyState >= 1);
  await page.waitForFunction((at) => Math.abs(document.getElementById("player").currentTime - at) < 1,
    paused.last_position_seconds);
  await page.locator("#watch-status", { hasText: "resuming at" }).waitFor();

  // Leaving mid-play (here: to another page) still sends the position on its way out.
  await playUntil(page, 5);
  await page.goto("about:blank");
  const left = await eventually(myView, (view) => view && view.last_position_seconds >= 5, 10, "the position sent on leaving");
  await page.goto(`${baseUrl}/#recording/${recording.id}`);
  await page.waitForFunction(() => document.getElementById("player").readyState >= 1);
  await page.waitForFunction((at) => Math.abs(document.getElementById("player").currentTime - at) < 1,
    left.last_position_seconds);

  // To the end: completed, at the hub and on the page.
  await playUntil(page, 0);
  await page.waitForFunction(() => document.getElementById("player").ended, null, { timeout: 20000 });
  const done = await eventually(myView, (view) => view && view.completed, 10, "the view completed at the hub");
  assert.ok(done.watch_duration_seconds >= clipSeconds * 0.9, `watched ${done.watch_duration_seconds} s`);
  assert.ok(done.watch_duration_seconds <= clipSeconds + 2, `watched ${done.watch_duration_seconds} s, not more than played`);
  assert.equal(done.last_position_seconds, clipSeconds);
  await page.locator("#watch-status", { hasText: "Completed" }).waitFor();
  await shoot(page, "participant-recording-phone");

  // The instructor's analytics count it too.
  const detail = await hub.rest("GET", `/api/live/recordings/${recording.id}/`, ada);
  assert.ok(detail.views_count >= 1, `views_count ${detail.views_count}`);
  await page.click("#recording-back");
  await item.locator(".muted", { hasText: "Completed" }).waitFor();
});
