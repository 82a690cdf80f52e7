/* bench-idea-filter.c: the Ideas page's search, filters and sorting over
 * a 100 000-idea project.
 *
 * Reports: making the search keys of all ideas ahead, on the main loop
 * (in all, and the longest the loop is blocked at once), and what the
 * keys take in memory; the first search when no key is made yet; from a
 * keystroke to a complete filtered list for 1-, 3- and 8-letter queries,
 * typed at once and letter by letter; filters (status and persona) with
 * and without words; sorting the list by each column.
 *
 * Each search is timed REPEATS times; the median is shown, as wall time
 * and as the CPU time of this thread (what a busy machine does not add
 * to).
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <malloc.h>
#include <stdio.h>
#include <gtk/gtk.h>

#include "ch-idea-filter.h"
#include "ch-project.h"
#include "ch-test-helpers.h"

#define N_IDEAS        100000
#define REPEATS        5
#define N_PERSONAS     40
#define N_PARTICIPANTS 200

static const char *words[] = {
  "card", "wallet", "delivery", "invoice", "address", "basket", "refund", "coupon",
  "mobile", "guest", "account", "support", "slot", "total", "receipt", "button",
};

static const char *names[] = {
  "Zoë", "Bjørn", "Amélie", "Kofi", "Mei", "Santiago", "Priya", "Oskar", "Fatima", "Jonas",
};

static void
create_project (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) ideas = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(ChProject) project = ch_project_create (path, "Benchmark", &error);
  g_autoptr(GPtrArray) persona_ids = g_ptr_array_new ();
  g_autoptr(GPtrArray) participant_ids = g_ptr_array_new ();

  g_assert_no_error (error);

  for (guint i = 0; i < N_PERSONAS; i++)
    {
      g_autofree char *name = g_strdup_printf ("Persona %u, the %s shopper", i, words[i % 16]);
      ChPersona *persona = ch_persona_new (NULL, name);

      g_ptr_array_add (persona_ids, (gpointer) ch_entity_get_id (CH_ENTITY (persona)));
      g_ptr_array_add (people, persona);
    }
  for (guint i = 0; i < N_PARTICIPANTS; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s %u", names[i % G_N_ELEMENTS (names)], i);
      ChParticipant *participant = ch_participant_new (NULL, name);

      g_ptr_array_add (participant_ids, (gpointer) ch_entity_get_id (CH_ENTITY (participant)));
      g_ptr_array_add (people, participant);
    }
  if (!ch_project_add_many (project, (ChEntity **)people->pdata, people->len, &error))
    g_error ("%s", error->message);

  for (guint i = 0; i < N_IDEAS; i++)
    {
      g_autofree char *title = g_strdup_printf ("Idée %u: %s %s %s", i,
                                                words[i % 16], words[(i / 16) % 16],
                                                words[(i / 256) % 16]);
      const char *tags[] = { words[(i * 7) % 16], NULL };
      const char *personas[] = { persona_ids->pdata[(i * 13) % N_PERSONAS], NULL };
      g_autoptr(GPtrArray) contributors =
        g_ptr_array_new_with_free_func ((GDestroyNotify) ch_contributor_free);
      g_autoptr(GPtrArray) votes = g_ptr_array_new_with_free_func ((GDestroyNotify) ch_vote_free);
      const char *contributor = participant_ids->pdata[(i * 31) % N_PARTICIPANTS];
      const char *voter = participant_ids->pdata[i % N_PARTICIPANTS];
      ChIdea *idea = ch_idea_new (NULL, title);

      g_ptr_array_add (contributors, ch_contributor_new (contributor, NULL));
      if (i % 3 == 0)
        g_ptr_array_add (votes, ch_vote_new (voter, 1 + i % 7));
      g_object_set (idea,
                    "position", i,
                    "status", i % 5,
                    "votes", votes,
                    "created", (gint64) 1700000000 + (i * 7919) % N_IDEAS,
                    "description", i % 3 ? NULL : "Seen at the café counter during checkout",
                    "tags", i % 2 ? tags : NULL,
                    "personas", i % 4 ? personas : NULL,
                    "contributors", contributors,
                    NULL);
      g_ptr_array_add (ideas, idea);
    }

  if (!ch_project_add_many (project, (ChEntity **)ideas->pdata, ideas->len, &error))
    g_error ("%s", error->message);

  ch_project_close (project);
}

static ChProject *
open_project (const char *path)
{
  g_autoptr(GError) error = NULL;
  ChProject *project = ch_project_open (path, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_ideas (project)), ==, N_IDEAS);

  return project;
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static double
cpu_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);

  return now.tv_sec * 1000.0 + now.tv_nsec / 1000000.0;
}

typedef struct
{
  double wall[REPEATS];
  double cpu[REPEATS];
  guint  n;
} Timing;

typedef void (*Step) (ChIdeaQuery *query,
                      gconstpointer data);

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *)a, db = *(const double *)b;

  return (da > db) - (da < db);
}

/* "12.3 ms (CPU 11.0 ms)": the medians. */
static char *
timing_to_string (Timing *timing)
{
  qsort (timing->wall, timing->n, sizeof (double), compare_doubles);
  qsort (timing->cpu, timing->n, sizeof (double), compare_doubles);

  return g_strdup_printf ("%.1f ms (CPU %.1f ms)", timing->wall[timing->n / 2],
                          timing->cpu[timing->n / 2]);
}

/* @prepare, then @step timed to the filter model's count with all
 * filtered, REPEATS times. */
static char *
time_step (ChIdeaQuery        *query,
           GtkFilterListModel *model,
           Step                prepare,
           Step                step,
           gconstpointer       data,
           guint              *n_items)
{
  Timing timing = { .n = REPEATS };

  for (guint i = 0; i < REPEATS; i++)
    {
      gint64 start;
      double cpu;

      prepare (query, data);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), >, 0);

      start = g_get_monotonic_time ();
      cpu = cpu_ms ();
      step (query, data);
      *n_items = g_list_model_get_n_items (G_LIST_MODEL (model));
      timing.cpu[i] = cpu_ms () - cpu;
      timing.wall[i] = ms_since (start);
    }

  return timing_to_string (&timing);
}

static void
clear_all (ChIdeaQuery   *query,
           gconstpointer  data)
{
  ch_idea_query_set_text (query, "");
  ch_idea_query_clear_filters (query);
}

/* As the search entry does. */
static void
set_text (ChIdeaQuery   *query,
          gconstpointer  data)
{
  ch_idea_query_set_text (query, data);
}

static void
set_status (ChIdeaQuery   *query,
            gconstpointer  data)
{
  ch_idea_query_set_statuses (query, CH_IDEA_QUERY_STATUS (CH_IDEA_STATUS_ACCEPTED));
}

static void
set_status_clear_persona (ChIdeaQuery   *query,
                          gconstpointer  data)
{
  clear_all (query, NULL);
  set_status (query, NULL);
}

/* The persona of the persona filter. */
static ChPersona *persona;

static void
set_persona (ChIdeaQuery   *query,
             gconstpointer  data)
{
  ch_idea_query_set_persona_id (query, ch_entity_get_id (CH_ENTITY (persona)));
}

static void
set_status_and_persona (ChIdeaQuery   *query,
                        gconstpointer  data)
{
  set_status_clear_persona (query, NULL);
  set_persona (query, NULL);
}

/* Typed letter by letter: the text before the last letter. */
static void
set_text_but_last (ChIdeaQuery   *query,
                   gconstpointer  data)
{
  g_autofree char *text = g_strndup (data, strlen (data) - 1);

  clear_all (query, NULL);
  ch_idea_query_set_text (query, text);
}

static void
keys_made_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  gboolean *done = user_data;

  g_assert_true (ch_idea_make_search_keys_finish (result, NULL));
  *done = TRUE;
}

/* The bytes the keys take on the heap, as malloc counts them. */
static gsize
measure_keys (GListModel *ideas)
{
  gsize bytes = 0;

  for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
    {
      g_autoptr(ChIdea) idea = g_list_model_get_item (ideas, i);
      guint n_people;

      /* The key and the hashes of the people are one block, which
       * starts with the hashes. */
      bytes += malloc_usable_size ((gpointer) ch_idea_get_search_people (idea, &n_people)) +
               sizeof (gsize);
    }

  return bytes;
}

static int
compare_status (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  ChIdeaStatus status_a = ch_idea_get_status ((ChIdea *) a);
  ChIdeaStatus status_b = ch_idea_get_status ((ChIdea *) b);

  return (status_a > status_b) - (status_a < status_b);
}

/* Sorting as the page does, in steps on the main loop: the time to a
 * sorted list, and the longest step the loop is blocked by. */
static void
time_sort (const char *column,
           GListModel *ideas,
           GtkSorter  *sorter)
{
  g_autoptr(GtkSortListModel) model = NULL;
  gint64 start, step, longest;
  double all_at_once, cpu, longest_cpu;

  start = g_get_monotonic_time ();
  model = gtk_sort_list_model_new (g_object_ref (ideas), g_object_ref (sorter));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==,
                    g_list_model_get_n_items (ideas));
  all_at_once = ms_since (start);
  g_clear_object (&model);

  model = gtk_sort_list_model_new (g_object_ref (ideas), NULL);
  gtk_sort_list_model_set_incremental (model, TRUE);
  start = g_get_monotonic_time ();
  cpu = cpu_ms ();
  gtk_sort_list_model_set_sorter (model, sorter);
  longest = g_get_monotonic_time () - start;
  longest_cpu = cpu_ms () - cpu;
  while (gtk_sort_list_model_get_pending (model) > 0)
    {
      step = g_get_monotonic_time ();
      cpu = cpu_ms ();
      g_main_context_iteration (NULL, TRUE);
      longest = MAX (longest, g_get_monotonic_time () - step);
      longest_cpu = MAX (longest_cpu, cpu_ms () - cpu);
    }

  printf ("sorting %u ideas by %s: %.1f ms at once; in steps %.1f ms, the longest step "
          "%.1f ms (CPU %.1f ms)\n",
          g_list_model_get_n_items (ideas), column, all_at_once, ms_since (start),
          longest / 1000.0, longest_cpu);
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
  g_autoptr(ChIdeaFilter) filter = NULL;
  g_autoptr(ChProject) project = NULL;
  GListModel *ideas;
  ChIdeaQuery *query;
  gsize before, after, heap_before;
  gboolean done = FALSE;
  gint64 start, longest = 0;
  double longest_cpu = 0;
  guint n_slices = 0;
  guint n_items;
  double ms;

  create_project (path);
  malloc_trim (0);

  /* A search typed before any key is made: all made at once. */
  project = open_project (path);
  filter = ch_idea_filter_new ();
  query = ch_idea_filter_get_query (filter);
  ch_idea_query_set_project (query, project);
  model = gtk_filter_list_model_new (g_object_ref (ch_project_get_ideas (project)),
                                     g_object_ref (GTK_FILTER (filter)));
  gtk_filter_list_model_set_incremental (model, FALSE);
  start = g_get_monotonic_time ();
  ch_idea_query_set_text (query, "c");
  n_items = g_list_model_get_n_items (G_LIST_MODEL (model));
  ms = ms_since (start);
  printf ("first query \"c\" with no key made (all made then): %.1f ms, %u shown\n", ms, n_items);
  ch_idea_query_set_project (query, NULL);
  g_clear_object (&model);
  g_clear_object (&filter);
  ch_project_close (project);
  g_clear_object (&project);
  malloc_trim (0);

  /* The keys made ahead, as the page does when it shows a project. */
  project = open_project (path);
  ideas = ch_project_get_ideas (project);
  malloc_trim (0);
  before = ch_test_resident_size ();
  heap_before = mallinfo2 ().uordblks;
  start = g_get_monotonic_time ();
  ch_idea_make_search_keys_async (ideas, NULL, keys_made_cb, &done);
  while (!done)
    {
      gint64 slice = g_get_monotonic_time ();
      double cpu = cpu_ms ();

      g_main_context_iteration (NULL, TRUE);
      longest = MAX (longest, g_get_monotonic_time () - slice);
      longest_cpu = MAX (longest_cpu, cpu_ms () - cpu);
      n_slices++;
    }
  printf ("keys of %d ideas made ahead on the main loop: %.1f ms in %u slices, "
          "the longest %.1f ms (CPU %.1f ms)\n",
          N_IDEAS, ms_since (start), n_slices, longest / 1000.0, longest_cpu);
  after = ch_test_resident_size ();
  /* Resident memory grows less than what is allocated when the keys
   * reuse what opening the project freed. */
  printf ("memory of the keys: %.1f MB more in use on the heap, %.1f MB in the blocks, "
          "%.1f MB more resident\n",
          (mallinfo2 ().uordblks - heap_before) / (1024.0 * 1024.0),
          measure_keys (ideas) / (1024.0 * 1024.0),
          (after > before ? after - before : 0) / (1024.0 * 1024.0));

  filter = ch_idea_filter_new ();
  query = ch_idea_filter_get_query (filter);
  ch_idea_query_set_project (query, project);
  model = gtk_filter_list_model_new (g_object_ref (ideas), g_object_ref (GTK_FILTER (filter)));
  gtk_filter_list_model_set_incremental (model, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_IDEAS);

  /* Each query typed at once into an empty search bar. */
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autofree char *timing = time_step (query, model, clear_all, set_text, queries[q],
                                           &n_items);

      printf ("query \"%s\" (%zu letters) typed at once: %s, %u shown (target 30 ms)\n",
              queries[q], strlen (queries[q]), timing, n_items);
    }

  /* Typed letter by letter: each narrows what the one before matched. */
  for (guint i = 0; i < G_N_ELEMENTS (typing); i++)
    {
      g_autofree char *timing = NULL;

      if (i == 0)
        timing = time_step (query, model, clear_all, set_text, typing[i], &n_items);
      else
        timing = time_step (query, model, set_text_but_last, set_text, typing[i], &n_items);
      printf ("  typed \"%s\": %s, %u shown\n", typing[i], timing, n_items);
    }

  /* A word found in participant names ("Zoë 0", "Zoë 10"…), not in texts. */
  {
    g_autofree char *timing = time_step (query, model, clear_all, set_text, "zoe", &n_items);

    printf ("query \"zoe\" (a participant's name): %s, %u shown\n", timing, n_items);
  }

  /* Filters: a status, then a persona, then words too. */
  persona = g_list_model_get_item (ch_project_get_personas (project), 26);
  {
    g_autofree char *status = time_step (query, model, clear_all, set_status, NULL, &n_items);
    g_autofree char *with_persona = NULL;
    g_autofree char *with_words = NULL;

    printf ("status filter: %s, %u shown\n", status, n_items);
    with_persona = time_step (query, model, set_status_clear_persona, set_persona, NULL,
                              &n_items);
    printf ("then a persona filter: %s, %u shown\n", with_persona, n_items);
    with_words = time_step (query, model, set_status_and_persona, set_text, "car", &n_items);
    printf ("then \"car\" typed at once: %s, %u shown\n", with_words, n_items);
  }
  clear_all (query, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_IDEAS);

  /* The tags of the tag filter. */
  start = g_get_monotonic_time ();
  {
    g_auto(GStrv) tags = ch_idea_query_list_tags (ideas);

    printf ("listing the tags of %d ideas: %.1f ms, %u tags\n", N_IDEAS, ms_since (start),
            g_strv_length (tags));
  }

  /* Sorting the whole list by each column, as the page's sorters do. */
  {
    g_autoptr(GtkSorter) title = NULL;
    g_autoptr(GtkSorter) status = NULL;
    g_autoptr(GtkSorter) votes = NULL;
    g_autoptr(GtkSorter) created = NULL;

    title = GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (CH_TYPE_IDEA, NULL,
                                                                            "title")));
    status = GTK_SORTER (gtk_custom_sorter_new (compare_status, NULL, NULL));
    votes = GTK_SORTER (gtk_numeric_sorter_new (gtk_property_expression_new (CH_TYPE_IDEA, NULL,
                                                                             "vote-count")));
    created = GTK_SORTER (gtk_numeric_sorter_new (gtk_property_expression_new (CH_TYPE_IDEA, NULL,
                                                                               "created")));
    time_sort ("title", ideas, title);
    time_sort ("status", ideas, status);
    time_sort ("votes", ideas, votes);
    time_sort ("created", ideas, created);
    ch_idea_query_set_text (query, "car");
    time_sort ("title (the ideas of \"car\")", G_LIST_MODEL (model), title);
  }

  ch_idea_query_set_project (query, NULL);
  g_clear_object (&persona);
  ch_project_close (project);
  ch_test_dir_free (g_steal_pointer (&dir));

  return 0;
}
