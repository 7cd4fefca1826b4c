/* konkurs-document-table.c — the tables of a KonkursDocument: columns,
 * rows kept whole, the header row repeated on every page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "konkurs-document-private.h"

/* below a table, before what follows it */
#define TABLE_SPACE_AFTER 10
/* words measured at most, see measure_word() */
#define WORD_CACHE_SIZE 4096

typedef struct {
  guint           n_columns;
  double         *x;        /* left edge of each column */
  double         *width;
  PangoAlignment *align;    /* of the cells but the header's */
  /* of each cell of the body, row by row: the width of its words and
   * spaces on one line, or -1 when it has line breaks or tabs or is empty
   * (see one_line_height()) */
  float          *natural;
  int            *tall;     /* of each cell: its words' highest rise plus deepest fall (Pango units) */
} Columns;

/* A word as one line of the table's face: its width, and how far it
 * rises above and falls below the baseline (Pango units). */
typedef struct {
  double width;
  int    ascent;
  int    descent;
} WordSize;

typedef struct {
  PangoLayout **cells;
  GArray      **lines;    /* of LineBox, one array per cell */
  double        height;   /* including the padding */
} Row;

static WordSize *
measure_word (PangoLayout *measure, GHashTable *cache, const char *word)
{
  WordSize *size = g_hash_table_lookup (cache, word);
  PangoRectangle logical;

  if (size != NULL)
    return size;
  /* Codes and IINs are words of their own, one or two per row: a long
   * table's cache would grow with its rows.  Measures do not change, so
   * starting afresh costs only measuring the common words again. */
  if (g_hash_table_size (cache) >= WORD_CACHE_SIZE)
    g_hash_table_remove_all (cache);
  size = g_new (WordSize, 1);
  pango_layout_set_text (measure, word, -1);
  pango_layout_get_extents (measure, NULL, &logical);
  size->width = pango_units_to_double (logical.width);
  size->ascent = pango_layout_get_baseline (measure) - logical.y;
  size->descent = logical.y + logical.height - pango_layout_get_baseline (measure);
  g_hash_table_insert (cache, g_strdup (word), size);
  return size;
}

/* TRUE when @text has a character that Pango may end a line or a
 * paragraph at, or that does not come out as a word: control characters,
 * NEL, the line and paragraph separators. */
static gboolean
breaks_lines (const char *text)
{
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    if (*p < 0x20 || *p == 0x7f)
      return TRUE;
  return strstr (text, "\xc2\x85") != NULL || strstr (text, "\xe2\x80\xa8") != NULL
      || strstr (text, "\xe2\x80\xa9") != NULL;
}

/* The width of the widest word of @text, in the table's face: a line may
 * break between words, never inside one.  Words are measured once per
 * table (@cache: word → WordSize).  With @natural, the width of the words
 * and the spaces between them on one line and in @tall their highest rise
 * plus deepest fall; -1 for a text empty, with breaks or tabs, or with
 * spaces side by side or at an end, whose lines are left to Pango. */
static double
widest_word (PangoLayout *measure, GHashTable *cache, double space, const char *text, float *natural, int *tall)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\n", -1);
  gboolean one_line = *text != '\0' && !breaks_lines (text);
  double widest = 0, width = 0;
  int ascent = 0, descent = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      WordSize *size;

      if (*words[i] == '\0')
        {
          one_line = FALSE;
          continue;
        }
      size = measure_word (measure, cache, words[i]);
      widest = MAX (widest, size->width);
      width += (i > 0 ? space : 0) + size->width;
      ascent = MAX (ascent, size->ascent);
      descent = MAX (descent, size->descent);
    }
  if (natural != NULL)
    {
      *natural = one_line ? width : -1;
      *tall = ascent + descent;
    }

  return widest;
}

/* The narrowest each column may be: its widest word, of the header (in
 * bold) and of every cell, with the padding and a point to spare.  What
 * one_line_height() needs of each cell goes to @columns. */
static double *
minimum_widths (Pager *pager, Block *block, Columns *columns)
{
  double *minimum = g_new0 (double, block->n_columns);
  g_autoptr(PangoLayout) regular = konkurs_document_make_layout (pager->doc, "", SIZE_TABLE, FALSE, 1, PANGO_ALIGN_LEFT);
  g_autoptr(PangoLayout) bold = konkurs_document_make_layout (pager->doc, "", SIZE_TABLE, TRUE, 1, PANGO_ALIGN_LEFT);
  g_autoptr(GHashTable) regular_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) bold_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  PangoRectangle logical;
  guint n_rows = konkurs_block_get_n_rows (block);
  double space;

  pango_layout_set_width (regular, -1);
  pango_layout_set_width (bold, -1);
  pango_layout_set_text (regular, " ", -1);
  pango_layout_get_extents (regular, NULL, &logical);
  space = pango_units_to_double (logical.width);
  columns->natural = g_new (float, (gsize) n_rows * block->n_columns);
  columns->tall = g_new (int, (gsize) n_rows * block->n_columns);
  for (guint c = 0; block->headers != NULL && c < block->n_columns; c++)
    minimum[c] = widest_word (bold, bold_cache, space, block->headers[c], NULL, NULL);
  /* row by row: a source's rows are read once */
  for (guint r = 0; r < n_rows; r++)
    {
      char **cells = konkurs_block_get_row (block, r);

      for (guint c = 0; c < block->n_columns; c++)
        {
          gsize cell = (gsize) r * block->n_columns + c;

          minimum[c] = MAX (minimum[c], widest_word (regular, regular_cache, space, cells[c],
                                                     &columns->natural[cell], &columns->tall[cell]));
        }
    }
  for (guint c = 0; c < block->n_columns; c++)
    minimum[c] += 2 * CELL_PADDING + 1;

  return minimum;
}

/* The height of cell @column of body row @row when it surely takes one
 * line: its words with their spaces take no more than nine tenths of the
 * cell's width (the rest for what shaping them together may add).  Such a
 * line is as tall as the highest rise and the deepest fall of its words,
 * which is what Pango finds when it lays the cell out; the pagination of
 * a long table then shapes no cell of one line a second time.  FALSE when
 * it may take more. */
static gboolean
one_line_height (Columns *columns, guint row, guint column, double *height)
{
  gsize cell = (gsize) row * columns->n_columns + column;
  float natural = columns->natural[cell];

  if (natural < 0 || natural > 0.9 * (columns->width[column] - 2 * CELL_PADDING))
    return FALSE;
  *height = pango_units_to_double (columns->tall[cell]);
  return TRUE;
}

/* Widths in proportion to @weight, but none below its @minimum: a column
 * too narrow gets its minimum and the others share the rest, until every
 * column fits.  When even the minimums do not fit, they shrink together. */
static void
fit_widths (double *width, const double *minimum, const double *weight, guint n, double total)
{
  g_autofree gboolean *fixed = g_new0 (gboolean, n);
  gboolean changed = TRUE;

  while (changed)
    {
      double rest = total, rest_weight = 0;

      changed = FALSE;
      for (guint i = 0; i < n; i++)
        if (fixed[i])
          rest -= minimum[i];
        else
          rest_weight += weight[i];
      if (rest_weight <= 0 || rest <= 0)
        {
          double sum = 0;

          for (guint i = 0; i < n; i++)
            sum += minimum[i];
          for (guint i = 0; i < n; i++)
            width[i] = sum > total ? minimum[i] * total / sum : minimum[i];
          return;
        }
      for (guint i = 0; i < n; i++)
        {
          if (fixed[i])
            {
              width[i] = minimum[i];
              continue;
            }
          width[i] = rest * weight[i] / rest_weight;
          if (width[i] < minimum[i] - EPSILON)
            fixed[i] = changed = TRUE;
        }
    }
}

static void
columns_init (Columns *columns, Pager *pager, Block *block)
{
  g_autofree double *minimum = NULL;
  double x = pager->left;

  columns->n_columns = block->n_columns;
  minimum = minimum_widths (pager, block, columns);
  columns->x = g_new (double, block->n_columns);
  columns->width = g_new (double, block->n_columns);
  columns->align = g_new (PangoAlignment, block->n_columns);
  fit_widths (columns->width, minimum, block->widths, block->n_columns, konkurs_pager_body_width (pager));
  for (guint i = 0; i < block->n_columns; i++)
    {
      columns->x[i] = x;
      x += columns->width[i];
      columns->align[i] = block->aligns[i] == KONKURS_DOCUMENT_ALIGN_RIGHT ? PANGO_ALIGN_RIGHT
                        : block->aligns[i] == KONKURS_DOCUMENT_ALIGN_CENTER ? PANGO_ALIGN_CENTER
                        : PANGO_ALIGN_LEFT;
    }
  g_free (block->column_x);
  block->column_x = g_memdup2 (columns->x, block->n_columns * sizeof (double));
  g_free (block->column_width);
  block->column_width = g_memdup2 (columns->width, block->n_columns * sizeof (double));
  g_free (block->column_align);
  block->column_align = g_memdup2 (columns->align, block->n_columns * sizeof (PangoAlignment));
}

static void
columns_clear (Columns *columns)
{
  g_clear_pointer (&columns->x, g_free);
  g_clear_pointer (&columns->width, g_free);
  g_clear_pointer (&columns->align, g_free);
  g_clear_pointer (&columns->natural, g_free);
  g_clear_pointer (&columns->tall, g_free);
}

static void
row_free (Columns *columns, Row *row)
{
  if (row == NULL)
    return;
  for (guint i = 0; row->cells != NULL && i < columns->n_columns; i++)
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

/* A row of cells of one line each is only measured (its height, no
 * layouts): it is drawn from its place, and never split. */
static Row *
row_measure (Pager *pager, Columns *columns, guint index, char **cells)
{
  double content = 0;

  for (guint i = 0; i < columns->n_columns; i++)
    {
      double height;

      if (!one_line_height (columns, index, i, &height))
        return row_new (pager, columns, cells, FALSE);
      content = MAX (content, height);
    }
  {
    Row *row = g_new0 (Row, 1);

    row->height = content + 2 * CELL_PADDING;
    return row;
  }
}

static void
place_row (Pager *pager, Row *row, guint index)
{
  konkurs_pager_add_row (pager, index, pager->y, row->height, 0, INFINITY);
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
place_split_row (Pager *pager, Columns *columns, Row *row, guint index, Row *header)
{
  double content = row->height - 2 * CELL_PADDING;
  double start = 0;

  while (start < content - EPSILON)
    {
      double end = row_slice_end (columns, row, start,
                                  MIN (content, start + pager->bottom - pager->y - 2 * CELL_PADDING));
      double height = end - start + 2 * CELL_PADDING;

      konkurs_pager_add_row (pager, index, pager->y, height, start, end);
      pager->y += height;
      start = end;
      if (start < content - EPSILON)
        {
          konkurs_pager_new_page (pager);
          if (header != NULL)
            place_row (pager, header, ROW_HEADER);
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
  guint n_rows = konkurs_block_get_n_rows (block);

  for (guint r = 0; r < n_rows; r++)
    {
      Row *row = row_measure (pager, columns, r, konkurs_block_get_row (block, r));
      gboolean fits = pager->y + row->height <= pager->bottom + EPSILON;
      /* a first row moves with the header: see konkurs_pager_add_table() */
      gboolean moves = fits && r > 0 && r + 1 == n_rows
                    && pager->y > pager->top + header_height + EPSILON
                    && moves_with_next (pager, block, pager->y + row->height,
                                        pager->top + header_height + row->height);

      if ((!fits && row->height <= page_room + EPSILON) || moves)
        {
          konkurs_pager_new_page (pager);
          if (header != NULL)
            place_row (pager, header, ROW_HEADER);
        }
      if (row->height > page_room + EPSILON)
        {
          /* start it on a fresh page unless a good part of it fits here */
          if (pager->bottom - pager->y < page_room / 3)
            {
              konkurs_pager_new_page (pager);
              if (header != NULL)
                place_row (pager, header, ROW_HEADER);
            }
          place_split_row (pager, columns, row, r, header);
        }
      else
        place_row (pager, row, r);
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
  if (konkurs_block_get_n_rows (block) > 0)
    {
      Row *row = row_new (pager, &columns, konkurs_block_get_row (block, 0), FALSE);
      first_row = row->height;
      first = MIN (row->height, 3 * SIZE_TABLE * 1.2 + 2 * CELL_PADDING);
      row_free (&columns, row);
    }
  konkurs_pager_skip (pager, 4);
  konkurs_pager_ensure_space (pager, header_height + first);
  /* nor does it with a single row, when they are kept with what follows */
  if (konkurs_block_get_n_rows (block) == 1 && !konkurs_pager_at_top (pager)
      && moves_with_next (pager, block, pager->y + header_height + first_row,
                          pager->top + header_height + first_row))
    konkurs_pager_new_page (pager);
  if (header != NULL)
    place_row (pager, header, ROW_HEADER);
  paginate_table_rows (pager, &columns, block, header);
  pager->y += TABLE_SPACE_AFTER;

  row_free (&columns, header);
  columns_clear (&columns);
}
