/* konkurs-protocol-group.c — the rows of a document grouped by vacancy or
 * by sector
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-collation.h"
#include "konkurs-protocol-group.h"

#define T(msgid) konkurs_catalog_gettext (konkurs_protocol_get_catalog (protocol), (msgid))

typedef KonkursProtocolGroup Group;

static Group *
group_new (char *heading)
{
  Group *group = g_new0 (Group, 1);

  group->heading = heading;
  group->items = g_ptr_array_new ();

  return group;
}

void
konkurs_protocol_group_free (KonkursProtocolGroup *group)
{
  g_free (group->heading);
  g_ptr_array_unref (group->items);
  g_free (group);
}

static GPtrArray *
groups_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_protocol_group_free);
}

static char *
vacancy_heading (KonkursProtocol *protocol,
                 KonkursVacancy  *vacancy)
{
  const char *category = konkurs_vacancy_get_category (vacancy);
  const char *title = konkurs_protocol_pick_position_title (protocol, vacancy);

  if (category != NULL && *category != '\0')
    return g_strdup_printf ("%s: %s (%s)", T (N_("Position")), title, category);
  return g_strdup_printf ("%s: %s", T (N_("Position")), title);
}

/* The group of vacancy @vacancy_id among @groups, one per vacancy of
 * @vacancies and perhaps that of "other" vacancies, added once.  A
 * competition has a handful of vacancies, so a linear search is fast
 * enough. */
static Group *
vacancy_group (KonkursProtocol *protocol,
               GPtrArray       *groups,
               GPtrArray       *vacancies,
               gint64           vacancy_id)
{
  Group *other;

  for (guint v = 0; v < vacancies->len; v++)
    if (konkurs_vacancy_get_id (g_ptr_array_index (vacancies, v)) == vacancy_id)
      return g_ptr_array_index (groups, v);

  if (groups->len > vacancies->len)
    return g_ptr_array_index (groups, vacancies->len);
  other = group_new (g_strdup_printf ("%s: —", T (N_("Position"))));
  g_ptr_array_add (groups, other);
  return other;
}

static GPtrArray *
group_by_vacancy (KonkursStore                 *store,
                  KonkursProtocol              *protocol,
                  gint64                        competition_id,
                  GPtrArray                    *items,
                  KonkursProtocolGroupKeyFunc   key,
                  GError                      **error)
{
  g_autoptr(GPtrArray) vacancies = NULL;
  g_autoptr(GPtrArray) groups = groups_new ();

  vacancies = konkurs_store_list_vacancies (store, competition_id, error);
  if (vacancies == NULL)
    return NULL;

  for (guint i = 0; i < vacancies->len; i++)
    g_ptr_array_add (groups, group_new (vacancy_heading (protocol, g_ptr_array_index (vacancies, i))));
  for (guint i = 0; i < items->len; i++)
    {
      gpointer item = g_ptr_array_index (items, i);
      gint64 vacancy_id = 0;
      const char *sector = NULL;

      key (item, &vacancy_id, &sector);
      g_ptr_array_add (vacancy_group (protocol, groups, vacancies, vacancy_id)->items, item);
    }

  return g_steal_pointer (&groups);
}

static int
compare_groups (gconstpointer a, gconstpointer b)
{
  const Group *first = *(Group **) a;
  const Group *second = *(Group **) b;

  return konkurs_collation_compare (first->heading, second->heading);
}

static GPtrArray *
group_by_sector (KonkursProtocol             *protocol,
                 GPtrArray                   *items,
                 KonkursProtocolGroupKeyFunc  key)
{
  g_autoptr(GPtrArray) groups = groups_new ();
  g_autoptr(GHashTable) by_sector = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < items->len; i++)
    {
      gpointer item = g_ptr_array_index (items, i);
      gint64 vacancy_id = 0;
      const char *sector = NULL;
      Group *group;

      key (item, &vacancy_id, &sector);
      if (sector == NULL || *sector == '\0')
        sector = "—";
      group = g_hash_table_lookup (by_sector, sector);
      if (group == NULL)
        {
          group = group_new (g_strdup_printf ("%s: %s", T (N_("Sector")),
                                              konkurs_protocol_pick_sector (protocol, sector)));
          g_ptr_array_add (groups, group);
          g_hash_table_insert (by_sector, (gpointer) sector, group);
        }
      g_ptr_array_add (group->items, item);
    }
  g_ptr_array_sort (groups, compare_groups);

  return g_steal_pointer (&groups);
}

GPtrArray *
konkurs_protocol_group_items (KonkursStore                 *store,
                              KonkursProtocol              *protocol,
                              GPtrArray                    *items,
                              KonkursProtocolGroupKeyFunc   key,
                              GError                      **error)
{
  KonkursCompetition *competition;

  g_return_val_if_fail (KONKURS_IS_STORE (store), NULL);
  g_return_val_if_fail (KONKURS_IS_PROTOCOL (protocol), NULL);
  g_return_val_if_fail (items != NULL && key != NULL, NULL);

  competition = konkurs_protocol_get_competition (protocol);
  g_return_val_if_fail (KONKURS_IS_COMPETITION (competition), NULL);

  if (konkurs_competition_get_procedure (competition) == KONKURS_PROCEDURE_YOUTH_RESERVE)
    return group_by_sector (protocol, items, key);
  return group_by_vacancy (store, protocol, konkurs_competition_get_id (competition), items, key, error);
}
