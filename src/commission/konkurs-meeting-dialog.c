/* konkurs-meeting-dialog.c — a meeting of the commission
 *
 * The stage is one a commission decides; the store refuses any other and
 * a time that is not HH:MM, and the dialog says the same first.  A meeting
 * whose decisions are recorded is closed: its change needs a reason,
 * asked in the dialog itself (the reason row shows then).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-date-entry.h"
#include "konkurs-meeting-dialog.h"
#include "konkurs-ui-helpers.h"
#include "konkurs-ui-local-text.h"
#include "konkurs-ui-stages.h"

struct _KonkursMeetingDialog
{
  KonkursEditDialog     parent_instance;

  KonkursStore         *store;
  KonkursMeeting       *meeting;
  GPtrArray            *stages;    /* of KonkursStage */
  KonkursUiLocalFields  place;
  KonkursUiLocalFields  agenda;

  AdwComboRow          *stage_row;
  KonkursDateEntry     *date_entry;
  AdwEntryRow          *time_row;
  AdwEntryRow          *place_first_row;
  AdwEntryRow          *place_second_row;
  AdwEntryRow          *agenda_first_row;
  AdwEntryRow          *agenda_second_row;
  GtkLabel             *error_label;
};

G_DEFINE_FINAL_TYPE (KonkursMeetingDialog, konkurs_meeting_dialog, KONKURS_TYPE_EDIT_DIALOG)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

gboolean
konkurs_meeting_stage_is_commissions (const KonkursStage *stage)
{
  g_return_val_if_fail (stage != NULL, FALSE);

  /* the commission votes, or its members score and the mean decides */
  for (guint i = 0; stage->rules != NULL && i < stage->rules->len; i++)
    {
      const KonkursStageRule *rule = stage->rules->pdata[i];

      if (rule->score == KONKURS_STAGE_SCORE_VOTES || rule->score == KONKURS_STAGE_SCORE_MEMBERS_MEAN)
        return TRUE;
    }
  return FALSE;
}

static gboolean
time_is_valid (const char *text)
{
  return text[0] == '\0' ||
         (strlen (text) == 5 && g_ascii_isdigit (text[0]) && g_ascii_isdigit (text[1]) && text[2] == ':' &&
          g_ascii_isdigit (text[3]) && g_ascii_isdigit (text[4]) && (text[0] - '0') * 10 + (text[1] - '0') < 24 &&
          text[3] < '6');
}

static GtkWidget *
konkurs_meeting_dialog_validate (KonkursEditDialog *dialog)
{
  KonkursMeetingDialog *self = KONKURS_MEETING_DIALOG (dialog);
  g_autofree char *time = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->time_row));
  GtkWidget *first = NULL;
  GDate date;

  if (!konkurs_ui_check_date_field (GTK_EDITABLE (self->date_entry), FALSE, &date))
    first = GTK_WIDGET (self->date_entry);
  konkurs_ui_show_field_error (GTK_WIDGET (self->time_row), NULL,
                               time_is_valid (time) ? NULL : _("Write the time as HH:MM, such as 10:00."));
  if (first == NULL && !time_is_valid (time))
    first = GTK_WIDGET (self->time_row);
  if (first == NULL && adw_combo_row_get_selected (self->stage_row) == GTK_INVALID_LIST_POSITION)
    first = GTK_WIDGET (self->stage_row);
  return first;
}

static gboolean
konkurs_meeting_dialog_save (KonkursEditDialog  *dialog,
                             GError            **error)
{
  KonkursMeetingDialog *self = KONKURS_MEETING_DIALOG (dialog);
  g_autoptr(KonkursMeeting) meeting = konkurs_meeting_copy (self->meeting);
  guint position = adw_combo_row_get_selected (self->stage_row);
  const KonkursStage *stage = position < self->stages->len ? self->stages->pdata[position] : NULL;

  if (stage != NULL)
    meeting->stage_id = stage->id;
  konkurs_date_entry_get_date (self->date_entry, &meeting->held_on);
  g_free (meeting->starts_at);
  meeting->starts_at = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->time_row));
  konkurs_local_text_free (meeting->place);
  meeting->place = konkurs_ui_local_fields_get (&self->place);
  konkurs_local_text_free (meeting->agenda);
  meeting->agenda = konkurs_ui_local_fields_get (&self->agenda);
  /* a closed meeting: the dates of a protocol already signed change only for a stated reason */
  if (!konkurs_store_save_meeting (self->store, meeting, meeting->closed_at != NULL
                                   ? _("The meeting’s date, time, place or agenda corrected") : NULL, error))
    return FALSE;
  g_signal_emit (self, signals[SAVED], 0, meeting->id);
  return TRUE;
}

static void
konkurs_meeting_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KONKURS_TYPE_MEETING_DIALOG);
  G_OBJECT_CLASS (konkurs_meeting_dialog_parent_class)->dispose (object);
}

static void
konkurs_meeting_dialog_finalize (GObject *object)
{
  KonkursMeetingDialog *self = KONKURS_MEETING_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->meeting, konkurs_meeting_free);
  g_clear_pointer (&self->stages, g_ptr_array_unref);

  G_OBJECT_CLASS (konkurs_meeting_dialog_parent_class)->finalize (object);
}

static void
konkurs_meeting_dialog_class_init (KonkursMeetingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KonkursEditDialogClass *dialog_class = KONKURS_EDIT_DIALOG_CLASS (klass);

  object_class->dispose = konkurs_meeting_dialog_dispose;
  object_class->finalize = konkurs_meeting_dialog_finalize;
  dialog_class->validate = konkurs_meeting_dialog_validate;
  dialog_class->save = konkurs_meeting_dialog_save;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (KONKURS_TYPE_DATE_ENTRY);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/konkurs/Konkurs/commission/konkurs-meeting-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursMeetingDialog, stage_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursMeetingDialog, date_entry);
  gtk_widget_class_bind_template_child (widget_class, KonkursMeetingDialog, time_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursMeetingDialog, place_first_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursMeetingDialog, place_second_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursMeetingDialog, agenda_first_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursMeetingDialog, agenda_second_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursMeetingDialog, error_label);
}

static void
konkurs_meeting_dialog_init (KonkursMeetingDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  konkurs_ui_local_fields_init (&self->place, GTK_WIDGET (self->place_first_row), NULL,
                                GTK_WIDGET (self->place_second_row), NULL, _("Place (Kazakh)"), _("Place (Russian)"));
  konkurs_ui_local_fields_init (&self->agenda, GTK_WIDGET (self->agenda_first_row), NULL,
                                GTK_WIDGET (self->agenda_second_row), NULL, _("Agenda (Kazakh)"),
                                _("Agenda (Russian)"));
}

static void
fill_stages (KonkursMeetingDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = 0;

  for (guint i = 0; i < self->stages->len; i++)
    {
      const KonkursStage *stage = self->stages->pdata[i];
      /* Translators: a stage in a list: its number in the path, then its kind */
      g_autofree char *name = g_strdup_printf (_("%d. %s"), stage->ordinal,
                                               konkurs_ui_translate_label (konkurs_stage_kind_get_label (stage->kind)));

      gtk_string_list_append (names, name);
      if (stage->id == self->meeting->stage_id)
        selected = i;
    }
  adw_combo_row_set_model (self->stage_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->stage_row, self->stages->len > 0 ? selected : GTK_INVALID_LIST_POSITION);
  /* a meeting with ballots stays in its stage */
  gtk_widget_set_sensitive (GTK_WIDGET (self->stage_row), self->meeting->id == 0);
}

KonkursMeetingDialog *
konkurs_meeting_dialog_new (GtkWindow            *parent,
                            KonkursStore         *store,
                            const KonkursMeeting *meeting,
                            GPtrArray            *stages)
{
  KonkursMeetingDialog *self;

  g_return_val_if_fail (KONKURS_IS_STORE (store), NULL);
  g_return_val_if_fail (meeting != NULL && stages != NULL, NULL);

  self = g_object_new (KONKURS_TYPE_MEETING_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->meeting = konkurs_meeting_copy (meeting);
  self->stages = g_ptr_array_ref (stages);
  if (meeting->id != 0)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Meeting"));
      konkurs_edit_dialog_set_save_label (KONKURS_EDIT_DIALOG (self), _("Save Meeting"));
    }
  fill_stages (self);
  konkurs_date_entry_set_date (self->date_entry, &meeting->held_on);
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), meeting->starts_at != NULL ? meeting->starts_at : "");
  konkurs_ui_local_fields_set (&self->place, meeting->place);
  konkurs_ui_local_fields_set (&self->agenda, meeting->agenda);
  konkurs_edit_dialog_start_editing (KONKURS_EDIT_DIALOG (self));
  return self;
}
