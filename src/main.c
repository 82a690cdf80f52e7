/* main.c: where Charrette starts
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ch-application.h"
#include "ch-command-line.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ChApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Imports and exports run without a display, before GTK starts. */
  if (ch_command_line_is_headless (argc, argv))
    return ch_command_line_run (argc, argv);

  app = ch_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
