/* konkurs-protocol.h — a printed document of a competition, described by
 * its parts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-catalog.h"
#include "konkurs-document-registry.h"
#include "konkurs-document.h"
#include "konkurs-document-values.h"
#include "konkurs-store.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_PROTOCOL (konkurs_protocol_get_type ())
G_DECLARE_FINAL_TYPE (KonkursProtocol, konkurs_protocol, KONKURS, PROTOCOL, GObject)

/* A KonkursProtocol builds a KonkursDocument the way every protocol and
 * list of the commission reads: the title and the competition's details,
 * then fields and paragraphs, tables split into groups (one per vacancy,
 * per sector…) with totals, the totals of the whole, and the signatures,
 * which never stand alone on a page.  The footer names the document and
 * the state body and numbers the pages "page N of M".
 *
 * The document has its own language, that of the catalogue: arguments
 * named *_msgid are English msgids marked with N_() and translated through
 * it; every other text is printed as given (data, or already translated).
 * A text of the records in both languages is printed in the document's
 * language through konkurs_protocol_pick(), never with the getters that
 * give what the window shows (check-layers.py holds the documents to it).
 *
 * A document is a file with static descriptions of its columns
 * (KonkursProtocolColumn, KonkursProtocolTable) and signatures
 * (KonkursProtocolSignature), its entry in the list of documents
 * (KonkursDocumentKind, konkurs-document-registry.h), and a build function
 * that reads the store and says, part by part:
 *
 *   g_autoptr(KonkursProtocol) protocol =
 *     konkurs_protocol_new_for_competition (store, id, catalog, &my_kind,
 *                                           KONKURS_PROTOCOL_DATES, options, error);
 *   if (!konkurs_protocol_require_decided (protocol, n_undecided, error)) return NULL;
 *   konkurs_protocol_add_header (protocol);
 *   if signed by the commission: konkurs_protocol_add_meeting (protocol, error);
 *   konkurs_protocol_add_field (protocol, N_("Stage"), stage);
 *   konkurs_protocol_begin_table (protocol, &table);
 *   for each group (konkurs_protocol_group_items()):
 *     konkurs_protocol_add_group (protocol, group->heading);
 *     for each row: konkurs_protocol_add_row (protocol, cells);
 *     konkurs_protocol_add_group_totals (protocol, counts, n_counts);
 *   konkurs_protocol_end_table (protocol);
 *   konkurs_protocol_add_totals (protocol, N_("Totals"), counts, n_counts);
 *   konkurs_protocol_add_commission_signatures (protocol);  (or add_signatures)
 *   return konkurs_protocol_finish (protocol);
 *
 * A draft (KonkursDocumentOptions.draft) carries "ЖОБА" / "ПРОЕКТ" in its
 * title, its footer and across every page; the document's text must then
 * never say the commission decided (konkurs_protocol_is_draft()). */

/* Which dates the header gives after the procedure. */
typedef enum {
  KONKURS_PROTOCOL_DATES_NONE,
  /* the announcement date and the document deadline; a calendar that
   * cannot count the deadline fails the build */
  KONKURS_PROTOCOL_DATES,
  /* the same, with a dash for a deadline the calendar cannot count */
  KONKURS_PROTOCOL_DATES_IF_KNOWN,
} KonkursProtocolDates;

typedef struct {
  const char           *title_msgid;        /* the header cell */
  double                width;              /* relative to the other columns' */
  KonkursDocumentAlign  align;              /* of the cells; headers are centred */
  const char           *second_line_msgid;  /* under the title, or NULL */
} KonkursProtocolColumn;

typedef struct {
  const KonkursProtocolColumn *columns;
  guint                        n_columns;
  /* printed instead when the table has no row in any group; NULL for
   * nothing */
  const char                  *empty_msgid;
  /* printed under the heading of a group without rows; NULL leaves such a
   * group out, heading and all */
  const char                  *empty_group_msgid;
} KonkursProtocolTable;

/* "label: count"; the label is printed as given. */
typedef struct {
  const char *label;
  guint       count;
} KonkursProtocolCount;

typedef struct {
  const char *role_msgid;  /* NULL: one more line for the role above */
  const char *name;        /* NULL: left blank, to be written by hand */
} KonkursProtocolSignature;

/* A protocol without a competition (the header is its title alone); the
 * footer is the title and, when not NULL, " — @footer_detail". */
KonkursProtocol    *konkurs_protocol_new                 (KonkursCatalog              *catalog,
                                                          const char                  *title_msgid,
                                                          const char                  *footer_detail);
/* A document of @kind of competition @competition_id, which it reads from
 * @store, as @options (NULL: final, without an issue) say; the footer and
 * the PDF's author name its state body, the organisation's
 * (Preferences) when the competition has none.  Fails as the store does
 * (e.g. KONKURS_STORE_ERROR_NOT_FOUND). */
KonkursProtocol    *konkurs_protocol_new_for_competition (KonkursStore                *store,
                                                          gint64                       competition_id,
                                                          KonkursCatalog              *catalog,
                                                          const KonkursDocumentKind   *kind,
                                                          KonkursProtocolDates         dates,
                                                          const KonkursDocumentOptions *options,
                                                          GError                     **error);

KonkursCatalog     *konkurs_protocol_get_catalog         (KonkursProtocol             *self);
/* The store of a protocol of a competition, else NULL. */
KonkursStore       *konkurs_protocol_get_store           (KonkursProtocol             *self);
gboolean            konkurs_protocol_is_draft            (KonkursProtocol             *self);
/* The number, date, place and commission of a final protocol signed by
 * the commission, else NULL. */
const KonkursIssue *konkurs_protocol_get_issue           (KonkursProtocol             *self);
/* The state body the document names (the competition's, else the
 * organisation's). */
const char         *konkurs_protocol_get_state_body      (KonkursProtocol             *self);
/* The commission a draft names and its signature lines list (of
 * KonkursCommissionMember, kept): a meeting's commission (issue 11); NULL
 * (the default) the organisation's.  A final protocol names its issue's. */
void                konkurs_protocol_set_commission      (KonkursProtocol             *self,
                                                          GPtrArray                   *members);
/* That commission (a new reference); FALSE as the store fails. */
GPtrArray          *konkurs_protocol_list_commission     (KonkursProtocol             *self,
                                                          GError                     **error);
/* TRUE for a draft or when @n_undecided is 0; otherwise FALSE with
 * KONKURS_DOCUMENT_ERROR_UNDECIDED saying how many rows are not decided. */
gboolean            konkurs_protocol_require_decided     (KonkursProtocol             *self,
                                                          guint                        n_undecided,
                                                          GError                     **error);
/* The competition (with its document deadline when the header has
 * dates), or NULL. */
KonkursCompetition *konkurs_protocol_get_competition     (KonkursProtocol             *self);
/* The rule set the competition is bound to, or NULL. */
KonkursRuleSet     *konkurs_protocol_get_rule_set        (KonkursProtocol             *self);
/* The value of @text the document prints, in its language or else the
 * other, noting the fallback on the document (konkurs_document_pick()). */
const char         *konkurs_protocol_pick                (KonkursProtocol             *self,
                                                          const KonkursLocalText      *text,
                                                          KonkursDocumentField         field,
                                                          const char                  *subject);

/* The title of @vacancy the document prints, noting a fallback for the
 * vacancy named so. */
const char         *konkurs_protocol_pick_position_title (KonkursProtocol             *self,
                                                          KonkursVacancy              *vacancy);
/* The name of the priority sector whose code is @code, among those of the
 * rule set, in the document's language; @code itself when the rule set
 * does not know it. */
const char         *konkurs_protocol_pick_sector         (KonkursProtocol             *self,
                                                          const char                  *code);

/* The title (with the number of a final protocol, and "— DRAFT" on a
 * draft), the competition's own title, its state body and procedure (in
 * the official wording of its rule set), and the dates asked for. */
void                konkurs_protocol_add_header          (KonkursProtocol             *self);
void                konkurs_protocol_add_heading         (KonkursProtocol             *self,
                                                          const char                  *msgid);
void                konkurs_protocol_add_paragraph       (KonkursProtocol             *self,
                                                          const char                  *msgid);
/* A paragraph printed as given (data, or text already translated). */
void                konkurs_protocol_add_text            (KonkursProtocol             *self,
                                                          const char                  *text);
/* "label: value" with the label in bold. */
void                konkurs_protocol_add_field           (KonkursProtocol             *self,
                                                          const char                  *label_msgid,
                                                          const char                  *value);

/* @text, printed as given in large type on a line of its own: a code the
 * reader copies by hand. */
void                konkurs_protocol_add_large_text      (KonkursProtocol             *self,
                                                          const char                  *text);

/* A table of @table's columns, whose header row is repeated on every page.
 * Rows added before any group form one table; each group is a heading and
 * a table of its own.  @table and its columns (static descriptions, as a
 * rule) are read until konkurs_protocol_end_table(). */
void                konkurs_protocol_begin_table         (KonkursProtocol             *self,
                                                          const KonkursProtocolTable  *table);
void                konkurs_protocol_add_group           (KonkursProtocol             *self,
                                                          const char                  *heading);
/* @cells: one text per column (NULL prints empty). */
void                konkurs_protocol_add_row             (KonkursProtocol             *self,
                                                          const char * const          *cells);
/* Closes the group's rows with one line "label: count; label: count"; a
 * group without rows has its empty text instead, and no totals. */
void                konkurs_protocol_add_group_totals    (KonkursProtocol             *self,
                                                          const KonkursProtocolCount  *counts,
                                                          guint                        n_counts);
void                konkurs_protocol_end_table           (KonkursProtocol             *self);

/* A heading, then one field per count, kept together. */
void                konkurs_protocol_add_totals          (KonkursProtocol             *self,
                                                          const char                  *heading_msgid,
                                                          const KonkursProtocolCount  *counts,
                                                          guint                        n_counts);
/* Signature lines, kept on one page with each other and with what
 * precedes them (the last lines, or the last row of a table). */
void                konkurs_protocol_add_signatures      (KonkursProtocol             *self,
                                                          const KonkursProtocolSignature *signatures,
                                                          guint                        n_signatures);

/* konkurs-protocol-meeting.c: for a protocol signed by the commission,
 * the place and date, the members present and absent with their roles
 * and positions, and the quorum; on a draft the place, a blank date and the
 * commission's composition.  A final protocol fails with
 * KONKURS_DOCUMENT_ERROR_NO_ISSUE without an issue and with
 * KONKURS_DOCUMENT_ERROR_NO_QUORUM without a quorum. */
gboolean            konkurs_protocol_add_meeting         (KonkursProtocol             *self,
                                                          GError                     **error);
/* konkurs-protocol-meeting.c: the date, then a signature line for each
 * member present (of a draft: of the whole default commission), chair
 * first and secretary last, with role, position and name; blank lines
 * for the chair, three members and the secretary when no commission is
 * set.  Kept on one page with what precedes them. */
gboolean            konkurs_protocol_add_commission_signatures (KonkursProtocol       *self,
                                                          GError                     **error);
/* A line pair (konkurs_document_add_line_pair()) and a signature line,
 * their texts printed as given. */
void                konkurs_protocol_add_line_pair       (KonkursProtocol             *self,
                                                          const char                  *left,
                                                          const char                  *right);
void                konkurs_protocol_add_signature_line  (KonkursProtocol             *self,
                                                          const char                  *role,
                                                          const char                  *name);
/* Keeps the part added last with the next (konkurs_document_keep_with_next()). */
void                konkurs_protocol_keep_with_next      (KonkursProtocol             *self);

/* The document built; the protocol takes no more parts. */
KonkursDocument    *konkurs_protocol_finish              (KonkursProtocol             *self);

/* Helpers for the texts of a document */

/* The label of an enumeration value in the document's language; a value
 * the program does not know (a newer database) prints as a dash. */
const char *konkurs_protocol_translate_label (KonkursCatalog *catalog, const char *label);

/* @date in the document's language, a dash when unset. */
char       *konkurs_protocol_format_date     (KonkursCatalog *catalog, const GDate *date);

G_END_DECLS
