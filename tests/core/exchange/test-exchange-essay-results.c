/* test-exchange-essay-results.c — an expert's results file imported at
 * the secretary's workstation through real files: a good one goes in; a
 * changed point, a changed code, a foreign package, no signature, points
 * off the scale, malformed or cut-off XML and the same file again are each
 * refused with the reason and the line, leaving the database as it was; a
 * second file of the package replaces the first only with a reason
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "konkurs-exchange-essays.h"
#include "konkurs-test-exchange-essays.h"
#include "konkurs-test-util.h"

typedef struct {
  char                  *dir;
  KonkursStore          *store;
  KonkursTestEssayStage *stage;
  KonkursEssayPackage   *package;   /* of the first expert with essays */
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *essays = NULL;
  g_autoptr(GPtrArray) loads = NULL;
  g_autoptr(GArray) experts = NULL;
  guint assigned = 0;

  fixture->dir = konkurs_test_make_tmp_dir ("test-exchange-essay-results-XXXXXX");
  fixture->store = konkurs_test_store_open (NULL, NULL);
  fixture->stage = konkurs_test_essay_stage_new (fixture->store, 10);
  essays = konkurs_test_write_essays (fixture->dir, "essays.xml", fixture->stage->codes);
  g_assert_true (konkurs_exchange_import_file (fixture->store, essays, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  experts = konkurs_test_add_experts (fixture->store, 2, NULL);
  g_assert_true (konkurs_store_assign_essays (fixture->store, fixture->stage->stage_id, &assigned, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (assigned, ==, fixture->stage->codes->len);
  loads = konkurs_store_list_expert_loads (fixture->store, fixture->stage->stage_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < loads->len && fixture->package == NULL; i++)
    {
      const KonkursExpertLoad *load = g_ptr_array_index (loads, i);

      if (load->assigned >= 2)
        fixture->package = konkurs_store_issue_package (fixture->store, fixture->stage->stage_id, load->expert_id,
                                                        &error);
      g_assert_no_error (error);
    }
  g_assert_nonnull (fixture->package);
  g_assert_cmpuint (fixture->package->essays->len, >=, 2);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_clear_pointer (&fixture->package, konkurs_essay_package_free);
  g_clear_pointer (&fixture->stage, konkurs_test_essay_stage_free);
  g_clear_object (&fixture->store);
  konkurs_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* Every essay of the package graded, @shift moving the points within each
 * criterion's range; signed. */
static KonkursEssayResults *
grade (Fixture *fixture, int shift)
{
  KonkursEssayResults *results = konkurs_essay_results_new (fixture->package);
  const KonkursEssayRule *rule = fixture->package->rule;

  for (guint e = 0; e < fixture->package->essays->len; e++)
    for (guint c = 0; c < rule->criteria->len; c++)
      {
        const KonkursEssayCriterion *criterion = g_ptr_array_index (rule->criteria, c);
        int range = criterion->max_points - criterion->min_points + 1;

        konkurs_essay_results_set_points (results,
                                          ((KonkursPackageEssay *) g_ptr_array_index (fixture->package->essays, e))->code,
                                          criterion->code, criterion->min_points + (int) (e + c + shift) % range);
      }
  konkurs_essay_results_set_comment (results,
                                     ((KonkursPackageEssay *) g_ptr_array_index (fixture->package->essays, 0))->code,
                                     "Дәлелдер әлсіз.");
  konkurs_essay_results_sign (results, fixture->package);
  return results;
}

static char *
write_results (Fixture *fixture, const char *name, const KonkursEssayResults *results)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_assert_true (konkurs_exchange_write_results (results, path, &error));
  g_assert_no_error (error);
  return path;
}

/* The file @name made from @path's text with @from replaced by @to once. */
static char *
tamper (Fixture *fixture, const char *path, const char *name, const char *from, const char *to)
{
  g_autofree char *text = NULL;
  g_autoptr(GString) changed = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, from));
  changed = g_string_new (text);
  g_string_replace (changed, from, to, 1);
  return konkurs_test_write_text (fixture->dir, name, changed->str);
}

/* The file @name made from @path's text with the codes of the package's
 * first two essays swapped: every score still names an essay of the
 * package, once, but not the one the expert graded. */
static char *
swap_codes (Fixture *fixture, const char *path, const char *name)
{
  const char *first = ((KonkursPackageEssay *) g_ptr_array_index (fixture->package->essays, 0))->code;
  const char *second = ((KonkursPackageEssay *) g_ptr_array_index (fixture->package->essays, 1))->code;
  g_autofree char *text = NULL;
  g_autoptr(GString) changed = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  changed = g_string_new (text);
  g_assert_cmpuint (g_string_replace (changed, first, "\001", 0), >, 0);
  g_assert_cmpuint (g_string_replace (changed, second, first, 0), >, 0);
  g_string_replace (changed, "\001", second, 0);
  return konkurs_test_write_text (fixture->dir, name, changed->str);
}

static const KonkursPackageScore *
first_score (const KonkursEssayResults *results)
{
  return g_ptr_array_index (results->scores, 0);
}

static char *
score_element (const KonkursPackageScore *score, int points)
{
  return g_strdup_printf ("<score code=\"%s\" criterion=\"%s\" points=\"%d\"/>", score->code, score->criterion,
                          points);
}

/* Refused with the error @domain/@code, the message beginning with
 * @located and holding @reason; the database as it was. */
static void
assert_refused (Fixture *fixture, const char *path, const char *reason, GQuark domain, int code,
                const char *located, const char *reason_text)
{
  g_autofree char *before = konkurs_test_dump_database (fixture->store);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  KonkursImportSummary summary = { 0 };

  g_assert_false (konkurs_exchange_import_essay_results (fixture->store, path, reason, &summary, &error));
  g_assert_error (error, domain, code);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, located));
  g_assert_nonnull (strstr (error->message, reason_text));
  after = konkurs_test_dump_database (fixture->store);
  g_assert_cmpstr (before, ==, after);
}

static guint
count_scored (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) essays = konkurs_store_list_essays (fixture->store, fixture->stage->stage_id, &error);
  guint scored = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < essays->len; i++)
    scored += ((KonkursEssay *) g_ptr_array_index (essays, i))->n_graded;
  return scored;
}

static void
test_valid_and_replayed (Fixture *fixture, gconstpointer data)
{
  g_autoptr(KonkursEssayResults) results = grade (fixture, 0);
  g_autofree char *path = write_results (fixture, "results.xml", results);
  g_autoptr(GError) error = NULL;
  KonkursImportSummary summary = { 0 };

  konkurs_exchange_import_file (fixture->store, path, &summary, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (summary.essay_scores, ==, fixture->package->essays->len);
  g_assert_cmpuint (count_scored (fixture), ==, fixture->package->essays->len);

  /* the very same file again: replayed */
  assert_refused (fixture, path, NULL, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_INVALID, "results.xml:2:",
                  "results.xml");
}

static void
test_tampered (Fixture *fixture, gconstpointer data)
{
  g_autoptr(KonkursEssayResults) results = grade (fixture, 0);
  g_autofree char *path = write_results (fixture, "results.xml", results);
  const KonkursPackageScore *score = first_score (results);
  const KonkursEssayCriterion *criterion = konkurs_essay_rule_find_criterion (fixture->package->rule,
                                                                              score->criterion);
  int other = score->points == criterion->max_points ? criterion->min_points : score->points + 1;
  g_autofree char *from = score_element (score, score->points);
  g_autofree char *to = score_element (score, other);
  g_autofree char *point = tamper (fixture, path, "point.xml", from, to);
  g_autofree char *code = swap_codes (fixture, path, "code.xml");
  g_autofree char *package_from = g_strdup_printf ("package=\"%s\"", results->package_id);
  g_autofree char *foreign = tamper (fixture, path, "foreign.xml", package_from,
                                     "package=\"00000000-0000-4000-8000-000000000000\"");
  g_autofree char *signature = g_strdup_printf ("  <signature>%s</signature>\n", results->signature);
  g_autofree char *unsigned_path = tamper (fixture, path, "unsigned.xml", signature, "");

  assert_refused (fixture, point, NULL, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_SIGNATURE, "point.xml:2:", "");
  assert_refused (fixture, code, NULL, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_SIGNATURE, "code.xml:2:", "");
  assert_refused (fixture, foreign, NULL, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_INVALID, "foreign.xml:2:",
                  "00000000-0000-4000-8000-000000000000");
  assert_refused (fixture, unsigned_path, NULL, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_SIGNATURE,
                  "unsigned.xml:2:", "");
  g_assert_cmpuint (count_scored (fixture), ==, 0);
}

/* Points above the criterion's maximum, signed as the expert's laptop
 * would: refused at the line of that score. */
static void
test_off_scale (Fixture *fixture, gconstpointer data)
{
  g_autoptr(KonkursEssayResults) results = grade (fixture, 0);
  const KonkursPackageScore *last = g_ptr_array_index (results->scores, results->scores->len - 1);
  const KonkursEssayCriterion *criterion = konkurs_essay_rule_find_criterion (fixture->package->rule,
                                                                              last->criterion);
  g_autofree char *path = NULL;
  g_autofree char *located = NULL;
  g_autofree char *points = g_strdup_printf ("%d", criterion->max_points + 1);

  konkurs_essay_results_set_points (results, last->code, last->criterion, criterion->max_points + 1);
  konkurs_essay_results_sign (results, fixture->package);
  path = write_results (fixture, "off-scale.xml", results);
  /* the declaration, the root, the expert, then the scores */
  located = g_strdup_printf ("off-scale.xml:%u: score:", 3 + results->scores->len);
  assert_refused (fixture, path, NULL, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_INVALID, located, points);
}

static void
test_broken_files (Fixture *fixture, gconstpointer data)
{
  g_autoptr(KonkursEssayResults) results = grade (fixture, 0);
  g_autofree char *path = write_results (fixture, "results.xml", results);
  g_autofree char *text = NULL;
  g_autofree char *truncated = NULL;
  g_autofree char *malformed = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (path, &text, &length, &error));
  g_assert_no_error (error);
  text[length * 2 / 3] = '\0';
  truncated = konkurs_test_write_text (fixture->dir, "truncated.xml", text);
  malformed = tamper (fixture, path, "malformed.xml", "/>", ">");
  assert_refused (fixture, truncated, NULL, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_MALFORMED,
                  "truncated.xml:", "");
  assert_refused (fixture, malformed, NULL, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_MALFORMED,
                  "malformed.xml:", "");
}

/* A second file of the same package (the expert changed a grade) needs a
 * reason; with one, it replaces the first. */
static void
test_second_file (Fixture *fixture, gconstpointer data)
{
  g_autoptr(KonkursEssayResults) first = grade (fixture, 0);
  g_autoptr(KonkursEssayResults) second = grade (fixture, 1);
  g_autofree char *first_path = write_results (fixture, "first.xml", first);
  g_autofree char *second_path = write_results (fixture, "second.xml", second);
  const char *code = ((KonkursPackageEssay *) g_ptr_array_index (fixture->package->essays, 0))->code;
  const char *criterion = first_score (first)->criterion;
  g_autoptr(GPtrArray) essays = NULL;
  g_autoptr(GPtrArray) grades = NULL;
  g_autoptr(GError) error = NULL;
  KonkursImportSummary summary = { 0 };
  gint64 essay_id = 0;

  g_assert_true (konkurs_exchange_import_essay_results (fixture->store, first_path, NULL, &summary, &error));
  g_assert_no_error (error);
  assert_refused (fixture, second_path, NULL, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_REASON_NEEDED,
                  "second.xml:2:", "");
  assert_refused (fixture, second_path, "   ", KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_REASON_NEEDED,
                  "second.xml:2:", "");
  g_assert_true (konkurs_exchange_import_essay_results (fixture->store, second_path,
                                                        "Сарапшы екінші эссенің бағасын түзетті", &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.essay_scores, ==, fixture->package->essays->len);

  essays = konkurs_store_list_essays (fixture->store, fixture->stage->stage_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < essays->len; i++)
    if (g_str_equal (((KonkursEssay *) g_ptr_array_index (essays, i))->code, code))
      essay_id = ((KonkursEssay *) g_ptr_array_index (essays, i))->id;
  grades = konkurs_store_list_essay_grades (fixture->store, essay_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < grades->len; i++)
    {
      const KonkursEssayGrade *grade_row = g_ptr_array_index (grades, i);

      if (grade_row->expert_id != fixture->package->expert_id)
        continue;
      g_assert_true (grade_row->has_score);
      for (guint p = 0; p < grade_row->points->len; p++)
        {
          const KonkursPackageScore *score = g_ptr_array_index (grade_row->points, p);

          if (g_str_equal (score->criterion, criterion))
            g_assert_cmpint (score->points, ==, konkurs_essay_results_get_points (second, code, criterion));
        }
    }
}

/* One package per expert with essays, into a folder, named after the
 * expert and the package; a file of the same name that is another is
 * never overwritten; the same package again is the same file. */
static void
test_export_packages (Fixture *fixture, gconstpointer data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "packages", NULL);
  g_autoptr(GPtrArray) loads = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  const char *name;
  guint written = 0, with_essays = 0, files = 0;
  g_autofree char *stranger = NULL;
  g_autofree char *stranger_text = NULL;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  /* a name no file system takes as it is */
  {
    g_autoptr(KonkursExpert) expert = konkurs_store_get_expert (fixture->store, fixture->package->expert_id, &error);
    g_autoptr(GPtrArray) one = g_ptr_array_new ();

    g_assert_no_error (error);
    g_free (expert->full_name);
    expert->full_name = g_strdup ("Ким/Виктор: \"В*?\" <А> | Б\\Г.");
    g_ptr_array_add (one, expert);
    g_assert_true (konkurs_store_save_experts (fixture->store, one, &error));
    g_assert_no_error (error);
  }
  loads = konkurs_store_list_expert_loads (fixture->store, fixture->stage->stage_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < loads->len; i++)
    with_essays += ((KonkursExpertLoad *) g_ptr_array_index (loads, i))->assigned > 0;

  g_assert_true (konkurs_exchange_export_packages (fixture->store, fixture->stage->stage_id, folder, &written, NULL,
                                                   &error));
  g_assert_no_error (error);
  g_assert_cmpuint (written, ==, with_essays);
  dir = g_dir_open (folder, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autoptr(KonkursEssayPackage) package = konkurs_exchange_read_package (path, &error);
      g_autofree char *expected = NULL;

      g_assert_no_error (error);
      g_assert_cmpuint (package->essays->len, >, 0);
      files++;
      expected = g_strdup_printf ("%s - %s.xml", package->expert_name, package->package_id);
      if (package->expert_id == fixture->package->expert_id)
        {
          g_autofree char *safe = g_strdup_printf ("Ким_Виктор_ _В___ _А_ _ Б_Г. - %s.xml", package->package_id);

          g_assert_cmpstr (name, ==, safe);
          stranger = g_steal_pointer (&path);
          continue;
        }
      g_assert_cmpstr (name, ==, expected);
    }
  g_assert_cmpuint (files, ==, with_essays);

  /* again: the same packages, the same files, nothing added */
  g_assert_true (konkurs_exchange_export_packages (fixture->store, fixture->stage->stage_id, folder, &written, NULL,
                                                   &error));
  g_assert_no_error (error);
  g_dir_rewind (dir);
  files = 0;
  while (g_dir_read_name (dir) != NULL)
    files++;
  g_assert_cmpuint (files, ==, with_essays);

  /* a different file where a package goes is kept, the package beside it */
  g_assert_nonnull (stranger);
  g_assert_true (g_file_set_contents (stranger, "not a package", -1, &error));
  g_assert_true (konkurs_exchange_export_packages (fixture->store, fixture->stage->stage_id, folder, &written, NULL,
                                                   &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (stranger, &stranger_text, NULL, &error));
  g_assert_cmpstr (stranger_text, ==, "not a package");
  g_assert_true (g_str_has_suffix (stranger, ".xml"));
  stranger[strlen (stranger) - 4] = '\0';
  {
    g_autofree char *second = g_strconcat (stranger, " (2).xml", NULL);
    g_autoptr(KonkursEssayPackage) package = konkurs_exchange_read_package (second, &error);

    g_assert_no_error (error);
    g_assert_cmpint (package->expert_id, ==, fixture->package->expert_id);
  }

  /* cancelled: nothing more written */
  g_cancellable_cancel (cancellable);
  g_assert_false (konkurs_exchange_export_packages (fixture->store, fixture->stage->stage_id, folder, &written,
                                                    cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (written, ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/exchange/essay-results/valid-and-replayed", test_valid_and_replayed);
  ADD ("/exchange/essay-results/tampered", test_tampered);
  ADD ("/exchange/essay-results/off-scale", test_off_scale);
  ADD ("/exchange/essay-results/broken-files", test_broken_files);
  ADD ("/exchange/essay-results/second-file", test_second_file);
  ADD ("/exchange/essay-results/export-packages", test_export_packages);
#undef ADD

  return g_test_run ();
}
