#!/usr/bin/python3
"""The command line and the final results: --print final refused as final
while the commission has not decided (exit 3, saying --draft), a draft in
Kazakh and Russian naming the candidates who reached the interview; and
--print publication --stage final, the publication list of the last stage
(the decision; the National Commission in a Youth Reserve selection),
naming nobody."""

import os
import sys

import konkurs_cli as cli
from konkurs_cli import check, konkurs, pdf_text, skip, sql

ARTIFACTS = os.environ.get("KONKURS_TEST_ARTIFACTS")


def final_checks(tmp, db):
    reached = sql(db, "SELECT competition_id FROM competition_stage WHERE kind = 'interview' AND state = 'open' "
                      "ORDER BY competition_id LIMIT 1")
    if not reached:
        skip("the final results of a competition at its interview", "the demo has no interview open")
        return
    competition = str(reached[0][0])
    out = os.path.join(tmp, "final.pdf")
    r = konkurs("--database", db, "--print", "final", "--competition", competition, "--output", out)
    check("--print final before the commission decided is refused (exit 3)",
          r.returncode == 3 and "--draft" in r.stderr, r.stdout + r.stderr)
    iins = {row[0] for row in sql(db, "SELECT c.iin FROM candidate c JOIN application a ON a.candidate_id = c.id "
                                      "WHERE a.competition_id = ?", int(competition))}
    for lang, mark in (("kk", "ЖОБА"), ("ru", "ПРОЕКТ")):
        draft = os.path.join(ARTIFACTS or tmp, "cli-final-draft-%s.pdf" % lang)
        r = konkurs("--database", db, "--print", "final", "--competition", competition, "--language", lang,
                    "--draft", "--output", draft)
        check("--print final --draft in " + lang, r.returncode == 0, r.stdout + r.stderr)
        text = pdf_text(draft)
        check("the draft says it is one (%s)" % lang, mark in text, text[:300])
        check("the draft names those who reached the interview (%s)" % lang,
              any(iin in text for iin in iins), text[:600])


def publication_checks(tmp, db):
    people = {v for row in sql(db, "SELECT surname, name, iin FROM candidate") for v in row if v}
    cases = ((1, "civil-service", "Решение комиссии"), (2, "youth-reserve", "Национальная комиссия"))
    for code, procedure, stage in cases:
        rows = sql(db, "SELECT id FROM competition WHERE procedure = ? ORDER BY id LIMIT 1", code)
        if not rows:
            skip("the final list of a " + procedure, "the demo has none")
            continue
        listing = os.path.join(ARTIFACTS or tmp, "cli-final-publication-%s.pdf" % procedure)
        r = konkurs("--database", db, "--print", "publication", "--competition", str(rows[0][0]), "--stage", "final",
                    "--language", "ru", "--draft", "--output", listing)
        check("--stage final prints the last stage's list (%s)" % procedure, r.returncode == 0, r.stdout + r.stderr)
        text = pdf_text(listing)
        check("the list is of the last stage: " + stage, stage in text, text[:500])
        check("the final list names nobody (%s)" % procedure,
              not [v for v in people if v in text], [v for v in people if v in text][:5])


def main():
    with cli.scratch("konkurs-cli-final-") as tmp:
        db = os.path.join(tmp, "demo.db")
        cli.generate_demo(db, 300)
        final_checks(tmp, db)
        publication_checks(tmp, db)
    sys.exit(cli.tap_plan())


if __name__ == "__main__":
    main()
