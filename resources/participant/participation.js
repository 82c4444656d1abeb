// Where the student stands in each session (registered, joined, left), read from their
// history: the session answers do not say it, and a reload must know whether to show the
// room or the Join button.
import { api } from "./api.js";

export async function myParticipations() {
  const entries = await api("GET", "/api/live/history/?limit=100");
  return new Map(entries.map((entry) => [entry.session.id, entry]));
}

export async function participationIn(sessionId) {
  const entry = (await myParticipations()).get(sessionId);
  return entry ? entry.participation : null;
}

// The join answer: the student's row, and the session with its way into the meeting.
export function joinSession(sessionId, password) {
  return api("POST", `/api/live/sessions/${sessionId}/join/`, password ? { password } : {});
}
