/* konkurs-grading-window.c — the expert's window: the essays of one
 * package by personal code, each with the rubric beside its text
 *
 * The window holds a KonkursGradingProgress and nothing else: no store, no
 * name but the expert's.  Every grade goes to the progress as it is typed;
 * the progress writes it beside the package.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-grading-criterion-row.h"
#include "konkurs-grading-essay-row.h"
#include "konkurs-grading-progress.h"
#include "konkurs-grading-save.h"
#include "konkurs-grading-window.h"
#include "konkurs-master-detail.h"
#include "konkurs-search-controller.h"
#include "konkurs-text.h"

struct _KonkursGradingWindow
{
  AdwApplicationWindow    parent_instance;

  KonkursGradingProgress *progress;
  char                   *current;       /* the personal code shown; NULL */
  char                   *search_key;    /* folded; NULL: no search */
  gboolean                loading;       /* the fields are being filled from the progress */
  gboolean                close_anyway;  /* the expert chose to close without the work kept */

  AdwWindowTitle         *window_title;
  GtkLabel               *progress_label;
  GtkLevelBar            *progress_bar;
  GtkRevealer            *notice_revealer;
  GtkLabel               *notice_label;
  AdwToastOverlay        *toasts;
  KonkursMasterDetail    *master_detail;
  GtkSearchEntry         *search_entry;
  GtkListBox             *essay_list;
  GtkLabel               *code_label;
  GtkLabel               *topic_label;
  GtkLabel               *meta_label;
  GtkLabel               *limits_label;
  GtkTextView            *essay_view;
  GtkListBox             *criteria_list;
  GtkLabel               *total_label;
  GtkTextView            *comment_view;
};

G_DEFINE_FINAL_TYPE (KonkursGradingWindow, konkurs_grading_window, ADW_TYPE_APPLICATION_WINDOW)

static const KonkursEssayPackage *
package_of (KonkursGradingWindow *self)
{
  return konkurs_grading_progress_get_package (self->progress);
}

static KonkursGradingEssayRow *
row_of (KonkursGradingWindow *self,
        const char           *code)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->essay_list, i)) != NULL; i++)
    if (g_strcmp0 (konkurs_grading_essay_row_get_code (KONKURS_GRADING_ESSAY_ROW (row)), code) == 0)
      return KONKURS_GRADING_ESSAY_ROW (row);
  return NULL;
}

static void
show_notice (KonkursGradingWindow *self,
             const char           *text)
{
  if (text != NULL)
    gtk_label_set_text (self->notice_label, text);
  gtk_revealer_set_reveal_child (self->notice_revealer, text != NULL);
}

/* "12 of 40 essays graded" and the bar under it. */
static void
update_progress (KonkursGradingWindow *self)
{
  guint graded = konkurs_grading_progress_count_graded (self->progress);
  guint n = konkurs_grading_progress_count_essays (self->progress);
  g_autofree char *text = konkurs_text_expand_pair (
    g_dngettext (GETTEXT_PACKAGE, "%u of %u essay graded", "%u of %u essays graded", n), graded, n);

  gtk_label_set_text (self->progress_label, text);
  gtk_level_bar_set_value (self->progress_bar, n > 0 ? (double) graded / n : 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

/* The sum of the criteria of the essay shown, once all have points. */
static void
update_total (KonkursGradingWindow *self)
{
  const KonkursEssayRule *rule = package_of (self)->rule;
  guint given = 0;
  int sum = 0;
  g_autofree char *text = NULL;

  for (guint i = 0; i < rule->criteria->len; i++)
    {
      const KonkursEssayCriterion *criterion = rule->criteria->pdata[i];
      int points = konkurs_grading_progress_get_points (self->progress, self->current, criterion->code);

      if (points >= 0)
        {
          given++;
          sum += points;
        }
    }
  if (given == rule->criteria->len)
    text = konkurs_text_expand_pair (_("Total: %u of %u points"), (guint) sum,
                                     (guint) konkurs_essay_rule_get_max_total (rule));
  else
    text = konkurs_text_expand_pair (
      g_dngettext (GETTEXT_PACKAGE, "%u of %u criterion scored", "%u of %u criteria scored", rule->criteria->len),
      given, rule->criteria->len);
  gtk_label_set_text (self->total_label, text);
}

static void
update_row (KonkursGradingWindow *self,
            const char           *code)
{
  KonkursGradingEssayRow *row = row_of (self, code);

  if (row != NULL)
    konkurs_grading_essay_row_set_given (row, konkurs_grading_progress_count_given (self->progress, code),
                                         package_of (self)->rule->criteria->len);
}

static void
on_progress_changed (KonkursGradingWindow *self,
                     const char           *code)
{
  update_row (self, code);
  update_progress (self);
  if (g_strcmp0 (code, self->current) == 0)
    update_total (self);
}

static void
on_save_error_changed (KonkursGradingWindow *self)
{
  const char *error = konkurs_grading_progress_get_save_error (self->progress);
  g_autofree char *text = NULL;

  if (error == NULL)
    {
      show_notice (self, NULL);
      return;
    }
  text = g_strdup_printf (_("The work in progress cannot be kept beside the package: %s Your grades stay in this "
                            "window; Save Results… writes them to a folder of your choice."), error);
  show_notice (self, text);
}

static const char *
language_name (const char *code)
{
  if (g_strcmp0 (code, "kk") == 0)
    return _("Kazakh");
  if (g_strcmp0 (code, "ru") == 0)
    return _("Russian");
  return code != NULL ? code : "";
}

/* "Kazakh · 243 words · 41 minutes": what is known of how it was written. */
static char *
describe_essay (const KonkursPackageEssay *essay)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (parts, g_strdup (language_name (essay->language)));
  if (essay->word_count > 0)
    g_ptr_array_add (parts, konkurs_text_expand_count (
      g_dngettext (GETTEXT_PACKAGE, "%d word", "%d words", essay->word_count), essay->word_count));
  if (essay->minutes > 0)
    g_ptr_array_add (parts, konkurs_text_expand_count (
      g_dngettext (GETTEXT_PACKAGE, "%d minute", "%d minutes", essay->minutes), essay->minutes));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

/* The rule's limits, beside the essay and not enforced: whether the essay
 * kept to them is the commission's to weigh, not the grader's. */
static void
show_limits (KonkursGradingWindow      *self,
             const KonkursPackageEssay *essay)
{
  const KonkursEssayRule *rule = package_of (self)->rule;
  gboolean over = (rule->max_words > 0 && essay->word_count > rule->max_words)
                  || (rule->max_minutes > 0 && essay->minutes > rule->max_minutes);
  g_autofree char *limits = NULL;
  g_autofree char *text = NULL;

  if (rule->max_words > 0 && rule->max_minutes > 0)
    limits = konkurs_text_expand_pair (_("at most %u words in %u minutes"), rule->max_words, rule->max_minutes);
  else if (rule->max_words > 0)
    limits = konkurs_text_expand_count (_("at most %d words"), rule->max_words);
  else if (rule->max_minutes > 0)
    limits = konkurs_text_expand_count (_("at most %d minutes"), rule->max_minutes);

  gtk_widget_set_visible (GTK_WIDGET (self->limits_label), limits != NULL);
  if (limits == NULL)
    return;
  text = konkurs_text_expand_string (over ? _("Over the limits of the rule: %s.") : _("The rule: %s."), limits);
  gtk_label_set_text (self->limits_label, text);
  if (over)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->limits_label), "warning");
      gtk_widget_remove_css_class (GTK_WIDGET (self->limits_label), "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->limits_label), "warning");
      gtk_widget_add_css_class (GTK_WIDGET (self->limits_label), "dim-label");
    }
}

static void update_navigation (KonkursGradingWindow *self);

static void
fill_rubric (KonkursGradingWindow *self)
{
  GtkWidget *child;

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->criteria_list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      KonkursGradingCriterionRow *row = KONKURS_GRADING_CRITERION_ROW (child);
      const KonkursEssayCriterion *criterion = konkurs_grading_criterion_row_get_criterion (row);

      konkurs_grading_criterion_row_set_points (row, konkurs_grading_progress_get_points (self->progress,
                                                                                          self->current,
                                                                                          criterion->code));
    }
}

static void
show_essay (KonkursGradingWindow *self,
            const char           *code)
{
  const KonkursPackageEssay *essay = konkurs_essay_package_find_essay (package_of (self), code);
  const char *comment;
  g_autofree char *meta = NULL;
  g_autofree char *heading = NULL;

  if (essay == NULL || g_strcmp0 (code, self->current) == 0)
    return;

  g_free (self->current);
  self->current = g_strdup (code);
  self->loading = TRUE;

  /* Translators: the heading of the essay shown, with its personal code */
  heading = konkurs_text_expand_string (_("Essay %s"), essay->code);
  gtk_label_set_text (self->code_label, heading);
  gtk_label_set_text (self->topic_label, essay->topic != NULL ? essay->topic : "");
  meta = describe_essay (essay);
  gtk_label_set_text (self->meta_label, meta);
  show_limits (self, essay);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->essay_view), essay->body != NULL ? essay->body : "", -1);
  fill_rubric (self);
  comment = konkurs_grading_progress_get_comment (self->progress, code);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->comment_view), comment != NULL ? comment : "", -1);
  update_total (self);

  self->loading = FALSE;

  gtk_list_box_select_row (self->essay_list, GTK_LIST_BOX_ROW (row_of (self, code)));
  konkurs_master_detail_set_show_details (self->master_detail, TRUE);
  konkurs_grading_progress_set_current (self->progress, code);
  update_navigation (self);
}

static void
on_points_changed (KonkursGradingCriterionRow *row,
                   GParamSpec                 *pspec,
                   KonkursGradingWindow       *self)
{
  if (self->loading || self->current == NULL)
    return;
  konkurs_grading_progress_set_points (self->progress, self->current,
                                       konkurs_grading_criterion_row_get_criterion (row)->code,
                                       konkurs_grading_criterion_row_get_points (row));
}

static void
on_comment_changed (GtkTextBuffer        *buffer,
                    KonkursGradingWindow *self)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  if (self->loading || self->current == NULL)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  konkurs_grading_progress_set_comment (self->progress, self->current, text);
}

static gboolean
row_matches (KonkursGradingWindow *self,
             GtkListBoxRow        *row)
{
  g_autofree char *folded = NULL;

  if (self->search_key == NULL)
    return TRUE;
  folded = konkurs_search_fold (konkurs_grading_essay_row_get_code (KONKURS_GRADING_ESSAY_ROW (row)));
  return strstr (folded, self->search_key) != NULL;
}

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       user_data)
{
  return row_matches (user_data, row);
}

/* The next (@step 1) or previous (-1) essay that the search lets through. */
static GtkListBoxRow *
neighbour (KonkursGradingWindow *self,
           int                   step)
{
  KonkursGradingEssayRow *current = self->current != NULL ? row_of (self, self->current) : NULL;
  int index = current != NULL ? gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (current)) : (step > 0 ? -1 : 0);
  GtkListBoxRow *row;

  for (index += step; index >= 0 && (row = gtk_list_box_get_row_at_index (self->essay_list, index)) != NULL;
       index += step)
    if (row_matches (self, row))
      return row;
  return NULL;
}

static void
update_navigation (KonkursGradingWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "grading.previous", neighbour (self, -1) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "grading.next", neighbour (self, 1) != NULL);
}

static void
go (KonkursGradingWindow *self,
    int                   step)
{
  GtkListBoxRow *row = neighbour (self, step);

  if (row != NULL)
    show_essay (self, konkurs_grading_essay_row_get_code (KONKURS_GRADING_ESSAY_ROW (row)));
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  go (KONKURS_GRADING_WINDOW (widget), -1);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  go (KONKURS_GRADING_WINDOW (widget), 1);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KonkursGradingWindow *self = KONKURS_GRADING_WINDOW (widget);

  konkurs_master_detail_present_list (self->master_detail);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

static void
save_results_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KonkursGradingWindow *self = KONKURS_GRADING_WINDOW (widget);

  konkurs_grading_save_results (GTK_WINDOW (self), self->toasts, self->progress);
}

static void
dismiss_notice_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  show_notice (KONKURS_GRADING_WINDOW (widget), NULL);
}

static void
on_search_changed (KonkursGradingWindow *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));

  g_clear_pointer (&self->search_key, g_free);
  if (text[0] != '\0')
    self->search_key = konkurs_search_fold (text);
  gtk_list_box_invalidate_filter (self->essay_list);
  update_navigation (self);
}

static void
on_stop_search (KonkursGradingWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_row_selected (KonkursGradingWindow *self,
                 GtkListBoxRow        *row)
{
  if (row != NULL)
    show_essay (self, konkurs_grading_essay_row_get_code (KONKURS_GRADING_ESSAY_ROW (row)));
}

/* Folded, a click on the essay shown already goes to it again. */
static void
on_row_activated (KonkursGradingWindow *self,
                  GtkListBoxRow        *row)
{
  on_row_selected (self, row);
  konkurs_master_detail_present_details (self->master_detail);
}

static void
build_lists (KonkursGradingWindow *self)
{
  const KonkursEssayPackage *package = package_of (self);

  for (guint i = 0; i < package->rule->criteria->len; i++)
    {
      KonkursGradingCriterionRow *row = konkurs_grading_criterion_row_new (package->rule->criteria->pdata[i]);

      g_signal_connect (row, "notify::points", G_CALLBACK (on_points_changed), self);
      gtk_list_box_append (self->criteria_list, GTK_WIDGET (row));
    }
  for (guint i = 0; i < package->essays->len; i++)
    {
      const KonkursPackageEssay *essay = package->essays->pdata[i];

      gtk_list_box_append (self->essay_list, GTK_WIDGET (konkurs_grading_essay_row_new (essay->code)));
      update_row (self, essay->code);
    }
  konkurs_master_detail_set_empty (self->master_detail, package->essays->len == 0);
}

/* Where the expert was, else the first essay not graded in full. */
static char *
first_essay (KonkursGradingWindow *self)
{
  const KonkursEssayPackage *package = package_of (self);
  char *code = konkurs_grading_progress_get_current (self->progress);
  guint n_criteria = package->rule->criteria->len;

  if (code != NULL)
    return code;
  for (guint i = 0; i < package->essays->len; i++)
    {
      const KonkursPackageEssay *essay = package->essays->pdata[i];

      if (konkurs_grading_progress_count_given (self->progress, essay->code) < n_criteria)
        return g_strdup (essay->code);
    }
  return package->essays->len > 0 ? g_strdup (((KonkursPackageEssay *) package->essays->pdata[0])->code) : NULL;
}

static void
set_up (KonkursGradingWindow *self)
{
  const KonkursEssayPackage *package = package_of (self);
  const char *competition = konkurs_local_text_get_display (package->competition);
  g_autofree char *title = NULL;
  g_autofree char *expert = NULL;
  g_autofree char *start = NULL;

  title = konkurs_text_is_blank (competition) ? g_strdup (_("Essay Grading"))
                                              : konkurs_text_expand_string (_("Essays: %s"), competition);
  expert = konkurs_text_expand_string (_("Graded by %s"), package->expert_name != NULL ? package->expert_name : "");
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, expert);
  gtk_window_set_title (GTK_WINDOW (self), title);

  build_lists (self);
  update_progress (self);
  g_signal_connect_object (self->progress, "changed", G_CALLBACK (on_progress_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->progress, "notify::save-error", G_CALLBACK (on_save_error_changed), self,
                           G_CONNECT_SWAPPED);
  show_notice (self, konkurs_grading_progress_get_notice (self->progress));

  start = first_essay (self);
  if (start != NULL)
    show_essay (self, start);
  update_navigation (self);
}

KonkursGradingWindow *
konkurs_grading_window_new (GtkApplication *application,
                            GFile          *package,
                            GError        **error)
{
  g_autoptr(KonkursGradingProgress) progress = konkurs_grading_progress_open (package, error);
  KonkursGradingWindow *self;

  if (progress == NULL)
    return NULL;
  self = g_object_new (KONKURS_TYPE_GRADING_WINDOW, "application", application, NULL);
  self->progress = g_steal_pointer (&progress);
  set_up (self);
  return self;
}

GFile *
konkurs_grading_window_get_package_file (KonkursGradingWindow *self)
{
  g_return_val_if_fail (KONKURS_IS_GRADING_WINDOW (self), NULL);

  return konkurs_grading_progress_get_package_file (self->progress);
}

static void
on_close_response (AdwMessageDialog     *dialog,
                   const char           *response,
                   KonkursGradingWindow *self)
{
  if (g_str_equal (response, "save"))
    konkurs_grading_save_results (GTK_WINDOW (self), self->toasts, self->progress);
  else if (g_str_equal (response, "close"))
    {
      self->close_anyway = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

/* The work is written when the window closes; if it cannot be, the
 * expert decides, with the grades still on screen. */
static gboolean
konkurs_grading_window_close_request (GtkWindow *window)
{
  KonkursGradingWindow *self = KONKURS_GRADING_WINDOW (window);
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  if (self->close_anyway || self->progress == NULL || konkurs_grading_progress_flush (self->progress, &error))
    return GTK_WINDOW_CLASS (konkurs_grading_window_parent_class)->close_request (window);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, _("Close Without Keeping the Work?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  _("The work in progress could not be written beside the package: %s\n\n"
                                    "The grades given since it was last written are only in this window. "
                                    "Save Results… writes them to a folder of your choice."),
                                  error->message);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Keep Grading"),
                                    "save", _("_Save Results…"),
                                    "close", _("_Close and Lose the Changes"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_appearance (dialog, "close", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

static void
konkurs_grading_window_dispose (GObject *object)
{
  KonkursGradingWindow *self = KONKURS_GRADING_WINDOW (object);

  g_clear_object (&self->progress);
  gtk_widget_dispose_template (GTK_WIDGET (self), KONKURS_TYPE_GRADING_WINDOW);

  G_OBJECT_CLASS (konkurs_grading_window_parent_class)->dispose (object);
}

static void
konkurs_grading_window_finalize (GObject *object)
{
  KonkursGradingWindow *self = KONKURS_GRADING_WINDOW (object);

  g_clear_pointer (&self->current, g_free);
  g_clear_pointer (&self->search_key, g_free);

  G_OBJECT_CLASS (konkurs_grading_window_parent_class)->finalize (object);
}

/* Capture phase: Alt+Left and Alt+Right move between essays wherever the
 * focus is, before the leaflet takes them for its Back. */
static void
add_shortcuts (KonkursGradingWindow *self)
{
  static const struct {
    const char *trigger;
    const char *action;
  } keys[] = {
    { "<Alt>Left", "grading.previous" },
    { "<Alt>Right", "grading.next" },
    { "<Control>f", "grading.search" },
    { "<Control>s", "grading.save-results" },
    { "<Control>w", "window.close" },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_GLOBAL);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_shortcut_trigger_parse_string (keys[i].trigger),
                                                            gtk_named_action_new (keys[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
konkurs_grading_window_class_init (KonkursGradingWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = konkurs_grading_window_dispose;
  object_class->finalize = konkurs_grading_window_finalize;
  window_class->close_request = konkurs_grading_window_close_request;

  g_type_ensure (KONKURS_TYPE_MASTER_DETAIL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/konkurs/Konkurs/grading/konkurs-grading-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursGradingWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, KonkursGradingWindow, progress_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursGradingWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, KonkursGradingWindow, notice_revealer);
  gtk_widget_class_bind_template_child (widget_class, KonkursGradingWindow, notice_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursGradingWindow, toasts);
  gtk_widget_class_bind_template_child (widget_class, KonkursGradingWindow, master_detail);
  gtk_widget_class_bind_template_child (widget_class, KonkursGradingWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KonkursGradingWindow, essay_list);
  gtk_widget_class_bind_template_child (widget_class, KonkursGradingWindow, code_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursGradingWindow, topic_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursGradingWindow, meta_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursGradingWindow, limits_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursGradingWindow, essay_view);
  gtk_widget_class_bind_template_child (widget_class, KonkursGradingWindow, criteria_list);
  gtk_widget_class_bind_template_child (widget_class, KonkursGradingWindow, total_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursGradingWindow, comment_view);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);

  gtk_widget_class_install_action (widget_class, "grading.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "grading.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "grading.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "grading.save-results", NULL, save_results_action);
  gtk_widget_class_install_action (widget_class, "grading.dismiss-notice", NULL, dismiss_notice_action);
}

static void
konkurs_grading_window_init (KonkursGradingWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_filter_func (self->essay_list, filter_row, self, NULL);
  g_signal_connect (gtk_text_view_get_buffer (self->comment_view), "changed", G_CALLBACK (on_comment_changed), self);
  add_shortcuts (self);
}
