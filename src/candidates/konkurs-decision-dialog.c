/* konkurs-decision-dialog.c — the secretary admits or refuses an
 * application, with a reason when going against the automatic check
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-decision-dialog.h"
#include "konkurs-text.h"
#include "konkurs-ui-helpers.h"
#include "konkurs-validation.h"
#include "konkurs-verdict.h"

struct _KonkursDecisionDialog
{
  KonkursEditDialog parent_instance;

  KonkursStore     *store;
  gint64            candidacy_id;
  gboolean          admitted;
  gboolean          checked;          /* the engine gave a verdict */
  gboolean          eligible;         /* and found the candidate eligible */

  GtkLabel         *heading_label;
  GtkLabel         *against_label;
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

/* A decision against the engine needs the reason, as the store will say:
 * told as the secretary types, Save off meanwhile. */
static GtkWidget *
konkurs_decision_dialog_validate (KonkursEditDialog *dialog)
{
  KonkursDecisionDialog *self = KONKURS_DECISION_DIALOG (dialog);
  g_autofree char *reason = konkurs_ui_get_text_view_text (self->reason_view);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  /* Without the engine's verdict, only the secretary's words say why. */
  if (!self->checked && konkurs_text_is_blank (reason))
    g_set_error_literal (&error, KONKURS_VALIDATION_ERROR, KONKURS_VALIDATION_ERROR_REASON,
                         _("Write the reason for the decision."));
  else if (self->checked)
    konkurs_verdict_check_reason (self->admitted, self->eligible, reason, &error);
  ok = error == NULL;
  konkurs_ui_show_field_error (self->reason_frame, self->error_label,
                               ok || !konkurs_edit_dialog_is_edited (dialog, GTK_WIDGET (self->reason_view))
                               ? NULL : error->message);
  return ok ? NULL : GTK_WIDGET (self->reason_view);
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

/* The engine's verdict, and whether the decision goes against it. */
static void
show_verdict (KonkursDecisionDialog *self)
{
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  failures = konkurs_store_check_candidacy (self->store, self->candidacy_id, NULL, &error);
  self->checked = failures != NULL;
  if (failures == NULL)
    {
      g_string_append_printf (text, _("The automatic check could not run: %s"), error->message);
      gtk_label_set_text (self->verdict_label, text->str);
      gtk_label_set_text (self->hint_label, _("Write the reason for the decision."));
      return;
    }

  self->eligible = failures->len == 0;
  if (self->eligible)
    g_string_append (text, _("The automatic check found the candidate eligible."));
  else
    g_string_append (text, _("The automatic check found the candidate not eligible:"));
  for (guint i = 0; i < failures->len; i++)
    {
      g_autofree char *reason = konkurs_eligibility_failure_describe (failures->pdata[i], NULL);

      g_string_append_printf (text, "\n• %s", reason);
    }
  gtk_label_set_text (self->verdict_label, text->str);
}

/* What the dialog says: a decision against the engine reads as such, in
 * large type under the candidate's name, before it is taken. */
static void
describe_decision (KonkursDecisionDialog *self)
{
  gboolean against = !self->checked || konkurs_verdict_needs_reason (self->admitted, self->eligible);
  const char *warning = NULL, *hint;

  if (self->admitted && against)
    {
      warning = _("Admit Against the Automatic Check");
      hint = _("The candidate is admitted by decision of the secretary, against the automatic check. "
               "Write the reason: it is kept in the audit log with the name of the person deciding.");
    }
  else if (self->admitted)
    hint = _("A note is optional.");
  else if (against)
    {
      warning = _("Refuse an Eligible Candidate");
      hint = _("The candidate is refused by decision of the secretary, against the automatic check. "
               "Write the reason: it is kept in the audit log with the name of the person deciding.");
    }
  else
    hint = _("The reasons above are recorded. A further reason is optional.");

  gtk_label_set_text (self->against_label, warning != NULL ? warning : "");
  gtk_widget_set_visible (GTK_WIDGET (self->against_label), warning != NULL && self->checked);
  if (self->checked)
    gtk_label_set_text (self->hint_label, hint);
}

const char *
konkurs_decision_dialog_get_warning (KonkursDecisionDialog *self)
{
  g_return_val_if_fail (KONKURS_IS_DECISION_DIALOG (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->against_label)) ? gtk_label_get_text (self->against_label) : NULL;
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
  dialog_class->validate = konkurs_decision_dialog_validate;
  dialog_class->save = konkurs_decision_dialog_save;
  dialog_class->show_refusal = konkurs_decision_dialog_show_refusal;

  signals[DECIDED] =
    g_signal_new ("decided", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/konkurs/Konkurs/candidates/konkurs-decision-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursDecisionDialog, heading_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursDecisionDialog, against_label);
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

  konkurs_ui_set_field_name (GTK_WIDGET (self->reason_view), _("Reason"));
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
      gtk_window_set_title (GTK_WINDOW (self), _("Refuse Candidate"));
      /* Not "Refuse": in Kazakh that is the word of Cancel too. */
      konkurs_edit_dialog_set_save_label (KONKURS_EDIT_DIALOG (self), _("Refuse Admission"));
      konkurs_edit_dialog_set_destructive (KONKURS_EDIT_DIALOG (self), TRUE);
    }

  /* Translators: heading of the decision dialog: the candidate and the personal code */
  heading = g_strdup_printf (_("%s, application %s"), who != NULL ? who : "",
                             konkurs_candidacy_get_personal_code (candidacy));
  gtk_label_set_text (self->heading_label, heading);
  show_verdict (self);
  describe_decision (self);
  konkurs_edit_dialog_start_editing (KONKURS_EDIT_DIALOG (self));

  return self;
}
