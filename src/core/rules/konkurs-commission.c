/* konkurs-commission.c — the commission that signs a protocol: its
 * members' roles, and when those present make a quorum
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-commission.h"
#include "konkurs-commission-private.h"
#include "konkurs-validation.h"

G_DEFINE_BOXED_TYPE (KonkursCommissionMember, konkurs_commission_member,
                     konkurs_commission_member_copy, konkurs_commission_member_free)

typedef struct {
  KonkursCommissionRole  role;
  const char            *code;
  const char            *label;
} Role;

static const Role roles[] = {
  { KONKURS_COMMISSION_CHAIR,        "chair",        N_("Chair of the commission") },
  { KONKURS_COMMISSION_DEPUTY_CHAIR, "deputy-chair", N_("Deputy chair of the commission") },
  { KONKURS_COMMISSION_MEMBER,       "member",       N_("Member of the commission") },
  { KONKURS_COMMISSION_SECRETARY,    "secretary",    N_("Secretary of the commission") },
};

/* The row of @role, or NULL. */
static const Role *
find_role (KonkursCommissionRole role)
{
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    if (roles[i].role == role)
      return &roles[i];
  return NULL;
}

const char *
konkurs_commission_role_to_code (KonkursCommissionRole role)
{
  const Role *found = find_role (role);

  return found != NULL ? found->code : NULL;
}

gboolean
konkurs_commission_role_from_code (const char            *code,
                                   KonkursCommissionRole *out)
{
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    if (g_strcmp0 (roles[i].code, code) == 0)
      {
        *out = roles[i].role;
        return TRUE;
      }
  return FALSE;
}

const char *
konkurs_commission_role_get_label (KonkursCommissionRole role)
{
  const Role *found = find_role (role);

  return found != NULL ? found->label : NULL;
}

gboolean
konkurs_commission_role_votes (KonkursCommissionRole role)
{
  return role != KONKURS_COMMISSION_SECRETARY;
}

KonkursCommissionMember *
konkurs_commission_member_new (KonkursCommissionRole  role,
                               const char            *name_kk,
                               const char            *name_ru,
                               const char            *position_kk,
                               const char            *position_ru)
{
  KonkursCommissionMember *member = g_new0 (KonkursCommissionMember, 1);

  member->role = role;
  member->name = konkurs_local_text_new (name_kk, name_ru);
  member->position = konkurs_local_text_new (position_kk, position_ru);
  return member;
}

KonkursCommissionMember *
konkurs_commission_member_copy (const KonkursCommissionMember *member)
{
  KonkursCommissionMember *copy;

  g_return_val_if_fail (member != NULL, NULL);

  copy = g_new0 (KonkursCommissionMember, 1);
  copy->id = member->id;
  copy->role = member->role;
  copy->name = konkurs_local_text_copy (member->name);
  copy->position = konkurs_local_text_copy (member->position);
  return copy;
}

void
konkurs_commission_member_free (KonkursCommissionMember *member)
{
  if (member == NULL)
    return;
  konkurs_local_text_free (member->name);
  konkurs_local_text_free (member->position);
  g_free (member);
}

const char *
konkurs_commission_member_check (const KonkursCommissionMember *member)
{
  if (konkurs_commission_role_to_code (member->role) == NULL)
    return N_("The role of a member of the commission is not known.");
  if (konkurs_local_text_is_blank (member->name))
    return N_("Every member of the commission needs a name.");
  /* Printed under every protocol as a candidate's name is printed in it:
   * the same rules (konkurs_validate_name()). */
  for (KonkursDocLanguage language = KONKURS_DOC_LANGUAGE_KK; language <= KONKURS_DOC_LANGUAGE_RU; language++)
    if (!konkurs_validate_name (KONKURS_VALIDATION_ERROR_PATRONYMIC, konkurs_local_text_get (member->name, language),
                                NULL))
      return N_("The name of a member of the commission holds an invisible control or formatting character, "
                "too many combining marks on one letter, or too many characters; type it in letters.");
  return NULL;
}

const char *
konkurs_commission_check (GPtrArray *members)
{
  guint chairs = 0, secretaries = 0;

  for (guint i = 0; i < members->len; i++)
    {
      const KonkursCommissionMember *member = g_ptr_array_index (members, i);
      const char *fault = konkurs_commission_member_check (member);

      if (fault != NULL)
        return fault;
      chairs += member->role == KONKURS_COMMISSION_CHAIR;
      secretaries += member->role == KONKURS_COMMISSION_SECRETARY;
    }
  if (chairs > 1)
    return N_("The commission has one chair.");
  if (secretaries > 1)
    return N_("The commission has one secretary.");
  return NULL;
}

static guint
count_voting (GPtrArray *members)
{
  guint n = 0;

  for (guint i = 0; members != NULL && i < members->len; i++)
    if (konkurs_commission_role_votes (((KonkursCommissionMember *) g_ptr_array_index (members, i))->role))
      n++;
  return n;
}

void
konkurs_quorum_compute (GPtrArray     *members,
                        GPtrArray     *present,
                        int            numerator,
                        int            denominator,
                        KonkursQuorum *out)
{
  g_return_if_fail (out != NULL);

  out->voting = count_voting (members);
  out->present = count_voting (present);
  out->required = konkurs_quorum_required (out->voting, numerator, denominator);
}

guint
konkurs_quorum_required (guint voting,
                         int   numerator,
                         int   denominator)
{
  if (denominator <= 0 || numerator <= 0 || numerator > denominator)
    {
      numerator = KONKURS_QUORUM_DEFAULT_NUMERATOR;
      denominator = KONKURS_QUORUM_DEFAULT_DENOMINATOR;
    }
  /* rounded up: two thirds of 4 is 3, not 2 */
  return (voting * (guint) numerator + (guint) denominator - 1) / (guint) denominator;
}

gboolean
konkurs_quorum_reached (const KonkursQuorum *quorum)
{
  g_return_val_if_fail (quorum != NULL, FALSE);
  return quorum->voting > 0 && quorum->present >= quorum->required;
}
