// Where the sign-in is kept: localStorage when the student asked to stay signed in (every tab,
// after the browser restarts), sessionStorage otherwise (this tab, until it closes). The place
// they were in goes with it, so a reload or a second tab goes back there.

const keys = { token: "lectern.token", user: "lectern.user", place: "lectern.place" };

// A tab's own sign-in comes first; the one kept for the device otherwise.
function keeper() {
  return sessionStorage.getItem(keys.token) || !localStorage.getItem(keys.token) ? sessionStorage : localStorage;
}

export function loadSignIn() {
  const store = keeper();
  const token = store.getItem(keys.token);
  let user = null;
  try {
    user = JSON.parse(store.getItem(keys.user) || "null");
  } catch {
    user = null;
  }
  return token && user ? { token, user } : null;
}

export function saveSignIn(token, user, keep) {
  // Kept for the device: this tab's own copy would hide it. Not kept: the device's sign-in
  // (another tab's, perhaps) is left alone.
  if (keep) {
    sessionStorage.removeItem(keys.token);
    sessionStorage.removeItem(keys.user);
  }
  const store = keep ? localStorage : sessionStorage;
  store.setItem(keys.token, token);
  store.setItem(keys.user, JSON.stringify(user));
}

export function clearSignIn(token) {
  for (const store of [localStorage, sessionStorage]) {
    // Only the sign-in that ended: another account kept on the device stays.
    if (token && store.getItem(keys.token) !== token) continue;
    for (const key of Object.values(keys)) store.removeItem(key);
  }
}

export function savePlace(hash) {
  keeper().setItem(keys.place, hash);
}

export function savedPlace() {
  return keeper().getItem(keys.place);
}

// This tab's token was signed out in another tab (localStorage tells the others): it follows.
export function onSignedOutElsewhere(currentToken, handler) {
  window.addEventListener("storage", (event) => {
    if (event.storageArea === localStorage && event.key === keys.token && !event.newValue &&
        event.oldValue && event.oldValue === currentToken()) handler();
  });
}
