/* konkurs-history-dialog.c — who changed what, and when
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store gives each entry of the log with its facts (the row's name,
 * the fields changed, the decision); this says them in the interface
 * language, one row per entry.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "konkurs-history-dialog.h"
#include "konkurs-ui-date-time.h"

struct _KonkursHistoryDialog
{
  AdwWindow parent_instance;
};

G_DEFINE_FINAL_TYPE (KonkursHistoryDialog, konkurs_history_dialog, ADW_TYPE_WINDOW)

/* The fields of the snapshots (konkurs-store-audit.c), as a list of
 * changes names them. */
static const struct {
  const char *key;
  const char *label;
} fields[] = {
  { "number", NC_("changed field", "number") },
  { "code", NC_("changed field", "code") },
  { "rule_set_id", NC_("changed field", "rule set") },
  { "procedure", NC_("changed field", "procedure") },
  { "state_body", NC_("changed field", "state body") },
  { "title", NC_("changed field", "title") },
  { "announced_on", NC_("changed field", "announcement date") },
  { "position_title", NC_("changed field", "position") },
  { "corps", NC_("changed field", "corps") },
  { "category", NC_("changed field", "category") },
  { "leadership", NC_("changed field", "leadership") },
  { "level", NC_("changed field", "level") },
  { "sector", NC_("changed field", "sector") },
  { "seats", NC_("changed field", "seats") },
  { "education", NC_("changed field", "minimum education") },
  { "experience_years", NC_("changed field", "minimum experience") },
  { "requirements", NC_("changed field", "requirements") },
};

/* "title", or "title (Russian)" for a field kept in both languages. */
static char *
describe_field (const char *key)
{
  g_autofree char *base = g_strdup (key);
  const char *language = NULL;

  if (g_str_has_suffix (base, "_kk") || g_str_has_suffix (base, "_ru"))
    {
      language = g_str_has_suffix (base, "_kk") ? _("Kazakh") : _("Russian");
      base[strlen (base) - 3] = '\0';
    }
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_str_equal (fields[i].key, base))
      /* Translators: a field kept in two languages, and the language: "title (Russian)" */
      return language != NULL ? g_strdup_printf (_("%s (%s)"), g_dpgettext2 (GETTEXT_PACKAGE, "changed field", fields[i].label),
                                                 language)
                              : g_strdup (g_dpgettext2 (GETTEXT_PACKAGE, "changed field", fields[i].label));
  /* Ids of other rows say nothing to the reader. */
  return NULL;
}

static char *
describe_changes (const char *changed)
{
  g_auto(GStrv) keys = g_strsplit (changed, ",", -1);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; keys[i] != NULL; i++)
    {
      char *name = describe_field (keys[i]);

      if (name != NULL)
        g_ptr_array_add (names, name);
    }
  if (names->len == 0)
    return NULL;
  g_ptr_array_add (names, NULL);
  return g_strjoinv (", ", (char **) names->pdata);
}

static char *
describe_competition (const KonkursHistoryEntry *entry)
{
  g_autofree char *changes = NULL;

  if (g_str_equal (entry->action, "create"))
    return g_strdup (_("Created the competition"));
  if (g_str_equal (entry->action, "delete"))
    return g_strdup (_("Deleted the competition"));
  if (g_str_equal (entry->action, "restore"))
    return g_strdup (_("Restored the competition"));
  changes = describe_changes (entry->changed);
  /* Translators: the fields of a competition that were changed follow */
  return changes != NULL ? g_strdup_printf (_("Changed the competition: %s"), changes)
                         : g_strdup (_("Changed the competition"));
}

static char *
describe_vacancy (const KonkursHistoryEntry *entry)
{
  g_autofree char *changes = NULL;

  if (g_str_equal (entry->action, "create"))
    return g_strdup_printf (_("Added the vacancy “%s”"), entry->subject);
  if (g_str_equal (entry->action, "delete"))
    return g_strdup_printf (_("Deleted the vacancy “%s”"), entry->subject);
  if (g_str_equal (entry->action, "restore"))
    return g_strdup_printf (_("Restored the vacancy “%s”"), entry->subject);
  changes = describe_changes (entry->changed);
  /* Translators: a vacancy, then the fields that were changed */
  return changes != NULL ? g_strdup_printf (_("Changed the vacancy “%s”: %s"), entry->subject, changes)
                         : g_strdup_printf (_("Changed the vacancy “%s”"), entry->subject);
}

static char *
describe_application (const KonkursHistoryEntry *entry)
{
  gboolean admitted = g_str_equal (entry->decision, "admitted");

  if (g_str_equal (entry->action, "apply"))
    /* Translators: %s is the personal code of the application */
    return g_strdup_printf (_("Recorded the application %s"), entry->subject);
  if (g_str_equal (entry->action, "delete"))
    return g_strdup_printf (_("Deleted the application %s"), entry->subject);
  if (!g_str_equal (entry->action, "decide"))
    return g_strdup_printf (_("Changed the application %s"), entry->subject);
  if (entry->against_engine)
    return g_strdup_printf (admitted ? _("Decided on the application %s: admitted, against the automatic check")
                                     : _("Decided on the application %s: refused admission, against the automatic check"),
                            entry->subject);
  return g_strdup_printf (admitted ? _("Decided on the application %s: admitted")
                                   : _("Decided on the application %s: refused admission"),
                          entry->subject);
}

static char *
describe_candidate (const KonkursHistoryEntry *entry)
{
  if (g_str_equal (entry->action, "create"))
    return g_strdup (_("Registered the candidate"));
  if (g_str_equal (entry->action, "delete"))
    return g_strdup (_("Deleted the candidate’s record"));
  return g_strdup (_("Changed the candidate’s record"));
}

char *
konkurs_history_describe (const KonkursHistoryEntry *entry)
{
  g_return_val_if_fail (entry != NULL, NULL);

  if (g_str_equal (entry->table, "competition"))
    return describe_competition (entry);
  if (g_str_equal (entry->table, "vacancy"))
    return describe_vacancy (entry);
  if (g_str_equal (entry->table, "application"))
    return describe_application (entry);
  if (g_str_equal (entry->table, "candidate"))
    return describe_candidate (entry);
  /* A table of a later version: say what the log says. */
  return g_strdup_printf ("%s: %s", entry->table, entry->action);
}

char *
konkurs_history_describe_when (const KonkursHistoryEntry *entry)
{
  g_autofree char *when = NULL;

  g_return_val_if_fail (entry != NULL, NULL);

  when = konkurs_ui_format_date_time (entry->at);
  /* Translators: when, then who: "12.03.2026, 10:15 — A. Seitkali" */
  return g_strdup_printf (_("%s — %s"), when, entry->actor[0] != '\0' ? entry->actor : "—");
}

static GtkWidget *
new_row (const KonkursHistoryEntry *entry)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *what = konkurs_history_describe (entry);
  g_autofree char *when = konkurs_history_describe_when (entry);
  g_autofree char *subtitle = NULL;

  /* Reasons and titles are the users' text: never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), what);
  if (entry->reason[0] != '\0')
    /* Translators: when and who, then the reason written for a decision */
    subtitle = g_strdup_printf (_("%s\nReason: %s"), when, entry->reason);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : when);
  gtk_widget_set_focusable (row, FALSE);
  return row;
}

static GtkWidget *
new_body (GPtrArray    *entries,
          const GError *error)
{
  GtkWidget *group, *clamp, *scroller;

  if (entries == NULL || entries->len == 0)
    {
      GtkWidget *page = adw_status_page_new ();

      adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "document-open-recent-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (page),
                                 entries != NULL ? _("No Changes Recorded") : _("Could Not Read the History"));
      if (entries == NULL)
        adw_status_page_set_description (ADW_STATUS_PAGE (page), error != NULL ? error->message : NULL);
      gtk_widget_set_vexpand (page, TRUE);
      return page;
    }

  group = adw_preferences_group_new ();
  for (guint i = 0; i < entries->len; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), new_row (entries->pdata[i]));
  clamp = adw_clamp_new ();
  adw_clamp_set_child (ADW_CLAMP (clamp), group);
  gtk_widget_set_margin_top (clamp, 12);
  gtk_widget_set_margin_bottom (clamp, 12);
  gtk_widget_set_margin_start (clamp, 12);
  gtk_widget_set_margin_end (clamp, 12);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_widget_set_vexpand (scroller, TRUE);
  return scroller;
}

static void
konkurs_history_dialog_class_init (KonkursHistoryDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
konkurs_history_dialog_init (KonkursHistoryDialog *self)
{
}

KonkursHistoryDialog *
konkurs_history_dialog_new (GtkWindow    *parent,
                            const char   *subject,
                            GPtrArray    *entries,
                            const GError *error)
{
  KonkursHistoryDialog *self;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (entries != NULL || error != NULL, NULL);

  self = g_object_new (KONKURS_TYPE_HISTORY_DIALOG,
                       "title", _("History"),
                       "modal", TRUE,
                       "transient-for", parent,
                       "destroy-with-parent", TRUE,
                       "default-width", 560,
                       "default-height", 560,
                       NULL);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (_("History"), subject));
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), new_body (entries, error));
  adw_window_set_content (ADW_WINDOW (self), box);
  return self;
}
