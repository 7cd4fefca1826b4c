#!/usr/bin/python3
"""The command line: --help, --version, import (all or nothing, errors as
FILE:LINE: message), export round trip, and the documents --print knows."""

import os
import re
import subprocess
import sys

import konkurs_cli as cli
from konkurs_cli import check, konkurs

DATA = os.path.join(os.environ["G_TEST_SRCDIR"], "data")
ARTIFACTS = os.environ.get("KONKURS_TEST_ARTIFACTS")


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def identities(db):
    """Every surname, name, patronymic and IIN in the database."""
    import sqlite3
    con = sqlite3.connect(db)
    try:
        rows = con.execute("SELECT surname, name, patronymic, iin FROM candidate").fetchall()
    finally:
        con.close()
    return {v for row in rows for v in row if v}


def demo_checks(tmp):
    """Demo data, the protocol with names and the anonymous publication."""
    db = os.path.join(tmp, "demo.db")
    cli.generate_demo(db, 300)
    people = identities(db)
    check("the demo has candidates", len(people) > 300, str(len(people)))

    admission = os.path.join(ARTIFACTS or tmp, "cli-admission-kk.pdf")
    publication = os.path.join(ARTIFACTS or tmp, "cli-publication-kk.pdf")
    open_rows = undecided(db, 1)
    check("the demo has applications under review", open_rows > 0, str(open_rows))
    for kind in ("admission", "publication"):
        path = os.path.join(tmp, "refused-%s.pdf" % kind)
        r = konkurs("--database", db, "--print", kind, "--competition", "1", "--language", "kk", "--output", path)
        check("a final %s with undecided rows is refused with their number" % kind,
              r.returncode == 3 and ("%d applications of competition 1 are not decided yet" % open_rows) in r.stderr
              and "--draft" in r.stderr and not os.path.exists(path), r.stderr)
    r1 = konkurs("--database", db, "--print", "admission", "--competition", "1",
                 "--language", "kk", "--draft", "--output", admission)
    r2 = konkurs("--database", db, "--print", "publication", "--competition", "1",
                 "--language", "kk", "--draft", "--output", publication)
    check("print admission as a draft", r1.returncode == 0, r1.stderr)
    check("print publication as a draft", r2.returncode == 0, r2.stderr)
    text_a = subprocess.run(["pdftotext", admission, "-"], capture_output=True, text=True).stdout
    text_p = subprocess.run(["pdftotext", publication, "-"], capture_output=True, text=True).stdout
    for name, text in (("admission", text_a), ("publication", text_p)):
        pages = text.split("\f")[:-1]
        check("the %s draft says ЖОБА on every page" % name, pages and all("ЖОБА" in p for p in pages), text[:300])
    words_a = set(re.findall(r"\w+", text_a))
    words_p = set(re.findall(r"\w+", text_p))
    named = {p for p in people if p in words_a}
    check("the admission protocol names candidates", len(named) > 0)
    leaked = sorted(p for p in people if p in words_p)
    check("the publication list names nobody", not leaked, leaked[:10])
    check("the publication list has personal codes", re.search(r"PK-\w{3}-\w{3}-\w{3}", text_p) is not None, text_p[:300])

    # the documents --print knows are those of the registry, each printable
    r = konkurs("--database", db, "--print", "minutes", "--competition", "1",
                "--output", os.path.join(tmp, "minutes.pdf"))
    listed = re.search(r"Konkurs can print: (.*)\.$", r.stderr.strip())
    check("an unknown document is refused", r.returncode == 2 and listed is not None
          and not os.path.exists(os.path.join(tmp, "minutes.pdf")), r.stderr)
    kinds = listed.group(1).split(", ") if listed else []
    check("the refusal lists the documents", kinds[:3] == ["announcement", "admission", "publication"], kinds)
    r = konkurs("--database", db, "--print", "receipt", "--competition", "1",
                "--output", os.path.join(tmp, "receipt.pdf"))
    check("a receipt asks which application", r.returncode == 2 and "--application" in r.stderr
          and not os.path.exists(os.path.join(tmp, "receipt.pdf")), r.stderr)
    # a receipt is of one application, a stage's documents of a stage, the
    # others of a competition
    # a meeting's protocol of the competition whose interview met first
    met = sql(db, "SELECT competition_id, id FROM meeting ORDER BY id LIMIT 1")
    record = {"receipt": ("--application", "1"),
              "stage": ("--competition", "2", "--stage", "documents"),
              "stage-publication": ("--competition", "2", "--stage", "documents"),
              "commission": ("--competition", str(met[0][0]), "--meeting", str(met[0][1])) if met else ()}
    for kind in kinds:
        for lang in ("kk", "ru"):
            pdf = os.path.join(tmp, "%s-%s.pdf" % (kind, lang))
            r = konkurs("--database", db, "--print", kind, *record.get(kind, ("--competition", "2")),
                        "--language", lang, "--draft", "--output", pdf)
            check("print %s in %s" % (kind, lang), r.returncode == 0 and os.path.exists(pdf)
                  and re.fullmatch(r"Wrote .* \(\d+ pages?\)\.\n", r.stdout), r.stderr)

    final_protocol_checks(tmp, db)


def undecided(db, competition):
    """The applications of @competition not decided yet, as the protocol counts them."""
    import sqlite3
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT count(*) FROM application WHERE competition_id = ? AND eligibility = 'pending' "
                           "AND status <> 'withdrawn'", (competition,)).fetchone()[0]
    finally:
        con.close()


def sql(db, statement, *args):
    import sqlite3
    con = sqlite3.connect(db)
    try:
        rows = con.execute(statement, args).fetchall()
        con.commit()
        return rows
    finally:
        con.close()


COMMISSION = [
    ("chair", "Қасымов Ерлан Болатұлы", "Касымов Ерлан Болатович", "Басқарма басшысы", "Руководитель управления"),
    ("member", "Әбенова Сәуле", "Абенова Сауле", "Бас сарапшы", "Главный эксперт"),
    ("member", "Иванов Пётр", "Иванов Пётр", "Жетекші сарапшы", "Ведущий эксперт"),
    ("secretary", "Омарова Дина", "Омарова Дина", "Бас маман", "Главный специалист"),
]


def final_protocol_checks(tmp, db):
    """Competition 3 decided whole: a final protocol needs a commission with
    a quorum, takes a number, and keeps it when printed again."""
    # the demo's commission set aside: this one is entered below
    sql(db, "DELETE FROM default_commission_member")
    sql(db, "UPDATE application SET status = 'rejected', eligibility = 'ineligible', decided_by = 'test', "
        "decided_at = '2025-03-07T09:00:00Z' WHERE competition_id = 3 AND eligibility = 'pending' "
        "AND status <> 'withdrawn'")
    refused = os.path.join(tmp, "no-commission.pdf")
    r = konkurs("--database", db, "--print", "admission", "--competition", "3", "--language", "ru",
                "--output", refused)
    check("a final protocol without a commission is refused", r.returncode != 0 and "Preferences" in r.stderr
          and not os.path.exists(refused), r.stderr)
    pdf = os.path.join(ARTIFACTS or tmp, "cli-admission-final-ru.pdf")

    for i, (role, name_kk, name_ru, pos_kk, pos_ru) in enumerate(COMMISSION):
        sql(db, "INSERT INTO default_commission_member (ordinal, role, name_kk, name_ru, position_kk, position_ru) "
            "VALUES (?, ?, ?, ?, ?, ?)", i + 1, role, name_kk, name_ru, pos_kk, pos_ru)
    sql(db, "UPDATE organisation SET place_kk = 'Астана қ.', place_ru = 'г. Астана'")
    r = konkurs("--database", db, "--print", "admission", "--competition", "3", "--language", "ru",
                "--actor", "Омарова Дина Ержановна", "--output", pdf)
    number = re.search(r"Protocol No\. (\S+) of (\d{4}-\d{2}-\d{2}), kept", r.stdout)
    check("a final protocol is printed and registered", r.returncode == 0 and number is not None, r.stdout + r.stderr)
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    check("the final protocol has its number, place, members and quorum",
          number is not None and ("№ " + number.group(1)) in text and "г. Астана" in text
          and "Касымов Ерлан Болатович" in text and "Кворум" in text and "ПРОЕКТ" not in text, text[:1500])
    issued = sql(db, "SELECT number, issued_on, issued_by, language FROM issued_document WHERE competition_id = 3")
    check("the register keeps the issue and who issued it",
          len(issued) == 1 and issued[0][2] == "Омарова Дина Ержановна" and issued[0][3] == "ru", issued)

    # metadata: title, author (the state body), subject, creation date;
    # fonts embedded; the language in the catalogue
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    check("the PDF has its title, author, subject and date",
          number is not None and ("№ " + number.group(1)) in fields.get("Title", "")
          and fields.get("Author", "").strip() != "" and fields.get("Subject", "").strip() != ""
          and fields.get("CreationDate", "").strip() not in ("", "none"), info)
    fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout.splitlines()[2:]
    check("every font is embedded, Liberation Serif",
          fonts and all(f.split()[-5] == "yes" and "LiberationSerif" in f for f in fonts), fonts)
    with open(pdf, "rb") as f:
        check("the catalogue says the language", b"/Lang (ru)" in f.read())

    # printed again, in Kazakh: the same number and date
    again = os.path.join(tmp, "again-kk.pdf")
    r = konkurs("--database", db, "--print", "admission", "--competition", "3", "--language", "kk", "--output", again)
    renumbered = re.search(r"Protocol No\. (\S+) of (\d{4}-\d{2}-\d{2}), kept", r.stdout)
    check("a reprint keeps the number and date", number is not None and renumbered is not None
          and renumbered.groups() == number.groups(), r.stdout + r.stderr)

    # a commission of a secretary alone has nobody to vote: no quorum
    # the demo's commission set aside: this one is entered below
    sql(db, "DELETE FROM default_commission_member")
    sql(db, "UPDATE application SET status = 'rejected', eligibility = 'ineligible', decided_by = 'test', "
        "decided_at = '2025-03-07T09:00:00Z' WHERE competition_id = 4 AND eligibility = 'pending' AND status <> 'withdrawn'")
    sql(db, "DELETE FROM default_commission_member WHERE role <> 'secretary'")
    quorum_pdf = os.path.join(tmp, "quorum.pdf")
    r = konkurs("--database", db, "--print", "admission", "--competition", "4", "--output", quorum_pdf)
    check("a protocol without a quorum is refused", r.returncode != 0 and "no voting members" in r.stderr
          and not os.path.exists(quorum_pdf), r.stderr)


def cli_checks(tmp):
    """--version, --help, import, export and the announcement."""
    db = os.path.join(tmp, "cli.db")

    r = konkurs("--version")
    check("--version", r.returncode == 0 and re.fullmatch(r"Konkurs \d+\.\d+\.\d+\n", r.stdout), r.stdout)

    r = konkurs("--help")
    check("--help lists the jobs", r.returncode == 0 and all(
        o in r.stdout for o in ("--database", "--import", "--export", "--print", "--language", "--output")), r.stdout)
    # the documents --print makes, from the registry, by the word it takes and by name
    check("--help lists the documents", "KIND is one of “announcement” (Announcement), "
          "“admission” (Admission Protocol, with names), “publication” (Publication List)"
          in " ".join(r.stdout.split()), r.stdout)

    # a file of version 1 does not say the language of its texts: say it
    r = konkurs("--database", db, "--import", os.path.join(DATA, "exchange-valid.xml"))
    check("an import of texts in no declared language asks for it",
          r.returncode != 0 and "--language kk" in r.stderr and "state-body" in r.stderr, r.stderr)
    r = konkurs("--database", db, "--import", os.path.join(DATA, "exchange-valid.xml"), "--language", "kk")
    check("import succeeds", r.returncode == 0, r.stderr)
    check("import says what it imported", "2" in r.stdout and "3" in r.stdout, r.stdout)

    first = os.path.join(tmp, "first.xml")
    r = konkurs("--database", db, "--export", first)
    check("export succeeds", r.returncode == 0 and os.path.exists(first), r.stderr)
    check("export keeps Kazakh text", "Қазақстан Республикасы Қаржы министрлігі" in read(first))
    check("export says the language of each text",
          '<state-body xml:lang="kk">Қазақстан Республикасы Қаржы министрлігі</state-body>' in read(first))

    db2 = os.path.join(tmp, "second.db")
    second = os.path.join(tmp, "second.xml")
    konkurs("--database", db2, "--import", first)
    konkurs("--database", db2, "--export", second)
    check("export, import, export gives the same file", read(first) == read(second))

    bad = os.path.join(DATA, "exchange-zero-seats.xml")
    r = konkurs("--database", db, "--import", bad, "--language", "kk")
    check("a bad import fails", r.returncode != 0)
    check("the error says file and line", re.search(r"exchange-zero-seats\.xml:\d+: ", r.stderr) is not None, r.stderr)
    after = os.path.join(tmp, "after.xml")
    konkurs("--database", db, "--export", after)
    check("a bad import leaves the database as it was", read(after) == read(first))

    for lang in ("kk", "ru"):
        pdf = os.path.join(ARTIFACTS or tmp, "cli-announcement-%s.pdf" % lang)
        r = konkurs("--database", db, "--print", "announcement", "--competition", "1",
                    "--language", lang, "--output", pdf)
        check("print announcement in " + lang, r.returncode == 0 and os.path.exists(pdf), r.stderr)
        text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
        check("the %s PDF has the data in Kazakh letters" % lang,
              "Қаржы министрлігі" in text and "Бас сарапшы" in text, text[:400])

    r = konkurs("--database", db, "--print", "announcement", "--competition", "1",
                "--language", "en", "--output", os.path.join(tmp, "x.pdf"))
    check("an unknown document language is refused", r.returncode != 0 and "kk" in r.stderr, r.stderr)
    r = konkurs("--database", db, "--print", "announcement", "--competition", "999",
                "--output", os.path.join(tmp, "y.pdf"))
    check("an unknown competition is refused", r.returncode != 0 and not os.path.exists(os.path.join(tmp, "y.pdf")), r.stderr)
    r = konkurs("--database", db, "--print", "announcement", "--output", os.path.join(tmp, "z.pdf"))
    check("--print without --competition is refused", r.returncode != 0 and "--competition" in r.stderr, r.stderr)


def main():
    with cli.scratch("konkurs-cli-") as tmp:
        cli_checks(tmp)
        demo_checks(tmp)

    print("%d passed, %d failed" % (cli.passed, cli.failed))
    sys.exit(1 if cli.failed else 0)


if __name__ == "__main__":
    main()
