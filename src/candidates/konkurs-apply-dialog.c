/* konkurs-apply-dialog.c — record that a candidate applied, then give the
 * candidate the application's personal code and a receipt
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-apply-dialog.h"
#include "konkurs-date-entry.h"
#include "konkurs-print.h"
#include "konkurs-receipt.h"
#include "konkurs-ui-helpers.h"

struct _KonkursApplyDialog
{
  KonkursEditDialog    parent_instance;

  KonkursStore        *store;
  KonkursCandidate    *candidate;
  KonkursCompetition  *competition;     /* the chosen one */
  gint64               vacancy_id;
  char                *sector;          /* the code of the chosen one */
  gboolean             disposing;
  char                *competitions_hint;   /* why there is nothing to choose */
  KonkursCandidacy    *candidacy;       /* once recorded */
  GCancellable        *cancellable;     /* of the receipt being printed */

  AdwToastOverlay     *toast_overlay;
  GtkStack            *stack;
  AdwActionRow        *candidate_row;
  GtkListBox          *competitions_list;
  AdwPreferencesGroup *choice_group;
  GtkListBox          *choices_list;
  KonkursDateEntry    *received_entry;
  GtkLabel            *late_label;
  GtkLabel            *error_label;
  GtkLabel            *code_label;
  AdwComboRow         *receipt_language_row;
};

G_DEFINE_FINAL_TYPE (KonkursApplyDialog, konkurs_apply_dialog, KONKURS_TYPE_EDIT_DIALOG)

enum {
  APPLIED,
  ADD_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The languages of the receipt, in the order of its combo row. */
static const char * const receipt_languages[] = { "kk", "ru" };

/* Validation */

/* A date the documents can have come on: one, and not after today;
 * otherwise FALSE and what is wrong in *@message. */
static gboolean
check_received (KonkursApplyDialog *self,
                GDate              *received,
                char              **message)
{
  g_autofree char *typed = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->received_entry));
  GDate today;

  if (!konkurs_date_entry_get_date (self->received_entry, received))
    {
      if (typed[0] == '\0')
        *message = g_strdup (_("Write the date the documents were received, or pick it in the calendar."));
      else
        *message = g_strdup_printf (_("“%s” is not a date: write the date the documents were received "
                                      "as 14.05.2026, or pick it in the calendar."), typed);
      return FALSE;
    }
  konkurs_ui_get_today (&today);
  if (g_date_compare (received, &today) > 0)
    *message = g_strdup (_("The documents cannot have been received after today."));
  return *message == NULL;
}

/* Documents received after the deadline may still be recorded, but the
 * secretary is told first, and why. */
static void
warn_if_late (KonkursApplyDialog *self,
              const GDate        *received)
{
  const GDate *deadline = self->competition != NULL
                        ? konkurs_competition_get_document_deadline (self->competition) : NULL;
  g_autofree char *deadline_text = NULL;
  g_autofree char *warning = NULL;
  gboolean late = received != NULL && g_date_valid (received) && deadline != NULL && g_date_valid (deadline) &&
                  g_date_compare (received, deadline) > 0;

  if (late)
    {
      deadline_text = konkurs_ui_format_date (deadline);
      warning = g_strdup_printf (_("The documents came after the deadline, %s. The application can still be "
                                   "recorded, and the automatic check will find it late."), deadline_text);
    }
  gtk_label_set_text (self->late_label, warning != NULL ? warning : "");
  gtk_widget_set_visible (GTK_WIDGET (self->late_label), late);
  konkurs_ui_show_field_error (GTK_WIDGET (self->received_entry), NULL, NULL);
  if (late)
    gtk_widget_add_css_class (GTK_WIDGET (self->received_entry), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->received_entry), "warning");
}

static GtkWidget *
konkurs_apply_dialog_validate (KonkursEditDialog *dialog)
{
  KonkursApplyDialog *self = KONKURS_APPLY_DIALOG (dialog);
  g_autofree char *message = NULL;
  GDate received;

  warn_if_late (self, check_received (self, &received, &message) ? &received : NULL);
  konkurs_ui_show_field_error (GTK_WIDGET (self->received_entry), self->error_label, message);
  /* With no competition to choose, the date is not what stops the
   * secretary: keep saying so. */
  if (message == NULL && self->competitions_hint != NULL)
    konkurs_ui_show_field_error (GTK_WIDGET (self->competitions_list), self->error_label, self->competitions_hint);

  if (self->competition == NULL)
    return GTK_WIDGET (self->competitions_list);
  if (self->vacancy_id == 0 && self->sector == NULL)
    return GTK_WIDGET (self->choices_list);
  if (message != NULL)
    return GTK_WIDGET (self->received_entry);
  return NULL;
}

/* Choices */

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* Choices are rows of a single-selection list with a check mark: a screen
 * reader (and a test) can select them, which GTK 4.8 does not allow for
 * radio buttons. */
static GtkWidget *
add_choice (GtkListBox *list,
            const char *title,
            const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  /* Long names of state bodies wrap rather than lose their ends. */
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_set_opacity (check, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), check);
  /* Enter (or a double click) on a choice applies, as Enter in a field
   * does. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "check", check);
  gtk_list_box_append (list, row);
  return row;
}

static void
show_checks (GtkListBox *list)
{
  GtkListBoxRow *selected = gtk_list_box_get_selected_row (list);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *check = g_object_get_data (G_OBJECT (row), "check");

      if (check != NULL)
        gtk_widget_set_opacity (check, row == GTK_WIDGET (selected) ? 1 : 0);
    }
}

static void
on_row_activated (KonkursApplyDialog *self,
                  GtkListBoxRow      *row)
{
  gtk_list_box_select_row (GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (row))), row);
  konkurs_edit_dialog_activate_default (KONKURS_EDIT_DIALOG (self));
}

static void
on_choice_selected (KonkursApplyDialog *self,
                    GtkListBoxRow      *row)
{
  gint64 *id = row != NULL ? g_object_get_data (G_OBJECT (row), "vacancy-id") : NULL;

  /* Disposing the lists unselects their rows. */
  if (self->disposing)
    return;
  show_checks (self->choices_list);
  self->vacancy_id = id != NULL ? *id : 0;
  g_free (self->sector);
  self->sector = row != NULL ? g_strdup (g_object_get_data (G_OBJECT (row), "sector")) : NULL;
  konkurs_edit_dialog_validate (KONKURS_EDIT_DIALOG (self));
}

/* "C-O-4 · 2 seats · Higher education": what tells vacancies of one
 * position apart. */
static char *
describe_vacancy (KonkursVacancy *vacancy)
{
  const char *category = konkurs_vacancy_get_category (vacancy);
  int seats = konkurs_vacancy_get_seats (vacancy);
  g_autofree char *seats_text = g_strdup_printf (ngettext ("%d seat", "%d seats", seats), seats);

  /* Translators: under a vacancy: its category, its seats and the minimum education */
  return g_strdup_printf (_("%s · %s · %s"), category != NULL && category[0] != '\0' ? category : "—", seats_text,
                          _(konkurs_education_get_label (konkurs_vacancy_get_education (vacancy))));
}

static void
fill_vacancies (KonkursApplyDialog *self)
{
  g_autoptr(GPtrArray) vacancies = NULL;
  g_autoptr(GError) error = NULL;

  vacancies = konkurs_store_list_vacancies (self->store, konkurs_competition_get_id (self->competition), &error);
  if (vacancies == NULL)
    {
      g_warning ("Could not list the vacancies: %s", error->message);
      return;
    }

  for (guint i = 0; i < vacancies->len; i++)
    {
      KonkursVacancy *vacancy = vacancies->pdata[i];
      g_autofree char *subtitle = describe_vacancy (vacancy);
      GtkWidget *row;
      gint64 *id = g_new (gint64, 1);

      row = add_choice (self->choices_list, konkurs_vacancy_get_position_title (vacancy), subtitle);
      *id = konkurs_vacancy_get_id (vacancy);
      g_object_set_data_full (G_OBJECT (row), "vacancy-id", id, g_free);
      /* One vacancy leaves nothing to choose. */
      if (vacancies->len == 1)
        gtk_list_box_select_row (self->choices_list, GTK_LIST_BOX_ROW (row));
    }
}

/* The priority sectors of the selection's rule set, named in the
 * interface language; the store is given the code. */
static void
fill_sectors (KonkursApplyDialog *self)
{
  g_autoptr(GPtrArray) sectors = NULL;
  g_autoptr(GError) error = NULL;

  sectors = konkurs_store_list_sectors (self->store, konkurs_competition_get_rule_set_id (self->competition), &error);
  if (sectors == NULL)
    {
      g_warning ("Could not list the sectors: %s", error->message);
      return;
    }

  for (guint i = 0; i < sectors->len; i++)
    {
      const KonkursSector *sector = sectors->pdata[i];
      GtkWidget *row = add_choice (self->choices_list,
                                   konkurs_local_text_pick (sector->name, konkurs_interface_language (), NULL),
                                   NULL);

      g_object_set_data_full (G_OBJECT (row), "sector", g_strdup (sector->code), g_free);
    }
}

static void
on_competition_selected (KonkursApplyDialog *self,
                         GtkListBoxRow      *row)
{
  KonkursCompetition *competition = row != NULL ? g_object_get_data (G_OBJECT (row), "competition") : NULL;
  gboolean youth;

  if (self->disposing)
    return;
  show_checks (self->competitions_list);
  if (competition == self->competition)
    return;

  self->competition = competition;
  self->vacancy_id = 0;
  g_clear_pointer (&self->sector, g_free);
  clear_list (self->choices_list);
  if (competition == NULL)
    {
      konkurs_edit_dialog_validate (KONKURS_EDIT_DIALOG (self));
      return;
    }

  youth = konkurs_competition_get_procedure (competition) == KONKURS_PROCEDURE_YOUTH_RESERVE;
  adw_preferences_group_set_title (self->choice_group, youth ? _("Sector") : _("Vacancy"));
  konkurs_ui_set_field_name (GTK_WIDGET (self->choices_list), youth ? _("Sector") : _("Vacancy"));
  if (youth)
    fill_sectors (self);
  else
    fill_vacancies (self);
  konkurs_edit_dialog_validate (KONKURS_EDIT_DIALOG (self));
}

/* "Ministry of Justice · Civil-service competition · announced 2 March
 * 2026 · documents until 5 March 2026": what tells competitions of one
 * title apart. */
static char *
describe_competition (KonkursCompetition *competition)
{
  const char *title = konkurs_competition_get_title (competition);
  const GDate *deadline = konkurs_competition_get_document_deadline (competition);
  g_autofree char *announced = konkurs_ui_format_date (konkurs_competition_get_announcement_date (competition));
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  /* Without a title the row's title is the state body already. */
  if (title != NULL && title[0] != '\0')
    g_ptr_array_add (parts, g_strdup (konkurs_competition_get_state_body (competition)));
  g_ptr_array_add (parts, g_strdup (_(konkurs_procedure_get_label (konkurs_competition_get_procedure (competition)))));
  /* Translators: under a competition: the day it was announced, as “announced 2 March 2026” */
  g_ptr_array_add (parts, g_strdup_printf (_("announced %s"), announced));
  if (deadline != NULL && g_date_valid (deadline))
    {
      g_autofree char *until = konkurs_ui_format_date (deadline);

      /* Translators: under a competition: the last day documents are accepted, as “documents until 5 March 2026” */
      g_ptr_array_add (parts, g_strdup_printf (_("documents until %s"), until));
    }
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static void
fill_competitions (KonkursApplyDialog *self,
                   gint64              preferred)
{
  g_autoptr(GPtrArray) competitions = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *first = NULL, *chosen = NULL;

  competitions = konkurs_store_list_competitions (self->store, &error);
  if (competitions == NULL)
    {
      self->competitions_hint = g_strdup (error->message);
      konkurs_ui_show_field_error (GTK_WIDGET (self->competitions_list), self->error_label, error->message);
      return;
    }

  for (guint i = 0; i < competitions->len; i++)
    {
      KonkursCompetition *competition = competitions->pdata[i];
      g_autofree char *subtitle = describe_competition (competition);
      GtkWidget *row;

      row = add_choice (self->competitions_list, konkurs_ui_competition_name (competition), subtitle);
      g_object_set_data_full (G_OBJECT (row), "competition", g_object_ref (competition), g_object_unref);
      if (first == NULL)
        first = row;
      if (konkurs_competition_get_id (competition) == preferred)
        chosen = row;
    }

  if (chosen == NULL)
    chosen = first;
  if (chosen != NULL)
    gtk_list_box_select_row (self->competitions_list, GTK_LIST_BOX_ROW (chosen));
  else
    {
      self->competitions_hint = g_strdup (_("There are no competitions yet. Create one in Vacancies first."));
      konkurs_ui_show_field_error (GTK_WIDGET (self->competitions_list), self->error_label,
                                   self->competitions_hint);
    }
}

/* Saving, and what the candidate takes away */

static gboolean
konkurs_apply_dialog_save (KonkursEditDialog  *dialog,
                           GError            **error)
{
  KonkursApplyDialog *self = KONKURS_APPLY_DIALOG (dialog);
  GDate received;

  konkurs_date_entry_get_date (self->received_entry, &received);
  self->candidacy = konkurs_store_apply (self->store, konkurs_candidate_get_id (self->candidate),
                                         konkurs_competition_get_id (self->competition),
                                         self->vacancy_id, self->sector, &received, error);
  if (self->candidacy == NULL)
    return FALSE;

  g_signal_emit (self, signals[APPLIED], 0, self->candidacy);
  /* The dialog stays, showing the code to give the candidate. */
  gtk_label_set_text (self->code_label, konkurs_candidacy_get_personal_code (self->candidacy));
  gtk_stack_set_visible_child_name (self->stack, "done");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "apply.copy-code", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "apply.print-receipt", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "apply.save-receipt", TRUE);
  konkurs_edit_dialog_finish (dialog);
  return TRUE;
}

const char *
konkurs_apply_dialog_get_receipt_language (KonkursApplyDialog *self)
{
  guint selected;

  g_return_val_if_fail (KONKURS_IS_APPLY_DIALOG (self), NULL);

  selected = adw_combo_row_get_selected (self->receipt_language_row);
  return receipt_languages[MIN (selected, G_N_ELEMENTS (receipt_languages) - 1)];
}

KonkursCandidacy *
konkurs_apply_dialog_get_candidacy (KonkursApplyDialog *self)
{
  g_return_val_if_fail (KONKURS_IS_APPLY_DIALOG (self), NULL);

  return self->candidacy;
}

static void
copy_code_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KonkursApplyDialog *self = KONKURS_APPLY_DIALOG (widget);

  if (self->candidacy == NULL)
    return;
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), konkurs_candidacy_get_personal_code (self->candidacy));
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Personal code copied")));
}

/* The receipt is built in a worker and printed (or saved) as every
 * document is, in the language chosen for the candidate. */
static void
receipt_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KonkursApplyDialog *self = KONKURS_APPLY_DIALOG (widget);
  g_autofree char *name = NULL;
  KonkursPrintRequest request;

  if (self->candidacy == NULL)
    return;
  name = konkurs_candidate_dup_full_name (self->candidate);
  request = (KonkursPrintRequest) {
    .store = self->store,
    .kind = &konkurs_receipt_kind,
    .id = konkurs_candidacy_get_id (self->candidacy),
    .record_name = name,
    .language_code = konkurs_apply_dialog_get_receipt_language (self),
  };
  if (g_str_equal (action_name, "apply.save-receipt"))
    konkurs_print_request_save_pdf (widget, &request, self->cancellable);
  else
    konkurs_print_request_print (widget, &request, self->cancellable);
}

/* A PDF saved tells so in the dialog, which covers the window. */
static void
konkurs_apply_dialog_add_toast (KonkursApplyDialog *self,
                                AdwToast           *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (toast));
}

/* GObject */

static void
konkurs_apply_dialog_dispose (GObject *object)
{
  KonkursApplyDialog *self = KONKURS_APPLY_DIALOG (object);

  self->disposing = TRUE;
  g_cancellable_cancel (self->cancellable);
  konkurs_print_forget (GTK_WIDGET (self));
  gtk_widget_dispose_template (GTK_WIDGET (object), KONKURS_TYPE_APPLY_DIALOG);

  G_OBJECT_CLASS (konkurs_apply_dialog_parent_class)->dispose (object);
}

static void
konkurs_apply_dialog_finalize (GObject *object)
{
  KonkursApplyDialog *self = KONKURS_APPLY_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->candidate);
  g_clear_object (&self->candidacy);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->competitions_hint, g_free);
  g_clear_pointer (&self->sector, g_free);

  G_OBJECT_CLASS (konkurs_apply_dialog_parent_class)->finalize (object);
}

static void
bind_children (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, KonkursApplyDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KonkursApplyDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, KonkursApplyDialog, candidate_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursApplyDialog, competitions_list);
  gtk_widget_class_bind_template_child (widget_class, KonkursApplyDialog, choice_group);
  gtk_widget_class_bind_template_child (widget_class, KonkursApplyDialog, choices_list);
  gtk_widget_class_bind_template_child (widget_class, KonkursApplyDialog, received_entry);
  gtk_widget_class_bind_template_child (widget_class, KonkursApplyDialog, late_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursApplyDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursApplyDialog, code_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursApplyDialog, receipt_language_row);
}

static void
konkurs_apply_dialog_class_init (KonkursApplyDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KonkursEditDialogClass *dialog_class = KONKURS_EDIT_DIALOG_CLASS (klass);

  object_class->dispose = konkurs_apply_dialog_dispose;
  object_class->finalize = konkurs_apply_dialog_finalize;
  dialog_class->validate = konkurs_apply_dialog_validate;
  dialog_class->save = konkurs_apply_dialog_save;

  signals[APPLIED] =
    g_signal_new ("applied", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, KONKURS_TYPE_CANDIDACY);
  signals[ADD_TOAST] =
    g_signal_new_class_handler ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                G_CALLBACK (konkurs_apply_dialog_add_toast),
                                NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_install_action (widget_class, "apply.copy-code", NULL, copy_code_activated);
  gtk_widget_class_install_action (widget_class, "apply.print-receipt", NULL, receipt_activated);
  gtk_widget_class_install_action (widget_class, "apply.save-receipt", NULL, receipt_activated);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/konkurs/Konkurs/candidates/konkurs-apply-dialog.ui");
  bind_children (widget_class);
  gtk_widget_class_bind_template_callback (widget_class, on_competition_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
}

static void
konkurs_apply_dialog_init (KonkursApplyDialog *self)
{
  g_type_ensure (KONKURS_TYPE_DATE_ENTRY);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "apply.copy-code", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "apply.print-receipt", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "apply.save-receipt", FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (receipt_languages); i++)
    if (g_str_equal (receipt_languages[i], konkurs_ui_get_interface_language ()))
      adw_combo_row_set_selected (self->receipt_language_row, i);
  konkurs_ui_set_field_name (GTK_WIDGET (self->competitions_list), _("Competition"));
  konkurs_ui_set_field_name (GTK_WIDGET (self->choices_list), _("Vacancy"));
}

KonkursApplyDialog *
konkurs_apply_dialog_new (GtkWindow        *parent,
                          KonkursStore     *store,
                          KonkursCandidate *candidate,
                          gint64            competition_id)
{
  KonkursApplyDialog *self;
  g_autofree char *name = NULL;
  GDate today;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KONKURS_IS_STORE (store), NULL);
  g_return_val_if_fail (KONKURS_IS_CANDIDATE (candidate), NULL);

  self = g_object_new (KONKURS_TYPE_APPLY_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  self->candidate = g_object_ref (candidate);

  name = konkurs_candidate_dup_full_name (candidate);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->candidate_row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->candidate_row), konkurs_candidate_get_iin (candidate));

  konkurs_ui_get_today (&today);
  konkurs_date_entry_set_date (self->received_entry, &today);

  fill_competitions (self, competition_id);
  konkurs_edit_dialog_start_editing (KONKURS_EDIT_DIALOG (self));

  return self;
}
