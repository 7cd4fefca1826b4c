/* konkurs-meeting-row-item.c — one candidate of a meeting, for the
 * interview grid, and the texts of its cells
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-meeting-row-item.h"
#include "konkurs-ui-helpers.h"

struct _KonkursMeetingRowItem
{
  GObject            parent_instance;

  KonkursMeetingRow *row;
};

G_DEFINE_FINAL_TYPE (KonkursMeetingRowItem, konkurs_meeting_row_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_ROW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
konkurs_meeting_row_item_finalize (GObject *object)
{
  KonkursMeetingRowItem *self = KONKURS_MEETING_ROW_ITEM (object);

  g_clear_pointer (&self->row, konkurs_meeting_row_free);

  G_OBJECT_CLASS (konkurs_meeting_row_item_parent_class)->finalize (object);
}

static void
konkurs_meeting_row_item_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  KonkursMeetingRowItem *self = KONKURS_MEETING_ROW_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, konkurs_meeting_row_item_get_id (self));
      break;
    case PROP_ROW:
      g_value_set_boxed (value, self->row);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_meeting_row_item_class_init (KonkursMeetingRowItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = konkurs_meeting_row_item_finalize;
  object_class->get_property = konkurs_meeting_row_item_get_property;

  /* konkurs_list_model_find_id() finds a candidate by it */
  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                                            G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROW] = g_param_spec_boxed ("row", NULL, NULL, KONKURS_TYPE_MEETING_ROW,
                                             G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
konkurs_meeting_row_item_init (KonkursMeetingRowItem *self)
{
}

KonkursMeetingRowItem *
konkurs_meeting_row_item_new (KonkursMeetingRow *row)
{
  KonkursMeetingRowItem *self;

  g_return_val_if_fail (row != NULL, NULL);

  self = g_object_new (KONKURS_TYPE_MEETING_ROW_ITEM, NULL);
  self->row = row;
  return self;
}

const KonkursMeetingRow *
konkurs_meeting_row_item_get_row (KonkursMeetingRowItem *self)
{
  g_return_val_if_fail (KONKURS_IS_MEETING_ROW_ITEM (self), NULL);
  return self->row;
}

gint64
konkurs_meeting_row_item_get_id (KonkursMeetingRowItem *self)
{
  g_return_val_if_fail (KONKURS_IS_MEETING_ROW_ITEM (self), 0);
  return self->row != NULL ? self->row->application_id : 0;
}

void
konkurs_meeting_row_item_set_row (KonkursMeetingRowItem *self,
                                  KonkursMeetingRow     *row)
{
  g_return_if_fail (KONKURS_IS_MEETING_ROW_ITEM (self));
  g_return_if_fail (row != NULL);

  g_clear_pointer (&self->row, konkurs_meeting_row_free);
  self->row = row;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROW]);
}

void
konkurs_meeting_row_item_touch (KonkursMeetingRowItem *self)
{
  g_return_if_fail (KONKURS_IS_MEETING_ROW_ITEM (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROW]);
}

static const char *
ballot_text (const KonkursMemberBallot *ballot,
             char                       buffer[16])
{
  if (!konkurs_commission_role_votes (ballot->ballot.role))
    return "";
  if (ballot->ballot.recused)
    return _("Recused");
  if (ballot->ballot.ballot == KONKURS_BALLOT_SCORE)
    {
      g_snprintf (buffer, 16, "%d", ballot->ballot.score);
      return buffer;
    }
  if (ballot->ballot.ballot != KONKURS_BALLOT_NONE)
    return konkurs_ui_translate_label (konkurs_ballot_kind_get_label (ballot->ballot.ballot));
  /* a ballot cast before the member was marked absent stays, and no longer counts */
  if (!ballot->ballot.present)
    return _("Absent");
  return "—";
}

char *
konkurs_meeting_row_dup_cell (const KonkursMeetingRow *row,
                              gint64                   member_id)
{
  const KonkursMemberBallot *ballot;
  char buffer[16];
  const char *text;

  g_return_val_if_fail (row != NULL, NULL);

  ballot = konkurs_meeting_row_find_ballot (row, member_id);
  if (ballot == NULL)
    return g_strdup ("—");
  text = ballot_text (ballot, buffer);
  if (ballot->dissent != NULL && ballot->dissent[0] != '\0')
    /* Translators: a ballot with a dissenting opinion written */
    return g_strdup_printf (_("%s ✎"), text);
  return g_strdup (text);
}

char *
konkurs_meeting_row_dup_decision (const KonkursMeetingRow *row)
{
  g_return_val_if_fail (row != NULL, NULL);

  if (!row->decided)
    return g_strdup (row->explanation != NULL ? row->explanation : "");
  if (row->recorded == row->result.outcome)
    /* Translators: the decision's explanation, once the decision is recorded */
    return g_strdup_printf (_("%s (recorded)"), row->explanation);
  /* Translators: the decision's explanation now, then the decision recorded before a change */
  return g_strdup_printf (_("%s (recorded: %s)"), row->explanation,
                          konkurs_ui_translate_label (konkurs_vote_outcome_get_label (row->recorded)));
}

const char *
konkurs_meeting_row_get_group (const KonkursMeetingRow *row)
{
  g_return_val_if_fail (row != NULL, "");

  if (row->vacancy_title != NULL && row->vacancy_title[0] != '\0')
    return row->vacancy_title;
  return row->sector != NULL ? row->sector : "";
}
