/* konkurs-protocol.c — a printed document of a competition, described by
 * its parts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-document-values.h"
#include "konkurs-protocol.h"
#include "konkurs-store-chain.h"
#include "konkurs-store-organisation.h"
#include "konkurs-text.h"

/* The document has its own language: every string is an English msgid
 * marked with N_() for xgettext and translated through the catalogue, never
 * through the process locale. */
#define T(msgid) konkurs_catalog_gettext (self->catalog, (msgid))

struct _KonkursProtocol
{
  GObject               parent_instance;

  KonkursCatalog       *catalog;
  KonkursDocument      *document;
  const char           *title_msgid;
  KonkursStore         *store;         /* NULL for a protocol of no competition */
  KonkursCompetition   *competition;   /* NULL for a protocol of no competition */
  KonkursRuleSet       *rule_set;      /* the competition's */
  char                 *state_body;    /* the competition's, else the organisation's */
  KonkursProtocolDates  dates;
  gboolean              draft;
  KonkursIssue         *issue;         /* of a final protocol signed by the commission */
  GPtrArray            *commission;    /* the commission a draft names; NULL: the organisation's */
  gboolean              finished;
  char                 *footer;        /* without the line of the record */
  GChecksum            *rows;          /* of the data rows so far */

  /* the table being built */
  gboolean              in_table;
  KonkursProtocolTable  table;         /* its columns are the caller's */
  gboolean              printed;       /* a row or a group of it */
  gboolean              rows_open;     /* the document's table takes rows */
  char                 *group;         /* the heading of the open group */
  guint                 group_rows;
};

G_DEFINE_FINAL_TYPE (KonkursProtocol, konkurs_protocol, G_TYPE_OBJECT)

static void
konkurs_protocol_finalize (GObject *object)
{
  KonkursProtocol *self = KONKURS_PROTOCOL (object);

  g_clear_object (&self->catalog);
  g_clear_object (&self->document);
  g_clear_object (&self->store);
  g_clear_object (&self->competition);
  g_clear_object (&self->rule_set);
  g_free (self->state_body);
  g_clear_pointer (&self->issue, konkurs_issue_free);
  g_clear_pointer (&self->commission, g_ptr_array_unref);
  g_free (self->group);
  g_free (self->footer);
  g_checksum_free (self->rows);

  G_OBJECT_CLASS (konkurs_protocol_parent_class)->finalize (object);
}

static void
konkurs_protocol_class_init (KonkursProtocolClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = konkurs_protocol_finalize;
}

static void
konkurs_protocol_init (KonkursProtocol *self)
{
  self->document = konkurs_document_new ();
  self->rows = g_checksum_new (G_CHECKSUM_SHA256);
}

/* The footer's text; konkurs_protocol_finish() adds the record's line. */
static void
put_footer (KonkursProtocol *self,
            char            *footer)
{
  g_free (self->footer);
  self->footer = footer;
  konkurs_document_set_footer (self->document, footer, T (N_("Page %u of %u")));
}

static void
set_footer (KonkursProtocol *self,
            const char      *footer_detail)
{
  g_autofree char *footer = NULL;

  footer = footer_detail != NULL ? g_strconcat (T (self->title_msgid), " — ", footer_detail, NULL)
                                 : g_strdup (T (self->title_msgid));
  put_footer (self, g_steal_pointer (&footer));
}

static KonkursProtocol *
protocol_new (KonkursCatalog *catalog,
              const char     *title_msgid)
{
  KonkursProtocol *self = g_object_new (KONKURS_TYPE_PROTOCOL, NULL);

  self->catalog = g_object_ref (catalog);
  self->title_msgid = title_msgid;
  return self;
}

KonkursProtocol *
konkurs_protocol_new (KonkursCatalog *catalog,
                      const char     *title_msgid,
                      const char     *footer_detail)
{
  KonkursProtocol *self;

  g_return_val_if_fail (KONKURS_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (title_msgid != NULL, NULL);

  self = protocol_new (catalog, title_msgid);
  set_footer (self, footer_detail);
  return self;
}

/* The document deadline as the store computes it: lists carry it, a single
 * competition may not.  Replaces *@competition with a copy that has it.  A
 * calendar that lacks the year leaves it unset when @dates allow a dash. */
static gboolean
ensure_deadline (KonkursStore         *store,
                 KonkursCompetition  **competition,
                 KonkursProtocolDates  dates,
                 GError              **error)
{
  g_autoptr(GError) local_error = NULL;
  KonkursCompetition *copy;

  if (dates == KONKURS_PROTOCOL_DATES_NONE || konkurs_competition_get_document_deadline (*competition) != NULL)
    return TRUE;

  copy = konkurs_competition_copy (*competition);
  g_object_unref (*competition);
  *competition = copy;

  if (konkurs_store_compute_deadline (store, copy, &local_error)
      || (dates == KONKURS_PROTOCOL_DATES_IF_KNOWN
          && g_error_matches (local_error, KONKURS_CALENDAR_ERROR, KONKURS_CALENDAR_ERROR_NO_DATA)))
    return TRUE;

  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/* The competition's state body in the document's language, else in its
 * other language, else the organisation's (Preferences); what was printed
 * in the other language is noted. */
static char *
choose_state_body (KonkursProtocol  *self,
                   GError          **error)
{
  const KonkursLocalText *own = konkurs_competition_get_state_body_text (self->competition);
  g_autoptr(KonkursOrganisation) organisation = NULL;

  if (!konkurs_local_text_is_blank (own))
    return g_strdup (konkurs_protocol_pick (self, own, KONKURS_DOCUMENT_FIELD_STATE_BODY, NULL));
  organisation = konkurs_store_get_organisation (self->store, error);
  if (organisation == NULL)
    return NULL;
  return g_strdup (konkurs_protocol_pick (self, organisation->state_body, KONKURS_DOCUMENT_FIELD_STATE_BODY, NULL));
}

/* "ЖОБА — Хаттама… — state body" in the footer, the mark across the
 * pages, and what the PDF says of itself. */
static void
describe_document (KonkursProtocol *self)
{
  const char *title = konkurs_protocol_pick (self, konkurs_competition_get_title_text (self->competition),
                                             KONKURS_DOCUMENT_FIELD_COMPETITION_TITLE, NULL);
  g_autofree char *footer = NULL;

  footer = g_strjoin (" — ", T (self->title_msgid), self->state_body, NULL);
  if (self->draft)
    {
      g_autofree char *plain = g_steal_pointer (&footer);

      footer = g_strjoin (" — ", T (N_("DRAFT")), plain, NULL);
      konkurs_document_set_watermark (self->document, T (N_("DRAFT")));
    }
  put_footer (self, g_steal_pointer (&footer));
  konkurs_document_set_metadata (self->document, self->state_body,
                                 !konkurs_text_is_blank (title) ? title : T (self->title_msgid),
                                 konkurs_doc_language_to_code (konkurs_catalog_get_language (self->catalog)));
}

KonkursProtocol *
konkurs_protocol_new_for_competition (KonkursStore                  *store,
                                      gint64                         competition_id,
                                      KonkursCatalog                *catalog,
                                      const KonkursDocumentKind     *kind,
                                      KonkursProtocolDates           dates,
                                      const KonkursDocumentOptions  *options,
                                      GError                       **error)
{
  g_autoptr(KonkursCompetition) competition = NULL;
  g_autoptr(KonkursRuleSet) rule_set = NULL;
  g_autoptr(KonkursProtocol) self = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (store), NULL);
  g_return_val_if_fail (KONKURS_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (kind != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  competition = konkurs_store_get_competition (store, competition_id, error);
  if (competition == NULL || !ensure_deadline (store, &competition, dates, error))
    return NULL;
  rule_set = konkurs_store_get_rule_set (store, konkurs_competition_get_rule_set_id (competition), error);
  if (rule_set == NULL)
    return NULL;

  self = protocol_new (catalog, kind->title_msgid);
  self->store = g_object_ref (store);
  self->competition = g_steal_pointer (&competition);
  self->rule_set = g_steal_pointer (&rule_set);
  self->dates = dates;
  self->draft = options != NULL && options->draft;
  if (!self->draft && options != NULL && options->issue != NULL && kind->signed_by_commission)
    self->issue = konkurs_issue_copy (options->issue);
  self->state_body = choose_state_body (self, error);
  if (self->state_body == NULL)
    return NULL;
  describe_document (self);

  return g_steal_pointer (&self);
}

KonkursCatalog *
konkurs_protocol_get_catalog (KonkursProtocol *self)
{
  g_return_val_if_fail (KONKURS_IS_PROTOCOL (self), NULL);

  return self->catalog;
}

KonkursStore *
konkurs_protocol_get_store (KonkursProtocol *self)
{
  g_return_val_if_fail (KONKURS_IS_PROTOCOL (self), NULL);
  return self->store;
}

gboolean
konkurs_protocol_is_draft (KonkursProtocol *self)
{
  g_return_val_if_fail (KONKURS_IS_PROTOCOL (self), FALSE);
  return self->draft;
}

const KonkursIssue *
konkurs_protocol_get_issue (KonkursProtocol *self)
{
  g_return_val_if_fail (KONKURS_IS_PROTOCOL (self), NULL);
  return self->issue;
}

const char *
konkurs_protocol_get_state_body (KonkursProtocol *self)
{
  g_return_val_if_fail (KONKURS_IS_PROTOCOL (self), NULL);
  return self->state_body;
}

void
konkurs_protocol_set_commission (KonkursProtocol *self,
                                 GPtrArray       *members)
{
  g_return_if_fail (KONKURS_IS_PROTOCOL (self));

  g_clear_pointer (&self->commission, g_ptr_array_unref);
  self->commission = members != NULL ? g_ptr_array_ref (members) : NULL;
}

GPtrArray *
konkurs_protocol_list_commission (KonkursProtocol  *self,
                                  GError          **error)
{
  g_return_val_if_fail (KONKURS_IS_PROTOCOL (self), NULL);

  if (self->commission != NULL)
    return g_ptr_array_ref (self->commission);
  return konkurs_store_list_commission (self->store, error);
}

gboolean
konkurs_protocol_require_decided (KonkursProtocol  *self,
                                  guint             n_undecided,
                                  GError          **error)
{
  g_return_val_if_fail (KONKURS_IS_PROTOCOL (self), FALSE);

  if (self->draft || n_undecided == 0)
    return TRUE;
  g_set_error (error, KONKURS_DOCUMENT_ERROR, KONKURS_DOCUMENT_ERROR_UNDECIDED,
               g_dngettext (GETTEXT_PACKAGE,
                            "%u application is not decided yet: the document can only be printed as a draft.",
                            "%u applications are not decided yet: the document can only be printed as a draft.",
                            n_undecided),
               n_undecided);
  return FALSE;
}

void
konkurs_protocol_add_line_pair (KonkursProtocol *self,
                                const char      *left,
                                const char      *right)
{
  g_return_if_fail (KONKURS_IS_PROTOCOL (self));
  konkurs_document_add_line_pair (self->document, left, right);
}

void
konkurs_protocol_add_signature_line (KonkursProtocol *self,
                                     const char      *role,
                                     const char      *name)
{
  g_return_if_fail (KONKURS_IS_PROTOCOL (self));
  konkurs_document_add_signature (self->document, role, name);
}

void
konkurs_protocol_keep_with_next (KonkursProtocol *self)
{
  g_return_if_fail (KONKURS_IS_PROTOCOL (self));
  konkurs_document_keep_with_next (self->document);
}

KonkursCompetition *
konkurs_protocol_get_competition (KonkursProtocol *self)
{
  g_return_val_if_fail (KONKURS_IS_PROTOCOL (self), NULL);

  return self->competition;
}

KonkursRuleSet *
konkurs_protocol_get_rule_set (KonkursProtocol *self)
{
  g_return_val_if_fail (KONKURS_IS_PROTOCOL (self), NULL);

  return self->rule_set;
}

const char *
konkurs_protocol_pick (KonkursProtocol        *self,
                       const KonkursLocalText *text,
                       KonkursDocumentField    field,
                       const char             *subject)
{
  g_return_val_if_fail (KONKURS_IS_PROTOCOL (self), "");

  return konkurs_document_pick (self->document, konkurs_catalog_get_language (self->catalog),
                                text, field, subject);
}

const char *
konkurs_protocol_pick_position_title (KonkursProtocol *self,
                                      KonkursVacancy  *vacancy)
{
  const KonkursLocalText *title = konkurs_vacancy_get_position_title_text (vacancy);

  /* named as the document names it: that is where the secretary finds it */
  return konkurs_protocol_pick (self, title, KONKURS_DOCUMENT_FIELD_POSITION_TITLE,
                                konkurs_local_text_pick (title, konkurs_catalog_get_language (self->catalog), NULL));
}

const char *
konkurs_protocol_pick_sector (KonkursProtocol *self,
                              const char      *code)
{
  const KonkursSector *sector = self->rule_set != NULL ? konkurs_rule_set_find_sector (self->rule_set, code) : NULL;

  if (sector == NULL)
    return code;
  return konkurs_protocol_pick (self, sector->name, KONKURS_DOCUMENT_FIELD_SECTOR,
                                konkurs_local_text_pick (sector->name, konkurs_catalog_get_language (self->catalog),
                                                         NULL));
}

/* The official wording of the competition's procedure, as its rule set
 * gives it, else the label of the procedure. */
static const char *
procedure_name (KonkursProtocol *self)
{
  KonkursProcedure procedure = konkurs_competition_get_procedure (self->competition);
  const KonkursLocalText *official = konkurs_rule_set_get_procedure_name (self->rule_set, procedure);

  if (!konkurs_local_text_is_blank (official))
    return konkurs_protocol_pick (self, official, KONKURS_DOCUMENT_FIELD_PROCEDURE, NULL);
  return konkurs_protocol_translate_label (self->catalog, konkurs_procedure_get_label (procedure));
}

/* Text */

void
konkurs_protocol_add_header (KonkursProtocol *self)
{
  KonkursCompetition *competition = self->competition;
  const char *title;

  g_autofree char *heading = NULL;

  g_return_if_fail (KONKURS_IS_PROTOCOL (self));

  /* "Хаттама № 12"; a draft has no number yet, and says what it is */
  if (self->issue != NULL)
    heading = g_strconcat (T (self->title_msgid), " ", T (N_("No.")), " ", self->issue->number, NULL);
  else if (self->draft)
    heading = g_strconcat (T (self->title_msgid), " — ", T (N_("DRAFT")), NULL);
  else
    heading = g_strdup (T (self->title_msgid));
  konkurs_document_add_title (self->document, heading);
  if (competition == NULL)
    return;

  title = konkurs_protocol_pick (self, konkurs_competition_get_title_text (competition),
                                 KONKURS_DOCUMENT_FIELD_COMPETITION_TITLE, NULL);
  if (*title != '\0')
    konkurs_document_add_heading (self->document, title);
  konkurs_protocol_add_field (self, N_("State body"), self->state_body);
  konkurs_protocol_add_field (self, N_("Procedure"), procedure_name (self));
  if (self->dates != KONKURS_PROTOCOL_DATES_NONE)
    {
      g_autofree char *announced =
        konkurs_protocol_format_date (self->catalog, konkurs_competition_get_announcement_date (competition));
      g_autofree char *deadline =
        konkurs_protocol_format_date (self->catalog, konkurs_competition_get_document_deadline (competition));

      /* A count across a holiday not yet confirmed may still move
       * (calendar.ini, [provisional:…]). */
      if (self->store != NULL && konkurs_competition_get_announcement_date (competition) != NULL
          && konkurs_competition_get_document_deadline (competition) != NULL
          && konkurs_calendar_find_provisional (konkurs_store_get_calendar (self->store),
                                                konkurs_competition_get_announcement_date (competition),
                                                konkurs_competition_get_document_deadline (competition),
                                                NULL, NULL, NULL))
        {
          /* Translators: after a deadline in a document that may still move */
          char *marked = g_strjoin (" ", deadline, konkurs_catalog_gettext (self->catalog, N_("(provisional)")), NULL);

          g_free (deadline);
          deadline = marked;
        }
      konkurs_protocol_add_field (self, N_("Announcement date"), announced);
      konkurs_protocol_add_field (self, N_("Deadline for documents"), deadline);
    }
}

void
konkurs_protocol_add_heading (KonkursProtocol *self, const char *msgid)
{
  g_return_if_fail (KONKURS_IS_PROTOCOL (self));

  konkurs_document_add_heading (self->document, T (msgid));
}

void
konkurs_protocol_add_paragraph (KonkursProtocol *self, const char *msgid)
{
  g_return_if_fail (KONKURS_IS_PROTOCOL (self));

  konkurs_document_add_paragraph (self->document, T (msgid));
}

void
konkurs_protocol_add_text (KonkursProtocol *self, const char *text)
{
  g_return_if_fail (KONKURS_IS_PROTOCOL (self));

  konkurs_document_add_paragraph (self->document, text);
}

void
konkurs_protocol_add_field (KonkursProtocol *self, const char *label_msgid, const char *value)
{
  g_return_if_fail (KONKURS_IS_PROTOCOL (self));

  konkurs_document_add_field (self->document, T (label_msgid), value);
}

void
konkurs_protocol_add_large_text (KonkursProtocol *self, const char *text)
{
  g_return_if_fail (KONKURS_IS_PROTOCOL (self));

  konkurs_document_add_large_text (self->document, text);
}

/* Tables */

void
konkurs_protocol_begin_table (KonkursProtocol *self, const KonkursProtocolTable *table)
{
  g_return_if_fail (KONKURS_IS_PROTOCOL (self));
  g_return_if_fail (!self->in_table && !self->finished);
  g_return_if_fail (table != NULL && table->n_columns > 0);

  self->in_table = TRUE;
  self->table = *table;
  self->printed = FALSE;
}

/* The document's table, with the translated header, opened at the first
 * row of the table or of a group. */
static void
open_rows (KonkursProtocol *self)
{
  const KonkursProtocolTable *table = &self->table;
  g_auto(GStrv) headers = g_new0 (char *, table->n_columns + 1);
  g_autofree double *widths = g_new (double, table->n_columns);

  for (guint i = 0; i < table->n_columns; i++)
    {
      const KonkursProtocolColumn *column = &table->columns[i];

      headers[i] = column->second_line_msgid != NULL
                 ? g_strconcat (T (column->title_msgid), "\n", T (column->second_line_msgid), NULL)
                 : g_strdup (T (column->title_msgid));
      widths[i] = table->columns[i].width;
    }
  konkurs_document_begin_table (self->document, table->n_columns, (const char * const *) headers, widths);
  for (guint i = 0; i < table->n_columns; i++)
    konkurs_document_set_column_align (self->document, i, table->columns[i].align);
  self->rows_open = TRUE;
}

static void
close_rows (KonkursProtocol *self)
{
  if (self->rows_open)
    konkurs_document_end_table (self->document);
  self->rows_open = FALSE;
}

/* A group's heading is printed with its first row, so that a group left
 * out leaves nothing. */
static void
close_group (KonkursProtocol *self)
{
  if (self->group == NULL)
    return;

  if (self->group_rows == 0 && self->table.empty_group_msgid != NULL)
    {
      konkurs_document_add_heading (self->document, self->group);
      konkurs_protocol_add_paragraph (self, self->table.empty_group_msgid);
      self->printed = TRUE;
    }
  close_rows (self);
  g_clear_pointer (&self->group, g_free);
}

void
konkurs_protocol_add_group (KonkursProtocol *self, const char *heading)
{
  g_return_if_fail (KONKURS_IS_PROTOCOL (self));
  g_return_if_fail (self->in_table);

  close_group (self);
  self->group = g_strdup (heading != NULL ? heading : "");
  self->group_rows = 0;
}

void
konkurs_protocol_add_row (KonkursProtocol *self, const char * const *cells)
{
  g_return_if_fail (KONKURS_IS_PROTOCOL (self));
  g_return_if_fail (self->in_table);
  g_return_if_fail (cells != NULL);

  if (self->group != NULL && self->group_rows == 0)
    konkurs_document_add_heading (self->document, self->group);
  if (!self->rows_open)
    open_rows (self);
  konkurs_document_add_row (self->document, cells);
  for (guint i = 0; i < self->table.n_columns; i++)
    konkurs_chain_add_field (self->rows, cells[i] != NULL ? cells[i] : "");
  g_checksum_update (self->rows, (const guchar *) "\n", 1);
  self->group_rows++;
  self->printed = TRUE;
}

/* "Admitted: 3; Refused: 2", built without a translated printf format so
 * that a translation cannot break it. */
static char *
counts_text (const KonkursProtocolCount *counts, guint n_counts)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < n_counts; i++)
    g_string_append_printf (text, "%s%s: %u", i > 0 ? "; " : "", counts[i].label, counts[i].count);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

void
konkurs_protocol_add_group_totals (KonkursProtocol            *self,
                                   const KonkursProtocolCount *counts,
                                   guint                       n_counts)
{
  g_autofree char *text = NULL;
  gboolean empty;

  g_return_if_fail (KONKURS_IS_PROTOCOL (self));
  g_return_if_fail (self->group != NULL);

  empty = self->group_rows == 0;
  close_group (self);
  if (empty)
    return;

  text = counts_text (counts, n_counts);
  konkurs_document_add_paragraph (self->document, text);
}

void
konkurs_protocol_end_table (KonkursProtocol *self)
{
  g_return_if_fail (KONKURS_IS_PROTOCOL (self));
  g_return_if_fail (self->in_table);

  close_group (self);
  close_rows (self);
  if (!self->printed && self->table.empty_msgid != NULL)
    konkurs_protocol_add_paragraph (self, self->table.empty_msgid);
  self->in_table = FALSE;
}

/* Totals and signatures */

void
konkurs_protocol_add_totals (KonkursProtocol            *self,
                             const char                 *heading_msgid,
                             const KonkursProtocolCount *counts,
                             guint                       n_counts)
{
  g_return_if_fail (KONKURS_IS_PROTOCOL (self));

  konkurs_protocol_add_heading (self, heading_msgid);
  for (guint i = 0; i < n_counts; i++)
    {
      g_autofree char *count = g_strdup_printf ("%u", counts[i].count);

      konkurs_document_keep_with_next (self->document);
      konkurs_document_add_field (self->document, counts[i].label, count);
    }
}

void
konkurs_protocol_add_signatures (KonkursProtocol                *self,
                                 const KonkursProtocolSignature *signatures,
                                 guint                           n_signatures)
{
  g_return_if_fail (KONKURS_IS_PROTOCOL (self));

  /* signatures alone on a page could be signed under another text */
  konkurs_document_keep_with_next (self->document);
  for (guint i = 0; i < n_signatures; i++)
    konkurs_document_add_signature (self->document,
                                    signatures[i].role_msgid != NULL ? T (signatures[i].role_msgid) : NULL,
                                    signatures[i].name);
}

/* The line that ties the printed page to the database: the head of the
 * record now, the time, and the SHA-256 of the data rows (every cell of
 * every row of the tables, as printed, in order: README.md, "The record").
 * Without the record's head (a read failed) the line says so rather than
 * fail the document. */
static void
add_record_line (KonkursProtocol *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *head = konkurs_store_dup_record_head (self->store, NULL, &error);
  g_autofree char *spoken = head != NULL ? konkurs_chain_format_head (head) : g_strdup ("—");
  g_autofree char *time = g_date_time_format (now, "%Y-%m-%d %H:%M %:z");
  const char *rows = g_checksum_get_string (self->rows);
  g_autofree char *footer = NULL;

  if (head == NULL)
    g_warning ("The head of the record is not known: %s", error->message);
  footer = g_strdup_printf ("%s\n%s %s · %s %s · %s %s", self->footer != NULL ? self->footer : "",
                            T (N_("Record head")), spoken, T (N_("printed")), time,
                            T (N_("SHA-256 of the data rows")), rows);
  konkurs_document_set_footer (self->document, footer, T (N_("Page %u of %u")));
  konkurs_document_set_integrity (self->document, head, rows);
}

KonkursDocument *
konkurs_protocol_finish (KonkursProtocol *self)
{
  g_return_val_if_fail (KONKURS_IS_PROTOCOL (self), NULL);
  g_return_val_if_fail (!self->finished, NULL);

  if (self->in_table)
    konkurs_protocol_end_table (self);
  self->finished = TRUE;
  if (self->store != NULL)
    add_record_line (self);

  return g_object_ref (self->document);
}

/* Helpers */

const char *
konkurs_protocol_translate_label (KonkursCatalog *catalog,
                                  const char     *label)
{
  return label != NULL ? konkurs_catalog_gettext (catalog, label) : "—";
}

char *
konkurs_protocol_format_date (KonkursCatalog *catalog,
                              const GDate    *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("—");

  return konkurs_catalog_format_date (catalog, date);
}
