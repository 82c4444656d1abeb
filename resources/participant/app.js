// Lectern's participant page: sign in, pick a session, join the video class, and chat, ask
// and vote live; watch the recordings of past sessions. Plain browser modules, no build step;
// the hub serves each file of this folder as it is.
import { $ } from "./dom.js";
import { state } from "./state.js";
import { onUnauthorized } from "./api.js";
import { onRoute, parse, go } from "./router.js";
import { savedPlace, onSignedOutElsewhere } from "./storage.js";
import { restoreSignIn, signIn, signOut, showSignIn } from "./auth.js";
import { showSessions, hideSessions } from "./sessions.js";
import { showSession, hideSession, setUpSession, onSessionExpired } from "./session.js";
import { showHistory } from "./history.js";
import { showRecording, hideRecording, setUpPlayer } from "./player.js";
import { setUpTabs } from "./tabs.js";
import { setUpChat } from "./chat.js";
import { setUpQuestions } from "./questions.js";

const expired = "Your sign-in has expired; sign in again.";

// Whatever the previous view holds (a live socket, a playing recording) ends before the next.
function leaveViews() {
  hideSessions();
  hideSession();
  hideRecording();
}

function route(place) {
  leaveViews();
  if (!state.token) {
    showSignIn();
    return;
  }
  if (place.name === "session") showSession(place.id);
  else if (place.name === "recording") showRecording(place.id);
  else if (place.name === "history") showHistory();
  else showSessions();
}

function endSignIn(why, tellHub) {
  leaveViews();
  signOut(why, tellHub);
}

function start() {
  onRoute(route);
  onUnauthorized(() => endSignIn(expired, false));
  onSessionExpired(() => endSignIn(expired, false));
  onSignedOutElsewhere(() => state.token, () => endSignIn("You signed out in another tab.", false));
  $("sign-in-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    // Back to where the address points (a link, or the place before the sign-in expired).
    if (await signIn()) go(parse(location.hash).hash);
  });
  $("sign-out").addEventListener("click", () => {
    // Signing out on purpose forgets the place too: the next person starts at the list.
    history.replaceState(null, "", location.pathname);
    endSignIn();
  });
  setUpSession();
  setUpTabs();
  setUpChat();
  setUpQuestions();
  setUpPlayer();
  if (!restoreSignIn()) {
    showSignIn();
    return;
  }
  // A fresh tab with no place in its address goes where the student was last.
  const place = parse(location.hash || savedPlace() || "#sessions");
  if (location.hash !== place.hash) history.replaceState(null, "", place.hash);
  route(place);
}

start();
