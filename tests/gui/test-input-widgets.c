/* test-input-widgets.c — the fields every dialog shares: a date with its
 * calendar, and a country by its name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "konkurs-collation.h"
#include "konkurs-country-row.h"
#include "konkurs-date-entry.h"
#include "konkurs-test-dialogs.h"
#include "konkurs-test-util.h"
#include "konkurs-test-widgets.h"
#include "konkurs-ui-deadline.h"

static gboolean
is_entry (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_ENTRY (widget);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
count_changes (GtkEditable *editable,
               guint       *count)
{
  (*count)++;
}

/* A window holding @field and a button to move the focus to. */
static GtkWidget *
window_with (GtkWidget  *field,
             GtkWidget **other)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  *other = gtk_button_new_with_label ("Next");
  gtk_box_append (GTK_BOX (box), field);
  gtk_box_append (GTK_BOX (box), *other);
  gtk_window_set_child (GTK_WINDOW (window), box);
  konkurs_test_show_window (window);
  return window;
}

static void
test_date_entry (void)
{
  KonkursDateEntry *field = KONKURS_DATE_ENTRY (konkurs_date_entry_new ());
  g_autoptr(GDate) birth = konkurs_test_date_new (1995, 5, 14);
  GtkEntry *entry = GTK_ENTRY (konkurs_test_find_widget (GTK_WIDGET (field), is_entry, NULL));
  GtkWidget *window, *other;
  guint notified = 0;
  GDate date;

  window = window_with (GTK_WIDGET (field), &other);
  g_signal_connect (field, "notify::date", G_CALLBACK (count_notify), &notified);

  /* A date set reads in full; its text is the field's, as an editable. */
  konkurs_date_entry_set_date (field, birth);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field)), ==, "14 May 1995");
  g_assert_true (konkurs_date_entry_get_date (field, &date));
  g_assert_cmpint (g_date_compare (&date, birth), ==, 0);
  g_assert_cmpuint (notified, ==, 1);

  /* Typed as people type it, it is the same date, written in full once
   * the focus moves on. */
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (field)));
  konkurs_test_assert_focus_in (GTK_WIDGET (entry));
  gtk_editable_set_text (GTK_EDITABLE (field), "1995-05-14");
  g_assert_true (konkurs_date_entry_get_date (field, &date));
  g_assert_cmpint (g_date_compare (&date, birth), ==, 0);
  gtk_widget_grab_focus (other);
  konkurs_test_drain_main_loop ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "14 May 1995");

  /* Not a date: nothing, and the text is left as typed. */
  gtk_editable_set_text (GTK_EDITABLE (field), "14.05.95");
  g_assert_false (konkurs_date_entry_get_date (field, &date));
  g_assert_false (g_date_valid (&date));
  gtk_widget_grab_focus (GTK_WIDGET (field));
  gtk_widget_grab_focus (other);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field)), ==, "14.05.95");

  /* The marks of a field at fault show on its entry. */
  gtk_widget_add_css_class (GTK_WIDGET (field), "error");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (entry), "error"));
  gtk_widget_remove_css_class (GTK_WIDGET (field), "error");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (entry), "error"));

  konkurs_date_entry_set_date (field, NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field)), ==, "");
  g_assert_true (gtk_entry_get_activates_default (entry));
  konkurs_date_entry_set_label (field, "Birth date");
  g_assert_cmpstr (konkurs_date_entry_get_label (field), ==, "Birth date");

  konkurs_test_destroy_and_wait (window);
}

static gboolean
popover_is_hidden (gpointer data)
{
  return !gtk_widget_get_visible (data);
}

/* The calendar opens on the field's date (today when it has none) and
 * writes the day picked. */
static void
test_date_entry_calendar (void)
{
  KonkursDateEntry *field = KONKURS_DATE_ENTRY (konkurs_date_entry_new ());
  g_autoptr(GDate) birth = konkurs_test_date_new (1995, 5, 14);
  g_autoptr(GDateTime) picked = g_date_time_new_local (1995, 5, 20, 0, 0, 0);
  g_autoptr(GDateTime) shown = NULL;
  GtkCalendar *calendar = konkurs_date_entry_get_calendar (field);
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER);
  GtkWidget *window, *other;
  guint changes = 0;

  window = window_with (GTK_WIDGET (field), &other);
  konkurs_date_entry_set_date (field, birth);
  g_signal_connect (field, "changed", G_CALLBACK (count_changes), &changes);

  konkurs_date_entry_popup_calendar (field);
  konkurs_test_drain_main_loop ();
  g_assert_true (gtk_widget_get_visible (popover));
  shown = gtk_calendar_get_date (calendar);
  g_assert_cmpint (g_date_time_get_day_of_month (shown), ==, 14);
  g_assert_cmpint (g_date_time_get_month (shown), ==, 5);
  g_assert_cmpint (g_date_time_get_year (shown), ==, 1995);
  /* Opening shows the date; it changes nothing. */
  g_assert_cmpuint (changes, ==, 0);

  gtk_calendar_select_day (calendar, picked);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field)), ==, "20 May 1995");
  g_assert_cmpuint (changes, >, 0);
  g_assert_true (konkurs_test_wait_until (popover_is_hidden, popover));

  konkurs_test_destroy_and_wait (window);
}

static void
test_country_row (void)
{
  KonkursCountryRow *row = KONKURS_COUNTRY_ROW (konkurs_country_row_new ());
  GtkDropDown *drop_down = konkurs_country_row_get_drop_down (row);
  GListModel *model = gtk_drop_down_get_model (drop_down);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *list = gtk_list_box_new ();
  guint n, notified = 0;

  /* A row lives in a list. */
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (row));
  gtk_window_set_child (GTK_WINDOW (window), list);
  konkurs_test_show_window (window);
  g_signal_connect (row, "notify::code", G_CALLBACK (count_notify), &notified);

  /* Kazakhstan first, then every country in alphabetical order. */
  n = g_list_model_get_n_items (model);
  g_assert_cmpuint (n, >, 240);
  g_assert_cmpstr (konkurs_country_row_get_code (row), ==, "KZ");
  g_assert_cmpuint (gtk_drop_down_get_selected (drop_down), ==, 0);
  for (guint i = 2; i < n; i++)
    g_assert_cmpint (konkurs_collation_compare (gtk_string_list_get_string (GTK_STRING_LIST (model), i - 1),
                                                gtk_string_list_get_string (GTK_STRING_LIST (model), i)), <, 0);
  g_assert_true (gtk_drop_down_get_enable_search (drop_down));
  g_assert_cmpstr (konkurs_country_name ("RU"), ==, "Russian Federation");
  g_assert_null (konkurs_country_name ("QQ"));

  /* Lower case is the same code; chosen in the list, the code follows. */
  konkurs_country_row_set_code (row, "ru");
  g_assert_cmpstr (konkurs_country_row_get_code (row), ==, "RU");
  g_assert_cmpuint (notified, ==, 1);
  gtk_drop_down_set_selected (drop_down, 0);
  g_assert_cmpstr (konkurs_country_row_get_code (row), ==, "KZ");

  /* A code of elsewhere stays the record's, offered as it is. */
  konkurs_country_row_set_code (row, "XK");
  g_assert_cmpstr (konkurs_country_row_get_code (row), ==, "XK");
  model = gtk_drop_down_get_model (drop_down);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), gtk_drop_down_get_selected (drop_down)),
                   ==, "XK");
  konkurs_country_row_set_code (row, NULL);
  g_assert_cmpstr (konkurs_country_row_get_code (row), ==, "KZ");

  konkurs_test_destroy_and_wait (window);
}

/* A deadline counted across a provisional day says so, and names it in
 * its tooltip; one counted short of it does not. */
static void
test_provisional_deadline (void)
{
  g_autoptr(KonkursCalendar) calendar =
    konkurs_test_calendar_new_from_data ("[provisional:kurban]\nname=Kurban Ait 2026\ndates=2026-05-27\n"
                                         "[2026]\nkurban-ait=2026-05-27\n");
  g_autoptr(GDate) from = g_date_new_dmy (25, G_DATE_MAY, 2026);
  g_autoptr(GDate) before = g_date_new_dmy (26, G_DATE_MAY, 2026);
  g_autoptr(GDate) after = g_date_new_dmy (28, G_DATE_MAY, 2026);
  GtkWidget *label = g_object_ref_sink (gtk_label_new (NULL));
  g_autofree char *tooltip = NULL;
  g_autofree char *text = konkurs_ui_format_deadline (calendar, from, before, &tooltip);

  g_assert_cmpstr (text, ==, "26 May 2026");
  g_assert_null (tooltip);

  konkurs_ui_show_deadline (GTK_LABEL (label), calendar, from, after);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "28 May 2026 (provisional)");
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (label), "Kurban Ait 2026, 27 May 2026"));
  konkurs_ui_show_deadline (GTK_LABEL (label), calendar, from, before);
  g_assert_null (gtk_widget_get_tooltip_text (label));
  g_object_unref (label);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/input-widgets/date-entry", test_date_entry);
  g_test_add_func ("/input-widgets/date-entry/calendar", test_date_entry_calendar);
  g_test_add_func ("/input-widgets/country-row", test_country_row);
  g_test_add_func ("/input-widgets/provisional-deadline", test_provisional_deadline);

  return g_test_run ();
}
