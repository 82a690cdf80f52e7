/* test-command-line.c: imports and exports without a display: exit
 * status, one line on stderr, and nothing written when it fails.
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ch-project.h"
#include "ch-test-helpers.h"

typedef struct
{
  char *dir;
  char *out;
  char *err;
  int   status;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = ch_test_dir_new ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_free (f->out);
  g_free (f->err);
  ch_test_dir_free (f->dir);
}

/* Runs charrette in f->dir with no display at all. */
static void
run (Fixture    *f,
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  int wait_status = 0;
  const char *arg;
  va_list args;

  g_clear_pointer (&f->out, g_free);
  g_clear_pointer (&f->err, g_free);

  g_ptr_array_add (argv, (gpointer)g_getenv ("CHARRETTE"));
  va_start (args, first);
  for (arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer)arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "GDK_BACKEND", "none", TRUE);

  g_spawn_sync (f->dir, (char **)argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &f->out, &f->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  f->status = WEXITSTATUS (wait_status);
  g_test_message ("exit %d, stdout: %s, stderr: %s", f->status, f->out, f->err);
}

static char *
fixture (const char *kind,
         const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "workshops", kind, name, NULL);
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
assert_one_line_error (Fixture    *f,
                       const char *words)
{
  g_assert_cmpint (f->status, ==, 1);
  g_assert_true (g_str_has_prefix (f->err, "charrette: "));
  g_assert_true (g_str_has_suffix (f->err, "\n"));
  g_assert_null (strchr (f->err, '\n') + 1 == f->err + strlen (f->err) ? NULL : "more lines");
  g_assert_nonnull (strstr (f->err, words));
}

static void
test_import_new_and_export (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *full = fixture ("good", "full.charrette.xml");
  g_autofree char *project_path = g_build_filename (f->dir, "p.charrette", NULL);
  g_autoptr(ChProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *md = NULL;

  run (f, "--import-xml", full, "p.charrette", NULL);
  g_assert_cmpint (f->status, ==, 0);
  g_assert_nonnull (strstr (f->out, "5 ideas added"));
  g_assert_cmpstr (f->err, ==, "");
  g_assert_cmpuint (count_files (f->dir), ==, 1);

  project = ch_project_open (project_path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_ideas (project)), ==, 5);
  g_assert_cmpstr (ch_project_get_id (project), ==, "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b");
  ch_project_close (project);

  run (f, "--export-xml", "out.charrette.xml", "p.charrette", NULL);
  g_assert_cmpint (f->status, ==, 0);
  run (f, "--export-csv", "ideas.csv", "p.charrette", NULL);
  g_assert_cmpint (f->status, ==, 0);
  run (f, "--export-markdown", "report.md", "p.charrette", NULL);
  g_assert_cmpint (f->status, ==, 0);

  xml = g_build_filename (f->dir, "out.charrette.xml", NULL);
  csv = g_build_filename (f->dir, "ideas.csv", NULL);
  md = g_build_filename (f->dir, "report.md", NULL);
  {
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (xml, &contents, NULL, NULL));
    g_assert_true (g_str_has_prefix (contents, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                               "<workshop xmlns=\"urn:charrette:workshop:1\""));
    g_clear_pointer (&contents, g_free);

    /* RFC 4180: header, CRLF, quotes doubled inside quoted fields. */
    g_assert_true (g_file_get_contents (csv, &contents, NULL, NULL));
    g_assert_true (g_str_has_prefix (contents, "title,description,status,cluster,session,tags,"
                                               "personas,contributors,votes,impact,effort,"
                                               "created\r\n"));
    g_assert_nonnull (strstr (contents, "\"\"remember this card\"\""));
    g_clear_pointer (&contents, g_free);

    g_assert_true (g_file_get_contents (md, &contents, NULL, NULL));
    g_assert_true (g_str_has_prefix (contents, "# Checkout redesign"));
    g_assert_nonnull (strstr (contents, "(informed 2026-11-30)"));
  }
}

static void
test_import_merges_into_existing (Fixture       *f,
                                  gconstpointer  data)
{
  g_autofree char *full = fixture ("good", "full.charrette.xml");

  run (f, "--import-xml", full, "p.charrette", NULL);
  g_assert_cmpint (f->status, ==, 0);
  run (f, "--import-xml", full, "p.charrette", NULL);
  g_assert_cmpint (f->status, ==, 0);
  g_assert_nonnull (strstr (f->out, "Nothing new"));
}

static void
test_bad_import_writes_nothing (Fixture       *f,
                                gconstpointer  data)
{
  g_autofree char *bad = fixture ("bad", "bad-status.xml");
  g_autofree char *full = fixture ("good", "full.charrette.xml");
  g_autofree char *project_path = g_build_filename (f->dir, "p.charrette", NULL);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(ChProject) project = NULL;
  g_autoptr(GError) error = NULL;

  /* Into a new project: no project is left behind. */
  run (f, "--import-xml", bad, "new.charrette", NULL);
  assert_one_line_error (f, "bad-status.xml”, line 5");
  g_assert_cmpuint (count_files (f->dir), ==, 0);

  /* Into an existing one: it keeps what it had. */
  run (f, "--import-xml", full, "p.charrette", NULL);
  run (f, "--import-xml", bad, "p.charrette", NULL);
  assert_one_line_error (f, "status");
  project = ch_project_open (project_path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_ideas (project)), ==, 5);
  ch_project_close (project);
  g_assert_cmpuint (count_files (f->dir), ==, 1);
}

static void
test_failed_export_keeps_old_file (Fixture       *f,
                                   gconstpointer  data)
{
  g_autofree char *old = g_build_filename (f->dir, "out.xml", NULL);
  g_autoptr(GBytes) after = NULL;

  ch_test_write_bytes (old, "old contents", 12);

  /* No such project: the file named for the export stays as it was. */
  run (f, "--export-xml", "out.xml", "missing.charrette", NULL);
  assert_one_line_error (f, "missing.charrette");
  after = ch_test_read_bytes (old);
  g_assert_cmpmem (g_bytes_get_data (after, NULL), g_bytes_get_size (after), "old contents", 12);

  /* Not a project at all. */
  run (f, "--export-csv", "ideas.csv", "out.xml", NULL);
  assert_one_line_error (f, "not a Charrette project");
  g_assert_cmpuint (count_files (f->dir), ==, 1);
}

static void
test_usage_errors (Fixture       *f,
                   gconstpointer  data)
{
  run (f, "--export-xml", "a.xml", NULL);
  g_assert_cmpint (f->status, ==, 2);
  g_assert_nonnull (strstr (f->err, "Name one project file"));

  run (f, "--export-xml", "a.xml", "--export-csv", "b.csv", "p.charrette", NULL);
  g_assert_cmpint (f->status, ==, 2);
  g_assert_cmpuint (count_files (f->dir), ==, 0);
}

static void
test_version (Fixture       *f,
              gconstpointer  data)
{
  run (f, "--version", NULL);
  g_assert_cmpint (f->status, ==, 0);
  g_assert_cmpstr (f->out, ==, "charrette " PACKAGE_VERSION "\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/ch/command-line/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("import-new-and-export", test_import_new_and_export);
  ADD ("import-merges-into-existing", test_import_merges_into_existing);
  ADD ("bad-import-writes-nothing", test_bad_import_writes_nothing);
  ADD ("failed-export-keeps-old-file", test_failed_export_keeps_old_file);
  ADD ("usage-errors", test_usage_errors);
  ADD ("version", test_version);

  return g_test_run ();
}
