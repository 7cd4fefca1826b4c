/* konkurs-essay-signature.h — the signature of an expert's results file
 *
 * A package (the essays an expert grades) carries a random secret of its
 * own; the expert's RESULTS.xml is signed with it, so the secretary's
 * workstation can tell a file that came back from the package as written
 * from one changed on the way, or one made for another package.
 *
 * The signature is HMAC-SHA256 keyed by the secret (the bytes of its
 * hexadecimal text as written in the package) over the UTF-8 text made of
 * the line "PACKAGE-ID\n" and then, for every score in file order, the
 * line "CODE\tCRITERION\tPOINTS\n" (points in decimal, no sign, no leading
 * zeros), written as 64 lowercase hexadecimal digits.  data/
 * konkurs-essay-results.xsd says the same for other tools.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  const char *code;        /* personal code */
  const char *criterion;   /* criterion code */
  int         points;
} KonkursSignedScore;

/* A new package secret: 32 bytes from getrandom(2) as 64 hex digits. */
char     *konkurs_essay_secret_new  (void);
/* The signature of @package_id and @scores (n_scores, in file order). */
char     *konkurs_essay_signature   (const char *secret, const char *package_id,
                                     const KonkursSignedScore *scores, guint n_scores);
/* TRUE when @signature is konkurs_essay_signature() of the same input
 * (compared in constant time; case of the hex digits ignored). */
gboolean  konkurs_essay_signature_check (const char *secret, const char *package_id,
                                         const KonkursSignedScore *scores, guint n_scores,
                                         const char *signature);

G_END_DECLS
