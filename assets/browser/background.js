// Haul's background script: the context menus, catching downloads the browser starts, noticing
// the video playlists pages load (offered in the page by content.js), and talking to Haul
// through native messaging. A download Haul cannot take stays with the browser.

"use strict";

if (typeof importScripts === "function" && typeof shouldCatch === "undefined") {
  importScripts("logic.js");
}

const api = globalThis.browser || globalThis.chrome;

// Whether the bypass key (Alt) is held in a page, as the content script reports.
let bypassHeld = false;

api.runtime.onMessage.addListener((message, sender, reply) => {
  if (message && message.type === "bypass") {
    bypassHeld = Boolean(message.held);
  }
  if (message && message.type === "magnet" && sender.tab) {
    sendMagnet(String(message.url), sender.tab.url).then(
      () => reply({ ok: true }),
      (err) => reply({ ok: false, error: String(err && err.message) }),
    );
    return true;
  }
  if (message && message.type === "download-video" && sender.tab) {
    sendVideo(String(message.url), sender.tab.url, sender.tab.title).then(
      () => reply({ ok: true }),
      (err) => reply({ ok: false, error: String(err && err.message) }),
    );
    return true;
  }
  return false;
});

// Video playlists each tab's page loaded (HLS, DASH), newest last; a master playlist's own
// variants are not offered beside it.
const videos = new Map();

function headerValue(headers, name) {
  const found = (headers || []).find((h) => h.name.toLowerCase() === name);
  return found ? found.value : "";
}

async function noteVideo(tabId, url) {
  const known = videos.get(tabId) || { list: [], variants: new Set() };
  videos.set(tabId, known);
  if (known.variants.has(url) || known.list.some((v) => v.url === url)) {
    return;
  }
  // Reading the playlist gives its qualities and length (the extension's own request: not
  // noticed again, as it belongs to no tab).
  let facts = null;
  try {
    const response = await fetch(url, { credentials: "include" });
    facts = playlistFacts(await response.text());
  } catch (_) {
    // Offered without its facts.
  }
  if (facts) {
    for (const variant of facts.variants) {
      try {
        known.variants.add(new URL(variant, url).href);
      } catch (_) {
        // Not a link: nothing to leave out.
      }
    }
    known.list = known.list.filter((v) => !known.variants.has(v.url));
    if (known.variants.has(url)) {
      return;
    }
  }
  known.list.push({ url, label: videoLabel(facts, words("videoLive", "live")) });
  try {
    await api.tabs.sendMessage(
      tabId,
      {
        type: "videos",
        action: words("videoButton", "Download video with Haul"),
        videos: known.list.slice(-5),
      },
      { frameId: 0 },
    );
  } catch (_) {
    // The page is gone or has no content script (a browser page): nothing to offer.
  }
}

api.webRequest.onHeadersReceived.addListener(
  (details) => {
    if (details.tabId >= 0 && isStreamResponse(details.url, headerValue(details.responseHeaders, "content-type"))) {
      noteVideo(details.tabId, details.url);
    }
  },
  { urls: ["http://*/*", "https://*/*"] },
  ["responseHeaders"],
);

api.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === "loading" && change.url) {
    videos.delete(tabId);
  }
});
api.tabs.onRemoved.addListener((tabId) => videos.delete(tabId));

/**
 * Hands a video playlist to Haul with the page's cookies and the page as its Referer, named
 * after the page's title (a playlist's own name, "master" or "index", says nothing).
 */
async function sendVideo(url, page, title) {
  const download = await describe(url, page);
  const name = videoFileName(title);
  if (name) {
    download.file_name = name;
  }
  await toHaul(hostMessage([download], false));
}

/** Hands a clicked magnet link to Haul (unless magnets are left to the browser). */
async function sendMagnet(url, page) {
  const options = await currentOptions();
  if (!options.catchMagnets || !isTorrentMagnet(url)) {
    throw new Error("magnets are left to the browser");
  }
  await toHaul(hostMessage([downloadMessage({ url, referrer: page })], false));
}

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
