#!/usr/bin/python3
"""The commission's files on the command line: --import of a commission
serving a competition whose interview is open (the summary says so), of a
meeting typed on a laptop (ballots and decisions counted), --export-meeting
writing it back (the file names the members and ballots, imports again as
the same meeting, and is refused once decided, with the file and line),
and a meeting file that breaks a rule refused with FILE:LINE, the database
unchanged."""

import os
import sqlite3
import sys
import xml.etree.ElementTree as ET

import konkurs_cli as cli
from konkurs_cli import check, konkurs

NS = "{urn:konkurs:meeting:1}"
MEMBERS = [("chair", "Серікбаев Нұрлан"), ("deputy-chair", "Ахметова Сәуле"), ("member", "Ким Виктор"),
           ("member", "Омарова Айгүл"), ("secretary", "Бекова Дина")]


def sql(db, statement, *args):
    with sqlite3.connect(db) as connection:
        return connection.execute(statement, args).fetchall()


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def commission_file(tmp, number):
    members = "".join('    <member role="%s"><name xml:lang="kk">%s</name></member>\n' % m for m in MEMBERS)
    return write(os.path.join(tmp, "commission.xml"),
                 '<?xml version="1.0" encoding="UTF-8"?>\n'
                 '<konkurs-commission xmlns="urn:konkurs:commission:1" version="1">\n'
                 '  <commission kind="competition">\n'
                 '    <name xml:lang="kk">Сынақ комиссиясы</name>\n'
                 '%s    <competition number="%s"/>\n'
                 '  </commission>\n'
                 '</konkurs-commission>\n' % (members, number))


def meeting_file(tmp, name, number, ballots, decided):
    """Line 4 is the first <member>, line 9 the first <candidate>."""
    members = "".join('  <member ordinal="%d" name="%s" present="true"/>\n' % (i + 1, m[1])
                      for i, m in enumerate(MEMBERS))
    return write(os.path.join(tmp, name),
                 '<?xml version="1.0" encoding="UTF-8"?>\n'
                 '<konkurs-meeting xmlns="urn:konkurs:meeting:1" version="1" competition="%s" stage="interview"\n'
                 '                 held-on="2025-06-30" starts-at="16:00" decided="%s">\n'
                 '%s%s</konkurs-meeting>\n' % (number, "true" if decided else "false", members, ballots))


def candidate(code, votes):
    return ('  <candidate code="%s">\n' % code
            + "".join('    <ballot member="%d" vote="%s"/>\n' % (m, v) for m, v in votes)
            + "  </candidate>\n")


def main():
    with cli.scratch("konkurs-cli-meeting-") as tmp:
        db = os.path.join(tmp, "demo.db")
        cli.generate_demo(db, 200)
        rows = sql(db, "SELECT c.number, s.id FROM competition_stage s JOIN competition c ON c.id = s.competition_id "
                       "WHERE s.kind = 'interview' AND s.state = 'open' ORDER BY c.number LIMIT 1")
        check("the demo has an interview open", len(rows) == 1, rows)
        if not rows:
            return cli.tap_plan()
        number, stage_id = rows[0]
        codes = [r[0] for r in sql(db, "SELECT a.personal_code FROM stage_outcome o "
                                       "JOIN application a ON a.id = o.application_id "
                                       "JOIN competition_stage s ON s.id = o.stage_id "
                                       "JOIN competition c ON c.id = s.competition_id "
                                       "WHERE c.number = ? AND s.kind IN ('practical-task', 'essay') AND o.outcome = 'goes-on' "
                                       "AND a.status NOT IN ('withdrawn') ORDER BY a.personal_code", number)]

        r = konkurs("--database", db, "--import", commission_file(tmp, number))
        check("a commission imports", r.returncode == 0 and "1 commission with its members" in r.stdout,
              r.stdout + r.stderr)

        # the secretary's vote: refused at its line, nothing written
        before = sql(db, "SELECT count(*) FROM meeting")
        bad = meeting_file(tmp, "bad.xml", number, candidate(codes[0], [(1, "for"), (5, "for")]), False)
        r = konkurs("--database", db, "--import", bad)
        check("the secretary's ballot is refused with the file and line",
              r.returncode == 1 and r.stderr.startswith("bad.xml:11: ballot/@vote: Бекова Дина (member 5)"),
              r.stderr)
        check("nothing of it is written", sql(db, "SELECT count(*) FROM meeting") == before)

        ballots = "".join(candidate(code, [(1, "for"), (2, "for"), (3, "against"), (4, "for")]) for code in codes)
        good = meeting_file(tmp, "meeting.xml", number, ballots, False)
        r = konkurs("--database", db, "--import", good)
        check("an open meeting imports with its ballots",
              r.returncode == 0 and ("%d ballots and 0 decisions" % (4 * len(codes))) in r.stdout,
              r.stdout + r.stderr)
        meeting = sql(db, "SELECT id FROM meeting WHERE stage_id = ? AND held_on = '2025-06-30'", stage_id)
        check("the meeting is in the database", len(meeting) == 1, meeting)
        if not meeting:
            return cli.tap_plan()

        exported = os.path.join(tmp, "exported.xml")
        r = konkurs("--database", db, "--export-meeting", str(meeting[0][0]))
        check("--export-meeting without --output says so", r.returncode == 2 and "--output" in r.stderr, r.stderr)
        r = konkurs("--database", db, "--export-meeting", str(meeting[0][0]), "--output", exported)
        check("--export-meeting writes the meeting", r.returncode == 0 and os.path.exists(exported),
              r.stdout + r.stderr)
        root = ET.parse(exported).getroot() if os.path.exists(exported) else None
        check("the file names the members and every ballot",
              root is not None and len(root.findall(NS + "member")) == len(MEMBERS)
              and len(root.findall(".//" + NS + "ballot")) == 4 * len(codes), exported)

        # the laptop decides: the file comes back with decided="true"
        text = open(exported, encoding="utf-8").read().replace('starts-at="16:00"',
                                                                 'starts-at="16:00" decided="true"')
        decided = write(os.path.join(tmp, "decided.xml"), text)
        r = konkurs("--database", db, "--import", decided)
        check("the decided meeting imports with its decisions",
              r.returncode == 0 and ("%d decisions" % len(codes)) in r.stdout, r.stdout + r.stderr)
        check("every candidate is recommended (3 for, 1 against)",
              sql(db, "SELECT count(*) FROM meeting_decision WHERE meeting_id = ? AND outcome = 'recommended'",
                  meeting[0][0]) == [(len(codes),)])
        r = konkurs("--database", db, "--import", decided)
        check("a decided meeting is not replaced by a file",
              r.returncode == 1 and r.stderr.startswith("decided.xml:2: konkurs-meeting/@held-on"), r.stderr)
        r = konkurs("--database", db, "--verify")
        check("the record follows the meeting", r.returncode == 0, r.stdout + r.stderr)
    return cli.tap_plan()


if __name__ == "__main__":
    sys.exit(main())
