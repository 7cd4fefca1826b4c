/* konkurs-context.c — what every area of a window shares: the store, the
 * settings, the language of printed documents and a way to show toasts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Like gnome-calendar's GcalContext: one object that the window hands to
 * each area, instead of each area being given the store and the settings
 * one by one and keeping its own copy of the shared choices.
 */
#include "config.h"

#include "konkurs-context.h"
#include "konkurs-property.h"
#include "konkurs-types.h"

struct _KonkursContext
{
  GObject       parent_instance;

  KonkursStore *store;
  GSettings    *settings;
  char         *document_language;
};

G_DEFINE_FINAL_TYPE (KonkursContext, konkurs_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SETTINGS,
  PROP_DOCUMENT_LANGUAGE,
  N_PROPS
};

enum {
  ADD_TOAST,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
konkurs_context_constructed (GObject *object)
{
  KonkursContext *self = KONKURS_CONTEXT (object);

  G_OBJECT_CLASS (konkurs_context_parent_class)->constructed (object);

  /* Both areas print in the language last chosen in either of them, and
   * the next start remembers it. */
  if (self->settings != NULL)
    g_settings_bind (self->settings, "document-language", self, "document-language", G_SETTINGS_BIND_DEFAULT);
}

static void
konkurs_context_dispose (GObject *object)
{
  KonkursContext *self = KONKURS_CONTEXT (object);

  if (self->settings != NULL)
    g_settings_unbind (self, "document-language");
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (konkurs_context_parent_class)->dispose (object);
}

static void
konkurs_context_finalize (GObject *object)
{
  KonkursContext *self = KONKURS_CONTEXT (object);

  g_clear_pointer (&self->document_language, g_free);

  G_OBJECT_CLASS (konkurs_context_parent_class)->finalize (object);
}

static void
konkurs_context_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KonkursContext *self = KONKURS_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_DOCUMENT_LANGUAGE:
      g_value_set_string (value, self->document_language);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_context_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  KonkursContext *self = KONKURS_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    case PROP_DOCUMENT_LANGUAGE:
      konkurs_context_set_document_language (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

GParamSpec *
konkurs_document_language_pspec (void)
{
  return g_param_spec_string ("document-language", NULL, NULL, "kk",
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

guint
konkurs_add_toast_signal_new (GType type,
                              guint class_offset)
{
  return g_signal_new ("add-toast", type, G_SIGNAL_RUN_LAST, class_offset, NULL, NULL, NULL,
                       G_TYPE_NONE, 1, ADW_TYPE_TOAST);
}

static void
konkurs_context_class_init (KonkursContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = konkurs_context_constructed;
  object_class->dispose = konkurs_context_dispose;
  object_class->finalize = konkurs_context_finalize;
  object_class->get_property = konkurs_context_get_property;
  object_class->set_property = konkurs_context_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, KONKURS_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DOCUMENT_LANGUAGE] = konkurs_document_language_pspec ();
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ADD_TOAST] = konkurs_add_toast_signal_new (G_TYPE_FROM_CLASS (klass), 0);
}

static void
konkurs_context_init (KonkursContext *self)
{
  self->document_language = g_strdup ("kk");
}

KonkursContext *
konkurs_context_new (KonkursStore *store,
                     GSettings    *settings)
{
  g_return_val_if_fail (KONKURS_IS_STORE (store), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (KONKURS_TYPE_CONTEXT, "store", store, "settings", settings, NULL);
}

KonkursStore *
konkurs_context_get_store (KonkursContext *self)
{
  g_return_val_if_fail (KONKURS_IS_CONTEXT (self), NULL);

  return self->store;
}

GSettings *
konkurs_context_get_settings (KonkursContext *self)
{
  g_return_val_if_fail (KONKURS_IS_CONTEXT (self), NULL);

  return self->settings;
}

const char *
konkurs_context_get_document_language (KonkursContext *self)
{
  g_return_val_if_fail (KONKURS_IS_CONTEXT (self), NULL);

  return self->document_language;
}

gboolean
konkurs_document_language_replace (char       **slot,
                                   const char  *code)
{
  KonkursDocLanguage language;

  g_return_val_if_fail (slot != NULL, FALSE);

  if (g_strcmp0 (*slot, code) == 0)
    return FALSE;
  if (!konkurs_doc_language_from_code (code, &language))
    {
      g_warning ("Unknown document language “%s”", code);
      return FALSE;
    }
  return konkurs_property_replace_string (slot, code);
}

void
konkurs_context_set_document_language (KonkursContext *self,
                                       const char     *code)
{
  g_return_if_fail (KONKURS_IS_CONTEXT (self));

  if (konkurs_document_language_replace (&self->document_language, code))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT_LANGUAGE]);
}

void
konkurs_context_add_toast (KonkursContext *self,
                           AdwToast       *toast)
{
  g_autoptr(AdwToast) owned = toast;

  g_return_if_fail (KONKURS_IS_CONTEXT (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  g_signal_emit (self, signals[ADD_TOAST], 0, toast);
}
