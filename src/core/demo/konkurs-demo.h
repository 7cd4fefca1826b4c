/* konkurs-demo.h — realistic demonstration data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "konkurs-exchange.h"
#include "konkurs-store.h"

G_BEGIN_DECLS

/* Fills @store with demonstration data, in one transaction (all or
 * nothing): civil-service competitions of several state bodies (ministries,
 * akimats, agencies) with their vacancies, two Youth Personnel Reserve
 * selections — every text in Kazakh and in Russian, the official names of
 * the state bodies and positions in each — and @n_candidates candidates with Kazakh and Russian names
 * (feminine surnames, patronymics in -ұлы/-қызы and -ович/-овна that agree
 * with the sex), valid IINs that encode their birth date and sex,
 * education at universities of Kazakhstan, work histories, certificates,
 * state-language levels and a few exclusions.  Most candidates apply to a
 * vacancy, or to a selection in one of the sectors of its rule set, and
 * get a personal code; most applications are decided on (as the engine
 * says, a few against it with a reason), the rest wait.  An empty
 * database also gets the organisation's details and its commission.
 *
 * Everything but the personal codes (which are drawn from the kernel's
 * random source, as always) follows from @seed: the same seed on an empty
 * database gives the same people.  Candidates whose IIN is in the database
 * already are skipped quietly, so a second run adds others.
 *
 * @progress (may be NULL) is called at most about a hundred times from the
 * calling thread, ending with 1.0.  Cancelling rolls everything back and
 * fails with G_IO_ERROR_CANCELLED; store failures keep their domain. */
gboolean konkurs_demo_generate (KonkursStore         *store,
                                guint                 n_candidates,
                                guint32               seed,
                                KonkursProgressFunc   progress,
                                gpointer              progress_data,
                                GCancellable         *cancellable,
                                GError              **error);

G_END_DECLS
