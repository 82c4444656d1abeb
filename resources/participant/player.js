// A recording in an HTML5 player. It resumes where the student stopped (my_view), and reports
// progress to the hub while playing (every 15 s), on pause, at the end and when the student
// leaves (the view, or the page: keepalive), so completion and views are real.
import { $, playTime } from "./dom.js";
import { api, attempt, explain } from "./api.js";
import { showView } from "./router.js";
import { progressText } from "./history.js";

const reportMilliseconds = 15000;

let current = null; // { recording, watched, lastTime, timer, lastSent }

export async function showRecording(id) {
  hideRecording();
  showView("recording-view", `#recording/${id}`);
  const video = $("player");
  $("recording-title").textContent = "Loading…";
  $("recording-session").textContent = "";
  $("recording-description").textContent = "";
  $("watch-status").textContent = "";
  const recording = await attempt($("recording-error"), () => api("GET", `/api/live/recordings/${id}/`));
  if (!recording) {
    $("recording-title").textContent = "This recording cannot be shown";
    return;
  }
  const view = recording.my_view;
  current = {
    recording,
    // Seconds actually played, over every visit: the hub keeps the largest it was told.
    watched: view ? view.watch_duration_seconds : 0,
    lastTime: null,
    timer: null,
    lastSent: null,
    resumeAt: view ? view.last_position_seconds : 0,
  };
  $("recording-title").textContent = recording.title;
  $("recording-description").textContent = recording.description || "";
  $("watch-status").textContent = progressText(recording, view);
  api("GET", `/api/live/sessions/${recording.session}/`)
    .then((session) => { $("recording-session").textContent = session.title; })
    .catch(() => {});
  video.src = recording.video_url;
  video.load();
}

// Leaving the view: the position goes to the hub before the player stops.
export function hideRecording() {
  if (!current) return;
  report({ leaving: true });
  const video = $("player");
  clearInterval(current.timer);
  current = null;
  video.pause();
  video.removeAttribute("src");
  video.load();
}

function position(video) {
  const length = current.recording.duration_seconds;
  // At the end is at the end, whatever fraction of a second the file's own length has.
  if (video.ended && length > 0) return length;
  const at = Math.floor(video.ended ? video.duration || 0 : video.currentTime || 0);
  return length > 0 ? Math.min(at, length) : at;
}

function deviceType() {
  return matchMedia("(max-width: 700px)").matches || /Mobi|Android/i.test(navigator.userAgent) ? "mobile" : "desktop";
}

function browserName() {
  const agent = navigator.userAgent;
  for (const [pattern, name] of [[/Edg\//, "Edge"], [/Firefox\//, "Firefox"], [/Chrom(e|ium)\//, "Chromium"], [/Safari\//, "Safari"]]) {
    if (pattern.test(agent)) return name;
  }
  return "";
}

// Sends the progress; with `leaving` the request outlives the page (fetch keepalive).
function report({ leaving = false } = {}) {
  if (!current) return;
  const video = $("player");
  const body = {
    watch_duration_seconds: Math.round(current.watched),
    last_position_seconds: position(video),
    device_type: deviceType(),
    browser: browserName(),
  };
  const key = `${body.watch_duration_seconds}/${body.last_position_seconds}`;
  if (key === current.lastSent) return;
  current.lastSent = key;
  const recording = current.recording;
  const sent = api("POST", `/api/live/recordings/${recording.id}/track/`, body, { keepalive: leaving });
  if (leaving) {
    sent.catch(() => {});
    return;
  }
  sent.then((view) => {
    if (current && current.recording === recording) {
      $("recording-error").textContent = "";
      $("watch-status").textContent = progressText(recording, view);
    }
  }).catch((error) => {
    if (current) current.lastSent = null; // sent again at the next chance
    $("recording-error").textContent = explain(error, "your progress is sent again when it can be");
  });
}

// Played time counts only what really played: a seek or a jump is not watching.
function countPlayed(video) {
  if (!current) return;
  const now = video.currentTime;
  if (current.lastTime !== null && !video.seeking) {
    const step = now - current.lastTime;
    if (step > 0 && step < 1.5 * Math.max(1, video.playbackRate) + 0.5) current.watched += step;
  }
  current.lastTime = now;
}

export function setUpPlayer() {
  const video = $("player");
  video.addEventListener("loadedmetadata", () => {
    if (!current) return;
    const at = current.resumeAt;
    // Resumed where they stopped, unless that was the end: then from the start again.
    if (at > 0 && at < video.duration - 1) {
      video.currentTime = at;
      $("watch-status").textContent = `${progressText(current.recording, current.recording.my_view)} · resuming at ${playTime(at)}`;
    }
    current.lastTime = video.currentTime;
  });
  video.addEventListener("play", () => {
    if (!current) return;
    current.lastTime = video.currentTime;
    clearInterval(current.timer);
    current.timer = setInterval(() => report(), reportMilliseconds);
  });
  video.addEventListener("timeupdate", () => countPlayed(video));
  video.addEventListener("seeking", () => { if (current) current.lastTime = null; });
  video.addEventListener("seeked", () => { if (current) current.lastTime = video.currentTime; });
  video.addEventListener("pause", () => {
    if (!current) return;
    countPlayed(video);
    clearInterval(current.timer);
    report();
  });
  video.addEventListener("ended", () => {
    if (!current) return;
    countPlayed(video);
    clearInterval(current.timer);
    report();
  });
  video.addEventListener("error", () => {
    if (current) $("recording-error").textContent = "The video cannot be played: its file cannot be reached or this browser cannot play it.";
  });
  // Closing the tab, reloading or going to another app: the last position is kept.
  window.addEventListener("pagehide", () => report({ leaving: true }));
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") report({ leaving: true });
  });
}
