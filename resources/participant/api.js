// The hub's REST API. Failures become ApiError with a message a student can read: the hub's
// own words when it answered, and plain words when it could not be reached (never the
// browser's "Failed to fetch").
import { state } from "./state.js";

export const unreachable = "The hub cannot be reached";

export class ApiError extends Error {
  constructor(status, body) {
    const error = (body && body.error) || {};
    super(error.message || ApiError.describe(status));
    this.status = status;
    this.code = error.code;
    this.field = error.field;
    this.offline = status === 0;
  }

  static describe(status) {
    if (status === 0) return `${unreachable}; check your connection and try again.`;
    if (status >= 500) return `The hub is not answering properly right now (error ${status}); try again in a moment.`;
    return `The hub refused this (error ${status}).`;
  }
}

let unauthorized = () => {};

// Called when the hub no longer takes the token (expired, or signed out elsewhere).
export function onUnauthorized(handler) {
  unauthorized = handler;
}

// `keepalive` lets a request outlive the page (progress sent while the tab closes).
export async function api(method, path, body, { keepalive = false } = {}) {
  const headers = { Accept: "application/json" };
  if (state.token) headers.Authorization = `Bearer ${state.token}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      keepalive,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, null);
  }
  let json = null;
  try {
    const text = await response.text();
    json = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON (a proxy's error page, a cut connection): the status says enough.
    json = null;
  }
  if (!response.ok) {
    if (response.status === 401 && state.token) unauthorized();
    throw new ApiError(response.status, json);
  }
  return json;
}

// The failure in words, with what happened to the student's work: "...; your message is kept".
export function explain(error, kept) {
  if (!(error instanceof ApiError)) return `Something went wrong on this page${kept ? `; ${kept}` : ""}.`;
  if (error.offline) return kept ? `${unreachable}; ${kept}.` : error.message;
  if (!kept) return error.message;
  return `${error.message.replace(/[.\s]+$/, "")}; ${kept}.`;
}

// Runs an action, showing its failure in `errorElement` instead of throwing; undefined then.
export async function attempt(errorElement, action, kept) {
  errorElement.textContent = "";
  try {
    return await action();
  } catch (error) {
    errorElement.textContent = explain(error, kept);
    return undefined;
  }
}
