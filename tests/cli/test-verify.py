#!/usr/bin/python3
"""konkurs --verify: a clean demo database verifies, each way of tampering
with the record or the data is caught and named, the script of README.md
agrees with Konkurs, and a printed protocol's footer carries the head that
--verify reports, which --head finds."""

import fcntl
import os
import re
import shutil
import sqlite3
import subprocess
import sys

import konkurs_cli as cli
from konkurs_cli import check, konkurs

README = os.path.join(os.environ["G_TEST_SRCDIR"], "..", "README.md")


def readme_script(tmp):
    """The auditor's script, as README.md gives it."""
    with open(README, encoding="utf-8") as f:
        text = f.read()
    match = re.search(r"<!-- verify-record.py -->\n```python\n(.*?)```\n<!-- end verify-record.py -->", text, re.S)
    check("README.md has the auditor's script", match is not None)
    path = os.path.join(tmp, "verify-record.py")
    with open(path, "w", encoding="utf-8") as f:
        f.write(match.group(1) if match else "")
    return path


def run_script(script, db):
    return subprocess.run([sys.executable, script, db], capture_output=True, text=True, timeout=120)


def tamper(db, tmp, name, sql):
    """A copy of @db changed with @sql by someone with sqlite3, who drops
    the triggers that keep the log append-only first."""
    copy = os.path.join(tmp, name + ".db")
    shutil.copy(db, copy)
    con = sqlite3.connect(copy)
    con.executescript("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;" + sql)
    con.commit()
    con.close()
    return copy


TAMPERINGS = [
    # name, SQL, what --verify says, whether the script (which sees the chain alone) notices
    ("edited-decision",
     "UPDATE application SET decision_reason = 'forged', status = 'admitted', eligibility = 'eligible', "
     "decided_at = '2025-01-01T00:00:00Z' "
     "WHERE id = (SELECT min (id) FROM application WHERE status = 'received')",
     ": status is “admitted” in the database but “received” in the record of entry", False),
    ("edited-entry",
     "UPDATE audit_log SET after = json_set (after, '$.status', 'admitted') WHERE action = 'apply' AND row_id = 5",
     "(apply application 5): the hash does not match", True),
    ("deleted-entry", "DELETE FROM audit_log WHERE id = 20",
     "entry 20 is missing: the record goes from entry 19 to entry 21", True),
    ("swapped-entries",
     "UPDATE audit_log SET id = -1 WHERE id = 20; UPDATE audit_log SET id = 20 WHERE id = 21; "
     "UPDATE audit_log SET id = 21 WHERE id = -1",
     "entries 20 and 21 are out of order", True),
    ("truncated", "DELETE FROM audit_log WHERE id > (SELECT max (id) - 5 FROM audit_log)",
     "entries were removed from its end", True),
]


def main():
    with cli.scratch("konkurs-verify-") as tmp:
        db = os.path.join(tmp, "demo.db")
        cli.generate_demo(db, 60)

        r = konkurs("--database", db, "--verify")
        match = re.fullmatch(r"OK: (\d+) entries, head ([0-9a-f]{64})\n", r.stdout)
        check("a clean demo database verifies", r.returncode == 0 and match is not None, r.stdout + r.stderr)
        script = readme_script(tmp)
        s = run_script(script, db)
        check("the README script agrees with Konkurs", s.returncode == 0 and s.stdout == r.stdout,
              s.stdout + s.stderr + " / " + r.stdout)

        # While a window holds the database (its single-writer lock, and a
        # writer's WAL with a change not committed yet), --verify still
        # reads it, and sees the committed state; an import is refused.
        with open(db + ".lock", "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            writer = sqlite3.connect(db, isolation_level=None)
            writer.execute("BEGIN IMMEDIATE")
            writer.execute("UPDATE organisation SET address_ru = 'uncommitted'")
            w = konkurs("--database", db, "--verify")
            check("--verify reads a database a window has open", w.returncode == 0 and w.stdout == r.stdout,
                  w.stdout + w.stderr)
            i = konkurs("--database", db, "--import", os.path.join(tmp, "missing.xml"))
            check("an import into it is refused", i.returncode != 0 and "open" in i.stderr, i.stdout + i.stderr)
            writer.execute("ROLLBACK")
            writer.close()

        # Reading only, --verify cannot upgrade an older database: it says so.
        older = os.path.join(tmp, "older.db")
        shutil.copy(db, older)
        con = sqlite3.connect(older)
        version = con.execute("PRAGMA user_version").fetchone()[0]
        con.execute("PRAGMA user_version = %d" % (version - 1))
        con.close()
        o = konkurs("--database", older, "--verify")
        check("--verify of an older database says it needs upgrading",
              o.returncode != 0 and ("version %d of the database" % (version - 1)) in o.stderr
              and ("upgraded to version %d" % version) in o.stderr, o.stdout + o.stderr)

        # A draft admission protocol carries the head --verify reports.
        pdf = os.path.join(tmp, "admission.pdf")
        p = konkurs("--database", db, "--print", "admission", "--competition", "1", "--draft", "--output", pdf)
        check("print a draft protocol", p.returncode == 0, p.stderr)
        text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
        head = match.group(2) if match else "?" * 64
        spoken = " ".join(head[i:i + 4] for i in range(0, 16, 4))
        check("the footer carries the head --verify reports", spoken in text, spoken + " / " + text[-400:])
        check("the footer carries the rows' SHA-256", re.search(r"\b[0-9a-f]{64}\b", text) is not None, text[-400:])
        h = konkurs("--database", db, "--verify", "--head", spoken)
        check("--head finds the head of the footer",
              h.returncode == 0 and ("The head %s is entry %s of the record." % (spoken, match.group(1) if match else ""))
              in h.stdout, h.stdout + h.stderr)
        h = konkurs("--database", db, "--verify", "--head", "0000 0000 0000 0000")
        check("--head says a head that is not in the record",
              h.returncode == 1 and "is not an entry of the record" in h.stdout, h.stdout + h.stderr)
        h = konkurs("--database", db, "--head", "3f2a-zz")
        check("--head refuses what is not hex", h.returncode == 1 and "hex digits" in h.stderr, h.stdout + h.stderr)

        for name, sql, message, script_notices in TAMPERINGS:
            copy = tamper(db, tmp, name, sql)
            r = konkurs("--database", copy, "--verify")
            check("--verify catches %s" % name,
                  r.returncode == 1 and r.stdout.startswith("The record does not match: ") and message in r.stdout,
                  r.stdout + r.stderr)
            if script_notices:
                s = run_script(script, copy)
                check("the README script catches %s" % name, s.returncode != 0, s.stdout + s.stderr)

    return cli.tap_plan()


if __name__ == "__main__":
    sys.exit(main())
