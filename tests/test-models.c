/* test-models.c: the entities notify what changes, and the project's
 * lists say where items came and went.
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ch-project.h"
#include "ch-test-helpers.h"

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static void
test_idea_notifies_once_per_change (void)
{
  g_autoptr(ChIdea) idea = ch_idea_new (NULL, "First");
  g_autoptr(GPtrArray) votes = g_ptr_array_new_with_free_func ((GDestroyNotify)ch_vote_free);
  const char *tags[] = { "a", "b", NULL };
  const char *same_tags[] = { "a", "b", NULL };
  guint title = 0, tags_count = 0, vote_count = 0;

  g_assert_true (ch_uuid_is_valid (ch_entity_get_id (CH_ENTITY (idea))));

  g_signal_connect (idea, "notify::title", G_CALLBACK (count_cb), &title);
  g_signal_connect (idea, "notify::tags", G_CALLBACK (count_cb), &tags_count);
  g_signal_connect (idea, "notify::vote-count", G_CALLBACK (count_cb), &vote_count);

  g_object_set (idea, "title", "Second", NULL);
  g_object_set (idea, "title", "Second", NULL);
  g_assert_cmpuint (title, ==, 1);

  g_object_set (idea, "tags", tags, NULL);
  g_object_set (idea, "tags", same_tags, NULL);
  g_assert_cmpuint (tags_count, ==, 1);
  g_object_set (idea, "tags", NULL, NULL);
  g_assert_cmpuint (tags_count, ==, 2);

  g_ptr_array_add (votes, ch_vote_new ("p1", 2));
  g_ptr_array_add (votes, ch_vote_new ("p2", 3));
  g_object_set (idea, "votes", votes, NULL);
  g_assert_cmpint (ch_idea_get_vote_count (idea), ==, 5);
  g_assert_cmpuint (vote_count, ==, 1);

  /* The idea keeps its own copy: changing the caller's array later
   * changes nothing. */
  ((ChVote *)g_ptr_array_index (votes, 0))->dots = 9;
  g_assert_cmpint (((ChVote *)g_ptr_array_index (ch_idea_get_votes (idea), 0))->dots, ==, 2);
}

static void
test_optional_empty_text_is_absent (void)
{
  g_autoptr(ChPersona) persona = ch_persona_new (NULL, "P");

  g_object_set (persona, "segment", "", "goals", "  ", NULL);
  g_assert_null (ch_persona_get_segment (persona));
  /* White space is text, kept exactly. */
  g_assert_cmpstr (ch_persona_get_goals (persona), ==, "  ");
}

static void
test_copy_is_equal_and_unshared (void)
{
  g_autoptr(ChIdea) idea = ch_idea_new (NULL, "Original");
  g_autoptr(ChIdea) copy = NULL;
  const char *tags[] = { "x", NULL };

  g_object_set (idea, "tags", tags, "impact", 3, "cluster-id", "c", NULL);
  copy = CH_IDEA (ch_entity_copy (CH_ENTITY (idea)));

  g_assert_cmpstr (ch_entity_get_id (CH_ENTITY (copy)), ==, ch_entity_get_id (CH_ENTITY (idea)));
  g_assert_cmpstr (ch_idea_get_title (copy), ==, "Original");
  g_assert_cmpstr (ch_idea_get_tags (copy)[0], ==, "x");
  g_assert_cmpint (ch_idea_get_impact (copy), ==, 3);
  g_assert_cmpstr (ch_idea_get_cluster_id (copy), ==, "c");

  g_object_set (copy, "title", "Copy", NULL);
  g_assert_cmpstr (ch_idea_get_title (idea), ==, "Original");
}

typedef struct
{
  guint position;
  guint removed;
  guint added;
  guint calls;
} ItemsChanged;

static void
items_changed_cb (GListModel   *model,
                  guint         position,
                  guint         removed,
                  guint         added,
                  ItemsChanged *last)
{
  last->position = position;
  last->removed = removed;
  last->added = added;
  last->calls++;
}

static void
assert_items_changed (ItemsChanged *last,
                      guint         calls,
                      guint         position,
                      guint         removed,
                      guint         added)
{
  g_assert_cmpuint (last->calls, ==, calls);
  g_assert_cmpuint (last->position, ==, position);
  g_assert_cmpuint (last->removed, ==, removed);
  g_assert_cmpuint (last->added, ==, added);
}

static void
test_items_changed_positions (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = ch_test_dir_new ();
  g_autofree char *path = g_build_filename (dir, "models.charrette", NULL);
  g_autoptr(ChProject) project = ch_project_create (path, "Models", &error);
  GListModel *ideas = ch_project_get_ideas (project);
  ItemsChanged last = { 0 };
  ChIdea *second;

  g_assert_no_error (error);
  g_signal_connect (ideas, "items-changed", G_CALLBACK (items_changed_cb), &last);

  ch_project_add_idea (project, "Zero", &error);
  assert_items_changed (&last, 1, 0, 0, 1);
  second = ch_project_add_idea (project, "One", &error);
  assert_items_changed (&last, 2, 1, 0, 1);
  ch_project_add_idea (project, "Two", &error);
  assert_items_changed (&last, 3, 2, 0, 1);
  g_assert_no_error (error);

  /* Removing the middle one, then undoing, puts it back where it was. */
  g_assert_true (ch_project_remove (project, CH_ENTITY (second), &error));
  assert_items_changed (&last, 4, 1, 1, 0);
  g_assert_true (ch_project_undo (project, &error));
  assert_items_changed (&last, 5, 1, 0, 1);
  {
    g_autoptr(ChIdea) back = g_list_model_get_item (ideas, 1);

    g_assert_cmpstr (ch_idea_get_title (back), ==, "One");
  }

  /* Editing an idea is a notify, not an items-changed. */
  {
    g_autoptr(ChIdea) first = g_list_model_get_item (ideas, 0);
    guint title = 0;

    g_signal_connect (first, "notify::title", G_CALLBACK (count_cb), &title);
    g_assert_true (ch_project_update (project, CH_ENTITY (first), &error, "title", "Nil", NULL));
    g_assert_cmpuint (title, ==, 1);
    g_assert_cmpuint (last.calls, ==, 5);
    g_signal_handlers_disconnect_by_func (first, count_cb, &title);
  }

  g_clear_object (&project);
  ch_test_dir_free (g_steal_pointer (&dir));
}

static void
ideas_changed_cb (ChProject *project,
                  GPtrArray *ideas,
                  GPtrArray *calls)
{
  g_ptr_array_add (calls, g_ptr_array_ref (ideas));
}

/* One signal per step, naming the live ideas it changed: what a view of
 * many ideas listens to instead of a handler on each. */
static void
test_ideas_changed (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = ch_test_dir_new ();
  g_autofree char *path = g_build_filename (dir, "changed.charrette", NULL);
  g_autoptr(ChProject) project = ch_project_create (path, "Changed", &error);
  g_autoptr(GPtrArray) calls = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  ChIdea *ideas[3];
  ChCluster *cluster;
  GPtrArray *call;

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (ideas); i++)
    ideas[i] = ch_project_add_idea (project, "Idea", &error);
  cluster = ch_project_add_cluster (project, "Cluster", &error);
  g_assert_no_error (error);
  g_signal_connect (project, "ideas-changed", G_CALLBACK (ideas_changed_cb), calls);

  /* Adding or removing is the list's items-changed, not this. */
  g_assert_nonnull (ch_project_add_idea (project, "Another", &error));
  g_assert_cmpuint (calls->len, ==, 0);

  g_assert_true (ch_project_update (project, CH_ENTITY (ideas[1]), &error, "status",
                                    CH_IDEA_STATUS_ACCEPTED, NULL));
  g_assert_cmpuint (calls->len, ==, 1);
  call = g_ptr_array_index (calls, 0);
  g_assert_cmpuint (call->len, ==, 1);
  g_assert_true (g_ptr_array_index (call, 0) == ideas[1]);

  /* Undo tells it too, with the live idea, not a copy. */
  g_assert_true (ch_project_undo (project, &error));
  g_assert_cmpuint (calls->len, ==, 2);
  call = g_ptr_array_index (calls, 1);
  g_assert_true (g_ptr_array_index (call, 0) == ideas[1]);
  g_assert_cmpint (ch_idea_get_status (ideas[1]), ==, CH_IDEA_STATUS_NEW);

  /* A move of several ideas is one signal naming each once. */
  g_assert_true (ch_project_move_ideas (project, ideas, 3, cluster, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (calls->len, ==, 3);
  call = g_ptr_array_index (calls, 2);
  g_assert_cmpuint (call->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_true (g_ptr_array_find (call, ideas[i], NULL));

  g_signal_handlers_disconnect_by_func (project, ideas_changed_cb, calls);
  g_clear_object (&project);
  ch_test_dir_free (g_steal_pointer (&dir));
}

static void
test_open_fills_model_in_one_change (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = ch_test_dir_new ();
  g_autofree char *path = g_build_filename (dir, "one.charrette", NULL);
  g_autoptr(ChProject) project = ch_project_create (path, "One", &error);

  for (guint i = 0; i < 50; i++)
    g_assert_nonnull (ch_project_add_idea (project, "Same title", &error));
  g_clear_object (&project);

  project = ch_project_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_ideas (project)), ==, 50);
  g_assert_true (g_list_model_get_item_type (ch_project_get_ideas (project)) == CH_TYPE_IDEA);

  g_clear_object (&project);
  ch_test_dir_free (g_steal_pointer (&dir));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ch/models/idea-notifies-once-per-change", test_idea_notifies_once_per_change);
  g_test_add_func ("/ch/models/optional-empty-text-is-absent", test_optional_empty_text_is_absent);
  g_test_add_func ("/ch/models/copy-is-equal-and-unshared", test_copy_is_equal_and_unshared);
  g_test_add_func ("/ch/models/items-changed-positions", test_items_changed_positions);
  g_test_add_func ("/ch/models/open-fills-model", test_open_fills_model_in_one_change);
  g_test_add_func ("/ch/models/ideas-changed", test_ideas_changed);

  return g_test_run ();
}
