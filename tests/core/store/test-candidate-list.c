/* test-candidate-list.c — the lazy list model of candidates over 20,000
 * generated candidates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "konkurs-candidate-list.h"
#include "konkurs-collation.h"
#include "konkurs-store-candidates.h"
#include "konkurs-test-util.h"

#define N_CANDIDATES 20000

static const char * const surnames[] = {
  "Абаев", "Әлиев", "Бекенов", "Ғабитов", "Жұмабаев", "Иванов", "Қасымов", "Мұратов",
  "Нұрланов", "Өтегенов", "Петров", "Сейітов", "Тоқаев", "Ұлықбеков", "Хасенов", "Шәріпов",
};
static const char * const names[] = {
  "Әлия", "Айгерім", "Гүлнар", "Дана", "Мадина", "Сәуле", "Ерлан", "Арман",
  "Дәурен", "Болат", "Асқар", "Нұржан", "Анна", "Ольга", "Сергей", "Пётр",
};

typedef struct {
  char            *dir;
  KonkursCalendar *calendar;
  KonkursStore    *store;
} Fixture;

/* One store for all tests: generating 20,000 candidates takes a while. */
static Fixture fixture;

static void
generate (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20250303);
  gint64 start = g_get_monotonic_time ();

  g_assert_true (konkurs_store_begin (fixture.store, &error));
  for (guint i = 0; i < N_CANDIDATES; i++)
    {
      g_autoptr(KonkursCandidate) candidate = konkurs_candidate_new ();
      g_autoptr(GDate) birth = g_date_new_dmy (g_rand_int_range (rand, 1, 29),
                                               g_rand_int_range (rand, 1, 13),
                                               g_rand_int_range (rand, 1960, 2004));
      KonkursSex sex = (i % 2) ? KONKURS_SEX_MALE : KONKURS_SEX_FEMALE;
      guint serial = i % 10000;
      char iin[KONKURS_IIN_LENGTH + 1];

      /* Serial and date together make the IIN unique; a serial without a
       * check digit moves on to the next free one in another range. */
      while (!konkurs_iin_build (birth, sex, serial, iin) ||
             konkurs_store_find_candidate_by_iin (fixture.store, iin, NULL) != 0)
        serial = (serial + 7919) % 10000;

      konkurs_candidate_set_iin (candidate, iin);
      konkurs_candidate_set_surname (candidate, surnames[g_rand_int_range (rand, 0, G_N_ELEMENTS (surnames))]);
      konkurs_candidate_set_name (candidate, names[g_rand_int_range (rand, 0, G_N_ELEMENTS (names))]);
      konkurs_candidate_set_patronymic (candidate, "Серікұлы");
      konkurs_test_save_candidate (fixture.store, candidate);
    }
  g_assert_true (konkurs_store_commit (fixture.store, &error));
  g_assert_no_error (error);

  g_test_message ("generated %d candidates in %.0f ms", N_CANDIDATES,
                  (g_get_monotonic_time () - start) / 1000.0);
}

typedef struct {
  KonkursCandidateList *list;
  GArray               *mirror;   /* gint64: the ids as the signals told them */
  guint                 calls;      /* answers applied: a pair of signals counts once */
  guint                 pairs;      /* answers told in two signals */
  gboolean              in_pair;    /* the last signal was the first of a pair */
  guint                 position;
  guint                 removed;
  guint                 added;
} Changes;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Changes    *changes)
{
  /* A large replacement comes as the new rows in front of the old ones,
   * then the old ones going right after them: one change in all. */
  if (changes->in_pair)
    {
      g_assert_cmpuint (position, ==, changes->position + changes->added);
      g_assert_cmpuint (added, ==, 0);
      changes->removed += removed;
    }
  else
    {
      changes->calls++;
      changes->position = position;
      changes->removed = removed;
      changes->added = added;
    }
  changes->in_pair = konkurs_candidate_list_is_replacing (changes->list);
  changes->pairs += changes->in_pair;
  if (changes->in_pair)
    g_assert_cmpuint (removed, ==, 0);

  /* A view knows only what the signal says: replay it on a copy. */
  g_assert_cmpuint (position + removed, <=, changes->mirror->len);
  g_array_remove_range (changes->mirror, position, removed);
  for (guint i = 0; i < added; i++)
    {
      gint64 id = konkurs_candidate_list_get_id (changes->list, position + i);

      g_array_insert_val (changes->mirror, position + i, id);
    }
}

static void
changes_init (Changes              *changes,
              KonkursCandidateList *list)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  memset (changes, 0, sizeof *changes);
  changes->list = list;
  changes->mirror = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < n; i++)
    {
      gint64 id = konkurs_candidate_list_get_id (list, i);

      g_array_append_val (changes->mirror, id);
    }
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), changes);
}

static void
changes_clear (Changes *changes)
{
  g_signal_handlers_disconnect_by_data (changes->list, changes);
  g_clear_pointer (&changes->mirror, g_array_unref);
}

/* The signals told the whole truth: the replayed copy is the list. */
static void
assert_mirror (Changes *changes)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (changes->list));

  g_assert_cmpuint (changes->mirror->len, ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (g_array_index (changes->mirror, gint64, i), ==, konkurs_candidate_list_get_id (changes->list, i));
}

/* Queries run in a worker; the answer lands from the main loop. */
static void
wait_loaded (KonkursCandidateList *list)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (konkurs_candidate_list_is_loading (list))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, TRUE);
    }
}

static int
compare_rows (KonkursCandidate *a,
              KonkursCandidate *b)
{
  int order = strcmp (konkurs_candidate_get_surname (a), konkurs_candidate_get_surname (b));

  if (order == 0)
    order = strcmp (konkurs_candidate_get_name (a), konkurs_candidate_get_name (b));
  if (order == 0)
    order = konkurs_candidate_get_id (a) < konkurs_candidate_get_id (b) ? -1 : 1;
  return order;
}

static void
assert_item (KonkursCandidateList *list,
             guint                 position)
{
  g_autoptr(KonkursCandidate) item = g_list_model_get_item (G_LIST_MODEL (list), position);
  g_autoptr(KonkursCandidate) next = NULL;

  g_assert_nonnull (item);
  g_assert_true (KONKURS_IS_CANDIDATE (item));
  g_assert_cmpint (konkurs_candidate_get_id (item), ==, konkurs_candidate_list_get_id (list, position));
  g_assert_cmpstr (konkurs_candidate_get_surname (item), !=, "");
  g_assert_true (konkurs_iin_is_valid (konkurs_candidate_get_iin (item)));
  g_assert_cmpuint (konkurs_candidate_list_find_position (list, konkurs_candidate_get_id (item)), ==, position);

  if (position + 1 < g_list_model_get_n_items (G_LIST_MODEL (list)))
    {
      next = g_list_model_get_item (G_LIST_MODEL (list), position + 1);
      g_assert_cmpint (compare_rows (item, next), <, 0);
    }
}

static void
test_whole_list (void)
{
  g_autoptr(KonkursCandidateList) list = konkurs_candidate_list_new (fixture.store);
  GListModel *model = G_LIST_MODEL (list);
  guint n;
  gint64 start;

  g_assert_true (g_list_model_get_item_type (model) == KONKURS_TYPE_CANDIDATE);
  n = g_list_model_get_n_items (model);
  g_assert_cmpuint (n, ==, N_CANDIDATES);

  start = g_get_monotonic_time ();
  assert_item (list, 0);
  g_test_message ("first page: %.2f ms", (g_get_monotonic_time () - start) / 1000.0);
  start = g_get_monotonic_time ();
  assert_item (list, n / 2);
  g_test_message ("a page in the middle: %.2f ms", (g_get_monotonic_time () - start) / 1000.0);
  assert_item (list, n - 2);
  assert_item (list, n - 1);
  g_assert_null (g_list_model_get_item (model, n));
  g_assert_cmpint (konkurs_candidate_list_get_id (list, n), ==, 0);

  /* Walk every row once: each page is read once and stays correct. */
  start = g_get_monotonic_time ();
  for (guint i = 0; i < n; i += 1)
    {
      g_autoptr(KonkursCandidate) item = g_list_model_get_item (model, i);

      g_assert_cmpint (konkurs_candidate_get_id (item), ==, konkurs_candidate_list_get_id (list, i));
    }
  g_test_message ("all %u rows: %.1f ms", n, (g_get_monotonic_time () - start) / 1000.0);
}

static void
test_query (void)
{
  g_autoptr(KonkursCandidateList) list = konkurs_candidate_list_new (fixture.store);
  GListModel *model = G_LIST_MODEL (list);
  Changes changes;
  guint n_aliya, n_ali;
  gint64 start;

  g_assert_false (konkurs_candidate_list_is_loading (list));
  changes_init (&changes, list);

  /* The query runs in a worker: the old rows stay until it answers. */
  start = g_get_monotonic_time ();
  konkurs_candidate_list_set_query (list, "ӘЛИЯ");
  g_assert_true (konkurs_candidate_list_is_loading (list));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_CANDIDATES);
  g_assert_cmpuint (changes.calls, ==, 0);
  wait_loaded (list);
  g_test_message ("set_query (ӘЛИЯ): %.2f ms, %u rows", (g_get_monotonic_time () - start) / 1000.0,
                  g_list_model_get_n_items (model));
  n_aliya = g_list_model_get_n_items (model);
  /* One change, for the span between the rows both lists share: more
   * than a page of new rows, told in two signals. */
  g_assert_cmpuint (changes.calls, ==, 1);
  g_assert_cmpuint (changes.pairs, ==, 1);
  g_assert_false (changes.in_pair);
  g_assert_false (konkurs_candidate_list_is_replacing (list));
  g_assert_cmpuint (changes.removed - changes.added, ==, N_CANDIDATES - n_aliya);
  assert_mirror (&changes);
  /* One name in 16. */
  g_assert_cmpuint (n_aliya, >, N_CANDIDATES / 32);
  g_assert_cmpuint (n_aliya, <, N_CANDIDATES / 8);
  for (guint i = 0; i < n_aliya; i += 97)
    {
      g_autoptr(KonkursCandidate) item = g_list_model_get_item (model, i);

      g_assert_cmpstr (konkurs_candidate_get_name (item), ==, "Әлия");
    }

  /* Same text: nothing happens. */
  konkurs_candidate_list_set_query (list, "ӘЛИЯ");
  g_assert_false (konkurs_candidate_list_is_loading (list));
  g_assert_cmpuint (changes.calls, ==, 1);

  /* Another text with the same answer: no signal at all. */
  konkurs_candidate_list_set_query (list, "әлия");
  wait_loaded (list);
  g_assert_cmpuint (changes.calls, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_aliya);

  konkurs_candidate_list_set_query (list, "әли");
  wait_loaded (list);
  n_ali = g_list_model_get_n_items (model);
  g_assert_cmpuint (n_ali, >, n_aliya);   /* Әлиев as well */
  g_assert_cmpuint (changes.calls, ==, 2);
  g_assert_cmpuint (changes.added - changes.removed, ==, n_ali - n_aliya);
  assert_mirror (&changes);

  /* Nothing to search for: nobody, and the list says why. */
  konkurs_candidate_list_set_query (list, "\"(*");
  wait_loaded (list);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_true (konkurs_candidate_list_get_nothing_to_search (list));
  assert_mirror (&changes);

  konkurs_candidate_list_set_query (list, NULL);
  wait_loaded (list);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_CANDIDATES);
  g_assert_false (konkurs_candidate_list_get_nothing_to_search (list));
  assert_mirror (&changes);

  konkurs_candidate_list_set_query (list, "zzzz");
  wait_loaded (list);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_cmpuint (changes.position, ==, 0);
  g_assert_cmpuint (changes.removed, ==, N_CANDIDATES);
  g_assert_cmpuint (changes.added, ==, 0);

  konkurs_candidate_list_set_query (list, NULL);
  wait_loaded (list);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_CANDIDATES);
  g_assert_cmpstr (konkurs_candidate_list_get_query (list), ==, "");
  assert_mirror (&changes);
  changes_clear (&changes);
}

/* Typing fast: each key starts a query; only the last answer counts. */
static void
test_superseded (void)
{
  g_autoptr(KonkursCandidateList) list = konkurs_candidate_list_new (fixture.store);
  GListModel *model = G_LIST_MODEL (list);
  Changes changes;
  const char *keys[] = { "а", "ә", "әл", "әли", "әлия" };
  guint n_aliya, loaded = 0;

  konkurs_candidate_list_set_query (list, "әлия");
  wait_loaded (list);
  n_aliya = g_list_model_get_n_items (model);
  konkurs_candidate_list_set_query (list, NULL);
  wait_loaded (list);

  changes_init (&changes, list);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    konkurs_candidate_list_set_query (list, keys[i]);
  g_assert_true (konkurs_candidate_list_is_loading (list));
  wait_loaded (list);
  /* Earlier answers may still be on their way: let them arrive. */
  for (guint i = 0; i < 50; i++)
    {
      g_usleep (2000);
      while (g_main_context_iteration (NULL, FALSE))
        loaded++;
    }
  g_assert_false (konkurs_candidate_list_is_loading (list));
  g_assert_cmpuint (changes.calls, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_aliya);
  assert_mirror (&changes);
  g_test_message ("%u late events after the last answer", loaded);

  /* A synchronous reload supersedes a query still running. */
  konkurs_candidate_list_set_query (list, "zzzz");
  g_assert_true (konkurs_candidate_list_is_loading (list));
  konkurs_candidate_list_reload (list);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  wait_loaded (list);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  assert_mirror (&changes);
  changes_clear (&changes);
}

static void
test_follows_store (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCandidateList) list = konkurs_candidate_list_new (fixture.store);
  g_autoptr(KonkursCandidateList) filtered = konkurs_candidate_list_new (fixture.store);
  g_autoptr(KonkursCandidate) newcomer = konkurs_candidate_new ();
  g_autoptr(KonkursCandidate) item = NULL;
  g_autoptr(KonkursCandidate) last = NULL;
  g_autoptr(KonkursCompetition) competition = konkurs_competition_new ();
  g_autoptr(KonkursCandidacy) candidacy = NULL;
  g_autoptr(GDate) birth = g_date_new_dmy (1, 1, 2005);
  g_autoptr(GDate) announced = g_date_new_dmy (3, 3, 2025);
  Changes changes;
  char iin[KONKURS_IIN_LENGTH + 1];
  guint position;

  /* Touch a page so that the cache must be dropped on reload. */
  item = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_clear_object (&item);
  changes_init (&changes, list);

  g_assert_true (konkurs_iin_build (birth, KONKURS_SEX_FEMALE, 1, iin));
  konkurs_candidate_set_iin (newcomer, iin);
  konkurs_candidate_set_surname (newcomer, "ААААнова");
  konkurs_candidate_set_name (newcomer, "Бірінші");
  g_assert_true (konkurs_store_save_candidate (fixture.store, newcomer, &error));
  g_assert_no_error (error);
  wait_loaded (list);

  /* One row inserted at the top, nothing else announced. */
  g_assert_cmpuint (changes.calls, ==, 1);
  g_assert_cmpuint (changes.position, ==, 0);
  g_assert_cmpuint (changes.removed, ==, 0);
  g_assert_cmpuint (changes.added, ==, 1);
  assert_mirror (&changes);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, N_CANDIDATES + 1);
  position = konkurs_candidate_list_find_position (list, konkurs_candidate_get_id (newcomer));
  g_assert_cmpuint (position, ==, 0);
  item = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpstr (konkurs_candidate_get_surname (item), ==, "ААААнова");
  g_clear_object (&item);

  /* A new spelling of the name in the same place: the row is announced
   * again, alone, so that the table does not keep the old one. */
  konkurs_candidate_set_surname (newcomer, "ААААнова-Бек");
  g_assert_true (konkurs_store_save_candidate (fixture.store, newcomer, &error));
  g_assert_no_error (error);
  wait_loaded (list);
  g_assert_cmpuint (changes.calls, ==, 2);
  g_assert_cmpuint (changes.position, ==, 0);
  g_assert_cmpuint (changes.removed, ==, 1);
  g_assert_cmpuint (changes.added, ==, 1);
  item = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpstr (konkurs_candidate_get_surname (item), ==, "ААААнова-Бек");
  g_clear_object (&item);

  /* A filter by competition follows applications. */
  konkurs_candidate_list_set_query (filtered, "бірінші");
  wait_loaded (filtered);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (filtered)), ==, 1);
  konkurs_competition_set_state_body (competition, "Цифрлық даму министрлігі", NULL);
  konkurs_competition_set_procedure (competition, KONKURS_PROCEDURE_YOUTH_RESERVE);
  konkurs_competition_set_announcement_date (competition, announced);
  g_assert_true (konkurs_store_save_competition (fixture.store, competition, &error));
  g_assert_no_error (error);
  konkurs_candidate_list_set_query (filtered, NULL);
  konkurs_candidate_list_set_competition_id (filtered, konkurs_competition_get_id (competition));
  wait_loaded (filtered);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (filtered)), ==, 0);

  candidacy = konkurs_store_apply (fixture.store, konkurs_candidate_get_id (newcomer),
                                   konkurs_competition_get_id (competition), 0, "digitalisation",
                                   announced, &error);
  g_assert_no_error (error);
  wait_loaded (filtered);
  wait_loaded (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (filtered)), ==, 1);
  /* An application changes no row of the unfiltered list but the status
   * of its own, announced alone. */
  g_assert_cmpuint (changes.calls, ==, 3);
  g_assert_cmpuint (changes.position, ==, 0);
  g_assert_cmpuint (changes.removed, ==, 1);
  g_assert_cmpuint (changes.added, ==, 1);
  g_assert_cmpint (konkurs_candidate_list_get_status_at (list, 0), ==, KONKURS_CANDIDATE_STATUS_PENDING);
  g_assert_cmpint (konkurs_candidate_list_get_status_at (list, 1), ==, KONKURS_CANDIDATE_STATUS_NONE);
  konkurs_candidate_list_set_eligibility (filtered, KONKURS_ELIGIBILITY_STATE_ELIGIBLE);
  wait_loaded (filtered);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (filtered)), ==, 0);
  konkurs_candidate_list_set_eligibility (filtered, KONKURS_ELIGIBILITY_STATE_PENDING);
  wait_loaded (filtered);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (filtered)), ==, 1);

  /* Deleting brings the list back. */
  g_assert_true (konkurs_store_delete_candidacy (fixture.store, konkurs_candidacy_get_id (candidacy), &error));
  g_assert_no_error (error);
  wait_loaded (filtered);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (filtered)), ==, 0);
  last = g_list_model_get_item (G_LIST_MODEL (list), N_CANDIDATES);
  g_assert_true (konkurs_store_delete_candidate (fixture.store, konkurs_candidate_get_id (newcomer), &error));
  g_assert_no_error (error);
  wait_loaded (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, N_CANDIDATES);
  g_assert_cmpuint (changes.position, ==, 0);
  g_assert_cmpuint (changes.removed, ==, 1);
  g_assert_cmpuint (changes.added, ==, 0);
  assert_mirror (&changes);
  g_assert_true (konkurs_store_delete_competition (fixture.store, konkurs_competition_get_id (competition), &error));
  g_assert_no_error (error);
  /* Queries in flight hold the lists, and the lists the store. */
  wait_loaded (list);
  wait_loaded (filtered);
  changes_clear (&changes);
}

/* The value a row is sorted by, for comparing neighbours. */
typedef int (*CompareRows) (KonkursCandidateList *list, guint a, guint b);

static int
compare_iin (KonkursCandidateList *list,
             guint                 a,
             guint                 b)
{
  g_autoptr(KonkursCandidate) first = g_list_model_get_item (G_LIST_MODEL (list), a);
  g_autoptr(KonkursCandidate) second = g_list_model_get_item (G_LIST_MODEL (list), b);

  return strcmp (konkurs_candidate_get_iin (first), konkurs_candidate_get_iin (second));
}

static int
compare_birth (KonkursCandidateList *list,
               guint                 a,
               guint                 b)
{
  g_autoptr(KonkursCandidate) first = g_list_model_get_item (G_LIST_MODEL (list), a);
  g_autoptr(KonkursCandidate) second = g_list_model_get_item (G_LIST_MODEL (list), b);

  return g_date_compare (konkurs_candidate_get_iin_birth_date (first), konkurs_candidate_get_iin_birth_date (second));
}

static int
compare_given_name (KonkursCandidateList *list,
                    guint                 a,
                    guint                 b)
{
  g_autoptr(KonkursCandidate) first = g_list_model_get_item (G_LIST_MODEL (list), a);
  g_autoptr(KonkursCandidate) second = g_list_model_get_item (G_LIST_MODEL (list), b);

  return konkurs_collation_compare (konkurs_candidate_get_name (first), konkurs_candidate_get_name (second));
}

static int
compare_status (KonkursCandidateList *list,
                guint                 a,
                guint                 b)
{
  return (int) konkurs_candidate_list_get_status_at (list, a) - (int) konkurs_candidate_list_get_status_at (list, b);
}

/* Sorts @list, in a worker, and checks neighbours all along. */
static void
assert_sorted (KonkursCandidateList *list,
               KonkursCandidateSort  sort,
               gboolean              descending,
               CompareRows           compare,
               const char           *what)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));
  gint64 start = g_get_monotonic_time ();

  konkurs_candidate_list_set_sort (list, sort, descending);
  g_assert_true (konkurs_candidate_list_is_loading (list));
  wait_loaded (list);
  g_test_message ("sorted by %s%s: %.0f ms", what, descending ? ", descending" : "",
                  (g_get_monotonic_time () - start) / 1000.0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n);
  for (guint i = 0; i + 1 < n; i += 37)
    {
      int order = compare (list, i, i + 1);

      g_assert_cmpint (descending ? -order : order, <=, 0);
    }
}

/* Every column sorts in the store, the names in the Kazakh alphabet, and
 * the status counts the applications the filter counts. */
static void
test_sort_and_status (void)
{
  g_autoptr(KonkursCandidateList) list = konkurs_candidate_list_new (fixture.store);
  g_autoptr(GDate) announced = g_date_new_dmy (3, 3, 2025);
  g_autoptr(GPtrArray) apps = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  KonkursCandidateSort sort;
  gboolean descending = TRUE;
  gint64 competition, other;

  sort = konkurs_candidate_list_get_sort (list, &descending);
  g_assert_cmpint (sort, ==, KONKURS_CANDIDATE_SORT_NAME);
  g_assert_false (descending);

  assert_sorted (list, KONKURS_CANDIDATE_SORT_IIN, FALSE, compare_iin, "IIN");
  assert_sorted (list, KONKURS_CANDIDATE_SORT_IIN, TRUE, compare_iin, "IIN");
  assert_sorted (list, KONKURS_CANDIDATE_SORT_BIRTH_DATE, FALSE, compare_birth, "birth date");
  assert_sorted (list, KONKURS_CANDIDATE_SORT_GIVEN_NAME, FALSE, compare_given_name, "name");
  assert_sorted (list, KONKURS_CANDIDATE_SORT_GIVEN_NAME, TRUE, compare_given_name, "name");

  /* Three of the first ten apply: one admitted, one refused, one waits;
   * another applies elsewhere. */
  competition = konkurs_test_add_competition (fixture.store, KONKURS_PROCEDURE_YOUTH_RESERVE, "Агенттік", NULL,
                                              2025, 3, 3);
  other = konkurs_test_add_competition (fixture.store, KONKURS_PROCEDURE_YOUTH_RESERVE, "Министрлік", NULL,
                                        2025, 3, 3);
  konkurs_candidate_list_set_sort (list, KONKURS_CANDIDATE_SORT_NAME, FALSE);
  wait_loaded (list);
  for (guint i = 0; i < 4; i++)
    g_ptr_array_add (apps, konkurs_store_apply (fixture.store, konkurs_candidate_list_get_id (list, i),
                                                i < 3 ? competition : other, 0, "digitalisation", announced, &error));
  g_assert_no_error (error);
  g_assert_true (konkurs_store_decide_candidacy (fixture.store, konkurs_candidacy_get_id (apps->pdata[0]), TRUE,
                                                 "Құжаттар кейін ұсынылады.", &error));
  g_assert_true (konkurs_store_decide_candidacy (fixture.store, konkurs_candidacy_get_id (apps->pdata[1]), FALSE,
                                                 NULL, &error));
  g_assert_no_error (error);
  wait_loaded (list);
  g_assert_cmpint (konkurs_candidate_list_get_status_at (list, 0), ==, KONKURS_CANDIDATE_STATUS_ADMITTED);
  g_assert_cmpint (konkurs_candidate_list_get_status_at (list, 1), ==, KONKURS_CANDIDATE_STATUS_REFUSED);
  g_assert_cmpint (konkurs_candidate_list_get_status_at (list, 2), ==, KONKURS_CANDIDATE_STATUS_PENDING);
  g_assert_cmpint (konkurs_candidate_list_get_status_at (list, 3), ==, KONKURS_CANDIDATE_STATUS_PENDING);
  g_assert_cmpint (konkurs_candidate_list_get_status_at (list, 4), ==, KONKURS_CANDIDATE_STATUS_NONE);

  /* Pending first, then admitted, refused, and those who did not apply. */
  assert_sorted (list, KONKURS_CANDIDATE_SORT_STATUS, FALSE, compare_status, "status");
  g_assert_cmpint (konkurs_candidate_list_get_status_at (list, 0), ==, KONKURS_CANDIDATE_STATUS_PENDING);
  g_assert_cmpint (konkurs_candidate_list_get_status_at (list, 1), ==, KONKURS_CANDIDATE_STATUS_PENDING);
  g_assert_cmpint (konkurs_candidate_list_get_status_at (list, 2), ==, KONKURS_CANDIDATE_STATUS_ADMITTED);
  g_assert_cmpint (konkurs_candidate_list_get_status_at (list, 3), ==, KONKURS_CANDIDATE_STATUS_REFUSED);
  g_assert_cmpint (konkurs_candidate_list_get_status_at (list, 4), ==, KONKURS_CANDIDATE_STATUS_NONE);
  assert_sorted (list, KONKURS_CANDIDATE_SORT_STATUS, TRUE, compare_status, "status");

  /* Filtered by the other competition, only its application counts. */
  konkurs_candidate_list_set_competition_id (list, other);
  konkurs_candidate_list_set_sort (list, KONKURS_CANDIDATE_SORT_STATUS, FALSE);
  wait_loaded (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_assert_cmpint (konkurs_candidate_list_get_status_at (list, 0), ==, KONKURS_CANDIDATE_STATUS_PENDING);

  for (guint i = 0; i < apps->len; i++)
    g_assert_true (konkurs_store_delete_candidacy (fixture.store, konkurs_candidacy_get_id (apps->pdata[i]), NULL));
  g_assert_true (konkurs_store_delete_competition (fixture.store, competition, NULL));
  g_assert_true (konkurs_store_delete_competition (fixture.store, other, NULL));
  wait_loaded (list);
}

int
main (int argc, char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  fixture.dir = konkurs_test_make_tmp_dir ("konkurs-candidate-list-XXXXXX");
  fixture.calendar = konkurs_test_calendar_new_from_data ("[2025]\nkurban-ait=2025-06-06\n");
  fixture.store = konkurs_test_store_open (fixture.dir, fixture.calendar);
  generate ();

  g_test_add_func ("/candidate-list/whole-list", test_whole_list);
  g_test_add_func ("/candidate-list/query", test_query);
  g_test_add_func ("/candidate-list/superseded", test_superseded);
  g_test_add_func ("/candidate-list/follows-store", test_follows_store);
  g_test_add_func ("/candidate-list/sort-and-status", test_sort_and_status);
  status = g_test_run ();

  /* A superseded query may still be finishing in the thread pool, or its
   * answer waiting in the main context; each holds its list, and the list
   * the store.  Let them end before checking that nothing leaked. */
  for (gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
       g_atomic_int_get (&G_OBJECT (fixture.store)->ref_count) > 1 && g_get_monotonic_time () < deadline;)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);

  g_assert_finalize_object (fixture.store);
  g_assert_finalize_object (fixture.calendar);
  konkurs_test_remove_tree (fixture.dir);
  g_free (fixture.dir);
  return status;
}
