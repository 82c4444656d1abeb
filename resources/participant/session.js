// One session. Before joining: its time, platform and description, and Join (or Register).
// After joining: the way into the video meeting (link, meeting id, passcode; the channel for
// Agora), and the chat, questions and polls, kept current by the live channel.
import { $, element, timeSpan, dateAndTime, platformNames } from "./dom.js";
import { api, attempt } from "./api.js";
import { state, isMe, isStaff, clearSessionState } from "./state.js";
import { showView, go } from "./router.js";
import { LiveChannel } from "./live.js";
import { participationIn, joinSession } from "./participation.js";
import { joinWithPassword } from "./password.js";
import { resetActivity } from "./tabs.js";
import { loadChat, renderChat, resetChat, applyChatEvent, setChatOpen } from "./chat.js";
import { loadQuestions, renderQuestions, applyQuestionEvent, setQuestionsOpen } from "./questions.js";
import { loadPolls, renderPolls, applyPollEvent, stopPolls } from "./polls.js";

let channel = null;
let visit = 0; // which showSession() call is current: an older one's answers are dropped
let onExpired = () => {};

// What to do when the hub no longer takes the token (sign the student out).
export function onSessionExpired(handler) {
  onExpired = handler;
}

export async function showSession(id) {
  hideSession();
  const thisVisit = ++visit;
  clearSessionState();
  resetChat();
  resetActivity();
  showView("session-view", `#session/${id}`);
  for (const part of ["room", "meeting", "leave", "session-join", "session-note", "session-history"]) $(part).hidden = true;
  for (const text of ["session-title", "session-status", "participant-count", "connection", "session-when",
    "session-platform", "session-description", "session-error"]) $(text).textContent = "";
  $("session-title").textContent = "Loading…";
  const loaded = await attempt($("session-error"), () =>
    Promise.all([api("GET", `/api/live/sessions/${id}/`), participationIn(id)]));
  if (thisVisit !== visit) return;
  if (!loaded) {
    $("session-title").textContent = "This session cannot be shown";
    return;
  }
  [state.session, state.participation] = loaded;
  decideMode();
  render();
  channel = new LiveChannel(id, {
    reload: () => reload(thisVisit),
    apply: applyEvent,
    status: (text) => { $("connection").textContent = text; },
    expired: () => onExpired(),
    refused: (text) => { $("session-error").textContent = text; },
  });
  channel.open();
}

export function hideSession() {
  visit++;
  if (channel) channel.close();
  channel = null;
  stopPolls();
}

// Where the student stands: in the room, registered for later, outside it, or after the end.
function decideMode() {
  const session = state.session;
  const status = state.participation ? state.participation.status : null;
  if (session.status === "ended" || session.status === "cancelled") state.mode = "ended";
  else if (status === "joined" || isStaff()) state.mode = "in";
  else if (status === "registered") state.mode = "registered";
  else state.mode = "outside";
}

// Everything shown, read again: on entering and after a gap the channel cannot fill.
async function reload(thisVisit) {
  const id = state.session.id;
  const roomShown = state.mode === "in" || state.mode === "ended";
  const loaded = await attempt($("session-error"), () => Promise.all([
    api("GET", `/api/live/sessions/${id}/`),
    roomShown ? loadChat() : null,
    roomShown ? loadQuestions() : null,
    roomShown ? loadPolls() : null,
  ]));
  if (thisVisit !== visit || !loaded) return;
  state.session = loaded[0];
  decideMode();
  render();
}

function render() {
  renderHead();
  renderDetails();
  renderMeeting();
  const roomShown = state.mode === "in" || state.mode === "ended";
  $("room").hidden = !roomShown;
  if (roomShown) {
    const session = state.session;
    const open = state.mode === "in" && (session.status === "live" || session.status === "scheduled");
    setChatOpen(open && session.enable_chat);
    setQuestionsOpen(open && session.enable_qa);
    renderChat();
    renderQuestions();
    renderPolls();
  }
}

function renderHead() {
  const session = state.session;
  $("session-title").textContent = session.title;
  const status = $("session-status");
  const registered = state.mode === "registered";
  const words = { live: "Live", scheduled: registered ? "Registered" : "Scheduled", ended: "Ended", cancelled: "Cancelled" };
  status.textContent = words[session.status] || session.status;
  status.className = session.status === "live" ? "badge live" : registered ? "badge registered" : "badge";
  const count = $("participant-count");
  if (session.status === "live") count.textContent = `${session.joined_count} here`;
  else if (session.status === "scheduled") count.textContent = `${session.participant_count} registered`;
  else count.textContent = "";
  const standing = state.participation ? state.participation.status : null;
  $("leave").hidden = !(standing === "joined" || standing === "registered") || state.mode === "ended";
  $("leave").textContent = standing === "registered" ? "Cancel registration" : "Leave";
}

function platformName(session) {
  return platformNames[session.platform] || platformNames.custom;
}

function renderDetails() {
  const session = state.session;
  $("session-when").textContent = `${timeSpan(session.scheduled_start, session.scheduled_end)} · ${session.duration_minutes} min`;
  const host = session.instructor && session.instructor.name ? ` · with ${session.instructor.name}` : "";
  $("session-platform").textContent = `On ${platformName(session)}${host}${session.has_password ? " · needs a password" : ""}`;
  $("session-description").textContent = session.description || "";
  $("session-about").hidden = !session.description;
  // Read before joining; folded away in the room, where the chat needs the screen.
  $("session-about").open = state.mode !== "in";
  const note = $("session-note");
  const join = $("session-join");
  let text = "";
  join.hidden = true;
  $("session-history").hidden = true;
  if (state.mode === "registered") {
    text = session.status === "live"
      ? "You are registered and the session has started: join to take part."
      : `You are registered. The session starts ${dateAndTime(session.scheduled_start)}; ` +
        `the way into the ${platformName(session)} meeting appears here when you join it then.`;
    if (session.status === "live") showJoin("Join now");
  } else if (state.mode === "outside") {
    if (state.participation && state.participation.status === "banned") {
      text = "You were removed from this session.";
    } else if (session.status === "live") {
      text = `Join to take part and to get the way into the ${platformName(session)} meeting.`;
      showJoin("Join");
    } else {
      text = "Register now to keep your place; you join here when it starts.";
      showJoin("Register");
    }
  } else if (state.mode === "ended") {
    text = session.status === "cancelled" ? "This session was cancelled." : "This session has ended.";
    $("session-history").hidden = session.status === "cancelled";
  }
  note.textContent = text;
  note.hidden = !text;
}

function showJoin(label) {
  const join = $("session-join");
  join.textContent = label;
  join.hidden = false;
}

// The way into the video class, for those the hub let in (it sends it with the join answer
// and to participants who joined).
function renderMeeting() {
  const session = state.session;
  const shown = state.mode === "in" && (session.status === "live" || session.status === "scheduled");
  $("meeting").hidden = !shown;
  if (!shown) return;
  const link = $("meeting-link");
  const name = platformName(session);
  // The hub checks links; a page that opens one still takes only web addresses.
  if (isWebAddress(session.meeting_link)) {
    link.href = session.meeting_link;
    link.textContent = ["zoom", "meet", "teams"].includes(session.platform) ? `Join on ${name}` : "Open the meeting";
    link.setAttribute("aria-label", `${link.textContent} (opens in a new tab)`);
    link.hidden = false;
  } else {
    link.removeAttribute("href");
    link.hidden = true;
  }
  const facts = [];
  if (session.meeting_id) facts.push([session.platform === "meet" ? "Meeting code" : "Meeting ID", session.meeting_id]);
  if (session.meeting_password) facts.push(["Passcode", session.meeting_password]);
  if (session.channel_name) facts.push([session.platform === "agora" ? "Agora channel" : "Channel", session.channel_name]);
  const list = $("meeting-facts");
  list.replaceChildren();
  for (const [term, value] of facts) {
    const row = element("div", "fact");
    row.append(element("dt", "", term), element("dd", "", value));
    list.append(row);
  }
  $("meeting-none").hidden = Boolean(isWebAddress(session.meeting_link) || session.channel_name);
}

function isWebAddress(text) {
  try {
    return Boolean(text) && ["https:", "http:"].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

// Join (or register) from the session's own page: the answer carries the way in.
async function joinHere() {
  const session = state.session;
  const answer = session.has_password && !isStaff()
    ? await joinWithPassword(session)
    : await attempt($("session-error"), () => joinSession(session.id));
  if (!answer) return;
  const { session: joined, ...participant } = answer;
  state.participation = participant;
  if (joined) state.session = joined;
  decideMode();
  render();
  // Now in the room: read its chat, questions and polls.
  if (state.mode === "in" && channel) await channel.resync();
}

async function leave() {
  const id = state.session.id;
  const left = await attempt($("session-error"), () => api("POST", `/api/live/sessions/${id}/leave/`));
  if (left) go("#sessions");
}

function applyEvent(event) {
  const [kind] = event.type.split(".");
  const roomShown = state.mode === "in" || state.mode === "ended";
  if (kind === "chat" && roomShown) applyChatEvent(event);
  else if (kind === "question" && roomShown) applyQuestionEvent(event);
  else if (kind === "poll" && roomShown) applyPollEvent(event);
  else if (kind === "participant") applyParticipantEvent(event);
  else if (kind === "session") applySessionEvent(event);
}

function applyParticipantEvent(event) {
  state.session.participant_count = event.participant_count;
  state.session.joined_count = event.joined_count;
  if (isMe(event.participant.user) && state.participation) {
    // Joined or left in another tab, or removed by a moderator.
    state.participation = { ...state.participation, status: event.participant.status };
    const before = state.mode;
    decideMode();
    if (before !== state.mode) render();
  }
  renderHead();
}

// The channel's copy of a session leaves out the way in; the REST answer has it for those
// who joined, so the session is read again.
async function applySessionEvent(event) {
  const thisVisit = visit;
  state.session = { ...state.session, ...withoutEmptyCredentials(event.session) };
  decideMode();
  render();
  if (event.type === "session.ended") $("session-error").textContent = "";
  const fresh = await api("GET", `/api/live/sessions/${state.session.id}/`).catch(() => null);
  if (!fresh || thisVisit !== visit) return;
  state.session = fresh;
  decideMode();
  render();
}

function withoutEmptyCredentials(session) {
  const copy = { ...session };
  for (const field of ["meeting_link", "meeting_id", "meeting_password", "channel_name"]) {
    if (!copy[field]) delete copy[field];
  }
  return copy;
}

export function setUpSession() {
  $("back").addEventListener("click", () => go("#sessions"));
  $("leave").addEventListener("click", leave);
  $("session-join").addEventListener("click", joinHere);
}
