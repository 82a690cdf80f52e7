/* ch-test-helpers.c
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ch-test-helpers.h"

char *
ch_test_dir_new (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("charrette-test-XXXXXX", &error);

  g_assert_no_error (error);

  return dir;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }

  g_rmdir (path);
}

void
ch_test_dir_free (char *dir)
{
  remove_tree (dir);
  g_free (dir);
}

GBytes *
ch_test_read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

void
ch_test_write_bytes (const char *path,
                     const char *contents,
                     gsize       length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

gsize
ch_test_resident_size (void)
{
  g_autofree char *statm = NULL;
  unsigned long size = 0, resident = 0;

  if (!g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL))
    return 0;

  if (sscanf (statm, "%lu %lu", &size, &resident) != 2)
    return 0;

  return (gsize)resident * (gsize)sysconf (_SC_PAGESIZE);
}

void
ch_test_run_in_child (void      (*func) (const char *path),
                      const char *path)
{
  int status;
  pid_t pid = fork ();

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      func (path);
      _exit (0);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
}

static int
compare_times (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

double
ch_test_percentile_ms (GArray *times,
                       guint   percent)
{
  guint index;

  if (times->len == 0)
    return 0;

  g_array_sort (times, compare_times);
  index = MIN (times->len - 1, (guint) ((guint64) times->len * MIN (percent, 100) / 100));

  return g_array_index (times, gint64, index) / 1000.0;
}

void
ch_test_report (const char *what,
                GArray     *times,
                double      target_ms)
{
  double median;

  if (times->len == 0)
    {
      printf ("%-52s none measured\n", what);
      return;
    }

  median = ch_test_percentile_ms (times, 50);
  printf ("%-52s median %7.2f ms   p99 %7.2f ms   max %7.2f ms   (%u)", what, median,
          ch_test_percentile_ms (times, 99), ch_test_percentile_ms (times, 100), times->len);
  if (target_ms > 0)
    printf ("  target %.0f ms%s", target_ms, median <= target_ms ? "" : "  OVER TARGET");
  printf ("\n");
}
