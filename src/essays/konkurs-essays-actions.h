/* konkurs-essays-actions.h — what the Essays area's actions do: the
 * draw, reassigning, resolving, packages, results, unsealing, imports
 *
 * Each takes the widget it was started from (its window parents the
 * dialogs, its area gets the news) and says every refusal as the store
 * or the importer gives it, with nothing changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "konkurs-store-essays.h"
#include "konkurs-store-stages.h"

G_BEGIN_DECLS

void konkurs_essays_explain         (GtkWidget *source, const char *heading, const char *body);
/* Tells @text in @source's area (a toast). */

void konkurs_essays_assign          (GtkWidget *source, KonkursStore *store, gint64 stage_id,
                                     GCancellable *cancellable);
/* @grades: the essay's graders (of KonkursEssayGrade); @preselected: the
 * grader to offer first (0: the first without a score). */
void konkurs_essays_reassign        (GtkWidget *source, KonkursStore *store, const KonkursEssay *essay,
                                     GPtrArray *grades, gint64 preselected);
void konkurs_essays_resolve         (GtkWidget *source, KonkursStore *store, const KonkursEssay *essay,
                                     const KonkursEssayRule *rule);
void konkurs_essays_export_packages (GtkWidget *source, KonkursStore *store, gint64 stage_id,
                                     GCancellable *cancellable);
void konkurs_essays_export_package  (GtkWidget *source, KonkursStore *store, gint64 stage_id,
                                     gint64 expert_id, const char *expert_name);
void konkurs_essays_grade_here      (GtkWidget *source, KonkursStore *store, gint64 stage_id,
                                     gint64 expert_id);
void konkurs_essays_import_results  (GtkWidget *source, KonkursStore *store);
/* Imports RESULTS.xml at @path, asking for a reason when it replaces an
 * earlier file of its package. */
void konkurs_essays_import_results_file (GtkWidget *source, KonkursStore *store, const char *path);
void konkurs_essays_unseal          (GtkWidget *source, KonkursStore *store, gint64 stage_id, guint n_essays);
/* <konkurs-experts> when @experts, else <konkurs-essays>. */
void konkurs_essays_import_file     (GtkWidget *source, KonkursStore *store, gboolean experts,
                                     GCancellable *cancellable);
void konkurs_essays_show_experts    (GtkWidget *source, KonkursStore *store);
void konkurs_essays_add_essays      (GtkWidget *source, KonkursStore *store, const KonkursStage *stage);

/* Where Grade Here keeps the packages it issues: the user's data folder. */
char *konkurs_essays_dup_package_folder (void);

G_END_DECLS
