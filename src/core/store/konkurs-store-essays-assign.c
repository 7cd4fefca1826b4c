/* konkurs-store-essays-assign.c — who grades which essay: the recorded
 * draw, its replay, a replacement, a fourth grader, and why an expert was
 * left out
 *
 * The store gathers what the engine (konkurs_essay_assign()) needs — the
 * essays by personal code, the graders with their loads, the conflicting
 * pairs — keeps it with the seed in essay_draw (the draw's "input", JSON)
 * and writes the pairs through the record.  A replay reads the input back,
 * draws again from the recorded seed and compares.  The conflicts are the
 * one query here that reads a candidate's work periods, through the
 * application's candidate id only: no name leaves it, only pairs of ids.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-chain.h"
#include "konkurs-store-essays-private.h"
#include "konkurs-text.h"

/* Conflicting pairs */

typedef struct {
  gint64 essay_id;
  gint64 expert_id;
} Pair;

static guint
pair_hash (gconstpointer p)
{
  const Pair *pair = p;

  return g_int64_hash (&pair->essay_id) * 31 + g_int64_hash (&pair->expert_id);
}

static gboolean
pair_equal (gconstpointer a,
            gconstpointer b)
{
  return ((const Pair *) a)->essay_id == ((const Pair *) b)->essay_id &&
         ((const Pair *) a)->expert_id == ((const Pair *) b)->expert_id;
}

/* An expert's employer, or an organisation they declared, is the same as
 * the employer of a work period of the essay's writer that ended on or
 * after ?3 (or has not ended), compared by the store's Cyrillic folding
 * (konkurs_sort_key); or the expert declared the writer's personal code.
 * The organisations are joined here, in a hash table: SQLite compared
 * every work period with every expert's organisation (3 million
 * comparisons for 20,000 essays and 300 experts).  A pair may come more
 * than once: the set they go into keeps one. */
#define EXPERT_KEYS_SQL \
  "SELECT id, konkurs_sort_key (trim (employer), NULL, NULL) FROM expert WHERE trim (employer) <> ''\n" \
  "UNION SELECT expert_id, konkurs_sort_key (trim (value), NULL, NULL) FROM expert_conflict\n" \
  "  WHERE kind = 'organisation'"
#define WRITER_KEYS_SQL \
  "SELECT e.id, konkurs_sort_key (trim (w.employer), NULL, NULL) FROM essay e\n" \
  "  JOIN application a ON a.id = e.application_id JOIN work_period w ON w.candidate_id = a.candidate_id\n" \
  "  WHERE e.stage_id = ?1 AND (?2 = 0 OR e.id = ?2) AND trim (w.employer) <> ''\n" \
  "  AND (w.ended_on IS NULL OR w.ended_on >= ?3)"
#define CODE_CONFLICTS_SQL \
  "SELECT e.id, c.expert_id FROM essay e JOIN application a ON a.id = e.application_id\n" \
  "  JOIN expert_conflict c ON c.kind = 'code' AND upper (trim (c.value)) = upper (a.personal_code)\n" \
  "  WHERE e.stage_id = ?1 AND (?2 = 0 OR e.id = ?2)"

static void
conflict_row (sqlite3_stmt *stmt,
              gpointer      conflicts)
{
  Pair *pair = g_new (Pair, 1);

  pair->essay_id = sqlite3_column_int64 (stmt, 0);
  pair->expert_id = sqlite3_column_int64 (stmt, 1);
  g_hash_table_add (conflicts, pair);
}

/* Into a table of the folded organisation (GBytes) -> its experts' ids
 * (GArray of gint64). */
static void
expert_key_row (sqlite3_stmt *stmt,
                gpointer      by_key)
{
  GBytes *key = g_bytes_new (sqlite3_column_blob (stmt, 1), sqlite3_column_bytes (stmt, 1));
  GArray *ids = g_hash_table_lookup (by_key, key);
  gint64 id = sqlite3_column_int64 (stmt, 0);

  if (ids == NULL)
    g_hash_table_insert (by_key, g_bytes_ref (key), ids = g_array_new (FALSE, FALSE, sizeof (gint64)));
  g_bytes_unref (key);
  g_array_append_val (ids, id);
}

typedef struct {
  GHashTable *by_key;     /* of expert_key_row() */
  GHashTable *conflicts;  /* of Pair */
} WriterJoin;

static void
writer_key_row (sqlite3_stmt *stmt,
                gpointer      user_data)
{
  WriterJoin *join = user_data;
  g_autoptr(GBytes) key = g_bytes_new_static (sqlite3_column_blob (stmt, 1), sqlite3_column_bytes (stmt, 1));
  GArray *ids = g_hash_table_lookup (join->by_key, key);

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      Pair *pair = g_new (Pair, 1);

      pair->essay_id = sqlite3_column_int64 (stmt, 0);
      pair->expert_id = g_array_index (ids, gint64, i);
      g_hash_table_add (join->conflicts, pair);
    }
}

/* Runs @sql with the stage (?1), essay (?2) and, when it has a third, the
 * date (?3) bound, giving each row to @func. */
static gboolean
each_conflict_row (KonkursStore             *self,
                   const char               *sql,
                   const KonkursEssayStage  *stage,
                   gint64                    essay_id,
                   const char               *since,
                   KonkursStoreRowFunc       func,
                   gpointer                  data,
                   GError                  **error)
{
  g_autoptr(sqlite3_stmt) stmt = konkurs_store_prepare_id (self, sql, stage->stage->id, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 2, essay_id);
  if (sqlite3_bind_parameter_count (stmt) >= 3)
    sqlite3_bind_text (stmt, 3, since, -1, SQLITE_STATIC);
  return konkurs_store_each_row (self, stmt, func, data, error);
}

GHashTable *
konkurs_store_essay_conflicts (KonkursStore             *self,
                               const KonkursEssayStage  *stage,
                               gint64                    essay_id,
                               GError                  **error)
{
  g_autoptr(GHashTable) conflicts = g_hash_table_new_full (pair_hash, pair_equal, g_free, NULL);
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_bytes_hash, g_bytes_equal, (GDestroyNotify) g_bytes_unref,
                                                        (GDestroyNotify) g_array_unref);
  g_autoptr(GDate) since = g_date_new ();
  g_autofree char *iso = NULL;
  WriterJoin join = { by_key, conflicts };
  g_autoptr(sqlite3_stmt) stmt = NULL;

  /* the years count back from the stage's start (today when unknown) */
  if (g_date_valid (&stage->stage->starts_on))
    *since = stage->stage->starts_on;
  else
    g_date_set_time_t (since, time (NULL));
  g_date_subtract_years (since, stage->rule->conflict_years);
  iso = konkurs_store_date_to_iso (since);
  stmt = konkurs_store_prepare (self, EXPERT_KEYS_SQL, error);
  if (stmt == NULL || !konkurs_store_each_row (self, stmt, expert_key_row, by_key, error) ||
      (g_hash_table_size (by_key) > 0 &&
       !each_conflict_row (self, WRITER_KEYS_SQL, stage, essay_id, iso, writer_key_row, &join, error)) ||
      !each_conflict_row (self, CODE_CONFLICTS_SQL, stage, essay_id, NULL, conflict_row, conflicts, error))
    return NULL;
  return g_steal_pointer (&conflicts);
}

gboolean
konkurs_store_essay_conflict_lookup (gint64   essay_id,
                                     gint64   expert_id,
                                     gpointer conflicts)
{
  Pair pair = { essay_id, expert_id };

  return g_hash_table_contains (conflicts, &pair);
}

/* The engine's input */

typedef struct {
  GArray     *essays;    /* of KonkursAssignEssay */
  GArray     *experts;   /* of KonkursAssignExpert */
  GHashTable *conflicts; /* of Pair */
  GPtrArray  *keep;      /* what the arrays point into */
} DrawInput;

static void
draw_input_clear (DrawInput *input)
{
  g_clear_pointer (&input->essays, g_array_unref);
  g_clear_pointer (&input->experts, g_array_unref);
  g_clear_pointer (&input->conflicts, g_hash_table_unref);
  g_clear_pointer (&input->keep, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DrawInput, draw_input_clear)

static void
draw_input_init (DrawInput *input)
{
  input->essays = g_array_new (FALSE, TRUE, sizeof (KonkursAssignEssay));
  input->experts = g_array_new (FALSE, TRUE, sizeof (KonkursAssignExpert));
  input->keep = g_ptr_array_new_with_free_func (g_free);
}

static const char *
keep_text (DrawInput  *input,
           const char *text)
{
  char *copy = g_strdup (text != NULL ? text : "");

  g_ptr_array_add (input->keep, copy);
  return copy;
}

/* The graders of the stage (the pool's experts, or the commission's
 * members for commission graders), with their loads in the stage. */
#define MEMBER_NAME(m) "CASE WHEN trim (" m ".name_ru) <> '' THEN " m ".name_ru ELSE " m ".name_kk END"
#define GRADERS_SQL \
  "SELECT x.id, x.background, (SELECT group_concat (sector, char (31)) FROM (SELECT sector FROM expert_sector " \
  "  WHERE expert_id = x.id ORDER BY sector)), " \
  "(SELECT count(*) FROM essay_assignment g JOIN essay e ON e.id = g.essay_id " \
  "  WHERE g.expert_id = x.id AND g.replaced_at IS NULL AND e.stage_id = ?1) " \
  "FROM expert x WHERE (?2 = 0 AND x.member_id IS NULL) OR (?2 = 1 AND EXISTS (" \
  "  SELECT 1 FROM default_commission_member m WHERE m.id = x.member_id AND m.role <> 'secretary' " \
  "  AND x.full_name = " MEMBER_NAME ("m") ")) ORDER BY x.id"

/* Adds an expert of @background (its code, or its number when @code is
 * NULL), sectors joined by U+001F and load to @input. */
static void
add_expert (DrawInput    *input,
            gint64        id,
            const char   *code,
            int           number,
            const char   *sectors,
            guint         load)
{
  KonkursAssignExpert expert = { 0, };
  char **split = sectors != NULL && *sectors != '\0' ? g_strsplit (sectors, "\x1f", -1) : g_new0 (char *, 1);

  expert.id = id;
  expert.background = number;
  if (code != NULL && !konkurs_expert_background_from_code (code, &expert.background))
    expert.background = 0;
  /* the vector and its strings are freed with the input */
  for (guint i = 0; split[i] != NULL; i++)
    g_ptr_array_add (input->keep, split[i]);
  g_ptr_array_add (input->keep, split);
  expert.sectors = (const char * const *) split;
  expert.load = load;
  expert.available = TRUE;
  g_array_append_val (input->experts, expert);
}

static void
grader_row (sqlite3_stmt *stmt,
            gpointer      input)
{
  add_expert (input, sqlite3_column_int64 (stmt, 0), konkurs_store_column_text (stmt, 1), 0,
              konkurs_store_column_text (stmt, 2), sqlite3_column_int (stmt, 3));
}

/* Makes every voting member of the default commission a grader (an
 * expert row with member_id), the first time a commission-graded stage
 * is assigned. */
static gboolean
make_member_graders (KonkursStore  *self,
                     GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) ids = NULL;

  stmt = konkurs_store_prepare (self, "INSERT INTO expert (full_name, member_id) "
                                "SELECT " MEMBER_NAME ("m") ", m.id FROM default_commission_member m "
                                "WHERE m.role <> 'secretary' AND NOT EXISTS (SELECT 1 FROM expert x "
                                "WHERE x.member_id = m.id AND x.full_name = " MEMBER_NAME ("m") ") RETURNING id",
                                error);
  if (stmt == NULL || (ids = konkurs_store_read_int64s (self, stmt, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    if (!konkurs_store_record_row (self, "create", KONKURS_STORE_TABLE_EXPERT, g_array_index (ids, gint64, i), NULL,
                                   error))
      return FALSE;
  if (ids->len > 0)
    konkurs_store_note_changed (self, KONKURS_STORE_TABLE_EXPERT);
  return TRUE;
}

static gboolean
read_graders (KonkursStore             *self,
              const KonkursEssayStage  *stage,
              DrawInput                *input,
              GError                  **error)
{
  g_autoptr(sqlite3_stmt) stmt = konkurs_store_prepare_id (self, GRADERS_SQL, stage->stage->id, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 2, stage->rule->graders == KONKURS_ESSAY_GRADERS_COMMISSION);
  return konkurs_store_each_row (self, stmt, grader_row, input, error);
}

/* The essays of the stage that are not rejected (only @essay_id's unless
 * 0), by personal code, with every grader they had (replaced ones too:
 * never drawn again for it) and how many of them still grade. */
#define ESSAYS_SQL \
  "SELECT e.id, ap.sector, " \
  "(SELECT group_concat (expert_id) FROM (SELECT expert_id FROM essay_assignment WHERE essay_id = e.id " \
  "  ORDER BY id)), " \
  "(SELECT count(*) FROM essay_assignment WHERE essay_id = e.id AND replaced_at IS NULL AND round = 1) " \
  "FROM essay e JOIN application ap ON ap.id = e.application_id " \
  "WHERE e.stage_id = ?1 AND e.proctor <> 'rejected' AND (?2 = 0 OR e.id = ?2) ORDER BY ap.personal_code"

typedef struct {
  DrawInput *input;
  guint      wanted;   /* graders an essay needs in all */
  gboolean   one_more; /* a replacement or a fourth: one more grader each */
} EssayRows;

/* Adds essay @id of @sector, wanting @wanted graders, with the experts
 * @taken (ids joined by commas) to @input; nothing when it wants none. */
static void
add_essay (DrawInput    *input,
           gint64        id,
           const char   *sector,
           guint         wanted,
           const char   *taken)
{
  KonkursAssignEssay essay = { 0, };
  g_auto(GStrv) split = g_strsplit (taken, ",", -1);
  gint64 *ids = g_new0 (gint64, g_strv_length (split) + 1);

  g_ptr_array_add (input->keep, ids);
  if (wanted == 0)
    return;
  essay.id = id;
  essay.sector = keep_text (input, sector);
  for (guint i = 0; split[i] != NULL; i++)
    if (*split[i] != '\0')
      ids[essay.n_taken++] = g_ascii_strtoll (split[i], NULL, 10);
  essay.taken = ids;
  essay.n_wanted = wanted;
  g_array_append_val (input->essays, essay);
}

static void
essay_row (sqlite3_stmt *stmt,
           gpointer      user_data)
{
  EssayRows *rows = user_data;
  guint active = sqlite3_column_int (stmt, 3);

  add_essay (rows->input, sqlite3_column_int64 (stmt, 0), konkurs_store_column_text (stmt, 1),
             rows->one_more ? 1 : active < rows->wanted ? rows->wanted - active : 0,
             konkurs_store_column_text (stmt, 2));
}

static gboolean
read_essays (KonkursStore             *self,
             const KonkursEssayStage  *stage,
             gint64                    essay_id,
             DrawInput                *input,
             GError                  **error)
{
  g_autoptr(sqlite3_stmt) stmt = konkurs_store_prepare_id (self, ESSAYS_SQL, stage->stage->id, error);
  EssayRows rows = { input, 0, essay_id != 0 };

  /* experts: graders_per_essay; the commission: every voting member */
  rows.wanted = stage->rule->graders == KONKURS_ESSAY_GRADERS_COMMISSION ? input->experts->len
                                                                          : (guint) stage->rule->graders_per_essay;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 2, essay_id);
  return konkurs_store_each_row (self, stmt, essay_row, &rows, error);
}

/* The input as the draw keeps it: {"essays": [[id, sector, wanted,
 * [taken…]]…], "experts": [[id, background, [sectors…], load]…],
 * "conflicts": [[essay, expert]…]} (the conflicts of these essays only). */
static char *
input_to_json (const DrawInput *input)
{
  GString *json = g_string_new ("{\"essays\":[");
  GHashTableIter iter;
  Pair *pair;
  gboolean first = TRUE;

  for (guint i = 0; i < input->essays->len; i++)
    {
      const KonkursAssignEssay *e = &g_array_index (input->essays, KonkursAssignEssay, i);
      g_autofree char *sector = g_strescape (e->sector != NULL ? e->sector : "", NULL);

      g_string_append_printf (json, "%s[%" G_GINT64_FORMAT ",\"%s\",%u,[", i > 0 ? "," : "", e->id, sector,
                              e->n_wanted);
      for (guint t = 0; t < e->n_taken; t++)
        g_string_append_printf (json, "%s%" G_GINT64_FORMAT, t > 0 ? "," : "", e->taken[t]);
      g_string_append (json, "]]");
    }
  g_string_append (json, "],\"experts\":[");
  for (guint i = 0; i < input->experts->len; i++)
    {
      const KonkursAssignExpert *x = &g_array_index (input->experts, KonkursAssignExpert, i);

      g_string_append_printf (json, "%s[%" G_GINT64_FORMAT ",%d,[", i > 0 ? "," : "", x->id, x->background);
      for (guint s = 0; x->sectors != NULL && x->sectors[s] != NULL; s++)
        {
          g_autofree char *sector = g_strescape (x->sectors[s], NULL);

          g_string_append_printf (json, "%s\"%s\"", s > 0 ? "," : "", sector);
        }
      g_string_append_printf (json, "],%u]", x->load);
    }
  g_string_append (json, "],\"conflicts\":[");
  g_hash_table_iter_init (&iter, input->conflicts);
  while (g_hash_table_iter_next (&iter, (gpointer *) &pair, NULL))
    {
      g_string_append_printf (json, "%s[%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT "]", first ? "" : ",",
                              pair->essay_id, pair->expert_id);
      first = FALSE;
    }
  g_string_append (json, "]}");
  return g_string_free (json, FALSE);
}

/* Reading an input back from its JSON (?1), for the replay */

static void
json_essay_row (sqlite3_stmt *stmt,
                gpointer      input)
{
  add_essay (input, sqlite3_column_int64 (stmt, 0), konkurs_store_column_text (stmt, 1),
             sqlite3_column_int (stmt, 2), konkurs_store_column_text (stmt, 3));
}

static void
json_expert_row (sqlite3_stmt *stmt,
                 gpointer      input)
{
  add_expert (input, sqlite3_column_int64 (stmt, 0), NULL, sqlite3_column_int (stmt, 1),
              konkurs_store_column_text (stmt, 2), sqlite3_column_int (stmt, 3));
}

static gboolean
each_of_input (KonkursStore         *self,
               const char           *sql,
               const char           *json,
               KonkursStoreRowFunc   func,
               gpointer              data,
               GError              **error)
{
  g_autoptr(sqlite3_stmt) stmt = konkurs_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, json, -1, SQLITE_STATIC);
  return konkurs_store_each_row (self, stmt, func, data, error);
}

static gboolean
input_from_json (KonkursStore  *self,
                 const char    *json,
                 DrawInput     *input,
                 GError       **error)
{
  draw_input_init (input);
  input->conflicts = g_hash_table_new_full (pair_hash, pair_equal, g_free, NULL);
  return each_of_input (self, "SELECT e.value->>0, e.value->>1, e.value->>2, (SELECT group_concat (t.value) "
                        "FROM json_each (e.value, '$[3]') t) FROM json_each (?1, '$.essays') e ORDER BY e.key",
                        json, json_essay_row, input, error) &&
         each_of_input (self, "SELECT x.value->>0, x.value->>1, (SELECT group_concat (s.value, char (31)) "
                        "FROM json_each (x.value, '$[2]') s), x.value->>3 FROM json_each (?1, '$.experts') x "
                        "ORDER BY x.key", json, json_expert_row, input, error) &&
         each_of_input (self, "SELECT c.value->>0, c.value->>1 FROM json_each (?1, '$.conflicts') c",
                        json, conflict_row, input->conflicts, error);
}

/* Drawing and writing */

/* Runs the engine on @input with @seed: the pairs, or NULL with INVALID
 * saying why the pool is too small. */
static GArray *
run_draw (const DrawInput  *input,
          guint64           seed,
          GError          **error)
{
  g_autoptr(GError) local = NULL;
  GArray *pairs;

  pairs = konkurs_essay_assign ((const KonkursAssignEssay *) input->essays->data, input->essays->len,
                                (const KonkursAssignExpert *) input->experts->data, input->experts->len,
                                konkurs_store_essay_conflict_lookup, input->conflicts, seed, &local);
  if (pairs == NULL)
    g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID, local->message);
  return pairs;
}

static gint64
insert_draw (KonkursStore             *self,
             const KonkursEssayStage  *stage,
             const char               *purpose,
             guint64                   seed,
             const DrawInput          *input,
             guint                     n_pairs,
             GError                  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *seed_text = konkurs_essay_draw_seed_to_string (seed);
  g_autofree char *json = input_to_json (input);
  g_autofree char *actor = konkurs_store_dup_actor (self);
  gint64 id;

  stmt = konkurs_store_prepare_id (self, "INSERT INTO essay_draw (stage_id, purpose, seed, drawn_by, n_pairs, input) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6)", stage->stage->id, error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 2, purpose, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, seed_text, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, actor, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 5, n_pairs);
  sqlite3_bind_text (stmt, 6, json, -1, SQLITE_STATIC);
  id = konkurs_store_step_insert (self, stmt, error);
  if (id == 0 || !konkurs_store_record_row (self, "create", "essay_draw", id, NULL, error))
    return 0;
  return id;
}

/* Every pair is an entry of the record, as konkurs_store_record_row()
 * writes it; a draw of 20,000 essays writes 60,000 of them, so the insert
 * and the record's statements are prepared once and the record's head is
 * kept in memory until the last (a batch). */
static gboolean
insert_pairs (KonkursStore  *self,
              gint64         draw_id,
              GArray        *pairs,
              int            round,
              GError       **error)
{
  g_autoptr(KonkursStoreRecordBatch) batch = NULL;
  g_autoptr(KonkursStoreStmt) stmt = NULL;

  batch = konkurs_store_record_batch_new (self, "assign", KONKURS_STORE_TABLE_ESSAY_ASSIGNMENT, error);
  stmt = batch != NULL ? konkurs_store_cached (self, "INSERT INTO essay_assignment (essay_id, expert_id, round, "
                                                     "draw_id) VALUES (?1, ?2, ?3, ?4)", error) : NULL;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 3, round);
  sqlite3_bind_int64 (stmt, 4, draw_id);
  for (guint i = 0; i < pairs->len; i++)
    {
      const KonkursAssignPair *pair = &g_array_index (pairs, KonkursAssignPair, i);
      gint64 id;

      sqlite3_bind_int64 (stmt, 1, pair->essay_id);
      sqlite3_bind_int64 (stmt, 2, pair->expert_id);
      id = konkurs_store_step_insert (self, stmt, error);
      sqlite3_reset (stmt);
      if (id == 0 || !konkurs_store_record_batch_row (batch, id, NULL, error))
        return FALSE;
    }
  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_ESSAY_ASSIGNMENT);
  return konkurs_store_record_batch_finish (batch, error);
}

/* Reads the input for @essay_id (0: every essay lacking graders), draws
 * and writes the draw and its pairs in round @round.  Inside an
 * operation. */
static gboolean
draw_and_write (KonkursStore             *self,
                const KonkursEssayStage  *stage,
                gint64                    essay_id,
                const char               *purpose,
                int                       round,
                guint                    *n_essays,
                GError                  **error)
{
  g_auto(DrawInput) input = { NULL, };
  g_autoptr(GArray) pairs = NULL;
  guint64 seed;
  gint64 draw_id;

  draw_input_init (&input);
  if ((stage->rule->graders == KONKURS_ESSAY_GRADERS_COMMISSION && !make_member_graders (self, error)) ||
      !read_graders (self, stage, &input, error))
    return FALSE;
  if (stage->rule->graders == KONKURS_ESSAY_GRADERS_COMMISSION && input.experts->len == 0)
    return konkurs_store_invalid (error, _("The commission has no voting members to grade the essays: enter the "
                                           "default commission under Organisation first."));
  if (!read_essays (self, stage, essay_id, &input, error))
    return FALSE;
  if (n_essays != NULL)
    *n_essays = input.essays->len;
  if (input.essays->len == 0)
    return TRUE;
  input.conflicts = konkurs_store_essay_conflicts (self, stage, essay_id, error);
  if (input.conflicts == NULL)
    return FALSE;
  seed = konkurs_essay_draw_seed ();
  pairs = run_draw (&input, seed, error);
  if (pairs == NULL)
    return FALSE;
  draw_id = insert_draw (self, stage, purpose, seed, &input, pairs->len, error);
  return draw_id != 0 && insert_pairs (self, draw_id, pairs, round, error);
}

gboolean
konkurs_store_assign_essays (KonkursStore  *self,
                             gint64         stage_id,
                             guint         *n_assigned,
                             GError       **error)
{
  g_autoptr(KonkursEssayStage) stage = NULL;
  guint mark, n = 0;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  stage = konkurs_store_read_essay_stage (self, stage_id, error);
  if (stage == NULL || !konkurs_store_stage_check_writable (self, stage->stage, NULL, error) ||
      !konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = draw_and_write (self, stage, 0, "assign", 1, &n, error);
  ok = konkurs_store_op_finish (self, mark, ok, error);
  if (n_assigned != NULL)
    *n_assigned = ok ? n : 0;
  return ok;
}

/* Replacing a grader, and a fourth */

static gboolean
replace_grader (KonkursStore             *self,
                const KonkursEssayStage  *stage,
                gint64                    essay_id,
                gint64                    expert_id,
                const char               *reason,
                GError                  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *details = NULL;
  guint n = 0;
  gint64 round = 1, replaced = 0;

  stmt = konkurs_store_prepare_id (self, "UPDATE essay_assignment SET replaced_at = strftime('%Y-%m-%dT%H:%M:%SZ', "
                                   "'now'), replaced_reason = trim (?3) WHERE essay_id = ?1 AND expert_id = ?2 "
                                   "AND replaced_at IS NULL RETURNING id, round", essay_id, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 2, expert_id);
  sqlite3_bind_text (stmt, 3, reason, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return konkurs_store_invalid (error, _("This expert is not a grader of the essay."));
  replaced = sqlite3_column_int64 (stmt, 0);
  round = sqlite3_column_int64 (stmt, 1);
  if (!konkurs_store_step_done (self, stmt, error))
    return FALSE;
  details = konkurs_store_essay_details (self, "reason", reason, error);
  if (details == NULL ||
      !konkurs_store_record_row (self, "replace", KONKURS_STORE_TABLE_ESSAY_ASSIGNMENT, replaced, details, error) ||
      !draw_and_write (self, stage, essay_id, "reassign", (int) round, &n, error))
    return FALSE;
  return n > 0 || konkurs_store_invalid (error, _("No other expert may take this essay."));
}

gboolean
konkurs_store_reassign_essay (KonkursStore  *self,
                              gint64         essay_id,
                              gint64         expert_id,
                              const char    *reason,
                              GError       **error)
{
  g_autoptr(KonkursEssayStage) stage = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 scored = 0;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  if (konkurs_text_is_blank (reason))
    return konkurs_store_invalid (error, _("Say why the expert is replaced."));
  stage = konkurs_store_read_essay_stage_of (self, essay_id, error);
  if (stage == NULL || !konkurs_store_stage_check_writable (self, stage->stage, NULL, error))
    return FALSE;
  stmt = konkurs_store_prepare_id (self, "SELECT EXISTS (SELECT 1 FROM essay_score WHERE essay_id = ?1 "
                                   "AND expert_id = ?2)", essay_id, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 2, expert_id);
  if (!konkurs_store_read_int64 (self, stmt, NULL, &scored, error))
    return FALSE;
  if (scored)
    return konkurs_store_invalid (error, _("The expert has graded this essay already, so they cannot be replaced "
                                           "in it."));
  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = replace_grader (self, stage, essay_id, expert_id, reason, error);
  return konkurs_store_op_finish (self, mark, ok, error);
}

static gboolean
write_fourth (KonkursStore             *self,
              const KonkursEssayStage  *stage,
              gint64                    essay_id,
              GError                  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *actor = konkurs_store_dup_actor (self);
  guint n = 0;
  gint64 id;

  if (!draw_and_write (self, stage, essay_id, "fourth", 2, &n, error))
    return FALSE;
  if (n == 0)
    return konkurs_store_invalid (error, _("No other expert may grade this essay: the chair must resolve it."));
  stmt = konkurs_store_prepare_id (self, "INSERT INTO essay_resolution (essay_id, method, resolved_by) "
                                   "VALUES (?1, 'fourth-grader', ?2)", essay_id, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 2, actor, -1, SQLITE_STATIC);
  id = konkurs_store_step_insert (self, stmt, error);
  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_ESSAY_RESOLUTION);
  return id != 0 && konkurs_store_record_row (self, "create", KONKURS_STORE_TABLE_ESSAY_RESOLUTION, id, NULL, error);
}

gboolean
konkurs_store_assign_fourth_grader (KonkursStore  *self,
                                    gint64         essay_id,
                                    GError       **error)
{
  g_autoptr(KonkursEssayStage) stage = NULL;
  g_autoptr(GHashTable) tallies = NULL;
  const KonkursEssayTally *tally;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  stage = konkurs_store_read_essay_stage_of (self, essay_id, error);
  if (stage == NULL || !konkurs_store_stage_check_writable (self, stage->stage, NULL, error))
    return FALSE;
  tallies = konkurs_store_tally_essays (self, stage, essay_id, error);
  if (tallies == NULL)
    return FALSE;
  tally = g_hash_table_lookup (tallies, &essay_id);
  if (tally == NULL || tally->aggregate.status != KONKURS_ESSAY_STATUS_NEEDS_RESOLUTION || tally->n_fourth > 0)
    return konkurs_store_invalid (error, _("The essay does not need resolution: its graders agree within the "
                                           "spread, or it has a fourth grader already."));
  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = write_fourth (self, stage, essay_id, error);
  return konkurs_store_op_finish (self, mark, ok, error);
}

/* The replay */

static gboolean
replay_one (KonkursStore  *self,
            gint64         draw_id,
            const char    *seed_text,
            const char    *json,
            GError       **error)
{
  g_auto(DrawInput) input = { NULL, };
  g_autoptr(GArray) pairs = NULL;
  g_autoptr(GArray) recorded = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint64 seed = 0;

  if (!konkurs_essay_draw_seed_from_string (seed_text, &seed) || !input_from_json (self, json, &input, error))
    return seed != 0 || konkurs_store_invalid (error, _("A draw’s recorded seed cannot be read."));
  pairs = run_draw (&input, seed, error);
  if (pairs == NULL)
    return FALSE;
  stmt = konkurs_store_prepare_id (self, "SELECT essay_id, expert_id FROM essay_assignment WHERE draw_id = ?1 "
                                   "ORDER BY id", draw_id, error);
  recorded = stmt != NULL ? g_array_new (FALSE, FALSE, sizeof (KonkursAssignPair)) : NULL;
  for (int rc; recorded != NULL && (rc = sqlite3_step (stmt)) == SQLITE_ROW;)
    g_array_append_val (recorded, ((KonkursAssignPair) { sqlite3_column_int64 (stmt, 0),
                                                          sqlite3_column_int64 (stmt, 1) }));
  if (recorded == NULL)
    return FALSE;
  if (recorded->len != pairs->len ||
      memcmp (recorded->data, pairs->data, pairs->len * sizeof (KonkursAssignPair)) != 0)
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                   _("Draw %lld (seed %s) does not give the graders recorded: the assignment was changed after "
                     "the draw."), (long long) draw_id, seed_text);
      return FALSE;
    }
  return TRUE;
}

gboolean
konkurs_store_replay_draw (KonkursStore  *self,
                           gint64         stage_id,
                           GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  stmt = konkurs_store_prepare_id (self, "SELECT id, seed, input FROM essay_draw WHERE stage_id = ?1 ORDER BY id",
                                   stage_id, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (!replay_one (self, sqlite3_column_int64 (stmt, 0), konkurs_store_column_text (stmt, 1),
                     konkurs_store_column_text (stmt, 2), error))
      return FALSE;
  if (rc != SQLITE_DONE)
    {
      konkurs_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* Why an expert was left out */

KonkursAssignLeftOut
konkurs_store_explain_left_out (KonkursStore  *self,
                                gint64         essay_id,
                                gint64         expert_id,
                                GError       **error)
{
  g_autoptr(KonkursEssayStage) stage = NULL;
  g_auto(DrawInput) input = { NULL, };
  EssayRows rows = { &input, 0, TRUE };
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), 0);

  stage = konkurs_store_read_essay_stage_of (self, essay_id, error);
  if (stage == NULL)
    return 0;
  draw_input_init (&input);
  stmt = konkurs_store_prepare_id (self, ESSAYS_SQL, stage->stage->id, error);
  if (stmt == NULL || !read_graders (self, stage, &input, error))
    return 0;
  sqlite3_bind_int64 (stmt, 2, essay_id);
  if (!konkurs_store_each_row (self, stmt, essay_row, &rows, error) ||
      (input.conflicts = konkurs_store_essay_conflicts (self, stage, essay_id, error)) == NULL)
    return 0;
  for (guint i = 0; i < input.experts->len && input.essays->len > 0; i++)
    if (g_array_index (input.experts, KonkursAssignExpert, i).id == expert_id)
      return konkurs_essay_assign_explain (&g_array_index (input.essays, KonkursAssignEssay, 0),
                                           &g_array_index (input.experts, KonkursAssignExpert, i),
                                           konkurs_store_essay_conflict_lookup, input.conflicts);
  /* not a grader of this kind of stage at all */
  return KONKURS_ASSIGN_LEFT_OUT_UNAVAILABLE;
}
