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
      42,
    ]),
    ["https://a/1", "http://b/2"],
  );
});
