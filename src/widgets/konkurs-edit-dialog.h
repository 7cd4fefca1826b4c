/* konkurs-edit-dialog.h — the base of the dialogs that edit a record:
 * Cancel and Save in the header bar, Save only while the fields are valid,
 * the store's refusal shown in the dialog, and a question before typed
 * input is thrown away
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KONKURS_TYPE_EDIT_DIALOG (konkurs_edit_dialog_get_type ())
G_DECLARE_DERIVABLE_TYPE (KonkursEditDialog, konkurs_edit_dialog, KONKURS, EDIT_DIALOG, AdwWindow)

/* A subclass's template names "KonkursEditDialog" as its parent and gives
 * the body of the dialog as a <child>, which goes under the header bar.  It
 * sets "save-label" (the Save button's label, "Save" by default) and
 * "error-label" (a GtkLabel of its body where the store's refusal shows).
 * Save is the default widget: an entry with activates-default saves on
 * Enter, but only while the fields are valid; while they are not, Save is
 * off and its tooltip says why, and Enter (or a click) marks the field at
 * fault, says why and takes the secretary there.  Ctrl+Enter saves from
 * any field, a text view too.  The focus starts in the first field
 * (konkurs_edit_dialog_set_initial_focus()).  Escape, Cancel and the close
 * button all close, asking "Discard Changes?" first when input was changed
 * since konkurs_edit_dialog_start_editing().  A subclass's dispose calls
 * gtk_widget_dispose_template() for its own type; the base does not for
 * its own (in GTK 4.8 that aborts for any but the widget's final type). */
struct _KonkursEditDialogClass
{
  AdwWindowClass parent_class;

  /* Checks every field and shows what is wrong beside it; returns the
   * first field that stops saving, or NULL when Save may go ahead.  The
   * base enables Save accordingly.  By default there is nothing to check. */
  GtkWidget *(*validate)     (KonkursEditDialog  *self);
  /* Saves what the fields say and emits the subclass's own signal.  FALSE
   * with @error when the store refused; TRUE and the dialog closes, unless
   * it called konkurs_edit_dialog_finish(). */
  gboolean   (*save)         (KonkursEditDialog  *self,
                              GError            **error);
  /* Shows the store's refusal, already logged.  By default its message
   * goes in "error-label". */
  void       (*show_refusal) (KonkursEditDialog  *self,
                              const GError       *error);

  gpointer padding[4];
};

/* Call at the end of the subclass's constructor, once the fields show the
 * record: checks them, names every AdwEntryRow's text for assistive
 * technologies, and from now on any change to an input (editables, text
 * views, switches, check buttons, drop-downs, combo rows, list boxes)
 * checks the fields again and counts as unsaved input. */
void        konkurs_edit_dialog_start_editing (KonkursEditDialog *self);
/* For inputs added after konkurs_edit_dialog_start_editing(), such as a
 * new row of a list: @inputs and everything inside it are watched too. */
void        konkurs_edit_dialog_watch         (KonkursEditDialog *self,
                                               GtkWidget         *inputs);
/* Something changed that no watched input tells (a row was removed):
 * checks the fields again and counts as unsaved input. */
void        konkurs_edit_dialog_changed       (KonkursEditDialog *self);
/* Runs the class's validate() and enables Save when it names no field;
 * returns that field (NULL: all can be saved). */
GtkWidget  *konkurs_edit_dialog_validate      (KonkursEditDialog *self);
/* Whether @input was changed since konkurs_edit_dialog_start_editing(): a
 * field nobody has touched shows no error yet. */
gboolean    konkurs_edit_dialog_is_edited     (KonkursEditDialog *self,
                                               GtkWidget         *input);
/* Whether closing would ask first. */
gboolean    konkurs_edit_dialog_is_dirty      (KonkursEditDialog *self);

void        konkurs_edit_dialog_set_save_label  (KonkursEditDialog *self,
                                                 const char        *label);
/* The Save button. */
GtkButton  *konkurs_edit_dialog_get_save_button (KonkursEditDialog *self);
/* Styles Save as an action that destroys or refuses (red), or back as the
 * suggested one. */
void        konkurs_edit_dialog_set_destructive (KonkursEditDialog *self,
                                                 gboolean           destructive);
/* Why Save is off, as its tooltip says it ("Complete “State body” first."),
 * or NULL while it is on. */
const char *konkurs_edit_dialog_get_reason      (KonkursEditDialog *self);

/* What Enter in a field does: saves when the fields are valid, else
 * marks and names the field at fault and takes the focus there.  For an
 * input that has no "activate" of its own, such as a row of choices. */
void        konkurs_edit_dialog_activate_default  (KonkursEditDialog *self);
/* The field that has the focus when the dialog shows: @widget, or by
 * default (NULL) the first field of the body that can take it (a list of
 * choices gives it to its chosen row). */
void        konkurs_edit_dialog_set_initial_focus (KonkursEditDialog *self,
                                                   GtkWidget         *widget);
GtkWidget  *konkurs_edit_dialog_get_first_field   (KonkursEditDialog *self);
/* Shows @message (NULL: nothing) in "error-label". */
void        konkurs_edit_dialog_show_error      (KonkursEditDialog *self,
                                                 const char        *message);

/* From save(), for a dialog that shows a result after saving (the personal
 * code of an application): the record is saved and the dialog stays.
 * Cancel goes away, Save becomes a plain "Close" that closes, and closing
 * no longer asks. */
void        konkurs_edit_dialog_finish          (KonkursEditDialog *self);

G_END_DECLS
