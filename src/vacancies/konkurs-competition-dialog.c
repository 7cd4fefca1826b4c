/* konkurs-competition-dialog.c — create or edit a competition
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-competition-dialog.h"
#include "konkurs-date-entry.h"
#include "konkurs-store-rule-sets.h"
#include "konkurs-ui-helpers.h"
#include "konkurs-ui-deadline.h"
#include "konkurs-ui-local-text.h"
#include "konkurs-validation.h"

struct _KonkursCompetitionDialog
{
  KonkursEditDialog   parent_instance;

  KonkursStore       *store;
  KonkursCompetition *competition;    /* the copy being edited */
  gboolean            deadline_ok;
  KonkursUiLocalFields state_body;
  KonkursUiLocalFields title;

  AdwEntryRow        *state_body_first;
  AdwEntryRow        *state_body_second;
  AdwEntryRow        *title_first;
  AdwEntryRow        *title_second;
  AdwEntryRow        *number_row;
  GtkLabel           *number_error;
  GtkLabel           *language_hint;
  AdwComboRow        *procedure_row;
  AdwComboRow        *scope_row;
  AdwActionRow       *rule_set_row;
  GtkLabel           *rule_set_note;
  KonkursDateEntry   *date_entry;
  GtkLabel           *deadline_label;
  GtkLabel           *state_body_error;
  GtkLabel           *error_label;
};

G_DEFINE_FINAL_TYPE (KonkursCompetitionDialog, konkurs_competition_dialog, KONKURS_TYPE_EDIT_DIALOG)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const KonkursProcedure procedures[] = {
  KONKURS_PROCEDURE_CIVIL_SERVICE,
  KONKURS_PROCEDURE_YOUTH_RESERVE,
};

/* The scopes a competition chooses from; a Youth Reserve selection's is
 * its own. */
static const KonkursRuleScope scopes[] = {
  KONKURS_RULE_SCOPE_GENERAL,
  KONKURS_RULE_SCOPE_INTERNAL,
};

static void
apply_inputs (KonkursCompetitionDialog *self,
              KonkursCompetition       *competition)
{
  g_autoptr(KonkursLocalText) state_body = konkurs_ui_local_fields_get (&self->state_body);
  g_autoptr(KonkursLocalText) title = konkurs_ui_local_fields_get (&self->title);
  g_autofree char *number = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->number_row));
  guint procedure = adw_combo_row_get_selected (self->procedure_row);
  guint scope = adw_combo_row_get_selected (self->scope_row);
  GDate date;

  konkurs_competition_set_number (competition, number);
  konkurs_competition_set_state_body_text (competition, state_body);
  konkurs_competition_set_title_text (competition, title);
  if (procedure < G_N_ELEMENTS (procedures))
    konkurs_competition_set_procedure (competition, procedures[procedure]);
  if (scope < G_N_ELEMENTS (scopes))
    konkurs_competition_set_scope (competition, scopes[scope]);
  konkurs_competition_set_announcement_date (competition,
                                             konkurs_date_entry_get_date (self->date_entry, &date) ? &date : NULL);
}

/* Shows the rule set @copy would be bound to, and binds @copy to it so
 * that the deadline follows it; says when candidates have applied and the
 * competition keeps its rules. */
static gboolean
update_binding (KonkursCompetitionDialog  *self,
                KonkursCompetition        *copy,
                GError                   **error)
{
  g_autoptr(KonkursRuleSet) rule_set = NULL;
  g_autofree char *note = NULL;
  gboolean kept = FALSE;

  gtk_widget_set_sensitive (GTK_WIDGET (self->scope_row),
                            konkurs_competition_get_procedure (copy) != KONKURS_PROCEDURE_YOUTH_RESERVE);
  rule_set = konkurs_store_preview_rule_set (self->store, copy, &kept, error);
  if (rule_set == NULL)
    {
      adw_action_row_set_subtitle (self->rule_set_row, "—");
      gtk_widget_set_visible (GTK_WIDGET (self->rule_set_note), FALSE);
      return FALSE;
    }
  konkurs_competition_set_rule_set_id (copy, konkurs_rule_set_get_id (rule_set));
  adw_action_row_set_subtitle (self->rule_set_row, konkurs_rule_set_get_name (rule_set));
  if (kept)
    note = g_strdup_printf (_("Candidates have applied already, so the competition keeps the rules it was "
                              "announced under, “%s”, though other rules are in force for that date."),
                            konkurs_rule_set_get_name (rule_set));
  gtk_label_set_text (self->rule_set_note, note != NULL ? note : "");
  gtk_widget_set_visible (GTK_WIDGET (self->rule_set_note), note != NULL);
  return TRUE;
}

/* Shows the document deadline the store would compute, as the date changes. */
static void
update_deadline (KonkursCompetitionDialog *self)
{
  g_autoptr(KonkursCompetition) copy = konkurs_competition_copy (self->competition);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *typed = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->date_entry));
  g_autofree char *not_a_date = NULL;
  GDate date;

  apply_inputs (self, copy);
  if (!konkurs_date_entry_get_date (self->date_entry, &date))
    {
      self->deadline_ok = FALSE;
      gtk_label_set_text (self->deadline_label, "—");
      if (typed[0] != '\0')
        not_a_date = g_strdup_printf (_("“%s” is not a date: write the announcement date as 14.05.2026, "
                                        "or pick it in the calendar."), typed);
      konkurs_ui_show_field_error (GTK_WIDGET (self->date_entry), self->error_label, not_a_date);
      return;
    }
  self->deadline_ok = update_binding (self, copy, &error) &&
                      konkurs_store_compute_deadline (self->store, copy, &error);
  if (!self->deadline_ok)
    {
      gtk_label_set_text (self->deadline_label, "—");
      konkurs_ui_show_field_error (GTK_WIDGET (self->date_entry), self->error_label, error->message);
      return;
    }

  konkurs_ui_show_deadline (self->deadline_label, konkurs_store_get_calendar (self->store),
                            konkurs_competition_get_announcement_date (copy),
                            konkurs_competition_get_document_deadline (copy));
  konkurs_ui_show_field_error (GTK_WIDGET (self->date_entry), self->error_label, NULL);
}

/* Another competition with the number typed, as the store would refuse
 * it: said while typing, not on Create. */
static char *
check_number (KonkursCompetitionDialog *self,
              KonkursCompetition       *typed)
{
  const char *number = konkurs_competition_get_number (typed);
  g_autoptr(KonkursCompetition) other = NULL;

  if (*number == '\0')
    return NULL;
  other = konkurs_store_find_competition_by_number (self->store, number, NULL);
  if (other == NULL || konkurs_competition_get_id (other) == konkurs_competition_get_id (typed))
    return NULL;
  return g_strdup_printf (_("Another competition is numbered “%s” already. Each competition needs a number of its own."),
                          number);
}

/* Under the texts: what documents will do with those given in one language
 * only. */
static void
update_language_hint (KonkursCompetitionDialog *self,
                      KonkursCompetition       *typed)
{
  const KonkursLocalText *texts[] = {
    konkurs_competition_get_state_body_text (typed), konkurs_competition_get_title_text (typed), NULL,
  };
  g_autofree char *hint = konkurs_ui_describe_missing (texts);

  gtk_label_set_text (self->language_hint, hint != NULL ? hint : "");
  gtk_widget_set_visible (GTK_WIDGET (self->language_hint), hint != NULL);
}

/* What the store would refuse, in its words
 * (konkurs_validate_competition()), then a date the deadline cannot be
 * counted from.  The state body may be given in either language. */
static GtkWidget *
konkurs_competition_dialog_validate (KonkursEditDialog *dialog)
{
  KonkursCompetitionDialog *self = KONKURS_COMPETITION_DIALOG (dialog);
  g_autoptr(KonkursCompetition) typed = konkurs_competition_copy (self->competition);
  g_autoptr(GError) invalid = NULL;
  g_autofree char *number_taken = NULL;
  /* Nobody should see an error before typing; Create stays off meanwhile. */
  gboolean touched = konkurs_edit_dialog_is_edited (dialog, GTK_WIDGET (self->state_body_first)) ||
                     konkurs_edit_dialog_is_edited (dialog, GTK_WIDGET (self->state_body_second));
  GtkWidget *state_body_field = konkurs_ui_local_fields_first (&self->state_body);
  gboolean ok, state_body_ok;

  apply_inputs (self, typed);
  update_language_hint (self, typed);
  ok = konkurs_validate_competition (konkurs_local_text_pick (konkurs_competition_get_state_body_text (typed),
                                                              konkurs_interface_language (), NULL),
                                     konkurs_competition_get_announcement_date (typed),
                                     konkurs_competition_get_procedure (typed), &invalid);
  state_body_ok = !g_error_matches (invalid, KONKURS_VALIDATION_ERROR, KONKURS_VALIDATION_ERROR_STATE_BODY);
  konkurs_ui_show_field_error (state_body_field, self->state_body_error,
                               state_body_ok || !touched ? NULL : invalid->message);
  number_taken = check_number (self, typed);
  konkurs_ui_show_field_error (GTK_WIDGET (self->number_row), self->number_error, number_taken);
  if (!state_body_ok)
    return state_body_field;
  if (number_taken != NULL)
    return GTK_WIDGET (self->number_row);
  if (ok)
    return self->deadline_ok ? NULL : GTK_WIDGET (self->date_entry);
  if (g_error_matches (invalid, KONKURS_VALIDATION_ERROR, KONKURS_VALIDATION_ERROR_PROCEDURE))
    return GTK_WIDGET (self->procedure_row);
  return GTK_WIDGET (self->date_entry);
}

/* The deadline follows the procedure, the rule set and the date. */
static void
on_inputs_changed (KonkursCompetitionDialog *self)
{
  /* Combo rows notify while the dialog is still being filled. */
  if (self->store == NULL || self->competition == NULL)
    return;
  update_deadline (self);
  konkurs_edit_dialog_validate (KONKURS_EDIT_DIALOG (self));
}

static gboolean
konkurs_competition_dialog_save (KonkursEditDialog  *dialog,
                                 GError            **error)
{
  KonkursCompetitionDialog *self = KONKURS_COMPETITION_DIALOG (dialog);

  apply_inputs (self, self->competition);
  if (!konkurs_store_save_competition (self->store, self->competition, error))
    return FALSE;

  g_signal_emit (self, signals[SAVED], 0, self->competition);
  return TRUE;
}

static void
fill_procedures (KonkursCompetitionDialog *self)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (procedures); i++)
    gtk_string_list_append (list, _(konkurs_procedure_get_label (procedures[i])));
  adw_combo_row_set_model (self->procedure_row, G_LIST_MODEL (list));
}

static void
fill_scopes (KonkursCompetitionDialog *self)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (scopes); i++)
    gtk_string_list_append (list, _(konkurs_rule_scope_get_label (scopes[i])));
  adw_combo_row_set_model (self->scope_row, G_LIST_MODEL (list));
}

static void
load_competition (KonkursCompetitionDialog *self)
{
  KonkursCompetition *competition = self->competition;
  const GDate *date = konkurs_competition_get_announcement_date (competition);
  GDate today;

  gtk_editable_set_text (GTK_EDITABLE (self->number_row), konkurs_competition_get_number (competition));
  konkurs_ui_local_fields_set (&self->state_body, konkurs_competition_get_state_body_text (competition));
  konkurs_ui_local_fields_set (&self->title, konkurs_competition_get_title_text (competition));

  for (guint i = 0; i < G_N_ELEMENTS (procedures); i++)
    if (procedures[i] == konkurs_competition_get_procedure (competition))
      adw_combo_row_set_selected (self->procedure_row, i);
  for (guint i = 0; i < G_N_ELEMENTS (scopes); i++)
    if (scopes[i] == konkurs_competition_get_scope (competition))
      adw_combo_row_set_selected (self->scope_row, i);

  if (date == NULL || !g_date_valid (date))
    {
      konkurs_ui_get_today (&today);
      date = &today;
    }
  konkurs_date_entry_set_date (self->date_entry, date);
}

static void
konkurs_competition_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KONKURS_TYPE_COMPETITION_DIALOG);

  G_OBJECT_CLASS (konkurs_competition_dialog_parent_class)->dispose (object);
}

static void
konkurs_competition_dialog_finalize (GObject *object)
{
  KonkursCompetitionDialog *self = KONKURS_COMPETITION_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->competition);

  G_OBJECT_CLASS (konkurs_competition_dialog_parent_class)->finalize (object);
}

static void
konkurs_competition_dialog_class_init (KonkursCompetitionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KonkursEditDialogClass *dialog_class = KONKURS_EDIT_DIALOG_CLASS (klass);

  object_class->dispose = konkurs_competition_dialog_dispose;
  object_class->finalize = konkurs_competition_dialog_finalize;
  dialog_class->validate = konkurs_competition_dialog_validate;
  dialog_class->save = konkurs_competition_dialog_save;

  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, KONKURS_TYPE_COMPETITION);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/konkurs/Konkurs/vacancies/konkurs-competition-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursCompetitionDialog, state_body_first);
  gtk_widget_class_bind_template_child (widget_class, KonkursCompetitionDialog, state_body_second);
  gtk_widget_class_bind_template_child (widget_class, KonkursCompetitionDialog, title_first);
  gtk_widget_class_bind_template_child (widget_class, KonkursCompetitionDialog, title_second);
  gtk_widget_class_bind_template_child (widget_class, KonkursCompetitionDialog, number_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursCompetitionDialog, number_error);
  gtk_widget_class_bind_template_child (widget_class, KonkursCompetitionDialog, language_hint);
  gtk_widget_class_bind_template_child (widget_class, KonkursCompetitionDialog, procedure_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursCompetitionDialog, scope_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursCompetitionDialog, rule_set_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursCompetitionDialog, rule_set_note);
  gtk_widget_class_bind_template_child (widget_class, KonkursCompetitionDialog, date_entry);
  gtk_widget_class_bind_template_child (widget_class, KonkursCompetitionDialog, deadline_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursCompetitionDialog, state_body_error);
  gtk_widget_class_bind_template_child (widget_class, KonkursCompetitionDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_inputs_changed);
}

static void
konkurs_competition_dialog_init (KonkursCompetitionDialog *self)
{
  g_type_ensure (KONKURS_TYPE_DATE_ENTRY);
  gtk_widget_init_template (GTK_WIDGET (self));
  konkurs_ui_local_fields_init (&self->state_body, GTK_WIDGET (self->state_body_first), NULL,
                                GTK_WIDGET (self->state_body_second), NULL,
                                _("State body in Kazakh"), _("State body in Russian"));
  konkurs_ui_local_fields_init (&self->title, GTK_WIDGET (self->title_first), NULL,
                                GTK_WIDGET (self->title_second), NULL,
                                _("Title in Kazakh"), _("Title in Russian"));

  fill_procedures (self);
  fill_scopes (self);
}

KonkursCompetitionDialog *
konkurs_competition_dialog_new (GtkWindow          *parent,
                                KonkursStore       *store,
                                KonkursCompetition *competition)
{
  KonkursCompetitionDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KONKURS_IS_STORE (store), NULL);
  g_return_val_if_fail (competition == NULL || KONKURS_IS_COMPETITION (competition), NULL);

  self = g_object_new (KONKURS_TYPE_COMPETITION_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  if (competition != NULL)
    {
      self->competition = konkurs_competition_copy (competition);
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Competition"));
      konkurs_edit_dialog_set_save_label (KONKURS_EDIT_DIALOG (self), _("Save"));
    }
  else
    {
      self->competition = konkurs_competition_new ();
      konkurs_competition_set_procedure (self->competition, KONKURS_PROCEDURE_CIVIL_SERVICE);
    }

  load_competition (self);
  on_inputs_changed (self);
  konkurs_edit_dialog_start_editing (KONKURS_EDIT_DIALOG (self));

  return self;
}
