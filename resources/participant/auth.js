// Signing in and out. The token is kept where the student chose on the sign-in form (see
// storage.js); signing out ends it at the hub too, which closes its live sockets.
import { $ } from "./dom.js";
import { api, attempt } from "./api.js";
import { state } from "./state.js";
import { saveSignIn, clearSignIn, loadSignIn } from "./storage.js";
import { showView } from "./router.js";

export function restoreSignIn() {
  const kept = loadSignIn();
  if (!kept) return false;
  state.token = kept.token;
  state.user = kept.user;
  return true;
}

// Resolves true once signed in.
export async function signIn() {
  const answer = await attempt($("sign-in-error"), () => api("POST", "/api/auth/login", {
    email: $("email").value.trim(),
    password: $("password").value,
  }));
  if (!answer) return false;
  state.token = answer.token;
  state.user = answer.user;
  saveSignIn(answer.token, answer.user, $("keep-signed-in").checked);
  $("password").value = "";
  return true;
}

export function showSignIn(why) {
  showView("sign-in-view");
  $("sign-in-error").textContent = why || "";
}

// `tellHub`: false when the hub refused the token already (nothing left to end there).
export function signOut(why, tellHub = true) {
  const token = state.token;
  if (token && tellHub) api("POST", "/api/auth/logout").catch(() => {});
  state.token = null;
  state.user = null;
  clearSignIn(token);
  showSignIn(why);
}
