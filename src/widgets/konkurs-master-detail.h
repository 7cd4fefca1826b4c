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
 * and beside it the details of the selected row, or a placeholder while
 * nothing is selected (at least 360 pixels wide).  While "empty" (the area
 * has nothing at all yet) one page, with a way to begin, takes the place
 * of both.  The page not shown is hidden, so that assistive technologies
 * do not find its buttons either.
 *
 * When the two do not fit side by side (AdwLeaflet) the layout "folds":
 * the list alone, then a click or Enter on one of its rows shows the
 * details, with a Back button (action master-detail.back; Alt+Left, the
 * back mouse button and a swipe too) labelled "back-label".
 *
 * In a .ui: <child type="sidebar">, <child type="details">,
 * <child type="placeholder"> (an AdwStatusPage: "No … Selected") and
 * <child type="empty"> (an AdwStatusPage: "No … Yet").
 * Properties: "empty", "show-details" (boolean), "sidebar-width" (int, the
 * sidebar's width beside the details, which is also its least; -1, the
 * default, lets its content decide), "sidebar-expand" (boolean: the
 * sidebar shares the room left over with the details, for a table; FALSE
 * by default), "back-label" (string: what the Back button goes back to,
 * "Back" by default), "folded" (boolean, read-only), "showing-details"
 * (boolean, read-only: the details are on screen, beside the list or in
 * its place). */

gboolean   konkurs_master_detail_get_empty        (KonkursMasterDetail *self);
void       konkurs_master_detail_set_empty        (KonkursMasterDetail *self,
                                                   gboolean             empty);
gboolean   konkurs_master_detail_get_show_details (KonkursMasterDetail *self);
void       konkurs_master_detail_set_show_details (KonkursMasterDetail *self,
                                                   gboolean             show_details);
gboolean   konkurs_master_detail_get_folded       (KonkursMasterDetail *self);
gboolean   konkurs_master_detail_get_showing_details (KonkursMasterDetail *self);
/* Folded, shows the details (if any) in place of the list, or the list
 * again; unfolded both are always in sight. */
void       konkurs_master_detail_present_details  (KonkursMasterDetail *self);
void       konkurs_master_detail_present_list     (KonkursMasterDetail *self);
void       konkurs_master_detail_set_sidebar      (KonkursMasterDetail *self,
                                                   GtkWidget           *sidebar);
void       konkurs_master_detail_set_details      (KonkursMasterDetail *self,
                                                   GtkWidget           *details);
void       konkurs_master_detail_set_placeholder  (KonkursMasterDetail *self,
                                                   GtkWidget           *placeholder);
void       konkurs_master_detail_set_empty_page   (KonkursMasterDetail *self,
                                                   GtkWidget           *page);

G_END_DECLS
