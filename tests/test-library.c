/* test-library.c: the start screen's list of projects, and copying a
 * project file into the library.
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "ch-library.h"
#include "ch-project.h"
#include "ch-store.h"
#include "ch-test-helpers.h"

typedef struct
{
  char      *dir;
  char      *library_dir;
  ChLibrary *library;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = ch_test_dir_new ();
  f->library_dir = g_build_filename (f->dir, "charrette", "projects", NULL);
  f->library = ch_library_new (f->library_dir);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->library);
  g_free (f->library_dir);
  ch_test_dir_free (f->dir);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;

  return n;
}

static void
test_empty_library (Fixture       *f,
                    gconstpointer  data)
{
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->library)), ==, 0);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (f->library)) == CH_TYPE_PROJECT_FILE);
}

static void
test_lists_newest_first_with_counts (Fixture       *f,
                                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *older = ch_library_create_project (f->library, "Older workshop", &error);
  g_autofree char *newer = ch_library_create_project (f->library, "Newer workshop", &error);
  g_autoptr(ChProject) project = NULL;
  g_autoptr(ChProjectFile) first = NULL;
  g_autoptr(ChProjectFile) second = NULL;

  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (older, f->library_dir));

  /* Make "Newer" newer by a second, with two ideas. */
  g_usleep (1100 * 1000);
  project = ch_project_open (newer, &error);
  g_assert_no_error (error);
  ch_project_add_idea (project, "One", &error);
  ch_project_add_idea (project, "Two", &error);
  ch_project_add_persona (project, "Persona", &error);
  g_assert_no_error (error);

  /* While it is open here, the list reads it from the open project. */
  ch_library_reload (f->library);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->library)), ==, 2);
  first = g_list_model_get_item (G_LIST_MODEL (f->library), 0);
  g_assert_cmpstr (ch_project_file_get_title (first), ==, "Newer workshop");
  g_assert_cmpuint (ch_project_file_get_n_ideas (first), ==, 2);
  g_assert_null (ch_project_file_get_problem (first));
  g_clear_object (&first);

  ch_project_close (project);
  ch_library_reload (f->library);
  first = g_list_model_get_item (G_LIST_MODEL (f->library), 0);
  second = g_list_model_get_item (G_LIST_MODEL (f->library), 1);
  g_assert_cmpstr (ch_project_file_get_title (first), ==, "Newer workshop");
  g_assert_cmpuint (ch_project_file_get_n_ideas (first), ==, 2);
  g_assert_cmpuint (ch_project_file_get_n_personas (first), ==, 1);
  g_assert_cmpstr (ch_project_file_get_title (second), ==, "Older workshop");
  g_assert_cmpuint (ch_project_file_get_n_ideas (second), ==, 0);
  g_assert_cmpint (ch_project_file_get_modified (first), >, ch_project_file_get_modified (second));
}

static void
test_import_copies_and_leaves_source (Fixture       *f,
                                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *source = g_build_filename (f->dir, "from-a-colleague.charrette", NULL);
  g_autoptr(ChProject) project = ch_project_create (source, "Colleague's workshop", &error);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autofree char *copy = NULL;
  g_autoptr(ChProject) opened = NULL;

  g_assert_no_error (error);
  ch_project_add_idea (project, "Shared idea", &error);
  g_clear_object (&project);
  before = ch_test_read_bytes (source);

  copy = ch_library_import_file (f->library, source, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (copy, f->library_dir));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->library)), ==, 1);

  after = ch_test_read_bytes (source);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_cmpuint (count_files (f->dir), ==, 2); /* the source and the library folder */

  opened = ch_project_open (copy, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ch_project_get_title (opened), ==, "Colleague's workshop");
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_ideas (opened)), ==, 1);
  ch_project_add_idea (opened, "Added to the copy", &error);
  g_assert_no_error (error);
}

static void
imported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* The window copies in a worker thread; the list updates when done. */
static void
test_import_async (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *source = g_build_filename (f->dir, "elsewhere.charrette", NULL);
  g_autoptr(ChProject) project = ch_project_create (source, "From elsewhere", &error);
  g_autoptr(GAsyncResult) result = NULL;
  g_autofree char *copy = NULL;

  g_assert_no_error (error);
  g_clear_object (&project);

  ch_library_import_file_async (f->library, source, NULL, imported_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  copy = ch_library_import_file_finish (f->library, result, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (copy, f->library_dir));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->library)), ==, 1);
}

static void
test_import_refuses_bad_file (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *source = g_build_filename (f->dir, "notes.charrette", NULL);
  g_autofree char *copy = NULL;
  const char notes[] = "just some notes, not a project at all, but long enough to "
                       "look like one if nobody checked its header bytes";

  ch_test_write_bytes (source, notes, sizeof notes - 1);
  copy = ch_library_import_file (f->library, source, &error);
  g_assert_null (copy);
  g_assert_error (error, CH_STORE_ERROR, CH_STORE_ERROR_NOT_A_DATABASE);
  g_assert_nonnull (strstr (error->message, "notes.charrette"));
  g_assert_cmpuint (count_files (f->library_dir), ==, 0);
}

static void
test_delete_project (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = ch_library_create_project (f->library, "To delete", &error);
  g_autoptr(ChProjectFile) file = g_list_model_get_item (G_LIST_MODEL (f->library), 0);
  g_autoptr(ChProject) project = ch_project_open (path, &error);

  /* Not while it is open. */
  g_assert_false (ch_library_delete_project (f->library, file, &error));
  g_assert_error (error, CH_STORE_ERROR, CH_STORE_ERROR_LOCKED);
  g_clear_error (&error);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  ch_project_close (project);
  g_assert_true (ch_library_delete_project (f->library, file, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->library)), ==, 0);
}

static void
test_unreadable_file_listed_with_problem (Fixture       *f,
                                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(ChProjectFile) file = NULL;

  g_assert_cmpint (g_mkdir_with_parents (f->library_dir, 0700), ==, 0);
  path = g_build_filename (f->library_dir, "broken.charrette", NULL);
  ch_test_write_bytes (path, "broken", 6);
  ch_library_reload (f->library);

  file = g_list_model_get_item (G_LIST_MODEL (f->library), 0);
  g_assert_nonnull (file);
  g_assert_nonnull (ch_project_file_get_problem (file));
  g_assert_cmpstr (ch_project_file_get_title (file), ==, "broken.charrette");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/ch/library/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("empty", test_empty_library);
  ADD ("lists-newest-first-with-counts", test_lists_newest_first_with_counts);
  ADD ("import-copies-and-leaves-source", test_import_copies_and_leaves_source);
  ADD ("import-async", test_import_async);
  ADD ("import-refuses-bad-file", test_import_refuses_bad_file);
  ADD ("delete-project", test_delete_project);
  ADD ("unreadable-file-listed-with-problem", test_unreadable_file_listed_with_problem);

  return g_test_run ();
}
