/* konkurs-essay-rule-dialog.c — how the essays of one track of a rule set
 * are graded: who grades, how their scores combine, and the criteria
 *
 * The criteria are an editable list (add, remove, move), each one a group
 * of its own with its code, names and descriptions in both languages and
 * its points.  Every change is checked with konkurs_essay_rule_check(), the
 * store's own check, and the field at fault is marked; a grader's total is
 * shown as the criteria are typed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-essay-rule-dialog.h"
#include "konkurs-store-stages.h"
#include "konkurs-text.h"
#include "konkurs-ui-fields.h"

/* The numbers of the rule that are a plain spin button, by their offset
 * in KonkursEssayRule. */
typedef struct {
  const char *title;
  const char *subtitle;
  gsize       offset;
  int         max;
} NumberField;

static const NumberField number_fields[] = {
  { N_("Spread limit, points"), N_("The essay needs resolution when its graders’ totals differ by more"),
    G_STRUCT_OFFSET (KonkursEssayRule, spread_limit), 1000 },
  { N_("Conflict of interest, years"),
    N_("An expert does not grade a candidate who worked at the expert’s employer within these years"),
    G_STRUCT_OFFSET (KonkursEssayRule, conflict_years), 50 },
  { N_("Words at most"), N_("0: no limit"), G_STRUCT_OFFSET (KonkursEssayRule, max_words), 100000 },
  { N_("Minutes at most"), N_("0: no limit"), G_STRUCT_OFFSET (KonkursEssayRule, max_minutes), 1440 },
};

/* The fields of one criterion. */
typedef struct {
  GtkWidget *group;
  GtkWidget *code;
  GtkWidget *name_kk;
  GtkWidget *name_ru;
  GtkWidget *description_kk;
  GtkWidget *description_ru;
  GtkWidget *min_points;
  GtkWidget *max_points;
} CriterionFields;

struct _KonkursEssayRuleDialog
{
  KonkursEditDialog  parent_instance;

  KonkursStore      *store;
  KonkursRuleSet    *rule_set;
  KonkursEssayRule  *rule;      /* as read; its criteria as last laid out */
  GtkWidget         *numbers[G_N_ELEMENTS (number_fields)];
  GArray            *criteria;  /* of CriterionFields, in order */

  AdwPreferencesGroup *graders_group;
  GtkWidget         *graders[2];   /* check buttons, by graders_codes */
  GtkWidget         *per_essay_row;
  GtkSpinButton     *graders_per_essay;
  GtkWidget         *share_row;
  GtkSpinButton     *share_numerator;
  GtkSpinButton     *share_denominator;
  AdwPreferencesGroup *numbers_group;
  AdwPreferencesGroup *fourth_group;
  GtkWidget         *fourth[2];    /* check buttons, by fourth_codes */
  GtkWidget         *add_button;
  GtkLabel          *total_label;
  GtkBox            *criteria_box;
  GtkLabel          *error_label;
};

G_DEFINE_FINAL_TYPE (KonkursEssayRuleDialog, konkurs_essay_rule_dialog, KONKURS_TYPE_EDIT_DIALOG)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The choices, in the order they are shown. */
static const KonkursEssayGraders graders_codes[] = { KONKURS_ESSAY_GRADERS_EXPERTS, KONKURS_ESSAY_GRADERS_COMMISSION };
static const KonkursEssayFourthRule fourth_codes[] = { KONKURS_ESSAY_FOURTH_DROP_FARTHEST,
                                                       KONKURS_ESSAY_FOURTH_MEAN_OF_ALL };

static char *
stripped (GtkWidget *editable)
{
  return konkurs_ui_get_stripped_text (GTK_EDITABLE (editable));
}

static int
spin_value (GtkWidget *spin)
{
  return gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin));
}

static KonkursEssayCriterion *
read_criterion (const CriterionFields *fields)
{
  g_autofree char *code = stripped (fields->code);
  g_autofree char *name_kk = stripped (fields->name_kk), *name_ru = stripped (fields->name_ru);
  g_autofree char *description_kk = stripped (fields->description_kk);
  g_autofree char *description_ru = stripped (fields->description_ru);
  g_autoptr(KonkursLocalText) name = konkurs_local_text_new (name_kk, name_ru);
  g_autoptr(KonkursLocalText) description = konkurs_local_text_new (description_kk, description_ru);

  return konkurs_essay_criterion_new (code, name, description, spin_value (fields->min_points),
                                      spin_value (fields->max_points));
}

/* The rule as the fields say. */
static KonkursEssayRule *
read_fields (KonkursEssayRuleDialog *self)
{
  KonkursEssayRule *rule = konkurs_essay_rule_new (self->rule->track);

  for (guint i = 0; i < G_N_ELEMENTS (graders_codes); i++)
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->graders[i])))
      rule->graders = graders_codes[i];
  for (guint i = 0; i < G_N_ELEMENTS (fourth_codes); i++)
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->fourth[i])))
      rule->fourth_rule = fourth_codes[i];
  rule->graders_per_essay = gtk_spin_button_get_value_as_int (self->graders_per_essay);
  rule->min_share_numerator = gtk_spin_button_get_value_as_int (self->share_numerator);
  rule->min_share_denominator = gtk_spin_button_get_value_as_int (self->share_denominator);
  for (guint i = 0; i < G_N_ELEMENTS (number_fields); i++)
    G_STRUCT_MEMBER (int, rule, number_fields[i].offset) = spin_value (self->numbers[i]);
  for (guint i = 0; i < self->criteria->len; i++)
    g_ptr_array_add (rule->criteria, read_criterion (&g_array_index (self->criteria, CriterionFields, i)));
  return rule;
}

/* The field konkurs_essay_rule_check() is about, in the order it checks;
 * the spin buttons keep every other number in its range. */
static GtkWidget *
field_at_fault (KonkursEssayRuleDialog *self,
                const KonkursEssayRule *rule)
{
  if (rule->min_share_numerator > rule->min_share_denominator)
    return GTK_WIDGET (self->share_numerator);
  if (rule->criteria->len == 0)
    return self->add_button;
  for (guint i = 0; i < rule->criteria->len; i++)
    {
      const KonkursEssayCriterion *criterion = g_ptr_array_index (rule->criteria, i);
      const CriterionFields *fields = &g_array_index (self->criteria, CriterionFields, i);

      if (konkurs_text_is_blank (criterion->code))
        return fields->code;
      if (konkurs_local_text_is_blank (criterion->name))
        return fields->name_kk;
      if (criterion->min_points > criterion->max_points)
        return fields->min_points;
      for (guint j = 0; j < i; j++)
        if (g_str_equal (((KonkursEssayCriterion *) g_ptr_array_index (rule->criteria, j))->code, criterion->code))
          return fields->code;
    }
  return self->graders[0];
}

static void
clear_errors (KonkursEssayRuleDialog *self)
{
  GtkWidget *fields[] = { GTK_WIDGET (self->share_numerator), self->add_button };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    konkurs_ui_show_field_error (fields[i], NULL, NULL);
  for (guint i = 0; i < self->criteria->len; i++)
    {
      const CriterionFields *c = &g_array_index (self->criteria, CriterionFields, i);

      konkurs_ui_show_field_error (c->code, NULL, NULL);
      konkurs_ui_show_field_error (c->name_kk, NULL, NULL);
      konkurs_ui_show_field_error (c->min_points, NULL, NULL);
    }
}

static GtkWidget *
konkurs_essay_rule_dialog_validate (KonkursEditDialog *dialog)
{
  KonkursEssayRuleDialog *self = KONKURS_ESSAY_RULE_DIALOG (dialog);
  g_autoptr(KonkursEssayRule) rule = read_fields (self);
  g_autofree char *problem = konkurs_essay_rule_check (rule);
  g_autofree char *total = konkurs_text_expand_pair (_("from %u to %u points"),
                                                     (guint) konkurs_essay_rule_get_min_total (rule),
                                                     (guint) konkurs_essay_rule_get_max_total (rule));
  gboolean commission = rule->graders == KONKURS_ESSAY_GRADERS_COMMISSION;
  GtkWidget *wrong;

  gtk_label_set_text (self->total_label, total);
  /* Who grades decides which of the two counts applies. */
  gtk_widget_set_visible (self->per_essay_row, !commission);
  gtk_widget_set_visible (self->share_row, commission);
  clear_errors (self);
  wrong = problem != NULL ? field_at_fault (self, rule) : NULL;
  konkurs_ui_show_field_error (wrong != NULL ? wrong : self->graders[0], self->error_label, problem);
  return wrong;
}

static gboolean
konkurs_essay_rule_dialog_save (KonkursEditDialog  *dialog,
                                GError            **error)
{
  KonkursEssayRuleDialog *self = KONKURS_ESSAY_RULE_DIALOG (dialog);
  g_autoptr(KonkursEssayRule) rule = read_fields (self);

  if (!konkurs_store_save_essay_rule (self->store, konkurs_rule_set_get_id (self->rule_set), rule, error))
    return FALSE;
  g_signal_emit (self, signals[SAVED], 0);
  return TRUE;
}

/* The criteria list */

static GtkWidget *
add_entry (AdwPreferencesGroup *group,
           const char          *title,
           const char          *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  konkurs_ui_label_entry_row (ADW_ENTRY_ROW (row));
  adw_preferences_group_add (group, row);
  return row;
}

static GtkWidget *
add_spin (AdwPreferencesGroup *group,
          const char          *title,
          const char          *subtitle,
          int                  value,
          int                  max)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, max, 1);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  /* Enter saves, as in an entry (GtkSpinButton says so itself only from
   * GTK 4.14). */
  gtk_text_set_activates_default (GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (spin))), TRUE);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  konkurs_ui_set_field_name (spin, title);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  adw_preferences_group_add (group, row);
  return spin;
}

static GtkWidget *
icon_button (const char *icon,
             const char *tooltip,
             const char *action,
             guint       index,
             gboolean    sensitive)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  konkurs_ui_name_widget (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "u", index);
  gtk_widget_set_sensitive (button, sensitive);
  return button;
}

static void
add_criterion_fields (KonkursEssayRuleDialog      *self,
                      const KonkursEssayCriterion *criterion,
                      guint                        index,
                      guint                        n)
{
  /* Translators: the heading of one criterion of an essay, "Criterion 2" */
  g_autofree char *title = g_strdup_printf (_("Criterion %u"), index + 1);
  AdwPreferencesGroup *group = konkurs_ui_append_group (self->criteria_box, title, NULL);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  g_autofree char *name = g_strdup_printf ("criterion-%u", index + 1);
  CriterionFields fields = { GTK_WIDGET (group) };

  gtk_widget_set_name (GTK_WIDGET (group), name);
  gtk_widget_set_valign (buttons, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (buttons), icon_button ("go-up-symbolic", _("Move Up"), "essay-rule.move-up", index,
                                                  index > 0));
  gtk_box_append (GTK_BOX (buttons), icon_button ("go-down-symbolic", _("Move Down"), "essay-rule.move-down", index,
                                                  index + 1 < n));
  gtk_box_append (GTK_BOX (buttons), icon_button ("user-trash-symbolic", _("Remove Criterion"), "essay-rule.remove",
                                                  index, TRUE));
  adw_preferences_group_set_header_suffix (group, buttons);
  fields.code = add_entry (group, _("Code"), criterion->code);
  fields.name_kk = add_entry (group, _("Kazakh name of the criterion"),
                              konkurs_local_text_get (criterion->name, KONKURS_DOC_LANGUAGE_KK));
  fields.name_ru = add_entry (group, _("Russian name of the criterion"),
                              konkurs_local_text_get (criterion->name, KONKURS_DOC_LANGUAGE_RU));
  fields.description_kk = add_entry (group, _("What earns the points, in Kazakh"),
                                     konkurs_local_text_get (criterion->description, KONKURS_DOC_LANGUAGE_KK));
  fields.description_ru = add_entry (group, _("What earns the points, in Russian"),
                                     konkurs_local_text_get (criterion->description, KONKURS_DOC_LANGUAGE_RU));
  fields.min_points = add_spin (group, _("Lowest points"), NULL, criterion->min_points, 1000);
  fields.max_points = add_spin (group, _("Highest points"), NULL, criterion->max_points, 1000);
  g_array_append_val (self->criteria, fields);
}

/* Lays the criteria of @criteria (of KonkursEssayCriterion) out again, after
 * one was added, removed or moved. */
static void
lay_out_criteria (KonkursEssayRuleDialog *self,
                  GPtrArray              *criteria)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->criteria_box))) != NULL)
    gtk_box_remove (self->criteria_box, child);
  g_array_set_size (self->criteria, 0);
  for (guint i = 0; i < criteria->len; i++)
    add_criterion_fields (self, g_ptr_array_index (criteria, i), i, criteria->len);
}

/* Reads the fields, lets @change rearrange the criteria, and lays them out
 * again: a structural change is unsaved input like any other. */
static void
change_criteria (KonkursEssayRuleDialog *self,
                 void                  (*change) (GPtrArray *criteria, guint index),
                 guint                   index)
{
  g_autoptr(KonkursEssayRule) rule = read_fields (self);

  change (rule->criteria, index);
  lay_out_criteria (self, rule->criteria);
  konkurs_edit_dialog_watch (KONKURS_EDIT_DIALOG (self), GTK_WIDGET (self->criteria_box));
  konkurs_edit_dialog_changed (KONKURS_EDIT_DIALOG (self));
}

static void
append_new (GPtrArray *criteria,
            guint      index)
{
  g_autofree char *code = NULL;
  g_autoptr(KonkursLocalText) empty = konkurs_local_text_new (NULL, NULL);

  /* a code no other criterion has: the secretary may keep it */
  for (guint n = criteria->len + 1; code == NULL; n++)
    {
      g_autofree char *candidate = g_strdup_printf ("criterion-%u", n);
      gboolean taken = FALSE;

      for (guint i = 0; i < criteria->len; i++)
        taken |= g_str_equal (((KonkursEssayCriterion *) g_ptr_array_index (criteria, i))->code, candidate);
      if (!taken)
        code = g_steal_pointer (&candidate);
    }
  g_ptr_array_add (criteria, konkurs_essay_criterion_new (code, empty, empty, 0, 2));
}

static void
swap_with_previous (GPtrArray *criteria,
                    guint      index)
{
  gpointer moved;

  if (index == 0 || index >= criteria->len)
    return;
  moved = criteria->pdata[index];
  criteria->pdata[index] = criteria->pdata[index - 1];
  criteria->pdata[index - 1] = moved;
}

static void
swap_with_next (GPtrArray *criteria,
                guint      index)
{
  swap_with_previous (criteria, index + 1);
}

static void
remove_at (GPtrArray *criteria,
           guint      index)
{
  if (index < criteria->len)
    g_ptr_array_remove_index (criteria, index);
}

static void
criteria_action (GtkWidget  *widget,
                 const char *action,
                 GVariant   *parameter)
{
  KonkursEssayRuleDialog *self = KONKURS_ESSAY_RULE_DIALOG (widget);
  guint index = parameter != NULL ? g_variant_get_uint32 (parameter) : 0;

  if (g_str_equal (action, "essay-rule.add-criterion"))
    {
      change_criteria (self, append_new, 0);
      gtk_widget_grab_focus (g_array_index (self->criteria, CriterionFields, self->criteria->len - 1).name_kk);
    }
  else if (g_str_equal (action, "essay-rule.move-up"))
    change_criteria (self, swap_with_previous, index);
  else if (g_str_equal (action, "essay-rule.move-down"))
    change_criteria (self, swap_with_next, index);
  else if (g_str_equal (action, "essay-rule.remove"))
    change_criteria (self, remove_at, index);
}

/* Filling the fields */

/* One row with a check button per choice of @labels (N_() msgids), in
 * one group of radio buttons, @selected checked. */
static void
add_choices (AdwPreferencesGroup *group,
             const char * const  *labels,
             guint                n,
             guint                selected,
             GtkWidget          **checks)
{
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = adw_action_row_new ();

      checks[i] = gtk_check_button_new ();
      gtk_widget_set_valign (checks[i], GTK_ALIGN_CENTER);
      if (i > 0)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (checks[i]), GTK_CHECK_BUTTON (checks[0]));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (checks[i]), i == selected);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(labels[i]));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), checks[i]);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), checks[i]);
      adw_preferences_group_add (group, row);
    }
}

static void
fill_fields (KonkursEssayRuleDialog *self)
{
  const KonkursEssayRule *rule = self->rule;
  const char *graders[G_N_ELEMENTS (graders_codes)], *fourth[G_N_ELEMENTS (fourth_codes)];
  guint graders_at = 0, fourth_at = 0;

  for (guint i = 0; i < G_N_ELEMENTS (graders_codes); i++)
    {
      graders[i] = konkurs_essay_graders_get_label (graders_codes[i]);
      graders_at = graders_codes[i] == rule->graders ? i : graders_at;
    }
  for (guint i = 0; i < G_N_ELEMENTS (fourth_codes); i++)
    {
      fourth[i] = konkurs_essay_fourth_rule_get_label (fourth_codes[i]);
      fourth_at = fourth_codes[i] == rule->fourth_rule ? i : fourth_at;
    }
  add_choices (self->graders_group, graders, G_N_ELEMENTS (graders), graders_at, self->graders);
  add_choices (self->fourth_group, fourth, G_N_ELEMENTS (fourth), fourth_at, self->fourth);
  gtk_spin_button_set_value (self->graders_per_essay, rule->graders_per_essay);
  gtk_spin_button_set_value (self->share_numerator, rule->min_share_numerator);
  gtk_spin_button_set_value (self->share_denominator, rule->min_share_denominator);
  for (guint i = 0; i < G_N_ELEMENTS (number_fields); i++)
    self->numbers[i] = add_spin (self->numbers_group, _(number_fields[i].title), _(number_fields[i].subtitle),
                                 G_STRUCT_MEMBER (int, rule, number_fields[i].offset), number_fields[i].max);
  lay_out_criteria (self, rule->criteria);
}

static void
konkurs_essay_rule_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KONKURS_TYPE_ESSAY_RULE_DIALOG);

  G_OBJECT_CLASS (konkurs_essay_rule_dialog_parent_class)->dispose (object);
}

static void
konkurs_essay_rule_dialog_finalize (GObject *object)
{
  KonkursEssayRuleDialog *self = KONKURS_ESSAY_RULE_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->rule_set);
  g_clear_pointer (&self->rule, konkurs_essay_rule_free);
  g_clear_pointer (&self->criteria, g_array_unref);

  G_OBJECT_CLASS (konkurs_essay_rule_dialog_parent_class)->finalize (object);
}

static void
konkurs_essay_rule_dialog_class_init (KonkursEssayRuleDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KonkursEditDialogClass *dialog_class = KONKURS_EDIT_DIALOG_CLASS (klass);

  object_class->dispose = konkurs_essay_rule_dialog_dispose;
  object_class->finalize = konkurs_essay_rule_dialog_finalize;
  dialog_class->validate = konkurs_essay_rule_dialog_validate;
  dialog_class->save = konkurs_essay_rule_dialog_save;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/konkurs/Konkurs/rulesets/konkurs-essay-rule-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, KonkursEssayRuleDialog, name)
  BIND (graders_group);
  BIND (per_essay_row);
  BIND (graders_per_essay);
  BIND (share_row);
  BIND (share_numerator);
  BIND (share_denominator);
  BIND (numbers_group);
  BIND (fourth_group);
  BIND (add_button);
  BIND (total_label);
  BIND (criteria_box);
  BIND (error_label);
#undef BIND

  gtk_widget_class_install_action (widget_class, "essay-rule.add-criterion", NULL, criteria_action);
  gtk_widget_class_install_action (widget_class, "essay-rule.move-up", "u", criteria_action);
  gtk_widget_class_install_action (widget_class, "essay-rule.move-down", "u", criteria_action);
  gtk_widget_class_install_action (widget_class, "essay-rule.remove", "u", criteria_action);
}

static void
konkurs_essay_rule_dialog_init (KonkursEssayRuleDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->criteria = g_array_new (FALSE, FALSE, sizeof (CriterionFields));
}

KonkursEssayRuleDialog *
konkurs_essay_rule_dialog_new (GtkWindow      *parent,
                               KonkursStore   *store,
                               KonkursRuleSet *rule_set,
                               KonkursTrack    track)
{
  KonkursEssayRuleDialog *self;
  const KonkursEssayRule *rule;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KONKURS_IS_STORE (store), NULL);
  g_return_val_if_fail (KONKURS_IS_RULE_SET (rule_set), NULL);

  rule = konkurs_rule_set_get_essay_rule (rule_set, track);
  g_return_val_if_fail (rule != NULL, NULL);
  self = g_object_new (KONKURS_TYPE_ESSAY_RULE_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->rule_set = g_object_ref (rule_set);
  self->rule = konkurs_essay_rule_copy (rule);
  /* The track's name is too long for the title in Kazakh and Russian. */
  adw_preferences_group_set_description (self->graders_group, _(konkurs_track_get_label (track)));
  fill_fields (self);
  konkurs_edit_dialog_start_editing (KONKURS_EDIT_DIALOG (self));
  konkurs_edit_dialog_validate (KONKURS_EDIT_DIALOG (self));
  return self;
}
