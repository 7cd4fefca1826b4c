#!/usr/bin/python3
"""The command line and files: --backup (a checked 0600 copy, atomic,
noted in the settings, refused onto itself, a full disk named), messages
that name what is wrong (an empty file, a text file, a full disk during
export and print, a missing Kazakh catalogue), each with nothing lost."""

import os
import stat
import subprocess
import sys

import konkurs_cli as cli
from konkurs_cli import BINARY, check, konkurs, skip


def mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


def in_small_tmpfs(folder, command):
    """Runs the shell @command where @folder is a tmpfs of 256 KiB, in a
    private mount namespace; None where the kernel does not allow one."""
    script = 'mount -t tmpfs -o size=256k tmpfs "$1" || exit 77; shift; "$@"'
    r = subprocess.run(["unshare", "-rm", "sh", "-c", script, "sh", folder, *command],
                       capture_output=True, text=True, timeout=120)
    return None if r.returncode == 77 or "unshare failed" in r.stderr else r


def backup_checks(tmp):
    db = os.path.join(tmp, "demo.db")
    copy = os.path.join(tmp, "copy.db")
    config = os.path.join(tmp, "config")
    env = dict(os.environ, GSETTINGS_BACKEND="keyfile", XDG_CONFIG_HOME=config)

    cli.generate_demo(db, 50)
    check("the database is 0600 whatever the umask", mode(db) == 0o600, oct(mode(db)))

    r = konkurs("--database", db, "--backup", copy, env=env, umask=0)
    check("--backup succeeds", r.returncode == 0, r.stderr)
    check("--backup says what it wrote and that it checked it",
          ("Backed up %s to %s (" % (db, copy)) in r.stdout and "checked and is sound" in r.stdout, r.stdout)
    check("--backup says how to restore", ("open the copy: konkurs --database %s" % copy) in r.stdout, r.stdout)
    check("the copy is 0600 under umask 0", mode(copy) == 0o600, oct(mode(copy)))
    check("no temporary file is left", sorted(f for f in os.listdir(tmp) if f.startswith("copy")) == ["copy.db"],
          str(os.listdir(tmp)))
    keyfile = os.path.join(config, "glib-2.0", "settings", "keyfile")
    noted = open(keyfile).read() if os.path.exists(keyfile) else ""
    check("the backup is noted for the reminder", "backups" in noted and db in noted, noted)

    original = os.path.join(tmp, "original.xml")
    restored = os.path.join(tmp, "restored.xml")
    r1 = konkurs("--database", db, "--export", original)
    r2 = konkurs("--database", copy, "--export", restored)
    check("the copy opens and holds what the database holds",
          r1.returncode == 0 and r2.returncode == 0 and open(original).read() == open(restored).read(),
          r1.stderr + r2.stderr)

    before = open(db, "rb").read()
    r = konkurs("--database", db, "--backup", db)
    check("--backup onto the database itself is refused",
          r.returncode == 1 and "is the database itself" in r.stderr and open(db, "rb").read() == before, r.stderr)

    letter = os.path.join(tmp, "letter.txt")
    with open(letter, "w") as f:
        f.write("Dear commission\n")
    r = konkurs("--database", letter, "--backup", os.path.join(tmp, "letter-copy.db"))
    check("--backup of a text file says it is not a Konkurs database",
          r.returncode == 1 and "is not a Konkurs database" in r.stderr
          and not os.path.exists(os.path.join(tmp, "letter-copy.db")), r.stderr)

    stick = os.path.join(tmp, "stick")
    os.mkdir(stick)
    r = in_small_tmpfs(stick, [BINARY, "--database", db, "--backup", os.path.join(stick, "copy.db")])
    if r is None:
        skip("--backup to a full disk names the copy", "no private tmpfs here")
    else:
        check("--backup to a full disk names the copy",
              r.returncode == 1 and ("The disk is full: the backup copy %s/copy.db was not written." % stick)
              in r.stderr, r.stderr)


def message_checks(tmp):
    db = os.path.join(tmp, "demo.db")

    empty = os.path.join(tmp, "empty.db")
    open(empty, "w").close()
    r = konkurs("--database", empty, "--export", os.path.join(tmp, "x.xml"))
    check("an empty file is not made a database silently",
          r.returncode == 1 and ("The file %s is empty (0 bytes)" % empty) in r.stderr
          and os.path.getsize(empty) == 0, r.stderr)

    text = os.path.join(tmp, "notes.db")
    with open(text, "w") as f:
        f.write("минутes of the meeting\n" * 100)
    r = konkurs("--database", text, "--export", os.path.join(tmp, "x.xml"))
    check("a text file is not a Konkurs database, not damaged",
          r.returncode == 1 and "is not a Konkurs database" in r.stderr and "damaged" not in r.stderr, r.stderr)

    env = dict(os.environ, KONKURS_LOCALE_DIR=os.path.join(tmp, "no-locale"))
    pdf = os.path.join(tmp, "kk.pdf")
    r = konkurs("--database", db, "--print", "announcement", "--competition", "1", "--language", "kk",
                "--output", pdf, env=env)
    check("a document in Kazakh without the Kazakh catalogue is refused, naming it",
          r.returncode == 1 and "kk/LC_MESSAGES/konkurs.mo is missing" in r.stderr and not os.path.exists(pdf),
          r.stderr)

    full = os.path.join(tmp, "full")
    os.mkdir(full)
    for option, name, extra in (("--export", "out.xml", []),
                                ("--print", "out.pdf", ["announcement", "--competition", "1", "--output"])):
        target = os.path.join(full, name)
        if option == "--export":
            command = [BINARY, "--database", db, "--export", target]
        else:
            command = [BINARY, "--database", db, "--print", *extra, target]
        filler = ["sh", "-c", 'head -c 300k /dev/zero > "$0/filler" 2>/dev/null; exec "$@"', full, *command]
        r = in_small_tmpfs(full, filler)
        if r is None:
            skip("%s to a full disk says so and names the file" % option, "no private tmpfs here")
            continue
        check("%s to a full disk says so and names the file" % option,
              r.returncode == 1 and ("The disk is full: %s was not written." % name) in r.stderr
              and "network" not in r.stderr, r.stderr)


def main():
    with cli.scratch("konkurs-cli-files-") as tmp:
        backup_checks(tmp)
        message_checks(tmp)
    return cli.tap_plan()


if __name__ == "__main__":
    sys.exit(main())
