/* test-project.c: the one write path: undo and redo, in memory and in
 * the file; typing is one step; failed writes change nothing.
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ch-project.h"
#include "ch-sample.h"
#include "ch-test-helpers.h"

typedef struct
{
  char      *dir;
  char      *path;
  ChProject *project;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = ch_test_dir_new ();
  f->path = g_build_filename (f->dir, "undo.charrette", NULL);
  f->project = ch_project_create (f->path, "Undo", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->project);
  g_free (f->path);
  ch_test_dir_free (f->dir);
}

static char *
title_in_file (const char *path,
               const char *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChProject) project = ch_project_open (path, &error);
  ChEntity *idea;

  g_assert_no_error (error);
  idea = ch_project_lookup (project, CH_TYPE_IDEA, id);

  return idea ? g_strdup (ch_idea_get_title (CH_IDEA (idea))) : NULL;
}

static void
test_undo_redo_add_edit_remove (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ChProject *project = f->project;
  GListModel *ideas = ch_project_get_ideas (project);
  g_autofree char *id = NULL;
  ChIdea *idea;

  g_assert_false (ch_project_get_can_undo (project));
  idea = ch_project_add_idea (project, "Guest checkout", &error);
  id = g_strdup (ch_entity_get_id (CH_ENTITY (idea)));
  g_assert_true (ch_project_get_can_undo (project));

  g_assert_true (ch_project_update (project, CH_ENTITY (idea), &error,
                                    "status", CH_IDEA_STATUS_ACCEPTED, NULL));
  g_assert_true (ch_project_remove (project, CH_ENTITY (idea), &error));
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, 0);

  /* Undo the removal: the idea is back, with its status. */
  g_assert_true (ch_project_undo (project, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, 1);
  idea = CH_IDEA (ch_project_lookup (project, CH_TYPE_IDEA, id));
  g_assert_cmpint (ch_idea_get_status (idea), ==, CH_IDEA_STATUS_ACCEPTED);
  g_assert_true (ch_project_get_can_redo (project));

  /* Undo the status, then the add. */
  g_assert_true (ch_project_undo (project, &error));
  g_assert_cmpint (ch_idea_get_status (idea), ==, CH_IDEA_STATUS_NEW);
  g_assert_true (ch_project_undo (project, &error));
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, 0);
  g_assert_false (ch_project_get_can_undo (project));

  /* Redo all three. */
  for (guint i = 0; i < 3; i++)
    g_assert_true (ch_project_redo (project, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, 0);
  g_assert_false (ch_project_get_can_redo (project));
  g_assert_true (ch_project_undo (project, &error));

  /* The file agrees at each point. */
  ch_project_close (project);
  {
    g_autofree char *title = title_in_file (f->path, id);

    g_assert_cmpstr (title, ==, "Guest checkout");
  }
}

static void
test_typing_is_one_step (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ChIdea *idea = ch_project_add_idea (f->project, "W", &error);
  const char *typed[] = { "Wa", "Wal", "Wall", "Walle", "Wallet" };

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    g_assert_true (ch_project_update (f->project, CH_ENTITY (idea), &error,
                                      "title", typed[i], NULL));

  /* Every keystroke is in the file already. */
  {
    g_autofree char *id = g_strdup (ch_entity_get_id (CH_ENTITY (idea)));
    g_autofree char *title = NULL;

    ch_project_close (f->project);
    g_clear_object (&f->project);
    title = title_in_file (f->path, id);
    g_assert_cmpstr (title, ==, "Wallet");
    f->project = ch_project_open (f->path, &error);
    g_assert_no_error (error);
    idea = CH_IDEA (ch_project_lookup (f->project, CH_TYPE_IDEA, id));
  }

  /* In a new session: type again, then one undo removes the whole word. */
  g_assert_true (ch_project_update (f->project, CH_ENTITY (idea), &error, "title", "Wallet p", NULL));
  g_assert_true (ch_project_update (f->project, CH_ENTITY (idea), &error, "title", "Wallet pay", NULL));
  g_assert_true (ch_project_update (f->project, CH_ENTITY (idea), &error,
                                    "description", "Apple and Google", NULL));
  g_assert_true (ch_project_undo (f->project, &error));
  g_assert_null (ch_idea_get_description (idea));
  g_assert_cmpstr (ch_idea_get_title (idea), ==, "Wallet pay");
  g_assert_true (ch_project_undo (f->project, &error));
  g_assert_cmpstr (ch_idea_get_title (idea), ==, "Wallet");
  g_assert_false (ch_project_get_can_undo (f->project));
}

static void
test_no_change_is_no_step (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ChIdea *idea = ch_project_add_idea (f->project, "Same", &error);
  gint64 modified = ch_entity_get_modified (CH_ENTITY (idea));

  ch_project_clear_history (f->project);
  g_assert_true (ch_project_update (f->project, CH_ENTITY (idea), &error, "title", "Same", NULL));
  g_assert_false (ch_project_get_can_undo (f->project));
  g_assert_cmpint (ch_entity_get_modified (CH_ENTITY (idea)), ==, modified);
}

static void
test_invalid_value_refused (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ChIdea *idea = ch_project_add_idea (f->project, "Range", &error);

  g_assert_false (ch_project_update (f->project, CH_ENTITY (idea), &error, "impact", 9, NULL));
  g_assert_nonnull (error);
  g_assert_cmpint (ch_idea_get_impact (idea), ==, 0);
}

/* What the project keeps, a workshop file can hold: the export can be
 * read back. */
static void
test_workshop_limits_refused (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ChIdea *idea = ch_project_add_idea (f->project, "Limits", &error);
  ChPersona *persona = ch_project_add_persona (f->project, "P", &error);
  g_autofree char *long_text = g_strnfill (1024 * 1024 + 1, 'a');
  g_autofree char *fits = g_strnfill (1024 * 1024, 'a');

  g_assert_false (ch_project_update (f->project, CH_ENTITY (idea), &error,
                                     "description", long_text, NULL));
  g_assert_nonnull (strstr (error->message, "1 MiB"));
  g_clear_error (&error);
  g_assert_null (ch_idea_get_description (idea));
  g_assert_true (ch_project_update (f->project, CH_ENTITY (idea), &error,
                                    "description", fits, NULL));

  g_assert_false (ch_project_update (f->project, CH_ENTITY (persona), &error,
                                     "color", "blue", NULL));
  g_assert_nonnull (strstr (error->message, "blue"));
  g_clear_error (&error);
  g_assert_true (ch_project_update (f->project, CH_ENTITY (persona), &error,
                                    "color", "#3584e4", NULL));

  g_assert_null (ch_project_add_session (f->project, "Session", "22 November", &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_sessions (f->project)), ==, 0);
}

static void
test_closed_project_refuses_changes (Fixture       *f,
                                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ChIdea *idea = ch_project_add_idea (f->project, "Before", &error);

  ch_project_close (f->project);
  g_assert_false (ch_project_update (f->project, CH_ENTITY (idea), &error, "title", "After", NULL));
  g_assert_nonnull (strstr (error->message, "undo.charrette"));
  g_assert_cmpstr (ch_idea_get_title (idea), ==, "Before");
}

static void
test_modified_times (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ChIdea *idea = ch_project_add_idea (f->project, "Timed", &error);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  g_assert_cmpint (ch_idea_get_created (idea), >=, now - 5);
  g_assert_cmpint (ch_idea_get_created (idea), <=, now);
  g_assert_cmpint (ch_entity_get_modified (CH_ENTITY (idea)), >=, now - 5);
  g_assert_cmpint (ch_project_get_modified (f->project), >=, now - 5);
}

static void
test_sample_fills_a_project (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint in_clusters = 0;
  GListModel *ideas;

  g_assert_true (ch_sample_fill (f->project, &error));
  g_assert_no_error (error);
  g_assert_false (ch_project_get_can_undo (f->project));

  ch_project_close (f->project);
  g_clear_object (&f->project);
  f->project = ch_project_open (f->path, &error);
  g_assert_no_error (error);

  ideas = ch_project_get_ideas (f->project);
  g_assert_cmpuint (g_list_model_get_n_items (ideas), >=, 30);
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_personas (f->project)), >=, 3);
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_participants (f->project)), >=, 3);
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_sessions (f->project)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_clusters (f->project)), >=, 3);
  for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
    {
      g_autoptr(ChIdea) idea = g_list_model_get_item (ideas, i);

      in_clusters += ch_idea_get_cluster_id (idea) != NULL;
    }
  g_assert_cmpuint (in_clusters, >, 0);
  g_assert_cmpuint (in_clusters, <, g_list_model_get_n_items (ideas));
  g_assert_true (ch_project_check_integrity (f->project, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/ch/project/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("undo-redo-add-edit-remove", test_undo_redo_add_edit_remove);
  ADD ("typing-is-one-step", test_typing_is_one_step);
  ADD ("no-change-is-no-step", test_no_change_is_no_step);
  ADD ("invalid-value-refused", test_invalid_value_refused);
  ADD ("closed-project-refuses-changes", test_closed_project_refuses_changes);
  ADD ("workshop-limits-refused", test_workshop_limits_refused);
  ADD ("modified-times", test_modified_times);
  ADD ("sample-fills-a-project", test_sample_fills_a_project);

  return g_test_run ();
}
