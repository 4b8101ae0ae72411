// Runs in pages: tells the background whether the bypass key (Alt) is held, so a download
// started with Alt held stays with the browser, and lists the page's (or selection's) links
// for "Download all links with Haul".

"use strict";

(() => {
  const api = globalThis.browser || globalThis.chrome;
  let held = false;
  const report = (now) => {
    if (now !== held) {
      held = now;
      try {
        const sent = api.runtime.sendMessage({ type: "bypass", held: now });
        if (sent && sent.catch) {
          sent.catch(() => {});
        }
      } catch (_) {
        // The extension was reloaded: nothing to tell.
      }
    }
  };
  addEventListener("keydown", (e) => report(e.altKey), true);
  addEventListener("keyup", (e) => report(e.altKey), true);
  addEventListener("blur", () => report(false), true);

  api.runtime.onMessage.addListener((message, _sender, reply) => {
    if (!message || message.type !== "links") {
      return false;
    }
    let anchors = Array.from(document.links);
    const selection = window.getSelection();
    if (message.selection && selection && !selection.isCollapsed) {
      anchors = anchors.filter((a) => selection.containsNode(a, true));
    }
    reply(anchors.map((a) => a.href));
    return false;
  });
})();
