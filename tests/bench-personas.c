/* bench-personas.c: selecting personas on the Personas page of a
 * 100 000-idea project, in the window under Xvfb
 *
 * Ten personas, each served by 5 to 10 % of the ideas, and three
 * participants standing for each, who contributed some 1 250 ideas
 * apiece. The Personas page is shown, then the personas are selected one
 * after another, as a click does it: from the frame clock, inside a
 * frame. Reports, for each selection:
 * - the time from selecting to the evidence complete (the heading, the
 *   list's model filled, every participant's row with their count and
 *   titles), looked at after each turn of the main loop;
 * - the time until the frame after that is painted;
 * - the longest frame while the evidence was worked out (its first phase
 *   to after-paint): the selection's own, and the longest of those after
 *   it (work left for later); and the longest turn of the main loop (what
 *   keeps a frame waiting, frames or not).
 *
 * Target: no frame, and no turn of the main loop, over 16 ms.
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "ch-persona-editor.h"
#include "ch-persona-evidence.h"
#include "ch-personas-page.h"
#include "ch-project-view.h"
#include "ch-test-helpers.h"
#include "ch-ui-test-helpers.h"

#define N_IDEAS        100000
#define N_PERSONAS     10
#define N_PARTICIPANTS 40
#define N_ROUNDS       3

/* After the evidence is complete, how long frames are still watched:
 * work left for later would show there. */
#define SETTLE_MS 100

typedef struct
{
  gint64   frame_start;
  gint64   first;        /* µs, the first frame since reset: the selection's */
  gint64   longest;      /* µs, the longest frame since reset */
  gint64   longest_later; /* µs, the longest but the first */
  guint    n_frames;
  guint    n_over;
  gboolean painted;
} Frames;

/* What a selection made from the frame clock is to do, and when it did. */
typedef struct
{
  ChPersonasPage *page;
  ChPersona      *persona;
  gint64          start;
  gint64          returned;
} Selection;

static const char *words[] = {
  "card", "wallet", "delivery", "invoice", "address", "basket", "refund", "coupon",
};

/* The personas idea @i serves: persona i % 16 for ten of sixteen ideas,
 * and every fifth idea another one too. */
static guint
list_served (guint  i,
             guint *served)
{
  guint n = 0;

  if (i % 16 < N_PERSONAS)
    served[n++] = i % 16;
  if (i % 5 == 0 && (n == 0 || served[0] != (i / 5) % N_PERSONAS))
    served[n++] = (i / 5) % N_PERSONAS;

  return n;
}

/* Who contributed idea @i: every second idea, one of the forty, of whom
 * the first thirty stand for a persona each (participant p for p % 10). */
static int
get_contributor (guint i)
{
  return i % 2 == 0 ? (int) ((i / 2 * 7) % N_PARTICIPANTS) : -1;
}

static char *
make_title (guint i)
{
  return g_strdup_printf ("Idea %u: %s %s", i, words[i % 8], words[(i / 8) % 8]);
}

/* In a child process, so that the parent holds only what the window does. */
static void
create_project (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChProject) project = ch_project_create (path, "Personas benchmark", &error);
  g_autoptr(GPtrArray) entities = g_ptr_array_new_with_free_func (g_object_unref);
  ChPersona *personas[N_PERSONAS];
  ChParticipant *participants[N_PARTICIPANTS];

  g_assert_no_error (error);

  for (guint p = 0; p < N_PERSONAS; p++)
    {
      g_autofree char *name = g_strdup_printf ("Persona %u", p);
      const char *quotes[] = { "I never have the time.", "Just let me pay.", NULL };

      personas[p] = ch_persona_new (NULL, name);
      g_object_set (personas[p],
                    "segment", "Families",
                    "goals", "Get the shopping done between two meetings.",
                    "pains", "Queues, forms, and asking twice.",
                    "quotes", quotes,
                    "notes", "Came up in every session.",
                    NULL);
      g_ptr_array_add (entities, personas[p]);
    }

  for (guint p = 0; p < N_PARTICIPANTS; p++)
    {
      g_autofree char *name = g_strdup_printf ("Participant %u", p);

      participants[p] = ch_participant_new (NULL, name);
      g_object_set (participants[p],
                    "organisation", p % 2 ? "Bakery Co-op" : NULL,
                    "persona-id", p < 30 ? ch_entity_get_id (CH_ENTITY (personas[p % N_PERSONAS]))
                                         : NULL,
                    NULL);
      g_ptr_array_add (entities, participants[p]);
    }

  for (guint i = 0; i < N_IDEAS; i++)
    {
      g_autofree char *title = make_title (i);
      g_autoptr(GPtrArray) contributors = NULL;
      const char *for_personas[3] = { NULL, NULL, NULL };
      const char *tags[] = { words[i % 8], NULL };
      ChIdea *idea = ch_idea_new (NULL, title);
      guint served[2];
      guint n_served = list_served (i, served);
      int contributor = get_contributor (i);

      for (guint j = 0; j < n_served; j++)
        for_personas[j] = ch_entity_get_id (CH_ENTITY (personas[served[j]]));

      contributors = g_ptr_array_new_with_free_func ((GDestroyNotify) ch_contributor_free);
      if (contributor >= 0)
        {
          ChEntity *participant = CH_ENTITY (participants[contributor]);

          g_ptr_array_add (contributors, ch_contributor_new (ch_entity_get_id (participant), NULL));
        }
      g_object_set (idea,
                    "position", i,
                    "status", i % 5,
                    "tags", i % 2 ? tags : NULL,
                    "personas", n_served > 0 ? for_personas : NULL,
                    "contributors", contributors,
                    NULL);
      g_ptr_array_add (entities, idea);
    }

  if (!ch_project_add_many (project, (ChEntity **) entities->pdata, entities->len, &error))
    g_error ("%s", error->message);
  ch_project_close (project);
}

/* What the evidence of persona @p says when complete, worked out from
 * the data above, not from the code measured: the heading, and each
 * participant's row, "name\nsubtitle", one a line. */
static void
expect_evidence (guint   p,
                 char  **heading,
                 guint  *n_ideas,
                 char  **rows)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = 0;

  for (guint i = 0; i < N_IDEAS; i++)
    {
      guint served[2];
      guint n_served = list_served (i, served);

      for (guint j = 0; j < n_served; j++)
        n += served[j] == p;
    }
  *n_ideas = n;
  *heading = g_strdup_printf ("Serves %u ideas", n);

  for (guint q = p; q < 30; q += N_PERSONAS)
    {
      g_autoptr(GString) titles = g_string_new (NULL);
      guint count = 0;

      for (guint i = 0; i < N_IDEAS; i++)
        {
          if (get_contributor (i) != (int) q)
            continue;
          if (count < 3)
            {
              g_autofree char *title = make_title (i);

              g_string_append_printf (titles, "%s“%s”", count > 0 ? ", " : "", title);
            }
          count++;
        }
      g_string_append_printf (text, "Participant %u\n%sCustomer\nContributed %u ideas: %s…\n",
                              q, q % 2 ? "Bakery Co-op · " : "", count, titles->str);
    }
  *rows = g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
describe_rows (GtkListBox *list)
{
  g_autoptr(GString) text = g_string_new (NULL);
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    {
      if (!ADW_IS_ACTION_ROW (row))
        return g_string_free (g_steal_pointer (&text), FALSE);
      g_string_append_printf (text, "%s\n%s\n",
                              adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                              adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The list of ideas on screen (whichever it is, if there are several). */
static GtkListView *
find_shown_list (GtkWidget *widget)
{
  if (GTK_IS_LIST_VIEW (widget) && gtk_widget_get_mapped (widget))
    return GTK_LIST_VIEW (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkListView *found = find_shown_list (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_complete (ChPersonaEvidence *evidence,
             ChPersona         *persona,
             const char        *heading,
             guint              n_ideas,
             const char        *rows)
{
  AdwPreferencesGroup *group = TEMPLATE_CHILD (evidence, CH_TYPE_PERSONA_EVIDENCE, "ideas_group");
  GtkListView *view = find_shown_list (GTK_WIDGET (evidence));
  GtkListBox *list = TEMPLATE_CHILD (evidence, CH_TYPE_PERSONA_EVIDENCE, "participants_list");
  g_autofree char *shown_rows = NULL;

  if (ch_persona_evidence_get_persona (evidence) != persona ||
      g_strcmp0 (adw_preferences_group_get_title (group), heading) != 0 ||
      view == NULL ||
      g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (view))) != n_ideas)
    return FALSE;

  shown_rows = describe_rows (list);
  return g_str_equal (shown_rows, rows);
}

/* A frame starts with the first of its phases that runs. */
static void
phase_cb (GdkFrameClock *clock,
          Frames        *frames)
{
  if (frames->frame_start == 0)
    frames->frame_start = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                Frames        *frames)
{
  gint64 took = g_get_monotonic_time () - frames->frame_start;

  if (frames->frame_start > 0)
    {
      if (frames->n_frames == 0)
        frames->first = took;
      else
        frames->longest_later = MAX (frames->longest_later, took);
      frames->longest = MAX (frames->longest, took);
      frames->n_frames++;
      frames->n_over += took > 16000;
    }
  frames->frame_start = 0;
  frames->painted = TRUE;
}

static void
reset_frames (Frames *frames)
{
  frames->first = 0;
  frames->longest = 0;
  frames->longest_later = 0;
  frames->n_frames = 0;
  frames->n_over = 0;
}

/* Selects in the update phase of a frame, as a click handled when the
 * frame starts does: the selection's work and the layout and paint it
 * causes fall in one frame. */
static gboolean
select_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  Selection *selection = user_data;

  selection->start = g_get_monotonic_time ();
  ch_personas_page_select (selection->page, selection->persona);
  selection->returned = g_get_monotonic_time ();

  return G_SOURCE_REMOVE;
}

/* One turn of the main loop, without waiting; how long it took. */
static gint64
turn (void)
{
  gint64 start = g_get_monotonic_time ();

  if (!g_main_context_iteration (NULL, FALSE))
    {
      g_usleep (200);
      return 0;
    }

  return g_get_monotonic_time () - start;
}

static void
wait_for_paint (GtkWidget *widget,
                Frames    *frames)
{
  gint64 end = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;

  frames->painted = FALSE;
  gtk_widget_queue_draw (widget);
  while (!frames->painted && g_get_monotonic_time () < end)
    turn ();
  g_assert_true (frames->painted);
}

int
main (int   argc,
      char *argv[])
{
  ChApplication *app = NULL;
  ChWindow *window = NULL;
  g_autoptr(GArray) handlers = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) completes = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) paints = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) frames_longest = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) frames_first = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) frames_later = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) turns_longest = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *path = NULL;
  char *headings[N_PERSONAS];
  char *rows[N_PERSONAS];
  guint n_ideas[N_PERSONAS];
  Frames frames = { 0, };
  guint n_frames = 0, n_over = 0, n_turns_over = 0;
  ChPersonaEvidence *evidence;
  ChPersonasPage *page;
  ChProjectView *view;
  GdkFrameClock *clock;
  GListModel *personas;
  ChProject *project;
  gint64 start, end;

  /* A library of its own, removed at the end. */
  g_autofree char *home = g_dir_make_tmp ("charrette-bench-XXXXXX", NULL);
  g_autofree char *data_home = g_build_filename (home, "data", NULL);
  g_autofree char *config_home = g_build_filename (home, "config", NULL);
  g_autofree char *cache_home = g_build_filename (home, "cache", NULL);

  g_assert_nonnull (home);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config_home, TRUE);
  g_setenv ("XDG_CACHE_HOME", cache_home, TRUE);

  path = g_build_filename (home, "personas.charrette", NULL);
  start = g_get_monotonic_time ();
  ch_test_run_in_child (create_project, path);
  printf ("create %u ideas, %u personas, %u participants: %.0f ms\n",
          N_IDEAS, N_PERSONAS, N_PARTICIPANTS, (g_get_monotonic_time () - start) / 1000.0);

  for (guint p = 0; p < N_PERSONAS; p++)
    expect_evidence (p, &headings[p], &n_ideas[p], &rows[p]);

  ch_ui_test_start (&app, &window);

  start = g_get_monotonic_time ();
  ch_window_open_project (window, path);
  WAIT_UNTIL (ch_window_get_project (window) != NULL);
  end = g_get_monotonic_time ();
  project = ch_window_get_project (window);
  ch_ui_test_run_pending ();
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_ideas (project)), ==, N_IDEAS);
  printf ("open in the window: %.0f ms\n", (end - start) / 1000.0);

  view = TEMPLATE_CHILD (window, CH_TYPE_WINDOW, "project_view");
  page = TEMPLATE_CHILD (view, CH_TYPE_PROJECT_VIEW, "personas_page");
  evidence = TEMPLATE_CHILD (TEMPLATE_CHILD (page, CH_TYPE_PERSONAS_PAGE, "editor"),
                             CH_TYPE_PERSONA_EDITOR, "evidence");
  personas = ch_project_get_personas (project);
  g_assert_cmpuint (g_list_model_get_n_items (personas), ==, N_PERSONAS);

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "flush-events", G_CALLBACK (phase_cb), &frames);
  g_signal_connect (clock, "before-paint", G_CALLBACK (phase_cb), &frames);
  g_signal_connect (clock, "update", G_CALLBACK (phase_cb), &frames);
  g_signal_connect (clock, "layout", G_CALLBACK (phase_cb), &frames);
  g_signal_connect (clock, "paint", G_CALLBACK (phase_cb), &frames);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &frames);

  /* The page shown, as Ctrl+2 does, with the first persona selected. */
  {
    g_autoptr(ChPersona) first = g_list_model_get_item (personas, 0);

    ch_personas_page_select (page, first);
    start = g_get_monotonic_time ();
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-personas", NULL);
    end = g_get_monotonic_time ();
    WAIT_UNTIL (is_complete (evidence, first, headings[0], n_ideas[0], rows[0]));
    printf ("personas page shown: %.1f ms, complete after %.1f ms\n",
            (end - start) / 1000.0, (g_get_monotonic_time () - start) / 1000.0);
    wait_for_paint (GTK_WIDGET (window), &frames);
    ch_ui_test_run_pending ();
  }

  /* The second to the last, the first, and again. */
  for (guint run = 0; run < N_ROUNDS * N_PERSONAS; run++)
    {
      guint p = (run + 1) % N_PERSONAS;
      g_autoptr(ChPersona) persona = g_list_model_get_item (personas, p);
      Selection selection = { page, persona, 0, 0 };
      gint64 complete = 0, painted = 0, settled, longest_turn = 0;

      wait_for_paint (GTK_WIDGET (window), &frames);
      reset_frames (&frames);

      gtk_widget_add_tick_callback (GTK_WIDGET (window), select_tick_cb, &selection, NULL);
      while (selection.start == 0)
        {
          gint64 took = turn ();

          /* The turn that selected counts too: it is the frame that ran it. */
          if (selection.start != 0)
            longest_turn = took;
        }

      while (complete == 0)
        {
          longest_turn = MAX (longest_turn, turn ());
          if (is_complete (evidence, persona, headings[p], n_ideas[p], rows[p]))
            complete = g_get_monotonic_time () - selection.start;
          else if (g_get_monotonic_time () - selection.start > 20 * G_USEC_PER_SEC)
            g_error ("Persona %u: the evidence was not complete after 20 s", p);
        }

      frames.painted = FALSE;
      gtk_widget_queue_draw (GTK_WIDGET (window));
      while (!frames.painted)
        longest_turn = MAX (longest_turn, turn ());
      painted = g_get_monotonic_time () - selection.start;

      settled = g_get_monotonic_time () + SETTLE_MS * 1000;
      while (g_get_monotonic_time () < settled)
        longest_turn = MAX (longest_turn, turn ());

      if (run == 0)
        printf ("first selection: handler %.1f ms, complete %.1f ms, painted %.1f ms, "
                "longest frame %.1f ms\n",
                (selection.returned - selection.start) / 1000.0, complete / 1000.0,
                painted / 1000.0, frames.longest / 1000.0);

      {
        gint64 handler = selection.returned - selection.start;

        g_array_append_val (handlers, handler);
      }
      g_array_append_val (completes, complete);
      g_array_append_val (paints, painted);
      g_array_append_val (frames_longest, frames.longest);
      g_array_append_val (frames_first, frames.first);
      g_array_append_val (frames_later, frames.longest_later);
      g_array_append_val (turns_longest, longest_turn);
      n_frames += frames.n_frames;
      n_over += frames.n_over;
      n_turns_over += longest_turn > 16000;
    }

  {
    guint fewest = G_MAXUINT, most = 0;

    for (guint p = 0; p < N_PERSONAS; p++)
      {
        fewest = MIN (fewest, n_ideas[p]);
        most = MAX (most, n_ideas[p]);
      }
    printf ("\n%u selections of personas served by %u to %u ideas:\n", N_ROUNDS * N_PERSONAS,
            fewest, most);
  }
  ch_test_report ("select (the handler, in the frame)", handlers, 0);
  ch_test_report ("selected until the evidence is complete", completes, 0);
  ch_test_report ("selected until complete and painted", paints, 0);
  ch_test_report ("longest frame of a selection", frames_longest, 0);
  ch_test_report ("  the selection's own frame", frames_first, 0);
  ch_test_report ("  the longest of the frames after it", frames_later, 0);
  ch_test_report ("longest main loop turn of a selection", turns_longest, 0);
  printf ("frames over 16 ms: %u of %u; selections with a turn over 16 ms: %u of %u "
          "(target 0)\n", n_over, n_frames, n_turns_over, N_ROUNDS * N_PERSONAS);

  g_signal_handlers_disconnect_by_data (clock, &frames);
  for (guint p = 0; p < N_PERSONAS; p++)
    {
      g_free (headings[p]);
      g_free (rows[p]);
    }
  ch_ui_test_stop (&app, &window);
  ch_test_dir_free (g_steal_pointer (&home));

  return EXIT_SUCCESS;
}
