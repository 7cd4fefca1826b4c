#!/usr/bin/python3
"""The command line and the stages: --print stage and --print publication
--stage KIND in both languages (the protocol names people, the list only
personal codes, in their order), the stages named when --stage is wrong,
a final document of an open stage refused (exit 3), and --import of a
testing centre's results: what it imported, nothing the second time, a
fault with its file and line and nothing imported."""

import os
import re
import sqlite3
import subprocess
import sys

import konkurs_cli as cli
from konkurs_cli import check, konkurs, skip

ARTIFACTS = os.environ.get("KONKURS_TEST_ARTIFACTS")
DATA = os.path.join(os.environ["G_TEST_SRCDIR"], "data")


def sql(db, statement, *args):
    con = sqlite3.connect(db)
    try:
        return con.execute(statement, args).fetchall()
    finally:
        con.close()


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout


def identities(db):
    rows = sql(db, "SELECT surname, name, iin FROM candidate")
    return {v for row in rows for v in row if v}


def stage_of(db, kind, state):
    """(competition id, stage id) of a stage of @kind in @state, or None."""
    rows = sql(db, "SELECT competition_id, id FROM competition_stage WHERE kind = ? AND state = ? "
                   "ORDER BY competition_id LIMIT 1", kind, state)
    return rows[0] if rows else None


def codes_by_group(text):
    """The codes of each table of a list, in their order: a row's number
    starts again at 1 in each group (vacancy)."""
    groups = []
    for number, code in re.findall(r"^\s*(\d+)\s+(PK-\w{3}-\w{3}-\w{3})", text, re.M):
        if number == "1" or not groups:
            groups.append([])
        groups[-1].append(code)
    return groups


def print_checks(tmp, db):
    people = identities(db)
    closed = stage_of(db, "testing", "closed")
    if closed is None:
        skip("the stage documents of a closed testing stage", "the demo fills no stage yet")
        return
    competition = str(closed[0])
    for lang in ("kk", "ru"):
        protocol = os.path.join(ARTIFACTS or tmp, "cli-stage-testing-%s.pdf" % lang)
        r = konkurs("--database", db, "--print", "stage", "--competition", competition, "--stage", "testing",
                    "--language", lang, "--output", protocol)
        check("print the testing stage's protocol in " + lang, r.returncode == 0 and os.path.exists(protocol),
              r.stdout + r.stderr)
        check("the stage protocol is kept in the register",
              "Protocol No." in r.stdout or "Хаттама" in r.stdout, r.stdout)
        text = pdf_text(protocol)
        check("the stage protocol names candidates (%s)" % lang,
              any(p in set(re.findall(r"\w+", text)) for p in people), text[:400])

        listing = os.path.join(ARTIFACTS or tmp, "cli-stage-publication-testing-%s.pdf" % lang)
        r = konkurs("--database", db, "--print", "publication", "--competition", competition, "--stage", "testing",
                    "--language", lang, "--output", listing)
        check("print the testing stage's publication list in " + lang, r.returncode == 0, r.stdout + r.stderr)
        text = pdf_text(listing)
        words = set(re.findall(r"\w+", text))
        leaked = sorted(p for p in people if p in words)
        check("the stage's publication list names nobody (%s)" % lang, not leaked, leaked[:5])
        groups = codes_by_group(text)
        check("the stage's publication list is by code, in order within each vacancy (%s)" % lang,
              groups and all(g == sorted(g) for g in groups), groups[:3])

    # a wrong stage is answered with the stages the competition has
    kinds = [k for (k,) in sql(db, "SELECT kind FROM competition_stage WHERE competition_id = ? ORDER BY ordinal",
                               closed[0])]
    r = konkurs("--database", db, "--print", "stage", "--competition", competition, "--stage", "essays",
                "--output", os.path.join(tmp, "no.pdf"))
    check("an unknown stage is refused with the stages there are", r.returncode == 2
          and ("Competition %s has no stage “essays”. Its stages: %s." % (competition, ", ".join(kinds)))
          in r.stderr and not os.path.exists(os.path.join(tmp, "no.pdf")), r.stderr)
    r = konkurs("--database", db, "--print", "stage", "--competition", competition,
                "--output", os.path.join(tmp, "no.pdf"))
    check("--print stage without --stage is refused", r.returncode == 2 and "--stage" in r.stderr, r.stderr)
    r = konkurs("--database", db, "--print", "announcement", "--competition", competition, "--stage", "testing",
                "--output", os.path.join(tmp, "no.pdf"))
    check("--stage with a document of no stage is refused", r.returncode == 2 and "--stage" in r.stderr, r.stderr)

    # --print publication without --stage is still the review of documents
    plain = os.path.join(tmp, "publication.pdf")
    r = konkurs("--database", db, "--print", "publication", "--competition", competition, "--draft",
                "--output", plain)
    check("--print publication without --stage is the documents' list", r.returncode == 0
          and "Stage" not in r.stderr, r.stderr)

    opened = stage_of(db, "testing", "open")
    if opened is None:
        skip("the documents of an open testing stage", "the demo fills no stage yet")
        return
    r = konkurs("--database", db, "--print", "stage", "--competition", str(opened[0]), "--stage", "testing",
                "--output", os.path.join(tmp, "open.pdf"))
    check("a final protocol of an open stage is refused (exit 3)", r.returncode == 3
          and "not closed yet" in r.stderr and "--draft" in r.stderr, r.stderr)
    r = konkurs("--database", db, "--print", "stage", "--competition", str(opened[0]), "--stage", "testing",
                "--draft", "--output", os.path.join(tmp, "open.pdf"))
    check("a draft of an open stage is printed", r.returncode == 0, r.stderr)


def results_file(path, number, rows):
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<konkurs-test-results xmlns="urn:konkurs:test-results:1" version="1" competition="%s" '
                'stage="testing">\n' % number)
        for code, score in rows:
            f.write('  <candidate code="%s">\n'
                    '    <test code="personal-qualities" taken-on="2026-05-12" present="true" correct="%d" '
                    'of="100"/>\n'
                    '  </candidate>\n' % (code, score))
        f.write('</konkurs-test-results>\n')


def import_checks(tmp, db):
    opened = stage_of(db, "testing", "open")
    if opened is None:
        skip("--import of results", "the demo fills no stage yet")
        return
    number = sql(db, "SELECT number FROM competition WHERE id = ?", opened[0])[0][0]
    max_score = sql(db, "SELECT t.max_score FROM rule_set_test t JOIN competition c ON c.rule_set_id = t.rule_set_id "
                        "WHERE c.id = ? AND t.code = 'personal-qualities' LIMIT 1", opened[0])
    codes = [c for (c,) in sql(db, "SELECT a.personal_code FROM stage_outcome o JOIN application a "
                                   "ON a.id = o.application_id JOIN competition_stage s ON s.id = o.stage_id "
                                   "WHERE s.competition_id = ? AND s.kind = 'documents' AND o.outcome = 'goes-on' "
                                   "ORDER BY a.personal_code LIMIT 3", opened[0])]
    check("the open testing stage has candidates", len(codes) > 0 and max_score, str(codes))
    if not codes or not max_score or max_score[0][0] != 100:
        return
    path = os.path.join(tmp, "results.xml")
    results_file(path, number, [(c, 50 + i) for i, c in enumerate(codes)])
    r = konkurs("--database", db, "--import", path)
    check("--import of results says what it imported", r.returncode == 0
          and "Imported from %s: %d results for %d candidates; 0 unchanged.\n" % (path, len(codes), len(codes))
          == r.stdout, r.stdout + r.stderr)
    r = konkurs("--database", db, "--import", path)
    check("the same results again add nothing", r.returncode == 0
          and "0 results for 0 candidates; %d unchanged." % len(codes) in r.stdout, r.stdout + r.stderr)

    bad = os.path.join(tmp, "bad-results.xml")
    results_file(bad, number, [(codes[0], 60), ("PK-222-222-222", 10)])
    before = sql(db, "SELECT count(*) FROM test_result")
    r = konkurs("--database", db, "--import", bad)
    check("a results file with an unknown code is refused (exit 1) with its line",
          r.returncode == 1 and "bad-results.xml:6: candidate/@code:" in r.stderr and "PK-222-222-222" in r.stderr,
          r.stderr)
    check("a refused results file imports nothing", sql(db, "SELECT count(*) FROM test_result") == before)


def help_checks():
    r = konkurs("--help")
    flat = " ".join(r.stdout.split())
    check("--help lists --stage", "--stage=KIND" in flat, r.stdout)
    check("--help lists the stage documents", "“stage” (Stage Protocol, with names)" in flat
          and "“stage-publication” (Stage Publication List)" in flat, flat)


def data_checks(tmp):
    """tests/data/stage-database.xml: competition 1 (2025-001) at its open
    testing stage, selection 2 (2025-002) at its assessment centre, the
    testing stage closed."""
    db = os.path.join(tmp, "stages.db")
    r = konkurs("--database", db, "--import", os.path.join(DATA, "stage-database.xml"))
    check("the stage database is restored", r.returncode == 0, r.stderr)

    valid = os.path.join(DATA, "results-valid.xml")
    r = konkurs("--database", db, "--import", valid)
    check("--import of results prints what it imported",
          r.returncode == 0 and r.stdout == "Imported from %s: 9 results for 3 candidates; 0 unchanged.\n" % valid,
          r.stdout + r.stderr)
    r = konkurs("--database", db, "--import", valid)
    check("the same results again: nothing added, all unchanged",
          r.returncode == 0 and r.stdout == "Imported from %s: 0 results for 0 candidates; 9 unchanged.\n" % valid,
          r.stdout + r.stderr)
    r = konkurs("--database", db, "--import", os.path.join(DATA, "assessment-valid.xml"))
    check("--import of the assessment centre's results", r.returncode == 0
          and "2 results for 2 candidates; 0 unchanged." in r.stdout, r.stdout + r.stderr)
    for name in ("results-unknown-code.xml", "results-bad-part-sum.xml", "assessment-above-max.xml"):
        before = sql(db, "SELECT (SELECT count(*) FROM test_result) + (SELECT count(*) FROM assessment_result)")
        r = konkurs("--database", db, "--import", os.path.join(DATA, name))
        check("%s is refused (exit 1) naming file and line" % name, r.returncode == 1
              and re.match(re.escape(name) + r":\d+: \w", r.stderr) is not None, r.stderr)
        check("%s imports nothing" % name,
              sql(db, "SELECT (SELECT count(*) FROM test_result) + (SELECT count(*) FROM assessment_result)") == before)

    # the open testing stage: a draft, never a final protocol
    out = os.path.join(tmp, "open.pdf")
    r = konkurs("--database", db, "--print", "stage", "--competition", "1", "--stage", "testing", "--output", out)
    check("a final protocol of an open stage is refused (exit 3)", r.returncode == 3
          and "The stage “testing” of competition 1 is not closed yet" in r.stderr and "--draft" in r.stderr
          and not os.path.exists(out), r.stderr)
    for lang in ("kk", "ru"):
        draft = os.path.join(ARTIFACTS or tmp, "cli-stage-draft-testing-%s.pdf" % lang)
        r = konkurs("--database", db, "--print", "stage", "--competition", "1", "--stage", "testing", "--draft",
                    "--language", lang, "--output", draft)
        check("a draft of the open stage's protocol in " + lang, r.returncode == 0, r.stderr)
        text = pdf_text(draft)
        check("the draft names the candidates and their codes (%s)" % lang, "Сейтқалиева" in text
              and "PK-733-C8C-CND" in text, text[:300])

    # the closed testing stage of the selection: final documents
    people = identities(db)
    for lang in ("kk", "ru"):
        protocol = os.path.join(ARTIFACTS or tmp, "cli-stage-testing-%s.pdf" % lang)
        r = konkurs("--database", db, "--print", "stage", "--competition", "2", "--stage", "testing",
                    "--language", lang, "--output", protocol)
        check("a final protocol of the closed stage in " + lang, r.returncode == 0
              and re.search(r"Protocol No\. \d+ of \d{4}-\d\d-\d\d, kept in the register", r.stdout) is not None,
              r.stdout + r.stderr)
        listing = os.path.join(ARTIFACTS or tmp, "cli-stage-publication-testing-%s.pdf" % lang)
        r = konkurs("--database", db, "--print", "publication", "--competition", "2", "--stage", "testing",
                    "--language", lang, "--output", listing)
        check("the closed stage's publication list in " + lang, r.returncode == 0, r.stdout + r.stderr)
        text = pdf_text(listing)
        leaked = sorted(p for p in people if p in set(re.findall(r"\w+", text)))
        check("the stage's publication list names nobody (%s)" % lang, not leaked, leaked[:5])
        codes = re.findall(r"PK-\w{3}-\w{3}-\w{3}", text)
        check("the stage's publication list has its codes in order (%s)" % lang, codes == sorted(['PK-7WU-E7D-CMJ', 'PK-E5P-U2K-MH9', 'PK-TQ2-PHK-H5H']), codes)
    check("the publication is noted on the stage", sql(db, "SELECT published_on IS NOT NULL FROM competition_stage "
                                                          "WHERE competition_id = 2 AND kind = 'testing'") == [(1,)])

    r = konkurs("--database", db, "--print", "stage", "--competition", "1", "--stage", "essay",
                "--output", os.path.join(tmp, "no.pdf"))
    check("a stage the competition lacks is named with those it has (exit 2)", r.returncode == 2
          and "Competition 1 has no stage “essay”. Its stages: documents, testing, practical-task, interview, decision."
          in r.stderr, r.stderr)
    r = konkurs("--database", db, "--print", "stage", "--competition", "1", "--output", os.path.join(tmp, "no.pdf"))
    check("--print stage without --stage is refused (exit 2)", r.returncode == 2 and "--stage" in r.stderr, r.stderr)
    r = konkurs("--database", db, "--print", "announcement", "--competition", "1", "--stage", "testing",
                "--output", os.path.join(tmp, "no.pdf"))
    check("--stage with a document of no stage is refused (exit 2)", r.returncode == 2 and "--stage" in r.stderr,
          r.stderr)
    r = konkurs("--database", db, "--print", "publication", "--competition", "1", "--output",
                os.path.join(tmp, "documents.pdf"))
    check("--print publication without --stage is the documents' list", r.returncode == 0, r.stderr)


def main():
    help_checks()
    with cli.scratch("konkurs-cli-stages-") as tmp:
        data_checks(tmp)
        db = os.path.join(tmp, "demo.db")
        cli.generate_demo(db, 300)
        print_checks(tmp, db)
        import_checks(tmp, db)
    sys.exit(cli.tap_plan())


if __name__ == "__main__":
    main()
