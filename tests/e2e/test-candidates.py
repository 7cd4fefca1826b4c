#!/usr/bin/python3
"""End-to-end: on a database with the competitions of the reference exchange
file, a secretary registers a candidate by typing (a mistyped IIN is refused
at the field first), sees the automatic verdict with its reasons, applies to
a vacancy and reads the personal code; then admits the candidate against the
verdict, which needs a written reason."""

import os
import shutil
import re
import subprocess
import sys
import tempfile
import datetime

import pyatspi

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from konkurs_e2e import App, log, text_of, wait_for  # noqa: E402

BINARY = os.environ["KONKURS_BINARY"]
ARTIFACTS = os.environ.get("KONKURS_TEST_ARTIFACTS") or tempfile.mkdtemp()
SOURCE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

COMPETITION = "ӘҒҚҢӨҰҮҺІ әғқңөұүһі: бос лауазымға конкурс"
VACANCY = "Бас сарапшы"
SURNAME = "ӘЛИЕВА"
NAME = "Әлия"
PATRONYMIC = "Серікқызы"
# The code format of konkurs-personal-code.h.
ALPHABET = "23456789ABCDEFGHJKMNPQRTUVWXY"
CODE = re.compile(r"^PK-[%s]{3}-[%s]{3}-[%s]{3}$" % (ALPHABET, ALPHABET, ALPHABET))


def iin_check_digit(first11):
    """The check digit of DESIGN.md, or None when no IIN has these digits."""
    digits = [int(c) for c in first11]
    c = sum(d * w for d, w in zip(digits, range(1, 12))) % 11
    if c == 10:
        c = sum(d * w for d, w in zip(digits, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2])) % 11
    return None if c == 10 else c


def build_iin(born, female, serial):
    century = {18: 1, 19: 3, 20: 5}[born.year // 100] + (1 if female else 0)
    first11 = born.strftime("%y%m%d") + str(century) + "%04d" % serial
    check = iin_check_digit(first11)
    return None if check is None else first11 + str(check)


def valid_iin(born, female):
    serial = 0
    while True:
        iin = build_iin(born, female, serial)
        if iin is not None:
            return iin
        serial += 1


def choose(app, list_name, title):
    """Selects the row titled @title in the choice list @list_name, as a
    screen reader does (GTK 4.8 gives radio buttons no action)."""
    listbox = app.wait_find("list", list_name)

    def row_index():
        for i in range(listbox.childCount):
            if listbox.getChildAtIndex(i).name == title:
                return i + 1  # wait_for wants a true value
        return None

    index = wait_for("the row %r" % title, row_index) - 1
    listbox.querySelection().selectChild(index)
    wait_for("the row %r to be selected" % title,
             lambda: listbox.querySelection().isChildSelected(index))


def main():
    workdir = tempfile.mkdtemp(prefix="konkurs-e2e-")
    database = os.path.join(workdir, "e2e.db")
    prepared = subprocess.run([BINARY, "--database", database, "--import",
                               os.path.join(SOURCE, "data", "exchange-valid.xml"), "--language", "kk"],
                              capture_output=True, text=True, timeout=60)
    assert prepared.returncode == 0, prepared.stderr

    iin = valid_iin(datetime.date(1995, 5, 14), female=True)
    wrong = iin[:11] + str((int(iin[11]) + 1) % 10)

    app = App(BINARY, database)
    try:
        candidates_tab = app.wait_find("page tab", "Candidates")
        app.click_until(candidates_tab, "the Candidates page",
                        lambda: candidates_tab.getState().contains(pyatspi.STATE_SELECTED))
        iin_entry = app.click_until(app.wait_find("push button", "Register Candidate"),
                                    "the Register Candidate dialog", lambda: app.find("text", "IIN"))

        # A mistyped IIN is refused at the field, with the reason.
        app.type_into(iin_entry, wrong)
        wait_for("the reason under the IIN", lambda: app.find_text("check digit of the IIN is wrong"))
        register = app.wait_find("push button", "Register")
        assert not register.getState().contains(pyatspi.STATE_SENSITIVE), \
            "Register is clickable with a wrong IIN"

        # A valid one gives the birth date and the sex.
        app.type_into(iin_entry, iin)
        wait_for("the sex from the IIN", lambda: app.find_text("Female"))
        app.type_into(app.wait_find("text", "Surname"), SURNAME)
        app.type_into(app.wait_find("text", "Name"), NAME)
        app.type_into(app.wait_find("text", "Patronymic"), PATRONYMIC)
        app.screenshot(os.path.join(ARTIFACTS, "e2e-candidate-dialog.png"))
        wait_for("Register to become clickable",
                 lambda: register.getState().contains(pyatspi.STATE_SENSITIVE))
        app.click(register)

        # The new candidate is selected and shown.
        wait_for("the candidate in the details", lambda: app.find_text(SURNAME + " " + NAME))

        # Apply to a vacancy of the civil-service competition.
        app.click(app.wait_find("push button", "Apply…"))
        dialog = wait_for("the apply dialog",
                          lambda: [w for w in app.windows() if w.name == "New Application"])[0]
        choose(app, "Competition", COMPETITION)
        choose(app, "Vacancy", VACANCY)
        apply_button = app.wait_find("push button", "Apply", root=dialog)
        wait_for("Apply to become clickable",
                 lambda: apply_button.getState().contains(pyatspi.STATE_SENSITIVE))
        app.click(apply_button)

        code_label = app.wait_find("label", "Personal code")
        code = wait_for("the personal code", lambda: text_of(code_label) if CODE.match(text_of(code_label)) else None)
        log("personal code:", code)
        app.screenshot(os.path.join(ARTIFACTS, "e2e-personal-code.png"))
        # Not the window's own "Close" title button.
        app.click(app.wait_find("push button", "Close", root=dialog))

        # The details show the code and the verdict with its reasons: no
        # certificates were recorded, and the documents came after the
        # deadline of 2025.
        wait_for("the verdict", lambda: app.find_text("finds the candidate not eligible"))
        wait_for("the missing certificate", lambda: app.find_text("no passed legislation test valid on"))
        wait_for("the late application", lambda: app.find_text("after the deadline for documents"))
        wait_for("the code in the details", lambda: app.find_text(code))
        app.screenshot(os.path.join(ARTIFACTS, "e2e-candidate-details.png"))

        # Admitting against the verdict reads as such, and needs a reason:
        # Admit stays off until the reason is written.
        app.click(app.wait_find("push button", "Admit"))
        reason = app.wait_find("text", "Reason")
        decide = wait_for("the Admit button of the dialog",
                          lambda: [w for w in app.windows() if w.name == "Admit Candidate"])[0]
        wait_for("the decision against the check",
                 lambda: app.find_text("Admit Against the Automatic Check", root=decide))
        admit = app.wait_find("push button", "Admit", root=decide)
        assert not admit.getState().contains(pyatspi.STATE_SENSITIVE), \
            "Admit is clickable without the reason"
        app.type_into(reason, "Сертификаттар келесі аптада ұсынылады.")
        wait_for("Admit to become clickable",
                 lambda: admit.getState().contains(pyatspi.STATE_SENSITIVE))
        app.click(admit)
        wait_for("the decision in the details", lambda: app.find_text("Admitted by"))
        app.screenshot(os.path.join(ARTIFACTS, "e2e-candidate-admitted.png"))
    finally:
        app.close()
        shutil.rmtree(workdir, ignore_errors=True)

    print("e2e candidates: 1 passed, 0 failed")


if __name__ == "__main__":
    main()
