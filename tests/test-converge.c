/* test-converge.c: converging on decisions: the affinity board (moves,
 * clusters made, merged, deleted, reordered), dot voting and its rules,
 * rankings, review decisions and closing the loop; each one step that
 * undo and redo take back and forth, that survives a reopen and a
 * workshop file.
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>

#include "ch-project.h"
#include "ch-store.h"
#include "ch-test-helpers.h"
#include "ch-transfer.h"

typedef struct
{
  char       *dir;
  char       *path;
  ChProject  *project;
  /* Of Mirror: copies of the board's lists kept by their items-changed. */
  GPtrArray  *mirrors;
} Fixture;

/* A copy of a list model that follows it by its items-changed only: if a
 * signal ever says less than what changed, the copy goes wrong. */
typedef struct
{
  GListModel *model;
  GPtrArray  *items;
  guint       n_changes;
  gulong      handler;
} Mirror;

static void
mirror_changed_cb (GListModel *model,
                   guint       position,
                   guint       removed,
                   guint       added,
                   Mirror     *mirror)
{
  g_assert_cmpuint (position + removed, <=, mirror->items->len);
  g_ptr_array_remove_range (mirror->items, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (mirror->items, position + i, g_list_model_get_item (model, position + i));
  mirror->n_changes++;
}

static Mirror *
mirror_new (GListModel *model)
{
  Mirror *mirror = g_new0 (Mirror, 1);
  guint n_items = g_list_model_get_n_items (model);

  mirror->model = g_object_ref (model);
  mirror->items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (mirror->items, g_list_model_get_item (model, i));
  mirror->handler = g_signal_connect (model, "items-changed", G_CALLBACK (mirror_changed_cb),
                                      mirror);

  return mirror;
}

static void
mirror_free (Mirror *mirror)
{
  g_signal_handler_disconnect (mirror->model, mirror->handler);
  g_ptr_array_unref (mirror->items);
  g_object_unref (mirror->model);
  g_free (mirror);
}

static void
mirror_check (Mirror *mirror)
{
  guint n_items = g_list_model_get_n_items (mirror->model);

  g_assert_cmpuint (mirror->items->len, ==, n_items);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (mirror->model, i);

      g_assert_true (g_ptr_array_index (mirror->items, i) == item);
    }
}

static ChEntity *
find (ChProject  *project,
      GListModel *list,
      const char *name)
{
  guint n_items = g_list_model_get_n_items (list);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ChEntity) entity = g_list_model_get_item (list, i);
      g_autofree char *text = NULL;

      g_object_get (entity, CH_IS_IDEA (entity) ? "title" : "name", &text, NULL);
      if (g_strcmp0 (text, name) == 0)
        return entity;
    }

  g_assert_not_reached ();
}

static ChIdea *
idea (Fixture    *f,
      const char *title)
{
  return CH_IDEA (find (f->project, ch_project_get_ideas (f->project), title));
}

static ChCluster *
cluster (Fixture    *f,
         const char *name)
{
  return CH_CLUSTER (find (f->project, ch_project_get_clusters (f->project), name));
}

static ChParticipant *
participant (Fixture    *f,
             const char *name)
{
  return CH_PARTICIPANT (find (f->project, ch_project_get_participants (f->project), name));
}

static const char *
name_of_participant (ChProject  *project,
                     const char *id)
{
  ChEntity *entity = ch_project_lookup (project, CH_TYPE_PARTICIPANT, id);

  g_assert_nonnull (entity);

  return ch_participant_get_name (CH_PARTICIPANT (entity));
}

static int
compare_by_position (gconstpointer a,
                     gconstpointer b)
{
  GObject *oa = *(GObject **)a;
  GObject *ob = *(GObject **)b;
  int pa, pb;

  g_object_get (oa, "position", &pa, NULL);
  g_object_get (ob, "position", &pb, NULL);
  if (pa != pb)
    return pa < pb ? -1 : 1;

  return strcmp (ch_entity_get_id (CH_ENTITY (oa)), ch_entity_get_id (CH_ENTITY (ob)));
}

/* The ideas of a cluster (NULL: Unsorted) by position, from the objects
 * alone, not from the board. */
static GPtrArray *
ideas_in (ChProject  *project,
          const char *cluster_id)
{
  GListModel *ideas = ch_project_get_ideas (project);
  GPtrArray *list = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
    {
      g_autoptr(ChIdea) item = g_list_model_get_item (ideas, i);

      if (g_strcmp0 (ch_idea_get_cluster_id (item), cluster_id) == 0)
        g_ptr_array_add (list, g_steal_pointer (&item));
    }
  g_ptr_array_sort (list, compare_by_position);

  return list;
}

static GPtrArray *
clusters_in_order (ChProject *project)
{
  GListModel *clusters = ch_project_get_clusters (project);
  GPtrArray *list = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (clusters); i++)
    g_ptr_array_add (list, g_list_model_get_item (clusters, i));
  g_ptr_array_sort (list, compare_by_position);

  return list;
}

/* What a user sees of the board and the review, from the objects: the
 * clusters in order, each with its ideas in order (title, position,
 * status, impact and effort, dots by name, contributors told when), then
 * Unsorted; and the voting round, which only the project file keeps. */
static char *
describe (ChProject *project,
          gboolean   with_round)
{
  g_autoptr(GPtrArray) clusters = clusters_in_order (project);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i <= clusters->len; i++)
    {
      ChCluster *item = i < clusters->len ? g_ptr_array_index (clusters, i) : NULL;
      g_autoptr(GPtrArray) ideas = ideas_in (project,
                                            item ? ch_entity_get_id (CH_ENTITY (item)) : NULL);

      if (item != NULL)
        g_string_append_printf (out, "[%s %d %s%s%s]", ch_cluster_get_name (item),
                                ch_cluster_get_position (item),
                                ch_cluster_get_color (item) ? ch_cluster_get_color (item) : "-",
                                ch_cluster_get_summary (item) ? " " : "",
                                ch_cluster_get_summary (item) ? ch_cluster_get_summary (item) : "");
      else
        g_string_append (out, "[Unsorted]");

      for (guint j = 0; j < ideas->len; j++)
        {
          ChIdea *entry = g_ptr_array_index (ideas, j);
          GPtrArray *votes = ch_idea_get_votes (entry);
          GPtrArray *contributors = ch_idea_get_contributors (entry);

          g_string_append_printf (out, " %s@%d/%d/%d,%d", ch_idea_get_title (entry),
                                  ch_idea_get_position (entry), ch_idea_get_status (entry),
                                  ch_idea_get_impact (entry), ch_idea_get_effort (entry));
          for (guint k = 0; votes != NULL && k < votes->len; k++)
            {
              const ChVote *vote = g_ptr_array_index (votes, k);

              g_string_append_printf (out, " %s:%d",
                                      name_of_participant (project, vote->participant_id),
                                      vote->dots);
            }
          for (guint k = 0; contributors != NULL && k < contributors->len; k++)
            {
              const ChContributor *contributor = g_ptr_array_index (contributors, k);

              g_string_append_printf (out, " by %s(%s)",
                                      name_of_participant (project, contributor->participant_id),
                                      contributor->informed ? contributor->informed : "-");
            }
        }
      g_string_append_c (out, '\n');
    }

  if (with_round)
    g_string_append_printf (out, "voting %d, %d dots, at most %d, own %d\n",
                            ch_project_get_voting_state (project),
                            ch_project_get_vote_budget (project),
                            ch_project_get_vote_limit (project),
                            ch_project_get_vote_no_own_ideas (project));

  return g_string_free (out, FALSE);
}

/* The board's lists hold what the objects say, in order; the positions
 * in a cluster are 0 to n - 1, and in Unsorted they rise. */
static void
check_board (Fixture *f)
{
  g_autoptr(GPtrArray) clusters = clusters_in_order (f->project);

  for (guint i = 0; i <= clusters->len; i++)
    {
      ChCluster *item = i < clusters->len ? g_ptr_array_index (clusters, i) : NULL;
      g_autoptr(GPtrArray) expected = ideas_in (f->project,
                                               item ? ch_entity_get_id (CH_ENTITY (item)) : NULL);
      GListModel *column = ch_project_get_cluster_ideas (f->project, item);

      if (item != NULL)
        g_assert_cmpint (ch_cluster_get_position (item), ==, i);

      g_assert_cmpuint (g_list_model_get_n_items (column), ==, expected->len);
      for (guint j = 0; j < expected->len; j++)
        {
          g_autoptr(ChIdea) shown = g_list_model_get_item (column, j);

          g_assert_true (shown == g_ptr_array_index (expected, j));
          if (item != NULL)
            g_assert_cmpint (ch_idea_get_position (shown), ==, j);
          else if (j > 0)
            g_assert_cmpint (ch_idea_get_position (shown), >,
                             ch_idea_get_position (g_ptr_array_index (expected, j - 1)));
        }
    }

  for (guint i = 0; i < f->mirrors->len; i++)
    mirror_check (g_ptr_array_index (f->mirrors, i));
}

static void
watch_columns (Fixture *f)
{
  g_autoptr(GPtrArray) clusters = clusters_in_order (f->project);

  g_ptr_array_set_size (f->mirrors, 0);
  for (guint i = 0; i < clusters->len; i++)
    g_ptr_array_add (f->mirrors,
                     mirror_new (ch_project_get_cluster_ideas (f->project,
                                                               g_ptr_array_index (clusters, i))));
  g_ptr_array_add (f->mirrors, mirror_new (ch_project_get_cluster_ideas (f->project, NULL)));
}

static ChIdea *
new_idea (const char    *title,
          ChCluster     *in,
          int            position,
          ChParticipant *contributor)
{
  ChIdea *item = ch_idea_new (NULL, title);

  g_object_set (item,
                "cluster-id", in ? ch_entity_get_id (CH_ENTITY (in)) : NULL,
                "position", position,
                NULL);

  if (contributor != NULL)
    {
      g_autoptr(GPtrArray) contributors = g_ptr_array_new_with_free_func ((GDestroyNotify)ch_contributor_free);

      g_ptr_array_add (contributors, ch_contributor_new (ch_entity_get_id (CH_ENTITY (contributor)),
                                                         NULL));
      g_object_set (item, "contributors", contributors, NULL);
    }

  return item;
}

/* Three participants; clusters A (a0–a3), B (b0–b2) and C (empty); and
 * u0–u3 in no cluster, their positions with gaps. Ana contributed a0 and
 * b0, Ben a1, Cleo b0 and u0. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ideas = g_ptr_array_new_with_free_func (g_object_unref);
  ChParticipant *ana, *ben, *cleo;
  ChCluster *a, *b;

  f->dir = ch_test_dir_new ();
  f->path = g_build_filename (f->dir, "converge.charrette", NULL);
  f->project = ch_project_create (f->path, "Converge", &error);
  g_assert_no_error (error);
  f->mirrors = g_ptr_array_new_with_free_func ((GDestroyNotify)mirror_free);

  ana = ch_project_add_participant (f->project, "Ana", &error);
  ben = ch_project_add_participant (f->project, "Ben", &error);
  cleo = ch_project_add_participant (f->project, "Cleo", &error);
  a = ch_project_add_cluster (f->project, "A", &error);
  b = ch_project_add_cluster (f->project, "B", &error);
  g_assert_nonnull (ch_project_add_cluster (f->project, "C", &error));
  g_assert_no_error (error);

  g_ptr_array_add (ideas, new_idea ("a0", a, 0, ana));
  g_ptr_array_add (ideas, new_idea ("a1", a, 1, ben));
  g_ptr_array_add (ideas, new_idea ("a2", a, 2, NULL));
  g_ptr_array_add (ideas, new_idea ("a3", a, 3, NULL));
  g_ptr_array_add (ideas, new_idea ("b0", b, 0, ana));
  g_ptr_array_add (ideas, new_idea ("b1", b, 1, NULL));
  g_ptr_array_add (ideas, new_idea ("b2", b, 2, NULL));
  g_ptr_array_add (ideas, new_idea ("u0", NULL, 2, cleo));
  g_ptr_array_add (ideas, new_idea ("u1", NULL, 5, NULL));
  g_ptr_array_add (ideas, new_idea ("u2", NULL, 6, NULL));
  g_ptr_array_add (ideas, new_idea ("u3", NULL, 9, NULL));
  {
    g_autoptr(GPtrArray) contributors = g_ptr_array_new_with_free_func ((GDestroyNotify)ch_contributor_free);

    g_ptr_array_add (contributors, ch_contributor_new (ch_entity_get_id (CH_ENTITY (ana)), NULL));
    g_ptr_array_add (contributors, ch_contributor_new (ch_entity_get_id (CH_ENTITY (cleo)), NULL));
    g_object_set (g_ptr_array_index (ideas, 4), "contributors", contributors, NULL);
  }

  g_assert_true (ch_project_add_many (f->project, (ChEntity **)ideas->pdata, ideas->len, &error));
  g_assert_no_error (error);
  ch_project_clear_history (f->project);

  watch_columns (f);
  check_board (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->mirrors, g_ptr_array_unref);
  g_clear_object (&f->project);
  g_free (f->path);
  ch_test_dir_free (f->dir);
}

static void
reopen (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_ptr_array_set_size (f->mirrors, 0);
  ch_project_close (f->project);
  g_clear_object (&f->project);
  f->project = ch_project_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (ch_project_check_integrity (f->project, NULL));
  watch_columns (f);
}

/* The project as a workshop file, read back as a new project. */
static ChProject *
round_trip (Fixture    *f,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xml_path = g_strdup_printf ("%s/%s.charrette.xml", f->dir, name);
  g_autofree char *new_path = g_strdup_printf ("%s/%s.charrette", f->dir, name);
  g_autoptr(GFile) file = g_file_new_for_path (xml_path);
  g_autoptr(ChTransfer) out = ch_transfer_new (f->project, file, CH_TRANSFER_EXPORT_XML);
  g_autoptr(ChTransfer) in = NULL;
  ChProject *imported;

  g_assert_true (ch_transfer_run (out, NULL, &error));
  g_assert_no_error (error);

  imported = ch_project_create (new_path, "New", &error);
  g_assert_no_error (error);
  in = ch_transfer_new (imported, file, CH_TRANSFER_IMPORT_NEW);
  g_assert_true (ch_transfer_run (in, NULL, &error));
  g_assert_no_error (error);

  return imported;
}

static void
assert_column (Fixture    *f,
               ChCluster  *in,
               const char *expected)
{
  GListModel *column = ch_project_get_cluster_ideas (f->project, in);
  GString *titles = g_string_new (NULL);
  g_autofree char *text = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (column); i++)
    {
      g_autoptr(ChIdea) item = g_list_model_get_item (column, i);

      g_string_append_printf (titles, "%s%s", i ? " " : "", ch_idea_get_title (item));
    }

  text = g_string_free (titles, FALSE);
  g_assert_cmpstr (text, ==, expected);
}

static void
undo_redo (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ch_project_undo (f->project, &error));
  g_assert_no_error (error);
  check_board (f);
  g_assert_true (ch_project_redo (f->project, &error));
  g_assert_no_error (error);
  check_board (f);
}

/* One card dropped into a cluster: it goes where it is dropped, the
 * cluster is numbered again, Unsorted keeps its gaps; one step, one
 * items-changed for each of the two lists, none for the others. */
static void
test_move_one (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ChIdea *u0 = idea (f, "u0");
  Mirror *in_a = g_ptr_array_index (f->mirrors, 0);
  Mirror *in_b = g_ptr_array_index (f->mirrors, 1);
  Mirror *unsorted = g_ptr_array_index (f->mirrors, 3);

  g_assert_true (ch_project_move_ideas (f->project, &u0, 1, cluster (f, "A"), 1, &error));
  g_assert_no_error (error);
  check_board (f);
  assert_column (f, cluster (f, "A"), "a0 u0 a1 a2 a3");
  assert_column (f, NULL, "u1 u2 u3");
  g_assert_cmpstr (ch_idea_get_cluster_id (u0), ==, ch_entity_get_id (CH_ENTITY (cluster (f, "A"))));
  g_assert_cmpint (ch_idea_get_position (u0), ==, 1);
  g_assert_cmpint (ch_idea_get_position (idea (f, "a3")), ==, 4);
  g_assert_cmpint (ch_idea_get_position (idea (f, "u1")), ==, 5);
  g_assert_cmpstr (ch_project_get_undo_label (f->project), ==, "Move “u0” to “A”");
  g_assert_cmpuint (in_a->n_changes, ==, 1);
  g_assert_cmpuint (unsorted->n_changes, ==, 1);
  g_assert_cmpuint (in_b->n_changes, ==, 0);

  g_assert_true (ch_project_undo (f->project, &error));
  check_board (f);
  assert_column (f, cluster (f, "A"), "a0 a1 a2 a3");
  assert_column (f, NULL, "u0 u1 u2 u3");
  g_assert_cmpint (ch_idea_get_position (u0), ==, 2);
  g_assert_cmpstr (ch_project_get_redo_label (f->project), ==, "Move “u0” to “A”");
  g_assert_cmpuint (in_a->n_changes, ==, 2);

  /* At the end, and past it. */
  g_assert_true (ch_project_move_ideas (f->project, &u0, 1, cluster (f, "C"), 7, &error));
  assert_column (f, cluster (f, "C"), "u0");
  g_assert_cmpint (ch_idea_get_position (u0), ==, 0);
  g_assert_true (ch_project_move_ideas (f->project, &u0, 1, cluster (f, "B"), -1, &error));
  assert_column (f, cluster (f, "B"), "b0 b1 b2 u0");
  assert_column (f, cluster (f, "C"), "");
  g_assert_no_error (error);
  check_board (f);

  /* Where it is: no step. */
  g_assert_true (ch_project_move_ideas (f->project, &u0, 1, cluster (f, "B"), 3, &error));
  g_assert_cmpstr (ch_project_get_undo_label (f->project), ==, "Move “u0” to “B”");
  g_assert_true (ch_project_undo (f->project, &error));
  g_assert_cmpstr (ch_project_get_undo_label (f->project), ==, "Move “u0” to “C”");
}

/* A selection dropped in a cluster: in the order given, at the place
 * among the cards that stay; every cluster they leave closes up. */
static void
test_move_many (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ChIdea *selection[] = { idea (f, "b2"), idea (f, "a0"), idea (f, "u1"), idea (f, "a0") };
  ChIdea *back[] = { idea (f, "a1"), idea (f, "b0") };

  g_assert_true (ch_project_move_ideas (f->project, selection, G_N_ELEMENTS (selection),
                                        cluster (f, "B"), 1, &error));
  g_assert_no_error (error);
  check_board (f);
  assert_column (f, cluster (f, "A"), "a1 a2 a3");
  assert_column (f, cluster (f, "B"), "b0 b2 a0 u1 b1");
  assert_column (f, NULL, "u0 u2 u3");
  g_assert_cmpstr (ch_project_get_undo_label (f->project), ==, "Move 3 ideas to “B”");
  undo_redo (f);

  /* Back to Unsorted, between u0 and u2: they take the positions after
   * u0 (2), and u2 (6) and u3 (9) stay where they are. */
  g_assert_true (ch_project_move_ideas (f->project, back, G_N_ELEMENTS (back), NULL, 1, &error));
  check_board (f);
  assert_column (f, NULL, "u0 a1 b0 u2 u3");
  g_assert_cmpint (ch_idea_get_position (idea (f, "a1")), ==, 3);
  g_assert_cmpint (ch_idea_get_position (idea (f, "b0")), ==, 4);
  g_assert_cmpint (ch_idea_get_position (idea (f, "u2")), ==, 6);
  assert_column (f, cluster (f, "A"), "a2 a3");
  assert_column (f, cluster (f, "B"), "b2 a0 u1 b1");
  g_assert_cmpstr (ch_project_get_undo_label (f->project), ==, "Move 2 ideas to Unsorted");
  undo_redo (f);

  /* Into Unsorted where the next ones must make room. */
  g_assert_true (ch_project_move_ideas (f->project, selection, 3, NULL, 0, &error));
  assert_column (f, NULL, "b2 a0 u1 u0 a1 b0 u2 u3");
  check_board (f);
  g_assert_no_error (error);
  undo_redo (f);

  reopen (f);
  check_board (f);
  assert_column (f, NULL, "b2 a0 u1 u0 a1 b0 u2 u3");
}

/* Alt+arrows: a card up or down its column; a column left or right. */
static void
test_reorder (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ch_project_reorder_idea (f->project, idea (f, "a0"), 2, &error));
  assert_column (f, cluster (f, "A"), "a1 a2 a0 a3");
  g_assert_cmpstr (ch_project_get_undo_label (f->project), ==, "Move “a0” down");
  check_board (f);
  g_assert_true (ch_project_reorder_idea (f->project, idea (f, "a3"), 0, &error));
  assert_column (f, cluster (f, "A"), "a3 a1 a2 a0");
  g_assert_cmpstr (ch_project_get_undo_label (f->project), ==, "Move “a3” up");
  undo_redo (f);
  g_assert_true (ch_project_reorder_idea (f->project, idea (f, "u3"), 1, &error));
  assert_column (f, NULL, "u0 u3 u1 u2");
  check_board (f);

  /* Past the end is the end; where it is, no step. */
  g_assert_true (ch_project_reorder_idea (f->project, idea (f, "a1"), 99, &error));
  assert_column (f, cluster (f, "A"), "a3 a2 a0 a1");
  g_assert_true (ch_project_reorder_idea (f->project, idea (f, "a1"), 3, &error));
  g_assert_cmpstr (ch_project_get_undo_label (f->project), ==, "Move “a1” down");

  g_assert_true (ch_project_move_cluster (f->project, cluster (f, "C"), 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ch_cluster_get_position (cluster (f, "C")), ==, 0);
  g_assert_cmpint (ch_cluster_get_position (cluster (f, "A")), ==, 1);
  g_assert_cmpint (ch_cluster_get_position (cluster (f, "B")), ==, 2);
  g_assert_cmpstr (ch_project_get_undo_label (f->project), ==, "Move “C”");
  check_board (f);
  g_assert_true (ch_project_move_cluster (f->project, cluster (f, "C"), 9, &error));
  g_assert_cmpint (ch_cluster_get_position (cluster (f, "C")), ==, 2);
  g_assert_cmpint (ch_cluster_get_position (cluster (f, "A")), ==, 0);
  undo_redo (f);

  {
    g_autoptr(GPtrArray) order = ch_project_list_clusters (f->project);

    g_assert_cmpuint (order->len, ==, 3);
    g_assert_true (g_ptr_array_index (order, 2) == cluster (f, "C"));
  }
}

/* Ctrl+G, or a drop on empty space: a new cluster at the end, made and
 * filled in one step. */
static void
test_create_cluster_from (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ChIdea *selection[] = { idea (f, "u2"), idea (f, "a1") };
  g_autofree char *before = describe (f->project, TRUE);
  g_autofree char *after = NULL;
  ChCluster *made;

  made = ch_project_create_cluster_from (f->project, "Delivery", "#f6d32d",
                                         selection, G_N_ELEMENTS (selection), &error);
  g_assert_no_error (error);
  g_assert_nonnull (made);
  /* Undone, the project lets go of it. */
  g_object_ref (made);
  g_assert_true (made == cluster (f, "Delivery"));
  g_assert_cmpint (ch_cluster_get_position (made), ==, 3);
  g_assert_cmpstr (ch_cluster_get_color (made), ==, "#f6d32d");
  assert_column (f, made, "u2 a1");
  assert_column (f, cluster (f, "A"), "a0 a2 a3");
  check_board (f);
  g_assert_cmpstr (ch_project_get_undo_label (f->project), ==, "New cluster “Delivery”");
  after = describe (f->project, TRUE);

  g_assert_true (ch_project_undo (f->project, &error));
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_clusters (f->project)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_cluster_ideas (f->project, made)),
                    ==, 0);
  {
    g_autofree char *undone = describe (f->project, TRUE);

    g_assert_cmpstr (undone, ==, before);
  }
  check_board (f);
  g_assert_true (ch_project_redo (f->project, &error));
  {
    g_autofree char *redone = describe (f->project, TRUE);

    g_assert_cmpstr (redone, ==, after);
  }
  check_board (f);

  /* A colour the file cannot hold: nothing is made. */
  g_assert_null (ch_project_create_cluster_from (f->project, "Bad", "yellow", selection, 1,
                                                 &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_clusters (f->project)), ==, 4);
  check_board (f);
  g_object_unref (made);
}

/* Merge: the ideas of one cluster after the other's, one step. */
static void
test_merge (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = describe (f->project, TRUE);
  ChCluster *b = cluster (f, "B");

  g_assert_true (ch_project_merge_clusters (f->project, cluster (f, "A"), b, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_clusters (f->project)), ==, 2);
  assert_column (f, b, "b0 b1 b2 a0 a1 a2 a3");
  g_assert_cmpint (ch_cluster_get_position (b), ==, 0);
  g_assert_cmpint (ch_cluster_get_position (cluster (f, "C")), ==, 1);
  g_assert_cmpstr (ch_project_get_undo_label (f->project), ==, "Merge “A” into “B”");
  check_board (f);

  g_assert_true (ch_project_undo (f->project, &error));
  {
    g_autofree char *undone = describe (f->project, TRUE);

    g_assert_cmpstr (undone, ==, before);
  }
  assert_column (f, cluster (f, "A"), "a0 a1 a2 a3");
  check_board (f);
  g_assert_true (ch_project_redo (f->project, &error));
  check_board (f);
  reopen (f);
  assert_column (f, cluster (f, "B"), "b0 b1 b2 a0 a1 a2 a3");
  check_board (f);
}

/* A deleted cluster's ideas return to Unsorted, at its end; a cluster
 * that loses a card closes up. */
static void
test_delete (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = describe (f->project, TRUE);
  ChEntity *going[] = { CH_ENTITY (idea (f, "b0")), CH_ENTITY (idea (f, "a2")) };

  g_assert_true (ch_project_remove (f->project, CH_ENTITY (cluster (f, "A")), &error));
  g_assert_no_error (error);
  assert_column (f, NULL, "u0 u1 u2 u3 a0 a1 a2 a3");
  g_assert_cmpint (ch_idea_get_position (idea (f, "a0")), ==, 10);
  g_assert_cmpint (ch_cluster_get_position (cluster (f, "B")), ==, 0);
  g_assert_cmpint (ch_cluster_get_position (cluster (f, "C")), ==, 1);
  g_assert_cmpstr (ch_project_get_undo_label (f->project), ==, "Delete “A”");
  check_board (f);
  g_assert_true (ch_project_undo (f->project, &error));
  {
    g_autofree char *undone = describe (f->project, TRUE);

    g_assert_cmpstr (undone, ==, before);
  }
  check_board (f);
  g_assert_true (ch_project_redo (f->project, &error));
  check_board (f);
  g_assert_true (ch_project_undo (f->project, &error));

  g_assert_true (ch_project_remove_many (f->project, going, G_N_ELEMENTS (going), &error));
  assert_column (f, cluster (f, "A"), "a0 a1 a3");
  assert_column (f, cluster (f, "B"), "b1 b2");
  g_assert_cmpint (ch_idea_get_position (idea (f, "a3")), ==, 2);
  g_assert_cmpstr (ch_project_get_undo_label (f->project), ==, "Delete 2 ideas");
  check_board (f);
  undo_redo (f);

  /* A cluster and some of its ideas at once. */
  going[0] = CH_ENTITY (cluster (f, "A"));
  going[1] = CH_ENTITY (idea (f, "a1"));
  g_assert_true (ch_project_remove_many (f->project, going, G_N_ELEMENTS (going), &error));
  assert_column (f, NULL, "u0 u1 u2 u3 a0 a3");
  check_board (f);
  undo_redo (f);
  reopen (f);
  assert_column (f, NULL, "u0 u1 u2 u3 a0 a3");
  check_board (f);
}

/* Deleting from the list of ideas, with no board shown: the clusters
 * close up all the same, and the board made later agrees. */
static void
test_delete_without_board (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) in_b = NULL;
  g_autoptr(GPtrArray) unsorted = NULL;
  ChEntity *going[2];

  g_ptr_array_set_size (f->mirrors, 0);
  ch_project_close (f->project);
  g_clear_object (&f->project);
  f->project = ch_project_open (f->path, &error);
  g_assert_no_error (error);

  going[0] = CH_ENTITY (cluster (f, "A"));
  going[1] = CH_ENTITY (idea (f, "b0"));
  g_assert_true (ch_project_remove_many (f->project, going, 2, &error));
  g_assert_no_error (error);

  in_b = ideas_in (f->project, ch_entity_get_id (CH_ENTITY (cluster (f, "B"))));
  g_assert_cmpuint (in_b->len, ==, 2);
  g_assert_cmpint (ch_idea_get_position (g_ptr_array_index (in_b, 0)), ==, 0);
  g_assert_cmpint (ch_idea_get_position (g_ptr_array_index (in_b, 1)), ==, 1);
  unsorted = ideas_in (f->project, NULL);
  g_assert_cmpuint (unsorted->len, ==, 8);
  g_assert_cmpstr (ch_idea_get_title (g_ptr_array_index (unsorted, 4)), ==, "a0");
  g_assert_cmpint (ch_idea_get_position (g_ptr_array_index (unsorted, 4)), ==, 10);
  g_assert_cmpint (ch_cluster_get_position (cluster (f, "B")), ==, 0);

  watch_columns (f);
  check_board (f);
  undo_redo (f);
  g_assert_true (ch_project_undo (f->project, &error));
  check_board (f);
  assert_column (f, cluster (f, "A"), "a0 a1 a2 a3");
  assert_column (f, cluster (f, "B"), "b0 b1 b2");
}

static void
votes_changed_cb (ChProject *project,
                  guint     *count)
{
  (*count)++;
}

/* What a refusal leaves: the project as it was, on screen and on disk. */
static void
assert_refused (Fixture        *f,
                gboolean        ok,
                GError        **error,
                ChProjectError  code,
                const char     *before,
                const char     *undo_label)
{
  g_autofree char *now = describe (f->project, TRUE);

  g_assert_false (ok);
  g_assert_error (*error, CH_PROJECT_ERROR, (int)code);
  g_assert_true (g_utf8_validate ((*error)->message, -1, NULL));
  g_test_message ("refused: %s", (*error)->message);
  g_clear_error (error);
  g_assert_cmpstr (now, ==, before);
  g_assert_cmpstr (ch_project_get_undo_label (f->project), ==, undo_label);
}

/* The budget, the limit per idea and the rule on one's own ideas are
 * the core's: a refused dot changes nothing. */
static void
test_vote_rules (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ChProject *project = f->project;
  ChParticipant *ana = participant (f, "Ana");
  ChParticipant *ben = participant (f, "Ben");
  g_autofree char *state = NULL;
  guint votes_changed = 0;

  g_signal_connect (project, "votes-changed", G_CALLBACK (votes_changed_cb), &votes_changed);

  /* No round yet. */
  g_assert_cmpint (ch_project_get_voting_state (project), ==, CH_VOTING_STATE_NONE);
  g_assert_cmpint (ch_project_get_vote_budget (project), ==, CH_VOTING_DEFAULT_BUDGET);
  state = describe (project, TRUE);
  assert_refused (f, ch_project_add_dot (project, idea (f, "a2"), ana, &error), &error,
                  CH_PROJECT_ERROR_VOTING_CLOSED, state, NULL);
  assert_refused (f, ch_project_start_voting (project, 0, 0, 0, &error), &error,
                  CH_PROJECT_ERROR_INVALID, state, NULL);
  assert_refused (f, ch_project_start_voting (project, 100, 0, 0, &error), &error,
                  CH_PROJECT_ERROR_INVALID, state, NULL);
  assert_refused (f, ch_project_end_voting (project, &error), &error,
                  CH_PROJECT_ERROR_VOTING_CLOSED, state, NULL);

  /* Three dots each, at most two on one idea, none on one's own. */
  g_assert_true (ch_project_start_voting (project, 3, 2, CH_VOTING_FLAGS_NO_OWN_IDEAS, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ch_project_get_undo_label (project), ==, "Start voting");
  g_assert_cmpint (ch_project_get_voting_state (project), ==, CH_VOTING_STATE_OPEN);
  g_assert_cmpint (ch_project_get_remaining_dots (project, ana), ==, 3);
  g_assert_cmpuint (votes_changed, ==, 1);

  g_clear_pointer (&state, g_free);
  state = describe (project, TRUE);
  assert_refused (f, ch_project_add_dot (project, idea (f, "a0"), ana, &error), &error,
                  CH_PROJECT_ERROR_OWN_IDEA, state, "Start voting");
  assert_refused (f, ch_project_add_dot (project, idea (f, "b0"), ana, &error), &error,
                  CH_PROJECT_ERROR_OWN_IDEA, state, "Start voting");
  assert_refused (f, ch_project_remove_dot (project, idea (f, "a2"), ana, &error), &error,
                  CH_PROJECT_ERROR_NO_DOT, state, "Start voting");

  g_assert_true (ch_project_add_dot (project, idea (f, "a2"), ana, &error));
  g_assert_cmpstr (ch_project_get_undo_label (project), ==, "Add a dot to “a2”");
  g_assert_true (ch_project_add_dot (project, idea (f, "a2"), ana, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ch_project_get_dots (project, idea (f, "a2"), ana), ==, 2);
  g_assert_cmpint (ch_project_get_remaining_dots (project, ana), ==, 1);
  g_assert_cmpuint (votes_changed, ==, 3);

  g_clear_pointer (&state, g_free);
  state = describe (project, TRUE);
  assert_refused (f, ch_project_add_dot (project, idea (f, "a2"), ana, &error), &error,
                  CH_PROJECT_ERROR_VOTE_LIMIT, state, "Add a dot to “a2”");

  g_assert_true (ch_project_add_dot (project, idea (f, "u1"), ana, &error));
  g_assert_cmpint (ch_project_get_remaining_dots (project, ana), ==, 0);
  g_clear_pointer (&state, g_free);
  state = describe (project, TRUE);
  assert_refused (f, ch_project_add_dot (project, idea (f, "u2"), ana, &error), &error,
                  CH_PROJECT_ERROR_VOTE_BUDGET, state, "Add a dot to “u1”");

  /* Someone else's budget is their own; Ben may vote on b0. */
  g_assert_true (ch_project_add_dot (project, idea (f, "b0"), ben, &error));
  g_assert_cmpint (ch_project_get_remaining_dots (project, ben), ==, 2);
  g_assert_cmpint (ch_idea_get_vote_count (idea (f, "a2")), ==, 2);

  /* A dot taken back frees one. */
  g_assert_true (ch_project_remove_dot (project, idea (f, "a2"), ana, &error));
  g_assert_cmpstr (ch_project_get_undo_label (project), ==, "Remove a dot from “a2”");
  g_assert_cmpint (ch_project_get_remaining_dots (project, ana), ==, 1);
  g_assert_true (ch_project_add_dot (project, idea (f, "u2"), ana, &error));
  g_assert_no_error (error);

  /* Undo gives the dot back to the budget, redo takes it again. */
  g_assert_true (ch_project_undo (project, &error));
  g_assert_cmpint (ch_project_get_remaining_dots (project, ana), ==, 1);
  g_assert_true (ch_project_redo (project, &error));
  g_assert_cmpint (ch_project_get_remaining_dots (project, ana), ==, 0);

  /* Once the round ends, dots stay as they are. */
  g_assert_true (ch_project_end_voting (project, &error));
  g_assert_cmpstr (ch_project_get_undo_label (project), ==, "End voting");
  g_assert_cmpint (ch_project_get_voting_state (project), ==, CH_VOTING_STATE_ENDED);
  g_clear_pointer (&state, g_free);
  state = describe (project, TRUE);
  assert_refused (f, ch_project_add_dot (project, idea (f, "b1"), ben, &error), &error,
                  CH_PROJECT_ERROR_VOTING_CLOSED, state, "End voting");
  assert_refused (f, ch_project_remove_dot (project, idea (f, "b0"), ben, &error), &error,
                  CH_PROJECT_ERROR_VOTING_CLOSED, state, "End voting");

  /* The round and its dots are in the file. */
  reopen (f);
  project = f->project;
  g_assert_cmpint (ch_project_get_voting_state (project), ==, CH_VOTING_STATE_ENDED);
  g_assert_cmpint (ch_project_get_vote_budget (project), ==, 3);
  g_assert_cmpint (ch_project_get_vote_limit (project), ==, 2);
  g_assert_true (ch_project_get_vote_no_own_ideas (project));
  g_assert_cmpint (ch_project_get_remaining_dots (project, participant (f, "Ana")), ==, 0);
  g_assert_cmpint (ch_project_get_dots (project, idea (f, "u2"), participant (f, "Ana")), ==, 1);

  /* A new round after it: changed rules count the dots there are, unless
   * they are cleared; then the earlier ones go, in the same step. */
  g_assert_true (ch_project_start_voting (project, 5, 0, CH_VOTING_FLAGS_NONE, &error));
  g_assert_cmpint (ch_project_get_remaining_dots (project, participant (f, "Ana")), ==, 2);
  g_assert_true (ch_project_start_voting (project, 4, 1, CH_VOTING_FLAGS_NONE, &error));
  g_assert_cmpstr (ch_project_get_undo_label (project), ==, "Change voting rules");
  g_assert_true (ch_project_start_voting (project, 4, 1, CH_VOTING_FLAGS_CLEAR_DOTS, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ch_project_get_remaining_dots (project, participant (f, "Ana")), ==, 4);
  g_assert_cmpint (ch_idea_get_vote_count (idea (f, "b0")), ==, 0);
  g_assert_true (ch_project_undo (project, &error));
  g_assert_cmpint (ch_idea_get_vote_count (idea (f, "b0")), ==, 1);
  g_assert_cmpint (ch_project_get_vote_limit (project), ==, 1);
}

/* Dots in an anonymous session: kept per participant, so that budgets
 * hold; no contributor is kept there, so the rule on one's own ideas has
 * nothing to refuse. */
static void
test_anonymous_dots (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ChSession *session = ch_project_add_session (f->project, "Evening", "2026-11-22", &error);
  g_autoptr(ChIdea) secret = new_idea ("secret", NULL, 20, participant (f, "Ana"));
  ChParticipant *ana = participant (f, "Ana");

  g_assert_true (ch_project_update (f->project, CH_ENTITY (session), &error,
                                    "anonymous", TRUE, NULL));
  g_object_set (secret, "session-id", ch_entity_get_id (CH_ENTITY (session)), NULL);
  g_assert_true (ch_project_add (f->project, CH_ENTITY (secret), &error));
  g_assert_null (ch_idea_get_contributors (secret));

  g_assert_true (ch_project_start_voting (f->project, 2, 0, CH_VOTING_FLAGS_NO_OWN_IDEAS, &error));
  g_assert_true (ch_project_add_dot (f->project, secret, ana, &error));
  g_assert_true (ch_project_add_dot (f->project, secret, participant (f, "Ben"), &error));
  g_assert_no_error (error);
  g_assert_cmpint (ch_idea_get_vote_count (secret), ==, 2);
  g_assert_cmpint (ch_project_get_dots (f->project, secret, ana), ==, 1);
  g_assert_cmpint (ch_project_get_remaining_dots (f->project, ana), ==, 1);
}

static void
set_votes (Fixture    *f,
           const char *title,
           int         dots)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) votes = g_ptr_array_new_with_free_func ((GDestroyNotify)ch_vote_free);

  if (dots > 0)
    g_ptr_array_add (votes, ch_vote_new (ch_entity_get_id (CH_ENTITY (participant (f, "Cleo"))),
                                         dots));
  g_assert_true (ch_project_update (f->project, CH_ENTITY (idea (f, title)), &error,
                                    "votes", votes, NULL));
  g_assert_no_error (error);
}

static void
assert_ranking (GPtrArray  *ranks,
                const char *expected)
{
  GString *text = g_string_new (NULL);
  g_autofree char *result = NULL;

  for (guint i = 0; i < ranks->len; i++)
    {
      ChRank *rank = g_ptr_array_index (ranks, i);
      g_autofree char *name = NULL;

      g_object_get (rank->entity, CH_IS_IDEA (rank->entity) ? "title" : "name", &name, NULL);
      g_string_append_printf (text, "%s%u.%s:%d", i ? " " : "", rank->rank, name, rank->dots);
    }

  result = g_string_free (text, FALSE);
  g_assert_cmpstr (result, ==, expected);
}

/* Ties share a rank, the next rank counts them (1, 2, 2, 4), and tied
 * ideas come in the board's order. */
static void
test_ranking (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) in_a = NULL;
  g_autoptr(GPtrArray) clusters = NULL;
  g_autoptr(GError) error = NULL;

  set_votes (f, "u3", 4);
  set_votes (f, "b1", 2);
  set_votes (f, "a3", 2);
  set_votes (f, "a1", 2);
  set_votes (f, "u0", 1);

  all = ch_project_rank_ideas (f->project, NULL);
  g_assert_cmpuint (all->len, ==, 11);
  g_ptr_array_set_size (all, 6);
  assert_ranking (all, "1.u3:4 2.a1:2 2.a3:2 2.b1:2 5.u0:1 6.a0:0");

  in_a = ch_project_rank_ideas (f->project, ch_project_get_cluster_ideas (f->project,
                                                                          cluster (f, "A")));
  assert_ranking (in_a, "1.a1:2 1.a3:2 3.a0:0 3.a2:0");

  clusters = ch_project_rank_clusters (f->project, NULL);
  assert_ranking (clusters, "1.A:4 2.B:2 3.C:0");

  /* Of one session: the clusters that hold its ideas, by their dots. */
  {
    ChSession *session = ch_project_add_session (f->project, "Morning", "2026-11-02", &error);
    const char *id = ch_entity_get_id (CH_ENTITY (session));
    g_autoptr(GPtrArray) of_session = NULL;

    g_assert_true (ch_project_update (f->project, CH_ENTITY (idea (f, "a0")), &error,
                                      "session-id", id, NULL));
    g_assert_true (ch_project_update (f->project, CH_ENTITY (idea (f, "b1")), &error,
                                      "session-id", id, NULL));
    g_assert_no_error (error);
    of_session = ch_project_rank_clusters (f->project, id);
    assert_ranking (of_session, "1.B:2 2.A:0");
    g_assert_true (ch_project_remove (f->project, CH_ENTITY (session), &error));
    g_assert_no_error (error);
  }

  /* A move changes the ties' order and the clusters' dots. */
  g_assert_true (ch_project_move_cluster (f->project, cluster (f, "B"), 0, &error));
  {
    ChIdea *moved = idea (f, "a1");
    g_autoptr(GPtrArray) again = NULL;

    g_assert_true (ch_project_move_ideas (f->project, &moved, 1, cluster (f, "C"), -1, &error));
    g_clear_pointer (&clusters, g_ptr_array_unref);
    clusters = ch_project_rank_clusters (f->project, NULL);
    assert_ranking (clusters, "1.B:2 1.A:2 1.C:2");
    again = ch_project_rank_ideas (f->project, NULL);
    g_ptr_array_set_size (again, 4);
    assert_ranking (again, "1.u3:4 2.b1:2 2.a3:2 2.a1:2");
  }
  g_assert_no_error (error);
}

/* The impact/effort matrix sets two values of an idea: undone, redone,
 * kept in the file and in a workshop file. */
static void
test_matrix_values (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChProject) imported = NULL;

  g_assert_true (ch_project_update (f->project, CH_ENTITY (idea (f, "a0")), &error,
                                    "impact", 4, "effort", 2, NULL));
  g_assert_true (ch_project_update (f->project, CH_ENTITY (idea (f, "a0")), &error,
                                    "impact", 5, NULL));
  g_assert_no_error (error);
  g_assert_true (ch_project_undo (f->project, &error));
  g_assert_cmpint (ch_idea_get_impact (idea (f, "a0")), ==, 4);
  g_assert_true (ch_project_undo (f->project, &error));
  g_assert_cmpint (ch_idea_get_impact (idea (f, "a0")), ==, 0);
  g_assert_cmpint (ch_idea_get_effort (idea (f, "a0")), ==, 0);
  g_assert_true (ch_project_redo (f->project, &error));
  g_assert_true (ch_project_redo (f->project, &error));
  reopen (f);
  g_assert_cmpint (ch_idea_get_impact (idea (f, "a0")), ==, 5);
  g_assert_cmpint (ch_idea_get_effort (idea (f, "a0")), ==, 2);

  imported = round_trip (f, "matrix");
  {
    g_autofree char *mine = describe (f->project, FALSE);
    g_autofree char *theirs = describe (imported, FALSE);

    g_assert_cmpstr (mine, ==, theirs);
  }
}

/* Review decisions on a selection are one step. */
static void
test_status_many (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ChIdea *selection[] = { idea (f, "a0"), idea (f, "b0"), idea (f, "u0") };

  g_assert_true (ch_project_set_status_many (f->project, selection, 3,
                                             CH_IDEA_STATUS_ACCEPTED, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ch_project_get_undo_label (f->project), ==, "Accept 3 ideas");
  for (guint i = 0; i < 3; i++)
    g_assert_cmpint (ch_idea_get_status (selection[i]), ==, CH_IDEA_STATUS_ACCEPTED);

  /* Only those that change count. */
  selection[2] = idea (f, "u1");
  g_assert_true (ch_project_set_status_many (f->project, selection, 3,
                                             CH_IDEA_STATUS_ACCEPTED, &error));
  g_assert_cmpstr (ch_project_get_undo_label (f->project), ==, "Accept “u1”");
  g_assert_true (ch_project_set_status_many (f->project, selection, 1,
                                             CH_IDEA_STATUS_PARKED, &error));
  g_assert_cmpstr (ch_project_get_undo_label (f->project), ==, "Park “a0”");
  g_assert_true (ch_project_set_status_many (f->project, selection, 2,
                                             CH_IDEA_STATUS_DONE, &error));
  g_assert_cmpstr (ch_project_get_undo_label (f->project), ==, "Mark 2 ideas as done");
  g_assert_true (ch_project_set_status_many (f->project, selection, 1,
                                             CH_IDEA_STATUS_SHORTLISTED, &error));
  g_assert_cmpstr (ch_project_get_undo_label (f->project), ==, "Shortlist “a0”");

  g_assert_true (ch_project_undo (f->project, &error));
  g_assert_cmpint (ch_idea_get_status (selection[0]), ==, CH_IDEA_STATUS_DONE);
  g_assert_true (ch_project_undo (f->project, &error));
  g_assert_cmpint (ch_idea_get_status (selection[0]), ==, CH_IDEA_STATUS_PARKED);
  g_assert_cmpint (ch_idea_get_status (selection[1]), ==, CH_IDEA_STATUS_ACCEPTED);
  g_assert_no_error (error);

  /* A cluster's personas served, most first. */
  {
    g_autoptr(ChPersona) night = ch_persona_new (NULL, "Night owl");
    g_autoptr(ChPersona) parent = ch_persona_new (NULL, "Busy parent");
    ChEntity *personas[] = { CH_ENTITY (night), CH_ENTITY (parent) };
    const char *both[] = { ch_entity_get_id (personas[0]), ch_entity_get_id (personas[1]), NULL };
    const char *one[] = { ch_entity_get_id (personas[1]), NULL };
    g_autoptr(GPtrArray) served = NULL;

    g_assert_true (ch_project_add_many (f->project, personas, 2, &error));
    g_assert_true (ch_project_update (f->project, CH_ENTITY (idea (f, "a0")), &error,
                                      "personas", both, NULL));
    g_assert_true (ch_project_update (f->project, CH_ENTITY (idea (f, "a2")), &error,
                                      "personas", one, NULL));
    served = ch_project_list_cluster_personas (f->project, cluster (f, "A"), NULL);
    g_assert_cmpuint (served->len, ==, 2);
    g_assert_true (g_ptr_array_index (served, 0) == (gpointer)parent);
    g_assert_true (g_ptr_array_index (served, 1) == (gpointer)night);

    /* Of one session: those its ideas serve. */
    {
      ChSession *session = ch_project_add_session (f->project, "Morning", "2026-11-02", &error);
      const char *id = ch_entity_get_id (CH_ENTITY (session));
      g_autoptr(GPtrArray) of_session = NULL;

      g_assert_true (ch_project_update (f->project, CH_ENTITY (idea (f, "a2")), &error,
                                        "session-id", id, NULL));
      g_assert_no_error (error);
      of_session = ch_project_list_cluster_personas (f->project, cluster (f, "A"), id);
      g_assert_cmpuint (of_session->len, ==, 1);
      g_assert_true (g_ptr_array_index (of_session, 0) == (gpointer)parent);
    }
  }
}

static char *
names_of (GPtrArray *entities)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < entities->len; i++)
    {
      ChEntity *entity = g_ptr_array_index (entities, i);
      g_autofree char *name = NULL;

      g_object_get (entity, CH_IS_IDEA (entity) ? "title" : "name", &name, NULL);
      g_string_append_printf (text, "%s%s", i ? " " : "", name);
    }

  return g_string_free (text, FALSE);
}

static void
assert_to_inform (Fixture    *f,
                  const char *expected)
{
  g_autoptr(GPtrArray) people = ch_project_list_participants_to_inform (f->project);
  GString *text = g_string_new (NULL);
  g_autofree char *result = NULL;

  for (guint i = 0; i < people->len; i++)
    {
      g_autoptr(GPtrArray) ideas = ch_project_list_ideas_to_inform (f->project,
                                                                    g_ptr_array_index (people, i));
      g_autofree char *titles = names_of (ideas);

      g_string_append_printf (text, "%s%s: %s", i ? "; " : "",
                              ch_participant_get_name (g_ptr_array_index (people, i)), titles);
    }

  result = g_string_free (text, FALSE);
  g_assert_cmpstr (result, ==, expected);
}

/* Closing the loop: who contributed an idea now accepted, parked or done
 * and has not been told; told one by one, or all at once. */
static void
test_informed (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  ChIdea *decided[] = { idea (f, "u0"), idea (f, "a1"), idea (f, "b0"), idea (f, "a0") };
  g_autofree char *state = NULL;
  const ChContributor *told;

  assert_to_inform (f, "");
  g_assert_true (ch_project_set_status_many (f->project, decided, 2, CH_IDEA_STATUS_DONE, &error));
  g_assert_true (ch_project_set_status_many (f->project, decided + 2, 1,
                                             CH_IDEA_STATUS_PARKED, &error));
  g_assert_true (ch_project_set_status_many (f->project, decided + 3, 1,
                                             CH_IDEA_STATUS_SHORTLISTED, &error));
  assert_to_inform (f, "Ana: b0; Ben: a1; Cleo: b0 u0");

  g_assert_true (ch_project_mark_informed (f->project, idea (f, "b0"), participant (f, "Cleo"),
                                           "2026-11-30", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ch_project_get_undo_label (f->project), ==, "Mark Cleo as informed of “b0”");
  assert_to_inform (f, "Ana: b0; Ben: a1; Cleo: u0");
  told = g_ptr_array_index (ch_idea_get_contributors (idea (f, "b0")), 1);
  g_assert_cmpstr (told->informed, ==, "2026-11-30");

  /* The date can be changed; today when none is given. */
  g_assert_true (ch_project_mark_informed (f->project, idea (f, "b0"), participant (f, "Cleo"),
                                           NULL, &error));
  told = g_ptr_array_index (ch_idea_get_contributors (idea (f, "b0")), 1);
  g_assert_cmpstr (told->informed, ==, today);

  /* Refused: not a contributor, not a date. */
  state = describe (f->project, TRUE);
  assert_refused (f, ch_project_mark_informed (f->project, idea (f, "a1"), participant (f, "Ana"),
                                               NULL, &error), &error,
                  CH_PROJECT_ERROR_NOT_CONTRIBUTOR, state, "Mark Cleo as informed of “b0”");
  assert_refused (f, ch_project_mark_informed (f->project, idea (f, "a1"), participant (f, "Ben"),
                                               "30/11/2026", &error), &error,
                  CH_PROJECT_ERROR_INVALID, state, "Mark Cleo as informed of “b0”");

  /* All at once. */
  g_assert_true (ch_project_mark_informed_many (f->project, decided, G_N_ELEMENTS (decided),
                                                NULL, "2026-12-01", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ch_project_get_undo_label (f->project), ==,
                   "Mark the contributors of 4 ideas as informed");
  assert_to_inform (f, "");
  told = g_ptr_array_index (ch_idea_get_contributors (idea (f, "b0")), 1);
  g_assert_cmpstr (told->informed, ==, today);
  told = g_ptr_array_index (ch_idea_get_contributors (idea (f, "b0")), 0);
  g_assert_cmpstr (told->informed, ==, "2026-12-01");

  g_assert_true (ch_project_undo (f->project, &error));
  assert_to_inform (f, "Ana: b0; Ben: a1; Cleo: u0");
  g_assert_true (ch_project_redo (f->project, &error));
  reopen (f);
  assert_to_inform (f, "");
  told = g_ptr_array_index (ch_idea_get_contributors (idea (f, "a1")), 0);
  g_assert_cmpstr (told->informed, ==, "2026-12-01");
}

/* The report says who was told. */
static void
test_report (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "report.md", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ChTransfer) transfer = ch_transfer_new (f->project, file, CH_TRANSFER_EXPORT_MARKDOWN);
  g_autofree char *text = NULL;
  ChIdea *decided[] = { idea (f, "b0"), idea (f, "a1") };

  g_assert_true (ch_project_set_status_many (f->project, decided, 2, CH_IDEA_STATUS_ACCEPTED,
                                             &error));
  g_assert_true (ch_project_mark_informed (f->project, decided[0], participant (f, "Ana"),
                                           "2026-11-30", &error));
  g_assert_true (ch_transfer_run (transfer, NULL, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);

  g_assert_nonnull (strstr (text, "Ana (informed 2026-11-30)"));
  g_assert_nonnull (strstr (text, "Cleo (not yet informed)"));
  g_assert_nonnull (strstr (text, "## Closing the Loop"));
  g_assert_nonnull (strstr (text, "- Ben: **a1**"));
  g_assert_nonnull (strstr (text, "- Cleo: **b0**"));
  g_assert_null (strstr (text, "- Ana: "));
}

/* A project file of schema 2 (before voting rounds) opens: migrated, its
 * dots kept, with no round. */
static void
test_migrate_version_2 (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  char *message = NULL;
  sqlite3_stmt *stmt = NULL;

  set_votes (f, "a2", 3);
  ch_project_close (f->project);
  g_clear_object (&f->project);
  g_ptr_array_set_size (f->mirrors, 0);

  /* What Charrette wrote before the voting round: all but its table. */
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DROP TABLE voting; PRAGMA user_version = 2;",
                                 NULL, NULL, &message), ==, SQLITE_OK);
  g_assert_null (message);
  sqlite3_close (db);

  f->project = ch_project_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ch_project_get_voting_state (f->project), ==, CH_VOTING_STATE_NONE);
  g_assert_cmpint (ch_project_get_vote_budget (f->project), ==, CH_VOTING_DEFAULT_BUDGET);
  g_assert_cmpint (ch_idea_get_vote_count (idea (f, "a2")), ==, 3);
  g_assert_true (ch_project_check_integrity (f->project, NULL));

  g_assert_true (ch_project_start_voting (f->project, 7, 2, CH_VOTING_FLAGS_NO_OWN_IDEAS, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ch_project_get_remaining_dots (f->project, participant (f, "Cleo")), ==, 4);
  reopen (f);
  g_assert_cmpint (ch_project_get_voting_state (f->project), ==, CH_VOTING_STATE_OPEN);
  g_assert_cmpint (ch_project_get_vote_budget (f->project), ==, 7);
  ch_project_close (f->project);

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, CH_STORE_SCHEMA_VERSION);
  g_assert_cmpint (CH_STORE_SCHEMA_VERSION, ==, 3);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

/* Many steps at random, each undone now and then: the board's lists
 * always hold what the objects say, and say it in their items-changed. */
static void
test_random_steps (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261122);
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < 6; i++)
    {
      g_autofree char *name = g_strdup_printf ("K%u", i);

      g_assert_nonnull (ch_project_add_cluster (f->project, name, &error));
    }
  for (guint i = 0; i < 120; i++)
    {
      g_autofree char *title = g_strdup_printf ("r%u", i);

      g_ptr_array_add (batch, new_idea (title, NULL, 100 + i, NULL));
    }
  g_assert_true (ch_project_add_many (f->project, (ChEntity **)batch->pdata, batch->len, &error));
  watch_columns (f);

  for (guint step = 0; step < 400; step++)
    {
      GListModel *ideas = ch_project_get_ideas (f->project);
      GListModel *clusters = ch_project_get_clusters (f->project);
      guint n_ideas = g_list_model_get_n_items (ideas);
      guint n_clusters = g_list_model_get_n_items (clusters);
      g_autoptr(ChCluster) target = n_clusters > 0 && g_rand_int_range (rand, 0, 5) > 0
                                    ? g_list_model_get_item (clusters, g_rand_int_range (rand, 0, n_clusters))
                                    : NULL;
      ChIdea *picked[8];
      guint n_picked = g_rand_int_range (rand, 1, 9);
      int what = g_rand_int_range (rand, 0, 20);

      for (guint i = 0; i < n_picked; i++)
        {
          g_autoptr(ChIdea) item = g_list_model_get_item (ideas, g_rand_int_range (rand, 0, n_ideas));

          picked[i] = item;
        }

      if (what < 10)
        g_assert_true (ch_project_move_ideas (f->project, picked, n_picked, target,
                                              g_rand_int_range (rand, -1, 12), &error));
      else if (what < 12)
        g_assert_true (ch_project_reorder_idea (f->project, picked[0],
                                                g_rand_int_range (rand, 0, 12), &error));
      else if (what < 13 && target != NULL)
        g_assert_true (ch_project_move_cluster (f->project, target,
                                                g_rand_int_range (rand, 0, 8), &error));
      else if (what < 14 && n_clusters < 12)
        g_assert_nonnull (ch_project_create_cluster_from (f->project, "new", NULL,
                                                          picked, n_picked, &error));
      else if (what < 15 && target != NULL && n_clusters > 2)
        {
          g_autoptr(ChCluster) other = g_list_model_get_item (clusters, 0);

          if (other != target)
            g_assert_true (ch_project_merge_clusters (f->project, target, other, &error));
        }
      else if (what < 16 && target != NULL && n_clusters > 2)
        g_assert_true (ch_project_remove (f->project, CH_ENTITY (target), &error));
      else if (what < 17 && n_ideas > 60)
        g_assert_true (ch_project_remove (f->project, CH_ENTITY (picked[0]), &error));
      else if (ch_project_get_can_undo (f->project))
        g_assert_true (ch_project_undo (f->project, &error));
      g_assert_no_error (error);

      /* New clusters get watched too. */
      if (g_list_model_get_n_items (ch_project_get_clusters (f->project)) + 1 != f->mirrors->len)
        watch_columns (f);
      check_board (f);
    }

  {
    g_autofree char *before = describe (f->project, TRUE);
    g_autofree char *after = NULL;
    g_autoptr(ChProject) imported = NULL;

    reopen (f);
    check_board (f);
    after = describe (f->project, TRUE);
    g_assert_cmpstr (after, ==, before);
    imported = round_trip (f, "random");
    g_clear_pointer (&before, g_free);
    g_clear_pointer (&after, g_free);
    before = describe (f->project, FALSE);
    after = describe (imported, FALSE);
    g_assert_cmpstr (after, ==, before);
  }
}

/* Every operation, one step: undo gives back what was, redo what it did;
 * a reopen keeps what it did, and so does a workshop file, but for the
 * voting round, which only the project file keeps. */
typedef struct
{
  void (*prepare) (Fixture *f);
  void (*command) (Fixture *f);
} Operation;

static void
prepare_voting (Fixture *f)
{
  g_assert_true (ch_project_start_voting (f->project, 4, 0, CH_VOTING_FLAGS_NO_OWN_IDEAS, NULL));
  g_assert_true (ch_project_add_dot (f->project, idea (f, "a2"), participant (f, "Ana"), NULL));
  g_assert_true (ch_project_add_dot (f->project, idea (f, "a2"), participant (f, "Ben"), NULL));
}

static void
prepare_decided (Fixture *f)
{
  ChIdea *decided[] = { idea (f, "a0"), idea (f, "b0"), idea (f, "u0") };

  g_assert_true (ch_project_set_status_many (f->project, decided, 3, CH_IDEA_STATUS_ACCEPTED,
                                             NULL));
}

static void
do_move_one (Fixture *f)
{
  ChIdea *u0 = idea (f, "u0");

  g_assert_true (ch_project_move_ideas (f->project, &u0, 1, cluster (f, "A"), 2, NULL));
}

static void
do_move_many (Fixture *f)
{
  ChIdea *selection[] = { idea (f, "b2"), idea (f, "a0"), idea (f, "u1") };

  g_assert_true (ch_project_move_ideas (f->project, selection, 3, cluster (f, "C"), 0, NULL));
}

static void
do_move_to_unsorted (Fixture *f)
{
  ChIdea *selection[] = { idea (f, "a1"), idea (f, "b0") };

  g_assert_true (ch_project_move_ideas (f->project, selection, 2, NULL, 0, NULL));
}

static void
do_create_from (Fixture *f)
{
  ChIdea *selection[] = { idea (f, "u2"), idea (f, "a3") };

  g_assert_nonnull (ch_project_create_cluster_from (f->project, "D", "#33d17a", selection, 2,
                                                    NULL));
}

static void
do_reorder (Fixture *f)
{
  g_assert_true (ch_project_reorder_idea (f->project, idea (f, "a0"), 3, NULL));
}

static void
do_move_cluster (Fixture *f)
{
  g_assert_true (ch_project_move_cluster (f->project, cluster (f, "C"), 0, NULL));
}

static void
do_merge (Fixture *f)
{
  g_assert_true (ch_project_merge_clusters (f->project, cluster (f, "A"), cluster (f, "C"), NULL));
}

static void
do_delete_cluster (Fixture *f)
{
  g_assert_true (ch_project_remove (f->project, CH_ENTITY (cluster (f, "B")), NULL));
}

static void
do_rename_recolour (Fixture *f)
{
  g_assert_true (ch_project_update (f->project, CH_ENTITY (cluster (f, "B")), NULL,
                                    "name", "Payments", "color", "#e01b24",
                                    "summary", "Card and invoice", NULL));
}

static void
do_start_voting (Fixture *f)
{
  g_assert_true (ch_project_start_voting (f->project, 3, 1, CH_VOTING_FLAGS_NO_OWN_IDEAS, NULL));
}

static void
do_add_dot (Fixture *f)
{
  g_assert_true (ch_project_add_dot (f->project, idea (f, "u1"), participant (f, "Cleo"), NULL));
}

static void
do_remove_dot (Fixture *f)
{
  g_assert_true (ch_project_remove_dot (f->project, idea (f, "a2"), participant (f, "Ana"), NULL));
}

static void
do_end_voting (Fixture *f)
{
  g_assert_true (ch_project_end_voting (f->project, NULL));
}

static void
do_clear_dots (Fixture *f)
{
  g_assert_true (ch_project_start_voting (f->project, 5, 0, CH_VOTING_FLAGS_CLEAR_DOTS, NULL));
}

static void
do_status_many (Fixture *f)
{
  ChIdea *selection[] = { idea (f, "a1"), idea (f, "b2"), idea (f, "u3") };

  g_assert_true (ch_project_set_status_many (f->project, selection, 3, CH_IDEA_STATUS_PARKED,
                                             NULL));
}

static void
do_inform_one (Fixture *f)
{
  g_assert_true (ch_project_mark_informed (f->project, idea (f, "b0"), participant (f, "Cleo"),
                                           "2026-11-30", NULL));
}

static void
do_inform_all (Fixture *f)
{
  ChIdea *decided[] = { idea (f, "a0"), idea (f, "b0"), idea (f, "u0") };

  g_assert_true (ch_project_mark_informed_many (f->project, decided, 3, NULL, NULL, NULL));
}

static void
do_add_contributor (Fixture *f)
{
  g_assert_true (ch_project_add_contributor (f->project, idea (f, "a1"), participant (f, "Cleo"),
                                             NULL));
}

static void
do_remove_contributor (Fixture *f)
{
  g_assert_true (ch_project_remove_contributor (f->project, idea (f, "b0"),
                                                participant (f, "Ana"), NULL));
}

/* Adding and removing a contributor: labelled steps, never merged with
 * the next; a contributor credited twice is once; an idea of an
 * anonymous session takes none. */
static void
test_contributors (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ChIdea *a1 = idea (f, "a1");
  GPtrArray *contributors;
  ChSession *session;

  g_assert_true (ch_project_add_contributor (f->project, a1, participant (f, "Cleo"), &error));
  g_assert_cmpstr (ch_project_get_undo_label (f->project), ==, "Add Cleo as contributor of “a1”");
  g_assert_true (ch_project_add_contributor (f->project, a1, participant (f, "Cleo"), &error));
  g_assert_true (ch_project_remove_contributor (f->project, a1, participant (f, "Ben"), &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ch_project_get_undo_label (f->project), ==,
                   "Remove Ben as contributor of “a1”");
  contributors = ch_idea_get_contributors (a1);
  g_assert_cmpuint (contributors->len, ==, 1);
  g_assert_cmpstr (((ChContributor *) g_ptr_array_index (contributors, 0))->participant_id, ==,
                   ch_entity_get_id (CH_ENTITY (participant (f, "Cleo"))));

  /* Two steps: the first undo brings Ben back, Cleo stays. */
  g_assert_true (ch_project_undo (f->project, &error));
  g_assert_cmpuint (ch_idea_get_contributors (a1)->len, ==, 2);
  g_assert_true (ch_project_undo (f->project, &error));
  g_assert_cmpuint (ch_idea_get_contributors (a1)->len, ==, 1);
  g_assert_false (ch_project_get_can_undo (f->project));
  g_assert_no_error (error);

  session = ch_project_add_session (f->project, "Quiet round", "2026-11-02", &error);
  g_assert_true (ch_project_update (f->project, CH_ENTITY (session), &error,
                                    "anonymous", TRUE, NULL));
  g_assert_true (ch_project_update (f->project, CH_ENTITY (a1), &error,
                                    "session-id", ch_entity_get_id (CH_ENTITY (session)), NULL));
  g_assert_no_error (error);
  g_assert_false (ch_project_add_contributor (f->project, a1, participant (f, "Ana"), &error));
  g_assert_error (error, CH_PROJECT_ERROR, CH_PROJECT_ERROR_INVALID);
  g_assert_null (ch_idea_get_contributors (a1));
}

static void
test_operation (Fixture       *f,
                gconstpointer  data)
{
  const Operation *operation = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  g_autofree char *reopened = NULL;
  g_autofree char *exported = NULL;
  g_autofree char *imported_text = NULL;
  g_autoptr(ChProject) imported = NULL;
  guint depth;

  if (operation->prepare)
    operation->prepare (f);
  ch_project_clear_history (f->project);
  before = describe (f->project, TRUE);

  operation->command (f);
  check_board (f);
  after = describe (f->project, TRUE);
  g_assert_cmpstr (after, !=, before);
  g_assert_true (ch_project_get_can_undo (f->project));
  g_assert_nonnull (ch_project_get_undo_label (f->project));

  /* One step. */
  g_assert_true (ch_project_undo (f->project, &error));
  g_assert_no_error (error);
  g_assert_false (ch_project_get_can_undo (f->project));
  check_board (f);
  undone = describe (f->project, TRUE);
  g_assert_cmpstr (undone, ==, before);

  g_assert_true (ch_project_redo (f->project, &error));
  g_assert_no_error (error);
  check_board (f);
  redone = describe (f->project, TRUE);
  g_assert_cmpstr (redone, ==, after);

  reopen (f);
  check_board (f);
  reopened = describe (f->project, TRUE);
  g_assert_cmpstr (reopened, ==, after);

  imported = round_trip (f, "operation");
  exported = describe (f->project, FALSE);
  imported_text = describe (imported, FALSE);
  g_assert_cmpstr (imported_text, ==, exported);
  g_assert_cmpint (ch_project_get_voting_state (imported), ==, CH_VOTING_STATE_NONE);

  /* The history is the session's: none after a reopen. */
  depth = ch_project_get_can_undo (f->project);
  g_assert_cmpuint (depth, ==, 0);
}

/* Opening the board costs one pass; the lists are the same each time. */
static void
test_columns_are_kept (Fixture       *f,
                       gconstpointer  data)
{
  GListModel *a = ch_project_get_cluster_ideas (f->project, cluster (f, "A"));
  GListModel *unsorted = ch_project_get_cluster_ideas (f->project, NULL);
  g_autoptr(GError) error = NULL;
  Mirror *in_a = g_ptr_array_index (f->mirrors, 0);

  g_assert_true (a == ch_project_get_cluster_ideas (f->project, cluster (f, "A")));
  g_assert_true (unsorted == ch_project_get_cluster_ideas (f->project, NULL));
  g_assert_true (g_list_model_get_item_type (a) == CH_TYPE_IDEA);
  g_assert_null (g_list_model_get_item (a, 99));

  /* Edits that do not move a card say nothing to the board. */
  g_assert_true (ch_project_update (f->project, CH_ENTITY (idea (f, "a1")), &error,
                                    "title", "a1, renamed", "status", CH_IDEA_STATUS_ACCEPTED,
                                    NULL));
  g_assert_cmpuint (in_a->n_changes, ==, 0);

  /* A deleted cluster's list stays, empty, and fills again on undo. */
  g_assert_true (ch_project_remove (f->project, CH_ENTITY (cluster (f, "A")), &error));
  g_assert_cmpuint (g_list_model_get_n_items (a), ==, 0);
  g_assert_true (ch_project_undo (f->project, &error));
  g_assert_cmpuint (g_list_model_get_n_items (a), ==, 4);
  g_assert_no_error (error);
  check_board (f);
}

int
main (int   argc,
      char *argv[])
{
  static const struct
  {
    const char *name;
    Operation   operation;
  } operations[] = {
    { "move-one", { NULL, do_move_one } },
    { "move-many", { NULL, do_move_many } },
    { "move-to-unsorted", { NULL, do_move_to_unsorted } },
    { "create-cluster-from", { NULL, do_create_from } },
    { "reorder-idea", { NULL, do_reorder } },
    { "move-cluster", { NULL, do_move_cluster } },
    { "merge-clusters", { NULL, do_merge } },
    { "delete-cluster", { NULL, do_delete_cluster } },
    { "rename-recolour-cluster", { NULL, do_rename_recolour } },
    { "start-voting", { NULL, do_start_voting } },
    { "add-dot", { prepare_voting, do_add_dot } },
    { "remove-dot", { prepare_voting, do_remove_dot } },
    { "end-voting", { prepare_voting, do_end_voting } },
    { "clear-dots", { prepare_voting, do_clear_dots } },
    { "status-many", { NULL, do_status_many } },
    { "inform-one", { prepare_decided, do_inform_one } },
    { "inform-all", { prepare_decided, do_inform_all } },
    { "add-contributor", { NULL, do_add_contributor } },
    { "remove-contributor", { NULL, do_remove_contributor } },
  };

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/ch/converge/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("move-one", test_move_one);
  ADD ("move-many", test_move_many);
  ADD ("reorder", test_reorder);
  ADD ("create-cluster-from", test_create_cluster_from);
  ADD ("merge", test_merge);
  ADD ("delete", test_delete);
  ADD ("delete-without-board", test_delete_without_board);
  ADD ("columns-are-kept", test_columns_are_kept);
  ADD ("random-steps", test_random_steps);
  ADD ("vote-rules", test_vote_rules);
  ADD ("anonymous-dots", test_anonymous_dots);
  ADD ("ranking", test_ranking);
  ADD ("matrix-values", test_matrix_values);
  ADD ("status-many", test_status_many);
  ADD ("informed", test_informed);
  ADD ("contributors", test_contributors);
  ADD ("report", test_report);
  ADD ("migrate-version-2", test_migrate_version_2);

  for (guint i = 0; i < G_N_ELEMENTS (operations); i++)
    {
      g_autofree char *path = g_strdup_printf ("/ch/converge/undo-redo-reopen-xml/%s",
                                               operations[i].name);

      g_test_add (path, Fixture, &operations[i].operation,
                  fixture_set_up, test_operation, fixture_tear_down);
    }

  return g_test_run ();
}
