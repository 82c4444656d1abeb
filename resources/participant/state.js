// What the page knows, in one object every module reads and writes, so that the views, the
// live channel and the REST answers agree on one truth.

export const state = {
  token: null,
  user: null,
  // The session shown, as the hub last described it, and where the viewer stands in it:
  // "in" (joined, or staff), "registered", "outside" or "ended".
  session: null,
  mode: null,
  participation: null,
  messages: new Map(),
  pinned: new Map(),
  hasOlderMessages: false,
  questions: new Map(),
  polls: new Map(),
};

export const isStaff = () => Boolean(state.user) && ["instructor", "ta", "admin"].includes(state.user.role);

export const isMe = (person) => Boolean(person && state.user && person.id === state.user.id);

// The host is the session's instructor; TAs carry is_ta. Shown next to names in chat.
export function roleOf(person) {
  if (!person) return "";
  if (state.session && state.session.instructor && person.id === state.session.instructor.id) return "Host";
  if (person.is_ta) return "TA";
  return "";
}

export function clearSessionState() {
  state.session = null;
  state.mode = null;
  state.participation = null;
  state.messages = new Map();
  state.pinned = new Map();
  state.hasOlderMessages = false;
  state.questions = new Map();
  state.polls = new Map();
}
