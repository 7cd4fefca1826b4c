/* konkurs-store-candidate-search.c — finding candidates as a person types:
 * the words become an FTS5 query, the filters bound parameters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-candidates.h"
#include "konkurs-store-private.h"
#include "konkurs-store-rows-private.h"

void
konkurs_candidate_filter_init (KonkursCandidateFilter *filter)
{
  g_return_if_fail (filter != NULL);
  memset (filter, 0, sizeof *filter);
  filter->eligibility = KONKURS_ELIGIBILITY_STATE_ANY;
}

static gboolean
is_digits (const char *text)
{
  if (*text == '\0')
    return FALSE;
  for (; *text != '\0'; text++)
    if (!g_ascii_isdigit (*text))
      return FALSE;
  return TRUE;
}

static void
append_prefix_term (GString    *match,
                    const char *word,
                    gssize      length)
{
  if (match->len > 0)
    g_string_append_c (match, ' ');
  /* A quoted string is never FTS5 syntax; a quote inside is doubled. */
  g_string_append_c (match, '"');
  for (const char *p = word; length < 0 ? *p != '\0' : p < word + length; p++)
    {
      if (*p == '"')
        g_string_append_c (match, '"');
      g_string_append_c (match, *p);
    }
  g_string_append (match, "\"*");
}

/* The FTS5 MATCH expression for what a person typed: every word a prefix,
 * all required, at most KONKURS_CANDIDATE_SEARCH_MAX_WORDS of them; NULL
 * when nothing searchable was typed.  Words are split at anything but
 * letters, digits and marks, so "(", "*", quotes and operators never
 * reach FTS5 as syntax; digits of any script are ASCII ones, as the
 * index has them. */
static char *
build_match (const char *text)
{
  g_autofree char *composed = NULL;
  g_autofree char *digits = NULL;
  g_autoptr(GString) match = g_string_new (NULL);
  g_autoptr(GString) word = g_string_new (NULL);
  guint words = 0;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return NULL;
  /* Names are stored composed (konkurs_validation_normalize_name()):
   * a letter typed as a letter and a mark must find them. */
  composed = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);
  if (composed == NULL)
    return NULL;
  text = composed;

  /* An IIN typed in groups ("900101 300123") is one word. */
  digits = konkurs_iin_normalize (text);
  if (is_digits (digits))
    {
      append_prefix_term (match, digits, -1);
      return g_string_free (g_steal_pointer (&match), FALSE);
    }

  for (const char *p = text; words < KONKURS_CANDIDATE_SEARCH_MAX_WORDS; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && (g_unichar_isalnum (c) || g_unichar_ismark (c)))
        {
          if (g_unichar_type (c) == G_UNICODE_DECIMAL_NUMBER)
            c = '0' + g_unichar_digit_value (c);
          g_string_append_unichar (word, c);
        }
      else if (word->len > 0)
        {
          append_prefix_term (match, word->str, word->len);
          g_string_truncate (word, 0);
          words++;
        }
      if (c == 0)
        break;
    }

  if (match->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&match), FALSE);
}

gboolean
konkurs_candidate_search_is_empty (const char *text)
{
  g_autofree char *match = NULL;

  if (text == NULL || *text == '\0')
    return FALSE;
  if (!g_utf8_validate (text, -1, NULL))
    return TRUE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      {
        match = build_match (text);
        return match == NULL;
      }
  return FALSE;
}

/* The rank of candidate c's applications among those of ?2 and ?3 (0 for
 * any): a KonkursCandidateStatus. */
#define STATUS_RANK \
  "(SELECT CASE WHEN count (*) = 0 THEN 3 WHEN max (a.eligibility = 'pending') THEN 0 " \
  "  WHEN max (a.eligibility = 'eligible') THEN 1 ELSE 2 END " \
  " FROM application a WHERE a.candidate_id = c.id " \
  "  AND (?2 = 0 OR a.competition_id = ?2) AND (?3 = 0 OR a.vacancy_id = ?3))"

/* Only fixed fragments: the sort is an enum.  Names compare by the
 * Kazakh alphabet (konkurs_sort_key(), registered on the connection); the
 * default order has an index (candidate_sort_key) and needs no sort. */
static void
append_order (GString              *sql,
              KonkursCandidateSort  sort,
              gboolean              descending)
{
  const char *direction = descending ? " DESC" : "";

  switch (sort)
    {
    case KONKURS_CANDIDATE_SORT_GIVEN_NAME:
      g_string_append_printf (sql, " ORDER BY konkurs_sort_key (c.name, c.surname, c.patronymic)%s, c.id%s",
                              direction, direction);
      break;
    case KONKURS_CANDIDATE_SORT_PATRONYMIC:
      g_string_append_printf (sql, " ORDER BY konkurs_sort_key (c.patronymic, c.surname, c.name)%s, c.id%s",
                              direction, direction);
      break;
    case KONKURS_CANDIDATE_SORT_IIN:
      g_string_append_printf (sql, " ORDER BY c.iin%s", direction);
      break;
    case KONKURS_CANDIDATE_SORT_BIRTH_DATE:
      g_string_append_printf (sql, " ORDER BY c.birth_date%s, c.sort_key, c.id", direction);
      break;
    case KONKURS_CANDIDATE_SORT_STATUS:
      g_string_append_printf (sql, " ORDER BY " STATUS_RANK "%s, c.sort_key, c.id", direction);
      break;
    case KONKURS_CANDIDATE_SORT_NAME:
    default:
      g_string_append_printf (sql, " ORDER BY c.sort_key%s, c.id%s", direction, direction);
      break;
    }
}

GArray *
konkurs_store_query_candidate_ids (KonkursStore                 *self,
                                   const KonkursCandidateFilter *filter,
                                   GError                      **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT c.id FROM candidate c WHERE 1");
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *match = NULL;
  const char *eligibility = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);
  g_return_val_if_fail (filter != NULL, NULL);

  /* Punctuation alone finds nobody, rather than everybody. */
  if (konkurs_candidate_search_is_empty (filter->text))
    return g_array_new (FALSE, FALSE, sizeof (gint64));

  match = build_match (filter->text);
  if (filter->eligibility != KONKURS_ELIGIBILITY_STATE_ANY)
    eligibility = konkurs_eligibility_state_to_code (filter->eligibility);

  /* Only fixed fragments go into the SQL; values are bound. */
  if (match != NULL)
    g_string_append (sql, " AND c.id IN (SELECT rowid FROM candidate_fts WHERE candidate_fts MATCH ?1)");
  if (filter->competition_id != 0 || filter->vacancy_id != 0 || eligibility != NULL)
    g_string_append (sql,
                     " AND c.id IN (SELECT a.candidate_id FROM application a WHERE 1"
                     "  AND (?2 = 0 OR a.competition_id = ?2)"
                     "  AND (?3 = 0 OR a.vacancy_id = ?3)"
                     "  AND (?4 IS NULL OR a.eligibility = ?4))");
  append_order (sql, filter->sort, filter->descending);

  stmt = konkurs_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return NULL;
  if (match != NULL)
    sqlite3_bind_text (stmt, 1, match, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, filter->competition_id);
  sqlite3_bind_int64 (stmt, 3, filter->vacancy_id);
  if (eligibility != NULL)
    sqlite3_bind_text (stmt, 4, eligibility, -1, SQLITE_STATIC);

  return konkurs_store_read_int64s (self, stmt, error);
}

static void
add_status (sqlite3_stmt *stmt,
            gpointer      user_data)
{
  int status = sqlite3_column_int (stmt, 0);

  g_array_append_val (user_data, status);
}

GArray *
konkurs_store_get_candidate_statuses (KonkursStore  *self,
                                      const gint64  *ids,
                                      guint          n_ids,
                                      gint64         competition_id,
                                      gint64         vacancy_id,
                                      GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) statuses = NULL;
  GString *json;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);
  g_return_val_if_fail (ids != NULL || n_ids == 0, NULL);

  /* The ids as one JSON parameter, so one statement serves a page. */
  stmt = konkurs_store_prepare (self,
                                "SELECT " STATUS_RANK " FROM json_each (?1) j "
                                "LEFT JOIN candidate c ON c.id = j.value ORDER BY j.key",
                                error);
  if (stmt == NULL)
    return NULL;
  json = g_string_new ("[");
  for (guint i = 0; i < n_ids; i++)
    g_string_append_printf (json, i == 0 ? "%" G_GINT64_FORMAT : ",%" G_GINT64_FORMAT, ids[i]);
  g_string_append_c (json, ']');
  sqlite3_bind_text (stmt, 1, g_string_free (json, FALSE), -1, g_free);
  sqlite3_bind_int64 (stmt, 2, competition_id);
  sqlite3_bind_int64 (stmt, 3, vacancy_id);

  statuses = g_array_sized_new (FALSE, FALSE, sizeof (int), n_ids);
  if (!konkurs_store_each_row (self, stmt, add_status, statuses, error))
    return NULL;
  return g_steal_pointer (&statuses);
}
