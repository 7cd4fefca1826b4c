/* konkurs-list-model.h — finding a record of the store in a list model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The position in @model of the item whose "id" property (gint64, as every
 * record of the model has) is @id; GTK_INVALID_LIST_POSITION (G_MAXUINT)
 * when there is none. */
guint konkurs_list_model_find_id (GListModel *model,
                                  gint64      id);

G_END_DECLS
