/* konkurs-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "konkurs-store.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_APPLICATION (konkurs_application_get_type ())
G_DECLARE_FINAL_TYPE (KonkursApplication, konkurs_application, KONKURS, APPLICATION, AdwApplication)

KonkursApplication *konkurs_application_new (void);

G_END_DECLS
