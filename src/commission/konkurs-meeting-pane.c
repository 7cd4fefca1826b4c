/* konkurs-meeting-pane.c — who is at a meeting
 *
 * A switch per member of the commission, in the order they sign, with
 * the quorum over the voting members said live ("Quorum: 5 of 7 present,
 * 5 needed", or how many more must come) and who chairs: the chair, or
 * the deputy chair in the chair's absence.  A switch the store refuses
 * goes back, and the reason is said.  Below, the observers (who neither
 * ask nor vote) and the link to the recording.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Accessible names an end-to-end test may rely on (English interface):
 *   label "Quorum"; a switch per member named "Present: NAME"; buttons
 *   "Add Observer…", "Link Recording…".
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-area.h"
#include "konkurs-meeting-pane.h"
#include "konkurs-observer-dialog.h"
#include "konkurs-reason-dialog.h"
#include "konkurs-recording.h"
#include "konkurs-ui-helpers.h"

struct _KonkursMeetingPane
{
  AdwBin          parent_instance;

  KonkursStore   *store;
  KonkursMeeting *meeting;
  GPtrArray      *attendance;   /* of KonkursAttendance */
  GPtrArray      *switches;     /* of GtkSwitch, unowned */
  gboolean        filling;

  GtkLabel       *quorum_label;
  GtkLabel       *chairing_label;
  GtkListBox     *members_list;
  GtkListBox     *observers_list;
  GtkWidget      *add_observer_button;
  AdwActionRow   *recording_row;
  GtkWidget      *recording_button;
  char           *quorum_text;
};

G_DEFINE_FINAL_TYPE (KonkursMeetingPane, konkurs_meeting_pane, ADW_TYPE_BIN)

char *
konkurs_meeting_describe_quorum (const KonkursQuorum *quorum)
{
  g_return_val_if_fail (quorum != NULL, NULL);

  if (quorum->voting == 0)
    return g_strdup (_("No quorum: the commission has no voting members."));
  if (konkurs_quorum_reached (quorum))
    /* Translators: the quorum of a meeting: present voting members, voting members, needed */
    return g_strdup_printf (_("Quorum: %u of %u present, %u needed"), quorum->present, quorum->voting,
                            quorum->required);
  /* Translators: no quorum: present, voting members, needed, then how many more must come */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "No quorum: %u of %u present, %u needed — %u more voting "
                                       "member must be present",
                                       "No quorum: %u of %u present, %u needed — %u more voting members must "
                                       "be present", quorum->required - quorum->present),
                          quorum->present, quorum->voting, quorum->required, quorum->required - quorum->present);
}

static void
describe_quorum (KonkursMeetingPane *self)
{
  KonkursQuorum quorum = { 0 };
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->quorum_text, g_free);
  if (self->store == NULL || self->meeting == NULL)
    {
      gtk_label_set_text (self->quorum_label, "");
      return;
    }
  if (!konkurs_store_get_meeting_quorum (self->store, self->meeting->id, &quorum, &error))
    self->quorum_text = g_strdup (error->message);
  else
    self->quorum_text = konkurs_meeting_describe_quorum (&quorum);
  gtk_label_set_text (self->quorum_label, self->quorum_text);
  if (konkurs_quorum_reached (&quorum))
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->quorum_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->quorum_label), "success");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->quorum_label), "success");
      gtk_widget_add_css_class (GTK_WIDGET (self->quorum_label), "error");
    }
}

static void
describe_chairing (KonkursMeetingPane *self)
{
  g_autoptr(GPtrArray) members = g_ptr_array_new ();
  g_autoptr(GPtrArray) present = g_ptr_array_new ();
  const KonkursCommissionMember *chairing;
  g_autofree char *text = NULL;

  for (guint i = 0; self->attendance != NULL && i < self->attendance->len; i++)
    {
      const KonkursAttendance *attendance = self->attendance->pdata[i];

      g_ptr_array_add (members, attendance->member);
      if (attendance->present)
        g_ptr_array_add (present, attendance->member);
    }
  chairing = konkurs_commission_find_chairing (members, present);
  if (self->meeting == NULL)
    text = g_strdup ("");
  else if (chairing == NULL)
    text = g_strdup (_("Nobody chairs: neither the chair nor the deputy chair is present. A tie is then not a "
                       "majority."));
  else if (chairing->role == KONKURS_COMMISSION_DEPUTY_CHAIR)
    /* Translators: %s is the deputy chair's name */
    text = g_strdup_printf (_("Chairing: %s, deputy chair, in the chair’s absence"),
                            konkurs_local_text_get_display (chairing->name));
  else
    text = g_strdup_printf (_("Chairing: %s"), konkurs_local_text_get_display (chairing->name));
  gtk_label_set_text (self->chairing_label, text);
}

/* Attendance */

typedef struct {
  KonkursMeetingPane *pane;
  gint64              member_id;
  gboolean            present;
} Marking;

static void
marking_free (gpointer data)
{
  Marking *marking = data;

  g_object_unref (marking->pane);
  g_free (marking);
}

static gboolean
apply_marking (const char  *reason,
               gpointer     data,
               GError     **error)
{
  Marking *marking = data;
  KonkursMeetingPane *self = marking->pane;

  if (self->store == NULL || self->meeting == NULL)
    return TRUE;
  return konkurs_store_set_attendance (self->store, self->meeting->id, marking->member_id, marking->present,
                                       reason, error);
}

/* The switch shows what the store holds: back where it was until the
 * store takes the change (which reloads the pane). */
static gboolean
on_switch_state_set (GtkSwitch          *toggle,
                     gboolean            state,
                     KonkursMeetingPane *self)
{
  guint index;
  Marking *marking;
  g_autoptr(GError) error = NULL;

  if (self->filling || self->store == NULL || self->meeting == NULL ||
      !g_ptr_array_find (self->switches, toggle, &index))
    return FALSE;
  marking = g_new0 (Marking, 1);
  marking->pane = g_object_ref (self);
  marking->member_id = ((KonkursAttendance *) self->attendance->pdata[index])->member->id;
  marking->present = state;
  if (self->meeting->closed_at != NULL)
    {
      konkurs_reason_dialog_ask (GTK_WIDGET (self), _("Change the Attendance of a Recorded Meeting?"),
                                 _("The decisions of this meeting are recorded. The change is recorded with your "
                                   "reason, and the decisions are taken again."),
                                 NULL, _("Change the Attendance"), apply_marking, marking, marking_free);
      return TRUE;
    }
  if (!apply_marking (NULL, marking, &error))
    konkurs_area_tell (GTK_WIDGET (self), error->message);
  marking_free (marking);
  return TRUE;
}

static void
remove_rows (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
member_row (KonkursMeetingPane      *self,
            const KonkursAttendance *attendance,
            gboolean                 writable)
{
  const KonkursCommissionMember *member = attendance->member;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();
  g_autofree char *name = NULL;
  g_autofree char *subtitle = NULL;
  const char *position = konkurs_local_text_get_display (member->position);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), konkurs_local_text_get_display (member->name));
  subtitle = position != NULL && position[0] != '\0'
             ? g_strdup_printf ("%s · %s", konkurs_ui_translate_label (konkurs_commission_role_get_label (member->role)),
                                position)
             : g_strdup (konkurs_ui_translate_label (konkurs_commission_role_get_label (member->role)));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_switch_set_active (GTK_SWITCH (toggle), attendance->present);
  gtk_switch_set_state (GTK_SWITCH (toggle), attendance->present);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (toggle, writable);
  /* Translators: the accessible name of a member's attendance switch */
  name = g_strdup_printf (_("Present: %s"), konkurs_local_text_get_display (member->name));
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_signal_connect (toggle, "state-set", G_CALLBACK (on_switch_state_set), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  g_ptr_array_add (self->switches, toggle);
  return row;
}

static void
fill_members (KonkursMeetingPane *self,
              gboolean            writable)
{
  self->filling = TRUE;
  remove_rows (self->members_list);
  g_ptr_array_set_size (self->switches, 0);
  for (guint i = 0; self->attendance != NULL && i < self->attendance->len; i++)
    gtk_list_box_append (self->members_list, member_row (self, self->attendance->pdata[i], writable));
  self->filling = FALSE;
}

/* Observers */

static void
on_remove_observer (GtkButton          *button,
                    KonkursMeetingPane *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "observer"));
  g_autoptr(GError) error = NULL;

  if (self->store != NULL && !konkurs_store_remove_observer (self->store, id, &error))
    konkurs_area_tell (GTK_WIDGET (self), error->message);
}

static GtkWidget *
observer_row (KonkursMeetingPane    *self,
              const KonkursObserver *observer,
              gboolean               writable)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *date = konkurs_ui_format_date (&observer->registered_on);
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), observer->full_name);
  /* Translators: an observer: kind · organisation · registered on DATE */
  subtitle = g_strdup_printf (_("%s · %s · registered on %s"),
                              konkurs_ui_translate_label (konkurs_observer_kind_get_label (observer->kind)),
                              observer->organisation != NULL ? observer->organisation : "", date);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_tooltip_text (remove, _("Remove the observer"));
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_sensitive (remove, writable);
  g_object_set_data (G_OBJECT (remove), "observer", GSIZE_TO_POINTER (observer->id));
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_observer), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static void
fill_observers (KonkursMeetingPane *self,
                gboolean            writable)
{
  remove_rows (self->observers_list);
  for (guint i = 0; self->meeting != NULL && i < self->meeting->observers->len; i++)
    gtk_list_box_append (self->observers_list, observer_row (self, self->meeting->observers->pdata[i], writable));
  gtk_widget_set_visible (GTK_WIDGET (self->observers_list),
                          self->meeting != NULL && self->meeting->observers->len > 0);
}

static void
on_add_observer (KonkursMeetingPane *self)
{
  if (self->store != NULL && self->meeting != NULL)
    konkurs_observer_dialog_present (GTK_WIDGET (self), self->store, self->meeting);
}

static void
describe_recording (KonkursMeetingPane *self)
{
  g_autofree char *text = NULL;

  if (self->meeting == NULL || self->meeting->recording_sha256 == NULL)
    text = g_strdup (_("No recording linked yet: the interview must be recorded."));
  else
    /* Translators: the recording's file name, then its SHA-256 */
    text = g_strdup_printf (_("%s · SHA-256 %s"), self->meeting->recording_name, self->meeting->recording_sha256);
  adw_action_row_set_subtitle (self->recording_row, text);
}

static void
on_link_recording (KonkursMeetingPane *self)
{
  if (self->store != NULL && self->meeting != NULL)
    konkurs_recording_choose (GTK_WIDGET (self), self->store, self->meeting->id);
}

/* The widget */

static void
konkurs_meeting_pane_dispose (GObject *object)
{
  KonkursMeetingPane *self = KONKURS_MEETING_PANE (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->store);
  g_clear_pointer (&self->meeting, konkurs_meeting_free);
  g_clear_pointer (&self->attendance, g_ptr_array_unref);
  g_clear_pointer (&self->switches, g_ptr_array_unref);
  g_clear_pointer (&self->quorum_text, g_free);

  G_OBJECT_CLASS (konkurs_meeting_pane_parent_class)->dispose (object);
}

static void
konkurs_meeting_pane_class_init (KonkursMeetingPaneClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = konkurs_meeting_pane_dispose;
}

static GtkWidget *
heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 12);
  return label;
}

static GtkListBox *
boxed_list (void)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  return GTK_LIST_BOX (list);
}

static GtkWidget *
label_new (gboolean wrap)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), wrap);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  return label;
}

static void
konkurs_meeting_pane_init (KonkursMeetingPane *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *observers_header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *recording_list = GTK_WIDGET (boxed_list ());
  GtkWidget *label;

  self->switches = g_ptr_array_new ();
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_bottom (box, 12);

  self->quorum_label = GTK_LABEL (label_new (TRUE));
  gtk_widget_add_css_class (GTK_WIDGET (self->quorum_label), "title-4");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->quorum_label), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Quorum"), -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->quorum_label));
  self->chairing_label = GTK_LABEL (label_new (TRUE));
  gtk_widget_add_css_class (GTK_WIDGET (self->chairing_label), "dim-label");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->chairing_label));

  gtk_box_append (GTK_BOX (box), heading (_("Attendance")));
  self->members_list = boxed_list ();
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->members_list));

  label = heading (_("Observers"));
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (observers_header), label);
  self->add_observer_button = gtk_button_new_with_mnemonic (_("Add _Observer…"));
  gtk_widget_set_tooltip_text (self->add_observer_button,
                               _("Register an observer: members of Parliament and local councils, accredited media, "
                                 "NGOs and parties register at least one working day before the meeting"));
  gtk_widget_set_valign (self->add_observer_button, GTK_ALIGN_END);
  g_signal_connect_swapped (self->add_observer_button, "clicked", G_CALLBACK (on_add_observer), self);
  gtk_box_append (GTK_BOX (observers_header), self->add_observer_button);
  gtk_box_append (GTK_BOX (box), observers_header);
  self->observers_list = boxed_list ();
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->observers_list));

  gtk_box_append (GTK_BOX (box), heading (_("Recording")));
  self->recording_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->recording_row), _("Audio or video recording"));
  self->recording_button = gtk_button_new_with_mnemonic (_("_Link Recording…"));
  gtk_widget_set_tooltip_text (self->recording_button,
                               _("Keep the recording’s file name and SHA-256; the file stays where it is"));
  gtk_widget_set_valign (self->recording_button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (self->recording_button, "clicked", G_CALLBACK (on_link_recording), self);
  adw_action_row_add_suffix (self->recording_row, self->recording_button);
  gtk_list_box_append (GTK_LIST_BOX (recording_list), GTK_WIDGET (self->recording_row));
  gtk_box_append (GTK_BOX (box), recording_list);

  adw_bin_set_child (ADW_BIN (self), box);
}

GtkWidget *
konkurs_meeting_pane_new (void)
{
  return g_object_new (KONKURS_TYPE_MEETING_PANE, NULL);
}

void
konkurs_meeting_pane_set_meeting (KonkursMeetingPane   *self,
                                  KonkursStore         *store,
                                  const KonkursMeeting *meeting,
                                  GPtrArray            *attendance,
                                  gboolean              writable)
{
  g_return_if_fail (KONKURS_IS_MEETING_PANE (self));

  g_set_object (&self->store, store);
  g_clear_pointer (&self->meeting, konkurs_meeting_free);
  self->meeting = meeting != NULL ? konkurs_meeting_copy (meeting) : NULL;
  g_clear_pointer (&self->attendance, g_ptr_array_unref);
  self->attendance = attendance != NULL && meeting != NULL ? g_ptr_array_ref (attendance) : NULL;
  fill_members (self, writable);
  fill_observers (self, writable);
  describe_quorum (self);
  describe_chairing (self);
  describe_recording (self);
  gtk_widget_set_sensitive (self->add_observer_button, writable && meeting != NULL);
  gtk_widget_set_sensitive (self->recording_button, writable && meeting != NULL);
}

const char *
konkurs_meeting_pane_get_quorum_text (KonkursMeetingPane *self)
{
  g_return_val_if_fail (KONKURS_IS_MEETING_PANE (self), NULL);
  return self->quorum_text != NULL ? self->quorum_text : "";
}

GtkSwitch *
konkurs_meeting_pane_get_switch (KonkursMeetingPane *self,
                                 guint               index)
{
  g_return_val_if_fail (KONKURS_IS_MEETING_PANE (self), NULL);
  return index < self->switches->len ? self->switches->pdata[index] : NULL;
}
