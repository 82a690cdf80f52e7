/* test-sessions.c: the sessions page as a facilitator uses it
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "ch-application.h"
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

static void
collect_widgets (GtkWidget *widget,
                 GType      type,
                 GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_widgets (child, type, found);
}

static GtkButton *
find_toast_undo_button (Fixture *fixture)
{
  GtkWidget *overlay = TEMPLATE_CHILD (fixture->window, CH_TYPE_WINDOW, "toast_overlay");
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect_widgets (overlay, GTK_TYPE_BUTTON, buttons);
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

  status = g_test_run ();

  ch_test_dir_free (g_steal_pointer (&data_home));

  return status;
}
