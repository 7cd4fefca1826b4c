#!/usr/bin/python3
"""End-to-end: a Youth Reserve selection whose essay stage is open, three
essays by personal code and four experts of the sector.  The secretary
opens the Essays area, assigns the essays with the draw (each gets an
academic, a businesswoman and the civil servant), the two graders not at
the keyboard send their grades and the civil servant's package is issued
(make-essay-database, through the store and the exchange as Export
Package… does, with the window closed since a database has one writer:
selecting a row of a GtkColumnView through AT-SPI in GTK 4.8 is not
reliable), the civil servant grades the package in the expert's window
(`konkurs --grade`) by typing the points and saves the signed results,
and the secretary imports them in the area and sees every essay final.
No writer's name appears in the area on the way."""

import os
import shutil
import subprocess
import sys
import tempfile

import pyatspi

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from konkurs_e2e import (App, TIMEOUT, button_named, choose_file, dump, log, text_of, walk,  # noqa: E402
                         wait_for)

BINARY = os.environ["KONKURS_BINARY"]
MAKER = os.environ["KONKURS_MAKE_ESSAY_DATABASE"]
ARTIFACTS = os.environ.get("KONKURS_TEST_ARTIFACTS") or tempfile.mkdtemp()
WRITER = "Сейтқалиева"


def run_maker(*args):
    done = subprocess.run([MAKER, *args], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, (args, done.returncode, done.stderr)
    out = done.stdout
    facts = {"codes": [], "experts": [], "criteria": []}
    for line in out.splitlines():
        word, *rest = line.split(" ", 1)
        if word == "code":
            facts["codes"].append(rest[0])
        elif word == "expert":
            facts["experts"].append(rest[0].split(" ", 1))
        elif word == "criterion":
            code, low, high = rest[0].split()
            facts["criteria"].append((code, int(low), int(high)))
        else:
            facts[word] = rest[0] if rest else ""
    return facts


class GradingApp(App):
    """The expert's window on one package: `konkurs --grade PACKAGE.xml`."""

    def __init__(self, binary, package):
        self.package = package
        super().__init__(binary, package, name="konkurs-grade")

    def _start(self):
        self.proc = subprocess.Popen([self.binary, "--grade", self.package], env=self.env)
        wait_for("the grading window on the accessibility bus",
                 lambda: self._find_app() or self.proc.poll() is not None, timeout=max(TIMEOUT, 90))
        assert self.proc.poll() is None, "konkurs --grade exited with status %d" % self.proc.returncode
        self.app = self._find_app()


def shown_button(app, label):
    """A push button showing @label that can be pressed: the Stages area
    has an "Import Results…" of its own, off for an essay stage (GTK 4.8
    does not keep the showing state reliably enough to tell them apart)."""
    for acc in walk(app.window):
        try:
            name = acc.name or ""
            if acc.getRoleName() == "push button" and (name == label or name.endswith(" " + label)) \
                    and acc.getState().contains(pyatspi.STATE_SENSITIVE):
                return acc
        except Exception:
            continue
    return None


def table_labels(app):
    table = app.wait_find("tree table", "Essays")
    return [text_of(acc) for acc in walk(table) if acc.getRoleName() == "label"]


def count_status(app, status):
    return table_labels(app).count(status)


def show_essays_area(app):
    """The Essays page of the window's view switcher."""
    def switcher():
        for role in ("toggle button", "radio button", "push button", "page tab"):
            acc = app.find(role, "Essays", root=app.window)
            if acc is not None:
                return acc
        return None

    app.click_until(wait_for("the Essays page's button", switcher), "the Essays area",
                    lambda: app.find("tree table", "Essays"))


def spin_buttons(root):
    return [acc for acc in walk(root) if acc.getRoleName() == "spin button"]


def editable_in(acc):
    """The spin button's own text, or the entry inside it."""
    for node in walk(acc):
        try:
            node.queryEditableText()
            return node
        except NotImplementedError:
            continue
    raise AssertionError("no editable text in %r" % acc.name)


def grade_package(grading, codes, criteria, results):
    """Every criterion of every essay at its highest points, typed into
    its field; the next essay with Next; then Save Results… into
    @results."""
    window = grading.window
    essays = grading.wait_find("list", "Essays", root=window)
    for i in range(len(codes)):
        scores = grading.wait_find("list", "Scores", root=window)
        spins = wait_for("the fields of the criteria", lambda: len(spin_buttons(scores)) == len(criteria)
                         and spin_buttons(scores))
        for spin, (_, _, high) in zip(spins, criteria):
            grading.type_into(editable_in(spin), str(high))
        wait_for("one more essay graded",
                 lambda: sum(1 for acc in walk(essays) if (acc.name or "").endswith(", graded")) == i + 1)
        if i + 1 < len(codes):
            grading.click(wait_for("Next", lambda: button_named(window, "Next")))
            wait_for("the next essay", lambda: all(text_of(editable_in(spin)).strip() == ""
                                                   for spin in spin_buttons(scores)))
    grading.screenshot(os.path.join(ARTIFACTS, "e2e-essays-grading.png"))
    grading.click(wait_for("Save Results…", lambda: button_named(window, "Save Results…")))
    choose_file(grading, results, "Save")
    wait_for("the results file", lambda: os.path.exists(results) and os.path.getsize(results) > 0)
    grading.check_no_hidden_window()


def main():
    workdir = tempfile.mkdtemp(prefix="konkurs-e2e-essays-")
    database = os.path.join(workdir, "essays.db")
    package = os.path.join(workdir, "package.xml")
    results = os.path.join(workdir, "results.xml")
    facts = run_maker(database)
    log("facts:", facts)
    codes = facts["codes"]
    assert len(codes) == 3, facts

    app = App(BINARY, database)
    try:
        show_essays_area(app)
        wait_for("three essays not assigned", lambda: count_status(app, "Not assigned") == 3)
        assert not any(WRITER in label for label in table_labels(app))

        # The draw, from the window.
        app.click_until(wait_for("Assign", lambda: shown_button(app, "Assign")), "the essays assigned",
                        lambda: count_status(app, "Assigned") == 3)
        summary = app.wait_find(None, "Graders Assigned")
        app.screenshot(os.path.join(ARTIFACTS, "e2e-essays-draw.png"))
        app.click(wait_for("Close", lambda: button_named(summary, "Close")))
        app.screenshot(os.path.join(ARTIFACTS, "e2e-essays-assigned.png"))

        # Two graders send their grades; the civil servant takes the package.
        # The database has one writer at a time: the window closes meanwhile
        # and opens again on what they did.
        app.close()
        graded = run_maker(database, "grade", package)
        log("package:", graded)
        app = App(BINARY, database)
        show_essays_area(app)
        wait_for("two of three graded", lambda: count_status(app, "2 of 3") == 3)

        grading = GradingApp(BINARY, package)
        try:
            grade_package(grading, codes, graded["criteria"], results)
        except Exception:
            for w in grading.windows():
                dump(w)
            grading.screenshot(os.path.join(ARTIFACTS, "e2e-essays-grading-failure.png"))
            raise
        finally:
            grading.close()

        # The secretary imports the signed results: every essay final.
        app.click(wait_for("Import Results…", lambda: shown_button(app, "Import Results…")))
        choose_file(app, results, "Import")
        wait_for("three essays final", lambda: count_status(app, "Final") == 3)
        app.check_no_hidden_window()
        labels = table_labels(app)
        assert not any(WRITER in label for label in labels), labels
        app.screenshot(os.path.join(ARTIFACTS, "e2e-essays-final.png"))
    except Exception:
        for w in app.windows():
            dump(w)
        app.screenshot(os.path.join(ARTIFACTS, "e2e-essays-failure.png"))
        raise
    finally:
        app.close()

    shutil.rmtree(workdir, ignore_errors=True)
    print("e2e essays: 1 passed, 0 failed")


if __name__ == "__main__":
    main()
