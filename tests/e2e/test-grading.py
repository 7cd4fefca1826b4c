#!/usr/bin/python3
"""End-to-end: the expert's window, `konkurs --grade PACKAGE.xml`, beside a
Konkurs that has a database open.  The expert grades three of four essays
by typing into the rubric, with a comment, and closes; the work in progress
is beside the package.  Reopened, the window is where the expert was; the
last essay is graded and Save Results… writes a file whose signature this
test computes itself, as the schema documents it, from the package's
secret.  No database was opened or created for the expert.  A broken
package is refused with its file and line, in a dialog and on stderr, with
a non-zero status."""

import hashlib
import hmac
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from konkurs_e2e import App, button_named, log, wait_for  # noqa: E402
from konkurs_grading import Grading  # noqa: E402

BINARY = os.environ["KONKURS_BINARY"]
MAKER = os.environ["KONKURS_MAKE_ESSAY_PACKAGE"]
ARTIFACTS = os.environ.get("KONKURS_TEST_ARTIFACTS") or tempfile.mkdtemp()
NS = "{urn:konkurs:essay-results:1}"


def make_package(path, n):
    out = subprocess.run([MAKER, path, str(n)], capture_output=True, text=True, timeout=60, check=True).stdout
    facts = {"criteria": [], "essays": []}
    for line in out.splitlines():
        word, *rest = line.split()
        if word in ("package", "secret"):
            facts[word] = rest[0]
        elif word == "criterion":
            facts["criteria"].append(rest[0])
        elif word == "essay":
            facts["essays"].append(rest[0])
    return facts


def files_under(folder):
    found = []
    for root, _, names in os.walk(folder):
        found += [os.path.join(root, name) for name in names]
    return found


def read_results(path, facts):
    """(points by code, comments by code) of a results file whose signature
    is checked here as the schema says another tool would."""
    root = ET.parse(path).getroot()
    assert root.get("package") == facts["package"], root.attrib
    lines = [facts["package"]]
    points, comments = {}, {}
    for score in root.iter(NS + "score"):
        lines.append("%s\t%s\t%s" % (score.get("code"), score.get("criterion"), score.get("points")))
        points.setdefault(score.get("code"), []).append(int(score.get("points")))
    for comment in root.iter(NS + "comment"):
        comments[comment.get("code")] = comment.text
    message = "".join(line + "\n" for line in lines).encode("utf-8")
    expected = hmac.new(facts["secret"].encode("ascii"), message, hashlib.sha256).hexdigest()
    signature = root.find(NS + "signature")
    return points, comments, (signature.text if signature is not None else None) == expected


def refused_package(workdir, package):
    """A package cut short: the dialog names the file and the line, and the
    process ends with a status; without a display, stderr alone."""
    bad = os.path.join(workdir, "broken.xml")
    with open(package, encoding="utf-8") as f:
        head = f.readlines()[:3]
    with open(bad, "w", encoding="utf-8") as f:
        f.writelines(head)

    env = dict(os.environ)
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    run = subprocess.run([BINARY, "--grade", bad], env=env, capture_output=True, text=True, timeout=60)
    log("without a display:", run.returncode, run.stderr.strip())
    assert run.returncode != 0 and "broken.xml:" in run.stderr, run

    app = App(BINARY, None, args=["--grade", bad])
    try:
        wait_for("the message", lambda: app.find_text("broken.xml:4"))
        assert app.find_text("Cannot Open the Package"), "the heading"
        app.screenshot(os.path.join(ARTIFACTS, "e2e-grading-broken.png"))
        app.click(wait_for("Close", lambda: button_named(app.window, "Close")))
        wait_for("the process to end", lambda: app.proc.poll() is not None)
        assert app.proc.returncode == 1, app.proc.returncode
    finally:
        app.close()


def main():
    workdir = tempfile.mkdtemp(prefix="konkurs-e2e-grading-")
    package = os.path.join(workdir, "Package.xml")
    facts = make_package(package, 4)
    log("facts:", facts)
    codes = facts["essays"]
    scores = {codes[0]: [2, 1, 1], codes[1]: [0, 2, 1], codes[2]: [1, 1, 0]}
    comments = {codes[1]: "Аргументтер жеткіліксіз."}
    results = os.path.join(workdir, "RESULTS.xml")
    # The expert's own state folder, the same both times (each App has a
    # home of its own): the essay the expert was on is kept there.
    expert_env = {"XDG_STATE_HOME": os.path.join(workdir, "state")}

    # The secretary's Konkurs, on a database, stays open the whole time.
    secretary = App(BINARY, os.path.join(workdir, "office.db"))
    grading = None
    try:
        grading = Grading(BINARY, package, expert_env)
        assert grading.progress() == (0, 4), grading.progress()
        assert grading.app.find_text("Айгерім Сейітова"), "the expert's name in the heading"
        grading.grade(scores, comments)
        assert grading.progress() == (3, 4), grading.progress()
        grading.screenshot(os.path.join(ARTIFACTS, "e2e-grading-window.png"))
        data = grading.app.env["XDG_DATA_HOME"]
        grading.close()
        grading = None
        # The expert's Konkurs opened no database: nothing in its data folder.
        assert not files_under(data), files_under(data)

        progress = os.path.join(workdir, "Package.progress.xml")
        assert os.path.exists(progress), os.listdir(workdir)
        kept, kept_comments, signed = read_results(progress, facts)
        assert kept == scores and not signed, (kept, signed)
        assert kept_comments == comments, kept_comments

        grading = Grading(BINARY, package, expert_env)
        assert grading.progress() == (3, 4), grading.progress()
        wait_for("the essay the expert was on", lambda: grading.current() == codes[2])
        grading.grade({codes[3]: [2, 2, 1]})
        assert grading.progress() == (4, 4), grading.progress()
        grading.save_results(results)
        wait_for("the results file", lambda: os.path.exists(results))
        grading.app.check_no_hidden_window()
        points, sent_comments, signed = read_results(results, facts)
        assert signed, "the signature does not verify with the package's secret"
        assert points == dict(scores, **{codes[3]: [2, 2, 1]}), points
        assert sent_comments == comments, sent_comments

        # Saving through the file chooser adds GTK's list of recent files,
        # and nothing of Konkurs.
        data = grading.app.env["XDG_DATA_HOME"]
        assert not [f for f in files_under(data) if not f.endswith("/recently-used.xbel")], files_under(data)
        assert secretary.proc.poll() is None, "the secretary's Konkurs is still running"
    except Exception:
        if grading is not None:
            grading.dump()
            grading.screenshot(os.path.join(ARTIFACTS, "e2e-grading-failure.png"))
        raise
    finally:
        if grading is not None:
            grading.close()
        secretary.close()

    refused_package(workdir, package)
    shutil.rmtree(workdir, ignore_errors=True)
    print("e2e grading: 1 passed, 0 failed")


if __name__ == "__main__":
    main()
