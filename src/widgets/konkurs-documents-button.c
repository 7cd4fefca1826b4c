/* konkurs-documents-button.c — the Print menu of an area
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The print menus used to be GMenus written in each template, one item
 * per document, greyed out as a whole until the area had a record; a
 * secretary could not tell which documents there were nor why one would
 * not print.  This popover is built from the registry, so a new document
 * appears in it by itself, and each row says why it is not ready.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-area.h"
#include "konkurs-documents-button.h"
#include "konkurs-property.h"
#include "konkurs-store-candidates.h"
#include "konkurs-ui-fields.h"
#include "konkurs-ui-stages.h"

typedef struct {
  const KonkursDocumentKind *kind;
  GtkWidget                 *reason;
  GtkWidget                 *print;
  GtkWidget                 *save;
} Row;

struct _KonkursDocumentsButton
{
  GtkWidget      parent_instance;

  char          *missing_record;
  KonkursDocumentScope scope;
  GArray        *rows;   /* Row */

  GtkMenuButton *button;
  GtkPopover    *popover;
};

G_DEFINE_FINAL_TYPE (KonkursDocumentsButton, konkurs_documents_button, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MISSING_RECORD,
  PROP_SCOPE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Documents about applications (every one but the announcement) need
 * some; a document with other needs (a closed stage) says so here. */
static gboolean
needs_applications (const KonkursDocumentKind *kind)
{
  return !g_str_equal (kind->id, "announcement");
}

static char *
reason_for (KonkursDocumentsButton    *self,
            const KonkursDocumentKind *kind)
{
  KonkursArea *area = KONKURS_AREA (gtk_widget_get_ancestor (GTK_WIDGET (self), KONKURS_TYPE_AREA));
  KonkursStore *store = area != NULL ? konkurs_area_get_store (area) : NULL;
  g_autoptr(GError) error = NULL;
  gint64 record, count;

  if (store == NULL)
    return g_strdup (_("No database is open."));
  record = konkurs_area_get_document_record (area, kind->scope);
  if (record == 0)
    return g_strdup (self->missing_record != NULL && self->missing_record[0] != '\0'
                     ? self->missing_record : _("Choose a competition first."));
  if (kind->scope == KONKURS_DOCUMENT_SCOPE_STAGE)
    {
      g_autoptr(KonkursStage) stage = konkurs_store_get_stage (store, record, &error);

      return stage == NULL ? g_strdup (error->message) : g_strdup (konkurs_stage_publish_why_not (stage, kind->id));
    }
  if (!needs_applications (kind))
    return NULL;

  count = konkurs_store_count_candidacies (store, record, 0, &error);
  if (count < 0)
    {
      g_warning ("Could not count the applications: %s", error->message);
      return g_strdup (error->message);
    }
  return count == 0 ? g_strdup (_("No applications yet.")) : NULL;
}

static void
update_rows (KonkursDocumentsButton *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);
      g_autofree char *reason = reason_for (self, row->kind);

      gtk_label_set_text (GTK_LABEL (row->reason), reason != NULL ? reason : "");
      gtk_widget_set_visible (row->reason, reason != NULL);
      gtk_widget_set_sensitive (row->print, reason == NULL);
      gtk_widget_set_sensitive (row->save, reason == NULL);
    }
}

static GtkWidget *
new_action_button (const char *label,
                   const char *accessible_name,
                   const char *action,
                   const char *id)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", id);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, accessible_name);
  konkurs_ui_name_widget (button, accessible_name);
  return button;
}

static GtkWidget *
new_caption (const char *text,
             const char *style_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
  gtk_widget_add_css_class (label, style_class);
  return label;
}

static GtkWidget *
new_row (KonkursDocumentsButton    *self,
         const KonkursDocumentKind *kind)
{
  const char *name = _(kind->file_stem_msgid);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *print_name = NULL;
  g_autofree char *save_name = NULL;
  Row row = { kind };

  /* Translators: the accessible name and tooltip of a button, e.g. Print “Admission Protocol”… */
  print_name = g_strdup_printf (_("Print “%s”…"), name);
  /* Translators: the accessible name and tooltip of a button */
  save_name = g_strdup_printf (_("Save “%s” as PDF…"), name);

  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), new_caption (name, "heading"));
  row.reason = new_caption (NULL, "dim-label");
  gtk_widget_add_css_class (row.reason, "caption");
  gtk_box_append (GTK_BOX (texts), row.reason);
  gtk_box_append (GTK_BOX (box), texts);

  row.print = new_action_button (_("_Print…"), print_name, "area.print", kind->id);
  row.save = new_action_button (_("_PDF…"), save_name, "area.save-pdf", kind->id);
  gtk_box_append (GTK_BOX (box), row.print);
  gtk_box_append (GTK_BOX (box), row.save);

  g_array_append_val (self->rows, row);
  return box;
}

/* Kazakh or Russian, as a pair of linked toggle buttons. */
static GtkWidget *
new_language_switch (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *pair = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *label = gtk_label_new (_("Language of the documents"));
  static const struct { const char *label, *code; } languages[] = {
    { N_("_Kazakh"), "kk" },
    { N_("_Russian"), "ru" },
  };

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_add_css_class (pair, "linked");
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      GtkWidget *toggle = gtk_toggle_button_new_with_mnemonic (_(languages[i].label));

      gtk_actionable_set_action_name (GTK_ACTIONABLE (toggle), "area.document-language");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (toggle), "s", languages[i].code);
      gtk_box_append (GTK_BOX (pair), toggle);
    }
  gtk_box_append (GTK_BOX (box), pair);
  return box;
}

static void
build_popover (KonkursDocumentsButton *self)
{
  const KonkursDocumentKind * const *kinds = konkurs_document_kind_list ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  g_array_set_size (self->rows, 0);
  for (guint i = 0; kinds[i] != NULL; i++)
    if (kinds[i]->scope == self->scope)
      gtk_box_append (GTK_BOX (box), new_row (self, kinds[i]));
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (box), new_language_switch ());

  self->popover = GTK_POPOVER (gtk_popover_new ());
  gtk_popover_set_child (self->popover, box);
  g_signal_connect_swapped (self->popover, "show", G_CALLBACK (update_rows), self);
  gtk_menu_button_set_popover (self->button, GTK_WIDGET (self->popover));
}

static void
konkurs_documents_button_dispose (GObject *object)
{
  KonkursDocumentsButton *self = KONKURS_DOCUMENTS_BUTTON (object);

  if (self->button != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->button));
  self->button = NULL;
  self->popover = NULL;

  G_OBJECT_CLASS (konkurs_documents_button_parent_class)->dispose (object);
}

static void
konkurs_documents_button_finalize (GObject *object)
{
  KonkursDocumentsButton *self = KONKURS_DOCUMENTS_BUTTON (object);

  g_clear_pointer (&self->missing_record, g_free);
  g_clear_pointer (&self->rows, g_array_unref);

  G_OBJECT_CLASS (konkurs_documents_button_parent_class)->finalize (object);
}

static void
konkurs_documents_button_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  KonkursDocumentsButton *self = KONKURS_DOCUMENTS_BUTTON (object);

  switch (prop_id)
    {
    case PROP_MISSING_RECORD:
      g_value_set_string (value, self->missing_record);
      break;
    case PROP_SCOPE:
      g_value_set_int (value, self->scope);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_documents_button_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  KonkursDocumentsButton *self = KONKURS_DOCUMENTS_BUTTON (object);

  switch (prop_id)
    {
    case PROP_MISSING_RECORD:
      konkurs_documents_button_set_missing_record (self, g_value_get_string (value));
      break;
    case PROP_SCOPE:
      konkurs_documents_button_set_scope (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_documents_button_class_init (KonkursDocumentsButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = konkurs_documents_button_dispose;
  object_class->finalize = konkurs_documents_button_finalize;
  object_class->get_property = konkurs_documents_button_get_property;
  object_class->set_property = konkurs_documents_button_set_property;

  properties[PROP_MISSING_RECORD] =
    g_param_spec_string ("missing-record", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* a KonkursDocumentScope, which is no registered enum */
  properties[PROP_SCOPE] =
    g_param_spec_int ("scope", NULL, NULL, KONKURS_DOCUMENT_SCOPE_COMPETITION, KONKURS_DOCUMENT_SCOPE_MEETING,
                      KONKURS_DOCUMENT_SCOPE_COMPETITION,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
konkurs_documents_button_init (KonkursDocumentsButton *self)
{
  GtkWidget *content = adw_button_content_new ();

  self->rows = g_array_new (FALSE, FALSE, sizeof (Row));
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "printer-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("_Print"));
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);

  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_child (self->button, content);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), _("Print the documents of the competition (Ctrl+P)"));
  gtk_widget_set_parent (GTK_WIDGET (self->button), GTK_WIDGET (self));
  build_popover (self);
}

GtkWidget *
konkurs_documents_button_new (void)
{
  return g_object_new (KONKURS_TYPE_DOCUMENTS_BUTTON, NULL);
}

const char *
konkurs_documents_button_get_missing_record (KonkursDocumentsButton *self)
{
  g_return_val_if_fail (KONKURS_IS_DOCUMENTS_BUTTON (self), NULL);

  return self->missing_record;
}

void
konkurs_documents_button_set_missing_record (KonkursDocumentsButton *self,
                                             const char             *text)
{
  g_return_if_fail (KONKURS_IS_DOCUMENTS_BUTTON (self));

  konkurs_property_set_string (G_OBJECT (self), properties[PROP_MISSING_RECORD], &self->missing_record, text);
}

KonkursDocumentScope
konkurs_documents_button_get_scope (KonkursDocumentsButton *self)
{
  g_return_val_if_fail (KONKURS_IS_DOCUMENTS_BUTTON (self), KONKURS_DOCUMENT_SCOPE_COMPETITION);

  return self->scope;
}

void
konkurs_documents_button_set_scope (KonkursDocumentsButton *self,
                                    KonkursDocumentScope    scope)
{
  g_return_if_fail (KONKURS_IS_DOCUMENTS_BUTTON (self));

  if (self->scope == scope)
    return;
  self->scope = scope;
  build_popover (self);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button),
                               scope == KONKURS_DOCUMENT_SCOPE_STAGE ? _("Print the documents of the stage (Ctrl+P)")
                               : scope == KONKURS_DOCUMENT_SCOPE_MEETING ? _("Print the protocol of the meeting (Ctrl+P)")
                               : _("Print the documents of the competition (Ctrl+P)"));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCOPE]);
}

void
konkurs_documents_button_popup (KonkursDocumentsButton *self)
{
  g_return_if_fail (KONKURS_IS_DOCUMENTS_BUTTON (self));

  gtk_menu_button_popup (self->button);
}

char *
konkurs_documents_button_dup_reason (KonkursDocumentsButton *self,
                                     const char             *id)
{
  const KonkursDocumentKind *kind = konkurs_document_kind_lookup (id);

  g_return_val_if_fail (KONKURS_IS_DOCUMENTS_BUTTON (self), NULL);
  g_return_val_if_fail (kind != NULL, NULL);

  return reason_for (self, kind);
}
