/* test-ideas-search.c: finding ideas with the Ideas page's search bar
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "ch-application.h"
#include "ch-ideas-page.h"
#include "ch-project-view.h"
#include "ch-test-helpers.h"
#include "ch-ui-test-helpers.h"
#include "ch-window.h"

typedef struct
{
  ChApplication *app;
  ChWindow      *window;
  ChProject     *project;
  ChIdeasPage   *page;
  GtkSearchBar  *search_bar;
  GtkEditable   *search_entry;
  GtkLabel      *count_label;
  GtkStack      *content_stack;
  GListModel    *rows;
} Fixture;

/* A project with three ideas open in the window, on its Ideas page. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  const char *titles[] = { "Café order", "Cafe menu", "Delivery slot" };
  const char *tags[] = { "evening", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  ChProjectView *view;
  ChIdea *idea = NULL;

  ch_ui_test_start (&fixture->app, &fixture->window);

  path = ch_library_create_project (ch_application_get_library (fixture->app), "Checkout", &error);
  g_assert_no_error (error);
  ch_window_open_project (fixture->window, path);
  WAIT_UNTIL (ch_window_get_project (fixture->window) != NULL);
  fixture->project = ch_window_get_project (fixture->window);

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      idea = ch_project_add_idea (fixture->project, titles[i], &error);
      g_assert_no_error (error);
    }
  ch_project_update (fixture->project, CH_ENTITY (idea), &error, "tags", tags, NULL);
  g_assert_no_error (error);
  ch_ui_test_run_pending ();

  view = TEMPLATE_CHILD (fixture->window, CH_TYPE_WINDOW, "project_view");
  fixture->page = TEMPLATE_CHILD (view, CH_TYPE_PROJECT_VIEW, "ideas_page");
  fixture->search_bar = TEMPLATE_CHILD (fixture->page, CH_TYPE_IDEAS_PAGE, "search_bar");
  fixture->search_entry = TEMPLATE_CHILD (fixture->page, CH_TYPE_IDEAS_PAGE, "search_entry");
  fixture->count_label = TEMPLATE_CHILD (fixture->page, CH_TYPE_IDEAS_PAGE, "count_label");
  fixture->content_stack = TEMPLATE_CHILD (fixture->page, CH_TYPE_IDEAS_PAGE, "content_stack");
  fixture->rows = G_LIST_MODEL (gtk_column_view_get_model (
      TEMPLATE_CHILD (fixture->page, CH_TYPE_IDEAS_PAGE, "column_view")));

  g_assert_true (ch_ideas_page_get_project (fixture->page) == fixture->project);
  g_assert_cmpuint (g_list_model_get_n_items (fixture->rows), ==, 3);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  ch_ui_test_stop (&fixture->app, &fixture->window);
}

/* Types @text in the search entry and waits for the list to follow. */
static void
search (Fixture    *fixture,
        const char *text,
        guint       n_rows)
{
  gtk_editable_set_text (fixture->search_entry, text);
  WAIT_UNTIL (g_list_model_get_n_items (fixture->rows) == n_rows);
  ch_ui_test_run_pending ();
}

static gboolean
rows_have_title (Fixture    *fixture,
                 const char *title)
{
  for (guint i = 0; i < g_list_model_get_n_items (fixture->rows); i++)
    {
      g_autoptr(ChIdea) idea = g_list_model_get_item (fixture->rows, i);

      if (g_str_equal (ch_idea_get_title (idea), title))
        return TRUE;
    }

  return FALSE;
}

static void
test_search_ignores_case_and_accents (Fixture       *fixture,
                                      gconstpointer  data)
{
  GtkWidget *focus;

  g_assert_false (gtk_search_bar_get_search_mode (fixture->search_bar));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (fixture->count_label)));

  /* Ctrl+F shows the bar with the cursor in its entry. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "ideas.search", NULL));
  ch_ui_test_run_pending ();
  g_assert_true (gtk_search_bar_get_search_mode (fixture->search_bar));
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (focus);
  g_assert_true (focus == GTK_WIDGET (fixture->search_entry) ||
                 gtk_widget_is_ancestor (focus, GTK_WIDGET (fixture->search_entry)));

  search (fixture, "CAFE", 2);
  g_assert_true (rows_have_title (fixture, "Café order"));
  g_assert_true (rows_have_title (fixture, "Cafe menu"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->count_label)));
  g_assert_cmpstr (gtk_label_get_label (fixture->count_label), ==, "2 of 3 ideas");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->content_stack), ==, "ideas");

  /* Words in any order, accented in the query too. */
  search (fixture, "ordér caf", 1);
  g_assert_true (rows_have_title (fixture, "Café order"));
  g_assert_cmpstr (gtk_label_get_label (fixture->count_label), ==, "1 of 3 ideas");

  /* Tags are searched. */
  search (fixture, "even", 1);
  g_assert_true (rows_have_title (fixture, "Delivery slot"));

  search (fixture, "", 3);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (fixture->count_label)));
}

static void
test_search_without_match (Fixture       *fixture,
                           gconstpointer  data)
{
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "ideas.search", NULL);
  search (fixture, "invoice", 0);

  /* Not the "No Ideas Yet" of a new project. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->content_stack), ==, "no-matches");
  g_assert_cmpstr (gtk_label_get_label (fixture->count_label), ==, "0 of 3 ideas");

  /* Escape in the entry: the bar goes, and the search with it. */
  g_signal_emit_by_name (fixture->search_entry, "stop-search");
  WAIT_UNTIL (g_list_model_get_n_items (fixture->rows) == 3);
  g_assert_false (gtk_search_bar_get_search_mode (fixture->search_bar));
  g_assert_cmpstr (gtk_editable_get_text (fixture->search_entry), ==, "");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->content_stack), ==, "ideas");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (fixture->count_label)));
}

static void
test_search_follows_changes (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChIdea) delivery = NULL;
  ChIdea *idea;

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "ideas.search", NULL);
  search (fixture, "cafe", 2);
  delivery = g_list_model_get_item (ch_project_get_ideas (fixture->project), 2);

  /* An idea renamed to match shows; an idea added counts. */
  ch_project_update (fixture->project, CH_ENTITY (delivery), &error,
                     "title", "Delivery to the café", NULL);
  g_assert_no_error (error);
  WAIT_UNTIL (g_list_model_get_n_items (fixture->rows) == 3);

  ch_project_add_idea (fixture->project, "Gift card", &error);
  g_assert_no_error (error);
  ch_ui_test_run_pending ();
  g_assert_cmpuint (g_list_model_get_n_items (fixture->rows), ==, 3);
  g_assert_cmpstr (gtk_label_get_label (fixture->count_label), ==, "3 of 4 ideas");

  /* An idea added from the page while searching is shown, not hidden. */
  gtk_editable_set_text (TEMPLATE_CHILD (fixture->page, CH_TYPE_IDEAS_PAGE, "new_idea_entry"),
                         "Pay by invoice");
  g_signal_emit_by_name (TEMPLATE_CHILD (fixture->page, CH_TYPE_IDEAS_PAGE, "new_idea_entry"),
                         "activate");
  ch_ui_test_run_pending ();
  g_assert_false (gtk_search_bar_get_search_mode (fixture->search_bar));
  g_assert_cmpuint (g_list_model_get_n_items (fixture->rows), ==, 5);
  idea = ch_ideas_page_get_selected (fixture->page);
  g_assert_nonnull (idea);
  g_assert_cmpstr (ch_idea_get_title (idea), ==, "Pay by invoice");
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

  g_test_add ("/ch/ideas-search/case-and-accents", Fixture, NULL,
              fixture_set_up, test_search_ignores_case_and_accents, fixture_tear_down);
  g_test_add ("/ch/ideas-search/no-match", Fixture, NULL,
              fixture_set_up, test_search_without_match, fixture_tear_down);
  g_test_add ("/ch/ideas-search/follows-changes", Fixture, NULL,
              fixture_set_up, test_search_follows_changes, fixture_tear_down);

  status = g_test_run ();

  ch_test_dir_free (g_steal_pointer (&data_home));

  return status;
}
