// On a phone the chat, questions and polls are tabs; activity on a tab the student is not
// looking at shows as a count on it (and in its accessible name). On a wide screen all three
// are shown side by side and there is nothing to count.

const unseen = new Map();
const pageTitle = document.title;
let unseenWhileAway = 0;

// The browser tab too: while the student is in another tab or app, the title counts news.
document.addEventListener("visibilitychange", () => {
  if (document.visibilityState !== "visible") return;
  unseenWhileAway = 0;
  document.title = pageTitle;
});

function tabs() {
  return [...document.querySelectorAll(".tabs [role=tab]")];
}

function tabsShown() {
  const bar = document.querySelector(".tabs");
  return bar && getComputedStyle(bar).display !== "none";
}

function label(tab) {
  return tab.firstChild.textContent.trim();
}

function renderBadge(tab) {
  const count = unseen.get(tab.dataset.panel) || 0;
  const badge = tab.querySelector(".count");
  badge.hidden = count === 0;
  badge.textContent = String(count);
  if (count > 0) tab.setAttribute("aria-label", `${label(tab)}, ${count} new`);
  else tab.removeAttribute("aria-label");
}

export function showPanel(id) {
  for (const tab of tabs()) {
    const selected = tab.dataset.panel === id;
    tab.setAttribute("aria-selected", String(selected));
    tab.tabIndex = selected ? 0 : -1;
    if (selected) unseen.set(id, 0);
    renderBadge(tab);
  }
  for (const panel of document.querySelectorAll(".panels .panel")) panel.classList.toggle("shown", panel.id === id);
}

// Something new in `panelId`: counted unless the student can see that panel now.
export function noteActivity(panelId) {
  if (document.visibilityState === "hidden") document.title = `(${++unseenWhileAway}) ${pageTitle}`;
  const tab = tabs().find((t) => t.dataset.panel === panelId);
  if (!tab || !tabsShown() || tab.getAttribute("aria-selected") === "true") return;
  unseen.set(panelId, (unseen.get(panelId) || 0) + 1);
  renderBadge(tab);
}

export function resetActivity() {
  unseen.clear();
  for (const tab of tabs()) renderBadge(tab);
}

export function setUpTabs() {
  const all = tabs();
  for (const tab of all) {
    tab.addEventListener("click", () => showPanel(tab.dataset.panel));
    // Arrow keys move between tabs, as in any tab list.
    tab.addEventListener("keydown", (event) => {
      const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
      if (!step) return;
      const next = all[(all.indexOf(tab) + step + all.length) % all.length];
      showPanel(next.dataset.panel);
      next.focus();
    });
  }
  showPanel("chat-panel");
}
