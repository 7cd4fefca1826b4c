/* konkurs-admission-protocol.c — the protocol of the review of documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "konkurs-admission-protocol.h"
#include "konkurs-protocol-private.h"
#include "konkurs-store-candidates.h"
#include "konkurs-text.h"

/* The document has its own language: every string is an English msgid
 * marked with N_() for xgettext and translated through the catalogue, never
 * through the process locale. */
#define T(msgid) konkurs_catalog_gettext (catalog, (msgid))

#define N_PROTOCOL_COLUMNS 5

typedef enum {
  DECISION_ADMITTED,
  DECISION_REFUSED,
  DECISION_PENDING,
  DECISION_WITHDRAWN,
  N_DECISIONS
} Decision;

/* One table of the protocol, of KonkursCandidacy. */
typedef KonkursProtocolGroup Group;

typedef struct {
  KonkursStore       *store;
  KonkursCatalog     *catalog;
  KonkursDocument    *document;
  GHashTable         *candidates;   /* id → KonkursCandidate */
  guint               counts[N_DECISIONS];
} Builder;

static void
builder_clear (Builder *builder)
{
  g_clear_pointer (&builder->candidates, g_hash_table_unref);
}

/* A calendar that lacks the year leaves the deadline unset: the protocol
 * then prints a dash rather than refusing to print. */
static gboolean
ensure_deadline (KonkursStore *store, KonkursCompetition **competition, GError **error)
{
  g_autoptr(GError) local_error = NULL;

  if (konkurs_protocol_ensure_deadline (store, competition, &local_error)
      || g_error_matches (local_error, KONKURS_CALENDAR_ERROR, KONKURS_CALENDAR_ERROR_NO_DATA))
    return TRUE;

  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

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

static Decision
decision_of (KonkursCandidacy *candidacy)
{
  switch (konkurs_candidacy_get_eligibility (candidacy))
    {
    case KONKURS_ELIGIBILITY_STATE_ELIGIBLE:
      return DECISION_ADMITTED;
    case KONKURS_ELIGIBILITY_STATE_INELIGIBLE:
      return DECISION_REFUSED;
    case KONKURS_ELIGIBILITY_STATE_PENDING:
    case KONKURS_ELIGIBILITY_STATE_ANY:
    default:
      break;
    }

  if (konkurs_candidacy_get_status (candidacy) == KONKURS_CANDIDACY_WITHDRAWN)
    return DECISION_WITHDRAWN;
  return DECISION_PENDING;
}

static const char *
decision_label (KonkursCatalog *catalog, Decision decision)
{
  switch (decision)
    {
    case DECISION_ADMITTED:
      return konkurs_protocol_translate_label (catalog, konkurs_candidacy_status_get_label (KONKURS_CANDIDACY_ADMITTED));
    case DECISION_REFUSED:
      return konkurs_protocol_translate_label (catalog, konkurs_candidacy_status_get_label (KONKURS_CANDIDACY_REJECTED));
    case DECISION_WITHDRAWN:
      return konkurs_protocol_translate_label (catalog, konkurs_candidacy_status_get_label (KONKURS_CANDIDACY_WITHDRAWN));
    case DECISION_PENDING:
    case N_DECISIONS:
    default:
      return T (N_("Not decided yet"));
    }
}

/* A decided row gives what was decided, whatever the candidate's papers
 * say now: the engine's failures as recorded then, in the document's
 * language, and the secretary's words ("—" without either).  A row not
 * decided yet has no reasons but words the store may hold. */
static char *
reasons_of (Builder *builder, KonkursCandidacy *candidacy, Decision decision, GError **error)
{
  const char *reason = konkurs_candidacy_get_decision_reason (candidacy);
  g_autoptr(KonkursDecision) taken = NULL;
  g_autofree char *text = NULL;

  if (decision != DECISION_ADMITTED && decision != DECISION_REFUSED)
    return g_strdup (konkurs_text_is_blank (reason) ? "—" : reason);

  taken = konkurs_store_get_decision (builder->store, konkurs_candidacy_get_id (candidacy), error);
  if (taken == NULL)
    return NULL;
  text = konkurs_decision_describe (taken, builder->catalog);
  return *text != '\0' ? g_steal_pointer (&text) : g_strdup ("—");
}

static gboolean
add_row (Builder *builder, KonkursCandidacy *candidacy, guint number, guint *counts, GError **error)
{
  KonkursCandidate *candidate = g_hash_table_lookup (builder->candidates,
                                                     &(gint64) { konkurs_candidacy_get_candidate_id (candidacy) });
  Decision decision = decision_of (candidacy);
  g_autofree char *number_text = g_strdup_printf ("%u", number);
  g_autofree char *full_name = candidate ? konkurs_candidate_dup_full_name (candidate) : g_strdup ("—");
  g_autofree char *reasons = reasons_of (builder, candidacy, decision, error);
  g_autofree char *identifiers = g_strconcat (candidate ? konkurs_candidate_get_iin (candidate) : "—", "\n",
                                              konkurs_candidacy_get_personal_code (candidacy), NULL);
  const char *cells[N_PROTOCOL_COLUMNS] = {
    number_text,
    full_name,
    identifiers,
    decision_label (builder->catalog, decision),
    reasons,
  };

  if (reasons == NULL)
    return FALSE;

  konkurs_document_add_row (builder->document, cells);
  counts[decision]++;
  builder->counts[decision]++;

  return TRUE;
}

/* "Admitted: 3; Refused: 2", the last two only when there are any; built
 * without a translated printf format so a translation cannot break it. */
static char *
counts_text (KonkursCatalog *catalog, const guint *counts)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (Decision d = 0; d < N_DECISIONS; d++)
    {
      if (counts[d] == 0 && d != DECISION_ADMITTED && d != DECISION_REFUSED)
        continue;
      if (text->len > 0)
        g_string_append (text, "; ");
      g_string_append_printf (text, "%s: %u", decision_label (catalog, d), counts[d]);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Alphabetical by full name, then by IIN: the commission looks a person
 * up by name. */
static int
compare_rows (gconstpointer a, gconstpointer b, gpointer user_data)
{
  GHashTable *keys = user_data;
  KonkursCandidacy *first = *(KonkursCandidacy **) a;
  KonkursCandidacy *second = *(KonkursCandidacy **) b;
  int order = g_strcmp0 (g_hash_table_lookup (keys, first), g_hash_table_lookup (keys, second));

  if (order != 0)
    return order;
  return (konkurs_candidacy_get_id (first) > konkurs_candidacy_get_id (second))
       - (konkurs_candidacy_get_id (first) < konkurs_candidacy_get_id (second));
}

static void
sort_rows (Builder *builder, Group *group)
{
  g_autoptr(GHashTable) keys = g_hash_table_new_full (NULL, NULL, NULL, g_free);

  for (guint i = 0; i < group->items->len; i++)
    {
      KonkursCandidacy *candidacy = g_ptr_array_index (group->items, i);
      KonkursCandidate *candidate = g_hash_table_lookup (builder->candidates,
                                                         &(gint64) { konkurs_candidacy_get_candidate_id (candidacy) });
      g_autofree char *name = candidate ? konkurs_candidate_dup_full_name (candidate) : g_strdup ("");
      g_autofree char *text = g_strconcat (name, "\x02", candidate ? konkurs_candidate_get_iin (candidate) : "", NULL);

      g_hash_table_insert (keys, candidacy, konkurs_collation_key (text));
    }

  g_ptr_array_sort_with_data (group->items, compare_rows, keys);
}

static gboolean
add_group (Builder *builder, Group *group, GError **error)
{
  KonkursCatalog *catalog = builder->catalog;
  /* In points of the 496 of the page's width.  The IIN and the personal
   * code share a column, one above the other: each needs its whole width
   * unbroken (a code of wide letters, "PK-WWW-WWW-WWW", is 100 pt at the
   * table's size), and side by side they would leave the reasons a
   * column too narrow to read. */
  static const double widths[N_PROTOCOL_COLUMNS] = { 26, 112, 108, 62, 188 };
  g_autofree char *identifiers = g_strconcat (T (N_("IIN")), "\n", T (N_("Personal code")), NULL);
  const char *headers[N_PROTOCOL_COLUMNS] = {
    T (N_("No.")),
    T (N_("Surname, name, patronymic")),
    identifiers,
    T (N_("Decision")),
    T (N_("Reasons")),
  };
  guint counts[N_DECISIONS] = { 0 };
  g_autofree char *summary = NULL;

  konkurs_document_add_heading (builder->document, group->heading);
  if (group->items->len == 0)
    {
      konkurs_document_add_paragraph (builder->document, T (N_("No applications were received for this position.")));
      return TRUE;
    }

  sort_rows (builder, group);
  konkurs_document_begin_table (builder->document, N_PROTOCOL_COLUMNS, headers, widths);
  for (guint i = 0; i < group->items->len; i++)
    if (!add_row (builder, g_ptr_array_index (group->items, i), i + 1, counts, error))
      return FALSE;
  konkurs_document_end_table (builder->document);

  summary = counts_text (catalog, counts);
  konkurs_document_add_paragraph (builder->document, summary);

  return TRUE;
}

/* One group per vacancy, in the order of the announcement, the empty ones
 * included: the protocol accounts for every position. */
static GPtrArray *
group_by_vacancy (Builder *builder, gint64 competition_id, GPtrArray *candidacies, GError **error)
{
  g_autoptr(GPtrArray) vacancies = NULL;
  g_autoptr(GPtrArray) groups = NULL;

  vacancies = konkurs_store_list_vacancies (builder->store, competition_id, error);
  if (vacancies == NULL)
    return NULL;

  groups = konkurs_protocol_vacancy_groups (builder->catalog, vacancies);
  for (guint i = 0; i < candidacies->len; i++)
    {
      KonkursCandidacy *candidacy = g_ptr_array_index (candidacies, i);
      Group *group = konkurs_protocol_vacancy_group (builder->catalog, groups, vacancies,
                                                     konkurs_candidacy_get_vacancy_id (candidacy));

      g_ptr_array_add (group->items, candidacy);
    }

  return g_steal_pointer (&groups);
}

/* One group per sector chosen, alphabetically. */
static GPtrArray *
group_by_sector (Builder *builder, GPtrArray *candidacies)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_protocol_group_free);
  g_autoptr(GHashTable) by_sector = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < candidacies->len; i++)
    {
      KonkursCandidacy *candidacy = g_ptr_array_index (candidacies, i);
      Group *group = konkurs_protocol_sector_group (builder->catalog, groups, by_sector,
                                                    konkurs_candidacy_get_sector (candidacy));

      g_ptr_array_add (group->items, candidacy);
    }
  konkurs_protocol_sort_groups (groups);

  return g_steal_pointer (&groups);
}

/* The candidates of all applications in one query, not one per row. */
static gboolean
load_candidates (Builder *builder, GPtrArray *candidacies, GError **error)
{
  g_autoptr(GArray) ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), candidacies->len);
  g_autoptr(GPtrArray) candidates = NULL;

  for (guint i = 0; i < candidacies->len; i++)
    {
      gint64 id = konkurs_candidacy_get_candidate_id (g_ptr_array_index (candidacies, i));

      g_array_append_val (ids, id);
    }

  candidates = konkurs_store_get_candidates (builder->store, (const gint64 *) ids->data, ids->len, FALSE, error);
  if (candidates == NULL)
    return FALSE;

  builder->candidates = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  for (guint i = 0; i < candidates->len; i++)
    {
      KonkursCandidate *candidate = g_ptr_array_index (candidates, i);
      gint64 id = konkurs_candidate_get_id (candidate);

      if (g_hash_table_contains (builder->candidates, &id))
        continue;
      g_hash_table_insert (builder->candidates, g_memdup2 (&id, sizeof id), g_object_ref (candidate));
    }

  return TRUE;
}

static void
add_header (Builder *builder, KonkursCompetition *competition, const GDate *decided_on)
{
  KonkursCatalog *catalog = builder->catalog;
  KonkursDocument *document = builder->document;
  g_autofree char *decided = konkurs_protocol_format_date (catalog, decided_on);

  konkurs_protocol_add_header (document, catalog, N_("Protocol of the review of documents"), competition, TRUE);
  konkurs_document_add_field (document, T (N_("Date of the decision")), decided);
  konkurs_document_add_paragraph (document,
                                  T (N_("The competition commission reviewed the documents of the candidates "
                                        "against the requirements and decided as follows.")));
}

static void
add_totals (Builder *builder, guint n_applications)
{
  KonkursCatalog *catalog = builder->catalog;
  g_autofree char *total = g_strdup_printf ("%u", n_applications);

  konkurs_document_add_heading (builder->document, T (N_("Totals")));
  konkurs_document_add_field (builder->document, T (N_("Applications")), total);
  for (Decision d = 0; d < N_DECISIONS; d++)
    {
      g_autofree char *count = g_strdup_printf ("%u", builder->counts[d]);

      if (builder->counts[d] == 0 && d != DECISION_ADMITTED && d != DECISION_REFUSED)
        continue;
      konkurs_document_add_field (builder->document, decision_label (catalog, d), count);
    }
}

/* The names are left blank, to be written by hand: the store keeps no
 * list of the commission's members yet.  Three lines for members, the
 * smallest commission that can reach a quorum of two thirds. */
static void
add_signatures (Builder *builder)
{
  KonkursCatalog *catalog = builder->catalog;
  KonkursDocument *document = builder->document;

  konkurs_document_add_signature (document, T (N_("Chair of the commission")), NULL);
  konkurs_document_add_signature (document, T (N_("Members of the commission")), NULL);
  konkurs_document_add_signature (document, NULL, NULL);
  konkurs_document_add_signature (document, NULL, NULL);
  konkurs_document_add_signature (document, T (N_("Secretary of the commission")), NULL);
}

static gboolean
build_body (Builder *builder, KonkursCompetition *competition, GError **error)
{
  KonkursCatalog *catalog = builder->catalog;
  g_autoptr(GPtrArray) candidacies = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  GDate decided_on;

  candidacies = konkurs_store_list_candidacies_of_competition (builder->store, konkurs_competition_get_id (competition), error);
  if (candidacies == NULL)
    return FALSE;
  if (!load_candidates (builder, candidacies, error))
    return FALSE;

  g_date_clear (&decided_on, 1);
  decision_date (competition, candidacies, &decided_on);
  add_header (builder, competition, &decided_on);

  if (konkurs_competition_get_procedure (competition) == KONKURS_PROCEDURE_YOUTH_RESERVE)
    groups = group_by_sector (builder, candidacies);
  else
    groups = group_by_vacancy (builder, konkurs_competition_get_id (competition), candidacies, error);
  if (groups == NULL)
    return FALSE;

  if (candidacies->len == 0 && groups->len == 0)
    konkurs_document_add_paragraph (builder->document, T (N_("No applications were received.")));
  for (guint i = 0; i < groups->len; i++)
    if (!add_group (builder, g_ptr_array_index (groups, i), error))
      return FALSE;

  add_totals (builder, candidacies->len);
  add_signatures (builder);

  return TRUE;
}

KonkursDocument *
konkurs_admission_protocol_build (KonkursStore   *store,
                                  gint64          competition_id,
                                  KonkursCatalog *catalog,
                                  GError        **error)
{
  g_autoptr(KonkursDocument) document = NULL;
  g_autoptr(KonkursCompetition) competition = NULL;
  Builder builder = { 0 };
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (store), NULL);
  g_return_val_if_fail (KONKURS_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  competition = konkurs_store_get_competition (store, competition_id, error);
  if (competition == NULL)
    return NULL;
  if (!ensure_deadline (store, &competition, error))
    return NULL;

  document = konkurs_protocol_new_document (catalog, N_("Protocol of the review of documents"), competition);

  builder.store = store;
  builder.catalog = catalog;
  builder.document = document;
  ok = build_body (&builder, competition, error);
  builder_clear (&builder);
  if (!ok)
    return NULL;

  return g_steal_pointer (&document);
}
