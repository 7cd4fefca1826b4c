#!/usr/bin/python3
"""End-to-end: a secretary creates a competition and a vacancy in the real
window, by clicking and typing, in Kazakh and in Russian, and finds them in
the list.  A second Konkurs on the same database is refused without touching
it.  The Russian announcement printed afterwards has the Russian texts."""

import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from konkurs_e2e import App, log, text_of, wait_for  # noqa: E402

BINARY = os.environ["KONKURS_BINARY"]
ARTIFACTS = os.environ.get("KONKURS_TEST_ARTIFACTS") or tempfile.mkdtemp()

STATE_BODY = "Қазақстан Республикасы Әділет министрлігі"
STATE_BODY_RU = "Министерство юстиции Республики Казахстан"
TITLE = "Бос әкімшілік мемлекеттік лауазымға жалпы конкурс"
TITLE_RU = "Общий конкурс на вакантную должность"
POSITION = "Құқықтық қамтамасыз ету бөлімінің басшысы"
POSITION_RU = "Руководитель отдела правового обеспечения"
KAZAKH_ONLY = set("ӘҒҚҢӨҰҮҺІәғқңөұүһі")


def main():
    workdir = tempfile.mkdtemp(prefix="konkurs-e2e-")
    database = os.path.join(workdir, "e2e.db")
    app = App(BINARY, database)
    try:
        # An empty database greets with a way to begin.
        # Both languages side by side, the interface's first.
        dialog_entry = app.click_until(app.wait_find("push button", "New Competition"),
                                       "the New Competition dialog", lambda: app.find(None, "State body in Kazakh"))
        app.type_into(dialog_entry, STATE_BODY)
        app.type_into(app.wait_find(None, "State body in Russian"), STATE_BODY_RU)
        app.type_into(app.wait_find(None, "Title in Kazakh"), TITLE)
        app.type_into(app.wait_find(None, "Title in Russian"), TITLE_RU)
        app.click(app.wait_find("push button", "Create"))
        wait_for("the dialog to close", lambda: app.find("push button", "Create") is None)

        # The new competition is listed and selected.
        wait_for("the competition in the list", lambda: app.find_text(STATE_BODY))

        position = app.click_until(app.wait_find("push button", "Add Vacancy"),
                                   "the Add Vacancy dialog", lambda: app.find(None, "Position title in Kazakh"))
        app.type_into(position, POSITION)
        app.type_into(app.wait_find(None, "Position title in Russian"), POSITION_RU)
        app.click(app.wait_find("push button", "Add"))
        wait_for("the dialog to close", lambda: app.find("push button", "Add") is None)

        cell = wait_for("the vacancy in the list", lambda: app.find_text(POSITION))
        log("found:", text_of(cell) or cell.name)
        app.screenshot(os.path.join(ARTIFACTS, "e2e-vacancies.png"))

        # A second Konkurs on the same database is told so and changes nothing.
        export = os.path.join(workdir, "out.xml")
        second = subprocess.run([BINARY, "--database", database, "--export", export],
                                env=app.env, capture_output=True, text=True, timeout=60)
        assert second.returncode != 0, "a second instance opened a database in use"
        assert "another" in second.stderr, second.stderr
        assert not os.path.exists(export)
    finally:
        app.close()

    # After the window closed, the data is there for the next one.
    export = os.path.join(workdir, "after.xml")
    done = subprocess.run([BINARY, "--database", database, "--export", export],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    with open(export, encoding="utf-8") as f:
        xml = f.read()
    assert STATE_BODY in xml and POSITION in xml, xml
    assert '<title xml:lang="ru">%s</title>' % TITLE_RU in xml, xml

    # The Russian announcement prints the Russian values typed, and nothing
    # in Kazakh.
    pdf = os.path.join(ARTIFACTS, "e2e-announcement-ru.pdf")
    printed = subprocess.run([BINARY, "--database", database, "--print", "announcement",
                              "--competition", "1", "--language", "ru", "--output", pdf],
                             capture_output=True, text=True, timeout=60)
    assert printed.returncode == 0, printed.stderr
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True,
                          timeout=60).stdout
    flat = " ".join(text.split())
    log("announcement:", flat[:300])
    assert TITLE_RU in flat and STATE_BODY_RU in flat, flat
    assert POSITION_RU.split()[0] in flat, flat
    assert not KAZAKH_ONLY & set(text), sorted(KAZAKH_ONLY & set(text))
    shutil.rmtree(workdir, ignore_errors=True)
    print("e2e vacancies: 1 passed, 0 failed")


if __name__ == "__main__":
    main()
