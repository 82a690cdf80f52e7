/* bench-board.c: the affinity board of a 2 000-idea project in 100
 * clusters: how long the board's lists take to make, and a move of 50
 * selected ideas to another cluster (the store's commit, the objects,
 * the board's lists and their items-changed), then its undo.
 *
 * Target (issue 5): a move of 50 ideas ≤ 20 ms.
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "ch-project.h"
#include "ch-test-helpers.h"

#define N_CLUSTERS 100
#define N_IDEAS    2000
#define N_MOVED    50
#define N_RUNS     20

static const char *words[] = {
  "card", "wallet", "delivery", "invoice", "address", "basket", "refund", "coupon",
  "mobile", "guest", "account", "support", "slot", "total", "receipt", "button",
};

/* 100 clusters of 20 ideas each, with tags, a contributor and a vote, as
 * a board looks after an afternoon of clustering. */
static void
create_project (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChProject) project = ch_project_create (path, "Board benchmark", &error);
  g_autoptr(GPtrArray) entities = g_ptr_array_new_with_free_func (g_object_unref);
  ChCluster *clusters[N_CLUSTERS];
  ChParticipant *participant;

  g_assert_no_error (error);

  participant = ch_project_add_participant (project, "Jordan P.", &error);
  g_assert_no_error (error);

  for (guint i = 0; i < N_CLUSTERS; i++)
    {
      g_autofree char *name = g_strdup_printf ("Cluster %u", i);

      clusters[i] = ch_cluster_new (NULL, name);
      g_object_set (clusters[i], "position", i, "color", "#f6d32d", NULL);
      g_ptr_array_add (entities, clusters[i]);
    }

  for (guint i = 0; i < N_IDEAS; i++)
    {
      g_autofree char *title = g_strdup_printf ("Idea %u: %s %s", i, words[i % 16],
                                                words[(i / 16) % 16]);
      const char *tags[] = { words[i % 16], words[(i * 7) % 16], NULL };
      g_autoptr(GPtrArray) contributors = g_ptr_array_new_with_free_func ((GDestroyNotify)ch_contributor_free);
      g_autoptr(GPtrArray) votes = g_ptr_array_new_with_free_func ((GDestroyNotify)ch_vote_free);
      ChIdea *idea = ch_idea_new (NULL, title);
      const char *participant_id = ch_entity_get_id (CH_ENTITY (participant));

      g_ptr_array_add (contributors, ch_contributor_new (participant_id, NULL));
      g_ptr_array_add (votes, ch_vote_new (participant_id, 1 + i % 3));
      g_object_set (idea,
                    "cluster-id", ch_entity_get_id (CH_ENTITY (clusters[i % N_CLUSTERS])),
                    "position", i / N_CLUSTERS,
                    "description", "What the participant said, in a sentence or two.",
                    "tags", tags,
                    "contributors", contributors,
                    "votes", votes,
                    NULL);
      g_ptr_array_add (entities, idea);
    }

  if (!ch_project_add_many (project, (ChEntity **)entities->pdata, entities->len, &error))
    g_error ("%s", error->message);
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *n_signals)
{
  /* As a view would: it reads what came. */
  for (guint i = 0; i < added; i++)
    g_object_unref (g_list_model_get_item (model, position + i));
  (*n_signals)++;
}

/* This thread's processor time, in µs: what the work costs, whatever
 * else the machine runs (wall time also counts the wait for the disk). */
static gint64
cpu_time (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);

  return ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static void
report (const char *what,
        GArray     *times,
        GArray     *cpu,
        double      target_ms)
{
  double median = ch_test_percentile_ms (times, 50);

  printf ("%-46s median %6.2f ms, max %6.2f ms; processor %6.2f ms", what, median,
          ch_test_percentile_ms (times, 100), ch_test_percentile_ms (cpu, 50));
  if (target_ms > 0)
    printf (" (target %.0f ms)%s", target_ms, median <= target_ms ? "" : " OVER TARGET");
  printf ("\n");
}

static ChProject *
open_project (const char *path)
{
  g_autoptr(GError) error = NULL;
  ChProject *project = ch_project_open (path, &error);

  g_assert_no_error (error);

  return project;
}

/* The clusters in the board's order. */
static GPtrArray *
board_clusters (ChProject *project)
{
  return ch_project_list_clusters (project);
}

/* Moves @selection to @target and back (undo), @N_RUNS times; each
 * column of the board connected as a view would be. */
static void
bench_move (ChProject  *project,
            const char *what,
            GPtrArray  *selection,
            ChCluster  *target)
{
  g_autoptr(GArray) moves = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) undos = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) move_cpu = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) undo_cpu = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) clusters = board_clusters (project);
  g_autofree char *move_label = g_strdup_printf ("move %u ideas %s", selection->len, what);
  g_autofree char *undo_label = g_strdup_printf ("undo that move");
  guint n_signals = 0;
  guint n_handlers = 0;
  gulong handlers[N_CLUSTERS + 1];
  GListModel *columns[N_CLUSTERS + 1];

  for (guint i = 0; i <= clusters->len; i++)
    {
      columns[i] = ch_project_get_cluster_ideas (project, i < clusters->len
                                                          ? g_ptr_array_index (clusters, i)
                                                          : NULL);
      handlers[i] = g_signal_connect (columns[i], "items-changed",
                                      G_CALLBACK (items_changed_cb), &n_signals);
      n_handlers++;
    }

  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start, end, cpu_start, cpu_end;

      start = g_get_monotonic_time ();
      cpu_start = cpu_time ();
      if (!ch_project_move_ideas (project, (ChIdea **)selection->pdata, selection->len,
                                  target, -1, &error))
        g_error ("%s", error->message);
      cpu_end = cpu_time ();
      end = g_get_monotonic_time ();
      g_array_append_val (moves, (gint64){ end - start });
      g_array_append_val (move_cpu, (gint64){ cpu_end - cpu_start });

      start = g_get_monotonic_time ();
      cpu_start = cpu_time ();
      if (!ch_project_undo (project, &error))
        g_error ("%s", error->message);
      cpu_end = cpu_time ();
      end = g_get_monotonic_time ();
      g_array_append_val (undos, (gint64){ end - start });
      g_array_append_val (undo_cpu, (gint64){ cpu_end - cpu_start });
    }

  for (guint i = 0; i < n_handlers; i++)
    g_signal_handler_disconnect (columns[i], handlers[i]);

  report (move_label, moves, move_cpu, 20);
  report (undo_label, undos, undo_cpu, 0);
  printf ("%-46s %.1f per move or undo\n", "items-changed on the board's lists",
          n_signals / (double)(2 * N_RUNS));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = ch_test_dir_new ();
  g_autofree char *path = g_build_filename (dir, "board.charrette", NULL);
  g_autoptr(GArray) boards = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) board_cpu = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(ChProject) project = NULL;
  g_autoptr(GPtrArray) clusters = NULL;
  g_autoptr(GPtrArray) selection = NULL;
  gint64 start, end;

  start = g_get_monotonic_time ();
  create_project (path);
  end = g_get_monotonic_time ();
  printf ("%-46s %6.2f ms\n", "create 2 000 ideas in 100 clusters", (end - start) / 1000.0);

  /* The board of a project just opened: every column's list. */
  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autoptr(ChProject) opened = open_project (path);
      g_autoptr(GPtrArray) order = NULL;
      guint n_shown = 0;
      gint64 cpu_start = cpu_time ();

      start = g_get_monotonic_time ();
      order = board_clusters (opened);
      for (guint i = 0; i <= order->len; i++)
        n_shown += g_list_model_get_n_items (ch_project_get_cluster_ideas (opened, i < order->len
                                                                                    ? g_ptr_array_index (order, i)
                                                                                    : NULL));
      end = g_get_monotonic_time ();
      g_assert_cmpuint (n_shown, ==, N_IDEAS);
      g_array_append_val (boards, (gint64){ end - start });
      g_array_append_val (board_cpu, (gint64){ cpu_time () - cpu_start });
      ch_project_close (opened);
    }
  report ("the board's 101 lists, just opened", boards, board_cpu, 0);

  project = open_project (path);
  clusters = board_clusters (project);

  /* A selection from the board: the cards of three neighbouring columns
   * (20 + 20 + 10), dropped at the end of another. */
  selection = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint c = 10; c < 13; c++)
    {
      GListModel *column = ch_project_get_cluster_ideas (project, g_ptr_array_index (clusters, c));

      for (guint i = 0; i < g_list_model_get_n_items (column) && selection->len < N_MOVED; i++)
        g_ptr_array_add (selection, g_list_model_get_item (column, i));
    }
  bench_move (project, "from 3 clusters", selection, g_ptr_array_index (clusters, 50));

  /* The worst case: one card from each of 50 clusters, every one of them
   * numbered again. */
  g_ptr_array_set_size (selection, 0);
  for (guint c = 0; c < N_MOVED; c++)
    {
      GListModel *column = ch_project_get_cluster_ideas (project, g_ptr_array_index (clusters, c));

      g_ptr_array_add (selection, g_list_model_get_item (column, 0));
    }
  bench_move (project, "from 50 clusters", selection, g_ptr_array_index (clusters, 99));

  /* Into Unsorted and back. */
  bench_move (project, "from 50 clusters to Unsorted", selection, NULL);

  ch_project_close (project);
  g_clear_object (&project);
  ch_test_dir_free (g_steal_pointer (&dir));

  return 0;
}
