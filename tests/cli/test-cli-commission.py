#!/usr/bin/python3
"""The command line and the commission's meetings: --print commission in
both languages for the demo's meetings (a final protocol kept in the
register under its meeting, a reprint keeping its number), a competition
with several meetings answered with their ids, dates and stages, an
unknown meeting and a competition without any refused (exit 2), a meeting
not recorded yet printed only as a draft (exit 3 otherwise), --meeting
with another document refused, and --help naming --meeting."""

import os
import re
import sys

import konkurs_cli as cli
from konkurs_cli import check, konkurs, pdf_text, sql

ARTIFACTS = os.environ.get("KONKURS_TEST_ARTIFACTS")


def print_commission(db, out, *args, lang="kk"):
    return konkurs("--database", db, "--print", "commission", *args, "--language", lang, "--output", out)


def help_checks():
    r = konkurs("--help-all")
    check("--help names --meeting", "--meeting" in r.stdout, r.stdout[-400:])
    check("--help names the commission protocol", "“commission”" in r.stdout, r.stdout[-400:])


def final_checks(tmp, db):
    meetings = sql(db, "SELECT m.id, m.competition_id, s.kind FROM meeting m JOIN competition_stage s "
                       "ON s.id = m.stage_id WHERE m.closed_at IS NOT NULL ORDER BY m.id")
    check("the demo holds recorded meetings", len(meetings) >= 3, meetings)
    if not meetings:
        return
    interview = next((m for m in meetings if m[2] == "interview"), meetings[0])
    meeting, competition = str(interview[0]), str(interview[1])
    for lang, title in (("kk", "Комиссия отырысының хаттамасы"), ("ru", "Протокол заседания комиссии")):
        pdf = os.path.join(ARTIFACTS or tmp, "cli-commission-%s.pdf" % lang)
        r = print_commission(db, pdf, "--competition", competition, lang=lang)
        check("print the interview's protocol in %s (the competition's only meeting)" % lang,
              r.returncode == 0 and os.path.exists(pdf), r.stdout + r.stderr)
        check("the protocol is kept in the register (%s)" % lang, "Protocol No." in r.stdout, r.stdout)
        text = pdf_text(pdf)
        check("the protocol is the meeting's (%s)" % lang, title in text, text[:400])
    rows = sql(db, "SELECT DISTINCT number, meeting_id, kind FROM issued_document WHERE meeting_id = ?", int(meeting))
    check("both copies are one issue of the meeting, registered under it", len(rows) == 1
          and rows[0][2] == "commission", rows)
    digests = sql(db, "SELECT rows_sha256 FROM issued_document WHERE meeting_id = ?", int(meeting))
    check("the register keeps the rows' SHA-256", all(d[0] and len(d[0]) == 64 for d in digests), digests)

    # the Youth Reserve's selection has two meetings: which one?
    youth = [m for m in meetings if m[2] != "interview"]
    if len(youth) >= 2:
        competition = str(youth[0][1])
        r = print_commission(db, os.path.join(tmp, "which.pdf"), "--competition", competition)
        listed = re.findall(r"^\s+(\d+) — (\d{4}-\d{2}-\d{2})", r.stderr, re.M)
        check("several meetings are listed with ids and dates (exit 2)", r.returncode == 2
              and "--meeting ID" in r.stderr and sorted(int(i) for i, _ in listed) == sorted(m[0] for m in youth),
              r.stderr)
        pdf = os.path.join(ARTIFACTS or tmp, "cli-commission-national-ru.pdf")
        r = print_commission(db, pdf, "--competition", competition, "--meeting", str(youth[-1][0]), lang="ru")
        check("--meeting picks one of them", r.returncode == 0, r.stderr)
        check("the National Commission's protocol lists those admitted",
              "Включены в Молодёжный резерв" in pdf_text(pdf), pdf_text(pdf)[:400])
        r = print_commission(db, os.path.join(tmp, "no.pdf"), "--competition", competition, "--meeting", "9999")
        check("an unknown meeting is refused with the meetings there are (exit 2)", r.returncode == 2
              and "has no meeting 9999" in r.stderr and youth[0][0] and str(youth[0][0]) in r.stderr, r.stderr)

    r = print_commission(db, os.path.join(tmp, "none.pdf"), "--competition", "1")
    check("a competition without meetings says so (exit 2)", r.returncode == 2
          and "has no meeting of a commission yet" in r.stderr, r.stderr)
    r = konkurs("--database", db, "--print", "announcement", "--competition", "1", "--meeting", meeting,
                "--output", os.path.join(tmp, "no.pdf"))
    check("--meeting with another document is refused (exit 2)", r.returncode == 2 and "--meeting" in r.stderr,
          r.stderr)


def open_meeting_checks(tmp, db):
    """A meeting reopened as if its decisions were not recorded yet: a
    final protocol is refused, a draft printed."""
    meeting = sql(db, "SELECT id, competition_id FROM meeting ORDER BY id LIMIT 1")[0]
    sql(db, "UPDATE meeting SET closed_at = NULL, closed_by = NULL WHERE id = ?", meeting[0])
    r = print_commission(db, os.path.join(tmp, "open.pdf"), "--competition", str(meeting[1]), "--meeting",
                         str(meeting[0]))
    check("an open meeting's final protocol is refused (exit 3)", r.returncode == 3
          and "has not recorded its decisions" in r.stderr and "--draft" in r.stderr, r.stderr)
    pdf = os.path.join(ARTIFACTS or tmp, "cli-commission-draft-ru.pdf")
    r = print_commission(db, pdf, "--competition", str(meeting[1]), "--meeting", str(meeting[0]), "--draft",
                         lang="ru")
    check("its draft is printed", r.returncode == 0, r.stderr)
    check("the draft says ПРОЕКТ and how the votes stand", "ПРОЕКТ" in pdf_text(pdf)
          and "По голосам на данный момент" in pdf_text(pdf), pdf_text(pdf)[:400])


def main():
    help_checks()
    with cli.scratch("konkurs-cli-commission-") as tmp:
        db = os.path.join(tmp, "demo.db")
        cli.generate_demo(db, 300)
        final_checks(tmp, db)
        open_meeting_checks(tmp, db)
    sys.exit(cli.tap_plan())


if __name__ == "__main__":
    main()
