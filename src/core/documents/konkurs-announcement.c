/* konkurs-announcement.c — the announcement list of a competition
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-announcement.h"
#include "konkurs-protocol-private.h"
#include "konkurs-text.h"

/* The document has its own language: every string is an English msgid
 * marked with N_() for xgettext and translated through the catalogue, never
 * through the process locale. */
#define T(msgid) konkurs_catalog_gettext (catalog, (msgid))

#define N_ANNOUNCEMENT_COLUMNS 7

/* The review period is a number of the rule set the competition is bound
 * to; a rule set without it prints nothing rather than a guess. */
static gboolean
add_review_period (KonkursDocument    *document,
                   KonkursStore       *store,
                   KonkursCompetition *competition,
                   KonkursCatalog     *catalog,
                   GError            **error)
{
  g_autoptr(KonkursRuleSet) rule_set = NULL;
  g_autofree char *period = NULL;
  int days = 0;

  rule_set = konkurs_store_get_rule_set (store, konkurs_competition_get_rule_set_id (competition), error);
  if (rule_set == NULL)
    return FALSE;
  if (!konkurs_rule_set_lookup_int (rule_set, KONKURS_RULE_DOCUMENT_REVIEW_DAYS, &days))
    return TRUE;

  /* xgettext finds these plurals with --keyword=konkurs_catalog_ngettext:2,3 */
  period = konkurs_text_expand_count (konkurs_catalog_ngettext (catalog, "%d working day", "%d working days", days), days);
  konkurs_document_add_field (document, T (N_("Documents are accepted and reviewed within")), period);

  return TRUE;
}

static char *
requirements_text (KonkursVacancy *vacancy, KonkursCatalog *catalog)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  KonkursEducation education = konkurs_vacancy_get_education (vacancy);
  int years = konkurs_vacancy_get_experience_years (vacancy);
  const char *more = konkurs_vacancy_get_requirements (vacancy);

  if (education != KONKURS_EDUCATION_NONE)
    g_ptr_array_add (lines, g_strdup (konkurs_protocol_translate_label (catalog, konkurs_education_get_label (education))));
  if (years > 0)
    g_ptr_array_add (lines, konkurs_text_expand_count (konkurs_catalog_ngettext (catalog,
                                                                    "At least %d year of work experience",
                                                                    "At least %d years of work experience",
                                                                    years),
                                          years));
  if (more != NULL && *more != '\0')
    g_ptr_array_add (lines, g_strdup (more));
  if (lines->len == 0)
    g_ptr_array_add (lines, g_strdup (konkurs_protocol_translate_label (catalog, konkurs_education_get_label (KONKURS_EDUCATION_NONE))));
  g_ptr_array_add (lines, NULL);

  return g_strjoinv ("\n", (char **) lines->pdata);
}

static void
add_vacancy_row (KonkursDocument *document, KonkursVacancy *vacancy, guint number, KonkursCatalog *catalog)
{
  const char *category = konkurs_vacancy_get_category (vacancy);
  const char *sector = konkurs_vacancy_get_sector (vacancy);
  g_autofree char *number_text = g_strdup_printf ("%u", number);
  g_autofree char *seats = g_strdup_printf ("%d", konkurs_vacancy_get_seats (vacancy));
  g_autofree char *corps = g_strjoin (category && *category ? ",\n" : NULL,
                                      konkurs_protocol_translate_label (catalog, konkurs_corps_get_label (konkurs_vacancy_get_corps (vacancy))),
                                      category, NULL);
  g_autofree char *requirements = requirements_text (vacancy, catalog);
  g_autofree char *type_and_level =
    g_strjoin ("\n",
               konkurs_vacancy_get_leadership (vacancy) ? T (N_("Leadership")) : T (N_("Non-leadership")),
               konkurs_protocol_translate_label (catalog, konkurs_level_get_label (konkurs_vacancy_get_level (vacancy))),
               NULL);
  const char *cells[N_ANNOUNCEMENT_COLUMNS] = {
    number_text,
    konkurs_vacancy_get_position_title (vacancy),
    corps,
    type_and_level,
    sector && *sector ? sector : "—",
    seats,
    requirements,
  };

  konkurs_document_add_row (document, cells);
}

static gboolean
add_vacancies (KonkursDocument    *document,
               KonkursStore       *store,
               KonkursCompetition *competition,
               KonkursCatalog     *catalog,
               GError            **error)
{
  /* Sized for the longest Russian words of each column ("Руководящая",
   * "Центральный", "категория"), which must not break mid-word. */
  static const double widths[N_ANNOUNCEMENT_COLUMNS] = { 0.5, 2.0, 1.5, 1.8, 1.7, 0.8, 2.6 };
  const char *headers[N_ANNOUNCEMENT_COLUMNS] = {
    T (N_("No.")),
    T (N_("Position")),
    T (N_("Corps and category")),
    T (N_("Type and level")),
    T (N_("Sector")),
    T (N_("Seats")),
    T (N_("Requirements")),
  };
  g_autoptr(GPtrArray) vacancies = NULL;

  vacancies = konkurs_store_list_vacancies (store, konkurs_competition_get_id (competition), error);
  if (vacancies == NULL)
    return FALSE;

  konkurs_document_add_heading (document, T (N_("Vacant positions")));
  if (vacancies->len == 0)
    {
      konkurs_document_add_paragraph (document, T (N_("The competition has no vacant positions.")));
      return TRUE;
    }

  konkurs_document_begin_table (document, N_ANNOUNCEMENT_COLUMNS, headers, widths);
  for (guint i = 0; i < vacancies->len; i++)
    add_vacancy_row (document, g_ptr_array_index (vacancies, i), i + 1, catalog);
  konkurs_document_end_table (document);

  return TRUE;
}

KonkursDocument *
konkurs_announcement_build (KonkursStore   *store,
                            gint64          competition_id,
                            KonkursCatalog *catalog,
                            GError        **error)
{
  g_autoptr(KonkursDocument) document = NULL;
  g_autoptr(KonkursCompetition) competition = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (store), NULL);
  g_return_val_if_fail (KONKURS_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  competition = konkurs_store_get_competition (store, competition_id, error);
  if (competition == NULL)
    return NULL;
  if (!konkurs_protocol_ensure_deadline (store, &competition, error))
    return NULL;

  document = konkurs_protocol_new_document (catalog, N_("Announcement of the competition"), competition);
  konkurs_protocol_add_header (document, catalog, N_("Announcement of the competition"), competition, TRUE);
  if (!add_review_period (document, store, competition, catalog, error))
    return NULL;
  if (!add_vacancies (document, store, competition, catalog, error))
    return NULL;

  return g_steal_pointer (&document);
}
