/* konkurs-stage-publish.c — the stage's publication list and protocol,
 * through the print preview
 *
 * The documents themselves are the registry's ("stage-publication" by
 * personal code only, "stage" with names for the commission), printed as
 * every area prints its documents (area.print, area.save-pdf); the preview
 * offers both languages and says when a list is a draft.  Only a final
 * publication list, once printed or saved, counts as published.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-document-registry.h"
#include "konkurs-print-preview.h"
#include "konkurs-stage-publish.h"
#include "konkurs-stage-texts.h"
#include "konkurs-store-audit.h"

typedef struct {
  KonkursStore *store;
  gint64        stage_id;
  GtkWidget    *source;   /* weak */
} Publication;

static void
publication_free (gpointer data)
{
  Publication *publication = data;

  g_clear_object (&publication->store);
  g_clear_weak_pointer (&publication->source);
  g_free (publication);
}

static void
publication_closure_free (gpointer  data,
                          GClosure *closure)
{
  publication_free (data);
}

static void
on_issued (KonkursPrintPreview *preview,
           gboolean             draft,
           Publication         *publication)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  GDate today;

  if (draft)
    return;
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  if (!konkurs_store_publish_stage (publication->store, publication->stage_id, &today, &error) &&
      publication->source != NULL)
    konkurs_print_show_error (publication->source, _("Could Not Record the Publication"), error);
}

void
konkurs_stage_publish_follow (KonkursPrintPreview *preview,
                              GtkWidget           *source,
                              KonkursStore        *store,
                              gint64               stage_id,
                              const char          *kind_id)
{
  Publication *publication;

  g_return_if_fail (KONKURS_IS_PRINT_PREVIEW (preview));
  g_return_if_fail (KONKURS_IS_STORE (store));

  if (!g_str_equal (kind_id, "stage-publication"))
    return;
  publication = g_new0 (Publication, 1);
  publication->store = g_object_ref (store);
  publication->stage_id = stage_id;
  g_set_weak_pointer (&publication->source, source);
  g_signal_connect_data (preview, "issued", G_CALLBACK (on_issued), publication, publication_closure_free, 0);
}
