/* test-capture.c: the capture bar of the ideas page, from the keyboard
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "ch-application.h"
#include "ch-ideas-page.h"
#include "ch-new-participant-popover.h"
#include "ch-project-view.h"
#include "ch-test-helpers.h"
#include "ch-ui-test-helpers.h"
#include "ch-window.h"

typedef ChUiTestFixture Fixture;

static ChIdeasPage *
get_ideas_page (Fixture *fixture)
{
  ChProjectView *view = TEMPLATE_CHILD (fixture->window, CH_TYPE_WINDOW, "project_view");

  return TEMPLATE_CHILD (view, CH_TYPE_PROJECT_VIEW, "ideas_page");
}

static GtkEditable *
get_entry (ChIdeasPage *page)
{
  return TEMPLATE_CHILD (page, CH_TYPE_IDEAS_PAGE, "new_idea_entry");
}

static GtkDropDown *
get_drop_down (ChIdeasPage *page)
{
  return TEMPLATE_CHILD (page, CH_TYPE_IDEAS_PAGE, "contributor_drop_down");
}

/* Types @text into the focused capture entry and presses Enter. */
static void
capture (Fixture    *fixture,
         const char *text)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  GtkEditable *entry = get_entry (get_ideas_page (fixture));

  g_assert_nonnull (focus);
  g_assert_true (focus == GTK_WIDGET (entry) || gtk_widget_is_ancestor (focus, GTK_WIDGET (entry)));
  gtk_editable_set_text (entry, text);
  g_signal_emit_by_name (entry, "activate");
  ch_ui_test_run_pending ();
}

static void
assert_entry_ready (Fixture *fixture)
{
  GtkEditable *entry = get_entry (get_ideas_page (fixture));
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
  g_assert_nonnull (focus);
  g_assert_true (focus == GTK_WIDGET (entry) || gtk_widget_is_ancestor (focus, GTK_WIDGET (entry)));
}

static ChIdea *
find_idea (GListModel *ideas,
           const char *title)
{
  for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
    {
      g_autoptr(ChIdea) idea = g_list_model_get_item (ideas, i);

      if (g_strcmp0 (ch_idea_get_title (idea), title) == 0)
        return idea;
    }

  return NULL;
}

/* Does what pressing @keyval with Alt does on the ideas page: the action
 * of the page's shortcut for that key, found by its trigger. */
static void
press_alt (ChIdeasPage *page,
           guint        keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (page));
  g_autoptr(GtkShortcutTrigger) wanted = gtk_keyval_trigger_new (keyval, GDK_ALT_MASK);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            {
              g_assert_cmpint (gtk_shortcut_controller_get_scope (GTK_SHORTCUT_CONTROLLER (controller)),
                               ==, GTK_SHORTCUT_SCOPE_LOCAL);
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                           0, GTK_WIDGET (page),
                                                           gtk_shortcut_get_arguments (shortcut)));
              ch_ui_test_run_pending ();
              return;
            }
        }
    }

  g_error ("No shortcut for Alt+%s on the ideas page", gdk_keyval_name (keyval));
}

static void
test_keyboard_capture (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = ch_ui_test_create_project (fixture, "Capture");
  const char * const invoice[] = { "invoice", NULL };
  g_auto(GStrv) accels = NULL;
  g_auto(GStrv) alt_actions = NULL;
  ChProject *project;
  GListModel *ideas;
  ChIdea *idea;

  project = ch_ui_test_open_in_window (fixture, path);
  ideas = ch_project_get_ideas (project);

  /* Alt+1…Alt+9 are the capture bar's; the pages moved to Ctrl+1…Ctrl+3. */
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (fixture->app),
                                                  "win.show-ideas");
  g_assert_cmpstrv (accels, ((const char * const[]) { "<Control>1", NULL }));
  for (int i = 0; i <= 9; i++)
    {
      g_autofree char *accel = g_strdup_printf ("<Alt>%d", i);
      g_auto(GStrv) actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (fixture->app),
                                                                     accel);

      g_assert_cmpuint (g_strv_length (actions), ==, 0);
    }

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-idea", NULL);
  ch_ui_test_run_pending ();

  capture (fixture, "Pay by #invoice");
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, 1);
  idea = find_idea (ideas, "Pay by invoice");
  g_assert_nonnull (idea);
  g_assert_cmpstrv (ch_idea_get_tags (idea), invoice);
  g_assert_true (ch_idea_get_contributors (idea) == NULL ||
                 ch_idea_get_contributors (idea)->len == 0);
  assert_entry_ready (fixture);

  /* The next one right away, without touching the mouse. */
  capture (fixture, "Open on #sunday mornings #weekend");
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, 2);
  idea = find_idea (ideas, "Open on sunday mornings weekend");
  g_assert_nonnull (idea);
  g_assert_cmpstrv (ch_idea_get_tags (idea), ((const char * const[]) { "sunday", "weekend", NULL }));
  assert_entry_ready (fixture);

  /* Nothing but spaces adds nothing. */
  capture (fixture, "   ");
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, 2);
}

static void
test_contributor (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = ch_ui_test_create_project (fixture, "Contributors");
  g_autofree char *sam_id = NULL;
  g_autoptr(ChProject) reopened = NULL;
  g_autoptr(GError) error = NULL;
  ChParticipant *jordan;
  ChParticipant *sam;
  GtkDropDown *drop_down;
  ChIdeasPage *page;
  ChProject *project;
  ChContributor *contributor;
  GPtrArray *contributors;
  ChIdea *idea;

  project = ch_ui_test_open_in_window (fixture, path);
  page = get_ideas_page (fixture);
  drop_down = get_drop_down (page);

  jordan = ch_project_add_participant (project, "Jordan", &error);
  g_assert_no_error (error);
  sam = ch_project_add_participant (project, "Sam", &error);
  g_assert_no_error (error);
  sam_id = g_strdup (ch_entity_get_id (CH_ENTITY (sam)));
  ch_ui_test_run_pending ();

  /* "Nobody", then the participants as they come. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (drop_down)), ==, 3);
  g_assert_cmpuint (gtk_drop_down_get_selected (drop_down), ==, 0);
  g_assert_true (gtk_drop_down_get_enable_search (drop_down));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-idea", NULL);
  ch_ui_test_run_pending ();

  /* Alt+2: the second participant, and the focus stays in the entry. */
  press_alt (page, GDK_KEY_2);
  g_assert_true (gtk_drop_down_get_selected_item (drop_down) == (gpointer) sam);

  capture (fixture, "Loyalty card for #regulars");
  idea = find_idea (ch_project_get_ideas (project), "Loyalty card for regulars");
  g_assert_nonnull (idea);
  contributors = ch_idea_get_contributors (idea);
  g_assert_nonnull (contributors);
  g_assert_cmpuint (contributors->len, ==, 1);
  contributor = contributors->pdata[0];
  g_assert_cmpstr (contributor->participant_id, ==, sam_id);
  assert_entry_ready (fixture);

  /* The choice stays for the next idea. */
  capture (fixture, "Seasonal bread");
  idea = find_idea (ch_project_get_ideas (project), "Seasonal bread");
  g_assert_nonnull (idea);
  g_assert_cmpuint (ch_idea_get_contributors (idea)->len, ==, 1);

  /* A participant added before Sam does not take Sam's place. */
  ch_project_add_participant (project, "Alex", &error);
  g_assert_no_error (error);
  ch_ui_test_run_pending ();
  g_assert_true (gtk_drop_down_get_selected_item (drop_down) == (gpointer) sam);

  /* Alt+9 with three participants chooses nothing new. */
  press_alt (page, GDK_KEY_9);
  g_assert_true (gtk_drop_down_get_selected_item (drop_down) == (gpointer) sam);

  /* Alt+1 Jordan, Alt+0 nobody. */
  press_alt (page, GDK_KEY_1);
  g_assert_true (gtk_drop_down_get_selected_item (drop_down) == (gpointer) jordan);
  press_alt (page, GDK_KEY_0);
  g_assert_cmpuint (gtk_drop_down_get_selected (drop_down), ==, 0);
  capture (fixture, "Nobody's idea");
  idea = find_idea (ch_project_get_ideas (project), "Nobody's idea");
  g_assert_nonnull (idea);
  g_assert_true (ch_idea_get_contributors (idea) == NULL ||
                 ch_idea_get_contributors (idea)->len == 0);

  /* A chosen participant who is deleted is nobody's neighbour's credit. */
  press_alt (page, GDK_KEY_1);
  g_assert_true (gtk_drop_down_get_selected_item (drop_down) == (gpointer) jordan);
  g_assert_true (ch_project_remove (project, CH_ENTITY (jordan), &error));
  g_assert_no_error (error);
  ch_ui_test_run_pending ();
  g_assert_cmpuint (gtk_drop_down_get_selected (drop_down), ==, 0);

  ch_window_close_project (fixture->window);
  reopened = ch_project_open (path, &error);
  g_assert_no_error (error);
  idea = find_idea (ch_project_get_ideas (reopened), "Loyalty card for regulars");
  g_assert_nonnull (idea);
  g_assert_cmpstrv (ch_idea_get_tags (idea), ((const char * const[]) { "regulars", NULL }));
  contributors = ch_idea_get_contributors (idea);
  g_assert_nonnull (contributors);
  g_assert_cmpuint (contributors->len, ==, 1);
  contributor = contributors->pdata[0];
  g_assert_cmpstr (contributor->participant_id, ==, sam_id);
  ch_project_close (reopened);
}

static void
test_undo_capture (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = ch_ui_test_create_project (fixture, "Undo");
  g_autofree char *sam_id = NULL;
  g_autoptr(GError) error = NULL;
  ChParticipant *sam;
  ChIdeasPage *page;
  ChProject *project;
  ChContributor *contributor;
  GListModel *ideas;
  ChIdea *idea;

  project = ch_ui_test_open_in_window (fixture, path);
  ideas = ch_project_get_ideas (project);
  page = get_ideas_page (fixture);
  sam = ch_project_add_participant (project, "Sam", &error);
  g_assert_no_error (error);
  sam_id = g_strdup (ch_entity_get_id (CH_ENTITY (sam)));
  ch_ui_test_run_pending ();

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-idea", NULL);
  ch_ui_test_run_pending ();
  capture (fixture, "Keep the basket");
  press_alt (page, GDK_KEY_1);
  capture (fixture, "Pay by #invoice");
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, 2);

  /* Title, tags and contributor went in as one step: one Ctrl+Z. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  ch_ui_test_run_pending ();
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, 1);
  g_assert_null (find_idea (ideas, "Pay by invoice"));
  g_assert_nonnull (find_idea (ideas, "Keep the basket"));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.redo", NULL);
  ch_ui_test_run_pending ();
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, 2);
  idea = find_idea (ideas, "Pay by invoice");
  g_assert_nonnull (idea);
  g_assert_cmpstrv (ch_idea_get_tags (idea), ((const char * const[]) { "invoice", NULL }));
  g_assert_cmpuint (ch_idea_get_contributors (idea)->len, ==, 1);
  contributor = ch_idea_get_contributors (idea)->pdata[0];
  g_assert_cmpstr (contributor->participant_id, ==, sam_id);
}

static GtkDropDown *
get_session_drop_down (ChIdeasPage *page)
{
  return TEMPLATE_CHILD (page, CH_TYPE_IDEAS_PAGE, "session_drop_down");
}

static void
test_current_session (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = ch_ui_test_create_project (fixture, "Sessions");
  g_autofree char *first_id = NULL;
  g_autofree char *second_id = NULL;
  g_autoptr(ChProject) setup = NULL;
  g_autoptr(GError) error = NULL;
  ChSession *session;
  GtkDropDown *drop_down;
  ChIdeasPage *page;
  ChProject *project;
  ChIdea *idea;

  /* The newer session first in the file: the date decides, not the order. */
  setup = ch_project_open (path, &error);
  g_assert_no_error (error);
  session = ch_project_add_session (setup, "Second morning", "2026-11-23", &error);
  g_assert_no_error (error);
  second_id = g_strdup (ch_entity_get_id (CH_ENTITY (session)));
  session = ch_project_add_session (setup, "First morning", "2026-11-22", &error);
  g_assert_no_error (error);
  first_id = g_strdup (ch_entity_get_id (CH_ENTITY (session)));
  ch_project_close (setup);
  g_clear_object (&setup);

  project = ch_ui_test_open_in_window (fixture, path);
  page = get_ideas_page (fixture);
  drop_down = get_session_drop_down (page);

  /* "No session", then the sessions; the newest is current. */
  g_assert_true (gtk_drop_down_get_enable_search (drop_down));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (drop_down)), ==, 3);
  session = ch_ideas_page_get_current_session (page);
  g_assert_nonnull (session);
  g_assert_cmpstr (ch_entity_get_id (CH_ENTITY (session)), ==, second_id);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-idea", NULL);
  ch_ui_test_run_pending ();
  capture (fixture, "Loyalty card");
  idea = find_idea (ch_project_get_ideas (project), "Loyalty card");
  g_assert_nonnull (idea);
  g_assert_cmpstr (ch_idea_get_session_id (idea), ==, second_id);

  /* The other one, chosen: the next idea is its. */
  session = CH_SESSION (ch_project_lookup (project, CH_TYPE_SESSION, first_id));
  ch_ideas_page_set_current_session (page, session);
  g_assert_true (gtk_drop_down_get_selected_item (drop_down) == (gpointer) session);
  capture (fixture, "Seasonal bread");
  idea = find_idea (ch_project_get_ideas (project), "Seasonal bread");
  g_assert_nonnull (idea);
  g_assert_cmpstr (ch_idea_get_session_id (idea), ==, first_id);

  /* A session added meanwhile does not take its place. */
  ch_project_add_session (project, "Third morning", "2026-11-24", &error);
  g_assert_no_error (error);
  ch_ui_test_run_pending ();
  g_assert_true (ch_ideas_page_get_current_session (page) == session);

  /* In the file, and the newest is current again on reopening. */
  ch_window_close_project (fixture->window);
  ch_ui_test_run_pending ();
  project = ch_ui_test_open_in_window (fixture, path);
  idea = find_idea (ch_project_get_ideas (project), "Loyalty card");
  g_assert_nonnull (idea);
  g_assert_cmpstr (ch_idea_get_session_id (idea), ==, second_id);
  idea = find_idea (ch_project_get_ideas (project), "Seasonal bread");
  g_assert_nonnull (idea);
  g_assert_cmpstr (ch_idea_get_session_id (idea), ==, first_id);
  session = ch_ideas_page_get_current_session (page);
  g_assert_nonnull (session);
  g_assert_cmpstr (ch_session_get_title (session), ==, "Third morning");

  /* The current session deleted: no session, not its neighbour. */
  ch_ideas_page_set_current_session (page, CH_SESSION (ch_project_lookup (project, CH_TYPE_SESSION,
                                                                          second_id)));
  g_assert_true (ch_project_remove (project,
                                    ch_project_lookup (project, CH_TYPE_SESSION, second_id),
                                    &error));
  g_assert_no_error (error);
  ch_ui_test_run_pending ();
  g_assert_null (ch_ideas_page_get_current_session (page));
  g_assert_cmpuint (gtk_drop_down_get_selected (drop_down), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (drop_down)), ==, 3);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-idea", NULL);
  ch_ui_test_run_pending ();
  capture (fixture, "Open on sundays");
  idea = find_idea (ch_project_get_ideas (project), "Open on sundays");
  g_assert_nonnull (idea);
  g_assert_null (ch_idea_get_session_id (idea));
}

static void
test_no_sessions (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = ch_ui_test_create_project (fixture, "No sessions");
  ChIdeasPage *page;
  ChProject *project;
  ChIdea *idea;

  project = ch_ui_test_open_in_window (fixture, path);
  page = get_ideas_page (fixture);
  g_assert_null (ch_ideas_page_get_current_session (page));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (get_session_drop_down (page))),
                    ==, 1);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-idea", NULL);
  ch_ui_test_run_pending ();
  capture (fixture, "Keep the basket");
  idea = find_idea (ch_project_get_ideas (project), "Keep the basket");
  g_assert_nonnull (idea);
  g_assert_null (ch_idea_get_session_id (idea));
}

/* Someone new speaks: Shift+Ctrl+P, their name, Enter; they are in the
 * project and the contributor of the next idea, and the focus is back in
 * the capture bar. */
static void
test_add_participant (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = ch_ui_test_create_project (fixture, "New people");
  g_autoptr(GError) error = NULL;
  ChProject *project = ch_ui_test_open_in_window (fixture, path);
  ChIdeasPage *page = get_ideas_page (fixture);
  GtkPopover *popover = TEMPLATE_CHILD (page, CH_TYPE_IDEAS_PAGE, "new_participant_popover");
  GtkEditable *name = TEMPLATE_CHILD (popover, CH_TYPE_NEW_PARTICIPANT_POPOVER, "name_entry");
  GtkWidget *add = TEMPLATE_CHILD (popover, CH_TYPE_NEW_PARTICIPANT_POPOVER, "add_button");
  GListModel *participants = ch_project_get_participants (project);
  ChParticipant *participant;
  GPtrArray *contributors;
  ChIdea *idea;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-idea", NULL);
  ch_ui_test_run_pending ();
  ch_ui_test_press (GTK_WIDGET (page), "<Control><Shift>p");
  WAIT_UNTIL (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_false (gtk_widget_get_sensitive (add));

  /* Blank is no name. */
  gtk_editable_set_text (name, "   ");
  g_signal_emit_by_name (name, "activate");
  ch_ui_test_run_pending ();
  g_assert_cmpuint (g_list_model_get_n_items (participants), ==, 0);

  gtk_editable_set_text (name, "Noor Haddad");
  g_assert_true (gtk_widget_get_sensitive (add));
  g_signal_emit_by_name (name, "activate");
  ch_ui_test_run_pending ();
  g_assert_cmpuint (g_list_model_get_n_items (participants), ==, 1);
  participant = g_list_model_get_item (participants, 0);
  g_object_unref (participant);
  g_assert_cmpstr (ch_participant_get_name (participant), ==, "Noor Haddad");
  g_assert_cmpint (ch_participant_get_kind (participant), ==, CH_PARTICIPANT_KIND_CUSTOMER);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_true (gtk_drop_down_get_selected_item (get_drop_down (page)) ==
                 (gpointer) participant);
  assert_entry_ready (fixture);

  capture (fixture, "Split the bill");
  idea = find_idea (ch_project_get_ideas (project), "Split the bill");
  g_assert_nonnull (idea);
  contributors = ch_idea_get_contributors (idea);
  g_assert_nonnull (contributors);
  g_assert_cmpuint (contributors->len, ==, 1);
  g_assert_cmpstr (((ChContributor *) g_ptr_array_index (contributors, 0))->participant_id, ==,
                   ch_entity_get_id (CH_ENTITY (participant)));

  /* Two steps: the idea, then the person, undone in turn. */
  g_assert_true (ch_project_undo (project, &error));
  g_assert_true (ch_project_undo (project, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (participants), ==, 0);
  ch_ui_test_run_pending ();
  g_assert_cmpuint (gtk_drop_down_get_selected (get_drop_down (page)), ==, 0);
}

/* In an anonymous session nobody can be chosen, and a capture records
 * nobody, whoever was chosen before. */
static void
test_anonymous_session (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *path = ch_ui_test_create_project (fixture, "Anonymous");
  g_autoptr(GError) error = NULL;
  ChProject *project = ch_ui_test_open_in_window (fixture, path);
  ChIdeasPage *page = get_ideas_page (fixture);
  GtkDropDown *contributor = get_drop_down (page);
  ChSession *session;
  GPtrArray *contributors;
  ChIdea *idea;

  g_assert_nonnull (ch_project_add_participant (project, "Jordan P.", &error));
  session = ch_project_add_session (project, "Open forum", "2026-11-23", &error);
  g_assert_no_error (error);
  ch_ui_test_run_pending ();
  ch_ideas_page_set_current_session (page, session);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-idea", NULL);
  ch_ui_test_run_pending ();
  press_alt (page, GDK_KEY_1);
  g_assert_cmpuint (gtk_drop_down_get_selected (contributor), ==, 1);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (contributor)));

  /* Made anonymous while it is current. */
  g_assert_true (ch_project_update (project, CH_ENTITY (session), &error, "anonymous", TRUE, NULL));
  g_assert_no_error (error);
  ch_ui_test_run_pending ();
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (contributor)));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (contributor)), ==,
                   "Anonymous session: who contributed is not recorded");

  capture (fixture, "Nobody knows who said this");
  idea = find_idea (ch_project_get_ideas (project), "Nobody knows who said this");
  g_assert_nonnull (idea);
  contributors = ch_idea_get_contributors (idea);
  g_assert_true (contributors == NULL || contributors->len == 0);
  g_assert_cmpstr (ch_idea_get_session_id (idea), ==, ch_entity_get_id (CH_ENTITY (session)));

  /* Undo makes it a named session again: the chooser comes back. */
  g_assert_true (ch_project_undo (project, &error));
  g_assert_true (ch_project_undo (project, &error));
  g_assert_no_error (error);
  ch_ui_test_run_pending ();
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (contributor)));
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

  g_test_add ("/ch/capture/keyboard", Fixture, NULL,
              ch_ui_test_fixture_set_up, test_keyboard_capture, ch_ui_test_fixture_tear_down);
  g_test_add ("/ch/capture/contributor", Fixture, NULL,
              ch_ui_test_fixture_set_up, test_contributor, ch_ui_test_fixture_tear_down);
  g_test_add ("/ch/capture/undo", Fixture, NULL,
              ch_ui_test_fixture_set_up, test_undo_capture, ch_ui_test_fixture_tear_down);
  g_test_add ("/ch/capture/current-session", Fixture, NULL,
              ch_ui_test_fixture_set_up, test_current_session, ch_ui_test_fixture_tear_down);
  g_test_add ("/ch/capture/add-participant", Fixture, NULL,
              ch_ui_test_fixture_set_up, test_add_participant, ch_ui_test_fixture_tear_down);
  g_test_add ("/ch/capture/anonymous-session", Fixture, NULL,
              ch_ui_test_fixture_set_up, test_anonymous_session, ch_ui_test_fixture_tear_down);
  g_test_add ("/ch/capture/no-sessions", Fixture, NULL,
              ch_ui_test_fixture_set_up, test_no_sessions, ch_ui_test_fixture_tear_down);

  status = g_test_run ();

  ch_test_dir_free (g_steal_pointer (&data_home));

  return status;
}
