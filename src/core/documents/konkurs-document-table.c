/* konkurs-document-table.c — the tables of a KonkursDocument: columns,
 * rows kept whole, the header row repeated on every page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "konkurs-document-private.h"

/* below a table, before what follows it */
#define TABLE_SPACE_AFTER 10

typedef struct {
  guint           n_columns;
  double         *x;        /* left edge of each column */
  double         *width;
  PangoAlignment *align;    /* of the cells but the header's */
} Columns;

typedef struct {
  PangoLayout **cells;
  GArray      **lines;    /* of LineBox, one array per cell */
  double        height;   /* including the padding */
} Row;

static void
columns_init (Columns *columns, Pager *pager, Block *block)
{
  double total = 0, x = pager->left;

  columns->n_columns = block->n_columns;
  columns->x = g_new (double, block->n_columns);
  columns->width = g_new (double, block->n_columns);
  columns->align = g_new (PangoAlignment, block->n_columns);
  for (guint i = 0; i < block->n_columns; i++)
    total += block->widths[i];
  for (guint i = 0; i < block->n_columns; i++)
    {
      columns->x[i] = x;
      columns->width[i] = konkurs_pager_body_width (pager) * block->widths[i] / total;
      x += columns->width[i];
      columns->align[i] = block->aligns[i] == KONKURS_DOCUMENT_ALIGN_RIGHT ? PANGO_ALIGN_RIGHT
                        : block->aligns[i] == KONKURS_DOCUMENT_ALIGN_CENTER ? PANGO_ALIGN_CENTER
                        : PANGO_ALIGN_LEFT;
    }
}

static void
columns_clear (Columns *columns)
{
  g_clear_pointer (&columns->x, g_free);
  g_clear_pointer (&columns->width, g_free);
  g_clear_pointer (&columns->align, g_free);
}

static void
row_free (Columns *columns, Row *row)
{
  if (row == NULL)
    return;
  for (guint i = 0; i < columns->n_columns; i++)
    {
      g_object_unref (row->cells[i]);
      g_array_unref (row->lines[i]);
    }
  g_free (row->cells);
  g_free (row->lines);
  g_free (row);
}

static Row *
row_new (Pager *pager, Columns *columns, char **cells, gboolean header)
{
  Row *row = g_new0 (Row, 1);
  double content = 0;

  row->cells = g_new (PangoLayout *, columns->n_columns);
  row->lines = g_new (GArray *, columns->n_columns);
  for (guint i = 0; i < columns->n_columns; i++)
    {
      row->cells[i] = konkurs_document_make_layout (pager->doc, cells[i], SIZE_TABLE, header,
                                                    columns->width[i] - 2 * CELL_PADDING,
                                                    header ? PANGO_ALIGN_CENTER : columns->align[i]);
      row->lines[i] = konkurs_layout_lines (row->cells[i]);
      content = MAX (content, konkurs_layout_height (row->cells[i]));
    }
  row->height = content + 2 * CELL_PADDING;

  return row;
}

static void
place_row (Pager *pager, Columns *columns, Row *row, gboolean header)
{
  for (guint i = 0; i < columns->n_columns; i++)
    {
      if (header)
        konkurs_pager_add_item (pager, ITEM_FILL, columns->x[i], pager->y, columns->width[i], row->height);
      konkurs_pager_add_item (pager, ITEM_STROKE, columns->x[i], pager->y, columns->width[i], row->height);
      konkurs_pager_add_layout (pager, row->cells[i], columns->x[i] + CELL_PADDING, pager->y + CELL_PADDING);
    }
  pager->y += row->height;
}

/* Where a slice of @row's text from @start may end, at most @limit: moved
 * up so that no line of any cell is cut in two. */
static double
row_slice_end (Columns *columns, Row *row, double start, double limit)
{
  double end = limit;
  gboolean moved = TRUE;

  while (moved)
    {
      moved = FALSE;
      for (guint i = 0; i < columns->n_columns; i++)
        for (guint j = 0; j < row->lines[i]->len; j++)
          {
            LineBox *box = &g_array_index (row->lines[i], LineBox, j);

            if (box->top > start + EPSILON && box->top < end - EPSILON && box->bottom > end + EPSILON)
              {
                end = box->top;
                moved = TRUE;
              }
          }
    }

  return end;
}

/* A row taller than a page is the one exception to keeping rows whole: it
 * is cut between lines of text and continued under the repeated header, so
 * that no text is lost to clipping. */
static void
place_split_row (Pager *pager, Columns *columns, Row *row, Row *header)
{
  double content = row->height - 2 * CELL_PADDING;
  double start = 0;

  while (start < content - EPSILON)
    {
      double end = row_slice_end (columns, row, start,
                                  MIN (content, start + pager->bottom - pager->y - 2 * CELL_PADDING));
      double height = end - start + 2 * CELL_PADDING;

      for (guint i = 0; i < columns->n_columns; i++)
        {
          konkurs_pager_add_item (pager, ITEM_STROKE, columns->x[i], pager->y, columns->width[i], height);
          for (guint j = 0; j < row->lines[i]->len; j++)
            {
              LineBox *box = &g_array_index (row->lines[i], LineBox, j);

              if (box->top >= start - EPSILON && box->top < end - EPSILON)
                konkurs_pager_add_line (pager, row->cells[i], box, columns->x[i] + CELL_PADDING,
                                        pager->y + CELL_PADDING - start);
            }
        }
      pager->y += height;
      start = end;
      if (start < content - EPSILON)
        {
          konkurs_pager_new_page (pager);
          if (header != NULL)
            place_row (pager, columns, header, TRUE);
        }
    }
}

/* TRUE when the last row of @block, ending at @row_end, goes to a new page
 * (where it would end at @fresh_end) to stay with the beginning of the
 * block that the table is kept with (konkurs_document_keep_with_next()). */
static gboolean
moves_with_next (Pager *pager, Block *block, double row_end, double fresh_end)
{
  if (pager->trial || !block->keep_with_next)
    return FALSE;

  return !konkurs_pager_chain_fits (pager, pager->block + 1, row_end + TABLE_SPACE_AFTER)
      && konkurs_pager_chain_fits (pager, pager->block + 1, fresh_end + TABLE_SPACE_AFTER);
}

static void
paginate_table_rows (Pager *pager, Columns *columns, Block *block, Row *header)
{
  double header_height = header ? header->height : 0;
  double page_room = pager->bottom - pager->top - header_height;

  for (guint r = 0; r < block->rows->len; r++)
    {
      Row *row = row_new (pager, columns, g_ptr_array_index (block->rows, r), FALSE);
      gboolean fits = pager->y + row->height <= pager->bottom + EPSILON;
      /* a first row moves with the header: see konkurs_pager_add_table() */
      gboolean moves = fits && r > 0 && r + 1 == block->rows->len
                    && pager->y > pager->top + header_height + EPSILON
                    && moves_with_next (pager, block, pager->y + row->height,
                                        pager->top + header_height + row->height);

      if ((!fits && row->height <= page_room + EPSILON) || moves)
        {
          konkurs_pager_new_page (pager);
          if (header != NULL)
            place_row (pager, columns, header, TRUE);
        }
      if (row->height > page_room + EPSILON)
        {
          /* start it on a fresh page unless a good part of it fits here */
          if (pager->bottom - pager->y < page_room / 3)
            {
              konkurs_pager_new_page (pager);
              if (header != NULL)
                place_row (pager, columns, header, TRUE);
            }
          place_split_row (pager, columns, row, header);
        }
      else
        place_row (pager, columns, row, FALSE);
      row_free (columns, row);
    }
}

void
konkurs_pager_add_table (Pager *pager, Block *block)
{
  Columns columns;
  Row *header = NULL;
  double header_height = 0;
  double first_row = 0;
  double first = 0;

  columns_init (&columns, pager, block);
  if (block->headers != NULL)
    header = row_new (pager, &columns, block->headers, TRUE);
  header_height = header ? header->height : 0;

  /* the header never stands alone at the bottom of a page */
  if (block->rows->len > 0)
    {
      Row *row = row_new (pager, &columns, g_ptr_array_index (block->rows, 0), FALSE);
      first_row = row->height;
      first = MIN (row->height, 3 * SIZE_TABLE * 1.2 + 2 * CELL_PADDING);
      row_free (&columns, row);
    }
  konkurs_pager_skip (pager, 4);
  konkurs_pager_ensure_space (pager, header_height + first);
  /* nor does it with a single row, when they are kept with what follows */
  if (block->rows->len == 1 && !konkurs_pager_at_top (pager)
      && moves_with_next (pager, block, pager->y + header_height + first_row,
                          pager->top + header_height + first_row))
    konkurs_pager_new_page (pager);
  if (header != NULL)
    place_row (pager, &columns, header, TRUE);
  paginate_table_rows (pager, &columns, block, header);
  pager->y += TABLE_SPACE_AFTER;

  row_free (&columns, header);
  columns_clear (&columns);
}
