/* konkurs-protocol-meeting.c — what a protocol signed by the commission
 * says of its meeting: place and date, who was present, the quorum, and
 * the signatures of those present
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-protocol.h"
#include "konkurs-store-organisation.h"
#include "konkurs-text.h"

#define T(msgid) konkurs_catalog_gettext (catalog, (msgid))

/* What a draft leaves to be written by hand. */
#define BLANK_DATE "«___» ____________ 20___"

/* The name of @member as the document prints it, noting a fallback. */
static const char *
pick_name (KonkursProtocol *self, const KonkursCommissionMember *member)
{
  KonkursDocLanguage language = konkurs_catalog_get_language (konkurs_protocol_get_catalog (self));

  /* named as the document names the member: that is where the secretary
   * finds them */
  return konkurs_protocol_pick (self, member->name, KONKURS_DOCUMENT_FIELD_MEMBER_NAME,
                                konkurs_local_text_pick (member->name, language, NULL));
}

static const char *
pick_position (KonkursProtocol *self, const KonkursCommissionMember *member)
{
  return konkurs_protocol_pick (self, member->position, KONKURS_DOCUMENT_FIELD_MEMBER_POSITION,
                                pick_name (self, member));
}

/* "Chair of the commission — Касымов Е. Б., руководитель управления",
 * one member a line. */
static char *
describe_members (KonkursProtocol *self, GPtrArray *members)
{
  KonkursCatalog *catalog = konkurs_protocol_get_catalog (self);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < members->len; i++)
    {
      const KonkursCommissionMember *member = g_ptr_array_index (members, i);
      const char *position = pick_position (self, member);

      g_string_append_printf (text, "%s%s — %s", i > 0 ? "\n" : "",
                              T (konkurs_commission_role_get_label (member->role)), pick_name (self, member));
      if (*position != '\0')
        g_string_append_printf (text, ", %s", position);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The members of @issue's commission that were not present. */
static GPtrArray *
absent_members (const KonkursIssue *issue)
{
  GPtrArray *absent = g_ptr_array_new ();

  for (guint i = 0; i < issue->commission->len; i++)
    {
      KonkursCommissionMember *member = g_ptr_array_index (issue->commission, i);
      gboolean there = FALSE;

      for (guint j = 0; j < issue->present->len && !there; j++)
        there = ((KonkursCommissionMember *) g_ptr_array_index (issue->present, j))->id == member->id;
      if (!there)
        g_ptr_array_add (absent, member);
    }
  return absent;
}

static void
add_place_and_date (KonkursProtocol *self, const KonkursLocalText *place, const GDate *date)
{
  const char *where = konkurs_protocol_pick (self, place, KONKURS_DOCUMENT_FIELD_MEETING_PLACE, NULL);
  g_autofree char *when = date != NULL ? konkurs_protocol_format_date (konkurs_protocol_get_catalog (self), date)
                                       : g_strdup (BLANK_DATE);

  konkurs_protocol_add_line_pair (self, where, when);
}

static void
add_quorum (KonkursProtocol *self, const KonkursQuorum *quorum)
{
  KonkursCatalog *catalog = konkurs_protocol_get_catalog (self);
  /* xgettext finds these plurals with --keyword=konkurs_catalog_ngettext:2,3 */
  const char *format = konkurs_catalog_ngettext (catalog,
                                                 "%1$u of the %2$u voting member of the commission is present; "
                                                 "the secretary of the commission does not vote.",
                                                 "%1$u of the %2$u voting members of the commission are present; "
                                                 "the secretary of the commission does not vote.",
                                                 quorum->voting);
  g_autofree char *present = konkurs_text_expand_pair (format, quorum->present, quorum->voting);
  g_autofree char *needed = konkurs_text_expand_count (konkurs_catalog_ngettext (catalog,
                                                                                 "at least %d member is needed",
                                                                                 "at least %d members are needed",
                                                                                 quorum->required),
                                                       quorum->required);
  g_autofree char *text = g_strdup_printf ("%s (%s). %s", T (N_("There is a quorum")), needed, present);

  konkurs_protocol_add_field (self, N_("Quorum"), text);
}

static gboolean
add_final_meeting (KonkursProtocol *self, GError **error)
{
  const KonkursIssue *issue = konkurs_protocol_get_issue (self);
  KonkursCompetition *competition = konkurs_protocol_get_competition (self);
  g_autoptr(GPtrArray) absent = NULL;
  g_autofree char *present = NULL;
  KonkursQuorum quorum;

  if (issue == NULL || konkurs_text_is_blank (issue->number) || !g_date_valid (&issue->date))
    {
      g_set_error_literal (error, KONKURS_DOCUMENT_ERROR, KONKURS_DOCUMENT_ERROR_NO_ISSUE,
                           _("A final protocol needs its number and date and the members of the commission present."));
      return FALSE;
    }
  if (!konkurs_document_check_quorum (konkurs_protocol_get_store (self), konkurs_competition_get_id (competition),
                                      issue, &quorum, error))
    return FALSE;

  add_place_and_date (self, issue->place, &issue->date);
  present = describe_members (self, issue->present);
  konkurs_protocol_add_field (self, N_("Present"), present);
  absent = absent_members (issue);
  if (absent->len > 0)
    {
      g_autofree char *names = describe_members (self, absent);

      konkurs_protocol_add_field (self, N_("Absent"), names);
    }
  add_quorum (self, &quorum);
  return TRUE;
}

/* A draft names no one present and claims no quorum: that is for the
 * meeting to establish. */
static gboolean
add_draft_meeting (KonkursProtocol *self, GError **error)
{
  KonkursStore *store = konkurs_protocol_get_store (self);
  g_autoptr(KonkursOrganisation) organisation = konkurs_store_get_organisation (store, error);
  g_autoptr(GPtrArray) commission = NULL;

  if (organisation == NULL || (commission = konkurs_protocol_list_commission (self, error)) == NULL)
    return FALSE;
  add_place_and_date (self, organisation->place, NULL);
  if (commission->len > 0)
    {
      g_autofree char *members = describe_members (self, commission);

      konkurs_protocol_add_field (self, N_("Composition of the commission"), members);
    }
  konkurs_protocol_add_paragraph (self, N_("The members present and the quorum are recorded at the meeting."));
  return TRUE;
}

gboolean
konkurs_protocol_add_meeting (KonkursProtocol  *self,
                              GError          **error)
{
  g_return_val_if_fail (KONKURS_IS_PROTOCOL (self), FALSE);
  g_return_val_if_fail (konkurs_protocol_get_store (self) != NULL, FALSE);

  if (konkurs_protocol_is_draft (self))
    return add_draft_meeting (self, error);
  return add_final_meeting (self, error);
}

/* Signatures */

static int
compare_roles (gconstpointer a, gconstpointer b)
{
  const KonkursCommissionMember *first = *(KonkursCommissionMember **) a;
  const KonkursCommissionMember *second = *(KonkursCommissionMember **) b;

  return (int) first->role - (int) second->role;
}

static void
add_member_signature (KonkursProtocol *self, const KonkursCommissionMember *member)
{
  KonkursCatalog *catalog = konkurs_protocol_get_catalog (self);
  const char *position = pick_position (self, member);
  const char *name = pick_name (self, member);
  g_autofree char *role = *position != '\0'
                        ? g_strconcat (T (konkurs_commission_role_get_label (member->role)), "\n", position, NULL)
                        : g_strdup (T (konkurs_commission_role_get_label (member->role)));

  konkurs_protocol_add_signature_line (self, role, name);
}

/* Without a commission in Preferences: the lines of the smallest
 * commission that can reach a quorum of two thirds, to be filled in by
 * hand. */
static const KonkursProtocolSignature blank_signatures[] = {
  { N_("Chair of the commission") },
  { N_("Members of the commission") },
  { NULL },
  { NULL },
  { N_("Secretary of the commission") },
};

gboolean
konkurs_protocol_add_commission_signatures (KonkursProtocol  *self,
                                            GError          **error)
{
  const KonkursIssue *issue;
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GPtrArray) signers = g_ptr_array_new ();
  g_autofree char *date = NULL;

  g_return_val_if_fail (KONKURS_IS_PROTOCOL (self), FALSE);

  issue = konkurs_protocol_get_issue (self);
  if (issue != NULL)
    g_ptr_array_extend (signers, issue->present, NULL, NULL);
  else if ((stored = konkurs_protocol_list_commission (self, error)) != NULL)
    g_ptr_array_extend (signers, stored, NULL, NULL);
  else
    return FALSE;

  date = issue != NULL ? konkurs_protocol_format_date (konkurs_protocol_get_catalog (self), &issue->date)
                       : g_strdup (BLANK_DATE);
  /* the date and the lines sign one act: never apart, nor alone on a page */
  konkurs_protocol_keep_with_next (self);
  konkurs_protocol_add_field (self, N_("Date of signing"), date);
  konkurs_protocol_keep_with_next (self);
  if (signers->len == 0)
    {
      for (guint i = 0; i < G_N_ELEMENTS (blank_signatures); i++)
        konkurs_protocol_add_signature_line (self, blank_signatures[i].role_msgid != NULL
                                                   ? konkurs_catalog_gettext (konkurs_protocol_get_catalog (self),
                                                                              blank_signatures[i].role_msgid)
                                                   : NULL, NULL);
      return TRUE;
    }
  /* stable: members keep the order they sign in */
  g_ptr_array_sort (signers, compare_roles);
  for (guint i = 0; i < signers->len; i++)
    add_member_signature (self, g_ptr_array_index (signers, i));
  return TRUE;
}
