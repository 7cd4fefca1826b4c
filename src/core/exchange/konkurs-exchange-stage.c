/* konkurs-exchange-stage.c — what the files of a stage's results share:
 * the competition by its number, the stage, and the applications of the
 * stage by personal code
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A file of results (konkurs-exchange-test-results.c,
 * konkurs-exchange-assessment.c) names its competition by number and its
 * candidates by personal code, which hold in any database.  Before a
 * result is read, the stage must take it: open, not closed (a closed
 * stage is corrected one result at a time with a written reason, never by
 * a file), not waiting for the stage before it.  A code is either of an
 * application that entered the stage, or an error that says which of the
 * two it is not: of the competition at all, or of an application that did
 * not go on from the stage before.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-exchange-private.h"
#include "konkurs-personal-code.h"
#include "konkurs-store-anonymous.h"

#define node_line(node) konkurs_exchange_node_line (ctx, (node))

void
konkurs_exchange_stage_free (KonkursExchangeStage *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->competition);
  g_clear_pointer (&self->stage, konkurs_stage_free);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->by_code, g_hash_table_unref);
  g_clear_pointer (&self->codes, g_hash_table_unref);
  g_free (self);
}

char *
konkurs_exchange_describe_stages (GPtrArray *stages)
{
  g_autoptr(GString) kinds = g_string_new (NULL);

  for (guint i = 0; i < stages->len; i++)
    {
      const KonkursStage *stage = g_ptr_array_index (stages, i);

      g_string_append_printf (kinds, "%s%s", i > 0 ? ", " : "", konkurs_stage_kind_to_code (stage->kind));
    }
  return g_string_free (g_steal_pointer (&kinds), FALSE);
}

/* The stage of @kind of the competition, or an error at the root naming
 * the stages it has. */
static gboolean
find_stage (KonkursImportContext *ctx,
            xmlNode              *root,
            KonkursExchangeStage *self,
            const char           *kind_code,
            GError              **error)
{
  gint64 competition_id = konkurs_competition_get_id (self->competition);
  g_autoptr(GPtrArray) stages = NULL;
  g_autofree char *kinds = NULL;
  g_autoptr(GError) local_error = NULL;
  KonkursStageKind kind;

  stages = konkurs_store_list_stages (ctx->store, competition_id, &local_error);
  if (stages == NULL)
    {
      konkurs_exchange_propagate_store_error (ctx, root, g_steal_pointer (&local_error), error);
      return FALSE;
    }
  for (guint i = 0; i < stages->len; i++)
    if (konkurs_stage_kind_from_code (kind_code, &kind)
        && ((KonkursStage *) g_ptr_array_index (stages, i))->kind == kind)
      {
        self->stage = konkurs_stage_copy (g_ptr_array_index (stages, i));
        return TRUE;
      }

  kinds = konkurs_exchange_describe_stages (stages);
  konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (root),
                                 /* Translators: the stages are codes, as "documents, testing, interview, decision" */
                                 _("%s/@stage: competition %s has no stage “%s”; its stages: %s"),
                                 konkurs_exchange_node_name (root), konkurs_competition_get_number (self->competition),
                                 kind_code, kinds);
  return FALSE;
}

/* A file of results goes into an open stage only. */
static gboolean
check_open (KonkursImportContext *ctx,
            xmlNode              *root,
            KonkursExchangeStage *self,
            GError              **error)
{
  const char *kind = konkurs_stage_kind_to_code (self->stage->kind);

  switch (self->stage->state)
    {
    case KONKURS_STAGE_STATE_OPEN:
      return TRUE;
    case KONKURS_STAGE_STATE_CLOSED:
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (root),
                                     _("%s: the stage “%s” of competition %s is closed: corrections are made "
                                       "one by one with a reason, not by importing a file"),
                                     konkurs_exchange_node_name (root), kind,
                                     konkurs_competition_get_number (self->competition));
      return FALSE;
    case KONKURS_STAGE_STATE_NOT_YET:
    default:
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (root),
                                     _("%s: the stage “%s” of competition %s is not open yet: it opens when "
                                       "the stage before it is closed"),
                                     konkurs_exchange_node_name (root), kind,
                                     konkurs_competition_get_number (self->competition));
      return FALSE;
    }
}

static gboolean
load_codes (KonkursImportContext *ctx,
            xmlNode              *root,
            KonkursExchangeStage *self,
            GError              **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) codes = NULL;

  self->rows = konkurs_store_list_stage_rows (ctx->store, self->stage->id, &local_error);
  if (self->rows != NULL)
    codes = konkurs_store_list_codes (ctx->store, konkurs_competition_get_id (self->competition), -1, &local_error);
  if (codes == NULL)
    {
      konkurs_exchange_propagate_store_error (ctx, root, g_steal_pointer (&local_error), error);
      return FALSE;
    }
  self->by_code = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < self->rows->len; i++)
    {
      KonkursStageRow *row = g_ptr_array_index (self->rows, i);

      g_hash_table_insert (self->by_code, row->personal_code, row);
    }
  self->codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < codes->len; i++)
    g_hash_table_add (self->codes, g_strdup (((KonkursCodeEntry *) g_ptr_array_index (codes, i))->personal_code));
  return TRUE;
}

KonkursExchangeStage *
konkurs_exchange_stage_open (KonkursImportContext *ctx,
                             xmlNode              *root,
                             const char           *kind_code,
                             GError              **error)
{
  g_autoptr(KonkursExchangeStage) self = g_new0 (KonkursExchangeStage, 1);
  g_autofree char *number = konkurs_exchange_require_attr (ctx, root, "competition", error);
  g_autoptr(GError) local_error = NULL;

  if (number == NULL)
    return NULL;
  self->competition = konkurs_store_find_competition_by_number (ctx->store, number, &local_error);
  if (self->competition == NULL)
    {
      if (!g_error_matches (local_error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND))
        {
          konkurs_exchange_propagate_store_error (ctx, root, g_steal_pointer (&local_error), error);
          return NULL;
        }
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (root),
                                     _("%s/@competition: this database has no competition numbered '%s'"),
                                     konkurs_exchange_node_name (root), number);
      return NULL;
    }
  if (!find_stage (ctx, root, self, kind_code, error)
      || !check_open (ctx, root, self, error)
      || !load_codes (ctx, root, self, error))
    return NULL;
  return g_steal_pointer (&self);
}

const KonkursStageRow *
konkurs_exchange_stage_row (KonkursImportContext *ctx,
                            KonkursExchangeStage *self,
                            xmlNode              *node,
                            GError              **error)
{
  g_autofree char *given = konkurs_exchange_require_attr (ctx, node, "code", error);
  g_autofree char *code = NULL;
  const KonkursStageRow *row;

  if (given == NULL)
    return NULL;
  /* as a person may have typed it: "pk 7qx 4m2 rtg" */
  code = konkurs_personal_code_normalize (given);
  row = g_hash_table_lookup (self->by_code, code);
  if (row != NULL)
    return row;

  if (g_hash_table_contains (self->codes, code))
    konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                   _("%s/@code: the application %s did not enter the stage “%s”: it did not "
                                     "go on from the stage before"),
                                   konkurs_exchange_node_name (node), given,
                                   konkurs_stage_kind_to_code (self->stage->kind));
  else
    konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                   _("%s/@code: no application of competition %s has the personal code '%s'"),
                                   konkurs_exchange_node_name (node),
                                   konkurs_competition_get_number (self->competition), given);
  return NULL;
}

const KonkursStageRule *
konkurs_exchange_stage_rule (KonkursImportContext  *ctx,
                             KonkursExchangeStage  *self,
                             const KonkursStageRow *row,
                             xmlNode               *node,
                             GError               **error)
{
  const KonkursStageRule *rule = konkurs_stage_get_rule (self->stage, row->track);

  if (rule == NULL)
    konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                   _("%s: the stage “%s” has no rule for the %s track of the application %s"),
                                   konkurs_exchange_node_name (node), konkurs_stage_kind_to_code (self->stage->kind),
                                   konkurs_track_to_code (row->track), row->personal_code);
  return rule;
}
