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
  // A click on a magnet link hands the torrent to Haul.
  catchMagnets: true,
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
  if (typeof stored.catchMagnets === "boolean") {
    options.catchMagnets = stored.catchMagnets;
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

/** A magnet link that names a torrent by its hash (what Haul takes of magnets). */
function isTorrentMagnet(link) {
  return typeof link === "string" && /^magnet:\?(.*&)?xt=urn:bt(ih|mh):/i.test(link);
}

/** The http(s) and magnet links of a page or selection, each once, in order. */
function uniqueLinks(links) {
  const seen = new Set();
  const out = [];
  for (const link of links || []) {
    const usable = /^https?:\/\//i.test(link) || isTorrentMagnet(link);
    if (typeof link === "string" && usable && !seen.has(link)) {
      seen.add(link);
      out.push(link);
    }
  }
  return out;
}

/** Media types of video playlists: HLS's (not audio/mpegurl: radio lists use it) and DASH's. */
const STREAM_TYPES = ["application/vnd.apple.mpegurl", "application/x-mpegurl", "application/dash+xml"];

/** Whether a response is a video playlist, by its media type or its link's name. */
function isStreamResponse(url, contentType) {
  const type = String(contentType || "").split(";")[0].trim().toLowerCase();
  if (STREAM_TYPES.includes(type)) {
    return true;
  }
  const extension = extensionOf(url);
  return extension === "m3u8" || extension === "mpd";
}

/** An ISO 8601 duration as MPDs write it (PT1H2M3.5S), in seconds; null when unreadable. */
function isoSeconds(text) {
  const m = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
    String(text || "").trim(),
  );
  if (!m) return null;
  const [d, h, min, sec] = m.slice(1).map((v) => Number(v || 0));
  return d * 86400 + h * 3600 + min * 60 + sec;
}

/**
 * What a playlist's text says of its video: the heights it is offered in (highest first), its
 * length in seconds (null when unknown: a master playlist does not say), the variants' links
 * (relative, as written) and whether it is live.
 */
function playlistFacts(text) {
  const body = String(text || "").replace(/^\uFEFF/, "");
  const facts = { heights: [], seconds: null, variants: [], live: false };
  if (body.startsWith("#EXTM3U")) {
    const lines = body.split(/\r?\n/).map((l) => l.trim());
    let pending = false;
    let seconds = 0;
    let segments = 0;
    for (const line of lines) {
      if (line.startsWith("#EXT-X-STREAM-INF")) {
        const res = /RESOLUTION=(\d+)x(\d+)/i.exec(line);
        if (res) facts.heights.push(Number(res[2]));
        pending = true;
      } else if (line.startsWith("#EXTINF:")) {
        seconds += Number.parseFloat(line.slice(8)) || 0;
        segments += 1;
      } else if (line && !line.startsWith("#") && pending) {
        facts.variants.push(line);
        pending = false;
      }
    }
    if (facts.variants.length === 0) {
      facts.live = !body.includes("#EXT-X-ENDLIST");
      facts.seconds = segments > 0 && !facts.live ? seconds : null;
    }
  } else if (body.includes("<MPD")) {
    for (const m of body.matchAll(/<Representation\b[^>]*\bheight="(\d+)"/g)) {
      facts.heights.push(Number(m[1]));
    }
    const total = /mediaPresentationDuration="([^"]+)"/.exec(body);
    facts.seconds = total ? isoSeconds(total[1]) : null;
    facts.live = /\btype="dynamic"/.test(body);
  } else {
    return null;
  }
  facts.heights = [...new Set(facts.heights)].sort((a, b) => b - a);
  return facts;
}

/** "1:02:03" or "4:05" for a length in seconds. */
function clockOf(seconds) {
  const whole = Math.round(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

/** What the offer says of a video besides its action: "720p · 4:05", "live", or "". */
function videoLabel(facts, liveWord) {
  const parts = [];
  if (facts && facts.heights.length > 0) parts.push(`${facts.heights[0]}p`);
  if (facts && facts.live) parts.push(liveWord || "live");
  else if (facts && facts.seconds) parts.push(clockOf(facts.seconds));
  return parts.join(" · ");
}

/** The file name a video found on a page titled `title` gets ("" when the title says nothing). */
function videoFileName(title) {
  const name = String(title || "")
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 150)
    .trim();
  return name ? `${name}.mp4` : "";
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
    isTorrentMagnet,
    isStreamResponse,
    isoSeconds,
    playlistFacts,
    clockOf,
    videoLabel,
    videoFileName,
  };
}
