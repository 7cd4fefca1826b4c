/* konkurs-apply-dialog.c — record that a candidate applied, and show the
 * application's personal code
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-apply-dialog.h"
#include "konkurs-ui-helpers.h"

struct _KonkursApplyDialog
{
  KonkursEditDialog    parent_instance;

  KonkursStore        *store;
  KonkursCandidate    *candidate;
  KonkursCompetition  *competition;     /* the chosen one */
  gint64               vacancy_id;
  const char          *sector;          /* static string */
  gboolean             disposing;
  char                *competitions_hint;   /* why there is nothing to choose */

  GtkStack            *stack;
  AdwActionRow        *candidate_row;
  GtkListBox          *competitions_list;
  AdwPreferencesGroup *choice_group;
  GtkListBox          *choices_list;
  AdwEntryRow         *received_row;
  GtkLabel            *error_label;
  GtkLabel            *code_label;
};

G_DEFINE_FINAL_TYPE (KonkursApplyDialog, konkurs_apply_dialog, KONKURS_TYPE_EDIT_DIALOG)

enum {
  APPLIED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Stored in Kazakh, as the demonstration data and the published lists
 * name them; shown in the interface language. */
static const struct {
  const char *value;
  const char *label;
} sectors[] = {
  { "Инфрақұрылым, өнеркәсіп және сауда саясаты", N_("Infrastructure, industry and trade policy") },
  { "Агроөнеркәсіптік кешен және экология", N_("Agro-industrial complex and environment") },
  { "Сыртқы саясат және инвестициялар", N_("Foreign policy and investment") },
  { "Экономикалық және қаржылық саясат", N_("Economic and financial policy") },
  { "Цифрландыру", N_("Digitalisation") },
  { "Әлеуметтік саясат және азаматтық қоғам", N_("Social policy and civil society") },
};

static GtkWidget *
konkurs_apply_dialog_validate (KonkursEditDialog *dialog)
{
  KonkursApplyDialog *self = KONKURS_APPLY_DIALOG (dialog);
  g_autofree char *text = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->received_row));
  GDate date;
  gboolean date_ok = konkurs_ui_parse_date (text, &date);

  konkurs_ui_show_field_error (GTK_WIDGET (self->received_row), self->error_label,
                               date_ok ? NULL : _("Write the date the documents were received as DD.MM.YYYY."));
  /* With no competition to choose, the date is not what stops the
   * secretary: keep saying so. */
  if (date_ok && self->competitions_hint != NULL)
    konkurs_ui_show_field_error (GTK_WIDGET (self->competitions_list), self->error_label, self->competitions_hint);

  if (self->competition == NULL)
    return GTK_WIDGET (self->competitions_list);
  if (self->vacancy_id == 0 && self->sector == NULL)
    return GTK_WIDGET (self->choices_list);
  if (!date_ok)
    return GTK_WIDGET (self->received_row);
  return NULL;
}

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
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_widget_set_opacity (check, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), check);
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
on_choice_selected (KonkursApplyDialog *self,
                    GtkListBoxRow      *row)
{
  gint64 *id = row != NULL ? g_object_get_data (G_OBJECT (row), "vacancy-id") : NULL;

  /* Disposing the lists unselects their rows. */
  if (self->disposing)
    return;
  show_checks (self->choices_list);
  self->vacancy_id = id != NULL ? *id : 0;
  self->sector = row != NULL ? g_object_get_data (G_OBJECT (row), "sector") : NULL;
  konkurs_edit_dialog_validate (KONKURS_EDIT_DIALOG (self));
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
      const char *category = konkurs_vacancy_get_category (vacancy);
      g_autofree char *subtitle = NULL;
      GtkWidget *row;
      gint64 *id = g_new (gint64, 1);

      /* Translators: under a vacancy: its category and the minimum education */
      subtitle = g_strdup_printf (_("%s · %s"), category != NULL && category[0] != '\0' ? category : "—",
                                  _(konkurs_education_get_label (konkurs_vacancy_get_education (vacancy))));
      row = add_choice (self->choices_list, konkurs_vacancy_get_position_title (vacancy), subtitle);
      *id = konkurs_vacancy_get_id (vacancy);
      g_object_set_data_full (G_OBJECT (row), "vacancy-id", id, g_free);
      /* One vacancy leaves nothing to choose. */
      if (vacancies->len == 1)
        gtk_list_box_select_row (self->choices_list, GTK_LIST_BOX_ROW (row));
    }
}

static void
fill_sectors (KonkursApplyDialog *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (sectors); i++)
    {
      GtkWidget *row = add_choice (self->choices_list, _(sectors[i].label), NULL);

      g_object_set_data (G_OBJECT (row), "sector", (gpointer) sectors[i].value);
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
  self->sector = NULL;
  clear_list (self->choices_list);
  if (competition == NULL)
    {
      konkurs_edit_dialog_validate (KONKURS_EDIT_DIALOG (self));
      return;
    }

  youth = konkurs_competition_get_procedure (competition) == KONKURS_PROCEDURE_YOUTH_RESERVE;
  adw_preferences_group_set_title (self->choice_group, youth ? _("Sector") : _("Vacancy"));
  konkurs_ui_name_widget (GTK_WIDGET (self->choices_list), youth ? _("Sector") : _("Vacancy"));
  if (youth)
    fill_sectors (self);
  else
    fill_vacancies (self);
  konkurs_edit_dialog_validate (KONKURS_EDIT_DIALOG (self));
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
      const char *body = konkurs_competition_get_state_body (competition);
      g_autofree char *deadline = konkurs_ui_format_date (konkurs_competition_get_document_deadline (competition));
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      /* Translators: under a competition: state body · procedure · deadline */
      subtitle = g_strdup_printf (_("%s · %s · documents until %s"), body,
                                  _(konkurs_procedure_get_label (konkurs_competition_get_procedure (competition))),
                                  deadline);
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

static gboolean
konkurs_apply_dialog_save (KonkursEditDialog  *dialog,
                           GError            **error)
{
  KonkursApplyDialog *self = KONKURS_APPLY_DIALOG (dialog);
  g_autoptr(KonkursCandidacy) candidacy = NULL;
  g_autofree char *text = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->received_row));
  GDate received;

  konkurs_ui_parse_date (text, &received);
  candidacy = konkurs_store_apply (self->store, konkurs_candidate_get_id (self->candidate),
                                   konkurs_competition_get_id (self->competition),
                                   self->vacancy_id, self->sector, &received, error);
  if (candidacy == NULL)
    return FALSE;

  g_signal_emit (self, signals[APPLIED], 0, candidacy);
  /* The dialog stays, showing the code to give the candidate. */
  gtk_label_set_text (self->code_label, konkurs_candidacy_get_personal_code (candidacy));
  gtk_stack_set_visible_child_name (self->stack, "done");
  konkurs_edit_dialog_finish (dialog);
  return TRUE;
}

static void
konkurs_apply_dialog_dispose (GObject *object)
{
  KONKURS_APPLY_DIALOG (object)->disposing = TRUE;
  gtk_widget_dispose_template (GTK_WIDGET (object), KONKURS_TYPE_APPLY_DIALOG);

  G_OBJECT_CLASS (konkurs_apply_dialog_parent_class)->dispose (object);
}

static void
konkurs_apply_dialog_finalize (GObject *object)
{
  KonkursApplyDialog *self = KONKURS_APPLY_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->candidate);
  g_clear_pointer (&self->competitions_hint, g_free);

  G_OBJECT_CLASS (konkurs_apply_dialog_parent_class)->finalize (object);
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

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/konkurs/Konkurs/candidates/konkurs-apply-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursApplyDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, KonkursApplyDialog, candidate_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursApplyDialog, competitions_list);
  gtk_widget_class_bind_template_child (widget_class, KonkursApplyDialog, choice_group);
  gtk_widget_class_bind_template_child (widget_class, KonkursApplyDialog, choices_list);
  gtk_widget_class_bind_template_child (widget_class, KonkursApplyDialog, received_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursApplyDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursApplyDialog, code_label);
  gtk_widget_class_bind_template_callback (widget_class, on_competition_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_selected);
}

static void
konkurs_apply_dialog_init (KonkursApplyDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

KonkursApplyDialog *
konkurs_apply_dialog_new (GtkWindow        *parent,
                          KonkursStore     *store,
                          KonkursCandidate *candidate,
                          gint64            competition_id)
{
  KonkursApplyDialog *self;
  g_autofree char *name = NULL;
  g_autofree char *today_text = NULL;
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
  today_text = konkurs_ui_format_date_input (&today);
  gtk_editable_set_text (GTK_EDITABLE (self->received_row), today_text);

  fill_competitions (self, competition_id);
  konkurs_edit_dialog_start_editing (KONKURS_EDIT_DIALOG (self));

  return self;
}
