/* konkurs-test-widgets.c — helpers shared by the widget tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "konkurs-context.h"
#include "konkurs-date-entry.h"
#include "konkurs-print-preview.h"
#include "konkurs-test-widgets.h"

/* Depth first, so the first match in the order the widgets were built. */
GtkWidget *
konkurs_test_find_widget (GtkWidget              *root,
                          KonkursWidgetPredicate  predicate,
                          gconstpointer           data)
{
  if (predicate (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = konkurs_test_find_widget (child, predicate, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_type (GtkWidget *widget, gconstpointer data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (data));
}

static gboolean
is_entry_row_titled (GtkWidget *widget, gconstpointer data)
{
  return ADW_IS_ENTRY_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), data) == 0;
}

static gboolean
is_date_entry_labelled (GtkWidget *widget, gconstpointer data)
{
  return KONKURS_IS_DATE_ENTRY (widget) &&
         g_strcmp0 (konkurs_date_entry_get_label (KONKURS_DATE_ENTRY (widget)), data) == 0;
}

static gboolean
is_button_labelled (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), data) == 0;
}

static gboolean
is_visible_error_label (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "error") &&
         gtk_widget_get_visible (widget) &&
         gtk_label_get_text (GTK_LABEL (widget))[0] != '\0';
}

GtkWidget *
konkurs_test_find_of_type (GtkWidget *root,
                           GType      type)
{
  return konkurs_test_find_widget (root, is_type, GSIZE_TO_POINTER (type));
}

GtkWidget *
konkurs_test_find_entry_row (GtkWidget  *root,
                             const char *title)
{
  return konkurs_test_find_widget (root, is_entry_row_titled, title);
}

/* The date field (KonkursDateEntry) named @label. */
GtkWidget *
konkurs_test_find_date_entry (GtkWidget  *root,
                              const char *label)
{
  return konkurs_test_find_widget (root, is_date_entry_labelled, label);
}

GtkWidget *
konkurs_test_find_button (GtkWidget  *root,
                          const char *label)
{
  return konkurs_test_find_widget (root, is_button_labelled, label);
}

/* The error a dialog shows under its fields, if it shows one. */
GtkWidget *
konkurs_test_find_error_label (GtkWidget *root)
{
  return konkurs_test_find_widget (root, is_visible_error_label, NULL);
}

/* The first visible window of @type, such as the dialog an action opened. */
gpointer
konkurs_test_find_toplevel (GType type)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

gpointer
konkurs_test_find_toplevel_named (const char *type_name)
{
  GType type = g_type_from_name (type_name);

  return type != 0 ? konkurs_test_find_toplevel (type) : NULL;
}

/* The windows of @type_name, shown or hidden: a hidden one left behind is
 * still a toplevel, which GTK 4.8 may hand to an assistive tool. */
guint
konkurs_test_count_windows (const char *type_name)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  GType type = g_type_from_name (type_name);
  guint n = 0;

  for (GList *l = toplevels; l != NULL && type != 0; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      n++;
  return n;
}

static gboolean
toplevel_named_shown (gpointer data)
{
  return konkurs_test_find_toplevel_named (data) != NULL;
}

GtkWidget *
konkurs_test_wait_for_toplevel (const char *type_name)
{
  g_assert_true (konkurs_test_wait_until (toplevel_named_shown, (gpointer) type_name));
  return konkurs_test_find_toplevel_named (type_name);
}

static gboolean
toplevel_gone (gpointer data)
{
  return konkurs_test_find_toplevel ((GType) GPOINTER_TO_SIZE (data)) == NULL;
}

void
konkurs_test_wait_for_no_toplevel (GType type)
{
  g_assert_true (konkurs_test_wait_until (toplevel_gone, GSIZE_TO_POINTER (type)));
}

/* Iterates the main loop until @condition holds or five seconds pass. */
gboolean
konkurs_test_wait_until (KonkursCondition condition,
                         gpointer         data)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return TRUE;
}

gboolean
konkurs_test_widget_is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

/* For a weak pointer: TRUE once its object is finalized. */
gboolean
konkurs_test_pointer_is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

typedef struct {
  GListModel *model;
  guint       n_items;
} CountCheck;

static gboolean
model_has_count (gpointer data)
{
  CountCheck *check = data;

  return g_list_model_get_n_items (check->model) == check->n_items;
}

void
konkurs_test_wait_for_count (GListModel *model,
                             guint       n_items)
{
  CountCheck check = { model, n_items };

  konkurs_test_wait_until (model_has_count, &check);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_items);
}

void
konkurs_test_drain_main_loop (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Destroys the window and waits until it is finalized: a reference kept
 * anywhere fails the test. */
void
konkurs_test_destroy_and_wait (gpointer window)
{
  gpointer pointer = window;

  g_object_add_weak_pointer (G_OBJECT (window), &pointer);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_true (konkurs_test_wait_until (konkurs_test_pointer_is_null, &pointer));
  g_assert_null (pointer);
}

static gboolean
preview_built (gpointer data)
{
  GtkWidget *preview = konkurs_test_find_toplevel (KONKURS_TYPE_PRINT_PREVIEW);

  return preview != NULL && !konkurs_print_preview_is_building (KONKURS_PRINT_PREVIEW (preview));
}

GtkWidget *
konkurs_test_wait_for_preview (void)
{
  g_assert_true (konkurs_test_wait_until (preview_built, NULL));
  return konkurs_test_find_toplevel (KONKURS_TYPE_PRINT_PREVIEW);
}

static gboolean
preview_idle (gpointer data)
{
  KonkursPrintPreview *preview = data;

  return !konkurs_print_preview_is_building (preview);
}

void
konkurs_test_wait_for_rebuild (GtkWidget *preview)
{
  g_assert_true (konkurs_test_wait_until (preview_idle, preview));
}

struct _KonkursTestSource
{
  GtkBox    parent_instance;
  AdwToast *toast;
};

G_DEFINE_FINAL_TYPE (KonkursTestSource, konkurs_test_source, GTK_TYPE_BOX)

static void
konkurs_test_source_add_toast (KonkursTestSource *self, AdwToast *toast)
{
  g_set_object (&self->toast, toast);
}

static void
konkurs_test_source_finalize (GObject *object)
{
  g_clear_object (&KONKURS_TEST_SOURCE (object)->toast);
  G_OBJECT_CLASS (konkurs_test_source_parent_class)->finalize (object);
}

static void
konkurs_test_source_class_init (KonkursTestSourceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = konkurs_test_source_finalize;
  konkurs_add_toast_signal_new (G_TYPE_FROM_CLASS (klass), 0);
}

static void
konkurs_test_source_init (KonkursTestSource *self)
{
  g_signal_connect (self, "add-toast", G_CALLBACK (konkurs_test_source_add_toast), NULL);
}

GtkWidget *
konkurs_test_source_new (void)
{
  return g_object_new (KONKURS_TYPE_TEST_SOURCE, NULL);
}

AdwToast *
konkurs_test_source_get_toast (KonkursTestSource *self)
{
  return self->toast;
}

AdwMessageDialog *
konkurs_test_find_message_dialog (void)
{
  GList *toplevels = gtk_window_list_toplevels ();
  AdwMessageDialog *dialog = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      dialog = l->data;
  g_list_free (toplevels);
  return dialog;
}

/* What a click on a response button does: respond, then close. */
void
konkurs_test_answer (AdwMessageDialog *dialog,
                     const char       *response)
{
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  konkurs_test_drain_main_loop ();
}
