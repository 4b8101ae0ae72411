// Haul's extension logic without the browser: what to catch, and what to hand over. Loaded by
// the background script (importScripts in Chromium's service worker, listed before it in
// Firefox) and by Node's test runner (logic.test.js).

"use strict";

/** The name of the native messaging host (Haul itself). */
const HOST = "dev.haul.haul";

/** Options and their defaults. */
const DEFAULTS = Object.freeze({
  // Catch downloads the browser starts and hand them to Haul.
  catchDownloads: true,
  // Leave downloads smaller than this to the browser (bytes; 0: catch all).
  minimumBytes: 0,
  // File extensions left to the browser (lower case, without the dot).
  skipExtensions: ["html", "htm", "json", "xml", "ics"],
});

/** Options from storage, with defaults for what is missing or malformed. */
function normalizeOptions(stored) {
  const options = Object.assign({}, DEFAULTS);
  if (!stored || typeof stored !== "object") {
    return options;
  }
  if (typeof stored.catchDownloads === "boolean") {
    options.catchDownloads = stored.catchDownloads;
  }
  if (Number.isFinite(stored.minimumBytes) && stored.minimumBytes >= 0) {
    options.minimumBytes = Math.floor(stored.minimumBytes);
  }
  if (Array.isArray(stored.skipExtensions)) {
    options.skipExtensions = stored.skipExtensions
      .filter((e) => typeof e === "string")
      .map((e) => e.trim().replace(/^\./, "").toLowerCase())
      .filter((e) => e.length > 0);
  }
  return options;
}

/** The extension of a file name or link path, lower case, without the dot. */
function extensionOf(name) {
  const base = String(name || "").split(/[?#]/)[0].split("/").pop();
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

/** The file name a download item will get (its path's last part, else the link's). */
function fileNameOf(item) {
  const chosen = String(item.filename || "").split(/[\\/]/).pop();
  if (chosen) {
    return chosen;
  }
  try {
    return decodeURIComponent(new URL(item.finalUrl || item.url).pathname.split("/").pop());
  } catch (_) {
    return "";
  }
}

/**
 * Whether a download the browser started goes to Haul: http(s) only, not while the bypass key
 * is held, not when catching is off, not below the minimum size (an unknown size is caught),
 * not for the file types left to the browser.
 */
function shouldCatch(item, options, bypassHeld) {
  const url = item.finalUrl || item.url || "";
  if (!/^https?:\/\//i.test(url)) {
    return false;
  }
  if (bypassHeld || !options.catchDownloads) {
    return false;
  }
  const size = Number(item.totalBytes || item.fileSize || 0);
  if (size > 0 && size < options.minimumBytes) {
    return false;
  }
  const extension = extensionOf(fileNameOf(item) || url);
  return !options.skipExtensions.includes(extension);
}

/** The `Cookie` header for a list of cookies (as the cookies API returns them). */
function cookieHeader(cookies) {
  return (cookies || [])
    .filter((c) => c && typeof c.name === "string" && typeof c.value === "string")
    .map((c) => `${c.name}=${c.value}`)
    .join("; ");
}

/** One download as the host expects it. */
function downloadMessage({ url, referrer, userAgent, cookies, fileName }) {
  const download = { url: String(url) };
  if (referrer) download.referer = String(referrer);
  if (userAgent) download.user_agent = String(userAgent);
  const cookie = cookieHeader(cookies);
  if (cookie) download.cookie = cookie;
  if (fileName) download.file_name = String(fileName);
  return download;
}

/** The message for the host: downloads, added at once or shown in Haul's Add dialog. */
function hostMessage(downloads, ask) {
  return { type: "download", ask: Boolean(ask), downloads };
}

/** The http(s) links of a page or selection, each once, in order. */
function uniqueLinks(links) {
  const seen = new Set();
  const out = [];
  for (const link of links || []) {
    if (typeof link === "string" && /^https?:\/\//i.test(link) && !seen.has(link)) {
      seen.add(link);
      out.push(link);
    }
  }
  return out;
}

if (typeof module !== "undefined") {
  module.exports = {
    HOST,
    DEFAULTS,
    normalizeOptions,
    extensionOf,
    fileNameOf,
    shouldCatch,
    cookieHeader,
    downloadMessage,
    hostMessage,
    uniqueLinks,
  };
}
