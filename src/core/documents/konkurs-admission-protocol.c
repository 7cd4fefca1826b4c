/* konkurs-admission-protocol.c — the protocol of the review of documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-admission-decision.h"
#include "konkurs-admission-protocol.h"
#include "konkurs-protocol-group.h"
#include "konkurs-protocol-people.h"
#include "konkurs-protocol.h"
#include "konkurs-store-candidates.h"
#include "konkurs-store-decisions.h"
#include "konkurs-text.h"

#define T(msgid) konkurs_catalog_gettext (catalog, (msgid))

#define N_DECISIONS KONKURS_ADMISSION_N_DECISIONS

/* The decisions on the rows are read this many at a time: one statement
 * for a page's worth of rows or more, not one per row. */
#define DECISIONS_AT_ONCE 256

/* In points of the 496 of the page's width.  The IIN and the personal
 * code share a column, one above the other: each needs its whole width
 * unbroken (a code of wide letters, "PK-WWW-WWW-WWW", is 100 pt at the
 * table's size), and side by side they would leave the reasons a column
 * too narrow to read. */
static const KonkursProtocolColumn columns[] = {
  { N_("No."), 26 },
  { N_("Surname, name, patronymic"), 112 },
  { N_("IIN"), 108, KONKURS_DOCUMENT_ALIGN_LEFT, N_("Personal code") },
  { N_("Decision"), 62 },
  { N_("Reasons"), 188 },
};

static const KonkursProtocolTable table = {
  columns, G_N_ELEMENTS (columns),
  N_("No applications were received."),
  N_("No applications were received for this position."),
};

typedef struct {
  KonkursStore            *store;
  KonkursCatalog          *catalog;
  KonkursProtocol         *protocol;
  GHashTable              *candidates;   /* id → KonkursCandidate */
  guint                    counts[N_DECISIONS];
} Admission;

static guint
count_pending (GPtrArray *candidacies)
{
  guint n = 0;

  for (guint i = 0; i < candidacies->len; i++)
    n += konkurs_admission_decision_of (g_ptr_array_index (candidacies, i)) == KONKURS_ADMISSION_PENDING;
  return n;
}

/* Today, the day a draft is prepared. */
static char *
format_today (KonkursCatalog *catalog)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDate) today = g_date_new_dmy (g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                                           g_date_time_get_year (now));

  return konkurs_protocol_format_date (catalog, today);
}

/* A final protocol records what the commission decided at its meeting; a
 * draft prepares that meeting and says so, with the rows still open. */
static gboolean
add_header (Admission *admission, GPtrArray *candidacies, GError **error)
{
  KonkursProtocol *protocol = admission->protocol;
  KonkursCatalog *catalog = admission->catalog;

  konkurs_protocol_add_header (protocol);
  if (!konkurs_protocol_add_meeting (protocol, error))
    return FALSE;
  konkurs_protocol_add_field (protocol, N_("Agenda"),
                              T (N_("Review of the documents of the candidates against the qualification "
                                    "requirements and admission to the competition")));
  if (!konkurs_protocol_is_draft (protocol))
    {
      konkurs_protocol_add_paragraph (protocol,
                                      N_("The competition commission reviewed the documents of the candidates "
                                         "against the requirements and decided as follows."));
      return TRUE;
    }

  {
    g_autofree char *today = format_today (catalog);
    guint pending = count_pending (candidacies);
    g_autofree char *open = konkurs_text_expand_count (konkurs_catalog_ngettext (catalog,
                                                                                "%d application is not decided yet.",
                                                                                "%d applications are not decided yet.",
                                                                                pending),
                                                       pending);
    g_autofree char *text = g_strconcat (T (N_("This draft prepares the meeting of the competition commission: "
                                               "the decisions in it are proposals for the commission.")),
                                         pending > 0 ? " " : NULL, open, NULL);

    konkurs_protocol_add_field (protocol, N_("Draft prepared on"), today);
    konkurs_protocol_add_text (protocol, text);
  }
  return TRUE;
}

static void
add_row (Admission *admission, KonkursCandidacy *candidacy, const KonkursDecision *taken, guint number,
         guint *counts)
{
  KonkursCandidate *candidate = konkurs_protocol_candidate_of (admission->candidates, candidacy);
  KonkursAdmissionDecision decision = konkurs_admission_decision_of (candidacy);
  g_autofree char *number_text = g_strdup_printf ("%u", number);
  g_autofree char *full_name = candidate ? konkurs_candidate_dup_full_name (candidate) : g_strdup ("—");
  g_autofree char *reasons = konkurs_admission_reasons_of (admission->catalog, candidacy, decision, taken);
  g_autofree char *identifiers = g_strconcat (candidate ? konkurs_candidate_get_iin (candidate) : "—", "\n",
                                              konkurs_candidacy_get_personal_code (candidacy), NULL);
  const char *cells[G_N_ELEMENTS (columns)] = {
    number_text,
    full_name,
    identifiers,
    konkurs_admission_decision_label (admission->catalog, decision),
    reasons,
  };

  konkurs_protocol_add_row (admission->protocol, cells);
  counts[decision]++;
  admission->counts[decision]++;
}

static gboolean
is_decided (KonkursCandidacy *candidacy)
{
  KonkursAdmissionDecision decision = konkurs_admission_decision_of (candidacy);

  return decision == KONKURS_ADMISSION_ADMITTED || decision == KONKURS_ADMISSION_REFUSED;
}

/* Rows @first to @first + @n of @items, with the decisions on them read
 * in one statement. */
static gboolean
add_rows (Admission *admission, GPtrArray *items, guint first, guint n, guint *counts, GError **error)
{
  g_autoptr(GArray) ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);
  g_autoptr(GPtrArray) decisions = NULL;
  guint next = 0;

  for (guint i = first; i < first + n; i++)
    if (is_decided (g_ptr_array_index (items, i)))
      {
        gint64 id = konkurs_candidacy_get_id (g_ptr_array_index (items, i));

        g_array_append_val (ids, id);
      }
  decisions = konkurs_store_get_decisions (admission->store, (const gint64 *) (void *) ids->data, ids->len, error);
  if (decisions == NULL)
    return FALSE;

  for (guint i = first; i < first + n; i++)
    {
      KonkursCandidacy *candidacy = g_ptr_array_index (items, i);

      add_row (admission, candidacy, is_decided (candidacy) ? g_ptr_array_index (decisions, next++) : NULL,
               i + 1, counts);
    }
  return TRUE;
}

/* The counts of each decision, the last two only when there are any. */
static guint
decision_counts (KonkursCatalog *catalog, const guint *counts, KonkursProtocolCount *out)
{
  guint n = 0;

  for (KonkursAdmissionDecision d = 0; d < N_DECISIONS; d++)
    if (counts[d] > 0 || d == KONKURS_ADMISSION_ADMITTED || d == KONKURS_ADMISSION_REFUSED)
      out[n++] = (KonkursProtocolCount) { konkurs_admission_decision_label (catalog, d), counts[d] };

  return n;
}

static gboolean
add_group (Admission *admission, KonkursProtocolGroup *group, GError **error)
{
  guint counts[N_DECISIONS] = { 0 };
  KonkursProtocolCount totals[N_DECISIONS];

  konkurs_protocol_add_group (admission->protocol, group->heading);
  konkurs_protocol_sort_by_name (group->items, admission->candidates);
  for (guint i = 0; i < group->items->len; i += DECISIONS_AT_ONCE)
    if (!add_rows (admission, group->items, i, MIN (DECISIONS_AT_ONCE, group->items->len - i), counts, error))
      return FALSE;
  konkurs_protocol_add_group_totals (admission->protocol, totals,
                                     decision_counts (admission->catalog, counts, totals));

  return TRUE;
}

static void
add_totals (Admission *admission, guint n_applications)
{
  KonkursCatalog *catalog = admission->catalog;
  KonkursProtocolCount totals[N_DECISIONS + 1] = { { T (N_("Applications")), n_applications } };
  guint n = 1 + decision_counts (catalog, admission->counts, totals + 1);

  konkurs_protocol_add_totals (admission->protocol, N_("Totals"), totals, n);
}

static void
candidacy_key (gconstpointer item, gint64 *vacancy_id, const char **sector)
{
  *vacancy_id = konkurs_candidacy_get_vacancy_id ((KonkursCandidacy *) item);
  *sector = konkurs_candidacy_get_sector ((KonkursCandidacy *) item);
}

static gboolean
build_body (Admission *admission, GError **error)
{
  KonkursCompetition *competition = konkurs_protocol_get_competition (admission->protocol);
  g_autoptr(GPtrArray) candidacies = NULL;
  g_autoptr(GPtrArray) groups = NULL;

  candidacies = konkurs_store_list_candidacies_of_competition (admission->store,
                                                               konkurs_competition_get_id (competition), error);
  if (candidacies == NULL)
    return FALSE;
  admission->candidates = konkurs_protocol_load_candidates (admission->store, candidacies, error);
  if (admission->candidates == NULL)
    return FALSE;
  groups = konkurs_protocol_group_items (admission->store, admission->protocol, candidacies, candidacy_key,
                                         error);
  if (groups == NULL)
    return FALSE;

  if (!konkurs_protocol_require_decided (admission->protocol, count_pending (candidacies), error)
      || !add_header (admission, candidacies, error))
    return FALSE;
  konkurs_protocol_begin_table (admission->protocol, &table);
  for (guint i = 0; i < groups->len; i++)
    if (!add_group (admission, g_ptr_array_index (groups, i), error))
      return FALSE;
  konkurs_protocol_end_table (admission->protocol);

  add_totals (admission, candidacies->len);
  return konkurs_protocol_add_commission_signatures (admission->protocol, error);
}

KonkursDocument *
konkurs_admission_protocol_build (KonkursStore                 *store,
                                  gint64                        competition_id,
                                  KonkursCatalog               *catalog,
                                  const KonkursDocumentOptions *options,
                                  GError                      **error)
{
  g_autoptr(KonkursProtocol) protocol = NULL;
  Admission admission = { store, catalog };
  gboolean ok;

  /* a calendar that lacks the year leaves the deadline unset: the
   * protocol then prints a dash rather than refusing to print */
  protocol = konkurs_protocol_new_for_competition (store, competition_id, catalog,
                                                   &konkurs_admission_protocol_kind,
                                                   KONKURS_PROTOCOL_DATES_IF_KNOWN, options, error);
  if (protocol == NULL)
    return NULL;

  admission.protocol = protocol;
  ok = build_body (&admission, error);
  g_clear_pointer (&admission.candidates, g_hash_table_unref);

  return ok ? konkurs_protocol_finish (protocol) : NULL;
}

gboolean
konkurs_admission_protocol_count_undecided (KonkursStore  *store,
                                            gint64         competition_id,
                                            guint         *count,
                                            GError       **error)
{
  g_autoptr(GPtrArray) candidacies = konkurs_store_list_candidacies_of_competition (store, competition_id, error);

  if (candidacies == NULL)
    return FALSE;
  *count = count_pending (candidacies);
  return TRUE;
}

const KonkursDocumentKind konkurs_admission_protocol_kind = {
  "admission",
  N_("Protocol of the review of documents"),
  N_("Admission Protocol"),
  konkurs_admission_protocol_build,
  KONKURS_DOCUMENT_SCOPE_COMPETITION,
  KONKURS_DOCUMENT_NAMES_PEOPLE,
  konkurs_admission_protocol_count_undecided,
  TRUE,
};
