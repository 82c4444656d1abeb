// The session's chat: pinned messages on top, the newest page below with older pages loaded
// when the student scrolls up, replies, likes, and editing or deleting one's own messages.
import { $, element, button, clock, plural, announce, watchLength } from "./dom.js";
import { api, attempt, explain } from "./api.js";
import { state, isMe, roleOf } from "./state.js";
import { noteActivity } from "./tabs.js";

// The hub's limit on a message (chatservice.h: maxChatLength).
const maxLength = 4000;
const pageSize = 50;

let replyTo = null;
let editing = null; // id of the own message being edited, whose item is left alone meanwhile
let loadingOlder = false;
let updateCounter = () => {};
let chatOpen = true; // false when the session is over or its chat is off

const sessionPath = () => `/api/live/sessions/${state.session.id}`;

export async function loadChat() {
  const [page, pinned] = await Promise.all([
    api("GET", `${sessionPath()}/chat/?limit=${pageSize}`),
    api("GET", `${sessionPath()}/chat/?pinned=true`),
  ]);
  state.messages = new Map(page.map((m) => [m.id, m]));
  state.pinned = new Map(pinned.map((m) => [m.id, m]));
  state.hasOlderMessages = page.length === pageSize;
}

export function resetChat() {
  replyTo = null;
  editing = null;
  loadingOlder = false;
  $("reply-banner").hidden = true;
  $("chat-error").textContent = "";
}

function authorName(message) {
  if (isMe(message.user)) return "You";
  return message.user && message.user.name ? message.user.name : "Someone";
}

export function renderChat() {
  const list = $("chat-list");
  const nearBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
  const items = [];
  if (state.hasOlderMessages) {
    const older = element("li", "older");
    older.append(button("Show older messages", loadOlder));
    items.push(older);
  }
  for (const message of sortedMessages()) items.push(chatItem(message));
  list.replaceChildren(...items);
  $("chat-empty").hidden = state.messages.size > 0;
  if (nearBottom) list.scrollTop = list.scrollHeight;
  renderPinned();
}

function sortedMessages() {
  return [...state.messages.values()].sort((a, b) => a.id - b.id);
}

function renderPinned() {
  const pinned = [...state.pinned.values()].filter((m) => m.is_pinned && !m.is_deleted).sort((a, b) => a.id - b.id);
  $("pinned").hidden = pinned.length === 0;
  $("pinned-list").replaceChildren(...pinned.map((message) => {
    const item = element("li");
    item.dataset.message = message.id;
    item.append(metaLine(message, false), element("div", "content", message.content));
    return item;
  }));
}

function metaLine(message, markPinned = true) {
  const meta = element("div", "meta");
  meta.append(element("span", "author", authorName(message)));
  const role = roleOf(message.user);
  if (role) meta.append(element("span", `role ${role.toLowerCase()}`, role));
  meta.append(document.createTextNode(clock(message.created_at)));
  if (message.is_pinned && markPinned) meta.append(document.createTextNode(" · pinned"));
  if (message.is_edited && !message.is_deleted) meta.append(document.createTextNode(" · edited"));
  return meta;
}

function chatItem(message) {
  const item = element("li", message.is_pinned ? "pinned" : "");
  item.dataset.message = message.id;
  item.append(metaLine(message));
  if (message.reply_to) {
    const parent = state.messages.get(message.reply_to) || state.pinned.get(message.reply_to);
    const quoted = parent && !parent.is_deleted
      ? `${parent.user ? parent.user.name : "Someone"}: ${parent.content}` : "an earlier message";
    item.append(element("div", "quote", `↪ ${quoted}`));
  }
  if (message.is_deleted) {
    item.append(element("div", "content deleted", "Message deleted"));
    return item;
  }
  if (editing === message.id) {
    item.append(editForm(message));
    return item;
  }
  item.append(element("div", "content", message.content));
  item.append(actionsFor(message));
  return item;
}

function actionsFor(message) {
  const actions = element("div", "actions");
  const liked = Boolean(message.liked_by_me);
  const like = button(`♥ ${message.likes_count}`, () => toggleLike(message), liked ? "small on" : "small quiet");
  const whose = isMe(message.user) ? "your message" : `${authorName(message)}'s message`;
  like.setAttribute("aria-label", `${liked ? "Unlike" : "Like"} ${whose} (${plural(message.likes_count, "like", "likes")})`);
  like.setAttribute("aria-pressed", String(liked));
  const reply = button("Reply", () => startReply(message));
  reply.setAttribute("aria-label", `Reply to ${authorName(message)}`);
  actions.append(like, reply);
  if (isMe(message.user)) {
    const edit = button("Edit", () => startEdit(message));
    edit.setAttribute("aria-label", "Edit your message");
    actions.append(edit, deleteButton(message));
  }
  return actions;
}

// Deleting asks once more on the same button: no modal box, nothing deleted by a slip.
function deleteButton(message) {
  const remove = button("Delete", async () => {
    if (remove.dataset.armed !== "true") {
      remove.dataset.armed = "true";
      remove.textContent = "Delete for everyone?";
      remove.classList.add("danger");
      return;
    }
    const deleted = await attempt($("chat-error"), () => api("DELETE", `/api/live/messages/${message.id}/`));
    if (deleted) upsert(deleted);
  });
  remove.setAttribute("aria-label", "Delete your message");
  return remove;
}

function editForm(message) {
  const form = element("form", "edit-form");
  const input = element("textarea");
  input.value = message.draft !== undefined ? message.draft : message.content;
  input.rows = 2;
  input.setAttribute("aria-label", "Edit your message");
  const counter = element("p", "counter");
  const save = element("button", "small", "Save");
  save.type = "submit";
  const update = watchLength(input, counter, maxLength, (fits) => { save.disabled = !fits; });
  input.addEventListener("input", () => { message.draft = input.value; });
  const cancel = button("Cancel", () => stopEdit(message.id));
  const row = element("div", "actions");
  row.append(save, cancel);
  form.append(input, counter, row);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const content = input.value.trim();
    if (!content) return;
    const edited = await attempt($("chat-error"), () =>
      api("PUT", `/api/live/messages/${message.id}/`, { content }), "your text is kept");
    if (!edited) return;
    editing = null;
    upsert(edited);
  });
  update();
  requestAnimationFrame(() => input.focus());
  return form;
}

function startEdit(message) {
  const previous = editing;
  editing = message.id;
  if (previous !== null && state.messages.has(previous)) replaceItem(state.messages.get(previous));
  replaceItem(message);
}

function stopEdit(id) {
  editing = null;
  const message = state.messages.get(id);
  if (message) {
    delete message.draft;
    replaceItem(message);
  }
}

function replaceItem(message) {
  const old = $("chat-list").querySelector(`li[data-message="${message.id}"]`);
  if (old) old.replaceWith(chatItem(message));
  else renderChat();
}

// A message from an answer or an event, kept with what only this viewer knows (their like).
function upsert(message) {
  const known = state.messages.get(message.id) || state.pinned.get(message.id);
  if (message.liked_by_me === undefined) message.liked_by_me = known ? Boolean(known.liked_by_me) : false;
  if (known && known.draft !== undefined && editing === message.id) message.draft = known.draft;
  if (message.is_pinned && !message.is_deleted) state.pinned.set(message.id, message);
  else state.pinned.delete(message.id);
  const isNew = !state.messages.has(message.id);
  const newest = sortedMessages().at(-1);
  state.messages.set(message.id, message);
  if (editing === message.id && !message.is_deleted) {
    renderPinned(); // the edit box stays as the student left it
    return;
  }
  if (message.is_deleted && editing === message.id) editing = null;
  if (isNew && (!newest || message.id > newest.id)) {
    const list = $("chat-list");
    const nearBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
    list.append(chatItem(message));
    $("chat-empty").hidden = true;
    if (nearBottom || isMe(message.user)) list.scrollTop = list.scrollHeight;
    renderPinned();
  } else if (isNew) {
    renderChat();
  } else {
    replaceItem(message);
    renderPinned();
  }
}

export function applyChatEvent(event) {
  const message = event.message;
  const isNew = !state.messages.has(message.id);
  upsert(message);
  if (event.type === "chat.created" && isNew && !isMe(message.user)) {
    noteActivity("chat-panel");
    announce("chat-announcer", `${authorName(message)}: ${message.content}`);
  }
}

async function loadOlder() {
  if (loadingOlder || !state.hasOlderMessages || state.messages.size === 0) return;
  loadingOlder = true;
  const list = $("chat-list");
  const oldest = Math.min(...state.messages.keys());
  const page = await attempt($("chat-error"), () =>
    api("GET", `${sessionPath()}/chat/?limit=${pageSize}&before=${oldest}`));
  loadingOlder = false;
  if (!page) return;
  for (const message of page) {
    if (!state.messages.has(message.id)) state.messages.set(message.id, message);
  }
  state.hasOlderMessages = page.length === pageSize;
  // Kept where the student was reading: the older messages go in above it.
  const fromBottom = list.scrollHeight - list.scrollTop;
  renderChat();
  list.scrollTop = list.scrollHeight - fromBottom;
}

function startReply(message) {
  replyTo = message.id;
  $("reply-text").textContent = `Replying to ${authorName(message)}: ${message.content}`;
  $("reply-banner").hidden = false;
  $("chat-input").focus();
}

function cancelReply() {
  replyTo = null;
  $("reply-banner").hidden = true;
}

async function sendChat(event) {
  event.preventDefault();
  const input = $("chat-input");
  const content = input.value.trim();
  if (!content || content.length > maxLength) return;
  const body = { content };
  if (replyTo) body.reply_to = replyTo;
  $("chat-send").disabled = true;
  const sent = await attempt($("chat-error"), () => api("POST", `${sessionPath()}/chat/send/`, body), "your message is kept");
  $("chat-send").disabled = !chatOpen;
  if (!sent) return;
  input.value = "";
  updateCounter();
  cancelReply();
  upsert(sent);
}

async function toggleLike(message) {
  const liking = !message.liked_by_me;
  try {
    const answer = await api("POST", `/api/live/messages/${message.id}/${liking ? "like" : "unlike"}/`);
    answer.liked_by_me = liking;
    upsert(answer);
  } catch (error) {
    // Liked or unliked from another tab already: the page now knows.
    if (error.status === 409) {
      upsert({ ...message, liked_by_me: liking });
      return;
    }
    $("chat-error").textContent = explain(error);
  }
}

export function setChatOpen(open) {
  chatOpen = open;
  $("chat-send").disabled = !open;
  $("chat-input").disabled = !open;
  $("chat-input").placeholder = open ? "Message the class" : "The chat is closed";
  updateCounter(); // a text too long keeps Send off
}

export function setUpChat() {
  $("chat-form").addEventListener("submit", sendChat);
  $("reply-cancel").addEventListener("click", cancelReply);
  const input = $("chat-input");
  updateCounter = watchLength(input, $("chat-count"), maxLength, (fits) => {
    $("chat-send").disabled = !fits || !chatOpen;
  });
  // Enter sends, Shift+Enter starts a new line, as in other chats.
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      $("chat-form").requestSubmit();
    }
  });
  $("chat-list").addEventListener("scroll", () => {
    if ($("chat-list").scrollTop < 60) loadOlder();
  });
}
