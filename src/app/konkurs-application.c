/* konkurs-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib-unix.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "konkurs-application.h"
#include "konkurs-cli.h"
#include "konkurs-error-dialog.h"
#include "konkurs-exchange-essays.h"
#include "konkurs-grading-window.h"
#include "konkurs-preferences-window.h"
#include "konkurs-rule-sets-window.h"
#include "konkurs-window.h"

struct _KonkursApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  char           *database;
  char           *print_help;   /* --print's line of --help, kept while the options are */
  char           *grade_path;   /* --grade: the package, and no database at all */
};

G_DEFINE_FINAL_TYPE (KonkursApplication, konkurs_application, ADW_TYPE_APPLICATION)

KonkursApplication *
konkurs_application_new (void)
{
  return g_object_new (KONKURS_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/io/github/konkurs/Konkurs",
                       NULL);
}

static const GOptionEntry option_entries[] = {
  { "version", 'v', 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the database FILE instead of the default one"), N_("FILE") },
  { "import", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Import an XML exchange file into the database, all or nothing, and exit: competitions, candidates, "
       "a whole database, or the results of a stage (test results, assessment centre)"), N_("FILE") },
  { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Export the whole database (competitions, candidates, stages, essays, commissions) to an XML file that restores it, and exit"), N_("FILE") },
  /* Its description names the documents of the registry: see
   * konkurs_application_init(). */
  { "print", 0, 0, G_OPTION_ARG_STRING, NULL, NULL, N_("KIND") },
  { "competition", 0, 0, G_OPTION_ARG_INT64, NULL,
    N_("The competition to print"), N_("ID") },
  { "application", 0, 0, G_OPTION_ARG_INT64, NULL,
    N_("The application to print a receipt for"), N_("ID") },
  { "stage", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The stage of the competition to print (testing, practical-task, assessment-centre, interview…, or final "
       "for the last one): with --print stage, and with --print publication for the list of that stage"),
    N_("KIND") },
  { "meeting", 0, 0, G_OPTION_ARG_INT64, NULL,
    N_("The meeting of a commission to print with --print commission, where the competition has several"),
    N_("ID") },
  { "language", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Language of the printed document: kk (Kazakh, the default) or ru (Russian); with --import, "
       "the language of the texts of a file that does not say"), N_("LANG") },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Where to write the PDF"), N_("FILE") },
  { "draft", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print a draft, marked as such on every page, even while applications are not decided yet"), NULL },
  { "actor", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The person deciding, named in the audit record (by default the one set in Preferences)"), N_("NAME") },
  { "verify", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check the record of the database: its chain of hashes and every value it follows, and exit"), NULL },
  { "head", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --verify: say whether the head printed in a protocol's footer is an entry of the record"), N_("DIGITS") },
  { "backup", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Copy the database to FILE, consistent even while a window has it open, check the copy, and exit"),
    N_("FILE") },
  { "expert-package", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Write the package of essays an expert grades (with --expert, --competition and --output) and exit"), NULL },
  { "expert", 0, 0, G_OPTION_ARG_INT64, NULL,
    N_("The expert whose package --expert-package writes"), N_("ID") },
  { "reason", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --import of an expert’s results: why they replace the results of the same package imported "
       "before (recorded)"), N_("TEXT") },
  { "grade", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Open an expert's package of essays to grade, and nothing else: no database is opened"), N_("PACKAGE.xml") },
  { "export-meeting", 0, 0, G_OPTION_ARG_INT64, NULL,
    N_("Write a meeting of a commission as an XML file (with --output), to record it on another computer "
       "and import it back, and exit"), N_("ID") },
  { "generate-demo", 0, 0, G_OPTION_ARG_INT64, NULL,
    N_("Fill the database with demonstration data: N candidates with competitions and applications, and exit"), N_("N") },
  { NULL }
};

/* The expert's side: `konkurs --grade PACKAGE.xml` (konkurs-grading-window.h) */

static void
on_grade_error_response (AdwMessageDialog *dialog,
                         const char       *response,
                         gpointer          user_data)
{
  g_main_loop_quit (user_data);
}

/* A package that cannot be read is said on stderr and, when there is a
 * display, in a dialog: an expert who double-clicked a file has no
 * terminal to read. */
static int
refuse_package (const GError *error)
{
  g_autoptr(GMainLoop) loop = NULL;
  GtkWidget *dialog;

  g_printerr ("%s\n", error->message);
  if (!gtk_init_check ())
    return 1;
  adw_init ();
  loop = g_main_loop_new (NULL, FALSE);
  dialog = adw_message_dialog_new (NULL, _("Cannot Open the Package"), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  g_signal_connect (dialog, "response", G_CALLBACK (on_grade_error_response), loop);
  gtk_window_present (GTK_WINDOW (dialog));
  g_main_loop_run (loop);
  return 1;
}

/* Checks the package before anything starts, so that a bad one ends the
 * process with a status; a good one is graded in a process of its own,
 * beside any Konkurs running on a database, and opens none. */
static int
start_grading (KonkursApplication *self,
               const char         *path)
{
  g_autoptr(KonkursEssayPackage) package = NULL;
  g_autoptr(GError) error = NULL;

  package = konkurs_exchange_read_package (path, &error);
  if (package == NULL)
    return refuse_package (error);
  self->grade_path = g_strdup (path);
  g_application_set_flags (G_APPLICATION (self),
                           g_application_get_flags (G_APPLICATION (self)) | G_APPLICATION_NON_UNIQUE);
  return -1;
}

static gboolean
open_grading_window (KonkursApplication *self,
                     const char         *path,
                     GError            **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  KonkursGradingWindow *window;

  /* One window per package: two would write over each other's work. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (KONKURS_IS_GRADING_WINDOW (l->data)
        && g_file_equal (konkurs_grading_window_get_package_file (l->data), file))
      {
        gtk_window_present (l->data);
        return TRUE;
      }
  window = konkurs_grading_window_new (GTK_APPLICATION (self), file, error);
  if (window == NULL)
    return FALSE;
  gtk_window_present (GTK_WINDOW (window));
  return TRUE;
}

/* "app.grade": the Essays area opens a package for an expert grading at
 * the secretary's workstation. */
static void
konkurs_application_grade_action (GSimpleAction *action,
                                  GVariant      *parameter,
                                  gpointer       user_data)
{
  KonkursApplication *self = user_data;
  g_autoptr(GError) error = NULL;

  if (!open_grading_window (self, g_variant_get_string (parameter, NULL), &error))
    konkurs_error_dialog_present (gtk_application_get_active_window (GTK_APPLICATION (self)),
                                  G_LOG_LEVEL_MESSAGE, _("Cannot Open the Package"), error, NULL);
}

static int
konkurs_application_handle_local_options (GApplication *application,
                                          GVariantDict *options)
{
  KonkursApplication *self = KONKURS_APPLICATION (application);
  KonkursCliOptions cli = { 0 };
  const char *grade = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  g_variant_dict_lookup (options, "database", "^&ay", &cli.database);
  g_variant_dict_lookup (options, "import", "^&ay", &cli.import_path);
  g_variant_dict_lookup (options, "export", "^&ay", &cli.export_path);
  g_variant_dict_lookup (options, "backup", "^&ay", &cli.backup_path);
  g_variant_dict_lookup (options, "print", "&s", &cli.print_kind);
  g_variant_dict_lookup (options, "competition", "x", &cli.competition_id);
  g_variant_dict_lookup (options, "application", "x", &cli.application_id);
  g_variant_dict_lookup (options, "stage", "&s", &cli.stage);
  g_variant_dict_lookup (options, "meeting", "x", &cli.meeting_id);
  g_variant_dict_lookup (options, "language", "&s", &cli.language);
  g_variant_dict_lookup (options, "output", "^&ay", &cli.output_path);
  cli.generate_demo = g_variant_dict_lookup (options, "generate-demo", "x", &cli.demo_candidates);
  cli.draft = g_variant_dict_contains (options, "draft");
  g_variant_dict_lookup (options, "actor", "&s", &cli.actor);
  cli.verify = g_variant_dict_contains (options, "verify");
  g_variant_dict_lookup (options, "head", "&s", &cli.head);
  cli.expert_package = g_variant_dict_contains (options, "expert-package");
  g_variant_dict_lookup (options, "expert", "x", &cli.expert_id);
  g_variant_dict_lookup (options, "reason", "&s", &cli.reason);
  g_variant_dict_lookup (options, "export-meeting", "x", &cli.export_meeting_id);

  if (g_variant_dict_lookup (options, "grade", "^&ay", &grade))
    return start_grading (self, grade);

  if (konkurs_cli_wants_job (&cli))
    return konkurs_cli_run (&cli);

  /* Another database than the usual one belongs to a process of its own,
   * rather than being handed to a running window that has its own database;
   * the store's lock still keeps two processes off the same file. */
  if (cli.database != NULL)
    {
      self->database = g_strdup (cli.database);
      g_application_set_flags (application,
                               g_application_get_flags (application) | G_APPLICATION_NON_UNIQUE);
    }

  return G_APPLICATION_CLASS (konkurs_application_parent_class)->handle_local_options (application, options);
}

static char *
choose_database (KonkursApplication *self)
{
  g_autofree char *last = NULL;

  if (self->database != NULL)
    return g_strdup (self->database);

  last = g_settings_get_string (self->settings, "last-database");
  if (last[0] != '\0' && g_file_test (last, G_FILE_TEST_IS_REGULAR))
    return g_steal_pointer (&last);

  return konkurs_store_get_default_path ();
}

static void
on_open_error_response (AdwMessageDialog *dialog,
                        const char       *response,
                        gpointer          user_data)
{
  g_application_release (G_APPLICATION (user_data));
}

/* Without a database there is nothing to show but the reason; the dialog
 * holds the application until the user has read it. */
static void
show_open_error (KonkursApplication *self,
                 const char         *path,
                 const GError       *error)
{
  GtkWidget *dialog;

  g_warning ("Cannot open %s: %s", path, error->message);

  dialog = adw_message_dialog_new (NULL, _("Cannot Open the Database"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s", error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  g_application_hold (G_APPLICATION (self));
  g_signal_connect (dialog, "response", G_CALLBACK (on_open_error_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Milliseconds since the process started (the kernel's start time has
 * the resolution of a clock tick, 10 ms). */
static double
ms_since_process_start (void)
{
  g_autofree char *stat = NULL;
  const char *after_name;
  unsigned long long start_ticks = 0;
  struct timespec now;

  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL)
      || (after_name = strrchr (stat, ')')) == NULL
      /* Field 22, starttime; the name, field 2, may hold spaces. */
      || sscanf (after_name + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %*u %*u %*d %*d %*d %*d %*d %*d %llu",
                 &start_ticks) != 1)
    return -1;

  clock_gettime (CLOCK_BOOTTIME, &now);
  return now.tv_sec * 1000.0 + now.tv_nsec / 1e6 - start_ticks * 1000.0 / sysconf (_SC_CLK_TCK);
}

static void
on_first_frame (GdkFrameClock *clock,
                gpointer       user_data)
{
  g_autofree char *status = NULL;
  const char *hwm;

  g_signal_handlers_disconnect_by_func (clock, on_first_frame, user_data);

  g_print ("first-frame-ms: %.0f\n", ms_since_process_start ());
  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL)
      && (hwm = strstr (status, "VmHWM:")) != NULL)
    g_print ("first-frame-vmhwm-kb: %ld\n", strtol (hwm + strlen ("VmHWM:"), NULL, 10));

  g_application_quit (G_APPLICATION (user_data));
}

/* For tests/benchmark.py: with KONKURS_BENCH_FIRST_FRAME=1 in the
 * environment, print the time from the start of the process to the first
 * frame of the window, and the peak resident memory then, and quit. */
static void
watch_first_frame (KonkursApplication *self,
                   GtkWindow          *window)
{
  GdkFrameClock *clock;

  if (g_strcmp0 (g_getenv ("KONKURS_BENCH_FIRST_FRAME"), "1") != 0)
    return;

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  if (clock == NULL)
    {
      g_printerr ("first-frame-ms: the window has no frame clock\n");
      return;
    }
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_first_frame), self);
}

static void
konkurs_application_activate (GApplication *application)
{
  KonkursApplication *self = KONKURS_APPLICATION (application);
  g_autoptr(KonkursStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (application));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  if (self->grade_path != NULL)
    {
      /* Read once already; it may have changed since. */
      if (!open_grading_window (self, self->grade_path, &error))
        {
          AdwMessageDialog *dialog = konkurs_error_dialog_present (NULL, G_LOG_LEVEL_WARNING,
                                                                   _("Cannot Open the Package"), error, NULL);
          /* The dialog keeps the application until it is read. */
          gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
        }
      return;
    }

  /* The window holds its store (and the store its lock) for as long as it
   * shows that database: New and Open Database switch it to another. */
  path = choose_database (self);
  /* The integrity check runs after the window shows (konkurs-window-backup.c). */
  store = konkurs_store_open_full (path, NULL, KONKURS_STORE_OPEN_DEFER_CHECK, &error);
  if (store == NULL)
    {
      show_open_error (self, path, error);
      return;
    }

  window = GTK_WINDOW (konkurs_window_new (GTK_APPLICATION (self), store, self->settings));
  gtk_window_present (window);
  watch_first_frame (self, window);
}

static void
konkurs_application_about_action (GSimpleAction *action,
                                  GVariant      *parameter,
                                  gpointer       user_data)
{
  static const char *developers[] = { "The Konkurs developers", NULL };
  KonkursApplication *self = user_data;

  adw_show_about_window (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "application-name", _("Konkurs"),
                         "application-icon", APPLICATION_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("The Konkurs developers"),
                         "developers", developers,
                         "comments", _("Competitions for public positions in Kazakhstan: civil-service competitions and the Presidential Youth Personnel Reserve."),
                         "website", "https://github.com/konkurs/konkurs",
                         "issue-url", "https://github.com/konkurs/konkurs/issues",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "copyright", "© 2026 The Konkurs developers",
                         /* Translators: your names, one per line */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
konkurs_application_quit_action (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  GApplication *application = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (application)));

  /* Closing rather than destroying: each window saves its size, and a
   * dialog with unsaved changes may ask first.  The application ends with
   * its last window. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

/* The main window focused last, if it has a database open. */
static KonkursWindow *
focused_window (KonkursApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (KONKURS_IS_WINDOW (l->data))
      return konkurs_window_get_store (l->data) != NULL ? l->data : NULL;
  return NULL;
}

static void
konkurs_application_preferences_action (GSimpleAction *action,
                                        GVariant      *parameter,
                                        gpointer       user_data)
{
  KonkursApplication *self = user_data;
  /* The organisation's details are kept in the database of the window
   * the secretary works in: the one focused last. */
  KonkursWindow *parent = focused_window (self);
  KonkursPreferencesWindow *window;

  if (parent == NULL)
    return;
  window = konkurs_preferences_window_new (GTK_WINDOW (parent), konkurs_window_get_store (parent), self->settings);
  gtk_window_set_application (GTK_WINDOW (window), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (window));
}

/* The rule sets of the database of the window focused last. */
static void
konkurs_application_rule_sets_action (GSimpleAction *action,
                                      GVariant      *parameter,
                                      gpointer       user_data)
{
  KonkursApplication *self = user_data;
  KonkursWindow *parent = focused_window (self);
  KonkursRuleSetsWindow *window;

  if (parent == NULL)
    return;
  window = konkurs_rule_sets_window_new (GTK_WINDOW (parent), konkurs_window_get_store (parent));
  gtk_window_set_application (GTK_WINDOW (window), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (window));
}

static const GActionEntry app_actions[] = {
  { "about", konkurs_application_about_action },
  { "preferences", konkurs_application_preferences_action },
  { "rule-sets", konkurs_application_rule_sets_action },
  { "grade", konkurs_application_grade_action, "s" },
  { "quit", konkurs_application_quit_action },
};

/* A session ending or a kill asks politely: close like Quit does, so the
 * window saves its state and the store lets go of the database and its
 * lock. */
static gboolean
on_terminate (gpointer user_data)
{
  /* The session is ending: save what can be saved, then go, even if a
   * dialog would rather ask. */
  g_action_group_activate_action (G_ACTION_GROUP (user_data), "quit", NULL);
  g_application_quit (G_APPLICATION (user_data));
  return G_SOURCE_CONTINUE;
}

static void
konkurs_application_startup (GApplication *application)
{
  KonkursApplication *self = KONKURS_APPLICATION (application);
  static const char *quit_accels[] = { "<Primary>q", NULL };
  static const char *help_accels[] = { "<Primary>question", NULL };
  static const char *preferences_accels[] = { "<Primary>comma", NULL };
  static const char *rule_sets_accels[] = { "<Primary><Shift>r", NULL };

  G_APPLICATION_CLASS (konkurs_application_parent_class)->startup (application);

  g_set_application_name (_("Konkurs"));
  gtk_window_set_default_icon_name (APPLICATION_ID);

  self->settings = g_settings_new (APPLICATION_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.rule-sets", rule_sets_accels);
  g_unix_signal_add (SIGTERM, on_terminate, self);
  g_unix_signal_add (SIGINT, on_terminate, self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-help-overlay", help_accels);
}

static void
konkurs_application_finalize (GObject *object)
{
  KonkursApplication *self = KONKURS_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_pointer (&self->database, g_free);
  g_clear_pointer (&self->print_help, g_free);
  g_clear_pointer (&self->grade_path, g_free);

  G_OBJECT_CLASS (konkurs_application_parent_class)->finalize (object);
}

static void
konkurs_application_class_init (KonkursApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = konkurs_application_finalize;

  app_class->handle_local_options = konkurs_application_handle_local_options;
  app_class->startup = konkurs_application_startup;
  app_class->activate = konkurs_application_activate;
}

static void
konkurs_application_init (KonkursApplication *self)
{
  GOptionEntry entries[G_N_ELEMENTS (option_entries)];

  memcpy (entries, option_entries, sizeof entries);
  self->print_help = konkurs_cli_describe_print ();
  for (guint i = 0; entries[i].long_name != NULL; i++)
    if (g_str_equal (entries[i].long_name, "print"))
      entries[i].description = self->print_help;
  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), NULL);
  g_application_set_option_context_summary (G_APPLICATION (self),
    _("Competitions for public positions: vacancies, candidates, essays, commission."));
  g_application_set_option_context_description (G_APPLICATION (self),
    _("Without --import, --export or --print, Konkurs opens its window.\n"
      "Examples:\n"
      "  konkurs --database region.db --import competitions.xml\n"
      "  konkurs --database region.db --export region.xml\n"
      "  konkurs --database region.db --print announcement --competition 1 --language ru --output announcement.pdf\n"
      "  konkurs --database region.db --print publication --competition 1 --language kk --output results.pdf"));
}
