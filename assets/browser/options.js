// The options page: what to catch, and whether Haul answers.

"use strict";

const api = globalThis.browser || globalThis.chrome;
const $ = (id) => document.getElementById(id);

// A message in the browser's language (assets/browser/_locales), English when it has none.
function words(id, fallback, substitutions) {
  return (api.i18n && api.i18n.getMessage(id, substitutions)) || fallback;
}

// Every element marked data-i18n reads in the browser's language.
for (const element of document.querySelectorAll("[data-i18n]")) {
  element.textContent = words(element.dataset.i18n, element.textContent);
}

async function load() {
  const options = normalizeOptions(await api.storage.local.get(null));
  $("catchDownloads").checked = options.catchDownloads;
  $("catchMagnets").checked = options.catchMagnets;
  $("minimumMiB").value = String(options.minimumBytes / (1024 * 1024));
  $("skipExtensions").value = options.skipExtensions.join(", ");
}

async function save() {
  const mib = Number($("minimumMiB").value);
  await api.storage.local.set({
    catchDownloads: $("catchDownloads").checked,
    catchMagnets: $("catchMagnets").checked,
    minimumBytes: Number.isFinite(mib) && mib > 0 ? Math.round(mib * 1024 * 1024) : 0,
    skipExtensions: $("skipExtensions").value.split(","),
  });
}

async function check() {
  const status = $("status");
  try {
    const reply = await api.runtime.sendNativeMessage(HOST, { type: "ping" });
    status.textContent = words("optionsAnswers", `Haul ${reply.version} answers.`, [
      String(reply.version),
    ]);
    status.className = "good";
  } catch (err) {
    status.textContent = words(
      "optionsNoAnswer",
      "Haul does not answer: install it and run `haul browser install` (" + err.message + ").",
      [String(err.message)],
    );
    status.className = "bad";
  }
}

for (const id of ["catchDownloads", "catchMagnets", "minimumMiB", "skipExtensions"]) {
  $(id).addEventListener("change", save);
}
load();
check();
