/* ch-command-line.c
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   charrette --import-xml WORKSHOP.xml PROJECT.charrette  (creates PROJECT if missing)
 *   charrette --export-xml WORKSHOP.xml PROJECT.charrette
 *   charrette --export-csv IDEAS.csv PROJECT.charrette
 *   charrette --export-markdown REPORT.md PROJECT.charrette
 *
 * No display is needed. Exit status 0 on success; otherwise 1 (2 for a
 * command line that makes no sense), one line on stderr, and nothing
 * written: a new project is made under a temporary name and renamed into
 * place at the end; an export replaces its file only when complete; a
 * merge is one transaction.
 */

#define G_LOG_DOMAIN "ch-command-line"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <unistd.h>

#include "ch-command-line.h"
#include "ch-project.h"
#include "ch-store.h"
#include "ch-transfer.h"

static const char * const headless_options[] = {
  "--import-xml", "--export-xml", "--export-csv", "--export-markdown",
};

/**
 * ch_command_line_is_headless:
 *
 * Whether the command line asks for work without a window.
 */
gboolean
ch_command_line_is_headless (int    argc,
                             char **argv)
{
  for (int i = 1; i < argc; i++)
    for (guint j = 0; j < G_N_ELEMENTS (headless_options); j++)
      if (g_str_equal (argv[i], headless_options[j]) ||
          (g_str_has_prefix (argv[i], headless_options[j]) &&
           argv[i][strlen (headless_options[j])] == '='))
        return TRUE;

  return FALSE;
}

static int
fail (const char *message)
{
  g_autofree char *line = g_strdup (message);

  /* One line: a message never spans several. */
  g_strdelimit (line, "\n", ' ');
  fprintf (stderr, "charrette: %s\n", line);

  return 1;
}

static int
usage (GOptionContext *context,
       const char     *problem)
{
  g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

  fprintf (stderr, "charrette: %s\n", problem);
  fprintf (stderr, "%s", help);

  return 2;
}

/* Imports into a project that does not exist yet: made under a hidden
 * temporary name beside it and renamed into place only when complete. */
static int
import_new (const char *workshop_path,
            const char *project_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChTransfer) transfer = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (workshop_path);
  g_autofree char *dir = g_path_get_dirname (project_path);
  g_autofree char *base = g_path_get_basename (project_path);
  g_autofree char *suffix = g_uuid_string_random ();
  g_autofree char *name = g_strdup_printf (".%s.%.8s.importing", base, suffix);
  g_autofree char *temporary = g_build_filename (dir, name, NULL);
  g_autofree char *summary = NULL;

  transfer = ch_transfer_new_for_new_project (temporary, file);
  if (!ch_transfer_run (transfer, NULL, &error))
    {
      /* The temporary name means nothing to the user: say theirs. */
      g_autoptr(GString) message = g_string_new (error->message);

      g_string_replace (message, name, base, 0);
      return fail (message->str);
    }

  summary = ch_transfer_describe (transfer);

  /* link() never replaces a file that is there; then the temporary name
   * goes. */
  if (link (temporary, project_path) != 0)
    {
      int saved_errno = errno;
      g_autofree char *message = g_strdup_printf (_("Could not create “%s”: %s."), project_path,
                                                  saved_errno == EEXIST ?
                                                  _("a file with that name appeared meanwhile") :
                                                  g_strerror (saved_errno));

      g_unlink (temporary);
      return fail (message);
    }
  g_unlink (temporary);

  /* The new name is on the disk only once its folder is. */
  {
    int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

    if (fd >= 0)
      {
        fsync (fd);
        g_close (fd, NULL);
      }
  }

  g_print ("%s\n", summary);

  return 0;
}

static int
run_transfer (const char     *file_path,
              const char     *project_path,
              ChTransferKind  kind)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChProject) project = NULL;
  g_autoptr(ChTransfer) transfer = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (file_path);

  if (!(project = ch_project_open (project_path, &error)))
    return fail (error->message);

  transfer = ch_transfer_new (project, file, kind);
  if (!ch_transfer_run (transfer, NULL, &error))
    return fail (error->message);

  if (kind == CH_TRANSFER_IMPORT_MERGE)
    {
      g_autofree char *summary = ch_transfer_describe (transfer);

      g_print ("%s\n", summary);
    }

  ch_project_close (project);

  return 0;
}

/**
 * ch_command_line_run:
 *
 * Does what the command line asks, without a display.
 *
 * Returns: the exit status
 */
int
ch_command_line_run (int    argc,
                     char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *import_xml = NULL;
  g_autofree char *export_xml = NULL;
  g_autofree char *export_csv = NULL;
  g_autofree char *export_markdown = NULL;
  g_auto(GStrv) projects = NULL;
  g_auto(GStrv) args = NULL;
  const char *project_path;
  guint n_actions;
  GOptionEntry entries[] = {
    { "import-xml", 0, 0, G_OPTION_ARG_FILENAME, &import_xml,
      N_("Merge a workshop file into PROJECT, creating PROJECT if it is missing"),
      N_("WORKSHOP.xml") },
    { "export-xml", 0, 0, G_OPTION_ARG_FILENAME, &export_xml,
      N_("Write PROJECT as a workshop file"), N_("WORKSHOP.xml") },
    { "export-csv", 0, 0, G_OPTION_ARG_FILENAME, &export_csv,
      N_("Write the ideas of PROJECT as CSV"), N_("IDEAS.csv") },
    { "export-markdown", 0, 0, G_OPTION_ARG_FILENAME, &export_markdown,
      N_("Write a report of PROJECT in Markdown"), N_("REPORT.md") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &projects, NULL,
      N_("PROJECT.charrette") },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, _("Move workshops in and out of a Charrette project "
                                           "without opening a window."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  args = g_strdupv (argv);
  if (!g_option_context_parse_strv (context, &args, &error))
    return usage (context, error->message);

  n_actions = (import_xml != NULL) + (export_xml != NULL) + (export_csv != NULL) +
              (export_markdown != NULL);
  if (n_actions != 1)
    return usage (context, _("Give one of --import-xml, --export-xml, --export-csv or "
                             "--export-markdown."));

  if (projects == NULL || g_strv_length (projects) != 1)
    return usage (context, _("Name one project file after the option."));

  project_path = projects[0];

  if (import_xml != NULL && !g_file_test (project_path, G_FILE_TEST_EXISTS))
    return import_new (import_xml, project_path);
  if (import_xml != NULL)
    return run_transfer (import_xml, project_path, CH_TRANSFER_IMPORT_MERGE);
  if (export_xml != NULL)
    return run_transfer (export_xml, project_path, CH_TRANSFER_EXPORT_XML);
  if (export_csv != NULL)
    return run_transfer (export_csv, project_path, CH_TRANSFER_EXPORT_CSV);

  return run_transfer (export_markdown, project_path, CH_TRANSFER_EXPORT_MARKDOWN);
}
