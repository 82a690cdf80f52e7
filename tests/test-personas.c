/* test-personas.c: a persona's evidence: the ideas that serve it and the
 * participants who stand for it
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <adwaita.h>

#include "ch-application.h"
#include "ch-ideas-page.h"
#include "ch-participants-page.h"
#include "ch-persona-editor.h"
#include "ch-persona-evidence.h"
#include "ch-persona-idea-row.h"
#include "ch-personas-page.h"
#include "ch-project-view.h"
#include "ch-test-helpers.h"
#include "ch-ui-test-helpers.h"
#include "ch-window.h"

typedef ChUiTestFixture Fixture;

static ChProjectView *
get_view (Fixture *fixture)
{
  return TEMPLATE_CHILD (fixture->window, CH_TYPE_WINDOW, "project_view");
}

static const char *
visible_page (Fixture *fixture)
{
  AdwViewStack *view_stack = TEMPLATE_CHILD (get_view (fixture), CH_TYPE_PROJECT_VIEW,
                                             "view_stack");

  return adw_view_stack_get_visible_child_name (view_stack);
}

/* Shows the personas as Ctrl+2 does, with @persona selected. */
static ChPersonaEvidence *
show_persona (Fixture   *fixture,
              ChPersona *persona)
{
  ChPersonasPage *page = TEMPLATE_CHILD (get_view (fixture), CH_TYPE_PROJECT_VIEW,
                                         "personas_page");
  ChPersonaEditor *editor = TEMPLATE_CHILD (page, CH_TYPE_PERSONAS_PAGE, "editor");
  ChPersonaEvidence *evidence = TEMPLATE_CHILD (editor, CH_TYPE_PERSONA_EDITOR, "evidence");

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-personas", NULL);
  g_assert_cmpstr (visible_page (fixture), ==, "personas");
  ch_personas_page_select (page, persona);
  ch_ui_test_run_pending ();
  g_assert_true (ch_persona_evidence_get_persona (evidence) == persona);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (evidence)));

  return evidence;
}

static const char *
ideas_heading (ChPersonaEvidence *evidence)
{
  return adw_preferences_group_get_title (TEMPLATE_CHILD (evidence, CH_TYPE_PERSONA_EVIDENCE,
                                                          "ideas_group"));
}

static void
collect_widgets (GtkWidget *widget,
                 GType      type,
                 GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_get_mapped (widget))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_widgets (child, type, found);
}

/* The titles of the ideas drawn under "Serves", one per line. */
static char *
drawn_ideas (ChPersonaEvidence *evidence)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GString) titles = g_string_new (NULL);

  collect_widgets (GTK_WIDGET (evidence), CH_TYPE_PERSONA_IDEA_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkLabel *title = TEMPLATE_CHILD (rows->pdata[i], CH_TYPE_PERSONA_IDEA_ROW, "title_label");
      GtkLabel *status = TEMPLATE_CHILD (rows->pdata[i], CH_TYPE_PERSONA_IDEA_ROW,
                                         "status_label");

      g_string_append_printf (titles, "%s (%s)\n",
                              gtk_label_get_label (title), gtk_label_get_label (status));
    }

  return g_string_free (g_steal_pointer (&titles), FALSE);
}

static GtkListBox *
get_participants_list (ChPersonaEvidence *evidence)
{
  return TEMPLATE_CHILD (evidence, CH_TYPE_PERSONA_EVIDENCE, "participants_list");
}

static AdwActionRow *
get_participant_row (ChPersonaEvidence *evidence,
                     int                index)
{
  return ADW_ACTION_ROW (gtk_list_box_get_row_at_index (get_participants_list (evidence), index));
}

static void
set_personas (ChProject *project,
              ChIdea    *idea,
              ChPersona *persona)
{
  const char *personas[] = { persona ? ch_entity_get_id (CH_ENTITY (persona)) : NULL, NULL };
  g_autoptr(GError) error = NULL;

  ch_project_update (project, CH_ENTITY (idea), &error,
                     "personas", persona != NULL ? personas : NULL, NULL);
  g_assert_no_error (error);
}

/* Runs what is ready, not what waits for a timeout: a view that follows
 * a step at once is up to date after this. */
static void
run_ready (void)
{
  for (guint i = 0; i < 1000 && g_main_context_iteration (NULL, FALSE); i++)
    ;
}

static void
add_contributor (ChProject     *project,
                 ChIdea        *idea,
                 ChParticipant *participant)
{
  g_autoptr(GPtrArray) contributors = NULL;
  g_autoptr(GError) error = NULL;

  contributors = g_ptr_array_new_with_free_func ((GDestroyNotify) ch_contributor_free);
  g_ptr_array_add (contributors,
                   ch_contributor_new (ch_entity_get_id (CH_ENTITY (participant)), NULL));
  ch_project_update (project, CH_ENTITY (idea), &error, "contributors", contributors, NULL);
  g_assert_no_error (error);
}

static void
test_serving_ideas (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = ch_ui_test_create_project (fixture, "Evidence");
  g_autoptr(GError) error = NULL;
  ChPersonaEvidence *evidence;
  ChPersona *persona;
  ChPersona *other;
  ChProject *project;
  ChIdea *invoice;
  ChIdea *wallet;
  ChIdea *night;
  GtkWidget *no_ideas;

  project = ch_ui_test_open_in_window (fixture, path);
  persona = ch_project_add_persona (project, "Busy parent", &error);
  g_assert_no_error (error);
  other = ch_project_add_persona (project, "Night owl", &error);
  g_assert_no_error (error);
  invoice = ch_project_add_idea (project, "Pay by invoice", &error);
  g_assert_no_error (error);
  wallet = ch_project_add_idea (project, "Pay with the phone's wallet", &error);
  g_assert_no_error (error);
  night = ch_project_add_idea (project, "Deliver after 10 pm", &error);
  g_assert_no_error (error);
  set_personas (project, night, other);

  evidence = show_persona (fixture, persona);
  no_ideas = TEMPLATE_CHILD (evidence, CH_TYPE_PERSONA_EVIDENCE, "no_ideas_box");
  g_assert_cmpstr (ideas_heading (evidence), ==, "Serves 0 ideas");
  g_assert_true (gtk_widget_get_mapped (no_ideas));

  /* Linked while the persona is shown: it lists them. */
  set_personas (project, invoice, persona);
  set_personas (project, wallet, persona);
  WAIT_UNTIL (g_str_equal (ideas_heading (evidence), "Serves 2 ideas"));
  ch_ui_test_run_pending ();
  g_assert_false (gtk_widget_get_mapped (no_ideas));
  g_assert_cmpstr (drawn_ideas (evidence), ==,
                   "Pay by invoice (New)\n"
                   "Pay with the phone's wallet (New)\n");

  /* Unlinked: it goes; a new title and status are drawn. */
  set_personas (project, invoice, NULL);
  ch_project_update (project, CH_ENTITY (wallet), &error,
                     "title", "Pay by phone", "status", CH_IDEA_STATUS_SHORTLISTED, NULL);
  g_assert_no_error (error);
  WAIT_UNTIL (g_str_equal (ideas_heading (evidence), "Serves 1 idea"));
  ch_ui_test_run_pending ();
  g_assert_cmpstr (drawn_ideas (evidence), ==, "Pay by phone (Shortlisted)\n");

  /* Undone twice: the link comes back too. */
  g_assert_true (ch_project_undo (project, &error));
  g_assert_true (ch_project_undo (project, &error));
  g_assert_no_error (error);
  WAIT_UNTIL (g_str_equal (ideas_heading (evidence), "Serves 2 ideas"));

  /* A new idea that serves it, and one deleted. */
  {
    g_autoptr(ChIdea) added = ch_idea_new (NULL, "Split the bill");
    const char *personas[] = { ch_entity_get_id (CH_ENTITY (persona)), NULL };

    g_object_set (added, "personas", personas, NULL);
    g_assert_true (ch_project_add (project, CH_ENTITY (added), &error));
    g_assert_no_error (error);
  }
  WAIT_UNTIL (g_str_equal (ideas_heading (evidence), "Serves 3 ideas"));
  g_assert_true (ch_project_remove (project, CH_ENTITY (invoice), &error));
  g_assert_no_error (error);
  WAIT_UNTIL (g_str_equal (ideas_heading (evidence), "Serves 2 ideas"));

  /* Two changes of one idea in a row leave the history as it was ("Edit
   * “Pay by phone”"): each step tells all the same. */
  {
    g_autofree char *undo_label = NULL;

    set_personas (project, wallet, other);
    WAIT_UNTIL (g_str_equal (ideas_heading (evidence), "Serves 1 idea"));
    undo_label = g_strdup (ch_project_get_undo_label (project));
    set_personas (project, wallet, persona);
    g_assert_cmpstr (ch_project_get_undo_label (project), ==, undo_label);
    WAIT_UNTIL (g_str_equal (ideas_heading (evidence), "Serves 2 ideas"));
  }

  /* Another persona: its own ideas. */
  evidence = show_persona (fixture, other);
  g_assert_cmpstr (ideas_heading (evidence), ==, "Serves 1 idea");
  ch_ui_test_run_pending ();
  g_assert_cmpstr (drawn_ideas (evidence), ==, "Deliver after 10 pm (New)\n");
}

static void
test_participants (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = ch_ui_test_create_project (fixture, "Room");
  g_autoptr(GError) error = NULL;
  ChParticipantsPage *participants_page;
  ChPersonaEvidence *evidence;
  ChParticipant *jordan;
  ChParticipant *sam;
  ChPersona *persona;
  ChProject *project;
  AdwActionRow *row;
  GtkWidget *focus;
  ChIdea *ideas[5];

  project = ch_ui_test_open_in_window (fixture, path);
  persona = ch_project_add_persona (project, "Busy parent", &error);
  g_assert_no_error (error);
  jordan = ch_project_add_participant (project, "Jordan P.", &error);
  g_assert_no_error (error);
  sam = ch_project_add_participant (project, "Sam", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (ideas); i++)
    {
      g_autofree char *title = g_strdup_printf ("Idea %u", i + 1);

      ideas[i] = ch_project_add_idea (project, title, &error);
      g_assert_no_error (error);
    }
  add_contributor (project, ideas[0], jordan);
  add_contributor (project, ideas[1], sam);

  evidence = show_persona (fixture, persona);
  g_assert_null (get_participant_row (evidence, 0));

  /* Jordan stands for the persona: their organisation, kind and idea. */
  ch_project_update (project, CH_ENTITY (jordan), &error,
                     "organisation", "Bakery Co-op", "persona-id",
                     ch_entity_get_id (CH_ENTITY (persona)), NULL);
  g_assert_no_error (error);
  WAIT_UNTIL (get_participant_row (evidence, 0) != NULL);
  row = get_participant_row (evidence, 0);
  g_assert_null (get_participant_row (evidence, 1));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Jordan P.");
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==,
                   "Bakery Co-op · Customer\nContributed 1 idea: “Idea 1”");

  /* More ideas: the count, and the titles of the first three. */
  for (guint i = 2; i < G_N_ELEMENTS (ideas); i++)
    add_contributor (project, ideas[i], jordan);
  WAIT_UNTIL (g_str_has_suffix (adw_action_row_get_subtitle (get_participant_row (evidence, 0)),
                                "4 ideas: “Idea 1”, “Idea 3”, “Idea 4”…"));

  /* A renamed idea among them is renamed there. */
  ch_project_update (project, CH_ENTITY (ideas[2]), &error, "title", "Pay later", NULL);
  g_assert_no_error (error);
  WAIT_UNTIL (g_str_has_suffix (adw_action_row_get_subtitle (get_participant_row (evidence, 0)),
                                "4 ideas: “Idea 1”, “Pay later”, “Idea 4”…"));

  /* Sam chooses the persona too; Jordan another one: Sam alone. */
  ch_project_update (project, CH_ENTITY (sam), &error,
                     "kind", CH_PARTICIPANT_KIND_EMPLOYEE,
                     "persona-id", ch_entity_get_id (CH_ENTITY (persona)), NULL);
  g_assert_no_error (error);
  ch_project_update (project, CH_ENTITY (jordan), &error, "persona-id", NULL, NULL);
  g_assert_no_error (error);
  WAIT_UNTIL (get_participant_row (evidence, 1) == NULL &&
              g_strcmp0 (adw_preferences_row_get_title (
                           ADW_PREFERENCES_ROW (get_participant_row (evidence, 0))), "Sam") == 0);
  g_assert_cmpstr (adw_action_row_get_subtitle (get_participant_row (evidence, 0)), ==,
                   "Employee\nContributed 1 idea: “Idea 2”");

  /* Activating the row shows Sam on the Participants page. */
  gtk_widget_activate (GTK_WIDGET (get_participant_row (evidence, 0)));
  g_assert_cmpstr (visible_page (fixture), ==, "participants");
  participants_page = TEMPLATE_CHILD (get_view (fixture), CH_TYPE_PROJECT_VIEW,
                                      "participants_page");
  g_assert_true (ch_participants_page_get_selected (participants_page) == sam);
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (participants_page)));
}

static void
test_show_idea (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = ch_ui_test_create_project (fixture, "Links");
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(ChIdea) first = NULL;
  g_autoptr(GError) error = NULL;
  ChPersonaEvidence *evidence;
  ChIdeasPage *ideas_page;
  ChPersona *persona;
  ChProject *project;
  ChIdea *served = NULL;
  GtkWidget *list_item;
  GtkRoot *root;

  project = ch_ui_test_open_in_window (fixture, path);
  persona = ch_project_add_persona (project, "Busy parent", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *title = g_strdup_printf ("Idea %u", i + 1);
      ChIdea *idea = ch_project_add_idea (project, title, &error);

      g_assert_no_error (error);
      if (i == 20)
        {
          set_personas (project, idea, persona);
          served = idea;
        }
    }

  ideas_page = ch_project_view_get_ideas_page (get_view (fixture));
  first = g_list_model_get_item (ch_project_get_ideas (project), 0);
  ch_ideas_page_select (ideas_page, first);

  evidence = show_persona (fixture, persona);
  g_assert_cmpstr (ideas_heading (evidence), ==, "Serves 1 idea");
  collect_widgets (GTK_WIDGET (evidence), CH_TYPE_PERSONA_IDEA_ROW, rows);
  g_assert_cmpuint (rows->len, ==, 1);

  /* Enter on the row, as the keyboard does it: the idea, on the Ideas page. */
  list_item = gtk_widget_get_parent (rows->pdata[0]);
  g_assert_true (gtk_widget_get_focusable (list_item));
  gtk_widget_grab_focus (list_item);
  g_assert_true (gtk_widget_activate (list_item));
  ch_ui_test_run_pending ();

  g_assert_cmpstr (visible_page (fixture), ==, "ideas");
  g_assert_true (ch_ideas_page_get_selected (ideas_page) == served);

  /* The focus went along, not left on a hidden page: to the idea's row,
   * not the capture bar. */
  root = gtk_widget_get_root (GTK_WIDGET (ideas_page));
  WAIT_UNTIL (gtk_root_get_focus (root) != NULL &&
              (gtk_widget_get_state_flags (gtk_root_get_focus (root)) &
               GTK_STATE_FLAG_SELECTED) != 0);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (root),
                                         TEMPLATE_CHILD (ideas_page, CH_TYPE_IDEAS_PAGE,
                                                         "column_view")));
}

/* Ideas no search has seen (added after the Ideas page keyed the
 * project's, and never looked for): the evidence follows their steps,
 * done, undone and redone, at once, not after a while. */
static void
test_unseen_ideas (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = ch_ui_test_create_project (fixture, "Unseen");
  g_autoptr(GError) error = NULL;
  ChPersonaEvidence *evidence;
  ChParticipant *jordan;
  ChPersona *persona;
  ChProject *project;
  ChIdea *idea;

  project = ch_ui_test_open_in_window (fixture, path);
  ch_ui_test_run_pending ();
  persona = ch_project_add_persona (project, "Busy parent", &error);
  g_assert_no_error (error);
  jordan = ch_project_add_participant (project, "Jordan P.", &error);
  g_assert_no_error (error);
  ch_project_update (project, CH_ENTITY (jordan), &error,
                     "persona-id", ch_entity_get_id (CH_ENTITY (persona)), NULL);
  g_assert_no_error (error);
  idea = ch_project_add_idea (project, "Tap to pay", &error);
  g_assert_no_error (error);

  evidence = show_persona (fixture, persona);
  g_assert_cmpstr (ideas_heading (evidence), ==, "Serves 0 ideas");
  g_assert_false (ch_idea_has_search_key (idea));

  /* Linked, unlinked by an undo, linked again by a redo. */
  set_personas (project, idea, persona);
  run_ready ();
  g_assert_cmpstr (ideas_heading (evidence), ==, "Serves 1 idea");
  g_assert_true (ch_project_undo (project, &error));
  g_assert_no_error (error);
  run_ready ();
  g_assert_cmpstr (ideas_heading (evidence), ==, "Serves 0 ideas");
  g_assert_true (ch_project_redo (project, &error));
  g_assert_no_error (error);
  run_ready ();
  g_assert_cmpstr (ideas_heading (evidence), ==, "Serves 1 idea");

  /* Jordan's contribution, counted and then undone. */
  add_contributor (project, idea, jordan);
  run_ready ();
  g_assert_cmpstr (adw_action_row_get_subtitle (get_participant_row (evidence, 0)), ==,
                   "Customer\nContributed 1 idea: “Tap to pay”");
  ch_project_update (project, CH_ENTITY (idea), &error, "title", "Tap the card", NULL);
  g_assert_no_error (error);
  run_ready ();
  g_assert_cmpstr (adw_action_row_get_subtitle (get_participant_row (evidence, 0)), ==,
                   "Customer\nContributed 1 idea: “Tap the card”");
  g_assert_true (ch_project_undo (project, &error));
  run_ready ();
  g_assert_cmpstr (adw_action_row_get_subtitle (get_participant_row (evidence, 0)), ==,
                   "Customer\nContributed 1 idea: “Tap to pay”");
  g_assert_true (ch_project_undo (project, &error));
  g_assert_no_error (error);
  run_ready ();
  g_assert_cmpstr (adw_action_row_get_subtitle (get_participant_row (evidence, 0)), ==,
                   "Customer\nNo ideas contributed yet");
}

/* -m perf: selecting a persona in a project of 100 000 ideas. */
static void
test_100k_ideas (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = ch_ui_test_create_project (fixture, "Large");
  g_autoptr(GPtrArray) ideas = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  ChPersonasPage *page;
  ChPersonaEvidence *evidence;
  ChParticipant *participant;
  ChPersona *personas[2];
  ChProject *project;
  gint64 start;
  double shown, selected, linked, hidden;

  project = ch_ui_test_open_in_window (fixture, path);
  personas[0] = ch_project_add_persona (project, "Busy parent", &error);
  personas[1] = ch_project_add_persona (project, "Night owl", &error);
  participant = ch_project_add_participant (project, "Jordan P.", &error);
  g_assert_no_error (error);
  ch_project_update (project, CH_ENTITY (participant), &error,
                     "persona-id", ch_entity_get_id (CH_ENTITY (personas[0])), NULL);
  g_assert_no_error (error);

  for (guint i = 0; i < 100000; i++)
    {
      g_autofree char *title = g_strdup_printf ("Idea %u", i);
      const char *for_personas[] = { ch_entity_get_id (CH_ENTITY (personas[(i / 4) % 2])), NULL };
      g_autoptr(GPtrArray) contributors = NULL;
      ChIdea *idea = ch_idea_new (NULL, title);

      contributors = g_ptr_array_new_with_free_func ((GDestroyNotify) ch_contributor_free);
      if (i % 10 == 0)
        g_ptr_array_add (contributors,
                         ch_contributor_new (ch_entity_get_id (CH_ENTITY (participant)), NULL));
      g_object_set (idea,
                    "position", i,
                    "personas", i % 4 == 0 ? for_personas : NULL,
                    "contributors", contributors,
                    NULL);
      g_ptr_array_add (ideas, idea);
    }
  g_assert_true (ch_project_add_many (project, (ChEntity **) ideas->pdata, ideas->len, &error));
  g_assert_no_error (error);
  ch_ui_test_run_pending ();

  page = TEMPLATE_CHILD (get_view (fixture), CH_TYPE_PROJECT_VIEW, "personas_page");
  evidence = TEMPLATE_CHILD (TEMPLATE_CHILD (page, CH_TYPE_PERSONAS_PAGE, "editor"),
                             CH_TYPE_PERSONA_EDITOR, "evidence");
  ch_personas_page_select (page, personas[1]);

  /* Shown: every idea watched, both lists worked out. */
  start = g_get_monotonic_time ();
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-personas", NULL);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (evidence)));
  shown = (g_get_monotonic_time () - start) / 1000.0;
  g_assert_cmpstr (ideas_heading (evidence), ==, "Serves 12500 ideas");

  start = g_get_monotonic_time ();
  ch_personas_page_select (page, personas[0]);
  selected = (g_get_monotonic_time () - start) / 1000.0;
  g_assert_cmpstr (ideas_heading (evidence), ==, "Serves 12500 ideas");
  g_assert_cmpstr (adw_action_row_get_subtitle (get_participant_row (evidence, 0)), ==,
                   "Customer\n"
                   "Contributed 10000 ideas: “Idea 0”, “Idea 10”, “Idea 20”…");

  /* An idea linked: the step tells. */
  set_personas (project, g_ptr_array_index (ideas, 1), personas[0]);
  start = g_get_monotonic_time ();
  WAIT_UNTIL (g_str_equal (ideas_heading (evidence), "Serves 12501 ideas"));
  linked = (g_get_monotonic_time () - start) / 1000.0;

  start = g_get_monotonic_time ();
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-ideas", NULL);
  hidden = (g_get_monotonic_time () - start) / 1000.0;

  printf ("# personas page shown: %.1f ms\n"
          "# persona selected: %.1f ms\n"
          "# an idea linked, list updated: %.1f ms\n"
          "# page hidden: %.1f ms\n",
          shown, selected, linked, hidden);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  int status;

  data_home = ch_test_dir_new ();
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/ch/personas/serving-ideas", Fixture, NULL,
              ch_ui_test_fixture_set_up, test_serving_ideas, ch_ui_test_fixture_tear_down);
  g_test_add ("/ch/personas/participants", Fixture, NULL,
              ch_ui_test_fixture_set_up, test_participants, ch_ui_test_fixture_tear_down);
  g_test_add ("/ch/personas/show-idea", Fixture, NULL,
              ch_ui_test_fixture_set_up, test_show_idea, ch_ui_test_fixture_tear_down);
  g_test_add ("/ch/personas/unseen-ideas", Fixture, NULL,
              ch_ui_test_fixture_set_up, test_unseen_ideas, ch_ui_test_fixture_tear_down);
  if (g_test_perf ())
    g_test_add ("/ch/personas/100k-ideas", Fixture, NULL,
                ch_ui_test_fixture_set_up, test_100k_ideas, ch_ui_test_fixture_tear_down);

  status = g_test_run ();

  ch_test_dir_free (g_steal_pointer (&data_home));

  return status;
}
