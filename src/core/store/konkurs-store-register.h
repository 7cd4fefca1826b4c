/* konkurs-store-register.h — the register of issued documents: what a
 * final protocol was issued with, so that a reprint says the same
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-commission.h"
#include "konkurs-store.h"

G_BEGIN_DECLS

#define KONKURS_STORE_TABLE_ISSUED_DOCUMENTS "issued_documents"

/* One issue of a final protocol: its number, date and place, the
 * commission and who of it was present (as they were then), and of the
 * copy issued its language, when and by whom. */
typedef struct {
  gint64              id;              /* 0 until registered */
  char               *kind;            /* the document's id in the registry: "admission" */
  gint64              competition_id;
  char               *number;          /* as the secretary writes it: "3", "12-к" */
  GDate               date;
  KonkursLocalText   *place;           /* never NULL */
  GPtrArray          *commission;      /* of KonkursCommissionMember, in order */
  GPtrArray          *present;         /* of KonkursCommissionMember: those of the commission there */
  KonkursDocLanguage  language;
  GDateTime          *issued_at;       /* UTC; NULL until registered */
  char               *issued_by;       /* the person deciding; NULL until registered */
  char               *chain_head;      /* the record's head when printed (64 hex digits); NULL: not known */
  char               *rows_sha256;     /* the SHA-256 of its data rows as its footer gives it; NULL: not known */
  gint64              meeting_id;      /* the commission's meeting it is the protocol of (issue 11); 0: none */
} KonkursIssue;

#define KONKURS_TYPE_ISSUE (konkurs_issue_get_type ())
GType         konkurs_issue_get_type (void) G_GNUC_CONST;
/* Of @kind and @competition_id, numberless, undated, without a
 * commission. */
KonkursIssue *konkurs_issue_new      (const char         *kind,
                                      gint64              competition_id);
KonkursIssue *konkurs_issue_copy     (const KonkursIssue *issue);
void          konkurs_issue_free     (KonkursIssue       *issue);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursIssue, konkurs_issue_free)

/* Records @issue, setting its id, issued_at and issued_by (the store's
 * actor), with an audit entry.  INVALID without a number or a valid
 * date. */
gboolean      konkurs_store_register_issue   (KonkursStore   *self,
                                              KonkursIssue   *issue,
                                              GError        **error);
/* The latest issue of document @kind of @competition_id, or NULL: with
 * @error unset when there is none. */
KonkursIssue *konkurs_store_find_issue       (KonkursStore   *self,
                                              const char     *kind,
                                              gint64          competition_id,
                                              GError        **error);
/* The latest issue of document @kind for meeting @meeting_id (a meeting's
 * protocol keeps its own number: a competition has several), or NULL:
 * with @error unset when there is none. */
KonkursIssue *konkurs_store_find_meeting_issue (KonkursStore   *self,
                                                const char     *kind,
                                                gint64          meeting_id,
                                                GError        **error);
/* Every issue of @competition_id (of KonkursIssue), oldest first. */
GPtrArray    *konkurs_store_list_issues      (KonkursStore   *self,
                                              gint64          competition_id,
                                              GError        **error);
/* The number a new protocol of @year would take: one more than the
 * highest number (its leading digits) registered that year, "1" for the
 * first. */
char         *konkurs_store_next_issue_number (KonkursStore  *self,
                                               int            year,
                                               GError       **error);

G_END_DECLS
