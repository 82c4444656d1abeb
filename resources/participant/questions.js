// Q&A: open questions sorted by votes or by time, answered ones apart. The asker sees their
// anonymous question as theirs (nobody else does) and cannot upvote their own.
import { $, element, button, clock, plural, announce, watchLength } from "./dom.js";
import { api, attempt, explain } from "./api.js";
import { state, isMe, isStaff } from "./state.js";
import { noteActivity } from "./tabs.js";

// The hub's limits (questionservice.h).
const maxQuestionLength = 2000;
const maxAnswerLength = 4000;

let sortBy = "votes";
let updateCounter = () => {};
let askOpen = true; // false when the session is over or its Q&A is off

export async function loadQuestions() {
  const questions = await api("GET", `/api/live/sessions/${state.session.id}/questions/`);
  state.questions = new Map(questions.map((q) => [q.id, q]));
}

const byVotes = (a, b) => (b.is_featured - a.is_featured) || (b.upvotes - a.upvotes) || (a.id - b.id);
const byNewest = (a, b) => (b.is_featured - a.is_featured) || (b.id - a.id);

export function renderQuestions() {
  const shown = [...state.questions.values()].filter((q) => q.status !== "dismissed");
  const open = shown.filter((q) => q.status !== "answered").sort(sortBy === "newest" ? byNewest : byVotes);
  const answered = shown.filter((q) => q.status === "answered")
    .sort((a, b) => (b.answered_at || "").localeCompare(a.answered_at || "") || b.id - a.id);
  $("question-list").replaceChildren(...open.map(questionItem));
  $("answered-list").replaceChildren(...answered.map(questionItem));
  $("questions-empty").hidden = open.length > 0;
  $("open-heading").textContent = `Open questions (${open.length})`;
  $("answered-heading").hidden = answered.length === 0;
  $("answered-heading").textContent = `Answered (${answered.length})`;
}

function askerLine(question) {
  const mine = isMe(question.user);
  if (mine && question.is_anonymous) return "You · anonymous (only you see it is yours)";
  if (mine) return "You";
  if (question.is_anonymous || !question.user) return "Anonymous";
  return question.user.name || "Someone";
}

function questionItem(question) {
  const item = element("li", question.is_featured ? "featured" : "");
  item.dataset.question = question.id;
  const mine = isMe(question.user);
  if (mine) item.classList.add("mine");
  item.append(element("div", "meta", `${askerLine(question)} · ${clock(question.created_at)}${question.is_featured ? " · featured" : ""}`));
  item.append(element("div", "text", question.question));
  if (question.status === "answered") {
    const answer = element("div", "answer");
    answer.append(element("div", "meta",
      `Answered by ${question.answered_by && question.answered_by.name ? question.answered_by.name : "the instructor"}`));
    answer.append(element("div", "text", question.answer));
    item.append(answer);
  }
  const actions = element("div", "actions");
  const votes = plural(question.upvotes, "vote", "votes");
  if (mine) {
    // One's own question is not upvoted (the hub refuses it); its count is shown as text.
    const count = element("span", "votes", `▲ ${question.upvotes}`);
    count.setAttribute("aria-label", `Your question has ${votes}`);
    actions.append(count);
  } else {
    const upvoted = Boolean(question.upvoted_by_me);
    const upvote = button(`▲ ${question.upvotes}`, () => upvoteQuestion(question), upvoted ? "small on" : "small quiet");
    upvote.setAttribute("aria-label", upvoted ? `Upvoted (${votes})` : `Upvote (${votes})`);
    upvote.setAttribute("aria-pressed", String(upvoted));
    upvote.disabled = upvoted;
    actions.append(upvote);
  }
  item.append(actions);
  if (isStaff() && question.status === "pending") item.append(answerForm(question));
  return item;
}

function answerForm(question) {
  const form = element("form", "answer-form");
  const input = element("input");
  input.placeholder = "Answer";
  input.setAttribute("aria-label", `Answer to: ${question.question}`);
  input.maxLength = maxAnswerLength;
  const send = element("button", "small", "Answer");
  send.type = "submit";
  form.append(input, send);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!input.value.trim()) return;
    const answered = await attempt($("ask-error"), () =>
      api("POST", `/api/live/questions/${question.id}/answer/`, { answer: input.value.trim() }), "your answer is kept");
    if (answered) upsert(answered);
  });
  return form;
}

// A question from an answer or an event, kept with what only this viewer knows: that it is
// theirs (events hide an anonymous asker from everyone) and whether they upvoted it.
function upsert(question) {
  const known = state.questions.get(question.id);
  if (known) {
    if (!question.user && isMe(known.user)) question.user = known.user;
    if (question.upvoted_by_me === undefined) question.upvoted_by_me = known.upvoted_by_me;
  }
  state.questions.set(question.id, question);
  renderQuestions();
  return known;
}

export function applyQuestionEvent(event) {
  const question = event.question;
  const known = upsert(question);
  const mine = isMe(state.questions.get(question.id).user);
  if (event.type === "question.asked" && !known && !mine) {
    noteActivity("qa-panel");
    announce("qa-announcer", `New question: ${question.question}`);
  } else if (event.type === "question.answered" && (!known || known.status !== "answered")) {
    noteActivity("qa-panel");
    announce("qa-announcer", mine ? `Your question was answered: ${question.answer}` : `Question answered: ${question.question}`);
  }
}

async function askQuestion(event) {
  event.preventDefault();
  const input = $("question-input");
  const text = input.value.trim();
  if (!text || text.length > maxQuestionLength) return;
  const asked = await attempt($("ask-error"), () =>
    api("POST", `/api/live/sessions/${state.session.id}/questions/ask/`, {
      question: text,
      is_anonymous: $("ask-anonymous").checked,
    }), "your question is kept");
  if (!asked) return;
  input.value = "";
  updateCounter();
  upsert(asked);
}

async function upvoteQuestion(question) {
  try {
    const answer = await api("POST", `/api/live/questions/${question.id}/upvote/`);
    answer.upvoted_by_me = true;
    upsert(answer);
  } catch (error) {
    // Upvoted from another tab already.
    if (error.status === 409) {
      upsert({ ...question, upvoted_by_me: true });
      return;
    }
    $("ask-error").textContent = explain(error);
  }
}

export function setQuestionsOpen(open) {
  askOpen = open;
  $("ask").disabled = !open;
  $("question-input").disabled = !open;
  $("question-input").placeholder = open ? "Ask the instructor" : "Questions are closed";
  updateCounter(); // a text too long keeps Send off
}

export function setUpQuestions() {
  $("ask-form").addEventListener("submit", askQuestion);
  updateCounter = watchLength($("question-input"), $("question-count"), maxQuestionLength, (fits) => {
    $("ask").disabled = !fits || !askOpen;
  });
  $("question-sort").addEventListener("change", () => {
    sortBy = $("question-sort").value;
    renderQuestions();
  });
}
