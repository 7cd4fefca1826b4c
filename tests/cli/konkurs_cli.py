"""What the tests of the command line share: the binary under test (named
by tests/meson.build in KONKURS_BINARY), the checks they count and print
as TAP lines, a scratch folder, a demo database, a query of it and the
text of a PDF.

The scripts beside it import it by name: Python puts the folder of the
script it runs first on sys.path, so no path needs setting."""

import contextlib
import os
import shutil
import sqlite3
import subprocess
import tempfile

BINARY = os.environ["KONKURS_BINARY"]

passed = 0
failed = 0
skipped = 0


def konkurs(*args, env=None, umask=None):
    """Runs Konkurs with @args; @umask, where given, is set in the child
    alone, so that what Konkurs creates is tested under it."""
    def child():
        os.umask(umask)
    return subprocess.run([BINARY, *args], capture_output=True, text=True, timeout=120,
                          env=env, preexec_fn=child if umask is not None else None)


def check(name, condition, detail=""):
    global passed, failed
    if condition:
        passed += 1
        print("ok -", name)
    else:
        failed += 1
        print("not ok -", name, detail)


def skip(name, why):
    global skipped
    skipped += 1
    print("ok -", name, "# SKIP", why)


def tap_plan():
    """Prints the plan after the checks (TAP allows it last: the number is
    known only then) and returns the exit status."""
    print("1..%d" % (passed + failed + skipped))
    return 1 if failed else 0


@contextlib.contextmanager
def scratch(prefix):
    """A new folder, removed afterwards even when a check raised."""
    tmp = tempfile.mkdtemp(prefix=prefix)
    try:
        yield tmp
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def generate_demo(db, count):
    """The demo data of @count candidates in @db, checked to be made."""
    r = konkurs("--database", db, "--generate-demo", str(count))
    check("--generate-demo succeeds", r.returncode == 0, r.stderr)
    return r


def sql(db, statement, *args):
    """The rows of @statement on the database @db, with @args bound."""
    con = sqlite3.connect(db)
    try:
        return con.execute(statement, args).fetchall()
    finally:
        con.close()


def pdf_text(path):
    """The text of the PDF at @path, as pdftotext lays it out."""
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
