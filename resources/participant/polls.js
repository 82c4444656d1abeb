// Polls: the question and its description, a countdown while a timed poll runs, the option the
// student chose, the results as bars with "1 vote" / "2 votes", and the card closed when the
// hub says the poll closed.
import { $, element, plural, playTime, announce } from "./dom.js";
import { api, attempt, explain } from "./api.js";
import { state } from "./state.js";
import { noteActivity } from "./tabs.js";

let countdownTimer = null;

// A poll as the list gives it, with its options in the shape poll.results uses. `mine` is the
// option ids the student chose (my_vote), which events do not carry: kept from before.
function pollFromList(poll, known) {
  return {
    id: poll.id,
    question: poll.question,
    description: poll.description || "",
    status: poll.status,
    multiple: poll.allow_multiple_answers,
    anonymous: poll.is_anonymous,
    hidden: !poll.show_results_immediately && poll.status !== "closed",
    endsAt: poll.ends_at,
    total: poll.total_votes,
    mine: Array.isArray(poll.my_vote) ? poll.my_vote : known ? known.mine : [],
    options: poll.options.map((o) => ({ id: o.id, text: o.text, votes: o.votes_count, percentage: o.vote_percentage })),
  };
}

function applyResults(poll, results) {
  poll.status = results.status;
  poll.hidden = Boolean(results.results_hidden);
  poll.total = results.total_votes;
  poll.options = results.options.map((o) => ({ id: o.id, text: o.text, votes: o.votes, percentage: o.percentage }));
}

export async function loadPolls() {
  const polls = await api("GET", `/api/live/sessions/${state.session.id}/polls/`);
  state.polls = new Map(polls.map((p) => [p.id, pollFromList(p)]));
}

export function renderPolls() {
  const polls = [...state.polls.values()].sort((a, b) => b.id - a.id);
  $("poll-list").replaceChildren(...polls.map(pollCard));
  $("polls-empty").hidden = polls.length > 0;
  tickCountdowns();
}

const statusWords = { active: "Open", closed: "Closed", draft: "Not started" };

function pollCard(poll) {
  const card = element("div", `poll ${poll.status}`);
  card.dataset.poll = poll.id;
  const head = element("div", "poll-head");
  head.append(element("div", "question", poll.question), element("span", `badge ${poll.status === "active" ? "live" : ""}`, statusWords[poll.status] || poll.status));
  card.append(head);
  card.setAttribute("role", "group");
  card.setAttribute("aria-label", `Poll: ${poll.question}, ${(statusWords[poll.status] || poll.status).toLowerCase()}`);
  if (poll.description) card.append(element("div", "description", poll.description));
  if (poll.status === "active" && poll.endsAt) {
    const countdown = element("div", "countdown");
    countdown.dataset.endsAt = poll.endsAt;
    card.append(countdown);
  }
  const voted = poll.mine.length > 0;
  const canVote = poll.status === "active" && !voted;
  const form = element("form");
  for (const option of poll.options) {
    const chosen = poll.mine.includes(option.id);
    const row = element("div", chosen ? "option chosen" : "option");
    if (canVote) {
      const label = element("label");
      const choice = element("input");
      choice.type = poll.multiple ? "checkbox" : "radio";
      choice.name = `poll-${poll.id}`;
      choice.value = option.id;
      label.append(choice, document.createTextNode(option.text));
      row.append(label);
    } else {
      const text = element("div", "option-text", option.text);
      if (chosen) text.append(element("span", "your-vote", " ✓ your vote"));
      row.append(text);
    }
    if (!poll.hidden) {
      const bar = element("div", "bar");
      bar.setAttribute("aria-hidden", "true");
      const fill = element("div", "fill");
      fill.style.width = `${option.percentage}%`;
      bar.append(fill);
      row.append(bar, element("div", "figures", `${plural(option.votes, "vote", "votes")} · ${option.percentage}%`));
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
  if (voted) {
    const names = poll.options.filter((o) => poll.mine.includes(o.id)).map((o) => o.text);
    card.append(element("div", "your-choice", `You voted for ${names.join(", ")}`));
  }
  const summary = poll.hidden ? "Results are shown when the poll closes" : plural(poll.total, "vote", "votes");
  card.append(element("div", "figures summary", `${summary} · ${statusWords[poll.status] || poll.status}`));
  const error = element("p", "error");
  error.setAttribute("role", "alert");
  card.append(error);
  return card;
}

// Counts down every second in place, without rebuilding the cards (a half-chosen vote stays).
function tickCountdowns() {
  const shown = document.querySelectorAll("#poll-list .countdown");
  for (const node of shown) {
    const left = Math.round((new Date(node.dataset.endsAt).getTime() - Date.now()) / 1000);
    node.textContent = left > 0 ? `Closes in ${playTime(left)}` : "Closing…";
  }
  clearTimeout(countdownTimer);
  countdownTimer = shown.length > 0 ? setTimeout(tickCountdowns, 1000) : null;
}

export function stopPolls() {
  clearTimeout(countdownTimer);
  countdownTimer = null;
}

export function applyPollEvent(event) {
  if (event.type === "poll.results") {
    const poll = state.polls.get(event.poll_id);
    if (poll) {
      applyResults(poll, event.results);
      renderPolls();
    }
    return;
  }
  const known = state.polls.get(event.poll.id);
  const poll = pollFromList(event.poll, known);
  state.polls.set(poll.id, poll);
  renderPolls();
  if (event.type === "poll.started" && (!known || known.status !== "active")) {
    noteActivity("poll-panel");
    announce("poll-announcer", `New poll: ${poll.question}`);
  } else if (event.type === "poll.closed" && (!known || known.status !== "closed")) {
    announce("poll-announcer", `Poll closed: ${poll.question}`);
  }
}

async function votePoll(event, poll) {
  event.preventDefault();
  const form = event.target;
  const error = form.parentElement.querySelector(".error");
  const chosen = [...form.querySelectorAll("input:checked")].map((input) => Number(input.value));
  if (chosen.length === 0) {
    error.textContent = poll.multiple ? "Choose at least one option." : "Choose an option first.";
    return;
  }
  try {
    const results = await api("POST", `/api/live/polls/${poll.id}/vote/`, { option_ids: chosen });
    poll.mine = chosen;
    applyResults(poll, results);
  } catch (failure) {
    // Voted from another tab already: read the poll again to show that vote.
    if (failure.status === 409 && failure.message.toLowerCase().includes("already")) {
      await attempt(error, loadPolls);
    } else {
      error.textContent = explain(failure);
      return;
    }
  }
  renderPolls();
}
