/* konkurs-date-entry.c — the one field every dialog takes a date with: an
 * entry with a calendar button beside it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-date-entry.h"
#include "konkurs-ui-dates.h"

struct _KonkursDateEntry
{
  GtkWidget       parent_instance;

  GtkEntry       *entry;
  GtkMenuButton  *button;
  GtkCalendar    *calendar;
  char           *label;
  gulong          day_selected_id;
};

static void konkurs_date_entry_editable_init (GtkEditableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KonkursDateEntry, konkurs_date_entry, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_EDITABLE, konkurs_date_entry_editable_init))

enum {
  PROP_0,
  PROP_DATE,
  PROP_LABEL,
  PROP_PLACEHOLDER_TEXT,
  PROP_ACTIVATES_DEFAULT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ACTIVATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The style classes that mark a field, shown on the entry. */
static const char * const marks[] = { "error", "warning" };

gboolean
konkurs_date_entry_get_date (KonkursDateEntry *self,
                             GDate            *date)
{
  g_return_val_if_fail (KONKURS_IS_DATE_ENTRY (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  return konkurs_ui_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->entry)), date);
}

void
konkurs_date_entry_set_date (KonkursDateEntry *self,
                             const GDate      *date)
{
  g_autofree char *text = NULL;

  g_return_if_fail (KONKURS_IS_DATE_ENTRY (self));

  text = konkurs_ui_format_date_input (date);
  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (self->entry))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
}

const char *
konkurs_date_entry_get_label (KonkursDateEntry *self)
{
  g_return_val_if_fail (KONKURS_IS_DATE_ENTRY (self), NULL);

  return self->label;
}

void
konkurs_date_entry_set_label (KonkursDateEntry *self,
                              const char       *label)
{
  g_autofree char *button_label = NULL;

  g_return_if_fail (KONKURS_IS_DATE_ENTRY (self));

  if (g_strcmp0 (self->label, label) == 0)
    return;
  g_free (self->label);
  self->label = g_strdup (label);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label != NULL ? label : "", -1);
  /* Translators: the name of the calendar button beside a date field; %s is the field's name, as “Start date” */
  button_label = g_strdup_printf (_("Calendar for “%s”"), label != NULL ? label : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label != NULL ? button_label : _("Choose a Date"), -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

void
konkurs_date_entry_set_placeholder_text (KonkursDateEntry *self,
                                         const char       *text)
{
  g_return_if_fail (KONKURS_IS_DATE_ENTRY (self));

  if (g_strcmp0 (gtk_entry_get_placeholder_text (self->entry), text) == 0)
    return;
  gtk_entry_set_placeholder_text (self->entry, text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACEHOLDER_TEXT]);
}

GtkCalendar *
konkurs_date_entry_get_calendar (KonkursDateEntry *self)
{
  g_return_val_if_fail (KONKURS_IS_DATE_ENTRY (self), NULL);

  return self->calendar;
}

void
konkurs_date_entry_popup_calendar (KonkursDateEntry *self)
{
  g_return_if_fail (KONKURS_IS_DATE_ENTRY (self));

  gtk_menu_button_popup (self->button);
}

/* The calendar */

/* Shows the field's date, or today, without taking it as a pick. */
static void
on_popover_show (KonkursDateEntry *self)
{
  g_autoptr(GDateTime) shown = NULL;
  GDate date;

  if (konkurs_date_entry_get_date (self, &date))
    shown = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date),
                                   0, 0, 0);
  else
    shown = g_date_time_new_now_local ();
  g_signal_handler_block (self->calendar, self->day_selected_id);
  gtk_calendar_select_day (self->calendar, shown);
  g_signal_handler_unblock (self->calendar, self->day_selected_id);
}

static void
on_day_selected (KonkursDateEntry *self)
{
  g_autoptr(GDateTime) picked = gtk_calendar_get_date (self->calendar);
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (picked), g_date_time_get_month (picked),
                  g_date_time_get_year (picked));
  konkurs_date_entry_set_date (self, &date);
  gtk_menu_button_popdown (self->button);
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

/* The entry */

/* A date typed as 14.05.1995 reads in full once the secretary moves on. */
static void
on_focus_leave (KonkursDateEntry *self)
{
  GDate date;

  if (konkurs_date_entry_get_date (self, &date))
    konkurs_date_entry_set_date (self, &date);
}

static void
on_entry_activate (KonkursDateEntry *self)
{
  g_signal_emit (self, signals[ACTIVATE], 0);
}

static void
on_entry_changed (KonkursDateEntry *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/* The marks of a field at fault go where they show: on the entry. */
static void
on_css_classes_changed (KonkursDateEntry *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    {
      if (gtk_widget_has_css_class (GTK_WIDGET (self), marks[i]))
        gtk_widget_add_css_class (GTK_WIDGET (self->entry), marks[i]);
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self->entry), marks[i]);
    }
}

/* GtkEditable */

static GtkEditable *
konkurs_date_entry_get_delegate (GtkEditable *editable)
{
  return GTK_EDITABLE (KONKURS_DATE_ENTRY (editable)->entry);
}

static void
konkurs_date_entry_editable_init (GtkEditableInterface *iface)
{
  iface->get_delegate = konkurs_date_entry_get_delegate;
}

/* GtkWidget */

static gboolean
konkurs_date_entry_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (KONKURS_DATE_ENTRY (widget)->entry));
}

static gboolean
konkurs_date_entry_mnemonic_activate (GtkWidget *widget,
                                      gboolean   group_cycling)
{
  return gtk_widget_grab_focus (widget);
}

/* GObject */

static void
konkurs_date_entry_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  KonkursDateEntry *self = KONKURS_DATE_ENTRY (object);
  GDate date;

  if (gtk_editable_delegate_get_property (object, prop_id, value, pspec))
    return;

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, konkurs_date_entry_get_date (self, &date) ? &date : NULL);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_PLACEHOLDER_TEXT:
      g_value_set_string (value, gtk_entry_get_placeholder_text (self->entry));
      break;
    case PROP_ACTIVATES_DEFAULT:
      g_value_set_boolean (value, gtk_entry_get_activates_default (self->entry));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_date_entry_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  KonkursDateEntry *self = KONKURS_DATE_ENTRY (object);

  if (gtk_editable_delegate_set_property (object, prop_id, value, pspec))
    return;

  switch (prop_id)
    {
    case PROP_DATE:
      konkurs_date_entry_set_date (self, g_value_get_boxed (value));
      break;
    case PROP_LABEL:
      konkurs_date_entry_set_label (self, g_value_get_string (value));
      break;
    case PROP_PLACEHOLDER_TEXT:
      konkurs_date_entry_set_placeholder_text (self, g_value_get_string (value));
      break;
    case PROP_ACTIVATES_DEFAULT:
      if (gtk_entry_get_activates_default (self->entry) != g_value_get_boolean (value))
        {
          gtk_entry_set_activates_default (self->entry, g_value_get_boolean (value));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_date_entry_dispose (GObject *object)
{
  KonkursDateEntry *self = KONKURS_DATE_ENTRY (object);

  if (self->entry != NULL)
    gtk_editable_finish_delegate (GTK_EDITABLE (self));
  if (self->entry != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->entry));
  if (self->button != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->button));
  self->entry = NULL;
  self->button = NULL;
  self->calendar = NULL;

  G_OBJECT_CLASS (konkurs_date_entry_parent_class)->dispose (object);
}

static void
konkurs_date_entry_finalize (GObject *object)
{
  g_free (KONKURS_DATE_ENTRY (object)->label);

  G_OBJECT_CLASS (konkurs_date_entry_parent_class)->finalize (object);
}

static void
konkurs_date_entry_class_init (KonkursDateEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = konkurs_date_entry_get_property;
  object_class->set_property = konkurs_date_entry_set_property;
  object_class->dispose = konkurs_date_entry_dispose;
  object_class->finalize = konkurs_date_entry_finalize;
  widget_class->grab_focus = konkurs_date_entry_grab_focus;
  widget_class->mnemonic_activate = konkurs_date_entry_mnemonic_activate;

  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLACEHOLDER_TEXT] =
    g_param_spec_string ("placeholder-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTIVATES_DEFAULT] =
    g_param_spec_boolean ("activates-default", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_editable_install_properties (object_class, N_PROPS);

  signals[ACTIVATE] =
    g_signal_new ("activate", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "konkurs-date-entry");
}

static GtkWidget *
new_calendar_popover (KonkursDateEntry *self)
{
  GtkWidget *popover = gtk_popover_new ();

  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  self->day_selected_id = g_signal_connect_swapped (self->calendar, "day-selected",
                                                    G_CALLBACK (on_day_selected), self);
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->calendar));
  g_signal_connect_swapped (popover, "show", G_CALLBACK (on_popover_show), self);
  return popover;
}

static void
konkurs_date_entry_init (KonkursDateEntry *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_widget_add_css_class (GTK_WIDGET (self), "linked");
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);

  self->entry = GTK_ENTRY (gtk_entry_new ());
  /* The longest full date, "30 сентября 2026 г.", whole. */
  gtk_editable_set_width_chars (GTK_EDITABLE (self->entry), 18);
  gtk_widget_set_hexpand (GTK_WIDGET (self->entry), TRUE);
  gtk_entry_set_activates_default (self->entry, TRUE);
  gtk_widget_set_parent (GTK_WIDGET (self->entry), GTK_WIDGET (self));
  g_signal_connect_swapped (self->entry, "changed", G_CALLBACK (on_entry_changed), self);
  g_signal_connect_swapped (self->entry, "activate", G_CALLBACK (on_entry_activate), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_focus_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self->entry), focus);

  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->button, "x-office-calendar-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), _("Choose a Date"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Choose a Date"), -1);
  gtk_menu_button_set_popover (self->button, new_calendar_popover (self));
  gtk_widget_set_parent (GTK_WIDGET (self->button), GTK_WIDGET (self));

  gtk_editable_init_delegate (GTK_EDITABLE (self));
  g_signal_connect (self, "notify::css-classes", G_CALLBACK (on_css_classes_changed), NULL);
}

GtkWidget *
konkurs_date_entry_new (void)
{
  return g_object_new (KONKURS_TYPE_DATE_ENTRY, NULL);
}
