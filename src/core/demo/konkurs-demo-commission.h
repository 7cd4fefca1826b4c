/* konkurs-demo-commission.h — the commissions of the demonstration data,
 * their meetings and votes, and what they decide
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-store.h"

G_BEGIN_DECLS

/* One competition commission per state body of @civil (each serving its
 * body's competitions), the agency's for @youth, the Youth Reserve's
 * expert commission and National Commission bound to those stages; then
 * a meeting of every interview, expert-commission and national-commission
 * stage the competitions reached (after konkurs_demo_fill_stages(), which
 * leaves @civil[3] at its interview and @youth[0] with its assessment
 * centre's results in), with attendance, an observer, votes and dissents:
 * among them a tie the chair decides, a recusal, a meeting whose chair is
 * absent and whose deputy chairs, and a vacancy nobody is recommended
 * for.  Then the results: @twins (konkurs_demo_fill_stages()), equal in
 * every key, tie for their vacancy and the commission chooses; the
 * outcomes recorded, the winners appointed by order, one refusing and
 * the next of the reserve list appointed instead; a tie at the Youth
 * Reserve top's last place settled by the National Commission when the
 * selection has one; those admitted entered in the reserve register.
 * Inside the demo's transaction; @seed gives the same votes every time. */
gboolean konkurs_demo_fill_commissions (KonkursStore  *store,
                                        guint32        seed,
                                        const gint64  *civil,
                                        guint          n_civil,
                                        const gint64  *youth,
                                        guint          n_youth,
                                        const gint64  *twins,
                                        GError       **error);

G_END_DECLS
