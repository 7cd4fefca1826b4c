/* konkurs-essay-entry-dialog.c — an essay typed or pasted in
 *
 * The store checks that the code entered the stage and that the essay
 * holds no scores yet; the dialog says both as the store does, keeping
 * what was typed.  The word count is shown as the text is typed, against
 * the rule's limit, which the rule only shows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-essay-entry-dialog.h"
#include "konkurs-ui-fields.h"

struct _KonkursEssayEntryDialog
{
  KonkursEditDialog  parent_instance;

  KonkursStore      *store;
  gint64             stage_id;
  int                max_words;

  AdwEntryRow       *code_row;
  AdwEntryRow       *topic_row;
  AdwComboRow       *language_row;
  GtkSpinButton     *minutes_spin;
  AdwComboRow       *proctor_row;
  AdwEntryRow       *proctor_note_row;
  GtkTextView       *body_view;
  GtkLabel          *words_label;
  GtkLabel          *error_label;
};

G_DEFINE_FINAL_TYPE (KonkursEssayEntryDialog, konkurs_essay_entry_dialog, KONKURS_TYPE_EDIT_DIALOG)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *languages[] = { "kk", "ru" };

int
konkurs_essay_count_words (const char *text)
{
  gboolean in_word = FALSE;
  int words = 0;

  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean word_char = g_unichar_isalnum (c) || c == '-' || c == '\'';

      words += word_char && !in_word;
      in_word = word_char;
    }
  return words;
}

static void
count_words (KonkursEssayEntryDialog *self)
{
  g_autofree char *body = konkurs_ui_get_text_view_text (self->body_view);
  int words = konkurs_essay_count_words (body);
  g_autofree char *text = NULL;

  if (self->max_words > 0)
    /* Translators: words typed and the rule's limit, “212 words of 250” */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d word of %d", "%d words of %d", words), words,
                            self->max_words);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d word", "%d words", words), words);
  gtk_label_set_text (self->words_label, text);
}

static GtkWidget *
konkurs_essay_entry_dialog_validate (KonkursEditDialog *dialog)
{
  KonkursEssayEntryDialog *self = KONKURS_ESSAY_ENTRY_DIALOG (dialog);
  g_autofree char *code = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->code_row));
  g_autofree char *body = konkurs_ui_get_text_view_text (self->body_view);
  const char *problem = code[0] == '\0' ? _("The essay needs the writer’s personal code.") : NULL;

  count_words (self);
  konkurs_ui_show_field_error (GTK_WIDGET (self->code_row), self->error_label,
                               konkurs_edit_dialog_is_edited (dialog, GTK_WIDGET (self->code_row)) ? problem : NULL);
  if (problem != NULL)
    return GTK_WIDGET (self->code_row);
  problem = body[0] == '\0' ? _("The essay needs its text.") : NULL;
  konkurs_ui_show_field_error (GTK_WIDGET (self->body_view), self->error_label,
                               konkurs_edit_dialog_is_edited (dialog, GTK_WIDGET (self->body_view)) ? problem : NULL);
  return problem != NULL ? GTK_WIDGET (self->body_view) : NULL;
}

static gboolean
konkurs_essay_entry_dialog_save (KonkursEditDialog  *dialog,
                                 GError            **error)
{
  KonkursEssayEntryDialog *self = KONKURS_ESSAY_ENTRY_DIALOG (dialog);
  g_autofree char *code = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->code_row));
  g_autoptr(GPtrArray) inputs = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_essay_input_free);
  KonkursEssayInput *input = konkurs_essay_input_new (code);

  g_ptr_array_add (inputs, input);
  g_free (input->topic);
  input->topic = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->topic_row));
  g_free (input->body);
  input->body = konkurs_ui_get_text_view_text (self->body_view);
  g_free (input->language);
  input->language = g_strdup (languages[MIN (adw_combo_row_get_selected (self->language_row), 1)]);
  input->word_count = konkurs_essay_count_words (input->body);
  input->minutes = gtk_spin_button_get_value_as_int (self->minutes_spin);
  input->proctor = (KonkursProctorVerdict) MIN (adw_combo_row_get_selected (self->proctor_row), 2);
  g_free (input->proctor_note);
  input->proctor_note = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->proctor_note_row));
  if (!konkurs_store_save_essays (self->store, self->stage_id, inputs, "entry", error))
    return FALSE;
  g_signal_emit (self, signals[SAVED], 0, code);
  return TRUE;
}

static void
konkurs_essay_entry_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KONKURS_TYPE_ESSAY_ENTRY_DIALOG);

  G_OBJECT_CLASS (konkurs_essay_entry_dialog_parent_class)->dispose (object);
}

static void
konkurs_essay_entry_dialog_finalize (GObject *object)
{
  KonkursEssayEntryDialog *self = KONKURS_ESSAY_ENTRY_DIALOG (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (konkurs_essay_entry_dialog_parent_class)->finalize (object);
}

static void
konkurs_essay_entry_dialog_class_init (KonkursEssayEntryDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KonkursEditDialogClass *dialog_class = KONKURS_EDIT_DIALOG_CLASS (klass);

  object_class->dispose = konkurs_essay_entry_dialog_dispose;
  object_class->finalize = konkurs_essay_entry_dialog_finalize;
  dialog_class->validate = konkurs_essay_entry_dialog_validate;
  dialog_class->save = konkurs_essay_entry_dialog_save;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/konkurs/Konkurs/essays/konkurs-essay-entry-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursEssayEntryDialog, code_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssayEntryDialog, topic_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssayEntryDialog, language_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssayEntryDialog, minutes_spin);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssayEntryDialog, proctor_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssayEntryDialog, proctor_note_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssayEntryDialog, body_view);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssayEntryDialog, words_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssayEntryDialog, error_label);
}

static void
konkurs_essay_entry_dialog_init (KonkursEssayEntryDialog *self)
{
  const char *language_names[] = { _("Kazakh"), _("Russian"), NULL };
  const char *verdicts[] = { _("No verdict came with it"), _("Accepted"), _("Rejected: not graded"), NULL };
  g_autoptr(GtkStringList) language_list = gtk_string_list_new (language_names);
  g_autoptr(GtkStringList) verdict_list = gtk_string_list_new (verdicts);

  gtk_widget_init_template (GTK_WIDGET (self));
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (language_list));
  adw_combo_row_set_model (self->proctor_row, G_LIST_MODEL (verdict_list));
  konkurs_ui_set_field_name (GTK_WIDGET (self->body_view), _("Text"));
}

KonkursEssayEntryDialog *
konkurs_essay_entry_dialog_new (GtkWindow    *parent,
                                KonkursStore *store,
                                gint64        stage_id)
{
  KonkursEssayEntryDialog *self;
  g_autoptr(KonkursEssayRule) rule = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KONKURS_IS_STORE (store), NULL);

  self = g_object_new (KONKURS_TYPE_ESSAY_ENTRY_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->stage_id = stage_id;
  rule = konkurs_store_get_essay_rule (store, stage_id, NULL);
  self->max_words = rule != NULL ? rule->max_words : 0;
  /* the interface's language first: most essays come in it */
  adw_combo_row_set_selected (self->language_row, g_str_has_prefix (g_get_language_names ()[0], "ru") ? 1 : 0);
  count_words (self);
  konkurs_edit_dialog_start_editing (KONKURS_EDIT_DIALOG (self));
  return self;
}
