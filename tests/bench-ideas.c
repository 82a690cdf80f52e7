/* bench-ideas.c: a 100 000-idea project: how long it takes to create and
 * to open into a filled model, and how much memory the model holds.
 *
 * Targets (issue 2): open ≤ 0.4 s, model ≤ 60 MB.
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ch-project.h"
#include "ch-search.h"
#include "ch-test-helpers.h"

#define N_IDEAS 100000

static const char *words[] = {
  "card", "wallet", "delivery", "invoice", "address", "basket", "refund", "coupon",
  "mobile", "guest", "account", "support", "slot", "total", "receipt", "button",
};

static void
create_project (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChProject) project = ch_project_create (path, "Benchmark", &error);
  g_autoptr(GPtrArray) ideas = g_ptr_array_new_with_free_func (g_object_unref);
  ChCluster *clusters[100];
  ChPersona *persona;

  g_assert_no_error (error);

  persona = ch_project_add_persona (project, "Benchmark persona", &error);
  for (guint i = 0; i < G_N_ELEMENTS (clusters); i++)
    {
      g_autofree char *name = g_strdup_printf ("Cluster %u", i);

      clusters[i] = ch_project_add_cluster (project, name, &error);
    }
  g_assert_no_error (error);

  for (guint i = 0; i < N_IDEAS; i++)
    {
      g_autofree char *title = g_strdup_printf ("Idea %u: %s %s %s", i,
                                                words[i % 16], words[(i / 16) % 16],
                                                words[(i / 256) % 16]);
      const char *tags[] = { words[i % 16], words[(i * 7) % 16], NULL };
      const char *personas[] = { ch_entity_get_id (CH_ENTITY (persona)), NULL };
      ChIdea *idea = ch_idea_new (NULL, title);

      g_object_set (idea,
                    "position", i,
                    "status", i % 5,
                    "cluster-id", i % 3 ? ch_entity_get_id (CH_ENTITY (clusters[i % 100])) : NULL,
                    "tags", i % 2 ? tags : NULL,
                    "personas", i % 4 ? NULL : personas,
                    NULL);
      g_ptr_array_add (ideas, idea);
    }

  if (!ch_project_add_many (project, (ChEntity **)ideas->pdata, ideas->len, &error))
    g_error ("%s", error->message);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = ch_test_dir_new ();
  g_autofree char *path = g_build_filename (dir, "bench.charrette", NULL);
  g_autoptr(GError) error = NULL;
  ChProject *project;
  gint64 start, end;
  gsize before, after;
  int status;
  pid_t pid;

  /* Create in a child, so that this process's memory is only the model's. */
  start = g_get_monotonic_time ();
  pid = fork ();
  if (pid == 0)
    {
      create_project (path);
      _exit (0);
    }
  waitpid (pid, &status, 0);
  end = g_get_monotonic_time ();
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  printf ("create %d ideas: %.3f s\n", N_IDEAS, (end - start) / (double)G_USEC_PER_SEC);

  /* Measure in a fresh process whose heap holds nothing yet, with the
   * file in the page cache as it is when a user reopens a project. */
  g_bytes_unref (ch_test_read_bytes (path));
  fflush (stdout);
  pid = fork ();
  if (pid == 0)
    {
      g_type_ensure (CH_TYPE_IDEA);
      before = ch_test_resident_size ();
      start = g_get_monotonic_time ();
      project = ch_project_open (path, &error);
      end = g_get_monotonic_time ();
      after = ch_test_resident_size ();
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_ideas (project)), ==, N_IDEAS);

      printf ("open to a filled model: %.3f s (target 0.400 s)\n",
              (end - start) / (double)G_USEC_PER_SEC);
      printf ("resident memory of the model: %.1f MB (target 60 MB)\n",
              (after > before ? after - before : 0) / (1024.0 * 1024.0));

      /* Search (issue 4): keys made once, then each query over all. */
      {
        GListModel *ideas = ch_project_get_ideas (project);
        g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
        const char *queries[] = { "c", "car", "delivery" };

        start = g_get_monotonic_time ();
        for (guint i = 0; i < N_IDEAS; i++)
          {
            g_autoptr(ChIdea) idea = g_list_model_get_item (ideas, i);

            g_ptr_array_add (keys, ch_search_key_new (ch_idea_get_title (idea)));
          }
        printf ("search keys of %d titles: %.3f s\n", N_IDEAS,
                (g_get_monotonic_time () - start) / (double)G_USEC_PER_SEC);

        for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
          {
            g_auto(GStrv) query = ch_search_query_new (queries[q]);
            guint n = 0;

            start = g_get_monotonic_time ();
            for (guint i = 0; i < keys->len; i++)
              n += ch_search_key_matches (g_ptr_array_index (keys, i),
                                          (const char * const *)query);
            printf ("match %zu-letter query over %d keys: %.1f ms (%u found)\n",
                    strlen (queries[q]), N_IDEAS,
                    (g_get_monotonic_time () - start) / 1000.0, n);
          }
      }
      fflush (stdout);
      _exit (0);
    }
  waitpid (pid, &status, 0);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);

  ch_test_dir_free (g_steal_pointer (&dir));

  return 0;
}
