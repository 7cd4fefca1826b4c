/* konkurs-window-databases.h — New Database…, Open Database… and the
 * recent databases of the window's main menu
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-window.h"

G_BEGIN_DECLS

/* Ask for a file (a new one, or an existing database) and switch @self to
 * it; a failure is explained over @self and changes nothing. */
void     konkurs_window_new_database       (KonkursWindow *self);
void     konkurs_window_open_database      (KonkursWindow *self);
/* Switches @self to the database @path (which is created when @create);
 * FALSE, after explaining why over @self, when it cannot. */
gboolean konkurs_window_open_database_path (KonkursWindow *self,
                                            const char    *path,
                                            gboolean       create);

/* The path a file chooser of @self's was answered with (NULL unless
 * accepted); destroys and unrefs @chooser. */
char    *konkurs_window_chooser_finish     (GtkNativeDialog *chooser,
                                            int              response);

/* The recent databases (GSettings "recent-databases", most recent first)
 * that still exist, but @current, as items of @menu for win.open-recent. */
void     konkurs_window_fill_recent_menu   (GMenu         *menu,
                                            GSettings     *settings,
                                            const char    *current);
/* Puts @path first in "recent-databases" (and in "last-database", which
 * the next start opens).  Nothing for a database in memory. */
void     konkurs_window_remember_database  (GSettings     *settings,
                                            const char    *path);

G_END_DECLS
