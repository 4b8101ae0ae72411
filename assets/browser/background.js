// Haul's background script: the context menus, catching downloads the browser starts, and
// talking to Haul through native messaging. A download Haul cannot take stays with the browser.

"use strict";

if (typeof importScripts === "function" && typeof shouldCatch === "undefined") {
  importScripts("logic.js");
}

const api = globalThis.browser || globalThis.chrome;

// Whether the bypass key (Alt) is held in a page, as the content script reports.
let bypassHeld = false;

api.runtime.onMessage.addListener((message) => {
  if (message && message.type === "bypass") {
    bypassHeld = Boolean(message.held);
  }
});

// A message in the browser's language (assets/browser/_locales), English when it has none.
function words(id, fallback) {
  return (api.i18n && api.i18n.getMessage(id)) || fallback;
}

function createMenus() {
  api.contextMenus.removeAll(() => {
    api.contextMenus.create({
      id: "haul-link",
      title: words("menuDownloadLink", "Download with Haul"),
      contexts: ["link"],
    });
    api.contextMenus.create({
      id: "haul-page",
      title: words("menuDownloadPage", "Download all links with Haul"),
      contexts: ["page", "selection"],
    });
  });
}
api.runtime.onInstalled.addListener(createMenus);
if (api.runtime.onStartup) {
  api.runtime.onStartup.addListener(createMenus);
}

async function currentOptions() {
  try {
    return normalizeOptions(await api.storage.local.get(null));
  } catch (_) {
    return normalizeOptions(null);
  }
}

async function cookiesFor(url) {
  try {
    return await api.cookies.getAll({ url });
  } catch (_) {
    return [];
  }
}

/** Sends a message to Haul; resolves with its answer, rejects with why it failed. */
async function toHaul(message) {
  const reply = await api.runtime.sendNativeMessage(HOST, message);
  if (!reply || reply.ok !== true) {
    throw new Error((reply && reply.error) || "Haul did not answer");
  }
  return reply;
}

async function describe(url, page) {
  return downloadMessage({
    url,
    referrer: page,
    userAgent: navigator.userAgent,
    cookies: await cookiesFor(url),
  });
}

api.contextMenus.onClicked.addListener(async (info, tab) => {
  if (info.menuItemId === "haul-link" && info.linkUrl) {
    const message = hostMessage([await describe(info.linkUrl, info.pageUrl)], false);
    try {
      await toHaul(message);
    } catch (err) {
      // Never lose it: the browser downloads it instead.
      console.warn("Haul could not take the link; the browser downloads it:", err);
      api.downloads.download({ url: info.linkUrl });
    }
    return;
  }
  if (info.menuItemId === "haul-page" && tab && tab.id !== undefined) {
    let links = [];
    try {
      links = await api.tabs.sendMessage(tab.id, {
        type: "links",
        selection: Boolean(info.selectionText),
      });
    } catch (err) {
      console.warn("Haul could not read the page's links:", err);
    }
    const downloads = [];
    for (const link of uniqueLinks(links)) {
      downloads.push(await describe(link, info.pageUrl));
    }
    if (downloads.length > 0) {
      toHaul(hostMessage(downloads, true)).catch((err) =>
        console.warn("Haul could not take the links:", err),
      );
    }
  }
});

api.downloads.onCreated.addListener(async (item) => {
  const options = await currentOptions();
  if (!shouldCatch(item, options, bypassHeld)) {
    return;
  }
  // Hold it while Haul is asked, so nothing is lost either way.
  try {
    await api.downloads.pause(item.id);
  } catch (_) {
    // Too late (already finished, or not pausable): then it is the browser's.
    return;
  }
  const url = item.finalUrl || item.url;
  const download = downloadMessage({
    url,
    referrer: item.referrer,
    userAgent: navigator.userAgent,
    cookies: await cookiesFor(url),
    fileName: fileNameOf(item),
  });
  try {
    await toHaul(hostMessage([download], false));
    await api.downloads.cancel(item.id);
    try {
      await api.downloads.erase({ id: item.id });
    } catch (_) {
      // Only the browser's list entry: harmless if it stays.
    }
  } catch (err) {
    console.warn("Haul could not take the download; the browser keeps it:", err);
    try {
      await api.downloads.resume(item.id);
    } catch (_) {
      // Nothing more to do: the browser shows it as paused, resumable by hand.
    }
  }
});
