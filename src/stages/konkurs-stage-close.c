/* konkurs-stage-close.c — Close Stage: the preview of who goes on, then
 * the closing
 *
 * What the preview lists is what the store will write: both come from
 * konkurs_store_list_stage_rows(), whose decisions of an open stage are
 * the engine's answer for closing it now.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Accessible names (English): dialog "Close “STAGE”?", list "Who Goes On",
 * switch "Candidates without a result stay out", buttons "Cancel" and
 * "Close Stage".
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-area.h"
#include "konkurs-error-dialog.h"
#include "konkurs-print.h"
#include "konkurs-stage-close.h"
#include "konkurs-stage-item.h"
#include "konkurs-stage-texts.h"
#include "konkurs-ui-helpers.h"

typedef struct {
  KonkursStore *store;
  KonkursStage *stage;
  GtkWidget    *source;       /* weak */
  GtkSwitch    *absent_switch;
  guint         no_result;
} Closing;

static void
closing_free (gpointer data)
{
  Closing *closing = data;

  g_clear_object (&closing->store);
  g_clear_pointer (&closing->stage, konkurs_stage_free);
  g_clear_weak_pointer (&closing->source);
  g_free (closing);
}

/* "PK-2AB-… · Goes on · Rank 2 of 5 places" */
static char *
describe_row (const KonkursStageRow *row)
{
  g_autofree char *reason = konkurs_stage_dup_reason (row->decision);
  g_autofree char *score = row->has_result ? konkurs_stage_format_score (row->score, NULL) : g_strdup ("—");

  return g_strdup_printf ("%s · %s · %s · %s", row->personal_code, score,
                          konkurs_stage_outcome_get_text (row->decision), reason);
}

static void
setup_line (GtkSignalListItemFactory *factory,
            GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  /* wrapped, not cut: the reason is what the secretary confirms */
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_widget_set_margin_top (label, 3);
  gtk_widget_set_margin_bottom (label, 3);
  gtk_list_item_set_child (item, label);
}

static void
bind_line (GtkSignalListItemFactory *factory,
           GtkListItem              *item)
{
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  const char *text = gtk_string_object_get_string (gtk_list_item_get_item (item));

  gtk_label_set_text (label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), text);
}

/* A list view, not a box of labels: a Youth Reserve stage may have
 * thousands of rows. */
static GtkWidget *
rows_list_new (GPtrArray *rows)
{
  GtkStringList *lines = gtk_string_list_new (NULL);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *list, *scroller;

  for (guint i = 0; i < rows->len; i++)
    {
      g_autofree char *line = describe_row (rows->pdata[i]);

      gtk_string_list_append (lines, line);
    }
  g_signal_connect (factory, "setup", G_CALLBACK (setup_line), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_line), NULL);
  list = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (lines))), factory);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Who Goes On"), -1);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 220);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_widget_add_css_class (scroller, "card");
  return scroller;
}

static void
on_switch_changed (AdwMessageDialog *dialog)
{
  Closing *closing = g_object_get_data (G_OBJECT (dialog), "closing");

  adw_message_dialog_set_response_enabled (dialog, "close",
                                           closing->no_result == 0 || gtk_switch_get_active (closing->absent_switch));
}

static GtkWidget *
absent_row_new (Closing *closing)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Candidates without a result stay out"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("Required to close: absent, or no result entered. They stay out as “no result”."));
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Candidates without a result stay out"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  closing->absent_switch = GTK_SWITCH (toggle);
  return list;
}

static void
on_response (AdwMessageDialog *dialog,
             const char       *response,
             gpointer          user_data)
{
  Closing *closing = g_object_get_data (G_OBJECT (dialog), "closing");
  gboolean absent_stay_out = closing->absent_switch != NULL && gtk_switch_get_active (closing->absent_switch);
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStage) closed = NULL;
  g_autofree char *news = NULL;

  if (!g_str_equal (response, "close") || closing->source == NULL)
    return;
  if (!konkurs_store_close_stage (closing->store, closing->stage->id, absent_stay_out, &error))
    {
      konkurs_print_show_error (closing->source, _("Could Not Close the Stage"), error);
      return;
    }
  closed = konkurs_store_get_stage (closing->store, closing->stage->id, NULL);
  /* Translators: a toast: “Testing” closed: 8 go on */
  news = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "“%s” closed: %u goes on", "“%s” closed: %u go on",
                                       closed != NULL ? closed->n_going_on : 0),
                          konkurs_stage_get_name (closing->stage), closed != NULL ? closed->n_going_on : 0);
  konkurs_area_tell (closing->source, news);
}

static char *
describe_totals (GPtrArray *rows,
                 guint     *no_result)
{
  guint goes_on = 0, stays_out = 0;

  *no_result = 0;
  for (guint i = 0; i < rows->len; i++)
    {
      const KonkursStageRow *row = rows->pdata[i];
      KonkursStageOutcome outcome = row->decision != NULL ? row->decision->outcome : KONKURS_STAGE_OUTCOME_PENDING;

      if (outcome == KONKURS_STAGE_OUTCOME_GOES_ON)
        goes_on++;
      else if (outcome == KONKURS_STAGE_OUTCOME_STAYS_OUT)
        stays_out++;
      else
        (*no_result)++;
    }
  /* Translators: the totals of a stage’s table */
  return g_strdup_printf (_("Goes on %u, stays out %u, without a result %u"), goes_on, stays_out, *no_result);
}

AdwMessageDialog *
konkurs_stage_close_present (GtkWidget          *source,
                             KonkursStore       *store,
                             const KonkursStage *stage)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *totals = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *box;
  Closing *closing;

  g_return_val_if_fail (GTK_IS_WIDGET (source), NULL);
  g_return_val_if_fail (KONKURS_IS_STORE (store), NULL);

  rows = konkurs_store_list_stage_rows (store, stage->id, &error);
  if (rows == NULL)
    {
      konkurs_print_show_error (source, _("Could Not Read the Stage’s Results"), error);
      return NULL;
    }

  closing = g_new0 (Closing, 1);
  closing->store = g_object_ref (store);
  closing->stage = konkurs_stage_copy (stage);
  g_set_weak_pointer (&closing->source, source);
  totals = describe_totals (rows, &closing->no_result);
  /* Translators: %s is a stage, as “Testing” */
  heading = g_strdup_printf (_("Close “%s”?"), konkurs_stage_get_name (stage));
  /* Translators: the first %s is the totals, as “Goes on 8, stays out 3, without a result 0” */
  body = g_strdup_printf (_("%s. Closing locks the stage and opens the next one; a later correction needs a "
                            "written reason and is kept in the record."), totals);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (konkurs_ui_get_parent_window (source), heading, body));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_box_append (GTK_BOX (box), rows_list_new (rows));
  if (closing->no_result > 0)
    gtk_box_append (GTK_BOX (box), absent_row_new (closing));
  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "close", _("_Close Stage"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "close", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "closing", closing, closing_free);
  if (closing->absent_switch != NULL)
    g_signal_connect_object (closing->absent_switch, "notify::active", G_CALLBACK (on_switch_changed), dialog,
                             G_CONNECT_SWAPPED);
  on_switch_changed (dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (on_response), NULL);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 640, -1);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}
