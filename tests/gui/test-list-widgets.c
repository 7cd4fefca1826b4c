/* test-list-widgets.c — the list pieces the areas share: table columns,
 * search as you type, the filter bar's drop-downs, empty states and the
 * master-detail layout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "konkurs-columns.h"
#include "konkurs-competition.h"
#include "konkurs-filter-choice.h"
#include "konkurs-list-model.h"
#include "konkurs-list-page.h"
#include "konkurs-master-detail.h"
#include "konkurs-search-controller.h"
#include "konkurs-stack-page.h"
#include "konkurs-ui-dates.h"
#include "konkurs-vacancy.h"
#include "konkurs-test-widgets.h"

/* Helpers */

/* A key pressed where @widget's key controllers hear it first. */
static void
press_key (GtkWidget *widget,
           guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
}


static void
count_up (guint *counter)
{
  (*counter)++;
}

static GtkWindow *
present_in_window (GtkWidget *child)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_window_set_child (GTK_WINDOW (window), child);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (konkurs_test_wait_until (konkurs_test_widget_is_mapped, window));
  konkurs_test_drain_main_loop ();
  return GTK_WINDOW (window);
}

static gboolean
is_label_with_text (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), data) == 0;
}

static gboolean
is_inscription_with_text (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_INSCRIPTION (widget) && g_strcmp0 (gtk_inscription_get_text (GTK_INSCRIPTION (widget)), data) == 0;
}

/* Columns */

enum { COLUMN_WORD, COLUMN_LENGTH };

static const KonkursColumn columns[] = {
  { COLUMN_WORD, "word", "Word", -1, .min_chars = 6, .tooltip = TRUE },
  { COLUMN_LENGTH, "length", "Length", 70, .numeric = TRUE },
};

static char *
word_text (gpointer item,
           int      id,
           gpointer user_data)
{
  const char *word = gtk_string_object_get_string (item);

  return id == COLUMN_WORD ? g_strdup (word) : g_strdup_printf ("%ld", g_utf8_strlen (word, -1));
}

static int
compare_words (gpointer a,
               gpointer b,
               int      id)
{
  const char *wa = gtk_string_object_get_string (a);
  const char *wb = gtk_string_object_get_string (b);

  if (id == COLUMN_WORD)
    return g_utf8_collate (wa, wb);
  return (int) g_utf8_strlen (wa, -1) - (int) g_utf8_strlen (wb, -1);
}

static const char *
word_at (GListModel *model,
         guint       position)
{
  g_autoptr(GtkStringObject) item = g_list_model_get_item (model, position);

  return gtk_string_object_get_string (item);
}

/* Whether a cell shows a tooltip when the pointer rests on it: its text,
 * asked for then (set at every bind, it cost a display round trip per
 * cell). */
static gboolean
query_tooltip (GtkWidget  *cell,
               const char *text)
{
  GtkTooltip *tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
  gboolean shown = FALSE;

  g_assert_cmpstr (gtk_inscription_get_text (GTK_INSCRIPTION (cell)) ?: "", ==, text);
  g_signal_emit_by_name (cell, "query-tooltip", 1, 1, FALSE, tooltip, &shown);
  g_object_unref (tooltip);
  return shown;
}

static void
test_columns_sorted (void)
{
  const char *words[] = { "қасым", "ас", "әділет", NULL };
  GtkStringList *strings = gtk_string_list_new (words);
  GtkColumnView *view = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  GListModel *view_columns = gtk_column_view_get_columns (view);
  g_autoptr(GtkColumnViewColumn) word = NULL;
  g_autoptr(GtkColumnViewColumn) length = NULL;
  GtkSortListModel *sorted;
  GtkWindow *window;
  GtkWidget *cell;
  gpointer view_alive = view;

  konkurs_columns_append (view, columns, G_N_ELEMENTS (columns), word_text, compare_words, NULL);
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (strings), g_object_ref (gtk_column_view_get_sorter (view)));
  gtk_column_view_set_model (view, GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (sorted))));

  g_assert_cmpuint (g_list_model_get_n_items (view_columns), ==, 2);
  word = g_list_model_get_item (view_columns, 0);
  length = g_list_model_get_item (view_columns, 1);
  g_assert_cmpstr (gtk_column_view_column_get_title (word), ==, "Word");
  g_assert_true (gtk_column_view_column_get_expand (word));
  g_assert_false (gtk_column_view_column_get_expand (length));
  g_assert_cmpint (gtk_column_view_column_get_fixed_width (length), ==, 70);
  g_assert_true (gtk_column_view_column_get_resizable (word));
  g_assert_nonnull (gtk_column_view_column_get_sorter (length));

  /* The store's order until a column is chosen, then the column's. */
  g_assert_cmpstr (word_at (G_LIST_MODEL (sorted), 0), ==, "қасым");
  g_assert_false (konkurs_columns_get_sort (view, NULL, NULL));
  gtk_column_view_sort_by_column (view, length, GTK_SORT_ASCENDING);
  g_assert_cmpstr (word_at (G_LIST_MODEL (sorted), 0), ==, "ас");
  g_assert_cmpstr (word_at (G_LIST_MODEL (sorted), 2), ==, "әділет");
  gtk_column_view_sort_by_column (view, word, GTK_SORT_DESCENDING);
  g_assert_cmpstr (word_at (G_LIST_MODEL (sorted), 0), ==, "әділет");

  /* The cells: text, a tooltip where asked, figures in tabular form. */
  window = present_in_window (GTK_WIDGET (view));
  cell = konkurs_test_find_widget (GTK_WIDGET (view), is_inscription_with_text, "қасым");
  g_assert_nonnull (cell);
  g_assert_true (gtk_widget_get_has_tooltip (cell));
  g_assert_true (query_tooltip (cell, "қасым"));
  gtk_inscription_set_text (GTK_INSCRIPTION (cell), "");
  g_assert_false (query_tooltip (cell, ""));
  g_assert_cmpuint (gtk_inscription_get_min_chars (GTK_INSCRIPTION (cell)), ==, 6);
  g_assert_cmpint (gtk_inscription_get_text_overflow (GTK_INSCRIPTION (cell)), ==,
                   GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  g_assert_false (gtk_widget_has_css_class (cell, "numeric"));
  cell = konkurs_test_find_widget (GTK_WIDGET (view), is_inscription_with_text, "6");
  g_assert_nonnull (cell);
  g_assert_true (gtk_widget_has_css_class (cell, "numeric"));
  g_assert_false (gtk_widget_get_has_tooltip (cell));

  g_object_add_weak_pointer (G_OBJECT (view), &view_alive);
  g_clear_object (&word);
  g_clear_object (&length);
  konkurs_test_destroy_and_wait (window);
  g_assert_null (view_alive);
}

/* Without a compare function the model sorts itself: the headers still
 * sort, and say which column and which way. */
static void
test_columns_sorted_by_model (void)
{
  GtkColumnView *view = g_object_ref_sink (GTK_COLUMN_VIEW (gtk_column_view_new (NULL)));
  GListModel *view_columns = gtk_column_view_get_columns (view);
  g_autoptr(GtkColumnViewColumn) word = NULL;
  g_autoptr(GtkColumnViewColumn) length = NULL;
  guint changed = 0;
  gboolean descending = TRUE;
  int id = -1;

  konkurs_columns_append (view, columns, G_N_ELEMENTS (columns), word_text, NULL, NULL);
  word = g_list_model_get_item (view_columns, 0);
  length = g_list_model_get_item (view_columns, 1);
  g_assert_nonnull (gtk_column_view_column_get_sorter (word));
  g_signal_connect_swapped (gtk_column_view_get_sorter (view), "changed", G_CALLBACK (count_up), &changed);

  g_assert_false (konkurs_columns_get_sort (view, &id, &descending));
  gtk_column_view_sort_by_column (view, length, GTK_SORT_ASCENDING);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_true (konkurs_columns_get_sort (view, &id, &descending));
  g_assert_cmpint (id, ==, COLUMN_LENGTH);
  g_assert_false (descending);
  gtk_column_view_sort_by_column (view, word, GTK_SORT_DESCENDING);
  g_assert_true (konkurs_columns_get_sort (view, &id, &descending));
  g_assert_cmpint (id, ==, COLUMN_WORD);
  g_assert_true (descending);
  gtk_column_view_sort_by_column (view, NULL, GTK_SORT_ASCENDING);
  g_assert_false (konkurs_columns_get_sort (view, &id, &descending));

  g_clear_object (&word);
  g_clear_object (&length);
  g_object_unref (view);
}

/* The header menu hides and shows columns, never the last one, and the
 * choice is kept in the settings, table by table. */
static void
test_columns_hidden (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.konkurs.Konkurs");
  const char * const other[] = { "vacancies:seats", NULL };
  GtkColumnView *view = g_object_ref_sink (GTK_COLUMN_VIEW (gtk_column_view_new (NULL)));
  GtkColumnView *again = NULL;
  g_autoptr(GtkColumnViewColumn) word = NULL;
  g_autoptr(GtkColumnViewColumn) length = NULL;
  g_auto(GStrv) hidden = NULL;
  GMenuModel *menu;

  g_settings_set_strv (settings, "hidden-columns", other);
  konkurs_columns_append (view, columns, G_N_ELEMENTS (columns), word_text, NULL, NULL);
  konkurs_columns_bind_settings (view, settings, "words");
  word = g_list_model_get_item (gtk_column_view_get_columns (view), 0);
  length = g_list_model_get_item (gtk_column_view_get_columns (view), 1);

  /* Every header has the menu: one check item per column. */
  menu = gtk_column_view_column_get_header_menu (length);
  g_assert_nonnull (menu);
  g_assert_true (menu == gtk_column_view_column_get_header_menu (word));
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 2);
  g_assert_true (konkurs_columns_get_shown (view, "length"));

  /* The item of a column shown toggles it off. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "columns.length", NULL));
  g_assert_false (gtk_column_view_column_get_visible (length));
  g_assert_false (konkurs_columns_get_shown (view, "length"));
  hidden = g_settings_get_strv (settings, "hidden-columns");
  g_assert_cmpuint (g_strv_length (hidden), ==, 2);
  g_assert_true (g_strv_contains ((const char * const *) hidden, "vacancies:seats"));
  g_assert_true (g_strv_contains ((const char * const *) hidden, "words:length"));

  /* The last column shown stays. */
  gtk_widget_activate_action (GTK_WIDGET (view), "columns.word", NULL);
  g_assert_true (gtk_column_view_column_get_visible (word));
  konkurs_columns_set_shown (view, "word", FALSE);
  g_assert_true (gtk_column_view_column_get_visible (word));

  /* Another table of the same name comes with the choice. */
  again = g_object_ref_sink (GTK_COLUMN_VIEW (gtk_column_view_new (NULL)));
  konkurs_columns_append (again, columns, G_N_ELEMENTS (columns), word_text, NULL, NULL);
  g_assert_true (konkurs_columns_get_shown (again, "length"));
  konkurs_columns_bind_settings (again, settings, "words");
  g_assert_false (konkurs_columns_get_shown (again, "length"));
  g_assert_true (konkurs_columns_get_shown (again, "word"));

  konkurs_columns_set_shown (view, "length", TRUE);
  g_clear_pointer (&hidden, g_strfreev);
  hidden = g_settings_get_strv (settings, "hidden-columns");
  g_assert_cmpstrv (hidden, other);

  g_clear_object (&word);
  g_clear_object (&length);
  g_object_unref (again);
  g_object_unref (view);
}

/* Search as you type */

typedef struct {
  guint changed;
  guint matched;
  guint matching_seen;   /* "matching" went TRUE */
} SearchCounts;

static void
on_changed (KonkursSearchController *search,
            SearchCounts            *counts)
{
  counts->changed++;
}

static void
on_matched (KonkursSearchController *search,
            SearchCounts            *counts)
{
  counts->matched++;
}

static void
on_matching (KonkursSearchController *search,
             GParamSpec              *pspec,
             SearchCounts            *counts)
{
  if (konkurs_search_controller_is_matching (search))
    counts->matching_seen++;
}

static gboolean
has_key (gpointer search)
{
  return konkurs_search_controller_get_key (search) != NULL;
}

static gboolean
is_idle (gpointer search)
{
  return !konkurs_search_controller_is_matching (search);
}

static KonkursSearchController *
new_search (GtkWidget    *entry,
            SearchCounts *counts)
{
  KonkursSearchController *search = konkurs_search_controller_new (GTK_SEARCH_ENTRY (entry));

  g_signal_connect (search, "changed", G_CALLBACK (on_changed), counts);
  g_signal_connect (search, "matched", G_CALLBACK (on_matched), counts);
  g_signal_connect (search, "notify::matching", G_CALLBACK (on_matching), counts);
  return search;
}

/* Replaces the text as typing would, never emptying the entry on the way
 * (an emptied entry reports at once), then reports as the entry does
 * after the pause in typing, without the pause. */
static void
type_and_pause (GtkWidget  *entry,
                const char *text)
{
  int old_length = g_utf8_strlen (gtk_editable_get_text (GTK_EDITABLE (entry)), -1);
  int position = old_length;

  gtk_editable_insert_text (GTK_EDITABLE (entry), text, -1, &position);
  gtk_editable_delete_text (GTK_EDITABLE (entry), 0, old_length);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, text);
  g_signal_emit_by_name (entry, "search-changed");
}

typedef struct {
  SearchCounts *counts;
  guint         matched;
} MatchedWait;

static gboolean
has_matched (gpointer data)
{
  MatchedWait *wait = data;

  return wait->counts->matched >= wait->matched;
}

static void
wait_for_matched (SearchCounts *counts,
                  guint         matched)
{
  MatchedWait wait = { counts, matched };

  g_assert_true (konkurs_test_wait_until (has_matched, &wait));
  g_assert_cmpuint (counts->matched, ==, matched);
}

static GPtrArray *
folded_texts (const char * const *texts)
{
  GPtrArray *folded = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; texts[i] != NULL; i++)
    g_ptr_array_add (folded, konkurs_search_fold (texts[i]));
  return folded;
}

static void
test_search_fold (void)
{
  g_autofree char *upper = konkurs_search_fold ("ӘЛИЯ Қасымқызы");
  g_autofree char *decomposed = konkurs_search_fold ("Сери\xcc\x86");   /* и + combining breve */
  g_autofree char *composed = konkurs_search_fold ("серй");
  g_autofree char *none = konkurs_search_fold (NULL);
  g_autofree char *invalid = konkurs_search_fold ("\xff\xfe");

  g_assert_cmpstr (upper, ==, "әлия қасымқызы");
  g_assert_cmpstr (decomposed, ==, composed);
  g_assert_cmpstr (none, ==, "");
  g_assert_cmpstr (invalid, ==, "");
}

static void
test_search_query (void)
{
  GtkWidget *entry = g_object_ref_sink (gtk_search_entry_new ());
  SearchCounts counts = { 0 };
  KonkursSearchController *search = new_search (entry, &counts);
  gpointer alive = search;

  g_assert_true (konkurs_search_controller_get_entry (search) == GTK_SEARCH_ENTRY (entry));
  g_assert_cmpstr (konkurs_search_controller_get_text (search), ==, "");
  g_assert_null (konkurs_search_controller_get_key (search));

  /* Stripped and folded, after the entry's pause. */
  gtk_editable_insert_text (GTK_EDITABLE (entry), "  ӘЛИЯ ", -1, &(int) { 0 });
  g_assert_cmpuint (counts.changed, ==, 0);
  g_assert_true (konkurs_test_wait_until (has_key, search));
  g_assert_cmpuint (counts.changed, ==, 1);
  g_assert_cmpstr (konkurs_search_controller_get_text (search), ==, "ӘЛИЯ");
  g_assert_cmpstr (konkurs_search_controller_get_key (search), ==, "әлия");

  /* A space more is the same query: no new search. */
  type_and_pause (entry, "ӘЛИЯ  ");
  g_assert_cmpuint (counts.changed, ==, 1);

  /* Emptied: at once.  Without texts nothing is matched. */
  konkurs_search_controller_clear (search);
  g_assert_cmpuint (counts.changed, ==, 2);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_null (konkurs_search_controller_get_key (search));
  g_assert_cmpuint (counts.matched, ==, 0);

  /* The entry may go first; the controller forgets it. */
  g_object_unref (entry);
  g_assert_null (konkurs_search_controller_get_entry (search));
  g_object_add_weak_pointer (G_OBJECT (search), &alive);
  g_object_unref (search);
  g_assert_null (alive);
}

static void
test_search_matches_in_worker (void)
{
  const char *rows[] = { "Бас сарапшы", "Басқарма басшысы", "Жетекші сарапшы", "Главный эксперт", NULL };
  const char *more_rows[] = { "Сарапшы", "Бас маман", NULL };
  g_autoptr(GPtrArray) texts = folded_texts (rows);
  g_autoptr(GPtrArray) more_texts = folded_texts (more_rows);
  GtkWidget *entry = g_object_ref_sink (gtk_search_entry_new ());
  SearchCounts counts = { 0 };
  KonkursSearchController *search = new_search (entry, &counts);
  gpointer alive = search;

  /* Texts without a key: every row matches, at once. */
  konkurs_search_controller_set_texts (search, texts);
  g_assert_cmpuint (counts.matched, ==, 1);
  g_assert_null (konkurs_search_controller_get_matches (search));
  g_assert_true (konkurs_search_controller_matches (search, 3));

  /* A key is matched in a worker; the answer comes in the main loop. */
  type_and_pause (entry, "САРАПШЫ");
  g_assert_cmpuint (counts.matching_seen, ==, 1);
  g_assert_true (konkurs_search_controller_is_matching (search));
  g_assert_cmpuint (counts.matched, ==, 1);
  wait_for_matched (&counts, 2);
  g_assert_false (konkurs_search_controller_is_matching (search));
  g_assert_true (konkurs_search_controller_matches (search, 0));
  g_assert_false (konkurs_search_controller_matches (search, 1));
  g_assert_true (konkurs_search_controller_matches (search, 2));
  g_assert_false (konkurs_search_controller_matches (search, 3));
  g_assert_cmpuint (gtk_bitset_get_size (konkurs_search_controller_get_matches (search)), ==, 2);

  /* A newer key supersedes the one still running: one answer, the newer. */
  type_and_pause (entry, "бас");
  type_and_pause (entry, "главный");
  wait_for_matched (&counts, 3);
  g_assert_true (konkurs_test_wait_until (is_idle, search));
  /* The superseded answer, should it come late, is dropped. */
  g_usleep (50000);
  konkurs_test_drain_main_loop ();
  g_assert_cmpuint (counts.matched, ==, 3);
  g_assert_true (konkurs_search_controller_matches (search, 3));
  g_assert_false (konkurs_search_controller_matches (search, 0));

  /* Rows just read are matched before set_texts() returns. */
  type_and_pause (entry, "бас");
  wait_for_matched (&counts, 4);
  konkurs_search_controller_set_texts (search, more_texts);
  g_assert_cmpuint (counts.matched, ==, 5);
  g_assert_false (konkurs_search_controller_is_matching (search));
  g_assert_false (konkurs_search_controller_matches (search, 0));
  g_assert_true (konkurs_search_controller_matches (search, 1));

  /* Cleared: everything again, at once. */
  konkurs_search_controller_clear (search);
  g_assert_cmpuint (counts.matched, ==, 6);
  g_assert_null (konkurs_search_controller_get_matches (search));

  g_object_add_weak_pointer (G_OBJECT (search), &alive);
  g_object_unref (search);
  g_assert_null (alive);
  g_object_unref (entry);
}

/* Filter bar */

static char *
state_body (gpointer   competition,
            char     **detail)
{
  *detail = g_strdup_printf ("№ %" G_GINT64_FORMAT, konkurs_competition_get_id (competition));
  return g_strdup (konkurs_competition_get_state_body (competition));
}

static KonkursCompetition *
new_competition (gint64      id,
                 const char *name)
{
  KonkursCompetition *competition = konkurs_competition_new ();

  konkurs_competition_set_id (competition, id);
  konkurs_competition_set_state_body (competition, name, NULL);
  return competition;
}

static void
test_filter_choice (void)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  GtkDropDown *dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  GtkWindow *window;
  GtkWidget *label;
  gpointer alive = dropdown;

  g_object_add_weak_pointer (G_OBJECT (dropdown), &alive);
  konkurs_filter_choice_setup (dropdown);
  g_assert_nonnull (gtk_drop_down_get_factory (dropdown));
  g_assert_nonnull (gtk_drop_down_get_list_factory (dropdown));
  g_assert_true (gtk_drop_down_get_factory (dropdown) != gtk_drop_down_get_list_factory (dropdown));

  /* Nothing to choose but everything. */
  konkurs_filter_choice_fill (dropdown, "Барлық конкурстар", NULL, state_body, 0);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (dropdown)), ==, 1);
  g_assert_cmpuint (konkurs_filter_choice_get_n_records (dropdown), ==, 0);
  g_assert_null (konkurs_filter_choice_get_selected (dropdown));
  g_assert_cmpint (konkurs_filter_choice_get_selected_id (dropdown), ==, 0);

  /* The records after "All", the one to keep chosen again. */
  g_ptr_array_add (records, new_competition (4, "Әділет министрлігі"));
  g_ptr_array_add (records, new_competition (9, "Қаржы министрлігі"));
  konkurs_filter_choice_fill (dropdown, "Барлық конкурстар", records, state_body, 9);
  g_assert_cmpuint (konkurs_filter_choice_get_n_records (dropdown), ==, 2);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 2);
  g_assert_true (konkurs_filter_choice_get_selected (dropdown) == records->pdata[1]);
  g_assert_cmpint (konkurs_filter_choice_get_selected_id (dropdown), ==, 9);
  gtk_drop_down_set_selected (dropdown, 1);
  g_assert_cmpint (konkurs_filter_choice_get_selected_id (dropdown), ==, 4);
  gtk_drop_down_set_selected (dropdown, 0);
  g_assert_null (konkurs_filter_choice_get_selected (dropdown));

  /* A record no longer there: back to "All". */
  konkurs_filter_choice_fill (dropdown, "Барлық конкурстар", records, state_body, 77);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 0);

  /* In the button, the name, and both in its tooltip. */
  gtk_drop_down_set_selected (dropdown, 1);
  window = present_in_window (GTK_WIDGET (dropdown));
  label = konkurs_test_find_widget (GTK_WIDGET (dropdown), is_label_with_text, "Әділет министрлігі");
  g_assert_nonnull (label);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (gtk_widget_get_parent (label)), ==, "Әділет министрлігі — № 4");
  /* The first such label is the button's: no detail under it. */
  g_assert_null (gtk_widget_get_next_sibling (label));

  konkurs_test_destroy_and_wait (window);
  g_assert_null (alive);
}

/* Competitions of one title, or vacancies of one position, tell
 * themselves apart by their date and state body, their category and
 * seats. */
static void
test_filter_choice_describe (void)
{
  g_autoptr(KonkursCompetition) competition = new_competition (4, "Әділет министрлігі");
  g_autoptr(KonkursVacancy) vacancy = konkurs_vacancy_new ();
  g_autoptr(GDate) announced = g_date_new_dmy (12, G_DATE_MARCH, 2026);
  g_autofree char *expected = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *name = NULL;
  g_autofree char *date = konkurs_ui_format_date (announced);

  konkurs_competition_set_announcement_date (competition, announced);
  konkurs_competition_set_procedure (competition, KONKURS_PROCEDURE_CIVIL_SERVICE);
  name = konkurs_filter_choice_describe_competition (competition, &detail);
  expected = g_strdup_printf ("Әділет министрлігі · announced %s", date);
  g_assert_cmpstr (name, ==, expected);
  g_assert_cmpstr (detail, ==, "Civil-service competition");
  g_clear_pointer (&name, g_free);
  g_clear_pointer (&detail, g_free);
  g_clear_pointer (&expected, g_free);

  konkurs_competition_set_title (competition, "Бос лауазымдарға конкурс", NULL);
  name = konkurs_filter_choice_describe_competition (competition, &detail);
  expected = g_strdup_printf ("Бос лауазымдарға конкурс · announced %s", date);
  g_assert_cmpstr (name, ==, expected);
  g_assert_cmpstr (detail, ==, "Әділет министрлігі — Civil-service competition");
  g_clear_pointer (&name, g_free);
  g_clear_pointer (&detail, g_free);

  konkurs_vacancy_set_position_title (vacancy, "Бас сарапшы", NULL);
  konkurs_vacancy_set_category (vacancy, "C-O-5");
  konkurs_vacancy_set_seats (vacancy, 3);
  name = konkurs_filter_choice_describe_vacancy (vacancy, &detail);
  g_assert_cmpstr (name, ==, "Бас сарапшы · C-O-5");
  g_assert_cmpstr (detail, ==, "3 seats");
  g_clear_pointer (&name, g_free);
  g_clear_pointer (&detail, g_free);
  konkurs_vacancy_set_sector (vacancy, "Цифрландыру", NULL);
  konkurs_vacancy_set_seats (vacancy, 1);
  name = konkurs_filter_choice_describe_vacancy (vacancy, &detail);
  g_assert_cmpstr (detail, ==, "1 seat — Цифрландыру");
}

static void
test_list_model_find_id (void)
{
  g_autoptr(GListStore) store = g_list_store_new (KONKURS_TYPE_COMPETITION);
  g_autoptr(KonkursCompetition) first = new_competition (4, "Әділет министрлігі");
  g_autoptr(KonkursCompetition) second = new_competition (9, "Қаржы министрлігі");

  g_assert_cmpuint (konkurs_list_model_find_id (G_LIST_MODEL (store), 4), ==, GTK_INVALID_LIST_POSITION);
  g_list_store_append (store, first);
  g_list_store_append (store, second);
  g_assert_cmpuint (konkurs_list_model_find_id (G_LIST_MODEL (store), 9), ==, 1);
  g_assert_cmpuint (konkurs_list_model_find_id (G_LIST_MODEL (store), 4), ==, 0);
  g_assert_cmpuint (konkurs_list_model_find_id (G_LIST_MODEL (store), 5), ==, GTK_INVALID_LIST_POSITION);
}

/* Pages held in fields */

static void
test_stack_page (void)
{
  GtkStack *stack = g_object_ref_sink (GTK_STACK (gtk_stack_new ()));
  g_autoptr(GtkWidget) first = g_object_ref_sink (gtk_label_new ("first"));
  GtkWidget *second = gtk_label_new ("second");
  GtkWidget *slot = NULL;

  g_assert_true (konkurs_stack_page_replace (stack, &slot, first, "page"));
  g_assert_true (slot == first);
  g_assert_true (gtk_stack_get_child_by_name (stack, "page") == first);
  g_assert_false (konkurs_stack_page_replace (stack, &slot, first, "page"));

  /* A second child for the page takes the place of the first. */
  g_assert_true (konkurs_stack_page_replace (stack, &slot, second, "page"));
  g_assert_true (gtk_stack_get_child_by_name (stack, "page") == second);
  g_assert_null (gtk_widget_get_parent (first));
  g_assert_true (konkurs_stack_page_replace (stack, &slot, NULL, "page"));
  g_assert_null (slot);
  g_assert_null (gtk_stack_get_child_by_name (stack, "page"));
  g_object_unref (stack);
}

/* Empty states */

static GtkBuilder *
build (const char *ui)
{
  GtkBuilder *builder = gtk_builder_new ();
  g_autoptr(GError) error = NULL;

  g_type_ensure (KONKURS_TYPE_LIST_PAGE);
  g_type_ensure (KONKURS_TYPE_MASTER_DETAIL);
  gtk_builder_add_from_string (builder, ui, -1, &error);
  g_assert_no_error (error);
  return builder;
}

static void
count_page (GObject    *object,
            GParamSpec *pspec,
            guint      *counter)
{
  (*counter)++;
}

static const char list_page_ui[] =
  "<interface>"
  "  <object class='KonkursListPage' id='page'>"
  "    <property name='no-results-title'>Ештеңе табылмады</property>"
  "    <property name='no-results-description'>Іздеуге сай ештеңе жоқ.</property>"
  "    <child><object class='GtkLabel' id='list'><property name='label'>rows</property></object></child>"
  "    <child type='empty'><object class='GtkLabel' id='empty'><property name='label'>none yet</property></object></child>"
  "  </object>"
  "</interface>";

static void
test_list_page (void)
{
  g_autoptr(GtkBuilder) builder = build (list_page_ui);
  KonkursListPage *page = KONKURS_LIST_PAGE (gtk_builder_get_object (builder, "page"));
  GtkWidget *list = GTK_WIDGET (gtk_builder_get_object (builder, "list"));
  GtkWidget *empty = GTK_WIDGET (gtk_builder_get_object (builder, "empty"));
  g_autoptr(GtkStringList) rows = gtk_string_list_new (NULL);
  GtkWidget *status;
  GtkWindow *window;
  guint notified = 0;
  gpointer alive = page;

  g_object_add_weak_pointer (G_OBJECT (page), &alive);
  window = present_in_window (GTK_WIDGET (page));
  g_clear_object (&builder);
  g_signal_connect (page, "notify::page", G_CALLBACK (count_page), &notified);

  /* No model yet: nothing found, in the words given. */
  g_assert_cmpstr (konkurs_list_page_get_page (page), ==, "no-results");
  status = konkurs_test_find_of_type (GTK_WIDGET (page), ADW_TYPE_STATUS_PAGE);
  g_assert_nonnull (status);
  g_assert_true (gtk_widget_get_mapped (status));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), ==, "Ештеңе табылмады");
  g_assert_cmpstr (adw_status_page_get_description (ADW_STATUS_PAGE (status)), ==, "Іздеуге сай ештеңе жоқ.");
  g_assert_true (gtk_widget_has_css_class (status, "compact"));

  /* The rows pick the page as they come and go. */
  konkurs_list_page_set_model (page, G_LIST_MODEL (rows));
  g_assert_true (konkurs_list_page_get_model (page) == G_LIST_MODEL (rows));
  g_assert_cmpstr (konkurs_list_page_get_page (page), ==, "no-results");
  gtk_string_list_append (rows, "Бас сарапшы");
  g_assert_cmpstr (konkurs_list_page_get_page (page), ==, "list");
  g_assert_cmpuint (notified, ==, 1);
  konkurs_test_drain_main_loop ();
  g_assert_true (gtk_widget_get_mapped (list));
  g_assert_false (gtk_widget_get_mapped (status));
  gtk_string_list_remove (rows, 0);
  g_assert_cmpstr (konkurs_list_page_get_page (page), ==, "no-results");

  /* Nothing at all is not "nothing found"; rows win over both. */
  konkurs_list_page_set_empty (page, TRUE);
  g_assert_true (konkurs_list_page_get_empty (page));
  g_assert_cmpstr (konkurs_list_page_get_page (page), ==, "empty");
  konkurs_test_drain_main_loop ();
  g_assert_true (gtk_widget_get_mapped (empty));
  gtk_string_list_append (rows, "Жетекші сарапшы");
  g_assert_cmpstr (konkurs_list_page_get_page (page), ==, "list");
  konkurs_list_page_set_model (page, NULL);
  g_assert_cmpstr (konkurs_list_page_get_page (page), ==, "empty");

  konkurs_test_destroy_and_wait (window);
  g_assert_null (alive);
}

static void
setup_word_row (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item)
{
  gtk_list_item_set_child (list_item, gtk_label_new (NULL));
}

static void
bind_word_row (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)),
                      gtk_string_object_get_string (gtk_list_item_get_item (list_item)));
}

static void
fill_list (GtkListView *list)
{
  const char *words[] = { "Әділет", "Қаржы", NULL };
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_word_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_word_row), NULL);
  gtk_list_view_set_factory (list, factory);
  gtk_list_view_set_model (list, GTK_SELECTION_MODEL (gtk_single_selection_new (G_LIST_MODEL (
                                                        gtk_string_list_new (words)))));
}

/* Tab leaves a list of many rows for the control after it, Shift+Tab for
 * the one before; the rows are left to the arrows. */
static void
test_list_page_tab (void)
{
  g_autoptr(GtkStringList) rows = gtk_string_list_new (NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *before = gtk_button_new_with_label ("Search");
  GtkWidget *after = gtk_button_new_with_label ("Register Candidate");
  GtkWidget *page = g_object_new (KONKURS_TYPE_LIST_PAGE, NULL);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_view_new (NULL, NULL);
  GtkWindow *window;
  GtkRoot *root;

  for (guint i = 0; i < 500; i++)
    {
      g_autofree char *row = g_strdup_printf ("Кандидат %u", i);

      gtk_string_list_append (rows, row);
    }
  fill_list (GTK_LIST_VIEW (list));
  gtk_list_view_set_model (GTK_LIST_VIEW (list),
                           GTK_SELECTION_MODEL (gtk_single_selection_new (g_object_ref (G_LIST_MODEL (rows)))));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  konkurs_list_page_set_list (KONKURS_LIST_PAGE (page), scroller);
  konkurs_list_page_set_model (KONKURS_LIST_PAGE (page), G_LIST_MODEL (rows));
  gtk_box_append (GTK_BOX (box), before);
  gtk_box_append (GTK_BOX (box), page);
  gtk_box_append (GTK_BOX (box), after);
  window = present_in_window (box);
  root = GTK_ROOT (window);

  g_assert_true (gtk_widget_grab_focus (gtk_widget_get_first_child (list)));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (root), list));
  press_key (page, GDK_KEY_Tab);
  g_assert_true (gtk_root_get_focus (root) == after);
  /* The list takes the focus again, and gives it back the other way. */
  g_assert_true (gtk_widget_get_can_focus (scroller));
  g_assert_true (gtk_widget_grab_focus (gtk_widget_get_first_child (list)));
  press_key (page, GDK_KEY_ISO_Left_Tab);
  g_assert_true (gtk_root_get_focus (root) == before);
  /* Elsewhere Tab is the window's own. */
  press_key (page, GDK_KEY_Tab);
  g_assert_true (gtk_root_get_focus (root) == before);

  konkurs_test_destroy_and_wait (window);
}

/* The layout */

static const char master_detail_ui[] =
  "<interface>"
  "  <object class='KonkursMasterDetail' id='layout'>"
  "    <property name='sidebar-width'>250</property>"
  "    <property name='back-label'>Competitions</property>"
  "    <child type='empty'><object class='GtkButton' id='begin'><property name='label'>New Competition</property></object></child>"
  "    <child type='sidebar'><object class='GtkBox' id='sidebar'><property name='orientation'>vertical</property>"
  "      <child><object class='GtkButton' id='new'><property name='label'>New Competition</property></object></child>"
  "      <child><object class='GtkListView' id='list'><property name='vexpand'>True</property></object></child>"
  "    </object></child>"
  "    <child type='placeholder'><object class='GtkLabel' id='placeholder'><property name='label'>No Competition Selected</property></object></child>"
  "    <child type='details'><object class='GtkLabel' id='details'><property name='label'>Details</property></object></child>"
  "  </object>"
  "</interface>";

static gboolean
is_button_in_sight (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_is_visible (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), data) == 0;
}

static gboolean
is_button_with_action (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), data) == 0;
}

static gboolean
is_folded (gpointer data)
{
  return konkurs_master_detail_get_folded (data);
}

static gboolean
shows_details (gpointer data)
{
  return konkurs_master_detail_get_showing_details (data);
}

static gboolean
shows_list_only (gpointer data)
{
  return !konkurs_master_detail_get_showing_details (data);
}

static void
test_master_detail (void)
{
  g_autoptr(GtkBuilder) builder = build (master_detail_ui);
  KonkursMasterDetail *layout = KONKURS_MASTER_DETAIL (gtk_builder_get_object (builder, "layout"));
  GtkWidget *begin = GTK_WIDGET (gtk_builder_get_object (builder, "begin"));
  GtkWidget *sidebar = GTK_WIDGET (gtk_builder_get_object (builder, "sidebar"));
  GtkWidget *new_button = GTK_WIDGET (gtk_builder_get_object (builder, "new"));
  GtkWidget *placeholder = GTK_WIDGET (gtk_builder_get_object (builder, "placeholder"));
  GtkWidget *details = GTK_WIDGET (gtk_builder_get_object (builder, "details"));
  GtkWidget *back, *list;
  GtkWindow *window;
  int width;
  gpointer alive = layout;

  fill_list (GTK_LIST_VIEW (gtk_builder_get_object (builder, "list")));
  g_object_add_weak_pointer (G_OBJECT (layout), &alive);
  window = present_in_window (GTK_WIDGET (layout));
  g_clear_object (&builder);

  /* Wide: the list beside its placeholder; the details wait for a
   * selection.  No Back button while both are in sight. */
  g_assert_false (konkurs_master_detail_get_folded (layout));
  gtk_widget_get_size_request (gtk_widget_get_parent (sidebar), &width, NULL);
  g_assert_cmpint (width, ==, 250);
  gtk_widget_get_size_request (gtk_widget_get_parent (details), &width, NULL);
  g_assert_cmpint (width, ==, 360);
  back = konkurs_test_find_widget (GTK_WIDGET (layout), is_button_with_action, "master-detail.back");
  g_assert_nonnull (back);
  g_assert_false (gtk_widget_is_visible (back));
  g_assert_true (gtk_widget_get_mapped (sidebar));
  g_assert_true (gtk_widget_get_mapped (placeholder));
  g_assert_false (gtk_widget_get_mapped (details));

  g_assert_false (konkurs_master_detail_get_show_details (layout));
  konkurs_master_detail_set_show_details (layout, TRUE);
  g_assert_true (konkurs_master_detail_get_show_details (layout));
  konkurs_test_drain_main_loop ();
  g_assert_true (gtk_widget_get_mapped (details));
  g_assert_false (gtk_widget_get_mapped (placeholder));
  g_assert_true (konkurs_master_detail_get_showing_details (layout));

  /* Narrow (250 + 360 do not fit in 500): one at a time, the list first. */
  gtk_window_set_default_size (window, 500, 600);
  g_assert_true (konkurs_test_wait_until (is_folded, layout));
  g_assert_true (konkurs_test_wait_until (shows_list_only, layout));
  g_assert_true (gtk_widget_get_mapped (sidebar));
  /* Enter on a row of the list shows the details, with a way back. */
  list = GTK_WIDGET (gtk_widget_get_last_child (sidebar));
  g_assert_true (GTK_IS_LIST_VIEW (list));
  g_assert_true (gtk_widget_grab_focus (gtk_widget_get_first_child (list)));
  press_key (gtk_widget_get_parent (sidebar), GDK_KEY_Return);
  g_assert_true (konkurs_test_wait_until (shows_details, layout));
  konkurs_test_drain_main_loop ();
  g_assert_true (gtk_widget_get_mapped (details));
  g_assert_true (gtk_widget_get_mapped (back));
  g_assert_nonnull (konkurs_test_find_widget (back, is_label_with_text, "Competitions"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (layout), "master-detail.back", NULL));
  g_assert_true (konkurs_test_wait_until (shows_list_only, layout));
  /* Nothing selected any more: back to the list by itself. */
  konkurs_master_detail_present_details (layout);
  g_assert_true (konkurs_test_wait_until (shows_details, layout));
  konkurs_master_detail_set_show_details (layout, FALSE);
  g_assert_true (konkurs_test_wait_until (shows_list_only, layout));
  konkurs_master_detail_present_details (layout);
  konkurs_test_drain_main_loop ();
  g_assert_false (konkurs_master_detail_get_showing_details (layout));
  konkurs_master_detail_set_show_details (layout, TRUE);
  gtk_window_set_default_size (window, 800, 600);
  g_assert_true (konkurs_test_wait_until (shows_details, layout));
  g_assert_false (konkurs_master_detail_get_folded (layout));

  /* Nothing at all: one page in place of both, and only one of the two
   * "New Competition" buttons anywhere in sight of assistive technologies. */
  g_assert_false (gtk_widget_is_visible (begin));
  konkurs_master_detail_set_empty (layout, TRUE);
  g_assert_true (konkurs_master_detail_get_empty (layout));
  konkurs_test_drain_main_loop ();
  g_assert_true (gtk_widget_get_mapped (begin));
  g_assert_false (gtk_widget_is_visible (sidebar));
  g_assert_true (konkurs_test_find_widget (GTK_WIDGET (layout), is_button_in_sight, "New Competition") == begin);

  konkurs_master_detail_set_empty (layout, FALSE);
  konkurs_test_drain_main_loop ();
  g_assert_true (gtk_widget_get_mapped (sidebar));
  g_assert_false (gtk_widget_is_visible (begin));
  g_assert_true (konkurs_test_find_widget (GTK_WIDGET (layout), is_button_in_sight, "New Competition") == new_button);
  g_assert_true (gtk_widget_get_mapped (details));

  konkurs_test_destroy_and_wait (window);
  g_assert_null (alive);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/list-widgets/columns/sorted", test_columns_sorted);
  g_test_add_func ("/list-widgets/columns/sorted-by-model", test_columns_sorted_by_model);
  g_test_add_func ("/list-widgets/columns/hidden", test_columns_hidden);
  g_test_add_func ("/list-widgets/search/fold", test_search_fold);
  g_test_add_func ("/list-widgets/search/query", test_search_query);
  g_test_add_func ("/list-widgets/search/matches-in-worker", test_search_matches_in_worker);
  g_test_add_func ("/list-widgets/filter-choice", test_filter_choice);
  g_test_add_func ("/list-widgets/filter-choice/describe", test_filter_choice_describe);
  g_test_add_func ("/list-widgets/list-model/find-id", test_list_model_find_id);
  g_test_add_func ("/list-widgets/stack-page", test_stack_page);
  g_test_add_func ("/list-widgets/list-page", test_list_page);
  g_test_add_func ("/list-widgets/list-page/tab", test_list_page_tab);
  g_test_add_func ("/list-widgets/master-detail", test_master_detail);

  return g_test_run ();
}
