/* test-essays-dialogs.c — the dialogs of the Essays area: the experts
 * registry and an expert's entry with sectors and conflicts, an essay
 * typed in, and the reason dialog that keeps what was typed when the
 * store refuses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "konkurs-essay-entry-dialog.h"
#include "konkurs-reason-dialog.h"
#include "konkurs-expert-dialog.h"
#include "konkurs-experts-window.h"
#include "konkurs-test-essay-area.h"
#include "konkurs-test-util.h"
#include "konkurs-test-widgets.h"

typedef struct {
  KonkursStore          *store;
  KonkursTestEssayArea *stage;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = konkurs_test_store_open (NULL, NULL);
  fixture->stage = konkurs_test_essay_area_new (fixture->store, 2);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_pointer (&fixture->stage, konkurs_test_essay_area_free);
  g_clear_object (&fixture->store);
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    n++;
  return n;
}

static const KonkursExpert *
find_expert (GPtrArray  *experts,
             const char *name)
{
  for (guint i = 0; i < experts->len; i++)
    if (g_str_equal (((KonkursExpert *) experts->pdata[i])->full_name, name))
      return experts->pdata[i];
  return NULL;
}

/* A new expert with a sector and a conflict: in the store, and in the
 * registry's list at once. */
static void
test_registry (Fixture       *fixture,
               gconstpointer  data)
{
  KonkursExpertsWindow *window = konkurs_experts_window_new (NULL, fixture->store);
  GtkListBox *list = konkurs_experts_window_get_list (window);
  KonkursExpertDialog *dialog;
  g_autoptr(GPtrArray) experts = NULL;
  g_autoptr(GError) error = NULL;
  const KonkursExpert *saved;
  GtkWidget *check;
  GtkTextView *organisations;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpuint (count_rows (list), ==, fixture->stage->experts->len);

  dialog = konkurs_expert_dialog_new (GTK_WINDOW (window), fixture->store, NULL);
  gtk_window_present (GTK_WINDOW (dialog));
  /* a name is required: Save is off and says why */
  g_assert_nonnull (konkurs_edit_dialog_validate (KONKURS_EDIT_DIALOG (dialog)));
  gtk_editable_set_text (GTK_EDITABLE (konkurs_test_find_entry_row (GTK_WIDGET (dialog), "Full name")),
                         "Оспанова Гүлнар Ерікқызы");
  gtk_editable_set_text (GTK_EDITABLE (konkurs_test_find_entry_row (GTK_WIDGET (dialog), "Employer")),
                         "«Қазақтелеком» АҚ");
  check = konkurs_test_find_of_type (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON);
  g_assert_nonnull (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  organisations = GTK_TEXT_VIEW (konkurs_test_find_of_type (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (organisations), "ТОО «Дата Сервис»\n", -1);
  g_assert_null (konkurs_edit_dialog_validate (KONKURS_EDIT_DIALOG (dialog)));
  konkurs_edit_dialog_activate_default (KONKURS_EDIT_DIALOG (dialog));
  konkurs_test_wait_for_no_toplevel (KONKURS_TYPE_EXPERT_DIALOG);

  experts = konkurs_store_list_experts (fixture->store, &error);
  g_assert_no_error (error);
  saved = find_expert (experts, "Оспанова Гүлнар Ерікқызы");
  g_assert (saved != NULL);
  g_assert_cmpuint (g_strv_length (saved->sectors), ==, 1);
  g_assert_cmpuint (saved->conflicts->len, ==, 1);
  g_assert_cmpstr (((KonkursExpertConflict *) saved->conflicts->pdata[0])->value, ==, "ТОО «Дата Сервис»");
  konkurs_test_drain_main_loop ();
  g_assert_cmpuint (count_rows (list), ==, fixture->stage->experts->len + 1);

  konkurs_test_destroy_and_wait (window);
}

/* An essay typed in arrives in the stage; a code that did not enter it
 * is refused as the store says, and the dialog keeps what was typed. */
static void
test_essay_entry (Fixture       *fixture,
                  gconstpointer  data)
{
  KonkursEssayEntryDialog *dialog = konkurs_essay_entry_dialog_new (NULL, fixture->store, fixture->stage->stage_id);
  GtkEditable *code = GTK_EDITABLE (konkurs_test_find_entry_row (GTK_WIDGET (dialog), "Personal code"));
  GtkTextView *body = GTK_TEXT_VIEW (konkurs_test_find_of_type (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW));
  g_autoptr(GPtrArray) essays = NULL;
  g_autoptr(GError) error = NULL;

  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_cmpint (konkurs_essay_count_words ("Бір екі, үш-төрт 5."), ==, 4);
  gtk_editable_set_text (code, "NO-SUCH-CODE");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (body), "Мемлекеттік қызмет азаматқа жақын болуы керек.", -1);
  konkurs_edit_dialog_activate_default (KONKURS_EDIT_DIALOG (dialog));
  konkurs_test_drain_main_loop ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (gtk_widget_get_visible (konkurs_test_find_error_label (GTK_WIDGET (dialog))));
  g_assert_cmpstr (gtk_editable_get_text (code), ==, "NO-SUCH-CODE");

  gtk_editable_set_text (code, fixture->stage->codes->pdata[0]);
  konkurs_edit_dialog_activate_default (KONKURS_EDIT_DIALOG (dialog));
  konkurs_test_wait_for_no_toplevel (KONKURS_TYPE_ESSAY_ENTRY_DIALOG);
  essays = konkurs_store_list_essays (fixture->store, fixture->stage->stage_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (essays->len, ==, 1);
  g_assert_cmpstr (((KonkursEssay *) essays->pdata[0])->code, ==, fixture->stage->codes->pdata[0]);
  g_assert_cmpint (((KonkursEssay *) essays->pdata[0])->word_count, ==, 6);
}

static gboolean
refuse_once (const char  *reason,
             gpointer     data,
             GError     **error)
{
  guint *calls = data;

  if ((*calls)++ == 0)
    {
      g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID, "Refused for the test");
      return FALSE;
    }
  g_assert_cmpstr (reason, ==, "Себебі жазылды");
  return TRUE;
}

/* A refusal leaves the dialog open with the reason and the message. */
static void
test_reason_kept (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *source = konkurs_test_source_new ();
  GtkWidget *window = gtk_window_new ();
  guint calls = 0;
  AdwMessageDialog *dialog;

  gtk_window_set_child (GTK_WINDOW (window), source);
  gtk_window_present (GTK_WINDOW (window));
  dialog = konkurs_reason_dialog_ask (source, "Heading", "Body", NULL, "_Replace", refuse_once, &calls, NULL);
  /* nothing typed: the button is off */
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "confirm"));
  gtk_editable_set_text (konkurs_reason_dialog_get_entry (dialog), "  Себебі жазылды ");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "confirm"));
  adw_message_dialog_response (dialog, "confirm");
  gtk_window_close (GTK_WINDOW (dialog));
  konkurs_test_drain_main_loop ();
  g_assert_cmpuint (calls, ==, 1);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpstr (gtk_editable_get_text (konkurs_reason_dialog_get_entry (dialog)), ==, "  Себебі жазылды ");
  adw_message_dialog_response (dialog, "confirm");
  gtk_window_close (GTK_WINDOW (dialog));
  konkurs_test_drain_main_loop ();
  g_assert_cmpuint (calls, ==, 2);
  konkurs_test_wait_for_no_toplevel (ADW_TYPE_MESSAGE_DIALOG);

  konkurs_test_destroy_and_wait (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/essays-dialogs/registry", Fixture, NULL, fixture_set_up, test_registry, fixture_tear_down);
  g_test_add ("/essays-dialogs/essay-entry", Fixture, NULL, fixture_set_up, test_essay_entry, fixture_tear_down);
  g_test_add ("/essays-dialogs/reason-kept", Fixture, NULL, fixture_set_up, test_reason_kept, fixture_tear_down);
  return g_test_run ();
}
