#!/usr/bin/python3
# What the build cannot hold the layers to: the core includes no GTK header,
# only src/core/store/ speaks SQL, and documents print the texts of the
# records in their own language, never as the window shows them.  (Which
# layer may include which is enforced by the build itself: each layer sees
# only the headers below it.)
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..')
src = os.path.join(root, 'src')

GTK_INCLUDE = re.compile(r'#\s*include\s*[<"](gtk|gdk|adwaita)')
# A string literal that reads as SQL, or a call into SQLite.
SQL = re.compile(r'"[^"\n]*\b(SELECT\s|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX|TRIGGER|VIRTUAL)|PRAGMA\s)'
                 r'|\bsqlite3_\w+|<sqlite3\.h>')

# The getters that give a text as the window shows it (in the interface
# language); a document picks its own with konkurs_protocol_pick().
DISPLAY_TEXT = re.compile(r'\bkonkurs_(competition_get_(title|state_body)|'
                          r'vacancy_get_(position_title|sector|requirements)|rule_set_get_name)\s*\(')

problems = []
for folder, _, files in os.walk(src):
    for name in sorted(files):
        if not name.endswith(('.c', '.h')):
            continue
        path = os.path.join(folder, name)
        rel = os.path.relpath(path, root)
        in_core = rel.startswith(os.path.join('src', 'core') + os.sep)
        in_store = rel.startswith(os.path.join('src', 'core', 'store') + os.sep)
        in_documents = rel.startswith(os.path.join('src', 'core', 'documents') + os.sep)
        with open(path, encoding='utf-8') as f:
            for number, line in enumerate(f, 1):
                if in_core and GTK_INCLUDE.search(line):
                    problems.append(f'{rel}:{number}: the core includes a GTK header')
                if not in_store and SQL.search(line):
                    problems.append(f'{rel}:{number}: SQL outside src/core/store')
                if in_documents and DISPLAY_TEXT.search(line):
                    problems.append(f'{rel}:{number}: a document prints a text as the window shows it; '
                                    'use konkurs_protocol_pick()')

for p in problems:
    print(p)
sys.exit(1 if problems else 0)
