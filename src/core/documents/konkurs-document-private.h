/* konkurs-document-private.h — what the files of the page engine share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "konkurs-document.h"

G_BEGIN_DECLS

/* Sizes in points.  Official papers are set in a Times-like serif; 12 pt
 * for the text and 10 pt in tables keep a protocol readable when signed
 * on paper. */
#define SIZE_BODY      12.0
#define SIZE_TABLE     10.0

#define CELL_PADDING   3.0
#define EPSILON        0.01

typedef enum {
  BLOCK_TITLE,
  BLOCK_HEADING,
  BLOCK_LARGE_TEXT,   /* centred in large type: a code copied by hand */
  BLOCK_PARAGRAPH,
  BLOCK_FIELD,
  BLOCK_TABLE,
  BLOCK_SIGNATURE,
  BLOCK_LINE_PAIR,
} BlockKind;

typedef struct {
  BlockKind  kind;
  char      *text;      /* title, heading, paragraph; field label; signature role; left of a pair */
  char      *value;     /* field value; signature name; right of a pair */
  guint      n_columns; /* tables */
  char     **headers;   /* NULL: a table without header row */
  double    *widths;    /* relative, n_columns of them */
  KonkursDocumentAlign *aligns;  /* n_columns of them */
  GPtrArray *rows;      /* of char ** with n_columns strings; NULL with a source */
  /* a table whose rows a source gives (konkurs_document_set_row_source()):
   * only the batch last read is kept, see konkurs_block_get_row() */
  KonkursDocumentRowSource source;
  gpointer   source_data;
  GDestroyNotify source_destroy;
  guint      n_source_rows;
  GPtrArray *batch;
  guint      batch_first;
  gboolean   keep_with_next;
  /* tables, from the last pagination: a page's rows are laid out again
   * when it is drawn, with these */
  double    *column_x;
  double    *column_width;
  PangoAlignment *column_align;
} Block;

/* The rows of a table, whether added or given by a source. */
guint        konkurs_block_get_n_rows (Block *block);
/* Row @row of a table's body.  From a source, the rows are read a batch
 * at a time around it, and the cells stay valid only until the next call
 * for another row of the same table: reading the rows in order reads each
 * batch once. */
char       **konkurs_block_get_row    (Block *block, guint row);

typedef enum {
  ITEM_TEXT,        /* one line of a layout, its baseline origin at (x, y) */
  ITEM_RULE,        /* a horizontal line of @width */
  ITEM_ROW,         /* a table row, or the slice of it from @start to @end, laid out when drawn */
} ItemKind;

/* A table's header row, in konkurs_pager_add_row() */
#define ROW_HEADER G_MAXUINT

typedef struct {
  int    index;
  double x, top, bottom, baseline;   /* in the layout's coordinates */
} LineBox;

/* The state of one pagination pass. */
typedef struct {
  KonkursDocument *doc;
  double           left, right, top, bottom;  /* the body box */
  double           y;                         /* where the next block starts */
  GArray          *page;                      /* items of the current page */
  GPtrArray       *pages;                     /* where new pages go */
  guint            block;                     /* the index of the block being laid out */
  gboolean         trial;                     /* only measuring: see konkurs_pager_chain_fits() */
} Pager;

/* As konkurs_document_paginate(), unless the document was paginated for
 * pages of that size and has not changed since: writing a document that
 * its preview laid out does not lay it out again. */
guint        konkurs_document_ensure_paginated (KonkursDocument *self, double width, double height);

/* Text */
PangoLayout *konkurs_document_make_layout (KonkursDocument *self,
                                           const char      *text,
                                           double           size,
                                           gboolean         bold,
                                           double           width,
                                           PangoAlignment   alignment);
GArray      *konkurs_layout_lines         (PangoLayout     *layout);
double       konkurs_layout_height        (PangoLayout     *layout);

/* Pages */
void         konkurs_pager_add_item       (Pager *pager, ItemKind kind, double x, double y, double width, double height);
void         konkurs_pager_add_line       (Pager *pager, PangoLayout *layout, const LineBox *box, double x, double y);
void         konkurs_pager_add_layout     (Pager *pager, PangoLayout *layout, double x, double y);
/* The cells of row @row (or ROW_HEADER) of the table being laid out,
 * their text from @start to @end (0 and INFINITY for the whole row), in a
 * box @height tall at @y.  Only the place is kept: the text is laid out
 * again when the page is drawn, so that a long table does not keep every
 * row's layouts. */
void         konkurs_pager_add_row        (Pager *pager, guint row, double y, double height, double start, double end);
void         konkurs_pager_new_page       (Pager *pager);
gboolean     konkurs_pager_at_top         (Pager *pager);
void         konkurs_pager_skip           (Pager *pager, double space);
void         konkurs_pager_ensure_space   (Pager *pager, double height);
double       konkurs_pager_body_width     (Pager *pager);

/* TRUE when the run of blocks from @first that are kept with the next
 * (konkurs_document_keep_with_next()), laid out from @y on the current
 * page, stays on it up to the beginning of the block the run is kept
 * with. */
gboolean     konkurs_pager_chain_fits     (Pager *pager, guint first, double y);

/* konkurs-document-table.c */
void         konkurs_pager_add_table      (Pager *pager, Block *block);

/* konkurs-document-lines.c */
void         konkurs_pager_add_signature  (Pager *pager, Block *block);
/* Starts a new page unless the run of signatures from @first fits on
 * this one. */
void         konkurs_pager_keep_signatures (Pager *pager, GPtrArray *blocks, guint first);
void         konkurs_pager_add_line_pair  (Pager *pager, Block *block);

G_END_DECLS
