/* konkurs-document.c — a paginated A4 document drawn with cairo and pango
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "konkurs-autocleanups.h"
#include "konkurs-document.h"

#define MM_TO_PT(mm)   ((mm) * 72.0 / 25.4)
#define A4_WIDTH       MM_TO_PT (210.0)
#define A4_HEIGHT      MM_TO_PT (297.0)
#define MARGIN_LEFT    MM_TO_PT (20.0)
#define MARGIN_OTHER   MM_TO_PT (15.0)

#define FONT_FAMILY    "DejaVu Sans"
#define SIZE_BODY      10.0
#define SIZE_TABLE     9.0
#define SIZE_TITLE     14.0
#define SIZE_HEADING   11.0
#define SIZE_FOOTER    8.0

#define CELL_PADDING   3.0
#define LINE_WIDTH     0.5
#define FOOTER_GAP     10.0
#define HEADER_GRAY    0.88
#define EPSILON        0.01

typedef enum {
  BLOCK_TITLE,
  BLOCK_HEADING,
  BLOCK_PARAGRAPH,
  BLOCK_FIELD,
  BLOCK_TABLE,
  BLOCK_SIGNATURE,
} BlockKind;

typedef struct {
  BlockKind  kind;
  char      *text;      /* title, heading, paragraph; field label; signature role */
  char      *value;     /* field value; signature name */
  guint      n_columns; /* tables */
  char     **headers;   /* NULL: a table without header row */
  double    *widths;    /* relative, n_columns of them */
  GPtrArray *rows;      /* of char ** with n_columns strings */
} Block;

typedef enum {
  ITEM_TEXT,        /* one line of a layout, its baseline origin at (x, y) */
  ITEM_FILL,        /* a grey rectangle */
  ITEM_STROKE,      /* a rectangle outline */
  ITEM_RULE,        /* a horizontal line of @width */
} ItemKind;

typedef struct {
  ItemKind     kind;
  PangoLayout *layout;  /* ITEM_TEXT: a reference */
  int          line;    /* ITEM_TEXT: index of the line in the layout */
  double       x, y, width, height;
} Item;

typedef struct {
  int    index;
  double x, top, bottom, baseline;   /* in the layout's coordinates */
} LineBox;

struct _KonkursDocument
{
  GObject       parent_instance;

  GPtrArray    *blocks;       /* of Block */
  Block        *open_table;   /* the table rows are added to, if any */
  char         *footer;
  char         *page_format;
  char         *pdf_title;

  PangoFontMap *font_map;
  PangoContext *context;
  GPtrArray    *pages;        /* of GArray of Item, from the last pagination */
};

G_DEFINE_FINAL_TYPE (KonkursDocument, konkurs_document, G_TYPE_OBJECT)
G_DEFINE_QUARK (konkurs-document-error-quark, konkurs_document_error)

/* The state of one pagination pass. */
typedef struct {
  KonkursDocument *doc;
  double           left, right, top, bottom;  /* the body box */
  double           y;                         /* where the next block starts */
  GArray          *page;                      /* items of the current page */
} Pager;

static void
block_free (gpointer data)
{
  Block *block = data;

  g_free (block->text);
  g_free (block->value);
  g_strfreev (block->headers);
  g_free (block->widths);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
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
  g_free (self->page_format);
  g_free (self->pdf_title);

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

  return block;
}

void
konkurs_document_set_footer (KonkursDocument *self, const char *footer, const char *page_format)
{
  g_return_if_fail (KONKURS_IS_DOCUMENT (self));

  g_free (self->footer);
  self->footer = g_strdup (footer);
  g_free (self->page_format);
  self->page_format = g_strdup (page_format);
}

void
konkurs_document_set_pdf_title (KonkursDocument *self, const char *title)
{
  g_return_if_fail (KONKURS_IS_DOCUMENT (self));

  g_free (self->pdf_title);
  self->pdf_title = g_strdup (title);
}

void
konkurs_document_add_title (KonkursDocument *self, const char *text)
{
  g_return_if_fail (KONKURS_IS_DOCUMENT (self));
  add_block (self, BLOCK_TITLE, text, NULL);
}

void
konkurs_document_add_heading (KonkursDocument *self, const char *text)
{
  g_return_if_fail (KONKURS_IS_DOCUMENT (self));
  add_block (self, BLOCK_HEADING, text, NULL);
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

static char **
copy_cells (guint n_columns, const char * const *cells)
{
  char **copy = g_new0 (char *, n_columns + 1);

  for (guint i = 0; i < n_columns; i++)
    copy[i] = g_strdup (cells[i] ? cells[i] : "");

  return copy;
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
  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  self->open_table = block;
}

void
konkurs_document_add_row (KonkursDocument *self, const char * const *cells)
{
  g_return_if_fail (KONKURS_IS_DOCUMENT (self));
  g_return_if_fail (self->open_table != NULL);
  g_return_if_fail (cells != NULL);

  g_ptr_array_add (self->open_table->rows, copy_cells (self->open_table->n_columns, cells));
}

void
konkurs_document_end_table (KonkursDocument *self)
{
  g_return_if_fail (KONKURS_IS_DOCUMENT (self));
  self->open_table = NULL;
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

static PangoLayout *
make_layout (KonkursDocument *self,
             const char      *text,
             double           size,
             gboolean         bold,
             double           width,
             PangoAlignment   alignment)
{
  PangoLayout *layout = pango_layout_new (get_context (self));
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();

  pango_font_description_set_family (font, FONT_FAMILY);
  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, pango_units_from_double (MAX (width, 1.0)));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_text (layout, text, -1);

  return layout;
}

static GArray *
layout_lines (PangoLayout *layout)
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

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return pango_units_to_double (logical.y + logical.height);
}

/* Pages */

static void
add_item (Pager *pager, ItemKind kind, double x, double y, double width, double height)
{
  Item item = { kind, NULL, 0, x, y, width, height };

  g_array_append_val (pager->page, item);
}

static void
add_line (Pager *pager, PangoLayout *layout, const LineBox *box, double x, double y)
{
  Item item = { ITEM_TEXT, g_object_ref (layout), box->index, x + box->x, y + box->baseline, 0, 0 };

  g_array_append_val (pager->page, item);
}

/* Places every line of @layout with its top-left corner at (@x, @y). */
static void
add_layout (Pager *pager, PangoLayout *layout, double x, double y)
{
  g_autoptr(GArray) lines = layout_lines (layout);

  for (guint i = 0; i < lines->len; i++)
    add_line (pager, layout, &g_array_index (lines, LineBox, i), x, y);
}

static void
new_page (Pager *pager)
{
  pager->page = g_array_new (FALSE, FALSE, sizeof (Item));
  g_array_set_clear_func (pager->page, item_clear);
  g_ptr_array_add (pager->doc->pages, pager->page);
  pager->y = pager->top;
}

static gboolean
at_page_top (Pager *pager)
{
  return pager->y <= pager->top + EPSILON;
}

/* Space before a block, dropped at the top of a page. */
static void
skip (Pager *pager, double space)
{
  if (!at_page_top (pager))
    pager->y += space;
}

/* Starts a new page unless @height fits below the current position. */
static void
ensure_space (Pager *pager, double height)
{
  if (pager->y + height > pager->bottom + EPSILON && !at_page_top (pager))
    new_page (pager);
}

static double
body_width (Pager *pager)
{
  return pager->right - pager->left;
}

/* Lays out a title or heading, which is never split. */
static void
paginate_heading (Pager *pager, Block *block)
{
  gboolean title = block->kind == BLOCK_TITLE;
  g_autoptr(PangoLayout) layout = make_layout (pager->doc, block->text,
                                               title ? SIZE_TITLE : SIZE_HEADING, TRUE,
                                               body_width (pager),
                                               title ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT);
  double height = layout_height (layout);

  skip (pager, title ? 0 : 10);
  /* keep a heading with at least three lines of what follows it */
  ensure_space (pager, height + (title ? 0 : 3 * SIZE_BODY * 1.2));
  add_layout (pager, layout, pager->left, pager->y);
  pager->y += height + (title ? 14 : 5);
}

/* Lays out wrapped text line by line, continuing on the next page. */
static void
paginate_text (Pager *pager, PangoLayout *layout)
{
  g_autoptr(GArray) lines = layout_lines (layout);
  double origin;

  skip (pager, 0);
  origin = pager->y;
  for (guint i = 0; i < lines->len; i++)
    {
      LineBox *box = &g_array_index (lines, LineBox, i);

      if (origin + box->bottom > pager->bottom + EPSILON && origin + box->top > pager->top + EPSILON)
        {
          new_page (pager);
          origin = pager->top - box->top;
        }
      add_line (pager, layout, box, pager->left, origin);
      pager->y = origin + box->bottom;
    }
  pager->y += 6;
}

static void
paginate_paragraph (Pager *pager, Block *block)
{
  g_autoptr(PangoLayout) layout = make_layout (pager->doc, block->text, SIZE_BODY, FALSE,
                                               body_width (pager), PANGO_ALIGN_LEFT);

  pango_layout_set_justify (layout, TRUE);
  paginate_text (pager, layout);
}

static void
paginate_field (Pager *pager, Block *block)
{
  g_autofree char *text = g_strconcat (block->text, ": ", block->value, NULL);
  g_autoptr(PangoLayout) layout = make_layout (pager->doc, text, SIZE_BODY, FALSE,
                                               body_width (pager), PANGO_ALIGN_LEFT);
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  PangoAttribute *bold = pango_attr_weight_new (PANGO_WEIGHT_BOLD);

  bold->start_index = 0;
  bold->end_index = strlen (block->text) + 1;
  pango_attr_list_insert (attrs, bold);
  pango_layout_set_attributes (layout, attrs);
  paginate_text (pager, layout);
  pager->y -= 3;
}

static void
paginate_signature (Pager *pager, Block *block)
{
  double width = body_width (pager);
  g_autoptr(PangoLayout) role = make_layout (pager->doc, block->text, SIZE_BODY, FALSE,
                                             width * 0.42, PANGO_ALIGN_LEFT);
  g_autoptr(PangoLayout) name = make_layout (pager->doc, block->value, SIZE_BODY, FALSE,
                                             width * 0.28, PANGO_ALIGN_LEFT);
  g_autoptr(GArray) lines = layout_lines (role);
  double height = MAX (layout_height (role), layout_height (name));
  double baseline = g_array_index (lines, LineBox, lines->len - 1).baseline;

  /* room above the line for a handwritten signature */
  skip (pager, 22);
  ensure_space (pager, height);
  add_layout (pager, role, pager->left, pager->y);
  add_item (pager, ITEM_RULE, pager->left + width * 0.45, pager->y + baseline + 2, width * 0.25, 0);
  add_layout (pager, name, pager->left + width * 0.72, pager->y + baseline - g_array_index (lines, LineBox, 0).baseline);
  pager->y += height + 4;
}
