/* konkurs-grading-criterion-row.c — one criterion of the rubric, with the
 * field where its points are typed
 *
 * A GtkSpinButton always shows a number; an essay not yet graded must
 * show none, or a forgotten criterion would pass for the lowest score.
 * So the row keeps the points itself (-1: none), empties the field while
 * there are none, and reads what is typed as it is typed, so the progress
 * moves with the keyboard and not only when the field loses the focus.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-grading-criterion-row.h"
#include "konkurs-text.h"

struct _KonkursGradingCriterionRow
{
  GtkListBoxRow          parent_instance;

  KonkursEssayCriterion *criterion;
  int                    points;     /* -1: none */
  gboolean               setting;    /* the row writes the field itself */
  gboolean               refused;    /* the field is going back to the points after a refusal */
  guint                  clear_source;

  GtkLabel              *name_label;
  GtkLabel              *description_label;
  GtkSpinButton         *spin;
  GtkAdjustment         *adjustment;
  GtkLabel              *scale_label;
  GtkLabel              *state_label;
};

G_DEFINE_FINAL_TYPE (KonkursGradingCriterionRow, konkurs_grading_criterion_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_POINTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Under the field: nothing once it has points, a plain "not scored" while
 * it has none, the reason while a typed value is refused. */
static void
show_state (KonkursGradingCriterionRow *self,
            const char                 *refusal)
{
  gboolean refused = refusal != NULL;

  gtk_label_set_text (self->state_label, refused ? refusal : _("Not scored yet"));
  gtk_widget_set_visible (GTK_WIDGET (self->state_label), refused || self->points < 0);
  if (refused)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->state_label), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->state_label), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (self->spin), "error");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->state_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->state_label), "dim-label");
      gtk_widget_remove_css_class (GTK_WIDGET (self->spin), "error");
    }
}

static void
refuse (KonkursGradingCriterionRow *self,
        const char                 *text)
{
  g_autofree char *reason = g_strdup_printf (_("%s is not on the scale: type a whole number from %d to %d."),
                                             text, self->criterion->min_points, self->criterion->max_points);

  show_state (self, reason);
}

/* @text as points of the scale: FALSE for anything else. */
static gboolean
parse_points (KonkursGradingCriterionRow *self,
              const char                 *text,
              int                        *points)
{
  gint64 value;

  if (!g_ascii_string_to_signed (text, 10, G_MININT, G_MAXINT, &value, NULL)
      || value < self->criterion->min_points || value > self->criterion->max_points)
    return FALSE;
  *points = (int) value;
  return TRUE;
}

static void
take (KonkursGradingCriterionRow *self,
      int                         points)
{
  show_state (self, NULL);
  if (self->points == points)
    return;
  self->points = points;
  /* The adjustment follows, or the spin button, which writes its value
   * into the field whenever it likes (when realized, for one), would put
   * back a stale number. */
  if (points >= 0)
    {
      gboolean was_setting = self->setting;

      self->setting = TRUE;
      gtk_adjustment_set_value (self->adjustment, points);
      self->setting = was_setting;
    }
  show_state (self, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POINTS]);
}

static void
write_field (KonkursGradingCriterionRow *self)
{
  g_autofree char *text = self->points >= 0 ? g_strdup_printf ("%d", self->points) : g_strdup ("");

  self->setting = TRUE;
  if (self->points >= 0)
    gtk_adjustment_set_value (self->adjustment, self->points);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->spin)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->spin), text);
  self->setting = FALSE;
}

static gboolean
field_is_blank (KonkursGradingCriterionRow *self)
{
  return konkurs_text_is_blank (gtk_editable_get_text (GTK_EDITABLE (self->spin)));
}

static gboolean
clear_if_blank (gpointer user_data)
{
  KonkursGradingCriterionRow *self = user_data;

  self->clear_source = 0;
  if (field_is_blank (self))
    take (self, -1);
  return G_SOURCE_REMOVE;
}

static void
on_text_changed (GtkEditable                *editable,
                 KonkursGradingCriterionRow *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));
  int points;

  g_clear_handle_id (&self->clear_source, g_source_remove);
  if (self->setting)
    return;
  if (self->refused)
    {
      /* The field going back to the points: the reason stays in sight. */
      self->refused = FALSE;
      return;
    }
  /* Typing over a value empties the field on the way to the new one:
   * only a field still empty once the keystroke is handled has no points,
   * so that a refused value leaves the points as they were. */
  if (text[0] == '\0')
    self->clear_source = g_idle_add (clear_if_blank, self);
  else if (parse_points (self, text, &points))
    take (self, points);
  else
    refuse (self, text);
}

static int
on_input (GtkSpinButton              *spin,
          double                     *new_value,
          KonkursGradingCriterionRow *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin))));
  int points;

  if (text[0] == '\0')
    {
      *new_value = gtk_adjustment_get_value (self->adjustment);
      return TRUE;
    }
  if (!parse_points (self, text, &points))
    {
      refuse (self, text);
      self->refused = TRUE;
      return GTK_INPUT_ERROR;
    }
  *new_value = points;
  return TRUE;
}

static gboolean
on_output (GtkSpinButton              *spin,
           KonkursGradingCriterionRow *self)
{
  if (self->points >= 0)
    return FALSE;
  /* No points: the field stays empty whatever the adjustment holds. */
  if (gtk_editable_get_text (GTK_EDITABLE (spin))[0] != '\0')
    {
      gboolean was_setting = self->setting;

      self->setting = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (spin), "");
      self->setting = was_setting;
    }
  return TRUE;
}

/* The arrows and the Up, Down, Page keys. */
static void
on_value_changed (GtkSpinButton              *spin,
                  KonkursGradingCriterionRow *self)
{
  if (self->setting)
    return;
  self->refused = FALSE;
  take (self, gtk_spin_button_get_value_as_int (spin));
  write_field (self);
}

KonkursGradingCriterionRow *
konkurs_grading_criterion_row_new (const KonkursEssayCriterion *criterion)
{
  KonkursGradingCriterionRow *self = g_object_new (KONKURS_TYPE_GRADING_CRITERION_ROW, NULL);
  const char *name = konkurs_local_text_get_display (criterion->name);
  const char *description = konkurs_local_text_get_display (criterion->description);
  g_autofree char *scale = g_strdup_printf ("%d–%d", criterion->min_points, criterion->max_points);
  g_autofree char *scale_words = g_strdup_printf (_("from %d to %d points"), criterion->min_points,
                                                  criterion->max_points);

  self->criterion = konkurs_essay_criterion_copy (criterion);
  gtk_label_set_text (self->name_label, name);
  gtk_label_set_text (self->description_label, description != NULL ? description : "");
  gtk_widget_set_visible (GTK_WIDGET (self->description_label), !konkurs_text_is_blank (description));
  gtk_label_set_text (self->scale_label, scale);
  gtk_adjustment_configure (self->adjustment, criterion->min_points, criterion->min_points,
                            criterion->max_points, 1, 1, 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, scale_words,
                                  -1);
  write_field (self);
  show_state (self, NULL);
  return self;
}

const KonkursEssayCriterion *
konkurs_grading_criterion_row_get_criterion (KonkursGradingCriterionRow *self)
{
  g_return_val_if_fail (KONKURS_IS_GRADING_CRITERION_ROW (self), NULL);

  return self->criterion;
}

int
konkurs_grading_criterion_row_get_points (KonkursGradingCriterionRow *self)
{
  g_return_val_if_fail (KONKURS_IS_GRADING_CRITERION_ROW (self), -1);

  return self->points;
}

void
konkurs_grading_criterion_row_set_points (KonkursGradingCriterionRow *self,
                                          int                         points)
{
  g_return_if_fail (KONKURS_IS_GRADING_CRITERION_ROW (self));

  g_clear_handle_id (&self->clear_source, g_source_remove);
  self->refused = FALSE;
  self->points = MAX (points, -1);
  write_field (self);
  show_state (self, NULL);
}

GtkWidget *
konkurs_grading_criterion_row_get_field (KonkursGradingCriterionRow *self)
{
  g_return_val_if_fail (KONKURS_IS_GRADING_CRITERION_ROW (self), NULL);

  return GTK_WIDGET (self->spin);
}

static void
konkurs_grading_criterion_row_finalize (GObject *object)
{
  KonkursGradingCriterionRow *self = KONKURS_GRADING_CRITERION_ROW (object);

  g_clear_handle_id (&self->clear_source, g_source_remove);
  g_clear_pointer (&self->criterion, konkurs_essay_criterion_free);

  G_OBJECT_CLASS (konkurs_grading_criterion_row_parent_class)->finalize (object);
}

static void
konkurs_grading_criterion_row_get_property (GObject    *object,
                                            guint       prop_id,
                                            GValue     *value,
                                            GParamSpec *pspec)
{
  KonkursGradingCriterionRow *self = KONKURS_GRADING_CRITERION_ROW (object);

  switch (prop_id)
    {
    case PROP_POINTS:
      g_value_set_int (value, self->points);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_grading_criterion_row_class_init (KonkursGradingCriterionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = konkurs_grading_criterion_row_finalize;
  object_class->get_property = konkurs_grading_criterion_row_get_property;

  properties[PROP_POINTS] =
    g_param_spec_int ("points", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/konkurs/Konkurs/grading/konkurs-grading-criterion-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursGradingCriterionRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursGradingCriterionRow, description_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursGradingCriterionRow, spin);
  gtk_widget_class_bind_template_child (widget_class, KonkursGradingCriterionRow, adjustment);
  gtk_widget_class_bind_template_child (widget_class, KonkursGradingCriterionRow, scale_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursGradingCriterionRow, state_label);
  gtk_widget_class_bind_template_callback (widget_class, on_text_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_input);
  gtk_widget_class_bind_template_callback (widget_class, on_output);
  gtk_widget_class_bind_template_callback (widget_class, on_value_changed);
}

static void
konkurs_grading_criterion_row_init (KonkursGradingCriterionRow *self)
{
  GtkEditable *text;

  self->points = -1;
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The mark of a criterion not scored: a dash where the points go. */
  text = gtk_editable_get_delegate (GTK_EDITABLE (self->spin));
  if (GTK_IS_TEXT (text))
    gtk_text_set_placeholder_text (GTK_TEXT (text), "—");
}
