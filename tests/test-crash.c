/* test-crash.c: a process killed in the middle of a burst of edits loses
 * none of the edits it had reported as done.
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ch-project.h"
#include "ch-test-helpers.h"

/* The child: edits without end, writing one line per committed edit:
 * "A <n> <id>" after adding idea n, "T <n> <id>" after retitling it. */
G_GNUC_NORETURN static void
run_editor (const char *path,
            int         fd)
{
  g_autoptr(GError) error = NULL;
  ChProject *project = ch_project_open (path, &error);

  if (project == NULL)
    _exit (2);

  for (guint n = 0; ; n++)
    {
      g_autofree char *title = g_strdup_printf ("Idea %u", n);
      g_autofree char *line = NULL;
      ChIdea *idea = ch_project_add_idea (project, title, &error);

      if (idea == NULL)
        _exit (3);
      line = g_strdup_printf ("A %u %s\n", n, ch_entity_get_id (CH_ENTITY (idea)));
      if (write (fd, line, strlen (line)) < 0)
        _exit (4);

      if (n % 3 == 0)
        {
          g_autofree char *retitled = g_strdup_printf ("Idea %u, retitled", n);

          g_clear_pointer (&line, g_free);
          if (!ch_project_update (project, CH_ENTITY (idea), &error, "title", retitled, NULL))
            _exit (5);
          line = g_strdup_printf ("T %u %s\n", n, ch_entity_get_id (CH_ENTITY (idea)));
          if (write (fd, line, strlen (line)) < 0)
            _exit (4);
        }
    }
}

static void
kill_after (guint kill_after_lines)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) expected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(ChProject) project = NULL;
  g_autofree char *dir = ch_test_dir_new ();
  g_autofree char *path = g_build_filename (dir, "crash.charrette", NULL);
  GListModel *ideas;
  FILE *reports;
  char line[256];
  guint n_lines = 0;
  int fds[2];
  int status;
  pid_t pid;

  project = ch_project_create (path, "Crash", &error);
  g_assert_no_error (error);
  ch_project_close (project);
  g_clear_object (&project);

  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      close (fds[0]);
      run_editor (path, fds[1]);
    }
  close (fds[1]);

  /* Read the reports; kill the child in the middle of its burst. */
  reports = fdopen (fds[0], "r");
  while (fgets (line, sizeof line, reports) != NULL)
    {
      char kind;
      guint n;
      char id[64];

      g_assert_cmpint (sscanf (line, "%c %u %63s", &kind, &n, id), ==, 3);
      if (kind == 'A')
        g_hash_table_insert (expected, g_strdup (id), g_strdup_printf ("Idea %u", n));
      else
        g_hash_table_insert (expected, g_strdup (id), g_strdup_printf ("Idea %u, retitled", n));

      if (++n_lines == kill_after_lines)
        {
          kill (pid, SIGKILL);
          break;
        }
    }

  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status));
  g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);

  /* Whatever the child wrote after our last read may be there as well. */
  while (fgets (line, sizeof line, reports) != NULL)
    ;
  fclose (reports);

  project = ch_project_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (ch_project_check_integrity (project, &error));
  g_assert_no_error (error);

  ideas = ch_project_get_ideas (project);
  g_assert_cmpuint (g_list_model_get_n_items (ideas), >=, g_hash_table_size (expected));
  g_test_message ("killed after %u reports: %u ideas expected, %u in the file",
                  kill_after_lines, g_hash_table_size (expected), g_list_model_get_n_items (ideas));

  {
    GHashTableIter iter;
    gpointer key, value;

    g_hash_table_iter_init (&iter, expected);
    while (g_hash_table_iter_next (&iter, &key, &value))
      {
        ChEntity *idea = ch_project_lookup (project, CH_TYPE_IDEA, key);

        g_assert_nonnull (idea);
        /* A retitle reported is there; one not yet reported may be too. */
        if (g_str_has_suffix (value, "retitled"))
          g_assert_cmpstr (ch_idea_get_title (CH_IDEA (idea)), ==, value);
        else
          g_assert_true (g_str_has_prefix (ch_idea_get_title (CH_IDEA (idea)), value));
      }
  }

  ch_project_close (project);
  ch_test_dir_free (g_steal_pointer (&dir));
}

static void
test_kill_points (void)
{
  static const guint points[] = { 1, 2, 7, 40, 133, 301 };

  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    kill_after (points[i]);

  /* And a few at random, seeded by the test run (reported with -p). */
  for (guint i = 0; i < 3; i++)
    kill_after (g_test_rand_int_range (1, 400));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ch/crash/kill-points", test_kill_points);

  return g_test_run ();
}
