/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "konkurs-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KonkursApplication) app = NULL;
  const char *localedir = g_getenv ("KONKURS_LOCALE_DIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = konkurs_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
