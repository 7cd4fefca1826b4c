"""Drives the real Konkurs window through the accessibility tree (AT-SPI),
as a screen reader or a person would: find a widget by its role and name,
act on it, and wait until the effect shows.

GTK 4.8 delivers actions asynchronously and may drop one sent while the
previous is still landing, so every helper here polls for the effect instead
of sleeping a fixed time."""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import pyatspi

TIMEOUT = float(os.environ.get("KONKURS_E2E_TIMEOUT", "20"))


def log(*args):
    print(*args, file=sys.stderr, flush=True)


class AppExited(AssertionError):
    """The application under test is gone: waiting longer cannot help."""


def exit_status(returncode):
    if returncode is not None and returncode < 0:
        try:
            return "signal %s" % signal.Signals(-returncode).name
        except ValueError:
            return "signal %d" % -returncode
    return "status %s" % returncode


def wait_for(what, predicate, timeout=TIMEOUT, interval=0.1):
    deadline = time.monotonic() + timeout
    while True:
        try:
            result = predicate()
        except AppExited:
            raise
        except Exception as exc:  # the tree changes under us while we look
            result = None
            last_error = exc
        else:
            last_error = None
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for %s%s" % (
                what, "" if last_error is None else " (%s)" % last_error))
        time.sleep(interval)


def text_of(acc):
    """The text a widget shows: GTK 4.8 needs the explicit character count."""
    try:
        t = acc.queryText()
        return t.getText(0, t.characterCount)
    except NotImplementedError:
        return acc.name or ""


def walk(acc, depth=0, max_depth=60):
    if acc is None or depth > max_depth:
        return
    yield acc
    for i in range(acc.childCount):
        try:
            child = acc.getChildAtIndex(i)
        except Exception:
            continue
        yield from walk(child, depth + 1, max_depth)


def dump(acc, out=sys.stderr, depth=0, max_depth=40):
    if acc is None or depth > max_depth:
        return
    try:
        states = acc.getState()
        showing = states.contains(pyatspi.STATE_SHOWING)
    except Exception:
        showing = False
    print("%s%s %r%s" % ("  " * depth, acc.getRoleName(), acc.name,
                         "" if showing else " (hidden)"), file=out)
    for i in range(acc.childCount):
        try:
            dump(acc.getChildAtIndex(i), out, depth + 1, max_depth)
        except Exception:
            pass


def is_showing(acc):
    try:
        s = acc.getState()
        return s.contains(pyatspi.STATE_SHOWING) and s.contains(pyatspi.STATE_VISIBLE)
    except Exception:
        return False


def press(keysym):
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
    time.sleep(0.2)


def editable_fields(root):
    found = []
    for acc in walk(root):
        try:
            state = acc.getState()
            if acc.getRoleName() == "text" and state.contains(pyatspi.STATE_EDITABLE) \
                    and state.contains(pyatspi.STATE_SHOWING):
                found.append(acc)
        except Exception:
            continue
    return found


def button_named(root, label):
    """A push button showing @label: GTK 4.8 names a button with a mnemonic
    "_Label Label"."""
    for acc in walk(root):
        try:
            name = acc.name or ""
            if acc.getRoleName() == "push button" and (name == label or name.endswith(" " + label)):
                return acc
        except Exception:
            continue
    return None


def choose_file(app, path, button):
    """Types @path into GTK's own file chooser (no portal on the test's
    D-Bus) and presses @button: a Save chooser has its name field, an Open
    one shows its location field when "/" is typed."""
    def chooser():
        for window in app.windows()[1:]:
            if button_named(window, button):
                return window
        return None

    dialog = wait_for("the file chooser", chooser)
    if button != "Save":
        time.sleep(1.0)   # the chooser takes the focus once shown
        press(ord("/"))
    field = "Name:" if button == "Save" else "GtkFileChooserEntry"
    entry = wait_for("the location field", lambda: app.find("text", field, root=dialog))
    app.type_into(entry, path)
    app.click(button_named(dialog, button))


class App:
    """The real application, started under the current display and D-Bus
    session, on a database of its own."""

    def __init__(self, binary, database, extra_env=None, name="konkurs", args=None):
        """@args: the command line after the binary, instead of
        "--database DATABASE" (`--grade PACKAGE.xml` opens no database)."""
        self.binary = binary
        self.database = database
        self.args = args if args is not None else ["--database", database]
        self.home = tempfile.mkdtemp(prefix="konkurs-e2e-home-")
        env = dict(os.environ)
        env.pop("GTK_A11Y", None)
        env.update({
            "HOME": self.home,
            "XDG_DATA_HOME": os.path.join(self.home, "data"),
            "XDG_CONFIG_HOME": os.path.join(self.home, "config"),
            "XDG_CACHE_HOME": os.path.join(self.home, "cache"),
            "GSETTINGS_BACKEND": "memory",
            "GSK_RENDERER": "cairo",
            "NO_AT_BRIDGE": "0",
        })
        env.pop("G_DEBUG", None)
        env.update(extra_env or {})
        self.env = env
        self.name = name
        self._start()
        self.window = wait_for("its window", self._find_window)

    def _start(self):
        """The application on the accessibility bus.  Starting takes longest
        when other tests share the two cores; an application that exits
        before it shows (the shared Xvfb refusing a connection for a moment
        under load: "cannot open display") is started once more, and the
        test fails at once if it exits again, rather than after the timeout."""
        for attempt in (1, 2):
            self.proc = subprocess.Popen([self.binary] + self.args, env=self.env)

            def shown_or_exited():
                return self._find_app() or self.proc.poll() is not None

            wait_for("the application on the accessibility bus", shown_or_exited, timeout=max(TIMEOUT, 90))
            if self.proc.poll() is None:
                self.app = self._find_app()
                return
            log("the application exited with status %d before it showed (attempt %d)"
                % (self.proc.returncode, attempt))
        raise AssertionError("the application exited with status %d before it showed" % self.proc.returncode)

    def _find_app(self):
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is None:
                continue
            try:
                pid = app.get_process_id()
            except Exception:
                pid = None
            if pid == self.proc.pid:
                return app
        return None

    def _find_window(self):
        for i in range(self.app.childCount):
            w = self.app.getChildAtIndex(i)
            if w is not None and w.getRoleName() in ("frame", "window", "dialog"):
                return w
        return None

    def windows(self):
        if self.proc.poll() is not None:
            raise AppExited("the application exited with %s" % exit_status(self.proc.returncode))
        return [self.app.getChildAtIndex(i) for i in range(self.app.childCount)]

    def check_no_hidden_window(self):
        """Asks for the child one past the shown windows, as a poll does
        when a window closes between counting and asking.  GTK 4.8 then
        answers with the last toplevel, shown or not, and a hidden one (a
        file chooser kept after use, GtkApplication's help overlay) has no
        object path: the reply is built from NULL and the application dies
        in g_variant_new()."""
        past = self.app.childCount
        try:
            self.app.getChildAtIndex(past)
        except Exception as exc:
            log("the child past the shown windows:", exc)
        time.sleep(0.5)
        if self.proc.poll() is not None:
            raise AppExited("asked for the child past its %d windows, the application exited with %s"
                            % (past, exit_status(self.proc.returncode)))

    def find(self, role, name, root=None, showing=False, exact=True):
        """The first widget of @role whose accessible name is @name.  GTK 4.8
        does not keep the showing state of widgets reliably, so by default
        any widget in the tree counts; views keep one widget per name."""
        roots = [root] if root is not None else self.windows()
        for r in roots:
            for acc in walk(r):
                try:
                    if role is not None and acc.getRoleName() != role:
                        continue
                    n = acc.name or ""
                    if (n == name) if exact else (name in n):
                        if not showing or is_showing(acc):
                            return acc
                except Exception:
                    continue
        return None

    def wait_find(self, role, name, root=None, exact=True, timeout=TIMEOUT):
        try:
            return wait_for("%s %r" % (role, name),
                            lambda: self.find(role, name, root, exact=exact), timeout)
        except AssertionError:
            for w in self.windows():
                dump(w)
            raise

    def find_text(self, needle, root=None):
        """A widget whose text or name contains @needle."""
        roots = [root] if root is not None else self.windows()
        for r in roots:
            for acc in walk(r):
                try:
                    if needle in (acc.name or "") or needle in text_of(acc):
                        return acc
                except Exception:
                    continue
        return None

    def click(self, acc):
        action = acc.queryAction()
        for i in range(action.nActions):
            if action.getName(i) in ("click", "press", "activate"):
                action.doAction(i)
                return
        action.doAction(0)

    def click_until(self, acc, what, predicate, settle=5.0):
        """Clicks @acc until @predicate holds.  GTK 4.8 drops an action that
        arrives while the previous one is still landing, so a click that
        shows no effect within @settle seconds is sent again; @predicate
        must tell that the first one landed, so a slow click is not
        repeated on top of a fast one."""
        deadline = time.monotonic() + max(TIMEOUT, 3 * settle)
        while True:
            self.click(acc)
            try:
                return wait_for(what, predicate, timeout=settle)
            except AssertionError:
                if time.monotonic() > deadline:
                    for w in self.windows():
                        dump(w)
                    raise
                log("no effect of the click yet, clicking again:", what)

    def type_into(self, acc, text):
        editable = acc.queryEditableText()
        editable.setTextContents(text)
        wait_for("text %r to land" % text, lambda: text_of(acc) == text)

    def screenshot(self, path):
        subprocess.run(["import", "-window", "root", path], check=False)
        log("screenshot:", path)

    def close(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        shutil.rmtree(self.home, ignore_errors=True)
