/* konkurs-test-dialogs.c — what every dialog must be, checked on a real
 * one: nothing cut short, no two buttons alike, the focus where typing
 * starts; and a picture of it to look at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "konkurs-test-dialogs.h"
#include "konkurs-test-widgets.h"

void
konkurs_test_use_translations (void)
{
  const char *dir = g_getenv ("KONKURS_LOCALE_DIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, dir != NULL ? dir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

const char *
konkurs_test_interface_language (void)
{
  const char *language = g_getenv ("LANGUAGE");

  if (language != NULL && g_str_has_prefix (language, "kk"))
    return "kk";
  if (language != NULL && g_str_has_prefix (language, "ru"))
    return "ru";
  return "en";
}

static gboolean
is_laid_out (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0;
}

/* Sizes are given at the next frame, not when the main loop is idle. */
static gboolean
on_tick (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       data)
{
  guint *frames = data;

  (*frames)++;
  return G_SOURCE_CONTINUE;
}

static gboolean
two_frames_drawn (gpointer data)
{
  return *(guint *) data >= 2;
}

void
konkurs_test_wait_for_layout (gpointer widget)
{
  guint frames = 0;
  guint id = gtk_widget_add_tick_callback (widget, on_tick, &frames, NULL);

  gtk_widget_queue_resize (widget);
  g_assert_true (konkurs_test_wait_until (two_frames_drawn, &frames));
  gtk_widget_remove_tick_callback (widget, id);
  konkurs_test_drain_main_loop ();
}

void
konkurs_test_show_window (gpointer window)
{
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (konkurs_test_wait_until (is_laid_out, window));
  konkurs_test_wait_for_layout (window);
}

gboolean
konkurs_test_is_shown (GtkWidget *widget)
{
  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    if (!gtk_widget_get_visible (widget) || !gtk_widget_get_child_visible (widget))
      return FALSE;
  return TRUE;
}

/* Nothing cut */

/* The width the text of @label takes on one line, whatever it was given:
 * its natural width without CSS padding, to compare with the width it was
 * allocated for its text. */
static int
natural_text_width (GtkLabel *label)
{
  g_autoptr(PangoLayout) layout = pango_layout_copy (gtk_label_get_layout (label));
  int width = 0;

  pango_layout_set_width (layout, -1);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

static void
check_label (GtkLabel *label)
{
  GtkWidget *widget = GTK_WIDGET (label);
  const char *text = gtk_label_get_text (label);
  int allocated = gtk_widget_get_width (widget);
  int natural;

  if (*text == '\0')
    return;
  if (pango_layout_is_ellipsized (gtk_label_get_layout (label)))
    g_error ("“%s” is ellipsized in %d pixels", text, allocated);
  /* A label that wraps has room on its next lines; one that does not and
   * is given less than its text is ellipsized, or clipped. */
  natural = natural_text_width (label);
  if (!gtk_label_get_wrap (label) && natural > allocated)
    g_error ("“%s” is cut short: it needs %d pixels and has %d", text, natural, allocated);
}

static void
check_labels (GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_LABEL (widget))
    check_label (GTK_LABEL (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    check_labels (child);
}

void
konkurs_test_assert_nothing_cut (GtkWidget *root)
{
  /* As the secretary sees it: after what changed was laid out. */
  konkurs_test_wait_for_layout (root);
  check_labels (root);
}

/* Buttons */

/* What a button reads, or NULL for an icon alone. */
static const char *
button_text (GtkWidget *button)
{
  GtkWidget *child;

  if (GTK_IS_MENU_BUTTON (button))
    return gtk_menu_button_get_label (GTK_MENU_BUTTON (button));
  if (!GTK_IS_BUTTON (button) || GTK_IS_TOGGLE_BUTTON (button))
    return NULL;
  if (gtk_button_get_label (GTK_BUTTON (button)) != NULL)
    return gtk_button_get_label (GTK_BUTTON (button));
  child = gtk_button_get_child (GTK_BUTTON (button));
  if (ADW_IS_BUTTON_CONTENT (child))
    return adw_button_content_get_label (ADW_BUTTON_CONTENT (child));
  if (GTK_IS_LABEL (child))
    return gtk_label_get_text (GTK_LABEL (child));
  return NULL;
}

static void
collect_buttons (GtkWidget  *widget,
                 GHashTable *seen)
{
  const char *text = button_text (widget);

  if (text != NULL && *text != '\0' && konkurs_test_is_shown (widget))
    {
      g_autofree char *plain = g_strdup (text);
      g_autofree char *key = NULL;
      const char *before;
      char *out = plain;

      /* "_Discard" reads "Discard". */
      for (const char *in = text; *in != '\0'; in++)
        if (*in != '_')
          *out++ = *in;
      *out = '\0';
      key = g_utf8_casefold (plain, -1);
      before = g_hash_table_lookup (seen, key);
      if (before != NULL)
        g_error ("Two buttons read the same: “%s” and “%s”", before, text);
      g_hash_table_insert (seen, g_steal_pointer (&key), (gpointer) text);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_buttons (child, seen);
}

void
konkurs_test_assert_buttons_distinct (GtkWidget *root)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  collect_buttons (root, seen);
}

void
konkurs_test_assert_focus_in (GtkWidget *field)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (field));

  if (focus == NULL || (focus != field && !gtk_widget_is_ancestor (focus, field)))
    g_error ("The focus is on a %s, not in the %s expected", focus != NULL ? G_OBJECT_TYPE_NAME (focus) : "nothing",
             G_OBJECT_TYPE_NAME (field));
}

/* Keys */

void
konkurs_test_press_enter (GtkWidget *field)
{
  GtkWidget *text = field;
  gint64 end;

  /* The text inside: an entry row's, an entry's, a date field's entry's. */
  while (GTK_IS_EDITABLE (text) && !GTK_IS_TEXT (text) && gtk_editable_get_delegate (GTK_EDITABLE (text)) != NULL)
    text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (text)));
  g_assert_true (GTK_IS_TEXT (text));
  g_assert_true (gtk_widget_grab_focus (text));
  g_signal_emit_by_name (text, "activate");
  /* A button activated from the keyboard clicks a quarter of a second
   * later. */
  end = g_get_monotonic_time () + 400 * 1000;
  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

void
konkurs_test_press_shortcut (GtkWidget  *window,
                             const char *accelerator)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (window);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
          g_auto(GStrv) alternatives = g_strsplit (trigger, "|", -1);

          if (g_strv_contains ((const char * const *) alternatives, accelerator))
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, window,
                                                           gtk_shortcut_get_arguments (shortcut)));
              konkurs_test_drain_main_loop ();
              return;
            }
        }
    }
  g_error ("No shortcut %s on the %s", accelerator, G_OBJECT_TYPE_NAME (window));
}

/* Pictures */

void
konkurs_test_save_picture (GtkWidget  *widget,
                           const char *name)
{
  const char *artifacts = g_getenv ("KONKURS_TEST_ARTIFACTS");
  int width, height;
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;

  if (artifacts == NULL || *artifacts == '\0')
    return;
  /* A widget drawn after a change: the sizes of the next frame. */
  konkurs_test_wait_for_layout (widget);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_cmpint (g_mkdir_with_parents (artifacts, 0755), ==, 0);
  file = g_strdup_printf ("%s-%s.png", name, konkurs_test_interface_language ());
  path = g_build_filename (artifacts, file, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}
