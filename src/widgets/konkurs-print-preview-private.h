/* konkurs-print-preview-private.h — what the files of the print preview
 * share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-context.h"
#include "konkurs-date-entry.h"
#include "konkurs-job.h"
#include "konkurs-print-preview.h"
#include "konkurs-store-register.h"

G_BEGIN_DECLS

struct _KonkursPrintPreview
{
  AdwWindow            parent_instance;

  /* template */
  AdwWindowTitle      *window_title;
  GtkLabel            *page_label;
  GtkLabel            *zoom_label;
  GtkButton           *print_button;
  GtkButton           *save_button;
  GtkStack            *pages_stack;
  GtkDrawingArea      *page_area;
  AdwStatusPage       *failed_page;
  GtkToggleButton     *kazakh_button;
  GtkToggleButton     *russian_button;
  AdwActionRow        *state_row;
  AdwActionRow        *draft_row;
  GtkSwitch           *draft_switch;
  AdwPreferencesGroup *protocol_group;
  AdwEntryRow         *number_row;
  KonkursDateEntry    *date_entry;
  AdwEntryRow         *place_row;
  AdwPreferencesGroup *present_group;
  AdwActionRow        *quorum_row;
  AdwActionRow        *no_commission_row;
  AdwPreferencesGroup *fallbacks_group;

  /* what is printed */
  GtkWidget           *source;         /* the view: toasts, print settings */
  KonkursStore        *store;
  KonkursPrintRequest  request;        /* store and record_name are ours */
  char                *record_name;
  char                *language;       /* "kk" or "ru" */
  GCancellable        *cancellable;    /* the view's */
  KonkursDocument     *document;       /* shown; NULL until built */
  guint                page;
  guint                zoom;           /* index into the zoom levels */

  /* konkurs-print-preview-build.c */
  gboolean             building;
  KonkursJob          *job;            /* the build running, if any */
  guint                rebuild_source;
  gboolean             suggest_issue;  /* the next build offers the issue anew */
  guint                n_undecided;
  gboolean             want_draft;     /* asked for with the switch */
  gboolean             draft;          /* as shown */
  KonkursIssue        *issue;          /* of a protocol the commission signs, as edited */
  gboolean             quorum_reached;
  gboolean             filling;        /* the sidebar is being filled: not an edit */
  GPtrArray           *present_rows;   /* of AdwActionRow, one per member */
  GPtrArray           *fallback_rows;  /* of AdwActionRow */
};

/* konkurs-print-preview.c */
void     konkurs_print_preview_show_document  (KonkursPrintPreview *self,
                                               KonkursDocument     *document);
void     konkurs_print_preview_show_failure   (KonkursPrintPreview *self,
                                               const char          *heading,
                                               const GError        *error);
void     konkurs_print_preview_set_building   (KonkursPrintPreview *self,
                                               gboolean             building);

/* konkurs-print-preview-build.c */
void     konkurs_print_preview_init_sidebar   (KonkursPrintPreview *self);
/* Builds the document again shortly, from the sidebar; with
 * @suggest_issue, the protocol's issue is offered anew
 * (konkurs_document_suggest_issue()). */
void     konkurs_print_preview_rebuild        (KonkursPrintPreview *self,
                                               gboolean             suggest_issue);
void     konkurs_print_preview_cancel_build   (KonkursPrintPreview *self);
/* The place of the protocol in the document's language, in its row. */
void     konkurs_print_preview_fill_place     (KonkursPrintPreview *self);
/* Keeps the issue of the final protocol shown in the register; TRUE with
 * nothing to keep (a draft, another document). */
gboolean konkurs_print_preview_register_issue (KonkursPrintPreview *self,
                                               GError             **error);

G_END_DECLS
