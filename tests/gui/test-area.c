/* test-area.c — the base of the window's areas and the context they share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "konkurs-area.h"
#include "konkurs-candidates-view.h"
#include "konkurs-documents-button.h"
#include "konkurs-print.h"
#include "konkurs-print-preview.h"
#include "konkurs-test-documents.h"
#include "konkurs-test-util.h"
#include "konkurs-test-widgets.h"
#include "konkurs-vacancies-view.h"
#include "konkurs-window.h"

/* An area as a new one would be written: it counts what the base calls. */
#define TEST_TYPE_AREA (test_area_get_type ())
G_DECLARE_FINAL_TYPE (TestArea, test_area, TEST, AREA, KonkursArea)

struct _TestArea
{
  KonkursArea parent_instance;
  guint       contexts;   /* context_changed() calls */
  guint       changes;    /* "changed::competitions" of the store */
};

G_DEFINE_FINAL_TYPE (TestArea, test_area, KONKURS_TYPE_AREA)

static void
on_competitions_changed (TestArea *self)
{
  self->changes++;
}

static void
test_area_context_changed (KonkursArea *area)
{
  TEST_AREA (area)->contexts++;
  konkurs_area_connect_store (area, "changed::competitions", G_CALLBACK (on_competitions_changed));
}

static void
test_area_class_init (TestAreaClass *klass)
{
  KONKURS_AREA_CLASS (klass)->context_changed = test_area_context_changed;
}

static void
test_area_init (TestArea *self)
{
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *counter)
{
  (*counter)++;
}

static void
keep_toast (gpointer   instance,
            AdwToast  *toast,
            AdwToast **out)
{
  g_set_object (out, toast);
}

/* Holds @object in a weak pointer and drops the caller's reference:
 * TRUE when nothing else kept it alive. */
static gboolean
unref_and_check_finalized (gpointer object)
{
  gpointer pointer = object;

  g_object_add_weak_pointer (G_OBJECT (object), &pointer);
  g_object_unref (object);
  return pointer == NULL;
}

static void
test_context_document_language (void)
{
  KonkursStore *store = konkurs_test_store_open (NULL, NULL);
  g_autoptr(GSettings) settings = g_settings_new ("io.github.konkurs.Konkurs");
  KonkursContext *context;
  g_autofree char *language = NULL;
  guint notified = 0;

  g_settings_set_string (settings, "document-language", "ru");
  context = konkurs_context_new (store, settings);
  g_assert_true (konkurs_context_get_store (context) == store);
  g_assert_true (konkurs_context_get_settings (context) == settings);
  /* Bound to the settings: the choice of the last session comes back... */
  g_assert_cmpstr (konkurs_context_get_document_language (context), ==, "ru");

  /* ... and a new choice is kept for the next. */
  g_signal_connect (context, "notify::document-language", G_CALLBACK (count_notify), &notified);
  konkurs_context_set_document_language (context, "kk");
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpstr (language = g_settings_get_string (settings, "document-language"), ==, "kk");
  konkurs_context_set_document_language (context, "kk");
  g_assert_cmpuint (notified, ==, 1);

  g_assert_true (unref_and_check_finalized (context));
  g_assert_true (unref_and_check_finalized (store));
}

static void
test_document_language_replace (void)
{
  g_autofree char *code = g_strdup ("kk");

  g_assert_true (konkurs_document_language_replace (&code, "ru"));
  g_assert_cmpstr (code, ==, "ru");
  g_assert_false (konkurs_document_language_replace (&code, "ru"));

  /* Only the languages documents are printed in; anything else is
   * refused with a warning (not fatal in the subprocess). */
  if (g_test_subprocess ())
    {
      g_log_set_always_fatal (G_LOG_FATAL_MASK);
      g_assert_false (konkurs_document_language_replace (&code, "en"));
      g_assert_cmpstr (code, ==, "ru");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*Unknown document language*en*");
}

static void
test_context_without_settings (void)
{
  KonkursStore *store = konkurs_test_store_open (NULL, NULL);
  KonkursContext *context = konkurs_context_new (store, NULL);
  g_autoptr(AdwToast) shown = NULL;
  AdwToast *toast = adw_toast_new ("Сақталды");
  gpointer toast_alive = toast;

  g_assert_null (konkurs_context_get_settings (context));
  g_assert_cmpstr (konkurs_context_get_document_language (context), ==, "kk");
  konkurs_context_set_document_language (context, "ru");
  g_assert_cmpstr (konkurs_context_get_document_language (context), ==, "ru");

  /* The toast goes to whoever shows toasts; the context keeps none. */
  g_object_add_weak_pointer (G_OBJECT (toast), &toast_alive);
  g_signal_connect (context, "add-toast", G_CALLBACK (keep_toast), &shown);
  konkurs_context_add_toast (context, toast);
  g_assert_true (shown == toast);
  g_clear_object (&shown);
  g_assert_null (toast_alive);

  g_assert_true (unref_and_check_finalized (context));
  g_assert_true (unref_and_check_finalized (store));
}

static void
test_area_follows_context (void)
{
  KonkursStore *store = konkurs_test_store_open (NULL, NULL);
  KonkursStore *other_store = konkurs_test_store_open (NULL, NULL);
  KonkursContext *context = konkurs_context_new (store, NULL);
  KonkursContext *other = konkurs_context_new (other_store, NULL);
  TestArea *area = g_object_ref_sink (g_object_new (TEST_TYPE_AREA, NULL));
  guint language_notified = 0;

  /* Without a context: no store, and the language is its own. */
  g_assert_null (konkurs_area_get_context (KONKURS_AREA (area)));
  g_assert_null (konkurs_area_get_store (KONKURS_AREA (area)));
  g_assert_cmpstr (konkurs_area_get_document_language (KONKURS_AREA (area)), ==, "kk");
  g_assert_false (g_cancellable_is_cancelled (konkurs_area_get_cancellable (KONKURS_AREA (area))));
  g_assert_cmpuint (area->contexts, ==, 0);

  g_signal_connect (area, "notify::document-language", G_CALLBACK (count_notify), &language_notified);
  konkurs_context_set_document_language (context, "ru");
  konkurs_area_set_context (KONKURS_AREA (area), context);
  g_assert_cmpuint (area->contexts, ==, 1);
  g_assert_true (konkurs_area_get_store (KONKURS_AREA (area)) == store);
  g_assert_cmpstr (konkurs_area_get_document_language (KONKURS_AREA (area)), ==, "ru");
  g_assert_cmpuint (language_notified, ==, 1);
  konkurs_area_set_context (KONKURS_AREA (area), context);
  g_assert_cmpuint (area->contexts, ==, 1);

  /* The menu's radio items set the shared language through the action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (area), "area.document-language", "s", "kk"));
  g_assert_cmpstr (konkurs_context_get_document_language (context), ==, "kk");
  g_assert_cmpuint (language_notified, ==, 2);

  /* The store's signals reach the area while the context is its own. */
  konkurs_test_add_competition (store, KONKURS_PROCEDURE_CIVIL_SERVICE, "Агенттік", NULL, 2026, G_DATE_MARCH, 2);
  g_assert_cmpuint (area->changes, ==, 1);
  konkurs_area_set_context (KONKURS_AREA (area), other);
  g_assert_cmpuint (area->contexts, ==, 2);
  konkurs_test_add_competition (store, KONKURS_PROCEDURE_CIVIL_SERVICE, "Министрлік", NULL, 2026, G_DATE_MARCH, 3);
  g_assert_cmpuint (area->changes, ==, 1);
  konkurs_test_add_competition (other_store, KONKURS_PROCEDURE_CIVIL_SERVICE, "Әкімдік", NULL, 2026, G_DATE_MARCH, 4);
  g_assert_cmpuint (area->changes, ==, 2);
  konkurs_area_set_context (KONKURS_AREA (area), NULL);
  g_assert_cmpuint (area->contexts, ==, 3);
  g_assert_null (konkurs_area_get_store (KONKURS_AREA (area)));
  konkurs_test_add_competition (other_store, KONKURS_PROCEDURE_CIVIL_SERVICE, "Агенттік", NULL, 2026, G_DATE_MARCH, 5);
  g_assert_cmpuint (area->changes, ==, 2);

  /* Disposing cancels what the area started, and keeps nothing alive. */
  konkurs_area_set_context (KONKURS_AREA (area), context);
  g_object_run_dispose (G_OBJECT (area));
  g_assert_true (g_cancellable_is_cancelled (konkurs_area_get_cancellable (KONKURS_AREA (area))));
  g_assert_null (konkurs_area_get_context (KONKURS_AREA (area)));
  g_assert_true (unref_and_check_finalized (area));
  g_assert_true (unref_and_check_finalized (other));
  g_assert_true (unref_and_check_finalized (context));
  g_assert_true (unref_and_check_finalized (other_store));
  g_assert_true (unref_and_check_finalized (store));
}

static void
test_area_toasts (void)
{
  KonkursStore *store = konkurs_test_store_open (NULL, NULL);
  KonkursContext *context = konkurs_context_new (store, NULL);
  TestArea *area = g_object_ref_sink (g_object_new (TEST_TYPE_AREA, NULL));
  g_autoptr(AdwToast) on_area = NULL;
  g_autoptr(AdwToast) on_context = NULL;
  AdwToast *toast;

  g_signal_connect (area, "add-toast", G_CALLBACK (keep_toast), &on_area);
  g_signal_connect (context, "add-toast", G_CALLBACK (keep_toast), &on_context);

  /* Without a context the signal is still there (for tests and printing);
   * the toast goes nowhere else. */
  konkurs_area_add_toast (KONKURS_AREA (area), adw_toast_new ("Бірінші"));
  g_assert_nonnull (on_area);
  g_assert_null (on_context);

  /* konkurs_print_save_pdf() emits the signal by name on the area. */
  konkurs_area_set_context (KONKURS_AREA (area), context);
  toast = adw_toast_new ("Екінші");
  g_signal_emit_by_name (area, "add-toast", toast);
  g_assert_true (on_area == toast);
  g_assert_true (on_context == toast);
  g_object_unref (toast);

  g_clear_object (&on_area);
  g_clear_object (&on_context);
  g_object_run_dispose (G_OBJECT (area));
  g_assert_true (unref_and_check_finalized (area));
  g_assert_true (unref_and_check_finalized (context));
  g_assert_true (unref_and_check_finalized (store));
}

/* The window gives one context to every area it shows. */
static void
test_window_gives_context (void)
{
  g_autoptr(KonkursStore) store = konkurs_test_store_open (NULL, NULL);
  KonkursWindow *window = konkurs_window_new (NULL, store, NULL);
  GtkWidget *vacancies, *candidates;
  KonkursContext *context;
  g_autoptr(AdwToast) shown = NULL;
  gpointer context_alive;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (konkurs_test_wait_until (konkurs_test_widget_is_mapped, window));
  vacancies = konkurs_test_find_of_type (GTK_WIDGET (window), KONKURS_TYPE_VACANCIES_VIEW);
  candidates = konkurs_test_find_of_type (GTK_WIDGET (window), KONKURS_TYPE_CANDIDATES_VIEW);
  g_assert_nonnull (vacancies);
  g_assert_nonnull (candidates);

  context = konkurs_area_get_context (KONKURS_AREA (vacancies));
  g_assert_nonnull (context);
  g_assert_true (konkurs_area_get_context (KONKURS_AREA (candidates)) == context);
  g_assert_true (konkurs_context_get_store (context) == store);

  /* One language for both areas' menus. */
  g_assert_true (gtk_widget_activate_action (vacancies, "area.document-language", "s", "ru"));
  g_assert_cmpstr (konkurs_area_get_document_language (KONKURS_AREA (candidates)), ==, "ru");

  /* An area's toast reaches the window through the context. */
  g_signal_connect (context, "add-toast", G_CALLBACK (keep_toast), &shown);
  konkurs_area_add_toast (KONKURS_AREA (candidates), adw_toast_new ("Сақталды"));
  g_assert_nonnull (shown);
  g_assert_cmpstr (adw_toast_get_title (shown), ==, "Сақталды");

  context_alive = context;
  g_object_add_weak_pointer (G_OBJECT (context), &context_alive);
  konkurs_test_destroy_and_wait (window);
  g_assert_null (context_alive);
}

/* Print menus */

static gboolean
is_print_button_of (GtkWidget *widget, gconstpointer data)
{
  GVariant *target;

  if (!GTK_IS_BUTTON (widget) || g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "area.print") != 0)
    return FALSE;
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));
  return target != NULL && g_strcmp0 (g_variant_get_string (target, NULL), data) == 0;
}

/* The Print menu of @area lists every document of the registry: a print
 * and a save button each, sensitive when the document is ready, and the
 * language of the documents. */
static KonkursDocumentsButton *
check_print_menu (GtkWidget *area)
{
  const KonkursDocumentKind * const *kinds = konkurs_document_kind_list ();
  GtkWidget *button = konkurs_test_find_of_type (area, KONKURS_TYPE_DOCUMENTS_BUTTON);
  GtkWidget *popover;

  g_assert_nonnull (button);
  popover = konkurs_test_find_of_type (button, GTK_TYPE_POPOVER);
  g_assert_nonnull (popover);
  for (guint i = 0; kinds[i] != NULL; i++)
    {
      GtkWidget *print = konkurs_test_find_widget (popover, is_print_button_of, kinds[i]->id);
      g_autofree char *reason = NULL;

      /* A receipt is printed from its application, not from the area. */
      if (kinds[i]->scope != KONKURS_DOCUMENT_SCOPE_COMPETITION)
        {
          g_assert_null (print);
          continue;
        }
      g_assert_nonnull (print);
      reason = konkurs_documents_button_dup_reason (KONKURS_DOCUMENTS_BUTTON (button), kinds[i]->id);
      /* Ready or not, as the popover says when it opens. */
      gtk_widget_set_visible (popover, TRUE);
      g_assert_cmpint (gtk_widget_get_sensitive (print), ==, reason == NULL);
      gtk_widget_set_visible (popover, FALSE);
    }
  g_assert_nonnull (konkurs_test_find_button (popover, "_Kazakh"));
  g_assert_nonnull (konkurs_test_find_button (popover, "_Russian"));
  return KONKURS_DOCUMENTS_BUTTON (button);
}

static void
assert_reason (KonkursDocumentsButton *button,
               const char             *id,
               const char             *reason)
{
  g_autofree char *said = konkurs_documents_button_dup_reason (button, id);

  g_assert_cmpstr (said, ==, reason);
}

static gboolean
is_competition_filter (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_DROP_DOWN (widget) &&
         g_strcmp0 (gtk_widget_get_tooltip_text (widget), "Show the candidates who applied to this competition") == 0;
}

/* area.save-pdf of @area for the document @id shows the preview, whose
 * Save as PDF… asks where to save, with @title, offering @name. */
static void
assert_saving_offers (GtkWidget  *area,
                      const char *id,
                      const char *title,
                      const char *name)
{
  GtkWidget *chooser, *preview;
  g_autofree char *current = NULL;

  g_assert_true (gtk_widget_activate_action (area, "area.save-pdf", "s", id));
  preview = konkurs_test_wait_for_preview ();
  g_assert_true (gtk_widget_activate_action (preview, "preview.save-pdf", NULL));
  chooser = konkurs_test_wait_for_toplevel ("GtkFileChooserDialog");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (chooser)), ==, title);
  g_assert_cmpstr (current = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser)), ==, name);
  konkurs_print_forget (area);
  gtk_window_destroy (GTK_WINDOW (preview));
  konkurs_test_drain_main_loop ();
}

/* The print menus name every document of the registry, say why one is
 * not ready, and print them for the competition the area shows. */
static void
test_print_menus (void)
{
  g_autoptr(KonkursStore) store = konkurs_test_store_open (NULL, NULL);
  KonkursDocumentsButton *vacancies_menu, *candidates_menu;
  KonkursWindow *window;
  GtkWidget *vacancies, *candidates;
  gint64 competition;

  competition = konkurs_test_add_competition (store, KONKURS_PROCEDURE_CIVIL_SERVICE, "Қаржы министрлігі", NULL,
                                              2026, G_DATE_MARCH, 2);
  /* a commission to sign the admission protocol */
  konkurs_test_add_organisation (store);
  window = konkurs_window_new (NULL, store, NULL);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (konkurs_test_wait_until (konkurs_test_widget_is_mapped, window));
  vacancies = konkurs_test_find_of_type (GTK_WIDGET (window), KONKURS_TYPE_VACANCIES_VIEW);
  candidates = konkurs_test_find_of_type (GTK_WIDGET (window), KONKURS_TYPE_CANDIDATES_VIEW);

  /* The competition selected: the announcement is ready, the protocols
   * wait for applications. */
  vacancies_menu = check_print_menu (vacancies);
  g_assert_cmpint (konkurs_vacancies_view_get_selected_competition_id (KONKURS_VACANCIES_VIEW (vacancies)), ==,
                   competition);
  assert_reason (vacancies_menu, "announcement", NULL);
  assert_reason (vacancies_menu, "admission", "No applications yet.");
  assert_reason (vacancies_menu, "publication", "No applications yet.");
  assert_saving_offers (vacancies, "announcement", "Save Announcement as PDF", "Announcement - Қаржы министрлігі.pdf");

  /* The competition of the filter: none chosen yet, then this one. */
  candidates_menu = check_print_menu (candidates);
  assert_reason (candidates_menu, "announcement", "Choose a competition in the filter first.");
  assert_reason (candidates_menu, "admission", "Choose a competition in the filter first.");
  g_assert_true (gtk_widget_activate_action (candidates, "area.save-pdf", "s", "admission"));
  konkurs_test_drain_main_loop ();
  g_assert_null (konkurs_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
  g_assert_null (konkurs_test_find_toplevel (KONKURS_TYPE_PRINT_PREVIEW));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (konkurs_test_find_widget (candidates, is_competition_filter, NULL)), 1);
  assert_reason (candidates_menu, "announcement", NULL);
  assert_reason (candidates_menu, "admission", "No applications yet.");
  assert_saving_offers (candidates, "admission", "Save Admission Protocol as PDF",
                        "Admission Protocol - Қаржы министрлігі.pdf");

  /* Ctrl+P opens the Print menu of the area shown. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
  g_assert_true (konkurs_test_wait_until (konkurs_test_widget_is_mapped,
                                          konkurs_test_find_of_type (GTK_WIDGET (vacancies_menu), GTK_TYPE_POPOVER)));
  gtk_popover_popdown (GTK_POPOVER (konkurs_test_find_of_type (GTK_WIDGET (vacancies_menu), GTK_TYPE_POPOVER)));
  konkurs_test_drain_main_loop ();

  /* The print dialog, for a document that is ready, after its preview. */
  g_assert_true (gtk_widget_activate_action (vacancies, "area.print", "s", "announcement"));
  g_assert_true (gtk_widget_activate_action (konkurs_test_wait_for_preview (), "preview.print", NULL));
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (GTK_DIALOG (konkurs_test_wait_for_toplevel ("GtkPrintUnixDialog")), GTK_RESPONSE_CANCEL);
  G_GNUC_END_IGNORE_DEPRECATIONS
  konkurs_test_drain_main_loop ();

  konkurs_test_destroy_and_wait (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/area/context/document-language", test_context_document_language);
  g_test_add_func ("/area/context/without-settings", test_context_without_settings);
  g_test_add_func ("/area/context/document-language-replace", test_document_language_replace);
  g_test_add_func ("/area/follows-context", test_area_follows_context);
  g_test_add_func ("/area/toasts", test_area_toasts);
  g_test_add_func ("/area/window-gives-context", test_window_gives_context);
  g_test_add_func ("/area/print-menus", test_print_menus);

  return g_test_run ();
}
