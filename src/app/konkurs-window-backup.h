/* konkurs-window-backup.h — Back Up…, the reminder to back up, and the
 * check of a database the window opens
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-window.h"

G_BEGIN_DECLS

/* When @database was last backed up (GSettings "backups", keyed by its
 * real path), in seconds since 1970; 0 when never or without the key. */
gint64 konkurs_backup_get_last (GSettings *settings, const char *database);
/* Notes a backup of @database made at @when.  Nothing without the key. */
void   konkurs_backup_note     (GSettings *settings, const char *database, gint64 when);

/* Asks where, then copies the database of @self in a KonkursJob with
 * progress and Cancel; says what it wrote, or why not. */
void   konkurs_window_backup   (KonkursWindow *self);
/* The same into @copy, without asking (tests, and the chooser's answer). */
void   konkurs_window_backup_to (KonkursWindow *self, const char *copy);

/* Once per database the window opens: a read-only database says why (and
 * Import is off); otherwise the integrity check runs in a job (a damaged
 * database becomes read-only, with the advice to restore a backup), and a
 * toast reminds when the last backup is older than a week. */
void   konkurs_window_database_opened (KonkursWindow *self, GSettings *settings);

/* Installs win.backup. */
void   konkurs_window_class_add_backup (GtkWidgetClass *widget_class);

G_END_DECLS
