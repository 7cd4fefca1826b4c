/* konkurs-announcement.c — the announcement list of a competition
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-announcement.h"
#include "konkurs-protocol.h"
#include "konkurs-sector.h"
#include "konkurs-text.h"

#define T(msgid) konkurs_catalog_gettext (catalog, (msgid))

/* Sized for the longest Russian words of each column ("Руководящая",
 * "Центральный", "категория"), which must not break mid-word. */
static const KonkursProtocolColumn columns[] = {
  { N_("No."), 0.5 },
  { N_("Position"), 2.0 },
  { N_("Corps and category"), 1.5 },
  { N_("Type and level"), 1.8 },
  { N_("Sector"), 1.7 },
  { N_("Seats"), 0.8 },
  { N_("Requirements"), 2.6 },
};

static const KonkursProtocolTable table = {
  columns, G_N_ELEMENTS (columns),
  N_("The competition has no vacant positions."),
  NULL,
};

/* The review period is a number of the rule set the competition is bound
 * to; a rule set without it prints nothing rather than a guess. */
static gboolean
add_review_period (KonkursProtocol *protocol, KonkursStore *store, GError **error)
{
  KonkursCatalog *catalog = konkurs_protocol_get_catalog (protocol);
  KonkursCompetition *competition = konkurs_protocol_get_competition (protocol);
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
  konkurs_protocol_add_field (protocol, N_("Documents are accepted and reviewed within"), period);

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
add_vacancy_row (KonkursProtocol *protocol, KonkursVacancy *vacancy, guint number)
{
  KonkursCatalog *catalog = konkurs_protocol_get_catalog (protocol);
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
  const char *cells[G_N_ELEMENTS (columns)] = {
    number_text,
    konkurs_vacancy_get_position_title (vacancy),
    corps,
    type_and_level,
    sector && *sector ? sector : "—",
    seats,
    requirements,
  };

  konkurs_protocol_add_row (protocol, cells);
}

/* Youth Reserve */

static const KonkursProtocolColumn sector_columns[] = {
  { N_("No."), 0.5 },
  { N_("Priority sector"), 9.5 },
};

static const KonkursProtocolTable sector_table = {
  sector_columns, G_N_ELEMENTS (sector_columns),
  NULL,
  NULL,
};

/* Who may apply, in the numbers of the rule set; a number the rule set
 * lacks leaves its line out rather than guess. */
static char *
youth_requirements (KonkursProtocol *protocol, KonkursRuleSet *rule_set)
{
  KonkursCatalog *catalog = konkurs_protocol_get_catalog (protocol);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  int age = 0, years = 0;

  g_ptr_array_add (lines, g_strdup (T (N_("Citizenship of the Republic of Kazakhstan"))));
  if (konkurs_rule_set_lookup_int (rule_set, KONKURS_RULE_YOUTH_MAX_AGE, &age))
    g_ptr_array_add (lines, konkurs_text_expand_count (konkurs_catalog_ngettext (catalog,
                                                                                "Age of at most %d year",
                                                                                "Age of at most %d years", age),
                                                       age));
  g_ptr_array_add (lines, g_strdup (konkurs_protocol_translate_label (catalog,
                                                                     konkurs_education_get_label (KONKURS_EDUCATION_HIGHER))));
  if (konkurs_rule_set_lookup_int (rule_set, KONKURS_RULE_YOUTH_MIN_EXPERIENCE_YEARS, &years))
    g_ptr_array_add (lines, konkurs_text_expand_count (konkurs_catalog_ngettext (catalog,
                                                                                "At least %d year of work experience",
                                                                                "At least %d years of work experience",
                                                                                years),
                                                       years));
  g_ptr_array_add (lines, g_strdup (T (N_("The state language at level B1 at least"))));
  g_ptr_array_add (lines, NULL);
  return g_strjoinv ("\n", (char **) lines->pdata);
}

/* A selection into the Youth Reserve has no vacancies: candidates choose
 * a priority sector, and the announcement lists them. */
static gboolean
add_youth_sectors (KonkursProtocol *protocol, KonkursStore *store, GError **error)
{
  KonkursCatalog *catalog = konkurs_protocol_get_catalog (protocol);
  KonkursCompetition *competition = konkurs_protocol_get_competition (protocol);
  g_autoptr(KonkursRuleSet) rule_set = NULL;
  g_autofree char *requirements = NULL;
  const KonkursSector *sectors;
  guint n_sectors = 0;

  rule_set = konkurs_store_get_rule_set (store, konkurs_competition_get_rule_set_id (competition), error);
  if (rule_set == NULL)
    return FALSE;
  requirements = youth_requirements (protocol, rule_set);
  konkurs_protocol_add_field (protocol, N_("Requirements for the candidates"), requirements);

  konkurs_protocol_add_heading (protocol, N_("Priority sectors"));
  konkurs_protocol_add_paragraph (protocol, N_("Each candidate chooses one priority sector when applying."));
  sectors = konkurs_sector_list (&n_sectors);
  konkurs_protocol_begin_table (protocol, &sector_table);
  for (guint i = 0; i < n_sectors; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      const char *cells[G_N_ELEMENTS (sector_columns)] = { number, T (sectors[i].label) };

      konkurs_protocol_add_row (protocol, cells);
    }
  konkurs_protocol_end_table (protocol);
  return TRUE;
}

KonkursDocument *
konkurs_announcement_build (KonkursStore                 *store,
                            gint64                        competition_id,
                            KonkursCatalog               *catalog,
                            const KonkursDocumentOptions *options,
                            GError                      **error)
{
  g_autoptr(KonkursProtocol) protocol = NULL;
  g_autoptr(GPtrArray) vacancies = NULL;

  protocol = konkurs_protocol_new_for_competition (store, competition_id, catalog,
                                                   &konkurs_announcement_kind,
                                                   KONKURS_PROTOCOL_DATES, options, error);
  if (protocol == NULL)
    return NULL;

  konkurs_protocol_add_header (protocol);
  if (!add_review_period (protocol, store, error))
    return NULL;
  vacancies = konkurs_store_list_vacancies (store, competition_id, error);
  if (vacancies == NULL)
    return NULL;

  if (vacancies->len == 0
      && konkurs_competition_get_procedure (konkurs_protocol_get_competition (protocol)) == KONKURS_PROCEDURE_YOUTH_RESERVE)
    return add_youth_sectors (protocol, store, error) ? konkurs_protocol_finish (protocol) : NULL;

  konkurs_protocol_add_heading (protocol, N_("Vacant positions"));
  konkurs_protocol_begin_table (protocol, &table);
  for (guint i = 0; i < vacancies->len; i++)
    add_vacancy_row (protocol, g_ptr_array_index (vacancies, i), i + 1);
  konkurs_protocol_end_table (protocol);

  return konkurs_protocol_finish (protocol);
}

/* It lists positions and requirements, never a candidate. */
const KonkursDocumentKind konkurs_announcement_kind = {
  "announcement",
  N_("Announcement of the competition"),
  N_("Announcement"),
  konkurs_announcement_build,
  KONKURS_DOCUMENT_SCOPE_COMPETITION,
  KONKURS_DOCUMENT_ANONYMOUS,
  NULL,
  FALSE,
};
