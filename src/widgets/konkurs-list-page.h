/* konkurs-list-page.h — a list and its empty states: nothing yet, or
 * nothing found
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KONKURS_TYPE_LIST_PAGE (konkurs_list_page_get_type ())
G_DECLARE_FINAL_TYPE (KonkursListPage, konkurs_list_page, KONKURS, LIST_PAGE, GtkWidget)

/* Shows its list while "model" has rows; without rows, the "empty" child
 * when "empty" is set (there is nothing at all, e.g. a competition without
 * vacancies), else a compact "no results" status page titled
 * "no-results-title" (nothing matches the search or the filters).
 *
 * In a .ui: <child type="list"> (usually a GtkScrolledWindow; <child>
 * without a type is the same) and, optionally, <child type="empty">.
 * Properties: "model" (GListModel, may be NULL: no rows), "empty"
 * (boolean), "no-results-title", "no-results-description" (strings),
 * "page" (string, read-only: "list", "empty" or "no-results"). */

GListModel *konkurs_list_page_get_model       (KonkursListPage *self);
void        konkurs_list_page_set_model       (KonkursListPage *self,
                                               GListModel      *model);
gboolean    konkurs_list_page_get_empty       (KonkursListPage *self);
void        konkurs_list_page_set_empty       (KonkursListPage *self,
                                               gboolean         empty);
void        konkurs_list_page_set_list        (KonkursListPage *self,
                                               GtkWidget       *list);
void        konkurs_list_page_set_empty_child (KonkursListPage *self,
                                               GtkWidget       *child);
const char *konkurs_list_page_get_page        (KonkursListPage *self);

G_END_DECLS
