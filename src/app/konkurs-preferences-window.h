/* konkurs-preferences-window.h — the organisation's details, its
 * commission and the person deciding, set once for every document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "konkurs-store.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_PREFERENCES_WINDOW (konkurs_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (KonkursPreferencesWindow, konkurs_preferences_window, KONKURS, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

/* The Preferences of Konkurs over @parent (may be NULL): the state body,
 * its address and the place of the meetings in Kazakh and in Russian (the
 * interface language first), the default commission (role, and name and
 * position in both languages, of each member), kept in @store so that the
 * command line prints with them too; and the person deciding at this
 * workstation, kept in @settings (the key actor-name; may be NULL) and
 * handed to @store as its actor.  Changes are saved a moment after they
 * are typed, and when the window closes; a commission that cannot be kept
 * (two chairs, a member without a name) says why and waits. */
KonkursPreferencesWindow *konkurs_preferences_window_new  (GtkWindow                *parent,
                                                           KonkursStore             *store,
                                                           GSettings                *settings);
/* Saves what is pending now; FALSE with @error when the store refuses. */
gboolean                  konkurs_preferences_window_save (KonkursPreferencesWindow *self,
                                                           GError                  **error);

G_END_DECLS
