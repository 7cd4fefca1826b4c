#!/usr/bin/python3
# benchmark.py — figures of Konkurs at 10,000 and 100,000 candidates
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Not a test: it prints figures and fails only when something does not run.
# Run it from the build directory's environment, under a display:
#
#   xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
#     /usr/bin/python3 tests/benchmark.py --build /path/to/build [SIZES...]
#
# For each size it
#   1. generates demonstration data (konkurs --generate-demo N),
#   2. writes those candidates with their applications as a file of
#      candidates (read straight from the database with sqlite3),
#   3. imports the competitions and then that file into a new database and
#      times the import (konkurs --import),
#   4. runs bench-search on it: random prefixes of names and IINs through
#      konkurs_store_query_candidate_ids(), median and 95th percentile,
#   5. starts the window on it with KONKURS_BENCH_FIRST_FRAME=1, which
#      prints the time from process start to the first frame and quits,
#   6. times bench-import-bare (a bare loop writing the same rows into the
#      same schema) and `xmllint --stream --noout` on the same file, the
#      yardsticks of the import, and for a size over 10,000 imports 10,000
#      of its candidates under new IINs into a copy of its imported
#      database, whose cost per candidate should be that of an empty one,
#   7. prints the size of the generated and of the imported database per
#      candidate, and how much of it is the record (audit_log and its
#      index, from SQLite's dbstat),
#   8. runs bench-window-stall on it: the longest stall of the window's main
#      thread while a search is typed, cleared and the filters changed,
#   9. runs bench-stages on a copy of the generated database: a Youth
#      Reserve selection of 20,000 more applications closes its documents
#      stage, imports 40,000 test results from a file and closes its
#      testing stage with a cut-off and ties (targets: a stage closes under
#      1 s, the results import under 5 s),
# Sizes above --generate-limit (100,000) are not generated: the candidates
# file of the largest generated size is copied over and over with new IINs
# (the same birth dates, other serial numbers), and only the import and
# the search are measured; an import that runs over ten minutes is stopped
# and reported as such.
#
# Then it runs bench-assign once (the essay assignment draw: 20,000 essays over
# 300 experts in 10 sectors, ~1 % of the pairs in conflict, target well
# under 2 s) and bench-assign-store once (the same through the store, on a
# database on disk: reading the input, the draw, writing the draw and its
# 60,000 assignments through the record; then replaying the draw and listing
# the essays; target under 2 s; then exporting the 300 experts' packages and
# importing their 300 graded results files, 60,000 scores: target under 5 s),
# then bench-documents for a publication list and an admission protocol of
# 1,000, 10,000 and 100,000 rows (laid out and written as PDF) and, on each
# generated database, the real admission protocol of its competition with
# the most decided applications (bench-documents decided), and reports the peak resident memory of each process (VmHWM at the first
# frame, as the window reads it from /proc/self/status; for the others the
# maximum resident set size that /usr/bin/time reports).

import argparse
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from xml.sax.saxutils import quoteattr, escape

EDUCATION = ['none', 'secondary', 'vocational', 'higher', 'postgraduate']
EXCLUSIONS = [('presidential_appointee', 'presidential-appointee'),
              ('political_servant', 'political-servant'),
              ('corps_a_servant', 'corps-a'),
              ('in_reserve', 'in-reserve')]


# The processor time (user and system) of the last run_measured().
last_cpu_seconds = 0.0


def run_measured(argv, env, timeout=None):
    """Runs argv alone; returns (seconds, stdout, peak resident memory in
    KiB).  The peak comes from /usr/bin/time: the rusage of a child of this
    script would count the memory of the forked Python as well."""
    global last_cpu_seconds
    start = time.monotonic()
    with tempfile.NamedTemporaryFile(mode='w+') as rss, \
            tempfile.TemporaryFile(mode='w+') as out, tempfile.TemporaryFile(mode='w+') as err:
        # a session of its own, so that a timeout stops the program and not
        # only /usr/bin/time
        with subprocess.Popen(['/usr/bin/time', '-f', '%U %S %M', '-o', rss.name] + argv, env=env, stdout=out,
                              stderr=err, start_new_session=True) as process:
            try:
                returncode = process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                raise
        seconds = time.monotonic() - start
        out.seek(0)
        err.seek(0)
        text = out.read()
        if returncode != 0:
            raise SystemExit('%s failed (%d):\n%s%s' % (' '.join(argv), returncode, text, err.read()))
        user, system, peak = rss.read().split()[-3:]
        last_cpu_seconds = float(user) + float(system)
        peak = int(peak)
    return seconds, text, peak


def write_candidates(db_path, xml_path):
    """Writes the candidates of db_path as a file of candidates; returns
    (candidates, applications)."""
    db = sqlite3.connect(db_path)
    children = {}
    for table, sql in [
            ('education', 'SELECT candidate_id, level, field, institution, year FROM candidate_education ORDER BY id'),
            ('work', 'SELECT candidate_id, employer, position, started_on, ended_on FROM work_period ORDER BY id'),
            ('certificate', 'SELECT candidate_id, kind, passed_on, result, number FROM certificate ORDER BY id'),
            ('application', 'SELECT candidate_id, competition_id, vacancy_id, sector, received_on '
                            'FROM application ORDER BY id')]:
        for row in db.execute(sql):
            children.setdefault((table, row[0]), []).append(row[1:])

    n_candidates = n_applications = 0
    with open(xml_path, 'w', encoding='utf-8') as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<konkurs-candidates xmlns="urn:konkurs:candidates:1" version="1">\n')
        for row in db.execute('SELECT id, iin, surname, name, patronymic, citizenship, phone, email, address, '
                              'state_language_level, presidential_appointee, political_servant, '
                              'corps_a_servant, in_reserve FROM candidate ORDER BY id'):
            (cid, iin, surname, name, patronymic, citizenship, phone, email, address, level) = row[:10]
            flags = row[10:]
            n_candidates += 1
            attrs = ' iin="%s" citizenship=%s' % (iin, quoteattr(citizenship))
            if level:
                attrs += ' language-level="%s"' % level
            f.write('  <candidate%s>\n' % attrs)
            f.write('    <surname>%s</surname>\n    <name>%s</name>\n' % (escape(surname), escape(name)))
            if patronymic:
                f.write('    <patronymic>%s</patronymic>\n' % escape(patronymic))
            f.write('    <contacts phone=%s email=%s address=%s/>\n'
                    % (quoteattr(phone), quoteattr(email), quoteattr(address)))
            for flag, (_, code) in zip(flags, EXCLUSIONS):
                if flag:
                    f.write('    <exclusion status="%s"/>\n' % code)
            for level_, field, institution, year in children.get(('education', cid), []):
                f.write('    <education level="%s" field=%s institution=%s%s/>\n'
                        % (EDUCATION[level_], quoteattr(field), quoteattr(institution),
                           ' year="%d"' % year if year else ''))
            for employer, position, start, end in children.get(('work', cid), []):
                f.write('    <work employer=%s position=%s start="%s"%s/>\n'
                        % (quoteattr(employer), quoteattr(position), start, ' end="%s"' % end if end else ''))
            for kind, passed, result, number in children.get(('certificate', cid), []):
                f.write('    <certificate kind="%s" passed-on="%s" result=%s number=%s/>\n'
                        % (kind, passed, quoteattr(result), quoteattr(number)))
            for competition, vacancy, sector, received in children.get(('application', cid), []):
                n_applications += 1
                target = ' vacancy="%d"' % vacancy if vacancy else ' sector=%s' % quoteattr(sector)
                f.write('    <application competition="%d"%s received-on="%s"/>\n'
                        % (competition, target, received))
            f.write('  </candidate>\n')
        f.write('</konkurs-candidates>\n')
    db.close()
    return n_candidates, n_applications


def iin_check_digit(digits):
    """The check digit of the first 11 digits of an IIN, or None when
    there is none (both weighted sums give 10)."""
    for weights in (range(1, 12), (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)):
        check = sum(int(d) * w for d, w in zip(digits, weights)) % 11
        if check != 10:
            return check
    return None


def write_scaled_candidates(source, copies, path, used=None, limit=None):
    """Writes the candidates of the file source `copies` times over, each
    copy under new IINs (none of `used`, a set of IINs taken already);
    with `limit`, only its first candidates; returns (candidates,
    applications)."""
    used = set() if used is None else used
    n_candidates = n_applications = 0
    marker = '<candidate iin="'
    with open(path, 'w', encoding='utf-8') as out:
        for copy in range(copies):
            with open(source, encoding='utf-8') as f:
                for line in f:
                    if limit is not None and n_candidates >= limit and line.lstrip().startswith('<candidate '):
                        break
                    if line.startswith(('<?xml', '<konkurs-candidates')):
                        if copy == 0:
                            out.write(line)
                        continue
                    if line.startswith('</konkurs-candidates'):
                        continue
                    at = line.find(marker)
                    if at >= 0:
                        n_candidates += 1
                        start = at + len(marker)
                        iin = line[start:start + 12]
                        serial = int(iin[7:11])
                        while True:
                            digits = iin[:7] + '%04d' % serial
                            check = iin_check_digit(digits)
                            new = digits + str(check) if check is not None else None
                            if new is not None and new not in used:
                                break
                            serial = (serial + 1) % 10000
                        used.add(new)
                        line = line[:start] + new + line[start + 12:]
                    elif '<application ' in line:
                        n_applications += 1
                    out.write(line)
        out.write('</konkurs-candidates>\n')
    return n_candidates, n_applications


def write_competitions(whole_path, path):
    """Writes the <konkurs-competitions> section of a whole-database
    export as a file of its own: the competitions and vacancies the
    candidates' applications name, without the candidates."""
    with open(whole_path, encoding='utf-8') as f:
        text = f.read()
    start = text.index('<konkurs-competitions')
    end = text.index('</konkurs-competitions>') + len('</konkurs-competitions>')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n' + text[start:end] + '\n')


def run_bench(argv, env):
    """Runs a bench program; its figures (lines "name: value") with its
    peak resident memory as 'rss'."""
    seconds, out, rss = run_measured(argv, env)
    figures = dict(line.split(': ', 1) for line in out.splitlines() if ': ' in line)
    figures['rss'] = rss
    return figures


def first_frame(konkurs, db, env):
    env = dict(env, KONKURS_BENCH_FIRST_FRAME='1')
    seconds, out, rss = run_measured([konkurs, '--database', db], env)
    figures = dict(line.split(': ', 1) for line in out.splitlines() if ': ' in line)
    if 'first-frame-ms' not in figures:
        return None
    return (float(figures['first-frame-ms']), seconds * 1000,
            int(figures.get('first-frame-vmhwm-kb', rss)))


def database_bytes(path):
    """(bytes of the file, bytes of the audit record's table and index,
    entries of the record): by table from SQLite's dbstat, when the library
    has it, else the file's size and no split."""
    total = os.path.getsize(path)
    db = sqlite3.connect('file:%s?mode=ro' % path, uri=True)
    try:
        audit = db.execute("SELECT SUM(pgsize) FROM dbstat WHERE name IN ('audit_log', 'audit_log_row')").fetchone()[0]
    except sqlite3.OperationalError:
        audit = None
    entries = db.execute('SELECT COUNT(*) FROM audit_log').fetchone()[0]
    db.close()
    return total, audit, entries


def bench(size, build, workdir, env, queries, scaled_from=None):
    """The figures of one size; scaled_from: the figures of a smaller
    generated size whose candidates file is copied up to this size."""
    konkurs = os.path.join(build, 'src', 'konkurs')
    bench_search = os.path.join(build, 'tests', 'bench-search')
    gen_db = os.path.join(workdir, 'generated-%d.db' % size)
    new_db = os.path.join(workdir, 'imported-%d.db' % size)
    competitions = os.path.join(workdir, 'competitions-%d.xml' % size)
    candidates = os.path.join(workdir, 'candidates-%d.xml' % size)
    r = {'size': size, 'scaled': scaled_from is not None}

    if scaled_from is None:
        r['generate_s'], _, r['generate_rss'] = run_measured([konkurs, '--database', gen_db, '--generate-demo', str(size)], env)
        whole = os.path.join(workdir, 'database-%d.xml' % size)
        r['export_s'], _, r['export_rss'] = run_measured([konkurs, '--database', gen_db, '--export', whole], env)
        write_competitions(whole, competitions)
        r['candidates'], r['applications'] = write_candidates(gen_db, candidates)
    else:
        competitions = scaled_from['competitions']
        copies = (size + scaled_from['size'] - 1) // scaled_from['size']
        r['candidates'], r['applications'] = write_scaled_candidates(scaled_from['candidates_xml'], copies, candidates)
    r['competitions'], r['candidates_xml'] = competitions, candidates
    r['xml_mb'] = os.path.getsize(candidates) / 1e6

    if scaled_from is None:
        r['generated_bytes'] = database_bytes(gen_db)

    run_measured([konkurs, '--database', new_db, '--import', competitions], env)
    bare_db = os.path.join(workdir, 'bare-%d.db' % size)
    shutil.copyfile(new_db, bare_db)
    try:
        r['import_s'], _, r['import_rss'] = run_measured([konkurs, '--database', new_db, '--import', candidates], env,
                                                         timeout=600 if scaled_from is not None else None)
    except subprocess.TimeoutExpired:
        r['import_s'] = None
        return r
    r['import_cpu'] = last_cpu_seconds
    bench_import(build, bare_db, candidates, env, r)
    if size > FILLED_IMPORT:
        bench_import_filled(konkurs, new_db, candidates, workdir, env, r)
    r['db_mb'] = os.path.getsize(new_db) / 1e6
    r['imported_bytes'] = database_bytes(new_db)

    figures = run_bench([bench_search, new_db, str(queries)], env)
    r['search_rss'] = figures['rss']
    r['search_median'] = float(figures['median-ms'])
    r['search_p95'] = float(figures['p95-ms'])
    if scaled_from is None:
        # before bench-stages adds its selection to the same database
        r['decided'] = run_bench([os.path.join(build, 'tests', 'bench-documents'), 'decided', gen_db], env)
        r['stages'] = run_bench([os.path.join(build, 'tests', 'bench-stages'), '20000', gen_db], env)

    r['frame'] = first_frame(konkurs, new_db, env) if os.environ.get('DISPLAY') or os.environ.get('WAYLAND_DISPLAY') else None
    r['stall'] = window_stall(build, [new_db], env)
    return r


def bench_import(build, bare_db, candidates, env, r):
    """The yardsticks of the import of the same file: bench-import-bare
    (the same rows into the same schema by a bare loop) on bare_db, a copy
    of the database with the competitions only, and xmllint reading the
    file as a stream."""
    r['bare_s'], _, r['bare_rss'] = run_measured([os.path.join(build, 'tests', 'bench-import-bare'),
                                                  bare_db, candidates], env)
    r['bare_cpu'] = last_cpu_seconds
    r['xmllint_s'], _, r['xmllint_rss'] = run_measured(['xmllint', '--stream', '--noout', candidates], env)
    r['xmllint_cpu'] = last_cpu_seconds


# The candidates imported into a database that holds a larger size
# already: the cost per candidate should not grow with the database.
FILLED_IMPORT = 10000


def bench_import_filled(konkurs, db, candidates, workdir, env, r):
    """Times FILLED_IMPORT candidates of the file `candidates` under new
    IINs imported into a copy of db, which holds that whole file."""
    filled = os.path.join(workdir, 'filled-%d.db' % r['size'])
    more = os.path.join(workdir, 'more-%d.xml' % r['size'])
    shutil.copyfile(db, filled)
    with sqlite3.connect(filled) as c:
        used = set(iin for (iin,) in c.execute('SELECT iin FROM candidate'))
    r['filled_n'], _ = write_scaled_candidates(candidates, 1, more, used=used, limit=FILLED_IMPORT)
    # A database in use was opened and closed by Konkurs before; a fresh
    # copy was not, and its first opening checks the whole file.
    subprocess.run([konkurs, '--database', filled, '--print', 'announcement', '--competition', '1',
                    '--output', os.path.join(workdir, 'announcement.pdf')],
                   env=env, check=True, stdout=subprocess.DEVNULL)
    r['filled_s'], _, r['filled_rss'] = run_measured([konkurs, '--database', filled, '--import', more], env)
    r['filled_cpu'] = last_cpu_seconds
    os.unlink(filled)


def report_import(results):
    print()
    print('| candidates | konkurs --import (processor) | bare loop (processor) | xmllint --stream (processor) '
          '| import / bare loop | import / xmllint | VmHWM import / bare loop / xmllint |')
    print('|---:|---:|---:|---:|---:|---:|---:|')
    for r in results:
        print('| {:,} | {:.2f} s ({:.2f} s) | {:.2f} s ({:.2f} s) | {:.2f} s ({:.2f} s) | {:.1f} ({:.1f}) '
              '| {:.1f} ({:.1f}) | {:.0f} / {:.0f} / {:.0f} MiB |'.format(
                  r['candidates'], r['import_s'], r['import_cpu'], r['bare_s'], r['bare_cpu'],
                  r['xmllint_s'], r['xmllint_cpu'],
                  r['import_s'] / r['bare_s'], r['import_cpu'] / r['bare_cpu'],
                  r['import_s'] / r['xmllint_s'], r['import_cpu'] / max(r['xmllint_cpu'], 0.01),
                  r['import_rss'] / 1024, r['bare_rss'] / 1024, r['xmllint_rss'] / 1024))
    filled = [r for r in results if 'filled_s' in r]
    empty = {r['candidates']: r for r in results if 'import_cpu' in r}
    if not filled:
        return
    print()
    print('| candidates imported | into a database of | konkurs --import (processor) | per candidate (processor) '
          '| into an empty database, per candidate (processor) | VmHWM |')
    print('|---:|---:|---:|---:|---:|---:|')
    for r in filled:
        base = empty.get(r['filled_n'])
        print('| {:,} | {:,} candidates | {:.2f} s ({:.2f} s) | {:.0f} µs ({:.0f} µs) | {} | {:.0f} MiB |'.format(
            r['filled_n'], r['candidates'], r['filled_s'], r['filled_cpu'],
            r['filled_s'] / r['filled_n'] * 1e6, r['filled_cpu'] / r['filled_n'] * 1e6,
            '{:.0f} µs ({:.0f} µs)'.format(base['import_s'] / base['candidates'] * 1e6,
                                           base['import_cpu'] / base['candidates'] * 1e6) if base else 'n/a',
            r['filled_rss'] / 1024))


def window_stall(build, args, env):
    """bench-window-stall: the main thread's longest stall while the window
    is searched, cleared, filtered and scrolled (None without a display)."""
    if not (os.environ.get('DISPLAY') or os.environ.get('WAYLAND_DISPLAY')):
        return None
    return run_bench([os.path.join(build, 'tests', 'bench-window-stall')] + args,
                     dict(env, GSK_RENDERER=env.get('GSK_RENDERER', 'cairo')))


def report_stall(results, interview):
    print()
    # A stall's processor time is the main thread's own: on a loaded
    # machine its wall time also counts the other programs' turns.
    print('| window | longest stall: type / clear / filter (over 16 ms) | of it the main thread\'s processor | scroll: longest stall, dropped frames of | processor / wall |')
    print('|---|---:|---:|---:|---:|')
    for r in results:
        f = r.get('stall')
        if f:
            print('| {:,} candidates | {} / {} / {} ms ({}) | {} / {} / {} ms | {} ms, {} of {} | {} / {} ms |'.format(
                int(f['candidates']), f['type-stall-ms'], f['clear-stall-ms'], f['filter-stall-ms'],
                f['all-stalls-over-16ms'], f.get('type-stall-cpu-ms', '?'), f.get('clear-stall-cpu-ms', '?'),
                f.get('filter-stall-cpu-ms', '?'), f['scroll-stall-ms'], f['scroll-dropped-frames'],
                f['scroll-frames'], f['cpu-ms'], f['wall-ms']))
    if interview:
        print('| interview grid, {} rows | open {} ms | {} ms | {} ms, {} of {} | {} / {} ms |'.format(
            interview['rows'], interview['open-stall-ms'], interview.get('open-stall-cpu-ms', '?'),
            interview['scroll-stall-ms'], interview['scroll-dropped-frames'], interview['scroll-frames'],
            interview['cpu-ms'], interview['wall-ms']))


def report(results, queries):
    print()
    print('| candidates | applications | XML | generate | export of the whole database | import | import rate | search median / p95 (%d queries) | first frame | VmHWM at first frame | VmHWM import / search |' % queries)
    print('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|')
    for r in results:
        made = ('copied with new IINs', '—') if r['scaled'] else (
            '%.1f s' % r['generate_s'], '%.1f s (%.0f MiB)' % (r['export_s'], r['export_rss'] / 1024))
        if r['import_s'] is None:
            print('| {:,} | {:,} | {:.0f} MB | {} | {} | over 10 min, stopped | | | | | |'.format(
                r['candidates'], r['applications'], r['xml_mb'], *made))
            continue
        frame = r['frame']
        print('| {:,} | {:,} | {:.0f} MB | {} | {} | {:.1f} s | {:,.0f} candidates/s ({:,.0f} records/s) | {:.2f} / {:.2f} ms | {} | {} | {:.0f} / {:.0f} MiB |'.format(
            r['candidates'], r['applications'], r['xml_mb'], *made, r['import_s'],
            r['candidates'] / r['import_s'], (r['candidates'] + r['applications']) / r['import_s'],
            r['search_median'], r['search_p95'],
            '%.0f ms (%.0f ms wall)' % (frame[0], frame[1]) if frame else 'n/a',
            '%.0f MiB' % (frame[2] / 1024) if frame else 'n/a',
            r['import_rss'] / 1024, r['search_rss'] / 1024))


def report_stages(results):
    print()
    print('| database | applications in the selection | close documents (processor) | import results (processor) | results | close testing, cut-off with ties (processor) | going on | VmHWM |')
    print('|---:|---:|---:|---:|---:|---:|---:|---:|')
    for f in (r['stages'] for r in results if 'stages' in r):
        print('| {:,} candidates | {:,} | {} ms ({} ms) | {} ms ({} ms) | {:,} | {} ms ({} ms) | {:,} | {:.0f} MiB |'.format(
            int(f['candidates-before']), int(f['applications']), f['close-documents-ms'], f['close-documents-cpu-ms'],
            f['import-results-ms'], f['import-results-cpu-ms'], int(f['results']),
            f['close-testing-ms'], f['close-testing-cpu-ms'], int(f['going-on']), f['rss'] / 1024))


def report_bytes(results):
    print()
    print('| candidates | database | bytes per candidate | of it the record | entries of the record |')
    print('|---:|---|---:|---:|---:|')
    for r in results:
        for name, key in (('generated', 'generated_bytes'), ('imported', 'imported_bytes')):
            if key not in r:
                continue
            total, audit, entries = r[key]
            print('| {:,} | {} | {:,.0f} | {} | {:,} |'.format(
                r['candidates'], name, total / r['candidates'],
                '{:,.0f}'.format(audit / r['candidates']) if audit is not None else 'n/a', entries))


def report_assign_store(f):
    print()
    print('| essays | experts | conflicts | assignments | assign through the store (processor) | replay | list of essays | export of the packages | import of the graded files (processor) | scores | VmHWM |')
    print('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|')
    print('| {:,} | {} | {:,} | {:,} | {} ms ({} ms) | {} ms | {} ms | {} files, {} ms | {} files, {} ms ({} ms) | {:,} | {:.0f} MiB |'.format(
        int(f['essays']), f['experts'], int(f['conflicts']), int(f['pairs']), f['assign-ms'], f['assign-cpu-ms'],
        f['replay-ms'], f['list-ms'], f['packages'], f['export-packages-ms'], f['results-files'],
        f['import-grades-ms'], f['import-grades-cpu-ms'], int(f['essay-scores']), f['rss'] / 1024))


def report_assign(f):
    print()
    print('| essays | experts | conflicts | pairs | assign median / slowest of 5 | load spread in a sector and background | VmHWM |')
    print('|---:|---:|---:|---:|---:|---:|---:|')
    print('| {:,} | {} | {:,} | {:,} | {} / {} ms | {} | {:.0f} MiB |'.format(
        int(f['essays']), f['experts'], int(f['conflicts']), int(f['pairs']), f['median-ms'], f['max-ms'],
        f['load-spread'], f['rss'] / 1024))


def bench_documents(build, env, sizes=(1000, 10000, 100000)):
    """bench-documents for each kind of table and size: a long protocol laid
    out and written as PDF, with the process's peak memory."""
    rows = []
    for kind in ('publication', 'admission'):
        for size in sizes:
            rows.append(run_bench([os.path.join(build, 'tests', 'bench-documents'), kind, str(size)], env))
    return rows


def report_documents(rows):
    print()
    print('| document | rows | pages | lay out | total (processor) | VmHWM |')
    print('|---|---:|---:|---:|---:|---:|')
    for f in rows:
        print('| {} | {:,} | {:,} | {:.1f} s | {:.1f} s ({:.1f} s) | {:.0f} MiB |'.format(
            f['kind'], int(f['rows']), int(f['pages']), int(f['paginate-ms']) / 1000,
            int(f['total-ms']) / 1000, int(f['total-cpu-ms']) / 1000, f['rss'] / 1024))


def report_decided(results):
    """The real admission protocol of the generated database's competition
    with the most decided applications, every row with its reasons."""
    rows = [r for r in results if 'decided' in r]
    if not rows:
        return
    print()
    print('| decided admission protocol | rows | pages | build (processor) | lay out | total (processor) | VmHWM |')
    print('|---|---:|---:|---:|---:|---:|---:|')
    for r in rows:
        f = r['decided']
        print('| {:,} candidates | {:,} | {:,} | {:.1f} s ({:.1f} s) | {:.1f} s | {:.1f} s ({:.1f} s) | {:.0f} MiB |'.format(
            r['candidates'], int(f['rows']), int(f['pages']), int(f['build-ms']) / 1000,
            int(f['build-cpu-ms']) / 1000, int(f['paginate-ms']) / 1000, int(f['total-ms']) / 1000,
            int(f['total-cpu-ms']) / 1000, f['rss'] / 1024))


def main():
    parser = argparse.ArgumentParser(description='Benchmarks of Konkurs (prints figures).')
    parser.add_argument('--build', default=os.environ.get('MESON_BUILD_ROOT', 'build'),
                        help='the meson build directory')
    parser.add_argument('--queries', type=int, default=2000, help='search queries per size')
    parser.add_argument('--keep', action='store_true', help='keep the databases and files')
    parser.add_argument('--generate-limit', type=int, default=100000,
                        help='the largest size generated; larger ones copy the largest generated file')
    parser.add_argument('sizes', nargs='*', type=int, default=[10000, 100000])
    args = parser.parse_args()

    source = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    build = os.path.abspath(args.build)
    env = dict(os.environ,
               KONKURS_DATA_DIR=os.environ.get('KONKURS_DATA_DIR', os.path.join(source, 'data')),
               KONKURS_LOCALE_DIR=os.environ.get('KONKURS_LOCALE_DIR', os.path.join(build, 'po')),
               GSETTINGS_SCHEMA_DIR=os.environ.get('GSETTINGS_SCHEMA_DIR', os.path.join(build, 'data')),
               GSETTINGS_BACKEND='memory',
               LC_ALL='C.UTF-8')

    workdir = tempfile.mkdtemp(prefix='konkurs-benchmark-')
    results = []
    try:
        for size in sorted(args.sizes):
            print('%d candidates…' % size, file=sys.stderr, flush=True)
            generated = [r for r in results if not r['scaled']]
            if size > args.generate_limit and not generated:
                raise SystemExit('a size over %d needs a smaller one to copy' % args.generate_limit)
            results.append(bench(size, build, workdir, env, args.queries,
                                 generated[-1] if size > args.generate_limit else None))
        assign = run_bench([os.path.join(build, 'tests', 'bench-assign')], env)
        assign_store = run_bench([os.path.join(build, 'tests', 'bench-assign-store')], env)
        documents = bench_documents(build, env)
        interview = window_stall(build, ['--interview', '500'], env)
    finally:
        if args.keep:
            print('Files kept in %s' % workdir, file=sys.stderr)
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    report(results, args.queries)
    report_stages(results)
    report_import(results)
    report_bytes(results)
    report_assign(assign)
    report_assign_store(assign_store)
    report_documents(documents)
    report_decided(results)
    report_stall(results, interview)


if __name__ == '__main__':
    main()
