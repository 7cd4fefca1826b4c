/* konkurs-grading-essay-row.c — an essay in the list of the grading window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-grading-essay-row.h"

struct _KonkursGradingEssayRow
{
  GtkListBoxRow  parent_instance;

  char          *code;
  gboolean       graded;

  GtkLabel      *code_label;
  GtkLabel      *partly_label;
  GtkImage      *graded_image;
};

G_DEFINE_FINAL_TYPE (KonkursGradingEssayRow, konkurs_grading_essay_row, GTK_TYPE_LIST_BOX_ROW)

KonkursGradingEssayRow *
konkurs_grading_essay_row_new (const char *code)
{
  KonkursGradingEssayRow *self = g_object_new (KONKURS_TYPE_GRADING_ESSAY_ROW, NULL);

  self->code = g_strdup (code);
  gtk_label_set_text (self->code_label, code);
  konkurs_grading_essay_row_set_given (self, 0, 1);
  return self;
}

const char *
konkurs_grading_essay_row_get_code (KonkursGradingEssayRow *self)
{
  g_return_val_if_fail (KONKURS_IS_GRADING_ESSAY_ROW (self), NULL);

  return self->code;
}

void
konkurs_grading_essay_row_set_given (KonkursGradingEssayRow *self,
                                     guint                   given,
                                     guint                   n_criteria)
{
  g_autofree char *fraction = g_strdup_printf ("%u/%u", given, n_criteria);
  g_autofree char *state = NULL;
  g_autofree char *name = NULL;

  g_return_if_fail (KONKURS_IS_GRADING_ESSAY_ROW (self));

  self->graded = n_criteria > 0 && given >= n_criteria;
  gtk_widget_set_visible (GTK_WIDGET (self->graded_image), self->graded);
  gtk_widget_set_visible (GTK_WIDGET (self->partly_label), given > 0 && !self->graded);
  gtk_label_set_text (self->partly_label, fraction);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->partly_label), _("Criteria scored"));

  if (self->graded)
    state = g_strdup (_("graded"));
  else if (given == 0)
    state = g_strdup (_("not graded"));
  else
    /* Translators: an essay with some of its criteria scored, "1 of 3 criteria" */
    state = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u criterion", "%u of %u criteria", n_criteria),
                             given, n_criteria);
  /* Translators: an essay in the grading list, "KZ-00012, graded" */
  name = g_strdup_printf (_("%s, %s"), self->code, state);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

gboolean
konkurs_grading_essay_row_is_graded (KonkursGradingEssayRow *self)
{
  g_return_val_if_fail (KONKURS_IS_GRADING_ESSAY_ROW (self), FALSE);

  return self->graded;
}

static void
konkurs_grading_essay_row_finalize (GObject *object)
{
  KonkursGradingEssayRow *self = KONKURS_GRADING_ESSAY_ROW (object);

  g_clear_pointer (&self->code, g_free);

  G_OBJECT_CLASS (konkurs_grading_essay_row_parent_class)->finalize (object);
}

static void
konkurs_grading_essay_row_class_init (KonkursGradingEssayRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = konkurs_grading_essay_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/konkurs/Konkurs/grading/konkurs-grading-essay-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursGradingEssayRow, code_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursGradingEssayRow, partly_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursGradingEssayRow, graded_image);
}

static void
konkurs_grading_essay_row_init (KonkursGradingEssayRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
