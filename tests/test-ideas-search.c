/* test-ideas-search.c: finding ideas with the Ideas page's search bar,
 * its filters, and sorting the list
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
  ChParticipant *zoe;
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

  /* Zoë contributed the last one. */
  fixture->zoe = ch_project_add_participant (fixture->project, "Zoë Martin", &error);
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) contributors =
      g_ptr_array_new_with_free_func ((GDestroyNotify) ch_contributor_free);

    g_ptr_array_add (contributors,
                     ch_contributor_new (ch_entity_get_id (CH_ENTITY (fixture->zoe)), NULL));
    ch_project_update (fixture->project, CH_ENTITY (idea), &error,
                       "contributors", contributors, NULL);
    g_assert_no_error (error);
  }
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

/* Runs what is ready, not what waits for a timeout: a list that follows
 * a step at once is up to date after this. */
static void
run_ready (void)
{
  for (guint i = 0; i < 1000 && g_main_context_iteration (NULL, FALSE); i++)
    ;
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

  /* Undone, it goes at once; redone, it is back. */
  g_assert_true (ch_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  run_ready ();
  g_assert_cmpuint (g_list_model_get_n_items (fixture->rows), ==, 2);
  g_assert_false (rows_have_title (fixture, "Delivery slot"));
  g_assert_true (ch_project_redo (fixture->project, &error));
  g_assert_no_error (error);
  run_ready ();
  g_assert_cmpuint (g_list_model_get_n_items (fixture->rows), ==, 3);
  g_assert_true (rows_have_title (fixture, "Delivery to the café"));

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

static const char *
row_title (Fixture *fixture,
           guint    position)
{
  g_autoptr(ChIdea) idea = g_list_model_get_item (fixture->rows, position);

  return ch_idea_get_title (idea);
}

static GtkDropDown *
filter_drop_down (Fixture    *fixture,
                  const char *name)
{
  return TEMPLATE_CHILD (fixture->page, CH_TYPE_IDEAS_PAGE, name);
}

static void
test_search_participant_name (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* The name of who contributed an idea finds it, without accents. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "ideas.search", NULL);
  search (fixture, "ZOE", 1);
  g_assert_true (rows_have_title (fixture, "Delivery slot"));

  /* Renamed, they are found by their new name, not the old one. */
  ch_project_update (fixture->project, CH_ENTITY (fixture->zoe), &error, "name", "Chloé", NULL);
  g_assert_no_error (error);
  search (fixture, "chloe", 1);
  g_assert_cmpstr (row_title (fixture, 0), ==, "Delivery slot");
  search (fixture, "zoe", 0);
}

static void
test_status_filter_and_text (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChIdea) menu = g_list_model_get_item (ch_project_get_ideas (fixture->project), 1);
  GtkDropDown *status = filter_drop_down (fixture, "status_filter");
  ChIdeaQuery *query = ch_ideas_page_get_query (fixture->page);
  AdwStatusPage *no_matches;

  ch_project_update (fixture->project, CH_ENTITY (menu), &error,
                     "status", CH_IDEA_STATUS_ACCEPTED, NULL);
  g_assert_no_error (error);

  /* Ctrl+F shows the filters with the entry: "Any status" first. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "ideas.search", NULL);
  ch_ui_test_run_pending ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (status)));
  g_assert_cmpuint (gtk_drop_down_get_selected (status), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (TEMPLATE_CHILD (fixture->page, CH_TYPE_IDEAS_PAGE,
                                                            "clear_filters_button")));

  /* The new ideas: the filter alone counts too. */
  gtk_drop_down_set_selected (status, 1 + CH_IDEA_STATUS_NEW);
  WAIT_UNTIL (g_list_model_get_n_items (fixture->rows) == 2);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->count_label)));
  g_assert_cmpstr (gtk_label_get_label (fixture->count_label), ==, "2 of 3 ideas");
  g_assert_true (gtk_widget_get_sensitive (TEMPLATE_CHILD (fixture->page, CH_TYPE_IDEAS_PAGE,
                                                           "clear_filters_button")));

  /* Accepted, and "cafe": the filter and the words both apply. */
  gtk_drop_down_set_selected (status, 1 + CH_IDEA_STATUS_ACCEPTED);
  g_assert_cmpuint (ch_idea_query_get_statuses (query), ==,
                    CH_IDEA_QUERY_STATUS (CH_IDEA_STATUS_ACCEPTED));
  search (fixture, "cafe", 1);
  g_assert_cmpstr (row_title (fixture, 0), ==, "Cafe menu");
  g_assert_cmpstr (gtk_label_get_label (fixture->count_label), ==, "1 of 3 ideas");

  /* None: the empty state says the filters may be why. */
  search (fixture, "order", 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->content_stack), ==, "no-matches");
  g_assert_true (gtk_widget_get_visible (TEMPLATE_CHILD (fixture->page, CH_TYPE_IDEAS_PAGE,
                                                         "no_matches_clear_button")));
  no_matches = TEMPLATE_CHILD (fixture->page, CH_TYPE_IDEAS_PAGE, "no_matches_page");
  g_assert_nonnull (strstr (adw_status_page_get_description (no_matches), "filters"));

  /* A filter set from elsewhere shows in its drop-down. */
  ch_idea_query_set_statuses (query, CH_IDEA_QUERY_STATUS (CH_IDEA_STATUS_NEW));
  g_assert_cmpuint (gtk_drop_down_get_selected (status), ==, 1 + CH_IDEA_STATUS_NEW);
  WAIT_UNTIL (g_list_model_get_n_items (fixture->rows) == 1);
  g_assert_cmpstr (row_title (fixture, 0), ==, "Café order");
}

static void
test_clear_filters (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkDropDown *status = filter_drop_down (fixture, "status_filter");
  GtkDropDown *participant = filter_drop_down (fixture, "participant_filter");
  GListModel *participants = gtk_drop_down_get_model (participant);
  g_autoptr(GObject) first = NULL;

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "ideas.search", NULL);
  ch_ui_test_run_pending ();

  /* "Any participant", then the project's. */
  g_assert_cmpuint (g_list_model_get_n_items (participants), ==, 2);
  first = g_list_model_get_item (participants, 1);
  g_assert_true (first == (gpointer) fixture->zoe);
  gtk_drop_down_set_selected (participant, 1);
  WAIT_UNTIL (g_list_model_get_n_items (fixture->rows) == 1);
  gtk_drop_down_set_selected (status, 1 + CH_IDEA_STATUS_NEW);
  search (fixture, "slot", 1);

  /* Escape clears the words; the filters stay, in sight. */
  g_signal_emit_by_name (fixture->search_entry, "stop-search");
  ch_ui_test_run_pending ();
  g_assert_cmpstr (gtk_editable_get_text (fixture->search_entry), ==, "");
  g_assert_true (gtk_search_bar_get_search_mode (fixture->search_bar));
  g_assert_cmpuint (gtk_drop_down_get_selected (participant), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (fixture->rows), ==, 1);

  /* Clear Filters: every drop-down back to "Any …", all ideas. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "ideas.clear-filters",
                                             NULL));
  WAIT_UNTIL (g_list_model_get_n_items (fixture->rows) == 3);
  g_assert_cmpuint (gtk_drop_down_get_selected (participant), ==, 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (status), ==, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (fixture->count_label)));
  g_assert_true (gtk_search_bar_get_search_mode (fixture->search_bar));

  /* With filters and no words, Escape clears them and hides the bar. */
  gtk_drop_down_set_selected (status, 1 + CH_IDEA_STATUS_NEW);
  gtk_drop_down_set_selected (participant, 1);
  WAIT_UNTIL (g_list_model_get_n_items (fixture->rows) == 1);
  g_signal_emit_by_name (fixture->search_entry, "stop-search");
  WAIT_UNTIL (g_list_model_get_n_items (fixture->rows) == 3);
  g_assert_false (gtk_search_bar_get_search_mode (fixture->search_bar));
  g_assert_cmpuint (gtk_drop_down_get_selected (participant), ==, 0);
  g_assert_false (ch_idea_query_has_filters (ch_ideas_page_get_query (fixture->page)));
}

static void
test_filters_follow_project (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChIdea) order = g_list_model_get_item (ch_project_get_ideas (fixture->project), 0);
  GtkDropDown *cluster_filter = filter_drop_down (fixture, "cluster_filter");
  GtkDropDown *tag_filter = filter_drop_down (fixture, "tag_filter");
  GListModel *clusters = gtk_drop_down_get_model (cluster_filter);
  GListModel *tags = gtk_drop_down_get_model (tag_filter);
  ChCluster *payment;

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "ideas.search", NULL);
  ch_ui_test_run_pending ();
  g_assert_cmpuint (g_list_model_get_n_items (clusters), ==, 2);

  /* A cluster made while the bar shows is there to choose. */
  payment = ch_project_add_cluster (fixture->project, "Payment", &error);
  g_assert_no_error (error);
  ch_project_update (fixture->project, CH_ENTITY (order), &error,
                     "cluster-id", ch_entity_get_id (CH_ENTITY (payment)), NULL);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (clusters), ==, 3);
  gtk_drop_down_set_selected (cluster_filter, 2);
  WAIT_UNTIL (g_list_model_get_n_items (fixture->rows) == 1);
  g_assert_cmpstr (row_title (fixture, 0), ==, "Café order");

  /* "No cluster". */
  gtk_drop_down_set_selected (cluster_filter, 1);
  WAIT_UNTIL (g_list_model_get_n_items (fixture->rows) == 2);
  g_assert_false (rows_have_title (fixture, "Café order"));

  /* A cluster deleted while chosen takes its filter with it, and the
   * drop-down does not choose a neighbour. */
  gtk_drop_down_set_selected (cluster_filter, 2);
  WAIT_UNTIL (g_list_model_get_n_items (fixture->rows) == 1);
  g_assert_true (ch_project_remove (fixture->project, CH_ENTITY (payment), &error));
  g_assert_no_error (error);
  WAIT_UNTIL (g_list_model_get_n_items (fixture->rows) == 3);
  g_assert_cmpuint (gtk_drop_down_get_selected (cluster_filter), ==, 0);
  g_assert_null (ch_idea_query_get_cluster_id (ch_ideas_page_get_query (fixture->page)));

  /* The tags of the ideas, as they change. */
  WAIT_UNTIL (g_list_model_get_n_items (tags) == 2);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (tags), 1), ==, "evening");
  {
    const char *new_tags[] = { "allergy", NULL };

    ch_project_update (fixture->project, CH_ENTITY (order), &error, "tags", new_tags, NULL);
    g_assert_no_error (error);
  }
  WAIT_UNTIL (g_list_model_get_n_items (tags) == 3);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (tags), 1), ==, "allergy");
  gtk_drop_down_set_selected (tag_filter, 1);
  WAIT_UNTIL (g_list_model_get_n_items (fixture->rows) == 1);
  g_assert_cmpstr (row_title (fixture, 0), ==, "Café order");
}

static void
test_select_clears_filters (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(ChIdea) menu = g_list_model_get_item (ch_project_get_ideas (fixture->project), 1);
  GtkDropDown *participant = filter_drop_down (fixture, "participant_filter");

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "ideas.search", NULL);
  gtk_drop_down_set_selected (participant, 1);
  search (fixture, "slot", 1);

  /* Shown from another page, an idea the filters hide: they go. */
  ch_ideas_page_select (fixture->page, menu);
  WAIT_UNTIL (g_list_model_get_n_items (fixture->rows) == 3);
  g_assert_true (ch_ideas_page_get_selected (fixture->page) == menu);
  g_assert_cmpuint (gtk_drop_down_get_selected (participant), ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (fixture->search_entry), ==, "");
}

static void
test_edited_idea_stays (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChIdea) order = g_list_model_get_item (ch_project_get_ideas (fixture->project), 0);
  GtkDropDown *status = filter_drop_down (fixture, "status_filter");

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "ideas.search", NULL);
  gtk_drop_down_set_selected (status, 1 + CH_IDEA_STATUS_NEW);
  ch_ui_test_run_pending ();
  ch_ideas_page_select (fixture->page, order);
  g_assert_true (ch_ideas_page_get_selected (fixture->page) == order);

  /* Edited in the pane so that the filter would hide it: it stays while
   * it is being edited, and others that change go. */
  ch_project_update (fixture->project, CH_ENTITY (order), &error,
                     "status", CH_IDEA_STATUS_PARKED, NULL);
  g_assert_no_error (error);
  {
    g_autoptr(ChIdea) menu = g_list_model_get_item (ch_project_get_ideas (fixture->project), 1);

    ch_project_update (fixture->project, CH_ENTITY (menu), &error,
                       "status", CH_IDEA_STATUS_PARKED, NULL);
    g_assert_no_error (error);
  }
  WAIT_UNTIL (g_list_model_get_n_items (fixture->rows) == 2);
  g_assert_true (rows_have_title (fixture, "Café order"));
  g_assert_true (ch_ideas_page_get_selected (fixture->page) == order);

  /* The other one's change undone: back at once; redone, gone. */
  g_assert_true (ch_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  run_ready ();
  g_assert_cmpuint (g_list_model_get_n_items (fixture->rows), ==, 3);
  g_assert_true (rows_have_title (fixture, "Cafe menu"));
  g_assert_true (ch_project_redo (fixture->project, &error));
  g_assert_no_error (error);
  run_ready ();
  g_assert_cmpuint (g_list_model_get_n_items (fixture->rows), ==, 2);
  g_assert_false (rows_have_title (fixture, "Cafe menu"));
  g_assert_true (ch_ideas_page_get_selected (fixture->page) == order);

  /* Another search: it goes. */
  search (fixture, "o", 1);
  g_assert_cmpstr (row_title (fixture, 0), ==, "Delivery slot");
}

static void
test_sort (Fixture       *fixture,
           gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  GtkColumnView *column_view = TEMPLATE_CHILD (fixture->page, CH_TYPE_IDEAS_PAGE, "column_view");
  GtkColumnViewColumn *title_column;
  g_autofree char *sort_column = NULL;

  /* The project's order first. */
  g_assert_cmpstr (row_title (fixture, 0), ==, "Café order");

  /* The sort menu: by title, whatever the accents. */
  g_assert_true (gtk_widget_activate_action (page, "ideas.sort-column", "s", "title"));
  WAIT_UNTIL (g_str_equal (row_title (fixture, 0), "Cafe menu"));
  g_assert_cmpstr (row_title (fixture, 1), ==, "Café order");
  g_assert_cmpstr (row_title (fixture, 2), ==, "Delivery slot");

  g_assert_true (gtk_widget_activate_action (page, "ideas.sort-descending", NULL));
  WAIT_UNTIL (g_str_equal (row_title (fixture, 0), "Delivery slot"));

  /* Searching keeps the order. */
  gtk_widget_activate_action (page, "ideas.search", NULL);
  search (fixture, "caf", 2);
  g_assert_cmpstr (row_title (fixture, 0), ==, "Café order");
  search (fixture, "", 3);

  /* Back to the order the ideas were added in. */
  g_assert_true (gtk_widget_activate_action (page, "ideas.sort-column", "s", "position"));
  WAIT_UNTIL (g_str_equal (row_title (fixture, 0), "Café order"));

  /* A click on a column header sorts too; the menu then shows no column. */
  title_column = TEMPLATE_CHILD (fixture->page, CH_TYPE_IDEAS_PAGE, "title_column");
  gtk_column_view_sort_by_column (column_view, title_column, GTK_SORT_ASCENDING);
  WAIT_UNTIL (g_str_equal (row_title (fixture, 0), "Cafe menu"));
  g_object_get (fixture->page, "sort-column", &sort_column, NULL);
  g_assert_cmpstr (sort_column, ==, "");
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
  g_test_add ("/ch/ideas-search/participant-name", Fixture, NULL,
              fixture_set_up, test_search_participant_name, fixture_tear_down);
  g_test_add ("/ch/ideas-search/status-filter-and-text", Fixture, NULL,
              fixture_set_up, test_status_filter_and_text, fixture_tear_down);
  g_test_add ("/ch/ideas-search/clear-filters", Fixture, NULL,
              fixture_set_up, test_clear_filters, fixture_tear_down);
  g_test_add ("/ch/ideas-search/filters-follow-project", Fixture, NULL,
              fixture_set_up, test_filters_follow_project, fixture_tear_down);
  g_test_add ("/ch/ideas-search/select-clears-filters", Fixture, NULL,
              fixture_set_up, test_select_clears_filters, fixture_tear_down);
  g_test_add ("/ch/ideas-search/edited-idea-stays", Fixture, NULL,
              fixture_set_up, test_edited_idea_stays, fixture_tear_down);
  g_test_add ("/ch/ideas-search/sort", Fixture, NULL,
              fixture_set_up, test_sort, fixture_tear_down);

  status = g_test_run ();

  ch_test_dir_free (g_steal_pointer (&data_home));

  return status;
}
