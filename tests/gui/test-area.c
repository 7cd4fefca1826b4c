/* test-area.c — the base of the window's areas and the context they share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "konkurs-area.h"
#include "konkurs-candidates-view.h"
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
  g_assert_cmpstr (g_settings_get_string (settings, "document-language"), ==, "kk");
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

/* "label|action|target" of every item of @model, sections included, in
 * order, one a line. */
static void
describe_menu (GMenuModel *model,
               GString    *out)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);
      g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (model, i, G_MENU_ATTRIBUTE_TARGET, NULL);
      g_autofree char *label = NULL;
      g_autofree char *action = NULL;

      if (section != NULL)
        {
          describe_menu (section, out);
          continue;
        }
      g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_LABEL, "s", &label);
      g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &action);
      g_string_append_printf (out, "%s|%s|%s\n", label, action,
                              target != NULL ? g_variant_get_string (target, NULL) : "");
    }
}

static gboolean
is_print_menu_button (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)) != NULL &&
         strstr (gtk_widget_get_tooltip_text (widget) ?: "", data) != NULL;
}

/* The items of the print menu of @area, whose button's tooltip says
 * @tooltip; every document they name is one of the registry. */
static char *
describe_print_menu (GtkWidget  *area,
                     const char *tooltip)
{
  GtkWidget *button = konkurs_test_find_widget (area, is_print_menu_button, tooltip);
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;

  g_assert_nonnull (button);
  describe_menu (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)), out);
  lines = g_strsplit (out->str, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (strchr (lines[i], '|') ?: "", "|area.print|") ||
        g_str_has_prefix (strchr (lines[i], '|') ?: "", "|area.save-pdf|"))
      g_assert_nonnull (konkurs_document_kind_lookup (strrchr (lines[i], '|') + 1));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
is_competition_filter (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_DROP_DOWN (widget) &&
         g_strcmp0 (gtk_widget_get_tooltip_text (widget), "Show the candidates who applied to this competition") == 0;
}

static gboolean
chooser_shown (gpointer data)
{
  return konkurs_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG) != NULL;
}

static gboolean
print_dialog_shown (gpointer data)
{
  GType type = g_type_from_name ("GtkPrintUnixDialog");

  return type != 0 && konkurs_test_find_toplevel (type) != NULL;
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

  g_assert_true (gtk_widget_activate_action (area, "area.save-pdf", "s", id));
  preview = konkurs_test_wait_for_preview ();
  g_assert_true (gtk_widget_activate_action (preview, "preview.save-pdf", NULL));
  g_assert_true (konkurs_test_wait_until (chooser_shown, NULL));
  chooser = konkurs_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (chooser)), ==, title);
  g_assert_cmpstr (gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser)), ==, name);
  konkurs_print_forget (area);
  gtk_window_destroy (GTK_WINDOW (preview));
  konkurs_test_drain_main_loop ();
}

/* The print menus look as they did, name the documents of the registry,
 * and print them for the competition the area shows. */
static void
test_print_menus (void)
{
  g_autoptr(KonkursStore) store = konkurs_test_store_open (NULL, NULL);
  KonkursWindow *window;
  GtkWidget *vacancies, *candidates;
  g_autofree char *vacancies_menu = NULL;
  g_autofree char *candidates_menu = NULL;

  konkurs_test_add_competition (store, KONKURS_PROCEDURE_CIVIL_SERVICE, "Қаржы министрлігі", NULL,
                                2026, G_DATE_MARCH, 2);
  /* a commission to sign the admission protocol */
  konkurs_test_add_organisation (store);
  window = konkurs_window_new (NULL, store, NULL);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (konkurs_test_wait_until (konkurs_test_widget_is_mapped, window));
  vacancies = konkurs_test_find_of_type (GTK_WIDGET (window), KONKURS_TYPE_VACANCIES_VIEW);
  candidates = konkurs_test_find_of_type (GTK_WIDGET (window), KONKURS_TYPE_CANDIDATES_VIEW);

  vacancies_menu = describe_print_menu (vacancies, "More Printing Options");
  g_assert_cmpstr (vacancies_menu, ==,
                   "_Print Announcement…|area.print|announcement\n"
                   "_Save Announcement as PDF…|area.save-pdf|announcement\n"
                   "_Kazakh|area.document-language|kk\n"
                   "_Russian|area.document-language|ru\n");
  candidates_menu = describe_print_menu (candidates, "Protocols of the competition chosen in the filter");
  g_assert_cmpstr (candidates_menu, ==,
                   "Print Admission Protocol…|area.print|admission\n"
                   "Save Admission Protocol as PDF…|area.save-pdf|admission\n"
                   "Print Publication List…|area.print|publication\n"
                   "Save Publication List as PDF…|area.save-pdf|publication\n"
                   "_Kazakh|area.document-language|kk\n"
                   "_Russian|area.document-language|ru\n");

  /* Printing needs a competition: the one selected, the one filtered by. */
  g_assert_true (gtk_widget_get_sensitive (konkurs_test_find_of_type (vacancies, ADW_TYPE_SPLIT_BUTTON)));
  g_assert_cmpint (konkurs_vacancies_view_get_selected_competition_id (KONKURS_VACANCIES_VIEW (vacancies)), >, 0);
  assert_saving_offers (vacancies, "announcement", "Save Announcement as PDF", "Announcement - Қаржы министрлігі.pdf");

  g_assert_true (gtk_widget_activate_action (candidates, "area.save-pdf", "s", "admission"));
  konkurs_test_drain_main_loop ();
  g_assert_null (konkurs_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
  g_assert_null (konkurs_test_find_toplevel (KONKURS_TYPE_PRINT_PREVIEW));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (konkurs_test_find_widget (candidates, is_competition_filter, NULL)), 1);
  assert_saving_offers (candidates, "admission", "Save Admission Protocol as PDF",
                        "Admission Protocol - Қаржы министрлігі.pdf");

  /* Ctrl+P anywhere in the window prints the announcement, through its
   * preview. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print-announcement", NULL));
  g_assert_true (gtk_widget_activate_action (konkurs_test_wait_for_preview (), "preview.print", NULL));
  g_assert_true (konkurs_test_wait_until (print_dialog_shown, NULL));
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (konkurs_test_find_toplevel (g_type_from_name ("GtkPrintUnixDialog")), GTK_RESPONSE_CANCEL);
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
