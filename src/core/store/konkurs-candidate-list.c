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
/* A replacement adding more rows than this (more than a screen) is
 * announced in two steps, the new rows before the old go: see
 * apply_ids(). */
#define REPLACE_IN_TWO  PAGE_SIZE

typedef struct {
  guint      index;      /* page number: positions index * PAGE_SIZE … */
  GPtrArray *items;      /* KonkursCandidate, one per position */
  GArray    *statuses;   /* KonkursCandidateStatus (int), one per position */
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
  KonkursCandidateSort     sort;
  gboolean                 descending;

  GArray                  *ids;     /* gint64, the whole filtered result */
  GQueue                   pages;   /* Page, most recently used first */

  /* One query at a time runs in a worker; a newer filter bumps the
   * generation and waits in "queued" for it to end, so that a late answer
   * to an old filter is dropped. */
  GCancellable            *cancellable;
  guint                    refresh_idle;   /* a query to start after a store change */
  guint                    generation;
  gboolean                 loading;
  gboolean                 running;
  gboolean                 queued;
  gboolean                 queued_refresh;
  gboolean                 replacing;   /* between the two signals of apply_ids() */
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
  PROP_LOADING,
  PROP_NOTHING_TO_SEARCH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
page_free (Page *page)
{
  g_ptr_array_unref (page->items);
  g_array_unref (page->statuses);
  g_free (page);
}

static void
drop_pages (KonkursCandidateList *self)
{
  Page *page;

  while ((page = g_queue_pop_head (&self->pages)) != NULL)
    page_free (page);
}

/* Drops the pages holding any position from @position on. */
static void
drop_pages_from (KonkursCandidateList *self,
                 guint                 position)
{
  GList *link = self->pages.head;

  while (link != NULL)
    {
      GList *next = link->next;
      Page *page = link->data;

      if ((page->index + 1) * PAGE_SIZE > position)
        {
          page_free (page);
          g_queue_delete_link (&self->pages, link);
        }
      link = next;
    }
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
  g_clear_error (&error);
  page = g_new0 (Page, 1);
  page->statuses = konkurs_store_get_candidate_statuses (self->store, ids, n, self->competition_id,
                                                        self->vacancy_id, &error);
  if (page->statuses == NULL)
    {
      int none = KONKURS_CANDIDATE_STATUS_NONE;

      g_warning ("Could not read the applications of candidates %u to %u: %s", first, first + n, error->message);
      page->statuses = g_array_new (FALSE, FALSE, sizeof (int));
      for (guint i = 0; i < n; i++)
        g_array_append_val (page->statuses, none);
    }

  /* @found is in the order of @ids, with deleted rows left out. */
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

typedef struct {
  KonkursCandidateFilter filter;
  char                  *text;
  KonkursStore          *store;
  guint                  generation;
  gboolean               refresh_rows;
} Query;

static void
query_free (Query *query)
{
  g_free (query->text);
  g_clear_object (&query->store);
  g_free (query);
}

static Query *
query_new (KonkursCandidateList *self,
           gboolean              refresh_rows)
{
  Query *query = g_new0 (Query, 1);

  konkurs_candidate_filter_init (&query->filter);
  query->text = g_strdup (self->query);
  query->filter.text = query->text;
  query->filter.competition_id = self->competition_id;
  query->filter.vacancy_id = self->vacancy_id;
  query->filter.eligibility = self->eligibility;
  query->filter.sort = self->sort;
  query->filter.descending = self->descending;
  query->store = g_object_ref (self->store);
  query->generation = self->generation;
  query->refresh_rows = refresh_rows;
  return query;
}

static GArray *
run_query (KonkursStore *store,
           Query        *query)
{
  g_autoptr(GError) error = NULL;
  GArray *ids = konkurs_store_query_candidate_ids (store, &query->filter, &error);

  if (ids == NULL)
    {
      g_warning ("Could not list the candidates: %s", error->message);
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    }
  return ids;
}

static void
set_loading (KonkursCandidateList *self,
             gboolean              loading)
{
  if (self->loading == loading)
    return;
  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static gboolean
same_row (KonkursCandidate *a,
          KonkursCandidate *b)
{
  return konkurs_candidate_get_id (a) == konkurs_candidate_get_id (b) &&
         g_strcmp0 (konkurs_candidate_get_surname (a), konkurs_candidate_get_surname (b)) == 0 &&
         g_strcmp0 (konkurs_candidate_get_name (a), konkurs_candidate_get_name (b)) == 0 &&
         g_strcmp0 (konkurs_candidate_get_patronymic (a), konkurs_candidate_get_patronymic (b)) == 0 &&
         g_strcmp0 (konkurs_candidate_get_iin (a), konkurs_candidate_get_iin (b)) == 0;
}

/* After the store changed, rows that kept their place may still show an
 * old name.  Only rows read before can be on screen: compare those and
 * announce the ones that differ, one by one. */
static void
refresh_kept_rows (KonkursCandidateList *self,
                   GQueue               *old_pages,
                   guint                 prefix,
                   guint                 old_len,
                   guint                 suffix)
{
  Page *page;

  while ((page = g_queue_pop_head (old_pages)) != NULL)
    {
      for (guint i = 0; i < page->items->len; i++)
        {
          guint old_position = page->index * PAGE_SIZE + i;
          guint position;
          g_autoptr(KonkursCandidate) fresh = NULL;

          if (old_position < prefix)
            position = old_position;
          else if (old_position >= old_len - suffix)
            position = old_position - old_len + self->ids->len;
          else
            continue;
          fresh = konkurs_candidate_list_get_item (G_LIST_MODEL (self), position);
          if (fresh != NULL &&
              (!same_row (fresh, g_ptr_array_index (page->items, i)) ||
               (int) konkurs_candidate_list_get_status_at (self, position) != g_array_index (page->statuses, int, i)))
            g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
        }
      page_free (page);
    }
}

/* Replaces the ids and announces only what changed: the rows before and
 * after the first and last difference stay, so that a list view keeps its
 * widgets, its scroll position and its selection, and an accessibility
 * client hears about a few rows instead of 100,000. */
static void
apply_ids (KonkursCandidateList *self,
           GArray               *ids,
           gboolean              refresh_rows)
{
  GArray *old = self->ids;
  guint old_len = old->len;
  guint new_len = ids->len;
  guint prefix = 0, suffix = 0;
  GQueue old_pages = G_QUEUE_INIT;

  while (prefix < old_len && prefix < new_len &&
         g_array_index (old, gint64, prefix) == g_array_index (ids, gint64, prefix))
    prefix++;
  while (suffix < old_len - prefix && suffix < new_len - prefix &&
         g_array_index (old, gint64, old_len - 1 - suffix) == g_array_index (ids, gint64, new_len - 1 - suffix))
    suffix++;

  old_pages = self->pages;
  g_queue_init (&self->pages);

  if (old_len - prefix - suffix > 0 && new_len - prefix - suffix > REPLACE_IN_TWO)
    {
      /* GTK 4.8's list view and single selection look for the items they
       * track (focus, anchor, selection) among all the added rows, by
       * pointer, when one of them was in the removed span: they never
       * find it among new objects and read every row, a page of SQL at a
       * time, on the main thread (6.9 s when a search is cleared on
       * 100,000 candidates).  And the widgets of removed rows are
       * destroyed, while those of rows that merely leave the 200 a list
       * view keeps are bound to the rows that enter: so the new rows come
       * first, in front of the old ones, a view scrolls to them (see
       * konkurs_candidate_list_is_replacing()) and moves the widgets of
       * the old rows onto them, and the old rows, then without widgets,
       * go in a second signal that adds nothing to search. */
      guint old_mid = old_len - prefix - suffix;
      guint new_mid = new_len - prefix - suffix;
      GArray *both = g_array_sized_new (FALSE, FALSE, sizeof (gint64), old_len + new_mid);

      g_array_append_vals (both, ids->data, prefix + new_mid);
      g_array_append_vals (both, &g_array_index (old, gint64, prefix), old_len - prefix);
      self->ids = both;
      g_array_unref (old);
      self->replacing = TRUE;
      g_list_model_items_changed (G_LIST_MODEL (self), prefix, 0, new_mid);
      self->replacing = FALSE;
      /* Pages read meanwhile hold the right rows up to the old ones. */
      drop_pages_from (self, prefix + new_mid);
      g_array_unref (self->ids);
      self->ids = g_array_ref (ids);
      g_list_model_items_changed (G_LIST_MODEL (self), prefix + new_mid, old_mid, 0);
    }
  else
    {
      self->ids = g_array_ref (ids);
      g_array_unref (old);
      if (prefix + suffix < MAX (old_len, new_len))
        g_list_model_items_changed (G_LIST_MODEL (self), prefix, old_len - prefix - suffix,
                                    new_len - prefix - suffix);
    }
  if (refresh_rows)
    refresh_kept_rows (self, &old_pages, prefix, old_len, suffix);
  else
    while (!g_queue_is_empty (&old_pages))
      page_free (g_queue_pop_head (&old_pages));
  if (old_len != new_len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static void
query_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  /* All lists, one query at a time: the store's threads share one
   * read-only connection, whose snapshot lasts while any statement on it
   * steps, so a query overlapping another could miss a change committed
   * between their starts. */
  static GMutex lock;
  Query *query = task_data;
  GArray *ids;

  /* The store reads through its read-only connection in any thread but
   * the writing one. */
  g_mutex_lock (&lock);
  ids = run_query (query->store, query);
  g_mutex_unlock (&lock);
  g_task_return_pointer (task, ids, (GDestroyNotify) g_array_unref);
}

static void launch_query (KonkursCandidateList *self, gboolean refresh_rows);

static void
on_query_done (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  KonkursCandidateList *self = KONKURS_CANDIDATE_LIST (object);
  Query *query = g_task_get_task_data (G_TASK (result));
  g_autoptr(GArray) ids = g_task_propagate_pointer (G_TASK (result), NULL);

  self->running = FALSE;
  if (ids == NULL || self->store == NULL)
    return;
  if (self->queued)
    {
      gboolean refresh_rows = self->queued_refresh;

      self->queued = self->queued_refresh = FALSE;
      launch_query (self, refresh_rows);
      return;
    }
  /* Superseded by a synchronous reload (or a store change, whose query
   * is still to come). */
  if (query->generation != self->generation)
    {
      set_loading (self, self->refresh_idle != 0);
      return;
    }

  apply_ids (self, ids, query->refresh_rows);
  set_loading (self, FALSE);
}

static void
launch_query (KonkursCandidateList *self,
              gboolean              refresh_rows)
{
  g_autoptr(GTask) task = NULL;

  task = g_task_new (self, self->cancellable, on_query_done, NULL);
  g_task_set_source_tag (task, launch_query);
  g_task_set_task_data (task, query_new (self, refresh_rows), (GDestroyNotify) query_free);
  g_task_run_in_thread (task, query_thread);
  self->running = TRUE;
}

static void
start_query (KonkursCandidateList *self,
             gboolean              refresh_rows)
{
  /* This query reads everything a pending refresh would. */
  if (self->refresh_idle != 0)
    {
      g_clear_handle_id (&self->refresh_idle, g_source_remove);
      refresh_rows = TRUE;
    }
  self->generation++;
  set_loading (self, TRUE);

  /* Not two at once: the store's threads share one read-only connection,
   * and a statement still stepping there holds its snapshot for the next
   * query too, which would then miss a change committed meanwhile. */
  if (self->running)
    {
      self->queued = TRUE;
      self->queued_refresh |= refresh_rows;
      return;
    }
  launch_query (self, refresh_rows);
}

void
konkurs_candidate_list_reload (KonkursCandidateList *self)
{
  g_autoptr(GArray) ids = NULL;
  Query *query;

  g_return_if_fail (KONKURS_IS_CANDIDATE_LIST (self));

  /* Whatever runs in a worker, or waits to, is older than this. */
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  self->queued = self->queued_refresh = FALSE;
  self->generation++;

  query = query_new (self, TRUE);
  ids = run_query (self->store, query);
  query_free (query);
  apply_ids (self, ids, TRUE);
  /* A query still in a worker keeps it loading until its (dropped)
   * answer is back. */
  set_loading (self, self->running);
}

static gboolean
refresh_after_change (gpointer data)
{
  KonkursCandidateList *self = data;

  self->refresh_idle = 0;
  start_query (self, TRUE);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed (KonkursStore         *store,
                  KonkursCandidateList *self)
{
  /* Not at once: the store may announce a change from inside an operation
   * whose outer savepoint is not yet released, and a worker reads only
   * what is committed.  Once the call that changed the store has returned,
   * it is; and a save that touches candidates and applications queries
   * once. */
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add (refresh_after_change, self);
  /* A query already running may have read the old rows: drop its answer. */
  self->generation++;
  set_loading (self, TRUE);
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
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
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
    case PROP_LOADING:        g_value_set_boolean (value, self->loading); break;
    case PROP_NOTHING_TO_SEARCH:
      g_value_set_boolean (value, konkurs_candidate_list_get_nothing_to_search (self));
      break;
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
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTHING_TO_SEARCH] =
    g_param_spec_boolean ("nothing-to-search", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
konkurs_candidate_list_init (KonkursCandidateList *self)
{
  self->query = g_strdup ("");
  self->eligibility = KONKURS_ELIGIBILITY_STATE_ANY;
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->cancellable = g_cancellable_new ();
  g_queue_init (&self->pages);
}

KonkursCandidateList *
konkurs_candidate_list_new (KonkursStore *store)
{
  g_return_val_if_fail (KONKURS_IS_STORE (store), NULL);
  return g_object_new (KONKURS_TYPE_CANDIDATE_LIST, "store", store, NULL);
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

  gboolean was_empty;

  if (query == NULL)
    query = "";
  if (g_strcmp0 (self->query, query) == 0)
    return;
  was_empty = konkurs_candidate_list_get_nothing_to_search (self);
  g_free (self->query);
  self->query = g_strdup (query);
  start_query (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
  if (was_empty != konkurs_candidate_list_get_nothing_to_search (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTHING_TO_SEARCH]);
}

gboolean
konkurs_candidate_list_get_nothing_to_search (KonkursCandidateList *self)
{
  g_return_val_if_fail (KONKURS_IS_CANDIDATE_LIST (self), FALSE);
  return konkurs_candidate_search_is_empty (self->query);
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
  /* The statuses count this competition's applications now. */
  start_query (self, TRUE);
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
  start_query (self, TRUE);
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
  start_query (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ELIGIBILITY]);
}

gboolean
konkurs_candidate_list_is_replacing (KonkursCandidateList *self)
{
  g_return_val_if_fail (KONKURS_IS_CANDIDATE_LIST (self), FALSE);
  return self->replacing;
}

gboolean
konkurs_candidate_list_is_loading (KonkursCandidateList *self)
{
  g_return_val_if_fail (KONKURS_IS_CANDIDATE_LIST (self), FALSE);
  return self->loading;
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

void
konkurs_candidate_list_set_sort (KonkursCandidateList *self,
                                 KonkursCandidateSort  sort,
                                 gboolean              descending)
{
  g_return_if_fail (KONKURS_IS_CANDIDATE_LIST (self));

  descending = !!descending;
  if (self->sort == sort && self->descending == descending)
    return;
  self->sort = sort;
  self->descending = descending;
  start_query (self, FALSE);
}

KonkursCandidateSort
konkurs_candidate_list_get_sort (KonkursCandidateList *self,
                                 gboolean             *descending)
{
  g_return_val_if_fail (KONKURS_IS_CANDIDATE_LIST (self), KONKURS_CANDIDATE_SORT_NAME);

  if (descending != NULL)
    *descending = self->descending;
  return self->sort;
}

KonkursCandidateStatus
konkurs_candidate_list_get_status_at (KonkursCandidateList *self,
                                      guint                 position)
{
  Page *page;

  g_return_val_if_fail (KONKURS_IS_CANDIDATE_LIST (self), KONKURS_CANDIDATE_STATUS_NONE);

  if (position >= self->ids->len)
    return KONKURS_CANDIDATE_STATUS_NONE;
  page = get_page (self, position / PAGE_SIZE);
  return g_array_index (page->statuses, int, position % PAGE_SIZE);
}

KonkursCandidateStatus
konkurs_candidate_list_get_status (KonkursCandidateList *self,
                                   KonkursCandidate     *candidate)
{
  g_return_val_if_fail (KONKURS_IS_CANDIDATE_LIST (self), KONKURS_CANDIDATE_STATUS_NONE);
  g_return_val_if_fail (KONKURS_IS_CANDIDATE (candidate), KONKURS_CANDIDATE_STATUS_NONE);

  /* A row on screen is in a page read lately: the objects are the ones
   * the pages hold. */
  for (GList *link = self->pages.head; link != NULL; link = link->next)
    {
      Page *page = link->data;
      guint position;

      if (g_ptr_array_find (page->items, candidate, &position))
        return g_array_index (page->statuses, int, position);
    }
  return KONKURS_CANDIDATE_STATUS_NONE;
}
