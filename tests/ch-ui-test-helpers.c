/* ch-ui-test-helpers.c
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ch-test-helpers.h"
#include "ch-project-view.h"
#include "ch-ui-test-helpers.h"

void
ch_ui_test_run_pending (void)
{
  gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC / 10;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
}

GtkWindow *
ch_ui_test_present_page (GtkWidget *page)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, 1280, 800);
  gtk_window_set_child (window, page);
  gtk_window_present (window);
  ch_ui_test_run_pending ();

  return window;
}

void
ch_ui_test_choose_session (GtkWidget *page,
                           GType      page_type,
                           ChSession *session)
{
  GtkWidget *chooser = TEMPLATE_CHILD (page, page_type, "session_chooser");
  GtkDropDown *drop_down = GTK_DROP_DOWN (gtk_widget_get_first_child (chooser));
  GListModel *items = gtk_drop_down_get_model (drop_down);
  guint n_items = g_list_model_get_n_items (items);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ChSession) item = g_list_model_get_item (items, i);

      if ((session == NULL && i == 0) || (session != NULL && item == session))
        {
          gtk_drop_down_set_selected (drop_down, i);
          ch_ui_test_run_pending ();
          return;
        }
    }

  g_error ("No session %s to choose", session ? ch_session_get_title (session) : "(all)");
}

void
ch_ui_test_press (GtkWidget  *widget,
                  const char *accelerator)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (accelerator);

  g_assert_nonnull (wanted);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
      GListModel *shortcuts;

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      shortcuts = G_LIST_MODEL (controller);
      for (guint j = 0; j < g_list_model_get_n_items (shortcuts); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (shortcuts, j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                           GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                                           widget,
                                                           gtk_shortcut_get_arguments (shortcut)));
              ch_ui_test_run_pending ();
              return;
            }
        }
    }

  g_error ("No shortcut for %s on %s", accelerator, G_OBJECT_TYPE_NAME (widget));
}

void
ch_ui_test_collect_widgets (GtkWidget *widget,
                            GType      type,
                            GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    ch_ui_test_collect_widgets (child, type, found);
}

GPtrArray *
ch_ui_test_list_children (GtkWidget *widget,
                          GType      type)
{
  GPtrArray *children = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
      g_ptr_array_add (children, child);

  return children;
}

void
ch_ui_test_assert_accessible_label (gpointer    widget,
                                    const char *label)
{
  g_autofree char *message = NULL;

  message = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                GTK_ACCESSIBLE_PROPERTY_LABEL, label);
  if (message != NULL)
    g_error ("%s", message);
}

void
ch_ui_test_start (ChApplication **app,
                  ChWindow      **window)
{
  g_autoptr(GError) error = NULL;

  /* Every test starts as a first run: no library folder yet. */
  ch_test_dir_free (g_strdup (ch_library_get_default_directory ()));

  *app = ch_application_new ();
  g_application_set_flags (G_APPLICATION (*app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (*app), NULL, &error);
  g_assert_no_error (error);

  *window = g_object_ref (ch_window_new (*app));
  gtk_window_present (GTK_WINDOW (*window));
  ch_ui_test_run_pending ();
}

void
ch_ui_test_stop (ChApplication **app,
                 ChWindow      **window)
{
  gtk_window_close (GTK_WINDOW (*window));
  WAIT_UNTIL (gtk_application_get_windows (GTK_APPLICATION (*app)) == NULL);
  g_assert_null (ch_window_get_project (*window));

  g_clear_object (window);
  g_clear_object (app);
  ch_ui_test_run_pending ();
}

void
ch_ui_test_fixture_set_up (ChUiTestFixture *fixture,
                           gconstpointer    data)
{
  ch_ui_test_start (&fixture->app, &fixture->window);
}

void
ch_ui_test_fixture_tear_down (ChUiTestFixture *fixture,
                              gconstpointer    data)
{
  /* As the user closes it: the project is closed, the size saved. */
  ch_ui_test_stop (&fixture->app, &fixture->window);
}

char *
ch_ui_test_create_project (ChUiTestFixture *fixture,
                           const char      *title)
{
  g_autoptr(GError) error = NULL;
  char *path;

  path = ch_library_create_project (ch_application_get_library (fixture->app), title, &error);
  g_assert_no_error (error);

  return path;
}

ChProject *
ch_ui_test_open_in_window (ChUiTestFixture *fixture,
                           const char      *path)
{
  ChProjectView *view = TEMPLATE_CHILD (fixture->window, CH_TYPE_WINDOW, "project_view");
  GtkStack *stack = TEMPLATE_CHILD (fixture->window, CH_TYPE_WINDOW, "stack");

  ch_window_open_project (fixture->window, path);
  WAIT_UNTIL (ch_window_get_project (fixture->window) != NULL);
  ch_ui_test_run_pending ();

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "project");
  g_assert_true (ch_project_view_get_project (view) == ch_window_get_project (fixture->window));

  return ch_window_get_project (fixture->window);
}
