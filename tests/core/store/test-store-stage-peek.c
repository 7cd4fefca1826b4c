/* test-store-stage-peek.c — asking for a competition's stages writes only
 * when there is something to make, and peeking never writes: a view may
 * reload on "changed::competition_stage" and another say where a
 * competition stands without making its stages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "konkurs-autocleanups.h"
#include "konkurs-store-private.h"
#include "konkurs-store-stages.h"
#include "konkurs-test-candidates.h"
#include "konkurs-test-stage-results.h"
#include "konkurs-test-util.h"

typedef struct {
  KonkursTestCandidates base;
  guint                 n_stage_changes;
} Fixture;

static void
set_up (Fixture *fixture, gconstpointer data)
{
  konkurs_test_candidates_set_up (&fixture->base, data);
  g_signal_connect (fixture->base.store, "changed::" KONKURS_STORE_TABLE_STAGE,
                    G_CALLBACK (konkurs_test_count_changes), &fixture->n_stage_changes);
}

static void
tear_down (Fixture *fixture, gconstpointer data)
{
  konkurs_test_candidates_tear_down (&fixture->base, data);
}

static GPtrArray *
list_stages (Fixture *fixture, gint64 competition_id)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *stages = konkurs_store_list_stages (fixture->base.store, competition_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (stages);
  return stages;
}

static gint64
count_entries (Fixture *fixture)
{
  return konkurs_test_query_int64 (konkurs_store_get_db (fixture->base.store), "SELECT count(*) FROM audit_log");
}

/* A competition with no vacancy has no stages to make: asking for them
 * writes nothing and announces nothing, however often a view asks (a view
 * that reloads on the signal would loop); a vacancy makes them, once. */
static void
test_nothing_to_make (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GPtrArray) made = NULL;
  g_autoptr(GPtrArray) still = NULL;
  gint64 competition = konkurs_test_add_march_competition (fixture->base.store, KONKURS_PROCEDURE_CIVIL_SERVICE);
  gint64 entries = count_entries (fixture);

  fixture->n_stage_changes = 0;
  none = list_stages (fixture, competition);
  again = list_stages (fixture, competition);
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (again->len, ==, 0);
  g_assert_cmpuint (fixture->n_stage_changes, ==, 0);
  g_assert_cmpint (count_entries (fixture), ==, entries);

  konkurs_test_add_march_vacancy (fixture->base.store, competition, "Бас маман");
  made = list_stages (fixture, competition);
  g_assert_cmpuint (made->len, ==, 5);
  g_assert_cmpuint (fixture->n_stage_changes, ==, 1);
  still = list_stages (fixture, competition);
  g_assert_cmpuint (still->len, ==, 5);
  g_assert_cmpuint (fixture->n_stage_changes, ==, 1);
}

/* Peeking says where a competition stands without making its stages. */
static void
test_peek (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) peeked = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(KonkursTestStageCompetition) testing = NULL;
  gint64 competition = konkurs_test_add_march_competition (fixture->base.store, KONKURS_PROCEDURE_CIVIL_SERVICE);
  gint64 entries;
  const KonkursStage *current;

  konkurs_test_add_march_vacancy (fixture->base.store, competition, "Бас маман");
  entries = count_entries (fixture);
  fixture->n_stage_changes = 0;
  peeked = konkurs_store_peek_stages (fixture->base.store, competition, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (peeked->len, ==, 0);
  g_assert_null (konkurs_stages_find_current (peeked));
  g_assert_cmpint (konkurs_test_query_int64 (konkurs_store_get_db (fixture->base.store),
                                             "SELECT count(*) FROM competition_stage"), ==, 0);
  g_assert_cmpint (count_entries (fixture), ==, entries);
  g_assert_cmpuint (fixture->n_stage_changes, ==, 0);

  /* documents closed, testing open with the three admitted */
  testing = konkurs_test_stage_competition_new (fixture->base.store, KONKURS_PROCEDURE_CIVIL_SERVICE, 3);
  after = konkurs_store_peek_stages (fixture->base.store, testing->competition_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->len, ==, 5);
  current = konkurs_stages_find_current (after);
  g_assert_cmpint (current->id, ==, testing->stage_id);
  g_assert_cmpint (current->kind, ==, KONKURS_STAGE_TESTING);
  g_assert_cmpint (current->state, ==, KONKURS_STAGE_STATE_OPEN);
  g_assert_cmpuint (current->n_entered, ==, 3);
  g_assert_cmpuint (current->n_pending, ==, 3);
  g_assert_cmpint (((KonkursStage *) g_ptr_array_index (after, 0))->state, ==, KONKURS_STAGE_STATE_CLOSED);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store-stage-peek/nothing-to-make", Fixture, NULL, set_up, test_nothing_to_make, tear_down);
  g_test_add ("/store-stage-peek/peek", Fixture, NULL, set_up, test_peek, tear_down);

  return g_test_run ();
}
