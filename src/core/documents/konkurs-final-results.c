/* konkurs-final-results.c — the final results of a competition: per
 * vacancy the winner and the reserve list, or the competition declared
 * not held, and the appointments; the Youth Reserve's top by sector, with
 * the ties the National Commission decided
 *
 * The ranking comes from konkurs-store-results.h, computed from the
 * commission's decisions; the decisions are explained as the commission
 * took them (konkurs_vote_result_explain()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-final-results.h"
#include "konkurs-protocol-people.h"
#include "konkurs-protocol.h"
#include "konkurs-store-candidacies.h"
#include "konkurs-store-results.h"
#include "konkurs-text.h"

#define T(msgid) konkurs_catalog_gettext (catalog, (msgid))
/* The short labels of the final results, apart from the same words
 * elsewhere (NC_() marks them for xgettext). */
#define FINAL_LABEL(marked) konkurs_catalog_pgettext (catalog, "final results", (marked))

static const KonkursProtocolColumn columns[] = {
  { N_("No."), 22 },
  { N_("Surname, name, patronymic"), 96 },
  { N_("IIN"), 100, KONKURS_DOCUMENT_ALIGN_LEFT, N_("Personal code") },
  { N_("Decision of the commission"), 100 },
  { N_("Place"), 84 },
  { N_("After the decision"), 94 },
};

static const KonkursProtocolTable vacancy_table = {
  columns, G_N_ELEMENTS (columns),
  NULL,
  N_("Nobody reached the interview for this position."),
};

/* Before the interview's stage opens nobody has reached it yet. */
static const KonkursProtocolTable early_table = {
  columns, G_N_ELEMENTS (columns),
  NULL,
  N_("The interview for this position has not been held yet."),
};

static const KonkursProtocolTable sector_table = {
  columns, G_N_ELEMENTS (columns),
  N_("Nobody reached the National Commission."),
  NULL,
};

/* @msgid translated in the document's language, then formatted: the
 * arguments are checked against the msgid, the translation keeps them. */
static char *tr_printf (KonkursCatalog *catalog, const char *msgid, ...) G_GNUC_PRINTF (2, 3);

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
static char *
tr_printf (KonkursCatalog *catalog,
           const char     *msgid,
           ...)
{
  va_list args;
  char *text;

  va_start (args, msgid);
  text = g_strdup_vprintf (T (msgid), args);
  va_end (args);
  return text;
}
#pragma GCC diagnostic pop

typedef struct {
  KonkursStore    *store;
  KonkursCatalog  *catalog;
  KonkursProtocol *protocol;
  gint64           competition_id;
  GHashTable      *decisions;   /* application id -> KonkursMeetingDecision */
  GHashTable      *register_;   /* application id -> KonkursReserveEntry, the Youth Reserve */
  gboolean         reached;     /* the last commission stage is open or closed */
  GHashTable      *iins;        /* application id -> the candidate's IIN */
} FinalResults;

/* The decisions of the competition's last commission stage, as taken. */
static gboolean
read_decisions (FinalResults  *self,
                GError       **error)
{
  g_autoptr(GPtrArray) stages = konkurs_store_peek_stages (self->store, self->competition_id, error);
  g_autoptr(GPtrArray) decisions = NULL;
  const KonkursStage *last = NULL;

  if (stages == NULL)
    return FALSE;
  self->decisions = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                           (GDestroyNotify) konkurs_meeting_decision_free);
  for (guint i = 0; i < stages->len; i++)
    {
      const KonkursStage *stage = g_ptr_array_index (stages, i);

      if (stage->kind == KONKURS_STAGE_INTERVIEW || stage->kind == KONKURS_STAGE_EXPERT_COMMISSION
          || stage->kind == KONKURS_STAGE_NATIONAL_COMMISSION)
        last = stage;
    }
  if (last == NULL)
    return TRUE;
  self->reached = last->state != KONKURS_STAGE_STATE_NOT_YET;
  decisions = konkurs_store_list_stage_decisions (self->store, last->id, error);
  if (decisions == NULL)
    return FALSE;
  for (guint i = 0; i < decisions->len; i++)
    {
      KonkursMeetingDecision *decision = konkurs_meeting_decision_copy (g_ptr_array_index (decisions, i));

      g_hash_table_replace (self->decisions, &decision->application_id, decision);
    }
  return TRUE;
}

static char *
decision_text (FinalResults          *self,
               const KonkursFinalRow *row)
{
  const KonkursMeetingDecision *decision = g_hash_table_lookup (self->decisions, &row->application_id);
  KonkursCatalog *catalog = self->catalog;

  if (decision == NULL)
    return g_strdup (FINAL_LABEL (NC_ ("final results", "not decided yet")));
  return konkurs_vote_result_explain (&decision->result, catalog);
}

static char *
place_text (FinalResults          *self,
            const KonkursFinalRow *row,
            gboolean               youth_reserve)
{
  KonkursCatalog *catalog = self->catalog;
  const char *label;

  switch (row->place.place)
    {
    case KONKURS_PLACE_WINNER:
      label = youth_reserve ? NC_ ("final results", "admitted to the reserve") : NC_ ("final results", "winner");
      break;
    case KONKURS_PLACE_RESERVE:
      if (!youth_reserve)
        /* Translators: a candidate's place on a vacancy's reserve list, "reserve, rank 2" */
        return tr_printf (catalog, N_("reserve, rank %u"), row->place.rank);
      label = NC_ ("final results", "not admitted: beyond the places");
      break;
    case KONKURS_PLACE_TIED:
      label = NC_ ("final results", "tied: the commission chooses");
      break;
    default:
      label = row->decision == KONKURS_VOTE_NOT_RECOMMENDED ? NC_ ("final results", "not recommended")
                                                            : NC_ ("final results", "not decided yet");
      break;
    }
  return g_strdup (FINAL_LABEL (label));
}

static char *
after_text (FinalResults          *self,
            const KonkursFinalRow *row)
{
  KonkursCatalog *catalog = self->catalog;
  const KonkursReserveEntry *entry = self->register_ != NULL
                                     ? g_hash_table_lookup (self->register_, &row->application_id) : NULL;
  g_autofree char *date = NULL;

  if (entry != NULL)
    {
      date = konkurs_protocol_format_date (catalog, g_date_valid (&entry->left_on) ? &entry->left_on
                                                                                   : &entry->term_ends_on);
      return g_date_valid (&entry->left_on)
             /* Translators: the reserve register's entry of a candidate who left it early */
             ? tr_printf (catalog, N_("left the reserve on %s: %s"), date, entry->left_reason)
             /* Translators: the reserve register's entry, "in the reserve register until 1 June 2028" */
             : tr_printf (catalog, N_("in the reserve register until %s"), date);
    }

  switch (row->appointment)
    {
    case KONKURS_APPOINTMENT_APPOINTED:
      date = konkurs_protocol_format_date (catalog, &row->order_date);
      /* Translators: "appointed by order No. 45 of 20 May 2025" */
      return tr_printf (catalog, N_("appointed by order No. %s of %s"), row->order_number, date);
    case KONKURS_APPOINTMENT_REFUSED:
      /* Translators: a candidate refused the position, with the reason given */
      return tr_printf (catalog, N_("refused: %s"), row->refusal_reason);
    default:
      return g_strdup (row->offered ? FINAL_LABEL (NC_ ("final results", "offered the position after a refusal"))
                                    : "");
    }
}

/* The IIN of each application of the competition: the commission's
 * results identify a person as its other protocols do. */
static gboolean
read_iins (FinalResults  *self,
           GError       **error)
{
  g_autoptr(GPtrArray) candidacies = konkurs_store_list_candidacies_of_competition (self->store,
                                                                                    self->competition_id, error);
  g_autoptr(GHashTable) candidates = NULL;

  if (candidacies == NULL || (candidates = konkurs_protocol_load_candidates (self->store, candidacies, error)) == NULL)
    return FALSE;
  self->iins = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (guint i = 0; i < candidacies->len; i++)
    {
      KonkursCandidacy *candidacy = g_ptr_array_index (candidacies, i);
      KonkursCandidate *candidate = konkurs_protocol_candidate_of (candidates, candidacy);
      gint64 id = konkurs_candidacy_get_id (candidacy);

      if (candidate != NULL)
        g_hash_table_insert (self->iins, g_memdup2 (&id, sizeof id), g_strdup (konkurs_candidate_get_iin (candidate)));
    }
  return TRUE;
}

static void
add_row (FinalResults          *self,
         const KonkursFinalRow *row,
         guint                  number,
         gboolean               youth_reserve)
{
  g_autofree char *number_text = g_strdup_printf ("%u", number);
  g_autofree char *decision = decision_text (self, row);
  g_autofree char *place = place_text (self, row, youth_reserve);
  g_autofree char *after = after_text (self, row);
  const char *iin = g_hash_table_lookup (self->iins, &row->application_id);
  g_autofree char *identity = g_strconcat (iin != NULL ? iin : "—", "\n", row->personal_code, NULL);
  const char *cells[G_N_ELEMENTS (columns)] = {
    number_text, row->full_name, identity, decision, place, after,
  };

  konkurs_protocol_add_row (self->protocol, cells);
}

/* Counts of the rows of one vacancy or sector, for its totals line. */
static void
add_counts (FinalResults *self,
            GPtrArray    *rows,
            gboolean      youth_reserve)
{
  KonkursCatalog *catalog = self->catalog;
  KonkursProtocolCount counts[2] = {
    { youth_reserve ? T (N_("Admitted, in all")) : T (N_("Recommended, in all")), 0 },
    { T (N_("Not recommended, in all")), 0 },
  };

  for (guint i = 0; i < rows->len; i++)
    {
      const KonkursFinalRow *row = g_ptr_array_index (rows, i);

      if (youth_reserve ? row->place.place == KONKURS_PLACE_WINNER : row->decision == KONKURS_VOTE_RECOMMENDED)
        counts[0].count++;
      else if (row->decision == KONKURS_VOTE_NOT_RECOMMENDED)
        counts[1].count++;
    }
  konkurs_protocol_add_group_totals (self->protocol, counts, G_N_ELEMENTS (counts));
}

static const KonkursFinalRow *
find_row (GPtrArray *rows,
          gint64     application_id)
{
  for (guint i = 0; i < rows->len; i++)
    if (((KonkursFinalRow *) g_ptr_array_index (rows, i))->application_id == application_id)
      return g_ptr_array_index (rows, i);
  return NULL;
}

/* What became of the vacancy, in a sentence under its table. */
static void
add_outcome (FinalResults               *self,
             const KonkursVacancyResult *result)
{
  KonkursCatalog *catalog = self->catalog;
  const KonkursFinalRow *holder = find_row (result->rows, result->holder_id);
  g_autofree char *text = NULL;

  switch (result->outcome)
    {
    case KONKURS_VACANCY_OUTCOME_FILLED:
      /* Translators: the outcome of a vacancy: its winner by personal code and name */
      text = tr_printf (catalog, N_("Outcome: the position goes to the winner, %s %s."),
                              holder != NULL ? holder->personal_code : "—", holder != NULL ? holder->full_name : "");
      break;
    case KONKURS_VACANCY_OUTCOME_RESERVE:
      text = tr_printf (catalog, N_("Outcome: after a refusal, the position was offered to %s %s of the reserve "
                                    "list."),
                              holder != NULL ? holder->personal_code : "—", holder != NULL ? holder->full_name : "");
      break;
    case KONKURS_VACANCY_OUTCOME_FAILED:
      text = g_strdup (T (N_("Outcome: the competition for this position is declared not held.")));
      break;
    default:
      text = g_strdup (T (N_("Outcome: not recorded yet.")));
      break;
    }
  konkurs_protocol_add_text (self->protocol, text);
}

static gboolean
add_vacancies (FinalResults  *self,
               GError       **error)
{
  g_autoptr(GPtrArray) results = konkurs_store_list_vacancy_results (self->store, self->competition_id, error);

  if (results == NULL)
    return FALSE;
  for (guint v = 0; v < results->len; v++)
    {
      const KonkursVacancyResult *result = g_ptr_array_index (results, v);
      g_autoptr(KonkursVacancy) vacancy = konkurs_store_get_vacancy (self->store, result->vacancy_id, error);
      g_autofree char *heading = NULL;

      if (vacancy == NULL)
        return FALSE;
      heading = g_strdup_printf ("%s — %s", konkurs_vacancy_get_code (vacancy),
                                 konkurs_protocol_pick_position_title (self->protocol, vacancy));
      konkurs_protocol_begin_table (self->protocol, self->reached ? &vacancy_table : &early_table);
      konkurs_protocol_add_group (self->protocol, heading);
      for (guint i = 0; i < result->rows->len; i++)
        add_row (self, g_ptr_array_index (result->rows, i), i + 1, FALSE);
      if (result->rows->len > 0)
        add_counts (self, result->rows, FALSE);
      konkurs_protocol_end_table (self->protocol);
      /* the outcome is read with the table it concludes */
      konkurs_protocol_keep_with_next (self->protocol);
      add_outcome (self, result);
    }
  return TRUE;
}

/* The top by sector, in the order of the rule set's sectors, each by rank. */
static gboolean
add_sectors (FinalResults  *self,
             GError       **error)
{
  g_autoptr(GPtrArray) top = konkurs_store_list_reserve_top (self->store, self->competition_id, error);
  KonkursRuleSet *rule_set = konkurs_protocol_get_rule_set (self->protocol);
  GPtrArray *sectors = rule_set != NULL ? konkurs_rule_set_get_sectors (rule_set) : NULL;

  g_autoptr(GPtrArray) entries = konkurs_store_list_reserve (self->store, NULL, error);

  if (top == NULL || entries == NULL)
    return FALSE;
  self->register_ = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                           (GDestroyNotify) konkurs_reserve_entry_free);
  for (guint i = 0; i < entries->len; i++)
    {
      const KonkursReserveEntry *entry = g_ptr_array_index (entries, i);
      KonkursReserveEntry *copy;

      if (entry->competition_id != self->competition_id || entry->application_id == 0)
        continue;
      copy = konkurs_reserve_entry_copy (entry);
      g_hash_table_insert (self->register_, &copy->application_id, copy);
    }
  konkurs_protocol_begin_table (self->protocol, &sector_table);
  for (guint s = 0; sectors != NULL && s < sectors->len; s++)
    {
      const KonkursSector *sector = g_ptr_array_index (sectors, s);
      g_autoptr(GPtrArray) rows = g_ptr_array_new ();

      for (guint i = 0; i < top->len; i++)
        if (g_strcmp0 (((KonkursFinalRow *) g_ptr_array_index (top, i))->sector, sector->code) == 0)
          g_ptr_array_add (rows, g_ptr_array_index (top, i));
      if (rows->len == 0)
        continue;
      konkurs_protocol_add_group (self->protocol, konkurs_protocol_pick_sector (self->protocol, sector->code));
      for (guint i = 0; i < rows->len; i++)
        add_row (self, g_ptr_array_index (rows, i), i + 1, TRUE);
      add_counts (self, rows, TRUE);
    }
  konkurs_protocol_end_table (self->protocol);
  return TRUE;
}

/* How the commission decided the ties it was left with. */
static gboolean
add_ties (FinalResults  *self,
          GError       **error)
{
  g_autoptr(GPtrArray) choices = konkurs_store_list_tie_choices (self->store, self->competition_id, error);
  KonkursCatalog *catalog = self->catalog;

  if (choices == NULL)
    return FALSE;
  if (choices->len == 0)
    return TRUE;
  konkurs_protocol_add_heading (self->protocol, N_("Ties decided by the commission"));
  for (guint i = 0; i < choices->len; i++)
    {
      const KonkursTieChoice *choice = g_ptr_array_index (choices, i);
      g_autofree char *date = konkurs_protocol_format_date (catalog, &choice->held_on);
      /* Translators: "CODE Name: chosen at the tie by the meeting of DATE; reason: …" */
      g_autofree char *text = tr_printf (catalog, N_("%s %s: chosen at the tie by the meeting of %s; reason: %s"),
                                               choice->personal_code, choice->full_name, date, choice->reason);

      konkurs_protocol_add_text (self->protocol, text);
    }
  return TRUE;
}

static gboolean
build_body (FinalResults  *self,
            gboolean       youth_reserve,
            GError       **error)
{
  konkurs_protocol_add_header (self->protocol);
  if (!konkurs_protocol_add_meeting (self->protocol, error) || !read_decisions (self, error)
      || !read_iins (self, error))
    return FALSE;
  if (konkurs_protocol_is_draft (self->protocol))
    konkurs_protocol_add_text (self->protocol,
                               konkurs_catalog_gettext (self->catalog,
                                                        N_("This draft shows the order the commission's decisions "
                                                           "give so far; the final results are not decided yet.")));
  else
    konkurs_protocol_add_paragraph (self->protocol,
                                    youth_reserve
                                    ? N_("The National Commission, by its decisions on each candidate, admitted to "
                                         "the Youth Personnel Reserve the best candidates within the places of the "
                                         "rules, as follows.")
                                    : N_("The competition commission, by its decisions on each candidate after the "
                                         "interview, determined the results of the competition as follows."));
  if (!(youth_reserve ? add_sectors (self, error) : add_vacancies (self, error)) || !add_ties (self, error))
    return FALSE;
  return konkurs_protocol_add_commission_signatures (self->protocol, error);
}

static gboolean
is_youth_reserve (KonkursProtocol *protocol)
{
  KonkursCompetition *competition = konkurs_protocol_get_competition (protocol);

  return competition != NULL && konkurs_competition_get_procedure (competition) == KONKURS_PROCEDURE_YOUTH_RESERVE;
}

static gboolean
count_undecided (KonkursStore  *store,
                 gint64         competition_id,
                 guint         *count,
                 GError       **error)
{
  g_autoptr(KonkursCompetition) competition = konkurs_store_get_competition (store, competition_id, error);
  g_autoptr(GPtrArray) rows = NULL;

  if (competition == NULL)
    return FALSE;
  *count = 0;
  if (konkurs_competition_get_procedure (competition) != KONKURS_PROCEDURE_YOUTH_RESERVE)
    {
      rows = konkurs_store_list_vacancy_results (store, competition_id, error);
      /* every application of a vacancy whose outcome is not recorded
       * (a vacancy nobody reached counts one) */
      for (guint i = 0; rows != NULL && i < rows->len; i++)
        {
          const KonkursVacancyResult *result = g_ptr_array_index (rows, i);

          if (result->outcome == KONKURS_VACANCY_OUTCOME_PENDING)
            *count += MAX (result->rows->len, 1);
        }
      return rows != NULL;
    }
  /* the top waits for every decision and every tie */
  rows = konkurs_store_list_reserve_top (store, competition_id, error);
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      const KonkursFinalRow *row = g_ptr_array_index (rows, i);

      *count += row->decision == KONKURS_VOTE_PENDING || row->place.place == KONKURS_PLACE_TIED;
    }
  return rows != NULL;
}

KonkursDocument *
konkurs_final_results_build (KonkursStore                 *store,
                             gint64                        competition_id,
                             KonkursCatalog               *catalog,
                             const KonkursDocumentOptions *options,
                             GError                      **error)
{
  g_autoptr(KonkursProtocol) protocol = NULL;
  FinalResults self = { store, catalog, NULL, competition_id, NULL, NULL, FALSE, NULL };
  guint undecided = 0;
  gboolean ok;

  protocol = konkurs_protocol_new_for_competition (store, competition_id, catalog, &konkurs_final_results_kind,
                                                   KONKURS_PROTOCOL_DATES_IF_KNOWN, options, error);
  if (protocol == NULL || !count_undecided (store, competition_id, &undecided, error)
      || !konkurs_protocol_require_decided (protocol, undecided, error))
    return NULL;
  self.protocol = protocol;
  ok = build_body (&self, is_youth_reserve (protocol), error);
  g_clear_pointer (&self.decisions, g_hash_table_unref);
  g_clear_pointer (&self.register_, g_hash_table_unref);
  g_clear_pointer (&self.iins, g_hash_table_unref);
  return ok ? konkurs_protocol_finish (protocol) : NULL;
}

const KonkursDocumentKind konkurs_final_results_kind = {
  "final",
  N_("Final results of the competition"),
  N_("Final Results"),
  konkurs_final_results_build,
  KONKURS_DOCUMENT_SCOPE_COMPETITION,
  KONKURS_DOCUMENT_NAMES_PEOPLE,
  count_undecided,
  TRUE,
};
