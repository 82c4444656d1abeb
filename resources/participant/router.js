// Where the student is lives in the address (#sessions, #session/12, #history, #recording/3),
// so a reload, the browser's back arrow and a second tab all land in the same place.
import { $ } from "./dom.js";
import { state } from "./state.js";
import { savePlace } from "./storage.js";

const views = ["sign-in-view", "sessions-view", "session-view", "history-view", "recording-view"];

let handler = () => {};

export function onRoute(route) {
  handler = route;
  window.addEventListener("hashchange", () => handler(parse(location.hash)));
}

export function parse(hash) {
  const [name, id] = (hash || "").replace(/^#/, "").split("/");
  const number = Number(id);
  if ((name === "session" || name === "recording") && Number.isInteger(number) && number > 0) {
    return { name, id: number, hash: `#${name}/${number}` };
  }
  if (name === "history") return { name, hash: "#history" };
  return { name: "sessions", hash: "#sessions" };
}

export function go(hash) {
  if (location.hash === hash) handler(parse(hash));
  else location.hash = hash;
}

export function showView(name, place) {
  for (const view of views) $(view).hidden = view !== name;
  const signedIn = Boolean(state.token);
  $("sign-out").hidden = !signedIn;
  $("main-nav").hidden = !signedIn;
  $("who").textContent = state.user ? `${state.user.name} · ${state.user.role}` : "";
  $("sign-out").title = state.user ? `Sign out ${state.user.name}` : "";
  for (const [link, view] of [["nav-sessions", "sessions-view"], ["nav-history", "history-view"]]) {
    if (view === name) $(link).setAttribute("aria-current", "page");
    else $(link).removeAttribute("aria-current");
  }
  if (place && signedIn) savePlace(place);
  window.scrollTo(0, 0);
}
