/* konkurs-area.c — the base of each area of the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What every area did for itself before: hold the store and follow its
 * signals, keep a document language bound to the settings, emit
 * "add-toast", print the documents of the registry and cancel that
 * printing when it goes.  A new area derives from
 * KonkursArea and implements context_changed().
 */
#include "config.h"

#include "konkurs-area.h"
#include "konkurs-documents-button.h"
#include "konkurs-print.h"
#include "konkurs-store-stages.h"
#include "konkurs-ui-helpers.h"

typedef struct
{
  KonkursContext *context;
  GArray         *store_handlers;   /* gulong, on the context's store */
  char           *document_language;   /* while there is no context */
  GCancellable   *cancellable;
} KonkursAreaPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (KonkursArea, konkurs_area, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
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
disconnect_store (KonkursArea *self)
{
  KonkursAreaPrivate *priv = konkurs_area_get_instance_private (self);
  KonkursStore *store = konkurs_area_get_store (self);

  for (guint i = 0; store != NULL && i < priv->store_handlers->len; i++)
    g_signal_handler_disconnect (store, g_array_index (priv->store_handlers, gulong, i));
  g_array_set_size (priv->store_handlers, 0);
}

static void
on_context_language_changed (KonkursArea *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT_LANGUAGE]);
}

/* Without a context the choice is only kept here. */
static void
set_document_language (KonkursArea *self,
                       const char  *code)
{
  KonkursAreaPrivate *priv = konkurs_area_get_instance_private (self);

  if (priv->context != NULL)
    konkurs_context_set_document_language (priv->context, code);
  else if (konkurs_document_language_replace (&priv->document_language, code))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT_LANGUAGE]);
}

static void
konkurs_area_real_add_toast (KonkursArea *self,
                             AdwToast    *toast)
{
  KonkursAreaPrivate *priv = konkurs_area_get_instance_private (self);

  if (priv->context != NULL)
    konkurs_context_add_toast (priv->context, g_object_ref (toast));
}

/* Printing the documents of the registry */

gint64
konkurs_area_get_document_record (KonkursArea          *self,
                                  KonkursDocumentScope  scope)
{
  KonkursAreaClass *klass;

  g_return_val_if_fail (KONKURS_IS_AREA (self), 0);

  klass = KONKURS_AREA_GET_CLASS (self);
  if (konkurs_area_get_store (self) == NULL || klass->get_document_record == NULL)
    return 0;
  return klass->get_document_record (self, scope);
}

static gint64
document_record (KonkursArea               *self,
                 const KonkursDocumentKind *kind)
{
  return konkurs_area_get_document_record (self, kind->scope);
}

static gboolean
is_documents_button_in_sight (GtkWidget *widget)
{
  return KONKURS_IS_DOCUMENTS_BUTTON (widget) && gtk_widget_get_mapped (widget);
}

static GtkWidget *
find_documents_button (GtkWidget *widget)
{
  if (is_documents_button_in_sight (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_documents_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* area.documents (Ctrl+P): the Print menu the area shows. */
static void
documents_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  GtkWidget *button = find_documents_button (widget);

  if (button != NULL)
    konkurs_documents_button_popup (KONKURS_DOCUMENTS_BUTTON (button));
}

/* What a file name says after the document's name: the state body of a
 * competition, the name of a stage. */
static char *
dup_record_name (KonkursStore         *store,
                 KonkursDocumentScope  scope,
                 gint64                id)
{
  g_autoptr(KonkursCompetition) competition = NULL;
  g_autoptr(KonkursStage) stage = NULL;

  switch (scope)
    {
    case KONKURS_DOCUMENT_SCOPE_COMPETITION:
      competition = konkurs_store_get_competition (store, id, NULL);
      return competition != NULL ? g_strdup (konkurs_competition_get_state_body (competition)) : NULL;
    case KONKURS_DOCUMENT_SCOPE_STAGE:
      stage = konkurs_store_get_stage (store, id, NULL);
      return stage != NULL ? g_strdup (konkurs_ui_translate_label (konkurs_stage_kind_get_label (stage->kind))) : NULL;
    default:
      return NULL;
    }
}

/* The request for the document named by @parameter; FALSE when the area
 * has no record to print it for. */
static gboolean
init_request (KonkursArea          *self,
              GVariant             *parameter,
              KonkursPrintRequest  *request,
              char                **record_name)
{
  const KonkursDocumentKind *kind = konkurs_document_kind_lookup (g_variant_get_string (parameter, NULL));

  g_return_val_if_fail (kind != NULL, FALSE);

  *request = (KonkursPrintRequest) {
    .store = konkurs_area_get_store (self),
    .kind = kind,
    .id = document_record (self, kind),
    .language_code = konkurs_area_get_document_language (self),
  };
  if (request->id == 0)
    return FALSE;
  request->record_name = *record_name = dup_record_name (request->store, kind->scope, request->id);
  return TRUE;
}

/* area.print and area.save-pdf.  The document is built in a worker: a
 * protocol reads every application of the competition. */
static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KonkursArea *self = KONKURS_AREA (widget);
  KonkursAreaClass *klass = KONKURS_AREA_GET_CLASS (self);
  g_autofree char *record_name = NULL;
  KonkursPrintRequest request;
  KonkursPrintPreview *preview;

  if (!init_request (self, parameter, &request, &record_name))
    return;
  preview = konkurs_print_preview_new (widget, &request,
                                       g_str_equal (action_name, "area.save-pdf") ? KONKURS_PRINT_PREVIEW_SAVE_PDF
                                                                                  : KONKURS_PRINT_PREVIEW_PRINT,
                                       konkurs_area_get_cancellable (self));
  if (klass->preview_opened != NULL)
    klass->preview_opened (self, preview, &request);
  gtk_window_present (GTK_WINDOW (preview));
}

void
konkurs_area_documents_changed (KonkursArea *self)
{
  const KonkursDocumentKind * const *kinds = konkurs_document_kind_list ();
  gboolean printable = FALSE;

  g_return_if_fail (KONKURS_IS_AREA (self));

  for (guint i = 0; kinds[i] != NULL && !printable; i++)
    printable = document_record (self, kinds[i]) != 0;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "area.print", printable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "area.save-pdf", printable);
}

static void
konkurs_area_dispose (GObject *object)
{
  KonkursArea *self = KONKURS_AREA (object);
  KonkursAreaPrivate *priv = konkurs_area_get_instance_private (self);

  g_cancellable_cancel (priv->cancellable);
  konkurs_print_forget (GTK_WIDGET (self));
  disconnect_store (self);
  if (priv->context != NULL)
    g_signal_handlers_disconnect_by_data (priv->context, self);
  g_clear_object (&priv->context);

  G_OBJECT_CLASS (konkurs_area_parent_class)->dispose (object);
}

static void
konkurs_area_finalize (GObject *object)
{
  KonkursArea *self = KONKURS_AREA (object);
  KonkursAreaPrivate *priv = konkurs_area_get_instance_private (self);

  g_clear_pointer (&priv->store_handlers, g_array_unref);
  g_clear_pointer (&priv->document_language, g_free);
  g_clear_object (&priv->cancellable);

  G_OBJECT_CLASS (konkurs_area_parent_class)->finalize (object);
}

static void
konkurs_area_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KonkursArea *self = KONKURS_AREA (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, konkurs_area_get_context (self));
      break;
    case PROP_DOCUMENT_LANGUAGE:
      g_value_set_string (value, konkurs_area_get_document_language (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_area_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  KonkursArea *self = KONKURS_AREA (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      konkurs_area_set_context (self, g_value_get_object (value));
      break;
    case PROP_DOCUMENT_LANGUAGE:
      set_document_language (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_area_class_init (KonkursAreaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = konkurs_area_dispose;
  object_class->finalize = konkurs_area_finalize;
  object_class->get_property = konkurs_area_get_property;
  object_class->set_property = konkurs_area_set_property;
  klass->add_toast = konkurs_area_real_add_toast;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, KONKURS_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DOCUMENT_LANGUAGE] = konkurs_document_language_pspec ();
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ADD_TOAST] = konkurs_add_toast_signal_new (G_TYPE_FROM_CLASS (klass),
                                                     G_STRUCT_OFFSET (KonkursAreaClass, add_toast));

  /* A radio pair in each area's "Document Language" menu. */
  gtk_widget_class_install_property_action (widget_class, "area.document-language", "document-language");
  gtk_widget_class_install_action (widget_class, "area.print", "s", print_action);
  gtk_widget_class_install_action (widget_class, "area.save-pdf", "s", print_action);
  gtk_widget_class_install_action (widget_class, "area.documents", NULL, documents_action);
}

static void
konkurs_area_init (KonkursArea *self)
{
  KonkursAreaPrivate *priv = konkurs_area_get_instance_private (self);

  priv->store_handlers = g_array_new (FALSE, FALSE, sizeof (gulong));
  priv->document_language = g_strdup ("kk");
  priv->cancellable = g_cancellable_new ();
  konkurs_area_documents_changed (self);
}

KonkursContext *
konkurs_area_get_context (KonkursArea *self)
{
  KonkursAreaPrivate *priv = konkurs_area_get_instance_private (self);

  g_return_val_if_fail (KONKURS_IS_AREA (self), NULL);

  return priv->context;
}

void
konkurs_area_set_context (KonkursArea    *self,
                          KonkursContext *context)
{
  KonkursAreaPrivate *priv = konkurs_area_get_instance_private (self);
  g_autofree char *old_language = NULL;

  g_return_if_fail (KONKURS_IS_AREA (self));
  g_return_if_fail (context == NULL || KONKURS_IS_CONTEXT (context));

  if (priv->context == context)
    return;

  old_language = g_strdup (konkurs_area_get_document_language (self));
  disconnect_store (self);
  if (priv->context != NULL)
    g_signal_handlers_disconnect_by_data (priv->context, self);
  g_set_object (&priv->context, context);
  if (context != NULL)
    g_signal_connect_object (context, "notify::document-language", G_CALLBACK (on_context_language_changed),
                             self, G_CONNECT_SWAPPED);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
  if (g_strcmp0 (old_language, konkurs_area_get_document_language (self)) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT_LANGUAGE]);

  if (KONKURS_AREA_GET_CLASS (self)->context_changed != NULL)
    KONKURS_AREA_GET_CLASS (self)->context_changed (self);
}

KonkursStore *
konkurs_area_get_store (KonkursArea *self)
{
  KonkursAreaPrivate *priv = konkurs_area_get_instance_private (self);

  g_return_val_if_fail (KONKURS_IS_AREA (self), NULL);

  return priv->context != NULL ? konkurs_context_get_store (priv->context) : NULL;
}

gboolean
konkurs_area_is_writable (KonkursArea *self)
{
  KonkursStore *store = konkurs_area_get_store (self);

  return store != NULL && !konkurs_store_is_read_only (store);
}

GSettings *
konkurs_area_get_settings (KonkursArea *self)
{
  KonkursAreaPrivate *priv = konkurs_area_get_instance_private (self);

  g_return_val_if_fail (KONKURS_IS_AREA (self), NULL);

  return priv->context != NULL ? konkurs_context_get_settings (priv->context) : NULL;
}

const char *
konkurs_area_get_document_language (KonkursArea *self)
{
  KonkursAreaPrivate *priv = konkurs_area_get_instance_private (self);

  g_return_val_if_fail (KONKURS_IS_AREA (self), NULL);

  if (priv->context != NULL)
    return konkurs_context_get_document_language (priv->context);
  return priv->document_language;
}

GCancellable *
konkurs_area_get_cancellable (KonkursArea *self)
{
  KonkursAreaPrivate *priv = konkurs_area_get_instance_private (self);

  g_return_val_if_fail (KONKURS_IS_AREA (self), NULL);

  return priv->cancellable;
}

void
konkurs_area_add_toast (KonkursArea *self,
                        AdwToast    *toast)
{
  g_autoptr(AdwToast) owned = toast;

  g_return_if_fail (KONKURS_IS_AREA (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  g_signal_emit (self, signals[ADD_TOAST], 0, toast);
}

void
konkurs_area_tell (GtkWidget  *inside,
                   const char *text)
{
  GtkWidget *area;

  g_return_if_fail (GTK_IS_WIDGET (inside));

  area = gtk_widget_get_ancestor (inside, KONKURS_TYPE_AREA);
  if (area != NULL)
    konkurs_area_add_toast (KONKURS_AREA (area), adw_toast_new (text));
}

void
konkurs_area_connect_store (KonkursArea *self,
                            const char  *detailed_signal,
                            GCallback    callback)
{
  KonkursAreaPrivate *priv = konkurs_area_get_instance_private (self);
  KonkursStore *store;
  gulong id;

  g_return_if_fail (KONKURS_IS_AREA (self));

  store = konkurs_area_get_store (self);
  if (store == NULL)
    return;
  id = g_signal_connect_swapped (store, detailed_signal, callback, self);
  g_array_append_val (priv->store_handlers, id);
}
