/* konkurs-announcement.c — the announcement list of a competition
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-announcement.h"
#include "konkurs-protocol.h"
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

/* A Youth Reserve selection has no vacancies: candidates apply in one of
 * the priority sectors of its rule set. */
static const KonkursProtocolColumn sector_columns[] = {
  { N_("No."), 0.5 },
  { N_("Priority sector"), 9.0 },
};

static const KonkursProtocolTable sector_table = {
  sector_columns, G_N_ELEMENTS (sector_columns),
  N_("The rules of the selection name no priority sectors."),
  NULL,
};

/* The review period is a number of the rule set the competition is bound
 * to; a rule set without it prints nothing rather than a guess. */
static void
add_review_period (KonkursProtocol *protocol)
{
  KonkursCatalog *catalog = konkurs_protocol_get_catalog (protocol);
  g_autofree char *period = NULL;
  int days = 0;

  if (!konkurs_rule_set_lookup_int (konkurs_protocol_get_rule_set (protocol), KONKURS_RULE_DOCUMENT_REVIEW_DAYS, &days))
    return;

  /* xgettext finds these plurals with --keyword=konkurs_catalog_ngettext:2,3 */
  period = konkurs_text_expand_count (konkurs_catalog_ngettext (catalog, "%d working day", "%d working days", days), days);
  konkurs_protocol_add_field (protocol, N_("Documents are accepted and reviewed within"), period);
}

/* The vacancy's experience alternatives (issue 9), each on a line that
 * says it is one: "or at least 1 year in the civil service". */
static void
add_alternatives (KonkursCatalog *catalog, KonkursVacancy *vacancy, GPtrArray *lines)
{
  GArray *alternatives = konkurs_vacancy_get_experience_alternatives (vacancy);

  for (guint i = 0; i < alternatives->len; i++)
    {
      const KonkursExperienceAlternative *alternative = &g_array_index (alternatives, KonkursExperienceAlternative, i);
      gboolean first = konkurs_vacancy_get_experience_years (vacancy) == 0 && i == 0;
      const char *format;

      if (alternative->kind == KONKURS_EXPERIENCE_CIVIL_SERVICE)
        format = first ? konkurs_catalog_ngettext (catalog, "At least %d year in the civil service",
                                                   "At least %d years in the civil service", alternative->years)
                       : konkurs_catalog_ngettext (catalog, "or at least %d year in the civil service",
                                                   "or at least %d years in the civil service", alternative->years);
      else
        format = first ? konkurs_catalog_ngettext (catalog, "At least %d year in the position’s field",
                                                   "At least %d years in the position’s field", alternative->years)
                       : konkurs_catalog_ngettext (catalog, "or at least %d year in the position’s field",
                                                   "or at least %d years in the position’s field", alternative->years);
      g_ptr_array_add (lines, konkurs_text_expand_count (format, alternative->years));
    }
}

static char *
requirements_text (KonkursProtocol *protocol, KonkursVacancy *vacancy, const char *title)
{
  KonkursCatalog *catalog = konkurs_protocol_get_catalog (protocol);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  KonkursEducation education = konkurs_vacancy_get_education (vacancy);
  int years = konkurs_vacancy_get_experience_years (vacancy);
  const char *more = konkurs_protocol_pick (protocol, konkurs_vacancy_get_requirements_text (vacancy),
                                            KONKURS_DOCUMENT_FIELD_REQUIREMENTS, title);

  if (education != KONKURS_EDUCATION_NONE)
    g_ptr_array_add (lines, g_strdup (konkurs_protocol_translate_label (catalog, konkurs_education_get_label (education))));
  if (years > 0)
    g_ptr_array_add (lines, konkurs_text_expand_count (konkurs_catalog_ngettext (catalog,
                                                                    "At least %d year of work experience",
                                                                    "At least %d years of work experience",
                                                                    years),
                                          years));
  add_alternatives (catalog, vacancy, lines);
  if (more != NULL && *more != '\0')
    g_ptr_array_add (lines, g_strdup (more));
  if (lines->len == 0)
    g_ptr_array_add (lines, g_strdup (konkurs_protocol_translate_label (catalog, konkurs_education_get_label (KONKURS_EDUCATION_NONE))));
  g_ptr_array_add (lines, NULL);

  return g_strjoinv ("\n", (char **) lines->pdata);
}

/* A vacancy is numbered by its code: the number the announcement gives it,
 * by which files name it. */
static void
add_vacancy_row (KonkursProtocol *protocol, KonkursVacancy *vacancy)
{
  KonkursCatalog *catalog = konkurs_protocol_get_catalog (protocol);
  const char *category = konkurs_vacancy_get_category (vacancy);
  const char *title = konkurs_protocol_pick_position_title (protocol, vacancy);
  const char *sector = konkurs_protocol_pick (protocol, konkurs_vacancy_get_sector_text (vacancy),
                                              KONKURS_DOCUMENT_FIELD_VACANCY_SECTOR, title);
  g_autofree char *seats = g_strdup_printf ("%d", konkurs_vacancy_get_seats (vacancy));
  g_autofree char *corps = g_strjoin (category && *category ? ",\n" : NULL,
                                      konkurs_protocol_translate_label (catalog, konkurs_corps_get_label (konkurs_vacancy_get_corps (vacancy))),
                                      category, NULL);
  g_autofree char *requirements = requirements_text (protocol, vacancy, title);
  g_autofree char *type_and_level =
    g_strjoin ("\n",
               konkurs_vacancy_get_leadership (vacancy) ? T (N_("Leadership")) : T (N_("Non-leadership")),
               konkurs_protocol_translate_label (catalog, konkurs_level_get_label (konkurs_vacancy_get_level (vacancy))),
               NULL);
  const char *cells[G_N_ELEMENTS (columns)] = {
    konkurs_vacancy_get_code (vacancy),
    title,
    corps,
    type_and_level,
    *sector != '\0' ? sector : "—",
    seats,
    requirements,
  };

  konkurs_protocol_add_row (protocol, cells);
}

static gboolean
add_vacancies (KonkursProtocol *protocol, KonkursStore *store, gint64 competition_id, GError **error)
{
  g_autoptr(GPtrArray) vacancies = konkurs_store_list_vacancies (store, competition_id, error);

  if (vacancies == NULL)
    return FALSE;

  konkurs_protocol_add_heading (protocol, N_("Vacant positions"));
  konkurs_protocol_begin_table (protocol, &table);
  for (guint i = 0; i < vacancies->len; i++)
    add_vacancy_row (protocol, g_ptr_array_index (vacancies, i));
  konkurs_protocol_end_table (protocol);
  return TRUE;
}

/* Who may apply, in the numbers of the rule set; a number the rule set
 * lacks leaves its line out rather than guess. */
static char *
youth_requirements (KonkursProtocol *protocol)
{
  KonkursCatalog *catalog = konkurs_protocol_get_catalog (protocol);
  KonkursRuleSet *rule_set = konkurs_protocol_get_rule_set (protocol);
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

/* A selection into the Youth Reserve has no vacancies: the announcement
 * says who may apply and lists the sectors. */
static void
add_sectors (KonkursProtocol *protocol)
{
  GPtrArray *sectors = konkurs_rule_set_get_sectors (konkurs_protocol_get_rule_set (protocol));
  g_autofree char *requirements = youth_requirements (protocol);

  konkurs_protocol_add_field (protocol, N_("Requirements for the candidates"), requirements);
  konkurs_protocol_add_heading (protocol, N_("Priority sectors"));
  konkurs_protocol_add_paragraph (protocol, N_("Candidates apply in one of the priority sectors."));
  konkurs_protocol_begin_table (protocol, &sector_table);
  for (guint i = 0; i < sectors->len; i++)
    {
      KonkursSector *sector = g_ptr_array_index (sectors, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      const char *cells[G_N_ELEMENTS (sector_columns)] = {
        number,
        konkurs_protocol_pick_sector (protocol, sector->code),
      };

      konkurs_protocol_add_row (protocol, cells);
    }
  konkurs_protocol_end_table (protocol);
}

KonkursDocument *
konkurs_announcement_build (KonkursStore                 *store,
                            gint64                        competition_id,
                            KonkursCatalog               *catalog,
                            const KonkursDocumentOptions *options,
                            GError                      **error)
{
  g_autoptr(KonkursProtocol) protocol = NULL;
  KonkursCompetition *competition;

  protocol = konkurs_protocol_new_for_competition (store, competition_id, catalog,
                                                   &konkurs_announcement_kind,
                                                   KONKURS_PROTOCOL_DATES, options, error);
  if (protocol == NULL)
    return NULL;

  konkurs_protocol_add_header (protocol);
  add_review_period (protocol);
  competition = konkurs_protocol_get_competition (protocol);
  if (konkurs_competition_get_procedure (competition) == KONKURS_PROCEDURE_YOUTH_RESERVE)
    add_sectors (protocol);
  else if (!add_vacancies (protocol, store, competition_id, error))
    return NULL;

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
