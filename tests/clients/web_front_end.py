"""webui-aria2 (unchanged, in headless Chromium) driving `haul daemon` through its everyday
loop, by its own buttons and dialogs: connect, add links from the Add dialog, move a waiting
download up, change a download's settings and the global ones (the whole page sent back),
pause, resume, remove, restart a removed one, shut the server down.

webui-aria2 is on no package registry, so this is not part of `cargo test`; README.md
("Web front ends") says how to run it:

    python3 tests/clients/web_front_end.py WEBUI_URL DAEMON_PORT SECRET FILE_URL... [SHOTS_DIR]

WEBUI_URL serves webui-aria2's `docs/` folder; the daemon must allow its origin
(`--rpc-allow-origin`). Three FILE_URLs, large enough to take a while at 200 KB/s. Prints a
line per step and exits 1 if any failed; screenshots go to SHOTS_DIR.
"""

import base64
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request

import websocket  # websocket-client, which aria2p brings


class Browser:
    def __init__(self, port=9223, size="1280,800"):
        self.profile = tempfile.mkdtemp()
        self.proc = subprocess.Popen(["chromium", "--headless=new", "--no-sandbox", "--disable-gpu",
            f"--remote-debugging-port={port}", f"--user-data-dir={self.profile}", f"--window-size={size}",
            "--no-first-run", "--disable-extensions", "about:blank"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            try:
                pages = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json"))
                page = [p for p in pages if p["type"] == "page"][0]
                break
            except Exception:
                time.sleep(0.1)
        self.ws = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=30)
        self.ids = itertools.count(1)
        self.console = []
        self.frames = []
        self.send("Runtime.enable"); self.send("Page.enable")
        self.console = []
    def send(self, method, **params):
        i = next(self.ids)
        self.ws.send(json.dumps({"id": i, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("method") == "Runtime.consoleAPICalled":
                self.console.append(" ".join(str(a.get("value", a.get("description", ""))) for a in msg["params"]["args"]))
            if msg.get("method") in ("Network.webSocketFrameSent", "Network.webSocketFrameReceived"):
                self.frames.append((msg["method"][-8:], msg["params"]["response"]["payloadData"]))
            if msg.get("id") == i:
                return msg.get("result", msg.get("error"))
    def go(self, url):
        self.send("Page.navigate", url=url)
    def js(self, expr):
        r = self.send("Runtime.evaluate", expression=expr, awaitPromise=True, returnByValue=True)
        return r.get("result", {}).get("value", r)
    def shot(self, path):
        data = self.send("Page.captureScreenshot", format="png")["data"]
        open(path, "wb").write(base64.b64decode(data))
    def wait(self, expr, timeout=20):
        end = time.time() + timeout
        while time.time() < end:
            v = self.js(expr)
            if v and not isinstance(v, dict):
                return v
            time.sleep(0.25)
        raise SystemExit(f"timed out: {expr}")
    def close(self):
        self.proc.kill()


WEBUI, PORT, TOKEN = sys.argv[1], int(sys.argv[2]), sys.argv[3]
FILES = sys.argv[4:7]
SHOTS = sys.argv[7] if len(sys.argv) > 7 else tempfile.mkdtemp()
FAILED = []


def rpc(m, *p):
    body = json.dumps({"jsonrpc": "2.0", "id": "1", "method": m, "params": ["token:" + TOKEN, *p]}).encode()
    try:
        r = urllib.request.urlopen(urllib.request.Request(f"http://127.0.0.1:{PORT}/jsonrpc", body))
        return json.loads(r.read())
    except urllib.error.HTTPError as e:
        return json.loads(e.read())


os.makedirs(SHOTS, exist_ok=True)
b = Browser(size="1280,800")
b.go(WEBUI); time.sleep(1)
b.js("""document.cookie = 'aria2conf=' + escape(JSON.stringify({host:'127.0.0.1',port:%d,path:'/jsonrpc',encrypt:false,auth:{token:'%s'}})) + '; expires=Fri, 31 Dec 2027 23:59:59 GMT'""" % (PORT, TOKEN))
b.send("Network.enable")
b.go(WEBUI); time.sleep(2)
b.js("window.confirm = () => true")
def step(name, ok):
    print(("OK   " if ok else "FAIL ") + name, flush=True)
    if not ok:
        FAILED.append(name)
# Limit the overall speed so rows stay (web front ends send the upload limit beside it).
r = rpc("aria2.changeGlobalOption", {"max-overall-download-limit":"200K","max-overall-upload-limit":"0","max-concurrent-downloads":"1"})
step("global limit with the upload limit beside it: " + str(r.get("result", r.get("error"))), r.get("result")=="OK")
# Add through the Add > By URIs dialog.
b.js("angular.element(document.querySelector('[ng-controller=NavCtrl]')).scope().addUris(); angular.element(document.body).scope().$apply()")
time.sleep(1)
b.js("""(() => { const t = document.querySelector('.modal textarea'); 
  t.value = %s;
  t.dispatchEvent(new Event('input', {bubbles:true})); t.dispatchEvent(new Event('change', {bubbles:true})); })()""" % json.dumps("\n".join(FILES)))
time.sleep(0.5)
b.shot(SHOTS + "/add-dialog.png")
b.js("""(() => { const bs = [...document.querySelectorAll('.modal button')]; const s = bs.find(x => /Start/i.test(x.textContent)); s.click(); })()""")
time.sleep(3)
act = rpc("aria2.tellActive", ["gid","files"])["result"]; wt = rpc("aria2.tellWaiting", 0, 10, ["gid"])["result"]
step(f"three links added from the dialog (active {len(act)}, waiting {len(wt)})", len(act)+len(wt)==3)
# Limit the overall speed so rows stay (AriaNg/webui global settings send this).
time.sleep(2)
b.shot(SHOTS + "/list.png")
# Move the last waiting one up by the row's own button.
wt = rpc("aria2.tellWaiting", 0, 10, ["gid"])["result"]; last = wt[-1]["gid"]
moved = b.js("""(() => { const els=[...document.querySelectorAll('[ng-click="moveUp(download)"]')];
  for (const e of els) { const s=angular.element(e).scope(); if (s.download && s.download.gid=='%s') { e.click(); return true; } } return false; })()""" % last)
time.sleep(1.5)
wt2 = rpc("aria2.tellWaiting", 0, 10, ["gid"])["result"]
step(f"move up clicked ({moved}): waiting order {[w['gid'][:4] for w in wt]} -> {[w['gid'][:4] for w in wt2]}", wt2[0]["gid"]==last)
# Per-download settings: the dialog, then Change.
first_wait = wt2[0]["gid"]
b.js("""(() => { const els=[...document.querySelectorAll('[ng-click="showSettings(download)"]')];
  for (const e of els) { const s=angular.element(e).scope(); if (s.download && s.download.gid=='%s') { e.click(); return true; } } return false; })()""" % first_wait)
time.sleep(1.5)
b.shot(SHOTS + "/settings-dialog.png")
b.js("""(() => { const bs=[...document.querySelectorAll('.modal button')]; const s=bs.find(x=>/Change/i.test(x.textContent)); s && s.click(); })()""")
time.sleep(1.5)
opt = rpc("aria2.getOption", first_wait)["result"]
step("per-download settings changed (bt-max-peers kept: %s)" % opt.get("bt-max-peers"), "bt-max-peers" in opt)
# Everything running from here on (a removed waiting download leaves no result in aria2).
rpc("aria2.changeGlobalOption", {"max-concurrent-downloads": "3"})
time.sleep(1.5)
# Pause and resume the active one by its buttons.
act = rpc("aria2.tellActive", ["gid"])["result"]
if act:
    g = act[0]["gid"]
    b.js("""(() => { for (const e of document.querySelectorAll('[ng-click="pause(download)"]')) { const s=angular.element(e).scope(); if (s.download && s.download.gid=='%s') { e.click(); return true; } } return false; })()""" % g)
    time.sleep(1.5); st = rpc("aria2.tellStatus", g, ["status"])["result"]["status"]; step("pause button: " + st, st=="paused")
    b.js("""(() => { for (const e of document.querySelectorAll('[ng-click="resume(download)"]')) { const s=angular.element(e).scope(); if (s.download && s.download.gid=='%s') { e.click(); return true; } } return false; })()""" % g)
    time.sleep(1.5); st = rpc("aria2.tellStatus", g, ["status"])["result"]["status"]; step("resume button: " + st, st == "active")
    # Remove, then Restart from the stopped list.
    b.js("""(() => { for (const e of document.querySelectorAll('[ng-click="remove(download)"]')) { const s=angular.element(e).scope(); if (s.download && s.download.gid=='%s') { e.click(); return true; } } return false; })()""" % g)
    time.sleep(2); st = rpc("aria2.tellStatus", g, ["status","errorCode"])["result"]; step("remove button: " + str(st), st.get("status")=="removed")
    b.shot(SHOTS + "/removed.png")
    b.js("""(() => { for (const e of document.querySelectorAll('[ng-click="restart(download)"]')) { const s=angular.element(e).scope(); if (s.download && s.download.gid=='%s') { e.click(); return true; } } return false; })()""" % g)
    time.sleep(2.5)
    all_ = rpc("aria2.tellActive", ["gid","files"])["result"] + rpc("aria2.tellWaiting", 0, 10, ["gid","files"])["result"]
    uris = [f["files"][0]["uris"][0]["uri"] for f in all_]
    step("restart: the first link back in the list (%s)" % uris, any(u == FILES[0] for u in uris) and not any(f["gid"]==g for f in all_))
    gone = rpc("aria2.tellStatus", g, ["status"])
    step("restart took the removed result away", "error" in gone)
b.shot(SHOTS + "/final.png")
# Settings > Global settings, then Save (every field sent back).
b.frames.clear()
b.js("angular.element(document.querySelector('[ng-controller=NavCtrl]')).scope().changeGSettings(); angular.element(document.body).scope().$apply()")
time.sleep(2)
b.shot(SHOTS + "/global-settings.png")
b.js("""(() => { const bs=[...document.querySelectorAll('.modal button')]; const s=bs.find(x=>/Save|Change/i.test(x.textContent)); s && s.click(); return s && s.textContent; })()""")
time.sleep(2)
b.js("1")
import json as J
answers = []
for kind, f in b.frames:
    if "changeGlobalOption" in f:
        sent = J.loads(f)
        calls = sent["params"][0] if sent["method"] == "system.multicall" else [{"methodName": sent["method"]}]
        at = [c["methodName"] for c in calls].index("aria2.changeGlobalOption")
        for k2, f2 in b.frames:
            r = J.loads(f2)
            if k2 == "Received" and r.get("id") == sent["id"]:
                res = r.get("result")
                answers.append(J.dumps(res[at] if sent["method"] == "system.multicall" else res)[:300])
step("global settings saved: %s" % answers, bool(answers) and all('"error"' not in a for a in answers))
alerts = b.js("[...document.querySelectorAll('.alert-danger, .alert-error')].map(e => e.textContent.trim()).join(' | ')")
step("no error shown by the front end" + (": " + alerts if alerts else ""), not alerts)
# Manage > Shutdown server.
b.js("angular.element(document.querySelector('[ng-controller=NavCtrl]')).scope().shutDownServer(); angular.element(document.body).scope().$apply()")
time.sleep(2)
try:
    urllib.request.urlopen(f"http://127.0.0.1:{PORT}/jsonrpc", timeout=2); step("shutdown", False)
except Exception as e:
    step("shutdown: the daemon is gone (%s)" % type(e).__name__, True)
b.close()
print("screenshots in", SHOTS)
sys.exit(1 if FAILED else 0)
