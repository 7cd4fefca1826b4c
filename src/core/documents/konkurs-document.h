/* konkurs-document.h — a paginated A4 document drawn with cairo and pango
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <cairo.h>

G_BEGIN_DECLS

#define KONKURS_DOCUMENT_ERROR (konkurs_document_error_quark ())
typedef enum {
  KONKURS_DOCUMENT_ERROR_WRITE,      /* the PDF could not be written; the message names the file */
  KONKURS_DOCUMENT_ERROR_UNDECIDED,  /* a final document with rows not decided yet; the message counts them */
  KONKURS_DOCUMENT_ERROR_NO_ISSUE,   /* a final protocol without a number, a date or a commission */
  KONKURS_DOCUMENT_ERROR_NO_QUORUM,  /* a final protocol whose members present make no quorum */
} KonkursDocumentError;
GQuark konkurs_document_error_quark (void);

#define KONKURS_TYPE_DOCUMENT (konkurs_document_get_type ())
G_DECLARE_FINAL_TYPE (KonkursDocument, konkurs_document, KONKURS, DOCUMENT, GObject)

/* Every protocol and list Konkurs prints is built as a KonkursDocument: a
 * sequence of blocks (title, paragraphs, tables, signature lines) laid out on
 * A4 pages, with a table's header row repeated on every page it spans and
 * "page N of M" in each footer.  The same layout renders to a PDF file and to
 * the cairo context of a GtkPrintOperation, so print and PDF never differ. */
KonkursDocument *konkurs_document_new (void);

/* A text of the records printed in the other language because the
 * document's language has no value for it, as @description says in the
 * interface language ("Russian title of the competition"), for the print
 * preview and the window to tell; a description given twice is kept once. */
void konkurs_document_add_fallback     (KonkursDocument *self, const char *description);
/* Those descriptions, in the order noted; NULL-terminated, empty when the
 * document printed every text in its own language. */
const char * const *konkurs_document_get_fallbacks (KonkursDocument *self);

/* Footer text at the left of every page (e.g. the document's name) and the
 * "Page %u of %u" format at the right, already translated by the caller.
 * The format takes the page number and the number of pages as %u or %d
 * (or %1$u / %2$u to swap them); a malformed one prints "N / M". */
void konkurs_document_set_footer       (KonkursDocument *self, const char *footer, const char *page_format);
/* The first title is also the title of the PDF (its metadata). */
void konkurs_document_add_title        (KonkursDocument *self, const char *text);
/* The text of the first title, or NULL. */
const char *konkurs_document_get_title (KonkursDocument *self);
void konkurs_document_add_heading      (KonkursDocument *self, const char *text);
/* @text centred on a line of its own, in type larger than a title's: a
 * code the reader copies by hand. */
void konkurs_document_add_large_text   (KonkursDocument *self, const char *text);
void konkurs_document_add_paragraph    (KonkursDocument *self, const char *text);
/* A paragraph "label: value" with the label in bold, e.g. "Deadline: …". */
void konkurs_document_add_field        (KonkursDocument *self, const char *label, const char *value);
/* Starts a table; @widths are relative column widths (n_columns of them;
 * NULL for equal columns), @headers its header row (NULL for none).  Every
 * row has n_columns cells (NULL cells print empty).  A row is never split
 * across pages, except a row taller than a whole page: that one is split
 * between lines of text, so nothing is ever clipped. */
void konkurs_document_begin_table      (KonkursDocument *self, guint n_columns, const char * const *headers, const double *widths);

typedef enum {
  KONKURS_DOCUMENT_ALIGN_LEFT,
  KONKURS_DOCUMENT_ALIGN_CENTER,
  KONKURS_DOCUMENT_ALIGN_RIGHT,
} KonkursDocumentAlign;

/* How the cells of column @column of the table being built are aligned
 * (left unless set; the header row is always centred). */
void konkurs_document_set_column_align (KonkursDocument *self, guint column, KonkursDocumentAlign align);
void konkurs_document_add_row          (KonkursDocument *self, const char * const *cells);
void konkurs_document_end_table        (KonkursDocument *self);

/* How many rows a source gives at a time. */
#define KONKURS_DOCUMENT_ROW_BATCH 256

/* Appends to @rows the rows @first to @first + @n - 1 of a table, in
 * order, each made by konkurs_document_row_new(). */
typedef void (*KonkursDocumentRowSource) (guint      first,
                                          guint      n,
                                          GPtrArray *rows,
                                          gpointer   user_data);
/* A row of @n_columns cells (NULL prints empty) as a row source gives it,
 * in one allocation freed with g_free(). */
char **konkurs_document_row_new        (guint n_columns, const char * const *cells);
/* The @n_rows rows of the table being built come from @source, asked for
 * at most KONKURS_DOCUMENT_ROW_BATCH of them at a time whenever they are
 * laid out, drawn or read (konkurs_document_dup_text()), and always the
 * same rows for the same range: the document keeps the text of one batch
 * only, so that a table of 100,000 rows needs no more memory than one of
 * a few hundred besides each page's places.  For a table without rows
 * added; none may be added after. */
void konkurs_document_set_row_source   (KonkursDocument          *self,
                                        guint                     n_rows,
                                        KonkursDocumentRowSource  source,
                                        gpointer                  user_data,
                                        GDestroyNotify            destroy);
/* One line with @left at the left margin and @right flush right, as the
 * place and the date under the title of a protocol. */
void konkurs_document_add_line_pair    (KonkursDocument *self, const char *left, const char *right);
/* A line "role ______ name" for a signature.  Signature lines that follow
 * each other are kept on one page. */
void konkurs_document_add_signature    (KonkursDocument *self, const char *role, const char *name);
/* Keeps the block added last on the same page as the beginning of the
 * block added after it (of a table, its last row): a heading with its
 * text, the last lines of a protocol with its signatures.  A run of such
 * blocks moves to the next page together, unless it is too tall for any
 * page.  Nothing happens in a document without blocks. */
void konkurs_document_keep_with_next   (KonkursDocument *self);

/* The face of every text: a Times-like serif, as official papers use
 * (Liberation Serif, metric-compatible with Times New Roman, which has
 * every Kazakh letter), unless a document names another family. */
#define KONKURS_DOCUMENT_FONT_FAMILY "Liberation Serif"
void        konkurs_document_set_font_family (KonkursDocument *self, const char *family);
const char *konkurs_document_get_font_family (KonkursDocument *self);

/* A light diagonal mark across every page, drawn under the text so that
 * it hides nothing ("ПРОЕКТ" on a draft); NULL for none. */
void        konkurs_document_set_watermark   (KonkursDocument *self, const char *text);
const char *konkurs_document_get_watermark   (KonkursDocument *self);

/* What the PDF says of itself besides its title (the first title): the
 * author (the state body that issues it), the subject, and the language
 * of its text ("kk", "ru"; see konkurs_document_write_pdf()).  NULL leaves
 * a field out. */
void        konkurs_document_set_metadata    (KonkursDocument *self,
                                              const char      *author,
                                              const char      *subject,
                                              const char      *language);
const char *konkurs_document_get_author      (KonkursDocument *self);
const char *konkurs_document_get_subject     (KonkursDocument *self);
const char *konkurs_document_get_language    (KonkursDocument *self);

/* What ties a printed protocol to its database (its footer says it too):
 * the head of the record when it was built (64 hex digits) and the
 * SHA-256 of its data rows (konkurs-protocol.h); NULL when not known. */
void        konkurs_document_set_integrity   (KonkursDocument *self,
                                              const char      *record_head,
                                              const char      *rows_sha256);
const char *konkurs_document_get_record_head (KonkursDocument *self);
const char *konkurs_document_get_rows_sha256 (KonkursDocument *self);

/* Every text of the document in reading order, one block or cell a line,
 * footer and watermark included: what a reader could find in it. */
char       *konkurs_document_dup_text        (KonkursDocument *self);

/* Lays the blocks out for pages of @width x @height points (A4 is
 * 595.276 x 841.89) and returns the number of pages. */
guint konkurs_document_paginate        (KonkursDocument *self, double width, double height);
guint konkurs_document_get_n_pages     (KonkursDocument *self);
/* Draws page @page (0-based) of the last pagination on @cr, whose user
 * space is in points with the origin at the page's top-left corner. */
void  konkurs_document_render_page     (KonkursDocument *self, cairo_t *cr, guint page);
/* Paginates for A4 and writes a PDF with its fonts embedded, its title,
 * author, subject, creator and creation date in the document information,
 * and its language as the /Lang of the catalogue (cairo 1.16 cannot write
 * it, so it is added as an incremental update of the file).  The file is
 * written under a temporary name and renamed, so a failure leaves no
 * half-written file. */
gboolean konkurs_document_write_pdf    (KonkursDocument *self, const char *path, GCancellable *cancellable, GError **error);

G_END_DECLS
