/* konkurs-text.h — small checks of text that several modules make
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE for NULL, "" and text of Unicode white space only: what a form or
 * a file may hold where a value is required and was not given. */
gboolean konkurs_text_is_blank (const char *text);

G_END_DECLS
