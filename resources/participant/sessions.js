// The list of upcoming sessions: what is live, what is scheduled, and what the student has
// registered for, with the time; joining goes into the room, registering stays in the list.
import { $, element, button, timeSpan, platformNames } from "./dom.js";
import { api, attempt } from "./api.js";
import { showView, go } from "./router.js";
import { isStaff } from "./state.js";
import { myParticipations, joinSession } from "./participation.js";
import { joinWithPassword } from "./password.js";

// The list is read again while it is shown, so a session that starts appears as live.
const refreshMilliseconds = 30000;
let refreshTimer = null;

export async function showSessions() {
  showView("sessions-view", "#sessions");
  await loadSessions();
  clearInterval(refreshTimer);
  refreshTimer = setInterval(() => {
    if (!$("sessions-view").hidden) loadSessions();
  }, refreshMilliseconds);
}

export function hideSessions() {
  clearInterval(refreshTimer);
  refreshTimer = null;
}

async function loadSessions() {
  const loaded = await attempt($("sessions-error"), () =>
    Promise.all([api("GET", "/api/live/upcoming/"), myParticipations()]));
  if (!loaded) return;
  const [sessions, mine] = loaded;
  const list = $("session-list");
  list.replaceChildren();
  $("sessions-empty").hidden = sessions.length > 0;
  for (const session of sessions) {
    const entry = mine.get(session.id);
    list.append(sessionItem(session, entry ? entry.participation.status : null));
  }
}

function sessionItem(session, status) {
  const item = element("li", "card");
  item.dataset.sessionItem = session.id;
  const info = element("div", "info");
  info.append(element("div", "title", session.title));
  const platform = platformNames[session.platform] || "";
  info.append(element("div", "muted",
    [timeSpan(session.scheduled_start, session.scheduled_end), platform,
      session.instructor ? session.instructor.name : ""].filter(Boolean).join(" · ")));
  const registered = status === "registered" && !session.is_live;
  const joined = status === "joined" && session.is_live;
  if (registered) info.append(element("div", "registered-note", `You are registered. It starts ${timeSpan(session.scheduled_start)}.`));
  const label = session.is_live ? "Live" : registered ? "Registered" : "Scheduled";
  const badge = element("span", session.is_live ? "badge live" : registered ? "badge registered" : "badge", label);
  const actions = element("div", "item-actions");
  let main;
  if (session.is_live) {
    main = button(joined ? "Open" : "Join", () => enter(session, joined), "");
  } else if (registered) {
    main = button("Cancel registration", () => unregister(session), "quiet");
  } else {
    main = button("Register", () => register(session), "");
  }
  main.dataset.session = session.id;
  main.setAttribute("aria-label", `${main.textContent}: ${session.title}`);
  actions.append(badge, main);
  item.append(info, actions);
  return item;
}

// Joining checks the password (if any) and lets the student in; the room opens after.
async function join(session) {
  if (session.has_password && !isStaff()) return joinWithPassword(session);
  return attempt($("sessions-error"), () => joinSession(session.id));
}

// Joined already (in another tab, or before a reload): straight back in, no password again.
async function enter(session, alreadyIn) {
  const joined = alreadyIn || await join(session);
  if (joined) go(`#session/${session.id}`);
}

// A scheduled session: the student is put on its list and stays here, told when it starts.
async function register(session) {
  const joined = await join(session);
  if (joined) await loadSessions();
}

async function unregister(session) {
  const left = await attempt($("sessions-error"), () => api("POST", `/api/live/sessions/${session.id}/leave/`));
  if (left) await loadSessions();
}
