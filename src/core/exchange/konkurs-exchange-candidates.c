/* konkurs-exchange-candidates.c — files of candidates with their
 * applications (<konkurs-candidates>)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A file of candidates may hold 100,000 of them (some 150 MB of XML, far
 * more as a tree), so it is read as a stream of records: the parser hands
 * over each <candidate> as soon as its end tag is read and frees it
 * afterwards.  Each candidate is converted (friendly messages), checked by
 * the rules the store applies (in their words, at the element and
 * attribute at fault), validated against its declaration in the XSD, and
 * written at once inside the import's transaction, which is rolled back on
 * any error: the import stays all or nothing.  Applications name
 * competitions by their numbers and vacancies by their codes in their
 * competition, which hold in any database with the same competitions;
 * files of version 1 name them by their ids in the database the file is
 * imported into, and are still read so.
 */
#include "config.h"

#include <inttypes.h>
#include <glib/gi18n-lib.h>

#include "konkurs-exchange-private.h"
#include "konkurs-store-candidacies.h"
#include "konkurs-store-candidates.h"
#include "konkurs-store-restore.h"
#include "konkurs-validation.h"

#define node_line(node) konkurs_exchange_node_line (ctx, (node))
#define node_name(node) konkurs_exchange_node_name (node)

/* What the import needs to know across candidates. */
typedef struct {
  /* The line of each candidate of the file written so far, by id from
   * first_id: four bytes a candidate, however long the file (the
   * database finds a repeated IIN; this says where the first one is). */
  GArray     *lines;         /* of guint32 */
  gint64      first_id;
  GHashTable *competitions;  /* the ids of the competitions of the database */
  GHashTable *vacancies;     /* id → competition id */
  GHashTable *numbers;       /* competition number → id */
  GHashTable *codes;         /* "COMPETITION-ID/CODE" → vacancy id */
  gboolean    index_deferred;  /* the search index is filled at the end */
} CandidatesData;

static void
candidates_data_free (gpointer data)
{
  CandidatesData *self = data;

  g_array_unref (self->lines);
  g_hash_table_unref (self->competitions);
  g_hash_table_unref (self->vacancies);
  g_hash_table_unref (self->numbers);
  g_hash_table_unref (self->codes);
  g_free (self);
}

/* ------------------------------------------------------------------------ */
/* One candidate: tree to objects                                            */

/* The levels in the order people know them, "none" last. */
static const char *
language_level_code (int value)
{
  return konkurs_language_level_to_code (value <= KONKURS_LANGUAGE_LEVEL_C2 ? value
                                                                            : KONKURS_LANGUAGE_LEVEL_NONE);
}

static const KonkursExchangeEnum language_level_codes = {
  (KonkursExchangeFromCode) konkurs_language_level_from_code, language_level_code,
  KONKURS_LANGUAGE_LEVEL_A1, KONKURS_LANGUAGE_LEVEL_C2 + 1
};
static const KonkursExchangeEnum education_codes =
  KONKURS_EXCHANGE_ENUM (konkurs_education, KONKURS_EDUCATION_NONE, KONKURS_EDUCATION_POSTGRADUATE);
static const KonkursExchangeEnum certificate_codes =
  KONKURS_EXCHANGE_ENUM (konkurs_certificate_kind, KONKURS_CERTIFICATE_LEGISLATION,
                         KONKURS_CERTIFICATE_PERSONAL_QUALITIES);

static gboolean
read_identity (KonkursImportContext *ctx,
               xmlNode              *node,
               KonkursCandidate     *candidate,
               GError              **error)
{
  g_autofree char *iin = NULL;
  g_autofree char *citizenship = konkurs_exchange_read_attr (node, "citizenship");
  g_autofree char *surname = NULL;
  g_autofree char *name = NULL;
  g_autofree char *patronymic = NULL;
  KonkursLanguageLevel level = KONKURS_LANGUAGE_LEVEL_NONE;
  GDate birth;

  if ((iin = konkurs_exchange_require_attr (ctx, node, "iin", error)) == NULL
      || !konkurs_exchange_read_enum_attr (ctx, node, "language-level", FALSE, &language_level_codes,
                                           &level, error)
      || !konkurs_exchange_read_date_attr (ctx, node, "birth-date", FALSE, &birth, error)
      || !konkurs_exchange_read_text_child (ctx, node, "surname", TRUE, &surname, error)
      || !konkurs_exchange_read_text_child (ctx, node, "name", TRUE, &name, error)
      || !konkurs_exchange_read_text_child (ctx, node, "patronymic", FALSE, &patronymic, error))
    return FALSE;

  /* The IIN itself is checked with the other fields, by the rules whose
   * messages say what is wrong with it (check_fields()). */
  konkurs_candidate_set_iin (candidate, iin);
  if (g_date_valid (&birth))
    konkurs_candidate_set_birth_date (candidate, &birth);
  konkurs_candidate_set_surname (candidate, g_strstrip (surname));
  konkurs_candidate_set_name (candidate, g_strstrip (name));
  konkurs_candidate_set_patronymic (candidate, patronymic != NULL ? g_strstrip (patronymic) : "");
  if (citizenship != NULL)
    konkurs_candidate_set_citizenship (candidate, citizenship);
  konkurs_candidate_set_language_level (candidate, level);
  return TRUE;
}

static gboolean
read_contacts (KonkursImportContext *ctx,
               xmlNode              *node,
               KonkursCandidate     *candidate,
               GError              **error)
{
  g_autofree char *phone = konkurs_exchange_read_text_attr (node, "phone");
  g_autofree char *email = konkurs_exchange_read_text_attr (node, "email");
  g_autofree char *address = konkurs_exchange_read_text_attr (node, "address");

  konkurs_candidate_set_phone (candidate, phone != NULL ? phone : "");
  konkurs_candidate_set_email (candidate, email != NULL ? email : "");
  konkurs_candidate_set_address (candidate, address != NULL ? address : "");
  return TRUE;
}

static const struct {
  const char       *code;
  KonkursExclusion  flag;
} exclusions[] = {
  { "presidential-appointee", KONKURS_EXCLUSION_PRESIDENTIAL_APPOINTEE },
  { "political-servant",      KONKURS_EXCLUSION_POLITICAL_SERVANT },
  { "corps-a",                KONKURS_EXCLUSION_CORPS_A },
  { "in-reserve",             KONKURS_EXCLUSION_IN_RESERVE },
};

static gboolean
exclusion_from_code (const char       *code,
                     KonkursExclusion *out)
{
  for (guint i = 0; i < G_N_ELEMENTS (exclusions); i++)
    if (g_str_equal (code, exclusions[i].code))
      {
        *out = exclusions[i].flag;
        return TRUE;
      }

  return FALSE;
}

static const char *
exclusion_code (int index)
{
  return exclusions[index].code;
}

const char *
konkurs_exchange_exclusion_code (KonkursExclusion flag)
{
  for (guint i = 0; i < G_N_ELEMENTS (exclusions); i++)
    if (exclusions[i].flag == flag)
      return exclusions[i].code;
  return NULL;
}

guint
konkurs_exchange_n_exclusions (void)
{
  return G_N_ELEMENTS (exclusions);
}

KonkursExclusion
konkurs_exchange_nth_exclusion (guint index)
{
  return exclusions[index].flag;
}

static const KonkursExchangeEnum exclusion_codes = {
  (KonkursExchangeFromCode) exclusion_from_code, exclusion_code, 0, G_N_ELEMENTS (exclusions) - 1
};

static gboolean
read_exclusion (KonkursImportContext *ctx,
                xmlNode              *node,
                KonkursCandidate     *candidate,
                GError              **error)
{
  KonkursExclusionPeriod period = { 0 };

  if (!konkurs_exchange_read_enum_attr (ctx, node, "status", TRUE, &exclusion_codes, &period.kind, error)
      || !konkurs_exchange_read_date_attr (ctx, node, "from", FALSE, &period.from, error)
      || !konkurs_exchange_read_date_attr (ctx, node, "until", FALSE, &period.until, error))
    return FALSE;

  /* Each element is a period of its own (version 4); an older file's
   * element is a status without dates. */
  konkurs_candidate_add_exclusion_period (candidate, &period);
  return TRUE;
}

static gboolean
read_education (KonkursImportContext *ctx,
                xmlNode              *node,
                KonkursCandidate     *candidate,
                GError              **error)
{
  g_autofree char *field = konkurs_exchange_read_text_attr (node, "field");
  g_autofree char *institution = konkurs_exchange_read_text_attr (node, "institution");
  g_autoptr(KonkursEducationEntry) entry = NULL;
  KonkursEducation level;
  gint64 year = 0;

  if (!konkurs_exchange_read_enum_attr (ctx, node, "level", TRUE, &education_codes, &level, error)
      || !konkurs_exchange_read_int_attr (ctx, node, "year", FALSE, KONKURS_GRADUATION_YEAR_MIN,
                                          KONKURS_GRADUATION_YEAR_MAX, &year, error))
    return FALSE;

  entry = konkurs_education_entry_new (level, field, institution, (int) year);
  konkurs_candidate_add_education (candidate, entry);
  return TRUE;
}

static gboolean
read_work (KonkursImportContext *ctx,
           xmlNode              *node,
           KonkursCandidate     *candidate,
           GError              **error)
{
  g_autofree char *employer = NULL;
  g_autofree char *position = konkurs_exchange_read_text_attr (node, "position");
  g_autoptr(KonkursEmployment) employment = NULL;
  GDate start, end;

  if ((employer = konkurs_exchange_require_text_attr (ctx, node, "employer", error)) == NULL
      || !konkurs_exchange_read_date_attr (ctx, node, "start", TRUE, &start, error)
      || !konkurs_exchange_read_date_attr (ctx, node, "end", FALSE, &end, error))
    return FALSE;

  employment = konkurs_employment_new (employer, position, &start,
                                       g_date_valid (&end) ? &end : NULL);
  if ((xmlHasProp (node, (const xmlChar *) "civil-service")
       && !konkurs_exchange_read_bool_attr (ctx, node, "civil-service", &employment->civil_service, error))
      || (xmlHasProp (node, (const xmlChar *) "in-field")
          && !konkurs_exchange_read_bool_attr (ctx, node, "in-field", &employment->in_field, error)))
    return FALSE;
  konkurs_candidate_add_employment (candidate, employment);
  return TRUE;
}

static const KonkursExchangeEnum level_codes =
  KONKURS_EXCHANGE_ENUM (konkurs_language_level, KONKURS_LANGUAGE_LEVEL_A1, KONKURS_LANGUAGE_LEVEL_C2);

/* Version 4: score and max-score (both or neither) and a level; whether
 * they fit the kind is the store's rule, checked by check_fields(). */
static gboolean
read_certificate_result (KonkursImportContext        *ctx,
                         xmlNode                     *node,
                         KonkursCandidateCertificate *certificate,
                         GError                     **error)
{
  gint64 score = -1, max_score = 0;

  if (!konkurs_exchange_read_int_attr (ctx, node, "score", FALSE, 0, 1000, &score, error)
      || !konkurs_exchange_read_int_attr (ctx, node, "max-score", FALSE, 1, 1000, &max_score, error))
    return FALSE;
  if ((score >= 0) != (max_score > 0))
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                     "%s/@%s: %s", node_name (node), score >= 0 ? "max-score" : "score",
                                     _("A numeric result needs both the score and the maximum score."));
      return FALSE;
    }
  certificate->score = (int) MAX (score, 0);
  certificate->max_score = (int) max_score;
  if (xmlHasProp (node, (const xmlChar *) "level"))
    return konkurs_exchange_read_enum_attr (ctx, node, "level", TRUE, &level_codes, &certificate->level, error);
  return TRUE;
}

static gboolean
read_certificate (KonkursImportContext *ctx,
                  xmlNode              *node,
                  KonkursCandidate     *candidate,
                  GError              **error)
{
  g_autofree char *result = konkurs_exchange_read_text_attr (node, "result");
  g_autofree char *number = konkurs_exchange_read_text_attr (node, "number");
  g_autoptr(KonkursCandidateCertificate) certificate = NULL;
  KonkursCertificateKind kind;
  GDate passed;

  if (!konkurs_exchange_read_enum_attr (ctx, node, "kind", TRUE, &certificate_codes, &kind, error)
      || !konkurs_exchange_read_date_attr (ctx, node, "passed-on", TRUE, &passed, error))
    return FALSE;

  certificate = konkurs_candidate_certificate_new (kind, &passed, result, number);
  if (!read_certificate_result (ctx, node, certificate, error))
    return FALSE;
  /* A retake is another element: added, never merged with the first. */
  konkurs_candidate_add_certificate (candidate, certificate);
  return TRUE;
}

/* An application to write once the candidate has an id.  In version 1
 * the ids are read at once; from version 2 the number and the code, which
 * become ids when the application is checked. */
typedef struct {
  xmlNode *node;
  gint64   competition_id;
  gint64   vacancy_id;
  char    *competition_number;
  char    *vacancy_code;
  char    *sector;
  GDate    received_on;
  /* From version 3, in a file of a whole database (ctx->restoring): the
   * application as it was, code and decision; NULL otherwise. */
  KonkursApplicationRecord *restored;
} ApplicationItem;

static void
application_item_clear (gpointer data)
{
  ApplicationItem *item = data;

  g_free (item->competition_number);
  g_free (item->vacancy_code);
  g_free (item->sector);
  g_clear_pointer (&item->restored, konkurs_application_record_free);
}

static xmlNode *
find_decision (xmlNode *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (konkurs_exchange_is_element (child, KONKURS_EXCHANGE_CANDIDATES_NS, "decision"))
      return child;
  return NULL;
}

/* The decision of a restored application: eligibility, who and when, the
 * engine's failures (JSON, as the database keeps them) and the
 * secretary's words. */
static gboolean
read_decision (KonkursImportContext     *ctx,
               xmlNode                  *node,
               KonkursApplicationRecord *record,
               GError                  **error)
{
  static const char *const decided[] = { "eligible", "ineligible", NULL };
  KonkursEligibilityState state;
  GDate checked;

  if ((record->eligibility = konkurs_exchange_require_attr (ctx, node, "eligibility", error)) == NULL
      || (record->decided_by = konkurs_exchange_require_text_attr (ctx, node, "decided-by", error)) == NULL
      || (record->decided_at = konkurs_exchange_require_attr (ctx, node, "decided-at", error)) == NULL
      || !konkurs_exchange_read_date_attr (ctx, node, "checked-on", FALSE, &checked, error)
      || !konkurs_exchange_read_text_child (ctx, node, "failures", FALSE, &record->decision_failures, error)
      || !konkurs_exchange_read_text_child (ctx, node, "reason", FALSE, &record->decision_reason, error))
    return FALSE;
  if (!konkurs_eligibility_state_from_code (record->eligibility, &state)
      || state == KONKURS_ELIGIBILITY_STATE_PENDING)
    {
      g_autofree char *allowed = konkurs_exchange_join_alternatives (decided);

      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                     _("decision/@eligibility: '%s' is not a decision; use %s"),
                                     record->eligibility, allowed);
      return FALSE;
    }
  if (g_date_valid (&checked))
    record->decision_checked_on = konkurs_exchange_read_attr (node, "checked-on");
  return TRUE;
}

/* What only a whole database restores: the personal code, the status and
 * the decision.  In a file of candidates alone they would let a file
 * decide on admission, so they are refused there. */
static gboolean
read_restored (KonkursImportContext *ctx,
               xmlNode              *node,
               ApplicationItem      *item,
               GError              **error)
{
  g_autofree char *code = konkurs_exchange_read_attr (node, "personal-code");
  g_autofree char *status = konkurs_exchange_read_attr (node, "status");
  xmlNode *decision = find_decision (node);
  KonkursApplicationRecord *record;
  KonkursCandidacyStatus value;

  if (code == NULL && status == NULL && decision == NULL)
    return TRUE;
  if (!ctx->restoring)
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                     _("application: personal codes and decisions are restored only with a "
                                       "whole database (a <konkurs-database> file) into an empty database; "
                                       "a file of candidates cannot set them"));
      return FALSE;
    }

  record = item->restored = g_new0 (KonkursApplicationRecord, 1);
  if ((record->personal_code = konkurs_exchange_require_attr (ctx, node, "personal-code", error)) == NULL
      || (record->status = konkurs_exchange_require_attr (ctx, node, "status", error)) == NULL)
    return FALSE;
  if (!konkurs_candidacy_status_from_code (record->status, &value))
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                     _("application/@status: '%s' is not a status of an application"),
                                     record->status);
      return FALSE;
    }
  record->eligibility = g_strdup ("pending");
  if (decision == NULL)
    return TRUE;
  g_clear_pointer (&record->eligibility, g_free);
  return read_decision (ctx, decision, record, error);
}

static gboolean
read_application (KonkursImportContext *ctx,
                  xmlNode              *node,
                  GArray               *applications,
                  GError              **error)
{
  ApplicationItem item = { node, 0, 0, NULL };

  if (ctx->version == 1
      && (!konkurs_exchange_read_int_attr (ctx, node, "competition", TRUE, 1, G_MAXINT64,
                                           &item.competition_id, error)
          || !konkurs_exchange_read_int_attr (ctx, node, "vacancy", FALSE, 1, G_MAXINT64,
                                              &item.vacancy_id, error)))
    return FALSE;
  if (ctx->version > 1
      && (item.competition_number = konkurs_exchange_require_attr (ctx, node, "competition", error)) == NULL)
    return FALSE;
  if (!konkurs_exchange_read_date_attr (ctx, node, "received-on", TRUE, &item.received_on, error))
    {
      application_item_clear (&item);
      return FALSE;
    }

  if (ctx->version > 1)
    item.vacancy_code = konkurs_exchange_read_attr (node, "vacancy");
  item.sector = konkurs_exchange_read_text_attr (node, "sector");
  if (ctx->version > 2 && !read_restored (ctx, node, &item, error))
    {
      application_item_clear (&item);
      return FALSE;
    }
  g_array_append_val (applications, item);
  return TRUE;
}

typedef gboolean (*ReadChild) (KonkursImportContext *ctx, xmlNode *node,
                               KonkursCandidate *candidate, GError **error);

static ReadChild
child_reader (xmlNode *child)
{
  static const struct {
    const char *name;
    ReadChild   read;
  } readers[] = {
    { "contacts",    read_contacts },
    { "exclusion",   read_exclusion },
    { "education",   read_education },
    { "work",        read_work },
    { "certificate", read_certificate },
  };

  for (guint i = 0; i < G_N_ELEMENTS (readers); i++)
    if (konkurs_exchange_is_element (child, KONKURS_EXCHANGE_CANDIDATES_NS, readers[i].name))
      return readers[i].read;

  return NULL;
}

/* Where in a <candidate> each field the rules name is: a child element
 * (NULL: the candidate itself; for the field of a list's entry, the
 * entry's element) and the attribute or child (NULL: the element as a
 * whole). */
static const struct {
  KonkursValidationError  code;
  const char             *element;
  const char             *field;
} field_places[] = {
  { KONKURS_VALIDATION_ERROR_IIN,              NULL,          "@iin" },
  { KONKURS_VALIDATION_ERROR_BIRTH_DATE,       NULL,          "@birth-date" },
  { KONKURS_VALIDATION_ERROR_SURNAME,          NULL,          "surname" },
  { KONKURS_VALIDATION_ERROR_NAME,             NULL,          "name" },
  { KONKURS_VALIDATION_ERROR_PATRONYMIC,       NULL,          "patronymic" },
  { KONKURS_VALIDATION_ERROR_EDUCATION_LEVEL,  "education",   "@level" },
  { KONKURS_VALIDATION_ERROR_GRADUATION_YEAR,  "education",   "@year" },
  { KONKURS_VALIDATION_ERROR_EMPLOYER,         "work",        "@employer" },
  { KONKURS_VALIDATION_ERROR_WORK_START,       "work",        "@start" },
  { KONKURS_VALIDATION_ERROR_WORK_END,         "work",        "@end" },
  { KONKURS_VALIDATION_ERROR_CERTIFICATE_KIND, "certificate", "@kind" },
  { KONKURS_VALIDATION_ERROR_CERTIFICATE_DATE, "certificate", "@passed-on" },
  { KONKURS_VALIDATION_ERROR_CERTIFICATE_SCORE, "certificate", "@score" },
  { KONKURS_VALIDATION_ERROR_CERTIFICATE_LEVEL, "certificate", "@level" },
  { KONKURS_VALIDATION_ERROR_EXCLUSION_DATES,  "exclusion",   "@until" },
};

/* The @n-th child element @name of @parent; @parent when there is none. */
static xmlNode *
nth_child (xmlNode    *parent,
           const char *name,
           guint       n)
{
  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    if (konkurs_exchange_is_element (child, KONKURS_EXCHANGE_CANDIDATES_NS, name) && n-- == 0)
      return child;

  return parent;
}

/* The rules the store applies (konkurs-validation.h), asked before the
 * schema is, so that a fault is told in the rules' words at the element
 * and attribute that hold the field. */
static gboolean
check_fields (KonkursImportContext *ctx,
              xmlNode              *node,
              KonkursCandidate     *candidate,
              GError              **error)
{
  g_autoptr(GError) invalid = NULL;
  const char *field = NULL;
  xmlNode *at = node;
  guint entry = 0;

  if (konkurs_candidate_validate (candidate, &entry, &invalid))
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (field_places); i++)
    if (invalid->code == (int) field_places[i].code)
      {
        field = field_places[i].field;
        if (field_places[i].element != NULL)
          at = nth_child (node, field_places[i].element, entry);
      }

  /* A field that is a child element is told at its own line. */
  if (field != NULL && at == node && field[0] != '@' && nth_child (node, field, 0) != node)
    konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID,
                                   node_line (nth_child (node, field, 0)),
                                   "%s/%s: %s", node_name (at), field, invalid->message);
  else if (field != NULL)
    konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (at),
                                   "%s/%s: %s", node_name (at), field, invalid->message);
  else
    konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (at),
                                   "%s: %s", node_name (at), invalid->message);
  return FALSE;
}

/* A candidate read from the file, with the applications to write once it
 * has an id. */
typedef struct {
  KonkursCandidate *candidate;
  GArray           *applications;  /* of ApplicationItem */
} CandidateRecord;

static void
candidate_record_free (gpointer data)
{
  CandidateRecord *record = data;

  g_clear_object (&record->candidate);
  g_array_unref (record->applications);
  g_free (record);
}

static gpointer
read_candidate (KonkursImportContext *ctx,
                gpointer              records,
                xmlNode              *node,
                GError              **error)
{
  g_autoptr(KonkursCandidate) candidate = NULL;
  g_autoptr(GArray) applications = NULL;
  CandidateRecord *record;

  if (!konkurs_exchange_is_element (node, KONKURS_EXCHANGE_CANDIDATES_NS, "candidate"))
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                     _("%s/%s: this element is not expected here; a file of "
                                       "candidates holds <candidate> elements"),
                                     node_name (node->parent), node_name (node));
      return NULL;
    }

  candidate = konkurs_candidate_new ();
  applications = g_array_new (FALSE, TRUE, sizeof (ApplicationItem));
  g_array_set_clear_func (applications, application_item_clear);

  if (!read_identity (ctx, node, candidate, error))
    return NULL;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      ReadChild read = child_reader (child);

      if (read != NULL && !read (ctx, child, candidate, error))
        return NULL;
      if (konkurs_exchange_is_element (child, KONKURS_EXCHANGE_CANDIDATES_NS, "application")
          && !read_application (ctx, child, applications, error))
        return NULL;
    }
  if (!check_fields (ctx, node, candidate, error))
    return NULL;

  record = g_new (CandidateRecord, 1);
  record->candidate = g_steal_pointer (&candidate);
  record->applications = g_steal_pointer (&applications);
  return record;
}

/* ------------------------------------------------------------------------ */
/* One candidate: objects to the database                                    */

/* A duplicate IIN is a fault of the candidate's @iin; anything else the
 * store refuses (the fields were checked before) is told at the
 * candidate. */
static void
store_refused (KonkursImportContext *ctx,
               xmlNode              *node,
               GError               *store_error,
               GError              **error)
{
  g_autoptr(GError) owned = store_error;

  if (g_error_matches (owned, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DUPLICATE))
    konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                   "%s/@iin: %s", node_name (node), owned->message);
  else
    konkurs_exchange_propagate_store_error (ctx, node, g_steal_pointer (&owned), error);
}

/* One person, one record: the second time an IIN appears in the file
 * (the store refused it as a duplicate) both places are named.  FALSE
 * when the first one is in the database already, not in the file. */
static gboolean
name_seen (KonkursImportContext *ctx,
           CandidatesData       *data,
           xmlNode              *node,
           KonkursCandidate     *candidate,
           GError              **error)
{
  const char *iin = konkurs_candidate_get_iin (candidate);
  g_autoptr(KonkursCandidate) first = NULL;
  g_autofree char *name = NULL;
  g_autofree char *first_name = NULL;
  gint64 id;

  id = konkurs_store_find_candidate_by_iin (ctx->store, iin, NULL);
  if (data->first_id == 0 || id < data->first_id || (guint64) (id - data->first_id) >= data->lines->len
      || g_array_index (data->lines, guint32, id - data->first_id) == 0
      || (first = konkurs_store_get_candidate (ctx->store, id, NULL)) == NULL)
    return FALSE;

  name = konkurs_candidate_dup_full_name (candidate);
  first_name = konkurs_candidate_dup_full_name (first);
  konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                 _("candidate/@iin: the IIN %s of %s is the IIN of %s on line %ld "
                                   "already; one person can be registered only once"),
                                 iin, name, first_name,
                                 (long) g_array_index (data->lines, guint32, id - data->first_id));
  return TRUE;
}

static void
note_line (CandidatesData *data,
           gint64          id,
           long            line)
{
  guint32 value = (guint32) CLAMP (line, 1, G_MAXUINT32);

  if (data->first_id == 0)
    data->first_id = id;
  if (id < data->first_id)
    return;
  if ((guint64) (id - data->first_id) >= data->lines->len)
    g_array_set_size (data->lines, (guint) (id - data->first_id + 1));
  g_array_index (data->lines, guint32, id - data->first_id) = value;
}

static char *
vacancy_key (gint64      competition_id,
             const char *code)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT "/%s", competition_id, code);
}

/* The ids of the competition and vacancy a version 2 application names by
 * number and code. */
static gboolean
resolve_application (KonkursImportContext *ctx,
                     CandidatesData       *data,
                     ApplicationItem      *item,
                     GError              **error)
{
  g_autofree char *key = NULL;
  gpointer id;

  if (!g_hash_table_lookup_extended (data->numbers, item->competition_number, NULL, &id))
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (item->node),
                                     _("application/@competition: this database has no competition numbered "
                                       "'%s'; import the competitions first"),
                                     item->competition_number);
      return FALSE;
    }
  item->competition_id = *(gint64 *) id;
  if (item->vacancy_code == NULL)
    return TRUE;

  key = vacancy_key (item->competition_id, item->vacancy_code);
  if (!g_hash_table_lookup_extended (data->codes, key, NULL, &id))
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (item->node),
                                     _("application/@vacancy: the competition '%s' has no vacancy numbered '%s'"),
                                     item->competition_number, item->vacancy_code);
      return FALSE;
    }
  item->vacancy_id = *(gint64 *) id;
  return TRUE;
}

static gboolean
check_application (KonkursImportContext *ctx,
                   CandidatesData       *data,
                   ApplicationItem      *item,
                   GError              **error)
{
  gpointer owner;

  if (ctx->version > 1)
    return resolve_application (ctx, data, item, error);

  if (!g_hash_table_contains (data->competitions, &item->competition_id))
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (item->node),
                                     _("application/@competition: this database has no competition with the "
                      "id %" PRId64 "; applications name competitions by their ids in "
                      "the database the file is imported into"),
                    item->competition_id);
      return FALSE;
    }

  if (item->vacancy_id == 0)
    return TRUE;

  owner = g_hash_table_lookup (data->vacancies, &item->vacancy_id);
  if (owner == NULL)
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (item->node),
                                     _("application/@vacancy: this database has no vacancy with the id %"
                      PRId64), item->vacancy_id);
      return FALSE;
    }
  if (*(gint64 *) owner != item->competition_id)
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (item->node),
                                     _("application/@vacancy: the vacancy %" PRId64 " belongs to the "
                      "competition %" PRId64 ", not to %" PRId64),
                    item->vacancy_id, *(gint64 *) owner, item->competition_id);
      return FALSE;
    }

  return TRUE;
}

static gboolean
insert_applications (KonkursImportContext *ctx,
                     CandidatesData       *data,
                     gint64                candidate_id,
                     GArray               *applications,
                     GError              **error)
{
  for (guint i = 0; i < applications->len; i++)
    {
      ApplicationItem *item = &g_array_index (applications, ApplicationItem, i);
      GError *local_error = NULL;

      if (!check_application (ctx, data, item, error))
        return FALSE;

      if (item->restored != NULL)
        {
          KonkursApplicationRecord *record = item->restored;

          record->sector = g_strdup (item->sector);
          record->received_on = konkurs_exchange_read_attr (item->node, "received-on");
          if (konkurs_store_restore_application (ctx->store, candidate_id, item->competition_id,
                                                 item->vacancy_id, record, &local_error))
            continue;
          konkurs_exchange_propagate_store_error (ctx, item->node, local_error, error);
          return FALSE;
        }

      if (konkurs_store_add_application (ctx->store, candidate_id, item->competition_id,
                                         item->vacancy_id, item->sector, &item->received_on,
                                         &local_error) == 0)
        {
          konkurs_exchange_propagate_store_error (ctx, item->node, local_error, error);
          return FALSE;
        }
    }

  ctx->summary.applications += applications->len;
  return TRUE;
}

static gboolean
store_candidate (KonkursImportContext *ctx,
                 gpointer              records,
                 xmlNode              *node,
                 gpointer              item,
                 GError              **error)
{
  CandidatesData *data = records;
  CandidateRecord *record = item;
  GError *local_error = NULL;

  /* Once the transaction is open (store_candidate() is called inside it):
   * row by row the index would cost half the import. */
  if (!data->index_deferred)
    {
      if (!konkurs_store_defer_candidate_index (ctx->store, &local_error))
        {
          konkurs_exchange_propagate_store_error (ctx, node, local_error, error);
          return FALSE;
        }
      data->index_deferred = TRUE;
    }

  if (!konkurs_store_save_candidate (ctx->store, record->candidate, &local_error))
    {
      if (g_error_matches (local_error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DUPLICATE)
          && name_seen (ctx, data, node, record->candidate, error))
        g_clear_error (&local_error);
      else
        store_refused (ctx, node, local_error, error);
      return FALSE;
    }
  ctx->summary.candidates++;
  note_line (data, konkurs_candidate_get_id (record->candidate), node_line (node));

  return insert_applications (ctx, data, konkurs_candidate_get_id (record->candidate),
                              record->applications, error);
}

/* The search index finds every candidate written, once the import is
 * committed. */
static gboolean
finish_candidates (KonkursImportContext *ctx,
                   gpointer              records,
                   GError              **error)
{
  CandidatesData *data = records;

  return !data->index_deferred || konkurs_store_index_deferred_candidates (ctx->store, error);
}

/* ------------------------------------------------------------------------ */
/* The import                                                                */

static gboolean
load_targets (KonkursImportContext *ctx,
              CandidatesData       *data,
              GError              **error)
{
  g_autoptr(GPtrArray) competitions = konkurs_store_list_competitions (ctx->store, error);
  g_autoptr(GPtrArray) vacancies = NULL;

  if (competitions == NULL)
    return FALSE;
  vacancies = konkurs_store_list_vacancies (ctx->store, 0, error);
  if (vacancies == NULL)
    return FALSE;

  for (guint i = 0; i < competitions->len; i++)
    {
      KonkursCompetition *competition = g_ptr_array_index (competitions, i);
      gint64 id = konkurs_competition_get_id (competition);

      g_hash_table_add (data->competitions, g_memdup2 (&id, sizeof id));
      g_hash_table_insert (data->numbers, g_strdup (konkurs_competition_get_number (competition)),
                           g_memdup2 (&id, sizeof id));
    }

  for (guint i = 0; i < vacancies->len; i++)
    {
      KonkursVacancy *vacancy = g_ptr_array_index (vacancies, i);
      gint64 id = konkurs_vacancy_get_id (vacancy);
      gint64 competition_id = konkurs_vacancy_get_competition_id (vacancy);

      g_hash_table_insert (data->vacancies, g_memdup2 (&id, sizeof id),
                           g_memdup2 (&competition_id, sizeof competition_id));
      g_hash_table_insert (data->codes, vacancy_key (competition_id, konkurs_vacancy_get_code (vacancy)),
                           g_memdup2 (&id, sizeof id));
    }

  return TRUE;
}

/* Before the first candidate: the competitions and vacancies of the
 * database. */
static gpointer
begin_candidates (KonkursImportContext *ctx,
                  GError              **error)
{
  CandidatesData *data = g_new0 (CandidatesData, 1);

  data->lines = g_array_new (FALSE, TRUE, sizeof (guint32));
  data->competitions = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  data->vacancies = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  data->numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  data->codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  if (!load_targets (ctx, data, error))
    {
      candidates_data_free (data);
      return NULL;
    }

  return data;
}

const KonkursExchangeFormat konkurs_exchange_candidates_format = {
  .root = "konkurs-candidates",
  .ns = KONKURS_EXCHANGE_CANDIDATES_NS,
  .version = "4",
  .oldest_version = "1",
  .schema = "candidates",
  .attr_prefix = "@",
  .begin = begin_candidates,
  .free_records = candidates_data_free,
  .read_record = read_candidate,
  .store_record = store_candidate,
  .free_item = candidate_record_free,
  .finish = finish_candidates,
};
