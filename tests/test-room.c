/* test-room.c: the timer in the header bar and the projector view
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "ch-application.h"
#include "ch-ideas-page.h"
#include "ch-project-view.h"
#include "ch-projector-window.h"
#include "ch-test-helpers.h"
#include "ch-timer-button.h"
#include "ch-ui-test-helpers.h"
#include "ch-window.h"

typedef ChUiTestFixture Fixture;

static ChProject *
open_project (Fixture    *fixture,
              const char *title)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  path = ch_library_create_project (ch_application_get_library (fixture->app), title, &error);
  g_assert_no_error (error);

  ch_window_open_project (fixture->window, path);
  WAIT_UNTIL (ch_window_get_project (fixture->window) != NULL);
  ch_ui_test_run_pending ();

  return ch_window_get_project (fixture->window);
}

static ChProjectView *
get_project_view (Fixture *fixture)
{
  return TEMPLATE_CHILD (fixture->window, CH_TYPE_WINDOW, "project_view");
}

static ChTimerButton *
get_timer_button (Fixture *fixture)
{
  return TEMPLATE_CHILD (get_project_view (fixture), CH_TYPE_PROJECT_VIEW, "timer_button");
}

static GtkLabel *
get_timer_label (Fixture *fixture)
{
  return TEMPLATE_CHILD (get_timer_button (fixture), CH_TYPE_TIMER_BUTTON, "label");
}

static ChProjectorWindow *
find_projector (Fixture *fixture)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (fixture->app));
       l != NULL;
       l = l->next)
    if (CH_IS_PROJECTOR_WINDOW (l->data))
      return l->data;

  return NULL;
}

static gboolean
label_shows (GtkLabel   *label,
             const char *text)
{
  return g_strcmp0 (gtk_label_get_label (label), text) == 0;
}

static void
activate (Fixture    *fixture,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), action, NULL));
  ch_ui_test_run_pending ();
}

static void
test_timer (Fixture       *fixture,
            gconstpointer  data)
{
  ChTimer *timer;
  GtkLabel *label;

  open_project (fixture, "Timer");
  timer = ch_timer_button_get_timer (get_timer_button (fixture));
  label = get_timer_label (fixture);
  g_assert_nonnull (timer);

  ch_timer_set_duration (timer, 2);
  g_assert_cmpuint (ch_timer_get_remaining (timer), ==, 2);
  g_assert_cmpstr (gtk_label_get_label (label), ==, "00:02");
  g_assert_false (ch_timer_get_running (timer));

  /* Ctrl+T's action starts it. */
  activate (fixture, "win.timer-start-pause");
  g_assert_true (ch_timer_get_running (timer));
  WAIT_UNTIL (ch_timer_get_remaining (timer) == 0 && ch_timer_get_finished (timer));
  g_assert_false (ch_timer_get_running (timer));
  g_assert_cmpstr (gtk_label_get_label (label), ==, "00:00");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (label), "timer-finished"));
  /* The end sound, the application's own, played. */
  g_assert_true (GTK_IS_MEDIA_FILE (ch_timer_get_end_sound (timer)));
  {
    GFile *file = gtk_media_file_get_file (GTK_MEDIA_FILE (ch_timer_get_end_sound (timer)));
    g_autofree char *uri = file != NULL ? g_file_get_uri (file) : NULL;

    g_assert_cmpstr (uri, ==, "resource:///io/github/charrette/Charrette/sounds/timer-end.wav");
  }
  g_assert_true (g_resources_get_info ("/io/github/charrette/Charrette/sounds/timer-end.wav",
                                       G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL));

  /* Muted: the end shows, no sound plays. */
  ch_timer_set_sound (timer, FALSE);
  activate (fixture, "win.timer-reset");
  ch_timer_set_duration (timer, 1);
  activate (fixture, "win.timer-start-pause");
  WAIT_UNTIL (ch_timer_get_finished (timer));
  g_assert_null (ch_timer_get_end_sound (timer));
  ch_timer_set_sound (timer, TRUE);
  ch_timer_set_duration (timer, 2);

  /* Reset: back to the duration, not finished. */
  activate (fixture, "win.timer-reset");
  g_assert_false (ch_timer_get_finished (timer));
  g_assert_cmpuint (ch_timer_get_remaining (timer), ==, 2);
  g_assert_cmpstr (gtk_label_get_label (label), ==, "00:02");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (label), "timer-finished"));

  /* Paused, it keeps its time. */
  ch_timer_set_duration (timer, 60);
  activate (fixture, "win.timer-start-pause");
  g_assert_true (ch_timer_get_running (timer));
  activate (fixture, "win.timer-start-pause");
  g_assert_false (ch_timer_get_running (timer));
  g_assert_cmpuint (ch_timer_get_remaining (timer), >=, 59);
  g_usleep (1100 * 1000);
  ch_ui_test_run_pending ();
  g_assert_cmpuint (ch_timer_get_remaining (timer), >=, 59);
  g_assert_false (ch_timer_get_finished (timer));
  activate (fixture, "win.timer-reset");
  g_assert_cmpstr (gtk_label_get_label (label), ==, "01:00");
}

static void
test_projector (Fixture       *fixture,
                gconstpointer  data)
{
  ChProjectorWindow *projector;
  GtkLabel *title_label;
  GtkEditable *entry;
  GListModel *ideas;

  open_project (fixture, "Room Workshop");
  g_assert_null (find_projector (fixture));

  activate (fixture, "win.projector");
  projector = find_projector (fixture);
  g_assert_nonnull (projector);
  title_label = TEMPLATE_CHILD (projector, CH_TYPE_PROJECTOR_WINDOW, "title_label");
  g_assert_cmpstr (gtk_label_get_label (title_label), ==, "Room Workshop");
  g_assert_true (ch_projector_window_get_timer (projector) != NULL);

  /* Captured in the main window, shown on the projector, newest first. */
  entry = TEMPLATE_CHILD (ch_project_view_get_ideas_page (get_project_view (fixture)),
                          CH_TYPE_IDEAS_PAGE, "new_idea_entry");
  ideas = ch_projector_window_get_ideas (projector);
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, 0);
  for (guint i = 0; i < 8; i++)
    {
      g_autofree char *text = g_strdup_printf ("Idea %u #room", i);
      g_autofree char *title = g_strdup_printf ("Idea %u", i);
      g_autoptr(ChIdea) first = NULL;
      GListModel *all;

      gtk_editable_set_text (entry, text);
      g_signal_emit_by_name (entry, "activate");
      g_main_context_iteration (NULL, FALSE);
      g_main_context_iteration (NULL, FALSE);

      g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, MIN (i + 1, 6));
      first = g_list_model_get_item (ideas, 0);
      /* The capture keeps the tag's word in the title. */
      g_assert_true (g_str_has_prefix (ch_idea_get_title (first), title));
      all = ch_project_get_ideas (ch_window_get_project (fixture->window));
      g_assert_cmpuint (g_list_model_get_n_items (all), ==, i + 1);
      g_assert_true (g_strv_contains (ch_idea_get_tags (first), "room"));
    }
  ch_ui_test_run_pending ();

  /* A card follows its idea: a title edited in the window, a tag removed. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(ChIdea) newest = g_list_model_get_item (ideas, 0);
    GtkFlowBox *box = TEMPLATE_CHILD (projector, CH_TYPE_PROJECTOR_WINDOW, "ideas_box");
    GtkWidget *card = gtk_flow_box_child_get_child (gtk_flow_box_get_child_at_index (box, 0));
    GtkLabel *card_title = GTK_LABEL (gtk_widget_get_first_child (card));
    GtkWidget *card_tags = gtk_widget_get_next_sibling (GTK_WIDGET (card_title));
    const char *no_tags[] = { NULL };

    g_assert_true (g_str_has_prefix (gtk_label_get_label (card_title), "Idea 7"));
    g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (card_tags)), ==, "#room");
    g_assert_true (ch_project_update (ch_window_get_project (fixture->window), CH_ENTITY (newest),
                                      &error,
                                      "title", "Pay by invoice",
                                      "tags", no_tags,
                                      NULL));
    g_assert_no_error (error);
    ch_ui_test_run_pending ();
    g_assert_cmpstr (gtk_label_get_label (card_title), ==, "Pay by invoice");
    g_assert_false (gtk_widget_get_visible (card_tags));
  }

  /* The timer on the projector follows the window's. */
  g_assert_true (label_shows (TEMPLATE_CHILD (projector, CH_TYPE_PROJECTOR_WINDOW, "timer_label"),
                              gtk_label_get_label (get_timer_label (fixture))));

  /* F5 again closes it. */
  activate (fixture, "win.projector");
  WAIT_UNTIL (find_projector (fixture) == NULL);
  g_assert_nonnull (ch_window_get_project (fixture->window));
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

  g_test_add ("/ch/room/timer", Fixture, NULL,
              ch_ui_test_fixture_set_up, test_timer, ch_ui_test_fixture_tear_down);
  g_test_add ("/ch/room/projector", Fixture, NULL,
              ch_ui_test_fixture_set_up, test_projector, ch_ui_test_fixture_tear_down);

  status = g_test_run ();

  ch_test_dir_free (g_steal_pointer (&data_home));

  return status;
}
