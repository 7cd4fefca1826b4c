/* konkurs-commission.h — the commission that signs a protocol: its
 * members' roles, and when those present make a quorum
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "konkurs-local-text.h"

G_BEGIN_DECLS

/* Values are stored in the database: never renumber. */
typedef enum {
  KONKURS_COMMISSION_CHAIR        = 1,
  KONKURS_COMMISSION_DEPUTY_CHAIR = 2,
  KONKURS_COMMISSION_MEMBER       = 3,
  /* keeps the protocol and has no vote */
  KONKURS_COMMISSION_SECRETARY    = 4,
} KonkursCommissionRole;

/* Stable codes ("chair", "deputy-chair", "member", "secretary"), as stored
 * and in files; from_code returns FALSE for an unknown code. */
const char *konkurs_commission_role_to_code   (KonkursCommissionRole  role);
gboolean    konkurs_commission_role_from_code (const char            *code,
                                               KonkursCommissionRole *out);
/* "Chair of the commission"…, an untranslated msgid marked with N_(). */
const char *konkurs_commission_role_get_label (KonkursCommissionRole  role);
/* Everyone but the secretary votes, and counts towards the quorum. */
gboolean    konkurs_commission_role_votes     (KonkursCommissionRole  role);

/* A member of the commission, with the name and position as each
 * document language writes them (a Russian document spells a Kazakh name
 * in Russian letters). */
typedef struct {
  gint64                 id;           /* 0 until stored */
  KonkursCommissionRole  role;
  KonkursLocalText      *name;         /* never NULL */
  KonkursLocalText      *position;     /* never NULL */
} KonkursCommissionMember;

#define KONKURS_TYPE_COMMISSION_MEMBER (konkurs_commission_member_get_type ())
GType                    konkurs_commission_member_get_type (void) G_GNUC_CONST;
KonkursCommissionMember *konkurs_commission_member_new      (KonkursCommissionRole          role,
                                                             const char                    *name_kk,
                                                             const char                    *name_ru,
                                                             const char                    *position_kk,
                                                             const char                    *position_ru);
KonkursCommissionMember *konkurs_commission_member_copy     (const KonkursCommissionMember *member);
void                     konkurs_commission_member_free     (KonkursCommissionMember       *member);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursCommissionMember, konkurs_commission_member_free)

/* NULL when the member can be stored; otherwise why not, as an untranslated
 * msgid: a member needs a name in at least one language. */
const char *konkurs_commission_member_check        (const KonkursCommissionMember *member);

/* NULL when @members (of KonkursCommissionMember) can be the commission;
 * otherwise why not, as an untranslated msgid: every member passes
 * konkurs_commission_member_check(), and there is at most one chair and one
 * secretary. */
const char *konkurs_commission_check               (GPtrArray                     *members);

/* The quorum of a meeting: @numerator / @denominator of the voting
 * members (the rule set's quorum-numerator and quorum-denominator; two
 * thirds when it has none), rounded up, must be present. */
typedef struct {
  guint voting;     /* members with a vote */
  guint present;    /* of them, present */
  guint required;   /* present voting members the quorum needs */
} KonkursQuorum;

#define KONKURS_QUORUM_DEFAULT_NUMERATOR   2
#define KONKURS_QUORUM_DEFAULT_DENOMINATOR 3

/* Counts the voting members of @members and of @present (both of
 * KonkursCommissionMember).  A numerator or denominator that makes no
 * fraction of at most one (0, negative, above the denominator) is taken as
 * the default. */
void     konkurs_quorum_compute (GPtrArray     *members,
                                 GPtrArray     *present,
                                 int            numerator,
                                 int            denominator,
                                 KonkursQuorum *out);
/* TRUE when there are voting members and enough of them are present. */
gboolean konkurs_quorum_reached (const KonkursQuorum *quorum);

G_END_DECLS
