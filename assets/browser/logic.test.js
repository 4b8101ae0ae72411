// The extension's logic, tested with Node's built-in test runner: node --test assets/browser

"use strict";

const test = require("node:test");
const assert = require("node:assert");
const logic = require("./logic.js");

const options = logic.normalizeOptions(null);

test("catches http downloads, and leaves the rest to the browser", () => {
  const item = { url: "https://example.com/files/big.iso", totalBytes: 5e9, filename: "" };
  assert.strictEqual(logic.shouldCatch(item, options, false), true);
  assert.strictEqual(logic.shouldCatch(item, options, true), false, "bypass key held");
  assert.strictEqual(
    logic.shouldCatch({ url: "blob:https://x/1" }, options, false),
    false,
    "not a link Haul can fetch",
  );
  assert.strictEqual(
    logic.shouldCatch({ url: "ftp://x/a.iso" }, options, false),
    false,
  );
  assert.strictEqual(
    logic.shouldCatch({ url: "https://x/page.html" }, options, false),
    false,
    "a type left to the browser",
  );
  const off = logic.normalizeOptions({ catchDownloads: false });
  assert.strictEqual(logic.shouldCatch(item, off, false), false);
});

test("the minimum size applies only when the size is known", () => {
  const small = logic.normalizeOptions({ minimumBytes: 1024 * 1024 });
  assert.strictEqual(
    logic.shouldCatch({ url: "https://x/a.zip", totalBytes: 1000 }, small, false),
    false,
  );
  assert.strictEqual(
    logic.shouldCatch({ url: "https://x/a.zip", totalBytes: -1 }, small, false),
    true,
  );
  assert.strictEqual(
    logic.shouldCatch({ url: "https://x/a.zip", totalBytes: 2e6 }, small, false),
    true,
  );
});

test("options are normalized from whatever storage holds", () => {
  const stored = { minimumBytes: -5, skipExtensions: [".PDF", "", 3, " Zip "], catchDownloads: "yes" };
  const normal = logic.normalizeOptions(stored);
  assert.strictEqual(normal.minimumBytes, 0);
  assert.deepStrictEqual(normal.skipExtensions, ["pdf", "zip"]);
  assert.strictEqual(normal.catchDownloads, true);
});

test("file names come from the browser's choice, else the link", () => {
  assert.strictEqual(logic.fileNameOf({ filename: "/home/me/Downloads/a b.iso" }), "a b.iso");
  assert.strictEqual(
    logic.fileNameOf({ filename: "", url: "https://x/dir/report%202.pdf?x=1" }),
    "report 2.pdf",
  );
  assert.strictEqual(logic.extensionOf("a.tar.GZ"), "gz");
  assert.strictEqual(logic.extensionOf(".hidden"), "");
});

test("a hand-off carries the page, the user agent, the cookies and the name", () => {
  const download = logic.downloadMessage({
    url: "https://example.com/a.iso",
    referrer: "https://example.com/",
    userAgent: "Mozilla/5.0",
    cookies: [
      { name: "session", value: "abc" },
      { name: "theme", value: "dark" },
      { bogus: true },
    ],
    fileName: "a.iso",
  });
  assert.deepStrictEqual(download, {
    url: "https://example.com/a.iso",
    referer: "https://example.com/",
    user_agent: "Mozilla/5.0",
    cookie: "session=abc; theme=dark",
    file_name: "a.iso",
  });
  const bare = logic.downloadMessage({ url: "https://example.com/b.iso", cookies: [] });
  assert.deepStrictEqual(bare, { url: "https://example.com/b.iso" });
  assert.deepStrictEqual(logic.hostMessage([bare], 1), {
    type: "download",
    ask: true,
    downloads: [bare],
  });
});

test("page links are http(s) only, each once", () => {
  assert.deepStrictEqual(
    logic.uniqueLinks([
      "https://a/1",
      "javascript:void(0)",
      "https://a/1",
      "http://b/2",
      "mailto:x@y",
      "magnet:?xt=urn:btih:cab507494d02ebb1178b38f2e9d7be299c86b862&dn=a",
      "magnet:?dn=no-hash",
      42,
    ]),
    ["https://a/1", "http://b/2", "magnet:?xt=urn:btih:cab507494d02ebb1178b38f2e9d7be299c86b862&dn=a"],
  );
});

test("magnet links are taken only when they name a torrent", () => {
  assert.ok(logic.isTorrentMagnet("magnet:?xt=urn:btih:cab507494d02ebb1178b38f2e9d7be299c86b862"));
  assert.ok(logic.isTorrentMagnet("MAGNET:?dn=x&xt=urn:btmh:1220abcd"));
  assert.ok(!logic.isTorrentMagnet("magnet:?dn=x"));
  assert.ok(!logic.isTorrentMagnet("https://a/magnet:?xt=urn:btih:1"));
  assert.equal(logic.normalizeOptions({ catchMagnets: false }).catchMagnets, false);
  assert.equal(logic.normalizeOptions(null).catchMagnets, true);
});

test("video playlists are told by type or name, and their facts read", () => {
  assert.strictEqual(logic.isStreamResponse("https://x/a", "application/vnd.apple.mpegURL"), true);
  assert.strictEqual(logic.isStreamResponse("https://x/a", "application/dash+xml; charset=utf-8"), true);
  assert.strictEqual(logic.isStreamResponse("https://x/live/index.m3u8?t=1", ""), true);
  assert.strictEqual(logic.isStreamResponse("https://x/radio.m3u", "audio/mpegurl"), false);
  assert.strictEqual(logic.isStreamResponse("https://x/a.mp4", "video/mp4"), false);

  const master = logic.playlistFacts(
    "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1,RESOLUTION=640x360\nhi/index.m3u8\n" +
      "#EXT-X-STREAM-INF:BANDWIDTH=1,RESOLUTION=1280x720\nhd/index.m3u8\n",
  );
  assert.deepStrictEqual(master.heights, [720, 360]);
  assert.deepStrictEqual(master.variants, ["hi/index.m3u8", "hd/index.m3u8"]);
  assert.strictEqual(master.seconds, null);
  assert.strictEqual(logic.videoLabel(master), "720p");

  const media = logic.playlistFacts("#EXTM3U\n#EXTINF:2.5,\na.ts\n#EXTINF:2.5,\nb.ts\n#EXT-X-ENDLIST\n");
  assert.strictEqual(media.seconds, 5);
  assert.strictEqual(logic.videoLabel(media), "0:05");
  const live = logic.playlistFacts("#EXTM3U\n#EXTINF:2,\na.ts\n");
  assert.strictEqual(live.live, true);
  assert.strictEqual(logic.videoLabel(live, "live"), "live");

  const dash = logic.playlistFacts(
    '<?xml version="1.0"?><MPD type="static" mediaPresentationDuration="PT1H2M3S">' +
      '<Representation id="1" height="360"/><Representation id="2" height="1080"/></MPD>',
  );
  assert.deepStrictEqual(dash.heights, [1080, 360]);
  assert.strictEqual(dash.seconds, 3723);
  assert.strictEqual(logic.videoLabel(dash), "1080p · 1:02:03");
  assert.strictEqual(logic.playlistFacts("<html>"), null);
  assert.strictEqual(logic.isoSeconds("nonsense"), null);
});

test("a video is named after its page", () => {
  assert.strictEqual(logic.videoFileName("My talk: part 1/2 | Site"), "My talk part 1 2 Site.mp4");
  assert.strictEqual(logic.videoFileName("   "), "");
  assert.strictEqual(logic.videoFileName(undefined), "");
  assert.ok(logic.videoFileName("x".repeat(400)).length <= 154);
});
