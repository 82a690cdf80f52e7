/* replay-corpus.c: every input of the fuzz corpus and every input that
 * once crashed the workshop reader, read again in every build
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One test per file of tests/fuzz/corpus/ and tests/fuzz/crashes/: the
 * reader must neither crash nor trip a GLib critical or warning (fatal
 * under G_DEBUG=fatal-warnings), and must return TRUE with no error or
 * FALSE with an error of CH_WORKSHOP_ERROR, through the same sink as the
 * fuzz target (workshop-sink.h).
 */

#include "config.h"

#include "workshop-sink.h"

static void
test_replay (gconstpointer user_data)
{
  const char *path = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) read_error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = g_path_get_basename (path);
  gsize length = 0;
  gboolean ok;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  ok = fuzz_read_workshop ((const guint8 *)contents, length, name, &read_error);
  if (ok)
    g_test_message ("%s: read", name);
  else
    g_test_message ("%s: refused: %s", name, read_error->message);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  /* g_ptr_array_sort() hands pointers to the elements. */
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

static guint
add_dir (const char *dir_name)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "fuzz", dir_name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_no_error (error);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);

      /* Not inputs: the README, hidden files, folders. */
      if (name[0] == '.' || g_str_equal (name, "README.md") ||
          !g_file_test (path, G_FILE_TEST_IS_REGULAR))
        continue;
      g_ptr_array_add (names, g_strdup (name));
    }

  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      g_autofree char *test_path = g_strdup_printf ("/fuzz/%s/%s", dir_name, file);

      g_test_add_data_func_full (test_path, g_build_filename (dir_path, file, NULL),
                                 test_replay, g_free);
    }

  return names->len;
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  /* The seed corpus is never empty; crashes/ may be. */
  g_assert_cmpuint (add_dir ("corpus"), >, 0);
  add_dir ("crashes");

  return g_test_run ();
}
