// Lectern's participant page: sign in, pick a session, then chat, ask and vote, live.
// Plain browser JavaScript, no build step. Everything people typed is shown with textContent,
// never as markup.
"use strict";

const $ = (id) => document.getElementById(id);

const state = {
  token: sessionStorage.getItem("lectern.token"),
  user: JSON.parse(sessionStorage.getItem("lectern.user") || "null"),
  session: null,
  messages: new Map(),
  questions: new Map(),
  polls: new Map(),
  liked: new Set(),
  voted: new Set(),
  upvoted: new Set(),
  replyTo: null,
  socket: null,
  stream: null,
  lastSeq: -1,
  reloading: false,
  heldBack: [], // events that came while a reload was on its way
  reconnectDelay: 1000,
  leaving: false,
};

// ---- the REST API ---------------------------------------------------------------------------

class ApiError extends Error {
  constructor(status, body) {
    const error = (body && body.error) || {};
    super(error.message || `The hub answered ${status}`);
    this.status = status;
    this.code = error.code;
  }
}

async function api(method, path, body) {
  const headers = { Accept: "application/json" };
  if (state.token) headers.Authorization = `Bearer ${state.token}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    if (response.status === 401 && state.token) signOut("Your sign-in has expired; sign in again.");
    throw new ApiError(response.status, json);
  }
  return json;
}

// Runs an action, showing its failure in `errorElement` instead of throwing.
async function attempt(errorElement, action) {
  errorElement.textContent = "";
  try {
    return await action();
  } catch (error) {
    errorElement.textContent = error.message;
    return undefined;
  }
}

// ---- views ----------------------------------------------------------------------------------

function showView(name) {
  for (const view of ["sign-in-view", "sessions-view", "session-view"]) $(view).hidden = view !== name;
  $("sign-out").hidden = !state.token;
  $("who").textContent = state.user ? `${state.user.name} · ${state.user.role}` : "";
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(label, onClick, className = "small quiet") {
  const node = element("button", className, label);
  node.type = "button";
  node.addEventListener("click", onClick);
  return node;
}

function clock(iso) {
  return iso ? new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" }) : "";
}

function dateAndTime(iso) {
  return new Date(iso).toLocaleString([], {
    weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit",
  });
}

const isStaff = () => state.user && ["instructor", "ta", "admin"].includes(state.user.role);

// ---- signing in and out ---------------------------------------------------------------------

async function signIn(event) {
  event.preventDefault();
  await attempt($("sign-in-error"), async () => {
    const answer = await api("POST", "/api/auth/login", {
      email: $("email").value.trim(),
      password: $("password").value,
    });
    state.token = answer.token;
    state.user = answer.user;
    sessionStorage.setItem("lectern.token", state.token);
    sessionStorage.setItem("lectern.user", JSON.stringify(state.user));
    $("password").value = "";
    await showSessions();
  });
}

function signOut(why) {
  if (state.token) api("POST", "/api/auth/logout").catch(() => {});
  closeSocket();
  state.token = null;
  state.user = null;
  sessionStorage.clear();
  showView("sign-in-view");
  $("sign-in-error").textContent = typeof why === "string" ? why : "";
}

// ---- the list of sessions -------------------------------------------------------------------

async function showSessions() {
  closeSocket();
  state.session = null;
  showView("sessions-view");
  const list = $("session-list");
  const sessions = await attempt($("sessions-error"), () => api("GET", "/api/live/upcoming/"));
  if (!sessions) return;
  list.replaceChildren();
  $("sessions-empty").hidden = sessions.length > 0;
  for (const session of sessions) {
    const item = element("li", "card");
    const info = element("div", "info");
    info.append(element("div", "title", session.title));
    const when = element("div", "muted",
      `${dateAndTime(session.scheduled_start)} · ${session.duration_minutes} min · ` +
      `${session.instructor ? session.instructor.name : ""}`);
    info.append(when);
    const badge = element("span", session.is_live ? "badge live" : "badge",
      session.is_live ? "Live" : "Scheduled");
    const join = button(session.is_live ? "Join" : "Register", () => joinSession(session), "");
    join.dataset.session = session.id;
    item.append(info, badge, join);
    list.append(item);
  }
}

function askPassword() {
  const dialog = $("password-dialog");
  $("session-password").value = "";
  return new Promise((resolve) => {
    dialog.addEventListener("close", () => {
      resolve(dialog.returnValue === "join" ? $("session-password").value : null);
    }, { once: true });
    dialog.showModal();
  });
}

async function joinSession(session) {
  let password;
  if (session.has_password) {
    password = await askPassword();
    if (password === null) return;
  }
  const joined = await attempt($("sessions-error"), () =>
    api("POST", `/api/live/sessions/${session.id}/join/`, password ? { password } : {}));
  if (joined) await enterSession(session.id);
}

// ---- one session ----------------------------------------------------------------------------

async function enterSession(id) {
  state.messages.clear();
  state.questions.clear();
  state.polls.clear();
  state.replyTo = null;
  state.stream = null;
  state.lastSeq = -1;
  state.heldBack = [];
  state.leaving = false;
  showView("session-view");
  $("session-error").textContent = "";
  const session = await attempt($("session-error"), () => api("GET", `/api/live/sessions/${id}/`));
  if (!session) return;
  state.session = session;
  renderSessionHead();
  openSocket();
}

// Everything shown, read again: on entering and after a gap the channel cannot fill.
async function reload() {
  const id = state.session.id;
  state.reloading = true;
  await attempt($("session-error"), async () => {
    const [session, messages, questions, polls] = await Promise.all([
      api("GET", `/api/live/sessions/${id}/`),
      api("GET", `/api/live/sessions/${id}/chat/`),
      api("GET", `/api/live/sessions/${id}/questions/`),
      api("GET", `/api/live/sessions/${id}/polls/`),
    ]);
    state.session = session;
    state.messages = new Map(messages.map((m) => [m.id, m]));
    state.questions = new Map(questions.map((q) => [q.id, q]));
    state.polls = new Map(polls.map((p) => [p.id, pollFromList(p)]));
  });
  // The lists may have been read before the events that came meanwhile: apply those again.
  state.reloading = false;
  for (const event of state.heldBack.splice(0)) applyEvent(event);
  renderAll();
}

function renderAll() {
  renderSessionHead();
  renderChat();
  renderQuestions();
  renderPolls();
}

function renderSessionHead() {
  const session = state.session;
  $("session-title").textContent = session.title;
  const status = $("session-status");
  status.textContent = session.is_live ? "Live" : session.status;
  status.className = session.is_live ? "badge live" : "badge";
  $("participant-count").textContent = `${session.joined_count} here`;
  const open = session.status === "live" || session.status === "scheduled";
  $("chat-send").disabled = !open || !session.enable_chat;
  $("ask").disabled = !open || !session.enable_qa;
}

async function leaveSession() {
  const id = state.session.id;
  state.leaving = true;
  await attempt($("session-error"), () => api("POST", `/api/live/sessions/${id}/leave/`));
  await showSessions();
}

// ---- the live channel -----------------------------------------------------------------------

function openSocket() {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  let url = `${scheme}//${location.host}/api/live/sessions/${state.session.id}/ws`;
  const resuming = state.stream !== null;
  if (resuming) url += `?since=${state.lastSeq}&stream=${encodeURIComponent(state.stream)}`;
  const socket = new WebSocket(url);
  state.socket = socket;
  $("connection").textContent = "Connecting…";
  // The token goes in the first message, not the address, which proxies and logs keep.
  socket.addEventListener("open", () => socket.send(JSON.stringify({ type: "auth", token: state.token })));
  socket.addEventListener("message", (event) => onLiveMessage(JSON.parse(event.data), resuming));
  socket.addEventListener("close", (event) => {
    if (state.socket !== socket) return;
    state.socket = null;
    if (event.code === 4401) return signOut("Your sign-in has expired; sign in again.");
    if (event.code === 4403 || event.code === 4404) {
      $("session-error").textContent = "You can no longer follow this session.";
      $("connection").textContent = "";
      return;
    }
    if (state.leaving || !state.session) return;
    $("connection").textContent = "Reconnecting…";
    setTimeout(() => { if (state.session && !state.socket) openSocket(); }, state.reconnectDelay);
    state.reconnectDelay = Math.min(state.reconnectDelay * 2, 15000);
  });
}

function closeSocket() {
  const socket = state.socket;
  state.socket = null;
  if (socket) socket.close(1000);
}

async function onLiveMessage(message, resuming) {
  if (message.type === "hello") {
    state.reconnectDelay = 1000;
    $("connection").textContent = "";
    const sameStream = message.stream === state.stream;
    state.stream = message.stream;
    if (!resuming || !sameStream) {
      state.lastSeq = message.seq;
      await reload();
    }
    return;
  }
  if (message.type === "resync") {
    state.lastSeq = message.seq;
    await reload();
    return;
  }
  if (message.type === "error") {
    $("session-error").textContent = message.error.message;
    return;
  }
  if (typeof message.seq !== "number" || message.seq <= state.lastSeq) return;
  state.lastSeq = message.seq;
  if (state.reloading) state.heldBack.push(message); else applyEvent(message);
}

function applyEvent(event) {
  const [kind] = event.type.split(".");
  if (kind === "chat") {
    state.messages.set(event.message.id, event.message);
    renderChat();
  } else if (kind === "question") {
    state.questions.set(event.question.id, event.question);
    renderQuestions();
  } else if (event.type === "poll.results") {
    const poll = state.polls.get(event.poll_id);
    if (poll) {
      applyResults(poll, event.results);
      renderPolls();
    }
  } else if (kind === "poll") {
    state.polls.set(event.poll.id, pollFromList(event.poll));
    renderPolls();
  } else if (kind === "participant") {
    state.session.participant_count = event.participant_count;
    state.session.joined_count = event.joined_count;
    renderSessionHead();
  } else if (kind === "session") {
    state.session = { ...state.session, ...event.session };
    renderSessionHead();
    if (event.type === "session.ended" || event.type === "session.cancelled") {
      $("session-error").textContent =
        event.type === "session.ended" ? "The session has ended." : "The session was cancelled.";
    }
  }
}

// ---- chat -----------------------------------------------------------------------------------

function renderChat() {
  const list = $("chat-list");
  const nearBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
  list.replaceChildren();
  const messages = [...state.messages.values()].sort((a, b) => a.id - b.id);
  for (const message of messages) list.append(chatItem(message));
  if (nearBottom) list.scrollTop = list.scrollHeight;
}

function chatItem(message) {
  const item = element("li", message.is_pinned ? "pinned" : "");
  item.dataset.message = message.id;
  const meta = element("div", "meta");
  meta.append(element("span", "author", message.user ? message.user.name : "Someone"));
  meta.append(document.createTextNode(clock(message.created_at)));
  if (message.is_pinned) meta.append(document.createTextNode(" · pinned"));
  if (message.is_edited && !message.is_deleted) meta.append(document.createTextNode(" · edited"));
  item.append(meta);
  if (message.reply_to) {
    const parent = state.messages.get(message.reply_to);
    const quoted = parent ? `${parent.user ? parent.user.name : "Someone"}: ${parent.content}` : "an earlier message";
    item.append(element("div", "quote", `↪ ${quoted}`));
  }
  if (message.is_deleted) {
    item.append(element("div", "content deleted", "Message deleted"));
    return item;
  }
  item.append(element("div", "content", message.content));
  const actions = element("div", "actions");
  const liked = state.liked.has(message.id);
  const like = button(`♥ ${message.likes_count}`, () => toggleLike(message.id), liked ? "small on" : "small quiet");
  like.setAttribute("aria-label", liked ? "Unlike" : "Like");
  like.setAttribute("aria-pressed", String(liked));
  actions.append(like, button("Reply", () => startReply(message)));
  item.append(actions);
  return item;
}

function startReply(message) {
  state.replyTo = message.id;
  $("reply-text").textContent = `Replying to ${message.user ? message.user.name : "a message"}: ${message.content}`;
  $("reply-banner").hidden = false;
  $("chat-input").focus();
}

function cancelReply() {
  state.replyTo = null;
  $("reply-banner").hidden = true;
}

async function sendChat(event) {
  event.preventDefault();
  const input = $("chat-input");
  const content = input.value.trim();
  if (!content) return;
  const body = { content };
  if (state.replyTo) body.reply_to = state.replyTo;
  const sent = await attempt($("session-error"), () =>
    api("POST", `/api/live/sessions/${state.session.id}/chat/send/`, body));
  if (!sent) return;
  input.value = "";
  cancelReply();
  state.messages.set(sent.id, sent);
  renderChat();
}

async function toggleLike(id) {
  const liking = !state.liked.has(id);
  const message = await attempt($("session-error"), () =>
    api("POST", `/api/live/messages/${id}/${liking ? "like" : "unlike"}/`).catch((error) => {
      // Liked from another tab already: the page now knows.
      if (error.status === 409) return null;
      throw error;
    }));
  if (message === undefined) return;
  if (liking) state.liked.add(id); else state.liked.delete(id);
  if (message) state.messages.set(id, message);
  renderChat();
}

// ---- questions ------------------------------------------------------------------------------

function renderQuestions() {
  const list = $("question-list");
  list.replaceChildren();
  const questions = [...state.questions.values()]
    .filter((q) => q.status !== "dismissed")
    .sort((a, b) => (b.is_featured - a.is_featured) || (b.upvotes - a.upvotes) || (a.id - b.id));
  for (const question of questions) list.append(questionItem(question));
}

function questionItem(question) {
  const item = element("li", question.is_featured ? "featured" : "");
  item.dataset.question = question.id;
  const who = question.user ? question.user.name : "Anonymous";
  item.append(element("div", "meta", `${who} · ${clock(question.created_at)}`));
  item.append(element("div", "text", question.question));
  if (question.status === "answered") {
    const answer = element("div", "answer");
    answer.append(element("div", "meta",
      `Answered by ${question.answered_by ? question.answered_by.name : "the instructor"}`));
    answer.append(element("div", "text", question.answer));
    item.append(answer);
  }
  const actions = element("div", "actions");
  const upvoted = state.upvoted.has(question.id);
  const upvote = button(`▲ ${question.upvotes}`, () => upvoteQuestion(question.id), upvoted ? "small on" : "small quiet");
  upvote.setAttribute("aria-label", "Upvote");
  upvote.disabled = upvoted;
  actions.append(upvote);
  item.append(actions);
  if (isStaff() && question.status !== "answered") item.append(answerForm(question));
  return item;
}

function answerForm(question) {
  const form = element("form", "answer-form");
  const input = element("input");
  input.placeholder = "Answer";
  input.maxLength = 4000;
  const send = element("button", "small", "Answer");
  send.type = "submit";
  form.append(input, send);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!input.value.trim()) return;
    const answered = await attempt($("session-error"), () =>
      api("POST", `/api/live/questions/${question.id}/answer/`, { answer: input.value.trim() }));
    if (answered) {
      state.questions.set(answered.id, answered);
      renderQuestions();
    }
  });
  return form;
}

async function askQuestion(event) {
  event.preventDefault();
  const input = $("question-input");
  const text = input.value.trim();
  if (!text) return;
  const asked = await attempt($("session-error"), () =>
    api("POST", `/api/live/sessions/${state.session.id}/questions/ask/`, {
      question: text,
      is_anonymous: $("ask-anonymous").checked,
    }));
  if (!asked) return;
  input.value = "";
  state.questions.set(asked.id, asked);
  renderQuestions();
}

async function upvoteQuestion(id) {
  const question = await attempt($("session-error"), () =>
    api("POST", `/api/live/questions/${id}/upvote/`).catch((error) => {
      if (error.status === 409) return null;
      throw error;
    }));
  if (question === undefined) return;
  state.upvoted.add(id);
  if (question) state.questions.set(id, question);
  renderQuestions();
}

// ---- polls ----------------------------------------------------------------------------------

// A poll as the list gives it, with its options in the shape poll.results uses.
function pollFromList(poll) {
  const hidden = !poll.show_results_immediately && poll.status !== "closed";
  return {
    id: poll.id,
    question: poll.question,
    status: poll.status,
    multiple: poll.allow_multiple_answers,
    hidden,
    total: poll.total_votes,
    options: poll.options.map((o) => ({ id: o.id, text: o.text, votes: o.votes_count, percentage: o.vote_percentage })),
  };
}

function applyResults(poll, results) {
  poll.status = results.status;
  poll.hidden = Boolean(results.results_hidden);
  poll.total = results.total_votes;
  poll.options = results.options.map((o) => ({ id: o.id, text: o.text, votes: o.votes, percentage: o.percentage }));
}

function renderPolls() {
  const list = $("poll-list");
  list.replaceChildren();
  const polls = [...state.polls.values()].sort((a, b) => b.id - a.id);
  $("polls-empty").hidden = polls.length > 0;
  for (const poll of polls) list.append(pollCard(poll));
}

function pollCard(poll) {
  const card = element("div", "poll");
  card.dataset.poll = poll.id;
  card.append(element("div", "question", poll.question));
  const canVote = poll.status === "active" && !state.voted.has(poll.id);
  const form = element("form");
  for (const option of poll.options) {
    const row = element("div", "option");
    if (canVote) {
      const label = element("label");
      const choice = element("input");
      choice.type = poll.multiple ? "checkbox" : "radio";
      choice.name = `poll-${poll.id}`;
      choice.value = option.id;
      label.append(choice, document.createTextNode(option.text));
      row.append(label);
    } else {
      row.append(element("div", "", option.text));
    }
    if (!poll.hidden) {
      const bar = element("div", "bar");
      const fill = element("div", "fill");
      fill.style.width = `${option.percentage}%`;
      bar.append(fill);
      row.append(bar, element("div", "figures", `${option.votes} · ${option.percentage}%`));
    }
    form.append(row);
  }
  if (canVote) {
    const vote = element("button", "small", "Vote");
    vote.type = "submit";
    form.append(vote);
    form.addEventListener("submit", (event) => votePoll(event, poll));
  }
  card.append(form);
  const summary = poll.hidden ? "Results are shown when the poll closes" : `${poll.total} votes`;
  card.append(element("div", "figures", `${summary} · ${poll.status}`));
  return card;
}

async function votePoll(event, poll) {
  event.preventDefault();
  const chosen = [...event.target.querySelectorAll("input:checked")].map((input) => Number(input.value));
  if (chosen.length === 0) return;
  const results = await attempt($("session-error"), () =>
    api("POST", `/api/live/polls/${poll.id}/vote/`, { option_ids: chosen }).catch((error) => {
      if (error.status === 409 && error.message.toLowerCase().includes("already")) return null;
      throw error;
    }));
  if (results === undefined) return;
  state.voted.add(poll.id);
  if (results) applyResults(poll, results);
  renderPolls();
}

// ---- start ----------------------------------------------------------------------------------

function showPanel(id) {
  for (const tab of document.querySelectorAll(".tabs button")) {
    tab.setAttribute("aria-selected", String(tab.dataset.panel === id));
  }
  for (const panel of document.querySelectorAll(".panels .panel")) panel.classList.toggle("shown", panel.id === id);
}

function start() {
  $("sign-in-form").addEventListener("submit", signIn);
  $("sign-out").addEventListener("click", () => signOut());
  $("back").addEventListener("click", () => showSessions());
  $("leave").addEventListener("click", leaveSession);
  $("chat-form").addEventListener("submit", sendChat);
  $("reply-cancel").addEventListener("click", cancelReply);
  $("ask-form").addEventListener("submit", askQuestion);
  for (const tab of document.querySelectorAll(".tabs button")) {
    tab.addEventListener("click", () => showPanel(tab.dataset.panel));
  }
  showPanel("chat-panel");
  if (state.token) showSessions(); else showView("sign-in-view");
}

start();
