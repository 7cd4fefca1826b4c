/* bench-window-stall.c — how long the window's main thread stops while the
 * secretary types a search, clears it, changes a filter and scrolls
 *
 * Not a test: run by tests/benchmark.py, or by hand under a display as
 *   bench-window-stall DATABASE          (the Candidates area; the file may be written)
 *   bench-window-stall --interview N     (the interview grid of N candidates, in memory)
 *
 * The main thread's work is timed between two polls of its main context
 * (a wrapped poll function): everything it did in one go, SQL, layout and
 * drawing alike, is one stall.  For each step it prints the longest stall,
 * the longest processor time the main thread spent in one stall (on a
 * loaded machine the wall time counts other programs' turns) and how many
 * stalls were longer than a frame (16 ms); while scrolling, the
 * intervals between frames of the frame clock and how many frames were
 * dropped (an interval over 1.5 frames).  Processor and wall time of the
 * whole run close the output.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "konkurs-candidate-list.h"
#include "konkurs-candidates-view.h"
#include "konkurs-interview-grid.h"
#include "konkurs-test-commission.h"
#include "konkurs-test-util.h"
#include "konkurs-test-widgets.h"
#include "konkurs-window.h"

#define FRAME_USEC  16667
#define STALL_USEC  16000

typedef struct {
  gint64  longest;
  gint64  longest_cpu;   /* the main thread's processor time in one stall */
  guint   over;
  guint   iterations;
} Stalls;

static GPollFunc real_poll;
static gint64    left_poll;
static gint64    left_poll_cpu;
static Stalls    stalls;

/* On a loaded machine a stall's wall time counts the other programs'
 * turns too; the thread's own processor time does not. */
static gint64
thread_cpu_usec (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec * G_USEC_PER_SEC + now.tv_nsec / 1000;
}

static gint
timed_poll (GPollFD *fds,
            guint    n_fds,
            gint     timeout)
{
  gint64 now = g_get_monotonic_time ();
  gint64 now_cpu = thread_cpu_usec ();
  gint result;

  if (left_poll != 0)
    {
      gint64 busy = now - left_poll;

      stalls.longest = MAX (stalls.longest, busy);
      stalls.longest_cpu = MAX (stalls.longest_cpu, now_cpu - left_poll_cpu);
      stalls.over += busy > STALL_USEC;
      stalls.iterations++;
    }
  result = real_poll (fds, n_fds, timeout);
  left_poll = g_get_monotonic_time ();
  left_poll_cpu = thread_cpu_usec ();
  return result;
}

static void
stalls_reset (void)
{
  memset (&stalls, 0, sizeof stalls);
  left_poll = g_get_monotonic_time ();
  left_poll_cpu = thread_cpu_usec ();
}

static void
stalls_print (const char *step)
{
  g_print ("%s-stall-ms: %.1f\n%s-stall-cpu-ms: %.1f\n%s-stalls-over-16ms: %u\n",
           step, stalls.longest / 1000.0, step, stalls.longest_cpu / 1000.0, step, stalls.over);
}

static gboolean
set_flag (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
pause_ms (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, set_flag, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
wait_loaded (KonkursCandidateList *list)
{
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  /* A query answers from a worker; then let the rows bind and draw. */
  do
    pause_ms (50);
  while (konkurs_candidate_list_is_loading (list) && g_get_monotonic_time () < end);
  pause_ms (300);
}

/* Scrolling: one step of @distance pixels a frame, @frames frames */

typedef struct {
  GtkAdjustment *adjustment;
  double         step;
  guint          frames;
  gint64         last;
  GArray        *intervals;   /* gint64, microseconds */
} Scroll;

static gboolean
scroll_tick (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       data)
{
  Scroll *scroll = data;
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double value = gtk_adjustment_get_value (scroll->adjustment);
  double end = gtk_adjustment_get_upper (scroll->adjustment) - gtk_adjustment_get_page_size (scroll->adjustment);

  if (scroll->last != 0)
    {
      gint64 interval = now - scroll->last;

      g_array_append_val (scroll->intervals, interval);
    }
  scroll->last = now;
  /* Down to the end, then back up. */
  if ((scroll->step > 0 && value >= end) || (scroll->step < 0 && value <= 0))
    scroll->step = -scroll->step;
  gtk_adjustment_set_value (scroll->adjustment, CLAMP (value + scroll->step, 0, end));
  if (scroll->frames > 0)
    scroll->frames--;
  return scroll->frames > 0 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static void
scroll_and_print (const char *step,
                  GtkWidget  *table,
                  double      pixels_per_frame,
                  guint       frames)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (table, GTK_TYPE_SCROLLED_WINDOW);
  Scroll scroll = { 0 };
  guint dropped = 0;

  g_assert_nonnull (scroller);
  scroll.adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  scroll.step = pixels_per_frame;
  scroll.frames = frames;
  scroll.intervals = g_array_new (FALSE, FALSE, sizeof (gint64));

  stalls_reset ();
  gtk_widget_add_tick_callback (table, scroll_tick, &scroll, NULL);
  while (scroll.frames > 0)
    g_main_context_iteration (NULL, TRUE);
  stalls_print (step);

  for (guint i = 0; i < scroll.intervals->len; i++)
    dropped += g_array_index (scroll.intervals, gint64, i) > FRAME_USEC * 3 / 2;
  g_array_sort (scroll.intervals, compare_gint64);
  g_print ("%s-frames: %u\n%s-dropped-frames: %u\n%s-frame-median-ms: %.1f\n%s-frame-longest-ms: %.1f\n",
           step, scroll.intervals->len, step, dropped,
           step, g_array_index (scroll.intervals, gint64, scroll.intervals->len / 2) / 1000.0,
           step, g_array_index (scroll.intervals, gint64, scroll.intervals->len - 1) / 1000.0);
  g_array_unref (scroll.intervals);
}

/* The Candidates area */

static gboolean
is_filter (GtkWidget     *widget,
           gconstpointer  tooltip_start)
{
  const char *tooltip = gtk_widget_get_tooltip_text (widget);

  return GTK_IS_DROP_DOWN (widget) && tooltip != NULL && g_str_has_prefix (tooltip, tooltip_start);
}

static GtkDropDown *
find_filter (GtkWidget  *view,
             const char *tooltip_start)
{
  GtkWidget *found = konkurs_test_find_widget (view, is_filter, tooltip_start);

  g_assert_nonnull (found);
  return GTK_DROP_DOWN (found);
}

/* The first @n characters of @text, in lower case as people type. */
static char *
typed_prefix (const char *text,
              guint       n)
{
  const char *end = text;
  g_autofree char *start = NULL;

  for (guint i = 0; i < n && *end != '\0'; i++)
    end = g_utf8_next_char (end);
  start = g_strndup (text, end - text);
  return g_utf8_strdown (start, -1);
}

static void
show_page (GtkWidget *view)
{
  GtkWidget *stack = gtk_widget_get_ancestor (view, ADW_TYPE_VIEW_STACK);
  GtkWidget *page = view;

  g_assert_nonnull (stack);
  while (gtk_widget_get_parent (page) != stack)
    page = gtk_widget_get_parent (page);
  adw_view_stack_set_visible_child (ADW_VIEW_STACK (stack), page);
}

static void
set_filter (KonkursCandidateList *list,
            GtkDropDown          *filter,
            guint                 selected)
{
  gtk_drop_down_set_selected (filter, selected);
  wait_loaded (list);
}

static int
bench_candidates (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStore) store = konkurs_store_open (path, NULL, &error);
  g_autoptr(KonkursCandidate) person = NULL;
  g_autofree char *surname = NULL;
  g_autofree char *name = NULL;
  KonkursCandidatesView *view;
  KonkursCandidateList *list;
  GtkWidget *window, *entry, *table;
  GtkDropDown *competition, *eligibility;
  Stalls type = { 0 }, clear = { 0 }, filter = { 0 };
  guint n;

  if (store == NULL)
    {
      g_printerr ("%s: %s\n", path, error->message);
      return 1;
    }
  window = GTK_WIDGET (konkurs_window_new (NULL, store, NULL));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (konkurs_test_wait_until (konkurs_test_widget_is_mapped, window));
  view = KONKURS_CANDIDATES_VIEW (konkurs_test_find_of_type (window, KONKURS_TYPE_CANDIDATES_VIEW));
  show_page (GTK_WIDGET (view));
  list = KONKURS_CANDIDATE_LIST (konkurs_candidates_view_get_model (view));
  wait_loaded (list);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_print ("candidates: %u\n", n);
  entry = konkurs_test_find_of_type (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY);
  table = konkurs_test_find_of_type (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW);
  competition = find_filter (GTK_WIDGET (view), "Show the candidates who applied");
  eligibility = find_filter (GTK_WIDGET (view), "Show the candidates whose application");

  /* Someone a third of the way down, found by surname and name. */
  person = konkurs_store_get_candidate (store, konkurs_candidate_list_get_id (list, n / 3), &error);
  g_assert_no_error (error);
  surname = g_strdup (konkurs_candidate_get_surname (person));
  name = g_strdup (konkurs_candidate_get_name (person));

  /* A key every 150 ms, as a secretary types. */
  stalls_reset ();
  for (guint i = 1; i <= 5; i++)
    {
      g_autofree char *text = typed_prefix (surname, i);

      gtk_editable_set_text (GTK_EDITABLE (entry), text);
      pause_ms (150);
    }
  for (guint i = 1; i <= 3; i++)
    {
      g_autofree char *start = typed_prefix (surname, 5);
      g_autofree char *rest = typed_prefix (name, i);
      g_autofree char *text = g_strconcat (start, " ", rest, NULL);

      gtk_editable_set_text (GTK_EDITABLE (entry), text);
      pause_ms (150);
    }
  wait_loaded (list);
  type = stalls;
  stalls_print ("type");
  g_print ("found: %u\n", g_list_model_get_n_items (G_LIST_MODEL (list)));

  /* The person found is chosen; clearing the search brings everyone back
   * around that row. */
  konkurs_candidates_view_select_candidate (view, konkurs_candidate_get_id (person));
  wait_loaded (list);
  stalls_reset ();
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  wait_loaded (list);
  clear = stalls;
  stalls_print ("clear");

  stalls_reset ();
  set_filter (list, eligibility, 1);
  set_filter (list, eligibility, 0);
  set_filter (list, competition, 1);
  set_filter (list, competition, 0);
  filter = stalls;
  stalls_print ("filter");

  /* About two screens a second through the unread rows. */
  scroll_and_print ("scroll", table, 40, 120);

  stalls.longest = MAX (MAX (type.longest, clear.longest), filter.longest);
  stalls.longest_cpu = MAX (MAX (type.longest_cpu, clear.longest_cpu), filter.longest_cpu);
  stalls.over = type.over + clear.over + filter.over;
  stalls_print ("all");

  konkurs_test_destroy_and_wait (window);
  return 0;
}

/* The interview grid */

static int
bench_interview (guint n)
{
  g_autoptr(KonkursStore) store = konkurs_test_store_open (NULL, NULL);
  g_autoptr(KonkursTestInterview) interview = NULL;
  g_autoptr(KonkursMeeting) meeting = NULL;
  g_autoptr(GPtrArray) attendance = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *window, *grid;
  gint64 start = g_get_monotonic_time ();

  interview = konkurs_test_interview_new (store, n, 5);
  meeting = konkurs_store_get_meeting (store, interview->meeting_id, &error);
  g_assert_no_error (error);
  attendance = konkurs_store_list_attendance (store, interview->meeting_id, &error);
  g_assert_no_error (error);
  g_print ("prepared-ms: %.0f\n", (g_get_monotonic_time () - start) / 1000.0);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  grid = konkurs_interview_grid_new ();
  gtk_window_set_child (GTK_WINDOW (window), grid);
  stalls_reset ();
  konkurs_interview_grid_set_meeting (KONKURS_INTERVIEW_GRID (grid), store, meeting, attendance);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (konkurs_test_wait_until (konkurs_test_widget_is_mapped, window));
  pause_ms (300);
  stalls_print ("open");
  g_print ("rows: %u\nmembers: %u\n", konkurs_interview_grid_get_n_rows (KONKURS_INTERVIEW_GRID (grid)),
           konkurs_interview_grid_get_n_members (KONKURS_INTERVIEW_GRID (grid)));

  /* Fast, as a wheel flung: 60 pixels a frame, down and back. */
  scroll_and_print ("scroll", konkurs_interview_grid_get_focus_widget (KONKURS_INTERVIEW_GRID (grid)), 60, 240);

  konkurs_test_destroy_and_wait (window);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  struct rusage usage;
  gint64 start = g_get_monotonic_time ();
  guint64 n = 0;
  int status;

  gtk_init ();
  adw_init ();
  real_poll = g_main_context_get_poll_func (NULL);
  g_main_context_set_poll_func (NULL, timed_poll);

  if (argc == 3 && g_strcmp0 (argv[1], "--interview") == 0 &&
      g_ascii_string_to_unsigned (argv[2], 10, 1, 100000, &n, NULL))
    status = bench_interview (n);
  else if (argc == 2 && argv[1][0] != '-')
    status = bench_candidates (argv[1]);
  else
    {
      g_printerr ("Usage: %s DATABASE\n       %s --interview N\n", argv[0], argv[0]);
      return 2;
    }

  getrusage (RUSAGE_SELF, &usage);
  g_print ("wall-ms: %.0f\ncpu-ms: %.0f\n", (g_get_monotonic_time () - start) / 1000.0,
           (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0);
  return status;
}
