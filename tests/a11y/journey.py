#!/usr/bin/env python3
"""The accessibility journey: RetryDesk driven through AT-SPI, by accessible names only.

Run by run-journey.sh inside a private D-Bus session with an unlocked gnome-keyring. Starts Xvfb,
the AT-SPI bus, the standalone sandbox and the real app; then, as a screen-reader user would:
adds a connection to the sandbox (Connections dialog), finds a pending validation with the
dashboard's search, opens its retry-policy form, changes Max retries, saves, cancels the cycle
(through its confirmation), and checks on the sandbox's admin endpoints that exactly one policy
PUT and one cancel were applied to that validation.

No coordinates, no object names, no fixed sleeps: every wait polls with a deadline and says what
it was looking for. Exit 0 passed, 1 failed, 77 skipped (no display server or AT-SPI bus could
be started at all; never under CI).
"""
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request

SKIP = 77
POLL = 0.05
API_KEY = "mxcep_demo_update_key"
CONNECTION = "A11y sandbox"
START = time.monotonic()


class Skip(Exception):
    pass


class JourneyError(Exception):
    pass


def log(msg):
    print(f"[{time.monotonic() - START:5.1f}s] {msg}", flush=True)


class Children:
    """Every process the journey starts, each in its own process group, all ended on exit."""

    def __init__(self):
        self.procs = []

    def start(self, name, args, **kw):
        proc = subprocess.Popen(args, start_new_session=True, **kw)
        self.procs.append((name, proc))
        return proc

    def check_alive(self):
        for name, proc in self.procs:
            if proc.poll() is not None:
                raise JourneyError(f"{name} exited early with code {proc.returncode}")

    def stop_all(self):
        for name, proc in reversed(self.procs):
            if proc.poll() is None:
                try:
                    os.killpg(proc.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
        deadline = time.monotonic() + 3
        for name, proc in reversed(self.procs):
            try:
                proc.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                proc.wait()


def wait_for(what, probe, timeout, children=None):
    """Polls probe() until it returns something truthy; fails naming `what` at the deadline."""
    deadline = time.monotonic() + timeout
    last_error = None
    while True:
        if children:
            children.check_alive()
        try:
            value = probe()
            if value:
                return value
        except JourneyError:
            raise
        except Exception as e:  # AT-SPI objects vanish while a window changes: try again
            last_error = e
        if time.monotonic() > deadline:
            extra = f" (last error: {last_error})" if last_error else ""
            raise JourneyError(f"timed out after {timeout:.0f}s waiting for {what}{extra}")
        time.sleep(POLL)


# --- the processes -------------------------------------------------------------------------


def start_xvfb(children):
    """Xvfb on a free display: -displayfd says when it is ready. Displays from 100 up (with a
    spread by process id), away from the :0 … :99 people and other tools pick by hand. -noreset:
    by default the server resets when its last client leaves (the AT-SPI bus launcher, this
    script's probe), and a client connecting during the reset is refused."""
    if not shutil_which("Xvfb"):
        raise Skip("Xvfb is not installed")
    first = 100 + os.getpid() % 200
    for display in range(first, first + 20):
        if os.path.exists(f"/tmp/.X{display}-lock"):
            continue
        read_fd, write_fd = os.pipe()
        proc = children.start("Xvfb", ["Xvfb", f":{display}", "-displayfd", str(write_fd),
                                       "-screen", "0", "1280x800x24", "-nolisten", "tcp",
                                       "-noreset"],
                              pass_fds=(write_fd,), stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
        os.close(write_fd)
        data = b""
        while not data.endswith(b"\n"):
            chunk = os.read(read_fd, 16)  # EOF when Xvfb exits (display taken meanwhile)
            if not chunk:
                break
            data += chunk
        os.close(read_fd)
        if data.strip():
            socket_path = f"/tmp/.X11-unix/X{data.decode().strip()}"
            wait_for(f"the X socket {socket_path}", lambda: x_accepts(socket_path), 10, children)
            return ":" + data.decode().strip()
        proc.wait()
        children.procs.remove(("Xvfb", proc))
    raise Skip("Xvfb did not start on any of 20 displays")


def x_accepts(path):
    import socket
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        try:
            s.connect(path)
            return True
        except OSError:
            return False


def shutil_which(name):
    import shutil
    return shutil.which(name)


def start_atspi_bus(children):
    launcher = next((p for p in ("/usr/libexec/at-spi-bus-launcher",
                                 "/usr/lib/at-spi2-core/at-spi-bus-launcher")
                     if os.path.exists(p)), None)
    if not launcher or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        raise Skip("at-spi-bus-launcher or a D-Bus session is missing")
    children.start("at-spi-bus-launcher", [launcher, "--launch-immediately"],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    from gi.repository import Gio, GLib
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)

    def address():
        reply = bus.call_sync("org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress",
                              None, GLib.VariantType.new("(s)"), Gio.DBusCallFlags.NONE, 1000,
                              None)
        return reply.unpack()[0]

    try:
        return wait_for("the AT-SPI bus (org.a11y.Bus.GetAddress)", address, 10, children)
    except JourneyError as e:
        raise Skip(str(e))


def start_sandbox(children, binary, log_path):
    out = open(log_path, "w")
    proc = children.start("retrydesk-sandbox",
                          [binary, "--port", "0", "--bind", "127.0.0.1", "--admin", "--seed", "42"],
                          stdout=out, stderr=subprocess.STDOUT)

    def port():
        with open(log_path) as f:
            m = re.search(r"listening on http://127\.0\.0\.1:(\d+)", f.read())
        return m and int(m.group(1))

    base = f"http://127.0.0.1:{wait_for('the sandbox to print its port', port, 10, children)}"
    log(f"sandbox on {base} (pid {proc.pid})")
    return base


def http_json(url, method="GET", key=API_KEY):
    req = urllib.request.Request(url, method=method, headers={"Authorization": f"Bearer {key}"})
    with urllib.request.urlopen(req, timeout=5) as r:
        return json.loads(r.read().decode())


# --- AT-SPI, by accessible names -----------------------------------------------------------

pyatspi = None  # imported once the AT-SPI bus is up (the library caches the bus it finds)
# Item containers: their children are rows and cells, read through the Table interface instead.
SKIP_INSIDE = set()


def norm(name):
    """"&Save policy" / "Name:" / "Edit policy…" → "save policy" / "name" / "edit policy"."""
    name = (name or "").replace("&", "").strip()
    name = re.sub(r"(…|\.\.\.|:)$", "", name).strip()
    return name.casefold()


def states(acc):
    return acc.getState()


def showing(acc):
    s = states(acc)
    return s.contains(pyatspi.STATE_SHOWING) and s.contains(pyatspi.STATE_VISIBLE)


def walk(root, max_depth=40):
    stack = [(root, 0)]
    while stack:
        acc, depth = stack.pop()
        yield acc
        if depth >= max_depth or acc.getRole() in SKIP_INSIDE:
            continue
        try:
            kids = [acc.getChildAtIndex(i) for i in range(acc.childCount)]
        except Exception:
            continue
        stack.extend((k, depth + 1) for k in reversed(kids) if k is not None)


def find(root, name, roles=None, need_showing=True, need_enabled=False):
    want = norm(name)
    for acc in walk(root):
        try:
            if norm(acc.name) != want or (roles and acc.getRole() not in roles):
                continue
            if need_showing and not showing(acc):
                continue
            if need_enabled and not states(acc).contains(pyatspi.STATE_ENABLED):
                continue
            return acc
        except Exception:
            continue
    return None


def describe(root, depth=6):
    """What is on screen: the named, showing objects under root, for a failure message."""
    lines = []

    def rec(acc, d):
        try:
            if acc.name and showing(acc):
                lines.append("  " * d + f"{acc.getRoleName()} \"{acc.name}\"")
            if d < depth and acc.getRole() not in SKIP_INSIDE:
                for i in range(acc.childCount):
                    rec(acc.getChildAtIndex(i), d + 1)
        except Exception:
            pass

    rec(root, 0)
    return "\n".join(lines[:150])


class Ui:
    def __init__(self, children):
        self.children = children
        self.app = None

    def wait(self, what, probe, timeout=15):
        try:
            return wait_for(what, probe, timeout, self.children)
        except JourneyError as e:
            if self.app is not None:
                raise JourneyError(f"{e}\nOn screen now:\n{describe(self.app)}")
            raise

    def window(self, name):
        roles = (pyatspi.ROLE_FRAME, pyatspi.ROLE_DIALOG, pyatspi.ROLE_WINDOW)
        return self.wait(f'a window named "{name}"',
                         lambda: next((w for w in (self.app.getChildAtIndex(i)
                                                   for i in range(self.app.childCount))
                                       if w is not None and norm(name) in norm(w.name)
                                       and w.getRole() in roles), None))

    def control(self, root, name, roles=None, timeout=15):
        kinds = "/".join(str(r).replace("ROLE_", "").lower() for r in roles) if roles \
            else "control"
        return self.wait(f'an enabled, showing {kinds} named "{name}"',
                         lambda: find(root, name, roles, need_enabled=True), timeout)

    def press(self, root, name):
        button = self.control(root, name, (pyatspi.ROLE_PUSH_BUTTON,))
        action = button.queryAction()
        names = [action.getName(i) for i in range(action.nActions)]
        index = next((i for i, n in enumerate(names) if n.lower() in ("press", "click")), 0)
        log(f'press "{button.name}"')
        action.doAction(index)

    def type_into(self, root, name, text):
        field = self.control(root, name, (pyatspi.ROLE_TEXT, pyatspi.ROLE_PASSWORD_TEXT,
                                          pyatspi.ROLE_ENTRY))
        log(f'type into "{field.name}"')
        field.queryEditableText().setTextContents(text)
        self.wait(f'"{name}" to hold the {len(text)} characters typed',
                  lambda: field.queryText().characterCount == len(text), 5)
        return field


def list_holds(root, name, text):
    """Whether the list / tree / table named `name` under root has an item showing `text`."""
    view = find(root, name, (pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_TABLE,
                             pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX))
    if view is None:
        return False
    items = (view.getChildAtIndex(i) for i in range(view.childCount))
    return any(item is not None and text in (item.name or "") for item in items)


def find_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        a = desktop.getChildAtIndex(i)
        if a is not None and norm(a.name) == "retrydesk":
            return a
    return None


# --- the journey ---------------------------------------------------------------------------


def journey(build_dir, work):
    global pyatspi
    children = Children()
    try:
        display = start_xvfb(children)
        log(f"Xvfb on {display}")
        os.environ["DISPLAY"] = display
        bus = start_atspi_bus(children)
        log(f"AT-SPI bus at {bus.split(',')[0]}")
        import pyatspi as _pyatspi
        pyatspi = _pyatspi
        SKIP_INSIDE.update({pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE,
                            pyatspi.ROLE_LIST, pyatspi.ROLE_MENU_BAR, pyatspi.ROLE_MENU,
                            pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_LIST_BOX})

        sandbox_log = os.path.join(work, "sandbox.log")
        base = start_sandbox(children, os.path.join(build_dir, "app/sandbox/retrydesk-sandbox"),
                             sandbox_log)
        pending = http_json(f"{base}/v1/validations?retry_state=pending&limit=1")["data"][0]
        vid = pending["id"]
        before = pending["retry_state"]["max_retries"]
        log(f"pending validation on the server: {vid} (max_retries {before})")

        env = dict(os.environ)
        env.update({
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "QT_ACCESSIBILITY": "1",
            "LANG": "en_US.UTF-8", "LC_ALL": "C.UTF-8", "LANGUAGE": "en",
            "XDG_CONFIG_HOME": os.path.join(work, "config"),
            "XDG_DATA_HOME": os.path.join(work, "data"),
            "RETRYDESK_OUTBOX_DIR": os.path.join(work, "outbox"),
        })
        for d in ("config", "data", "outbox"):
            os.makedirs(os.path.join(work, d), exist_ok=True)
        app_log = open(os.path.join(work, "retrydesk.log"), "w")
        children.start("retrydesk", [os.path.join(build_dir, "ui/retrydesk")], env=env,
                       stdout=app_log, stderr=subprocess.STDOUT)

        ui = Ui(children)
        ui.app = None
        ui.app = ui.wait("RetryDesk on the AT-SPI desktop (application \"RetryDesk\")", find_app,
                         20)
        main = ui.window("RetryDesk")
        log(f'main window "{main.name}"')

        # 1. A connection to the sandbox, through the Connections dialog.
        ui.press(main, "Add a connection…")
        dialog = ui.window("Connections")
        ui.type_into(dialog, "Name", CONNECTION)
        ui.type_into(dialog, "Base URL", base)
        ui.type_into(dialog, "API key", API_KEY)
        ui.press(dialog, "Save")
        ui.wait(f'the connection "{CONNECTION}" in the Connections list',
                lambda: list_holds(dialog, "Connections", CONNECTION))
        ui.press(dialog, "Close")

        # 2. The pending validation, found with the dashboard's search.
        ui.type_into(main, "Search validations", vid)
        table = ui.control(main, "Validations", (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE))

        def only_row_pending():
            t = table.queryTable()
            if t.nRows != 1:
                return False
            cells = [t.getAccessibleAt(0, c) for c in range(t.nColumns)]
            texts = [(c.name or "") for c in cells if c is not None]
            return any(x.strip().lower().startswith("pending") for x in texts) and texts

        row = ui.wait(f"the table to show one row, {vid}, Pending", only_row_pending, 20)
        log(f"found the row: {' | '.join(x for x in row if x)[:120]}")
        table.queryTable().addRowSelection(0)
        ui.wait(f"the detail of {vid}", lambda: find(main, vid), 10)

        # 3. Its retry policy: Max retries one up, saved.
        ui.press(main, "Edit policy…")
        spin = ui.control(main, "Max retries", (pyatspi.ROLE_SPIN_BUTTON,))
        value = spin.queryValue()
        after = int(value.currentValue) + 1 if int(value.currentValue) < 5 else 2
        log(f"Max retries {int(value.currentValue)} → {after}")
        value.currentValue = float(after)
        ui.wait(f"Max retries to read {after}", lambda: int(value.currentValue) == after, 5)
        ui.press(main, "Save policy")

        def applied():
            return http_json(f"{base}/_admin/applied?resource={vid}")["data"]["applied"]

        ui.wait("the sandbox to apply the policy PUT (GET /_admin/applied?resource=…: 1)",
                lambda: applied() == 1, 15)
        ui.wait('the detail to say "Policy saved."', lambda: find(main, "Policy saved."), 10)

        # 4. The cycle cancelled, through its confirmation.
        ui.press(main, "Cancel cycle…")
        confirm = ui.window("Cancel retry cycle")
        ui.press(confirm, "Cancel cycle")
        ui.wait("the sandbox to apply the cancel (GET /_admin/applied?resource=…: 2)",
                lambda: applied() == 2, 15)

        # 5. Exactly one of each: nothing more arrives, the server holds what was asked.
        settle = time.monotonic() + 1.0
        while time.monotonic() < settle:
            if applied() != 2:
                raise JourneyError(f"writes applied to {vid}: {applied()}, expected 2")
            time.sleep(0.1)
        summary = http_json(f"{base}/_admin/applied")["data"]
        keys = summary["idempotency_keys"]
        if len(keys) != 2 or any(n != 1 for n in keys.values()):
            raise JourneyError(f"expected two Idempotency-Keys applied once each, got {keys}")
        if summary["keys_with_two_bodies"] != 0:
            raise JourneyError("an Idempotency-Key was reused with another body")
        with open(sandbox_log) as f:
            lines = f.read().splitlines()
        puts = [l for l in lines if l.startswith(f"PUT /v1/validations/{vid}/retry-policy ")]
        cancels = [l for l in lines if l.startswith(f"POST /v1/validations/{vid}/cancel-retries ")]
        if len(puts) != 1 or len(cancels) != 1:
            raise JourneyError(f"expected one policy PUT and one cancel in the sandbox's log, got "
                               f"{puts} and {cancels}")
        state = http_json(f"{base}/v1/validations/{vid}")["data"]["retry_state"]
        if state["max_retries"] != after or state["terminal_state"] != "cancelled":
            raise JourneyError(f"server state {state}: expected max_retries {after}, cancelled")
        log(f"sandbox: {puts[0]}; {cancels[0]}; {vid} cancelled with max_retries {after}")
        return 0
    finally:
        children.stop_all()


def main():
    build_dir = sys.argv[1] if len(sys.argv) > 1 else "build"
    in_ci = os.environ.get("CI", "").lower() in ("1", "true", "yes")
    with tempfile.TemporaryDirectory(prefix="retrydesk-a11y.") as work:
        try:
            code = journey(os.path.abspath(build_dir), work)
            log(f"journey passed in {time.monotonic() - START:.1f}s")
            return code
        except Skip as e:
            print(f"SKIP: {e}", flush=True)
            return 1 if in_ci else SKIP
        except (JourneyError, Exception) as e:
            print(f"FAIL: {e}", flush=True)
            app_log = os.path.join(work, "retrydesk.log")
            if os.path.exists(app_log):
                tail = open(app_log).read().splitlines()[-20:]
                print("retrydesk's last output:\n  " + "\n  ".join(tail), flush=True)
            return 1


if __name__ == "__main__":
    sys.exit(main())
