/* konkurs-ui-helpers.c — small pieces the views and dialogs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-store-candidacies.h"
#include "konkurs-ui-helpers.h"

GtkWindow *
konkurs_ui_get_parent_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

const char *
konkurs_ui_get_interface_language (void)
{
  /* As gettext looks for a translation: the first language that has one
   * wins; English and C are the untranslated interface. */
  for (const char * const *names = g_get_language_names (); *names != NULL; names++)
    {
      if (g_str_has_prefix (*names, "kk"))
        return "kk";
      if (g_str_has_prefix (*names, "ru"))
        return "ru";
      if (g_str_has_prefix (*names, "en") || g_str_equal (*names, "C") || g_str_equal (*names, "POSIX"))
        break;
    }
  return "kk";
}

const char *
konkurs_ui_translate_label (const char *msgid)
{
  return msgid != NULL ? _(msgid) : "";
}

const char *
konkurs_ui_competition_name (KonkursCompetition *competition)
{
  const char *title = konkurs_competition_get_title (competition);

  if (title == NULL || title[0] == '\0')
    return konkurs_competition_get_state_body (competition);
  return title;
}

void
konkurs_ui_show_error (GtkLabel     *label,
                       const GError *error)
{
  g_return_if_fail (GTK_IS_LABEL (label));

  gtk_widget_set_visible (GTK_WIDGET (label), error != NULL);
  if (error != NULL)
    gtk_label_set_text (label, error->message);
}

int
konkurs_ui_certificate_validity_months (KonkursStore *store,
                                        gint64        candidate_id)
{
  g_autoptr(GError) error = NULL;
  GDate today;
  int months;

  konkurs_ui_get_today (&today);
  months = konkurs_store_get_certificate_validity_months (store, candidate_id, &today, &error);
  if (error != NULL)
    g_warning ("Could not find how long certificates stay valid: %s", error->message);
  return months;
}
