/* konkurs-decision-dialog.c — the secretary admits or refuses an
 * application, with a reason when going against the automatic check
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-decision-dialog.h"
#include "konkurs-ui-helpers.h"
#include "konkurs-verdict.h"

struct _KonkursDecisionDialog
{
  KonkursEditDialog parent_instance;

  KonkursStore     *store;
  gint64            candidacy_id;
  gboolean          admitted;

  GtkLabel         *heading_label;
  GtkLabel         *verdict_label;
  GtkLabel         *hint_label;
  GtkWidget        *reason_frame;
  GtkTextView      *reason_view;
  GtkLabel         *error_label;
};

G_DEFINE_FINAL_TYPE (KonkursDecisionDialog, konkurs_decision_dialog, KONKURS_TYPE_EDIT_DIALOG)

enum {
  DECIDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
konkurs_decision_dialog_save (KonkursEditDialog  *dialog,
                              GError            **error)
{
  KonkursDecisionDialog *self = KONKURS_DECISION_DIALOG (dialog);
  g_autofree char *reason = konkurs_ui_get_text_view_text (self->reason_view);

  if (!konkurs_store_decide_candidacy (self->store, self->candidacy_id, self->admitted, reason, error))
    return FALSE;

  g_signal_emit (self, signals[DECIDED], 0);
  return TRUE;
}

/* The store wants a reason: say so under it, and put the cursor there. */
static void
konkurs_decision_dialog_show_refusal (KonkursEditDialog *dialog,
                                      const GError      *error)
{
  KonkursDecisionDialog *self = KONKURS_DECISION_DIALOG (dialog);

  konkurs_ui_show_field_error (self->reason_frame, self->error_label, error->message);
  gtk_widget_grab_focus (GTK_WIDGET (self->reason_view));
}

static void
on_reason_changed (KonkursDecisionDialog *self)
{
  konkurs_ui_show_field_error (self->reason_frame, self->error_label, NULL);
}

/* Shows the engine's verdict, and says whether a reason is needed. */
static void
show_verdict (KonkursDecisionDialog *self)
{
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean against;

  failures = konkurs_store_check_candidacy (self->store, self->candidacy_id, NULL, &error);
  if (failures == NULL)
    {
      g_string_append_printf (text, _("The automatic check could not run: %s"), error->message);
      gtk_label_set_text (self->verdict_label, text->str);
      gtk_label_set_text (self->hint_label, _("Write the reason for the decision."));
      return;
    }

  if (failures->len == 0)
    g_string_append (text, _("The automatic check found the candidate eligible."));
  else
    g_string_append (text, _("The automatic check found the candidate not eligible:"));
  for (guint i = 0; i < failures->len; i++)
    {
      g_autofree char *reason = konkurs_eligibility_failure_describe (failures->pdata[i], NULL);

      g_string_append_printf (text, "\n• %s", reason);
    }
  gtk_label_set_text (self->verdict_label, text->str);

  against = konkurs_verdict_needs_reason (self->admitted, failures->len == 0);
  if (against && self->admitted)
    gtk_label_set_text (self->hint_label, _("To admit the candidate anyway, write the reason. "
                                            "It is kept in the audit log with your name."));
  else if (against)
    gtk_label_set_text (self->hint_label, _("To refuse an eligible candidate, write the reason. "
                                            "It is kept in the audit log with your name."));
  else if (!self->admitted)
    gtk_label_set_text (self->hint_label, _("The reasons above are recorded. A further reason is optional."));
  else
    gtk_label_set_text (self->hint_label, _("A note is optional."));
}

static void
konkurs_decision_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KONKURS_TYPE_DECISION_DIALOG);

  G_OBJECT_CLASS (konkurs_decision_dialog_parent_class)->dispose (object);
}

static void
konkurs_decision_dialog_finalize (GObject *object)
{
  KonkursDecisionDialog *self = KONKURS_DECISION_DIALOG (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (konkurs_decision_dialog_parent_class)->finalize (object);
}

static void
konkurs_decision_dialog_class_init (KonkursDecisionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KonkursEditDialogClass *dialog_class = KONKURS_EDIT_DIALOG_CLASS (klass);

  object_class->dispose = konkurs_decision_dialog_dispose;
  object_class->finalize = konkurs_decision_dialog_finalize;
  dialog_class->save = konkurs_decision_dialog_save;
  dialog_class->show_refusal = konkurs_decision_dialog_show_refusal;

  signals[DECIDED] =
    g_signal_new ("decided", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/konkurs/Konkurs/candidates/konkurs-decision-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursDecisionDialog, heading_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursDecisionDialog, verdict_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursDecisionDialog, hint_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursDecisionDialog, reason_frame);
  gtk_widget_class_bind_template_child (widget_class, KonkursDecisionDialog, reason_view);
  gtk_widget_class_bind_template_child (widget_class, KonkursDecisionDialog, error_label);
}

static void
konkurs_decision_dialog_init (KonkursDecisionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Enter on the verdict, a selectable label, must not decide. */
  gtk_window_set_default_widget (GTK_WINDOW (self), NULL);
  g_signal_connect_object (gtk_text_view_get_buffer (self->reason_view), "changed",
                           G_CALLBACK (on_reason_changed), self, G_CONNECT_SWAPPED);
}

KonkursDecisionDialog *
konkurs_decision_dialog_new (GtkWindow        *parent,
                             KonkursStore     *store,
                             KonkursCandidacy *candidacy,
                             gboolean          admitted,
                             const char       *who)
{
  KonkursDecisionDialog *self;
  g_autofree char *heading = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KONKURS_IS_STORE (store), NULL);
  g_return_val_if_fail (KONKURS_IS_CANDIDACY (candidacy), NULL);

  self = g_object_new (KONKURS_TYPE_DECISION_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  self->candidacy_id = konkurs_candidacy_get_id (candidacy);
  self->admitted = !!admitted;

  if (!admitted)
    {
      GtkWidget *refuse = GTK_WIDGET (konkurs_edit_dialog_get_save_button (KONKURS_EDIT_DIALOG (self)));

      gtk_window_set_title (GTK_WINDOW (self), _("Refuse Candidate"));
      konkurs_edit_dialog_set_save_label (KONKURS_EDIT_DIALOG (self), _("Refuse"));
      gtk_widget_remove_css_class (refuse, "suggested-action");
      gtk_widget_add_css_class (refuse, "destructive-action");
    }

  /* Translators: heading of the decision dialog: the candidate and the personal code */
  heading = g_strdup_printf (_("%s, application %s"), who != NULL ? who : "",
                             konkurs_candidacy_get_personal_code (candidacy));
  gtk_label_set_text (self->heading_label, heading);
  show_verdict (self);
  /* No konkurs_edit_dialog_start_editing(): nothing to check before the
   * store does, and a note half written is not worth a question on
   * closing. */

  return self;
}
