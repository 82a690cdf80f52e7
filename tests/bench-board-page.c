/* bench-board-page.c: the Board page of a 2 000-idea project in 100
 * clusters, in a window under Xvfb
 *
 * Reports:
 * - the time from ch_board_page_set_project() to the board built (its
 *   columns made, the cards of those on screen), and to the first frame
 *   painted after it; the first time (the page's classes and templates
 *   are loaded then) and the next ones;
 * - a move of 50 selected ideas to another cluster, as "Move To…" does
 *   it (the store, the objects, the board's lists, the columns and
 *   cards): until ch_board_page_move_ideas() returns, and until the next
 *   frame is painted; to a column on screen and to one far off.
 *
 * Targets (issue 5): board ≤ 150 ms; move ≤ 20 ms.
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <adwaita.h>

#include "ch-board-column.h"
#include "ch-board-page.h"
#include "ch-test-helpers.h"
#include "ch-ui-test-helpers.h"

#define N_CLUSTERS 100
#define N_IDEAS    2000
#define N_MOVED    50
#define N_BUILDS   10
#define N_MOVES    20

typedef struct
{
  gboolean painted;
} Frames;

static const char *words[] = {
  "card", "wallet", "delivery", "invoice", "address", "basket", "refund", "coupon",
  "mobile", "guest", "account", "support", "slot", "total", "receipt", "button",
};

static const char *colors[] = {
  "#f6d32d", "#99c1f1", "#8ff0a4", "#ffbe6f", "#dc8add", "#f66151", "#cdab8f", "#deddda",
};

/* 100 clusters of 20 ideas each, with tags, a persona, a contributor and
 * a vote, as a board looks after an afternoon of clustering. */
static void
create_project (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChProject) project = ch_project_create (path, "Board page benchmark", &error);
  g_autoptr(GPtrArray) entities = g_ptr_array_new_with_free_func (g_object_unref);
  ChCluster *clusters[N_CLUSTERS];
  ChParticipant *participant;
  ChPersona *persona;

  g_assert_no_error (error);

  participant = ch_project_add_participant (project, "Jordan P.", &error);
  g_assert_no_error (error);
  persona = ch_project_add_persona (project, "Busy parent shopper", &error);
  g_assert_no_error (error);
  ch_project_update (project, CH_ENTITY (persona), &error, "color", "#3584e4", NULL);
  g_assert_no_error (error);

  for (guint i = 0; i < N_CLUSTERS; i++)
    {
      g_autofree char *name = g_strdup_printf ("Cluster %u: %s", i, words[i % 16]);

      clusters[i] = ch_cluster_new (NULL, name);
      g_object_set (clusters[i], "position", i, "color", colors[i % G_N_ELEMENTS (colors)], NULL);
      g_ptr_array_add (entities, clusters[i]);
    }

  for (guint i = 0; i < N_IDEAS; i++)
    {
      g_autofree char *title = g_strdup_printf ("Idea %u: the %s and the %s at checkout", i,
                                                words[i % 16], words[(i / 16) % 16]);
      const char *tags[] = { words[i % 16], words[(i * 7) % 16], NULL };
      const char *personas[] = { ch_entity_get_id (CH_ENTITY (persona)), NULL };
      g_autoptr(GPtrArray) contributors = NULL;
      g_autoptr(GPtrArray) votes = NULL;
      ChIdea *idea = ch_idea_new (NULL, title);
      const char *participant_id = ch_entity_get_id (CH_ENTITY (participant));

      contributors = g_ptr_array_new_with_free_func ((GDestroyNotify) ch_contributor_free);
      votes = g_ptr_array_new_with_free_func ((GDestroyNotify) ch_vote_free);
      g_ptr_array_add (contributors, ch_contributor_new (participant_id, NULL));
      g_ptr_array_add (votes, ch_vote_new (participant_id, 1 + i % 3));
      g_object_set (idea,
                    "cluster-id", ch_entity_get_id (CH_ENTITY (clusters[i % N_CLUSTERS])),
                    "position", i / N_CLUSTERS,
                    "description", "What the participant said, in a sentence or two.",
                    "tags", tags,
                    "personas", i % 3 == 0 ? personas : NULL,
                    "contributors", contributors,
                    "votes", votes,
                    NULL);
      g_ptr_array_add (entities, idea);
    }

  if (!ch_project_add_many (project, (ChEntity **)entities->pdata, entities->len, &error))
    g_error ("%s", error->message);
  ch_project_close (project);
}

static void
after_paint_cb (GdkFrameClock *clock,
                Frames        *frames)
{
  frames->painted = TRUE;
}

static void
wait_for_paint (GtkWidget *widget,
                Frames    *frames)
{
  gint64 end = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;

  frames->painted = FALSE;
  gtk_widget_queue_draw (widget);
  while (!frames->painted && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (frames->painted);
}

static guint
count_cards (GtkWidget *widget)
{
  guint n = G_TYPE_CHECK_INSTANCE_TYPE (widget, g_type_from_name ("ChIdeaCard")) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_cards (child);

  return n;
}

static void
bench_move (ChBoardPage *page,
            GtkWidget   *window,
            Frames      *frames,
            const char  *what,
            GPtrArray   *selection,
            ChCluster   *target)
{
  g_autoptr(GArray) moves = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) shown = g_array_new (FALSE, FALSE, sizeof (gint64));
  ChProject *project = ch_board_page_get_project (page);
  g_autofree char *move_label = g_strdup_printf ("move %u ideas %s", selection->len, what);
  g_autofree char *shown_label = g_strdup_printf ("  … until the frame is painted");
  GtkScrolledWindow *scroller = TEMPLATE_CHILD (page, CH_TYPE_BOARD_PAGE, "board_scroller");
  GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (scroller);

  for (guint run = 0; run < N_MOVES; run++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start, moved, painted;

      /* From the start of the board, as after opening it. */
      gtk_adjustment_set_value (adjustment, 0);
      wait_for_paint (window, frames);
      start = g_get_monotonic_time ();
      g_assert_true (ch_board_page_move_ideas (page, (ChIdea **) selection->pdata, selection->len,
                                               target, -1));
      moved = g_get_monotonic_time () - start;
      wait_for_paint (window, frames);
      painted = g_get_monotonic_time () - start;
      g_array_append_val (moves, moved);
      g_array_append_val (shown, painted);

      if (!ch_project_undo (project, &error))
        g_error ("%s", error->message);
    }

  ch_test_report (move_label, moves, 20);
  ch_test_report (shown_label, shown, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = ch_test_dir_new ();
  g_autofree char *path = g_build_filename (dir, "board.charrette", NULL);
  g_autoptr(GArray) builds = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) firsts = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();
  g_autoptr(GPtrArray) clusters = NULL;
  g_autoptr(GPtrArray) selection = NULL;
  g_autoptr(GError) error = NULL;
  Frames frames = { FALSE };
  ChProject *project;
  GtkWindow *window;
  ChBoardPage *page;
  GdkFrameClock *clock;
  gint64 start, end;

  gtk_init ();
  adw_init ();
  /* As the application loads it. */
  gtk_css_provider_load_from_resource (provider, "/io/github/charrette/Charrette/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  start = g_get_monotonic_time ();
  create_project (path);
  end = g_get_monotonic_time ();
  printf ("%-52s %7.2f ms\n", "create 2 000 ideas in 100 clusters", (end - start) / 1000.0);

  project = ch_project_open (path, &error);
  g_assert_no_error (error);

  page = g_object_new (CH_TYPE_BOARD_PAGE, NULL);
  window = ch_ui_test_present_page (GTK_WIDGET (page));
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (page)));
  ch_ui_test_run_pending ();

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &frames);

  /* The page shown, then the project given to it: its board built. The
   * first time loads the classes and templates. */
  for (guint run = 0; run < N_BUILDS; run++)
    {
      gint64 built, painted;

      ch_board_page_set_project (page, NULL);
      wait_for_paint (GTK_WIDGET (window), &frames);
      ch_ui_test_run_pending ();

      start = g_get_monotonic_time ();
      ch_board_page_set_project (page, project);
      built = g_get_monotonic_time () - start;
      wait_for_paint (GTK_WIDGET (window), &frames);
      painted = g_get_monotonic_time () - start;

      if (run == 0)
        {
          printf ("%-52s %7.2f ms, first frame %7.2f ms\n",
                  "first board (classes and templates loaded)", built / 1000.0, painted / 1000.0);
          printf ("%-52s %u\n", "cards made", count_cards (GTK_WIDGET (page)));
          continue;
        }
      g_array_append_val (builds, built);
      g_array_append_val (firsts, painted);
    }
  ch_test_report ("build the board (set_project to board made)", builds, 0);
  ch_test_report ("build the board until its first frame is painted", firsts, 150);

  /* A selection from the board: the cards of the first three clusters
   * (20 + 20 + 10), on screen, dropped at the end of another. */
  clusters = ch_project_list_clusters (project);
  selection = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint c = 0; c < 3; c++)
    {
      GListModel *column = ch_project_get_cluster_ideas (project, g_ptr_array_index (clusters, c));

      for (guint i = 0; i < g_list_model_get_n_items (column) && selection->len < N_MOVED; i++)
        g_ptr_array_add (selection, g_list_model_get_item (column, i));
    }
  bench_move (page, GTK_WIDGET (window), &frames, "to a column on screen", selection,
              g_ptr_array_index (clusters, 3));
  bench_move (page, GTK_WIDGET (window), &frames, "to a column far off (scrolled to)", selection,
              g_ptr_array_index (clusters, 90));
  bench_move (page, GTK_WIDGET (window), &frames, "to Unsorted", selection, NULL);

  g_signal_handlers_disconnect_by_data (clock, &frames);
  gtk_window_destroy (window);
  ch_ui_test_run_pending ();
  ch_project_close (project);
  g_object_unref (project);
  ch_test_dir_free (g_steal_pointer (&dir));

  return EXIT_SUCCESS;
}
