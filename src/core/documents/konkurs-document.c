/* konkurs-document.c — a paginated A4 document drawn with cairo and pango
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <math.h>
#include <pango/pangocairo.h>

#include "konkurs-autocleanups.h"
#include "konkurs-document-private.h"
#include "konkurs-document.h"
#include "konkurs-text.h"

/* The margins of official papers: 20 mm at the binding edge (left),
 * 15 mm elsewhere. */
#define MM_TO_PT(mm)   ((mm) * 72.0 / 25.4)
#define MARGIN_LEFT    MM_TO_PT (20.0)
#define MARGIN_OTHER   MM_TO_PT (15.0)

#define SIZE_TITLE     14.0
#define SIZE_LARGE     20.0
#define SIZE_HEADING   12.0
#define SIZE_FOOTER    9.0

#define LINE_WIDTH     0.5
#define FOOTER_GAP     10.0
#define HEADER_GRAY    0.88
/* Light enough that the text over it reads as well as without it. */
#define WATERMARK_GRAY 0.86
/* The widest page number the footer keeps room for: "888" pages. */
#define FOOTER_SAMPLE_PAGE 888

typedef struct {
  ItemKind     kind;
  PangoLayout *layout;  /* ITEM_TEXT: a reference */
  int          line;    /* ITEM_TEXT: index of the line in the layout */
  guint        block;   /* ITEM_ROW: the table's block and its row */
  guint        row;
  double       x, y, width, height;
  double       start, end;   /* ITEM_ROW: the slice of the row's text */
} Item;

struct _KonkursDocument
{
  GObject       parent_instance;

  GPtrArray    *blocks;       /* of Block */
  Block        *open_table;   /* the table rows are added to, if any */
  char         *footer;
  char         *page_format;
  char         *font_family;
  char         *watermark;
  char         *author;
  char         *subject;
  char         *language;
  char         *record_head;
  char         *rows_sha256;
  GPtrArray    *fallbacks;    /* of char *, NULL-terminated: see konkurs_document_add_fallback() */

  PangoFontMap *font_map;
  PangoContext *context;
  GPtrArray    *pages;        /* of GArray of Item, from the last pagination */
  double        page_width;   /* of the last pagination */
  double        page_height;
  /* the pages are those of the blocks as they are: nothing that changes
   * the layout was done since the last pagination */
  gboolean      laid_out;
};

G_DEFINE_FINAL_TYPE (KonkursDocument, konkurs_document, G_TYPE_OBJECT)
G_DEFINE_QUARK (konkurs-document-error-quark, konkurs_document_error)

/* What changes the layout makes the pages of the last pagination stale. */
static void
layout_changed (KonkursDocument *self)
{
  self->laid_out = FALSE;
}

static void
block_free (gpointer data)
{
  Block *block = data;

  g_free (block->text);
  g_free (block->value);
  g_strfreev (block->headers);
  g_free (block->widths);
  g_free (block->aligns);
  g_free (block->column_x);
  g_free (block->column_width);
  g_free (block->column_align);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  g_clear_pointer (&block->batch, g_ptr_array_unref);
  if (block->source_destroy != NULL)
    block->source_destroy (block->source_data);
  g_free (block);
}

static void
item_clear (gpointer data)
{
  Item *item = data;

  g_clear_object (&item->layout);
}

static void
konkurs_document_finalize (GObject *object)
{
  KonkursDocument *self = KONKURS_DOCUMENT (object);

  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_object (&self->context);
  g_clear_object (&self->font_map);
  g_free (self->footer);
  g_free (self->record_head);
  g_free (self->rows_sha256);
  g_free (self->page_format);
  g_free (self->font_family);
  g_free (self->watermark);
  g_free (self->author);
  g_free (self->subject);
  g_free (self->language);
  g_clear_pointer (&self->fallbacks, g_ptr_array_unref);

  G_OBJECT_CLASS (konkurs_document_parent_class)->finalize (object);
}

static void
konkurs_document_class_init (KonkursDocumentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = konkurs_document_finalize;
}

static void
konkurs_document_init (KonkursDocument *self)
{
  self->blocks = g_ptr_array_new_with_free_func (block_free);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->font_family = g_strdup (KONKURS_DOCUMENT_FONT_FAMILY);
  /* room for the NULL, so that pdata is never NULL */
  self->fallbacks = g_ptr_array_new_null_terminated (1, g_free, TRUE);
}

KonkursDocument *
konkurs_document_new (void)
{
  return g_object_new (KONKURS_TYPE_DOCUMENT, NULL);
}

/* Building */

static Block *
add_block (KonkursDocument *self, BlockKind kind, const char *text, const char *value)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  block->text = g_strdup (text ? text : "");
  block->value = g_strdup (value ? value : "");
  g_ptr_array_add (self->blocks, block);
  self->open_table = NULL;
  layout_changed (self);

  return block;
}

void
konkurs_document_add_fallback (KonkursDocument *self, const char *description)
{
  g_return_if_fail (KONKURS_IS_DOCUMENT (self));
  g_return_if_fail (description != NULL);

  for (guint i = 0; i < self->fallbacks->len; i++)
    if (g_str_equal (g_ptr_array_index (self->fallbacks, i), description))
      return;
  g_ptr_array_add (self->fallbacks, g_strdup (description));
}

const char * const *
konkurs_document_get_fallbacks (KonkursDocument *self)
{
  g_return_val_if_fail (KONKURS_IS_DOCUMENT (self), NULL);

  return (const char * const *) self->fallbacks->pdata;
}

void
konkurs_document_set_integrity (KonkursDocument *self, const char *record_head, const char *rows_sha256)
{
  g_return_if_fail (KONKURS_IS_DOCUMENT (self));

  g_free (self->record_head);
  self->record_head = g_strdup (record_head);
  g_free (self->rows_sha256);
  self->rows_sha256 = g_strdup (rows_sha256);
}

const char *
konkurs_document_get_record_head (KonkursDocument *self)
{
  g_return_val_if_fail (KONKURS_IS_DOCUMENT (self), NULL);
  return self->record_head;
}

const char *
konkurs_document_get_rows_sha256 (KonkursDocument *self)
{
  g_return_val_if_fail (KONKURS_IS_DOCUMENT (self), NULL);
  return self->rows_sha256;
}

void
konkurs_document_set_footer (KonkursDocument *self, const char *footer, const char *page_format)
{
  g_return_if_fail (KONKURS_IS_DOCUMENT (self));

  g_free (self->footer);
  self->footer = g_strdup (footer);
  g_free (self->page_format);
  self->page_format = g_strdup (page_format);
  layout_changed (self);
}

void
konkurs_document_add_title (KonkursDocument *self, const char *text)
{
  g_return_if_fail (KONKURS_IS_DOCUMENT (self));
  add_block (self, BLOCK_TITLE, text, NULL);
}

void
konkurs_document_add_large_text (KonkursDocument *self, const char *text)
{
  g_return_if_fail (KONKURS_IS_DOCUMENT (self));
  add_block (self, BLOCK_LARGE_TEXT, text, NULL);
}

void
konkurs_document_add_heading (KonkursDocument *self, const char *text)
{
  g_return_if_fail (KONKURS_IS_DOCUMENT (self));
  /* never alone at the foot of a page, apart from what it heads (a
   * table's header and first row) */
  add_block (self, BLOCK_HEADING, text, NULL)->keep_with_next = TRUE;
}

void
konkurs_document_add_paragraph (KonkursDocument *self, const char *text)
{
  g_return_if_fail (KONKURS_IS_DOCUMENT (self));
  add_block (self, BLOCK_PARAGRAPH, text, NULL);
}

void
konkurs_document_add_field (KonkursDocument *self, const char *label, const char *value)
{
  g_return_if_fail (KONKURS_IS_DOCUMENT (self));
  add_block (self, BLOCK_FIELD, label, value);
}

void
konkurs_document_add_signature (KonkursDocument *self, const char *role, const char *name)
{
  g_return_if_fail (KONKURS_IS_DOCUMENT (self));
  add_block (self, BLOCK_SIGNATURE, role, name);
}

void
konkurs_document_add_line_pair (KonkursDocument *self, const char *left, const char *right)
{
  g_return_if_fail (KONKURS_IS_DOCUMENT (self));
  add_block (self, BLOCK_LINE_PAIR, left, right);
}

const char *
konkurs_document_get_title (KonkursDocument *self)
{
  g_return_val_if_fail (KONKURS_IS_DOCUMENT (self), NULL);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);

      if (block->kind == BLOCK_TITLE)
        return block->text;
    }

  return NULL;
}

/* Properties of the whole document */

void
konkurs_document_set_font_family (KonkursDocument *self, const char *family)
{
  g_return_if_fail (KONKURS_IS_DOCUMENT (self));
  g_return_if_fail (family != NULL && *family != '\0');

  g_free (self->font_family);
  self->font_family = g_strdup (family);
  layout_changed (self);
}

const char *
konkurs_document_get_font_family (KonkursDocument *self)
{
  g_return_val_if_fail (KONKURS_IS_DOCUMENT (self), NULL);
  return self->font_family;
}

void
konkurs_document_set_watermark (KonkursDocument *self, const char *text)
{
  g_return_if_fail (KONKURS_IS_DOCUMENT (self));

  g_free (self->watermark);
  self->watermark = text != NULL && *text != '\0' ? g_strdup (text) : NULL;
  layout_changed (self);
}

const char *
konkurs_document_get_watermark (KonkursDocument *self)
{
  g_return_val_if_fail (KONKURS_IS_DOCUMENT (self), NULL);
  return self->watermark;
}

void
konkurs_document_set_metadata (KonkursDocument *self,
                               const char      *author,
                               const char      *subject,
                               const char      *language)
{
  g_return_if_fail (KONKURS_IS_DOCUMENT (self));

  g_free (self->author);
  self->author = g_strdup (author);
  g_free (self->subject);
  self->subject = g_strdup (subject);
  g_free (self->language);
  self->language = g_strdup (language);
}

const char *
konkurs_document_get_author (KonkursDocument *self)
{
  g_return_val_if_fail (KONKURS_IS_DOCUMENT (self), NULL);
  return self->author;
}

const char *
konkurs_document_get_subject (KonkursDocument *self)
{
  g_return_val_if_fail (KONKURS_IS_DOCUMENT (self), NULL);
  return self->subject;
}

const char *
konkurs_document_get_language (KonkursDocument *self)
{
  g_return_val_if_fail (KONKURS_IS_DOCUMENT (self), NULL);
  return self->language;
}

static void
append_line (GString *text, const char *line)
{
  if (line != NULL && *line != '\0')
    g_string_append_printf (text, "%s\n", line);
}

char *
konkurs_document_dup_text (KonkursDocument *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (KONKURS_IS_DOCUMENT (self), NULL);

  append_line (text, self->watermark);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);

      append_line (text, block->text);
      append_line (text, block->value);
      for (guint c = 0; block->headers != NULL && c < block->n_columns; c++)
        append_line (text, block->headers[c]);
      for (guint r = 0; block->kind == BLOCK_TABLE && r < konkurs_block_get_n_rows (block); r++)
        {
          char **cells = konkurs_block_get_row (block, r);

          for (guint c = 0; c < block->n_columns; c++)
            append_line (text, cells[c]);
        }
    }
  append_line (text, self->footer);
  append_line (text, self->page_format);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char **
copy_cells (guint n_columns, const char * const *cells)
{
  char **copy = g_new0 (char *, n_columns + 1);

  for (guint i = 0; i < n_columns; i++)
    copy[i] = g_strdup (cells[i] ? cells[i] : "");

  return copy;
}

/* A row's cells in one allocation, freed with g_free(): the pointers,
 * then the texts one after the other.  A 100,000-row list keeps 100,000
 * of them until it is drawn, and one block instead of a block per cell
 * spares each row the allocator's overhead of four or five. */
char **
konkurs_document_row_new (guint n_columns, const char * const *cells)
{
  gsize head = (n_columns + 1) * sizeof (char *);
  gsize size = head;
  char **packed;
  char *text;

  for (guint i = 0; i < n_columns; i++)
    size += strlen (cells[i] ? cells[i] : "") + 1;
  packed = g_malloc (size);
  text = (char *) packed + head;
  for (guint i = 0; i < n_columns; i++)
    {
      const char *cell = cells[i] ? cells[i] : "";
      gsize length = strlen (cell) + 1;

      packed[i] = memcpy (text, cell, length);
      text += length;
    }
  packed[n_columns] = NULL;

  return packed;
}

void
konkurs_document_begin_table (KonkursDocument    *self,
                              guint               n_columns,
                              const char * const *headers,
                              const double       *widths)
{
  Block *block;

  g_return_if_fail (KONKURS_IS_DOCUMENT (self));
  g_return_if_fail (n_columns > 0);

  block = add_block (self, BLOCK_TABLE, NULL, NULL);
  block->n_columns = n_columns;
  block->headers = headers ? copy_cells (n_columns, headers) : NULL;
  block->widths = g_new (double, n_columns);
  for (guint i = 0; i < n_columns; i++)
    block->widths[i] = (widths && widths[i] > 0) ? widths[i] : 1.0;
  block->aligns = g_new0 (KonkursDocumentAlign, n_columns);
  block->rows = g_ptr_array_new_with_free_func (g_free);
  self->open_table = block;
}

void
konkurs_document_set_column_align (KonkursDocument *self, guint column, KonkursDocumentAlign align)
{
  g_return_if_fail (KONKURS_IS_DOCUMENT (self));
  g_return_if_fail (self->open_table != NULL);
  g_return_if_fail (column < self->open_table->n_columns);

  self->open_table->aligns[column] = align;
  layout_changed (self);
}

void
konkurs_document_add_row (KonkursDocument *self, const char * const *cells)
{
  g_return_if_fail (KONKURS_IS_DOCUMENT (self));
  g_return_if_fail (self->open_table != NULL);
  g_return_if_fail (cells != NULL);
  g_return_if_fail (self->open_table->source == NULL);

  g_ptr_array_add (self->open_table->rows, konkurs_document_row_new (self->open_table->n_columns, cells));
  layout_changed (self);
}

void
konkurs_document_set_row_source (KonkursDocument          *self,
                                 guint                     n_rows,
                                 KonkursDocumentRowSource  source,
                                 gpointer                  user_data,
                                 GDestroyNotify            destroy)
{
  Block *table;

  g_return_if_fail (KONKURS_IS_DOCUMENT (self));
  g_return_if_fail (self->open_table != NULL);
  g_return_if_fail (source != NULL);
  table = self->open_table;
  g_return_if_fail (table->source == NULL && table->rows->len == 0);

  g_clear_pointer (&table->rows, g_ptr_array_unref);
  table->source = source;
  table->source_data = user_data;
  table->source_destroy = destroy;
  table->n_source_rows = n_rows;
  layout_changed (self);
}

guint
konkurs_block_get_n_rows (Block *block)
{
  return block->source != NULL ? block->n_source_rows : block->rows->len;
}

char **
konkurs_block_get_row (Block *block, guint row)
{
  guint n;

  g_assert (row < konkurs_block_get_n_rows (block));
  if (block->source == NULL)
    return g_ptr_array_index (block->rows, row);
  if (block->batch == NULL || row < block->batch_first || row >= block->batch_first + block->batch->len)
    {
      /* batches on fixed boundaries: the same rows whatever row was asked
       * for first, so that reading them forwards never reads one twice */
      block->batch_first = row - row % KONKURS_DOCUMENT_ROW_BATCH;
      n = MIN (KONKURS_DOCUMENT_ROW_BATCH, block->n_source_rows - block->batch_first);
      if (block->batch == NULL)
        block->batch = g_ptr_array_new_full (n, g_free);
      g_ptr_array_set_size (block->batch, 0);
      block->source (block->batch_first, n, block->batch, block->source_data);
      if (block->batch->len != n)
        g_error ("a document's row source gave %u rows where %u were asked for", block->batch->len, n);
    }

  return g_ptr_array_index (block->batch, row - block->batch_first);
}

void
konkurs_document_end_table (KonkursDocument *self)
{
  g_return_if_fail (KONKURS_IS_DOCUMENT (self));
  self->open_table = NULL;
}

void
konkurs_document_keep_with_next (KonkursDocument *self)
{
  g_return_if_fail (KONKURS_IS_DOCUMENT (self));

  if (self->blocks->len > 0)
    ((Block *) g_ptr_array_index (self->blocks, self->blocks->len - 1))->keep_with_next = TRUE;
  layout_changed (self);
}

/* Text */

/* The layout context depends only on the document, never on the target
 * surface, so a PDF and a print job break lines and pages identically:
 * resolution 72 makes one point one unit, and unhinted metrics keep glyph
 * advances independent of the device. */
static PangoContext *
get_context (KonkursDocument *self)
{
  cairo_font_options_t *options;

  if (self->context != NULL)
    return self->context;

  self->font_map = pango_cairo_font_map_new ();
  self->context = pango_font_map_create_context (self->font_map);
  pango_cairo_context_set_resolution (self->context, 72.0);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (self->context, FALSE);

  return self->context;
}

PangoLayout *
konkurs_document_make_layout (KonkursDocument *self,
                              const char      *text,
                              double           size,
                              gboolean         bold,
                              double           width,
                              PangoAlignment   alignment)
{
  PangoLayout *layout = pango_layout_new (get_context (self));
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();

  pango_font_description_set_family (font, self->font_family);
  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, pango_units_from_double (MAX (width, 1.0)));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_text (layout, text, -1);

  return layout;
}

GArray *
konkurs_layout_lines (PangoLayout *layout)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (LineBox));
  g_autoptr(PangoLayoutIter) iter = pango_layout_get_iter (layout);
  int index = 0;

  do
    {
      PangoRectangle logical;
      LineBox box;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      box.index = index++;
      box.x = pango_units_to_double (logical.x);
      box.top = pango_units_to_double (logical.y);
      box.bottom = pango_units_to_double (logical.y + logical.height);
      box.baseline = pango_units_to_double (pango_layout_iter_get_baseline (iter));
      g_array_append_val (lines, box);
    }
  while (pango_layout_iter_next_line (iter));

  return lines;
}

double
konkurs_layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return pango_units_to_double (logical.y + logical.height);
}

/* Pages */

void
konkurs_pager_add_item (Pager *pager, ItemKind kind, double x, double y, double width, double height)
{
  Item item = { .kind = kind, .x = x, .y = y, .width = width, .height = height };

  g_array_append_val (pager->page, item);
}

void
konkurs_pager_add_line (Pager *pager, PangoLayout *layout, const LineBox *box, double x, double y)
{
  Item item = { .kind = ITEM_TEXT, .layout = g_object_ref (layout), .line = box->index,
                .x = x + box->x, .y = y + box->baseline };

  g_array_append_val (pager->page, item);
}

void
konkurs_pager_add_row (Pager *pager, guint row, double y, double height, double start, double end)
{
  Item item = { .kind = ITEM_ROW, .block = pager->block, .row = row, .y = y, .height = height,
                .start = start, .end = end };

  g_array_append_val (pager->page, item);
}

/* Places every line of @layout with its top-left corner at (@x, @y). */
void
konkurs_pager_add_layout (Pager *pager, PangoLayout *layout, double x, double y)
{
  g_autoptr(GArray) lines = konkurs_layout_lines (layout);

  for (guint i = 0; i < lines->len; i++)
    konkurs_pager_add_line (pager, layout, &g_array_index (lines, LineBox, i), x, y);
}

void
konkurs_pager_new_page (Pager *pager)
{
  pager->page = g_array_new (FALSE, FALSE, sizeof (Item));
  g_array_set_clear_func (pager->page, item_clear);
  g_ptr_array_add (pager->pages, pager->page);
  pager->y = pager->top;
}

gboolean
konkurs_pager_at_top (Pager *pager)
{
  return pager->y <= pager->top + EPSILON;
}

/* Space before a block, dropped at the top of a page. */
void
konkurs_pager_skip (Pager *pager, double space)
{
  if (!konkurs_pager_at_top (pager))
    pager->y += space;
}

/* Starts a new page unless @height fits below the current position. */
void
konkurs_pager_ensure_space (Pager *pager, double height)
{
  if (pager->y + height > pager->bottom + EPSILON && !konkurs_pager_at_top (pager))
    konkurs_pager_new_page (pager);
}

double
konkurs_pager_body_width (Pager *pager)
{
  return pager->right - pager->left;
}

/* Lays out a title, a heading or large text, which are never split. */
static void
paginate_heading (Pager *pager, Block *block)
{
  gboolean title = block->kind != BLOCK_HEADING;
  g_autoptr(PangoLayout) layout = konkurs_document_make_layout (pager->doc, block->text,
                                                                block->kind == BLOCK_LARGE_TEXT ? SIZE_LARGE
                                                                : title ? SIZE_TITLE : SIZE_HEADING, TRUE,
                                                                konkurs_pager_body_width (pager),
                                                                title ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT);
  double height = konkurs_layout_height (layout);

  konkurs_pager_skip (pager, title ? 0 : 10);
  /* keep a heading with at least three lines of what follows it */
  konkurs_pager_ensure_space (pager, height + (title ? 0 : 3 * SIZE_BODY * 1.2));
  konkurs_pager_add_layout (pager, layout, pager->left, pager->y);
  pager->y += height + (title ? 14 : 5);
}

/* Lays out wrapped text line by line, continuing on the next page. */
static void
paginate_text (Pager *pager, PangoLayout *layout)
{
  g_autoptr(GArray) lines = konkurs_layout_lines (layout);
  double origin = pager->y;
  for (guint i = 0; i < lines->len; i++)
    {
      LineBox *box = &g_array_index (lines, LineBox, i);

      if (origin + box->bottom > pager->bottom + EPSILON && origin + box->top > pager->top + EPSILON)
        {
          konkurs_pager_new_page (pager);
          origin = pager->top - box->top;
        }
      konkurs_pager_add_line (pager, layout, box, pager->left, origin);
      pager->y = origin + box->bottom;
    }
  pager->y += 6;
}

static void
paginate_paragraph (Pager *pager, Block *block)
{
  g_autoptr(PangoLayout) layout = konkurs_document_make_layout (pager->doc, block->text, SIZE_BODY, FALSE,
                                                                konkurs_pager_body_width (pager), PANGO_ALIGN_LEFT);

  pango_layout_set_justify (layout, TRUE);
  paginate_text (pager, layout);
}

static void
paginate_field (Pager *pager, Block *block)
{
  g_autofree char *text = g_strconcat (block->text, ": ", block->value, NULL);
  g_autoptr(PangoLayout) layout = konkurs_document_make_layout (pager->doc, text, SIZE_BODY, FALSE,
                                                                konkurs_pager_body_width (pager), PANGO_ALIGN_LEFT);
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  PangoAttribute *bold = pango_attr_weight_new (PANGO_WEIGHT_BOLD);

  bold->start_index = 0;
  bold->end_index = strlen (block->text) + 1;
  pango_attr_list_insert (attrs, bold);
  pango_layout_set_attributes (layout, attrs);
  paginate_text (pager, layout);
  pager->y -= 3;
}

/* Blocks kept together */

static void paginate_block (Pager *pager, guint index);

/* The block that the run of blocks kept with the next from @first on is
 * kept with. */
static guint
chain_end (GPtrArray *blocks, guint first)
{
  guint last = first;

  while (last + 1 < blocks->len && ((Block *) g_ptr_array_index (blocks, last))->keep_with_next)
    last++;

  return last;
}

/* Lays the run out on a page of its own that is then thrown away. */
gboolean
konkurs_pager_chain_fits (Pager *pager, guint first, double y)
{
  GPtrArray *blocks = pager->doc->blocks;
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  Pager trial = *pager;
  guint last, n_items;

  if (first >= blocks->len)
    return TRUE;
  last = chain_end (blocks, first);
  trial.pages = pages;
  trial.trial = TRUE;
  konkurs_pager_new_page (&trial);
  trial.y = y;
  for (guint i = first; i < last; i++)
    paginate_block (&trial, i);
  if (pages->len > 1)
    return FALSE;

  n_items = trial.page->len;
  paginate_block (&trial, last);
  return ((GArray *) g_ptr_array_index (pages, 0))->len > n_items;
}

/* A run that would be split moves to the next page whole when it fits
 * there; a table's run begins at its last row (konkurs-document-table.c). */
static void
keep_chain_together (Pager *pager, guint first)
{
  GPtrArray *blocks = pager->doc->blocks;
  Block *block = g_ptr_array_index (blocks, first);

  if (pager->trial || !block->keep_with_next || block->kind == BLOCK_TABLE || konkurs_pager_at_top (pager))
    return;
  if (first > 0 && ((Block *) g_ptr_array_index (blocks, first - 1))->keep_with_next)
    return;
  if (!konkurs_pager_chain_fits (pager, first, pager->y) && konkurs_pager_chain_fits (pager, first, pager->top))
    konkurs_pager_new_page (pager);
}

static void
paginate_block (Pager *pager, guint index)
{
  GPtrArray *blocks = pager->doc->blocks;
  Block *block = g_ptr_array_index (blocks, index);

  pager->block = index;
  keep_chain_together (pager, index);
  switch (block->kind)
    {
    case BLOCK_TITLE:
    case BLOCK_HEADING:
    case BLOCK_LARGE_TEXT:
      paginate_heading (pager, block);
      break;
    case BLOCK_PARAGRAPH:
      paginate_paragraph (pager, block);
      break;
    case BLOCK_FIELD:
      paginate_field (pager, block);
      break;
    case BLOCK_TABLE:
      konkurs_pager_add_table (pager, block);
      break;
    case BLOCK_LINE_PAIR:
      konkurs_pager_add_line_pair (pager, block);
      break;
    case BLOCK_SIGNATURE:
      if (index == 0 || ((Block *) g_ptr_array_index (blocks, index - 1))->kind != BLOCK_SIGNATURE)
        konkurs_pager_keep_signatures (pager, blocks, index);
      konkurs_pager_add_signature (pager, block);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Footer */

/* "Page 2 of 5"; a format a translation broke prints "2 / 5". */
static char *
page_number (KonkursDocument *self, guint page, guint n_pages)
{
  return konkurs_text_expand_pair (self->page_format != NULL ? self->page_format : "%u / %u", page, n_pages);
}

/* Room for the widest page number the footer may show, so that the text
 * beside it has the same width on every page. */
static double
page_number_width (KonkursDocument *self, double body)
{
  g_autofree char *sample = page_number (self, FOOTER_SAMPLE_PAGE, FOOTER_SAMPLE_PAGE);
  g_autoptr(PangoLayout) layout = konkurs_document_make_layout (self, sample, SIZE_FOOTER, FALSE, body,
                                                                PANGO_ALIGN_LEFT);
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return pango_units_to_double (logical.width);
}

/* The footer's text, wrapped beside the page number rather than cut: a
 * long state body reads whole on every page. */
static PangoLayout *
footer_text_layout (KonkursDocument *self, double body)
{
  return konkurs_document_make_layout (self, self->footer != NULL ? self->footer : "", SIZE_FOOTER, FALSE,
                                       body - page_number_width (self, body) - 12, PANGO_ALIGN_LEFT);
}

static double
footer_height (KonkursDocument *self, double body)
{
  g_autoptr(PangoLayout) number = konkurs_document_make_layout (self, "0", SIZE_FOOTER, FALSE, 100, PANGO_ALIGN_LEFT);
  g_autoptr(PangoLayout) text = footer_text_layout (self, body);

  return MAX (konkurs_layout_height (number), konkurs_layout_height (text));
}

static void
add_footers (KonkursDocument *self, double width, double height)
{
  double body = width - MARGIN_LEFT - MARGIN_OTHER;
  double top = height - MARGIN_OTHER - footer_height (self, body);
  g_autoptr(PangoLayout) footer = footer_text_layout (self, body);

  for (guint i = 0; i < self->pages->len; i++)
    {
      Pager pager = { self, MARGIN_LEFT, width - MARGIN_OTHER, top, height, top, NULL };
      g_autofree char *number = page_number (self, i + 1, self->pages->len);
      g_autoptr(PangoLayout) page = konkurs_document_make_layout (self, number, SIZE_FOOTER, FALSE, body, PANGO_ALIGN_RIGHT);

      pager.page = g_ptr_array_index (self->pages, i);
      konkurs_pager_add_item (&pager, ITEM_RULE, pager.left, top - 4, body, 0);
      konkurs_pager_add_layout (&pager, page, pager.left, top);
      if (self->footer != NULL && *self->footer != '\0')
        konkurs_pager_add_layout (&pager, footer, pager.left, top);
    }
}

/* Pagination and drawing */

guint
konkurs_document_paginate (KonkursDocument *self, double width, double height)
{
  Pager pager = { self, MARGIN_LEFT, width - MARGIN_OTHER, MARGIN_OTHER, 0, 0, NULL, self->pages, 0, FALSE };

  g_return_val_if_fail (KONKURS_IS_DOCUMENT (self), 0);
  g_return_val_if_fail (width > MARGIN_LEFT + MARGIN_OTHER + 50, 0);
  g_return_val_if_fail (height > 2 * MARGIN_OTHER + 100, 0);

  g_ptr_array_set_size (self->pages, 0);
  self->page_width = width;
  self->page_height = height;
  pager.bottom = height - MARGIN_OTHER - footer_height (self, width - MARGIN_LEFT - MARGIN_OTHER) - FOOTER_GAP;
  konkurs_pager_new_page (&pager);

  for (guint i = 0; i < self->blocks->len; i++)
    paginate_block (&pager, i);

  add_footers (self, width, height);
  self->laid_out = TRUE;

  return self->pages->len;
}

guint
konkurs_document_ensure_paginated (KonkursDocument *self, double width, double height)
{
  g_return_val_if_fail (KONKURS_IS_DOCUMENT (self), 0);

  /* within a hundredth of a point: A4 is 595.276 x 841.89 to the preview
   * and the header, 210 x 297 mm exactly to the PDF writer */
  if (self->laid_out && fabs (width - self->page_width) < 0.01 && fabs (height - self->page_height) < 0.01)
    return self->pages->len;
  return konkurs_document_paginate (self, width, height);
}

guint
konkurs_document_get_n_pages (KonkursDocument *self)
{
  g_return_val_if_fail (KONKURS_IS_DOCUMENT (self), 0);

  return self->pages->len;
}

/* Across the page's diagonal, from the bottom left up to the top right,
 * centred, as large as a sheet allows. */
static void
draw_watermark (KonkursDocument *self, cairo_t *cr)
{
  double diagonal = hypot (self->page_width, self->page_height);
  g_autoptr(PangoLayout) probe = konkurs_document_make_layout (self, self->watermark, 100, TRUE, diagonal * 4,
                                                               PANGO_ALIGN_LEFT);
  g_autoptr(PangoLayout) layout = NULL;
  PangoRectangle ink, logical;
  double size;

  pango_layout_get_extents (probe, &ink, NULL);
  size = ink.width > 0 ? MIN (130.0, 100.0 * diagonal * 0.6 / pango_units_to_double (ink.width)) : 100.0;
  layout = konkurs_document_make_layout (self, self->watermark, size, TRUE, diagonal * 4, PANGO_ALIGN_LEFT);
  pango_layout_get_extents (layout, &ink, &logical);

  cairo_save (cr);
  cairo_translate (cr, self->page_width / 2, self->page_height / 2);
  cairo_rotate (cr, -atan2 (self->page_height, self->page_width));
  cairo_set_source_rgb (cr, WATERMARK_GRAY, WATERMARK_GRAY, WATERMARK_GRAY);
  cairo_move_to (cr, -pango_units_to_double (ink.x + ink.width / 2),
                 -pango_units_to_double (logical.height) / 2);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

/* As konkurs-document-table.c placed it: the same layouts, lines and
 * coordinates as when it was paginated. */
static void
draw_row (KonkursDocument *self, cairo_t *cr, const Item *item)
{
  Block *block = g_ptr_array_index (self->blocks, item->block);
  gboolean header = item->row == ROW_HEADER;
  char **cells = header ? block->headers : konkurs_block_get_row (block, item->row);
  gboolean whole = isinf (item->end);

  for (guint i = 0; i < block->n_columns; i++)
    {
      double x = block->column_x[i], width = block->column_width[i];
      g_autoptr(PangoLayout) layout = konkurs_document_make_layout (self, cells[i], SIZE_TABLE, header,
                                                                    width - 2 * CELL_PADDING,
                                                                    header ? PANGO_ALIGN_CENTER : block->column_align[i]);
      g_autoptr(GArray) lines = konkurs_layout_lines (layout);
      double origin = whole ? item->y + CELL_PADDING : item->y + CELL_PADDING - item->start;

      if (header)
        {
          cairo_set_source_rgb (cr, HEADER_GRAY, HEADER_GRAY, HEADER_GRAY);
          cairo_rectangle (cr, x, item->y, width, item->height);
          cairo_fill (cr);
        }
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_rectangle (cr, x, item->y, width, item->height);
      cairo_stroke (cr);
      for (guint j = 0; j < lines->len; j++)
        {
          LineBox *box = &g_array_index (lines, LineBox, j);

          if (!whole && (box->top < item->start - EPSILON || box->top >= item->end - EPSILON))
            continue;
          cairo_move_to (cr, (x + CELL_PADDING) + box->x, origin + box->baseline);
          pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (layout, box->index));
        }
    }
}

void
konkurs_document_render_page (KonkursDocument *self, cairo_t *cr, guint page)
{
  GArray *items;

  g_return_if_fail (KONKURS_IS_DOCUMENT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->pages->len);

  items = g_ptr_array_index (self->pages, page);
  /* under everything, so that it hides no text */
  if (self->watermark != NULL)
    draw_watermark (self, cr);
  cairo_save (cr);
  cairo_set_line_width (cr, LINE_WIDTH);
  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (items, Item, i);

      cairo_set_source_rgb (cr, 0, 0, 0);
      switch (item->kind)
        {
        case ITEM_TEXT:
          cairo_move_to (cr, item->x, item->y);
          pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (item->layout, item->line));
          break;
        case ITEM_RULE:
          cairo_move_to (cr, item->x, item->y);
          cairo_line_to (cr, item->x + item->width, item->y);
          cairo_stroke (cr);
          break;
        case ITEM_ROW:
          draw_row (self, cr, item);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  cairo_restore (cr);
}
