/* konkurs-master-detail.h — the layout of an area: a list beside the
 * details of what is selected in it, or one page while there is nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KONKURS_TYPE_MASTER_DETAIL (konkurs_master_detail_get_type ())
G_DECLARE_FINAL_TYPE (KonkursMasterDetail, konkurs_master_detail, KONKURS, MASTER_DETAIL, GtkWidget)

/* A sidebar on the left (the list, with its filters and its action bar)
 * and, in a paned beside it, the details of the selected row, or a
 * placeholder while nothing is selected (at least 360 pixels wide).
 * While "empty" (the area has nothing at all yet) one page, with a way to
 * begin, takes the place of both.  The page not shown is hidden, so that
 * assistive technologies do not find its buttons either.
 *
 * In a .ui: <child type="sidebar">, <child type="details">,
 * <child type="placeholder"> (an AdwStatusPage: "No … Selected") and
 * <child type="empty"> (an AdwStatusPage: "No … Yet").
 * Properties: "empty", "show-details" (boolean), "position" (int, of the
 * divider; -1, the default, lets the paned place it), "resize-sidebar" (boolean: the sidebar grows with the window;
 * TRUE by default). */

gboolean   konkurs_master_detail_get_empty        (KonkursMasterDetail *self);
void       konkurs_master_detail_set_empty        (KonkursMasterDetail *self,
                                                   gboolean             empty);
gboolean   konkurs_master_detail_get_show_details (KonkursMasterDetail *self);
void       konkurs_master_detail_set_show_details (KonkursMasterDetail *self,
                                                   gboolean             show_details);
void       konkurs_master_detail_set_sidebar      (KonkursMasterDetail *self,
                                                   GtkWidget           *sidebar);
void       konkurs_master_detail_set_details      (KonkursMasterDetail *self,
                                                   GtkWidget           *details);
void       konkurs_master_detail_set_placeholder  (KonkursMasterDetail *self,
                                                   GtkWidget           *placeholder);
void       konkurs_master_detail_set_empty_page   (KonkursMasterDetail *self,
                                                   GtkWidget           *page);

G_END_DECLS
