/* konkurs-test-widgets.h — helpers shared by the widget tests: finding
 * widgets in a real window and waiting for the main loop
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef gboolean (*KonkursWidgetPredicate) (GtkWidget *widget, gconstpointer data);
typedef gboolean (*KonkursCondition)       (gpointer   data);

GtkWidget *konkurs_test_find_widget            (GtkWidget              *root,
                                                KonkursWidgetPredicate  predicate,
                                                gconstpointer           data);
GtkWidget *konkurs_test_find_of_type           (GtkWidget              *root,
                                                GType                   type);
GtkWidget *konkurs_test_find_entry_row         (GtkWidget              *root,
                                                const char             *title);
GtkWidget *konkurs_test_find_date_entry        (GtkWidget              *root,
                                                const char             *label);
GtkWidget *konkurs_test_find_button            (GtkWidget              *root,
                                                const char             *label);
GtkWidget *konkurs_test_find_error_label       (GtkWidget              *root);
gpointer   konkurs_test_find_toplevel          (GType                   type);
/* The visible toplevel of the type named @type_name (a type GTK registers
 * only once it makes the first, as "GtkPrintUnixDialog"), or NULL. */
gpointer   konkurs_test_find_toplevel_named    (const char             *type_name);
/* All windows of the type named @type_name, hidden ones too. */
guint      konkurs_test_count_windows          (const char             *type_name);
/* Waits until such a toplevel shows and returns it: fails when none does. */
GtkWidget *konkurs_test_wait_for_toplevel      (const char             *type_name);
/* Waits until no toplevel of @type shows: fails when one stays. */
void       konkurs_test_wait_for_no_toplevel   (GType                   type);

gboolean   konkurs_test_wait_until             (KonkursCondition        condition,
                                                gpointer                data);
gboolean   konkurs_test_widget_is_mapped       (gpointer                data);
gboolean   konkurs_test_pointer_is_null        (gpointer                data);
void       konkurs_test_wait_for_count         (GListModel             *model,
                                                guint                   n_items);
void       konkurs_test_drain_main_loop        (void);
void       konkurs_test_destroy_and_wait       (gpointer                window);

/* A box with the "add-toast" signal of the views, which keeps the last
 * toast it was given (konkurs_print_*() emit it on their source). */
#define KONKURS_TYPE_TEST_SOURCE (konkurs_test_source_get_type ())
G_DECLARE_FINAL_TYPE (KonkursTestSource, konkurs_test_source, KONKURS, TEST_SOURCE, GtkBox)
GtkWidget *konkurs_test_source_new             (void);
/* The last toast, or NULL. */
AdwToast  *konkurs_test_source_get_toast       (KonkursTestSource      *self);

/* The print preview (KonkursPrintPreview) a print or save request opened,
 * once it has built what it shows: fails when none comes. */
GtkWidget *konkurs_test_wait_for_preview       (void);
/* Waits until @preview has built again after a change. */
void       konkurs_test_wait_for_rebuild       (GtkWidget              *preview);

/* The AdwMessageDialog shown last, or NULL; answering it as a click on
 * one of its buttons does. */
AdwMessageDialog *konkurs_test_find_message_dialog (void);
void       konkurs_test_answer                 (AdwMessageDialog       *dialog,
                                                const char             *response);

G_END_DECLS
