#!/usr/bin/python3
"""test-crash.py -- kills Konkurs in the middle of writing, again and again.

crash-worker (crash-worker.c) imports files of candidates and decides
applications through the store, one transaction after another, saying
"committed N" after each.  This kills it with SIGKILL at a random moment,
KONKURS_CRASH_KILLS times (20 unless told), and after each kill checks:

- opening the database as Konkurs does works (the stale lock of the dead
  process blocks nothing);
- PRAGMA integrity_check is "ok" and foreign_key_check finds nothing;
- `konkurs --verify` says OK (the record's chain and every row it follows);
- the rows of every table are those after the N transactions it said were
  committed, or after N+1 (committed, killed before it said so): never part
  of a transaction.

The moments are drawn from KONKURS_CRASH_SEED (printed; random unless
given), so a failure replays with the same seed.  A longer run (README,
"Tests that try to break it"):
  KONKURS_CRASH_KILLS=1000 meson test -C _build-tests crash --timeout-multiplier 0
"""
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

WORKER = os.environ['KONKURS_CRASH_WORKER']
KONKURS = os.environ.get('KONKURS_BINARY')
KILLS = int(os.environ.get('KONKURS_CRASH_KILLS', '20'))
SEED = int(os.environ.get('KONKURS_CRASH_SEED', str(random.SystemRandom().randrange(1 << 32))))


def fail(message):
    print('FAIL (seed %d): %s' % (SEED, message))
    sys.exit(1)


def counts(db):
    """What each table holds (rows, and decided applications): the same
    after the same transactions whatever the timing."""
    connection = sqlite3.connect(db)
    try:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        state = {t: connection.execute('SELECT count(*) FROM "%s"' % t).fetchone()[0] for t in tables}
        state['decided applications'] = connection.execute(
            'SELECT count(*) FROM application WHERE decided_at IS NOT NULL').fetchone()[0]
        return state
    finally:
        connection.close()


def check_whole(db):
    connection = sqlite3.connect(db)
    try:
        integrity = [row[0] for row in connection.execute('PRAGMA integrity_check')]
        if integrity != ['ok']:
            fail('integrity_check: %s' % '; '.join(integrity[:5]))
        foreign = connection.execute('PRAGMA foreign_key_check').fetchall()
        if foreign:
            fail('foreign_key_check: %r' % foreign[:5])
    finally:
        connection.close()


def copy_database(base, folder):
    """A fresh copy of the prepared folder (database, its batches)."""
    if os.path.exists(folder):
        shutil.rmtree(folder)
    shutil.copytree(base, folder)
    return os.path.join(folder, 'konkurs.db')


def reference(base, work):
    """The state after each number of transactions: the worker waits after
    each commit while the rows are counted."""
    db = copy_database(base, work)
    worker = subprocess.Popen([WORKER, 'step', db], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True)
    states = []
    for line in worker.stdout:
        if line.startswith('ready') or line.startswith('committed'):
            states.append(counts(db))
            worker.stdin.write('\n')
            worker.stdin.flush()
    if worker.wait() != 0:
        fail('the reference run failed')
    return states


def timed_run(base, work):
    """How long the transactions take, from "ready" to the end."""
    db = copy_database(base, work)
    worker = subprocess.Popen([WORKER, 'run', db], stdout=subprocess.PIPE, text=True)
    worker.stdout.readline()
    start = time.monotonic()
    worker.communicate()
    if worker.returncode != 0:
        fail('the timed run failed')
    return time.monotonic() - start


def kill_once(base, work, rng, duration, states):
    db = copy_database(base, work)
    worker = subprocess.Popen([WORKER, 'run', db], stdout=subprocess.PIPE, text=True)
    # Wait for it to open the database, then let it write for a while.
    if worker.stdout.readline().strip() != 'ready':
        fail('the worker did not start')
    delay = rng.uniform(0, duration)
    time.sleep(delay)
    worker.send_signal(signal.SIGKILL)
    output = worker.communicate()[0]
    said = sum(1 for line in output.splitlines() if line.startswith('committed'))

    opened = subprocess.run([WORKER, 'check', db], capture_output=True, text=True)
    if opened.returncode != 0:
        fail('after a kill at %.3f s, Konkurs cannot open the database: %s' % (delay, opened.stderr.strip()))
    check_whole(db)
    verified = subprocess.run([KONKURS, '--database', db, '--verify'], capture_output=True, text=True)
    if verified.returncode != 0 or not verified.stdout.startswith('OK'):
        fail('after a kill at %.3f s, --verify: %s%s' % (delay, verified.stdout, verified.stderr))

    found = counts(db)
    for n in (said, said + 1):
        if n < len(states) and found == states[n]:
            return n, n > said
    fail('after a kill at %.3f s (%d transactions said committed) the rows are neither before nor after '
         'the next one:\n  found  %r\n  before %r\n  after  %r'
         % (delay, said, found, states[said], states[said + 1] if said + 1 < len(states) else None))


def main():
    print('seed %d, %d kills (KONKURS_CRASH_SEED=%d replays it)' % (SEED, KILLS, SEED))
    rng = random.Random(SEED)

    with tempfile.TemporaryDirectory(prefix='konkurs-crash-') as tmp:
        base = os.path.join(tmp, 'base')
        os.mkdir(base)
        subprocess.run([WORKER, 'prepare', os.path.join(base, 'konkurs.db')], check=True)
        work = os.path.join(tmp, 'work')
        states = reference(base, work)
        duration = timed_run(base, work)
        print('%d transactions in %.2f s' % (len(states) - 1, duration))

        imports = [k for k in range(1, len(states))
                   if states[k]['candidate'] != states[k - 1]['candidate']]
        unsaid = 0
        landed = [0] * len(states)
        for i in range(KILLS):
            n, was_unsaid = kill_once(base, work, rng, duration, states)
            landed[n] += 1
            unsaid += was_unsaid
        next_import = sum(landed[k - 1] for k in imports)
        print('%d kills, the database whole after each: %d with an import of candidates next to commit, '
              '%d with a decision next, %d after the last; %d found one transaction more than said'
              % (KILLS, next_import, KILLS - landed[-1] - next_import, landed[-1], unsaid))

if __name__ == '__main__':
    main()
