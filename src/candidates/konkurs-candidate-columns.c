/* konkurs-candidate-columns.c — the columns of the table of candidates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-candidate-columns.h"
#include "konkurs-candidate-list.h"
#include "konkurs-columns.h"
#include "konkurs-ui-helpers.h"

/* Each column sorts the list by its store order of the same id. */
typedef enum {
  COLUMN_SURNAME = KONKURS_CANDIDATE_SORT_NAME,
  COLUMN_NAME = KONKURS_CANDIDATE_SORT_GIVEN_NAME,
  COLUMN_PATRONYMIC = KONKURS_CANDIDATE_SORT_PATRONYMIC,
  COLUMN_IIN = KONKURS_CANDIDATE_SORT_IIN,
  COLUMN_BIRTH_DATE = KONKURS_CANDIDATE_SORT_BIRTH_DATE,
  COLUMN_STATUS = KONKURS_CANDIDATE_SORT_STATUS,
} CandidateColumn;

/* Sorted by the store's query (names in the Kazakh alphabet), in a
 * worker: a sort list model would read all 100,000 rows.  The IIN and the
 * date are as wide as they are, never cut. */
static const KonkursColumn columns[] = {
  { COLUMN_SURNAME, "surname", N_("Surname"), -1, .min_chars = 6, .tooltip = TRUE },
  { COLUMN_NAME, "name", N_("Name"), -1, .min_chars = 5, .tooltip = TRUE },
  { COLUMN_PATRONYMIC, "patronymic", N_("Patronymic"), -1, .min_chars = 6, .tooltip = TRUE },
  { COLUMN_IIN, "iin", N_("IIN"), 0, .min_chars = 12, .numeric = TRUE },
  { COLUMN_BIRTH_DATE, "birth-date", N_("Birth Date"), 0, .numeric = TRUE },
  { COLUMN_STATUS, "status", N_("Status"), -1, .min_chars = 8, .tooltip = TRUE },
};

static const char *
describe_status (KonkursCandidateStatus status)
{
  switch (status)
    {
    case KONKURS_CANDIDATE_STATUS_PENDING:
      return _("Awaiting decision");
    case KONKURS_CANDIDATE_STATUS_ADMITTED:
      return C_("candidate status", "Admitted");
    case KONKURS_CANDIDATE_STATUS_REFUSED:
      return C_("candidate status", "Refused admission");
    case KONKURS_CANDIDATE_STATUS_NONE:
    default:
      return _("No applications");
    }
}

static char *
cell_text (gpointer item,
           int      id,
           gpointer user_data)
{
  KonkursCandidateList *list = KONKURS_CANDIDATE_LIST (konkurs_candidates_view_get_model (user_data));
  KonkursCandidate *candidate = item;

  switch ((CandidateColumn) id)
    {
    case COLUMN_SURNAME:
      return g_strdup (konkurs_candidate_get_surname (candidate));
    case COLUMN_NAME:
      return g_strdup (konkurs_candidate_get_name (candidate));
    case COLUMN_PATRONYMIC:
      return g_strdup (konkurs_candidate_get_patronymic (candidate));
    case COLUMN_IIN:
      return g_strdup (konkurs_candidate_get_iin (candidate));
    case COLUMN_BIRTH_DATE:
      return konkurs_ui_format_date (konkurs_candidate_get_iin_birth_date (candidate));
    case COLUMN_STATUS:
      return list != NULL ? g_strdup (describe_status (konkurs_candidate_list_get_status (list, candidate))) : NULL;
    default:
      g_assert_not_reached ();
    }
}

void
konkurs_candidate_columns_append (GtkColumnView         *view,
                                  KonkursCandidatesView *candidates)
{
  g_autoptr(GtkColumnViewColumn) surname = NULL;

  konkurs_columns_append (view, columns, G_N_ELEMENTS (columns), cell_text, NULL, candidates);
  /* The store's order, shown as such in the header. */
  surname = g_list_model_get_item (gtk_column_view_get_columns (view), 0);
  gtk_column_view_sort_by_column (view, surname, GTK_SORT_ASCENDING);
}

KonkursCandidateSort
konkurs_candidate_columns_get_sort (GtkColumnView *view,
                                    gboolean      *descending)
{
  int column = COLUMN_SURNAME;

  *descending = FALSE;
  if (!konkurs_columns_get_sort (view, &column, descending))
    return KONKURS_CANDIDATE_SORT_NAME;
  return (KonkursCandidateSort) column;
}
