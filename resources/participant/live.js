// The session's live channel (WebSocket). While it is open the hub counts the student as
// present, so it reconnects on its own after a drop; events are numbered, and after a gap the
// channel cannot replay, the page reads everything again.
import { state } from "./state.js";

export class LiveChannel {
  // handlers: reload() (read everything again), apply(event), status(text),
  // expired() (the token is no longer taken), refused(text) (no longer a member).
  constructor(sessionId, handlers) {
    this.sessionId = sessionId;
    this.handlers = handlers;
    this.socket = null;
    this.stream = null;
    this.lastSeq = -1;
    this.reloading = false;
    this.heldBack = []; // events that came while a reload was on its way
    this.reconnectDelay = 1000;
    this.closed = false;
  }

  open() {
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    let url = `${scheme}//${location.host}/api/live/sessions/${this.sessionId}/ws`;
    const resuming = this.stream !== null;
    if (resuming) url += `?since=${this.lastSeq}&stream=${encodeURIComponent(this.stream)}`;
    const socket = new WebSocket(url);
    this.socket = socket;
    this.handlers.status(resuming ? "Reconnecting…" : "Connecting…");
    // The token goes in the first message, not the address, which proxies and logs keep.
    socket.addEventListener("open", () => socket.send(JSON.stringify({ type: "auth", token: state.token })));
    socket.addEventListener("message", (event) => this.onMessage(JSON.parse(event.data), resuming));
    socket.addEventListener("close", (event) => this.onClose(socket, event));
  }

  close() {
    this.closed = true;
    const socket = this.socket;
    this.socket = null;
    if (socket) socket.close(1000);
  }

  onClose(socket, event) {
    if (this.socket !== socket) return;
    this.socket = null;
    if (this.closed) return;
    if (event.code === 4401) return this.handlers.expired();
    if (event.code === 4403 || event.code === 4404) return this.handlers.refused("You can no longer follow this session.");
    this.handlers.status("Reconnecting…");
    setTimeout(() => { if (!this.closed && !this.socket) this.open(); }, this.reconnectDelay);
    this.reconnectDelay = Math.min(this.reconnectDelay * 2, 15000);
  }

  async onMessage(message, resuming) {
    if (message.type === "hello") {
      this.reconnectDelay = 1000;
      this.handlers.status("");
      const sameStream = message.stream === this.stream;
      this.stream = message.stream;
      if (!resuming || !sameStream) {
        this.lastSeq = message.seq;
        await this.resync();
      }
      return;
    }
    if (message.type === "resync") {
      this.lastSeq = message.seq;
      await this.resync();
      return;
    }
    if (message.type === "error") {
      this.handlers.refused(message.error.message);
      return;
    }
    if (typeof message.seq !== "number" || message.seq <= this.lastSeq) return;
    this.lastSeq = message.seq;
    if (this.reloading) this.heldBack.push(message); else this.handlers.apply(message);
  }

  async resync() {
    this.reloading = true;
    try {
      await this.handlers.reload();
    } finally {
      // The lists may have been read before the events that came meanwhile: apply those again.
      this.reloading = false;
      for (const event of this.heldBack.splice(0)) this.handlers.apply(event);
    }
  }
}
