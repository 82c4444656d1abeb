// History: the sessions of the student's courses that have ended, newest first, with how long
// they attended and each recording's progress. Ended sessions come from two answers: the
// student's own participations (/api/live/history/) and the courses' ended sessions, so a
// class they missed is there too, with its recordings.
import { $, element, timeSpan, minutes, playTime } from "./dom.js";
import { api, attempt, explain } from "./api.js";
import { showView } from "./router.js";
import { myParticipations } from "./participation.js";

// Recordings are read for this many sessions at most, the newest.
const sessionsShown = 50;

export async function showHistory() {
  showView("history-view", "#history");
  const list = $("history-list");
  const loaded = await attempt($("history-error"), () =>
    Promise.all([myParticipations(), api("GET", "/api/live/sessions/?status=ended")]));
  if (!loaded) return;
  const [mine, ended] = loaded;
  const sessions = new Map(ended.map((s) => [s.id, s]));
  for (const entry of mine.values()) {
    if (["ended", "cancelled"].includes(entry.session.status)) sessions.set(entry.session.id, entry.session);
  }
  const past = [...sessions.values()]
    .sort((a, b) => (b.scheduled_start || "").localeCompare(a.scheduled_start || "") || b.id - a.id)
    .slice(0, sessionsShown);
  const items = past.map((session) => historyItem(session, mine.get(session.id)));
  list.replaceChildren(...items.map((item) => item.node));
  $("history-empty").hidden = past.length > 0;
  await Promise.all(items.map((item) => item.loadRecordings()));
}

function historyItem(session, entry) {
  const node = element("li", "card");
  node.dataset.historySession = session.id;
  const head = element("div", "history-head");
  const title = element("a", "title", session.title);
  title.href = `#session/${session.id}`;
  head.append(title, element("span", "badge", session.status === "cancelled" ? "Cancelled" : "Ended"));
  node.append(head);
  // The planned time, which is how students remember a class.
  node.append(element("div", "muted", timeSpan(session.scheduled_start, session.scheduled_end)));
  const participation = entry ? entry.participation : null;
  let attended = "You did not join this session.";
  if (participation && participation.joined_at) {
    attended = `You attended ${minutes(participation.duration_seconds)}` +
      (participation.attendance_rate ? ` (${participation.attendance_rate} % of the session).` : ".");
  } else if (participation && participation.status === "registered") {
    attended = "You registered but did not join.";
  }
  node.append(element("div", "attended", attended));
  const recordings = element("ul", "recordings");
  recordings.setAttribute("aria-label", `Recordings of ${session.title}`);
  node.append(recordings);
  const loadRecordings = async () => {
    if (session.status === "cancelled") return;
    try {
      const found = await api("GET", `/api/live/sessions/${session.id}/recordings/`);
      recordings.replaceChildren(...found.map(recordingItem));
      if (found.length === 0) recordings.append(element("li", "muted", "No recording."));
    } catch (error) {
      recordings.replaceChildren(element("li", "error", `The recordings cannot be listed: ${explain(error)}`));
    }
  };
  return { node, loadRecordings };
}

// "Watched 40 %", "Completed", "Not started": the student's own progress (my_view).
export function progressText(recording, view) {
  if (!view) return "Not started";
  if (view.completed) return "Completed";
  const percent = Math.min(100, Math.round(view.watch_percentage || 0));
  return `Watched ${percent} %, stopped at ${playTime(view.last_position_seconds)}`;
}

function recordingItem(recording) {
  const item = element("li", "recording");
  item.dataset.recording = recording.id;
  const info = element("div", "info");
  info.append(element("div", "title", recording.title));
  const ready = recording.processing_status === "ready";
  const length = recording.duration_seconds ? playTime(recording.duration_seconds) : "";
  info.append(element("div", "muted", [length, ready ? progressText(recording, recording.my_view) : "Being prepared"].filter(Boolean).join(" · ")));
  item.append(info);
  if (ready) {
    const watch = element("a", "button-link small", recording.my_view && !recording.my_view.completed ? "Resume" : "Watch");
    watch.href = `#recording/${recording.id}`;
    watch.setAttribute("aria-label", `${watch.textContent}: ${recording.title}`);
    item.append(watch);
  }
  return item;
}
