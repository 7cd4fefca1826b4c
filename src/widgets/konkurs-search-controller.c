/* konkurs-search-controller.c — search as you type, the same way in every
 * area
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-search-controller.h"

struct _KonkursSearchController
{
  GObject         parent_instance;

  GtkSearchEntry *entry;        /* weak */
  char           *text;
  char           *key;
  GPtrArray      *texts;        /* of char *, folded; NULL when not matching */
  GtkBitset      *matches;      /* positions in @texts; NULL: all */
  GCancellable   *cancellable;  /* of the match running in a worker */
  guint           generation;   /* of the latest match: older answers are dropped */
  gboolean        matching;
};

G_DEFINE_FINAL_TYPE (KonkursSearchController, konkurs_search_controller, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ENTRY,
  PROP_TEXT,
  PROP_KEY,
  PROP_MATCHING,
  N_PROPS
};

enum {
  CHANGED,
  MATCHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

typedef struct {
  GPtrArray *texts;
  char      *key;
  guint      generation;
} Match;

static void
match_free (Match *match)
{
  g_ptr_array_unref (match->texts);
  g_free (match->key);
  g_free (match);
}

char *
konkurs_search_fold (const char *text)
{
  g_autofree char *folded = NULL;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return g_strdup ("");

  folded = g_utf8_casefold (text, -1);
  return g_utf8_normalize (folded, -1, G_NORMALIZE_ALL_COMPOSE);
}

/* In a worker, or in the main thread for rows just read. */
static GtkBitset *
match_texts (GPtrArray    *texts,
             const char   *key,
             GCancellable *cancellable)
{
  GtkBitset *matches = gtk_bitset_new_empty ();

  for (guint i = 0; i < texts->len; i++)
    {
      if (g_cancellable_is_cancelled (cancellable))
        break;
      if (strstr (texts->pdata[i], key) != NULL)
        gtk_bitset_add (matches, i);
    }
  return matches;
}

static void
set_matching (KonkursSearchController *self,
              gboolean                 matching)
{
  if (self->matching == matching)
    return;
  self->matching = matching;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MATCHING]);
}

static void
set_matches (KonkursSearchController *self,
             GtkBitset               *matches)
{
  g_clear_pointer (&self->matches, gtk_bitset_unref);
  self->matches = matches;
  set_matching (self, FALSE);
  g_signal_emit (self, signals[MATCHED], 0);
}

/* Whatever runs now answers a query that is no longer asked. */
static void
supersede (KonkursSearchController *self)
{
  self->generation++;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
}

static void
match_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Match *match = task_data;
  GtkBitset *matches = match_texts (match->texts, match->key, cancellable);

  if (g_cancellable_is_cancelled (cancellable))
    {
      gtk_bitset_unref (matches);
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Superseded");
      return;
    }
  g_task_return_pointer (task, matches, (GDestroyNotify) gtk_bitset_unref);
}

static void
on_matched (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  KonkursSearchController *self = KONKURS_SEARCH_CONTROLLER (object);
  Match *match = g_task_get_task_data (G_TASK (result));
  GtkBitset *matches = g_task_propagate_pointer (G_TASK (result), NULL);

  if (matches == NULL)
    return;
  if (match->generation != self->generation)
    {
      gtk_bitset_unref (matches);
      return;
    }
  g_clear_object (&self->cancellable);
  set_matches (self, matches);
}

static void
start_match (KonkursSearchController *self)
{
  g_autoptr(GTask) task = NULL;
  Match *match;

  if (self->texts == NULL)
    return;

  supersede (self);
  if (self->key == NULL)
    {
      set_matches (self, NULL);
      return;
    }

  match = g_new0 (Match, 1);
  match->texts = g_ptr_array_ref (self->texts);
  match->key = g_strdup (self->key);
  match->generation = self->generation;
  self->cancellable = g_cancellable_new ();
  task = g_task_new (self, self->cancellable, on_matched, NULL);
  g_task_set_source_tag (task, start_match);
  g_task_set_task_data (task, match, (GDestroyNotify) match_free);
  set_matching (self, TRUE);
  g_task_run_in_thread (task, match_thread);
}

static void
on_search_changed (KonkursSearchController *self)
{
  g_autofree char *text = NULL;

  if (self->entry == NULL)
    return;

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry))));
  if (g_strcmp0 (text, self->text) == 0)
    return;

  g_free (self->text);
  self->text = g_steal_pointer (&text);
  g_clear_pointer (&self->key, g_free);
  if (self->text[0] != '\0')
    self->key = konkurs_search_fold (self->text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEY]);

  g_signal_emit (self, signals[CHANGED], 0);
  start_match (self);
}

static void
konkurs_search_controller_dispose (GObject *object)
{
  KonkursSearchController *self = KONKURS_SEARCH_CONTROLLER (object);

  supersede (self);
  konkurs_search_controller_set_entry (self, NULL);

  G_OBJECT_CLASS (konkurs_search_controller_parent_class)->dispose (object);
}

static void
konkurs_search_controller_finalize (GObject *object)
{
  KonkursSearchController *self = KONKURS_SEARCH_CONTROLLER (object);

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->key, g_free);
  g_clear_pointer (&self->texts, g_ptr_array_unref);
  g_clear_pointer (&self->matches, gtk_bitset_unref);

  G_OBJECT_CLASS (konkurs_search_controller_parent_class)->finalize (object);
}

static void
konkurs_search_controller_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  KonkursSearchController *self = KONKURS_SEARCH_CONTROLLER (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      g_value_set_object (value, self->entry);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;
    case PROP_MATCHING:
      g_value_set_boolean (value, self->matching);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_search_controller_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  KonkursSearchController *self = KONKURS_SEARCH_CONTROLLER (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      konkurs_search_controller_set_entry (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_search_controller_class_init (KonkursSearchControllerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = konkurs_search_controller_dispose;
  object_class->finalize = konkurs_search_controller_finalize;
  object_class->get_property = konkurs_search_controller_get_property;
  object_class->set_property = konkurs_search_controller_set_property;

  properties[PROP_ENTRY] =
    g_param_spec_object ("entry", NULL, NULL, GTK_TYPE_SEARCH_ENTRY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MATCHING] =
    g_param_spec_boolean ("matching", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[MATCHED] = g_signal_new ("matched", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
konkurs_search_controller_init (KonkursSearchController *self)
{
  self->text = g_strdup ("");
}

KonkursSearchController *
konkurs_search_controller_new (GtkSearchEntry *entry)
{
  g_return_val_if_fail (entry == NULL || GTK_IS_SEARCH_ENTRY (entry), NULL);

  return g_object_new (KONKURS_TYPE_SEARCH_CONTROLLER, "entry", entry, NULL);
}

GtkSearchEntry *
konkurs_search_controller_get_entry (KonkursSearchController *self)
{
  g_return_val_if_fail (KONKURS_IS_SEARCH_CONTROLLER (self), NULL);

  return self->entry;
}

void
konkurs_search_controller_set_entry (KonkursSearchController *self,
                                     GtkSearchEntry          *entry)
{
  g_return_if_fail (KONKURS_IS_SEARCH_CONTROLLER (self));
  g_return_if_fail (entry == NULL || GTK_IS_SEARCH_ENTRY (entry));

  if (self->entry == entry)
    return;

  if (self->entry != NULL)
    g_signal_handlers_disconnect_by_data (self->entry, self);
  /* The entry belongs to the area's template, which holds the controller. */
  g_set_weak_pointer (&self->entry, entry);
  if (entry != NULL)
    g_signal_connect_object (entry, "search-changed", G_CALLBACK (on_search_changed), self, G_CONNECT_SWAPPED);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTRY]);
  on_search_changed (self);
}

const char *
konkurs_search_controller_get_text (KonkursSearchController *self)
{
  g_return_val_if_fail (KONKURS_IS_SEARCH_CONTROLLER (self), NULL);

  return self->text;
}

const char *
konkurs_search_controller_get_key (KonkursSearchController *self)
{
  g_return_val_if_fail (KONKURS_IS_SEARCH_CONTROLLER (self), NULL);

  return self->key;
}

gboolean
konkurs_search_controller_is_matching (KonkursSearchController *self)
{
  g_return_val_if_fail (KONKURS_IS_SEARCH_CONTROLLER (self), FALSE);

  return self->matching;
}

void
konkurs_search_controller_clear (KonkursSearchController *self)
{
  g_return_if_fail (KONKURS_IS_SEARCH_CONTROLLER (self));

  /* An emptied search entry reports at once, without its pause. */
  if (self->entry != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
}

void
konkurs_search_controller_set_texts (KonkursSearchController *self,
                                     GPtrArray               *texts)
{
  g_return_if_fail (KONKURS_IS_SEARCH_CONTROLLER (self));

  if (texts != NULL)
    g_ptr_array_ref (texts);
  g_clear_pointer (&self->texts, g_ptr_array_unref);
  self->texts = texts;

  supersede (self);
  if (texts == NULL)
    {
      g_clear_pointer (&self->matches, gtk_bitset_unref);
      set_matching (self, FALSE);
      return;
    }
  set_matches (self, self->key != NULL ? match_texts (texts, self->key, NULL) : NULL);
}

GtkBitset *
konkurs_search_controller_get_matches (KonkursSearchController *self)
{
  g_return_val_if_fail (KONKURS_IS_SEARCH_CONTROLLER (self), NULL);

  return self->matches;
}

gboolean
konkurs_search_controller_matches (KonkursSearchController *self,
                                   guint                    position)
{
  g_return_val_if_fail (KONKURS_IS_SEARCH_CONTROLLER (self), FALSE);

  return self->matches == NULL || gtk_bitset_contains (self->matches, position);
}
