/* test-sessions.c: the sessions page as a facilitator uses it
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "ch-application.h"
#include "ch-idea-editor.h"
#include "ch-project-view.h"
#include "ch-session-editor.h"
#include "ch-sessions-page.h"
#include "ch-test-helpers.h"
#include "ch-ui-test-helpers.h"
#include "ch-window.h"

typedef ChUiTestFixture Fixture;

static ChSessionsPage *
show_sessions (Fixture *fixture)
{
  ChProjectView *view = TEMPLATE_CHILD (fixture->window, CH_TYPE_WINDOW, "project_view");
  AdwViewStack *view_stack = TEMPLATE_CHILD (view, CH_TYPE_PROJECT_VIEW, "view_stack");

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-sessions", NULL);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack), ==, "sessions");

  return TEMPLATE_CHILD (view, CH_TYPE_PROJECT_VIEW, "sessions_page");
}

static gpointer
editor_child (ChSessionsPage *page,
              const char     *name)
{
  ChSessionEditor *editor = TEMPLATE_CHILD (page, CH_TYPE_SESSIONS_PAGE, "editor");

  return TEMPLATE_CHILD (editor, CH_TYPE_SESSION_EDITOR, name);
}

static GtkButton *
find_toast_undo_button (Fixture *fixture)
{
  GtkWidget *overlay = TEMPLATE_CHILD (fixture->window, CH_TYPE_WINDOW, "toast_overlay");
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  ch_ui_test_collect_widgets (overlay, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      if (g_strcmp0 (gtk_button_get_label (buttons->pdata[i]), "_Undo") == 0)
        return buttons->pdata[i];
    }

  return NULL;
}

static void
test_edits_are_saved (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = ch_ui_test_create_project (fixture, "Sessions");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(ChProject) reopened = NULL;
  g_autoptr(ChSession) saved = NULL;
  g_autoptr(GError) error = NULL;
  ChSessionsPage *page;
  ChSession *session;
  GtkWidget *date_row;
  GtkWidget *focus;

  ch_ui_test_open_in_window (fixture, path);
  page = show_sessions (fixture);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (TEMPLATE_CHILD (page,
                                                                     CH_TYPE_SESSIONS_PAGE,
                                                                     "content_stack")),
                   ==, "empty");

  /* "Add Session" adds one for today, selects it and puts the cursor in its title. */
  gtk_widget_activate_action (GTK_WIDGET (page), "sessions.add", NULL);
  ch_ui_test_run_pending ();
  session = ch_sessions_page_get_selected (page);
  g_assert_nonnull (session);
  g_assert_cmpstr (ch_session_get_title (session), ==, "New session");
  g_assert_cmpstr (ch_session_get_date (session), ==, today);
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, editor_child (page, "title_row")));

  date_row = editor_child (page, "date_row");
  gtk_editable_set_text (editor_child (page, "title_row"), "Kick-off");
  gtk_editable_set_text (GTK_EDITABLE (date_row), "2026-11-24");
  gtk_editable_set_text (editor_child (page, "facilitator_row"), "Jordan P.");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (editor_child (page, "agenda_view")),
                            "Welcome\nWarm-up", -1);
  ch_ui_test_run_pending ();
  g_assert_cmpstr (ch_session_get_date (session), ==, "2026-11-24");
  g_assert_false (gtk_widget_has_css_class (date_row, "error"));

  /* A date that is not one is kept as typed, shown wrong and not stored. */
  gtk_editable_set_text (GTK_EDITABLE (date_row), "24.11.2026");
  ch_ui_test_run_pending ();
  g_assert_cmpstr (ch_session_get_date (session), ==, "2026-11-24");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date_row)), ==, "24.11.2026");
  g_assert_true (gtk_widget_has_css_class (date_row, "error"));
  g_assert_nonnull (gtk_widget_get_tooltip_text (date_row));

  /* Other edits leave the typed text alone. */
  gtk_editable_set_text (editor_child (page, "facilitator_row"), "Sam K.");
  ch_ui_test_run_pending ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date_row)), ==, "24.11.2026");

  ch_window_close_project (fixture->window);
  reopened = ch_project_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_sessions (reopened)), ==, 1);
  saved = g_list_model_get_item (ch_project_get_sessions (reopened), 0);
  g_assert_cmpstr (ch_session_get_title (saved), ==, "Kick-off");
  g_assert_cmpstr (ch_session_get_date (saved), ==, "2026-11-24");
  g_assert_cmpstr (ch_session_get_facilitator (saved), ==, "Sam K.");
  g_assert_cmpstr (ch_session_get_agenda (saved), ==, "Welcome\nWarm-up");
  ch_project_close (reopened);
}

static void
test_delete_then_undo (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = ch_ui_test_create_project (fixture, "Deleting");
  g_autoptr(ChProject) reopened = NULL;
  g_autoptr(ChSession) saved = NULL;
  g_autoptr(GError) error = NULL;
  ChSessionsPage *page;
  GtkButton *undo_button;
  ChProject *project;

  project = ch_ui_test_open_in_window (fixture, path);
  page = show_sessions (fixture);

  gtk_widget_activate_action (GTK_WIDGET (page), "sessions.add", NULL);
  gtk_editable_set_text (editor_child (page, "title_row"), "Kick-off");
  ch_ui_test_run_pending ();

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.delete", NULL);
  ch_ui_test_run_pending ();
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_sessions (project)), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (TEMPLATE_CHILD (page,
                                                                     CH_TYPE_SESSIONS_PAGE,
                                                                     "content_stack")),
                   ==, "empty");

  undo_button = find_toast_undo_button (fixture);
  g_assert_nonnull (undo_button);
  g_signal_emit_by_name (undo_button, "clicked");
  ch_ui_test_run_pending ();
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_sessions (project)), ==, 1);

  ch_window_close_project (fixture->window);
  reopened = ch_project_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_sessions (reopened)), ==, 1);
  saved = g_list_model_get_item (ch_project_get_sessions (reopened), 0);
  g_assert_cmpstr (ch_session_get_title (saved), ==, "Kick-off");
  ch_project_close (reopened);
}

static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  ch_ui_test_collect_widgets (widget, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_label (labels->pdata[i]), text) == 0)
      return TRUE;

  return FALSE;
}

static guint
n_contributors (ChIdea *idea)
{
  GPtrArray *contributors = ch_idea_get_contributors (idea);

  return contributors != NULL ? contributors->len : 0;
}

/* The Anonymous switch: turning it on drops who contributed the
 * session's ideas, in the file too; Ctrl+Z brings them back. */
static void
test_anonymous_is_saved (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *path = ch_ui_test_create_project (fixture, "Anonymous");
  g_autoptr(GPtrArray) contributors = g_ptr_array_new_with_free_func ((GDestroyNotify)ch_contributor_free);
  g_autoptr(ChIdea) idea = ch_idea_new (NULL, "Pay by invoice");
  g_autoptr(ChProject) reopened = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *idea_id = NULL;
  g_autofree char *session_id = NULL;
  GtkWidget *overlay = TEMPLATE_CHILD (fixture->window, CH_TYPE_WINDOW, "toast_overlay");
  ChParticipant *participant;
  ChSessionsPage *page;
  ChSession *session;
  GtkSwitch *anonymous_switch;
  ChProject *project;
  ChEntity *saved;

  project = ch_ui_test_open_in_window (fixture, path);
  participant = ch_project_add_participant (project, "Jordan P.", &error);
  g_assert_no_error (error);
  page = show_sessions (fixture);
  gtk_widget_activate_action (GTK_WIDGET (page), "sessions.add", NULL);
  ch_ui_test_run_pending ();
  session = ch_sessions_page_get_selected (page);
  g_assert_nonnull (session);
  session_id = g_strdup (ch_entity_get_id (CH_ENTITY (session)));

  g_ptr_array_add (contributors,
                   ch_contributor_new (ch_entity_get_id (CH_ENTITY (participant)), NULL));
  g_object_set (idea, "session-id", session_id, "contributors", contributors, NULL);
  g_assert_true (ch_project_add (project, CH_ENTITY (idea), &error));
  g_assert_no_error (error);
  idea_id = g_strdup (ch_entity_get_id (CH_ENTITY (idea)));

  anonymous_switch = editor_child (page, "anonymous_switch");
  g_assert_false (gtk_switch_get_active (anonymous_switch));
  /* As a click does; the switch turns on at the end of its animation. */
  g_assert_true (gtk_widget_activate (GTK_WIDGET (anonymous_switch)));
  WAIT_UNTIL (gtk_switch_get_active (anonymous_switch));
  ch_ui_test_run_pending ();
  g_assert_true (ch_session_get_anonymous (session));
  g_assert_cmpuint (n_contributors (idea), ==, 0);
  g_assert_true (has_label (overlay, "Contributors removed from 1 idea"));
  g_assert_cmpstr (ch_project_get_undo_label (project), ==, "Edit “New session”");

  /* One undo: the switch is off and the contributor back. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  ch_ui_test_run_pending ();
  g_assert_false (gtk_switch_get_active (anonymous_switch));
  g_assert_cmpuint (n_contributors (idea), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.redo", NULL);
  ch_ui_test_run_pending ();
  g_assert_true (gtk_switch_get_active (anonymous_switch));
  g_assert_cmpuint (n_contributors (idea), ==, 0);

  ch_window_close_project (fixture->window);
  reopened = ch_project_open (path, &error);
  g_assert_no_error (error);
  saved = ch_project_lookup (reopened, CH_TYPE_SESSION, session_id);
  g_assert_nonnull (saved);
  g_assert_true (ch_session_get_anonymous (CH_SESSION (saved)));
  saved = ch_project_lookup (reopened, CH_TYPE_IDEA, idea_id);
  g_assert_nonnull (saved);
  g_assert_cmpuint (n_contributors (CH_IDEA (saved)), ==, 0);
  ch_project_close (reopened);
}

/* The idea pane says why an idea of an anonymous session has no
 * contributors, and offers none to tick. */
static void
test_idea_editor_says_anonymous (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autofree char *path = ch_ui_test_create_project (fixture, "Anonymous ideas");
  g_autoptr(GError) error = NULL;
  AdwPreferencesGroup *group;
  GtkWidget *editor;
  GtkWidget *list;
  ChSession *session;
  ChProject *project;
  ChIdea *idea;

  project = ch_ui_test_open_in_window (fixture, path);
  session = ch_project_add_session (project, "Afternoon", "2026-11-22", &error);
  idea = ch_project_add_idea (project, "Pay by invoice", &error);
  g_assert_true (ch_project_update (project, CH_ENTITY (idea), &error,
                                    "session-id", ch_entity_get_id (CH_ENTITY (session)), NULL));
  g_assert_no_error (error);

  editor = g_object_ref_sink (g_object_new (CH_TYPE_IDEA_EDITOR,
                                            "project", project,
                                            "idea", idea,
                                            NULL));
  group = TEMPLATE_CHILD (editor, CH_TYPE_IDEA_EDITOR, "contributors_group");
  list = TEMPLATE_CHILD (editor, CH_TYPE_IDEA_EDITOR, "contributors_list");
  g_assert_cmpstr (adw_preferences_group_get_description (group), ==,
                   "Tick those who were told what became of the idea");
  g_assert_true (gtk_widget_get_visible (list));

  /* The session is made anonymous elsewhere: the pane follows. */
  g_assert_true (ch_project_update (project, CH_ENTITY (session), &error,
                                    "anonymous", TRUE, NULL));
  g_assert_cmpstr (adw_preferences_group_get_description (group), ==,
                   "Anonymous session: contributors are not recorded");
  g_assert_false (gtk_widget_get_visible (list));

  /* So does moving the idea out of it. */
  g_assert_true (ch_project_update (project, CH_ENTITY (idea), &error,
                                    "session-id", NULL, NULL));
  g_assert_true (gtk_widget_get_visible (list));
  g_assert_no_error (error);

  g_object_unref (editor);
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

  g_test_add ("/ch/sessions/edits-are-saved", Fixture, NULL,
              ch_ui_test_fixture_set_up, test_edits_are_saved, ch_ui_test_fixture_tear_down);
  g_test_add ("/ch/sessions/delete-then-undo", Fixture, NULL,
              ch_ui_test_fixture_set_up, test_delete_then_undo, ch_ui_test_fixture_tear_down);
  g_test_add ("/ch/sessions/anonymous-is-saved", Fixture, NULL,
              ch_ui_test_fixture_set_up, test_anonymous_is_saved, ch_ui_test_fixture_tear_down);
  g_test_add ("/ch/sessions/idea-editor-says-anonymous", Fixture, NULL,
              ch_ui_test_fixture_set_up, test_idea_editor_says_anonymous,
              ch_ui_test_fixture_tear_down);

  status = g_test_run ();

  ch_test_dir_free (g_steal_pointer (&data_home));

  return status;
}
