/* konkurs-property.c — setters shared by the GObjects of the domain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "konkurs-property.h"

gboolean
konkurs_property_replace_string (char       **slot,
                                 const char  *value)
{
  return konkurs_property_replace_nullable_string (slot, value != NULL ? value : "");
}

gboolean
konkurs_property_replace_nullable_string (char       **slot,
                                          const char  *value)
{
  if (g_strcmp0 (*slot, value) == 0)
    return FALSE;
  g_free (*slot);
  *slot = g_strdup (value);
  return TRUE;
}

void
konkurs_property_set_string (GObject     *object,
                             GParamSpec  *pspec,
                             char       **slot,
                             const char  *value)
{
  if (konkurs_property_replace_string (slot, value))
    g_object_notify_by_pspec (object, pspec);
}

gboolean
konkurs_property_replace_local_text (KonkursLocalText       **slot,
                                     const KonkursLocalText  *value)
{
  if (*slot != NULL && konkurs_local_text_equal (*slot, value))
    return FALSE;
  konkurs_local_text_free (*slot);
  *slot = konkurs_local_text_copy (value);
  return TRUE;
}

void
konkurs_property_set_local_text (GObject                 *object,
                                 GParamSpec              *pspec,
                                 KonkursLocalText       **slot,
                                 const KonkursLocalText  *value)
{
  if (konkurs_property_replace_local_text (slot, value))
    g_object_notify_by_pspec (object, pspec);
}

void
konkurs_property_set_local_pair (GObject           *object,
                                 GParamSpec        *pspec,
                                 KonkursLocalText **slot,
                                 const char        *kk,
                                 const char        *ru)
{
  g_autoptr(KonkursLocalText) value = konkurs_local_text_new (kk, ru);

  konkurs_property_set_local_text (object, pspec, slot, value);
}

gboolean
konkurs_property_replace_date (GDate       **slot,
                               const GDate  *date)
{
  if (date != NULL && !g_date_valid (date))
    date = NULL;

  if (*slot == NULL && date == NULL)
    return FALSE;
  if (*slot != NULL && date != NULL && g_date_compare (*slot, date) == 0)
    return FALSE;

  g_clear_pointer (slot, g_date_free);
  if (date != NULL)
    *slot = g_date_copy (date);
  return TRUE;
}

void
konkurs_property_set_date (GObject      *object,
                           GParamSpec   *pspec,
                           GDate       **slot,
                           const GDate  *date)
{
  if (konkurs_property_replace_date (slot, date))
    g_object_notify_by_pspec (object, pspec);
}

void
konkurs_property_copy_date (GDate       *to,
                            const GDate *from)
{
  if (from != NULL && g_date_valid (from))
    *to = *from;
  else
    g_date_clear (to, 1);
}

gboolean
konkurs_property_replace_date_value (GDate       *slot,
                                     const GDate *date)
{
  GDate new_date;

  konkurs_property_copy_date (&new_date, date);
  if (g_date_valid (&new_date) == g_date_valid (slot) &&
      (!g_date_valid (&new_date) || g_date_compare (&new_date, slot) == 0))
    return FALSE;
  *slot = new_date;
  return TRUE;
}
