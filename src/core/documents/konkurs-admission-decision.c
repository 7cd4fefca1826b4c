/* konkurs-admission-decision.c — the decision on an application and its
 * reasons, as the admission protocol prints them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "konkurs-admission-decision.h"
#include "konkurs-protocol.h"
#include "konkurs-store-candidates.h"
#include "konkurs-text.h"

/* The document has its own language: every string is an English msgid
 * marked with N_() for xgettext and translated through the catalogue, never
 * through the process locale. */
#define T(msgid) konkurs_catalog_gettext (catalog, (msgid))

struct _KonkursAdmissionReasons {
  KonkursStore       *store;
  KonkursCatalog     *catalog;
  /* the engine's reasons, as the store may have kept them, in every
   * language a decision may have been taken in; NULL entries stand for the
   * interface language */
  KonkursCatalog     *languages[3];
};

/* The functions below were the admission protocol's, and are kept here
 * as they were written, with the names they were written with. */
typedef KonkursAdmissionDecision Decision;
typedef KonkursAdmissionReasons Builder;
#define DECISION_ADMITTED  KONKURS_ADMISSION_ADMITTED
#define DECISION_REFUSED   KONKURS_ADMISSION_REFUSED
#define DECISION_PENDING   KONKURS_ADMISSION_PENDING
#define DECISION_WITHDRAWN KONKURS_ADMISSION_WITHDRAWN
#define N_DECISIONS        KONKURS_ADMISSION_N_DECISIONS

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

/* TRUE when @reason is the engine's reasons as the store wrote them for a
 * refusal without a reason of the secretary's, in any language the
 * interface may have had that day. */
static gboolean
reason_restates_engine (Builder *builder, const char *reason, GPtrArray *failures)
{
  if (failures->len == 0)
    return FALSE;

  for (guint l = 0; l < G_N_ELEMENTS (builder->languages); l++)
    {
      gboolean all = TRUE;

      for (guint i = 0; i < failures->len && all; i++)
        {
          g_autofree char *text = konkurs_eligibility_failure_describe (g_ptr_array_index (failures, i),
                                                                        builder->languages[l]);
          all = strstr (reason, text) != NULL;
        }
      if (all)
        return TRUE;
    }

  return FALSE;
}

/* The engine's reasons in the document's language, then the secretary's
 * own reason unless it only repeats them. */
static char *
refusal_reasons (Builder *builder, KonkursCandidacy *candidacy, GError **error)
{
  KonkursCatalog *catalog = builder->catalog;
  const char *reason = konkurs_candidacy_get_decision_reason (candidacy);
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  failures = konkurs_store_check_candidacy (builder->store, konkurs_candidacy_get_id (candidacy), NULL, error);
  if (failures == NULL)
    return NULL;

  for (guint i = 0; i < failures->len; i++)
    {
      g_autofree char *line = konkurs_eligibility_failure_describe (g_ptr_array_index (failures, i), catalog);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, line);
    }

  if (!konkurs_text_is_blank (reason) && !reason_restates_engine (builder, reason, failures))
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, reason);
    }

  if (text->len == 0)
    g_string_append (text, "—");

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
reasons_of (Builder *builder, KonkursCandidacy *candidacy, Decision decision, GError **error)
{
  const char *reason = konkurs_candidacy_get_decision_reason (candidacy);

  if (decision == DECISION_REFUSED)
    return refusal_reasons (builder, candidacy, error);

  /* an admission against the engine's verdict carries the secretary's
   * reason; one that agrees needs none */
  return g_strdup (konkurs_text_is_blank (reason) ? "—" : reason);
}

/* The engine's reasons may have been stored in the interface language of
 * the day, or in either document language. */
static void
load_languages (Builder *builder)
{
  static const KonkursDocLanguage languages[] = { KONKURS_DOC_LANGUAGE_KK, KONKURS_DOC_LANGUAGE_RU };

  builder->languages[0] = NULL;
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autoptr(GError) error = NULL;

      builder->languages[i + 1] = konkurs_catalog_new (languages[i], &error);
      if (builder->languages[i + 1] == NULL)
        g_debug ("Cannot read the %s catalogue to recognise stored reasons: %s",
                 konkurs_doc_language_to_code (languages[i]), error->message);
    }
}

KonkursAdmissionReasons *
konkurs_admission_reasons_new (KonkursStore   *store,
                               KonkursCatalog *catalog)
{
  Builder *builder = g_new0 (Builder, 1);

  builder->store = store;
  builder->catalog = catalog;
  load_languages (builder);

  return builder;
}

void
konkurs_admission_reasons_free (KonkursAdmissionReasons *reasons)
{
  for (guint i = 0; i < G_N_ELEMENTS (reasons->languages); i++)
    g_clear_object (&reasons->languages[i]);
  g_free (reasons);
}

KonkursAdmissionDecision
konkurs_admission_decision_of (KonkursCandidacy *candidacy)
{
  return decision_of (candidacy);
}

const char *
konkurs_admission_decision_label (KonkursCatalog          *catalog,
                                  KonkursAdmissionDecision decision)
{
  return decision_label (catalog, decision);
}

char *
konkurs_admission_reasons_of (KonkursAdmissionReasons *reasons,
                              KonkursCandidacy        *candidacy,
                              KonkursAdmissionDecision decision,
                              GError                 **error)
{
  return reasons_of (reasons, candidacy, decision, error);
}
