/* test-rule-sets.c — rule sets by scope and date: which one binds a
 * competition at the exact boundaries of Order No. 40 and Order No. 196,
 * rebinding a competition nobody applied to, copying a rule set and
 * saving the copy, through the record (migration 9, which seeds them, is
 * tested in test-migrations.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-candidacies.h"
#include "konkurs-store-chain.h"
#include "konkurs-store-rule-sets.h"
#include "konkurs-store-stages.h"
#include "konkurs-store-verify.h"
#include "konkurs-test-candidates.h"
#include "konkurs-test-store.h"
#include "konkurs-test-util.h"

typedef KonkursTestStoreFixture Fixture;

static char *
code_in_force (Fixture          *fixture,
               KonkursRuleScope  scope,
               int               year,
               int               month,
               int               day)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) date = konkurs_test_date_new (year, month, day);
  g_autoptr(KonkursRuleSet) rule_set = konkurs_store_get_rule_set_for (fixture->store, scope, date, &error);

  if (rule_set == NULL)
    {
      g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND);
      return NULL;
    }
  g_assert_no_error (error);
  return g_strdup (konkurs_rule_set_get_code (rule_set));
}

#define assert_in_force(fixture, scope, y, m, d, code) \
  G_STMT_START { \
    g_autofree char *found_ = code_in_force (fixture, scope, y, m, d); \
    g_assert_cmpstr (found_, ==, code); \
  } G_STMT_END

/* Internal competitions change rules on 1 January 2026, general ones on
 * 1 April 2026; the Youth Reserve stays under Order No. 40. */
static void
test_boundaries (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) before_2000 = konkurs_test_date_new (1999, 12, 31);
  g_autoptr(KonkursRuleSet) none = NULL;

  assert_in_force (fixture, KONKURS_RULE_SCOPE_INTERNAL, 2025, 12, 31, "kz-2023");
  assert_in_force (fixture, KONKURS_RULE_SCOPE_INTERNAL, 2026, 1, 1, "order-196");
  assert_in_force (fixture, KONKURS_RULE_SCOPE_GENERAL, 2025, 12, 31, "kz-2023");
  assert_in_force (fixture, KONKURS_RULE_SCOPE_GENERAL, 2026, 1, 1, "kz-2023");
  assert_in_force (fixture, KONKURS_RULE_SCOPE_GENERAL, 2026, 3, 31, "kz-2023");
  assert_in_force (fixture, KONKURS_RULE_SCOPE_GENERAL, 2026, 4, 1, "order-196");
  assert_in_force (fixture, KONKURS_RULE_SCOPE_YOUTH_RESERVE, 2026, 3, 31, "kz-2023");
  assert_in_force (fixture, KONKURS_RULE_SCOPE_YOUTH_RESERVE, 2026, 4, 1, "kz-2023");
  assert_in_force (fixture, KONKURS_RULE_SCOPE_YOUTH_RESERVE, 2030, 1, 1, "kz-2023");

  /* none in force: the error names the scope and the date */
  none = konkurs_store_get_rule_set_for (fixture->store, KONKURS_RULE_SCOPE_INTERNAL, before_2000, &error);
  g_assert_null (none);
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "internal competitions"));
  g_assert_nonnull (strstr (error->message, "31.12.1999"));
}

static KonkursCompetition *
save_competition (Fixture          *fixture,
                  KonkursRuleScope  scope,
                  KonkursProcedure  procedure,
                  int               year,
                  int               month,
                  int               day)
{
  g_autoptr(GError) error = NULL;
  KonkursCompetition *competition = konkurs_test_competition_new ("Қаржы министрлігі", year, month, day);

  konkurs_competition_set_scope (competition, scope);
  konkurs_competition_set_procedure (competition, procedure);
  g_assert_true (konkurs_store_save_competition (fixture->store, competition, &error));
  g_assert_no_error (error);
  return competition;
}

static const char *
bound_code (Fixture            *fixture,
            KonkursCompetition *competition)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCompetition) stored = konkurs_store_get_competition (fixture->store,
                                                                        konkurs_competition_get_id (competition),
                                                                        &error);
  g_autoptr(KonkursRuleSet) rule_set = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (konkurs_competition_get_scope (stored), ==, konkurs_competition_get_scope (competition));
  rule_set = konkurs_store_get_rule_set (fixture->store, konkurs_competition_get_rule_set_id (stored), &error);
  g_assert_no_error (error);
  return g_intern_string (konkurs_rule_set_get_code (rule_set));
}

static void
test_binding (Fixture *fixture, gconstpointer data)
{
  g_autoptr(KonkursCompetition) internal_old = NULL, internal_new = NULL, general_old = NULL;
  g_autoptr(KonkursCompetition) general_new = NULL, youth = NULL;

  internal_old = save_competition (fixture, KONKURS_RULE_SCOPE_INTERNAL, KONKURS_PROCEDURE_CIVIL_SERVICE, 2025, 12, 31);
  internal_new = save_competition (fixture, KONKURS_RULE_SCOPE_INTERNAL, KONKURS_PROCEDURE_CIVIL_SERVICE, 2026, 1, 1);
  general_old = save_competition (fixture, KONKURS_RULE_SCOPE_GENERAL, KONKURS_PROCEDURE_CIVIL_SERVICE, 2026, 3, 31);
  general_new = save_competition (fixture, KONKURS_RULE_SCOPE_GENERAL, KONKURS_PROCEDURE_CIVIL_SERVICE, 2026, 4, 1);
  /* a Youth Reserve selection is of its own scope, whatever the field says */
  youth = save_competition (fixture, KONKURS_RULE_SCOPE_INTERNAL, KONKURS_PROCEDURE_YOUTH_RESERVE, 2026, 4, 1);

  g_assert_cmpstr (bound_code (fixture, internal_old), ==, "kz-2023");
  g_assert_cmpstr (bound_code (fixture, internal_new), ==, "order-196");
  g_assert_cmpstr (bound_code (fixture, general_old), ==, "kz-2023");
  g_assert_cmpstr (bound_code (fixture, general_new), ==, "order-196");
  g_assert_cmpstr (bound_code (fixture, youth), ==, "kz-2023");
  g_assert_cmpint (konkurs_competition_get_rule_scope (youth), ==, KONKURS_RULE_SCOPE_YOUTH_RESERVE);
}

/* Moving the date or the scope of a competition nobody applied to binds it
 * again; one with applications keeps its rules, and the preview says so. */
static void
test_rebinding (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCompetition) competition = NULL;
  g_autoptr(KonkursCandidate) candidate = konkurs_test_person_new ("Сапарова", "Гүлнар", 1991, 5, 6, 7);
  g_autoptr(KonkursCandidacy) candidacy = NULL;
  g_autoptr(KonkursVacancy) vacancy = NULL;
  g_autoptr(KonkursRuleSet) preview = NULL;
  g_autoptr(GDate) date = konkurs_test_date_new (2026, 4, 1);
  g_autoptr(GDate) received = konkurs_test_date_new (2026, 3, 31);
  gboolean kept = TRUE;

  competition = save_competition (fixture, KONKURS_RULE_SCOPE_GENERAL, KONKURS_PROCEDURE_CIVIL_SERVICE, 2026, 3, 31);
  g_assert_cmpstr (bound_code (fixture, competition), ==, "kz-2023");

  /* a day later, across the boundary: the new rules, said before saving */
  konkurs_competition_set_announcement_date (competition, date);
  preview = konkurs_store_preview_rule_set (fixture->store, competition, &kept, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (konkurs_rule_set_get_code (preview), ==, "order-196");
  g_assert_false (kept);
  g_clear_object (&preview);
  g_assert_true (konkurs_store_save_competition (fixture->store, competition, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (bound_code (fixture, competition), ==, "order-196");

  /* back, and internal: Order No. 196 still (internal from 1 January) */
  g_date_set_dmy (date, 31, 3, 2026);
  konkurs_competition_set_announcement_date (competition, date);
  konkurs_competition_set_scope (competition, KONKURS_RULE_SCOPE_INTERNAL);
  g_assert_true (konkurs_store_save_competition (fixture->store, competition, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (bound_code (fixture, competition), ==, "order-196");
  /* general again, on 31 March: Order No. 40 */
  konkurs_competition_set_scope (competition, KONKURS_RULE_SCOPE_GENERAL);
  g_assert_true (konkurs_store_save_competition (fixture->store, competition, &error));
  g_assert_cmpstr (bound_code (fixture, competition), ==, "kz-2023");

  /* Once somebody applied, the competition keeps the rules it has. */
  vacancy = konkurs_test_fixture_add_vacancy (fixture, konkurs_competition_get_id (competition), "Бас маман");
  candidacy = konkurs_store_apply (fixture->store, konkurs_test_save_candidate (fixture->store, candidate),
                                   konkurs_competition_get_id (competition), konkurs_vacancy_get_id (vacancy), NULL,
                                   received, &error);
  g_assert_no_error (error);
  g_assert_nonnull (candidacy);

  g_date_set_dmy (date, 1, 4, 2026);
  konkurs_competition_set_announcement_date (competition, date);
  preview = konkurs_store_preview_rule_set (fixture->store, competition, &kept, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (konkurs_rule_set_get_code (preview), ==, "kz-2023");
  g_assert_true (kept);
  g_assert_true (konkurs_store_save_competition (fixture->store, competition, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (bound_code (fixture, competition), ==, "kz-2023");
}

/* No rule set in force for the scope on the date: the save is refused,
 * naming both. */
static void
test_none_in_force (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCompetition) competition = konkurs_test_competition_new ("Қаржы министрлігі", 2026, 2, 2);

  konkurs_test_exec (fixture->db, "DELETE FROM rule_set_validity WHERE scope = 'internal'");
  konkurs_competition_set_scope (competition, KONKURS_RULE_SCOPE_INTERNAL);
  g_assert_false (konkurs_store_save_competition (fixture->store, competition, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "internal competitions"));
  g_assert_nonnull (strstr (error->message, "02.02.2026"));
  g_assert_cmpint (konkurs_test_query_int64 (fixture->db, "SELECT count(*) FROM competition"), ==, 0);
}

static KonkursRuleSet *
copy_order_196 (Fixture    *fixture,
                const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursRuleSet) original = konkurs_store_find_rule_set_by_code (fixture->store, "order-196", &error);
  KonkursRuleSet *copy;

  g_assert_no_error (error);
  copy = konkurs_store_copy_rule_set (fixture->store, konkurs_rule_set_get_id (original), code,
                                      "2027 жылғы қағидалар", "Правила 2027 года", &error);
  g_assert_no_error (error);
  return copy;
}

static void
test_copy (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursRuleSet) original = konkurs_store_find_rule_set_by_code (fixture->store, "order-196", &error);
  g_autoptr(KonkursRuleSet) copy = NULL;
  g_autoptr(KonkursRuleSet) again = NULL;
  g_autoptr(KonkursVerifyReport) report = NULL;
  g_auto(GStrv) keys = NULL;
  guint changes = 0;

  konkurs_test_count_changes (fixture->store, &changes);
  copy = copy_order_196 (fixture, " kz-2027 ");
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpstr (konkurs_rule_set_get_code (copy), ==, "kz-2027");
  g_assert_cmpstr (konkurs_local_text_get (konkurs_rule_set_get_name_text (copy), KONKURS_DOC_LANGUAGE_RU), ==,
                   "Правила 2027 года");
  /* every value, the procedures' names, the sectors and the source */
  keys = konkurs_rule_set_list_keys (original);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      int a = -1, b = -2;

      g_assert_true (konkurs_rule_set_lookup_int (original, keys[i], &a));
      g_assert_true (konkurs_rule_set_lookup_int (copy, keys[i], &b));
      g_assert_cmpint (a, ==, b);
    }
  g_assert_cmpuint (g_strv_length (keys), >, 10);
  g_assert_cmpuint (konkurs_rule_set_get_sectors (copy)->len, ==, 6);
  g_assert_nonnull (konkurs_rule_set_get_procedure_name (copy, KONKURS_PROCEDURE_YOUTH_RESERVE));
  g_assert_nonnull (strstr (konkurs_local_text_get (konkurs_rule_set_get_source (copy), KONKURS_DOC_LANGUAGE_RU),
                            "№ 196"));
  /* the stages of every track, with their numbers and tests */
  for (KonkursTrack track = KONKURS_TRACK_LEADERSHIP; track <= KONKURS_TRACK_YOUTH_RESERVE; track++)
    {
      GPtrArray *mine = konkurs_rule_set_get_stage_rules (original, track);
      GPtrArray *theirs = konkurs_rule_set_get_stage_rules (copy, track);

      g_assert_cmpuint (mine->len, >=, 4);
      g_assert_cmpuint (theirs->len, ==, mine->len);
      for (guint i = 0; i < mine->len; i++)
        {
          const KonkursStageRule *a = g_ptr_array_index (mine, i);
          const KonkursStageRule *b = g_ptr_array_index (theirs, i);

          g_assert_cmpint (a->kind, ==, b->kind);
          g_assert_cmpint (a->threshold, ==, b->threshold);
          g_assert_cmpint (a->admit_top, ==, b->admit_top);
          g_assert_cmpint (a->admit_share, ==, b->admit_share);
          g_assert_cmpuint (a->tests->len, ==, b->tests->len);
          for (guint t = 0; t < a->tests->len; t++)
            g_assert_cmpuint (((KonkursTestRule *) g_ptr_array_index (a->tests, t))->parts->len, ==,
                              ((KonkursTestRule *) g_ptr_array_index (b->tests, t))->parts->len);
        }
    }
  g_assert_nonnull (konkurs_rule_set_find_stage_rule (copy, KONKURS_TRACK_LEADERSHIP, KONKURS_STAGE_ESSAY));

  /* and no validity until the secretary gives it one */
  for (KonkursRuleScope scope = KONKURS_RULE_SCOPE_GENERAL; scope <= KONKURS_RULE_SCOPE_YOUTH_RESERVE; scope++)
    g_assert_false (konkurs_rule_set_get_validity (copy, scope, NULL, NULL));

  /* the same code twice, a code with spaces, no name: refused, nothing written */
  again = konkurs_store_copy_rule_set (fixture->store, konkurs_rule_set_get_id (original), "kz-2027", "Тағы", NULL,
                                       &error);
  g_assert_null (again);
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "kz-2027"));
  g_clear_error (&error);
  again = konkurs_store_copy_rule_set (fixture->store, konkurs_rule_set_get_id (original), "kz 2028", "Тағы", NULL,
                                       &error);
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  again = konkurs_store_copy_rule_set (fixture->store, konkurs_rule_set_get_id (original), "kz-2028", " ", "",
                                       &error);
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (konkurs_test_query_int64 (fixture->db, "SELECT count(*) FROM rule_set"), ==, 3);

  /* the record has the copy, and verifies */
  g_assert_cmpint (konkurs_test_query_int64 (fixture->db, "SELECT count(*) FROM audit_log WHERE action = 'create' "
                                             "AND table_name = 'rule_set' AND details ->> '$.copy_of' = 'order-196'"),
                   ==, 1);
  report = konkurs_store_verify (fixture->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (report->problem, ==, KONKURS_VERIFY_OK);
}

static void
set_dates (KonkursRuleSet   *rule_set,
           KonkursRuleScope  scope,
           int               from_year,
           int               until_year)
{
  g_autoptr(GDate) from = konkurs_test_date_new (from_year, 1, 1);
  g_autoptr(GDate) until = until_year > 0 ? konkurs_test_date_new (until_year, 12, 31) : NULL;

  konkurs_rule_set_set_validity (rule_set, scope, from, until);
}

/* Saving the copy: its values, names and dates; refused when out of
 * range, when its dates overlap another rule set's, and once a
 * competition is bound to it. */
static void
test_save (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursRuleSet) copy = copy_order_196 (fixture, "kz-2027");
  g_autoptr(KonkursRuleSet) read = NULL;
  g_autoptr(KonkursRuleSet) order_196 = konkurs_store_find_rule_set_by_code (fixture->store, "order-196", &error);
  g_autoptr(KonkursLocalText) source = konkurs_local_text_new ("№ 1 бұйрық", "Приказ № 1");
  g_autoptr(KonkursCompetition) competition = NULL;
  g_autoptr(KonkursVerifyReport) report = NULL;
  g_autoptr(KonkursRuleSet) order_40 = NULL;
  gint64 copy_id = konkurs_rule_set_get_id (copy);
  GDate from, until;
  int value = 0;

  /* a value out of range is named */
  konkurs_rule_set_set_int (copy, KONKURS_RULE_ESSAY_MAX_ADMITTED, 0);
  g_assert_false (konkurs_store_save_rule_set (fixture->store, copy, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Essay: most candidates admitted"));
  g_clear_error (&error);
  konkurs_rule_set_set_int (copy, KONKURS_RULE_ESSAY_MAX_ADMITTED, 4);

  /* general from 2027 overlaps Order No. 196, which has no end */
  set_dates (copy, KONKURS_RULE_SCOPE_GENERAL, 2027, 0);
  g_assert_false (konkurs_store_save_rule_set (fixture->store, copy, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "order-196"));
  g_assert_nonnull (strstr (error->message, "General competition"));
  g_clear_error (&error);

  /* the Youth Reserve from 2027, once Order No. 40 ends for it */
  konkurs_rule_set_set_validity (copy, KONKURS_RULE_SCOPE_GENERAL, NULL, NULL);
  set_dates (copy, KONKURS_RULE_SCOPE_YOUTH_RESERVE, 2027, 2029);
  g_assert_false (konkurs_store_save_rule_set (fixture->store, copy, &error));
  g_assert_nonnull (strstr (error->message, "kz-2023"));
  g_clear_error (&error);
  /* (Order No. 40 is bound to no competition here, so it may change) */
  order_40 = konkurs_store_find_rule_set_by_code (fixture->store, "kz-2023", &error);
  g_assert_no_error (error);
  g_assert_true (konkurs_rule_set_get_validity (order_40, KONKURS_RULE_SCOPE_YOUTH_RESERVE, &from, NULL));
  g_date_set_dmy (&until, 31, 12, 2026);
  konkurs_rule_set_set_validity (order_40, KONKURS_RULE_SCOPE_YOUTH_RESERVE, &from, &until);
  g_assert_true (konkurs_store_save_rule_set (fixture->store, order_40, &error));
  g_assert_no_error (error);
  konkurs_rule_set_set_source (copy, source);
  g_assert_true (konkurs_store_save_rule_set (fixture->store, copy, &error));
  g_assert_no_error (error);

  read = konkurs_store_get_rule_set (fixture->store, copy_id, &error);
  g_assert_no_error (error);
  g_assert_true (konkurs_rule_set_lookup_int (read, KONKURS_RULE_ESSAY_MAX_ADMITTED, &value));
  g_assert_cmpint (value, ==, 4);
  g_assert_cmpstr (konkurs_local_text_get (konkurs_rule_set_get_source (read), KONKURS_DOC_LANGUAGE_RU), ==,
                   "Приказ № 1");
  g_assert_false (konkurs_rule_set_get_validity (read, KONKURS_RULE_SCOPE_GENERAL, NULL, NULL));
  assert_in_force (fixture, KONKURS_RULE_SCOPE_YOUTH_RESERVE, 2026, 12, 31, "kz-2023");
  assert_in_force (fixture, KONKURS_RULE_SCOPE_YOUTH_RESERVE, 2027, 1, 1, "kz-2027");
  assert_in_force (fixture, KONKURS_RULE_SCOPE_YOUTH_RESERVE, 2029, 12, 31, "kz-2027");

  /* A competition announced under it binds it: no more changes. */
  competition = save_competition (fixture, KONKURS_RULE_SCOPE_GENERAL, KONKURS_PROCEDURE_YOUTH_RESERVE, 2027, 6, 1);
  g_assert_cmpstr (bound_code (fixture, competition), ==, "kz-2027");
  konkurs_rule_set_set_int (copy, KONKURS_RULE_ESSAY_MAX_ADMITTED, 5);
  g_assert_false (konkurs_store_save_rule_set (fixture->store, copy, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "1 competition was announced under these rules"));
  g_clear_error (&error);
  g_assert_false (konkurs_store_delete_rule_set (fixture->store, copy_id, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_object (&competition);
  competition = save_competition (fixture, KONKURS_RULE_SCOPE_GENERAL, KONKURS_PROCEDURE_CIVIL_SERVICE, 2026, 5, 4);
  g_assert_false (konkurs_store_save_rule_set (fixture->store, order_196, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  report = konkurs_store_verify (fixture->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (report->problem, ==, KONKURS_VERIFY_OK);
  /* the record follows the values: changed by hand, --verify says which */
  konkurs_test_exec (fixture->db, "UPDATE rule_value SET value = 9 WHERE key = 'essay-max-admitted' "
                     "AND rule_set_id = (SELECT id FROM rule_set WHERE code = 'kz-2027')");
  g_clear_pointer (&report, konkurs_verify_report_free);
  report = konkurs_store_verify (fixture->store, NULL, &error);
  g_assert_cmpint (report->problem, ==, KONKURS_VERIFY_ROW);
  g_assert_cmpstr (report->table, ==, "rule_set");
}

/* A copy made by mistake, bound to nothing, can go. */
static void
test_delete (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursRuleSet) copy = copy_order_196 (fixture, "mistake");
  g_autoptr(KonkursVerifyReport) report = NULL;

  g_assert_true (konkurs_store_delete_rule_set (fixture->store, konkurs_rule_set_get_id (copy), &error));
  g_assert_no_error (error);
  g_assert_cmpint (konkurs_test_query_int64 (fixture->db, "SELECT count(*) FROM rule_value v LEFT JOIN rule_set r "
                                             "ON r.id = v.rule_set_id WHERE r.id IS NULL"), ==, 0);
  report = konkurs_store_verify (fixture->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (report->problem, ==, KONKURS_VERIFY_OK);
}

/* --verify finds the rule set @id changed by hand, in the place @where. */
static void
assert_verify_names (Fixture *fixture, gint64 id, const char *where)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursVerifyReport) report = konkurs_store_verify (fixture->store, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (report->problem, ==, KONKURS_VERIFY_ROW);
  g_assert_cmpstr (report->table, ==, "rule_set");
  g_assert_cmpint (report->row_id, ==, id);
  g_test_message ("%s", report->message);
  g_assert_nonnull (strstr (report->message, where));
}

/* Order No. 196 ends for general competitions where @copy starts (2027),
 * so that a general competition of 2027 is bound to @copy. */
static void
bind_copy (Fixture *fixture, KonkursRuleSet *copy)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursRuleSet) order_196 = konkurs_store_find_rule_set_by_code (fixture->store, "order-196", &error);
  GDate from, until;

  g_assert_no_error (error);
  g_assert_true (konkurs_rule_set_get_validity (order_196, KONKURS_RULE_SCOPE_GENERAL, &from, NULL));
  g_date_set_dmy (&until, 31, 12, 2026);
  konkurs_rule_set_set_validity (order_196, KONKURS_RULE_SCOPE_GENERAL, &from, &until);
  g_assert_true (konkurs_store_save_rule_set (fixture->store, order_196, &error));
  g_assert_no_error (error);
  set_dates (copy, KONKURS_RULE_SCOPE_GENERAL, 2027, 0);
  g_assert_true (konkurs_store_save_rule_set (fixture->store, copy, &error));
  g_assert_no_error (error);
}

/* The stages of a copy: saved with their new numbers, refused once a
 * competition is bound, and followed by the record, so that a threshold
 * changed by hand is named by --verify. */
static void
test_save_stages (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursRuleSet) copy = copy_order_196 (fixture, "kz-2027");
  g_autoptr(KonkursRuleSet) read = NULL;
  g_autoptr(GPtrArray) rules = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_stage_rule_free);
  g_autoptr(KonkursVerifyReport) report = NULL;
  g_autoptr(KonkursCompetition) competition = NULL;
  GPtrArray *leadership = konkurs_rule_set_get_stage_rules (copy, KONKURS_TRACK_LEADERSHIP);
  gint64 id = konkurs_rule_set_get_id (copy);
  KonkursStageRule *testing = NULL;
  KonkursTestRule *legislation;

  /* every rule set's latest entry holds its stages (migration 12's
   * baseline, the copy's creation) */
  g_assert_cmpint (konkurs_test_query_int64 (fixture->db, "SELECT count(*) FROM rule_set r WHERE json_array_length "
                                             "((SELECT after FROM audit_log WHERE table_name = 'rule_set' AND "
                                             "row_id = r.id ORDER BY id DESC LIMIT 1), '$.stages') = 16"), ==,
                   konkurs_test_query_int64 (fixture->db, "SELECT count(*) FROM rule_set"));
  g_assert_cmpuint (leadership->len, >, 1);
  for (guint i = 0; i < leadership->len; i++)
    {
      KonkursStageRule *rule = konkurs_stage_rule_copy (g_ptr_array_index (leadership, i));

      g_ptr_array_add (rules, rule);
      if (rule->kind == KONKURS_STAGE_TESTING)
        testing = rule;
    }
  g_assert_nonnull (testing);
  legislation = (KonkursTestRule *) konkurs_stage_rule_find_test (testing, "legislation");
  g_assert_nonnull (legislation);
  legislation->pass_score = 33;
  ((KonkursTestPartRule *) g_ptr_array_index (legislation->parts, 0))->min_score = 6;
  testing->admit_top = 4;
  testing->duration_days = 12;

  /* a pass mark above the questions is refused, naming the stage */
  legislation->pass_score = legislation->max_score + 1;
  g_assert_false (konkurs_store_save_stage_rules (fixture->store, id, KONKURS_TRACK_LEADERSHIP, rules, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Testing"));
  g_clear_error (&error);
  legislation->pass_score = 33;

  g_assert_true (konkurs_store_save_stage_rules (fixture->store, id, KONKURS_TRACK_LEADERSHIP, rules, &error));
  g_assert_no_error (error);
  read = konkurs_store_get_rule_set (fixture->store, id, &error);
  g_assert_no_error (error);
  testing = (KonkursStageRule *) konkurs_rule_set_find_stage_rule (read, KONKURS_TRACK_LEADERSHIP,
                                                                   KONKURS_STAGE_TESTING);
  g_assert_cmpint (testing->admit_top, ==, 4);
  g_assert_cmpint (testing->duration_days, ==, 12);
  g_assert_cmpint (konkurs_stage_rule_find_test (testing, "legislation")->pass_score, ==, 33);
  g_assert_cmpint (((KonkursTestPartRule *) g_ptr_array_index (konkurs_stage_rule_find_test (testing,
                                                                 "legislation")->parts, 0))->min_score, ==, 6);
  /* the other tracks are left as they were */
  g_assert_cmpuint (konkurs_rule_set_get_stage_rules (read, KONKURS_TRACK_YOUTH_RESERVE)->len, ==,
                    konkurs_rule_set_get_stage_rules (copy, KONKURS_TRACK_YOUTH_RESERVE)->len);
  g_assert_cmpint (konkurs_test_query_int64 (fixture->db, "SELECT count(*) FROM audit_log WHERE "
                                             "table_name = 'rule_set' AND action = 'update' AND "
                                             "details LIKE '%leadership%'"), ==, 1);
  report = konkurs_store_verify (fixture->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (report->problem, ==, KONKURS_VERIFY_OK);

  /* a threshold changed by hand is named */
  konkurs_test_exec (fixture->db, "UPDATE rule_set_stage SET threshold = threshold + 1 WHERE kind = 'interview' "
                     "AND track = 'leadership' AND rule_set_id = (SELECT id FROM rule_set WHERE code = 'kz-2027')");
  assert_verify_names (fixture, id, ".threshold is");
  konkurs_test_exec (fixture->db, "UPDATE rule_set_stage SET threshold = threshold - 1 WHERE kind = 'interview' "
                     "AND track = 'leadership' AND rule_set_id = (SELECT id FROM rule_set WHERE code = 'kz-2027')");

  /* bound: refused, and nothing changes */
  bind_copy (fixture, read);
  competition = save_competition (fixture, KONKURS_RULE_SCOPE_GENERAL, KONKURS_PROCEDURE_CIVIL_SERVICE, 2027, 6, 1);
  g_assert_cmpstr (bound_code (fixture, competition), ==, "kz-2027");
  testing = g_ptr_array_index (rules, 0);
  testing->duration_days = 3;
  g_assert_false (konkurs_store_save_stage_rules (fixture->store, id, KONKURS_TRACK_LEADERSHIP, rules, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_IN_USE);
  g_clear_error (&error);
  g_assert_cmpint (konkurs_test_query_int64 (fixture->db, "SELECT count(*) FROM audit_log WHERE "
                                             "table_name = 'rule_set' AND action = 'update' AND "
                                             "details LIKE '%leadership%'"), ==, 1);
  g_clear_pointer (&report, konkurs_verify_report_free);
  report = konkurs_store_verify (fixture->store, NULL, &error);
  g_assert_cmpint (report->problem, ==, KONKURS_VERIFY_OK);
}

/* The essay rule of a copy: refused for a track without an essay and when
 * konkurs_essay_rule_check() refuses it, saved with its criteria in their
 * new order, followed by the record (a criterion changed by hand is named
 * by --verify), and refused once a competition is bound. */
static void
test_save_essay (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursRuleSet) copy = copy_order_196 (fixture, "kz-2027");
  g_autoptr(KonkursRuleSet) read = NULL;
  g_autoptr(KonkursEssayRule) rule = NULL;
  g_autoptr(KonkursEssayRule) other = NULL;
  g_autoptr(KonkursEssayCriterion) clarity = NULL;
  g_autoptr(KonkursLocalText) name = konkurs_local_text_new ("Анықтық", "Ясность");
  g_autoptr(KonkursLocalText) description = konkurs_local_text_new ("", "Мысль изложена ясно");
  g_autoptr(KonkursVerifyReport) report = NULL;
  g_autoptr(KonkursCompetition) competition = NULL;
  gint64 id = konkurs_rule_set_get_id (copy);
  const KonkursEssayRule *saved;
  const KonkursEssayCriterion *first;
  gint64 updates;

  /* every rule set's latest entry holds its essay rules (migration 13) */
  g_assert_cmpint (konkurs_test_query_int64 (fixture->db, "SELECT count(*) FROM rule_set r WHERE json_array_length "
                                             "((SELECT after FROM audit_log WHERE table_name = 'rule_set' AND "
                                             "row_id = r.id ORDER BY id DESC LIMIT 1), '$.essays') = 2"), ==,
                   konkurs_test_query_int64 (fixture->db, "SELECT count(*) FROM rule_set"));
  rule = konkurs_essay_rule_copy (konkurs_rule_set_get_essay_rule (copy, KONKURS_TRACK_YOUTH_RESERVE));
  g_assert_nonnull (rule);
  g_assert_cmpuint (rule->criteria->len, >, 1);
  updates = konkurs_test_query_int64 (fixture->db, "SELECT count(*) FROM audit_log WHERE table_name = 'rule_set' "
                                      "AND action = 'update'");

  /* the non-leadership track has no essay stage */
  other = konkurs_essay_rule_copy (rule);
  other->track = KONKURS_TRACK_NON_LEADERSHIP;
  g_assert_false (konkurs_store_save_essay_rule (fixture->store, id, other, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* a criterion whose lowest is above its highest is refused, naming it */
  first = g_ptr_array_index (rule->criteria, 0);
  ((KonkursEssayCriterion *) first)->min_points = first->max_points + 1;
  g_assert_false (konkurs_store_save_essay_rule (fixture->store, id, rule, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, first->code));
  g_clear_error (&error);
  ((KonkursEssayCriterion *) first)->min_points = 0;
  g_assert_cmpint (konkurs_test_query_int64 (fixture->db, "SELECT count(*) FROM audit_log WHERE table_name = "
                                             "'rule_set' AND action = 'update'"), ==, updates);

  /* saved: the numbers, a new criterion first, the last one removed */
  rule->spread_limit = 3;
  rule->conflict_years = 5;
  rule->max_words = 400;
  rule->fourth_rule = KONKURS_ESSAY_FOURTH_MEAN_OF_ALL;
  clarity = konkurs_essay_criterion_new ("clarity", name, description, 1, 4);
  g_ptr_array_remove_index (rule->criteria, rule->criteria->len - 1);
  g_ptr_array_insert (rule->criteria, 0, g_steal_pointer (&clarity));
  g_assert_true (konkurs_store_save_essay_rule (fixture->store, id, rule, &error));
  g_assert_no_error (error);
  read = konkurs_store_get_rule_set (fixture->store, id, &error);
  g_assert_no_error (error);
  saved = konkurs_rule_set_get_essay_rule (read, KONKURS_TRACK_YOUTH_RESERVE);
  g_assert_cmpint (saved->spread_limit, ==, 3);
  g_assert_cmpint (saved->conflict_years, ==, 5);
  g_assert_cmpint (saved->max_words, ==, 400);
  g_assert_cmpint (saved->fourth_rule, ==, KONKURS_ESSAY_FOURTH_MEAN_OF_ALL);
  g_assert_cmpuint (saved->criteria->len, ==, rule->criteria->len);
  first = g_ptr_array_index (saved->criteria, 0);
  g_assert_cmpstr (first->code, ==, "clarity");
  g_assert_cmpstr (konkurs_local_text_get (first->name, KONKURS_DOC_LANGUAGE_KK), ==, "Анықтық");
  g_assert_cmpstr (konkurs_local_text_get (first->description, KONKURS_DOC_LANGUAGE_RU), ==, "Мысль изложена ясно");
  g_assert_cmpint (first->min_points, ==, 1);
  g_assert_cmpint (first->max_points, ==, 4);
  /* the leadership track's rule is left as it was */
  g_assert_cmpint (konkurs_rule_set_get_essay_rule (read, KONKURS_TRACK_LEADERSHIP)->graders, ==,
                   konkurs_rule_set_get_essay_rule (copy, KONKURS_TRACK_LEADERSHIP)->graders);
  g_assert_cmpint (konkurs_test_query_int64 (fixture->db, "SELECT count(*) FROM audit_log WHERE "
                                             "table_name = 'rule_set' AND action = 'update' AND "
                                             "details LIKE '%essays%youth-reserve%'"), ==, 1);
  g_assert_cmpint (konkurs_test_query_int64 (fixture->db, "SELECT json_extract (after, '$.essays[1].spread_limit') "
                                             "FROM audit_log WHERE table_name = 'rule_set' AND row_id = "
                                             "(SELECT id FROM rule_set WHERE code = 'kz-2027') ORDER BY id DESC "
                                             "LIMIT 1"), ==, 3);
  report = konkurs_store_verify (fixture->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (report->problem, ==, KONKURS_VERIFY_OK);

  /* a criterion's points changed by hand are named */
  konkurs_test_exec (fixture->db, "UPDATE rule_set_essay_criterion SET max_points = max_points + 1 WHERE code = "
                     "'clarity' AND rule_set_id = (SELECT id FROM rule_set WHERE code = 'kz-2027')");
  /* migration 13's snapshot keeps a criterion as an array, so its place
   * is named by index: the youth reserve's rule, the first criterion */
  assert_verify_names (fixture, id, "essays[1].criteria[0]");
  konkurs_test_exec (fixture->db, "UPDATE rule_set_essay_criterion SET max_points = max_points - 1 WHERE code = "
                     "'clarity' AND rule_set_id = (SELECT id FROM rule_set WHERE code = 'kz-2027')");

  /* bound: refused, and nothing changes */
  bind_copy (fixture, read);
  competition = save_competition (fixture, KONKURS_RULE_SCOPE_GENERAL, KONKURS_PROCEDURE_CIVIL_SERVICE, 2027, 6, 1);
  g_assert_cmpstr (bound_code (fixture, competition), ==, "kz-2027");
  rule->spread_limit = 1;
  g_assert_false (konkurs_store_save_essay_rule (fixture->store, id, rule, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_IN_USE);
  g_clear_error (&error);
  g_assert_cmpint (konkurs_test_query_int64 (fixture->db, "SELECT spread_limit FROM rule_set_essay WHERE track = "
                                             "'youth-reserve' AND rule_set_id = (SELECT id FROM rule_set WHERE "
                                             "code = 'kz-2027')"), ==, 3);
  g_clear_pointer (&report, konkurs_verify_report_free);
  report = konkurs_store_verify (fixture->store, NULL, &error);
  g_assert_cmpint (report->problem, ==, KONKURS_VERIFY_OK);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, konkurs_test_fixture_set_up, func, konkurs_test_fixture_tear_down)
  ADD ("/rule-sets/boundaries", test_boundaries);
  ADD ("/rule-sets/binding", test_binding);
  ADD ("/rule-sets/rebinding", test_rebinding);
  ADD ("/rule-sets/none-in-force", test_none_in_force);
  ADD ("/rule-sets/copy", test_copy);
  ADD ("/rule-sets/save", test_save);
  ADD ("/rule-sets/delete", test_delete);
  ADD ("/rule-sets/save-stages", test_save_stages);
  ADD ("/rule-sets/save-essay", test_save_essay);
  return g_test_run ();
}
