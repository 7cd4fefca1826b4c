/* konkurs-store-organisation.h — the organisation's details and its
 * commission, set once in Preferences and printed by every document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-commission.h"
#include "konkurs-store.h"

G_BEGIN_DECLS

/* The details of "changed" for the organisation and its commission. */
#define KONKURS_STORE_TABLE_ORGANISATION "organisation"

/* The state body that uses Konkurs, each text in both languages; never
 * NULL. */
typedef struct {
  KonkursLocalText *state_body;
  KonkursLocalText *address;
  /* where the commission meets, as a protocol names it ("Астана қ.") */
  KonkursLocalText *place;
} KonkursOrganisation;

#define KONKURS_TYPE_ORGANISATION (konkurs_organisation_get_type ())
GType                konkurs_organisation_get_type (void) G_GNUC_CONST;
/* Every text empty. */
KonkursOrganisation *konkurs_organisation_new      (void);
KonkursOrganisation *konkurs_organisation_copy     (const KonkursOrganisation *organisation);
void                 konkurs_organisation_free     (KonkursOrganisation       *organisation);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursOrganisation, konkurs_organisation_free)

KonkursOrganisation *konkurs_store_get_organisation  (KonkursStore               *self,
                                                      GError                    **error);
/* Saves the details with an audit entry; nothing is written (nor logged)
 * when they are what the store holds already. */
gboolean             konkurs_store_save_organisation (KonkursStore               *self,
                                                      const KonkursOrganisation  *organisation,
                                                      GError                    **error);

/* The default commission of the organisation, in the order its members
 * sign (of KonkursCommissionMember, with their ids). */
GPtrArray           *konkurs_store_list_commission   (KonkursStore               *self,
                                                      GError                    **error);
/* Replaces the default commission with @members (of
 * KonkursCommissionMember, in order), with an audit entry; INVALID with
 * konkurs_commission_check()'s reason, writing nothing.  Nothing is
 * written when the list is what the store holds already.  The members'
 * texts are stripped of surrounding blanks, and their ids set to the rows
 * written. */
gboolean             konkurs_store_save_commission   (KonkursStore               *self,
                                                      GPtrArray                  *members,
                                                      GError                    **error);

/* konkurs-store-organisation.c, for the register of issued documents:
 * @members as a JSON array, and back (of KonkursCommissionMember). */
char                *konkurs_store_members_to_json   (KonkursStore               *self,
                                                      GPtrArray                  *members,
                                                      GError                    **error);
GPtrArray           *konkurs_store_members_from_json (KonkursStore               *self,
                                                      const char                 *json,
                                                      GError                    **error);

G_END_DECLS
