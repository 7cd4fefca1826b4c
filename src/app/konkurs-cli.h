/* konkurs-cli.h — the jobs that need no window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  const char *database;     /* NULL: the default database */
  const char *import_path;
  const char *export_path;
  const char *backup_path;  /* --backup COPY */
  const char *print_kind;   /* "announcement" */
  gint64      competition_id;
  gint64      application_id;  /* for a document of one application */
  const char *stage;        /* --stage KIND: "testing", for a document of one stage */
  const char *language;     /* "kk" or "ru"; NULL: "kk" */
  const char *output_path;
  gboolean    generate_demo;   /* --generate-demo N was given */
  gint64      demo_candidates; /* its N */
  gboolean    draft;        /* --draft: print a draft, whatever is still undecided */
  const char *actor;        /* --actor NAME: the person deciding; NULL: from GSettings */
  gboolean    verify;       /* --verify: check the record */
  const char *head;         /* --head DIGITS: a head printed in a footer, to look up in the record */
  /* issue 10 */
  gboolean    expert_package;  /* --expert-package: write an expert's package (--expert, --competition, --output) */
  gint64      expert_id;       /* --expert ID */
  const char *reason;          /* --reason TEXT: with --import of results replacing an earlier file */
  /* issue 11 */
  gint64      export_meeting_id;  /* --export-meeting ID: write the meeting as <konkurs-meeting> (--output) */
} KonkursCliOptions;

/* TRUE when @options ask for a job of the command line rather than the
 * window. */
gboolean konkurs_cli_wants_job (const KonkursCliOptions *options);

/* What --help says of --print: the documents of the registry, by the id
 * the option takes and by name. */
char    *konkurs_cli_describe_print (void);

/* The person deciding of this workstation, as Preferences set it (the
 * GSettings key actor-name); NULL when not set or without the schema. */
char    *konkurs_cli_settings_actor (void);

/* Runs the job, prints what it did on stdout and errors on stderr, and
 * returns the process exit status. */
int      konkurs_cli_run       (const KonkursCliOptions *options);

G_END_DECLS
