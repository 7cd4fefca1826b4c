/* konkurs-property.h — setters shared by the GObjects of the domain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "konkurs-local-text.h"

G_BEGIN_DECLS

/* Every domain object stores a property in a field and, with
 * G_PARAM_EXPLICIT_NOTIFY, notifies only when the value really changed:
 * these do both, so each setter is one line and none can forget either. */

/* *@slot = @value (an int, gint64, enum or gboolean field), notifying
 * @pspec on @object when it changed.  A macro because the fields have
 * different types. */
#define konkurs_property_set_value(object, pspec, slot, value)              \
  G_STMT_START {                                                            \
    __typeof__ (*(slot)) konkurs_property_value_ = (value);                 \
    if (*(slot) != konkurs_property_value_)                                 \
      {                                                                     \
        *(slot) = konkurs_property_value_;                                  \
        g_object_notify_by_pspec (G_OBJECT (object), (pspec));              \
      }                                                                     \
  } G_STMT_END

/* Replaces *@slot with a copy of @value, NULL counting as "" (fields of
 * text are never NULL).  Returns whether anything changed.  g_set_str() is
 * GLib 2.76. */
gboolean konkurs_property_replace_string (char **slot, const char *value);
/* The same, but NULL stays NULL: for a field where "none" differs from
 * empty. */
gboolean konkurs_property_replace_nullable_string (char **slot, const char *value);
void     konkurs_property_set_string (GObject *object, GParamSpec *pspec,
                                      char **slot, const char *value);

/* Texts in both languages, held by pointer and never NULL; NULL for
 * @value counts as neither language.  Returns whether anything changed. */
gboolean konkurs_property_replace_local_text (KonkursLocalText **slot, const KonkursLocalText *value);
void     konkurs_property_set_local_text (GObject *object, GParamSpec *pspec,
                                          KonkursLocalText **slot, const KonkursLocalText *value);
/* The same from the two values (NULL: none). */
void     konkurs_property_set_local_pair (GObject *object, GParamSpec *pspec,
                                          KonkursLocalText **slot, const char *kk, const char *ru);

/* Dates held by pointer, NULL when unset; an invalid @date counts as
 * unset.  Returns whether anything changed. */
gboolean konkurs_property_replace_date (GDate **slot, const GDate *date);
void     konkurs_property_set_date (GObject *object, GParamSpec *pspec,
                                    GDate **slot, const GDate *date);

/* Dates held by value, cleared when unset. */
void     konkurs_property_copy_date (GDate *to, const GDate *from);
gboolean konkurs_property_replace_date_value (GDate *slot, const GDate *date);

G_END_DECLS
