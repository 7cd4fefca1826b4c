/* bench-import-bare.c — the yardstick of the import of candidates
 *
 * Not a test: run by tests/benchmark.py, or by hand as
 *   bench-import-bare DATABASE CANDIDATES.xml
 * with KONKURS_DATA_DIR naming the directory of konkurs-candidates.xsd.
 * DATABASE must hold the competitions and vacancies the file names (a file
 * of version 1, as tests/benchmark.py writes it: applications by ids).
 *
 * The least a program can do to write the same rows as `konkurs --import`
 * into the same schema (the database is opened, so created or migrated, by
 * the store): libxml2's xmlTextReader with streaming validation against
 * the project's XSD, the IIN parsed for the birth date and sex, the sort
 * key of the list, prepared statements without RETURNING, one transaction,
 * and the search index filled by one INSERT … SELECT before the commit.
 * None of the import's messages, checks of the rules or record of who did
 * what: the import is measured against this loop (the target is
 * within 1.5 times).  Prints the figures as "name: value" lines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libxml/xmlreader.h>
#include <sqlite3.h>

#include "konkurs-collation.h"
#include "konkurs-iin.h"
#include "konkurs-personal-code.h"
#include "konkurs-store.h"

static const char * const education_levels[] = { "none", "secondary", "vocational", "higher", "postgraduate" };

static const struct {
  const char *code;
  int         column;  /* of the candidate's flags, 0 to 3 */
} exclusion_kinds[] = {
  { "presidential-appointee", 0 },
  { "political-servant",      1 },
  { "corps-a",                2 },
  { "in-reserve",             3 },
};

enum {
  INSERT_CANDIDATE,
  INSERT_EDUCATION,
  INSERT_WORK,
  INSERT_CERTIFICATE,
  INSERT_EXCLUSION,
  INSERT_APPLICATION,
  N_STATEMENTS
};

static const char * const statement_sql[N_STATEMENTS] = {
  "INSERT INTO candidate (iin, surname, name, patronymic, birth_date, sex, citizenship, phone, email, address, "
  "state_language_level, presidential_appointee, political_servant, corps_a_servant, in_reserve, sort_key) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
  "INSERT INTO candidate_education (candidate_id, level, field, institution, year) VALUES (?1, ?2, ?3, ?4, ?5)",
  "INSERT INTO work_period (candidate_id, employer, position, started_on, ended_on, civil_service, in_field) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
  "INSERT INTO certificate (candidate_id, kind, passed_on, result, number, score, max_score, level) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
  "INSERT INTO candidate_exclusion (candidate_id, kind, from_on, until_on) VALUES (?1, ?2, ?3, ?4)",
  "INSERT INTO application (candidate_id, competition_id, vacancy_id, sector, personal_code, received_on) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
};

/* A child row waits until its candidate has an id: the children come
 * before the end tag, the candidate's row needs every flag first. */
typedef struct {
  int    statement;
  char  *values[8];  /* ?2…?9, NULL for NULL */
} Row;

typedef struct {
  sqlite3      *db;
  sqlite3_stmt *statements[N_STATEMENTS];
  char         *candidate[16];  /* ?1…?16 of the candidate */
  GArray       *rows;           /* of Row */
  guint64       n_candidates;
  guint64       n_applications;
} Loader;

static void
row_clear (gpointer data)
{
  Row *row = data;

  for (guint i = 0; i < G_N_ELEMENTS (row->values); i++)
    g_free (row->values[i]);
}

static G_NORETURN void
fail (const char *what,
      const char *message)
{
  g_printerr ("bench-import-bare: %s: %s\n", what, message);
  exit (1);
}

static void
exec_or_fail (sqlite3    *db,
              const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    fail (sql, message);
}

static char *
attribute (xmlTextReader *reader,
           const char    *name)
{
  xmlChar *value = xmlTextReaderGetAttribute (reader, (const xmlChar *) name);
  char *copy = value != NULL ? g_strdup ((const char *) value) : NULL;

  xmlFree (value);
  return copy;
}

static char *
text_of (xmlTextReader *reader)
{
  xmlChar *value = xmlTextReaderReadString (reader);
  char *copy = g_strstrip (g_strdup (value != NULL ? (const char *) value : ""));

  xmlFree (value);
  return copy;
}

static void
bind_value (sqlite3_stmt *stmt,
            int           index,
            const char   *value)
{
  if (value == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, value, -1, SQLITE_STATIC);
}

static void
step_or_fail (Loader       *loader,
              sqlite3_stmt *stmt)
{
  if (sqlite3_step (stmt) != SQLITE_DONE)
    fail (sqlite3_sql (stmt), sqlite3_errmsg (loader->db));
  sqlite3_reset (stmt);
}

static Row *
add_row (Loader *loader,
         int     statement)
{
  Row row = { statement, { NULL } };

  g_array_append_val (loader->rows, row);
  return &g_array_index (loader->rows, Row, loader->rows->len - 1);
}

static void
read_child (Loader        *loader,
            xmlTextReader *reader,
            const char    *element)
{
  char **c = loader->candidate;
  Row *row;

  if (g_str_equal (element, "surname"))
    c[1] = text_of (reader);
  else if (g_str_equal (element, "name"))
    c[2] = text_of (reader);
  else if (g_str_equal (element, "patronymic"))
    c[3] = text_of (reader);
  else if (g_str_equal (element, "contacts"))
    {
      c[7] = attribute (reader, "phone");
      c[8] = attribute (reader, "email");
      c[9] = attribute (reader, "address");
    }
  else if (g_str_equal (element, "exclusion"))
    {
      row = add_row (loader, INSERT_EXCLUSION);
      row->values[0] = attribute (reader, "status");
      row->values[1] = attribute (reader, "from");
      row->values[2] = attribute (reader, "until");
      for (guint i = 0; i < G_N_ELEMENTS (exclusion_kinds); i++)
        if (g_strcmp0 (row->values[0], exclusion_kinds[i].code) == 0)
          {
            g_free (c[11 + exclusion_kinds[i].column]);
            c[11 + exclusion_kinds[i].column] = g_strdup ("1");
          }
    }
  else if (g_str_equal (element, "education"))
    {
      g_autofree char *level = attribute (reader, "level");

      row = add_row (loader, INSERT_EDUCATION);
      for (guint i = 0; i < G_N_ELEMENTS (education_levels); i++)
        if (g_strcmp0 (level, education_levels[i]) == 0)
          row->values[0] = g_strdup_printf ("%u", i);
      row->values[1] = attribute (reader, "field");
      row->values[2] = attribute (reader, "institution");
      row->values[3] = attribute (reader, "year");
    }
  else if (g_str_equal (element, "work"))
    {
      g_autofree char *civil = attribute (reader, "civil-service");
      g_autofree char *in_field = attribute (reader, "in-field");

      row = add_row (loader, INSERT_WORK);
      row->values[0] = attribute (reader, "employer");
      row->values[1] = attribute (reader, "position");
      row->values[2] = attribute (reader, "start");
      row->values[3] = attribute (reader, "end");
      row->values[4] = g_strdup (g_strcmp0 (civil, "true") == 0 || g_strcmp0 (civil, "1") == 0 ? "1" : "0");
      row->values[5] = g_strdup (g_strcmp0 (in_field, "true") == 0 || g_strcmp0 (in_field, "1") == 0 ? "1" : "0");
    }
  else if (g_str_equal (element, "certificate"))
    {
      row = add_row (loader, INSERT_CERTIFICATE);
      row->values[0] = attribute (reader, "kind");
      row->values[1] = attribute (reader, "passed-on");
      row->values[2] = attribute (reader, "result");
      row->values[3] = attribute (reader, "number");
      row->values[4] = attribute (reader, "score");
      row->values[5] = attribute (reader, "max-score");
      row->values[6] = attribute (reader, "level");
    }
  else if (g_str_equal (element, "application"))
    {
      row = add_row (loader, INSERT_APPLICATION);
      row->values[0] = attribute (reader, "competition");
      row->values[1] = attribute (reader, "vacancy");
      row->values[2] = attribute (reader, "sector");
      row->values[4] = attribute (reader, "received-on");
    }
}

static void
begin_candidate (Loader        *loader,
                 xmlTextReader *reader)
{
  char **c = loader->candidate;

  c[0] = attribute (reader, "iin");
  c[6] = attribute (reader, "citizenship");
  c[10] = attribute (reader, "language-level");
  for (int i = 11; i < 15; i++)
    c[i] = g_strdup ("0");
}

static void
write_candidate (Loader *loader)
{
  char **c = loader->candidate;
  sqlite3_stmt *stmt = loader->statements[INSERT_CANDIDATE];
  g_autoptr(GError) error = NULL;
  KonkursIinInfo info;
  g_autofree char *birth = NULL;
  g_autofree char *key = NULL;
  gint64 id;

  if (c[0] == NULL || !konkurs_iin_parse (c[0], &info, &error))
    fail (c[0] != NULL ? c[0] : "candidate", error != NULL ? error->message : "no IIN");
  birth = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&info.birth_date),
                           g_date_get_month (&info.birth_date), g_date_get_day (&info.birth_date));
  key = konkurs_collation_name_key (c[1], c[2], c[3] != NULL ? c[3] : "");

  bind_value (stmt, 1, c[0]);
  bind_value (stmt, 2, c[1]);
  bind_value (stmt, 3, c[2]);
  bind_value (stmt, 4, c[3] != NULL ? c[3] : "");
  bind_value (stmt, 5, birth);
  bind_value (stmt, 6, info.sex == KONKURS_SEX_FEMALE ? "F" : "M");
  bind_value (stmt, 7, c[6] != NULL ? c[6] : "KZ");
  for (int i = 8; i <= 10; i++)
    bind_value (stmt, i, c[i - 1] != NULL ? c[i - 1] : "");
  for (int i = 11; i <= 15; i++)
    bind_value (stmt, i, c[i - 1]);
  sqlite3_bind_blob (stmt, 16, key, (int) strlen (key), SQLITE_STATIC);
  step_or_fail (loader, stmt);
  id = sqlite3_last_insert_rowid (loader->db);
  loader->n_candidates++;

  for (guint r = 0; r < loader->rows->len; r++)
    {
      Row *row = &g_array_index (loader->rows, Row, r);
      g_autofree char *code = NULL;

      stmt = loader->statements[row->statement];
      sqlite3_bind_int64 (stmt, 1, id);
      if (row->statement == INSERT_APPLICATION)
        {
          g_autoptr(GError) code_error = NULL;

          /* Codes are drawn at random; a clash is too rare to retry here. */
          code = konkurs_personal_code_generate (&code_error);
          if (code == NULL)
            fail ("personal code", code_error->message);
          row->values[3] = g_strdup (code);
          if (row->values[1] != NULL)
            g_clear_pointer (&row->values[2], g_free);
          loader->n_applications++;
        }
      for (guint i = 0; i < G_N_ELEMENTS (row->values) && (int) i + 2 <= sqlite3_bind_parameter_count (stmt); i++)
        bind_value (stmt, (int) i + 2, row->values[i]);
      step_or_fail (loader, stmt);
    }

  g_array_set_size (loader->rows, 0);
  for (guint i = 0; i < G_N_ELEMENTS (loader->candidate); i++)
    g_clear_pointer (&c[i], g_free);
}

static void
on_reader_error (void                     *data,
                 const char               *message,
                 xmlParserSeverities       severity,
                 xmlTextReaderLocatorPtr   locator)
{
  if (severity == XML_PARSER_SEVERITY_ERROR || severity == XML_PARSER_SEVERITY_VALIDITY_ERROR)
    fail ((const char *) data, message);
}

static double
cpu_seconds (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);
  return now.tv_sec + now.tv_nsec / 1e9;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStore) store = NULL;
  g_autofree char *xsd = NULL;
  g_autofree char *trigger = NULL;
  Loader loader = { 0 };
  xmlTextReader *reader;
  sqlite3_stmt *stmt;
  gint64 start, first_id = 0;
  double cpu_start;
  int rc;

  if (argc != 3)
    {
      g_printerr ("Usage: %s DATABASE CANDIDATES.xml\n", argv[0]);
      return 2;
    }

  /* The store creates or migrates the schema; the loop then writes with
   * SQLite alone, on a connection set up as the store sets up its own. */
  store = konkurs_store_open (argv[1], NULL, &error);
  if (store == NULL)
    fail (argv[1], error->message);
  g_clear_object (&store);
  if (sqlite3_open_v2 (argv[1], &loader.db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    fail (argv[1], sqlite3_errmsg (loader.db));
  exec_or_fail (loader.db, "PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY; "
                "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
  loader.rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (loader.rows, row_clear);
  xsd = g_build_filename (g_getenv ("KONKURS_DATA_DIR") != NULL ? g_getenv ("KONKURS_DATA_DIR") : ".",
                          "konkurs-candidates.xsd", NULL);

  start = g_get_monotonic_time ();
  cpu_start = cpu_seconds ();

  for (int i = 0; i < N_STATEMENTS; i++)
    if (sqlite3_prepare_v3 (loader.db, statement_sql[i], -1, SQLITE_PREPARE_PERSISTENT,
                            &loader.statements[i], NULL) != SQLITE_OK)
      fail (statement_sql[i], sqlite3_errmsg (loader.db));

  exec_or_fail (loader.db, "BEGIN IMMEDIATE");
  /* The index is filled at the end in one statement, not row by row: the
   * trigger that feeds it (whatever its text in this schema) is dropped for
   * the transaction and put back as it was. */
  if (sqlite3_prepare_v2 (loader.db, "SELECT sql FROM sqlite_schema WHERE type = 'trigger' "
                          "AND name = 'candidate_fts_insert'", -1, &stmt, NULL) != SQLITE_OK)
    fail ("sqlite_schema", sqlite3_errmsg (loader.db));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    trigger = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  if (trigger != NULL)
    exec_or_fail (loader.db, "DROP TRIGGER candidate_fts_insert");
  if (sqlite3_prepare_v2 (loader.db, "SELECT coalesce (max (id), 0) FROM candidate", -1, &stmt, NULL) != SQLITE_OK
      || sqlite3_step (stmt) != SQLITE_ROW)
    fail ("candidate", sqlite3_errmsg (loader.db));
  first_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  reader = xmlReaderForFile (argv[2], NULL, XML_PARSE_NONET);
  if (reader == NULL)
    fail (argv[2], "cannot be read");
  xmlTextReaderSetErrorHandler (reader, on_reader_error, argv[2]);
  if (xmlTextReaderSchemaValidate (reader, xsd) != 0)
    fail (xsd, "the schema cannot be read");

  while ((rc = xmlTextReaderRead (reader)) == 1)
    {
      int type = xmlTextReaderNodeType (reader);
      int depth = xmlTextReaderDepth (reader);
      const char *element = (const char *) xmlTextReaderConstLocalName (reader);

      if (type == XML_READER_TYPE_ELEMENT && depth == 1)
        {
          begin_candidate (&loader, reader);
          if (xmlTextReaderIsEmptyElement (reader))
            write_candidate (&loader);
        }
      else if (type == XML_READER_TYPE_ELEMENT && depth == 2)
        read_child (&loader, reader, element);
      else if (type == XML_READER_TYPE_END_ELEMENT && depth == 1)
        write_candidate (&loader);
    }
  if (rc != 0 || xmlTextReaderIsValid (reader) != 1)
    fail (argv[2], "the file is not valid");
  xmlFreeTextReader (reader);

  if (sqlite3_prepare_v2 (loader.db, "INSERT INTO candidate_fts (rowid, iin, surname, name, patronymic) "
                          "SELECT id, iin, surname, name, patronymic FROM candidate WHERE id > ?1",
                          -1, &stmt, NULL) != SQLITE_OK)
    fail ("candidate_fts", sqlite3_errmsg (loader.db));
  sqlite3_bind_int64 (stmt, 1, first_id);
  step_or_fail (&loader, stmt);
  sqlite3_finalize (stmt);
  if (trigger != NULL)
    exec_or_fail (loader.db, trigger);
  for (int i = 0; i < N_STATEMENTS; i++)
    sqlite3_finalize (loader.statements[i]);
  exec_or_fail (loader.db, "COMMIT");
  sqlite3_close (loader.db);

  g_print ("candidates: %" G_GUINT64_FORMAT "\napplications: %" G_GUINT64_FORMAT "\n",
           loader.n_candidates, loader.n_applications);
  g_print ("seconds: %.3f\ncpu-seconds: %.3f\n", (g_get_monotonic_time () - start) / 1e6,
           cpu_seconds () - cpu_start);
  g_array_unref (loader.rows);
  return 0;
}
