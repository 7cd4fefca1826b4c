/* konkurs-text.h — small text helpers that several modules share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE for NULL, "" and text of Unicode white space only: what a form or
 * a file may hold where a value is required and was not given. */
gboolean konkurs_text_is_blank (const char *text);

/* Substitutes @n for the %d of a translated plural form without printf, so
 * that a broken translation cannot crash the program; "%%" gives "%", and a
 * form without %d (a translator may spell out "one") is kept as it is. */
char    *konkurs_text_expand_count (const char *format, int n);
/* The same with @value for the %s of a translated message. */
char    *konkurs_text_expand_string (const char *format, const char *value);

/* Substitutes @first and @second for the %u (or %d, %i) of a translated
 * format, in order or as %1$u and %2$u, without printf; "%%" gives "%".
 * A format with anything else after a % gives "first / second". */
char    *konkurs_text_expand_pair (const char *format, guint first, guint second);

/* @text (taken; may be NULL) with its first letter in title case: the
 * sentences of the rules are written to stand inside a line ("rank 2 of 5
 * places", "знание законодательства"), and begin a cell or a title in the
 * window. */
char    *konkurs_text_capitalise (char *text);

G_END_DECLS
