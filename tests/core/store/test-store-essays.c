/* test-store-essays.c — the essays' store: the seeded rules, the experts,
 * essays as they arrive, the recorded draw and its replay, conflicts,
 * packages, and the import of results with every refusal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-autocleanups.h"
#include "konkurs-collation.h"
#include "konkurs-store-chain.h"
#include "konkurs-store-private.h"
#include "konkurs-store-verify.h"
#include "konkurs-test-candidates.h"
#include "konkurs-test-essays.h"
#include "konkurs-test-util.h"

typedef KonkursTestCandidates Fixture;

static void
set_up (Fixture *fixture, gconstpointer data)
{
  konkurs_test_candidates_set_up (fixture, data);
}

static void
tear_down (Fixture *fixture, gconstpointer data)
{
  konkurs_test_candidates_tear_down (fixture, data);
}

static gint64
count (KonkursStore *store, const char *sql)
{
  return konkurs_test_query_int64 (konkurs_store_get_db (store), sql);
}

/* The rule sets are seeded with the essay rules of both tracks. */
static void
test_rules (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursTestEssayStage) stage = konkurs_test_essay_stage_new (fixture->store, 6);
  g_autoptr(KonkursEssayRule) rule = konkurs_store_get_essay_rule (fixture->store, stage->stage_id, &error);
  g_autoptr(KonkursRuleSet) rule_set = NULL;
  const KonkursEssayRule *leadership;

  g_assert_no_error (error);
  g_assert_cmpint (rule->graders, ==, KONKURS_ESSAY_GRADERS_EXPERTS);
  g_assert_cmpint (rule->graders_per_essay, ==, 3);
  g_assert_cmpint (rule->spread_limit, ==, 2);
  g_assert_cmpint (rule->fourth_rule, ==, KONKURS_ESSAY_FOURTH_DROP_FARTHEST);
  g_assert_cmpint (rule->conflict_years, ==, 3);
  g_assert_cmpuint (rule->criteria->len, ==, 3);
  g_assert_cmpstr (((KonkursEssayCriterion *) g_ptr_array_index (rule->criteria, 0))->code, ==, "topic");
  g_assert_cmpint (konkurs_essay_rule_get_max_total (rule), ==, 5);

  /* every rule set, and the rule set object carries them */
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM rule_set r WHERE NOT EXISTS (SELECT 1 FROM "
                                          "rule_set_essay e WHERE e.rule_set_id = r.id AND e.track = 'leadership')"),
                   ==, 0);
  rule_set = konkurs_store_get_rule_set (fixture->store,
                                         count (fixture->store, "SELECT min(id) FROM rule_set"), &error);
  g_assert_no_error (error);
  leadership = konkurs_rule_set_get_essay_rule (rule_set, KONKURS_TRACK_LEADERSHIP);
  g_assert_nonnull (leadership);
  g_assert_cmpint (leadership->graders, ==, KONKURS_ESSAY_GRADERS_COMMISSION);
  g_assert_cmpint (leadership->max_words, ==, 250);
  g_assert_cmpint (leadership->max_minutes, ==, 45);
  g_assert_cmpint (konkurs_essay_rule_get_min_total (leadership), ==, 1);
  g_assert_cmpint (konkurs_essay_rule_get_max_total (leadership), ==, 5);
  g_assert_null (konkurs_rule_set_get_essay_rule (rule_set, KONKURS_TRACK_NON_LEADERSHIP));

  /* a stage that is not the essay's */
  g_assert_null (konkurs_store_get_essay_rule (fixture->store, stage->competition->stage_id, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
}

static void
test_experts (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  /* borrows the experts below */
  g_autoptr(GPtrArray) experts = g_ptr_array_new ();
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(KonkursExpert) read = NULL;
  g_autoptr(KonkursExpert) expert = konkurs_expert_new ();
  g_autoptr(KonkursExpert) twin = NULL;
  g_autoptr(GDate) on = konkurs_test_date_new (2025, 2, 3);

  g_free (expert->full_name);
  expert->full_name = g_strdup ("Әлиева Гүлнар");
  expert->background = KONKURS_EXPERT_BACKGROUND_BUSINESS;
  g_strfreev (expert->sectors);
  expert->sectors = g_strsplit ("digitalisation,infrastructure", ",", -1);
  g_free (expert->employer);
  expert->employer = g_strdup ("«Қазақтелеком» АҚ");
  g_free (expert->email);
  expert->email = g_strdup ("aliyeva@example.kz");
  konkurs_expert_add_conflict (expert, KONKURS_EXPERT_CONFLICT_ORGANISATION, "ТОО «Альфа»", "бұрынғы жұмыс", on);
  g_ptr_array_add (experts, expert);
  g_assert_true (konkurs_store_save_experts (fixture->store, experts, &error));
  g_assert_no_error (error);
  g_assert_cmpint (expert->id, >, 0);

  read = konkurs_store_get_expert (fixture->store, expert->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (read->full_name, ==, "Әлиева Гүлнар");
  g_assert_cmpint (read->background, ==, KONKURS_EXPERT_BACKGROUND_BUSINESS);
  g_assert_cmpuint (g_strv_length (read->sectors), ==, 2);
  g_assert_true (g_strv_contains ((const char * const *) read->sectors, "infrastructure"));
  g_assert_cmpstr (read->employer, ==, "«Қазақтелеком» АҚ");
  g_assert_cmpuint (read->conflicts->len, ==, 1);
  g_assert_cmpstr (((KonkursExpertConflict *) g_ptr_array_index (read->conflicts, 0))->value, ==, "ТОО «Альфа»");
  konkurs_test_assert_date (&((KonkursExpertConflict *) g_ptr_array_index (read->conflicts, 0))->declared_on,
                            2025, 2, 3);
  listed = konkurs_store_list_experts (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, ==, 1);

  /* the same name and e-mail in another case is the same expert */
  twin = konkurs_expert_copy (expert);
  twin->id = 0;
  g_free (twin->full_name);
  twin->full_name = g_strdup ("ӘЛИЕВА гүлнар");
  g_ptr_array_set_size (experts, 0);
  g_ptr_array_add (experts, twin);
  g_assert_false (konkurs_store_save_experts (fixture->store, experts, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_cmpint (twin->id, ==, 0);
  /* a sector no rule set knows, a missing name: nothing saved, the field named */
  g_free (twin->email);
  twin->email = g_strdup ("other@example.kz");
  g_strfreev (twin->sectors);
  twin->sectors = g_strsplit ("astrology", ",", -1);
  g_assert_false (konkurs_store_save_experts (fixture->store, experts, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "astrology"));
  g_clear_error (&error);
  g_free (twin->full_name);
  twin->full_name = g_strdup ("  ");
  g_assert_false (konkurs_store_save_experts (fixture->store, experts, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "full name"));
  g_clear_error (&error);
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM expert"), ==, 1);

  /* an update keeps the id and replaces sectors and conflicts */
  g_strfreev (expert->sectors);
  expert->sectors = g_strsplit ("digitalisation", ",", -1);
  g_ptr_array_set_size (expert->conflicts, 0);
  g_ptr_array_set_size (experts, 0);
  g_ptr_array_add (experts, expert);
  g_assert_true (konkurs_store_save_experts (fixture->store, experts, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM expert_sector"), ==, 1);
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM expert_conflict"), ==, 0);
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM audit_log WHERE table_name = 'expert'"), ==, 2);

  g_assert_true (konkurs_store_delete_expert (fixture->store, expert->id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM expert"), ==, 0);
}

static void
test_save_essays (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursTestEssayStage) stage = konkurs_test_essay_stage_new (fixture->store, 6);
  g_autoptr(GPtrArray) inputs = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_essay_input_free);
  g_autoptr(GPtrArray) essays = NULL;
  g_autoptr(KonkursEssay) essay = NULL;
  g_autofree char *body = NULL;
  KonkursEssayInput *input;

  /* a code that did not enter the stage: nothing saved, the code named */
  input = konkurs_essay_input_new (g_ptr_array_index (stage->codes, 0));
  g_free (input->body);
  input->body = g_strdup ("Бір екі  үш\nтөрт");
  g_ptr_array_add (inputs, input);
  g_ptr_array_add (inputs, konkurs_essay_input_new (stage->competition->refused_code));
  g_assert_false (konkurs_store_save_essays (fixture->store, stage->stage_id, inputs, "entry", &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, stage->competition->refused_code));
  g_clear_error (&error);
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM essay"), ==, 0);

  g_ptr_array_remove_index (inputs, 1);
  g_assert_true (konkurs_store_save_essays (fixture->store, stage->stage_id, inputs, "entry", &error));
  g_assert_no_error (error);
  essays = konkurs_store_list_essays (fixture->store, stage->stage_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (essays->len, ==, 1);
  essay = konkurs_essay_copy (g_ptr_array_index (essays, 0));
  g_assert_cmpstr (essay->code, ==, g_ptr_array_index (stage->codes, 0));
  g_assert_cmpstr (essay->sector, ==, "digitalisation");
  g_assert_cmpint (essay->word_count, ==, 4);
  g_assert_cmpint (essay->aggregate.status, ==, KONKURS_ESSAY_STATUS_NOT_ASSIGNED);
  g_assert_cmpuint (essay->n_required, ==, 3);
  body = konkurs_store_get_essay_body (fixture->store, essay->id, &error);
  g_assert_cmpstr (body, ==, "Бір екі  үш\nтөрт");
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM audit_log WHERE table_name = 'essay' "
                                          "AND action = 'create'"), ==, 1);

  /* an essay without grades is replaced, keeping its id */
  g_free (input->body);
  input->body = g_strdup ("Жаңа мәтін");
  g_assert_true (konkurs_store_save_essays (fixture->store, stage->stage_id, inputs, "entry", &error));
  g_assert_no_error (error);
  g_clear_pointer (&essays, g_ptr_array_unref);
  essays = konkurs_store_list_essays (fixture->store, stage->stage_id, &error);
  g_assert_cmpuint (essays->len, ==, 1);
  g_assert_cmpint (((KonkursEssay *) g_ptr_array_index (essays, 0))->id, ==, essay->id);
  g_assert_cmpint (((KonkursEssay *) g_ptr_array_index (essays, 0))->word_count, ==, 2);

  /* the language is kk or ru */
  g_free (input->language);
  input->language = g_strdup ("en");
  g_assert_false (konkurs_store_save_essays (fixture->store, stage->stage_id, inputs, "entry", &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
}

static void
assert_balanced (KonkursStore *store, gint64 stage_id, guint per_essay)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) loads = konkurs_store_list_expert_loads (store, stage_id, &error);
  guint low = G_MAXUINT, high = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < loads->len; i++)
    {
      const KonkursExpertLoad *load = g_ptr_array_index (loads, i);

      low = MIN (low, load->assigned);
      high = MAX (high, load->assigned);
    }
  g_assert_cmpuint (high - low, <=, 1);
  /* three distinct graders per essay, one of each background */
  g_assert_cmpint (count (store, "SELECT count(*) FROM (SELECT essay_id FROM essay_assignment GROUP BY essay_id "
                                 "HAVING count(DISTINCT expert_id) <> 3)"), ==, 0);
  (void) per_essay;
}

/* The assignments of a draw are written as a batch of the record: one
 * entry per row, as konkurs_store_record_row() would write it (with the
 * "before" the record had for a row id it saw already), so that --verify
 * names a tampered assignment. */
static void
test_assign_recorded (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursTestEssayStage) stage = konkurs_test_essay_stage_new (fixture->store, 6);
  g_autoptr(GArray) experts = NULL;
  g_autoptr(KonkursVerifyReport) clean = NULL;
  g_autoptr(KonkursVerifyReport) report = NULL;
  g_autofree char *before = NULL;
  sqlite3 *db = konkurs_store_get_db (fixture->store);
  gint64 n_before;
  guint mark;

  konkurs_test_save_essays (fixture->store, stage);
  experts = konkurs_test_add_experts (fixture->store, 1, NULL);
  /* the record has values of a row 2 (one deleted by hand, say), whose id
   * the draw takes again: they are the new entry's "before" */
  g_assert_true (konkurs_store_op_begin (fixture->store, &mark, &error));
  g_assert_true (konkurs_store_op_finish (fixture->store, mark,
                                          konkurs_store_record (fixture->store, "update", "essay_assignment", 2,
                                                                NULL, "{\"old\":1}", NULL, &error), &error));
  g_assert_no_error (error);
  n_before = count (fixture->store, "SELECT count(*) FROM audit_log");
  g_assert_true (konkurs_store_assign_essays (fixture->store, stage->stage_id, NULL, &error));
  g_assert_no_error (error);
  /* the draw, and each assignment */
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM audit_log") - n_before, ==,
                   1 + count (fixture->store, "SELECT count(*) FROM essay_assignment"));
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM essay_assignment g WHERE (SELECT count(*) "
                                          "FROM audit_log l WHERE l.table_name = 'essay_assignment' AND "
                                          "l.action = 'assign' AND l.row_id = g.id) = 1"), ==,
                   count (fixture->store, "SELECT count(*) FROM essay_assignment"));
  before = konkurs_test_query_text (db, "SELECT coalesce (before, '') FROM audit_log WHERE action = 'assign' "
                                        "AND row_id = 2");
  g_assert_cmpstr (before, ==, "{\"old\":1}");
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM audit_log WHERE action = 'assign' "
                                          "AND row_id <> 2 AND before IS NOT NULL"), ==, 0);
  g_assert_cmpint (count (fixture->store, "SELECT seq FROM audit_head"), ==,
                   count (fixture->store, "SELECT max (id) FROM audit_log"));
  clean = konkurs_store_verify (fixture->store, NULL, &error);
  g_assert_no_error (error);
  g_test_message ("%s", clean->message);
  g_assert_cmpint (clean->problem, ==, KONKURS_VERIFY_OK);

  konkurs_test_exec (db, "UPDATE essay_assignment SET assigned_at = '2020-01-01T00:00:00Z' WHERE id = 5");
  report = konkurs_store_verify (fixture->store, NULL, &error);
  g_assert_no_error (error);
  g_test_message ("%s", report->message);
  g_assert_cmpint (report->problem, ==, KONKURS_VERIFY_ROW);
  g_assert_cmpstr (report->table, ==, "essay_assignment");
  g_assert_cmpint (report->row_id, ==, 5);
}

static void
test_assign (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursTestEssayStage) stage = konkurs_test_essay_stage_new (fixture->store, 12);
  g_autoptr(GArray) few = NULL;
  g_autoptr(GArray) more = NULL;
  g_autoptr(GPtrArray) essays = NULL;
  g_autoptr(GPtrArray) pool = NULL;
  guint n = 99;

  konkurs_test_save_essays (fixture->store, stage);
  /* two experts cannot give an essay three graders: nothing assigned */
  few = konkurs_test_add_experts (fixture->store, 0, NULL);
  g_assert_false (konkurs_store_assign_essays (fixture->store, stage->stage_id, &n, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM essay_assignment"), ==, 0);
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM essay_draw"), ==, 0);

  more = konkurs_test_add_experts (fixture->store, 2, NULL);
  /* the registry in the order of the Kazakh alphabet (Ә after А, before Б) */
  pool = konkurs_store_list_experts (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pool->len, ==, 6);
  for (guint i = 1; i < pool->len; i++)
    g_assert_cmpint (konkurs_collation_compare (((KonkursExpert *) g_ptr_array_index (pool, i - 1))->full_name,
                                                ((KonkursExpert *) g_ptr_array_index (pool, i))->full_name), <=, 0);
  g_assert_true (g_str_has_prefix (((KonkursExpert *) g_ptr_array_index (pool, 0))->full_name, "Әбілов"));
  g_assert_true (konkurs_store_assign_essays (fixture->store, stage->stage_id, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, stage->codes->len);
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM essay_assignment"), ==, 3 * stage->codes->len);
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM essay_draw WHERE algorithm = 'splitmix64' "
                                          "AND length (seed) = 16"), ==, 1);
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM audit_log WHERE table_name = 'essay_assignment'"),
                   ==, 3 * stage->codes->len);
  assert_balanced (fixture->store, stage->stage_id, 3);
  essays = konkurs_store_list_essays (fixture->store, stage->stage_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < essays->len; i++)
    {
      const KonkursEssay *essay = g_ptr_array_index (essays, i);

      g_assert_cmpuint (essay->n_assigned, ==, 3);
      g_assert_cmpint (essay->aggregate.status, ==, KONKURS_ESSAY_STATUS_ASSIGNED);
    }

  /* assigning again gives nothing new; the draw replays */
  g_assert_true (konkurs_store_assign_essays (fixture->store, stage->stage_id, &n, &error));
  g_assert_cmpuint (n, ==, 0);
  g_assert_true (konkurs_store_replay_draw (fixture->store, stage->stage_id, &error));
  g_assert_no_error (error);
  /* an assignment changed by hand no longer replays */
  konkurs_test_exec (konkurs_store_get_db (fixture->store),
                     "UPDATE essay_assignment SET expert_id = (SELECT x.id FROM expert x WHERE x.id NOT IN "
                     "(SELECT g.expert_id FROM essay_assignment g WHERE g.essay_id = essay_assignment.essay_id) "
                     "LIMIT 1) WHERE id = (SELECT min(id) FROM essay_assignment)");
  g_assert_false (konkurs_store_replay_draw (fixture->store, stage->stage_id, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
}

/* An expert whose employer a writer worked at within three years is never
 * given that essay (the names compared without case); the screen says why. */
static void
test_conflicts (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursTestEssayStage) stage = konkurs_test_essay_stage_new (fixture->store, 6);
  g_autoptr(GArray) experts = NULL;
  g_autoptr(KonkursEssay) essay = NULL;
  g_autofree char *sql = NULL;
  gint64 conflicted;

  konkurs_test_save_essays (fixture->store, stage);
  experts = konkurs_test_add_experts (fixture->store, 1, NULL);
  conflicted = g_array_index (experts, gint64, 0);
  konkurs_test_exec (konkurs_store_get_db (fixture->store),
                     "UPDATE expert SET employer = '«Самұрық» АҚ' WHERE id = (SELECT min(id) FROM expert)");
  essay = konkurs_test_find_essay (fixture->store, stage->stage_id, g_ptr_array_index (stage->codes, 0));
  sql = g_strdup_printf ("INSERT INTO work_period (candidate_id, employer, position, started_on, ended_on) "
                         "SELECT a.candidate_id, '«САМҰРЫҚ» ақ', 'маман', '2015-01-01', NULL FROM essay e "
                         "JOIN application a ON a.id = e.application_id WHERE e.id = %" G_GINT64_FORMAT, essay->id);
  konkurs_test_exec (konkurs_store_get_db (fixture->store), sql);
  /* three experts, one in conflict: that essay cannot get three */
  g_assert_false (konkurs_store_assign_essays (fixture->store, stage->stage_id, NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_array_unref (konkurs_test_add_experts (fixture->store, 1, NULL));
  g_assert_true (konkurs_store_assign_essays (fixture->store, stage->stage_id, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT count(*) FROM essay_assignment WHERE essay_id = %" G_GINT64_FORMAT
                         " AND expert_id = %" G_GINT64_FORMAT, essay->id, conflicted);
  g_assert_cmpint (count (fixture->store, sql), ==, 0);
  g_assert_cmpint (konkurs_store_explain_left_out (fixture->store, essay->id, conflicted, &error), ==,
                   KONKURS_ASSIGN_LEFT_OUT_CONFLICT);
  g_assert_no_error (error);
  g_assert_true (konkurs_store_replay_draw (fixture->store, stage->stage_id, &error));
  g_assert_no_error (error);
}

/* A package holds the expert's essays by code, the rubric and a secret,
 * and nothing of the writers. */
static void
test_package (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursTestEssayStage) stage = konkurs_test_essay_stage_new (fixture->store, 6);
  g_autoptr(GArray) experts = NULL;
  g_autoptr(KonkursEssayPackage) package = NULL;
  g_autoptr(KonkursEssayPackage) again = NULL;
  g_autoptr(KonkursEssayPackage) none = NULL;
  gint64 expert;

  konkurs_test_save_essays (fixture->store, stage);
  experts = konkurs_test_add_experts (fixture->store, 1, NULL);
  expert = g_array_index (experts, gint64, 1);
  none = konkurs_store_issue_package (fixture->store, stage->stage_id, expert, &error);
  g_assert_null (none);
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (konkurs_store_assign_essays (fixture->store, stage->stage_id, NULL, &error));
  package = konkurs_store_issue_package (fixture->store, stage->stage_id, expert, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (package->essays->len, ==, stage->codes->len);
  g_assert_cmpint (package->expert_id, ==, expert);
  g_assert_cmpuint (strlen (package->secret), ==, 64);
  g_assert_cmpuint (strlen (package->package_id), ==, 36);
  g_assert_cmpuint (package->rule->criteria->len, ==, 3);
  g_assert_cmpstr (((KonkursPackageEssay *) g_ptr_array_index (package->essays, 0))->code, ==,
                   g_ptr_array_index (stage->codes, 0));
  g_assert_cmpstr (((KonkursPackageEssay *) g_ptr_array_index (package->essays, 0))->language, ==, "kk");
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM audit_log WHERE table_name = 'essay_package'"), ==, 1);
  /* nothing new assigned: the same package again */
  again = konkurs_store_issue_package (fixture->store, stage->stage_id, expert, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again->package_id, ==, package->package_id);
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM essay_package"), ==, 1);
}

typedef struct {
  KonkursTestEssayStage *stage;
  GArray                *experts;
  KonkursEssayPackage   *package;   /* of the first expert */
  KonkursEssayPackage   *other;     /* of the second */
} Graded;

static void
graded_clear (Graded *graded)
{
  g_clear_pointer (&graded->stage, konkurs_test_essay_stage_free);
  g_clear_pointer (&graded->experts, g_array_unref);
  g_clear_pointer (&graded->package, konkurs_essay_package_free);
  g_clear_pointer (&graded->other, konkurs_essay_package_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Graded, graded_clear)

static void
graded_init (Graded *graded, KonkursStore *store)
{
  g_autoptr(GError) error = NULL;

  graded->stage = konkurs_test_essay_stage_new (store, 6);
  konkurs_test_save_essays (store, graded->stage);
  graded->experts = konkurs_test_add_experts (store, 1, NULL);
  g_assert_true (konkurs_store_assign_essays (store, graded->stage->stage_id, NULL, &error));
  g_assert_no_error (error);
  graded->package = konkurs_store_issue_package (store, graded->stage->stage_id,
                                                g_array_index (graded->experts, gint64, 0), &error);
  g_assert_no_error (error);
  graded->other = konkurs_store_issue_package (store, graded->stage->stage_id,
                                              g_array_index (graded->experts, gint64, 1), &error);
  g_assert_no_error (error);
}

/* Imports @results, expecting @code (0: success) and @words in the message;
 * nothing imported on a refusal. */
static void
assert_import (KonkursStore *store, const KonkursEssayResults *results, const char *reason, int code,
               const char *words)
{
  g_autoptr(GError) error = NULL;
  gint64 before = count (store, "SELECT count(*) FROM essay_score") +
                  count (store, "SELECT count(*) FROM essay_results_file");
  guint n = 99;
  gboolean ok = konkurs_store_import_essay_results (store, results, "import: RESULTS.xml", reason, &n, &error);

  if (code == 0)
    {
      g_assert_no_error (error);
      g_assert_true (ok);
      return;
    }
  g_assert_false (ok);
  g_assert_error (error, KONKURS_STORE_ERROR, code);
  g_test_message ("refused: %s", error->message);
  if (words != NULL)
    g_assert_nonnull (strstr (error->message, words));
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpint (count (store, "SELECT count(*) FROM essay_score") +
                   count (store, "SELECT count(*) FROM essay_results_file"), ==, before);
}

static void
test_import (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_auto(Graded) graded = { NULL, };
  g_autoptr(KonkursEssayResults) results = NULL;
  g_autoptr(KonkursEssayResults) changed = NULL;
  g_autoptr(KonkursEssay) essay = NULL;
  g_autoptr(GPtrArray) grades = NULL;
  const char *first_code;
  guint n = 0;

  graded_init (&graded, fixture->store);
  first_code = ((KonkursPackageEssay *) g_ptr_array_index (graded.package->essays, 0))->code;
  results = konkurs_test_grade_package (graded.package, 1);
  konkurs_essay_results_set_comment (results, first_code, "Тақырып ашылған");

  /* a point changed after signing */
  changed = konkurs_essay_results_copy (results);
  ((KonkursPackageScore *) g_ptr_array_index (changed->scores, 0))->points = 2;
  assert_import (fixture->store, changed, NULL, KONKURS_STORE_ERROR_SIGNATURE, graded.package->package_id);
  konkurs_essay_results_free (changed);
  /* a code changed after signing */
  changed = konkurs_essay_results_copy (results);
  g_free (((KonkursPackageScore *) g_ptr_array_index (changed->scores, 0))->code);
  ((KonkursPackageScore *) g_ptr_array_index (changed->scores, 0))->code =
    g_strdup (g_ptr_array_index (graded.stage->codes, 1));
  assert_import (fixture->store, changed, NULL, KONKURS_STORE_ERROR_SIGNATURE, NULL);
  konkurs_essay_results_free (changed);
  /* no signature */
  changed = konkurs_essay_results_copy (results);
  g_clear_pointer (&changed->signature, g_free);
  assert_import (fixture->store, changed, NULL, KONKURS_STORE_ERROR_SIGNATURE, "not signed");
  konkurs_essay_results_free (changed);
  /* a package this database never issued */
  changed = konkurs_essay_results_copy (results);
  g_free (changed->package_id);
  changed->package_id = g_strdup ("00000000-0000-4000-8000-000000000000");
  assert_import (fixture->store, changed, NULL, KONKURS_STORE_ERROR_NOT_FOUND, "00000000-0000-4000-8000");
  konkurs_essay_results_free (changed);
  /* another expert's package: the file names someone else */
  changed = konkurs_essay_results_copy (results);
  changed->expert_id = g_array_index (graded.experts, gint64, 1);
  assert_import (fixture->store, changed, NULL, KONKURS_STORE_ERROR_INVALID, "issued to");
  konkurs_essay_results_free (changed);
  /* out of scale, signed all the same (a tool that signs what it likes) */
  changed = konkurs_essay_results_copy (results);
  konkurs_essay_results_set_points (changed, first_code, "language", 4);
  konkurs_essay_results_sign (changed, graded.package);
  assert_import (fixture->store, changed, NULL, KONKURS_STORE_ERROR_INVALID, "outside");
  konkurs_essay_results_free (changed);
  /* a criterion the rule does not have */
  changed = konkurs_essay_results_copy (results);
  konkurs_essay_results_set_points (changed, first_code, "style", 1);
  konkurs_essay_results_sign (changed, graded.package);
  assert_import (fixture->store, changed, NULL, KONKURS_STORE_ERROR_INVALID, "style");
  konkurs_essay_results_free (changed);
  /* a code that is not in the package */
  changed = konkurs_essay_results_copy (results);
  konkurs_essay_results_set_points (changed, graded.stage->competition->refused_code, "topic", 1);
  konkurs_essay_results_sign (changed, graded.package);
  assert_import (fixture->store, changed, NULL, KONKURS_STORE_ERROR_INVALID, graded.stage->competition->refused_code);
  g_clear_pointer (&changed, konkurs_essay_results_free);

  /* the file as saved */
  g_assert_true (konkurs_store_import_essay_results (fixture->store, results, "import: RESULTS.xml", NULL, &n,
                                                     &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, graded.package->essays->len);
  essay = konkurs_test_find_essay (fixture->store, graded.stage->stage_id, first_code);
  g_assert_cmpuint (essay->n_graded, ==, 1);
  g_assert_cmpint (essay->aggregate.status, ==, KONKURS_ESSAY_STATUS_PARTLY_GRADED);
  grades = konkurs_store_list_essay_grades (fixture->store, essay->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (grades->len, ==, 3);
  for (guint i = 0; i < grades->len; i++)
    {
      const KonkursEssayGrade *grade = g_ptr_array_index (grades, i);

      if (!grade->has_score)
        continue;
      g_assert_cmpint (grade->expert_id, ==, g_array_index (graded.experts, gint64, 0));
      g_assert_cmpint (grade->total, ==, 3);
      g_assert_cmpuint (grade->points->len, ==, 3);
      g_assert_cmpstr (((KonkursPackageScore *) g_ptr_array_index (grade->points, 0))->criterion, ==, "topic");
      g_assert_cmpstr (grade->comment, ==, "Тақырып ашылған");
      g_assert_cmpstr (grade->package_id, ==, graded.package->package_id);
    }

  /* the same file again is a replay */
  assert_import (fixture->store, results, "қайта", KONKURS_STORE_ERROR_DUPLICATE, "imported already");
  /* another file of the package: only with a reason */
  changed = konkurs_test_grade_package (graded.package, 2);
  assert_import (fixture->store, changed, NULL, KONKURS_STORE_ERROR_REASON_NEEDED, NULL);
  assert_import (fixture->store, changed, "Сарапшы қатені түзетті", 0, NULL);
  g_clear_pointer (&essay, konkurs_essay_free);
  g_clear_pointer (&grades, g_ptr_array_unref);
  essay = konkurs_test_find_essay (fixture->store, graded.stage->stage_id, first_code);
  grades = konkurs_store_list_essay_grades (fixture->store, essay->id, &error);
  for (guint i = 0; i < grades->len; i++)
    if (((KonkursEssayGrade *) g_ptr_array_index (grades, i))->has_score)
      g_assert_cmpint (((KonkursEssayGrade *) g_ptr_array_index (grades, i))->total, ==, 5);
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM essay_results_file WHERE reason <> ''"), ==, 1);
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM audit_log WHERE table_name = 'essay_score' "
                                          "AND details LIKE '%түзетті%'"), ==, graded.package->essays->len);
  /* the first file's scores were new, the second's replace them: each
   * entry says which, the replacement with the score before it, and the
   * points replaced leave none of the first file's behind */
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM audit_log WHERE table_name = 'essay_score' "
                                          "AND action = 'score' AND before IS NULL AND after IS NOT NULL"), ==,
                   graded.package->essays->len);
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM audit_log WHERE table_name = 'essay_score' "
                                          "AND action = 'update' AND before IS NOT NULL AND after <> before"), ==,
                   graded.package->essays->len);
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM essay_score_point"), ==,
                   3 * graded.package->essays->len);
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM essay_score s WHERE score <> (SELECT sum (points) "
                                          "FROM essay_score_point p WHERE p.essay_score_id = s.id)"), ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/store-essays/" path, Fixture, NULL, set_up, func, tear_down)
  ADD ("rules", test_rules);
  ADD ("experts", test_experts);
  ADD ("save-essays", test_save_essays);
  ADD ("assign", test_assign);
  ADD ("assign-recorded", test_assign_recorded);
  ADD ("conflicts", test_conflicts);
  ADD ("package", test_package);
  ADD ("import", test_import);
#undef ADD

  return g_test_run ();
}
