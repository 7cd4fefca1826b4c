/* konkurs-protocol.c — what the printed documents of a competition share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-protocol-private.h"

/* The document has its own language: every string is an English msgid
 * marked with N_() for xgettext and translated through the catalogue, never
 * through the process locale. */
#define T(msgid) konkurs_catalog_gettext (catalog, (msgid))

const char *
konkurs_protocol_translate_label (KonkursCatalog *catalog,
                                  const char     *label)
{
  return label != NULL ? konkurs_catalog_gettext (catalog, label) : "—";
}

char *
konkurs_protocol_format_date (KonkursCatalog *catalog,
                              const GDate    *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("—");

  return konkurs_catalog_format_date (catalog, date);
}

gboolean
konkurs_protocol_ensure_deadline (KonkursStore        *store,
                                  KonkursCompetition **competition,
                                  GError             **error)
{
  KonkursCompetition *copy;

  if (konkurs_competition_get_document_deadline (*competition) != NULL)
    return TRUE;

  copy = konkurs_competition_copy (*competition);
  g_object_unref (*competition);
  *competition = copy;

  return konkurs_store_compute_deadline (store, copy, error);
}

KonkursDocument *
konkurs_protocol_new_document (KonkursCatalog     *catalog,
                               const char         *title_msgid,
                               KonkursCompetition *competition)
{
  KonkursDocument *document = konkurs_document_new ();
  g_autofree char *footer = g_strconcat (T (title_msgid), " — ",
                                         konkurs_competition_get_state_body (competition), NULL);

  konkurs_document_set_footer (document, footer, T (N_("Page %u of %u")));

  return document;
}

void
konkurs_protocol_add_header (KonkursDocument    *document,
                             KonkursCatalog     *catalog,
                             const char         *title_msgid,
                             KonkursCompetition *competition,
                             gboolean            dates)
{
  const char *title = konkurs_competition_get_title (competition);
  const char *procedure = konkurs_procedure_get_label (konkurs_competition_get_procedure (competition));

  konkurs_document_add_title (document, T (title_msgid));
  if (title != NULL && *title != '\0')
    konkurs_document_add_heading (document, title);

  konkurs_document_add_field (document, T (N_("State body")),
                              konkurs_competition_get_state_body (competition));
  konkurs_document_add_field (document, T (N_("Procedure")),
                              konkurs_protocol_translate_label (catalog, procedure));
  if (dates)
    {
      g_autofree char *announced =
        konkurs_protocol_format_date (catalog, konkurs_competition_get_announcement_date (competition));
      g_autofree char *deadline =
        konkurs_protocol_format_date (catalog, konkurs_competition_get_document_deadline (competition));

      konkurs_document_add_field (document, T (N_("Announcement date")), announced);
      konkurs_document_add_field (document, T (N_("Deadline for documents")), deadline);
    }
}

KonkursProtocolGroup *
konkurs_protocol_group_new (char *heading)
{
  KonkursProtocolGroup *group = g_new0 (KonkursProtocolGroup, 1);

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

static char *
vacancy_heading (KonkursCatalog *catalog,
                 KonkursVacancy *vacancy)
{
  const char *category = konkurs_vacancy_get_category (vacancy);

  if (category != NULL && *category != '\0')
    return g_strdup_printf ("%s: %s (%s)", T (N_("Position")),
                            konkurs_vacancy_get_position_title (vacancy), category);
  return g_strdup_printf ("%s: %s", T (N_("Position")), konkurs_vacancy_get_position_title (vacancy));
}

GPtrArray *
konkurs_protocol_vacancy_groups (KonkursCatalog *catalog,
                                 GPtrArray      *vacancies)
{
  GPtrArray *groups = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_protocol_group_free);

  for (guint i = 0; i < vacancies->len; i++)
    g_ptr_array_add (groups, konkurs_protocol_group_new (vacancy_heading (catalog, g_ptr_array_index (vacancies, i))));

  return groups;
}

/* A competition has a handful of vacancies, so a linear search is fast
 * enough. */
KonkursProtocolGroup *
konkurs_protocol_vacancy_group (KonkursCatalog *catalog,
                                GPtrArray      *groups,
                                GPtrArray      *vacancies,
                                gint64          vacancy_id)
{
  KonkursProtocolGroup *other;

  for (guint v = 0; v < vacancies->len; v++)
    if (konkurs_vacancy_get_id (g_ptr_array_index (vacancies, v)) == vacancy_id)
      return g_ptr_array_index (groups, v);

  if (groups->len > vacancies->len)
    return g_ptr_array_index (groups, vacancies->len);
  other = konkurs_protocol_group_new (g_strdup_printf ("%s: —", T (N_("Position"))));
  g_ptr_array_add (groups, other);
  return other;
}

KonkursProtocolGroup *
konkurs_protocol_sector_group (KonkursCatalog *catalog,
                               GPtrArray      *groups,
                               GHashTable     *by_sector,
                               const char     *sector)
{
  KonkursProtocolGroup *group;

  if (sector == NULL || *sector == '\0')
    sector = "—";
  group = g_hash_table_lookup (by_sector, sector);
  if (group != NULL)
    return group;

  group = konkurs_protocol_group_new (g_strdup_printf ("%s: %s", T (N_("Sector")), sector));
  g_ptr_array_add (groups, group);
  g_hash_table_insert (by_sector, (gpointer) sector, group);
  return group;
}

static int
compare_groups (gconstpointer a, gconstpointer b)
{
  const KonkursProtocolGroup *first = *(KonkursProtocolGroup **) a;
  const KonkursProtocolGroup *second = *(KonkursProtocolGroup **) b;

  return konkurs_collation_compare (first->heading, second->heading);
}

void
konkurs_protocol_sort_groups (GPtrArray *groups)
{
  g_ptr_array_sort (groups, compare_groups);
}
