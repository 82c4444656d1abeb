// Small helpers for building the page. Everything people typed goes in with textContent,
// never as markup, so a message cannot inject HTML.

export const $ = (id) => document.getElementById(id);

export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function button(label, onClick, className = "small quiet") {
  const node = element("button", className, label);
  node.type = "button";
  node.addEventListener("click", onClick);
  return node;
}

// "1 vote", "2 votes": the page's strings are English, so a singular and a plural suffice.
export function plural(count, one, many) {
  return `${count} ${count === 1 ? one : many}`;
}

export function clock(iso) {
  return iso ? new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" }) : "";
}

export function dateAndTime(iso) {
  if (!iso) return "";
  return new Date(iso).toLocaleString([], {
    weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit",
  });
}

// "Tue 12 Nov, 14:00–15:00": a session's time as a student plans around it.
export function timeSpan(start, end) {
  if (!start) return "";
  const from = dateAndTime(start);
  if (!end) return from;
  const sameDay = new Date(start).toDateString() === new Date(end).toDateString();
  return `${from}–${sameDay ? clock(end) : dateAndTime(end)}`;
}

// 75 -> "1:15", 3725 -> "1:02:05": positions in a recording.
export function playTime(seconds) {
  const whole = Math.max(0, Math.floor(seconds || 0));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

// "42 min", "1 h 5 min": time spent in a class.
export function minutes(seconds) {
  if ((seconds || 0) < 60) return "less than a minute";
  const total = Math.round(seconds / 60);
  if (total < 60) return `${total} min`;
  return `${Math.floor(total / 60)} h ${total % 60} min`;
}

export const platformNames = {
  zoom: "Zoom",
  meet: "Google Meet",
  teams: "Microsoft Teams",
  agora: "Agora",
  custom: "the meeting platform",
};

// Screen readers hear a live region when its text changes; setting the same text twice would
// be heard once, so the region is emptied first.
export function announce(regionId, text) {
  const region = $(regionId);
  region.textContent = "";
  requestAnimationFrame(() => { region.textContent = text; });
}

// Counts near a length limit, so nothing is cut silently: the counter shows in the last 10 %.
export function watchLength(input, counter, limit, onChange) {
  const update = () => {
    const left = limit - input.value.length;
    counter.hidden = left > limit / 10;
    counter.classList.toggle("over", left < 0);
    counter.textContent = left >= 0
      ? `${plural(left, "character", "characters")} left`
      : `${plural(-left, "character", "characters")} too many (at most ${limit})`;
    if (onChange) onChange(left >= 0);
  };
  input.addEventListener("input", update);
  return update;
}
