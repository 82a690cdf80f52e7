/* test-matrix.c: the impact/effort matrix and its list, as a facilitator uses them
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "ch-matrix.h"
#include "ch-matrix-page.h"
#include "ch-test-helpers.h"
#include "ch-ui-test-helpers.h"

typedef struct
{
  char         *dir;
  char         *path;
  ChProject    *project;
  GtkWindow    *window;
  ChMatrixPage *page;
  ChMatrix     *matrix;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = ch_test_dir_new ();
  fixture->path = g_build_filename (fixture->dir, "matrix.charrette", NULL);
  fixture->project = ch_project_create (fixture->path, "Weighing", &error);
  g_assert_no_error (error);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1280, 760);
  fixture->page = g_object_new (CH_TYPE_MATRIX_PAGE, NULL);
  fixture->matrix = TEMPLATE_CHILD (fixture->page, CH_TYPE_MATRIX_PAGE, "matrix");
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  ch_matrix_page_set_project (fixture->page, fixture->project);
  gtk_window_present (fixture->window);
  ch_ui_test_run_pending ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  ch_ui_test_run_pending ();

  if (fixture->project != NULL)
    ch_project_close (fixture->project);
  g_clear_object (&fixture->project);
  g_clear_pointer (&fixture->path, g_free);
  ch_test_dir_free (g_steal_pointer (&fixture->dir));
}

static ChIdea *
add_idea (Fixture    *fixture,
          const char *title,
          int         impact,
          int         effort)
{
  g_autoptr(GError) error = NULL;
  ChIdea *idea;

  idea = ch_project_add_idea (fixture->project, title, &error);
  g_assert_no_error (error);
  if (impact > 0 || effort > 0)
    {
      ch_project_update (fixture->project, CH_ENTITY (idea), &error,
                         "impact", impact, "effort", effort, NULL);
      g_assert_no_error (error);
    }

  return idea;
}

/* Runs what is ready, not what waits for a timeout: a view that follows
 * a step at once is up to date after this. */
static void
run_ready (void)
{
  for (guint i = 0; i < 1000 && g_main_context_iteration (NULL, FALSE); i++)
    ;
}

/* Once the page shows its ideas, the matrix has its size. */
static void
wait_for_matrix (Fixture *fixture)
{
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (fixture->matrix)) &&
              gtk_widget_get_width (GTK_WIDGET (fixture->matrix)) > 0);
  ch_ui_test_run_pending ();
}

static void
assert_values (ChIdea *idea,
               int     impact,
               int     effort)
{
  g_assert_cmpint (ch_idea_get_impact (idea), ==, impact);
  g_assert_cmpint (ch_idea_get_effort (idea), ==, effort);
}

static void
rect_center (const graphene_rect_t *rect,
             double                *x,
             double                *y)
{
  *x = rect->origin.x + rect->size.width / 2;
  *y = rect->origin.y + rect->size.height / 2;
}

/* Where @idea's card is drawn; fails when it is not. */
static void
idea_center (ChMatrix *matrix,
             ChIdea   *idea,
             double   *x,
             double   *y)
{
  graphene_rect_t bounds;

  g_assert_true (ch_matrix_idea_bounds (matrix, idea, &bounds));
  rect_center (&bounds, x, y);
}

/* graphene_rect_contains_rect() compares the union exactly: rounding
 * makes it miss. */
static gboolean
rect_contains (const graphene_rect_t *outer,
               const graphene_rect_t *inner)
{
  return inner->origin.x >= outer->origin.x - 0.01 &&
         inner->origin.y >= outer->origin.y - 0.01 &&
         inner->origin.x + inner->size.width <= outer->origin.x + outer->size.width + 0.01 &&
         inner->origin.y + inner->size.height <= outer->origin.y + outer->size.height + 0.01;
}

/* Whether @idea's card is drawn inside the cell of @impact and @effort. */
static gboolean
idea_in_cell (ChMatrix *matrix,
              ChIdea   *idea,
              int       impact,
              int       effort)
{
  graphene_rect_t card;
  graphene_rect_t cell;

  return ch_matrix_idea_bounds (matrix, idea, &card) &&
         ch_matrix_cell_bounds (matrix, impact, effort, &cell) &&
         rect_contains (&cell, &card);
}

static GtkGesture *
find_drag_gesture (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_DRAG (controller))
        return GTK_GESTURE (controller);
    }

  g_assert_not_reached ();
}

/* What a drag with the mouse from (@x, @y) to (@to_x, @to_y) sends. */
static void
drag (ChMatrix *matrix,
      double    x,
      double    y,
      double    to_x,
      double    to_y)
{
  GtkGesture *gesture = find_drag_gesture (GTK_WIDGET (matrix));

  g_signal_emit_by_name (gesture, "drag-begin", x, y);
  g_signal_emit_by_name (gesture, "drag-update", (to_x - x) / 2, (to_y - y) / 2);
  g_signal_emit_by_name (gesture, "drag-update", to_x - x, to_y - y);
  g_signal_emit_by_name (gesture, "drag-end", to_x - x, to_y - y);
  ch_ui_test_run_pending ();
}

/* The list's drop-down of @property for @idea, shown in its row. */
static GtkDropDown *
find_value_drop_down (ChMatrixPage *page,
                      ChIdea       *idea,
                      const char   *property)
{
  GtkWidget *column_view = TEMPLATE_CHILD (page, CH_TYPE_MATRIX_PAGE, "column_view");
  g_autoptr(GPtrArray) drop_downs = g_ptr_array_new ();

  ch_ui_test_collect_widgets (column_view, GTK_TYPE_DROP_DOWN, drop_downs);
  for (guint i = 0; i < drop_downs->len; i++)
    {
      GObject *drop_down = drop_downs->pdata[i];

      if (g_object_get_data (drop_down, "idea") == idea &&
          g_strcmp0 (g_object_get_data (drop_down, "property"), property) == 0)
        return GTK_DROP_DOWN (drop_down);
    }

  g_assert_not_reached ();
}

/* The cells tile the grid: every cell's centre and corners map back to
 * it, at more than one size. */
static void
test_cell_mapping (void)
{
  const int sizes[][2] = { { 420, 360 }, { 1100, 700 } };
  int last_width = 0;

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      GtkWindow *window = GTK_WINDOW (gtk_window_new ());
      ChMatrix *matrix = CH_MATRIX (ch_matrix_new ());
      graphene_rect_t top_left;
      graphene_rect_t bottom_right;
      graphene_rect_t previous;
      int impact;
      int effort;
      int width;
      int height;

      gtk_window_set_default_size (window, sizes[s][0], sizes[s][1]);
      gtk_window_set_child (window, GTK_WIDGET (matrix));
      gtk_window_present (window);
      WAIT_UNTIL (gtk_widget_get_width (GTK_WIDGET (matrix)) > 0);
      ch_ui_test_run_pending ();
      width = gtk_widget_get_width (GTK_WIDGET (matrix));
      height = gtk_widget_get_height (GTK_WIDGET (matrix));
      g_assert_cmpint (width, !=, last_width);
      last_width = width;

      for (int i = CH_MATRIX_MIN; i <= CH_MATRIX_MAX; i++)
        for (int e = CH_MATRIX_MIN; e <= CH_MATRIX_MAX; e++)
          {
            graphene_rect_t cell;
            double x;
            double y;

            g_assert_true (ch_matrix_cell_bounds (matrix, i, e, &cell));
            g_assert_cmpfloat (cell.size.width, >, 20);
            g_assert_cmpfloat (cell.size.height, >, 20);
            g_assert_cmpfloat (cell.origin.x + cell.size.width, <=, width);
            g_assert_cmpfloat (cell.origin.y + cell.size.height, <=, height);

            rect_center (&cell, &x, &y);
            g_assert_true (ch_matrix_cell_at (matrix, x, y, &impact, &effort));
            g_assert_cmpint (impact, ==, i);
            g_assert_cmpint (effort, ==, e);

            /* Just inside its corners. */
            g_assert_true (ch_matrix_cell_at (matrix, cell.origin.x + 1, cell.origin.y + 1,
                                              &impact, &effort));
            g_assert_cmpint (impact, ==, i);
            g_assert_cmpint (effort, ==, e);
            g_assert_true (ch_matrix_cell_at (matrix,
                                              cell.origin.x + cell.size.width - 1,
                                              cell.origin.y + cell.size.height - 1,
                                              &impact, &effort));
            g_assert_cmpint (impact, ==, i);
            g_assert_cmpint (effort, ==, e);

            /* Higher effort to the right, higher impact above. */
            if (e > CH_MATRIX_MIN)
              {
                g_assert_true (ch_matrix_cell_bounds (matrix, i, e - 1, &previous));
                g_assert_cmpfloat_with_epsilon (previous.origin.x + previous.size.width,
                                                cell.origin.x, 0.01);
              }
            if (i > CH_MATRIX_MIN)
              {
                g_assert_true (ch_matrix_cell_bounds (matrix, i - 1, e, &previous));
                g_assert_cmpfloat_with_epsilon (cell.origin.y + cell.size.height,
                                                previous.origin.y, 0.01);
              }
          }

      /* The top left region is the quick wins' corner. */
      g_assert_true (ch_matrix_cell_bounds (matrix, 5, 1, &top_left));
      g_assert_true (ch_matrix_cell_bounds (matrix, 1, 5, &bottom_right));
      g_assert_true (ch_matrix_cell_at (matrix, top_left.origin.x + 3, top_left.origin.y + 3,
                                        &impact, &effort));
      g_assert_cmpint (impact, ==, 5);
      g_assert_cmpint (effort, ==, 1);
      g_assert_true (ch_matrix_cell_at (matrix,
                                        bottom_right.origin.x + bottom_right.size.width - 3,
                                        bottom_right.origin.y + bottom_right.size.height - 3,
                                        &impact, &effort));
      g_assert_cmpint (impact, ==, 1);
      g_assert_cmpint (effort, ==, 5);

      /* Beside the grid: no cell. */
      g_assert_false (ch_matrix_cell_at (matrix, top_left.origin.x - 2, top_left.origin.y + 3,
                                         &impact, &effort));
      g_assert_false (ch_matrix_cell_at (matrix, bottom_right.origin.x + 3,
                                         bottom_right.origin.y + bottom_right.size.height + 2,
                                         &impact, &effort));

      gtk_window_destroy (window);
      ch_ui_test_run_pending ();
    }
}

static void
test_describe_position (void)
{
  g_assert_cmpstr (ch_matrix_describe_position (5, 1), ==, "quick win");
  g_assert_cmpstr (ch_matrix_describe_position (4, 2), ==, "quick win");
  g_assert_cmpstr (ch_matrix_describe_position (5, 5), ==, "big bet");
  g_assert_cmpstr (ch_matrix_describe_position (1, 1), ==, "fill-in");
  g_assert_cmpstr (ch_matrix_describe_position (2, 4), ==, "thankless task");
  g_assert_cmpstr (ch_matrix_describe_position (3, 1), ==, "between quick wins and fill-ins");
  g_assert_cmpstr (ch_matrix_describe_position (5, 3), ==, "between quick wins and big bets");
  g_assert_cmpstr (ch_matrix_describe_position (3, 3), ==, "in the middle");
  g_assert_cmpstr (ch_matrix_describe_position (0, 3), ==, "not placed");
}

static void
test_empty_state (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkStack *content_stack = GTK_STACK (adw_bin_get_child (ADW_BIN (fixture->page)));
  g_autoptr(GError) error = NULL;
  ChIdea *idea;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (content_stack), ==, "empty");

  idea = add_idea (fixture, "Self-service returns", 0, 0);
  ch_ui_test_run_pending ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (content_stack), ==, "ideas");

  ch_project_remove (fixture->project, CH_ENTITY (idea), &error);
  g_assert_no_error (error);
  ch_ui_test_run_pending ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (content_stack), ==, "empty");
}

/* Dragging a card to a cell sets both values in one step, and in the file. */
static void
test_drag_sets_values (Fixture       *fixture,
                       gconstpointer  data)
{
  ChMatrix *matrix = fixture->matrix;
  ChIdea *idea = add_idea (fixture, "Self-service returns", 1, 5);
  ChIdea *other = add_idea (fixture, "Loyalty stamps", 2, 2);
  g_autofree char *id = g_strdup (ch_entity_get_id (CH_ENTITY (idea)));
  g_autoptr(GError) error = NULL;
  g_autoptr(ChProject) reopened = NULL;
  graphene_rect_t target;
  ChIdea *saved;
  double x;
  double y;
  double to_x;
  double to_y;

  wait_for_matrix (fixture);
  g_assert_true (idea_in_cell (matrix, idea, 1, 5));
  g_assert_true (idea_in_cell (matrix, other, 2, 2));

  /* A click selects, and moves nothing. */
  idea_center (matrix, idea, &x, &y);
  drag (matrix, x, y, x, y);
  g_assert_true (ch_matrix_get_selected (matrix) == idea);
  assert_values (idea, 1, 5);
  g_assert_false (ch_project_get_can_redo (fixture->project));

  /* Dropped on the top left cell: a quick win. */
  g_assert_true (ch_matrix_cell_bounds (matrix, 5, 1, &target));
  rect_center (&target, &to_x, &to_y);
  drag (matrix, x, y, to_x, to_y);
  assert_values (idea, 5, 1);
  assert_values (other, 2, 2);
  g_assert_true (ch_matrix_get_selected (matrix) == idea);
  g_assert_true (idea_in_cell (matrix, idea, 5, 1));

  /* One step to undo, both values back. */
  g_assert_true (ch_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  ch_ui_test_run_pending ();
  assert_values (idea, 1, 5);
  g_assert_true (idea_in_cell (matrix, idea, 1, 5));
  g_assert_true (ch_project_redo (fixture->project, &error));
  g_assert_no_error (error);
  ch_ui_test_run_pending ();
  assert_values (idea, 5, 1);

  /* Dropped on the axis below the grid: the nearest cell of the bottom row. */
  idea_center (matrix, idea, &x, &y);
  g_assert_true (ch_matrix_cell_bounds (matrix, 1, 4, &target));
  drag (matrix, x, y, target.origin.x + target.size.width / 2,
        target.origin.y + target.size.height + 4);
  assert_values (idea, 1, 4);

  /* A drag from an empty cell moves nothing and selects nothing. */
  g_assert_true (ch_matrix_cell_bounds (matrix, 3, 3, &target));
  rect_center (&target, &x, &y);
  drag (matrix, x, y, to_x, to_y);
  g_assert_null (ch_matrix_get_selected (matrix));
  assert_values (idea, 1, 4);
  assert_values (other, 2, 2);

  /* Dropped out of the matrix: nothing changes. */
  idea_center (matrix, other, &x, &y);
  drag (matrix, x, y, -40, y);
  assert_values (other, 2, 2);

  /* Escape while dragging puts it back. */
  {
    GtkGesture *gesture = find_drag_gesture (GTK_WIDGET (matrix));

    idea_center (matrix, other, &x, &y);
    g_signal_emit_by_name (gesture, "drag-begin", x, y);
    g_signal_emit_by_name (gesture, "drag-update", to_x - x, to_y - y);
    ch_ui_test_press (GTK_WIDGET (matrix), "Escape");
    g_signal_emit_by_name (gesture, "drag-end", to_x - x, to_y - y);
    ch_ui_test_run_pending ();
    assert_values (other, 2, 2);
  }

  /* Saved: the file has it after reopening. */
  ch_matrix_page_set_project (fixture->page, NULL);
  ch_project_close (fixture->project);
  g_clear_object (&fixture->project);

  reopened = ch_project_open (fixture->path, &error);
  g_assert_no_error (error);
  saved = CH_IDEA (ch_project_lookup (reopened, CH_TYPE_IDEA, id));
  g_assert_nonnull (saved);
  assert_values (saved, 1, 4);
  ch_project_close (reopened);
}

/* The arrow keys move the selected idea a cell; Ctrl+Z puts it back. */
static void
test_arrow_keys (Fixture       *fixture,
                 gconstpointer  data)
{
  ChMatrix *matrix = fixture->matrix;
  GtkWidget *widget = GTK_WIDGET (matrix);
  ChIdea *first = add_idea (fixture, "Quick reorder button", 4, 2);
  ChIdea *second = add_idea (fixture, "Warehouse robots", 5, 5);
  ChIdea *third = add_idea (fixture, "Fix typos in emails", 1, 1);
  g_autoptr(GError) error = NULL;

  wait_for_matrix (fixture);
  g_assert_true (gtk_widget_get_focusable (widget));
  gtk_widget_grab_focus (widget);

  /* With nothing selected, a key selects the first idea in reading
   * order (from the top row down), and moves nothing. */
  g_assert_null (ch_matrix_get_selected (matrix));
  ch_ui_test_press (widget, "Up");
  g_assert_true (ch_matrix_get_selected (matrix) == second);
  assert_values (second, 5, 5);

  ch_ui_test_press (widget, "Page_Down");
  g_assert_true (ch_matrix_get_selected (matrix) == first);
  ch_ui_test_press (widget, "Page_Down");
  g_assert_true (ch_matrix_get_selected (matrix) == third);
  ch_ui_test_press (widget, "Page_Down");
  g_assert_true (ch_matrix_get_selected (matrix) == second);
  ch_ui_test_press (widget, "Page_Up");
  g_assert_true (ch_matrix_get_selected (matrix) == third);
  ch_ui_test_press (widget, "Home");
  g_assert_true (ch_matrix_get_selected (matrix) == second);
  ch_ui_test_press (widget, "End");
  g_assert_true (ch_matrix_get_selected (matrix) == third);

  /* Tab goes through the ideas, then out of the matrix. */
  ch_matrix_set_selected (matrix, second);
  g_assert_true (gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD));
  g_assert_true (ch_matrix_get_selected (matrix) == first);
  g_assert_true (gtk_widget_child_focus (widget, GTK_DIR_TAB_BACKWARD));
  g_assert_true (ch_matrix_get_selected (matrix) == second);
  g_assert_false (gtk_widget_child_focus (widget, GTK_DIR_TAB_BACKWARD));
  ch_matrix_set_selected (matrix, third);
  g_assert_false (gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD));
  g_assert_true (ch_matrix_get_selected (matrix) == third);
  g_assert_true (gtk_widget_has_focus (widget));

  /* Up raises the impact by one, and undo lowers it again. */
  ch_matrix_set_selected (matrix, first);
  ch_ui_test_press (widget, "Up");
  assert_values (first, 5, 2);
  g_assert_true (idea_in_cell (matrix, first, 5, 2));
  g_assert_cmpstr (ch_project_get_undo_label (fixture->project), !=, NULL);
  g_assert_true (ch_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  ch_ui_test_run_pending ();
  assert_values (first, 4, 2);
  g_assert_true (idea_in_cell (matrix, first, 4, 2));

  /* The other keys, and the edges of the grid. */
  ch_ui_test_press (widget, "Right");
  assert_values (first, 4, 3);
  ch_ui_test_press (widget, "Down");
  assert_values (first, 3, 3);
  ch_ui_test_press (widget, "Left");
  ch_ui_test_press (widget, "Left");
  assert_values (first, 3, 1);
  ch_ui_test_press (widget, "Left");
  assert_values (first, 3, 1);
  ch_ui_test_press (widget, "KP_Up");
  assert_values (first, 4, 1);
  g_assert_true (ch_matrix_get_selected (matrix) == first);

  /* The other ideas did not move. */
  assert_values (second, 5, 5);
  assert_values (third, 1, 1);

  /* What a screen reader says of it. */
  gtk_test_accessible_assert_property (matrix, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Impact and effort matrix");
  gtk_test_accessible_assert_property (matrix, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "“Quick reorder button”: impact 4, effort 1, quick win");
}

/* The list shows the same ideas: a value chosen there moves the card,
 * and an undo shows in both. */
static void
test_list_edits_matrix (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkStack *view_stack = TEMPLATE_CHILD (fixture->page, CH_TYPE_MATRIX_PAGE, "view_stack");
  ChMatrix *matrix = fixture->matrix;
  ChIdea *idea = add_idea (fixture, "Self-service returns", 2, 4);
  GtkDropDown *impact;
  GtkDropDown *effort;
  g_autoptr(GError) error = NULL;

  wait_for_matrix (fixture);
  g_assert_true (idea_in_cell (matrix, idea, 2, 4));

  gtk_stack_set_visible_child_name (view_stack, "list");
  ch_ui_test_run_pending ();
  impact = find_value_drop_down (fixture->page, idea, "impact");
  effort = find_value_drop_down (fixture->page, idea, "effort");
  g_assert_cmpuint (gtk_drop_down_get_selected (impact), ==, 2);
  g_assert_cmpuint (gtk_drop_down_get_selected (effort), ==, 4);

  gtk_drop_down_set_selected (impact, 5);
  ch_ui_test_run_pending ();
  assert_values (idea, 5, 4);

  gtk_stack_set_visible_child_name (view_stack, "matrix");
  ch_ui_test_run_pending ();
  g_assert_true (idea_in_cell (matrix, idea, 5, 4));

  /* Undone from anywhere: the list and the matrix both follow. */
  g_assert_true (ch_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  ch_ui_test_run_pending ();
  g_assert_cmpuint (gtk_drop_down_get_selected (impact), ==, 2);
  g_assert_true (idea_in_cell (matrix, idea, 2, 4));

  /* “Not set” takes it off the matrix. */
  gtk_stack_set_visible_child_name (view_stack, "list");
  ch_ui_test_run_pending ();
  gtk_drop_down_set_selected (effort, 0);
  ch_ui_test_run_pending ();
  assert_values (idea, 2, 0);
  gtk_stack_set_visible_child_name (view_stack, "matrix");
  ch_ui_test_run_pending ();
  g_assert_false (ch_matrix_idea_bounds (matrix, idea, &(graphene_rect_t) { 0 }));

  /* An undo puts it back, with no handler on the idea. */
  g_assert_true (ch_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  ch_ui_test_run_pending ();
  g_assert_true (idea_in_cell (matrix, idea, 2, 4));

  /* A value chosen for an idea not placed places it. */
  gtk_stack_set_visible_child_name (view_stack, "list");
  ch_ui_test_run_pending ();
  gtk_drop_down_set_selected (effort, 0);
  ch_ui_test_run_pending ();
  gtk_drop_down_set_selected (effort, 1);
  ch_ui_test_run_pending ();
  assert_values (idea, 2, 1);
  gtk_stack_set_visible_child_name (view_stack, "matrix");
  ch_ui_test_run_pending ();
  g_assert_true (idea_in_cell (matrix, idea, 2, 1));
}

/* An idea not placed yet: Enter puts it in the middle for the arrow keys. */
static void
test_place_from_list (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkStack *unplaced_stack = TEMPLATE_CHILD (fixture->page, CH_TYPE_MATRIX_PAGE,
                                             "unplaced_stack");
  GtkSingleSelection *unplaced = TEMPLATE_CHILD (fixture->page, CH_TYPE_MATRIX_PAGE,
                                                 "unplaced_selection");
  GtkListView *unplaced_view = TEMPLATE_CHILD (fixture->page, CH_TYPE_MATRIX_PAGE,
                                               "unplaced_view");
  ChMatrix *matrix = fixture->matrix;
  ChIdea *placed = add_idea (fixture, "Quick reorder button", 4, 2);
  ChIdea *idea = add_idea (fixture, "Gift wrapping", 0, 0);
  ChIdea *half = add_idea (fixture, "Night delivery", 2, 0);
  g_autoptr(ChIdea) first = NULL;
  g_autoptr(GError) error = NULL;

  wait_for_matrix (fixture);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (unplaced_stack), ==, "ideas");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (unplaced)), ==, 2);
  g_assert_false (ch_matrix_idea_bounds (matrix, idea, &(graphene_rect_t) { 0 }));
  g_assert_true (ch_matrix_idea_bounds (matrix, placed, &(graphene_rect_t) { 0 }));

  /* Enter on the row. */
  g_signal_emit_by_name (unplaced_view, "activate", 0);
  ch_ui_test_run_pending ();
  assert_values (idea, 3, 3);
  g_assert_true (ch_matrix_get_selected (matrix) == idea);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (matrix)));
  g_assert_true (idea_in_cell (matrix, idea, 3, 3));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (unplaced)), ==, 1);

  ch_ui_test_press (GTK_WIDGET (matrix), "Up");
  assert_values (idea, 4, 3);

  /* The button keeps a value that is set. */
  g_assert_true (gtk_single_selection_get_selected_item (unplaced) == half);
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "matrix-page.place", NULL);
  ch_ui_test_run_pending ();
  assert_values (half, 2, 3);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (unplaced_stack), ==, "none");
  g_assert_false (gtk_widget_is_sensitive (TEMPLATE_CHILD (fixture->page, CH_TYPE_MATRIX_PAGE,
                                                           "place_button")));

  /* Undone, it is back in the list. */
  g_assert_true (ch_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  ch_ui_test_run_pending ();
  assert_values (half, 2, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (unplaced_stack), ==, "ideas");
  first = g_list_model_get_item (G_LIST_MODEL (unplaced), 0);
  g_assert_true (first == half);
}

/* Ideas no search has seen (there is none here): their steps, done,
 * undone or redone from anywhere, show at once on the matrix and in the
 * list of ideas not placed. */
static void
test_unseen_ideas (Fixture       *fixture,
                   gconstpointer  data)
{
  GListModel *unplaced = TEMPLATE_CHILD (fixture->page, CH_TYPE_MATRIX_PAGE,
                                         "unplaced_selection");
  ChMatrix *matrix = fixture->matrix;
  ChIdea *placed = add_idea (fixture, "Quick reorder button", 4, 2);
  ChIdea *idea = add_idea (fixture, "Gift wrapping", 0, 0);
  g_autoptr(GError) error = NULL;

  wait_for_matrix (fixture);
  g_assert_false (ch_idea_has_search_key (placed));
  g_assert_false (ch_idea_has_search_key (idea));
  g_assert_cmpuint (g_list_model_get_n_items (unplaced), ==, 1);

  /* Placed from elsewhere (the idea's pane), undone, redone. */
  ch_project_update (fixture->project, CH_ENTITY (idea), &error, "impact", 2, "effort", 5, NULL);
  g_assert_no_error (error);
  run_ready ();
  g_assert_cmpuint (g_list_model_get_n_items (unplaced), ==, 0);
  g_assert_true (idea_in_cell (matrix, idea, 2, 5));

  g_assert_true (ch_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  run_ready ();
  g_assert_cmpuint (g_list_model_get_n_items (unplaced), ==, 1);
  g_assert_false (ch_matrix_idea_bounds (matrix, idea, &(graphene_rect_t) { 0 }));

  g_assert_true (ch_project_redo (fixture->project, &error));
  g_assert_no_error (error);
  run_ready ();
  g_assert_cmpuint (g_list_model_get_n_items (unplaced), ==, 0);
  g_assert_true (idea_in_cell (matrix, idea, 2, 5));

  /* Taken off, then placed again: two edits of one value in a row, one
   * step to undo, the history as it was after the first. */
  {
    g_autofree char *undo_label = NULL;

    ch_project_update (fixture->project, CH_ENTITY (idea), &error, "effort", 0, NULL);
    g_assert_no_error (error);
    run_ready ();
    g_assert_cmpuint (g_list_model_get_n_items (unplaced), ==, 1);
    g_assert_false (ch_matrix_idea_bounds (matrix, idea, &(graphene_rect_t) { 0 }));
    undo_label = g_strdup (ch_project_get_undo_label (fixture->project));

    ch_project_update (fixture->project, CH_ENTITY (idea), &error, "effort", 4, NULL);
    g_assert_no_error (error);
    g_assert_cmpstr (ch_project_get_undo_label (fixture->project), ==, undo_label);
    run_ready ();
    g_assert_cmpuint (g_list_model_get_n_items (unplaced), ==, 0);
    g_assert_true (idea_in_cell (matrix, idea, 2, 4));
  }

  /* The selected idea moved, then back by an undo: what a screen reader
   * is told follows. */
  ch_matrix_set_selected (matrix, placed);
  ch_project_update (fixture->project, CH_ENTITY (placed), &error, "impact", 1, NULL);
  g_assert_no_error (error);
  run_ready ();
  g_assert_true (idea_in_cell (matrix, placed, 1, 2));
  gtk_test_accessible_assert_property (matrix, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "“Quick reorder button”: impact 1, effort 2, fill-in");
  g_assert_true (ch_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  run_ready ();
  g_assert_true (idea_in_cell (matrix, placed, 4, 2));
  gtk_test_accessible_assert_property (matrix, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "“Quick reorder button”: impact 4, effort 2, quick win");

  /* Renamed, and the name undone. */
  ch_project_update (fixture->project, CH_ENTITY (placed), &error,
                     "title", "Reorder in one tap", NULL);
  g_assert_no_error (error);
  run_ready ();
  gtk_test_accessible_assert_property (matrix, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "“Reorder in one tap”: impact 4, effort 2, quick win");
  g_assert_true (ch_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  run_ready ();
  gtk_test_accessible_assert_property (matrix, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "“Quick reorder button”: impact 4, effort 2, quick win");
  g_assert_cmpuint (g_list_model_get_n_items (unplaced), ==, 0);
}

/* A full cell shows a “+N”, and the selected idea always. */
static void
test_full_cell (Fixture       *fixture,
                gconstpointer  data)
{
  ChMatrix *matrix = fixture->matrix;
  g_autoptr(GPtrArray) ideas = g_ptr_array_new ();
  guint n_shown = 0;
  ChIdea *hidden = NULL;
  graphene_rect_t cell;

  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *title = g_strdup_printf ("Idea %u", i);

      g_ptr_array_add (ideas, add_idea (fixture, title, 5, 1));
    }
  wait_for_matrix (fixture);

  g_assert_true (ch_matrix_cell_bounds (matrix, 5, 1, &cell));
  for (guint i = 0; i < ideas->len; i++)
    {
      graphene_rect_t card;

      if (ch_matrix_idea_bounds (matrix, ideas->pdata[i], &card))
        {
          g_assert_true (rect_contains (&cell, &card));
          n_shown++;
        }
      else if (hidden == NULL)
        hidden = ideas->pdata[i];
    }
  g_assert_cmpuint (n_shown, >, 0);
  g_assert_cmpuint (n_shown, <, ideas->len);
  g_assert_nonnull (hidden);

  ch_matrix_set_selected (matrix, hidden);
  ch_ui_test_run_pending ();
  g_assert_true (idea_in_cell (matrix, hidden, 5, 1));
}

/* With one session chosen, the matrix, its list and the ideas not
 * placed show that session's ideas; an idea that joins the session
 * shows, and all of them show again with "All Sessions". */
static void
test_session_filter (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListModel *unplaced = TEMPLATE_CHILD (fixture->page, CH_TYPE_MATRIX_PAGE,
                                         "unplaced_selection");
  GListModel *listed = TEMPLATE_CHILD (fixture->page, CH_TYPE_MATRIX_PAGE, "list_selection");
  GtkStack *view_stack = TEMPLATE_CHILD (fixture->page, CH_TYPE_MATRIX_PAGE, "view_stack");
  ChSession *morning = ch_project_add_session (fixture->project, "Morning", "2026-11-02", &error);
  ChSession *afternoon = ch_project_add_session (fixture->project, "Afternoon", "2026-11-02",
                                                 &error);
  ChIdea *quick = add_idea (fixture, "Quick win", 5, 1);
  ChIdea *bet = add_idea (fixture, "Big bet", 5, 5);
  ChIdea *open = add_idea (fixture, "Not weighed", 0, 0);
  ChIdea *later = add_idea (fixture, "Not weighed either", 0, 0);
  graphene_rect_t bounds;

  g_assert_no_error (error);
  ch_project_update (fixture->project, CH_ENTITY (quick), &error,
                     "session-id", ch_entity_get_id (CH_ENTITY (morning)), NULL);
  ch_project_update (fixture->project, CH_ENTITY (open), &error,
                     "session-id", ch_entity_get_id (CH_ENTITY (morning)), NULL);
  ch_project_update (fixture->project, CH_ENTITY (bet), &error,
                     "session-id", ch_entity_get_id (CH_ENTITY (afternoon)), NULL);
  g_assert_no_error (error);
  wait_for_matrix (fixture);
  g_assert_true (ch_matrix_idea_bounds (fixture->matrix, bet, &bounds));
  g_assert_cmpuint (g_list_model_get_n_items (unplaced), ==, 2);

  ch_ui_test_choose_session (GTK_WIDGET (fixture->page), CH_TYPE_MATRIX_PAGE, morning);
  g_assert_cmpstr (ch_matrix_page_get_session_id (fixture->page), ==,
                   ch_entity_get_id (CH_ENTITY (morning)));
  g_assert_true (idea_in_cell (fixture->matrix, quick, 5, 1));
  g_assert_false (ch_matrix_idea_bounds (fixture->matrix, bet, &bounds));
  g_assert_cmpuint (g_list_model_get_n_items (unplaced), ==, 1);
  {
    g_autoptr(ChIdea) first = g_list_model_get_item (unplaced, 0);

    g_assert_true (first == open);
  }
  g_assert_false (later == open);

  gtk_stack_set_visible_child_name (view_stack, "list");
  WAIT_UNTIL (g_list_model_get_n_items (listed) == 2);

  /* The big bet joins the morning: it shows on the matrix. */
  ch_project_update (fixture->project, CH_ENTITY (bet), &error,
                     "session-id", ch_entity_get_id (CH_ENTITY (morning)), NULL);
  g_assert_no_error (error);
  WAIT_UNTIL (g_list_model_get_n_items (listed) == 3);
  gtk_stack_set_visible_child_name (view_stack, "matrix");
  ch_ui_test_run_pending ();
  g_assert_true (idea_in_cell (fixture->matrix, bet, 5, 5));

  ch_ui_test_choose_session (GTK_WIDGET (fixture->page), CH_TYPE_MATRIX_PAGE, NULL);
  g_assert_null (ch_matrix_page_get_session_id (fixture->page));
  g_assert_cmpuint (g_list_model_get_n_items (unplaced), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  int status;

  data_home = ch_test_dir_new ();
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  /* What a screen reader would be told, without one: GTK's test backend
   * needs no accessibility bus. */
  g_setenv ("GTK_A11Y", "test", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ch/matrix/cell-mapping", test_cell_mapping);
  g_test_add_func ("/ch/matrix/describe-position", test_describe_position);
  g_test_add ("/ch/matrix/empty-state", Fixture, NULL,
              fixture_set_up, test_empty_state, fixture_tear_down);
  g_test_add ("/ch/matrix/drag-sets-values", Fixture, NULL,
              fixture_set_up, test_drag_sets_values, fixture_tear_down);
  g_test_add ("/ch/matrix/arrow-keys", Fixture, NULL,
              fixture_set_up, test_arrow_keys, fixture_tear_down);
  g_test_add ("/ch/matrix/list-edits-matrix", Fixture, NULL,
              fixture_set_up, test_list_edits_matrix, fixture_tear_down);
  g_test_add ("/ch/matrix/place-from-list", Fixture, NULL,
              fixture_set_up, test_place_from_list, fixture_tear_down);
  g_test_add ("/ch/matrix/full-cell", Fixture, NULL,
              fixture_set_up, test_full_cell, fixture_tear_down);
  g_test_add ("/ch/matrix/session-filter", Fixture, NULL,
              fixture_set_up, test_session_filter, fixture_tear_down);
  g_test_add ("/ch/matrix/unseen-ideas", Fixture, NULL,
              fixture_set_up, test_unseen_ideas, fixture_tear_down);

  status = g_test_run ();

  ch_test_dir_free (g_steal_pointer (&data_home));

  return status;
}
