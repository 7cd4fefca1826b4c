#!/usr/bin/python3
"""End-to-end: a civil-service competition at its interview, with three
candidates, its commission (chair, deputy chair, three members and the
secretary: five vote, four make the quorum) and a meeting of the interview
(make-commission-database, through the store).  The secretary opens the
Commission area, marks the last member absent and sees the quorum met
exactly ("4 of 5 present, 4 needed"), records the votes in the interview
grid with the keyboard alone (F for, A against, the arrow keys), sees the
decision column explain each decision (one of them a 2–2 tie decided by the
chair's vote), records the decisions, and saves the meeting's protocol as
PDF from the Print menu; pdftotext finds the candidates and the decision
lines in it."""

import os
import shutil
import subprocess
import sys
import tempfile
import time

import pyatspi

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from konkurs_e2e import (App, button_named, choose_file, dump, log, press, text_of, walk,  # noqa: E402
                         wait_for)

BINARY = os.environ["KONKURS_BINARY"]
MAKER = os.environ["KONKURS_MAKE_COMMISSION_DATABASE"]
ARTIFACTS = os.environ.get("KONKURS_TEST_ARTIFACTS") or tempfile.mkdtemp()


def make_database(path):
    done = subprocess.run([MAKER, path], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, (done.returncode, done.stderr)
    facts = {"members": [], "candidates": []}
    for line in done.stdout.splitlines():
        word, rest = line.split(" ", 1)
        if word == "member":
            facts["members"].append(rest)
        elif word == "candidate":
            facts["candidates"].append(rest.split(" ", 1))
        else:
            facts[word] = rest
    return facts


def show_commission_area(app):
    def switcher():
        for role in ("toggle button", "radio button", "push button", "page tab"):
            acc = app.find(role, "Commission", root=app.window)
            if acc is not None:
                return acc
        return None

    app.click_until(wait_for("the Commission page's button", switcher), "the Commission area",
                    lambda: app.find(None, "Attendance") is not None and app.find(None, "Meeting") is not None)


def show_tab(app, name, predicate):
    """A tab of the meeting (a GtkStackSwitcher's button)."""
    tab = wait_for("the %s tab" % name, lambda: app.find("page tab", name) or app.find("toggle button", name)
                   or app.find("radio button", name))
    app.click_until(tab, "the %s tab shown" % name, predicate)


def labels_starting(app, prefixes):
    """The texts of the labels that start with one of @prefixes: GTK 4.8
    names a label by its text."""
    found = []
    for window in app.windows():
        for acc in walk(window):
            try:
                if acc.getRoleName() == "label" and (acc.name or "").startswith(prefixes):
                    found.append(acc.name)
            except Exception:
                continue
    return found


def quorum(app):
    found = labels_starting(app, ("Quorum:", "No quorum:"))
    return found[0] if found else ""


def grid_labels(app):
    table = app.find("tree table", "Interview")
    if table is None:
        return []
    return [text_of(acc) for acc in walk(table) if acc.getRoleName() == "label"]


CANDIDATES = []


def current_cell(app):
    """The grid's status line: "CANDIDATE — MEMBER: BALLOT"."""
    found = labels_starting(app, tuple(name + " — " for name in CANDIDATES) or ("\0",))
    return found[0] if found else ""


def type_keys(keys):
    """Each key as the keyboard sends it, waiting for it to land."""
    for key in keys:
        keysym = {"Right": 0xff53, "Left": 0xff51, "Down": 0xff54, "Up": 0xff52}.get(key, None)
        press(keysym if keysym is not None else ord(key))
        time.sleep(0.3)


def print_buttons(app):
    """Every Print button of the window: each area has one, and GTK 4.8
    does not say reliably which is showing."""
    found = []
    for window in app.windows():
        for acc in walk(window):
            try:
                if acc.getRoleName() in ("toggle button", "push button") and (acc.name or "") == "Print":
                    found.append(acc)
            except Exception:
                continue
    return found


def save_protocol(app, pdf):
    """The Print menu of the meeting (the one offering the Commission
    Protocol), then Save as PDF… in the preview."""
    def save_item():
        for window in app.windows():
            for acc in walk(window):
                try:
                    name = acc.name or ""
                    if acc.getRoleName() == "push button" and name.startswith("Save “Commission Protocol") \
                            and "as PDF…" in name and acc.getState().contains(pyatspi.STATE_SENSITIVE):
                        return acc
                except Exception:
                    continue
        return None

    item = None
    for button in print_buttons(app):
        app.click(button)
        try:
            item = wait_for("Save the protocol as PDF…", save_item, timeout=5)
            break
        except AssertionError:
            press(0xff1b)
    if item is None:
        return False
    app.click(item)
    save = wait_for("Save as PDF…", lambda: button_named(app.windows()[-1], "Save as PDF…"))
    wait_for("the preview built", lambda: save.getState().contains(pyatspi.STATE_SENSITIVE))
    app.click(save)
    choose_file(app, pdf, "Save")
    wait_for("the PDF", lambda: os.path.exists(pdf) and os.path.getsize(pdf) > 0)
    return True


def main():
    workdir = tempfile.mkdtemp(prefix="konkurs-e2e-commission-")
    database = os.path.join(workdir, "commission.db")
    pdf = os.path.join(ARTIFACTS, "e2e-commission-protocol.pdf")
    if os.path.exists(pdf):
        os.remove(pdf)
    facts = make_database(database)
    log("facts:", facts)
    assert len(facts["members"]) == 5 and len(facts["candidates"]) == 3, facts
    CANDIDATES.extend(name for _, name in facts["candidates"])

    app = App(BINARY, database)
    try:
        show_commission_area(app)
        show_tab(app, "Attendance", lambda: quorum(app) != "")
        wait_for("the quorum with everyone present", lambda: quorum(app) == "Quorum: 5 of 5 present, 4 needed")

        # The last member is absent: the quorum is met exactly.
        absent = app.wait_find(None, "Present: " + facts["members"][4], exact=False)
        app.click_until(absent, "the quorum with one absent",
                        lambda: quorum(app) == "Quorum: 4 of 5 present, 4 needed")
        app.screenshot(os.path.join(ARTIFACTS, "e2e-commission-attendance.png"))

        # The interview grid, with the keyboard alone.
        show_tab(app, "Interview", lambda: current_cell(app) != "")
        # the grid takes the focus when its tab shows: the keys go to it
        app.wait_find("tree table", "Interview")
        time.sleep(0.5)
        name0 = facts["candidates"][0][1]
        wait_for("the first candidate's first cell", lambda: current_cell(app).startswith(name0))
        # candidate 1: the four present members for
        type_keys(["f", "Right", "f", "Right", "f", "Right", "f"])
        wait_for("the first decision", lambda: "4 for, 0 against, 1 absent: recommended" in grid_labels(app)
                 or any(label.startswith("4 for, 0 against") for label in grid_labels(app)))
        # candidate 2: two for, two against, the chair for: the tie decided by the chair
        type_keys(["Down", "a", "Left", "a", "Left", "f", "Left", "f"])
        wait_for("the tie decided by the chair", lambda: any("the chair voted for: recommended" in label
                                                             for label in grid_labels(app)))
        # candidate 3: three against
        type_keys(["Down", "a", "Right", "a", "Right", "a", "Right", "f"])
        wait_for("three decisions", lambda: sum(1 for label in grid_labels(app)
                                                if label.endswith("recommended")) == 3)
        labels = grid_labels(app)
        log("grid:", labels)
        app.screenshot(os.path.join(ARTIFACTS, "e2e-commission-grid.png"))

        # Record the decisions: the meeting closes.
        app.click_until(app.wait_find("push button", "Record Decisions", exact=False), "the decisions recorded",
                        lambda: any(label.endswith("(recorded)") for label in grid_labels(app)))
        app.screenshot(os.path.join(ARTIFACTS, "e2e-commission-recorded.png"))

        printed = save_protocol(app, pdf)
        app.check_no_hidden_window()
    except Exception:
        for w in app.windows():
            dump(w)
        app.screenshot(os.path.join(ARTIFACTS, "e2e-commission-failure.png"))
        raise
    finally:
        app.close()

    assert printed, "no Print menu offered the meeting's protocol"
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, timeout=60).stdout
    flat = " ".join(text.split())
    log("protocol:", flat[:600])
    for code, name in facts["candidates"]:
        assert name.split()[0] in flat, (name, flat)
    # the decision lines, as konkurs_vote_result_explain() writes them in the document's language
    assert "2–2" in flat or "2-2" in flat, flat
    shutil.rmtree(workdir, ignore_errors=True)
    print("e2e commission: 1 passed, 0 failed")


if __name__ == "__main__":
    main()
