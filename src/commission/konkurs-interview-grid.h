/* konkurs-interview-grid.h — the candidates × voting members grid of a
 * meeting, where the secretary records votes or scores with the keyboard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "konkurs-store-commission.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_INTERVIEW_GRID (konkurs_interview_grid_get_type ())
G_DECLARE_FINAL_TYPE (KonkursInterviewGrid, konkurs_interview_grid, KONKURS, INTERVIEW_GRID, AdwBin)

GtkWidget  *konkurs_interview_grid_new          (void);
/* Shows the candidates of @meeting (NULL: none) with a column per member
 * of @attendance (of KonkursAttendance) who votes, and follows the
 * store's changes to the votes. */
void        konkurs_interview_grid_set_meeting  (KonkursInterviewGrid *self,
                                                 KonkursStore         *store,
                                                 const KonkursMeeting *meeting,
                                                 GPtrArray            *attendance);
/* Reads the candidates again, keeping the current cell. */
void        konkurs_interview_grid_reload       (KonkursInterviewGrid *self);
/* The widget that takes the keys (the table). */
GtkWidget  *konkurs_interview_grid_get_focus_widget (KonkursInterviewGrid *self);
guint       konkurs_interview_grid_get_n_rows   (KonkursInterviewGrid *self);
guint       konkurs_interview_grid_get_n_members (KonkursInterviewGrid *self);
/* The current cell: a candidate (row) and a voting member (column). */
void        konkurs_interview_grid_set_cursor   (KonkursInterviewGrid *self,
                                                 guint                 row,
                                                 guint                 member);
void        konkurs_interview_grid_get_cursor   (KonkursInterviewGrid *self,
                                                 guint                *row,
                                                 guint                *member);
/* The row @row as the grid shows it (NULL past the end). */
const KonkursMeetingRow *konkurs_interview_grid_get_row (KonkursInterviewGrid *self,
                                                         guint                 row);
/* What the grid said last (a refusal, a recorded ballot), as its toast
 * and its status line say it. */
const char *konkurs_interview_grid_get_message  (KonkursInterviewGrid *self);

G_END_DECLS
