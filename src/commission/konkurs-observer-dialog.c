/* konkurs-observer-dialog.c — registering an observer for a meeting
 *
 * Members of Parliament and local councils, accredited media, NGOs and
 * parties may attend an interview when they registered at least one
 * working day before it; they neither ask nor vote, and the protocol
 * lists them.  Whether the registration came in time is the store's
 * rule (konkurs_observer_registered_in_time() over the calendar): its
 * refusal is shown as it words it, and what was typed stays.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-date-entry.h"
#include "konkurs-form-dialog.h"
#include "konkurs-observer-dialog.h"
#include "konkurs-ui-helpers.h"

typedef struct {
  KonkursStore     *store;
  gint64            meeting_id;
  GtkEditable      *name;
  GtkEditable      *organisation;
  GtkDropDown      *kind;
  KonkursDateEntry *date;
} Registering;

static const KonkursObserverKind kinds[] = {
  KONKURS_OBSERVER_PARLIAMENT, KONKURS_OBSERVER_LOCAL_COUNCIL, KONKURS_OBSERVER_MEDIA, KONKURS_OBSERVER_NGO,
  KONKURS_OBSERVER_PARTY,
};

static void
registering_free (gpointer data)
{
  Registering *registering = data;

  g_clear_object (&registering->store);
  g_free (registering);
}

static gboolean
register_observer (gpointer   data,
                   GError   **error)
{
  Registering *registering = data;
  g_autofree char *name = konkurs_ui_get_stripped_text (registering->name);
  g_autofree char *organisation = konkurs_ui_get_stripped_text (registering->organisation);
  g_autoptr(KonkursObserver) observer = NULL;
  GDate date;

  if (name[0] == '\0')
    {
      g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                           _("Full name: write the observer’s name."));
      return FALSE;
    }
  if (!konkurs_date_entry_get_date (registering->date, &date))
    {
      g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                           _("Registered on: write a date such as 31.12.2026."));
      return FALSE;
    }
  observer = konkurs_observer_new (name, kinds[gtk_drop_down_get_selected (registering->kind)], &date);
  g_free (observer->organisation);
  observer->organisation = g_steal_pointer (&organisation);
  return konkurs_store_add_observer (registering->store, registering->meeting_id, observer, error);
}

static GtkWidget *
build_fields (Registering *registering)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  GDate today;

  registering->name = GTK_EDITABLE (konkurs_form_dialog_add_entry (box, _("Full name")));
  registering->organisation = GTK_EDITABLE (konkurs_form_dialog_add_entry (box, _("Organisation")));
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    gtk_string_list_append (choices, konkurs_ui_translate_label (konkurs_observer_kind_get_label (kinds[i])));
  registering->kind = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (choices)), NULL));
  gtk_accessible_update_property (GTK_ACCESSIBLE (registering->kind), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Observer from"), -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (registering->kind));
  registering->date = KONKURS_DATE_ENTRY (konkurs_date_entry_new ());
  konkurs_date_entry_set_label (registering->date, _("Registered on"));
  konkurs_ui_get_today (&today);
  konkurs_date_entry_set_date (registering->date, &today);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (registering->date));
  return box;
}

AdwMessageDialog *
konkurs_observer_dialog_present (GtkWidget            *source,
                                 KonkursStore         *store,
                                 const KonkursMeeting *meeting)
{
  Registering *registering = g_new0 (Registering, 1);
  g_autofree char *held_on = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  g_return_val_if_fail (GTK_IS_WIDGET (source), NULL);
  g_return_val_if_fail (meeting != NULL, NULL);

  registering->store = g_object_ref (store);
  registering->meeting_id = meeting->id;
  held_on = konkurs_ui_format_date (&meeting->held_on);
  /* Translators: %s is the meeting's date */
  body = g_strdup_printf (_("The meeting is on %s. An observer registers at least one working day before it, and "
                            "neither asks nor votes; the protocol lists the observers."), held_on);
  dialog = konkurs_form_dialog_ask (source, _("Register an Observer"), body, build_fields (registering),
                                    _("_Register Observer"), register_observer, registering, registering_free);
  gtk_widget_grab_focus (GTK_WIDGET (registering->name));
  return dialog;
}
