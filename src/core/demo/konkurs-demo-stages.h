/* konkurs-demo-stages.h — competitions of the demonstration data at each
 * point of their path: documents, testing, essay, practical task,
 * assessment centre
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-store.h"

G_BEGIN_DECLS

/* The demo's competitions taken along their stages: @civil[0] stays at
 * its documents review, @civil[1] has its testing open with part of the
 * results, @civil[2] its practical task open with some members' scores,
 * @civil[3] waits for its interview, @youth[0] has the assessment
 * centre's results in, @youth[1] is grading its essays (so many as there
 * are).  @twins (two of them) receives two applications of one vacancy of
 * @civil[3] with equal results in every stage, for the commission to
 * choose between (0 when the demo has none).  Inside the demo's
 * transaction; @seed gives the same scores every time. */
gboolean konkurs_demo_fill_stages (KonkursStore  *store,
                                   guint32        seed,
                                   const gint64  *civil,
                                   guint          n_civil,
                                   const gint64  *youth,
                                   guint          n_youth,
                                   gint64        *twins,
                                   GError       **error);

/* How many applications a competition taken along its stages receives at
 * most (the others take the rest): the stages of a competition are
 * filled one result at a time, as a secretary would, which must not make
 * a demo of 50,000 slow. */
#define KONKURS_DEMO_STAGED_CIVIL_MAX 60
#define KONKURS_DEMO_STAGED_YOUTH_MAX 120

G_END_DECLS
