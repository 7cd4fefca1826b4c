/* konkurs-essay-page.c — one essay of the Essays area
 *
 * The graders are named (experts are public to the commission); the
 * writer is not until the stage is unsealed, when the area hands the
 * name in.  Points are shown per criterion with the rubric's names, so a
 * spread can be read off the page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Accessible names an end-to-end test may rely on (English interface):
 *   list "Grades" (a row per grader, titled by the expert's name),
 *   drop-down "Expert left out", label "Essay text".
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-essay-item.h"
#include "konkurs-essay-page.h"
#include "konkurs-essay-sectors.h"
#include "konkurs-stage-rule.h"
#include "konkurs-ui-helpers.h"

struct _KonkursEssayPage
{
  GtkWidget         parent_instance;

  KonkursStore     *store;
  KonkursEssayRule *rule;
  KonkursEssay     *essay;
  GPtrArray        *grades;      /* of KonkursEssayGrade */
  GArray           *expert_ids;  /* of gint64, as the drop-down lists them */

  GtkWidget        *scroller;
  GtkStack         *stack;
  GtkLabel         *code_label;
  GtkLabel         *status_label;
  GtkLabel         *facts_label;
  GtkLabel         *resolution_label;
  GtkListBox       *grades_list;
  GtkDropDown      *expert_dropdown;
  GtkLabel         *left_out_label;
  GtkLabel         *topic_label;
  GtkLabel         *body_label;
};

G_DEFINE_FINAL_TYPE (KonkursEssayPage, konkurs_essay_page, GTK_TYPE_WIDGET)

static const char *
criterion_name (KonkursEssayPage *self,
                const char       *code)
{
  const KonkursEssayCriterion *criterion = self->rule != NULL
                                           ? konkurs_essay_rule_find_criterion (self->rule, code) : NULL;

  if (criterion == NULL || konkurs_local_text_is_blank (criterion->name))
    return code;
  return konkurs_local_text_get_display (criterion->name);
}

/* "Argument 2 · Structure 1 · Language 2" and the comment below. */
static char *
describe_grade (KonkursEssayPage        *self,
                const KonkursEssayGrade *grade)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (!grade->has_score)
    return g_strdup (_("Not graded yet"));
  for (guint i = 0; i < grade->points->len; i++)
    {
      const KonkursPackageScore *score = grade->points->pdata[i];

      g_string_append_printf (text, "%s%s %d", i > 0 ? " · " : "", criterion_name (self, score->criterion),
                              score->points);
    }
  if (grade->comment != NULL && grade->comment[0] != '\0')
    /* Translators: the grader's comment on an essay, in quotes */
    g_string_append_printf (text, "\n%s", grade->comment);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
grade_row_new (KonkursEssayPage        *self,
               const KonkursEssayGrade *grade)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *total = gtk_label_new (NULL);
  g_autofree char *subtitle = describe_grade (self, grade);
  g_autofree char *title = grade->round > 1
                           /* Translators: %s is an expert, graded as the fourth grader */
                           ? g_strdup_printf (_("%s (fourth grader)"), grade->expert_name)
                           : g_strdup (grade->expert_name);
  g_autofree char *points = grade->has_score ? g_strdup_printf ("%d", grade->total) : g_strdup ("—");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_label_set_text (GTK_LABEL (total), points);
  gtk_widget_add_css_class (total, "title-3");
  gtk_widget_add_css_class (total, "numeric");
  /* Translators: a grader's total, for screen readers */
  gtk_widget_set_tooltip_text (total, _("Total points"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), total);
  return row;
}

static char *
describe_facts (KonkursEssayPage       *self,
                const KonkursEssay     *essay,
                const KonkursEssayRule *rule)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GHashTable) sectors = NULL;

  if (essay->sector != NULL && essay->sector[0] != '\0')
    {
      sectors = konkurs_essay_sectors_read (self->store);
      /* Translators: %s is a sector, as “Digitalisation” */
      g_string_append_printf (text, _("Sector %s"), konkurs_essay_sectors_name (sectors, essay->sector));
    }
  if (essay->language != NULL && essay->language[0] != '\0')
    g_string_append_printf (text, "%s%s", text->len > 0 ? " · " : "",
                            g_str_equal (essay->language, "kk") ? _("in Kazakh") : _("in Russian"));
  if (essay->word_count > 0)
    {
      g_string_append (text, text->len > 0 ? " · " : "");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%d word", "%d words", essay->word_count),
                              essay->word_count);
      if (rule != NULL && rule->max_words > 0 && essay->word_count > rule->max_words)
        /* Translators: %d is the rule's word limit */
        g_string_append_printf (text, _(" (over the limit of %d)"), rule->max_words);
    }
  if (essay->minutes > 0)
    {
      g_string_append (text, text->len > 0 ? " · " : "");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%d minute", "%d minutes", essay->minutes),
                              essay->minutes);
      if (rule != NULL && rule->max_minutes > 0 && essay->minutes > rule->max_minutes)
        g_string_append_printf (text, _(" (over the limit of %d)"), rule->max_minutes);
    }
  if (essay->proctor == KONKURS_PROCTOR_ACCEPTED)
    g_string_append_printf (text, "%s%s", text->len > 0 ? " · " : "", _("accepted by the proctor"));
  else if (essay->proctor == KONKURS_PROCTOR_REJECTED)
    g_string_append_printf (text, "%s%s", text->len > 0 ? " · " : "", _("rejected by the proctor"));
  if (essay->proctor_note != NULL && essay->proctor_note[0] != '\0')
    g_string_append_printf (text, ": %s", essay->proctor_note);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The score, the spread against the rule's limit and how it was reached. */
static char *
describe_resolution (const KonkursEssay     *essay,
                     const KonkursEssayRule *rule)
{
  const KonkursEssayAggregate *aggregate = &essay->aggregate;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *score = NULL;

  if (essay->n_graded >= 2)
    {
      /* Translators: the spread between an essay's graders, and the rule's limit */
      g_string_append_printf (text, _("Spread %d points (limit %d)"), aggregate->spread,
                              rule != NULL ? rule->spread_limit : 0);
      if (aggregate->spread_over)
        g_string_append_printf (text, " — %s", _("over the limit"));
    }
  if (aggregate->status == KONKURS_ESSAY_STATUS_NEEDS_RESOLUTION)
    g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "",
                            _("Not final until a fourth grader is assigned or the chair records a score with a "
                              "reason (Resolve…)."));
  if (aggregate->status != KONKURS_ESSAY_STATUS_FINAL)
    return g_string_free (g_steal_pointer (&text), FALSE);
  score = konkurs_stage_format_score (aggregate->score, NULL);
  g_string_append (text, text->len > 0 ? "\n" : "");
  switch (aggregate->resolution)
    {
    case KONKURS_ESSAY_RESOLVED_FOURTH:
      /* Translators: %s is a score, as “3.67” */
      g_string_append_printf (text, _("Score %s, resolved by a fourth grader: %s."), score,
                              rule != NULL ? konkurs_ui_translate_label (konkurs_essay_fourth_rule_get_label (
                                                                           rule->fourth_rule)) : "");
      break;
    case KONKURS_ESSAY_RESOLVED_CHAIR:
      g_string_append_printf (text, _("Score %s, recorded by the chair with a written reason."), score);
      break;
    case KONKURS_ESSAY_RESOLVED_NONE:
    default:
      g_string_append_printf (text, _("Score %s, the mean of the graders."), score);
      break;
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
update_left_out (KonkursEssayPage *self)
{
  guint position = gtk_drop_down_get_selected (self->expert_dropdown);
  g_autoptr(GError) error = NULL;
  KonkursAssignLeftOut reason;
  gint64 expert_id;

  if (self->essay == NULL || self->store == NULL || position >= self->expert_ids->len)
    {
      gtk_label_set_text (self->left_out_label, "");
      return;
    }
  expert_id = g_array_index (self->expert_ids, gint64, position);
  for (guint i = 0; i < self->grades->len; i++)
    if (((KonkursEssayGrade *) self->grades->pdata[i])->expert_id == expert_id)
      {
        gtk_label_set_text (self->left_out_label, _("This expert grades the essay."));
        return;
      }
  if (self->essay->n_assigned == 0)
    {
      gtk_label_set_text (self->left_out_label, _("The essay has no graders yet: assign first."));
      return;
    }
  reason = konkurs_store_explain_left_out (self->store, self->essay->id, expert_id, &error);
  if (error != NULL)
    gtk_label_set_text (self->left_out_label, error->message);
  else if (reason == 0)
    gtk_label_set_text (self->left_out_label, _("The expert could have graded it: the draw chose others."));
  else
    gtk_label_set_text (self->left_out_label, konkurs_ui_translate_label (konkurs_assign_left_out_get_label (reason)));
}

static void
fill_experts (KonkursEssayPage *self,
              GPtrArray        *experts)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_array_set_size (self->expert_ids, 0);
  for (guint i = 0; experts != NULL && i < experts->len; i++)
    {
      const KonkursExpert *expert = experts->pdata[i];

      gtk_string_list_append (names, expert->full_name);
      g_array_append_val (self->expert_ids, expert->id);
    }
  gtk_drop_down_set_model (self->expert_dropdown, G_LIST_MODEL (names));
  gtk_widget_set_sensitive (GTK_WIDGET (self->expert_dropdown), self->expert_ids->len > 0);
}

static void
fill_grades (KonkursEssayPage *self)
{
  GtkWidget *child;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) grades = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grades_list))) != NULL)
    gtk_list_box_remove (self->grades_list, child);
  g_ptr_array_set_size (self->grades, 0);
  grades = konkurs_store_list_essay_grades (self->store, self->essay->id, &error);
  if (grades == NULL)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), error->message);
      gtk_list_box_append (self->grades_list, row);
      return;
    }
  for (guint i = 0; i < grades->len; i++)
    {
      g_ptr_array_add (self->grades, konkurs_essay_grade_copy (grades->pdata[i]));
      gtk_list_box_append (self->grades_list, grade_row_new (self, grades->pdata[i]));
    }
  if (grades->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No graders assigned yet"));
      gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_list_box_append (self->grades_list, row);
    }
}

static void
show_text (KonkursEssayPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *body = konkurs_store_get_essay_body (self->store, self->essay->id, &error);

  gtk_label_set_text (self->topic_label, self->essay->topic != NULL ? self->essay->topic : "");
  gtk_label_set_text (self->body_label, body != NULL ? body : error->message);
}

void
konkurs_essay_page_set_essay (KonkursEssayPage       *self,
                              KonkursStore           *store,
                              const KonkursEssayRule *rule,
                              const KonkursEssay     *essay,
                              const char             *writer,
                              GPtrArray              *experts)
{
  g_autofree char *code = NULL;
  g_autofree char *status = NULL;
  g_autofree char *facts = NULL;
  g_autofree char *resolution = NULL;

  g_return_if_fail (KONKURS_IS_ESSAY_PAGE (self));

  g_set_object (&self->store, store);
  g_clear_pointer (&self->rule, konkurs_essay_rule_free);
  self->rule = rule != NULL ? konkurs_essay_rule_copy (rule) : NULL;
  g_clear_pointer (&self->essay, konkurs_essay_free);
  self->essay = essay != NULL && store != NULL ? konkurs_essay_copy (essay) : NULL;
  gtk_stack_set_visible_child_name (self->stack, self->essay != NULL ? "essay" : "none");
  if (self->essay == NULL)
    {
      g_ptr_array_set_size (self->grades, 0);
      return;
    }

  code = writer != NULL ? g_strdup_printf (_("%s — %s"), essay->code, writer) : g_strdup (essay->code);
  gtk_label_set_text (self->code_label, code);
  status = konkurs_essay_describe_status (essay);
  gtk_label_set_text (self->status_label, status);
  facts = describe_facts (self, essay, rule);
  gtk_label_set_text (self->facts_label, facts);
  resolution = describe_resolution (essay, rule);
  gtk_label_set_text (self->resolution_label, resolution);
  gtk_widget_set_visible (GTK_WIDGET (self->resolution_label), resolution[0] != '\0');
  fill_grades (self);
  fill_experts (self, experts);
  update_left_out (self);
  show_text (self);
}

const KonkursEssay *
konkurs_essay_page_get_essay (KonkursEssayPage *self)
{
  g_return_val_if_fail (KONKURS_IS_ESSAY_PAGE (self), NULL);
  return self->essay;
}

GPtrArray *
konkurs_essay_page_get_grades (KonkursEssayPage *self)
{
  g_return_val_if_fail (KONKURS_IS_ESSAY_PAGE (self), NULL);
  return self->grades;
}

gint64
konkurs_essay_page_get_selected_grader (KonkursEssayPage *self)
{
  GtkListBoxRow *row;
  int index;

  g_return_val_if_fail (KONKURS_IS_ESSAY_PAGE (self), 0);

  row = gtk_list_box_get_selected_row (self->grades_list);
  index = row != NULL ? gtk_list_box_row_get_index (row) : -1;
  if (index < 0 || (guint) index >= self->grades->len)
    return 0;
  return ((KonkursEssayGrade *) self->grades->pdata[index])->expert_id;
}

static void
konkurs_essay_page_dispose (GObject *object)
{
  KonkursEssayPage *self = KONKURS_ESSAY_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KONKURS_TYPE_ESSAY_PAGE);
  g_clear_object (&self->store);
  g_clear_pointer (&self->rule, konkurs_essay_rule_free);
  g_clear_pointer (&self->essay, konkurs_essay_free);
  g_clear_pointer (&self->grades, g_ptr_array_unref);
  g_clear_pointer (&self->expert_ids, g_array_unref);

  G_OBJECT_CLASS (konkurs_essay_page_parent_class)->dispose (object);
}

static void
konkurs_essay_page_class_init (KonkursEssayPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = konkurs_essay_page_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/konkurs/Konkurs/essays/konkurs-essay-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursEssayPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssayPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssayPage, code_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssayPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssayPage, facts_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssayPage, resolution_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssayPage, grades_list);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssayPage, expert_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssayPage, left_out_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssayPage, topic_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssayPage, body_label);
}

static void
konkurs_essay_page_init (KonkursEssayPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->grades = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_essay_grade_free);
  self->expert_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_signal_connect_swapped (self->expert_dropdown, "notify::selected", G_CALLBACK (update_left_out), self);
}
