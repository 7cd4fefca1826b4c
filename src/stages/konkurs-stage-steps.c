/* konkurs-stage-steps.c — the path of a competition as a row of steps
 *
 * A step is a toggle button, so that a screen reader says its name and
 * whether it is the stage shown, and Tab or the arrow keys reach it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-stage-steps.h"
#include "konkurs-ui-helpers.h"
#include "konkurs-ui-stages.h"

struct _KonkursStageSteps
{
  GtkWidget  parent_instance;

  GtkWidget *scroller;
  GtkWidget *box;
  GPtrArray *buttons;    /* of GtkToggleButton, one per stage */
  gint64     selected;
  gboolean   updating;
  guint      scroll_tick;
};

G_DEFINE_FINAL_TYPE (KonkursStageSteps, konkurs_stage_steps, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  STAGE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
step_label (const char *text,
            const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  /* One line each: wrapped texts in a row that scrolls sideways get
   * heights measured for another width, and lose their last line. */
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  return label;
}

static const char *
state_class (const KonkursStage *stage)
{
  switch (stage->state)
    {
    case KONKURS_STAGE_STATE_CLOSED:
      return "stage-done";
    case KONKURS_STAGE_STATE_OPEN:
      return "stage-open";
    case KONKURS_STAGE_STATE_NOT_YET:
    default:
      return "stage-not-yet";
    }
}

static void on_step_toggled (GtkToggleButton *button, KonkursStageSteps *self);

static GtkWidget *
step_new (KonkursStageSteps  *self,
          const KonkursStage *stage,
          gboolean            published,
          GtkToggleButton    *group)
{
  GtkWidget *button = gtk_toggle_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *title = NULL;
  g_autofree char *dates = konkurs_stage_dup_dates_text (stage);
  g_autofree char *count = konkurs_stage_dup_count_text (stage);
  g_autofree char *name = konkurs_stage_dup_accessible_name (stage, published);

  title = g_strdup_printf ("%d. %s", stage->ordinal,
                           konkurs_ui_translate_label (konkurs_stage_kind_get_label (stage->kind)));
  gtk_box_append (GTK_BOX (box), step_label (title, "heading"));
  gtk_box_append (GTK_BOX (box), step_label (konkurs_stage_state_get_text (stage, published), "caption-heading"));
  gtk_box_append (GTK_BOX (box), step_label (dates, stage->dates_provisional ? "warning" : "dim-label"));
  if (count != NULL)
    gtk_box_append (GTK_BOX (box), step_label (count, "caption"));

  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "stage-step");
  gtk_widget_add_css_class (button, state_class (stage));
  gtk_widget_set_tooltip_text (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  if (group != NULL)
    gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);
  g_object_set_data_full (G_OBJECT (button), "stage", konkurs_stage_copy (stage),
                          (GDestroyNotify) konkurs_stage_free);
  g_signal_connect (button, "toggled", G_CALLBACK (on_step_toggled), self);
  return button;
}

static gint64
button_stage_id (GtkWidget *button)
{
  const KonkursStage *stage = g_object_get_data (G_OBJECT (button), "stage");

  return stage != NULL ? stage->id : 0;
}

static void
set_selected (KonkursStageSteps *self,
              gint64             stage_id)
{
  if (self->selected == stage_id)
    return;
  self->selected = stage_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static void
on_step_toggled (GtkToggleButton   *button,
                 KonkursStageSteps *self)
{
  if (self->updating || !gtk_toggle_button_get_active (button))
    return;
  set_selected (self, button_stage_id (GTK_WIDGET (button)));
  g_signal_emit (self, signals[STAGE_ACTIVATED], 0, self->selected);
}

/* A button pressed again stays down: a step is a place, not a switch. */
/* The selected step in sight: with six steps or more the row is wider
 * than the page, and the current stage is often the last in sight.  After
 * the next layout, once the buttons have their places. */
static gboolean
scroll_to_selection (GtkWidget     *widget,
                     GdkFrameClock *clock,
                     gpointer       data)
{
  KonkursStageSteps *self = KONKURS_STAGE_STEPS (widget);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  GtkWidget *button = konkurs_stage_steps_get_button (self, self->selected);
  double value = gtk_adjustment_get_value (adjustment);
  double page = gtk_adjustment_get_page_size (adjustment);
  graphene_rect_t bounds;

  self->scroll_tick = 0;
  if (button == NULL || !gtk_widget_compute_bounds (button, self->box, &bounds))
    return G_SOURCE_REMOVE;
  if (bounds.origin.x < value)
    gtk_adjustment_set_value (adjustment, bounds.origin.x);
  else if (bounds.origin.x + bounds.size.width > value + page)
    gtk_adjustment_set_value (adjustment, bounds.origin.x + bounds.size.width - page);
  return G_SOURCE_REMOVE;
}

static void
show_selection (KonkursStageSteps *self)
{
  self->updating = TRUE;
  for (guint i = 0; i < self->buttons->len; i++)
    gtk_toggle_button_set_active (self->buttons->pdata[i],
                                  button_stage_id (self->buttons->pdata[i]) == self->selected);
  self->updating = FALSE;
  if (self->scroll_tick == 0 && self->selected != 0)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_to_selection, NULL, NULL);
}

void
konkurs_stage_steps_set_stages (KonkursStageSteps *self,
                                GPtrArray         *stages)
{
  GtkWidget *child;
  gboolean kept = FALSE;

  g_return_if_fail (KONKURS_IS_STAGE_STEPS (self));

  while ((child = gtk_widget_get_first_child (self->box)) != NULL)
    gtk_box_remove (GTK_BOX (self->box), child);
  g_ptr_array_set_size (self->buttons, 0);

  for (guint i = 0; stages != NULL && i < stages->len; i++)
    {
      const KonkursStage *stage = stages->pdata[i];
      GtkWidget *button = step_new (self, stage, stage->published,
                                    self->buttons->len > 0 ? self->buttons->pdata[0] : NULL);

      if (i > 0)
        {
          GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

          gtk_widget_add_css_class (arrow, "dim-label");
          gtk_accessible_update_state (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
          gtk_box_append (GTK_BOX (self->box), arrow);
        }
      gtk_box_append (GTK_BOX (self->box), button);
      g_ptr_array_add (self->buttons, button);
      kept = kept || stage->id == self->selected;
    }
  if (!kept)
    set_selected (self, 0);
  show_selection (self);
}

gint64
konkurs_stage_steps_get_selected (KonkursStageSteps *self)
{
  g_return_val_if_fail (KONKURS_IS_STAGE_STEPS (self), 0);
  return self->selected;
}

void
konkurs_stage_steps_set_selected (KonkursStageSteps *self,
                                  gint64             stage_id)
{
  g_return_if_fail (KONKURS_IS_STAGE_STEPS (self));

  set_selected (self, konkurs_stage_steps_get_button (self, stage_id) != NULL ? stage_id : 0);
  show_selection (self);
}

GtkWidget *
konkurs_stage_steps_get_button (KonkursStageSteps *self,
                                gint64             stage_id)
{
  g_return_val_if_fail (KONKURS_IS_STAGE_STEPS (self), NULL);

  for (guint i = 0; i < self->buttons->len; i++)
    if (button_stage_id (self->buttons->pdata[i]) == stage_id)
      return self->buttons->pdata[i];
  return NULL;
}

/* Left and Right move between the steps, as in a toolbar. */
static gboolean
on_key_pressed (KonkursStageSteps *self,
                guint              keyval,
                guint              keycode,
                GdkModifierType    state)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  int step;

  if (keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left)
    step = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL ? 1 : -1;
  else if (keyval == GDK_KEY_Right || keyval == GDK_KEY_KP_Right)
    step = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL ? -1 : 1;
  else
    return FALSE;

  for (guint i = 0; i < self->buttons->len; i++)
    if (focus == self->buttons->pdata[i])
      {
        int next = (int) i + step;

        if (next >= 0 && next < (int) self->buttons->len)
          gtk_widget_grab_focus (self->buttons->pdata[next]);
        return TRUE;
      }
  return FALSE;
}

static void
konkurs_stage_steps_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  KonkursStageSteps *self = KONKURS_STAGE_STEPS (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_int64 (value, self->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_stage_steps_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  KonkursStageSteps *self = KONKURS_STAGE_STEPS (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      konkurs_stage_steps_set_selected (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_stage_steps_dispose (GObject *object)
{
  KonkursStageSteps *self = KONKURS_STAGE_STEPS (object);

  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick);
  self->scroll_tick = 0;
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_pointer (&self->buttons, g_ptr_array_unref);

  G_OBJECT_CLASS (konkurs_stage_steps_parent_class)->dispose (object);
}

static void
konkurs_stage_steps_class_init (KonkursStageStepsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = konkurs_stage_steps_dispose;
  object_class->get_property = konkurs_stage_steps_get_property;
  object_class->set_property = konkurs_stage_steps_set_property;

  properties[PROP_SELECTED] =
    g_param_spec_int64 ("selected", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[STAGE_ACTIVATED] =
    g_signal_new ("stage-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "stagesteps");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
konkurs_stage_steps_init (KonkursStageSteps *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->buttons = g_ptr_array_new ();
  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  gtk_widget_set_margin_start (self->box, 12);
  gtk_widget_set_margin_end (self->box, 12);
  gtk_widget_set_margin_top (self->box, 6);
  gtk_widget_set_margin_bottom (self->box, 6);
  /* In a narrow window the row scrolls sideways rather than squeezing
   * the steps' texts. */
  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (self->scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), self->box);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));

  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Stages"), -1);
}

GtkWidget *
konkurs_stage_steps_new (void)
{
  return g_object_new (KONKURS_TYPE_STAGE_STEPS, NULL);
}
