/* konkurs-stage-rules-dialog.c — the numbers of the stages of one track of
 * a rule set: what a secretary changes in a copy for a new year
 *
 * The fields are made from the rules themselves (a spin button per number,
 * a switch per rule), so that a testing stage shows its own tests and
 * parts.  Each change is checked with konkurs_stage_rule_check(), the
 * store's own check, and the stage at fault is named as the store would.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-stage-rules-dialog.h"
#include "konkurs-store-stages.h"
#include "konkurs-text.h"
#include "konkurs-ui-fields.h"

/* Where each number of a rule lives, by its offset in KonkursStageRule. */
typedef struct {
  const char *title;
  const char *subtitle;
  gsize       offset;
  int         max;
} NumberField;

static const NumberField number_fields[] = {
  { N_("Threshold, points"), N_("0: none"), G_STRUCT_OFFSET (KonkursStageRule, threshold), 100000 },
  { N_("At most this many go on"), N_("0: no limit"), G_STRUCT_OFFSET (KonkursStageRule, admit_top), 100000 },
  { N_("At most this share goes on, percent"), N_("0: no limit"), G_STRUCT_OFFSET (KonkursStageRule, admit_share), 100 },
  { N_("Maximum score"), N_("0: none"), G_STRUCT_OFFSET (KonkursStageRule, max_score), 100000 },
  { N_("Duration, working days"), N_("0: not known"), G_STRUCT_OFFSET (KonkursStageRule, duration_days), 365 },
};

static const NumberField weight_fields[] = {
  { N_("Competencies’ weight, percent"), NULL, G_STRUCT_OFFSET (KonkursStageRule, weight_a), 100 },
  { N_("Interview rating’s weight, percent"), NULL, G_STRUCT_OFFSET (KonkursStageRule, weight_b), 100 },
};

/* A field and the number it sets. */
typedef struct {
  GtkWidget *widget;
  int        stage;     /* index in rules */
  int        test;      /* -1: a number of the stage */
  int        part;      /* -1: the test's pass mark */
  gsize      offset;    /* of the stage's number or switch */
} Field;

struct _KonkursStageRulesDialog
{
  KonkursEditDialog  parent_instance;

  KonkursStore      *store;
  KonkursRuleSet    *rule_set;
  KonkursTrack       track;
  GPtrArray         *rules;    /* of KonkursStageRule, as read */
  GArray            *fields;   /* of Field */
  GArray            *first;    /* of GtkWidget *: the first field of each stage */

  GtkBox            *stages_box;
  GtkLabel          *error_label;
};

G_DEFINE_FINAL_TYPE (KonkursStageRulesDialog, konkurs_stage_rules_dialog, KONKURS_TYPE_EDIT_DIALOG)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
read_field (const Field *field,
            GPtrArray   *rules)
{
  KonkursStageRule *rule = g_ptr_array_index (rules, field->stage);

  if (field->test < 0)
    {
      int *number = G_STRUCT_MEMBER_P (rule, field->offset);

      *number = GTK_IS_SWITCH (field->widget)
                ? gtk_switch_get_active (GTK_SWITCH (field->widget))
                : gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (field->widget));
      return;
    }
  {
    KonkursTestRule *test = g_ptr_array_index (rule->tests, field->test);
    int value = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (field->widget));

    if (field->part < 0)
      test->pass_score = value;
    else
      ((KonkursTestPartRule *) g_ptr_array_index (test->parts, field->part))->min_score = value;
  }
}

/* The rules as the fields say (of KonkursStageRule). */
static GPtrArray *
read_fields (KonkursStageRulesDialog *self)
{
  GPtrArray *rules = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_stage_rule_free);

  for (guint i = 0; i < self->rules->len; i++)
    g_ptr_array_add (rules, konkurs_stage_rule_copy (g_ptr_array_index (self->rules, i)));
  for (guint i = 0; i < self->fields->len; i++)
    read_field (&g_array_index (self->fields, Field, i), rules);
  return rules;
}

/* The field of stage @stage that @problem (of konkurs_stage_rule_check())
 * is about: the threshold above the maximum, the weights that do not add
 * up; else the stage's first field (pass marks and minimums cannot leave
 * their ranges here). */
static GtkWidget *
field_at_fault (KonkursStageRulesDialog *self,
                guint                    stage,
                const char              *problem)
{
  gsize offset = 0;

  if (g_strcmp0 (problem, "The threshold of the stage is above its maximum score.") == 0)
    offset = G_STRUCT_OFFSET (KonkursStageRule, threshold);
  else if (g_strcmp0 (problem, "The weights of the assessment centre must add up to 100 percent.") == 0)
    offset = G_STRUCT_OFFSET (KonkursStageRule, weight_a);
  for (guint i = 0; offset != 0 && i < self->fields->len; i++)
    {
      const Field *field = &g_array_index (self->fields, Field, i);

      if (field->stage == (int) stage && field->test < 0 && field->offset == offset)
        return field->widget;
    }
  return g_array_index (self->first, GtkWidget *, stage);
}

static GtkWidget *
konkurs_stage_rules_dialog_validate (KonkursEditDialog *dialog)
{
  KonkursStageRulesDialog *self = KONKURS_STAGE_RULES_DIALOG (dialog);
  g_autoptr(GPtrArray) rules = read_fields (self);
  g_autofree char *message = NULL;
  GtkWidget *wrong = NULL;

  for (guint i = 0; i < self->fields->len; i++)
    konkurs_ui_show_field_error (g_array_index (self->fields, Field, i).widget, NULL, NULL);
  for (guint i = 0; wrong == NULL && i < rules->len; i++)
    {
      const KonkursStageRule *rule = g_ptr_array_index (rules, i);
      const char *problem = konkurs_stage_rule_check (rule);

      if (problem == NULL)
        continue;
      wrong = field_at_fault (self, i, problem);
      /* Translators: "Stage 2 (Testing): The pass mark of a test must be…" */
      message = g_strdup_printf (_("Stage %d (%s): %s"), rule->ordinal,
                                 _(konkurs_stage_kind_get_label (rule->kind)), _(problem));
    }
  konkurs_ui_show_field_error (wrong != NULL ? wrong : g_array_index (self->first, GtkWidget *, 0),
                               self->error_label, message);
  return wrong;
}

static gboolean
konkurs_stage_rules_dialog_save (KonkursEditDialog  *dialog,
                                 GError            **error)
{
  KonkursStageRulesDialog *self = KONKURS_STAGE_RULES_DIALOG (dialog);
  g_autoptr(GPtrArray) rules = read_fields (self);

  if (!konkurs_store_save_stage_rules (self->store, konkurs_rule_set_get_id (self->rule_set), self->track, rules,
                                       error))
    return FALSE;
  g_signal_emit (self, signals[SAVED], 0);
  return TRUE;
}

static void
add_field (KonkursStageRulesDialog *self,
           AdwPreferencesGroup     *group,
           Field                    field,
           const char              *title,
           const char              *subtitle,
           int                      value,
           int                      max)
{
  GtkWidget *row = adw_action_row_new ();

  if (field.widget == NULL)
    {
      field.widget = gtk_spin_button_new_with_range (0, max, 1);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (field.widget), value);
      gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (field.widget), TRUE);
      /* Enter saves, as in an entry (GtkSpinButton says so itself only
       * from GTK 4.14). */
      gtk_text_set_activates_default (GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (field.widget))), TRUE);
    }
  else
    gtk_switch_set_active (GTK_SWITCH (field.widget), value != 0);
  gtk_widget_set_valign (field.widget, GTK_ALIGN_CENTER);
  konkurs_ui_set_field_name (field.widget, title);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), field.widget);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), field.widget);
  adw_preferences_group_add (group, row);
  g_array_append_val (self->fields, field);
  if (self->first->len <= (guint) field.stage)
    g_array_append_val (self->first, field.widget);
}

static void
add_numbers (KonkursStageRulesDialog *self,
             AdwPreferencesGroup     *group,
             const KonkursStageRule  *rule,
             int                      stage,
             const NumberField       *numbers,
             guint                    n_numbers)
{
  for (guint i = 0; i < n_numbers; i++)
    {
      Field field = { NULL, stage, -1, -1, numbers[i].offset };

      add_field (self, group, field, _(numbers[i].title), numbers[i].subtitle != NULL ? _(numbers[i].subtitle) : NULL,
                 G_STRUCT_MEMBER (int, rule, numbers[i].offset), numbers[i].max);
    }
}

/* "Legislation: pass mark": the names of tests are written to stand
 * inside a sentence ("знание законодательства"), a field's title starts
 * with a capital. */
static char *
field_title (const char *format,
             const char *code)
{
  return konkurs_text_capitalise (konkurs_text_expand_string (format, konkurs_stage_test_label (NULL, code)));
}

static void
add_tests (KonkursStageRulesDialog *self,
           AdwPreferencesGroup     *group,
           const KonkursStageRule  *rule,
           int                      stage)
{
  for (guint t = 0; t < rule->tests->len; t++)
    {
      const KonkursTestRule *test = g_ptr_array_index (rule->tests, t);
      g_autofree char *title = field_title (_("%s: pass mark"), test->code);
      g_autofree char *of = g_strdup_printf (_("of %d; 0: none"), test->max_score);
      Field field = { NULL, stage, t, -1, 0 };

      add_field (self, group, field, title, of, test->pass_score, test->max_score);
      for (guint p = 0; p < test->parts->len; p++)
        {
          const KonkursTestPartRule *part = g_ptr_array_index (test->parts, p);
          g_autofree char *part_title = field_title (_("%s: minimum"), part->code);
          g_autofree char *part_of = g_strdup_printf (_("of %d; 0: none"), part->max_score);
          Field part_field = { NULL, stage, t, p, 0 };

          add_field (self, group, part_field, part_title, part_of, part->min_score, part->max_score);
        }
    }
}

static void
add_stage (KonkursStageRulesDialog *self,
           const KonkursStageRule  *rule,
           int                      stage)
{
  g_autofree char *title = g_strdup_printf ("%d. %s", rule->ordinal, _(konkurs_stage_kind_get_label (rule->kind)));
  AdwPreferencesGroup *group = konkurs_ui_append_group (self->stages_box, title, NULL);
  Field ties = { gtk_switch_new (), stage, -1, -1, G_STRUCT_OFFSET (KonkursStageRule, ties_go_on) };
  Field sole = { gtk_switch_new (), stage, -1, -1, G_STRUCT_OFFSET (KonkursStageRule, sole_goes_on) };

  gtk_widget_set_name (GTK_WIDGET (group), konkurs_stage_kind_to_code (rule->kind));
  /* A stage without a score (the documents, the decision) has no marks or
   * places: only its duration, for the calendar. */
  if (rule->score == KONKURS_STAGE_SCORE_NONE)
    {
      add_numbers (self, group, rule, stage, &number_fields[G_N_ELEMENTS (number_fields) - 1], 1);
      g_object_unref (g_object_ref_sink (ties.widget));
      g_object_unref (g_object_ref_sink (sole.widget));
      return;
    }
  add_numbers (self, group, rule, stage, number_fields, G_N_ELEMENTS (number_fields));
  if (rule->score == KONKURS_STAGE_SCORE_ASSESSMENT_CENTRE)
    add_numbers (self, group, rule, stage, weight_fields, G_N_ELEMENTS (weight_fields));
  add_field (self, group, ties, _("Everyone tied at the cut-off goes on"),
             _("Otherwise none of those tied at the last place goes on"), rule->ties_go_on, 1);
  add_field (self, group, sole, _("A sole applicant goes on"),
             _("Whatever the places, when they meet the marks"), rule->sole_goes_on, 1);
  add_tests (self, group, rule, stage);
}

static void
konkurs_stage_rules_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KONKURS_TYPE_STAGE_RULES_DIALOG);

  G_OBJECT_CLASS (konkurs_stage_rules_dialog_parent_class)->dispose (object);
}

static void
konkurs_stage_rules_dialog_finalize (GObject *object)
{
  KonkursStageRulesDialog *self = KONKURS_STAGE_RULES_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->rule_set);
  g_clear_pointer (&self->rules, g_ptr_array_unref);
  g_clear_pointer (&self->fields, g_array_unref);
  g_clear_pointer (&self->first, g_array_unref);

  G_OBJECT_CLASS (konkurs_stage_rules_dialog_parent_class)->finalize (object);
}

static void
konkurs_stage_rules_dialog_class_init (KonkursStageRulesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KonkursEditDialogClass *dialog_class = KONKURS_EDIT_DIALOG_CLASS (klass);

  object_class->dispose = konkurs_stage_rules_dialog_dispose;
  object_class->finalize = konkurs_stage_rules_dialog_finalize;
  dialog_class->validate = konkurs_stage_rules_dialog_validate;
  dialog_class->save = konkurs_stage_rules_dialog_save;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/konkurs/Konkurs/rulesets/konkurs-stage-rules-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursStageRulesDialog, stages_box);
  gtk_widget_class_bind_template_child (widget_class, KonkursStageRulesDialog, error_label);
}

static void
konkurs_stage_rules_dialog_init (KonkursStageRulesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rules = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_stage_rule_free);
  self->fields = g_array_new (FALSE, FALSE, sizeof (Field));
  self->first = g_array_new (FALSE, FALSE, sizeof (GtkWidget *));
}

KonkursStageRulesDialog *
konkurs_stage_rules_dialog_new (GtkWindow      *parent,
                                KonkursStore   *store,
                                KonkursRuleSet *rule_set,
                                KonkursTrack    track)
{
  KonkursStageRulesDialog *self;
  GPtrArray *rules;
  g_autofree char *title = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KONKURS_IS_STORE (store), NULL);
  g_return_val_if_fail (KONKURS_IS_RULE_SET (rule_set), NULL);

  rules = konkurs_rule_set_get_stage_rules (rule_set, track);
  g_return_val_if_fail (rules->len > 0, NULL);
  self = g_object_new (KONKURS_TYPE_STAGE_RULES_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->rule_set = g_object_ref (rule_set);
  self->track = track;
  /* Translators: the title of the dialog, "Stages: Leadership positions" */
  title = g_strdup_printf (_("Stages: %s"), _(konkurs_track_get_label (track)));
  gtk_window_set_title (GTK_WINDOW (self), title);
  for (guint i = 0; i < rules->len; i++)
    {
      g_ptr_array_add (self->rules, konkurs_stage_rule_copy (g_ptr_array_index (rules, i)));
      add_stage (self, g_ptr_array_index (rules, i), i);
    }
  konkurs_edit_dialog_start_editing (KONKURS_EDIT_DIALOG (self));
  return self;
}
