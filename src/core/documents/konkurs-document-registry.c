/* konkurs-document-registry.c — every document Konkurs prints
 *
 * A new document is a file that defines its KonkursDocumentKind beside
 * its build function, and one line here.  The command line, the window's
 * print menus and the tests read this list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-admission-protocol.h"
#include "konkurs-announcement.h"
#include "konkurs-document-registry.h"
#include "konkurs-essay-protocol.h"
#include "konkurs-final-results.h"
#include "konkurs-publication-list.h"
#include "konkurs-receipt.h"
#include "konkurs-stage-protocol.h"
#include "konkurs-stage-publication.h"
#include "konkurs-store-organisation.h"
#include "konkurs-store-stages.h"

static const KonkursDocumentKind * const kinds[] = {
  &konkurs_announcement_kind,
  &konkurs_admission_protocol_kind,
  &konkurs_publication_list_kind,
  &konkurs_stage_protocol_kind,
  &konkurs_stage_publication_kind,
  &konkurs_essay_protocol_kind,
  &konkurs_final_results_kind,
  &konkurs_receipt_kind,
  NULL
};

const KonkursDocumentKind *
konkurs_document_kind_lookup (const char *id)
{
  for (guint i = 0; kinds[i] != NULL; i++)
    if (g_strcmp0 (kinds[i]->id, id) == 0)
      return kinds[i];

  return NULL;
}

const KonkursDocumentKind * const *
konkurs_document_kind_list (void)
{
  return kinds;
}

gint64
konkurs_document_kind_count_undecided (const KonkursDocumentKind  *kind,
                                       KonkursStore               *store,
                                       gint64                      id,
                                       GError                    **error)
{
  guint count = 0;

  g_return_val_if_fail (kind != NULL, -1);

  if (kind->count_undecided == NULL)
    return 0;
  if (!kind->count_undecided (store, id, &count, error))
    return -1;
  return count;
}

/* Today, in the local time of the workstation that prints. */
static void
set_today (GDate *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_set_dmy (date, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

static KonkursIssue *
new_issue (const char                *register_kind,
           KonkursStore              *store,
           gint64                     competition_id,
           GError                   **error)
{
  g_autoptr(KonkursIssue) issue = konkurs_issue_new (register_kind, competition_id);
  g_autoptr(KonkursOrganisation) organisation = konkurs_store_get_organisation (store, error);
  g_autoptr(GPtrArray) commission = NULL;

  if (organisation == NULL || (commission = konkurs_store_list_commission (store, error)) == NULL)
    return NULL;
  set_today (&issue->date);
  g_free (issue->number);
  issue->number = konkurs_store_next_issue_number (store, g_date_get_year (&issue->date), error);
  if (issue->number == NULL)
    return NULL;
  konkurs_local_text_free (issue->place);
  issue->place = konkurs_local_text_copy (organisation->place);
  for (guint i = 0; i < commission->len; i++)
    {
      g_ptr_array_add (issue->commission, konkurs_commission_member_copy (g_ptr_array_index (commission, i)));
      g_ptr_array_add (issue->present, konkurs_commission_member_copy (g_ptr_array_index (commission, i)));
    }
  return g_steal_pointer (&issue);
}

void
konkurs_issue_set_integrity (KonkursIssue    *issue,
                             KonkursDocument *document)
{
  g_return_if_fail (issue != NULL);
  g_return_if_fail (KONKURS_IS_DOCUMENT (document));

  g_free (issue->chain_head);
  issue->chain_head = g_strdup (konkurs_document_get_record_head (document));
  g_free (issue->rows_sha256);
  issue->rows_sha256 = g_strdup (konkurs_document_get_rows_sha256 (document));
}

/* The competition the record @id of @kind's scope is of, and the name
 * its issues are registered under. */
static gboolean
issue_key (const KonkursDocumentKind  *kind,
           KonkursStore               *store,
           gint64                      id,
           gint64                     *competition_id,
           char                      **register_kind,
           GError                    **error)
{
  g_autoptr(KonkursStage) stage = NULL;

  if (kind->scope != KONKURS_DOCUMENT_SCOPE_STAGE)
    {
      *competition_id = id;
      *register_kind = g_strdup (kind->id);
      return TRUE;
    }
  stage = konkurs_store_get_stage (store, id, error);
  if (stage == NULL)
    return FALSE;
  *competition_id = stage->competition_id;
  *register_kind = g_strdup_printf ("%s:%s", kind->id, konkurs_stage_kind_to_code (stage->kind));
  return TRUE;
}

KonkursIssue *
konkurs_document_suggest_issue (const KonkursDocumentKind  *kind,
                                KonkursStore               *store,
                                gint64                      id,
                                KonkursDocLanguage          language,
                                GError                    **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *register_kind = NULL;
  gint64 competition_id = 0;
  KonkursIssue *issue;

  g_return_val_if_fail (kind != NULL, NULL);
  g_return_val_if_fail (KONKURS_IS_STORE (store), NULL);

  if (!issue_key (kind, store, id, &competition_id, &register_kind, error))
    return NULL;
  issue = konkurs_store_find_issue (store, register_kind, competition_id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (issue == NULL)
    issue = new_issue (register_kind, store, competition_id, error);
  if (issue != NULL)
    {
      /* registered again, as a copy in this language */
      issue->id = 0;
      issue->language = language;
      g_clear_pointer (&issue->issued_at, g_date_time_unref);
      g_clear_pointer (&issue->issued_by, g_free);
    }
  return issue;
}

gboolean
konkurs_document_check_quorum (KonkursStore        *store,
                               gint64               competition_id,
                               const KonkursIssue  *issue,
                               KonkursQuorum       *quorum,
                               GError             **error)
{
  g_autoptr(KonkursCompetition) competition = NULL;
  g_autoptr(KonkursRuleSet) rule_set = NULL;
  int numerator = KONKURS_QUORUM_DEFAULT_NUMERATOR, denominator = KONKURS_QUORUM_DEFAULT_DENOMINATOR;
  KonkursQuorum local;

  /* the issue knows its competition: a stage's protocol is given by its stage */
  competition = konkurs_store_get_competition (store, issue->competition_id > 0 ? issue->competition_id
                                                                                : competition_id, error);
  if (competition == NULL)
    return FALSE;
  rule_set = konkurs_store_get_rule_set (store, konkurs_competition_get_rule_set_id (competition), error);
  if (rule_set == NULL)
    return FALSE;
  konkurs_rule_set_lookup_int (rule_set, KONKURS_RULE_QUORUM_NUMERATOR, &numerator);
  konkurs_rule_set_lookup_int (rule_set, KONKURS_RULE_QUORUM_DENOMINATOR, &denominator);
  if (quorum == NULL)
    quorum = &local;
  konkurs_quorum_compute (issue->commission, issue->present, numerator, denominator, quorum);
  if (konkurs_quorum_reached (quorum))
    return TRUE;

  if (quorum->voting == 0)
    g_set_error_literal (error, KONKURS_DOCUMENT_ERROR, KONKURS_DOCUMENT_ERROR_NO_QUORUM,
                         _("The commission has no voting members. Enter its members in Preferences."));
  else
    g_set_error (error, KONKURS_DOCUMENT_ERROR, KONKURS_DOCUMENT_ERROR_NO_QUORUM,
                 /* Translators: the quorum; e.g. "2 of 5 voting members are present; at least 4 are needed" */
                 g_dngettext (GETTEXT_PACKAGE,
                              "No quorum: %u of %u voting member is present; at least %u are needed.",
                              "No quorum: %u of %u voting members are present; at least %u are needed.",
                              quorum->voting),
                 quorum->present, quorum->voting, quorum->required);
  return FALSE;
}

KonkursDocument *
konkurs_document_kind_build (const KonkursDocumentKind     *kind,
                             KonkursStore                  *store,
                             gint64                         id,
                             KonkursCatalog                *catalog,
                             const KonkursDocumentOptions  *options,
                             GError                       **error)
{
  KonkursDocumentOptions given = { FALSE, NULL };
  g_autoptr(KonkursIssue) suggested = NULL;

  g_return_val_if_fail (kind != NULL, NULL);

  if (options != NULL)
    given = *options;
  if (kind->signed_by_commission && !given.draft && given.issue == NULL)
    {
      suggested = konkurs_document_suggest_issue (kind, store, id, konkurs_catalog_get_language (catalog), error);
      if (suggested == NULL)
        return NULL;
      given.issue = suggested;
    }
  return kind->build (store, id, catalog, &given, error);
}
