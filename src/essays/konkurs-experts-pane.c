/* konkurs-experts-pane.c — the graders of an essay stage
 *
 * Load and progress come from one query of the store
 * (konkurs_store_list_expert_loads()); the agreement from the first-round
 * grades, overall and per sector, each with the number of essays behind
 * it so that a figure over five essays is not read as one over five
 * hundred.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Accessible names an end-to-end test may rely on (English interface):
 *   table "Graders" (columns "Expert", "Background", "Sectors",
 *   "Assigned", "Graded", "Packages", "Mean total"), label "Agreement".
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-columns.h"
#include "konkurs-essay-sectors.h"
#include "konkurs-expert-item.h"
#include "konkurs-experts-pane.h"
#include "konkurs-list-page.h"
#include "konkurs-ui-helpers.h"

struct _KonkursExpertsPane
{
  GtkWidget           parent_instance;

  GListStore         *items;
  GHashTable         *sector_names;   /* code -> name */
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;
  char               *agreement;

  GtkWidget          *box;
  GtkLabel           *agreement_label;
  GtkLabel           *sectors_label;
  KonkursListPage    *list_page;
  GtkColumnView      *experts_list;
};

G_DEFINE_FINAL_TYPE (KonkursExpertsPane, konkurs_experts_pane, GTK_TYPE_WIDGET)

enum {
  SIGNAL_SELECTION_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  COLUMN_NAME,
  COLUMN_BACKGROUND,
  COLUMN_SECTORS,
  COLUMN_ASSIGNED,
  COLUMN_GRADED,
  COLUMN_PACKAGES,
  COLUMN_MEAN,
};

static const KonkursColumn columns[] = {
  { COLUMN_NAME, "name", N_("Expert"), 0, 0, FALSE, FALSE },
  { COLUMN_BACKGROUND, "background", N_("Background"), 0, 0, FALSE, FALSE },
  { COLUMN_SECTORS, "sectors", N_("Sectors"), -1, 10, FALSE, TRUE },
  { COLUMN_ASSIGNED, "assigned", N_("Assigned"), 0, 0, TRUE, FALSE },
  { COLUMN_GRADED, "graded", N_("Graded"), 0, 0, TRUE, FALSE },
  { COLUMN_PACKAGES, "packages", N_("Packages"), 0, 0, TRUE, FALSE },
  { COLUMN_MEAN, "mean", N_("Mean total"), 0, 0, TRUE, FALSE },
};

static char *
column_text (gpointer item,
             int      id,
             gpointer user_data)
{
  const KonkursExpertLoad *load = konkurs_expert_item_get_load (item);

  switch (id)
    {
    case COLUMN_NAME:
      return g_strdup (load->full_name);
    case COLUMN_BACKGROUND:
      /* a commission's member grades as a member, of no background */
      if (konkurs_expert_background_get_label (load->background) == NULL)
        return g_strdup (_("Commission member"));
      return g_strdup (konkurs_ui_translate_label (konkurs_expert_background_get_label (load->background)));
    case COLUMN_SECTORS:
      return konkurs_essay_sectors_describe (user_data != NULL ? ((KonkursExpertsPane *) user_data)->sector_names
                                                               : NULL, load->sectors);
    case COLUMN_ASSIGNED:
      return g_strdup_printf ("%u", load->assigned);
    case COLUMN_GRADED:
      return konkurs_expert_item_dup_progress (item);
    case COLUMN_PACKAGES:
      return g_strdup_printf ("%u", load->packages);
    case COLUMN_MEAN:
    default:
      return konkurs_expert_item_dup_mean (item);
    }
}

static int
compare_numbers (double a,
                 double b)
{
  return a < b ? -1 : a > b;
}

static int
column_compare (gpointer a,
                gpointer b,
                int      id)
{
  const KonkursExpertLoad *la = konkurs_expert_item_get_load (a);
  const KonkursExpertLoad *lb = konkurs_expert_item_get_load (b);
  g_autofree char *ta = NULL;
  g_autofree char *tb = NULL;

  switch (id)
    {
    case COLUMN_ASSIGNED: return compare_numbers (la->assigned, lb->assigned);
    case COLUMN_GRADED:   return compare_numbers (la->graded, lb->graded);
    case COLUMN_PACKAGES: return compare_numbers (la->packages, lb->packages);
    case COLUMN_MEAN:     return compare_numbers (la->graded > 0 ? la->mean_total : -1,
                                                  lb->graded > 0 ? lb->mean_total : -1);
    default:
      break;
    }
  ta = column_text (a, id, NULL);
  tb = column_text (b, id, NULL);
  return g_utf8_collate (ta, tb);
}

static char *
describe_agreement (KonkursStore *store,
                    gint64        stage_id,
                    const char   *sector)
{
  KonkursAgreement agreement = { 0 };
  g_autoptr(GError) error = NULL;

  if (!konkurs_store_get_essay_agreement (store, stage_id, sector, &agreement, &error))
    return g_strdup (error->message);
  return konkurs_agreement_format (&agreement, NULL);
}

static void
show_agreement (KonkursExpertsPane *self,
                KonkursStore       *store,
                gint64              stage_id,
                const char * const *sectors)
{
  g_autoptr(GString) per_sector = g_string_new (NULL);
  g_autofree char *overall = NULL;

  g_clear_pointer (&self->agreement, g_free);
  if (store == NULL || stage_id == 0)
    {
      gtk_label_set_text (self->agreement_label, "");
      gtk_label_set_text (self->sectors_label, "");
      return;
    }
  overall = describe_agreement (store, stage_id, NULL);
  /* Translators: %s is the agreement figure, as “α = 0.74 (120 essays)” */
  self->agreement = g_strdup_printf (_("Agreement between the graders: %s"), overall);
  gtk_label_set_text (self->agreement_label, self->agreement);
  for (guint i = 0; sectors != NULL && sectors[i] != NULL; i++)
    {
      g_autofree char *figure = describe_agreement (store, stage_id, sectors[i]);

      /* Translators: a sector's code and its agreement figure */
      g_string_append_printf (per_sector, "%s%s: %s", i > 0 ? "\n" : "",
                              konkurs_essay_sectors_name (self->sector_names, sectors[i]), figure);
    }
  gtk_label_set_text (self->sectors_label, per_sector->str);
  gtk_widget_set_visible (GTK_WIDGET (self->sectors_label), per_sector->len > 0);
}

void
konkurs_experts_pane_set_stage (KonkursExpertsPane *self,
                                KonkursStore       *store,
                                gint64              stage_id,
                                const char * const *sectors)
{
  g_autoptr(GPtrArray) loads = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  gint64 keep;

  g_return_if_fail (KONKURS_IS_EXPERTS_PANE (self));

  keep = konkurs_experts_pane_get_selected (self);
  g_clear_pointer (&self->sector_names, g_hash_table_unref);
  self->sector_names = konkurs_essay_sectors_read (store);
  if (store != NULL && stage_id != 0)
    {
      loads = konkurs_store_list_expert_loads (store, stage_id, &error);
      if (loads == NULL)
        g_warning ("Could not read the graders: %s", error->message);
    }
  if (loads != NULL)
    {
      g_ptr_array_set_free_func (loads, NULL);
      for (guint i = 0; i < loads->len; i++)
        g_ptr_array_add (items, konkurs_expert_item_new (loads->pdata[i]));
    }
  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       items->pdata, items->len);
  konkurs_list_page_set_empty (self->list_page, items->len == 0);
  if (keep == 0 || !konkurs_experts_pane_select (self, keep))
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  show_agreement (self, store, stage_id, sectors);
  g_signal_emit (self, signals[SIGNAL_SELECTION_CHANGED], 0);
}

static KonkursExpertItem *
get_selected_item (KonkursExpertsPane *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

gint64
konkurs_experts_pane_get_selected (KonkursExpertsPane *self)
{
  KonkursExpertItem *item;

  g_return_val_if_fail (KONKURS_IS_EXPERTS_PANE (self), 0);

  item = get_selected_item (self);
  return item != NULL ? konkurs_expert_item_get_id (item) : 0;
}

const char *
konkurs_experts_pane_get_selected_name (KonkursExpertsPane *self)
{
  KonkursExpertItem *item;

  g_return_val_if_fail (KONKURS_IS_EXPERTS_PANE (self), NULL);

  item = get_selected_item (self);
  return item != NULL ? konkurs_expert_item_get_load (item)->full_name : NULL;
}

gboolean
konkurs_experts_pane_select (KonkursExpertsPane *self,
                             gint64              expert_id)
{
  GListModel *model = G_LIST_MODEL (self->sorted);
  guint n = g_list_model_get_n_items (model);

  g_return_val_if_fail (KONKURS_IS_EXPERTS_PANE (self), FALSE);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KonkursExpertItem) item = g_list_model_get_item (model, i);

      if (konkurs_expert_item_get_id (item) == expert_id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
    }
  return FALSE;
}

GListModel *
konkurs_experts_pane_get_items (KonkursExpertsPane *self)
{
  g_return_val_if_fail (KONKURS_IS_EXPERTS_PANE (self), NULL);
  return G_LIST_MODEL (self->sorted);
}

const char *
konkurs_experts_pane_get_agreement (KonkursExpertsPane *self)
{
  g_return_val_if_fail (KONKURS_IS_EXPERTS_PANE (self), NULL);
  return self->agreement;
}

static void
on_selected (KonkursExpertsPane *self)
{
  g_signal_emit (self, signals[SIGNAL_SELECTION_CHANGED], 0);
}

static void
konkurs_experts_pane_dispose (GObject *object)
{
  KonkursExpertsPane *self = KONKURS_EXPERTS_PANE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KONKURS_TYPE_EXPERTS_PANE);
  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->items);
  g_clear_pointer (&self->agreement, g_free);
  g_clear_pointer (&self->sector_names, g_hash_table_unref);

  G_OBJECT_CLASS (konkurs_experts_pane_parent_class)->dispose (object);
}

static void
konkurs_experts_pane_class_init (KonkursExpertsPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = konkurs_experts_pane_dispose;

  /* The selected grader changed, or the graders were read again. */
  signals[SIGNAL_SELECTION_CHANGED] = g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass),
                                                    G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (KONKURS_TYPE_LIST_PAGE);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/konkurs/Konkurs/essays/konkurs-experts-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursExpertsPane, box);
  gtk_widget_class_bind_template_child (widget_class, KonkursExpertsPane, agreement_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursExpertsPane, sectors_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursExpertsPane, list_page);
  gtk_widget_class_bind_template_child (widget_class, KonkursExpertsPane, experts_list);
}

static void
konkurs_experts_pane_init (KonkursExpertsPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_list_store_new (KONKURS_TYPE_EXPERT_ITEM);
  konkurs_columns_append (self->experts_list, columns, G_N_ELEMENTS (columns), column_text, column_compare, self);
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->items)),
                                          g_object_ref (gtk_column_view_get_sorter (self->experts_list)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (on_selected), self);
  konkurs_list_page_set_model (self->list_page, G_LIST_MODEL (self->items));
  gtk_column_view_set_model (self->experts_list, GTK_SELECTION_MODEL (self->selection));
}
