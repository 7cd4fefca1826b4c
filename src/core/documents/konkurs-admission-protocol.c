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

#define T(msgid) konkurs_catalog_gettext (catalog, (msgid))

#define N_DECISIONS KONKURS_ADMISSION_N_DECISIONS

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

/* The names are left blank, to be written by hand: the store keeps no
 * list of the commission's members yet.  Three lines for members, the
 * smallest commission that can reach a quorum of two thirds. */
static const KonkursProtocolSignature signatures[] = {
  { N_("Chair of the commission") },
  { N_("Members of the commission") },
  { NULL },
  { NULL },
  { N_("Secretary of the commission") },
};

typedef struct {
  KonkursStore            *store;
  KonkursCatalog          *catalog;
  KonkursProtocol         *protocol;
  GHashTable              *candidates;   /* id → KonkursCandidate */
  guint                    counts[N_DECISIONS];
} Admission;

/* The day of the latest decision in local time (see the header for why),
 * else the deadline, else today. */
static void
decision_date (KonkursCompetition *competition, GPtrArray *candidacies, GDate *date)
{
  g_autoptr(GDateTime) latest = NULL;
  const GDate *deadline = konkurs_competition_get_document_deadline (competition);

  for (guint i = 0; i < candidacies->len; i++)
    {
      GDateTime *at = konkurs_candidacy_get_decided_at (g_ptr_array_index (candidacies, i));

      if (at != NULL && (latest == NULL || g_date_time_compare (at, latest) > 0))
        {
          g_clear_pointer (&latest, g_date_time_unref);
          latest = g_date_time_ref (at);
        }
    }

  if (latest != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (latest);

      g_date_set_dmy (date, g_date_time_get_day_of_month (local),
                      g_date_time_get_month (local), g_date_time_get_year (local));
    }
  else if (deadline != NULL && g_date_valid (deadline))
    *date = *deadline;
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_date_set_dmy (date, g_date_time_get_day_of_month (now),
                      g_date_time_get_month (now), g_date_time_get_year (now));
    }
}

static void
add_header (Admission *admission, GPtrArray *candidacies)
{
  g_autofree char *decided = NULL;
  GDate decided_on;

  g_date_clear (&decided_on, 1);
  decision_date (konkurs_protocol_get_competition (admission->protocol), candidacies, &decided_on);
  decided = konkurs_protocol_format_date (admission->catalog, &decided_on);

  konkurs_protocol_add_header (admission->protocol);
  konkurs_protocol_add_field (admission->protocol, N_("Date of the decision"), decided);
  konkurs_protocol_add_paragraph (admission->protocol,
                                  N_("The competition commission reviewed the documents of the candidates "
                                     "against the requirements and decided as follows."));
}

static gboolean
add_row (Admission *admission, KonkursCandidacy *candidacy, guint number, guint *counts, GError **error)
{
  KonkursCandidate *candidate = konkurs_protocol_candidate_of (admission->candidates, candidacy);
  KonkursAdmissionDecision decision = konkurs_admission_decision_of (candidacy);
  g_autofree char *number_text = g_strdup_printf ("%u", number);
  g_autofree char *full_name = candidate ? konkurs_candidate_dup_full_name (candidate) : g_strdup ("—");
  g_autofree char *reasons = konkurs_admission_reasons_of (admission->store, admission->catalog,
                                                                candidacy, decision, error);
  g_autofree char *identifiers = g_strconcat (candidate ? konkurs_candidate_get_iin (candidate) : "—", "\n",
                                              konkurs_candidacy_get_personal_code (candidacy), NULL);
  const char *cells[G_N_ELEMENTS (columns)] = {
    number_text,
    full_name,
    identifiers,
    konkurs_admission_decision_label (admission->catalog, decision),
    reasons,
  };

  if (reasons == NULL)
    return FALSE;

  konkurs_protocol_add_row (admission->protocol, cells);
  counts[decision]++;
  admission->counts[decision]++;

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
  for (guint i = 0; i < group->items->len; i++)
    if (!add_row (admission, g_ptr_array_index (group->items, i), i + 1, counts, error))
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

  add_header (admission, candidacies);
  konkurs_protocol_begin_table (admission->protocol, &table);
  for (guint i = 0; i < groups->len; i++)
    if (!add_group (admission, g_ptr_array_index (groups, i), error))
      return FALSE;
  konkurs_protocol_end_table (admission->protocol);

  add_totals (admission, candidacies->len);
  konkurs_protocol_add_signatures (admission->protocol, signatures, G_N_ELEMENTS (signatures));

  return TRUE;
}

KonkursDocument *
konkurs_admission_protocol_build (KonkursStore   *store,
                                  gint64          competition_id,
                                  KonkursCatalog *catalog,
                                  GError        **error)
{
  g_autoptr(KonkursProtocol) protocol = NULL;
  Admission admission = { store, catalog };
  gboolean ok;

  /* a calendar that lacks the year leaves the deadline unset: the
   * protocol then prints a dash rather than refusing to print */
  protocol = konkurs_protocol_new_for_competition (store, competition_id, catalog,
                                                   konkurs_admission_protocol_kind.title_msgid,
                                                   KONKURS_PROTOCOL_DATES_IF_KNOWN, error);
  if (protocol == NULL)
    return NULL;

  admission.protocol = protocol;
  ok = build_body (&admission, error);
  g_clear_pointer (&admission.candidates, g_hash_table_unref);

  return ok ? konkurs_protocol_finish (protocol) : NULL;
}

const KonkursDocumentKind konkurs_admission_protocol_kind = {
  "admission",
  N_("Protocol of the review of documents"),
  N_("Admission Protocol"),
  konkurs_admission_protocol_build,
  KONKURS_DOCUMENT_SCOPE_COMPETITION,
  KONKURS_DOCUMENT_NAMES_PEOPLE,
};
