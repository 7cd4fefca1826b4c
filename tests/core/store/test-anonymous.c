/* test-anonymous.c — the evaluator-facing lists name no one: by their results,
 * by the source of konkurs-store-anonymous.c, and by what its statements read,
 * and the rows of a stage (its publication list) by what they read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-autocleanups.h"
#include "konkurs-personal-code.h"
#include "konkurs-store-private.h"
#include "konkurs-demo.h"
#include "konkurs-store-essays.h"
#include "konkurs-store-stages.h"
#include "konkurs-test-candidates.h"
#include "konkurs-test-essays.h"
#include "konkurs-test-stage-results.h"
#include "konkurs-test-util.h"

static void
assert_no_identity (const char *field, GPtrArray *candidates)
{
  g_autofree char *folded = g_utf8_casefold (field, -1);

  for (guint i = 0; i < candidates->len; i++)
    {
      KonkursCandidate *candidate = g_ptr_array_index (candidates, i);
      const char *identity[] = {
        konkurs_candidate_get_surname (candidate),
        konkurs_candidate_get_name (candidate),
        konkurs_candidate_get_iin (candidate),
      };

      for (guint j = 0; j < G_N_ELEMENTS (identity); j++)
        {
          g_autofree char *needle = g_utf8_casefold (identity[j], -1);

          g_assert_null (strstr (folded, needle));
        }
    }
}

static void
test_anonymous_codes (KonkursTestCandidates *fixture, gconstpointer data)
{
  static const char * const surnames[] = { "Абаев", "Бекова", "Жұмабаев", "Қасымова", "Нұрланов", "Смагулова" };
  static const char * const names[] = { "Әлия", "Ерлан", "Гүлнар", "Дәурен", "Мадина", "Арман" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) candidates = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) codes = NULL;
  g_autoptr(GPtrArray) admitted = NULL;
  gint64 reserve = konkurs_test_add_march_competition (fixture->store, KONKURS_PROCEDURE_YOUTH_RESERVE);
  gint64 first_app = 0;

  for (guint i = 0; i < 36; i++)
    {
      KonkursCandidate *candidate = konkurs_test_person_new (surnames[i % 6], names[i / 6], 1990 + i % 8,
                                                    1 + i % 12, 1 + i % 28, 100 + i);
      g_autoptr(KonkursCandidacy) candidacy = NULL;

      konkurs_test_make_qualified (candidate);
      konkurs_test_save_candidate (fixture->store, candidate);
      g_ptr_array_add (candidates, candidate);
      candidacy = konkurs_test_apply_in_march (fixture->store, konkurs_candidate_get_id (candidate), reserve, 0, "digitalisation");
      if (first_app == 0)
        first_app = konkurs_candidacy_get_id (candidacy);
    }
  g_assert_true (konkurs_store_decide_candidacy (fixture->store, first_app, TRUE, NULL, &error));
  g_assert_no_error (error);

  codes = konkurs_store_list_codes (fixture->store, reserve, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (codes->len, ==, 36);
  for (guint i = 0; i < codes->len; i++)
    {
      const KonkursCodeEntry *entry = g_ptr_array_index (codes, i);
      g_autofree char *numbers = g_strdup_printf ("%" G_GINT64_FORMAT " %d %d", entry->vacancy_id,
                                                  entry->status, entry->eligibility);

      g_assert_true (konkurs_personal_code_is_valid (entry->personal_code));
      if (i > 0)
        g_assert_cmpstr (((const KonkursCodeEntry *) g_ptr_array_index (codes, i - 1))->personal_code,
                         <, entry->personal_code);
      assert_no_identity (entry->personal_code, candidates);
      assert_no_identity (entry->sector, candidates);
      assert_no_identity (numbers, candidates);
      g_assert_cmpint (entry->vacancy_id, ==, 0);
    }

  admitted = konkurs_store_list_codes (fixture->store, reserve, KONKURS_CANDIDACY_ADMITTED, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (admitted->len, ==, 1);
  g_assert_cmpint (((const KonkursCodeEntry *) g_ptr_array_index (admitted, 0))->eligibility, ==,
                   KONKURS_ELIGIBILITY_STATE_ELIGIBLE);
}

/* The source ------------------------------------------------------------- */

/* Words that would mean the file reaches the registry of people: its
 * tables and its identity columns, as parts of identifiers too
 * ("candidate_id", "birth_date"). */
static const char * const identity_words[] = {
  "candidate", "candidates", "fts", "surname", "name", "names", "patronymic", "iin",
  "birth", "sex", "phone", "email", "address", "citizenship", "sort",
};

/* The words of @source, lower case, split at anything but ASCII letters
 * and digits, so that "candidate_id" gives "candidate" and "id". */
static GHashTable *
source_words (const char *source)
{
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *start = NULL;

  for (const char *p = source;; p++)
    {
      gboolean in_word = *p != '\0' && g_ascii_isalnum (*p);

      if (in_word && start == NULL)
        start = p;
      else if (!in_word && start != NULL)
        {
          g_hash_table_add (words, g_ascii_strdown (start, p - start));
          start = NULL;
        }
      if (*p == '\0')
        break;
    }
  return words;
}

/* The string literals of C @source, adjacent ones joined (the SQL of one
 * statement), outside comments. */
static GPtrArray *
source_literals (const char *source)
{
  GPtrArray *literals = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) current = NULL;

  for (const char *p = source; *p != '\0'; p++)
    {
      if (p[0] == '/' && p[1] == '*')
        {
          const char *end = strstr (p + 2, "*/");
          p = end != NULL ? end + 1 : p + strlen (p) - 1;
        }
      else if (p[0] == '/' && p[1] == '/')
        p += strcspn (p, "\n") - 1;
      else if (p[0] == '\'')
        p += p[1] == '\\' ? 3 : 2;
      else if (p[0] == '"')
        {
          if (current == NULL)
            current = g_string_new (NULL);
          for (p++; *p != '\0' && *p != '"'; p++)
            {
              if (*p == '\\' && p[1] != '\0')
                p++;
              g_string_append_c (current, *p);
            }
        }
      else if (current != NULL && !g_ascii_isspace (*p))
        g_ptr_array_add (literals, g_string_free (g_steal_pointer (&current), FALSE));
    }
  if (current != NULL)
    g_ptr_array_add (literals, g_string_free (g_steal_pointer (&current), FALSE));
  return literals;
}

/* The tables the SQL in @literals reads or writes: each word after FROM,
 * JOIN, INTO or UPDATE. */
static GHashTable *
sql_tables (GPtrArray *literals)
{
  static const char * const keywords[] = { "from", "join", "into", "update" };
  GHashTable *tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < literals->len; i++)
    {
      g_auto(GStrv) words = g_regex_split_simple ("[^A-Za-z0-9_]+", g_ptr_array_index (literals, i), 0, 0);

      for (guint w = 0; words[w] != NULL && words[w + 1] != NULL; w++)
        for (guint k = 0; k < G_N_ELEMENTS (keywords); k++)
          if (g_ascii_strcasecmp (words[w], keywords[k]) == 0)
            g_hash_table_add (tables, g_ascii_strdown (words[w + 1], -1));
    }
  return tables;
}

/* What is wrong with @source as the file of the anonymous reads, or NULL. */
static char *
check_source (const char *source)
{
  g_autoptr(GHashTable) words = source_words (source);
  g_autoptr(GPtrArray) literals = source_literals (source);
  g_autoptr(GHashTable) tables = sql_tables (literals);
  GHashTableIter iter;
  const char *table;

  for (guint i = 0; i < G_N_ELEMENTS (identity_words); i++)
    if (g_hash_table_contains (words, identity_words[i]))
      return g_strdup_printf ("the source says “%s”", identity_words[i]);

  if (!g_hash_table_contains (tables, "application"))
    return g_strdup ("no SQL reads the application table");
  g_hash_table_iter_init (&iter, tables);
  while (g_hash_table_iter_next (&iter, (gpointer *) &table, NULL))
    if (!g_str_equal (table, "application"))
      return g_strdup_printf ("the SQL names the table “%s”", table);
  return NULL;
}

static void
test_source (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *source = NULL;
  g_autofree char *problem = NULL;
  const char *path = g_test_get_filename (G_TEST_DIST, "..", "src", "core", "store",
                                          "konkurs-store-anonymous.c", NULL);

  g_assert_true (g_file_get_contents (path, &source, NULL, &error));
  g_assert_no_error (error);
  problem = check_source (source);
  if (problem != NULL)
    g_error ("%s: %s; evaluator-facing reads must not reach the registry of people", path, problem);
}

/* The check itself catches what it must. */
static void
test_source_check (void)
{
  static const struct {
    const char *source;
    const char *problem;   /* NULL: fine */
  } cases[] = {
    { "x = \"SELECT personal_code FROM application WHERE id = ?1\";", NULL },
    { "x = \"SELECT personal_code \"\n    \"FROM application\";", NULL },
    { "x = \"SELECT a.personal_code FROM application a \"\n"
      "    \"JOIN candidate c ON c.id = a.candidate_id\";", "candidate" },
    { "x = \"SELECT personal_code, candidate_id FROM application\";", "candidate" },
    { "x = \"SELECT personal_code FROM application ORDER BY sort_key\";", "sort" },
    { "x = \"SELECT iin FROM application\";", "iin" },
    { "x = \"SELECT 1 FROM application\"; /* the Surname */", "surname" },
    { "x = \"SELECT personal_code FROM application, essay\";", NULL },
    { "x = \"SELECT body FROM essay\";", "application" },
    { "x = \"SELECT s.x FROM application a JOIN stage s\";", "stage" },
    { "x = \"UPDATE person SET x = 1\" \"\"; y = \"FROM application\";", "person" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *problem = check_source (cases[i].source);

      g_test_message ("%s → %s", cases[i].source, problem != NULL ? problem : "fine");
      if (cases[i].problem == NULL)
        g_assert_null (problem);
      else
        {
          g_assert_nonnull (problem);
          g_assert_nonnull (strstr (problem, cases[i].problem));
        }
    }
}

/* What the statements read ------------------------------------------------ */

/* Every "table.column" an authorised statement reads. */
static int
record_reads (gpointer    reads,
              int         action,
              const char *table,
              const char *column,
              const char *database,
              const char *trigger)
{
  if (action == SQLITE_READ && table != NULL)
    g_hash_table_add (reads, g_strdup_printf ("%s.%s", table, column != NULL ? column : ""));
  return SQLITE_OK;
}

static gboolean
reads_table (GHashTable *reads, const char *table)
{
  g_autofree char *prefix = g_strconcat (table, ".", NULL);
  GHashTableIter iter;
  const char *read;

  g_hash_table_iter_init (&iter, reads);
  while (g_hash_table_iter_next (&iter, (gpointer *) &read, NULL))
    if (g_str_has_prefix (read, prefix))
      return TRUE;
  return FALSE;
}

static void
fill_reserve (KonkursTestCandidates *fixture, gint64 *competition_id, gint64 *first_candidate)
{
  g_autoptr(GError) error = NULL;

  *competition_id = konkurs_test_add_march_competition (fixture->store, KONKURS_PROCEDURE_YOUTH_RESERVE);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(KonkursCandidate) candidate = konkurs_test_person_new ("Оспанова", "Әсел", 1994, 2, 1 + i, 200 + i);
      g_autoptr(KonkursCandidacy) candidacy = NULL;

      konkurs_test_make_qualified (candidate);
      konkurs_test_save_candidate (fixture->store, candidate);
      if (i == 0)
        *first_candidate = konkurs_candidate_get_id (candidate);
      candidacy = konkurs_test_apply_in_march (fixture->store, konkurs_candidate_get_id (candidate),
                                               *competition_id, 0, "digitalisation");
      if (i % 2 == 0)
        g_assert_true (konkurs_store_decide_candidacy (fixture->store, konkurs_candidacy_get_id (candidacy),
                                                       TRUE, NULL, &error));
      g_assert_no_error (error);
    }
}

static void
test_statements_read (KonkursTestCandidates *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) reads = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) admitted = NULL;
  g_autoptr(KonkursCandidate) someone = NULL;
  sqlite3 *db = konkurs_store_get_db (fixture->store);
  gint64 competition_id = 0, candidate_id = 0;
  GHashTableIter iter;
  const char *read;

  fill_reserve (fixture, &competition_id, &candidate_id);

  /* The store in memory has one connection: every statement is authorised
   * on it as it is prepared. */
  sqlite3_set_authorizer (db, record_reads, reads);
  all = konkurs_store_list_codes (fixture->store, competition_id, -1, &error);
  g_assert_no_error (error);
  admitted = konkurs_store_list_codes (fixture->store, competition_id, KONKURS_CANDIDACY_ADMITTED, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 4);
  g_assert_cmpuint (admitted->len, ==, 2);

  g_hash_table_iter_init (&iter, reads);
  while (g_hash_table_iter_next (&iter, (gpointer *) &read, NULL))
    {
      g_test_message ("read %s", read);
      g_assert_true (g_str_has_prefix (read, "application."));
      g_assert_null (strstr (read, "candidate"));
    }
  g_assert_true (g_hash_table_contains (reads, "application.personal_code"));

  /* The watch sees a read of the registry when there is one. */
  g_hash_table_remove_all (reads);
  someone = konkurs_store_get_candidate (fixture->store, candidate_id, &error);
  g_assert_no_error (error);
  g_assert_true (reads_table (reads, "candidate"));
  g_assert_true (g_hash_table_contains (reads, "candidate.surname"));
  sqlite3_set_authorizer (db, NULL, NULL);
}

/* The rows of a stage feed its publication list, which anyone may read:
 * whatever stage, open or closed, they are read without the registry of
 * people.  Setting the authorizer expires every prepared statement, so
 * the cached ones are authorised again as they are prepared anew. */
static void
assert_rows_anonymous (KonkursStore *store, GHashTable *reads, gint64 stage_id, guint expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(KonkursStage) stage = NULL;
  g_autoptr(GPtrArray) tests = NULL;
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GPtrArray) assessments = NULL;
  GHashTableIter iter;
  const char *read;

  g_hash_table_remove_all (reads);
  sqlite3_set_authorizer (konkurs_store_get_db (store), record_reads, reads);
  rows = konkurs_store_list_stage_rows (store, stage_id, &error);
  g_assert_no_error (error);
  /* and the rest the publication list reads (konkurs-stage-document.c) */
  stage = konkurs_store_get_stage (store, stage_id, &error);
  g_assert_no_error (error);
  tests = konkurs_store_list_test_results (store, stage_id, &error);
  g_assert_no_error (error);
  members = konkurs_store_list_member_scores (store, stage_id, &error);
  g_assert_no_error (error);
  assessments = konkurs_store_list_assessments (store, stage_id, &error);
  g_assert_no_error (error);
  sqlite3_set_authorizer (konkurs_store_get_db (store), NULL, NULL);
  g_assert_cmpuint (rows->len, ==, expected);
  g_hash_table_iter_init (&iter, reads);
  while (g_hash_table_iter_next (&iter, (gpointer *) &read, NULL))
    {
      g_test_message ("stage %" G_GINT64_FORMAT " read %s", stage_id, read);
      g_assert_false (g_str_has_prefix (read, "candidate"));
    }
  g_assert_true (g_hash_table_contains (reads, "application.personal_code"));
}

static void
test_stage_rows_read (KonkursTestCandidates *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) reads = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(KonkursTestStageCompetition) civil = NULL;
  g_autoptr(GPtrArray) stages = NULL;
  g_autoptr(KonkursStage) testing = NULL;
  gint64 documents = 0, practical = 0;

  civil = konkurs_test_stage_competition_new (fixture->store, KONKURS_PROCEDURE_CIVIL_SERVICE, 4);
  konkurs_test_stage_add_results (fixture->store, civil->stage_id, 1);
  stages = konkurs_store_list_stages (fixture->store, civil->competition_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < stages->len; i++)
    {
      const KonkursStage *stage = g_ptr_array_index (stages, i);

      if (stage->kind == KONKURS_STAGE_DOCUMENTS)
        documents = stage->id;
      else if (stage->kind == KONKURS_STAGE_PRACTICAL_TASK)
        practical = stage->id;
    }

  /* closed (outcomes stored), open with results (decided on the fly) */
  assert_rows_anonymous (fixture->store, reads, documents, 5);
  assert_rows_anonymous (fixture->store, reads, civil->stage_id, 4);
  g_assert_true (konkurs_store_close_stage (fixture->store, civil->stage_id, TRUE, &error));
  g_assert_no_error (error);
  assert_rows_anonymous (fixture->store, reads, civil->stage_id, 4);
  testing = konkurs_store_get_stage (fixture->store, civil->stage_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (testing->n_going_on, >, 0);
  /* the next stage: its entrants from the outcomes before it */
  assert_rows_anonymous (fixture->store, reads, practical, testing->n_going_on);

  /* The watch sees a read of the registry when there is one. */
  g_hash_table_remove_all (reads);
  sqlite3_set_authorizer (konkurs_store_get_db (fixture->store), record_reads, reads);
  g_assert_cmpint (konkurs_test_query_int64 (konkurs_store_get_db (fixture->store),
                                             "SELECT count(*) FROM candidate WHERE surname <> ''"), >, 0);
  sqlite3_set_authorizer (konkurs_store_get_db (fixture->store), NULL, NULL);
  g_assert_true (g_hash_table_contains (reads, "candidate.surname"));
}

/* What an expert and the Essays area see of the essays (the package, the
 * list, one essay, its grades, the experts' loads) is read without the
 * registry of people; the writers' names come only from their own call,
 * after the unsealing. */
static void
assert_essays_anonymous (KonkursStore *store, GHashTable *reads, gint64 stage_id, gint64 expert_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursEssayPackage) package = NULL;
  g_autoptr(GPtrArray) essays = NULL;
  g_autoptr(KonkursEssay) essay = NULL;
  g_autoptr(GPtrArray) grades = NULL;
  g_autoptr(GPtrArray) loads = NULL;
  GHashTableIter iter;
  const char *read;

  g_hash_table_remove_all (reads);
  sqlite3_set_authorizer (konkurs_store_get_db (store), record_reads, reads);
  package = konkurs_store_issue_package (store, stage_id, expert_id, &error);
  g_assert_no_error (error);
  essays = konkurs_store_list_essays (store, stage_id, &error);
  g_assert_no_error (error);
  essay = konkurs_store_get_essay (store, ((KonkursEssay *) g_ptr_array_index (essays, 0))->id, &error);
  g_assert_no_error (error);
  grades = konkurs_store_list_essay_grades (store, essay->id, &error);
  g_assert_no_error (error);
  loads = konkurs_store_list_expert_loads (store, stage_id, &error);
  g_assert_no_error (error);
  sqlite3_set_authorizer (konkurs_store_get_db (store), NULL, NULL);
  g_assert_cmpuint (package->essays->len, >, 0);
  g_assert_cmpuint (grades->len, ==, 3);
  g_hash_table_iter_init (&iter, reads);
  while (g_hash_table_iter_next (&iter, (gpointer *) &read, NULL))
    {
      g_test_message ("essays read %s", read);
      g_assert_false (g_str_has_prefix (read, "candidate"));
      g_assert_false (g_str_has_prefix (read, "work_period"));
      g_assert_false (g_str_has_prefix (read, "certificate"));
    }
  g_assert_true (g_hash_table_contains (reads, "application.personal_code"));
  g_assert_true (g_hash_table_contains (reads, "essay.body"));
}

static void
test_essays_read (KonkursTestCandidates *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) reads = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(KonkursTestEssayStage) stage = konkurs_test_essay_stage_new (fixture->store, 6);
  g_autoptr(GArray) experts = NULL;
  g_autoptr(GHashTable) writers = NULL;

  konkurs_test_save_essays (fixture->store, stage);
  experts = konkurs_test_add_experts (fixture->store, 1, "«Самұрық» АҚ");
  g_assert_true (konkurs_store_assign_essays (fixture->store, stage->stage_id, NULL, &error));
  g_assert_no_error (error);
  assert_essays_anonymous (fixture->store, reads, stage->stage_id, g_array_index (experts, gint64, 0));

  /* The watch sees the registry read where it is: the writers' names. */
  konkurs_test_exec (konkurs_store_get_db (fixture->store),
                     "INSERT INTO essay_unsealing (stage_id) SELECT stage_id FROM essay LIMIT 1");
  g_hash_table_remove_all (reads);
  sqlite3_set_authorizer (konkurs_store_get_db (fixture->store), record_reads, reads);
  writers = konkurs_store_list_essay_writers (fixture->store, stage->stage_id, &error);
  sqlite3_set_authorizer (konkurs_store_get_db (fixture->store), NULL, NULL);
  g_assert_no_error (error);
  g_assert_true (g_hash_table_contains (reads, "candidate.surname"));
}

/* Every package of a generated database names no one who applied. */
static void
test_packages_name_no_one (KonkursTestCandidates *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) candidates = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) competitions = NULL;
  g_autoptr(GArray) ids = NULL;
  guint n_packages = 0;

  g_assert_true (konkurs_demo_generate (fixture->store, 60, 11, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  ids = konkurs_test_search_candidates (fixture->store, "");
  for (guint i = 0; i < ids->len; i++)
    {
      KonkursCandidate *candidate = konkurs_store_get_candidate (fixture->store, g_array_index (ids, gint64, i), &error);

      g_assert_no_error (error);
      g_ptr_array_add (candidates, candidate);
    }
  g_assert_cmpuint (candidates->len, >=, 60);
  competitions = konkurs_store_list_competitions (fixture->store, &error);
  g_assert_no_error (error);
  for (guint c = 0; c < competitions->len; c++)
    {
      gint64 competition_id = konkurs_competition_get_id (g_ptr_array_index (competitions, c));
      g_autoptr(KonkursStage) stage = konkurs_store_find_stage (fixture->store, competition_id, KONKURS_STAGE_ESSAY,
                                                                NULL);
      g_autoptr(GPtrArray) loads = stage != NULL ? konkurs_store_list_expert_loads (fixture->store, stage->id, NULL)
                                                 : NULL;

      for (guint l = 0; loads != NULL && l < loads->len; l++)
        {
          const KonkursExpertLoad *load = g_ptr_array_index (loads, l);
          g_autoptr(KonkursEssayPackage) package = NULL;
          g_autoptr(GString) text = g_string_new (NULL);

          if (load->assigned == 0)
            continue;
          package = konkurs_store_issue_package (fixture->store, stage->id, load->expert_id, &error);
          g_assert_no_error (error);
          /* the expert's own name is theirs to see: everything else */
          g_string_append_printf (text, "%s %s %s %s\n", package->package_id, package->issued_at,
                                  konkurs_local_text_get (package->competition, KONKURS_DOC_LANGUAGE_KK),
                                  konkurs_local_text_get (package->competition, KONKURS_DOC_LANGUAGE_RU));
          for (guint e = 0; e < package->essays->len; e++)
            {
              const KonkursPackageEssay *essay = g_ptr_array_index (package->essays, e);

              g_string_append_printf (text, "%s %s %s %s\n", essay->code, essay->topic, essay->body, essay->language);
            }
          assert_no_identity (text->str, candidates);
          n_packages++;
        }
    }
  g_assert_cmpuint (n_packages, >, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/anonymous/" path, KonkursTestCandidates, NULL, konkurs_test_candidates_set_up, func, \
              konkurs_test_candidates_tear_down)
  ADD ("codes", test_anonymous_codes);
  g_test_add ("/anonymous/statements-read", KonkursTestCandidates, KONKURS_TEST_IN_MEMORY,
              konkurs_test_candidates_set_up, test_statements_read, konkurs_test_candidates_tear_down);
  g_test_add ("/anonymous/stage-rows-read", KonkursTestCandidates, KONKURS_TEST_IN_MEMORY,
              konkurs_test_candidates_set_up, test_stage_rows_read, konkurs_test_candidates_tear_down);
  g_test_add ("/anonymous/essays-read", KonkursTestCandidates, KONKURS_TEST_IN_MEMORY,
              konkurs_test_candidates_set_up, test_essays_read, konkurs_test_candidates_tear_down);
  ADD ("packages-name-no-one", test_packages_name_no_one);
  g_test_add_func ("/anonymous/source", test_source);
  g_test_add_func ("/anonymous/source-check", test_source_check);
#undef ADD

  return g_test_run ();
}
