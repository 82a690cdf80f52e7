/* bench-idea-filter.c: how long the Ideas page's search takes over a
 * 100 000-idea project, from setting the query to a complete list.
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <gtk/gtk.h>

#include "ch-idea-filter.h"
#include "ch-project.h"
#include "ch-test-helpers.h"

#define N_IDEAS 100000

static const char *words[] = {
  "card", "wallet", "delivery", "invoice", "address", "basket", "refund", "coupon",
  "mobile", "guest", "account", "support", "slot", "total", "receipt", "button",
};

static ChProject *
create_project (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ideas = g_ptr_array_new_with_free_func (g_object_unref);
  ChProject *project = ch_project_create (path, "Benchmark", &error);

  g_assert_no_error (error);

  for (guint i = 0; i < N_IDEAS; i++)
    {
      g_autofree char *title = g_strdup_printf ("Idée %u: %s %s %s", i,
                                                words[i % 16], words[(i / 16) % 16],
                                                words[(i / 256) % 16]);
      const char *tags[] = { words[(i * 7) % 16], NULL };
      ChIdea *idea = ch_idea_new (NULL, title);

      g_object_set (idea,
                    "position", i,
                    "description", i % 3 ? NULL : "Seen at the café counter during checkout",
                    "tags", i % 2 ? tags : NULL,
                    NULL);
      g_ptr_array_add (ideas, idea);
    }

  if (!ch_project_add_many (project, (ChEntity **)ideas->pdata, ideas->len, &error))
    g_error ("%s", error->message);

  return project;
}

/* From the query set to the filter model's count, all filtered. */
static double
time_query (ChIdeaFilter       *filter,
            GtkFilterListModel *model,
            const char         *query,
            guint              *n_items)
{
  gint64 start = g_get_monotonic_time ();

  ch_idea_filter_set_query (filter, query);
  *n_items = g_list_model_get_n_items (G_LIST_MODEL (model));

  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = ch_test_dir_new ();
  g_autofree char *path = g_build_filename (dir, "bench.charrette", NULL);
  const char *queries[] = { "c", "car", "delivery" };
  const char *typing[] = { "d", "de", "del", "deli", "deliv", "delive", "deliver", "delivery" };
  g_autoptr(GtkFilterListModel) model = NULL;
  g_autoptr(ChProject) project = NULL;
  ChIdeaFilter *filter;
  gsize before, after;
  guint n_items;
  double total;

  project = create_project (path);
  filter = ch_idea_filter_new ();
  model = gtk_filter_list_model_new (g_object_ref (ch_project_get_ideas (project)),
                                     GTK_FILTER (filter));
  gtk_filter_list_model_set_incremental (model, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_IDEAS);

  /* Each query typed at once into an empty search bar. */
  before = ch_test_resident_size ();
  for (guint pass = 1; pass <= 2; pass++)
    for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
      {
        double ms;

        ch_idea_filter_set_query (filter, "");
        ms = time_query (filter, model, queries[q], &n_items);
        printf ("%s query \"%s\" (%zu letters) over %d ideas: %.1f ms, %u shown\n",
                pass == 1 && q == 0 ? "keys made," : "keys kept,",
                queries[q], strlen (queries[q]), N_IDEAS, ms, n_items);
        if (pass == 1 && q == 0)
          {
            after = ch_test_resident_size ();
            printf ("resident memory of the keys: %.1f MB\n",
                    (after > before ? after - before : 0) / (1024.0 * 1024.0));
          }
      }

  /* Typed letter by letter: each narrows what the one before matched. */
  ch_idea_filter_set_query (filter, "");
  total = 0;
  for (guint i = 0; i < G_N_ELEMENTS (typing); i++)
    {
      double ms = time_query (filter, model, typing[i], &n_items);

      printf ("  typed \"%s\": %.1f ms, %u shown\n", typing[i], ms, n_items);
      total += ms;
    }
  printf ("typing \"delivery\" letter by letter: %.1f ms in all\n", total);

  /* Clearing the search shows all again. */
  printf ("clearing the query: %.1f ms\n", time_query (filter, model, "", &n_items));
  g_assert_cmpuint (n_items, ==, N_IDEAS);

  ch_project_close (project);
  ch_test_dir_free (g_steal_pointer (&dir));

  return 0;
}
