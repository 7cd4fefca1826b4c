/* konkurs-interview-grid.c — the candidates × voting members grid
 *
 * A virtualised GtkColumnView: a row per candidate (name, code, vacancy
 * or sector), a column per voting member present or not, then the
 * decision column, filled live with konkurs_vote_result_explain() as the
 * ballots arrive.  The secretary works with the keyboard alone: Up and
 * Down move between candidates (the list's own keys), Left and Right
 * between members, F for, A against, N abstain, digits a score (two typed
 * quickly make 10 and more when the scale has them), Delete clears, R
 * declares or withdraws a conflict of interest (asking the reason), D
 * writes the member's dissenting opinion.  A ballot the rules refuse
 * (konkurs_ballot_check(): the secretary, an absent or recused member, a
 * vote where the stage scores, a score off the scale) says why and
 * changes nothing; a change to a meeting whose decisions are recorded
 * asks for a reason first, as the store requires.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Accessible names an end-to-end test may rely on (English interface):
 *   table "Interview", its columns "Candidate", "Code", "Vacancy", one
 *   per voting member (the member's name) and "Decision"; the status line
 *   "Current cell".
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-area.h"
#include "konkurs-columns.h"
#include "konkurs-interview-grid.h"
#include "konkurs-meeting-row-item.h"
#include "konkurs-reason-dialog.h"
#include "konkurs-ui-helpers.h"

/* Two digits typed within this time make one score (12, not 1 then 2). */
#define DIGIT_PAIR_USEC (800 * 1000)

struct _KonkursInterviewGrid
{
  AdwBin               parent_instance;

  KonkursStore        *store;
  KonkursMeeting      *meeting;
  GPtrArray           *members;      /* of KonkursCommissionMember, the voting ones */
  GListStore          *items;
  GtkSingleSelection  *selection;
  GtkColumnView       *view;
  GtkLabel            *status_label;
  GPtrArray           *member_columns;  /* of GtkColumnViewColumn */
  guint                column;
  char                *message;
  /* the first digit of a score that may take a second */
  int                  digit;
  gint64               digit_time;
  gint64               digit_application;
  gint64               digit_member;
};

G_DEFINE_FINAL_TYPE (KonkursInterviewGrid, konkurs_interview_grid, ADW_TYPE_BIN)

static KonkursMeetingRowItem *
get_selected_item (KonkursInterviewGrid *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static const KonkursCommissionMember *
get_current_member (KonkursInterviewGrid *self)
{
  if (self->members == NULL || self->column >= self->members->len)
    return NULL;
  return self->members->pdata[self->column];
}

static const char *
member_name (const KonkursCommissionMember *member)
{
  return konkurs_local_text_get_display (member->name);
}

/* The status line: where the cursor is and what was said last. */
static void
describe_cursor (KonkursInterviewGrid *self)
{
  KonkursMeetingRowItem *item = get_selected_item (self);
  const KonkursCommissionMember *member = get_current_member (self);
  g_autoptr(GString) text = g_string_new (NULL);

  if (item != NULL && member != NULL)
    {
      const KonkursMeetingRow *row = konkurs_meeting_row_item_get_row (item);
      g_autofree char *cell = konkurs_meeting_row_dup_cell (row, member->id);

      /* Translators: the current cell of the interview grid: candidate — member: ballot */
      g_string_printf (text, _("%s — %s: %s"), row->full_name, member_name (member), cell);
    }
  else if (self->members != NULL && self->members->len == 0)
    g_string_assign (text, _("The commission has no voting members."));
  if (self->message != NULL)
    g_string_append_printf (text, text->len > 0 ? " · %s" : "%s", self->message);
  gtk_label_set_text (self->status_label, text->str);
}

static void
say (KonkursInterviewGrid *self,
     const char           *text,
     gboolean              toast)
{
  g_free (self->message);
  self->message = g_strdup (text);
  describe_cursor (self);
  if (toast && text != NULL)
    konkurs_area_tell (GTK_WIDGET (self), text);
}

/* The cells */

static void
show_cell (GtkListItem *list_item)
{
  KonkursInterviewGrid *self = g_object_get_data (G_OBJECT (list_item), "grid");
  KonkursMeetingRowItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  int kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (list_item), "kind"));
  const KonkursMeetingRow *row;
  g_autofree char *text = NULL;
  gboolean current = FALSE;

  if (item == NULL || label == NULL)
    return;
  row = konkurs_meeting_row_item_get_row (item);
  if (kind == -1)
    text = g_strdup (row->full_name);
  else if (kind == -2)
    text = g_strdup (row->personal_code);
  else if (kind == -3)
    text = g_strdup (konkurs_meeting_row_get_group (row));
  else if (kind == -4)
    text = konkurs_meeting_row_dup_decision (row);
  else if (self->members != NULL && (guint) kind < self->members->len)
    {
      const KonkursCommissionMember *member = self->members->pdata[kind];

      text = konkurs_meeting_row_dup_cell (row, member->id);
      current = (guint) kind == self->column && item == get_selected_item (self);
    }
  gtk_label_set_text (GTK_LABEL (label), text != NULL ? text : "");
  /* the current cell, framed */
  if (current)
    gtk_widget_add_css_class (label, "current-cell");
  else
    gtk_widget_remove_css_class (label, "current-cell");
  if (kind == -4 && row->result.outcome == KONKURS_VOTE_RECOMMENDED)
    gtk_widget_add_css_class (label, "success");
  else
    gtk_widget_remove_css_class (label, "success");
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            KonkursInterviewGrid     *self)
{
  GtkWidget *label = gtk_label_new (NULL);
  int kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "kind"));

  gtk_label_set_xalign (GTK_LABEL (label), kind >= 0 ? 0.5f : 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), kind == -4 ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
  if (kind == -4)
    {
      gtk_label_set_width_chars (GTK_LABEL (label), 14);
      konkurs_cell_label_show_text_as_tooltip (label);
    }
  if (kind >= 0)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (list_item, label);
  g_object_set_data (G_OBJECT (list_item), "grid", self);
  g_object_set_data (G_OBJECT (list_item), "kind", GINT_TO_POINTER (kind));
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           KonkursInterviewGrid     *self)
{
  GObject *item = gtk_list_item_get_item (list_item);
  gulong handler;

  show_cell (list_item);
  handler = g_signal_connect_swapped (item, "notify::row", G_CALLBACK (show_cell), list_item);
  g_object_set_data (G_OBJECT (list_item), "handler", GSIZE_TO_POINTER (handler));
}

static void
unbind_cell (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             KonkursInterviewGrid     *self)
{
  GObject *item = gtk_list_item_get_item (list_item);
  gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (list_item), "handler"));

  if (item != NULL && handler != 0)
    g_signal_handler_disconnect (item, handler);
  g_object_set_data (G_OBJECT (list_item), "handler", NULL);
}

static GtkColumnViewColumn *
add_column (KonkursInterviewGrid *self,
            const char           *title,
            int                   kind)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_object_set_data (G_OBJECT (factory), "kind", GINT_TO_POINTER (kind));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell), self);
  column = gtk_column_view_column_new (title, g_object_ref (factory));
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_column_set_expand (column, kind == -4);
  /* a ballot is a word or a number: narrow columns leave the decision in sight */
  if (kind >= 0)
    gtk_column_view_column_set_fixed_width (column, 76);
  gtk_column_view_append_column (self->view, column);
  return column;
}

static void
remove_columns (KonkursInterviewGrid *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->view);

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (self->view, column);
    }
  g_ptr_array_set_size (self->member_columns, 0);
}

/* A member's column is titled with the name as it signs, its role after
 * it for the chair and the deputy, who decide a tie. */
static void
add_columns (KonkursInterviewGrid *self)
{
  remove_columns (self);
  g_object_unref (add_column (self, _("Candidate"), -1));
  g_object_unref (add_column (self, _("Code"), -2));
  g_object_unref (add_column (self, _("Vacancy"), -3));
  for (guint i = 0; self->members != NULL && i < self->members->len; i++)
    {
      const KonkursCommissionMember *member = self->members->pdata[i];
      g_autofree char *title = NULL;

      if (member->role == KONKURS_COMMISSION_CHAIR || member->role == KONKURS_COMMISSION_DEPUTY_CHAIR)
        /* Translators: a column of the interview grid: the member's name, then "chair" or "deputy" */
        title = g_strdup_printf (_("%s (%s)"), member_name (member),
                                 member->role == KONKURS_COMMISSION_CHAIR ? _("chair") : _("deputy"));
      else
        title = g_strdup (member_name (member));
      g_ptr_array_add (self->member_columns, add_column (self, title, (int) i));
    }
  g_object_unref (add_column (self, _("Decision"), -4));
}

/* Reading */

static void
fill_rows (KonkursInterviewGrid *self,
           GPtrArray            *rows)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  gboolean same = rows != NULL && rows->len == n;
  g_autoptr(GPtrArray) items = NULL;

  /* the same candidates read again: each item takes its new row, so the
   * selection and the scroll stay where they are */
  for (guint i = 0; same && i < n; i++)
    {
      g_autoptr(KonkursMeetingRowItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      same = konkurs_meeting_row_item_get_id (item) == ((KonkursMeetingRow *) rows->pdata[i])->application_id;
    }
  if (same)
    {
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(KonkursMeetingRowItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

          konkurs_meeting_row_item_set_row (item, konkurs_meeting_row_copy (rows->pdata[i]));
        }
      return;
    }
  items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    g_ptr_array_add (items, konkurs_meeting_row_item_new (konkurs_meeting_row_copy (rows->pdata[i])));
  g_list_store_splice (self->items, 0, n, items->pdata, items->len);
  if (items->len > 0 && gtk_single_selection_get_selected (self->selection) == GTK_INVALID_LIST_POSITION)
    gtk_single_selection_set_selected (self->selection, 0);
}

void
konkurs_interview_grid_reload (KonkursInterviewGrid *self)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (KONKURS_IS_INTERVIEW_GRID (self));

  if (self->store != NULL && self->meeting != NULL)
    {
      rows = konkurs_store_list_meeting_rows (self->store, self->meeting->id, &error);
      if (rows == NULL)
        {
          g_warning ("Cannot read the candidates of meeting %" G_GINT64_FORMAT ": %s", self->meeting->id,
                     error->message);
          say (self, error->message, FALSE);
        }
    }
  fill_rows (self, rows);
  describe_cursor (self);
}

static void
on_votes_changed (KonkursInterviewGrid *self)
{
  konkurs_interview_grid_reload (self);
}

/* Writing */

typedef struct {
  KonkursInterviewGrid *grid;
  gint64                application_id;
  gint64                member_id;
  KonkursBallotKind     kind;
  int                   score;
  char                 *dissent;
  gboolean              recusal;   /* else a ballot */
  gboolean              recused;
} Change;

static void
change_free (gpointer data)
{
  Change *change = data;

  g_object_unref (change->grid);
  g_free (change->dissent);
  g_free (change);
}

static gboolean
apply_change (const char  *reason,
              gpointer     data,
              GError     **error)
{
  Change *change = data;
  KonkursInterviewGrid *self = change->grid;

  if (self->store == NULL || self->meeting == NULL)
    return TRUE;
  if (change->recusal)
    return konkurs_store_set_recusal (self->store, self->meeting->id, change->member_id, change->application_id,
                                      change->recused, reason, error);
  return konkurs_store_cast_ballot (self->store, self->meeting->id, change->member_id, change->application_id,
                                    change->kind, change->score, change->dissent,
                                    self->meeting->closed_at != NULL ? reason : NULL, error);
}

static gboolean
is_closed (KonkursInterviewGrid *self)
{
  return self->meeting != NULL && self->meeting->closed_at != NULL;
}

/* A change of a closed meeting asks for the reason the record keeps. */
static void
ask_correction (KonkursInterviewGrid *self,
                Change               *change)
{
  AdwMessageDialog *dialog;

  dialog = konkurs_reason_dialog_ask (GTK_WIDGET (self), _("Correct a Recorded Decision?"),
                                      _("The decisions of this meeting are recorded. The change is recorded with "
                                        "your reason, and the candidate’s decision is taken again."),
                                      NULL, _("Correct the Vote"), apply_change, change, change_free);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
run_change (KonkursInterviewGrid *self,
            Change               *change)
{
  g_autoptr(GError) error = NULL;

  if (is_closed (self))
    {
      ask_correction (self, change);
      return;
    }
  if (!apply_change (NULL, change, &error))
    say (self, error->message, TRUE);
  else
    say (self, NULL, FALSE);
  change_free (change);
}

static Change *
change_new (KonkursInterviewGrid          *self,
            const KonkursMeetingRow       *row,
            const KonkursCommissionMember *member)
{
  Change *change = g_new0 (Change, 1);

  change->grid = g_object_ref (self);
  change->application_id = row->application_id;
  change->member_id = member->id;
  return change;
}

/* The ballot of the current cell, after the rules' own check, so that a
 * refusal changes nothing and says why. */
static void
cast (KonkursInterviewGrid *self,
      KonkursBallotKind     kind,
      int                   score)
{
  KonkursMeetingRowItem *item = get_selected_item (self);
  const KonkursCommissionMember *member = get_current_member (self);
  const KonkursMeetingRow *row;
  const KonkursMemberBallot *ballot;
  Change *change;

  if (item == NULL || member == NULL || self->meeting == NULL)
    return;
  row = konkurs_meeting_row_item_get_row (item);
  ballot = konkurs_meeting_row_find_ballot (row, member->id);
  if (ballot != NULL && kind != KONKURS_BALLOT_NONE)
    {
      const char *why = konkurs_ballot_check (&ballot->ballot, self->meeting->mode, kind, score,
                                              self->meeting->max_score);

      if (why != NULL)
        {
          say (self, konkurs_ui_translate_label (why), TRUE);
          return;
        }
    }
  if (ballot != NULL && kind == KONKURS_BALLOT_NONE && ballot->ballot.ballot == KONKURS_BALLOT_NONE)
    return;
  change = change_new (self, row, member);
  change->kind = kind;
  change->score = score;
  run_change (self, change);
}

static void
cast_digit (KonkursInterviewGrid *self,
            int                   digit)
{
  KonkursMeetingRowItem *item = get_selected_item (self);
  const KonkursCommissionMember *member = get_current_member (self);
  gint64 now = g_get_monotonic_time ();
  gint64 application_id = item != NULL ? konkurs_meeting_row_item_get_id (item) : 0;
  int score = digit;

  if (member == NULL || self->meeting == NULL)
    return;
  if (self->digit >= 0 && now - self->digit_time < DIGIT_PAIR_USEC && self->digit_application == application_id &&
      self->digit_member == member->id && self->digit * 10 + digit <= self->meeting->max_score &&
      self->digit > 0)
    {
      score = self->digit * 10 + digit;
      self->digit = -1;
    }
  else
    {
      self->digit = digit;
      self->digit_time = now;
      self->digit_application = application_id;
      self->digit_member = member->id;
    }
  /* in a voting stage the rules refuse it, saying the stage takes votes */
  cast (self, KONKURS_BALLOT_SCORE, score);
}

static void
ask_recusal (KonkursInterviewGrid *self)
{
  KonkursMeetingRowItem *item = get_selected_item (self);
  const KonkursCommissionMember *member = get_current_member (self);
  const KonkursMeetingRow *row;
  const KonkursMemberBallot *ballot;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  Change *change;

  if (item == NULL || member == NULL)
    return;
  row = konkurs_meeting_row_item_get_row (item);
  ballot = konkurs_meeting_row_find_ballot (row, member->id);
  change = change_new (self, row, member);
  change->recusal = TRUE;
  change->recused = ballot == NULL || !ballot->ballot.recused;
  if (change->recused)
    body = g_strdup_printf (_("%s declares a conflict of interest with the candidate %s and takes no part in this "
                              "candidate’s vote. A ballot already cast is removed. Write the reason the "
                              "protocol gives."), member_name (member), row->full_name);
  else
    body = g_strdup_printf (_("%s withdraws the conflict of interest declared for the candidate %s and may vote "
                              "on this candidate again. Write the reason."), member_name (member), row->full_name);
  dialog = konkurs_reason_dialog_ask (GTK_WIDGET (self),
                                      change->recused ? _("Declare a Conflict of Interest?")
                                                      : _("Withdraw the Conflict of Interest?"),
                                      body, NULL,
                                      change->recused ? _("Declare the Conflict") : _("Withdraw the Conflict"),
                                      apply_change, change, change_free);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
save_dissent (const char  *text,
              gpointer     data,
              GError     **error)
{
  Change *change = data;
  KonkursInterviewGrid *self = change->grid;

  g_free (change->dissent);
  change->dissent = g_strdup (text);
  if (is_closed (self))
    {
      /* the dissent itself is the change: it is its own reason */
      return konkurs_store_cast_ballot (self->store, self->meeting->id, change->member_id, change->application_id,
                                        change->kind, change->score, text, text, error);
    }
  return apply_change (NULL, change, error);
}

static void
ask_dissent (KonkursInterviewGrid *self)
{
  KonkursMeetingRowItem *item = get_selected_item (self);
  const KonkursCommissionMember *member = get_current_member (self);
  const KonkursMeetingRow *row;
  const KonkursMemberBallot *ballot;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  Change *change;

  if (item == NULL || member == NULL || self->store == NULL)
    return;
  row = konkurs_meeting_row_item_get_row (item);
  ballot = konkurs_meeting_row_find_ballot (row, member->id);
  if (ballot == NULL || ballot->ballot.ballot == KONKURS_BALLOT_NONE)
    {
      say (self, _("A dissenting opinion goes with a ballot: record the member’s vote first."), TRUE);
      return;
    }
  change = change_new (self, row, member);
  change->kind = ballot->ballot.ballot;
  change->score = ballot->ballot.score;
  body = g_strdup_printf (_("The dissenting opinion of %s on the candidate %s, as the protocol gives it."),
                          member_name (member), row->full_name);
  dialog = konkurs_reason_dialog_ask (GTK_WIDGET (self), _("Dissenting Opinion"), body, NULL,
                                      _("Save the Opinion"), save_dissent, change, change_free);
  if (ballot->dissent != NULL)
    gtk_editable_set_text (konkurs_reason_dialog_get_entry (dialog), ballot->dissent);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The keys */

static void
move_column (KonkursInterviewGrid *self,
             int                   delta)
{
  KonkursMeetingRowItem *item = get_selected_item (self);
  int column = (int) self->column + delta;

  if (self->members == NULL || column < 0 || column >= (int) self->members->len)
    return;
  self->column = column;
  self->digit = -1;
  if (item != NULL)
    konkurs_meeting_row_item_touch (item);
  say (self, NULL, FALSE);
}

static int
digit_of (guint keyval)
{
  if (keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9)
    return keyval - GDK_KEY_0;
  if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
    return keyval - GDK_KEY_KP_0;
  return -1;
}

static gboolean
on_key_pressed (KonkursInterviewGrid  *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state)
{
  int digit = digit_of (keyval);

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != 0 || self->meeting == NULL)
    return FALSE;
  if (digit >= 0)
    {
      cast_digit (self, digit);
      return TRUE;
    }
  switch (gdk_keyval_to_lower (keyval))
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      move_column (self, -1);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      move_column (self, 1);
      return TRUE;
    case GDK_KEY_f:
      cast (self, KONKURS_BALLOT_FOR, 0);
      return TRUE;
    case GDK_KEY_a:
      cast (self, KONKURS_BALLOT_AGAINST, 0);
      return TRUE;
    case GDK_KEY_n:
      cast (self, KONKURS_BALLOT_ABSTAIN, 0);
      return TRUE;
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
    case GDK_KEY_BackSpace:
      cast (self, KONKURS_BALLOT_NONE, 0);
      return TRUE;
    case GDK_KEY_r:
      ask_recusal (self);
      return TRUE;
    case GDK_KEY_d:
      ask_dissent (self);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
on_selected_changed (KonkursInterviewGrid *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));

  /* the old row loses its frame, the new one gets it */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KonkursMeetingRowItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      konkurs_meeting_row_item_touch (item);
    }
  self->digit = -1;
  say (self, NULL, FALSE);
}

/* The widget */

static void
konkurs_interview_grid_dispose (GObject *object)
{
  KonkursInterviewGrid *self = KONKURS_INTERVIEW_GRID (object);

  if (self->view != NULL)
    {
      remove_columns (self);
      gtk_column_view_set_model (self->view, NULL);
    }
  adw_bin_set_child (ADW_BIN (self), NULL);
  self->view = NULL;
  g_clear_object (&self->selection);
  g_clear_object (&self->items);
  g_clear_object (&self->store);
  g_clear_pointer (&self->meeting, konkurs_meeting_free);
  g_clear_pointer (&self->members, g_ptr_array_unref);
  g_clear_pointer (&self->member_columns, g_ptr_array_unref);
  g_clear_pointer (&self->message, g_free);

  G_OBJECT_CLASS (konkurs_interview_grid_parent_class)->dispose (object);
}

static void
konkurs_interview_grid_class_init (KonkursInterviewGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = konkurs_interview_grid_dispose;
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "interviewgrid");
}

static void
konkurs_interview_grid_init (KonkursInterviewGrid *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->digit = -1;
  self->member_columns = g_ptr_array_new_with_free_func (g_object_unref);
  self->items = g_list_store_new (KONKURS_TYPE_MEETING_ROW_ITEM);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->items)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (on_selected_changed), self);

  self->view = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection))));
  gtk_column_view_set_show_column_separators (self->view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "data-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Interview"), -1);
  /* before the list's own keys, which would take letters for a search */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->view), keys);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->view));
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), scrolled);

  self->status_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->status_label, 0);
  gtk_label_set_wrap (self->status_label, TRUE);
  gtk_label_set_wrap_mode (self->status_label, PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_margin_start (GTK_WIDGET (self->status_label), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->status_label), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self->status_label), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->status_label), 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->status_label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Current cell"), -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->status_label));
  adw_bin_set_child (ADW_BIN (self), box);
}

GtkWidget *
konkurs_interview_grid_new (void)
{
  return g_object_new (KONKURS_TYPE_INTERVIEW_GRID, NULL);
}

void
konkurs_interview_grid_set_meeting (KonkursInterviewGrid *self,
                                    KonkursStore         *store,
                                    const KonkursMeeting *meeting,
                                    GPtrArray            *attendance)
{
  static const char *tables[] = {
    "changed::" KONKURS_STORE_TABLE_VOTE, "changed::" KONKURS_STORE_TABLE_RECUSAL,
    "changed::" KONKURS_STORE_TABLE_ATTENDANCE, "changed::" KONKURS_STORE_TABLE_MEETING_DECISION,
  };
  gint64 keep_member = get_current_member (self) != NULL ? get_current_member (self)->id : 0;

  g_return_if_fail (KONKURS_IS_INTERVIEW_GRID (self));

  if (self->store != store)
    {
      if (self->store != NULL)
        g_signal_handlers_disconnect_by_data (self->store, self);
      g_set_object (&self->store, store);
      for (guint i = 0; store != NULL && i < G_N_ELEMENTS (tables); i++)
        g_signal_connect_object (store, tables[i], G_CALLBACK (on_votes_changed), self, G_CONNECT_SWAPPED);
    }
  g_clear_pointer (&self->meeting, konkurs_meeting_free);
  self->meeting = meeting != NULL ? konkurs_meeting_copy (meeting) : NULL;
  g_clear_pointer (&self->members, g_ptr_array_unref);
  self->members = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_commission_member_free);
  self->column = 0;
  for (guint i = 0; meeting != NULL && attendance != NULL && i < attendance->len; i++)
    {
      const KonkursAttendance *attending = attendance->pdata[i];

      if (!konkurs_commission_role_votes (attending->member->role))
        continue;
      if (attending->member->id == keep_member)
        self->column = self->members->len;
      g_ptr_array_add (self->members, konkurs_commission_member_copy (attending->member));
    }
  add_columns (self);
  g_clear_pointer (&self->message, g_free);
  konkurs_interview_grid_reload (self);
}

GtkWidget *
konkurs_interview_grid_get_focus_widget (KonkursInterviewGrid *self)
{
  g_return_val_if_fail (KONKURS_IS_INTERVIEW_GRID (self), NULL);
  return GTK_WIDGET (self->view);
}

guint
konkurs_interview_grid_get_n_rows (KonkursInterviewGrid *self)
{
  g_return_val_if_fail (KONKURS_IS_INTERVIEW_GRID (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->items));
}

guint
konkurs_interview_grid_get_n_members (KonkursInterviewGrid *self)
{
  g_return_val_if_fail (KONKURS_IS_INTERVIEW_GRID (self), 0);
  return self->members != NULL ? self->members->len : 0;
}

void
konkurs_interview_grid_set_cursor (KonkursInterviewGrid *self,
                                   guint                 row,
                                   guint                 member)
{
  g_return_if_fail (KONKURS_IS_INTERVIEW_GRID (self));

  if (self->members != NULL && member < self->members->len)
    self->column = member;
  gtk_single_selection_set_selected (self->selection, row);
  on_selected_changed (self);
}

void
konkurs_interview_grid_get_cursor (KonkursInterviewGrid *self,
                                   guint                *row,
                                   guint                *member)
{
  g_return_if_fail (KONKURS_IS_INTERVIEW_GRID (self));

  if (row != NULL)
    *row = gtk_single_selection_get_selected (self->selection);
  if (member != NULL)
    *member = self->column;
}

const KonkursMeetingRow *
konkurs_interview_grid_get_row (KonkursInterviewGrid *self,
                                guint                 row)
{
  g_autoptr(KonkursMeetingRowItem) item = NULL;

  g_return_val_if_fail (KONKURS_IS_INTERVIEW_GRID (self), NULL);

  item = g_list_model_get_item (G_LIST_MODEL (self->items), row);
  /* the store holds the item, and with it the row */
  return item != NULL ? konkurs_meeting_row_item_get_row (item) : NULL;
}

const char *
konkurs_interview_grid_get_message (KonkursInterviewGrid *self)
{
  g_return_val_if_fail (KONKURS_IS_INTERVIEW_GRID (self), NULL);
  return self->message;
}
