// The dialog for a session with a password. It says what the password is for, joins on Enter,
// and stays open with the hub's words when the password is wrong.
import { $, platformNames } from "./dom.js";
import { explain } from "./api.js";
import { joinSession } from "./participation.js";

// Resolves with the join answer, or null when the student cancels.
export function joinWithPassword(session) {
  const dialog = $("password-dialog");
  const form = $("password-form");
  const input = $("session-password");
  const error = $("password-error");
  const platform = platformNames[session.platform] || platformNames.custom;
  // Zoom and Teams meetings have passcodes, and the hub takes the session's as theirs.
  const alsoPasscode = ["zoom", "teams"].includes(session.platform)
    ? `, and it is the passcode of the ${platform} meeting`
    : `, where you then find the way into the ${platform} meeting`;
  $("password-why").textContent =
    `"${session.title}" is only for people who have its password, which your instructor gave the class. ` +
    `It lets you into the session on this page${alsoPasscode}.`;
  input.value = "";
  error.textContent = "";
  return new Promise((resolve) => {
    let answer = null;
    const submit = async (event) => {
      event.preventDefault();
      if (!input.value) return;
      $("password-join").disabled = true;
      try {
        answer = await joinSession(session.id, input.value);
        dialog.close();
      } catch (failure) {
        error.textContent = failure.field === "password" && failure.status === 403
          ? "That password is not right; check it and try again."
          : explain(failure);
        input.select();
      } finally {
        $("password-join").disabled = false;
      }
    };
    const cancel = () => dialog.close();
    form.addEventListener("submit", submit);
    $("password-cancel").addEventListener("click", cancel);
    dialog.addEventListener("close", () => {
      form.removeEventListener("submit", submit);
      $("password-cancel").removeEventListener("click", cancel);
      resolve(answer);
    }, { once: true });
    dialog.showModal();
    input.focus();
  });
}
