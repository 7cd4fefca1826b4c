/* konkurs-country-row.h — a country chosen by its name in the interface
 * language, kept as its ISO 3166 code
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KONKURS_TYPE_COUNTRY_ROW (konkurs_country_row_get_type ())
G_DECLARE_FINAL_TYPE (KonkursCountryRow, konkurs_country_row, KONKURS, COUNTRY_ROW, AdwActionRow)

/* A row with a drop-down of the countries of ISO 3166-1, named as Debian's
 * iso-codes translates them into the interface language, Kazakhstan first
 * and the others in alphabetical order; typing in the open list searches
 * it.  A code the list does not know (a record from elsewhere) is kept and
 * offered as it is.  The row's title names it for assistive technologies.
 *
 * Properties: "code" (the two capital letters of the country chosen,
 * "KZ" by default). */
GtkWidget  *konkurs_country_row_new      (void);

const char *konkurs_country_row_get_code (KonkursCountryRow *self);
/* NULL or "" chooses Kazakhstan; lower case is taken as upper case. */
void        konkurs_country_row_set_code (KonkursCountryRow *self,
                                          const char        *code);
/* The drop-down, for a test to choose with. */
GtkDropDown *konkurs_country_row_get_drop_down (KonkursCountryRow *self);

/* The name of the country @code in the interface language, or NULL when
 * iso-codes does not know it. */
const char *konkurs_country_name         (const char        *code);

G_END_DECLS
