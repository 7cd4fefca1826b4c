/* konkurs-results-pane.c — the final results of a competition
 *
 * Nothing of the ranking is stored: the store computes it again from the
 * recorded decisions each time (konkurs-store-results.h), so a correction
 * shows here at once.  Per vacancy: the winner, the reserve in order, the
 * candidates not recommended, or the vacancy failed ("competition declared
 * not held"), and the holder's Appointment… or Refusal… (a refusal offers
 * the position to the next of the reserve list, who is then shown as the
 * holder).  In a Youth Reserve selection: the top with TIED rows marked,
 * Decide Tie… and Enter into Reserve.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Accessible names an end-to-end test may rely on (English interface):
 *   buttons "Record Outcomes", "Decide Tie…", "Enter into Reserve",
 *   "Appointment…", "Refusal…".
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-area.h"
#include "konkurs-date-entry.h"
#include "konkurs-documents-button.h"
#include "konkurs-error-dialog.h"
#include "konkurs-form-dialog.h"
#include "konkurs-reason-dialog.h"
#include "konkurs-results-pane.h"
#include "konkurs-ui-helpers.h"

struct _KonkursResultsPane
{
  AdwBin          parent_instance;

  KonkursStore   *store;
  gint64          competition_id;
  gint64          meeting_id;
  gboolean        youth_reserve;
  gboolean        writable;
  GPtrArray      *vacancies;   /* of KonkursVacancyResult */
  GPtrArray      *top;         /* of KonkursFinalRow */

  GtkBox         *rows_box;
  GtkLabel       *summary_label;
  GtkWidget      *outcomes_button;
  GtkWidget      *tie_button;
  GtkWidget      *reserve_button;
  GString        *text;
};

G_DEFINE_FINAL_TYPE (KonkursResultsPane, konkurs_results_pane, ADW_TYPE_BIN)

static void
tell_error (KonkursResultsPane *self,
            const char         *heading,
            const GError       *error)
{
  konkurs_error_dialog_present (konkurs_ui_get_parent_window (GTK_WIDGET (self)), G_LOG_LEVEL_MESSAGE, heading,
                                error, _("Nothing was changed."));
}

/* Appointment and refusal */

typedef struct {
  KonkursResultsPane *pane;
  gint64              application_id;
  GtkEditable        *order;
  KonkursDateEntry   *date;
} Appointing;

static void
appointing_free (gpointer data)
{
  Appointing *appointing = data;

  g_object_unref (appointing->pane);
  g_free (appointing);
}

static gboolean
appoint (gpointer   data,
         GError   **error)
{
  Appointing *appointing = data;
  g_autofree char *order = konkurs_ui_get_stripped_text (appointing->order);
  GDate date;

  if (!konkurs_date_entry_get_date (appointing->date, &date))
    {
      g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                           _("Date of the order: write a date such as 31.12.2026."));
      return FALSE;
    }
  return konkurs_store_record_appointment (appointing->pane->store, appointing->application_id,
                                           KONKURS_APPOINTMENT_APPOINTED, order, &date, NULL, error);
}

static gboolean
refuse (const char  *reason,
        gpointer     data,
        GError     **error)
{
  Appointing *appointing = data;

  return konkurs_store_record_appointment (appointing->pane->store, appointing->application_id,
                                           KONKURS_APPOINTMENT_REFUSED, NULL, NULL, reason, error);
}

static void
on_appointment (GtkButton          *button,
                KonkursResultsPane *self)
{
  const KonkursFinalRow *row = g_object_get_data (G_OBJECT (button), "row");
  gboolean refusal = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "refusal"));
  Appointing *appointing = g_new0 (Appointing, 1);
  g_autofree char *body = NULL;
  GtkWidget *box;
  GDate today;

  appointing->pane = g_object_ref (self);
  appointing->application_id = row->application_id;
  if (refusal)
    {
      /* Translators: %s is the candidate's name */
      body = g_strdup_printf (_("%s refuses the position. It is offered to the next candidate of the vacancy’s "
                                "reserve list; with nobody left, the vacancy is failed."), row->full_name);
      konkurs_reason_dialog_ask (GTK_WIDGET (self), _("Record a Refusal?"), body, NULL, _("_Record Refusal"), refuse,
                                 appointing, appointing_free);
      return;
    }
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  appointing->order = GTK_EDITABLE (konkurs_form_dialog_add_entry (box, _("Number of the order")));
  appointing->date = KONKURS_DATE_ENTRY (konkurs_date_entry_new ());
  konkurs_date_entry_set_label (appointing->date, _("Date of the order"));
  konkurs_ui_get_today (&today);
  konkurs_date_entry_set_date (appointing->date, &today);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (appointing->date));
  body = g_strdup_printf (_("The order appointing %s to the position."), row->full_name);
  konkurs_form_dialog_ask (GTK_WIDGET (self), _("Record the Appointment"), body, box, _("_Record Appointment"),
                           appoint, appointing, appointing_free);
  gtk_widget_grab_focus (GTK_WIDGET (appointing->order));
}

/* The rows */

static const char *
place_text (const KonkursFinalRow *row,
            gboolean               youth_reserve)
{
  if (row->decision == KONKURS_VOTE_PENDING)
    return _("not decided yet");
  switch (row->place.place)
    {
    case KONKURS_PLACE_WINNER:
      return youth_reserve ? _("admitted") : _("winner");
    case KONKURS_PLACE_RESERVE:
      return youth_reserve ? _("not admitted") : _("reserve");
    case KONKURS_PLACE_TIED:
      return _("TIED: the commission decides");
    case KONKURS_PLACE_NONE:
    default:
      return _("not recommended");
    }
}

static char *
describe_row (const KonkursFinalRow *row,
              gboolean               youth_reserve)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (row->place.rank > 0)
    g_string_append_printf (text, "%u. ", row->place.rank);
  g_string_append_printf (text, "%s (%s)", row->full_name, row->personal_code);
  if (row->result_text != NULL && row->result_text[0] != '\0')
    g_string_append_printf (text, " · %s", row->result_text);
  g_string_append_printf (text, " · %s", place_text (row, youth_reserve));
  if (youth_reserve && row->sector != NULL && row->sector[0] != '\0')
    g_string_append_printf (text, " · %s", row->sector);
  if (row->appointment == KONKURS_APPOINTMENT_APPOINTED)
    {
      g_autofree char *date = konkurs_ui_format_date (&row->order_date);

      /* Translators: appointed by order NUMBER of DATE */
      g_string_append_printf (text, " · ");
      g_string_append_printf (text, _("appointed by order %s of %s"), row->order_number, date);
    }
  else if (row->appointment == KONKURS_APPOINTMENT_REFUSED)
    {
      g_string_append (text, " · ");
      g_string_append_printf (text, _("refused: %s"), row->refusal_reason);
    }
  else if (row->offered)
    {
      g_string_append (text, " · ");
      g_string_append (text, _("offered the position after a refusal"));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
appointment_button (KonkursResultsPane    *self,
                    const KonkursFinalRow *row,
                    gboolean               refusal)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (refusal ? _("Re_fusal…") : _("_Appointment…"));

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, refusal ? _("The holder refuses: the next of the reserve list is offered "
                                                   "the position")
                                               : _("Record the order appointing the holder"));
  gtk_widget_set_sensitive (button, self->writable);
  g_object_set_data (G_OBJECT (button), "row", (gpointer) row);
  g_object_set_data (G_OBJECT (button), "refusal", GINT_TO_POINTER (refusal));
  g_signal_connect (button, "clicked", G_CALLBACK (on_appointment), self);
  return button;
}

static GtkWidget *
final_row (KonkursResultsPane    *self,
           const KonkursFinalRow *row,
           gboolean               holder)
{
  GtkWidget *widget = adw_action_row_new ();
  g_autofree char *text = describe_row (row, self->youth_reserve);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widget), text);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (widget), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (widget), 3);
  if (row->place.place == KONKURS_PLACE_TIED)
    gtk_widget_add_css_class (widget, "konkurs-tied");
  if (holder)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (widget), _("holds the position now"));
      if (row->appointment == KONKURS_APPOINTMENT_NONE)
        {
          adw_action_row_add_suffix (ADW_ACTION_ROW (widget), appointment_button (self, row, FALSE));
          adw_action_row_add_suffix (ADW_ACTION_ROW (widget), appointment_button (self, row, TRUE));
        }
    }
  g_string_append_printf (self->text, "%s\n", text);
  return widget;
}

static const char *
outcome_text (const KonkursVacancyResult *vacancy)
{
  switch (vacancy->outcome)
    {
    case KONKURS_VACANCY_OUTCOME_FILLED:  return _("filled");
    case KONKURS_VACANCY_OUTCOME_RESERVE: return _("filled from the reserve list");
    case KONKURS_VACANCY_OUTCOME_FAILED:  return _("failed: competition declared not held");
    case KONKURS_VACANCY_OUTCOME_PENDING:
    default:                              return _("outcome not recorded yet");
    }
}

static void
add_group (KonkursResultsPane *self,
           const char         *title,
           const char         *description,
           GtkWidget          *list)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  gtk_box_append (self->rows_box, group);
  g_string_append_printf (self->text, "%s: %s\n", title, description);
}

static GtkWidget *
rows_list (void)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  return list;
}

/* Every candidate decided and none recommended: the vacancy fails, which
 * shows before the outcome is recorded. */
static gboolean
nobody_recommended (const KonkursVacancyResult *vacancy)
{
  if (vacancy->outcome == KONKURS_VACANCY_OUTCOME_FAILED)
    return TRUE;
  for (guint i = 0; i < vacancy->rows->len; i++)
    {
      const KonkursFinalRow *row = vacancy->rows->pdata[i];

      if (row->decision != KONKURS_VOTE_NOT_RECOMMENDED)
        return FALSE;
    }
  return TRUE;
}

static void
fill_vacancies (KonkursResultsPane *self)
{
  for (guint i = 0; self->vacancies != NULL && i < self->vacancies->len; i++)
    {
      const KonkursVacancyResult *vacancy = self->vacancies->pdata[i];
      GtkWidget *list = rows_list ();

      for (guint j = 0; j < vacancy->rows->len; j++)
        {
          const KonkursFinalRow *row = vacancy->rows->pdata[j];

          gtk_list_box_append (GTK_LIST_BOX (list),
                               final_row (self, row, row->application_id == vacancy->holder_id));
        }
      if (nobody_recommended (vacancy))
        {
          GtkWidget *failed = adw_action_row_new ();

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (failed),
                                         _("Nobody recommended: the competition is declared not held for this "
                                           "vacancy"));
          adw_action_row_set_title_lines (ADW_ACTION_ROW (failed), 3);
          gtk_list_box_append (GTK_LIST_BOX (list), failed);
          g_string_append_printf (self->text, "%s\n",
                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (failed)));
        }
      add_group (self, vacancy->title, outcome_text (vacancy), list);
    }
}

static void
fill_top (KonkursResultsPane *self)
{
  GtkWidget *list = rows_list ();
  guint admitted = 0, tied = 0;
  g_autofree char *summary = NULL;

  for (guint i = 0; self->top != NULL && i < self->top->len; i++)
    {
      const KonkursFinalRow *row = self->top->pdata[i];

      admitted += row->place.place == KONKURS_PLACE_WINNER;
      tied += row->place.place == KONKURS_PLACE_TIED;
      gtk_list_box_append (GTK_LIST_BOX (list), final_row (self, row, FALSE));
    }
  /* Translators: the Youth Reserve's top: admitted, then tied at a cut */
  summary = g_strdup_printf (_("%u admitted · %u tied for the commission to decide"), admitted, tied);
  add_group (self, _("The Youth Reserve’s top"), summary, list);
}

static void
clear_rows (KonkursResultsPane *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->rows_box))) != NULL)
    gtk_box_remove (self->rows_box, child);
  g_string_truncate (self->text, 0);
}

static guint
count_tied (KonkursResultsPane *self)
{
  guint tied = 0;

  for (guint i = 0; self->top != NULL && i < self->top->len; i++)
    tied += ((KonkursFinalRow *) self->top->pdata[i])->place.place == KONKURS_PLACE_TIED;
  return tied;
}

static void
set_button (GtkWidget  *button,
            gboolean    visible,
            const char *why_not,
            const char *tooltip)
{
  gtk_widget_set_visible (button, visible);
  gtk_widget_set_sensitive (button, why_not == NULL);
  gtk_widget_set_tooltip_text (button, why_not != NULL ? why_not : tooltip);
}

static void
update_buttons (KonkursResultsPane *self)
{
  guint tied = count_tied (self);
  const char *read_only = self->writable ? NULL : _("The database is open for reading only.");

  set_button (self->outcomes_button, !self->youth_reserve, read_only,
              _("Record each vacancy’s outcome: filled by its winner, or failed"));
  set_button (self->tie_button, self->youth_reserve,
              read_only != NULL ? read_only
              : tied == 0 ? _("No tie at a cut: nothing to decide.")
              : self->meeting_id == 0 ? _("Choose the meeting of the commission that decides the tie.") : NULL,
              _("Choose who of the tied candidates takes the places left, with the commission’s reason"));
  set_button (self->reserve_button, self->youth_reserve,
              read_only != NULL ? read_only : tied > 0 ? _("Decide the tie first.") : NULL,
              _("Enter those admitted into the reserve register for the rule set’s term"));
}

void
konkurs_results_pane_reload (KonkursResultsPane *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (KONKURS_IS_RESULTS_PANE (self));

  clear_rows (self);
  g_clear_pointer (&self->vacancies, g_ptr_array_unref);
  g_clear_pointer (&self->top, g_ptr_array_unref);
  gtk_label_set_text (self->summary_label, "");
  if (self->store != NULL && self->competition_id != 0)
    {
      if (self->youth_reserve)
        self->top = konkurs_store_list_reserve_top (self->store, self->competition_id, &error);
      else
        self->vacancies = konkurs_store_list_vacancy_results (self->store, self->competition_id, &error);
      if (error != NULL)
        gtk_label_set_text (self->summary_label, error->message);
    }
  if (self->youth_reserve)
    fill_top (self);
  else
    fill_vacancies (self);
  update_buttons (self);
}

/* Actions */

static void
on_record_outcomes (KonkursResultsPane *self)
{
  g_autoptr(GError) error = NULL;
  GDate today;

  konkurs_ui_get_today (&today);
  if (!konkurs_store_record_outcomes (self->store, self->competition_id, &today, &error))
    tell_error (self, _("Outcomes Not Recorded"), error);
  else
    konkurs_area_tell (GTK_WIDGET (self), _("The vacancies’ outcomes are recorded"));
}

static void
on_enter_reserve (KonkursResultsPane *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *news = NULL;
  guint n = 0;
  GDate today;

  konkurs_ui_get_today (&today);
  if (!konkurs_store_enter_reserve (self->store, self->competition_id, &today, &n, &error))
    {
      tell_error (self, _("Not Entered into the Reserve"), error);
      return;
    }
  news = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u candidate entered into the reserve register",
                                       "%u candidates entered into the reserve register", n), n);
  konkurs_area_tell (GTK_WIDGET (self), news);
}

typedef struct {
  KonkursResultsPane *pane;
  GPtrArray          *checks;   /* of GtkCheckButton, with "application" */
} Tying;

static void
tying_free (gpointer data)
{
  Tying *tying = data;

  g_object_unref (tying->pane);
  g_ptr_array_unref (tying->checks);
  g_free (tying);
}

static gboolean
decide_tie (const char  *reason,
            gpointer     data,
            GError     **error)
{
  Tying *tying = data;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < tying->checks->len; i++)
    if (gtk_check_button_get_active (tying->checks->pdata[i]))
      {
        gint64 id = GPOINTER_TO_SIZE (g_object_get_data (tying->checks->pdata[i], "application"));

        g_array_append_val (ids, id);
      }
  return konkurs_store_decide_tie (tying->pane->store, tying->pane->meeting_id, (gint64 *) ids->data, ids->len,
                                   reason, error);
}

static void
on_decide_tie (KonkursResultsPane *self)
{
  Tying *tying = g_new0 (Tying, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_autofree char *body = NULL;
  guint places = 0;

  tying->pane = g_object_ref (self);
  tying->checks = g_ptr_array_new ();
  for (guint i = 0; self->top != NULL && i < self->top->len; i++)
    {
      const KonkursFinalRow *row = self->top->pdata[i];
      g_autofree char *text = NULL;
      GtkWidget *check;

      if (row->place.place != KONKURS_PLACE_TIED)
        continue;
      places = row->place.tied_places;
      text = describe_row (row, TRUE);
      check = gtk_check_button_new_with_label (text);
      g_object_set_data (G_OBJECT (check), "application", GSIZE_TO_POINTER (row->application_id));
      g_ptr_array_add (tying->checks, check);
      gtk_box_append (GTK_BOX (box), check);
    }
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "These candidates are tied at a cut, with %u place left. Tick who takes it, "
                                       "as the commission decided, and write its reason.",
                                       "These candidates are tied at a cut, with %u places left. Tick who takes "
                                       "them, as the commission decided, and write its reason.", places), places);
  konkurs_reason_dialog_ask (GTK_WIDGET (self), _("Decide the Tie"), body, box, _("_Decide Tie"), decide_tie, tying,
                             tying_free);
}

/* The widget */

static void
konkurs_results_pane_dispose (GObject *object)
{
  KonkursResultsPane *self = KONKURS_RESULTS_PANE (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->store);
  g_clear_pointer (&self->vacancies, g_ptr_array_unref);
  g_clear_pointer (&self->top, g_ptr_array_unref);
  if (self->text != NULL)
    g_string_free (g_steal_pointer (&self->text), TRUE);

  G_OBJECT_CLASS (konkurs_results_pane_parent_class)->dispose (object);
}

static void
konkurs_results_pane_class_init (KonkursResultsPaneClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = konkurs_results_pane_dispose;
  g_type_ensure (KONKURS_TYPE_DOCUMENTS_BUTTON);
}

static GtkWidget *
action_button (KonkursResultsPane *self,
               GtkWidget          *bar,
               const char         *label,
               GCallback           callback)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  g_signal_connect_swapped (button, "clicked", callback, self);
  gtk_flow_box_append (GTK_FLOW_BOX (bar), button);
  return button;
}

static void
konkurs_results_pane_init (KonkursResultsPane *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *bar = gtk_flow_box_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *print = konkurs_documents_button_new ();

  self->text = g_string_new (NULL);
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (bar), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (bar), 4);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (bar), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (bar), 6);
  gtk_widget_set_margin_start (bar, 12);
  gtk_widget_set_margin_end (bar, 12);
  gtk_widget_set_margin_top (bar, 6);
  self->outcomes_button = action_button (self, bar, _("Record _Outcomes"), G_CALLBACK (on_record_outcomes));
  self->tie_button = action_button (self, bar, _("Decide _Tie…"), G_CALLBACK (on_decide_tie));
  self->reserve_button = action_button (self, bar, _("_Enter into Reserve"), G_CALLBACK (on_enter_reserve));
  /* the final results are a document of the competition ("final") */
  konkurs_documents_button_set_missing_record (KONKURS_DOCUMENTS_BUTTON (print), _("Choose a competition first."));
  gtk_flow_box_append (GTK_FLOW_BOX (bar), print);
  gtk_box_append (GTK_BOX (box), bar);

  self->summary_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->summary_label, TRUE);
  gtk_label_set_xalign (self->summary_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->summary_label), "error");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->summary_label));
  self->rows_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 18));
  gtk_widget_set_margin_start (GTK_WIDGET (self->rows_box), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->rows_box), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->rows_box), 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 900);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (self->rows_box));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_bin_set_child (ADW_BIN (self), box);
}

void
konkurs_results_pane_set_competition (KonkursResultsPane *self,
                                      KonkursStore       *store,
                                      gint64              competition_id,
                                      gboolean            youth_reserve,
                                      gint64              meeting_id,
                                      gboolean            writable)
{
  g_return_if_fail (KONKURS_IS_RESULTS_PANE (self));

  g_set_object (&self->store, store);
  self->competition_id = competition_id;
  self->youth_reserve = youth_reserve;
  self->meeting_id = meeting_id;
  self->writable = writable && store != NULL;
  konkurs_results_pane_reload (self);
}

char *
konkurs_results_pane_dup_text (KonkursResultsPane *self)
{
  g_return_val_if_fail (KONKURS_IS_RESULTS_PANE (self), NULL);
  return g_strdup (self->text->str);
}
