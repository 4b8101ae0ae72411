// Runs in pages: tells the background whether the bypass key (Alt) is held, so a download
// started with Alt held stays with the browser; hands a clicked magnet link to Haul; lists the page's (or selection's) links for
// "Download all links with Haul"; and offers the videos the page loaded ("Download video with
// Haul", with quality and length) in a small panel only a person's click acts on.

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
  // A person's click on a magnet link hands the torrent to Haul (Alt keeps it with the
  // browser); if Haul cannot take it, the browser opens it as it would have.
  addEventListener(
    "click",
    (event) => {
      const anchor = event.target && event.target.closest && event.target.closest("a[href]");
      if (!anchor || !event.isTrusted || event.button !== 0 || event.altKey) {
        return;
      }
      if (event.ctrlKey || event.metaKey || event.shiftKey || !/^magnet:\?/i.test(anchor.href)) {
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      const link = anchor.href;
      api.runtime.sendMessage({ type: "magnet", url: link }).then(
        (answer) => {
          if (!answer || !answer.ok) {
            location.href = link;
          }
        },
        () => {
          location.href = link;
        },
      );
    },
    true,
  );
  addEventListener("keyup", (e) => report(e.altKey), true);
  addEventListener("blur", () => report(false), true);

  let panel = null;
  const offer = (message) => {
    if (!panel) {
      const host = document.createElement("div");
      host.id = "haul-video-offer";
      host.style.cssText = "all:initial;position:fixed;top:8px;left:8px;z-index:2147483647";
      panel = host.attachShadow({ mode: "closed" });
      (document.body || document.documentElement).appendChild(host);
    }
    panel.replaceChildren();
    const style = document.createElement("style");
    style.textContent =
      "button{display:block;margin:0 0 4px;padding:6px 10px;border:0;border-radius:6px;" +
      "background:#1f6feb;color:#fff;font:13px/1.3 sans-serif;cursor:pointer;" +
      "box-shadow:0 1px 4px rgba(0,0,0,.4)}button:disabled{background:#555}";
    panel.appendChild(style);
    for (const video of message.videos || []) {
      const button = document.createElement("button");
      button.textContent = video.label ? `${message.action} · ${video.label}` : message.action;
      button.title = video.url;
      button.addEventListener("click", (event) => {
        // A page's own script cannot make Haul download anything: only a person's click.
        if (!event.isTrusted) {
          return;
        }
        button.disabled = true;
        api.runtime.sendMessage({ type: "download-video", url: video.url }).then(
          (answer) => {
            button.textContent = answer && answer.ok ? "✓ Haul" : `✗ ${answer && answer.error}`;
          },
          () => {
            button.disabled = false;
          },
        );
      });
      panel.appendChild(button);
    }
  };

  api.runtime.onMessage.addListener((message, _sender, reply) => {
    if (message && message.type === "videos" && window === window.top) {
      offer(message);
      return false;
    }
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
