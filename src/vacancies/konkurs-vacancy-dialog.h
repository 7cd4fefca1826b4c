/* konkurs-vacancy-dialog.h — add or edit a vacancy of a competition
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "konkurs-edit-dialog.h"
#include "konkurs-store.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_VACANCY_DIALOG (konkurs_vacancy_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KonkursVacancyDialog, konkurs_vacancy_dialog, KONKURS, VACANCY_DIALOG, KonkursEditDialog)

/* A modal dialog over @parent.  @vacancy NULL adds a new vacancy to
 * competition @competition_id; else a copy of @vacancy is edited.  Signals:
 * "saved" (KonkursVacancy *): after the store saved it, just before the
 * dialog closes. */
KonkursVacancyDialog *konkurs_vacancy_dialog_new (GtkWindow      *parent,
                                                  KonkursStore   *store,
                                                  gint64          competition_id,
                                                  KonkursVacancy *vacancy);

/* Whether @category is a valid category code such as "C-O-4": groups of
 * capital Latin letters and digits joined by single hyphens. */
gboolean konkurs_vacancy_dialog_category_is_valid (const char *category);

G_END_DECLS
