/* konkurs-exchange-candidates-export.c — every candidate of a database,
 * with papers, applications, personal codes and decisions, as the
 * candidates of a full export (<konkurs-candidates> version 3)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Candidates are written in the order of their names, one read at a time,
 * so that 100,000 of them need little memory; their applications come
 * from one query, by candidate.  What is written is what the importer
 * reads back into an empty database to the same rows, so that export,
 * restore and export again give the same bytes.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-exchange-private.h"
#include "konkurs-store-candidates.h"
#include "konkurs-store-restore.h"

static void
write_identity (KonkursExchangeWriter *writer,
                KonkursCandidate      *candidate)
{
  KonkursLanguageLevel level = konkurs_candidate_get_language_level (candidate);
  GArray *periods = konkurs_candidate_get_exclusion_periods (candidate);

  konkurs_exchange_write_attr (writer, "iin", konkurs_candidate_get_iin (candidate));
  konkurs_exchange_write_attr (writer, "citizenship", konkurs_candidate_get_citizenship (candidate));
  if (level != KONKURS_LANGUAGE_LEVEL_NONE)
    konkurs_exchange_write_attr (writer, "language-level", konkurs_language_level_to_code (level));
  konkurs_exchange_write_text_element (writer, "surname", konkurs_candidate_get_surname (candidate), TRUE);
  konkurs_exchange_write_text_element (writer, "name", konkurs_candidate_get_name (candidate), TRUE);
  konkurs_exchange_write_text_element (writer, "patronymic", konkurs_candidate_get_patronymic (candidate), FALSE);

  if (*konkurs_candidate_get_phone (candidate) != '\0' || *konkurs_candidate_get_email (candidate) != '\0'
      || *konkurs_candidate_get_address (candidate) != '\0')
    {
      konkurs_exchange_write_start (writer, "contacts");
      konkurs_exchange_write_attr (writer, "phone", konkurs_candidate_get_phone (candidate));
      konkurs_exchange_write_attr (writer, "email", konkurs_candidate_get_email (candidate));
      konkurs_exchange_write_attr (writer, "address", konkurs_candidate_get_address (candidate));
      konkurs_exchange_write_end (writer);
    }

  /* One element per period, in the order of the record. */
  for (guint i = 0; i < periods->len; i++)
    {
      const KonkursExclusionPeriod *period = &g_array_index (periods, KonkursExclusionPeriod, i);

      konkurs_exchange_write_start (writer, "exclusion");
      konkurs_exchange_write_attr (writer, "status", konkurs_exchange_exclusion_code (period->kind));
      konkurs_exchange_write_date_attr (writer, "from", &period->from);
      konkurs_exchange_write_date_attr (writer, "until", &period->until);
      konkurs_exchange_write_end (writer);
    }
}

static void
write_papers (KonkursExchangeWriter *writer,
              KonkursCandidate      *candidate)
{
  GPtrArray *education = konkurs_candidate_get_education (candidate);
  GPtrArray *work = konkurs_candidate_get_employments (candidate);
  GPtrArray *certificates = konkurs_candidate_get_certificates (candidate);

  for (guint i = 0; i < education->len; i++)
    {
      const KonkursEducationEntry *entry = g_ptr_array_index (education, i);

      konkurs_exchange_write_start (writer, "education");
      konkurs_exchange_write_attr (writer, "level", konkurs_education_to_code (entry->level));
      if (entry->year != 0)
        konkurs_exchange_write_int_attr (writer, "year", entry->year);
      konkurs_exchange_write_attr (writer, "field", entry->field);
      konkurs_exchange_write_attr (writer, "institution", entry->institution);
      konkurs_exchange_write_end (writer);
    }
  for (guint i = 0; i < work->len; i++)
    {
      const KonkursEmployment *job = g_ptr_array_index (work, i);

      konkurs_exchange_write_start (writer, "work");
      konkurs_exchange_write_attr (writer, "employer", job->employer);
      konkurs_exchange_write_attr (writer, "position", job->position);
      konkurs_exchange_write_date_attr (writer, "start", &job->start);
      konkurs_exchange_write_date_attr (writer, "end", &job->end);
      if (job->civil_service)
        konkurs_exchange_write_bool_attr (writer, "civil-service", TRUE);
      if (job->in_field)
        konkurs_exchange_write_bool_attr (writer, "in-field", TRUE);
      konkurs_exchange_write_end (writer);
    }
  for (guint i = 0; i < certificates->len; i++)
    {
      const KonkursCandidateCertificate *certificate = g_ptr_array_index (certificates, i);

      konkurs_exchange_write_start (writer, "certificate");
      konkurs_exchange_write_attr (writer, "kind", konkurs_certificate_kind_to_code (certificate->kind));
      konkurs_exchange_write_date_attr (writer, "passed-on", &certificate->passed_on);
      konkurs_exchange_write_attr (writer, "result", certificate->result);
      konkurs_exchange_write_attr (writer, "number", certificate->number);
      if (certificate->max_score > 0)
        {
          konkurs_exchange_write_int_attr (writer, "score", certificate->score);
          konkurs_exchange_write_int_attr (writer, "max-score", certificate->max_score);
        }
      if (certificate->level != KONKURS_LANGUAGE_LEVEL_NONE)
        konkurs_exchange_write_attr (writer, "level", konkurs_language_level_to_code (certificate->level));
      konkurs_exchange_write_end (writer);
    }
}

static void
write_application (KonkursExchangeWriter          *writer,
                   const KonkursApplicationRecord *record)
{
  konkurs_exchange_write_start (writer, "application");
  konkurs_exchange_write_attr (writer, "competition", record->competition_number);
  konkurs_exchange_write_attr (writer, "vacancy", record->vacancy_code);
  konkurs_exchange_write_attr (writer, "sector", record->sector);
  konkurs_exchange_write_attr (writer, "received-on", record->received_on);
  konkurs_exchange_write_attr (writer, "personal-code", record->personal_code);
  konkurs_exchange_write_attr (writer, "status", record->status);
  if (record->decided_at != NULL)
    {
      konkurs_exchange_write_start (writer, "decision");
      konkurs_exchange_write_attr (writer, "eligibility", record->eligibility);
      konkurs_exchange_write_attr (writer, "decided-by", record->decided_by);
      konkurs_exchange_write_attr (writer, "decided-at", record->decided_at);
      konkurs_exchange_write_attr (writer, "checked-on", record->decision_checked_on);
      konkurs_exchange_write_text_element (writer, "failures", record->decision_failures, FALSE);
      konkurs_exchange_write_text_element (writer, "reason", record->decision_reason, FALSE);
      konkurs_exchange_write_end (writer);
    }
  konkurs_exchange_write_end (writer);
}

static gboolean
candidate_is_xml_text (KonkursCandidate *candidate)
{
  const char *texts[] = {
    konkurs_candidate_get_surname (candidate), konkurs_candidate_get_name (candidate),
    konkurs_candidate_get_patronymic (candidate), konkurs_candidate_get_phone (candidate),
    konkurs_candidate_get_email (candidate), konkurs_candidate_get_address (candidate),
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (!konkurs_exchange_is_xml_text (texts[i]))
      return FALSE;
  return TRUE;
}

/* The applications of each candidate id, in the order of @records. */
static GHashTable *
group_records (GPtrArray *records)
{
  GHashTable *by_candidate = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                    (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < records->len; i++)
    {
      KonkursApplicationRecord *record = g_ptr_array_index (records, i);
      GPtrArray *own = g_hash_table_lookup (by_candidate, &record->candidate_id);

      if (own == NULL)
        {
          own = g_ptr_array_new ();
          g_hash_table_insert (by_candidate, &record->candidate_id, own);
        }
      g_ptr_array_add (own, record);
    }
  return by_candidate;
}

gboolean
konkurs_exchange_write_candidates (KonkursExchangeWriter *writer,
                                   KonkursStore          *store,
                                   GCancellable          *cancellable,
                                   GError               **error)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GHashTable) by_candidate = NULL;
  KonkursCandidateFilter filter;

  konkurs_candidate_filter_init (&filter);
  ids = konkurs_store_query_candidate_ids (store, &filter, error);
  if (ids == NULL || (records = konkurs_store_list_application_records (store, error)) == NULL)
    return FALSE;
  by_candidate = group_records (records);

  for (guint i = 0; i < ids->len && !writer->failed; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(KonkursCandidate) candidate = NULL;
      GPtrArray *own;

      if (g_cancellable_set_error_if_cancelled (cancellable, error)
          || (candidate = konkurs_store_get_candidate (store, id, error)) == NULL)
        return FALSE;
      if (!candidate_is_xml_text (candidate))
        {
          g_autofree char *name = konkurs_candidate_dup_full_name (candidate);

          g_set_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_WRITE,
                       _("The record of %s (IIN %s) contains a control character that an XML file "
                         "cannot hold; correct it and export again."),
                       name, konkurs_candidate_get_iin (candidate));
          return FALSE;
        }

      konkurs_exchange_write_start (writer, "candidate");
      write_identity (writer, candidate);
      write_papers (writer, candidate);
      own = g_hash_table_lookup (by_candidate, &id);
      for (guint j = 0; own != NULL && j < own->len; j++)
        write_application (writer, g_ptr_array_index (own, j));
      konkurs_exchange_write_end (writer);
    }
  return TRUE;
}
