/* konkurs-form-dialog.h — a short form in a message dialog (an observer,
 * an appointment order) that stays open on a refusal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Called when the secretary confirms; FALSE with @error keeps the dialog
 * open, with what was typed and the error's words under the fields. */
typedef gboolean (*KonkursFormFunc) (gpointer   data,
                                     GError   **error);

/* A dialog over @source's window: @heading, @body, @fields and the
 * buttons Cancel and @confirm.  @data is freed with @free_data when the
 * dialog goes.  Not presented yet: for a caller that adds to it. */
AdwMessageDialog *konkurs_form_dialog_new (GtkWidget       *source,
                                           const char      *heading,
                                           const char      *body,
                                           GtkWidget       *fields,
                                           const char      *confirm,
                                           KonkursFormFunc  func,
                                           gpointer         data,
                                           GDestroyNotify   free_data);

/* konkurs_form_dialog_new(), presented. */
AdwMessageDialog *konkurs_form_dialog_ask (GtkWidget       *source,
                                           const char      *heading,
                                           const char      *body,
                                           GtkWidget       *fields,
                                           const char      *confirm,
                                           KonkursFormFunc  func,
                                           gpointer         data,
                                           GDestroyNotify   free_data);

/* A GtkEntry named @name (placeholder and accessible name), appended to
 * @box, that activates the default response. */
GtkWidget        *konkurs_form_dialog_add_entry (GtkWidget  *box,
                                                 const char *name);

G_END_DECLS
