/* konkurs-list-model.c — finding a record of the store in a list model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "konkurs-list-model.h"

guint
konkurs_list_model_find_id (GListModel *model,
                            gint64      id)
{
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), G_MAXUINT);

  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      gint64 item_id = 0;

      g_object_get (item, "id", &item_id, NULL);
      if (item_id == id)
        return i;
    }
  return G_MAXUINT;
}
