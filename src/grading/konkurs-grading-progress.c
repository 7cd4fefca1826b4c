/* konkurs-grading-progress.c — an expert's work on one package, kept
 * beside the package as it is done
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "konkurs-exchange-essays.h"
#include "konkurs-grading-progress.h"
#include "konkurs-text.h"

/* How long the work in progress waits after a change before it is
 * written: long enough that typing a comment is one write, short enough
 * that a crash loses a few seconds at most. */
#define SAVE_DELAY_MS 700

struct _KonkursGradingProgress
{
  GObject              parent_instance;

  GFile               *package_file;
  KonkursEssayPackage *package;
  KonkursEssayResults *results;
  char                *progress_path;
  char                *notice;
  char                *save_error;
  gboolean             dirty;
  guint                save_source;
};

G_DEFINE_FINAL_TYPE (KonkursGradingProgress, konkurs_grading_progress, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SAVE_ERROR,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* "PACKAGE.xml" → "PACKAGE.progress.xml"; any other name gets the suffix. */
static char *
progress_path_for (const char *package_path)
{
  g_autofree char *stem = g_str_has_suffix (package_path, ".xml")
                          ? g_strndup (package_path, strlen (package_path) - 4)
                          : g_strdup (package_path);

  return g_strconcat (stem, ".progress.xml", NULL);
}

/* The first free name "PACKAGE.progress-unused[-N].xml" for a progress
 * file put aside. */
static char *
aside_path_for (const char *progress_path)
{
  g_autofree char *stem = g_strndup (progress_path, strlen (progress_path) - strlen (".xml"));

  for (guint n = 1;; n++)
    {
      g_autofree char *path = n == 1 ? g_strconcat (stem, "-unused.xml", NULL)
                                     : g_strdup_printf ("%s-unused-%u.xml", stem, n);
      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        return g_steal_pointer (&path);
    }
}

static gboolean
score_fits (const KonkursEssayPackage *package,
            const KonkursPackageScore *score)
{
  const KonkursEssayCriterion *criterion = konkurs_essay_rule_find_criterion (package->rule, score->criterion);

  return konkurs_essay_package_find_essay (package, score->code) != NULL
         && criterion != NULL
         && score->points >= criterion->min_points && score->points <= criterion->max_points;
}

/* Takes from @found what fits the package; returns how many grades and
 * comments did not. */
static guint
adopt (KonkursGradingProgress    *self,
       const KonkursEssayResults *found)
{
  guint left_out = 0;

  for (guint i = 0; i < found->scores->len; i++)
    {
      const KonkursPackageScore *score = found->scores->pdata[i];

      if (score_fits (self->package, score))
        konkurs_essay_results_set_points (self->results, score->code, score->criterion, score->points);
      else
        left_out++;
    }
  for (guint i = 0; i < found->comments->len; i++)
    {
      const KonkursPackageComment *comment = found->comments->pdata[i];

      if (konkurs_essay_package_find_essay (self->package, comment->code) != NULL)
        konkurs_essay_results_set_comment (self->results, comment->code, comment->comment);
      else
        left_out++;
    }
  return left_out;
}

/* Puts the progress file aside so that nothing overwrites it, and says
 * @why with what became of it. */
static void
put_aside (KonkursGradingProgress *self,
           const char             *why)
{
  g_autofree char *aside = aside_path_for (self->progress_path);
  g_autofree char *aside_name = g_path_get_basename (aside);

  if (g_rename (self->progress_path, aside) == 0)
    self->notice = g_strdup_printf (_("%s It was kept as %s."), why, aside_name);
  else
    {
      int saved_errno = errno;
      /* Then it stays where it is, and this session writes nothing over it. */
      self->notice = g_strdup_printf (_("%s It could not be put aside (%s), so the work done now will not "
                                        "be kept beside the package: use Save Results… before closing."),
                                      why, g_strerror (saved_errno));
      g_clear_pointer (&self->progress_path, g_free);
    }
  g_message ("%s", self->notice);
}

static void
load_progress (KonkursGradingProgress *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursEssayResults) found = NULL;
  g_autofree char *name = g_path_get_basename (self->progress_path);
  g_autofree char *why = NULL;
  guint left_out;

  if (!g_file_test (self->progress_path, G_FILE_TEST_EXISTS))
    return;

  found = konkurs_exchange_read_results (self->progress_path, &error);
  if (found == NULL)
    why = g_strdup_printf (_("The work in progress %s cannot be read (%s), so it was not used."),
                           name, error->message);
  else if (g_strcmp0 (found->package_id, self->package->package_id) != 0)
    why = g_strdup_printf (_("The work in progress %s belongs to another package (%s), so it was not used."),
                           name, found->package_id != NULL ? found->package_id : "?");
  else if ((left_out = adopt (self, found)) > 0)
    why = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "The work in progress %s had %u grade or comment for an essay or a "
                                        "criterion this package does not have, or off its scale; it was left out.",
                                        "The work in progress %s had %u grades or comments for essays or criteria "
                                        "this package does not have, or off their scales; they were left out.",
                                        left_out),
                           name, left_out);
  if (why != NULL)
    put_aside (self, why);
}

KonkursGradingProgress *
konkurs_grading_progress_open (GFile   *package,
                               GError **error)
{
  g_autoptr(KonkursGradingProgress) self = NULL;
  g_autofree char *path = g_file_get_path (package);

  g_return_val_if_fail (G_IS_FILE (package), NULL);

  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (package);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("%s is not a local file: copy the package to a folder of this computer first."), uri);
      return NULL;
    }

  self = g_object_new (KONKURS_TYPE_GRADING_PROGRESS, NULL);
  self->package = konkurs_exchange_read_package (path, error);
  if (self->package == NULL)
    return NULL;
  self->package_file = g_object_ref (package);
  self->results = konkurs_essay_results_new (self->package);
  self->progress_path = progress_path_for (path);
  load_progress (self);
  return g_steal_pointer (&self);
}

static void
set_save_error (KonkursGradingProgress *self,
                const char             *message)
{
  if (g_strcmp0 (self->save_error, message) == 0)
    return;
  g_free (self->save_error);
  self->save_error = g_strdup (message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVE_ERROR]);
}

gboolean
konkurs_grading_progress_flush (KonkursGradingProgress  *self,
                                GError                 **error)
{
  g_autoptr(KonkursEssayResults) unsigned_results = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (KONKURS_IS_GRADING_PROGRESS (self), FALSE);

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (!self->dirty)
    return TRUE;
  if (self->progress_path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS, self->notice);
      return FALSE;
    }

  unsigned_results = konkurs_essay_results_copy (self->results);
  g_clear_pointer (&unsigned_results->signature, g_free);
  g_free (unsigned_results->saved_at);
  unsigned_results->saved_at = g_date_time_format_iso8601 (now);
  if (!konkurs_exchange_write_results (unsigned_results, self->progress_path, &local_error))
    {
      g_message ("The work in progress was not written: %s", local_error->message);
      set_save_error (self, local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  self->dirty = FALSE;
  set_save_error (self, NULL);
  return TRUE;
}

static gboolean
save_later_cb (gpointer user_data)
{
  KonkursGradingProgress *self = user_data;

  self->save_source = 0;
  /* A failure is in "save-error", which the window shows. */
  konkurs_grading_progress_flush (self, NULL);
  return G_SOURCE_REMOVE;
}

static void
touch (KonkursGradingProgress *self,
       const char             *code)
{
  self->dirty = TRUE;
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_later_cb, self);
  g_signal_emit (self, signals[CHANGED], 0, code);
}

int
konkurs_grading_progress_get_points (KonkursGradingProgress *self,
                                     const char             *code,
                                     const char             *criterion)
{
  return konkurs_essay_results_get_points (self->results, code, criterion);
}

void
konkurs_grading_progress_set_points (KonkursGradingProgress *self,
                                     const char             *code,
                                     const char             *criterion,
                                     int                     points)
{
  g_return_if_fail (KONKURS_IS_GRADING_PROGRESS (self));

  if (konkurs_essay_results_get_points (self->results, code, criterion) == MAX (points, -1))
    return;
  konkurs_essay_results_set_points (self->results, code, criterion, points);
  touch (self, code);
}

const char *
konkurs_grading_progress_get_comment (KonkursGradingProgress *self,
                                      const char             *code)
{
  return konkurs_essay_results_get_comment (self->results, code);
}

void
konkurs_grading_progress_set_comment (KonkursGradingProgress *self,
                                      const char             *code,
                                      const char             *comment)
{
  const char *now = konkurs_essay_results_get_comment (self->results, code);
  /* A blank comment is none: the results file has no empty comments. */
  const char *wanted = konkurs_text_is_blank (comment) ? NULL : comment;

  g_return_if_fail (KONKURS_IS_GRADING_PROGRESS (self));

  if (g_strcmp0 (now, wanted) == 0)
    return;
  konkurs_essay_results_set_comment (self->results, code, wanted);
  touch (self, code);
}

guint
konkurs_grading_progress_count_given (KonkursGradingProgress *self,
                                      const char             *code)
{
  const GPtrArray *criteria = self->package->rule->criteria;
  guint n = 0;

  for (guint i = 0; i < criteria->len; i++)
    {
      const KonkursEssayCriterion *criterion = criteria->pdata[i];
      n += konkurs_essay_results_get_points (self->results, code, criterion->code) >= 0;
    }
  return n;
}

guint
konkurs_grading_progress_count_graded (KonkursGradingProgress *self)
{
  return konkurs_essay_results_count_graded (self->results, self->package);
}

guint
konkurs_grading_progress_count_essays (KonkursGradingProgress *self)
{
  return self->package->essays->len;
}

KonkursEssayResults *
konkurs_grading_progress_build_results (KonkursGradingProgress *self,
                                        guint                  *n_essays)
{
  KonkursEssayResults *results = konkurs_essay_results_new (self->package);
  const GPtrArray *criteria = self->package->rule->criteria;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  guint n = 0;

  for (guint i = 0; i < self->package->essays->len; i++)
    {
      const KonkursPackageEssay *essay = self->package->essays->pdata[i];

      if (konkurs_grading_progress_count_given (self, essay->code) < criteria->len)
        continue;
      for (guint j = 0; j < criteria->len; j++)
        {
          const KonkursEssayCriterion *criterion = criteria->pdata[j];
          konkurs_essay_results_set_points (results, essay->code, criterion->code,
                                            konkurs_essay_results_get_points (self->results, essay->code,
                                                                              criterion->code));
        }
      konkurs_essay_results_set_comment (results, essay->code,
                                         konkurs_essay_results_get_comment (self->results, essay->code));
      n++;
    }
  g_free (results->saved_at);
  results->saved_at = g_date_time_format_iso8601 (now);
  konkurs_essay_results_sign (results, self->package);
  if (n_essays != NULL)
    *n_essays = n;
  return results;
}

/* The essay each package was left on, in the user's state folder: a view
 * state, not part of the work (the results format has no place for it). */
static char *
state_path (void)
{
  return g_build_filename (g_get_user_state_dir (), "konkurs", "grading.ini", NULL);
}

char *
konkurs_grading_progress_get_current (KonkursGradingProgress *self)
{
  g_autoptr(GKeyFile) state = g_key_file_new ();
  g_autofree char *path = state_path ();
  g_autofree char *code = NULL;

  if (!g_key_file_load_from_file (state, path, G_KEY_FILE_NONE, NULL))
    return NULL;
  code = g_key_file_get_string (state, self->package->package_id, "essay", NULL);
  if (code == NULL || konkurs_essay_package_find_essay (self->package, code) == NULL)
    return NULL;
  return g_steal_pointer (&code);
}

void
konkurs_grading_progress_set_current (KonkursGradingProgress *self,
                                      const char             *code)
{
  g_autoptr(GKeyFile) state = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = state_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *old = NULL;

  g_key_file_load_from_file (state, path, G_KEY_FILE_KEEP_COMMENTS, NULL);
  old = g_key_file_get_string (state, self->package->package_id, "essay", NULL);
  if (g_strcmp0 (old, code) == 0)
    return;
  g_key_file_set_string (state, self->package->package_id, "essay", code);
  /* Losing the place is a small thing: logged, not shown. */
  if (g_mkdir_with_parents (folder, 0700) != 0 || !g_key_file_save_to_file (state, path, &error))
    g_debug ("The essay last graded was not remembered in %s: %s", path,
             error != NULL ? error->message : g_strerror (errno));
}

GFile *
konkurs_grading_progress_get_package_file (KonkursGradingProgress *self)
{
  return self->package_file;
}

const KonkursEssayPackage *
konkurs_grading_progress_get_package (KonkursGradingProgress *self)
{
  return self->package;
}

const KonkursEssayResults *
konkurs_grading_progress_get_results (KonkursGradingProgress *self)
{
  return self->results;
}

const char *
konkurs_grading_progress_get_progress_path (KonkursGradingProgress *self)
{
  return self->progress_path;
}

const char *
konkurs_grading_progress_get_notice (KonkursGradingProgress *self)
{
  return self->notice;
}

const char *
konkurs_grading_progress_get_save_error (KonkursGradingProgress *self)
{
  return self->save_error;
}

gboolean
konkurs_grading_progress_is_dirty (KonkursGradingProgress *self)
{
  return self->dirty;
}

static void
konkurs_grading_progress_dispose (GObject *object)
{
  KonkursGradingProgress *self = KONKURS_GRADING_PROGRESS (object);

  /* The last chance to keep the work: the window flushes on closing and
   * says if that fails; this catches any other way out. */
  if (self->package != NULL)
    konkurs_grading_progress_flush (self, NULL);
  g_clear_handle_id (&self->save_source, g_source_remove);

  G_OBJECT_CLASS (konkurs_grading_progress_parent_class)->dispose (object);
}

static void
konkurs_grading_progress_finalize (GObject *object)
{
  KonkursGradingProgress *self = KONKURS_GRADING_PROGRESS (object);

  g_clear_object (&self->package_file);
  g_clear_pointer (&self->package, konkurs_essay_package_free);
  g_clear_pointer (&self->results, konkurs_essay_results_free);
  g_clear_pointer (&self->progress_path, g_free);
  g_clear_pointer (&self->notice, g_free);
  g_clear_pointer (&self->save_error, g_free);

  G_OBJECT_CLASS (konkurs_grading_progress_parent_class)->finalize (object);
}

static void
konkurs_grading_progress_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  KonkursGradingProgress *self = KONKURS_GRADING_PROGRESS (object);

  switch (prop_id)
    {
    case PROP_SAVE_ERROR:
      g_value_set_string (value, self->save_error);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_grading_progress_class_init (KonkursGradingProgressClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = konkurs_grading_progress_dispose;
  object_class->finalize = konkurs_grading_progress_finalize;
  object_class->get_property = konkurs_grading_progress_get_property;

  properties[PROP_SAVE_ERROR] =
    g_param_spec_string ("save-error", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A grade or a comment of the essay (the personal code) changed. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
konkurs_grading_progress_init (KonkursGradingProgress *self)
{
}
