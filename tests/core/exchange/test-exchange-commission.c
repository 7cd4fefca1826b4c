/* test-exchange-commission.c — a file of commissions through real files:
 * a good one adds a commission with its members and binds it to the
 * competitions it names; the same file again updates it, the members of
 * the same name keeping their ids; a second chair, a member without a
 * name, an unknown role, a competition number the database does not have
 * and the same commission twice are each refused with the line and the
 * reason, leaving the database as it was; written and read back, a
 * commission is the same
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-exchange-commission.h"
#include "konkurs-store-commission.h"
#include "konkurs-test-candidates.h"
#include "konkurs-test-util.h"

typedef struct {
  char         *dir;
  KonkursStore *store;
  char         *number;   /* of a competition of the database */
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 id;
  g_autoptr(KonkursCompetition) competition = NULL;

  fixture->dir = konkurs_test_make_tmp_dir ("test-exchange-commission-XXXXXX");
  fixture->store = konkurs_test_store_open (NULL, NULL);
  id = konkurs_test_add_march_competition (fixture->store, KONKURS_PROCEDURE_CIVIL_SERVICE);
  competition = konkurs_store_get_competition (fixture->store, id, &error);
  g_assert_no_error (error);
  fixture->number = g_strdup (konkurs_competition_get_number (competition));
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_clear_object (&fixture->store);
  konkurs_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->number);
}

#define MEMBER(role, kk, ru) \
  "    <member role=\"" role "\">\n" \
  "      <name xml:lang=\"kk\">" kk "</name>\n" \
  "      <name xml:lang=\"ru\">" ru "</name>\n" \
  "      <position xml:lang=\"kk\">Департамент директоры</position>\n" \
  "    </member>\n"

#define CHAIR MEMBER ("chair", "Серікбаев Нұрлан", "Серикбаев Нурлан")
#define DEPUTY MEMBER ("deputy-chair", "Ахметова Сәуле", "Ахметова Сауле")
#define SECRETARY MEMBER ("secretary", "Бекова Дина", "Бекова Дина")

/* A file whose commission's <name> is line 4, its first member line 6. */
static char *
write_file (Fixture *fixture, const char *name, const char *members, const char *competition)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *competitions = competition != NULL
                                  ? g_strdup_printf ("    <competition number=\"%s\"/>\n", competition)
                                  : g_strdup ("");
  g_autofree char *text = g_strdup_printf (
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<konkurs-commission xmlns=\"urn:konkurs:commission:1\" version=\"1\">\n"
    "  <commission kind=\"competition\" order-number=\"45-ж\" order-date=\"2025-02-03\">\n"
    "    <name xml:lang=\"kk\">Қаржы министрлігінің конкурстық комиссиясы</name>\n"
    "    <name xml:lang=\"ru\">Конкурсная комиссия Министерства финансов</name>\n"
    "%s%s"
    "  </commission>\n"
    "</konkurs-commission>\n", members, competitions);
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_assert_no_error (error);
  return path;
}

static GPtrArray *
list_commissions (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *commissions = konkurs_store_list_commissions (fixture->store, &error);

  g_assert_no_error (error);
  return commissions;
}

static const KonkursCommissionRecord *
find_named (GPtrArray *commissions, const char *name_ru)
{
  for (guint i = 0; i < commissions->len; i++)
    {
      const KonkursCommissionRecord *record = g_ptr_array_index (commissions, i);

      if (g_strcmp0 (konkurs_local_text_get (record->name, KONKURS_DOC_LANGUAGE_RU), name_ru) == 0)
        return record;
    }
  return NULL;
}

static const KonkursCommissionRecord *
get_named (GPtrArray *commissions, const char *name_ru)
{
  const KonkursCommissionRecord *record = find_named (commissions, name_ru);

  if (record == NULL)
    g_error ("no commission is named %s", name_ru);
  return record;
}

static const char *
member_name (const KonkursCommissionRecord *record, guint index)
{
  return konkurs_local_text_get (((KonkursCommissionMember *) g_ptr_array_index (record->members, index))->name,
                                 KONKURS_DOC_LANGUAGE_KK);
}

static gint64
competition_commission (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCompetition) competition = konkurs_store_find_competition_by_number (fixture->store,
                                                                                        fixture->number, &error);
  gint64 id;

  g_assert_no_error (error);
  id = konkurs_store_get_competition_commission (fixture->store, konkurs_competition_get_id (competition), &error);
  g_assert_no_error (error);
  return id;
}

/* A new commission with its members in order, bound to the competition;
 * the same file with a member more updates it, the others keeping their
 * ids. */
static void
test_import_and_update (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first = write_file (fixture, "first.xml", CHAIR DEPUTY SECRETARY, fixture->number);
  g_autofree char *second = write_file (fixture, "second.xml",
                                        CHAIR MEMBER ("member", "Ким Виктор", "Ким Виктор") DEPUTY SECRETARY,
                                        NULL);
  g_autoptr(GPtrArray) before = list_commissions (fixture);
  g_autoptr(GPtrArray) added = NULL;
  g_autoptr(GPtrArray) updated = NULL;
  const KonkursCommissionRecord *record, *again;
  KonkursImportSummary summary;

  g_assert_true (konkurs_exchange_import_file (fixture->store, first, &summary, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.commissions, ==, 1);
  added = list_commissions (fixture);
  g_assert_cmpuint (added->len, ==, before->len + 1);
  record = get_named (added, "Конкурсная комиссия Министерства финансов");
  g_assert_cmpint (record->kind, ==, KONKURS_COMMISSION_KIND_COMPETITION);
  g_assert_cmpstr (record->order_number, ==, "45-ж");
  konkurs_test_assert_date (&record->order_date, 2025, 2, 3);
  g_assert_cmpuint (record->members->len, ==, 3);
  g_assert_cmpstr (member_name (record, 0), ==, "Серікбаев Нұрлан");
  g_assert_cmpstr (member_name (record, 2), ==, "Бекова Дина");
  g_assert_cmpint (((KonkursCommissionMember *) g_ptr_array_index (record->members, 1))->role, ==,
                   KONKURS_COMMISSION_DEPUTY_CHAIR);
  g_assert_cmpint (competition_commission (fixture), ==, record->id);

  g_assert_true (konkurs_exchange_import_file (fixture->store, second, &summary, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  updated = list_commissions (fixture);
  g_assert_cmpuint (updated->len, ==, added->len);
  again = get_named (updated, "Конкурсная комиссия Министерства финансов");
  g_assert_cmpint (again->id, ==, record->id);
  g_assert_cmpuint (again->members->len, ==, 4);
  g_assert_cmpstr (member_name (again, 1), ==, "Ким Виктор");
  /* the chair and the deputy are the same members as before */
  g_assert_cmpint (((KonkursCommissionMember *) g_ptr_array_index (again->members, 0))->id, ==,
                   ((KonkursCommissionMember *) g_ptr_array_index (record->members, 0))->id);
  g_assert_cmpint (((KonkursCommissionMember *) g_ptr_array_index (again->members, 2))->id, ==,
                   ((KonkursCommissionMember *) g_ptr_array_index (record->members, 1))->id);
}

typedef struct {
  const char *members;
  gboolean    unknown_competition;
  int         line;
  const char *fragment;
  const char *fragment2;
} Refusal;

static const Refusal refusals[] = {
  /* the second chair is the member that starts on line 11 */
  { CHAIR DEPUTY CHAIR, FALSE, 16, "member/@role", "line 6" },
  { CHAIR "    <member role=\"member\">\n      <position xml:lang=\"kk\">Маман</position>\n    </member>\n",
    FALSE, 11, "name", NULL },
  { CHAIR "    <member role=\"boss\">\n      <name xml:lang=\"kk\">Ким</name>\n    </member>\n", FALSE, 11,
    "member/@role", "boss" },
  { CHAIR SECRETARY, TRUE, 16, "competition/@number", "1999-999" },
};

static void
test_refused (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GPtrArray) before = list_commissions (fixture);

  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_strdup_printf ("refused-%u.xml", i);
      g_autofree char *path = write_file (fixture, name, refusals[i].members,
                                          refusals[i].unknown_competition ? "1999-999" : NULL);
      g_autoptr(GPtrArray) after = NULL;

      g_assert_false (konkurs_exchange_import_file (fixture->store, path, NULL, NULL, NULL, NULL, &error));
      g_assert_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_INVALID);
      konkurs_test_assert_file_message (error->message, path, refusals[i].line, refusals[i].fragment,
                                        refusals[i].fragment2);
      after = list_commissions (fixture);
      g_assert_cmpuint (after->len, ==, before->len);
      g_assert_null (find_named (after, "Конкурсная комиссия Министерства финансов"));
    }
}

/* The same commission twice in one file: the second is refused, naming
 * the first. */
static void
test_refused_twice (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "twice.xml", NULL);
  const char *text =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<konkurs-commission xmlns=\"urn:konkurs:commission:1\" version=\"1\">\n"
    "  <commission kind=\"expert\">\n"
    "    <name xml:lang=\"ru\">Экспертная комиссия</name>\n"
    CHAIR
    "  </commission>\n"
    "  <commission kind=\"national\">\n"
    "    <name xml:lang=\"kk\">Сараптамалық комиссия</name>\n"
    "    <name xml:lang=\"ru\">экспертная  комиссия</name>\n"
    CHAIR
    "  </commission>\n"
    "</konkurs-commission>\n";
  g_autoptr(GPtrArray) before = list_commissions (fixture);
  g_autoptr(GPtrArray) after = NULL;

  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_assert_false (konkurs_exchange_import_file (fixture->store, path, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_INVALID);
  konkurs_test_assert_file_message (error->message, path, 11, "given twice", "line 3");
  after = list_commissions (fixture);
  g_assert_cmpuint (after->len, ==, before->len);
}

/* Written, then read into another database with the same competition:
 * the same commission, bound alike, and the file the same bytes again. */
static void
test_round_trip (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *source = write_file (fixture, "source.xml", CHAIR DEPUTY SECRETARY, fixture->number);
  g_autofree char *written = g_build_filename (fixture->dir, "written.xml", NULL);
  g_autofree char *again = g_build_filename (fixture->dir, "again.xml", NULL);
  g_autofree char *bytes = NULL, *bytes_again = NULL;
  g_autoptr(GPtrArray) commissions = NULL;
  const KonkursCommissionRecord *record;
  Fixture other = { fixture->dir, NULL, NULL };

  g_assert_true (konkurs_exchange_import_file (fixture->store, source, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  commissions = list_commissions (fixture);
  record = get_named (commissions, "Конкурсная комиссия Министерства финансов");
  g_assert_true (konkurs_exchange_write_commission (fixture->store, record->id, written, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (written, &bytes, NULL, NULL));
  g_assert_nonnull (strstr (bytes, fixture->number));
  g_assert_nonnull (strstr (bytes, "role=\"deputy-chair\""));

  other.store = konkurs_test_store_open (NULL, NULL);
  konkurs_test_add_march_competition (other.store, KONKURS_PROCEDURE_CIVIL_SERVICE);
  other.number = g_strdup (fixture->number);
  g_assert_true (konkurs_exchange_import_file (other.store, written, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&commissions, g_ptr_array_unref);
  commissions = list_commissions (&other);
  record = get_named (commissions, "Конкурсная комиссия Министерства финансов");
  g_assert_cmpuint (record->members->len, ==, 3);
  g_assert_cmpint (competition_commission (&other), ==, record->id);
  g_assert_true (konkurs_exchange_write_commission (other.store, record->id, again, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (again, &bytes_again, NULL, NULL));
  g_assert_cmpstr (bytes_again, ==, bytes);
  g_clear_object (&other.store);
  g_free (other.number);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/exchange/commission/import-and-update", Fixture, NULL, fixture_set_up, test_import_and_update,
              fixture_tear_down);
  g_test_add ("/exchange/commission/refused", Fixture, NULL, fixture_set_up, test_refused, fixture_tear_down);
  g_test_add ("/exchange/commission/refused-twice", Fixture, NULL, fixture_set_up, test_refused_twice,
              fixture_tear_down);
  g_test_add ("/exchange/commission/round-trip", Fixture, NULL, fixture_set_up, test_round_trip,
              fixture_tear_down);
  return g_test_run ();
}
