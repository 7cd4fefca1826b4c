/* test-organisation.c — the organisation's details, its default
 * commission, the register of issued documents and the person deciding
 * (migration 6, which adds them, is tested in test-migrations.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-organisation.h"
#include "konkurs-store-private.h"
#include "konkurs-store-register.h"
#include "konkurs-test-util.h"

#define KK KONKURS_DOC_LANGUAGE_KK
#define RU KONKURS_DOC_LANGUAGE_RU

static GPtrArray *
sample_commission (void)
{
  GPtrArray *members = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_commission_member_free);

  g_ptr_array_add (members, konkurs_commission_member_new (KONKURS_COMMISSION_CHAIR,
                                                           "Қасымов Ерлан Болатұлы", "Касымов Ерлан Болатович",
                                                           "Басқарма басшысы", "Руководитель управления"));
  g_ptr_array_add (members, konkurs_commission_member_new (KONKURS_COMMISSION_MEMBER,
                                                           "  Әбенова Сәуле  ", "Абенова Сауле",
                                                           "Бас сарапшы", "Главный эксперт"));
  g_ptr_array_add (members, konkurs_commission_member_new (KONKURS_COMMISSION_MEMBER,
                                                           "", "Иванов Пётр Сергеевич", "", "Юрист"));
  g_ptr_array_add (members, konkurs_commission_member_new (KONKURS_COMMISSION_SECRETARY,
                                                           "Нұрланова Дана", "Нурланова Дана",
                                                           "Кадр қызметінің маманы", "Специалист кадровой службы"));
  return members;
}

static void
test_organisation (void)
{
  g_autoptr(KonkursStore) store = konkurs_test_store_open (NULL, NULL);
  g_autoptr(KonkursOrganisation) organisation = NULL;
  g_autoptr(KonkursOrganisation) read = NULL;
  g_autoptr(GError) error = NULL;
  guint changes = 0;

  /* a new database has the row, every field blank */
  organisation = konkurs_store_get_organisation (store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (konkurs_local_text_get (organisation->state_body, KK), ==, "");
  g_assert_cmpstr (konkurs_local_text_get (organisation->place, RU), ==, "");

  konkurs_test_count_changes (store, &changes);
  konkurs_local_text_set (organisation->state_body, KK, "Қазақстан Республикасы Қаржы министрлігі");
  konkurs_local_text_set (organisation->state_body, RU, "Министерство финансов Республики Казахстан");
  konkurs_local_text_set (organisation->address, KK, "Астана қ., Мәңгілік Ел даңғылы, 8");
  konkurs_local_text_set (organisation->place, RU, "г. Астана");
  g_assert_true (konkurs_store_save_organisation (store, organisation, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 1);

  read = konkurs_store_get_organisation (store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (konkurs_local_text_get (read->state_body, KK), ==, "Қазақстан Республикасы Қаржы министрлігі");
  g_assert_cmpstr (konkurs_local_text_get (read->state_body, RU), ==, "Министерство финансов Республики Казахстан");
  g_assert_cmpstr (konkurs_local_text_get (read->address, KK), ==, "Астана қ., Мәңгілік Ел даңғылы, 8");
  g_assert_cmpstr (konkurs_local_text_get (read->address, RU), ==, "");
  g_assert_cmpstr (konkurs_local_text_get (read->place, RU), ==, "г. Астана");

  /* saved again unchanged: no write, no audit entry */
  g_assert_true (konkurs_store_save_organisation (store, read, &error));
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpint (konkurs_test_query_int64 (konkurs_store_get_db (store),
                                             "SELECT count(*) FROM audit_log WHERE table_name = "
                                             "'organisation'"), ==, 1);
}

static void
test_commission (void)
{
  g_autoptr(KonkursStore) store = konkurs_test_store_open (NULL, NULL);
  g_autoptr(GPtrArray) members = sample_commission ();
  g_autoptr(GPtrArray) read = NULL;
  g_autoptr(GError) error = NULL;
  KonkursCommissionMember *member;
  gboolean fell_back = FALSE;

  read = konkurs_store_list_commission (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (read->len, ==, 0);
  g_clear_pointer (&read, g_ptr_array_unref);

  g_assert_true (konkurs_store_save_commission (store, members, &error));
  g_assert_no_error (error);
  read = konkurs_store_list_commission (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (read->len, ==, 4);
  /* in the order given, trimmed, with the ids written */
  member = g_ptr_array_index (read, 1);
  g_assert_cmpint (member->role, ==, KONKURS_COMMISSION_MEMBER);
  g_assert_cmpstr (konkurs_local_text_get (member->name, KK), ==, "Әбенова Сәуле");
  g_assert_cmpint (member->id, ==, ((KonkursCommissionMember *) g_ptr_array_index (members, 1))->id);
  g_assert_cmpint (((KonkursCommissionMember *) g_ptr_array_index (read, 3))->role, ==, KONKURS_COMMISSION_SECRETARY);
  /* a name given in one language only serves both */
  member = g_ptr_array_index (read, 2);
  g_assert_cmpstr (konkurs_local_text_pick (member->name, KK, &fell_back), ==, "Иванов Пётр Сергеевич");
  g_assert_true (fell_back);
  g_assert_cmpstr (konkurs_local_text_pick (member->position, RU, &fell_back), ==, "Юрист");
  g_assert_false (fell_back);

  /* two chairs, or a member without a name, are refused whole */
  g_ptr_array_add (members, konkurs_commission_member_new (KONKURS_COMMISSION_CHAIR, "Екінші", "", "", ""));
  g_assert_false (konkurs_store_save_commission (store, members, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "The commission has one chair.");
  g_clear_error (&error);
  g_ptr_array_remove_index (members, 4);
  g_ptr_array_add (members, konkurs_commission_member_new (KONKURS_COMMISSION_MEMBER, " ", "", "Маман", ""));
  g_assert_false (konkurs_store_save_commission (store, members, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Every member of the commission needs a name.");
  g_clear_error (&error);
  g_clear_pointer (&read, g_ptr_array_unref);
  read = konkurs_store_list_commission (store, &error);
  g_assert_cmpuint (read->len, ==, 4);
}

static void
test_quorum (void)
{
  g_autoptr(GPtrArray) members = sample_commission ();
  g_autoptr(GPtrArray) present = g_ptr_array_new ();
  KonkursQuorum quorum;

  /* three voting members (the secretary does not vote): two thirds is 2 */
  konkurs_quorum_compute (members, members, 2, 3, &quorum);
  g_assert_cmpuint (quorum.voting, ==, 3);
  g_assert_cmpuint (quorum.present, ==, 3);
  g_assert_cmpuint (quorum.required, ==, 2);
  g_assert_true (konkurs_quorum_reached (&quorum));

  /* the chair and the secretary: one voting member of three */
  g_ptr_array_add (present, g_ptr_array_index (members, 0));
  g_ptr_array_add (present, g_ptr_array_index (members, 3));
  konkurs_quorum_compute (members, present, 2, 3, &quorum);
  g_assert_cmpuint (quorum.present, ==, 1);
  g_assert_false (konkurs_quorum_reached (&quorum));

  /* four voting members: two thirds rounds up to 3; a nonsense rule is
   * taken as two thirds */
  g_ptr_array_add (members, konkurs_commission_member_new (KONKURS_COMMISSION_DEPUTY_CHAIR, "Төрт", "", "", ""));
  konkurs_quorum_compute (members, present, 0, 3, &quorum);
  g_assert_cmpuint (quorum.voting, ==, 4);
  g_assert_cmpuint (quorum.required, ==, 3);
  konkurs_quorum_compute (members, present, 1, 2, &quorum);
  g_assert_cmpuint (quorum.required, ==, 2);

  /* nobody with a vote: never a quorum */
  g_ptr_array_set_size (present, 0);
  konkurs_quorum_compute (present, present, 2, 3, &quorum);
  g_assert_false (konkurs_quorum_reached (&quorum));
}

static void
test_register (void)
{
  g_autoptr(KonkursStore) store = konkurs_test_store_open (NULL, NULL);
  g_autoptr(GPtrArray) members = sample_commission ();
  g_autoptr(KonkursIssue) issue = konkurs_issue_new ("admission", 7);
  g_autoptr(KonkursIssue) found = NULL;
  g_autoptr(KonkursIssue) other = NULL;
  g_autoptr(GPtrArray) issues = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *number = NULL;
  g_autofree char *audit_actor = NULL;
  KonkursCommissionMember *member;

  number = konkurs_store_next_issue_number (store, 2026, &error);
  g_assert_cmpstr (number, ==, "1");
  g_assert_null (konkurs_store_find_issue (store, "admission", 7, &error));
  g_assert_no_error (error);

  /* no number, or no date: refused */
  g_assert_false (konkurs_store_register_issue (store, issue, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  konkurs_store_set_actor (store, "  Нұрланова Дана  ");
  g_free (issue->number);
  issue->number = g_strdup ("12-к");
  g_date_set_dmy (&issue->date, 14, G_DATE_MARCH, 2026);
  konkurs_local_text_set (issue->place, RU, "г. Астана");
  for (guint i = 0; i < members->len; i++)
    g_ptr_array_add (issue->commission, konkurs_commission_member_copy (g_ptr_array_index (members, i)));
  g_ptr_array_add (issue->present, konkurs_commission_member_copy (g_ptr_array_index (members, 0)));
  g_ptr_array_add (issue->present, konkurs_commission_member_copy (g_ptr_array_index (members, 3)));
  issue->language = RU;
  g_assert_true (konkurs_store_register_issue (store, issue, &error));
  g_assert_no_error (error);
  g_assert_cmpint (issue->id, >, 0);
  g_assert_cmpstr (issue->issued_by, ==, "Нұрланова Дана");
  g_assert_nonnull (issue->issued_at);

  /* found again as it was issued, members as they were */
  found = konkurs_store_find_issue (store, "admission", 7, &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);
  g_assert_cmpstr (found->number, ==, "12-к");
  konkurs_test_assert_date (&found->date, 2026, 3, 14);
  g_assert_cmpstr (konkurs_local_text_get (found->place, RU), ==, "г. Астана");
  g_assert_cmpint (found->language, ==, RU);
  g_assert_cmpuint (found->commission->len, ==, 4);
  member = g_ptr_array_index (found->commission, 2);
  g_assert_cmpstr (konkurs_local_text_get (member->position, RU), ==, "Юрист");
  g_assert_cmpuint (found->present->len, ==, 2);
  member = g_ptr_array_index (found->present, 0);
  g_assert_cmpstr (konkurs_local_text_get (member->name, RU), ==,
                   "Касымов Ерлан Болатович");
  g_assert_cmpint (((KonkursCommissionMember *) g_ptr_array_index (found->present, 1))->role, ==,
                   KONKURS_COMMISSION_SECRETARY);
  g_assert_cmpstr (found->issued_by, ==, "Нұрланова Дана");
  g_assert_null (konkurs_store_find_issue (store, "publication", 7, &error));
  g_assert_null (konkurs_store_find_issue (store, "admission", 8, &error));
  g_assert_no_error (error);

  /* the next protocol of that year follows the number's digits */
  g_free (number);
  number = konkurs_store_next_issue_number (store, 2026, &error);
  g_assert_cmpstr (number, ==, "13");
  g_free (number);
  number = konkurs_store_next_issue_number (store, 2027, &error);
  g_assert_cmpstr (number, ==, "1");

  /* a later issue is the one found; the list keeps both */
  other = konkurs_issue_copy (found);
  other->id = 0;
  g_clear_pointer (&other->issued_at, g_date_time_unref);
  g_free (other->number);
  other->number = g_strdup ("14");
  g_assert_true (konkurs_store_register_issue (store, other, &error));
  g_clear_pointer (&found, konkurs_issue_free);
  found = konkurs_store_find_issue (store, "admission", 7, &error);
  g_assert_cmpstr (found->number, ==, "14");
  issues = konkurs_store_list_issues (store, 7, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (issues->len, ==, 2);

  /* the audit record names the person deciding */
  audit_actor = konkurs_test_query_text (konkurs_store_get_db (store),
                                         "SELECT actor FROM audit_log WHERE action = 'issue' ORDER BY id LIMIT 1");
  g_assert_cmpstr (audit_actor, ==, "Нұрланова Дана");
}

static void
test_actor (void)
{
  g_autoptr(KonkursStore) store = konkurs_test_store_open (NULL, NULL);
  g_autofree char *actor = konkurs_store_dup_actor (store);
  g_autofree char *logged = NULL;
  g_autoptr(GError) error = NULL;

  /* nobody named: the login, as before */
  g_assert_cmpstr (actor, ==, g_get_user_name ());
  konkurs_store_set_actor (store, "Әлия Сәрсенбаева");
  /* a log entry is written inside a write, as every store operation does */
  g_assert_true (konkurs_store_begin (store, &error));
  g_assert_true (konkurs_store_log (store, "test", "competition", 1, NULL, &error));
  g_assert_true (konkurs_store_commit (store, &error));
  g_assert_no_error (error);
  logged =
    konkurs_test_query_text (konkurs_store_get_db (store), "SELECT actor FROM audit_log ORDER BY id DESC LIMIT 1");
  g_assert_cmpstr (logged, ==, "Әлия Сәрсенбаева");
  konkurs_store_set_actor (store, "   ");
  g_free (actor);
  actor = konkurs_store_dup_actor (store);
  g_assert_cmpstr (actor, ==, g_get_user_name ());
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/organisation/details", test_organisation);
  g_test_add_func ("/organisation/commission", test_commission);
  g_test_add_func ("/organisation/quorum", test_quorum);
  g_test_add_func ("/organisation/register", test_register);
  g_test_add_func ("/organisation/actor", test_actor);

  return g_test_run ();
}
