/* konkurs-candidate-list.c — a lazy list model of the candidates in the
 * store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "konkurs-candidate-list.h"
#include "konkurs-store-candidates.h"

/* A page is what one query reads; a screen of rows needs one or two, and
 * scrolling back finds the last few still here. */
#define PAGE_SIZE  100
#define MAX_PAGES  8

typedef struct {
  guint      index;   /* page number: positions index * PAGE_SIZE … */
  GPtrArray *items;   /* KonkursCandidate, one per position */
} Page;

struct _KonkursCandidateList
{
  GObject                  parent_instance;

  KonkursStore            *store;
  gulong                   candidates_handler;
  gulong                   applications_handler;

  char                    *query;
  gint64                   competition_id;
  gint64                   vacancy_id;
  KonkursEligibilityState  eligibility;

  GArray                  *ids;     /* gint64, the whole filtered result */
  GQueue                   pages;   /* Page, most recently used first */
};

static void konkurs_candidate_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KonkursCandidateList, konkurs_candidate_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      konkurs_candidate_list_model_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_QUERY,
  PROP_COMPETITION_ID,
  PROP_VACANCY_ID,
  PROP_ELIGIBILITY,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
page_free (Page *page)
{
  g_ptr_array_unref (page->items);
  g_free (page);
}

static void
drop_pages (KonkursCandidateList *self)
{
  Page *page;

  while ((page = g_queue_pop_head (&self->pages)) != NULL)
    page_free (page);
}

/* Placeholder for a row deleted since the ids were read: the model must
 * return an item for every position until the store's signal reloads it. */
static KonkursCandidate *
missing_candidate (gint64 id)
{
  KonkursCandidate *candidate = konkurs_candidate_new ();

  konkurs_candidate_set_id (candidate, id);
  return candidate;
}

static Page *
load_page (KonkursCandidateList *self,
           guint                 index)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) found = NULL;
  guint first = index * PAGE_SIZE;
  guint n = MIN (PAGE_SIZE, self->ids->len - first);
  const gint64 *ids = &g_array_index (self->ids, gint64, first);
  Page *page;
  guint next = 0;

  found = konkurs_store_get_candidates (self->store, ids, n, FALSE, &error);
  if (found == NULL)
    g_warning ("Could not read candidates %u to %u: %s", first, first + n, error->message);

  /* @found is in the order of @ids, with deleted rows left out. */
  page = g_new0 (Page, 1);
  page->index = index;
  page->items = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      KonkursCandidate *candidate = NULL;

      if (found != NULL && next < found->len &&
          konkurs_candidate_get_id (g_ptr_array_index (found, next)) == ids[i])
        candidate = g_object_ref (g_ptr_array_index (found, next++));
      g_ptr_array_add (page->items, candidate != NULL ? candidate : missing_candidate (ids[i]));
    }
  return page;
}

static Page *
get_page (KonkursCandidateList *self,
          guint                 index)
{
  Page *page;

  for (GList *link = self->pages.head; link != NULL; link = link->next)
    {
      page = link->data;
      if (page->index != index)
        continue;
      g_queue_unlink (&self->pages, link);
      g_queue_push_head_link (&self->pages, link);
      return page;
    }

  page = load_page (self, index);
  g_queue_push_head (&self->pages, page);
  while (g_queue_get_length (&self->pages) > MAX_PAGES)
    page_free (g_queue_pop_tail (&self->pages));
  return page;
}

/* GListModel */

static GType
konkurs_candidate_list_get_item_type (GListModel *model)
{
  return KONKURS_TYPE_CANDIDATE;
}

static guint
konkurs_candidate_list_get_n_items (GListModel *model)
{
  KonkursCandidateList *self = KONKURS_CANDIDATE_LIST (model);

  return self->ids->len;
}

static gpointer
konkurs_candidate_list_get_item (GListModel *model,
                                 guint       position)
{
  KonkursCandidateList *self = KONKURS_CANDIDATE_LIST (model);
  Page *page;

  if (position >= self->ids->len)
    return NULL;
  page = get_page (self, position / PAGE_SIZE);
  return g_object_ref (g_ptr_array_index (page->items, position % PAGE_SIZE));
}

static void
konkurs_candidate_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = konkurs_candidate_list_get_item_type;
  iface->get_n_items = konkurs_candidate_list_get_n_items;
  iface->get_item = konkurs_candidate_list_get_item;
}

/* Reloading */

void
konkurs_candidate_list_reload (KonkursCandidateList *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  KonkursCandidateFilter filter;
  guint removed, added;

  g_return_if_fail (KONKURS_IS_CANDIDATE_LIST (self));

  konkurs_candidate_filter_init (&filter);
  filter.text = self->query;
  filter.competition_id = self->competition_id;
  filter.vacancy_id = self->vacancy_id;
  filter.eligibility = self->eligibility;

  ids = konkurs_store_query_candidate_ids (self->store, &filter, &error);
  if (ids == NULL)
    {
      g_warning ("Could not list the candidates: %s", error->message);
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    }

  removed = self->ids->len;
  added = ids->len;
  g_array_unref (self->ids);
  self->ids = g_steal_pointer (&ids);
  drop_pages (self);

  if (removed == 0 && added == 0)
    return;
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, added);
  if (removed != added)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static void
on_store_changed (KonkursStore         *store,
                  KonkursCandidateList *self)
{
  konkurs_candidate_list_reload (self);
}

/* GObject */

static void
konkurs_candidate_list_dispose (GObject *object)
{
  KonkursCandidateList *self = (KonkursCandidateList *) object;

  if (self->store != NULL)
    {
      g_clear_signal_handler (&self->candidates_handler, self->store);
      g_clear_signal_handler (&self->applications_handler, self->store);
    }
  drop_pages (self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (konkurs_candidate_list_parent_class)->dispose (object);
}

static void
konkurs_candidate_list_finalize (GObject *object)
{
  KonkursCandidateList *self = (KonkursCandidateList *) object;

  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->ids, g_array_unref);

  G_OBJECT_CLASS (konkurs_candidate_list_parent_class)->finalize (object);
}

static void
konkurs_candidate_list_constructed (GObject *object)
{
  KonkursCandidateList *self = (KonkursCandidateList *) object;

  G_OBJECT_CLASS (konkurs_candidate_list_parent_class)->constructed (object);

  g_return_if_fail (KONKURS_IS_STORE (self->store));

  /* Applications change what the filters match. */
  self->candidates_handler =
    g_signal_connect (self->store, "changed::" KONKURS_STORE_TABLE_CANDIDATES,
                      G_CALLBACK (on_store_changed), self);
  self->applications_handler =
    g_signal_connect (self->store, "changed::" KONKURS_STORE_TABLE_APPLICATIONS,
                      G_CALLBACK (on_store_changed), self);
  konkurs_candidate_list_reload (self);
}

static void
konkurs_candidate_list_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  KonkursCandidateList *self = KONKURS_CANDIDATE_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:          g_value_set_object (value, self->store); break;
    case PROP_QUERY:          g_value_set_string (value, self->query); break;
    case PROP_COMPETITION_ID: g_value_set_int64 (value, self->competition_id); break;
    case PROP_VACANCY_ID:     g_value_set_int64 (value, self->vacancy_id); break;
    case PROP_ELIGIBILITY:    g_value_set_int (value, self->eligibility); break;
    case PROP_N_ITEMS:        g_value_set_uint (value, self->ids->len); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_candidate_list_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  KonkursCandidateList *self = KONKURS_CANDIDATE_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:          self->store = g_value_dup_object (value); break;
    case PROP_QUERY:          konkurs_candidate_list_set_query (self, g_value_get_string (value)); break;
    case PROP_COMPETITION_ID: konkurs_candidate_list_set_competition_id (self, g_value_get_int64 (value)); break;
    case PROP_VACANCY_ID:     konkurs_candidate_list_set_vacancy_id (self, g_value_get_int64 (value)); break;
    case PROP_ELIGIBILITY:    konkurs_candidate_list_set_eligibility (self, g_value_get_int (value)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_candidate_list_class_init (KonkursCandidateListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = konkurs_candidate_list_dispose;
  object_class->finalize = konkurs_candidate_list_finalize;
  object_class->constructed = konkurs_candidate_list_constructed;
  object_class->get_property = konkurs_candidate_list_get_property;
  object_class->set_property = konkurs_candidate_list_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, KONKURS_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUERY] = g_param_spec_string ("query", NULL, NULL, "", flags);
  properties[PROP_COMPETITION_ID] =
    g_param_spec_int64 ("competition-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_VACANCY_ID] =
    g_param_spec_int64 ("vacancy-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_ELIGIBILITY] =
    g_param_spec_int ("eligibility", NULL, NULL, KONKURS_ELIGIBILITY_STATE_ANY,
                      KONKURS_ELIGIBILITY_STATE_INELIGIBLE, KONKURS_ELIGIBILITY_STATE_ANY, flags);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
konkurs_candidate_list_init (KonkursCandidateList *self)
{
  self->query = g_strdup ("");
  self->eligibility = KONKURS_ELIGIBILITY_STATE_ANY;
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_queue_init (&self->pages);
}

KonkursCandidateList *
konkurs_candidate_list_new (KonkursStore *store)
{
  g_return_val_if_fail (KONKURS_IS_STORE (store), NULL);
  return g_object_new (KONKURS_TYPE_CANDIDATE_LIST, "store", store, NULL);
}

KonkursStore *
konkurs_candidate_list_get_store (KonkursCandidateList *self)
{
  g_return_val_if_fail (KONKURS_IS_CANDIDATE_LIST (self), NULL);
  return self->store;
}

const char *
konkurs_candidate_list_get_query (KonkursCandidateList *self)
{
  g_return_val_if_fail (KONKURS_IS_CANDIDATE_LIST (self), NULL);
  return self->query;
}

void
konkurs_candidate_list_set_query (KonkursCandidateList *self,
                                  const char           *query)
{
  g_return_if_fail (KONKURS_IS_CANDIDATE_LIST (self));

  if (query == NULL)
    query = "";
  if (g_strcmp0 (self->query, query) == 0)
    return;
  g_free (self->query);
  self->query = g_strdup (query);
  konkurs_candidate_list_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
}

gint64
konkurs_candidate_list_get_competition_id (KonkursCandidateList *self)
{
  g_return_val_if_fail (KONKURS_IS_CANDIDATE_LIST (self), 0);
  return self->competition_id;
}

void
konkurs_candidate_list_set_competition_id (KonkursCandidateList *self,
                                           gint64                id)
{
  g_return_if_fail (KONKURS_IS_CANDIDATE_LIST (self));

  if (self->competition_id == id)
    return;
  self->competition_id = id;
  konkurs_candidate_list_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPETITION_ID]);
}

gint64
konkurs_candidate_list_get_vacancy_id (KonkursCandidateList *self)
{
  g_return_val_if_fail (KONKURS_IS_CANDIDATE_LIST (self), 0);
  return self->vacancy_id;
}

void
konkurs_candidate_list_set_vacancy_id (KonkursCandidateList *self,
                                       gint64                id)
{
  g_return_if_fail (KONKURS_IS_CANDIDATE_LIST (self));

  if (self->vacancy_id == id)
    return;
  self->vacancy_id = id;
  konkurs_candidate_list_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VACANCY_ID]);
}

KonkursEligibilityState
konkurs_candidate_list_get_eligibility (KonkursCandidateList *self)
{
  g_return_val_if_fail (KONKURS_IS_CANDIDATE_LIST (self), KONKURS_ELIGIBILITY_STATE_ANY);
  return self->eligibility;
}

void
konkurs_candidate_list_set_eligibility (KonkursCandidateList    *self,
                                        KonkursEligibilityState  state)
{
  g_return_if_fail (KONKURS_IS_CANDIDATE_LIST (self));

  if (self->eligibility == state)
    return;
  self->eligibility = state;
  konkurs_candidate_list_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ELIGIBILITY]);
}

gint64
konkurs_candidate_list_get_id (KonkursCandidateList *self,
                               guint                 position)
{
  g_return_val_if_fail (KONKURS_IS_CANDIDATE_LIST (self), 0);

  if (position >= self->ids->len)
    return 0;
  return g_array_index (self->ids, gint64, position);
}

guint
konkurs_candidate_list_find_position (KonkursCandidateList *self,
                                      gint64                id)
{
  g_return_val_if_fail (KONKURS_IS_CANDIDATE_LIST (self), G_MAXUINT);

  /* A linear scan of at most 100,000 integers takes well under a
   * millisecond; the ids are sorted by name, not by id. */
  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      return i;
  return G_MAXUINT;
}
