/* test-idea-pane.c: rating an idea, the personas it serves and its contributors
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "ch-application.h"
#include "ch-idea-editor.h"
#include "ch-ideas-page.h"
#include "ch-project-view.h"
#include "ch-test-helpers.h"
#include "ch-ui-test-helpers.h"
#include "ch-window.h"

typedef ChUiTestFixture Fixture;

/* A project with two personas, a participant, and one idea that the
 * participant contributed; its path. */
static char *
create_project (Fixture *fixture)
{
  g_autoptr(GPtrArray) contributors = NULL;
  g_autoptr(ChProject) project = NULL;
  g_autoptr(GError) error = NULL;
  ChParticipant *participant;
  ChIdea *idea;
  char *path;

  path = ch_library_create_project (ch_application_get_library (fixture->app), "Pane", &error);
  g_assert_no_error (error);

  project = ch_project_open (path, &error);
  g_assert_no_error (error);
  ch_project_add_persona (project, "Busy parent", &error);
  g_assert_no_error (error);
  ch_project_add_persona (project, "Night owl", &error);
  g_assert_no_error (error);
  participant = ch_project_add_participant (project, "Jordan P.", &error);
  g_assert_no_error (error);
  idea = ch_project_add_idea (project, "Pay by invoice", &error);
  g_assert_no_error (error);

  contributors = g_ptr_array_new_with_free_func ((GDestroyNotify) ch_contributor_free);
  g_ptr_array_add (contributors,
                   ch_contributor_new (ch_entity_get_id (CH_ENTITY (participant)), NULL));
  ch_project_update (project, CH_ENTITY (idea), &error, "contributors", contributors, NULL);
  g_assert_no_error (error);
  ch_project_close (project);

  return path;
}

static ChIdeaEditor *
open_idea (Fixture    *fixture,
           const char *path)
{
  ChProjectView *view = TEMPLATE_CHILD (fixture->window, CH_TYPE_WINDOW, "project_view");
  ChIdeasPage *page = TEMPLATE_CHILD (view, CH_TYPE_PROJECT_VIEW, "ideas_page");
  ChIdeaEditor *editor = TEMPLATE_CHILD (page, CH_TYPE_IDEAS_PAGE, "editor");

  ch_window_open_project (fixture->window, path);
  WAIT_UNTIL (ch_window_get_project (fixture->window) != NULL);
  ch_ui_test_run_pending ();

  if (ch_idea_editor_get_idea (editor) == NULL)
    {
      gtk_single_selection_set_selected (TEMPLATE_CHILD (page, CH_TYPE_IDEAS_PAGE, "selection"), 0);
      ch_ui_test_run_pending ();
    }
  g_assert_nonnull (ch_idea_editor_get_idea (editor));

  return editor;
}

/* The check of row @index in @list_name. */
static GtkCheckButton *
get_check (ChIdeaEditor *editor,
           const char   *list_name,
           int           index)
{
  GtkListBox *list = TEMPLATE_CHILD (editor, CH_TYPE_IDEA_EDITOR, list_name);
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, index);

  g_assert_true (ADW_IS_ACTION_ROW (row));

  return GTK_CHECK_BUTTON (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)));
}

static const char *
get_row_title (ChIdeaEditor *editor,
               const char   *list_name,
               int           index)
{
  GtkListBox *list = TEMPLATE_CHILD (editor, CH_TYPE_IDEA_EDITOR, list_name);
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, index);

  g_assert_nonnull (row);

  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
}

static void
test_edits_are_saved (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = create_project (fixture);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(ChProject) reopened = NULL;
  g_autoptr(ChPersona) night_owl = NULL;
  g_autoptr(ChIdea) saved = NULL;
  g_autoptr(GError) error = NULL;
  const ChContributor *contributor;
  const char * const *personas;
  ChIdeaEditor *editor;
  ChIdea *idea;

  editor = open_idea (fixture, path);
  idea = ch_idea_editor_get_idea (editor);

  /* Nothing rated yet: both combos say "Not set". */
  g_assert_cmpuint (adw_combo_row_get_selected (TEMPLATE_CHILD (editor, CH_TYPE_IDEA_EDITOR,
                                                                "impact_row")), ==, 0);
  adw_combo_row_set_selected (TEMPLATE_CHILD (editor, CH_TYPE_IDEA_EDITOR, "impact_row"), 4);
  adw_combo_row_set_selected (TEMPLATE_CHILD (editor, CH_TYPE_IDEA_EDITOR, "effort_row"), 2);
  g_assert_cmpint (ch_idea_get_impact (idea), ==, 4);
  g_assert_cmpint (ch_idea_get_effort (idea), ==, 2);

  /* The personas, in the project's order, none ticked. */
  g_assert_cmpstr (get_row_title (editor, "personas_list", 0), ==, "Busy parent");
  g_assert_cmpstr (get_row_title (editor, "personas_list", 1), ==, "Night owl");
  g_assert_false (gtk_check_button_get_active (get_check (editor, "personas_list", 1)));
  gtk_check_button_set_active (get_check (editor, "personas_list", 1), TRUE);
  ch_ui_test_run_pending ();
  personas = ch_idea_get_personas (idea);
  g_assert_nonnull (personas);
  g_assert_cmpuint (g_strv_length ((GStrv) personas), ==, 1);
  night_owl = g_list_model_get_item (ch_project_get_personas (ch_idea_editor_get_project (editor)),
                                     1);
  g_assert_cmpstr (personas[0], ==, ch_entity_get_id (CH_ENTITY (night_owl)));

  /* The list follows a rename. */
  ch_project_update (ch_idea_editor_get_project (editor), CH_ENTITY (night_owl), &error,
                     "name", "Early bird", NULL);
  g_assert_no_error (error);
  ch_ui_test_run_pending ();
  g_assert_cmpstr (get_row_title (editor, "personas_list", 1), ==, "Early bird");
  g_assert_true (gtk_check_button_get_active (get_check (editor, "personas_list", 1)));

  /* The contributor, by name, told today. */
  g_assert_cmpstr (get_row_title (editor, "contributors_list", 0), ==, "Jordan P.");
  g_assert_false (gtk_check_button_get_active (get_check (editor, "contributors_list", 0)));
  gtk_check_button_set_active (get_check (editor, "contributors_list", 0), TRUE);
  ch_ui_test_run_pending ();
  contributor = g_ptr_array_index (ch_idea_get_contributors (idea), 0);
  g_assert_cmpstr (contributor->informed, ==, today);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (gtk_list_box_get_row_at_index (
                     TEMPLATE_CHILD (editor, CH_TYPE_IDEA_EDITOR, "contributors_list"), 0))),
                   !=, "");

  ch_window_close_project (fixture->window);
  reopened = ch_project_open (path, &error);
  g_assert_no_error (error);
  saved = g_list_model_get_item (ch_project_get_ideas (reopened), 0);
  g_assert_cmpint (ch_idea_get_impact (saved), ==, 4);
  g_assert_cmpint (ch_idea_get_effort (saved), ==, 2);
  personas = ch_idea_get_personas (saved);
  g_assert_nonnull (personas);
  g_assert_cmpuint (g_strv_length ((GStrv) personas), ==, 1);
  g_assert_cmpstr (personas[0], ==, ch_entity_get_id (CH_ENTITY (night_owl)));
  g_assert_cmpuint (ch_idea_get_contributors (saved)->len, ==, 1);
  contributor = g_ptr_array_index (ch_idea_get_contributors (saved), 0);
  g_assert_cmpstr (contributor->informed, ==, today);
  ch_project_close (reopened);
}

static void
test_undo_persona (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = create_project (fixture);
  const char * const *personas;
  ChIdeaEditor *editor;
  GtkCheckButton *check;
  ChIdea *idea;

  editor = open_idea (fixture, path);
  idea = ch_idea_editor_get_idea (editor);
  check = get_check (editor, "personas_list", 0);

  gtk_check_button_set_active (check, TRUE);
  ch_ui_test_run_pending ();
  personas = ch_idea_get_personas (idea);
  g_assert_true (personas != NULL && g_strv_length ((GStrv) personas) == 1);

  /* Undo unticks it and does not write it back. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  ch_ui_test_run_pending ();
  personas = ch_idea_get_personas (idea);
  g_assert_true (personas == NULL || personas[0] == NULL);
  g_assert_false (gtk_check_button_get_active (get_check (editor, "personas_list", 0)));
  g_assert_true (ch_project_get_can_redo (ch_idea_editor_get_project (editor)));
}

/* The contributor row's button that takes them off the idea. */
static GtkWidget *
get_remove_button (ChIdeaEditor *editor,
                   int           index)
{
  GtkListBox *list = TEMPLATE_CHILD (editor, CH_TYPE_IDEA_EDITOR, "contributors_list");
  GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, index));
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  g_assert_nonnull (row);
  ch_ui_test_collect_widgets (row, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (buttons->pdata[i]), "Remove as Contributor") == 0)
      return buttons->pdata[i];

  g_error ("No remove button in the row of contributor %d", index);
}

/* A participant is added as a contributor from the list of those who
 * are not yet, and taken off with the row's button; each is one step. */
static void
test_add_remove_contributor (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *path = create_project (fixture);
  g_autoptr(GError) error = NULL;
  ChIdeaEditor *editor;
  ChProject *project;
  GtkListBox *choices;
  GtkWidget *popover;
  GPtrArray *contributors;
  ChIdea *idea;

  editor = open_idea (fixture, path);
  idea = ch_idea_editor_get_idea (editor);
  project = ch_idea_editor_get_project (editor);
  ch_project_add_participant (project, "Mei Tanaka", &error);
  g_assert_no_error (error);
  ch_ui_test_run_pending ();

  /* Only Mei is offered: Jordan contributed already. */
  popover = TEMPLATE_CHILD (editor, CH_TYPE_IDEA_EDITOR, "add_contributor_popover");
  choices = TEMPLATE_CHILD (editor, CH_TYPE_IDEA_EDITOR, "add_contributor_list");
  gtk_menu_button_popup (TEMPLATE_CHILD (editor, CH_TYPE_IDEA_EDITOR, "add_contributor_button"));
  WAIT_UNTIL (gtk_widget_get_mapped (popover));
  g_assert_nonnull (gtk_list_box_get_row_at_index (choices, 0));
  g_assert_null (gtk_list_box_get_row_at_index (choices, 1));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (
                     gtk_list_box_get_row_at_index (choices, 0))), ==, "Mei Tanaka");
  g_signal_emit_by_name (choices, "row-activated", gtk_list_box_get_row_at_index (choices, 0));
  ch_ui_test_run_pending ();
  g_assert_false (gtk_widget_get_visible (popover));

  contributors = ch_idea_get_contributors (idea);
  g_assert_cmpuint (contributors->len, ==, 2);
  g_assert_cmpstr (get_row_title (editor, "contributors_list", 1), ==, "Mei Tanaka");
  g_assert_cmpstr (ch_project_get_undo_label (project), !=, NULL);

  /* Jordan goes; undo brings him back, before Mei. */
  g_signal_emit_by_name (get_remove_button (editor, 0), "clicked");
  ch_ui_test_run_pending ();
  contributors = ch_idea_get_contributors (idea);
  g_assert_cmpuint (contributors->len, ==, 1);
  g_assert_cmpstr (get_row_title (editor, "contributors_list", 0), ==, "Mei Tanaka");

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  ch_ui_test_run_pending ();
  g_assert_cmpuint (ch_idea_get_contributors (idea)->len, ==, 2);
  g_assert_cmpstr (get_row_title (editor, "contributors_list", 0), ==, "Jordan P.");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  ch_ui_test_run_pending ();
  g_assert_cmpuint (ch_idea_get_contributors (idea)->len, ==, 1);
  g_assert_cmpstr (get_row_title (editor, "contributors_list", 0), ==, "Jordan P.");
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

  g_test_add ("/ch/idea-pane/edits-are-saved", Fixture, NULL,
              ch_ui_test_fixture_set_up, test_edits_are_saved, ch_ui_test_fixture_tear_down);
  g_test_add ("/ch/idea-pane/undo-persona", Fixture, NULL,
              ch_ui_test_fixture_set_up, test_undo_persona, ch_ui_test_fixture_tear_down);
  g_test_add ("/ch/idea-pane/add-remove-contributor", Fixture, NULL,
              ch_ui_test_fixture_set_up, test_add_remove_contributor,
              ch_ui_test_fixture_tear_down);

  status = g_test_run ();

  ch_test_dir_free (g_steal_pointer (&data_home));

  return status;
}
