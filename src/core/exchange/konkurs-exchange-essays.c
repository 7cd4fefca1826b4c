/* konkurs-exchange-essays.c — essays as they arrive (<konkurs-essays>,
 * data/konkurs-essays.xsd), and the packages of a stage's experts written
 * into a folder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An essay names its application by personal code alone, as the system
 * where it was written knows it; the application's competition gives the
 * essay stage it goes into, which must be open.  A file may hold essays
 * of several competitions: each stage's are saved together, inside the
 * import's transaction, so that the file goes in whole or not at all.
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "konkurs-exchange-essays.h"
#include "konkurs-exchange-private.h"
#include "konkurs-store-candidacies.h"
#include "konkurs-store-essays.h"

#define node_line(node) konkurs_exchange_node_line (ctx, (node))

static const KonkursExchangeEnum proctor_enum =
  KONKURS_EXCHANGE_ENUM (konkurs_proctor_verdict, KONKURS_PROCTOR_ACCEPTED, KONKURS_PROCTOR_REJECTED);

typedef struct {
  xmlNode           *node;
  KonkursEssayInput *input;
} EssayItem;

/* The essays of one stage, in the file's order. */
typedef struct {
  gint64     stage_id;
  GPtrArray *inputs;   /* of KonkursEssayInput, owned */
  GPtrArray *nodes;    /* their elements */
} StageEssays;

typedef struct {
  xmlNode    *root;
  GPtrArray  *stages;       /* of StageEssays, in the order of their first essay */
  GHashTable *by_competition; /* competition id → StageEssays, borrowed */
  GHashTable *codes;        /* personal code → its element */
} EssaysPlan;

static void
stage_essays_free (gpointer data)
{
  StageEssays *stage = data;

  g_ptr_array_unref (stage->inputs);
  g_ptr_array_unref (stage->nodes);
  g_free (stage);
}

static void
essays_plan_free (gpointer data)
{
  EssaysPlan *plan = data;

  g_clear_pointer (&plan->stages, g_ptr_array_unref);
  g_clear_pointer (&plan->by_competition, g_hash_table_unref);
  g_clear_pointer (&plan->codes, g_hash_table_unref);
  g_free (plan);
}

/* The essay stage of competition @competition_id, open, or an error at
 * @node naming the code. */
static StageEssays *
open_stage (KonkursImportContext *ctx,
            EssaysPlan           *plan,
            xmlNode              *node,
            const char           *code,
            gint64                competition_id,
            GError              **error)
{
  StageEssays *stage = g_hash_table_lookup (plan->by_competition, &competition_id);
  g_autoptr(KonkursCompetition) competition = NULL;
  g_autoptr(KonkursStage) found = NULL;
  g_autoptr(GError) local_error = NULL;

  if (stage != NULL)
    return stage;
  competition = konkurs_store_get_competition (ctx->store, competition_id, &local_error);
  if (competition != NULL)
    found = konkurs_store_find_stage (ctx->store, competition_id, KONKURS_STAGE_ESSAY, &local_error);
  if (found == NULL && competition != NULL
      && g_error_matches (local_error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND))
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                     _("essay/@code: %s applied to competition %s, which has no essay stage"),
                                     code, konkurs_competition_get_number (competition));
      return NULL;
    }
  if (found == NULL)
    {
      konkurs_exchange_propagate_store_error (ctx, node, g_steal_pointer (&local_error), error);
      return NULL;
    }
  if (found->state != KONKURS_STAGE_STATE_OPEN)
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                     found->state == KONKURS_STAGE_STATE_CLOSED
                                     ? _("essay/@code: the essay stage of competition %s, to which %s applied, is "
                                         "closed and takes no more essays")
                                     : _("essay/@code: the essay stage of competition %s, to which %s applied, is "
                                         "not open yet: it opens when the stage before it is closed"),
                                     konkurs_competition_get_number (competition), code);
      return NULL;
    }
  stage = g_new0 (StageEssays, 1);
  stage->stage_id = found->id;
  stage->inputs = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_essay_input_free);
  stage->nodes = g_ptr_array_new ();
  g_ptr_array_add (plan->stages, stage);
  g_hash_table_insert (plan->by_competition, g_memdup2 (&competition_id, sizeof competition_id), stage);
  return stage;
}

static KonkursEssayInput *
read_input (KonkursImportContext *ctx,
            xmlNode              *node,
            const char           *code,
            GError              **error)
{
  g_autoptr(KonkursEssayInput) input = konkurs_essay_input_new (code);
  gint64 words = 0, minutes = 0;

  /* the texts are the file's, or none */
  g_clear_pointer (&input->topic, g_free);
  g_clear_pointer (&input->body, g_free);
  g_clear_pointer (&input->proctor_note, g_free);
  if (!konkurs_exchange_read_int_attr (ctx, node, "words", FALSE, 0, G_MAXINT, &words, error)
      || !konkurs_exchange_read_int_attr (ctx, node, "minutes", FALSE, 0, G_MAXINT, &minutes, error)
      || !konkurs_exchange_read_enum_attr (ctx, node, "proctor", FALSE, &proctor_enum, &input->proctor, error)
      || !konkurs_exchange_read_text_child (ctx, node, "topic", FALSE, &input->topic, error)
      || !konkurs_exchange_read_text_child (ctx, node, "text", TRUE, &input->body, error)
      || !konkurs_exchange_read_text_child (ctx, node, "proctor-note", FALSE, &input->proctor_note, error))
    return NULL;
  input->word_count = (int) words;
  input->minutes = (int) minutes;
  g_free (input->language);
  input->language = konkurs_exchange_require_attr (ctx, node, "language", error);
  g_free (input->submitted_at);
  input->submitted_at = konkurs_exchange_read_attr (node, "submitted-at");
  if (input->language == NULL)
    return NULL;
  if (input->topic == NULL)
    input->topic = g_strdup ("");
  if (input->proctor_note == NULL)
    input->proctor_note = g_strdup ("");
  return g_steal_pointer (&input);
}

static gboolean
read_essay (KonkursImportContext *ctx,
            xmlNode              *node,
            EssaysPlan           *plan,
            GError              **error)
{
  g_autofree char *code = konkurs_exchange_require_attr (ctx, node, "code", error);
  g_autoptr(KonkursCandidacy) candidacy = NULL;
  g_autoptr(GError) local_error = NULL;
  KonkursEssayInput *input;
  StageEssays *stage;
  xmlNode *first;

  if (code == NULL)
    return FALSE;
  candidacy = konkurs_store_find_candidacy_by_code (ctx->store, code, &local_error);
  if (candidacy == NULL)
    {
      if (g_error_matches (local_error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND))
        konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                       _("essay/@code: no application has the personal code “%s”"), code);
      else
        konkurs_exchange_propagate_store_error (ctx, node, g_steal_pointer (&local_error), error);
      return FALSE;
    }
  first = g_hash_table_lookup (plan->codes, konkurs_candidacy_get_personal_code (candidacy));
  if (first != NULL)
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                     _("essay/@code: a second essay of %s; the first is on line %ld"),
                                     code, node_line (first));
      return FALSE;
    }
  stage = open_stage (ctx, plan, node, code, konkurs_candidacy_get_competition_id (candidacy), error);
  input = stage != NULL ? read_input (ctx, node, konkurs_candidacy_get_personal_code (candidacy), error) : NULL;
  if (input == NULL)
    return FALSE;
  g_hash_table_insert (plan->codes, g_strdup (input->code), node);
  g_ptr_array_add (stage->inputs, input);
  g_ptr_array_add (stage->nodes, node);
  return TRUE;
}

static gpointer
essays_convert (KonkursImportContext *ctx,
                xmlNode              *root,
                GError              **error)
{
  EssaysPlan *plan = g_new0 (EssaysPlan, 1);
  gboolean ok = TRUE;

  plan->root = root;
  plan->stages = g_ptr_array_new_with_free_func (stage_essays_free);
  plan->by_competition = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  plan->codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (xmlNode *child = root->children; ok && child != NULL; child = child->next)
    if (konkurs_exchange_is_element (child, KONKURS_EXCHANGE_ESSAYS_NS, "essay"))
      ok = read_essay (ctx, child, plan, error);
  if (!ok)
    {
      essays_plan_free (plan);
      return NULL;
    }
  return plan;
}

/* The essay the store's refusal names by code, else the stage's first. */
static xmlNode *
refused_essay (StageEssays  *stage,
               const GError *error)
{
  for (guint i = 0; i < stage->inputs->len; i++)
    if (strstr (error->message, ((KonkursEssayInput *) g_ptr_array_index (stage->inputs, i))->code) != NULL)
      return g_ptr_array_index (stage->nodes, i);
  return g_ptr_array_index (stage->nodes, 0);
}

static gboolean
essays_insert (KonkursImportContext *ctx,
               gpointer              data,
               GError              **error)
{
  EssaysPlan *plan = data;
  g_autofree char *source = g_strdup_printf ("import: %s", ctx->display_name);

  for (guint i = 0; i < plan->stages->len; i++)
    {
      StageEssays *stage = g_ptr_array_index (plan->stages, i);
      GError *local_error = NULL;

      if (!konkurs_store_save_essays (ctx->store, stage->stage_id, stage->inputs, source, &local_error))
        {
          konkurs_exchange_propagate_store_error (ctx, refused_essay (stage, local_error), local_error, error);
          return FALSE;
        }
      ctx->summary.essays += stage->inputs->len;
      konkurs_exchange_report_progress (ctx, (double) (i + 1) / plan->stages->len);
    }
  return TRUE;
}

const KonkursExchangeFormat konkurs_exchange_essays_format = {
  .root = "konkurs-essays",
  .ns = KONKURS_EXCHANGE_ESSAYS_NS,
  .version = "1",
  .schema = "essays",
  .attr_prefix = "@",
  .convert = essays_convert,
  .insert = essays_insert,
  .free_plan = essays_plan_free,
};

/* ------------------------------------------------------------------------ */
/* The packages of a stage, into a folder                                     */

/* What any file system takes in a name: none of / \ : * ? " < > |, no
 * control character, no dot or blank at the end (Windows drops them), at
 * most 80 characters; the expert's name stays in its own letters. */
static char *
safe_file_stem (const char *name)
{
  g_autoptr(GString) stem = g_string_new (NULL);
  guint count = 0;

  for (const char *p = name; p != NULL && *p != '\0' && count < 80; p = g_utf8_next_char (p), count++)
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;
      if (strchr ("/\\:*?\"<>|", (int) c) != NULL && c < 0x80)
        g_string_append_c (stem, '_');
      else if (g_unichar_iscntrl (c) || g_unichar_type (c) == G_UNICODE_FORMAT)
        g_string_append_c (stem, ' ');
      else
        g_string_append_unichar (stem, c);
    }
  while (stem->len > 0 && (stem->str[stem->len - 1] == '.' || g_ascii_isspace (stem->str[stem->len - 1])))
    g_string_truncate (stem, stem->len - 1);
  if (stem->len == 0)
    g_string_append (stem, "expert");
  return g_string_free (g_steal_pointer (&stem), FALSE);
}

static gboolean
same_contents (const char *a,
               const char *b)
{
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  gsize first_length = 0, second_length = 0;

  return g_file_get_contents (a, &first, &first_length, NULL)
         && g_file_get_contents (b, &second, &second_length, NULL)
         && first_length == second_length && memcmp (first, second, first_length) == 0;
}

/* Moves the package written at @written to "@stem.xml" in @folder, or
 * "@stem (2).xml"… when a different file has the name: never over a file
 * that is not this package. */
static gboolean
place_package (const char  *written,
               const char  *folder,
               const char  *stem,
               GError     **error)
{
  for (guint n = 1; n < 1000; n++)
    {
      g_autofree char *name = n == 1 ? g_strdup_printf ("%s.xml", stem) : g_strdup_printf ("%s (%u).xml", stem, n);
      g_autofree char *path = g_build_filename (folder, name, NULL);
      int saved_errno;

      if (g_file_test (path, G_FILE_TEST_EXISTS))
        {
          if (!same_contents (written, path))
            continue;
          g_unlink (written);
          return TRUE;
        }
      if (g_rename (written, path) == 0)
        return TRUE;
      saved_errno = errno;
      g_set_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_WRITE,
                   _("Cannot write %s: %s"), path, g_strerror (saved_errno));
      g_unlink (written);
      return FALSE;
    }
  g_set_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_WRITE,
               _("The folder %s holds too many files named “%s”; choose another folder"), folder, stem);
  g_unlink (written);
  return FALSE;
}

static gboolean
export_package (KonkursStore *store,
                gint64        stage_id,
                gint64        expert_id,
                const char   *folder,
                GError      **error)
{
  g_autoptr(KonkursEssayPackage) package = konkurs_store_issue_package (store, stage_id, expert_id, error);
  g_autofree char *name = NULL;
  g_autofree char *stem = NULL;
  g_autofree char *written = NULL;
  int fd;

  if (package == NULL)
    return FALSE;
  name = g_strdup_printf ("%s - %s", package->expert_name, package->package_id);
  stem = safe_file_stem (name);
  written = g_build_filename (folder, ".konkurs-package-XXXXXX", NULL);
  fd = g_mkstemp (written);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_WRITE,
                   _("Cannot write into the folder %s: %s"), folder, g_strerror (saved_errno));
      return FALSE;
    }
  g_close (fd, NULL);
  if (!konkurs_exchange_write_package (package, written, error))
    {
      g_unlink (written);
      return FALSE;
    }
  return place_package (written, folder, stem, error);
}

gboolean
konkurs_exchange_export_packages (KonkursStore  *store,
                                  gint64         stage_id,
                                  const char    *folder,
                                  guint         *n_written,
                                  GCancellable  *cancellable,
                                  GError       **error)
{
  g_autoptr(GPtrArray) loads = NULL;
  guint written = 0;

  g_return_val_if_fail (KONKURS_IS_STORE (store), FALSE);
  g_return_val_if_fail (folder != NULL, FALSE);

  if (n_written != NULL)
    *n_written = 0;
  loads = konkurs_store_list_expert_loads (store, stage_id, error);
  if (loads == NULL)
    return FALSE;
  for (guint i = 0; i < loads->len; i++)
    {
      const KonkursExpertLoad *load = g_ptr_array_index (loads, i);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (load->assigned == 0)
        continue;
      if (!export_package (store, stage_id, load->expert_id, folder, error))
        return FALSE;
      written++;
      if (n_written != NULL)
        *n_written = written;
    }
  return TRUE;
}
