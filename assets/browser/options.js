// The options page: what to catch, and whether Haul answers.

"use strict";

const api = globalThis.browser || globalThis.chrome;
const $ = (id) => document.getElementById(id);

async function load() {
  const options = normalizeOptions(await api.storage.local.get(null));
  $("catchDownloads").checked = options.catchDownloads;
  $("minimumMiB").value = String(options.minimumBytes / (1024 * 1024));
  $("skipExtensions").value = options.skipExtensions.join(", ");
}

async function save() {
  const mib = Number($("minimumMiB").value);
  await api.storage.local.set({
    catchDownloads: $("catchDownloads").checked,
    minimumBytes: Number.isFinite(mib) && mib > 0 ? Math.round(mib * 1024 * 1024) : 0,
    skipExtensions: $("skipExtensions").value.split(","),
  });
}

async function check() {
  const status = $("status");
  try {
    const reply = await api.runtime.sendNativeMessage(HOST, { type: "ping" });
    status.textContent = `Haul ${reply.version} answers.`;
    status.className = "good";
  } catch (err) {
    status.textContent =
      "Haul does not answer: install it and run `haul browser install` (" + err.message + ").";
    status.className = "bad";
  }
}

for (const id of ["catchDownloads", "minimumMiB", "skipExtensions"]) {
  $(id).addEventListener("change", save);
}
load();
check();
