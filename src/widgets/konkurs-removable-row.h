/* konkurs-removable-row.h — the base of the rows of an editable list in a
 * dialog (a diploma, a period of work, a certificate): not activatable, and
 * with a "row.remove" action for its remove button
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KONKURS_TYPE_REMOVABLE_ROW (konkurs_removable_row_get_type ())
G_DECLARE_DERIVABLE_TYPE (KonkursRemovableRow, konkurs_removable_row, KONKURS, REMOVABLE_ROW, GtkListBoxRow)

/* A subclass's template gives its remove button action-name "row.remove".
 * Signals: "remove" (no arguments) when that action is activated; the
 * dialog takes the row out of its list. */
struct _KonkursRemovableRowClass
{
  GtkListBoxRowClass parent_class;

  gpointer padding[4];
};

/* The place of the row in its list, counting from 1, as messages name it
 * ("Work period 2: …"); 0 outside a list. */
guint konkurs_removable_row_get_number (KonkursRemovableRow *self);

G_END_DECLS
