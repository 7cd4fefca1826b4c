/* konkurs-record-banner.c — a bar at the top of the window that says when
 * the record of the open database does not verify
 *
 * The check (konkurs_store_verify()) reads the whole record, which may take
 * seconds on a large database: it runs in a KonkursJob, and the bar shows
 * only if it fails.  libadwaita 1.2 has no AdwBanner; this is its shape.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-job.h"
#include "konkurs-record-banner.h"

struct _KonkursRecordBanner
{
  GtkWidget            parent_instance;

  KonkursJob          *job;       /* the check running; NULL */
  KonkursVerifyReport *report;    /* of the last check done */

  GtkRevealer         *revealer;
};

G_DEFINE_FINAL_TYPE (KonkursRecordBanner, konkurs_record_banner, GTK_TYPE_WIDGET)

typedef struct {
  KonkursStore        *store;
  KonkursVerifyReport *report;
} Check;

static void
check_free (Check *check)
{
  g_clear_object (&check->store);
  g_clear_pointer (&check->report, konkurs_verify_report_free);
  g_free (check);
}

static gboolean
check_work (KonkursJob    *job,
            gpointer       data,
            GCancellable  *cancellable,
            GError       **error)
{
  Check *check = data;

  check->report = konkurs_store_verify (check->store, cancellable, error);
  return check->report != NULL;
}

static void
check_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(KonkursRecordBanner) self = user_data;
  KonkursJob *job = KONKURS_JOB (source);
  Check *check = konkurs_job_get_data (job);
  g_autoptr(GError) error = NULL;

  if (!konkurs_job_run_finish (job, result, &error))
    {
      /* A database that cannot be read says so where it is used. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_message ("The record could not be checked: %s", error->message);
      if (self->job == job)
        g_clear_object (&self->job);
      return;
    }
  if (self->job != job)
    return;
  g_clear_object (&self->job);
  g_clear_pointer (&self->report, konkurs_verify_report_free);
  self->report = g_steal_pointer (&check->report);
  if (self->report->problem != KONKURS_VERIFY_OK)
    g_message ("The record does not verify: %s", self->report->message);
  gtk_revealer_set_reveal_child (self->revealer, self->report->problem != KONKURS_VERIFY_OK);
}

void
konkurs_record_banner_set_store (KonkursRecordBanner *self,
                                 KonkursStore        *store)
{
  Check *check;

  g_return_if_fail (KONKURS_IS_RECORD_BANNER (self));
  g_return_if_fail (store == NULL || KONKURS_IS_STORE (store));

  if (self->job != NULL)
    konkurs_job_cancel (self->job);
  g_clear_object (&self->job);
  g_clear_pointer (&self->report, konkurs_verify_report_free);
  gtk_revealer_set_reveal_child (self->revealer, FALSE);
  if (store == NULL)
    return;

  check = g_new0 (Check, 1);
  check->store = g_object_ref (store);
  self->job = konkurs_job_new (check_work, check, (GDestroyNotify) check_free);
  konkurs_job_run_async (self->job, NULL, check_done, g_object_ref (self));
}

const KonkursVerifyReport *
konkurs_record_banner_get_report (KonkursRecordBanner *self)
{
  g_return_val_if_fail (KONKURS_IS_RECORD_BANNER (self), NULL);
  return self->report;
}

gboolean
konkurs_record_banner_is_checking (KonkursRecordBanner *self)
{
  g_return_val_if_fail (KONKURS_IS_RECORD_BANNER (self), FALSE);
  return self->job != NULL;
}

/* What does not match, and what to do about it. */
static void
details_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KonkursRecordBanner *self = KONKURS_RECORD_BANNER (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  AdwMessageDialog *dialog;

  if (self->report == NULL)
    return;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       _("The Record Does Not Match"), NULL));
  adw_message_dialog_format_body (dialog,
                                  _("Konkurs recomputed the record of every change and compared it with the "
                                    "data. The first thing that does not match:\n\n%s.\n\n"
                                    "The database may have been edited outside Konkurs. Keep the file as it is "
                                    "for the audit, and compare it with a backup copy."),
                                  self->report->message);
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
konkurs_record_banner_dispose (GObject *object)
{
  KonkursRecordBanner *self = KONKURS_RECORD_BANNER (object);

  if (self->job != NULL)
    konkurs_job_cancel (self->job);
  g_clear_object (&self->job);
  g_clear_pointer (&self->report, konkurs_verify_report_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), KONKURS_TYPE_RECORD_BANNER);

  G_OBJECT_CLASS (konkurs_record_banner_parent_class)->dispose (object);
}

static void
konkurs_record_banner_class_init (KonkursRecordBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = konkurs_record_banner_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/konkurs/Konkurs/widgets/konkurs-record-banner.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursRecordBanner, revealer);
  gtk_widget_class_install_action (widget_class, "record-banner.details", NULL, details_action);
}

static void
konkurs_record_banner_init (KonkursRecordBanner *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
