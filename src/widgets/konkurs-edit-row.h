/* konkurs-edit-row.h — the base of the rows of a list in an edit dialog
 * (a diploma, a period of work, a certificate): each can be removed, knows
 * its place in the list, and checks its own fields
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KONKURS_TYPE_EDIT_ROW (konkurs_edit_row_get_type ())
G_DECLARE_DERIVABLE_TYPE (KonkursEditRow, konkurs_edit_row, KONKURS, EDIT_ROW, GtkListBoxRow)

/* A subclass's template gives its remove button action-name "row.remove".
 * Signals: "remove" (no arguments) when that action is activated; the
 * dialog takes the row out of its list.  The row is not activatable: its
 * fields take the clicks.  Above the subclass's fields the row shows its
 * title, the class's title_format with its number ("Education 2"), which
 * also names it for assistive technologies. */
struct _KonkursEditRowClass
{
  GtkListBoxRowClass parent_class;

  /* Marks the fields at fault; FALSE, with what is wrong in *@message
   * (NULL on entry; a sentence naming the row by its number), when the row
   * cannot be saved.  By default a row is always right. */
  gboolean (*check) (KonkursEditRow  *self,
                     char           **message);

  /* A msgid marked with N_() that takes the row's number, as
   * "Education %u", translated when shown. */
  const char *title_format;

  gpointer padding[3];
};

/* The place of the row in its list, counting from 1, as messages name it
 * ("Work period 2: …"); 0 outside a list. */
guint    konkurs_edit_row_get_number (KonkursEditRow  *self);
/* Gives every row of @list the title of its place, after a row was added
 * or removed. */
void     konkurs_edit_row_renumber   (GtkListBox      *list);
/* Runs the class's check(); @message may be NULL. */
gboolean konkurs_edit_row_check      (KonkursEditRow  *self,
                                      char           **message);

G_END_DECLS
