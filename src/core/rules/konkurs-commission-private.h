/* konkurs-commission-private.h — the quorum's arithmetic, shared by the
 * meeting's quorum (konkurs-commission.c) and the quorum of one
 * candidate's vote (konkurs-commission-vote.c), so that both round alike
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The present voting members needed of @voting: @numerator/@denominator
 * rounded up, the default fraction when they make none of at most one. */
guint konkurs_quorum_required (guint voting, int numerator, int denominator);

G_END_DECLS
