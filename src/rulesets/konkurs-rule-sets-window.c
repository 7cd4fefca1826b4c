/* konkurs-rule-sets-window.c — the rule sets of the database: their
 * orders, validity per scope and values; copying one and editing a copy
 *
 * A window of its own rather than a page of Preferences: the rules are a
 * register the secretary reads beside the competitions (which order, from
 * when, for which competitions), and an edit is a deliberate act with its
 * own checks (dates that must not overlap another rule set's), saved with
 * a button, not as it is typed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-essay-rule-dialog.h"
#include "konkurs-rule-set-copy-dialog.h"
#include "konkurs-rule-set-dialog.h"
#include "konkurs-rule-sets-window.h"
#include "konkurs-text.h"
#include "konkurs-stage-rules-dialog.h"
#include "konkurs-store-rule-sets.h"
#include "konkurs-ui-dates.h"
#include "konkurs-ui-fields.h"

struct _KonkursRuleSetsWindow
{
  AdwWindow        parent_instance;

  GtkListBox      *list;
  GtkBox          *details;
  AdwToastOverlay *toasts;

  KonkursStore    *store;
  KonkursRuleSet  *selected;   /* as shown */
  guint            n_bound;    /* competitions bound to it */
  gboolean         filling;
};

G_DEFINE_FINAL_TYPE (KonkursRuleSetsWindow, konkurs_rule_sets_window, ADW_TYPE_WINDOW)

/* "01.01.2026 – 31.03.2026", "from 01.04.2026", or "Not in force". */
static char *
describe_validity (KonkursRuleSet   *rule_set,
                   KonkursRuleScope  scope)
{
  g_autofree char *from_text = NULL, *until_text = NULL;
  GDate from, until;

  if (!konkurs_rule_set_get_validity (rule_set, scope, &from, &until))
    return g_strdup (_("Not in force"));
  from_text = konkurs_ui_format_date (&from);
  if (!g_date_valid (&until))
    /* TRANSLATORS: a rule set with no end date: "from 01.04.2026" */
    return g_strdup_printf (_("from %s"), from_text);
  until_text = konkurs_ui_format_date (&until);
  return g_strdup_printf ("%s – %s", from_text, until_text);
}

static char *
describe_bound (guint n_bound)
{
  if (n_bound == 0)
    return g_strdup (_("No competitions yet"));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u competition", "%u competitions", n_bound), n_bound);
}

static GtkWidget *
caption (const char *text,
         gboolean    dim)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "caption");
  if (dim)
    gtk_widget_add_css_class (label, "dim-label");
  return label;
}

/* A row of the list: the name, the order, the dates per scope and the
 * competitions bound. */
static GtkWidget *
make_list_row (KonkursRuleSet *rule_set,
               guint           n_bound)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *name = gtk_label_new (konkurs_rule_set_get_name (rule_set));
  const KonkursLocalText *source = konkurs_rule_set_get_source (rule_set);
  g_autofree char *bound = describe_bound (n_bound);
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_widget_add_css_class (name, "heading");
  gtk_box_append (GTK_BOX (box), name);
  if (source != NULL)
    gtk_box_append (GTK_BOX (box), caption (konkurs_local_text_get_display (source), TRUE));
  for (KonkursRuleScope scope = KONKURS_RULE_SCOPE_GENERAL; scope <= KONKURS_RULE_SCOPE_YOUTH_RESERVE; scope++)
    {
      g_autofree char *dates = describe_validity (rule_set, scope);
      g_autofree char *line = g_strdup_printf ("%s: %s", _(konkurs_rule_scope_get_label (scope)), dates);

      gtk_box_append (GTK_BOX (box), caption (line, FALSE));
    }
  gtk_box_append (GTK_BOX (box), caption (bound, TRUE));
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "rule-set", g_object_ref (rule_set), g_object_unref);
  g_object_set_data (G_OBJECT (row), "n-bound", GUINT_TO_POINTER (n_bound));
  gtk_widget_set_name (row, konkurs_rule_set_get_code (rule_set));
  return row;
}

static GtkWidget *
value_row (const char *title,
           const char *value,
           const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  return row;
}

static GtkWidget *
group (KonkursRuleSetsWindow *self,
       const char            *title,
       const char            *description)
{
  return GTK_WIDGET (konkurs_ui_append_group (self->details, title, description));
}

static void
show_header (KonkursRuleSetsWindow *self,
             KonkursRuleSet        *rule_set)
{
  const KonkursLocalText *source = konkurs_rule_set_get_source (rule_set);
  g_autofree char *status = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (konkurs_rule_set_get_name (rule_set));
  g_autofree char *code = g_strdup_printf (_("Code: %s"), konkurs_rule_set_get_code (rule_set));

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_selectable (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "title-2");
  gtk_box_append (GTK_BOX (box), title);
  if (source != NULL)
    gtk_box_append (GTK_BOX (box), caption (konkurs_local_text_get_display (source), FALSE));
  gtk_box_append (GTK_BOX (box), caption (code, TRUE));

  if (self->n_bound > 0)
    status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u competition was announced under these rules, so they can no longer "
                                           "change: it keeps them to its end. Copy them to change them for new "
                                           "competitions.",
                                           "%u competitions were announced under these rules, so they can no longer "
                                           "change: each keeps them to its end. Copy them to change them for new "
                                           "competitions.",
                                           self->n_bound),
                              self->n_bound);
  else
    status = g_strdup (_("No competition was announced under these rules yet: they may still be edited."));
  {
    GtkWidget *label = caption (status, FALSE);

    gtk_widget_remove_css_class (label, "caption");
    gtk_widget_add_css_class (label, self->n_bound > 0 ? "dim-label" : "success");
    gtk_widget_set_name (label, "rule-set-status");
    gtk_box_append (GTK_BOX (box), label);
  }
  gtk_box_append (self->details, box);
}

static void
show_validity (KonkursRuleSetsWindow *self,
               KonkursRuleSet        *rule_set)
{
  GtkWidget *dates = group (self, _("In Force"), _("The competitions announced on these dates are bound to "
                                                   "these rules, and keep them"));

  for (KonkursRuleScope scope = KONKURS_RULE_SCOPE_GENERAL; scope <= KONKURS_RULE_SCOPE_YOUTH_RESERVE; scope++)
    {
      g_autofree char *text = describe_validity (rule_set, scope);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (dates),
                                 value_row (_(konkurs_rule_scope_get_label (scope)), text, NULL));
    }
}

static void
show_values (KonkursRuleSetsWindow *self,
             KonkursRuleSet        *rule_set)
{
  GtkWidget *values = group (self, _("Values"), NULL);
  g_auto(GStrv) keys = konkurs_rule_set_list_keys (rule_set);

  for (guint i = 0; keys[i] != NULL; i++)
    {
      const char *label = konkurs_rule_key_get_label (keys[i]);
      g_autofree char *value = NULL;
      int number = 0;

      konkurs_rule_set_lookup_int (rule_set, keys[i], &number);
      value = g_strdup_printf ("%d", number);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (values),
                                 value_row (label != NULL ? _(label) : keys[i], value, NULL));
    }
}

static void
show_procedures_and_sectors (KonkursRuleSetsWindow *self,
                             KonkursRuleSet        *rule_set)
{
  static const KonkursProcedure procedures[] = { KONKURS_PROCEDURE_CIVIL_SERVICE, KONKURS_PROCEDURE_YOUTH_RESERVE };
  GtkWidget *names = group (self, _("Procedures"), _("As the documents name them"));
  GPtrArray *sectors = konkurs_rule_set_get_sectors (rule_set);
  GtkWidget *sector_group;

  for (guint i = 0; i < G_N_ELEMENTS (procedures); i++)
    {
      const KonkursLocalText *name = konkurs_rule_set_get_procedure_name (rule_set, procedures[i]);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(konkurs_procedure_get_label (procedures[i])));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   name != NULL ? konkurs_local_text_get_display (name) : _("Not given"));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (names), row);
    }
  if (sectors->len == 0)
    return;
  sector_group = group (self, _("Priority Sectors"), _("What a candidate of the Youth Personnel Reserve chooses from"));
  for (guint i = 0; i < sectors->len; i++)
    {
      KonkursSector *sector = g_ptr_array_index (sectors, i);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), konkurs_local_text_get_display (sector->name));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sector->code);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (sector_group), row);
    }
}

/* "1. Testing": the rule in words, with its maximum and duration. */
static GtkWidget *
stage_row (const KonkursStageRule *rule)
{
  g_autofree char *title = g_strdup_printf ("%d. %s", rule->ordinal, _(konkurs_stage_kind_get_label (rule->kind)));
  /* A stage without a score (the documents, the decision) has no marks. */
  g_autofree char *words = rule->score != KONKURS_STAGE_SCORE_NONE
                           ? konkurs_text_capitalise (konkurs_stage_rule_describe_in_words (rule, NULL)) : NULL;
  g_autoptr(GString) text = g_string_new (words);
  GtkWidget *row = adw_action_row_new ();

  if (rule->max_score > 0 && rule->threshold <= 0)
    {
      g_string_append (text, text->len > 0 ? "; " : "");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "maximum %d point", "maximum %d points",
                                                 rule->max_score), rule->max_score);
    }
  if (rule->duration_days > 0)
    {
      g_string_append (text, text->len > 0 ? "; " : "");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%d working day", "%d working days",
                                                 rule->duration_days), rule->duration_days);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text->len > 0 ? text->str : _("No numbers of its own"));
  gtk_widget_set_name (row, konkurs_stage_kind_to_code (rule->kind));
  return row;
}

/* How the essays of @track are graded, in words, one row a line, under
 * its stages when one of them is an essay. */
static void
show_essay_rule (KonkursRuleSetsWindow *self,
                 KonkursRuleSet        *rule_set,
                 KonkursTrack           track)
{
  const KonkursEssayRule *rule = konkurs_rule_set_get_essay_rule (rule_set, track);
  g_autofree char *words = NULL;
  g_auto(GStrv) lines = NULL;
  GtkWidget *essay, *button;

  if (rule == NULL || konkurs_rule_set_find_stage_rule (rule_set, track, KONKURS_STAGE_ESSAY) == NULL)
    return;
  essay = group (self, _("Essay Grading"), _("Who grades the essays and how their scores combine"));
  {
    g_autofree char *name = g_strconcat (konkurs_track_to_code (track), "-essay", NULL);

    gtk_widget_set_name (essay, name);
  }
  button = gtk_button_new_with_mnemonic (_("Edit Essay _Grading…"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "rule-sets.edit-essay");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "i", (int) track);
  gtk_widget_set_tooltip_text (button, self->n_bound > 0
                               ? _("A competition was announced under these rules: copy them to change "
                                   "how their essays are graded.")
                               : _("Change who grades the essays and the criteria"));
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (essay), button);
  words = konkurs_essay_rule_describe (rule, NULL);
  lines = g_strsplit (words, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), lines[i]);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (essay), row);
    }
}

/* The stages of each track, in order, with an Edit button that is off,
 * and says why, while a competition is bound to the rules. */
static void
show_stages (KonkursRuleSetsWindow *self,
             KonkursRuleSet        *rule_set)
{
  for (KonkursTrack track = KONKURS_TRACK_LEADERSHIP; track <= KONKURS_TRACK_YOUTH_RESERVE; track++)
    {
      GPtrArray *rules = konkurs_rule_set_get_stage_rules (rule_set, track);
      GtkWidget *stages, *button;

      if (rules->len == 0)
        continue;
      /* The track alone: "Stages: Presidential Youth Personnel Reserve"
       * would not fit beside its button in Russian. */
      stages = group (self, _(konkurs_track_get_label (track)), _("Its stages in order, with their numbers"));
      gtk_widget_set_name (stages, konkurs_track_to_code (track));
      button = gtk_button_new_with_mnemonic (_("Edit _Stages…"));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "rule-sets.edit-stages");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "i", (int) track);
      gtk_widget_set_tooltip_text (button, self->n_bound > 0
                                   ? _("A competition was announced under these rules: copy them to change "
                                       "their stages.")
                                   : _("Change the numbers of these stages"));
      adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (stages), button);
      for (guint i = 0; i < rules->len; i++)
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (stages), stage_row (g_ptr_array_index (rules, i)));
      show_essay_rule (self, rule_set, track);
    }
}

static void
show_details (KonkursRuleSetsWindow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->details))) != NULL)
    gtk_box_remove (self->details, child);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "rule-sets.copy", self->selected != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "rule-sets.edit", self->selected != NULL && self->n_bound == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "rule-sets.edit-stages",
                                 self->selected != NULL && self->n_bound == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "rule-sets.edit-essay",
                                 self->selected != NULL && self->n_bound == 0);
  if (self->selected == NULL)
    return;
  show_header (self, self->selected);
  show_validity (self, self->selected);
  show_stages (self, self->selected);
  show_values (self, self->selected);
  show_procedures_and_sectors (self, self->selected);
}

static void
on_row_selected (KonkursRuleSetsWindow *self,
                 GtkListBoxRow         *row)
{
  /* The list lets go of its rows as the window is disposed. */
  if (self->filling || self->details == NULL)
    return;
  g_clear_object (&self->selected);
  self->n_bound = 0;
  if (row != NULL)
    {
      self->selected = g_object_ref (g_object_get_data (G_OBJECT (row), "rule-set"));
      self->n_bound = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "n-bound"));
    }
  show_details (self);
}

static void
reload (KonkursRuleSetsWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rule_sets = konkurs_store_list_rule_sets (self->store, &error);
  g_autofree char *selected = self->selected != NULL ? g_strdup (konkurs_rule_set_get_code (self->selected)) : NULL;

  if (rule_sets == NULL)
    {
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
      return;
    }
  self->filling = TRUE;
  /* gtk_list_box_remove_all() is of GTK 4.12 */
  for (GtkWidget *row; (row = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL;)
    gtk_list_box_remove (self->list, row);
  for (guint i = 0; i < rule_sets->len; i++)
    {
      KonkursRuleSet *rule_set = g_ptr_array_index (rule_sets, i);
      guint n_bound = 0;

      if (!konkurs_store_count_bound_competitions (self->store, konkurs_rule_set_get_id (rule_set), &n_bound, &error))
        {
          g_warning ("Could not count the competitions of a rule set: %s", error->message);
          g_clear_error (&error);
        }
      gtk_list_box_append (self->list, make_list_row (rule_set, n_bound));
    }
  self->filling = FALSE;
  if (selected == NULL || !konkurs_rule_sets_window_select (self, selected))
    gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, 0));
}

gboolean
konkurs_rule_sets_window_select (KonkursRuleSetsWindow *self,
                                 const char            *code)
{
  g_return_val_if_fail (KONKURS_IS_RULE_SETS_WINDOW (self), FALSE);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (gtk_widget_get_name (row), code) == 0)
      {
        gtk_list_box_select_row (self->list, GTK_LIST_BOX_ROW (row));
        /* browse mode does not notify a row selected again */
        on_row_selected (self, GTK_LIST_BOX_ROW (row));
        return TRUE;
      }
  return FALSE;
}

static void
on_copied (KonkursRuleSetsWindow *self,
           KonkursRuleSet        *copy)
{
  g_autofree char *text = g_strdup_printf (_("Copied as “%s”. Give it its dates with Edit… when it is ready."),
                                           konkurs_rule_set_get_name (copy));

  reload (self);
  konkurs_rule_sets_window_select (self, konkurs_rule_set_get_code (copy));
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (text));
}

static void
copy_action (GtkWidget  *widget,
             const char *action,
             GVariant   *parameter)
{
  KonkursRuleSetsWindow *self = KONKURS_RULE_SETS_WINDOW (widget);
  KonkursRuleSetCopyDialog *dialog;

  if (self->selected == NULL)
    return;
  dialog = konkurs_rule_set_copy_dialog_new (GTK_WINDOW (self), self->store, self->selected);
  g_signal_connect_object (dialog, "copied", G_CALLBACK (on_copied), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_saved (KonkursRuleSetsWindow *self)
{
  reload (self);
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (_("The rule set was saved.")));
}

static void
edit_action (GtkWidget  *widget,
             const char *action,
             GVariant   *parameter)
{
  KonkursRuleSetsWindow *self = KONKURS_RULE_SETS_WINDOW (widget);
  KonkursRuleSetDialog *dialog;

  if (self->selected == NULL || self->n_bound > 0)
    return;
  dialog = konkurs_rule_set_dialog_new (GTK_WINDOW (self), self->store, self->selected);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_saved), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_stages_saved (KonkursRuleSetsWindow *self)
{
  reload (self);
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (_("The stages were saved.")));
}

static void
edit_stages_action (GtkWidget  *widget,
                    const char *action,
                    GVariant   *parameter)
{
  KonkursRuleSetsWindow *self = KONKURS_RULE_SETS_WINDOW (widget);
  KonkursTrack track = g_variant_get_int32 (parameter);
  KonkursStageRulesDialog *dialog;

  if (self->selected == NULL || self->n_bound > 0 || konkurs_track_to_code (track) == NULL ||
      konkurs_rule_set_get_stage_rules (self->selected, track)->len == 0)
    return;
  dialog = konkurs_stage_rules_dialog_new (GTK_WINDOW (self), self->store, self->selected, track);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_stages_saved), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_essay_saved (KonkursRuleSetsWindow *self)
{
  reload (self);
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (_("The essay grading was saved.")));
}

static void
edit_essay_action (GtkWidget  *widget,
                   const char *action,
                   GVariant   *parameter)
{
  KonkursRuleSetsWindow *self = KONKURS_RULE_SETS_WINDOW (widget);
  KonkursTrack track = g_variant_get_int32 (parameter);
  KonkursEssayRuleDialog *dialog;

  if (self->selected == NULL || self->n_bound > 0 || konkurs_track_to_code (track) == NULL ||
      konkurs_rule_set_get_essay_rule (self->selected, track) == NULL)
    return;
  dialog = konkurs_essay_rule_dialog_new (GTK_WINDOW (self), self->store, self->selected, track);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_essay_saved), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
konkurs_rule_sets_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KONKURS_TYPE_RULE_SETS_WINDOW);

  G_OBJECT_CLASS (konkurs_rule_sets_window_parent_class)->dispose (object);
}

static void
konkurs_rule_sets_window_finalize (GObject *object)
{
  KonkursRuleSetsWindow *self = KONKURS_RULE_SETS_WINDOW (object);

  g_clear_object (&self->selected);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (konkurs_rule_sets_window_parent_class)->finalize (object);
}

static void
konkurs_rule_sets_window_class_init (KonkursRuleSetsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = konkurs_rule_sets_window_dispose;
  object_class->finalize = konkurs_rule_sets_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/konkurs/Konkurs/rulesets/konkurs-rule-sets-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursRuleSetsWindow, list);
  gtk_widget_class_bind_template_child (widget_class, KonkursRuleSetsWindow, details);
  gtk_widget_class_bind_template_child (widget_class, KonkursRuleSetsWindow, toasts);

  gtk_widget_class_install_action (widget_class, "rule-sets.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "rule-sets.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "rule-sets.edit-stages", "i", edit_stages_action);
  gtk_widget_class_install_action (widget_class, "rule-sets.edit-essay", "i", edit_essay_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
konkurs_rule_sets_window_init (KonkursRuleSetsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->list, "row-selected", G_CALLBACK (on_row_selected), self, G_CONNECT_SWAPPED);
}

KonkursRuleSetsWindow *
konkurs_rule_sets_window_new (GtkWindow    *parent,
                              KonkursStore *store)
{
  KonkursRuleSetsWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KONKURS_IS_STORE (store), NULL);

  self = g_object_new (KONKURS_TYPE_RULE_SETS_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  /* Rule sets change here; competitions bound to them change elsewhere. */
  g_signal_connect_object (store, "changed", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  reload (self);
  return self;
}
