/* konkurs-search-controller.h — search as you type, the same way in every
 * area: the query of a search entry, and matching it off the main thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KONKURS_TYPE_SEARCH_CONTROLLER (konkurs_search_controller_get_type ())
G_DECLARE_FINAL_TYPE (KonkursSearchController, konkurs_search_controller, KONKURS, SEARCH_CONTROLLER, GObject)

/* Follows the "search-changed" of its entry, which waits for a pause in
 * the typing (and reports an emptied entry at once), and keeps the query
 * stripped ("text", "" when there is none) and folded for matching
 * ("key": see konkurs_search_fold(); NULL when there is no query).
 * "changed" is emitted when the query changes.
 *
 * A list searched in a store query (KonkursCandidateList) takes the text
 * on "changed"; the store's worker does the rest.  A list filtered in
 * memory gives the controller the folded texts of its rows
 * (konkurs_search_controller_set_texts()): the controller matches the key
 * against them in a worker thread, so typing stays responsive however
 * many rows there are, and emits "matched" in the main thread once the
 * answer for the current key is in.  A newer key supersedes a running
 * match, whose answer is dropped.  Main thread only.
 *
 * Properties: "entry" (GtkSearchEntry, may be NULL), "text" and "key"
 * (read-only), "matching" (boolean, read-only: a match runs in a worker).
 * Signals: "changed", "matched". */
KonkursSearchController *konkurs_search_controller_new          (GtkSearchEntry          *entry);

GtkSearchEntry *konkurs_search_controller_get_entry             (KonkursSearchController *self);
void            konkurs_search_controller_set_entry             (KonkursSearchController *self,
                                                                 GtkSearchEntry          *entry);
const char     *konkurs_search_controller_get_text              (KonkursSearchController *self);
const char     *konkurs_search_controller_get_key               (KonkursSearchController *self);
gboolean        konkurs_search_controller_is_matching           (KonkursSearchController *self);
/* Empties the entry and, without waiting for a pause, the query. */
void            konkurs_search_controller_clear                 (KonkursSearchController *self);

/* The folded texts of the rows to match (of char *; the controller keeps a
 * reference; NULL for none).  New texts are rows just read on the main
 * thread: they are matched there at once, so the list never shows them
 * unfiltered, and "matched" is emitted before this returns. */
void            konkurs_search_controller_set_texts             (KonkursSearchController *self,
                                                                 GPtrArray               *texts);
/* The positions of the texts that match the key of the last "matched";
 * NULL (all match) while there is no key.  Owned by the controller. */
GtkBitset      *konkurs_search_controller_get_matches           (KonkursSearchController *self);
/* Whether text @position matches the key of the last "matched": always
 * TRUE while there is no key. */
gboolean        konkurs_search_controller_matches               (KonkursSearchController *self,
                                                                 guint                    position);

/* @text folded for searching: case and composed forms folded for every
 * script, Kazakh and Russian included (SQLite's and ASCII folding would
 * miss "ә" against "Ә"); "" for NULL or invalid UTF-8.  Free with g_free(). */
char           *konkurs_search_fold                             (const char              *text);

G_END_DECLS
