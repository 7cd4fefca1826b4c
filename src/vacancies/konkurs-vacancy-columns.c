/* konkurs-vacancy-columns.c — the columns of the table of vacancies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-columns.h"
#include "konkurs-ui-helpers.h"
#include "konkurs-vacancy.h"
#include "konkurs-vacancy-columns.h"

typedef enum {
  COLUMN_POSITION,
  COLUMN_CORPS_CATEGORY,
  COLUMN_LEADERSHIP,
  COLUMN_LEVEL,
  COLUMN_SECTOR,
  COLUMN_SEATS,
  COLUMN_EDUCATION,
  COLUMN_EXPERIENCE,
  N_COLUMNS
} VacancyColumn;

/* Fixed widths fit the longest Russian headings; the two text columns
 * share what is left, and their long titles ellipsize, but never down to
 * a couple of letters. */
static const KonkursColumn columns[] = {
  { COLUMN_POSITION, "position", N_("Position"), -1, .min_chars = 14, .tooltip = TRUE },
  { COLUMN_CORPS_CATEGORY, "category", N_("Corps/Category"), 100, .tooltip = TRUE },
  { COLUMN_LEADERSHIP, "leadership", N_("Leadership"), 90, .tooltip = TRUE },
  { COLUMN_LEVEL, "level", N_("Level"), 80, .tooltip = TRUE },
  { COLUMN_SECTOR, "sector", N_("Sector"), -1, .min_chars = 8, .tooltip = TRUE },
  { COLUMN_SEATS, "seats", N_("Seats"), 55, .numeric = TRUE, .tooltip = TRUE },
  { COLUMN_EDUCATION, "education", N_("Minimum Education"), 130, .tooltip = TRUE },
  { COLUMN_EXPERIENCE, "experience", N_("Experience (Years)"), 120, .numeric = TRUE, .tooltip = TRUE },
};

/* The table is narrow: "Б · C-O-4" rather than "Corps B · C-O-4". */
static const char *
corps_letter (KonkursCorps corps)
{
  switch (corps)
    {
    case KONKURS_CORPS_A:
      return C_("corps letter", "A");
    case KONKURS_CORPS_B:
      return C_("corps letter", "B");
    default:
      return "";
    }
}

/* The years of any work, and the alternatives the vacancy accepts. */
static char *
describe_experience (KonkursVacancy *vacancy)
{
  GString *text = g_string_new (NULL);
  int civil = konkurs_vacancy_get_alternative_years (vacancy, KONKURS_EXPERIENCE_CIVIL_SERVICE);
  int field = konkurs_vacancy_get_alternative_years (vacancy, KONKURS_EXPERIENCE_FIELD);

  g_string_append_printf (text, "%d", konkurs_vacancy_get_experience_years (vacancy));
  if (civil > 0)
    /* Translators: in the experience column, the years of civil service a vacancy accepts instead */
    g_string_append_printf (text, _(" or %d in the civil service"), civil);
  if (field > 0)
    /* Translators: in the experience column, the years in its field a vacancy accepts instead */
    g_string_append_printf (text, _(" or %d in the field"), field);
  return g_string_free (text, FALSE);
}

static char *
cell_text (gpointer item,
           int      id,
           gpointer user_data)
{
  KonkursVacancy *vacancy = item;
  const char *category;

  switch ((VacancyColumn) id)
    {
    case COLUMN_POSITION:
      return g_strdup (konkurs_vacancy_get_position_title (vacancy));
    case COLUMN_CORPS_CATEGORY:
      category = konkurs_vacancy_get_category (vacancy);
      if (category == NULL || category[0] == '\0')
        return g_strdup (corps_letter (konkurs_vacancy_get_corps (vacancy)));
      return g_strdup_printf ("%s · %s", corps_letter (konkurs_vacancy_get_corps (vacancy)), category);
    case COLUMN_LEADERSHIP:
      return g_strdup (konkurs_vacancy_get_leadership (vacancy) ? C_("leadership position", "Yes")
                                                                : C_("leadership position", "No"));
    case COLUMN_LEVEL:
      return g_strdup (konkurs_ui_translate_label (konkurs_level_get_label (konkurs_vacancy_get_level (vacancy))));
    case COLUMN_SECTOR:
      return g_strdup (konkurs_vacancy_get_sector (vacancy));
    case COLUMN_SEATS:
      return g_strdup_printf ("%d", konkurs_vacancy_get_seats (vacancy));
    case COLUMN_EDUCATION:
      return g_strdup (konkurs_ui_translate_label (konkurs_education_get_label (konkurs_vacancy_get_education (vacancy))));
    case COLUMN_EXPERIENCE:
      return describe_experience (vacancy);
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

static int
compare_strings (const char *a,
                 const char *b)
{
  return g_utf8_collate (a ?: "", b ?: "");
}

static int
compare_vacancies (gpointer a,
                   gpointer b,
                   int      id)
{
  KonkursVacancy *va = a;
  KonkursVacancy *vb = b;
  int result = 0;

  switch ((VacancyColumn) id)
    {
    case COLUMN_POSITION:
      result = compare_strings (konkurs_vacancy_get_position_title (va), konkurs_vacancy_get_position_title (vb));
      break;
    case COLUMN_CORPS_CATEGORY:
      result = (int) konkurs_vacancy_get_corps (va) - (int) konkurs_vacancy_get_corps (vb);
      if (result == 0)
        result = g_strcmp0 (konkurs_vacancy_get_category (va), konkurs_vacancy_get_category (vb));
      break;
    case COLUMN_LEADERSHIP:
      result = !!konkurs_vacancy_get_leadership (va) - !!konkurs_vacancy_get_leadership (vb);
      break;
    case COLUMN_LEVEL:
      result = (int) konkurs_vacancy_get_level (va) - (int) konkurs_vacancy_get_level (vb);
      break;
    case COLUMN_SECTOR:
      result = compare_strings (konkurs_vacancy_get_sector (va), konkurs_vacancy_get_sector (vb));
      break;
    case COLUMN_SEATS:
      result = konkurs_vacancy_get_seats (va) - konkurs_vacancy_get_seats (vb);
      break;
    case COLUMN_EDUCATION:
      result = (int) konkurs_vacancy_get_education (va) - (int) konkurs_vacancy_get_education (vb);
      break;
    case COLUMN_EXPERIENCE:
      result = konkurs_vacancy_get_experience_years (va) - konkurs_vacancy_get_experience_years (vb);
      break;
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }

  return result;
}

void
konkurs_vacancy_columns_append (GtkColumnView *view)
{
  G_STATIC_ASSERT (G_N_ELEMENTS (columns) == N_COLUMNS);

  konkurs_columns_append (view, columns, G_N_ELEMENTS (columns), cell_text, compare_vacancies, NULL);
}
