/* konkurs-vacancy-dialog.c — add or edit a vacancy of a competition
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-ui-helpers.h"
#include "konkurs-ui-local-text.h"
#include "konkurs-validation.h"
#include "konkurs-vacancy-dialog.h"

struct _KonkursVacancyDialog
{
  KonkursEditDialog  parent_instance;

  KonkursStore   *store;
  KonkursVacancy *vacancy;         /* the copy being edited */
  KonkursUiLocalFields title;
  KonkursUiLocalFields sector;
  KonkursUiLocalFields requirements;

  AdwEntryRow    *title_first;
  AdwEntryRow    *title_second;
  AdwComboRow    *corps_row;
  AdwEntryRow    *category_row;
  GtkSwitch      *leadership_switch;
  AdwComboRow    *level_row;
  AdwEntryRow    *sector_first;
  AdwEntryRow    *sector_second;
  GtkSpinButton  *seats_spin;
  AdwComboRow    *education_row;
  GtkSpinButton  *experience_spin;
  GtkSpinButton  *civil_service_spin;   /* an alternative; 0: none */
  GtkSpinButton  *field_spin;
  GtkTextView    *requirements_first;
  GtkTextView    *requirements_second;
  GtkLabel       *requirements_first_label;
  GtkLabel       *requirements_second_label;
  GtkLabel       *language_hint;
  GtkLabel       *field_error;
};

G_DEFINE_FINAL_TYPE (KonkursVacancyDialog, konkurs_vacancy_dialog, KONKURS_TYPE_EDIT_DIALOG)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The choices of the combo rows, in order. */
static const int corps_values[] = { KONKURS_CORPS_A, KONKURS_CORPS_B };
static const int level_values[] = {
  KONKURS_LEVEL_CENTRAL, KONKURS_LEVEL_REGIONAL, KONKURS_LEVEL_DISTRICT,
};
static const int education_values[] = {
  KONKURS_EDUCATION_NONE, KONKURS_EDUCATION_SECONDARY, KONKURS_EDUCATION_VOCATIONAL,
  KONKURS_EDUCATION_HIGHER, KONKURS_EDUCATION_POSTGRADUATE,
};

gboolean
konkurs_vacancy_dialog_category_is_valid (const char *category)
{
  gboolean after_hyphen = TRUE;

  g_return_val_if_fail (category != NULL, FALSE);

  if (category[0] == '\0')
    return FALSE;

  for (const char *p = category; *p != '\0'; p++)
    {
      if (*p == '-')
        {
          if (after_hyphen)
            return FALSE;
          after_hyphen = TRUE;
        }
      else if ((*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9'))
        after_hyphen = FALSE;
      else
        return FALSE;
    }

  return !after_hyphen;
}

/* Each alternative kind has its spin button; 0 is none. */
static void
apply_alternatives (KonkursVacancyDialog *self,
                    KonkursVacancy       *vacancy)
{
  KonkursExperienceAlternative alternatives[2];
  guint n = 0;
  int civil = gtk_spin_button_get_value_as_int (self->civil_service_spin);
  int field = gtk_spin_button_get_value_as_int (self->field_spin);

  if (civil > 0)
    alternatives[n++] = (KonkursExperienceAlternative) { civil, KONKURS_EXPERIENCE_CIVIL_SERVICE };
  if (field > 0)
    alternatives[n++] = (KonkursExperienceAlternative) { field, KONKURS_EXPERIENCE_FIELD };
  konkurs_vacancy_set_experience_alternatives (vacancy, alternatives, n);
}

static void
apply_inputs (KonkursVacancyDialog *self,
              KonkursVacancy       *vacancy)
{
  g_autoptr(KonkursLocalText) title = konkurs_ui_local_fields_get (&self->title);
  g_autoptr(KonkursLocalText) sector = konkurs_ui_local_fields_get (&self->sector);
  g_autoptr(KonkursLocalText) requirements = konkurs_ui_local_fields_get (&self->requirements);
  g_autofree char *category = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->category_row));
  guint corps = adw_combo_row_get_selected (self->corps_row);
  guint level = adw_combo_row_get_selected (self->level_row);
  guint education = adw_combo_row_get_selected (self->education_row);

  konkurs_vacancy_set_position_title_text (vacancy, title);
  konkurs_vacancy_set_category (vacancy, category);
  konkurs_vacancy_set_sector_text (vacancy, sector);
  konkurs_vacancy_set_requirements_text (vacancy, requirements);
  if (corps < G_N_ELEMENTS (corps_values))
    konkurs_vacancy_set_corps (vacancy, (KonkursCorps) corps_values[corps]);
  if (level < G_N_ELEMENTS (level_values))
    konkurs_vacancy_set_level (vacancy, (KonkursLevel) level_values[level]);
  if (education < G_N_ELEMENTS (education_values))
    konkurs_vacancy_set_education (vacancy, (KonkursEducation) education_values[education]);
  konkurs_vacancy_set_leadership (vacancy, gtk_switch_get_active (self->leadership_switch));
  konkurs_vacancy_set_seats (vacancy, gtk_spin_button_get_value_as_int (self->seats_spin));
  konkurs_vacancy_set_experience_years (vacancy, gtk_spin_button_get_value_as_int (self->experience_spin));
  apply_alternatives (self, vacancy);
}

/* The field a rule of a vacancy names. */
static GtkWidget *
field_at_fault (KonkursVacancyDialog *self,
                const GError         *invalid)
{
  switch (invalid->code)
    {
    case KONKURS_VALIDATION_ERROR_SEATS:
      return GTK_WIDGET (self->seats_spin);
    case KONKURS_VALIDATION_ERROR_EXPERIENCE:
      return GTK_WIDGET (self->experience_spin);
    case KONKURS_VALIDATION_ERROR_CORPS:
      return GTK_WIDGET (self->corps_row);
    case KONKURS_VALIDATION_ERROR_LEVEL:
      return GTK_WIDGET (self->level_row);
    case KONKURS_VALIDATION_ERROR_REQUIRED_EDUCATION:
      return GTK_WIDGET (self->education_row);
    default:
      return konkurs_ui_local_fields_first (&self->title);
    }
}

/* Under the texts: what documents will do with those given in one language
 * only. */
static void
update_language_hint (KonkursVacancyDialog *self,
                      KonkursVacancy       *typed)
{
  const KonkursLocalText *texts[] = {
    konkurs_vacancy_get_position_title_text (typed), konkurs_vacancy_get_sector_text (typed),
    konkurs_vacancy_get_requirements_text (typed), NULL,
  };
  g_autofree char *hint = konkurs_ui_describe_missing (texts);

  gtk_label_set_text (self->language_hint, hint != NULL ? hint : "");
  gtk_widget_set_visible (GTK_WIDGET (self->language_hint), hint != NULL);
}

/* What the store would refuse, in its words (konkurs_validate_vacancy()),
 * and the form of the category.  The title may be given in either
 * language. */
static GtkWidget *
konkurs_vacancy_dialog_validate (KonkursEditDialog *dialog)
{
  KonkursVacancyDialog *self = KONKURS_VACANCY_DIALOG (dialog);
  g_autoptr(KonkursVacancy) typed = konkurs_vacancy_copy (self->vacancy);
  g_autoptr(GError) invalid = NULL;
  g_autofree char *category = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->category_row));
  /* Nobody should see an error before typing; Add stays off meanwhile. */
  gboolean title_touched = konkurs_edit_dialog_is_edited (dialog, GTK_WIDGET (self->title_first)) ||
                           konkurs_edit_dialog_is_edited (dialog, GTK_WIDGET (self->title_second));
  gboolean category_ok = category[0] == '\0' || konkurs_vacancy_dialog_category_is_valid (category);
  GtkWidget *title_field = konkurs_ui_local_fields_first (&self->title);
  GtkWidget *fields[] = {
    title_field, GTK_WIDGET (self->seats_spin), GTK_WIDGET (self->experience_spin),
    GTK_WIDGET (self->corps_row), GTK_WIDGET (self->level_row), GTK_WIDGET (self->education_row),
  };
  GtkWidget *at_fault = NULL;
  const char *message = NULL;
  gboolean told;

  apply_inputs (self, typed);
  update_language_hint (self, typed);
  if (!konkurs_validate_vacancy (konkurs_local_text_pick (konkurs_vacancy_get_position_title_text (typed),
                                                          konkurs_interface_language (), NULL),
                                 konkurs_vacancy_get_seats (typed),
                                 konkurs_vacancy_get_experience_years (typed), konkurs_vacancy_get_corps (typed),
                                 konkurs_vacancy_get_level (typed), konkurs_vacancy_get_education (typed), &invalid))
    at_fault = field_at_fault (self, invalid);
  told = at_fault != NULL && (at_fault != title_field || title_touched);

  if (!category_ok)
    message = _("The category may contain only capital Latin letters, digits and single hyphens, "
                "for example C-O-4.");
  if (told)
    message = invalid->message;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    konkurs_ui_show_field_error (fields[i], NULL, told && fields[i] == at_fault ? "" : NULL);
  konkurs_ui_show_field_error (GTK_WIDGET (self->category_row), NULL, category_ok ? NULL : "");
  gtk_label_set_text (self->field_error, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->field_error), message != NULL);

  if (at_fault != NULL)
    return at_fault;
  if (!category_ok)
    return GTK_WIDGET (self->category_row);
  return NULL;
}

static gboolean
konkurs_vacancy_dialog_save (KonkursEditDialog  *dialog,
                             GError            **error)
{
  KonkursVacancyDialog *self = KONKURS_VACANCY_DIALOG (dialog);

  /* Take a number typed but not yet confirmed with Enter. */
  gtk_spin_button_update (self->seats_spin);
  gtk_spin_button_update (self->experience_spin);
  gtk_spin_button_update (self->civil_service_spin);
  gtk_spin_button_update (self->field_spin);
  apply_inputs (self, self->vacancy);

  if (!konkurs_store_save_vacancy (self->store, self->vacancy, error))
    return FALSE;

  g_signal_emit (self, signals[SAVED], 0, self->vacancy);
  return TRUE;
}

static void
fill_combo (AdwComboRow *row,
            const char  *(*get_label) (int value),
            const int   *values,
            guint        n_values)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  for (guint i = 0; i < n_values; i++)
    {
      const char *label = get_label (values[i]);

      gtk_string_list_append (list, label != NULL ? _(label) : "");
    }
  adw_combo_row_set_model (row, G_LIST_MODEL (list));
}

static const char *
corps_label (int value)
{
  return konkurs_corps_get_label (value);
}

static const char *
level_label (int value)
{
  return konkurs_level_get_label (value);
}

static const char *
education_label (int value)
{
  return konkurs_education_get_label (value);
}

static void
select_value (AdwComboRow *row,
              const int   *values,
              guint        n_values,
              int          value)
{
  for (guint i = 0; i < n_values; i++)
    if (values[i] == value)
      adw_combo_row_set_selected (row, i);
}

static void
load_vacancy (KonkursVacancyDialog *self)
{
  KonkursVacancy *vacancy = self->vacancy;

  fill_combo (self->corps_row, corps_label, corps_values, G_N_ELEMENTS (corps_values));
  fill_combo (self->level_row, level_label, level_values, G_N_ELEMENTS (level_values));
  fill_combo (self->education_row, education_label, education_values, G_N_ELEMENTS (education_values));
  select_value (self->corps_row, corps_values, G_N_ELEMENTS (corps_values),
                konkurs_vacancy_get_corps (vacancy));
  select_value (self->level_row, level_values, G_N_ELEMENTS (level_values),
                konkurs_vacancy_get_level (vacancy));
  select_value (self->education_row, education_values, G_N_ELEMENTS (education_values),
                konkurs_vacancy_get_education (vacancy));

  konkurs_ui_local_fields_set (&self->title, konkurs_vacancy_get_position_title_text (vacancy));
  gtk_editable_set_text (GTK_EDITABLE (self->category_row), konkurs_vacancy_get_category (vacancy) ?: "");
  konkurs_ui_local_fields_set (&self->sector, konkurs_vacancy_get_sector_text (vacancy));
  konkurs_ui_local_fields_set (&self->requirements, konkurs_vacancy_get_requirements_text (vacancy));
  gtk_switch_set_active (self->leadership_switch, konkurs_vacancy_get_leadership (vacancy));
  gtk_spin_button_set_value (self->seats_spin, MAX (konkurs_vacancy_get_seats (vacancy), 1));
  gtk_spin_button_set_value (self->experience_spin, konkurs_vacancy_get_experience_years (vacancy));
  gtk_spin_button_set_value (self->civil_service_spin,
                             konkurs_vacancy_get_alternative_years (vacancy, KONKURS_EXPERIENCE_CIVIL_SERVICE));
  gtk_spin_button_set_value (self->field_spin, konkurs_vacancy_get_alternative_years (vacancy, KONKURS_EXPERIENCE_FIELD));
}

static void
konkurs_vacancy_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KONKURS_TYPE_VACANCY_DIALOG);

  G_OBJECT_CLASS (konkurs_vacancy_dialog_parent_class)->dispose (object);
}

static void
konkurs_vacancy_dialog_finalize (GObject *object)
{
  KonkursVacancyDialog *self = KONKURS_VACANCY_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->vacancy);

  G_OBJECT_CLASS (konkurs_vacancy_dialog_parent_class)->finalize (object);
}

static void
konkurs_vacancy_dialog_class_init (KonkursVacancyDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KonkursEditDialogClass *dialog_class = KONKURS_EDIT_DIALOG_CLASS (klass);

  object_class->dispose = konkurs_vacancy_dialog_dispose;
  object_class->finalize = konkurs_vacancy_dialog_finalize;
  dialog_class->validate = konkurs_vacancy_dialog_validate;
  dialog_class->save = konkurs_vacancy_dialog_save;

  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, KONKURS_TYPE_VACANCY);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/konkurs/Konkurs/vacancies/konkurs-vacancy-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursVacancyDialog, title_first);
  gtk_widget_class_bind_template_child (widget_class, KonkursVacancyDialog, title_second);
  gtk_widget_class_bind_template_child (widget_class, KonkursVacancyDialog, corps_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursVacancyDialog, category_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursVacancyDialog, leadership_switch);
  gtk_widget_class_bind_template_child (widget_class, KonkursVacancyDialog, level_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursVacancyDialog, sector_first);
  gtk_widget_class_bind_template_child (widget_class, KonkursVacancyDialog, sector_second);
  gtk_widget_class_bind_template_child (widget_class, KonkursVacancyDialog, seats_spin);
  gtk_widget_class_bind_template_child (widget_class, KonkursVacancyDialog, education_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursVacancyDialog, experience_spin);
  gtk_widget_class_bind_template_child (widget_class, KonkursVacancyDialog, civil_service_spin);
  gtk_widget_class_bind_template_child (widget_class, KonkursVacancyDialog, field_spin);
  gtk_widget_class_bind_template_child (widget_class, KonkursVacancyDialog, requirements_first);
  gtk_widget_class_bind_template_child (widget_class, KonkursVacancyDialog, requirements_second);
  gtk_widget_class_bind_template_child (widget_class, KonkursVacancyDialog, requirements_first_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursVacancyDialog, requirements_second_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursVacancyDialog, language_hint);
  gtk_widget_class_bind_template_child (widget_class, KonkursVacancyDialog, field_error);
}

static void
konkurs_vacancy_dialog_init (KonkursVacancyDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  konkurs_ui_local_fields_init (&self->title, GTK_WIDGET (self->title_first), NULL,
                                GTK_WIDGET (self->title_second), NULL,
                                _("Position title in Kazakh"), _("Position title in Russian"));
  konkurs_ui_local_fields_init (&self->sector, GTK_WIDGET (self->sector_first), NULL,
                                GTK_WIDGET (self->sector_second), NULL,
                                _("Sector in Kazakh"), _("Sector in Russian"));
  konkurs_ui_local_fields_init (&self->requirements, GTK_WIDGET (self->requirements_first),
                                self->requirements_first_label, GTK_WIDGET (self->requirements_second),
                                self->requirements_second_label,
                                _("Further requirements in Kazakh"), _("Further requirements in Russian"));
}

KonkursVacancyDialog *
konkurs_vacancy_dialog_new (GtkWindow      *parent,
                            KonkursStore   *store,
                            gint64          competition_id,
                            KonkursVacancy *vacancy)
{
  KonkursVacancyDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KONKURS_IS_STORE (store), NULL);
  g_return_val_if_fail (vacancy == NULL || KONKURS_IS_VACANCY (vacancy), NULL);

  self = g_object_new (KONKURS_TYPE_VACANCY_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  if (vacancy != NULL)
    {
      self->vacancy = konkurs_vacancy_copy (vacancy);
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Vacancy"));
      konkurs_edit_dialog_set_save_label (KONKURS_EDIT_DIALOG (self), _("Save"));
    }
  else
    {
      self->vacancy = konkurs_vacancy_new ();
      konkurs_vacancy_set_competition_id (self->vacancy, competition_id);
      konkurs_vacancy_set_corps (self->vacancy, KONKURS_CORPS_B);
      konkurs_vacancy_set_level (self->vacancy, KONKURS_LEVEL_CENTRAL);
      konkurs_vacancy_set_education (self->vacancy, KONKURS_EDUCATION_HIGHER);
      konkurs_vacancy_set_seats (self->vacancy, 1);
    }

  load_vacancy (self);
  konkurs_edit_dialog_start_editing (KONKURS_EDIT_DIALOG (self));

  return self;
}
