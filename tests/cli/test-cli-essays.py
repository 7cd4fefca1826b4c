#!/usr/bin/python3
"""The command line and the essays: --expert-package writes an expert's
package (naming no candidate) and says why when it cannot (no such expert,
no essay stage, no essays assigned); --import of a results file signed as
the schema documents (written here with Python's hmac, as another tool
would); a second file of the same package refused without --reason, saying
how to give it, and taken with it; --reason alone refused; --print essays
in both languages, final for a closed stage, a draft only for one still
grading; --help lists the new options."""

import hashlib
import hmac
import os
import re
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape, quoteattr

import konkurs_cli as cli
from konkurs_cli import konkurs

ARTIFACTS = os.environ.get("KONKURS_TEST_ARTIFACTS")
PACKAGE_NS = "{urn:konkurs:essay-package:1}"


def check(name, condition, detail=""):
    """A TAP line: the detail of a failure on that line alone."""
    cli.check(name, condition, str(detail).replace("\n", " ")[:400])


def sql(db, statement, *args):
    con = sqlite3.connect(db)
    try:
        return con.execute(statement, args).fetchall()
    finally:
        con.close()


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout


def essay_stage(db, state):
    """(competition id, stage id) of a Youth Reserve selection's essay stage in @state."""
    rows = sql(db, "SELECT s.competition_id, s.id FROM competition_stage s JOIN competition c ON c.id = s.competition_id "
                   "WHERE s.kind = 'essay' AND s.state = ? AND c.procedure = 2 "
                   "ORDER BY s.competition_id LIMIT 1", state)
    return rows[0] if rows else None


def experts_of(db, stage_id):
    return [r[0] for r in sql(db, "SELECT DISTINCT a.expert_id FROM essay_assignment a JOIN essay e ON e.id = a.essay_id "
                                  "WHERE e.stage_id = ? ORDER BY a.expert_id", stage_id)]


def write_results(package_path, results_path, points):
    """RESULTS.xml for every essay of the package, every criterion at
    @points (clamped to its range), signed as the schema says."""
    root = ET.parse(package_path).getroot()
    package_id = root.get("id")
    secret = root.find(PACKAGE_NS + "secret").text.strip()
    expert = root.find(PACKAGE_NS + "expert")
    criteria = [(c.get("code"), int(c.get("min")), int(c.get("max")))
                for c in root.find(PACKAGE_NS + "rubric").findall(PACKAGE_NS + "criterion")]
    scores = [(e.get("code"), code, max(low, min(high, points)))
              for e in root.findall(PACKAGE_NS + "essay") for code, low, high in criteria]
    message = package_id + "\n" + "".join("%s\t%s\t%d\n" % s for s in scores)
    signature = hmac.new(secret.encode("ascii"), message.encode("utf-8"), hashlib.sha256).hexdigest()
    with open(results_path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<konkurs-essay-results xmlns="urn:konkurs:essay-results:1" version="1" package=%s '
                'saved-at="2026-12-03T10:00:00Z">\n' % quoteattr(package_id))
        f.write('  <expert id=%s name=%s/>\n' % (quoteattr(expert.get("id")), quoteattr(expert.get("name"))))
        for code, criterion, value in scores:
            f.write('  <score code=%s criterion=%s points="%d"/>\n' % (quoteattr(code), quoteattr(criterion), value))
        f.write('  <signature>%s</signature>\n</konkurs-essay-results>\n' % signature)
    return len({s[0] for s in scores})


def package_checks(tmp, db, people):
    stage = essay_stage(db, "open")
    if stage is None:
        check("the demo has a selection grading its essays", False)
        return None
    competition, stage_id = str(stage[0]), stage[1]
    experts = experts_of(db, stage_id)
    check("the selection's essays have graders", len(experts) > 3, str(experts))
    # the grader whose package is not back yet: with essays to grade, and
    # whose latest package (the one --expert-package gives again) has not
    # come back — a fourth grader's later package may have
    waiting = sql(db, "SELECT a.expert_id FROM essay_assignment a JOIN essay e ON e.id = a.essay_id "
                      "WHERE e.stage_id = ?1 AND NOT EXISTS (SELECT 1 FROM essay_score s WHERE s.essay_id = a.essay_id "
                      "AND s.expert_id = a.expert_id) AND NOT EXISTS (SELECT 1 FROM essay_results_file f "
                      "WHERE f.package_id = (SELECT max (p.id) FROM essay_package p WHERE p.stage_id = ?1 "
                      "AND p.expert_id = a.expert_id)) LIMIT 1", stage_id)
    check("an expert of the demo has essays to grade", len(waiting) == 1)
    if not waiting:
        return None
    package = os.path.join(tmp, "package.xml")
    r = konkurs("--database", db, "--expert-package", "--expert", str(waiting[0][0]), "--competition", competition,
                "--output", package)
    check("--expert-package writes the package", r.returncode == 0 and os.path.exists(package), r.stdout + r.stderr)
    check("--expert-package says what it wrote", "package.xml" in r.stdout and "essay" in r.stdout, r.stdout)
    text = open(package, encoding="utf-8").read() if os.path.exists(package) else ""
    # the expert is named in their own package, and may share a name with a candidate
    expert = ET.parse(package).getroot().find(PACKAGE_NS + "expert").get("name") if text else ""
    rest = text.replace(expert, "") if expert else text
    named = [p for p in people["full"] if p in rest] + [i for i in re.findall(r"\b\d{12}\b", rest) if i in people["iin"]]
    check("the package names no candidate", text and not named, named)
    check("the package holds the rubric and a secret", "<secret>" in text and "<criterion" in text, text[:300])

    r = konkurs("--database", db, "--expert-package", "--expert", "999999", "--competition", competition,
                "--output", os.path.join(tmp, "none.xml"))
    check("an unknown expert is named", r.returncode == 1 and "999999" in r.stderr, r.stderr)
    no_essay = sql(db, "SELECT c.id FROM competition c WHERE NOT EXISTS (SELECT 1 FROM competition_stage s "
                       "WHERE s.competition_id = c.id AND s.kind = 'essay') LIMIT 1")
    if no_essay:
        r = konkurs("--database", db, "--expert-package", "--expert", str(experts[0]), "--competition",
                    str(no_essay[0][0]), "--output", os.path.join(tmp, "none.xml"))
        check("a competition without an essay stage says so", r.returncode == 1 and str(no_essay[0][0]) in r.stderr,
              r.stderr)
    idle = sql(db, "SELECT id FROM expert WHERE id NOT IN (SELECT a.expert_id FROM essay_assignment a "
                   "JOIN essay e ON e.id = a.essay_id WHERE e.stage_id = ?) LIMIT 1", stage_id)
    if idle:
        r = konkurs("--database", db, "--expert-package", "--expert", str(idle[0][0]), "--competition", competition,
                    "--output", os.path.join(tmp, "none.xml"))
        check("an expert without essays is told to assign first", r.returncode == 1 and "--" not in r.stdout
              and len(r.stderr) > 20, r.stderr)
    r = konkurs("--database", db, "--expert-package", "--expert", str(experts[0]), "--competition", competition)
    check("--expert-package without --output says so", r.returncode == 2 and "--output" in r.stderr, r.stderr)
    return package


def results_checks(tmp, db, package):
    first = os.path.join(tmp, "results-1.xml")
    second = os.path.join(tmp, "results-2.xml")
    n = write_results(package, first, 2)
    r = konkurs("--database", db, "--import", first)
    check("the signed results are imported", r.returncode == 0 and ("%d essay" % n) in r.stdout, r.stdout + r.stderr)
    write_results(package, second, 1)
    before = sql(db, "SELECT count(*) FROM essay_score_point")
    r = konkurs("--database", db, "--import", second)
    check("a second file of the package needs a reason", r.returncode == 1 and "--reason" in r.stderr, r.stderr)
    check("nothing imported without it", sql(db, "SELECT count(*) FROM essay_score_point") == before)
    r = konkurs("--database", db, "--import", second, "--reason", "Сарапшы екі эссенің бағасын түзетті")
    check("with --reason it replaces the first", r.returncode == 0, r.stdout + r.stderr)
    r = konkurs("--database", db, "--reason", "why", "--verify")
    check("--reason alone is refused", r.returncode == 2 and "--import" in r.stderr, r.stderr)
    r = konkurs("--database", db, "--verify")
    check("the record follows the imports", r.returncode == 0, r.stdout + r.stderr)


def print_checks(tmp, db, people):
    closed = essay_stage(db, "closed")
    grading = essay_stage(db, "open")
    for lang in ("kk", "ru"):
        out = os.path.join(ARTIFACTS or tmp, "cli-essays-%s.pdf" % lang)
        r = konkurs("--database", db, "--print", "essays", "--competition", str(closed[0]), "--language", lang,
                    "--output", out)
        check("--print essays of a closed stage (%s)" % lang, r.returncode == 0 and os.path.exists(out),
              r.stdout + r.stderr)
        text = pdf_text(out)
        check("the essays' protocol gives the agreement (%s)" % lang, "α = " in text, text[:300])
    out = os.path.join(tmp, "grading.pdf")
    r = konkurs("--database", db, "--print", "essays", "--competition", str(grading[0]), "--language", "ru",
                "--output", out)
    check("a stage still grading prints no final protocol", r.returncode == 3 and "--draft" in r.stderr, r.stderr)
    r = konkurs("--database", db, "--print", "essays", "--competition", str(grading[0]), "--language", "ru",
                "--draft", "--output", out)
    check("its draft is printed", r.returncode == 0, r.stdout + r.stderr)
    text = pdf_text(out)
    check("a sealed draft names no writer", not any(p in text for p in people["iin"]), "")


def main():
    r = konkurs("--help")
    check("--help lists --expert-package, --expert and --reason",
          all(o in r.stdout for o in ("--expert-package", "--expert=ID", "--reason=TEXT")), r.stdout[-800:])
    with cli.scratch("konkurs-cli-essays-") as tmp:
        db = os.path.join(tmp, "demo.db")
        r = konkurs("--database", db, "--generate-demo", "1000")
        check("generate a demo", r.returncode == 0, r.stderr)
        people = {"iin": {row[0] for row in sql(db, "SELECT iin FROM candidate")},
                  "full": {"%s %s" % row for row in sql(db, "SELECT surname, name FROM candidate")}}
        package = package_checks(tmp, db, people)
        if package:
            results_checks(tmp, db, package)
        print_checks(tmp, db, people)
    return cli.tap_plan()


if __name__ == "__main__":
    sys.exit(main())
