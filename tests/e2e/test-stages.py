#!/usr/bin/python3
"""End-to-end: a competition whose documents stage is closed, three
candidates in its testing stage.  The secretary opens the competition's
stages from Vacancies, imports the testing centre's results file through
the file chooser, reads who goes on in the results table (one at full
marks, one exactly at the pass mark, one a point below), closes the stage
through its preview, sees the steps move on, and saves the publication
list as PDF, which lists personal codes and no name."""

import os
import shutil
import subprocess
import sys
import tempfile

import pyatspi

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from konkurs_e2e import App, button_named, choose_file, dump, log, text_of, walk, wait_for  # noqa: E402

BINARY = os.environ["KONKURS_BINARY"]
MAKER = os.environ["KONKURS_MAKE_STAGE_DATABASE"]
ARTIFACTS = os.environ.get("KONKURS_TEST_ARTIFACTS") or tempfile.mkdtemp()
SURNAMES = ("ӘЛИЕВА", "ҚАСЫМОВА", "НҰРЛАНОВА")


def make_database(path):
    out = subprocess.run([MAKER, path], capture_output=True, text=True, timeout=60, check=True).stdout
    facts = {"codes": [], "tests": [], "parts": {}}
    for line in out.splitlines():
        word, *rest = line.split()
        if word == "competition":
            facts["competition"] = rest[0]
        elif word == "stage":
            facts["stage"] = rest[0]
        elif word == "code":
            facts["codes"].append(rest[0])
        elif word == "test":
            facts["tests"].append((rest[0], int(rest[1]), int(rest[2])))
        elif word == "part":
            facts["parts"].setdefault(rest[0], []).append((rest[1], int(rest[2]), int(rest[3])))
    return facts


def test_xml(code, max_score, score, parts):
    """A test with @score correct answers, its parts filled in order."""
    lines = ['    <test code="%s" taken-on="2025-05-12" present="true" correct="%d" of="%d">'
             % (code, score, max_score)]
    # Each part its minimum first, then the rest in order.
    given = [min(part_min, score) for _, _, part_min in parts]
    left = score - sum(given)
    for i, (_, part_max, _) in enumerate(parts):
        more = min(left, part_max - given[i])
        given[i] += more
        left -= more
    for (part, part_max, _), correct in zip(parts, given):
        lines.append('      <part code="%s" correct="%d" of="%d"/>' % (part, correct, part_max))
    lines.append("    </test>")
    return "\n".join(lines)


def write_results(path, facts):
    """The first candidate at full marks, the second exactly at each pass
    mark, the third a point below it."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<konkurs-test-results xmlns="urn:konkurs:test-results:1" version="1" competition="%s" stage="%s">'
           % (facts["competition"], facts["stage"])]
    for n, code in enumerate(facts["codes"]):
        out.append('  <candidate code="%s">' % code)
        for test, max_score, pass_score in facts["tests"]:
            score = [max_score, pass_score or max_score, max(pass_score - 1, 0)][n]
            out.append(test_xml(test, max_score, score, facts["parts"].get(test, [])))
        out.append("  </candidate>")
    out.append("</konkurs-test-results>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def table_rows(app):
    """The texts of the results table, a list per row (by its labels)."""
    table = app.wait_find("tree table", "Results")
    labels = [text_of(acc) for acc in walk(table) if acc.getRoleName() == "label"]
    return table, labels


def outcome_of(app, code):
    _, labels = table_rows(app)
    i = labels.index(code)
    return labels[i + 4]


def main():
    workdir = tempfile.mkdtemp(prefix="konkurs-e2e-stages-")
    database = os.path.join(workdir, "stages.db")
    facts = make_database(database)
    log("facts:", facts)
    assert len(facts["codes"]) == 3 and facts["tests"], facts
    results = os.path.join(workdir, "results.xml")
    write_results(results, facts)
    pdf = os.path.join(ARTIFACTS, "e2e-stage-publication.pdf")
    if os.path.exists(pdf):
        os.remove(pdf)

    app = App(BINARY, database)
    try:
        # From the competition in Vacancies to its stages.
        app.click_until(app.wait_find("push button", "Stages"), "the stages",
                        lambda: app.find("push button", "Testing, open, 3 candidates"))
        app.wait_find("push button", "Documents review, done, 3 candidates")
        app.screenshot(os.path.join(ARTIFACTS, "e2e-stages-steps.png"))

        # Import the testing centre's file.
        app.click(app.wait_find("push button", "Import Results…", exact=False))
        choose_file(app, results, "Import")
        wait_for("the results in the table", lambda: outcome_of(app, facts["codes"][0]) == "Goes on")
        outcomes = [outcome_of(app, code) for code in facts["codes"]]
        log("outcomes:", outcomes)
        assert outcomes == ["Goes on", "Goes on", "Stays out"], outcomes
        _, labels = table_rows(app)
        assert not any(surname in " ".join(labels) for surname in SURNAMES), labels
        app.screenshot(os.path.join(ARTIFACTS, "e2e-stages-page.png"))

        # Close the stage through its preview.
        app.click(app.wait_find("push button", "Close Stage…", exact=False))
        preview = app.wait_find(None, "Close “Testing”?")
        app.screenshot(os.path.join(ARTIFACTS, "e2e-stages-close.png"))
        app.click(wait_for("Close Stage", lambda: button_named(preview, "Close Stage")))
        app.wait_find("push button", "Testing, done, 2 candidates")
        assert outcome_of(app, facts["codes"][2]) == "Stays out"

        # The publication list, saved as PDF from the print preview.
        app.click(app.wait_find("push button", "Publication List…", exact=False))
        save = wait_for("Save as PDF…", lambda: button_named(app.windows()[-1], "Save as PDF…"))
        wait_for("the preview built", lambda: save.getState().contains(pyatspi.STATE_SENSITIVE))
        app.click(save)
        choose_file(app, pdf, "Save")
        wait_for("the PDF", lambda: os.path.exists(pdf) and os.path.getsize(pdf) > 0)
        # A final list saved: the stage counts as published.
        app.wait_find("push button", "Testing, published, 2 candidates")
        # The preview and its chooser closed: nothing left hidden that an
        # assistive tool could be handed and the application die of.
        app.check_no_hidden_window()
    except Exception:
        for w in app.windows():
            dump(w)
        app.screenshot(os.path.join(ARTIFACTS, "e2e-stages-failure.png"))
        raise
    finally:
        app.close()

    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, timeout=60).stdout
    log("publication:", " ".join(text.split())[:400])
    for code in facts["codes"]:
        assert code in text, (code, text)
    assert not any(surname in text.upper() for surname in SURNAMES), text
    shutil.rmtree(workdir, ignore_errors=True)
    print("e2e stages: 1 passed, 0 failed")


if __name__ == "__main__":
    main()
