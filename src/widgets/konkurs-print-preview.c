/* konkurs-print-preview.c — the pages of a document as they will print,
 * before printing or saving them
 *
 * The document is built in a worker from what the sidebar says (language,
 * draft, the protocol's number, date, place and members present) and
 * rebuilt a moment after each change; the pages are drawn by the same
 * KonkursDocument that prints them.  Building, the issue of a protocol
 * and the sidebar are in konkurs-print-preview-build.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-job.h"
#include "konkurs-print-preview-private.h"
#include "konkurs-store-candidacies.h"
#include "konkurs-store-organisation.h"
#include "konkurs-store-register.h"
#include "konkurs-ui-helpers.h"

#define A4_WIDTH      595.276
#define A4_HEIGHT     841.89
/* around the page, on the grey of the view */
#define PAGE_MARGIN   24
/* a point of paper on screen, at 100 % */
#define PIXELS_PER_PT (96.0 / 72.0)

static const double zooms[] = { 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0 };
#define DEFAULT_ZOOM 1   /* 75 %: a page and the sidebar fit a laptop's screen */
#define ACTUAL_SIZE  2

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_BUILDING,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ISSUED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (KonkursPrintPreview, konkurs_print_preview, ADW_TYPE_WINDOW)

/* Pages */

static guint
n_pages (KonkursPrintPreview *self)
{
  return self->document != NULL ? konkurs_document_get_n_pages (self->document) : 0;
}

static void
update_pages (KonkursPrintPreview *self)
{
  g_autofree char *page = NULL;
  g_autofree char *zoom = g_strdup_printf ("%.0f %%", zooms[self->zoom] * 100);
  double scale = zooms[self->zoom] * PIXELS_PER_PT;

  if (n_pages (self) > 0)
    /* Translators: the page shown in the print preview, and the number of pages */
    page = g_strdup_printf (_("%u of %u"), self->page + 1, n_pages (self));
  gtk_label_set_text (self->page_label, page != NULL ? page : "");
  gtk_label_set_text (self->zoom_label, zoom);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.previous-page", self->page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.next-page", self->page + 1 < n_pages (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-out", self->zoom > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-in", self->zoom + 1 < G_N_ELEMENTS (zooms));
  gtk_drawing_area_set_content_width (self->page_area, (int) (A4_WIDTH * scale) + 2 * PAGE_MARGIN);
  gtk_drawing_area_set_content_height (self->page_area, (int) (A4_HEIGHT * scale) + 2 * PAGE_MARGIN);
  gtk_widget_queue_draw (GTK_WIDGET (self->page_area));
}

/* The sheet, white with a thin shadow, then the page drawn on it in
 * points, exactly as on paper. */
static void
draw_page (GtkDrawingArea *area,
           cairo_t        *cr,
           int             width,
           int             height,
           gpointer        user_data)
{
  KonkursPrintPreview *self = user_data;
  double scale = zooms[self->zoom] * PIXELS_PER_PT;

  if (self->page >= n_pages (self))
    return;
  cairo_translate (cr, PAGE_MARGIN, PAGE_MARGIN);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.25);
  cairo_rectangle (cr, 1, 2, A4_WIDTH * scale, A4_HEIGHT * scale);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, A4_WIDTH * scale, A4_HEIGHT * scale);
  cairo_fill (cr);
  cairo_scale (cr, scale, scale);
  konkurs_document_render_page (self->document, cr, self->page);
}

static void
go_to_page (KonkursPrintPreview *self, guint page)
{
  self->page = MIN (page, MAX (n_pages (self), 1) - 1);
  update_pages (self);
}

static void
page_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KonkursPrintPreview *self = KONKURS_PRINT_PREVIEW (widget);

  if (g_str_equal (action_name, "preview.next-page"))
    go_to_page (self, self->page + 1);
  else if (self->page > 0)
    go_to_page (self, self->page - 1);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KonkursPrintPreview *self = KONKURS_PRINT_PREVIEW (widget);

  if (g_str_equal (action_name, "preview.zoom-in") && self->zoom + 1 < G_N_ELEMENTS (zooms))
    self->zoom++;
  else if (g_str_equal (action_name, "preview.zoom-out") && self->zoom > 0)
    self->zoom--;
  else if (g_str_equal (action_name, "preview.zoom-reset"))
    self->zoom = ACTUAL_SIZE;
  update_pages (self);
}

/* The document shown */

void
konkurs_print_preview_show_document (KonkursPrintPreview *self,
                                     KonkursDocument     *document)
{
  gboolean shown = document != NULL;

  if (g_set_object (&self->document, document))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  if (shown)
    gtk_stack_set_visible_child_name (self->pages_stack, "pages");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.print", shown && !self->building);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.save-pdf", shown && !self->building);
  go_to_page (self, self->page);
}

void
konkurs_print_preview_show_failure (KonkursPrintPreview *self,
                                    const char          *heading,
                                    const GError        *error)
{
  konkurs_print_preview_show_document (self, NULL);
  adw_status_page_set_title (self->failed_page, heading);
  adw_status_page_set_description (self->failed_page, error->message);
  gtk_stack_set_visible_child_name (self->pages_stack, "failed");
}

void
konkurs_print_preview_set_building (KonkursPrintPreview *self,
                                    gboolean             building)
{
  if (self->building == building)
    return;
  self->building = building;
  /* what would print is not what is shown until the build is done */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.print", !building && self->document != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.save-pdf", !building && self->document != NULL);
  /* the pages stay while they are rebuilt: only the first wait shows */
  if (building && self->document == NULL)
    gtk_stack_set_visible_child_name (self->pages_stack, "building");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUILDING]);
}

/* Printing and saving */

static gboolean
close_now (gpointer user_data)
{
  gtk_window_destroy (user_data);
  return G_SOURCE_REMOVE;
}

static void
close_later (KonkursPrintPreview *self)
{
  /* after the dialog that confirmed has let go of its parent */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_now, g_object_ref (self), g_object_unref);
}

/* The secretary sent the pages to the printer or chose where to save
 * them: a final protocol is now issued, and kept. */
static void
on_confirmed (gpointer user_data)
{
  KonkursPrintPreview *self = user_data;
  g_autoptr(GError) error = NULL;

  if (!konkurs_print_preview_register_issue (self, &error))
    {
      konkurs_print_show_error (self->source, _("Could Not Keep the Protocol in the Register"), error);
      return;
    }
  g_signal_emit (self, signals[ISSUED], 0, self->draft);
  close_later (self);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KonkursPrintPreview *self = KONKURS_PRINT_PREVIEW (widget);
  g_autofree char *heading = NULL;

  if (self->document == NULL)
    return;
  if (g_str_equal (action_name, "preview.print"))
    {
      /* Translators: heading of an error; %s is the name of a document, as “Announcement” */
      heading = g_strdup_printf (_("Could Not Print the %s"), konkurs_print_request_name (&self->request));
      konkurs_print_run (self->source, GTK_WINDOW (self), self->document,
                         konkurs_print_request_name (&self->request), heading, on_confirmed, self);
    }
  else
    {
      g_autofree char *title = konkurs_print_request_save_title (&self->request);
      g_autofree char *name = konkurs_print_request_file_name (&self->request);

      /* Translators: heading of an error; %s is the name of a document, as “Announcement” */
      heading = g_strdup_printf (_("Could Not Save the %s"), konkurs_print_request_name (&self->request));
      konkurs_print_save_pdf_run (self->source, GTK_WINDOW (self), self->document, title, name, heading,
                                  self->cancellable, on_confirmed, self);
    }
}

/* Language */

void
konkurs_print_preview_set_language (KonkursPrintPreview *self,
                                    const char          *code)
{
  g_return_if_fail (KONKURS_IS_PRINT_PREVIEW (self));

  if (!konkurs_document_language_replace (&self->language, code))
    return;
  gtk_toggle_button_set_active (g_str_equal (self->language, "ru") ? self->russian_button : self->kazakh_button,
                                TRUE);
  konkurs_print_preview_fill_place (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
  konkurs_print_preview_rebuild (self, FALSE);
}

static void
on_language_toggled (GtkToggleButton     *button,
                     KonkursPrintPreview *self)
{
  if (gtk_toggle_button_get_active (button))
    konkurs_print_preview_set_language (self, button == self->russian_button ? "ru" : "kk");
}

/* The store changed under the preview: decisions taken meanwhile, a
 * commission entered in Preferences. */
static void
on_store_changed (KonkursPrintPreview *self,
                  KonkursStore        *store)
{
  konkurs_print_preview_rebuild (self, FALSE);
}

static void
on_organisation_changed (KonkursPrintPreview *self,
                         KonkursStore        *store)
{
  konkurs_print_preview_rebuild (self, TRUE);
}

/* Object */

static void
konkurs_print_preview_dispose (GObject *object)
{
  KonkursPrintPreview *self = KONKURS_PRINT_PREVIEW (object);

  konkurs_print_preview_cancel_build (self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  G_OBJECT_CLASS (konkurs_print_preview_parent_class)->dispose (object);
}

static void
konkurs_print_preview_finalize (GObject *object)
{
  KonkursPrintPreview *self = KONKURS_PRINT_PREVIEW (object);

  g_clear_object (&self->document);
  g_clear_object (&self->source);
  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->issue, konkurs_issue_free);
  g_clear_pointer (&self->present_rows, g_ptr_array_unref);
  g_clear_pointer (&self->fallback_rows, g_ptr_array_unref);
  g_free (self->record_name);
  g_free (self->language);

  G_OBJECT_CLASS (konkurs_print_preview_parent_class)->finalize (object);
}

static void
konkurs_print_preview_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  KonkursPrintPreview *self = KONKURS_PRINT_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_BUILDING:
      g_value_set_boolean (value, self->building);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_print_preview_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_LANGUAGE:
      konkurs_print_preview_set_language (KONKURS_PRINT_PREVIEW (object), g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_print_preview_class_init (KonkursPrintPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = konkurs_print_preview_dispose;
  object_class->finalize = konkurs_print_preview_finalize;
  object_class->get_property = konkurs_print_preview_get_property;
  object_class->set_property = konkurs_print_preview_set_property;

  signals[ISSUED] = g_signal_new ("issued", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
  properties[PROP_DOCUMENT] = g_param_spec_object ("document", NULL, NULL, KONKURS_TYPE_DOCUMENT,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUILDING] = g_param_spec_boolean ("building", NULL, NULL, FALSE,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] = konkurs_document_language_pspec ();
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KONKURS_TYPE_DATE_ENTRY);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/konkurs/Konkurs/widgets/konkurs-print-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursPrintPreview, window_title);
  gtk_widget_class_bind_template_child (widget_class, KonkursPrintPreview, page_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursPrintPreview, zoom_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursPrintPreview, print_button);
  gtk_widget_class_bind_template_child (widget_class, KonkursPrintPreview, save_button);
  gtk_widget_class_bind_template_child (widget_class, KonkursPrintPreview, pages_stack);
  gtk_widget_class_bind_template_child (widget_class, KonkursPrintPreview, page_area);
  gtk_widget_class_bind_template_child (widget_class, KonkursPrintPreview, failed_page);
  gtk_widget_class_bind_template_child (widget_class, KonkursPrintPreview, kazakh_button);
  gtk_widget_class_bind_template_child (widget_class, KonkursPrintPreview, russian_button);
  gtk_widget_class_bind_template_child (widget_class, KonkursPrintPreview, state_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursPrintPreview, draft_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursPrintPreview, draft_switch);
  gtk_widget_class_bind_template_child (widget_class, KonkursPrintPreview, protocol_group);
  gtk_widget_class_bind_template_child (widget_class, KonkursPrintPreview, number_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursPrintPreview, date_entry);
  gtk_widget_class_bind_template_child (widget_class, KonkursPrintPreview, place_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursPrintPreview, present_group);
  gtk_widget_class_bind_template_child (widget_class, KonkursPrintPreview, quorum_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursPrintPreview, no_commission_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursPrintPreview, fallbacks_group);

  gtk_widget_class_install_action (widget_class, "preview.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "preview.save-pdf", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "preview.previous-page", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "preview.next-page", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-reset", NULL, zoom_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "preview.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "preview.save-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "preview.next-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "preview.previous-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "preview.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "preview.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
konkurs_print_preview_init (KonkursPrintPreview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->zoom = DEFAULT_ZOOM;
  self->language = g_strdup ("kk");
  self->present_rows = g_ptr_array_new ();
  self->fallback_rows = g_ptr_array_new ();
  gtk_drawing_area_set_draw_func (self->page_area, draw_page, self, NULL);
  g_signal_connect (self->kazakh_button, "toggled", G_CALLBACK (on_language_toggled), self);
  g_signal_connect (self->russian_button, "toggled", G_CALLBACK (on_language_toggled), self);
  konkurs_print_preview_init_sidebar (self);
  konkurs_print_preview_show_document (self, NULL);
}

KonkursPrintPreview *
konkurs_print_preview_new (GtkWidget                 *source,
                           const KonkursPrintRequest *request,
                           KonkursPrintPreviewAction  action,
                           GCancellable              *cancellable)
{
  KonkursPrintPreview *self;
  GtkWindow *parent;
  GtkWidget *default_button;

  g_return_val_if_fail (GTK_IS_WIDGET (source), NULL);
  g_return_val_if_fail (request != NULL && KONKURS_IS_STORE (request->store) && request->kind != NULL, NULL);

  self = g_object_new (KONKURS_TYPE_PRINT_PREVIEW, NULL);
  self->source = g_object_ref (source);
  self->store = g_object_ref (request->store);
  self->record_name = g_strdup (request->record_name);
  self->request = *request;
  self->request.store = self->store;
  self->request.record_name = self->record_name;
  self->request.language_code = NULL;
  self->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;

  parent = konkurs_ui_get_parent_window (source);
  if (parent != NULL)
    {
      gtk_window_set_transient_for (GTK_WINDOW (self), parent);
      gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
    }
  adw_window_title_set_title (self->window_title, konkurs_print_request_name (request));
  adw_window_title_set_subtitle (self->window_title, request->record_name != NULL ? request->record_name : "");
  /* Translators: the title of the print preview window; %s is the name of a document */
  {
    g_autofree char *title = g_strdup_printf (_("Preview of the %s"), konkurs_print_request_name (request));

    gtk_window_set_title (GTK_WINDOW (self), title);
  }

  default_button = action == KONKURS_PRINT_PREVIEW_SAVE_PDF ? GTK_WIDGET (self->save_button)
                                                            : GTK_WIDGET (self->print_button);
  gtk_widget_add_css_class (default_button, "suggested-action");
  gtk_window_set_default_widget (GTK_WINDOW (self), default_button);
  gtk_widget_set_visible (GTK_WIDGET (self->protocol_group), request->kind->signed_by_commission);
  gtk_widget_set_visible (GTK_WIDGET (self->present_group), request->kind->signed_by_commission);

  g_signal_connect_object (self->store, "changed::" KONKURS_STORE_TABLE_APPLICATIONS,
                           G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "changed::" KONKURS_STORE_TABLE_ORGANISATION,
                           G_CALLBACK (on_organisation_changed), self, G_CONNECT_SWAPPED);

  /* the language asked for; the buttons follow without building yet */
  if (request->language_code != NULL)
    konkurs_document_language_replace (&self->language, request->language_code);
  gtk_toggle_button_set_active (g_str_equal (self->language, "ru") ? self->russian_button : self->kazakh_button,
                                TRUE);
  konkurs_print_preview_rebuild (self, TRUE);
  return self;
}

void
konkurs_print_preview_present (GtkWidget                 *source,
                               const KonkursPrintRequest *request,
                               KonkursPrintPreviewAction  action,
                               GCancellable              *cancellable)
{
  gtk_window_present (GTK_WINDOW (konkurs_print_preview_new (source, request, action, cancellable)));
}

KonkursDocument *
konkurs_print_preview_get_document (KonkursPrintPreview *self)
{
  g_return_val_if_fail (KONKURS_IS_PRINT_PREVIEW (self), NULL);
  return self->document;
}

gboolean
konkurs_print_preview_is_building (KonkursPrintPreview *self)
{
  g_return_val_if_fail (KONKURS_IS_PRINT_PREVIEW (self), FALSE);
  return self->building;
}

const char *
konkurs_print_preview_get_language (KonkursPrintPreview *self)
{
  g_return_val_if_fail (KONKURS_IS_PRINT_PREVIEW (self), NULL);
  return self->language;
}

guint
konkurs_print_preview_get_page (KonkursPrintPreview *self)
{
  g_return_val_if_fail (KONKURS_IS_PRINT_PREVIEW (self), 0);
  return self->page;
}
