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
#   6. runs bench-window-stall on it: the longest stall of the window's main
#      thread while a search is typed, cleared and the filters changed,
# then runs bench-assign once (the essay assignment draw: 20,000 essays over
# 300 experts in 10 sectors, ~1 % of the pairs in conflict, target well
# under 2 s) and bench-assign-store once (the same through the store, on a
# database on disk: reading the input, the draw, writing the draw and its
# 60,000 assignments through the record; then replaying the draw and listing
# the essays; target under 2 s), and reports the peak resident memory of each process (VmHWM at the first
# frame, as the window reads it from /proc/self/status; for the others the
# maximum resident set size that /usr/bin/time reports).

import argparse
import os
import shutil
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


def run_measured(argv, env):
    """Runs argv alone; returns (seconds, stdout, peak resident memory in
    KiB).  The peak comes from /usr/bin/time: the rusage of a child of this
    script would count the memory of the forked Python as well."""
    start = time.monotonic()
    with tempfile.NamedTemporaryFile(mode='w+') as rss, \
            tempfile.TemporaryFile(mode='w+') as out, tempfile.TemporaryFile(mode='w+') as err:
        returncode = subprocess.call(['/usr/bin/time', '-f', '%M', '-o', rss.name] + argv,
                                     env=env, stdout=out, stderr=err)
        seconds = time.monotonic() - start
        out.seek(0)
        err.seek(0)
        text = out.read()
        if returncode != 0:
            raise SystemExit('%s failed (%d):\n%s%s' % (' '.join(argv), returncode, text, err.read()))
        peak = int(rss.read().split()[-1])
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


def first_frame(konkurs, db, env):
    env = dict(env, KONKURS_BENCH_FIRST_FRAME='1')
    seconds, out, rss = run_measured([konkurs, '--database', db], env)
    figures = dict(line.split(': ', 1) for line in out.splitlines() if ': ' in line)
    if 'first-frame-ms' not in figures:
        return None
    return (float(figures['first-frame-ms']), seconds * 1000,
            int(figures.get('first-frame-vmhwm-kb', rss)))


def bench(size, build, workdir, env, queries):
    konkurs = os.path.join(build, 'src', 'konkurs')
    bench_search = os.path.join(build, 'tests', 'bench-search')
    gen_db = os.path.join(workdir, 'generated-%d.db' % size)
    new_db = os.path.join(workdir, 'imported-%d.db' % size)
    competitions = os.path.join(workdir, 'competitions-%d.xml' % size)
    candidates = os.path.join(workdir, 'candidates-%d.xml' % size)
    r = {'size': size}

    r['generate_s'], _, r['generate_rss'] = run_measured([konkurs, '--database', gen_db, '--generate-demo', str(size)], env)
    whole = os.path.join(workdir, 'database-%d.xml' % size)
    r['export_s'], _, r['export_rss'] = run_measured([konkurs, '--database', gen_db, '--export', whole], env)
    write_competitions(whole, competitions)
    r['candidates'], r['applications'] = write_candidates(gen_db, candidates)
    r['xml_mb'] = os.path.getsize(candidates) / 1e6

    run_measured([konkurs, '--database', new_db, '--import', competitions], env)
    r['import_s'], _, r['import_rss'] = run_measured([konkurs, '--database', new_db, '--import', candidates], env)
    r['db_mb'] = os.path.getsize(new_db) / 1e6

    _, out, r['search_rss'] = run_measured([bench_search, new_db, str(queries)], env)
    figures = dict(line.split(': ', 1) for line in out.splitlines() if ': ' in line)
    r['search_median'] = float(figures['median-ms'])
    r['search_p95'] = float(figures['p95-ms'])

    r['frame'] = first_frame(konkurs, new_db, env) if os.environ.get('DISPLAY') or os.environ.get('WAYLAND_DISPLAY') else None
    r['stall'] = window_stall(build, [new_db], env)
    return r


def window_stall(build, args, env):
    """bench-window-stall: the main thread's longest stall while the window
    is searched, cleared, filtered and scrolled (None without a display)."""
    if not (os.environ.get('DISPLAY') or os.environ.get('WAYLAND_DISPLAY')):
        return None
    _, out, _ = run_measured([os.path.join(build, 'tests', 'bench-window-stall')] + args,
                             dict(env, GSK_RENDERER=env.get('GSK_RENDERER', 'cairo')))
    return dict(line.split(': ', 1) for line in out.splitlines() if ': ' in line)


def report_stall(results, interview):
    print()
    print('| window | longest stall: type / clear / filter (over 16 ms) | scroll: longest stall, dropped frames of | processor / wall |')
    print('|---|---:|---:|---:|')
    for r in results:
        f = r.get('stall')
        if f:
            print('| {:,} candidates | {} / {} / {} ms ({}) | {} ms, {} of {} | {} / {} ms |'.format(
                int(f['candidates']), f['type-stall-ms'], f['clear-stall-ms'], f['filter-stall-ms'],
                f['all-stalls-over-16ms'], f['scroll-stall-ms'], f['scroll-dropped-frames'], f['scroll-frames'],
                f['cpu-ms'], f['wall-ms']))
    if interview:
        print('| interview grid, {} rows | open {} ms | {} ms, {} of {} | {} / {} ms |'.format(
            interview['rows'], interview['open-stall-ms'], interview['scroll-stall-ms'],
            interview['scroll-dropped-frames'], interview['scroll-frames'], interview['cpu-ms'], interview['wall-ms']))


def report(results, queries):
    print()
    print('| candidates | applications | XML | generate | import | import rate | search median / p95 (%d queries) | first frame | VmHWM at first frame | VmHWM import / search |' % queries)
    print('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|')
    for r in results:
        frame = r['frame']
        print('| {:,} | {:,} | {:.0f} MB | {:.1f} s | {:.1f} s | {:,.0f} candidates/s ({:,.0f} records/s) | {:.2f} / {:.2f} ms | {} | {} | {:.0f} / {:.0f} MiB |'.format(
            r['candidates'], r['applications'], r['xml_mb'], r['generate_s'], r['import_s'],
            r['candidates'] / r['import_s'], (r['candidates'] + r['applications']) / r['import_s'],
            r['search_median'], r['search_p95'],
            '%.0f ms (%.0f ms wall)' % (frame[0], frame[1]) if frame else 'n/a',
            '%.0f MiB' % (frame[2] / 1024) if frame else 'n/a',
            r['import_rss'] / 1024, r['search_rss'] / 1024))


def bench_assign(build, env):
    seconds, out, rss = run_measured([os.path.join(build, 'tests', 'bench-assign')], env)
    figures = dict(line.split(': ', 1) for line in out.splitlines() if ': ' in line)
    figures['rss'] = rss
    return figures


def bench_assign_store(build, env):
    seconds, out, rss = run_measured([os.path.join(build, 'tests', 'bench-assign-store')], env)
    figures = dict(line.split(': ', 1) for line in out.splitlines() if ': ' in line)
    figures['rss'] = rss
    return figures


def report_assign_store(f):
    print()
    print('| essays | experts | conflicts | assignments | assign through the store (processor) | replay | list of essays | VmHWM |')
    print('|---:|---:|---:|---:|---:|---:|---:|---:|')
    print('| {:,} | {} | {:,} | {:,} | {} ms ({} ms) | {} ms | {} ms | {:.0f} MiB |'.format(
        int(f['essays']), f['experts'], int(f['conflicts']), int(f['pairs']), f['assign-ms'], f['assign-cpu-ms'],
        f['replay-ms'], f['list-ms'], f['rss'] / 1024))


def report_assign(f):
    print()
    print('| essays | experts | conflicts | pairs | assign median / slowest of 5 | load spread in a sector and background | VmHWM |')
    print('|---:|---:|---:|---:|---:|---:|---:|')
    print('| {:,} | {} | {:,} | {:,} | {} / {} ms | {} | {:.0f} MiB |'.format(
        int(f['essays']), f['experts'], int(f['conflicts']), int(f['pairs']), f['median-ms'], f['max-ms'],
        f['load-spread'], f['rss'] / 1024))


def main():
    parser = argparse.ArgumentParser(description='Benchmarks of Konkurs (prints figures).')
    parser.add_argument('--build', default=os.environ.get('MESON_BUILD_ROOT', 'build'),
                        help='the meson build directory')
    parser.add_argument('--queries', type=int, default=2000, help='search queries per size')
    parser.add_argument('--keep', action='store_true', help='keep the databases and files')
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
        for size in args.sizes:
            print('%d candidates…' % size, file=sys.stderr, flush=True)
            results.append(bench(size, build, workdir, env, args.queries))
        assign = bench_assign(build, env)
        assign_store = bench_assign_store(build, env)
        interview = window_stall(build, ['--interview', '500'], env)
    finally:
        if args.keep:
            print('Files kept in %s' % workdir, file=sys.stderr)
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    report(results, args.queries)
    report_assign(assign)
    report_assign_store(assign_store)
    report_stall(results, interview)


if __name__ == '__main__':
    main()
